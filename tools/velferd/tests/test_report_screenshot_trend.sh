# The report with a trend section (three synthetic registers of different
# years and seeds) renders offline in a headless Chromium, in English and in
# bokmål: the five line charts are drawn (pixels of the lines' colour #3b7d3b,
# which the page without --trend does not have).
# Skipped (with a message) if Chromium is not installed; scripts/deps.sh installs it.
. "$(dirname "$0")/lib.sh"
command -v chromium >/dev/null || command -v chromium-browser >/dev/null ||
  { echo "SKIP: chromium not installed (bash scripts/deps.sh installs it)"; exit 0; }
vf 0 synth -n 400 --year 2021 --seed 3 -o r2021
vf 0 synth -n 500 --year 2022 --seed 5 -o r2022
vf 0 synth -n 600 --year 2023 --seed 7 -o r2023
# shot HTML: the number of pixels of the chart colour #3b7d3b in a 1200 x 6000 screenshot.
shot() {
  local profile
  profile=$(mktemp -d)
  rm -f shot.png
  timeout 120 "$(command -v chromium || command -v chromium-browser)" --headless --no-sandbox \
    --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" \
    --screenshot="$PWD/shot.png" --window-size=1200,6000 "file://$PWD/$1" >chromium.log 2>&1
  rm -rf "$profile"
  /usr/bin/python3 -c '
from PIL import Image
img = Image.open("shot.png").convert("RGB")
print(sum(1 for c in img.getdata() if c == (0x3b, 0x7d, 0x3b)))'
}
for lang in en nb; do
  vf 0 report r2023 --lang $lang -o plain_$lang.html
  vf 0 report r2023 --trend r2021 --trend r2022 --lang $lang -o trend_$lang.html
  has trend_$lang.html '<h2 id="trend">'
  [ "$(grep -c '<circle' trend_$lang.html)" = 15 ] || fail "$lang: expected 5 charts x 3 points"
  plain=$(shot plain_$lang.html)
  trend=$(shot trend_$lang.html)
  echo "$lang: chart-colour pixels without trend $plain, with trend $trend"
  checks=$((checks + 1))
  # 5 charts x 2 line segments of about 240 px x 2 px, and 15 points of
  # about 50 px; antialiasing leaves some 2 800 of the exact colour.
  [ "$plain" = 0 ] && [ -n "$trend" ] && [ "$trend" -gt 1500 ] ||
    fail "$lang: the trend charts are not drawn"
done
finish
