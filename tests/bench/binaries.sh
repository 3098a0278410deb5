# shellcheck shell=bash
# Sourced by compare_kubectl.sh and tray_idle.sh, which define die(): sets `kubeminder` and
# `benchgen` (absolute paths) from the script's positional arguments, a build folder or the two
# binaries.
#   kubeminder_and_benchgen "${positional[@]}"
kubeminder_and_benchgen() {
    case $# in
    1)
        [[ -d $1 ]] || die "$1 is not a build folder"
        kubeminder=$1/app/kubeminder
        benchgen=$1/tests/bench/kubeminder_benchgen
        ;;
    2)
        kubeminder=$1
        benchgen=$2
        ;;
    *) die "give a build folder, or the kubeminder and kubeminder_benchgen binaries (see --help)" ;;
    esac
    [[ -x $kubeminder ]] || die "no kubeminder binary at $kubeminder (build the 'kubeminder' target first)"
    [[ -x $benchgen ]] || die "no generator at $benchgen (build the 'kubeminder_benchgen' target first)"
    kubeminder=$(realpath "$kubeminder")
    benchgen=$(realpath "$benchgen")
}
