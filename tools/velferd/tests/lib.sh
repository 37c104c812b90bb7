# Shared helpers for the velferd CLI tests. A test script is run by ctest as
#   bash test_X.sh VELFERD SOURCE_DIR WORK_DIR
# and sources this file. Each check prints FAIL lines; `finish` sets the exit code.
set -u
# The tool's text output follows the locale (--lang's default): the tests
# expect English unless they ask for Norwegian, whatever the machine's locale.
export LC_ALL=C
unset LC_MESSAGES LANG LANGUAGE
VELFERD=$1
SRC=$2
WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 2
DATA="$SRC/tools/velferd/tests/data"
fails=0
checks=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# vf WANT_EXIT ARGS...: runs velferd ARGS with stdout in ./out, stderr in ./err
# and checks the exit code.
vf() {
  local want=$1
  shift
  checks=$((checks + 1))
  "$VELFERD" "$@" >out 2>err
  local got=$?
  last="velferd $*"
  if [ "$got" != "$want" ]; then
    fail "$last: exit $got, expected $want"
    sed 's/^/  stderr: /' err | head -5
  fi
}
# has FILE TEXT: FILE contains TEXT (fixed string).
has() {
  checks=$((checks + 1))
  grep -qF -- "$2" "$1" || { fail "$last: $1 lacks '$2'"; sed 's/^/  | /' "$1" | head -8; }
}
# hasnt FILE TEXT
hasnt() {
  checks=$((checks + 1))
  ! grep -qF -- "$2" "$1" || fail "$last: $1 has '$2'"
}
# matches FILE REGEX (extended).
matches() {
  checks=$((checks + 1))
  grep -qE -- "$2" "$1" || { fail "$last: $1 does not match /$2/"; sed 's/^/  | /' "$1" | head -8; }
}
# empty FILE
empty() {
  checks=$((checks + 1))
  [ ! -s "$1" ] || { fail "$last: $1 is not empty"; head -5 "$1"; }
}
# same FILE1 FILE2
same() {
  checks=$((checks + 1))
  cmp -s "$1" "$2" || { fail "$last: $1 and $2 differ"; diff "$1" "$2" | head -10; }
}
# report_shot HTML HEIGHT: a headless-Chromium screenshot of HTML, 1200 x
# HEIGHT px, must show bars of both years (pixels of each bar colour). Exits
# with SKIP when Chromium is not installed (scripts/deps.sh installs it).
report_shot() {
  local chromium profile
  chromium=$(command -v chromium || command -v chromium-browser || true)
  [ -n "$chromium" ] || { echo "SKIP: chromium not installed (bash scripts/deps.sh installs it)"; exit 0; }
  profile=$(mktemp -d)
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --screenshot="$PWD/shot.png" --window-size=1200,"$2" \
    "file://$PWD/$1" >chromium.log 2>&1
  rm -rf "$profile"
  checks=$((checks + 1))
  [ -s shot.png ] || { fail "no screenshot"; cat chromium.log; return; }
  checks=$((checks + 1))
  HEIGHT=$2 /usr/bin/python3 - <<'PY' || fail "screenshot lacks the charts"
import os
from PIL import Image
img = Image.open("shot.png").convert("RGB")
assert img.size == (1200, int(os.environ["HEIGHT"])), img.size
counts = {}
for c in img.getdata():
    counts[c] = counts.get(c, 0) + 1
blue, orange = counts.get((0x2f, 0x6f, 0x9f), 0), counts.get((0xd9, 0x82, 0x2b), 0)
print("bar pixels: 2008 %d, 2007 %d" % (blue, orange))
assert blue > 5000 and orange > 5000
PY
}
finish() {
  echo "$checks checks, $fails failed"
  [ "$fails" = 0 ]
  exit $?
}
