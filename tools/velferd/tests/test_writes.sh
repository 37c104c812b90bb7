# Every writer, made to fail (issue 15, docs/robustness.md "Writing files"):
# a file-size limit, /dev/full, a directory that refuses new files, a missing
# directory. Each failure must exit 3 with a message naming the output, leave
# the old output byte for byte and leave no temporary file behind. Also:
# outputs that are inputs are refused, synth does not replace a register
# without --force, and options that used to pass unchecked are refused.
. "$(dirname "$0")/lib.sh"
# Copies only: a regression must never overwrite a file of the source tree.
cp "$SRC/examples/scenarios/g_june_2024.csv" scen.csv && SCEN=scen.csv
cp "$DATA/family.json" family.json

# ---- inputs ----
vf 0 synth -n 200 --year 2026 -o reg
# 400 clients for batch (its output then passes 1 KiB): the test file's rows again and again.
{ head -1 "$DATA/clients.csv"; for i in $(seq 60); do tail -n +2 "$DATA/clients.csv"; done; } >many.csv
vf 1 kostra write reg -m 4601 -o reg.11f # warnings: no DUF numbers
cp "$DATA/scenario_clients.csv" sc.csv
# published figures for network: 60 rows, so its output passes 1 KiB
{ echo municipality,year,indicator,value
  for m in 0301 4601 5001 1103 3201 4204 3107 1108 5501 3301; do
    for i in a b c d e f; do echo "$m,2024,$i,1${m#0}.5"; done
  done; } >pub.csv

# The writers, one line each: NAME|ARGS (the output is added as -o TARGET).
writers() {
  cat <<EOF
batch|batch many.csv --month 2024-05 -q
report|report reg --title Report
params|params
kostra_write|kostra write reg -m 4601
indicators|indicators reg
compare|compare sc.csv --scenario $SCEN --year 2024
calc|calc --month 2024-05 --birth-date 1990-01-01
kostra_check|kostra check 11F reg.11f -f csv
params_template|params template --at 2024-06-01
params_coverage|params coverage
network|network pub.csv
EOF
}
mapfile -t WRITERS < <(writers)

# fresh DIR: DIR holding one old output file, "old" (and its copy beside DIR).
fresh() {
  chattr -i "$1" 2>/dev/null
  rm -rf "$1" && mkdir -p "$1" && printf 'the old output\n' >"$1/old" && cp "$1/old" "$1.expect"
}
# intact DIR: the old file is unchanged and no temporary file is left.
intact() {
  checks=$((checks + 1))
  cmp -s "$1/old" "$1.expect" || fail "$last: $1/old changed"
  checks=$((checks + 1))
  [ "$(ls -A "$1")" = old ] || fail "$last: $1 holds more than the old file: $(ls -A "$1" | tr '\n' ' ')"
}
# limited WANT ARGS: velferd under a 1 KiB file-size limit (SIGXFSZ left at its
# default: velferd itself must ignore it, or it is killed and exits 153).
limited() {
  local want=$1
  shift
  checks=$((checks + 1))
  (ulimit -f 1 && exec "$VELFERD" "$@") >out 2>err
  local got=$?
  last="(ulimit -f 1) velferd $*"
  [ "$got" = "$want" ] || { fail "$last: exit $got, expected $want"; sed 's/^/  stderr: /' err | head -5; }
}

