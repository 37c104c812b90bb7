#!/usr/bin/env bash
# Runs every libFuzzer harness of a -DVELFERD_FUZZ=ON build for a bounded time.
#   scripts/fuzz.sh BUILD_DIR [SECONDS_PER_HARNESS] [PARALLEL]
# Each harness starts from its seed corpus (tests/fuzz/corpus/NAME, never
# written to) in a scratch copy. Any crash, leak, timeout or sanitizer report
# fails the run; the offending input is kept in BUILD_DIR/fuzz-out/NAME/ and
# belongs, once fixed, in tests/fuzz/regressions/NAME/. A summary line per
# harness (executions, seconds, corpus size) goes to BUILD_DIR/fuzz-out/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: fuzz.sh BUILD_DIR [SECONDS] [PARALLEL]}
secs=${2:-60}
par=${3:-$(nproc)}
out="$build/fuzz-out"
rm -rf "$out"
mkdir -p "$out"
harnesses=$(cd "$build/tests/fuzz" && ls fuzz_* 2>/dev/null | grep -v '\.' || true)
[ -n "$harnesses" ] || { echo "fuzz: no harnesses in $build/tests/fuzz (configure with -DVELFERD_FUZZ=ON)"; exit 1; }

run_one() {
  local h=$1 name=${1#fuzz_} dir="$out/${1#fuzz_}"
  mkdir -p "$dir/corpus"
  cp -r tests/fuzz/corpus/"$name"/. "$dir/corpus/" 2>/dev/null || true
  # New inputs go to the FIRST corpus directory: the scratch copy, never the tree.
  local dirs=("$dir/corpus")
  [ -d tests/fuzz/regressions/"$name" ] && dirs+=(tests/fuzz/regressions/"$name")
  local rc=0
  # Inputs up to 8 KB, 10 s each; the JSON harness takes inputs up to 1 MB
  # from the start (an object of ~80 000 members: a superlinear step such as
  # the old duplicate-member check, 44 s there, shows) and must parse each
  # within 3 s.
  local lim=(-max_len=8192 -timeout=10)
  [ "$name" = client_json ] && lim=(-max_len=1048576 -len_control=0 -timeout=3)
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build/tests/fuzz/$h" -max_total_time="$secs" "${lim[@]}" -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$dir/" "${dirs[@]}" \
      >"$dir/log" 2>&1 || rc=$?
  local execs corpus
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$' || echo 0)
  corpus=$(ls "$dir/corpus" | wc -l)
  # The tree must be untouched (regression inputs are only read).
  if git status --porcelain --untracked-files=all -- tests/fuzz 2>/dev/null | grep -q '^??'; then
    echo "FAIL $name: the fuzzer wrote into tests/fuzz"; return 1
  fi
  if [ $rc -ne 0 ]; then
    echo "FAIL $name (exit $rc) after $execs executions; input(s): $(ls "$dir" | grep -E '^(crash|leak|timeout|oom|slow-unit)-' | tr '\n' ' ')"
    grep -E 'ERROR|SUMMARY|invariant|runtime error' "$dir/log" | head -20
    return 1
  fi
  echo "ok $name: $execs executions in ${secs}s, corpus $corpus inputs"
}
export -f run_one
export build secs out

status=0
printf '%s\n' $harnesses | xargs -P "$par" -I{} bash -c 'run_one {}' >"$out/summary.txt" || status=1
cat "$out/summary.txt"
total=$(grep -o '[0-9]* executions' "$out/summary.txt" | awk '{s+=$1} END {print s+0}')
echo "fuzz: $(printf '%s\n' $harnesses | wc -l) harnesses, $total executions in total, ${secs}s each"
exit $status
