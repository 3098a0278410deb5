#!/usr/bin/env bash
# Compares `kubeminder check -o json` with `kubectl config get-contexts` on the same large
# kubeconfig set (default 20 files x 50 contexts, every context with its own EC certificate and key;
# --style picks another kind of set).
#
#   compare_kubectl.sh [options] BUILD_DIR
#   compare_kubectl.sh [options] KUBEMINDER_BINARY BENCHGEN_BINARY
#
# Options:
#   --rounds R      measured rounds (default 15); each runs both tools, alternating which goes first
#   --warmup W      unmeasured runs of each before measuring (default 3)
#   --files N       kubeconfig files (default 20)
#   --contexts M    contexts per file (default 50)
#   --style S       k3s (default: own EC key per user), shared (one EC key and CA in every entry) or
#                   kubeadm (own RSA-2048 key per user; takes a minute to generate)
#   --target T      the ratio kubeminder/kubectl to meet (default 0.4)
#   --enforce       exit 1 when the median ratio is above the target (default: report only)
#   --keep          keep the generated files (the folder is printed)
#
# Environment: KUBECTL=/path/to/kubectl picks another kubectl than the one on PATH.
#
# Builds nothing. Exits 0 when skipped (no kubectl) or measured, 1 on --enforce miss, 2 on errors.
# Take numbers on a quiet machine: concurrent builds on the same cores skew both sides unevenly.
set -euo pipefail

rounds=15
warmup=3
files=20
contexts=50
target=0.4
style=k3s
enforce=0
keep=0
positional=()

die() {
    echo "compare_kubectl: $*" >&2
    exit 2
}

while (($#)); do
    case "$1" in
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --warmup) warmup=${2:?--warmup needs a number}; shift 2 ;;
    --files) files=${2:?--files needs a number}; shift 2 ;;
    --contexts) contexts=${2:?--contexts needs a number}; shift 2 ;;
    --target) target=${2:?--target needs a number}; shift 2 ;;
    --style) style=${2:?--style needs k3s, shared or kubeadm}; shift 2 ;;
    --enforce) enforce=1; shift ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; positional+=("$@"); break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) positional+=("$1"); shift ;;
    esac
done

