#!/bin/sh
# Time and peak memory against size (docs/performance.md, "Scale"), one command:
#   bench/scale.sh BUILD_DIR [PERSONS...]      (default: 10000 100000 1000000)
# BUILD_DIR holds a Release build with velferd_cli and velferd_bench
# (cmake --build BUILD_DIR --target velferd_cli velferd_bench). For each size:
#   indicators  `velferd indicators` on a synthetic register of that many
#               persons (velferd synth, year 2024), from the CSV files
#   batch       `velferd_bench cold`, the C batch on one thread: the CPU time
#               of a warm call (median of 3; the cold call's in the label)
#               and the process's peak RSS (input columns + outputs)
#   compare     `velferd compare` of the same register, April 2024, baseline
#               against guideline rates + 10 % (read + compare + output)
# Each command runs RUNS times (default 3); the median CPU time (user +
# system), wall time and peak RSS (/usr/bin/time) are printed as a Markdown
# table, with the load average before and after. Registers are written under
# SCALE_TMP (default /tmp/velferd_scale) and kept for the next run.
set -eu
B=${1:?usage: bench/scale.sh BUILD_DIR [PERSONS...]}
shift
[ $# -gt 0 ] || set -- 10000 100000 1000000
V=$B/tools/velferd/velferd
BENCH=$B/bench/velferd_bench
RUNS=${RUNS:-3}
TMP=${SCALE_TMP:-/tmp/velferd_scale}
mkdir -p "$TMP"
for t in "$V" "$BENCH" /usr/bin/time; do
  [ -x "$t" ] || { echo "scale.sh: $t not found (build velferd_cli and velferd_bench)" >&2; exit 2; }
done
cat > "$TMP/scenario.csv" <<'CSV'
name,valid_from,value,unit,source
guideline.single,2024-01-01,8635,nok_per_month,"benchmark scenario: +10 %"
CSV

# median of the numbers on standard input
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# run NAME CMD...: RUNS runs under /usr/bin/time; prints "cpu wall peak_MB"
run() {
  : > "$TMP/times"
  i=0
  while [ $i -lt "$RUNS" ]; do
    /usr/bin/time -f "%U %S %e %M" -o "$TMP/t" "$@" > "$TMP/out" 2> "$TMP/err" || {
      rc=$?; [ $rc -le 1 ] || { echo "scale.sh: failed ($rc): $*" >&2; cat "$TMP/err" >&2; exit 1; }; }
    tail -n 1 "$TMP/t" | awk '{printf "%.3f %.3f %.1f\n", $1 + $2, $3, $4 / 1024}' >> "$TMP/times" # (a first line says a non-zero exit)
    i=$((i + 1))
  done
  printf '%s %s %s\n' "$(cut -d' ' -f1 "$TMP/times" | median)" "$(cut -d' ' -f2 "$TMP/times" | median)" \
    "$(cut -d' ' -f3 "$TMP/times" | median)"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| persons | what | CPU s (median) | wall s (median) | peak RSS MB | CPU µs / person |"
echo "|---:|---|---:|---:|---:|---:|"
for n in "$@"; do
  reg=$TMP/reg_$n
  [ -f "$reg/payments.csv" ] || "$V" synth --persons "$n" --year 2024 -o "$reg" --force > /dev/null
  set -- $(run "$V" indicators "$reg" --year 2024 --format csv --suppress-below 0)
  echo "| $n | indicators from files | $1 | $2 | $3 | $(awk -v c="$1" -v n="$n" 'BEGIN {printf "%.2f", c * 1e6 / n}') |"
  # the batch: the process's own CPU figures per call (bench/cold.c), peak from /usr/bin/time
  /usr/bin/time -f "%M" -o "$TMP/t" "$BENCH" cold "$n" > "$TMP/out"
  peak=$(tail -n 1 "$TMP/t")
  awk -v n="$n" -v peak="$peak" '$1 == "cold" && $3 == "malloc" {cold = $5}
    $1 == "cold" && $3 == "warm" {printf "| %s | batch (C, 1 thread, one call warm; cold %.4f) | %.4f | %.4f | %.1f | %.3f |\n",
      n, cold, $5, $4, peak / 1024, $5 * 1e6 / n}' "$TMP/out"
  set -- $(run "$V" compare "$reg" --month 2024-04 --scenario "$TMP/scenario.csv" --format csv)
  echo "| $n | compare (read + compare) | $1 | $2 | $3 | $(awk -v c="$1" -v n="$n" 'BEGIN {printf "%.2f", c * 1e6 / n}') |"
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