# ---- 1. a file-size limit: each writer fails partway ----
for w in "${WRITERS[@]}"; do
  name=${w%%|*} args=${w#*|}
  fresh "fs_$name"
  # shellcheck disable=SC2086
  limited 3 $args -o "fs_$name/old"
  has err "fs_$name/old: write failed"
  has err "the old file is unchanged"
  intact "fs_$name"
  # shellcheck disable=SC2086  (the same with the shell's own SIGXFSZ ignored, as in the issue)
  checks=$((checks + 1))
  (trap '' XFSZ; ulimit -f 1 && exec "$VELFERD" $args -o "fs_$name/old") >out 2>err
  [ $? = 3 ] || fail "(trap '' XFSZ; ulimit -f 1) $name: exit not 3"
  intact "fs_$name"
done

# ---- 2. /dev/full: written directly (a device is not replaced), so the write fails ----
for w in "${WRITERS[@]}"; do
  name=${w%%|*} args=${w#*|}
  # shellcheck disable=SC2086
  vf 3 $args -o /dev/full
  has err "/dev/full: write failed"
  has err "No space left on device"
done
# A device that accepts writes works as before.
vf 0 params -o /dev/null

# ---- 3. a directory where no file can be created ----
# CI runs as root, and root ignores directory permissions: make the directory
# immutable (chattr +i) where the filesystem allows it; otherwise run velferd
# as nobody (setpriv) on a directory only root may write; otherwise, not root,
# chmod 555.
ro_mode=none
mkdir -p probe && if chattr +i probe 2>/dev/null; then
  touch probe/x 2>/dev/null || ro_mode=chattr
  chattr -i probe
fi
if [ $ro_mode = none ] && [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
  setpriv --reuid=65534 --regid=65534 --clear-groups "$VELFERD" --version >/dev/null 2>&1; then
  ro_mode=nobody
fi
[ $ro_mode = none ] && [ "$(id -u)" != 0 ] && ro_mode=chmod
echo "read-only directory: $ro_mode"
trap 'for d in ro_*; do chattr -i "$d" 2>/dev/null; done' EXIT
for w in "${WRITERS[@]}"; do
  name=${w%%|*} args=${w#*|}
  [ $ro_mode = none ] && break
  fresh "ro_$name"
  run=("$VELFERD")
  case $ro_mode in
    chattr) chattr +i "ro_$name" ;;
    nobody) chmod 755 "ro_$name" && chmod -R a+rX . && run=(setpriv --reuid=65534 --regid=65534 --clear-groups "$VELFERD") ;;
    chmod) chmod 555 "ro_$name" ;;
  esac
  checks=$((checks + 1))
  # shellcheck disable=SC2086
  "${run[@]}" $args -o "ro_$name/old" >out 2>err
  got=$?
  last="velferd $name -o ro_$name/old (directory read-only: $ro_mode)"
  [ $got = 3 ] || { fail "$last: exit $got, expected 3"; head -3 err; }
  has err "ro_$name/old: cannot write"
  chattr -i "ro_$name" 2>/dev/null
  chmod 755 "ro_$name"
  intact "ro_$name"
done
[ $ro_mode = none ] && echo "SKIP: no way to make a read-only directory here"

# ---- 4. no such directory ----
for w in "${WRITERS[@]}"; do
  name=${w%%|*} args=${w#*|}
  # shellcheck disable=SC2086
  vf 3 $args -o nodir/out
  has err "nodir/out: cannot write: No such file or directory"
done
[ ! -e nodir ] || fail "nodir was created"

# ---- 5. synth: a register directory is replaced whole or not at all ----
vf 0 synth -n 300 --seed 7 --year 2026 -o reg7
cp -r reg7 reg7.expect
vf 3 synth -n 300 --seed 8 -o reg7
has err "reg7 exists and is not empty; give --force"
limited 3 synth -n 300 --seed 8 --force -o reg7
has err "write failed"
checks=$((checks + 1))
diff -r reg7 reg7.expect >/dev/null || fail "a failed synth changed reg7"
checks=$((checks + 1))
[ -z "$(ls -A | grep '^\.reg7\.')" ] || fail "a failed synth left $(ls -A | grep '^\.reg7\.')"
# With --force it is replaced: the same bytes as a register written fresh.
vf 0 synth -n 300 --seed 8 --force -o reg7
vf 0 synth -n 300 --seed 8 -o reg8
for f in clients.csv payments.csv population.csv; do same reg7/$f reg8/$f; done
checks=$((checks + 1))
[ -z "$(ls -A | grep '^\.reg7\.')" ] || fail "synth --force left $(ls -A | grep '^\.reg7\.')"
# An empty directory needs no --force; a directory with other files is never replaced.
mkdir -p empty && vf 0 synth -n 20 -o empty
mkdir -p mine && echo keep >mine/notes.txt
vf 3 synth -n 20 --force -o mine
has err "holds 'notes.txt', which is not an output file; not replaced"
has mine/notes.txt keep
vf 3 synth -n 20 -o /dev/full
has err "not a directory"

# ---- 6. an output that is an input ----
cp "$DATA/clients.csv" same.csv && cp same.csv same.expect
vf 3 batch same.csv --month 2024-05 -o same.csv
has err "--output 'same.csv' would overwrite the input 'same.csv'"
same same.csv same.expect
ln -f same.csv hard.csv && ln -sf same.csv soft.csv
vf 3 batch same.csv --month 2024-05 -o hard.csv
vf 3 batch same.csv --month 2024-05 -o soft.csv
same same.csv same.expect
cp -r reg regx && cp -r regx regx.expect
vf 3 report regx -o regx/clients.csv
has err "would overwrite the input 'regx/clients.csv'"
vf 3 kostra write regx -m 4601 -o ./regx/payments.csv
rm regx/population.csv regx.expect/population.csv
vf 3 indicators regx -f csv -o regx/population.csv # would be read as the population next time
checks=$((checks + 1))
diff -r regx regx.expect >/dev/null || fail "regx changed"
vf 0 indicators regx -o regx/notes.txt # any other name in the directory is fine
vf 3 compare sc.csv --scenario "$SCEN" --year 2024 -o "$SCEN"
vf 3 compare sc.csv --scenario "$SCEN" --year 2024 -o c.csv --clients c.csv
has err "--output and --clients are the same file 'c.csv'"
vf 3 params --params "$SCEN" -o "$SCEN"
# A positional argument that is not a file is not an input.
printf 'old\n' >g && vf 0 params g -o g
has g "Parameters in force"
printf 'old\n' >11F && vf 1 kostra check 11F reg.11f -o 11F
vf 3 kostra check 11F reg.11f -o reg.11f
vf 3 calc --client family.json --month 2024-05 -o family.json
vf 3 indicators reg --compare regx --population same.csv -o same.csv
same same.csv same.expect

# ---- 7. a successful write keeps what it should ----
printf 'old\n' >perm.txt && chmod 640 perm.txt
vf 0 params g -o perm.txt
checks=$((checks + 1))
[ "$(stat -c %a perm.txt)" = 640 ] || fail "permissions of perm.txt not kept: $(stat -c %a perm.txt)"
has perm.txt "Parameters in force"
ln -sf perm.txt link.txt && vf 0 params g -o link.txt
checks=$((checks + 1))
[ -L link.txt ] || fail "link.txt is no longer a symbolic link"

# ---- 8. options that were not checked ----
vf 2 kostra write reg -m abcd -o k.11f
has err "municipality (KOMMUNE_NR) 'abcd' is not 4 digits"
vf 2 kostra write reg -m 46011 -o k.11f
vf 2 kostra write reg -m 0301 --district 1x -o k.11f
has err "district (BYDELSNR) '1x' is not 2 digits"
[ ! -e k.11f ] || fail "k.11f written after a refused option"
vf 2 synth -n 10 --seed 18446744073709551616 -o s1
has err "--seed: '18446744073709551616' is not a whole number in 0..18446744073709551615"
vf 2 synth -n 10 --seed 99999999999999999999999 -o s1
vf 2 synth -n 10 --seed ' 5' -o s1
vf 2 synth -n 10 --seed +5 -o s1
vf 0 synth -n 10 --seed 18446744073709551615 -o s1
vf 2 indicators reg --suppress-below ' 3'
vf 2 kostra check 11F reg.11f --year +2026
vf 2 compare sc.csv --scenario "$SCEN" --year 2024 --largest 1e3

# ---- 9. the smaller items of defect 9 ----
# kostra write's findings name the record's line in the file written, not "line 0".
vf 1 kostra write reg -m 4601 -o k.11f
has err "line 1, journal S0000001"
hasnt err "line 0,"
# A register with nothing paid in the year: no empty file.
mkdir -p paid2025
printf 'id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\nA,1990-02-03,male,unmarried,norwegian,work,none,\n' >paid2025/clients.csv
printf 'client_id,year,month,gross,refunded,kind\nA,2025,1,100.00,0.00,grant\n' >paid2025/payments.csv
vf 2 kostra write paid2025 -m 4601 -y 2026 -o cf.11f
has err "paid2025: no client was paid economic assistance in 2026; nothing written to cf.11f"
vf 2 kostra write paid2025 -m 4601 -y 2026 --form 11CF -o cf.11f
has err "no client was paid the qualification benefit in 2026"
[ ! -e cf.11f ] || fail "cf.11f written with no records"
# --title must be UTF-8 (it goes into the page as it is).
vf 2 report reg --title $'Bad \xff title' -o bad.html
has err "--title is not valid UTF-8 text"
vf 2 report reg --title $'Overlong \xc0\xaf' -o bad.html
[ ! -e bad.html ] || fail "bad.html written"
vf 0 report reg --title "Sosialhjelp – Bærum" -o good.html
# Every client row rejected: an error, not a table of zeros.
mkdir -p allbad && printf 'id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\nA,1990-02-30,male,unmarried,norwegian,work,none,\n' >allbad/clients.csv
printf 'client_id,year,month,gross,refunded,kind\nA,2026,1,100.00,0.00,grant\n' >allbad/payments.csv
vf 2 indicators allbad --year 2026
has err "allbad: every row of clients.csv was rejected; no indicators computed"
vf 2 report allbad -o allbad.html
[ ! -e allbad.html ] || fail "allbad.html written"
# A year with no payments (--compare-year or --year): an error naming the years there are.
vf 2 indicators reg --compare reg --compare-year 2020
has err "reg: no payment records in 2020 (--compare-year); its payments are from 2026 to 2026"
vf 2 indicators reg --year 1999
has err "no payment records in 1999 (--year)"
vf 2 report reg --compare reg --compare-year 2020 -o cy.html
finish