for n in "$rounds" "$warmup" "$files" "$contexts"; do
    [[ $n =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
((rounds >= 1)) || die "--rounds must be at least 1"
[[ $target =~ ^[0-9]*\.?[0-9]+$ ]] || die "not a number: $target"
[[ $style =~ ^(k3s|shared|kubeadm)$ ]] || die "unknown --style $style (k3s, shared or kubeadm)"

# shellcheck source=tests/bench/binaries.sh
source "$(dirname "$(realpath "$0")")/binaries.sh"
kubeminder_and_benchgen "${positional[@]}"

kubectl=${KUBECTL:-$(command -v kubectl || true)}
if [[ -z $kubectl || ! -x $kubectl ]]; then
    echo "compare_kubectl: SKIPPED: kubectl is not installed (or \$KUBECTL is not executable), nothing to compare with."
    exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kubeminder-bench.XXXXXX")
if ((keep)); then
    echo "files kept in $work"
else
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/home"

# Nothing of the user's may take part: no kubectl/kubeminder settings, no other kubeconfig.
export HOME=$work/home
unset XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_HOME KUBECTL_EXTERNAL_DIFF KUBERC
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 QT_QPA_PLATFORM=offscreen

echo "Generating $files files x $contexts contexts in the $style style..."
gen_start=$(date +%s%N)
KUBECONFIG=$("$benchgen" --style "$style" --files "$files" --contexts "$contexts" "$work/configs") ||
    die "the generator failed"
export KUBECONFIG
gen_ms=$((($(date +%s%N) - gen_start) / 1000000))
bytes=$(cat "$work"/configs/*.yaml | wc -c)
echo "  done in ${gen_ms} ms, $((bytes / 1024)) KiB"

# Both tools must see the whole set, or the comparison is meaningless.
expected=$((files * contexts))
seen_kubectl=$("$kubectl" config get-contexts -o name | wc -l) || die "kubectl config get-contexts failed"
[[ $seen_kubectl -eq $expected ]] || die "kubectl sees $seen_kubectl contexts, expected $expected"
status=0
"$kubeminder" check -o json >"$work/report.json" || status=$?
((status <= 2)) || die "kubeminder check -o json exited with $status"
seen_kubeminder=$(grep -c '"clusterFile":' "$work/report.json" || true)
[[ $seen_kubeminder -eq $expected ]] || die "kubeminder reports $seen_kubeminder contexts, expected $expected"
echo "  both tools see $expected contexts (kubeminder exit status $status)"

run_kubectl() {
    "$kubectl" config get-contexts >/dev/null 2>&1 || die "kubectl config get-contexts failed"
}
run_kubeminder() {
    local rc=0
    "$kubeminder" check -o json >/dev/null 2>&1 || rc=$?
    ((rc <= 2)) || die "kubeminder check -o json exited with $rc"
}
# Wall time of one run in microseconds. EPOCHREALTIME (bash 5) costs no fork; date is the fallback.
time_us() {
    local start end
    start=${EPOCHREALTIME/[.,]/}
    "$@"
    end=${EPOCHREALTIME/[.,]/}
    echo $((end - start))
}
if [[ -z ${EPOCHREALTIME:-} ]]; then
    time_us() {
        local start end
        start=$(date +%s%N)
        "$@"
        end=$(date +%s%N)
        echo $(((end - start) / 1000))
    }
fi

echo "Warming up ($warmup runs each)..."
for ((i = 0; i < warmup; ++i)); do
    run_kubectl
    run_kubeminder
done

echo "Measuring $rounds interleaved rounds..."
kubectl_times=()
kubeminder_times=()
ratios=()
for ((i = 1; i <= rounds; ++i)); do
    # Alternate which goes first, so neither always runs on a cache warmed by the other.
    if ((i % 2)); then
        a=$(time_us run_kubectl)
        b=$(time_us run_kubeminder)
    else
        b=$(time_us run_kubeminder)
        a=$(time_us run_kubectl)
    fi
    kubectl_times+=("$a")
    kubeminder_times+=("$b")
    ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.4f", b / a }')")
    printf '  round %2d: kubectl %8.1f ms   kubeminder %8.1f ms   ratio %s\n' "$i" \
        "$(awk -v t="$a" 'BEGIN { print t / 1000 }')" "$(awk -v t="$b" 'BEGIN { print t / 1000 }')" "${ratios[-1]}"
done

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
kubectl_median_ms=$(awk -v t="$(median "${kubectl_times[@]}")" 'BEGIN { printf "%.1f", t / 1000 }')
kubeminder_median_ms=$(awk -v t="$(median "${kubeminder_times[@]}")" 'BEGIN { printf "%.1f", t / 1000 }')
median_ratio=$(median "${ratios[@]}")
ratio_of_medians=$(awk -v a="$kubectl_median_ms" -v b="$kubeminder_median_ms" 'BEGIN { printf "%.3f", b / a }')

peak_kubectl=n/a
peak_kubeminder=n/a
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -o "$work/rss" -f %M "$kubectl" config get-contexts >/dev/null 2>&1 || true
    peak_kubectl="$(tail -n1 "$work/rss") KiB"
    /usr/bin/time -o "$work/rss" -f %M "$kubeminder" check -o json >/dev/null 2>&1 || true
    peak_kubeminder="$(tail -n1 "$work/rss") KiB"
fi
echo
echo "Set:               $style, $files files x $contexts contexts ($((bytes / 1024)) KiB), $rounds rounds"
echo "kubectl config get-contexts   median ${kubectl_median_ms} ms   peak RSS ${peak_kubectl}"
echo "kubeminder check -o json      median ${kubeminder_median_ms} ms   peak RSS ${peak_kubeminder}"
printf 'Median ratio (kubeminder/kubectl, per round): %.3f   ratio of medians: %s   target <= %s\n' \
    "$median_ratio" "$ratio_of_medians" "$target"
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "Load average:      $load (numbers from a busy machine are not comparable)"

if awk -v r="$median_ratio" -v t="$target" 'BEGIN { exit !(r <= t) }'; then
    echo "RESULT: target met"
else
    echo "RESULT: target missed"
    ((enforce)) && exit 1
fi
exit 0
