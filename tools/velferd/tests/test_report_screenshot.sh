# The HTML report renders offline in a headless Chromium: a screenshot with
# the bars of both years in it. Skipped (with a message) if Chromium is not
# installed; scripts/deps.sh installs it.
. "$(dirname "$0")/lib.sh"
command -v chromium >/dev/null || command -v chromium-browser >/dev/null ||
  { echo "SKIP: chromium not installed (bash scripts/deps.sh installs it)"; exit 0; }
vf 0 synth -n 2000 -o r2008
vf 0 synth -n 1900 --year 2007 --seed 7 -o r2007
vf 0 report r2008 --compare r2007 -o report.html
report_shot report.html 2000
finish
