#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   installers/run-tests.sh              release build in build/release (warnings are errors in CI)
#   installers/run-tests.sh asan         the same suite under AddressSanitizer + UBSan, in build/asan
#   installers/run-tests.sh moved-clock [OFFSET]
#                                        the release suite again with the clock moved OFFSET ahead
#                                        (default +550d) by libfaketime: no result may depend on the day
#   installers/run-tests.sh asan moved-clock [OFFSET]
#                                        the ASan + UBSan suite with the clock moved (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-release}
preset=$mode
offset=
if [[ "$mode" == "moved-clock" ]]; then
    preset=release
    offset=${2:-+550d}
elif [[ "$mode" == "asan" && "${2:-}" == "moved-clock" ]]; then
    offset=${3:-+550d}
fi
if [[ "$preset" == "release" && "${CI:-}" == "true" ]]; then
    preset=ci # the same build with warnings as errors
fi

installers/setup-deps.sh

# promtool, Prometheus's linter, checks `check -o prometheus` (cli/checkcommand). Debian ships it only
# inside the prometheus package, whose installation would also start a Prometheus server on this
# machine: the package is unpacked into build/tools instead, once. Without it the test skips; in CI
# it must be there.
tools=$PWD/build/tools
if ! command -v promtool >/dev/null && [[ ! -x "$tools/usr/bin/promtool" ]]; then
    mkdir -p "$tools/download"
    if (cd "$tools/download" && apt-get -o APT::Sandbox::User=root download prometheus >/dev/null &&
        dpkg-deb -x prometheus_*.deb "$tools"); then
        rm -rf "$tools/download"
    elif [[ "${CI:-}" == "true" ]]; then
        echo "run-tests: could not fetch promtool (Debian package prometheus)" >&2
        exit 1
    fi
fi
export PATH="$PATH:$tools/usr/bin"

configure=()
if [[ "$preset" != "asan" ]]; then
    # The optimised build gets Debian's hardening flags and installs to /usr: it is the build a
    # package is made of (installers/build-packages.sh --from build/release).
    # shellcheck source=hardening-flags.sh
    source installers/hardening-flags.sh
    configure=(-DCMAKE_INSTALL_PREFIX=/usr "${hardening_cmake_args[@]}")
fi
cmake --preset "$preset" "${configure[@]}" >/dev/null
cmake --build --preset "$preset"

# With a moved clock every test and every process it starts (the real binary, sshd, dbus-daemon,
# openssl) sees the wall clock moved by libfaketime, preloaded directly: only kubectl, a Go program
# that reads the clock without libc, keeps the real one (the tests use it to parse files, never for
# dates).
# Not through the `faketime` wrapper: it shares one semaphore among all the processes it starts,
# and libfaketime takes it around every stat(); a process killed inside one (the tests kill writers
# and servers on purpose) leaves it taken, and every other process, ctest included, waits forever
# in its next stat(). That stopped a CI run for half an hour without a word (ctest's stack:
# stat -> lock_for_stat -> sem_wait). Without the wrapper nothing is shared. ctest keeps the real
# clock (FAKETIME_SKIP_CMDS), so its per-test time limit fires and names a test that hangs, and so
# does the monotonic clock, which measures waits, never dates. The whole run has 15 minutes of the
# real clock (it takes 2 to 5 in CI): a hang fails it here instead of spending CI's time.
run=()
if [[ -n "$offset" ]]; then
    preload=$(find /usr/lib -path '*/faketime/libfaketime.so.1' -print -quit)
    if [[ -z "$preload" ]]; then
        echo "run-tests: libfaketime.so.1 not found (Debian's libfaketime package)" >&2
        exit 1
    fi
    run=(timeout 900 env "LD_PRELOAD=$preload" "FAKETIME=$offset" FAKETIME_DONT_FAKE_MONOTONIC=1
        FAKETIME_SKIP_CMDS=ctest)
    # The ASan runtime wants to be the first library of a process and stops when a preload comes
    # before it; libfaketime only wraps the clock and stat(), which the sanitizers do not intercept.
    export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
    echo "run-tests: the suite with the clock moved ${offset} ahead: $("${run[@]:2}" date -u)"
fi

if [[ "$mode" == "asan" ]]; then
    # A test that fails under the sanitizers is run again, up to twice, before the run fails:
    # LeakSanitizer now and then reported OpenSSL allocations at a process's exit (ui/importdialogssh
    # under load; an SSH `kubeminder import` in integration/sshimport, twice in a row once). The
    # likely cause, a memory BIO kept in each pool thread's thread_local storage, is gone (session 5);
    # the retries stay until the report has not been seen for a while. A real leak or error fails
    # every run; the first report stays in the log, to be read with fast_unwind_on_malloc=0. A test
    # that fails on a moved clock fails every time.
    # The differential tests against kubectl and the benchmarks are left out here: they parse and
    # time, and the fuzzers run the same parsing under the sanitizers (CI's time is counted).
    "${run[@]}" ctest --preset "$preset" --repeat until-pass:3 --label-exclude 'bench|kubectl-oracle'
elif [[ -n "$offset" ]]; then
    # Benchmarks, the format check and the differential tests against kubectl (files in, meaning
    # out) read no date and are left out.
    "${run[@]}" ctest --preset "$preset" --label-exclude 'bench|style|kubectl-oracle'
else
    ctest --preset "$preset"
fi
