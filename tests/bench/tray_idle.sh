#!/usr/bin/env bash
# The tray at rest: starts `kubeminder --minimized` on a large kubeconfig set (default 20 files x 50
# contexts) under Xvfb with a system tray (trayer), lets it settle, then reads how much memory it
# holds and how often it wakes up over a minute in which nothing changes.
#
#   tray_idle.sh [options] BUILD_DIR
#   tray_idle.sh [options] KUBEMINDER_BINARY BENCHGEN_BINARY
#
# Options:
#   --files N       kubeconfig files (default 20)
#   --contexts M    contexts per file (default 50)
#   --settle S      seconds to wait after the start before measuring (default 40: the first check,
#                   and the worker threads it used end after 30 s idle)
#   --watch S       seconds to watch (default 60)
#
# Wake-ups are context switches (/proc/PID/task/*/status: voluntary + involuntary) of every thread,
# counted over the watch. Targets (issue: 1,000 contexts): resident memory (VmRSS) <= 60 MiB and at
# most one wake-up a minute. A benchmark, not a test: exits 0 whether the targets are met or
# missed, 0 with SKIPPED when Xvfb or trayer is missing (Debian: xvfb, trayer), 2 on errors.
set -euo pipefail

files=20
contexts=50
settle=40
watch=60
positional=()
readonly target_rss_mib=60
readonly target_wakeups_per_minute=1

die() {
    echo "tray_idle: $*" >&2
    exit 2
}

while (($#)); do
    case "$1" in
    --files) files=${2:?--files needs a number}; shift 2 ;;
    --contexts) contexts=${2:?--contexts needs a number}; shift 2 ;;
    --settle) settle=${2:?--settle needs a number}; shift 2 ;;
    --watch) watch=${2:?--watch needs a number}; shift 2 ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; positional+=("$@"); break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) positional+=("$1"); shift ;;
    esac
done
for n in "$files" "$contexts" "$settle" "$watch"; do
    [[ $n =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
((watch >= 1)) || die "--watch must be at least 1"

# shellcheck source=tests/bench/binaries.sh
source "$(dirname "$(realpath "$0")")/binaries.sh"
kubeminder_and_benchgen "${positional[@]}"
for tool in Xvfb trayer; do
    if ! command -v "$tool" >/dev/null; then
        echo "tray_idle: SKIPPED: $tool is not installed (Debian: sudo apt-get install xvfb trayer)."
        exit 0
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/kubeminder-trayidle.XXXXXX")
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Nothing of the user's may take part, and no session bus: the tray is trayer's (XEmbed).
mkdir -p "$work/home" "$work/xdg/config" "$work/xdg/state" "$work/xdg/cache" "$work/runtime"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_CONFIG_HOME=$work/xdg/config XDG_STATE_HOME=$work/xdg/state
export XDG_CACHE_HOME=$work/xdg/cache XDG_RUNTIME_DIR=$work/runtime
unset XDG_DATA_HOME KUBERC DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY QT_QPA_PLATFORM
export LC_ALL=C.UTF-8 TZ=UTC

KUBECONFIG=$("$benchgen" --files "$files" --contexts "$contexts" "$work/configs") || die "the generator failed"
export KUBECONFIG

# A display of our own: the first free number from 90.
display=90
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do
    ((display++))
done
export DISPLAY=:$display
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    [[ -e /tmp/.X11-unix/X$display ]] && break
    sleep 0.1
done
trayer --edge top --align right --widthtype pixel --width 120 >"$work/trayer.log" 2>&1 &
pids+=($!)
sleep 1

"$kubeminder" --minimized >"$work/kubeminder.log" 2>&1 &
app=$!
pids+=("$app")
echo "Started kubeminder --minimized on $((files * contexts)) contexts; settling for ${settle}s..."
sleep "$settle"
kill -0 "$app" 2>/dev/null || die "kubeminder ended: $(cat "$work/kubeminder.log")"
[[ $(readlink "/proc/$app/exe") == */kubeminder-window ]] || die "kubeminder did not become the window program"

# Sum of both context-switch counts over the process's threads.
switches() {
    local total=0 task n
    for task in /proc/"$app"/task/*; do
        n=$(awk '/ctxt_switches/ { s += $2 } END { print s + 0 }' "$task/status" 2>/dev/null || echo 0)
        total=$((total + n))
    done
    echo "$total"
}
threads() {
    ls /proc/"$app"/task | wc -l
}
rss_mib() {
    awk -v key="$1:" '$1 == key { printf "%.1f", $2 / 1024 }' /proc/"$app"/status
}

before=$(switches)
threads_before=$(threads)
rss_before=$(rss_mib VmRSS)
echo "Watching for ${watch}s..."
sleep "$watch"
after=$(switches)
threads_after=$(threads)
wakeups=$((after - before))
per_minute=$(awk -v w="$wakeups" -v s="$watch" 'BEGIN { printf "%.1f", w * 60 / s }')

echo
echo "== the tray at rest: $((files * contexts)) contexts in $files files =="
printf '%-34s %8s MiB   target <= %s MiB\n' "resident (VmRSS) after settling" "$rss_before" "$target_rss_mib"
printf '%-34s %8s MiB\n' "resident (VmRSS) after watching" "$(rss_mib VmRSS)"
printf '%-34s %8s MiB   (RssAnon %s, RssFile %s)\n' "peak (VmHWM)" "$(rss_mib VmHWM)" "$(rss_mib RssAnon)" \
    "$(rss_mib RssFile)"
printf '%-34s %8s       target <= %s (%s in %ss; threads %s, then %s)\n' "wake-ups a minute" "$per_minute" \
    "$target_wakeups_per_minute" "$wakeups" "$watch" "$threads_before" "$threads_after"
met=1
awk -v v="$rss_before" -v t="$target_rss_mib" 'BEGIN { exit !(v <= t) }' || met=0
awk -v v="$per_minute" -v t="$target_wakeups_per_minute" 'BEGIN { exit !(v <= t) }' || met=0
if ((met)); then
    echo "RESULT: tray targets met"
else
    echo "RESULT: TRAY TARGET MISSED"
fi
exit 0
