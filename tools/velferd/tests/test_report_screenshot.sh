# The HTML report renders offline in a headless Chromium: a screenshot with
# the bar colour in it. Skipped (with a message) if Chromium is not installed;
# scripts/deps.sh installs it.
. "$(dirname "$0")/lib.sh"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  echo "SKIP: chromium not installed (bash scripts/deps.sh installs it)"
  exit 0
fi
vf 0 synth -n 2000 -o r2008
vf 0 synth -n 1900 --year 2007 --seed 7 -o r2007
vf 0 report r2008 --compare r2007 -o report.html
profile=$(mktemp -d)
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$PWD/shot.png" --window-size=1200,2000 \
  "file://$PWD/report.html" >chromium.log 2>&1
rm -rf "$profile"
[ -s shot.png ] || { fail "no screenshot"; cat chromium.log; }
# The page must show bars of both years: count pixels of each bar colour.
/usr/bin/python3 - <<'PY' || fail "screenshot lacks the charts"
from PIL import Image
img = Image.open("shot.png").convert("RGB")
assert img.size == (1200, 2000), img.size
counts = {}
for c in img.getdata():
    counts[c] = counts.get(c, 0) + 1
blue, orange = counts.get((0x2f, 0x6f, 0x9f), 0), counts.get((0xd9, 0x82, 0x2b), 0)
print("bar pixels: 2008 %d, 2007 %d" % (blue, orange))
assert blue > 5000 and orange > 5000
PY
finish
