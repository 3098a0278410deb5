#!/usr/bin/env bash
# Every speed and memory figure of the README's Speed section, in one run: the command line's
# start-up, `kubeminder check -o json` against `kubectl config get-contexts` on three 1,000-context
# sets (compare_kubectl.sh), and the tray at rest (tray_idle.sh), with the machine and its load.
#
#   speed.sh [options] BUILD_DIR
#
# Options:
#   --rounds R      interleaved rounds per set (default 15)
#   --runs N        runs per start-up figure (default 40)
#   --no-tray       leave out the tray (it takes about two minutes)
#   --startup-only  only the start-up figures (seconds)
#
# Builds nothing (cmake --preset release && cmake --build --preset release first). Take numbers on
# a quiet machine: a concurrent build on the same cores skews everything. Exits 0 when measured,
# whether the targets are met or not ("MISSED" lines say), 2 on errors.
set -euo pipefail

rounds=15
runs=40
tray=1
sets=1
positional=()
readonly target_startup_ms=15

die() {
    echo "speed: $*" >&2
    exit 2
}

while (($#)); do
    case "$1" in
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --no-tray) tray=0; shift ;;
    --startup-only) sets=0; tray=0; shift ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) positional+=("$1"); shift ;;
    esac
done
[[ ${#positional[@]} -eq 1 && -d ${positional[0]} ]] || die "give a build folder (see --help)"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "not a whole number: $runs"
build=$(realpath "${positional[0]}")
bench=$(dirname "$(realpath "$0")")
kubeminder=$build/app/kubeminder
[[ -x $kubeminder ]] || die "no kubeminder binary at $kubeminder"
floor=$build/tests/bench/kubeminder_startfloor
[[ -n ${EPOCHREALTIME:-} ]] || die "needs bash 5 (EPOCHREALTIME)"

load() {
    cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown
}

echo "== Machine"
echo "CPU:     $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(nproc) cores"
echo "Memory:  $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "System:  $(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
echo "Tools:   $("$kubeminder" --version | sed -n 2p); kubectl $(kubectl version --client -o json 2>/dev/null |
    sed -n 's/.*"gitVersion": *"\([^"]*\)".*/\1/p' | head -n 1)"
echo "Load:    $(load) (1, 5, 15 minutes) at the start"

work=$(mktemp -d "${TMPDIR:-/tmp}/kubeminder-speed.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
: >"$work/empty.yaml"

# Median wall time in milliseconds of $runs runs of a command (after two unmeasured ones).
median_ms() {
    local i start end times=()
    "$@" >/dev/null 2>&1 || true
    "$@" >/dev/null 2>&1 || true
    for ((i = 0; i < runs; ++i)); do
        start=${EPOCHREALTIME/[.,]/}
        "$@" >/dev/null 2>&1 || true
        end=${EPOCHREALTIME/[.,]/}
        times+=($((end - start)))
    done
    printf '%s\n' "${times[@]}" | sort -n |
        awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}
verdict() {
    awk -v v="$1" -v t="$2" 'BEGIN { print (v + 0 <= t + 0 ? "met" : "MISSED") }'
}

echo
echo "== The command line's start-up (median of $runs runs, an empty kubeconfig)"
version_ms=$(HOME=$work/home median_ms "$kubeminder" --version)
check_ms=$(HOME=$work/home KUBECONFIG=$work/empty.yaml median_ms "$kubeminder" check -o json)
kubectl_ms=n/a
if command -v kubectl >/dev/null; then
    kubectl_ms=$(HOME=$work/home KUBECONFIG=$work/empty.yaml median_ms kubectl config get-contexts)
fi
libraries=$(LD_TRACE_LOADED_OBJECTS=1 "$kubeminder" | grep -c '=>' || true)
window_libraries=$(LD_TRACE_LOADED_OBJECTS=1 "$kubeminder" | grep -c -E 'libQt6(Gui|Widgets|DBus)' || true)
printf '%-40s %8s ms   target <= %s ms   %s\n' "kubeminder --version" "$version_ms" "$target_startup_ms" \
    "$(verdict "$version_ms" "$target_startup_ms")"
printf '%-40s %8s ms   target <= %s ms   %s\n' "kubeminder check -o json" "$check_ms" "$target_startup_ms" \
    "$(verdict "$check_ms" "$target_startup_ms")"
printf '%-40s %8s ms\n' "kubectl config get-contexts" "$kubectl_ms"
if [[ -x "$floor" ]]; then
    floor_ms=$(HOME=$work/home median_ms "$floor")
    printf '%-40s %8s ms   --version is %s times it\n' "the floor: a QCoreApplication alone" "$floor_ms" \
        "$(awk -v v="$version_ms" -v f="$floor_ms" 'BEGIN { printf "%.2f", v / f }')"
fi
echo "kubeminder loads $libraries shared libraries, $window_libraries of them Qt Gui, Widgets or D-Bus"

summary=()
((sets)) || exit 0
for style in k3s shared kubeadm; do
    echo
    echo "== check -o json against kubectl config get-contexts: the $style set"
    bash "$bench/compare_kubectl.sh" --style "$style" --rounds "$rounds" "$build" | tee "$work/$style.txt" |
        grep -v '^  round'
    summary+=("$(printf '%-8s %s' "$style" "$(grep -E '^(Median ratio|kubectl|kubeminder)' "$work/$style.txt" |
        sed -E 's/  +/ /g' | paste -sd'|' -)")")
done

if ((tray)); then
    echo
    echo "== The tray"
    bash "$bench/tray_idle.sh" "$build" | tee "$work/tray.txt" | grep -v '^Started\|^Watching'
fi

echo
echo "== Summary"
printf '%s\n' "${summary[@]}" | sed 's/|/\n         /g'
echo "Load:    $(load) (1, 5, 15 minutes) at the end: numbers from a busy machine are not comparable"
