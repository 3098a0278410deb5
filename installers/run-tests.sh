#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   installers/run-tests.sh              release build in build/release (warnings are errors in CI)
#   installers/run-tests.sh asan         the same suite under AddressSanitizer + UBSan, in build/asan
#   installers/run-tests.sh moved-clock [OFFSET]
#                                        the release suite again with the clock moved OFFSET ahead
#                                        (default +550d) by libfaketime: no result may depend on the day
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-release}
preset=$mode
if [[ "$mode" == "moved-clock" ]]; then
    preset=release
fi
if [[ "$preset" == "release" && "${CI:-}" == "true" ]]; then
    preset=ci # the same build with warnings as errors
fi

installers/setup-deps.sh
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
if [[ "$mode" == "asan" ]]; then
    # A test that fails under the sanitizers is run again, up to twice, before the run fails:
    # LeakSanitizer now and then reported OpenSSL allocations at a process's exit (ui/importdialogssh
    # under load; an SSH `kubeminder import` in integration/sshimport, twice in a row once). The
    # likely cause, a memory BIO kept in each pool thread's thread_local storage, is gone (session 5);
    # the retries stay until the report has not been seen for a while. A real leak or error fails
    # every run; the first report stays in the log, to be read with fast_unwind_on_malloc=0.
    # The differential tests against kubectl and the benchmarks are left out here: they parse and
    # time, and the fuzzers run the same parsing under the sanitizers (CI's time is counted).
    ctest --preset "$preset" --repeat until-pass:3 --label-exclude 'bench|kubectl-oracle'
    exit 0
fi
if [[ "$mode" != "moved-clock" ]]; then
    ctest --preset "$preset"
    exit 0
fi

# Every process of the suite (the tests, the real binary they start, sshd, dbus-daemon, openssl)
# sees the same moved clock, wall and monotonic alike; only kubectl, a Go program that reads the
# clock without libc, keeps the real one (the tests use it to parse files, never for dates).
# Benchmarks, the format check and the differential tests against kubectl (files in, meaning out)
# read no date and are left out.
offset=${2:-+550d}
echo "run-tests: the suite with the clock moved ${offset} ahead: $(faketime -f "$offset" date -u)"
# A running offset, never a stopped clock: with the clock stopped, ctest's own per-test time limit
# is measured on it and never fires. The outer limit is on the real clock.
timeout 1800 faketime -f "$offset" ctest --preset "$preset" --label-exclude 'bench|style|kubectl-oracle'
