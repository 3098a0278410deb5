# bash completion for kubeminder                                     -*- shell-script -*-
# Installed as share/bash-completion/completions/kubeminder; works with or without the
# bash-completion package (it uses its helpers when they are there).

# Context names as Kubeminder sees them (kubectl's files and the ones added to Kubeminder), from
# "kubeminder check -o json", honouring the --kubeconfig options already on the line. "name" is the
# one key that only a context has in that output; one check is fast (about 0.1 s for 1,000 contexts).
_kubeminder_contexts()
{
    local program=$1
    shift
    local -a args=()
    local i word
    for ((i = 0; i < ${#words[@]}; i++)); do
        word=${words[i]}
        if [[ $word == --kubeconfig ]] && ((i < cword - 1)); then
            args+=(--kubeconfig "${words[i + 1]/#\~/$HOME}")
        elif [[ $word == --kubeconfig=* ]]; then
            word=${word#--kubeconfig=}
            args+=(--kubeconfig "${word/#\~/$HOME}")
        fi
    done
    "$program" check -o json "${args[@]}" 2>/dev/null |
        sed -n 's/^[[:space:]]*"name": "\(.*\)",\{0,1\}[[:space:]]*$/\1/p'
}

# Backups as "kubeminder backups" lists them (the path is the first tab-separated field).
# The backups' paths: the last column of "kubeminder backups", after its header.
_kubeminder_backups()
{
    "$1" backups 2>/dev/null | awk 'NR > 1 { print $NF }'
}

_kubeminder_files()
{
    if declare -F _filedir >/dev/null; then
        _filedir "$@"
    elif [[ ${1:-} == -d ]]; then
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}

_kubeminder()
{
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null; then
        # -n : keeps "arn:aws:eks:..." context names and ssh://host:port in one word.
        _init_completion -s -n : || return
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        if [[ $cur == --*=* ]]; then
            prev=${cur%%=*}
            cur=${cur#*=}
            split=true
        fi
    fi

    local program=${words[0]/#\~/$HOME}
    local commands="check probe import refresh backup backups restore use files settings demo help"

    # The command is the first word that is not an option.
    local command='' i
    for ((i = 1; i < cword; i++)); do
        if [[ ${words[i]} != -* ]]; then
            command=${words[i]}
            break
        fi
    done
    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "--help --version --minimized" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
        return
    fi

    local options='' valued=''
    case $command in
        check)
            options="--help --kubeconfig --context -o --output --warn-days --critical-days"
            valued="--kubeconfig --context -o --output --warn-days --critical-days"
            ;;
        probe)
            options="--help --kubeconfig -o --output --timeout --run-exec"
            valued="--kubeconfig -o --output --timeout"
            ;;
        import)
            options="--help --name --kubeconfig --context --server --namespace --set-current --force
                --dry-run --allow-exec --identity --known-hosts --accept-new-host-key --sudo --sudo-password-stdin
                --preset --timeout"
            valued="--name --kubeconfig --context --server --namespace --identity --known-hosts --sudo
                --preset --timeout"
            ;;
        refresh)
            options="--help --kubeconfig --force --dry-run --allow-exec --sudo-password-stdin --due --within -o --output"
            valued="--kubeconfig --within -o --output"
            ;;
        restore)
            options="--help --kubeconfig --dry-run"
            valued="--kubeconfig"
            ;;
        backup | backups | use | files)
            options="--help --kubeconfig"
            valued="--kubeconfig"
            ;;
        settings)
            options="--help -o --output"
            valued="-o --output"
            ;;
        demo)
            options="--help"
            ;;
        *)
            return
            ;;
    esac

    # The value of an option.
    case $prev in
        --kubeconfig | --identity | --known-hosts)
            _kubeminder_files
            return
            ;;
        --name)
            mapfile -t COMPREPLY < <(compgen -W "$(_kubeminder_contexts "$program")" -- "$cur")
            declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
            return
            ;;
        --context)
            # import's --context names a context of the source file, which is not read here.
            if [[ $command == check ]]; then
                mapfile -t COMPREPLY < <(compgen -W "$(_kubeminder_contexts "$program")" -- "$cur")
                declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
            fi
            return
            ;;
        -o | --output)
            if [[ $command == probe || $command == settings ]]; then
                mapfile -t COMPREPLY < <(compgen -W "table json" -- "$cur")
                return
            fi
            mapfile -t COMPREPLY < <(compgen -W "table json prometheus" -- "$cur")
            return
            ;;
        --sudo)
            mapfile -t COMPREPLY < <(compgen -W "auto never always" -- "$cur")
            return
            ;;
        --preset)
            mapfile -t COMPREPLY < <(compgen -W "k3s rke2 kubeadm microk8s k0s" -- "$cur")
            return
            ;;
        --warn-days | --critical-days | --server | --namespace | --timeout)
            return
            ;;
    esac
    [[ $split == true ]] && return

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi

    # How many arguments (not options or their values) come before the word being completed.
    local -a positional=()
    local word
    for ((i = i + 1; i < cword; i++)); do
        word=${words[i]}
        if [[ $word == -* ]]; then
            [[ $word != *=* && " ${valued//$'\n'/ } " == *" $word "* ]] && ((i++))
            continue
        fi
        positional+=("$word")
    done

    case $command in
        import)
            ((${#positional[@]} == 0)) || return
            if [[ $cur == ssh://* ]]; then
                local rest=${cur#ssh://} user=''
                if [[ $rest == *@* ]]; then
                    user=${rest%%@*}@
                    rest=${rest#*@}
                fi
                declare -F _known_hosts_real >/dev/null && _known_hosts_real -p "ssh://$user" -- "$rest"
                declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
            elif [[ $cur == cmd:* ]]; then
                # The commands that print a kubeconfig (quote the whole source on the command line).
                local IFS=$'\n'
                COMPREPLY=($(compgen -W $'cmd:kind get kubeconfig --name \ncmd:k3d kubeconfig get \ncmd:talosctl kubeconfig -n \ncmd:vcluster connect \ncmd:microk8s config' -- "$cur"))
                declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
                compopt -o nospace 2>/dev/null
            else
                _kubeminder_files
                if [[ ssh:// == "$cur"* ]]; then
                    COMPREPLY+=(ssh://)
                    compopt -o nospace 2>/dev/null
                fi
                if [[ cmd: == "$cur"* ]]; then
                    COMPREPLY+=(cmd:)
                    compopt -o nospace 2>/dev/null
                fi
            fi
            ;;
        probe)
            mapfile -t COMPREPLY < <(compgen -W "$(_kubeminder_contexts "$program")" -- "$cur")
            declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
            ;;
        refresh | use)
            ((${#positional[@]} == 0)) || return
            mapfile -t COMPREPLY < <(compgen -W "$(_kubeminder_contexts "$program")" -- "$cur")
            declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
            ;;
        restore)
            ((${#positional[@]} == 0)) || return
            if [[ -z $cur || $cur == /* ]]; then
                mapfile -t COMPREPLY < <(compgen -W "$(_kubeminder_backups "$program")" -- "$cur")
            fi
            ((${#COMPREPLY[@]} > 0)) || _kubeminder_files
            ;;
        files)
            if ((${#positional[@]} == 0)); then
                mapfile -t COMPREPLY < <(compgen -W "add remove" -- "$cur")
            else
                _kubeminder_files
            fi
            ;;
        settings)
            # The names as the command lists them, so the two never disagree.
            if ((${#positional[@]} == 0)); then
                mapfile -t COMPREPLY < <(compgen -W "get set reset" -- "$cur")
            elif ((${#positional[@]} == 1)); then
                mapfile -t COMPREPLY < <(compgen -W "$("$program" settings 2>/dev/null | awk 'NR > 1 { print $1 }')" -- "$cur")
            elif ((${#positional[@]} == 2)) && [[ ${positional[0]} == set ]]; then
                case ${positional[1]} in
                    notifications | start-at-login) mapfile -t COMPREPLY < <(compgen -W "on off" -- "$cur") ;;
                    paused-until) mapfile -t COMPREPLY < <(compgen -W "1h tomorrow off" -- "$cur") ;;
                esac
            fi
            ;;
        demo)
            ((${#positional[@]} == 0)) && _kubeminder_files -d
            ;;
    esac
} &&
    complete -F _kubeminder kubeminder

# ex: filetype=sh
