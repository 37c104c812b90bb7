# The bokmål report (--lang nb) renders offline in a headless Chromium like the
# English one: bars of both years, and the long Norwegian category labels
# inside the chart (the label column widens: no label text left of the chart).
# Skipped (with a message) if Chromium is not installed; scripts/deps.sh installs it.
. "$(dirname "$0")/lib.sh"
command -v chromium >/dev/null || command -v chromium-browser >/dev/null ||
  { echo "SKIP: chromium not installed (bash scripts/deps.sh installs it)"; exit 0; }
vf 0 synth -n 2000 -o r2008
vf 0 synth -n 1900 --year 2007 --seed 7 -o r2007
vf 0 report r2008 --compare r2007 --lang nb -o report.html
has report.html '<html lang="nb">'
has report.html '>Kursstønad/lønn i arbeidsmarkedstiltak</text>'
# The chart of main income: its widest label (38 letters) needs 16 + 7 x 38 =
# 282 px, so the label column is 282 px and the labels end at 282 - 8 = 274
# (the first row under the legend: y = 24 + 2 x 14 / 2 + 5 = 43).
has report.html '<text x="274" y="43" text-anchor="end">Arbeidsinntekt</text>'
report_shot report.html 4000
finish
