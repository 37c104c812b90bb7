#!/usr/bin/env bash
# The README's main job, on a fresh Debian machine (as root): installs what the
# build needs, builds velferd, installs it into _demo/prefix, then
#   1. runs the worked example (a client's assistance with its explanation),
#   2. computes the same client with the installed `velferd calc`,
#   3. writes a synthetic register of the default city profile (`velferd synth`),
#   4. prints its indicator tables (`velferd indicators`),
#   5. writes the HTML report, 2008 beside 2007 (`velferd report`), and prints its path,
#   6. answers "what does Bergen's 80 % rule cost, and who gains from it" over a
#      synthetic city (examples/scenario_rule80.c, docs/scenarios.md).
# Everything it writes is under _demo/ (ignored by git). Stops on the first error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/_demo
step() { printf '\n==== %s\n\n' "$*"; }

step "Dependencies (scripts/deps.sh)"
bash scripts/deps.sh
echo "ok"

step "Build and install into $out/prefix"
jobs=$(nproc 2>/dev/null || echo 2)
mkdir -p "$out"
log=$out/build.log
{ cmake -S . -B "$out/build" -DCMAKE_BUILD_TYPE=Release -DVELFERD_TESTS=OFF &&
  cmake --build "$out/build" -j"$jobs" &&
  cmake --install "$out/build" --prefix "$out/prefix"; } >"$log" 2>&1 ||
  { tail -30 "$log"; echo "build failed; full log in $log"; exit 1; }
velferd=$out/prefix/bin/velferd
"$velferd" --version

example=$out/build/examples/worked_case
if [ -x "$example" ]; then
  step "Worked example: examples/worked_case.c (a pensioner in Bergen, October 2021)"
  "$example"
else
  step "Example: examples/consumer (parameters in force on 2024-01-01)"
  "$out/build/examples/consumer_intree" 2024-01-01
fi

step "The same client with the command-line tool: velferd calc"
"$velferd" calc --month 2021-10 --profile bergen --birth-date 1950-03-10 \
  --civil-status unmarried --facts lives_with_partner=no --trygd old_age \
  --income trygd=15000 --housing rent=9000,electricity=1000 | sed -n '1,12p'
echo "(the full explanation follows in the command's output; --format json for machines)"

step "A synthetic register of the default city profile: velferd synth"
rm -rf "$out/register-2007" "$out/register-2008"
"$velferd" synth --profile default --persons 10000 --seed 1 --year 2008 -o "$out/register-2008"
"$velferd" synth --profile default --persons 9600 --seed 2 --year 2007 -o "$out/register-2007"

step "Its indicator tables: velferd indicators"
"$velferd" indicators "$out/register-2008" --year 2008

step "The HTML report: velferd report"
"$velferd" report "$out/register-2008" --compare "$out/register-2007" -o "$out/report.html"
echo
echo "Report: $out/report.html"
echo "(open it in a browser; it is one self-contained file with tables and charts)"

step "What-if: what does Bergen's 80 % rule cost, and who gains? (examples/scenario_rule80.c)"
"$out/build/examples/scenario_rule80" 20000
