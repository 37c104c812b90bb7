# The bokmål report (--lang nb) renders offline in a headless Chromium like the
# English one: bars of both years, and the long Norwegian category labels
# inside the chart (the label column widens: no label text left of the chart).
# Skipped (with a message) if Chromium is not installed; scripts/deps.sh installs it.
. "$(dirname "$0")/lib.sh"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  echo "SKIP: chromium not installed (bash scripts/deps.sh installs it)"
  exit 0
fi
vf 0 synth -n 2000 -o r2008
vf 0 synth -n 1900 --year 2007 --seed 7 -o r2007
vf 0 report r2008 --compare r2007 --lang nb -o report.html
has report.html '<html lang="nb">'
has report.html '>Kursstønad/lønn i arbeidsmarkedstiltak</text>'
# The chart of main income: its widest label (38 letters) needs 16 + 7 x 38 =
# 282 px, so the label column is 282 px and the labels end at 282 - 8 = 274
# (the first row under the legend: y = 24 + 2 x 14 / 2 + 5 = 43).
has report.html '<text x="274" y="43" text-anchor="end">Arbeidsinntekt</text>'
profile=$(mktemp -d)
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$PWD/shot.png" --window-size=1200,4000 \
  "file://$PWD/report.html" >chromium.log 2>&1
rm -rf "$profile"
[ -s shot.png ] || { fail "no screenshot"; cat chromium.log; }
/usr/bin/python3 - <<'PY' || fail "screenshot lacks the charts"
from PIL import Image
img = Image.open("shot.png").convert("RGB")
assert img.size == (1200, 4000), img.size
counts = {}
for c in img.getdata():
    counts[c] = counts.get(c, 0) + 1
blue, orange = counts.get((0x2f, 0x6f, 0x9f), 0), counts.get((0xd9, 0x82, 0x2b), 0)
print("bar pixels: 2008 %d, 2007 %d" % (blue, orange))
assert blue > 5000 and orange > 5000
PY
finish
