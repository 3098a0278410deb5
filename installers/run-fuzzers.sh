#!/usr/bin/env bash
# Builds the libFuzzer targets (the "fuzz" preset: clang 14, ASan + UBSan, in build/fuzz) and runs
# each for a bounded time, starting from its seed corpus and regressions (copied to a temporary
# working corpus, so the tree stays clean). A crash, leak, timeout, out-of-memory or sanitizer report
# fails the script; the input that caused it is copied to build/fuzz/artifacts/<target>/.
#   installers/run-fuzzers.sh [SECONDS_PER_TARGET]     default 60
# KUBEMINDER_FUZZ_JOBS: targets fuzzed at once (default: the number of cores, at most 4).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: installers/run-fuzzers.sh [SECONDS_PER_TARGET]" >&2
    exit 2
fi
targets=(kubeconfig certificate jwt yamlroundtrip)
jobs=${KUBEMINDER_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
((jobs > 4)) && jobs=4

installers/setup-deps.sh
# clang and libFuzzer are needed here only, not by the build and tests setup-deps.sh prepares.
if ! command -v clang++-14 >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null |
    grep -q "install ok installed"; then
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y clang-14 libclang-rt-14-dev
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

bin=build/fuzz/tests/fuzz
artifacts=build/fuzz/artifacts
logs=build/fuzz/logs
rm -rf "$artifacts" "$logs"
mkdir -p "$logs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Leaks fail the run like crashes do. Overrides the sanitizer options a caller (CI) exported for
# the test suite: libFuzzer handles the reports itself and needs no abort_on_error.
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

fuzz() {
    local target=$1
    local corpus=$work/corpus-$target found=$work/found-$target
    mkdir -p "$corpus" "$found"
    cp tests/fuzz/corpus/"$target"/* "$corpus"/ || return
    find tests/fuzz/regressions/"$target" -type f ! -name '.*' -exec cp {} "$corpus"/ \; || return
    # No standard input: nothing a target reads may wait on the terminal.
    "$bin/fuzz_$target" -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$found/" -print_final_stats=1 "$corpus" </dev/null >"$logs/$target.log" 2>&1
}

# At most $jobs targets at once; each one leaves its exit status in a file.
for target in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= jobs)); do
        wait -n || true
    done
    echo "run-fuzzers: fuzzing $target for ${seconds}s"
    (
        status=0
        fuzz "$target" || status=$?
        echo "$status" >"$work/status-$target"
    ) &
done
wait

failed=()
for target in "${targets[@]}"; do
    status=$(cat "$work/status-$target" 2>/dev/null || echo "?")
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$target.log")
    coverage=$(grep -o 'cov: [0-9]*' "$logs/$target.log" | tail -n 1 || true)
    found=$work/found-$target
    if [[ "$status" == 0 && -z "$(ls -A "$found")" ]]; then
        echo "run-fuzzers: $target: ${runs:-?} inputs, ${coverage:-cov: ?}, nothing found"
        continue
    fi
    failed+=("$target")
    mkdir -p "$artifacts/$target"
    cp "$found"/* "$artifacts/$target"/ 2>/dev/null || true
    echo "run-fuzzers: $target FAILED (exit status $status); the end of its log ($logs/$target.log):" >&2
    tail -n 60 "$logs/$target.log" >&2
    for artifact in "$artifacts/$target"/*; do
        [[ -e "$artifact" ]] || continue
        echo "run-fuzzers: input kept as $artifact" >&2
        echo "  reproduce: $bin/fuzz_$target $artifact" >&2
        echo "  once the cause is fixed, add it as a regression test: cp $artifact tests/fuzz/regressions/$target/" >&2
    done
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run-fuzzers: findings in ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: ${#targets[@]} targets, ${seconds}s each, nothing found"
