# The language of the text output (issue 17): --lang nb|en, the default from
# LC_ALL, LC_MESSAGES, LANG; CSV and JSON language-neutral; golden outputs.
#
# The golden files in data/lang were checked by hand:
# - indicators_reg2024.*: the register tests/data/reg2024, whose every value
#   is worked out in test_indicators.sh (recipients 5, point month 3, months
#   27, duration 27/5 = 5.4, 60.0 %, gross 217 000, refunded 1 000, net
#   216 000, per recipient 43 400, per month 8 037, 40.0 % four times, 3
#   children, no population: '..'); the tables: ages 24, 21 (18-24), 34
#   (30-39), 44 (40-49), 69 (67+); men C2, C4, C5; unmarried C1, C5, married
#   C2, separated C3, widowed C4; Norwegian C1, C3, C4; no children C1, C4,
#   C5, one child C3, two C2; main income work C3, trygd C2, C4, social
#   assistance C1, C5; trygd C2 disability, C4 old age (50.0 % each);
#   months C4 1, C3 2, C1 and C5 6, C2 12. The Norwegian category texts are
#   SSB's from the 11F file description (file_description_11F_2026.md:
#   EKTSTAT "Ugift", "Gift", "Samboer", "Skilt/separert", "Enke/enkemann";
#   KJONN "Mann", "Kvinne"; VKLO "Arbeidsinntekt", "Trygd/stønad",
#   "Sosialhjelp", ...; TRYGDESIT "Uføretrygd", "Alderspensjon", "Har ingen
#   trygd/pensjon"), SSB's "I alt" and "Uoppgitt", and the numbers as
#   bokmål writes them: "217 000", "5,4", "60,0".
# - calc_family.*: the couple with two children of test_calc.sh, June 2021:
#   norm 10 800 + 2 850 + 3 250 = 16 900, housing 13 800, income 27 108,
#   assistance 3 592; the 80 % rule is off in the default profile.
# - calc_pensioner.*: the Bergen pensioner of test_calc.sh, October 2021:
#   ordinary 6 450 + 10 000 - 15 000 = 1 450; 80 % rule 9 991.86.
. "$(dirname "$0")/lib.sh"
REG="$DATA/reg2024"
G="$DATA/lang"
# The calculation's summary: the lines before the explanation (the second blank line).
head2() { awk 'BEGIN { n = 0 } /^$/ { if (++n == 2) exit } { print }' "$1"; }

vf 0 indicators "$REG" --suppress-below 0
same out "$G/indicators_reg2024.en.txt"
vf 0 indicators "$REG" --suppress-below 0 --lang nb
same out "$G/indicators_reg2024.nb.txt"
vf 0 indicators "$REG" --suppress-below 0 --lang=en
same out "$G/indicators_reg2024.en.txt"
for c in family:"--client $DATA/family.json --month 2021-06" \
         pensioner:"--client $DATA/pensioner.csv --month 2021-10 --profile bergen"; do
  name=${c%%:*}
  for l in en nb; do
    # shellcheck disable=SC2086
    vf 0 calc ${c#*:} --lang $l
    head2 out >head.txt
    same head.txt "$G/calc_$name.$l.txt"
  done
done

# The default follows the locale: LC_ALL, then LC_MESSAGES, then LANG.
lang_run() { # ENV... -- ARGS: velferd with only the given locale variables
  local env=()
  while [ "$1" != -- ]; do env+=("$1"); shift; done
  shift
  checks=$((checks + 1))
  env -u LC_ALL -u LC_MESSAGES -u LANG "${env[@]}" "$VELFERD" "$@" >out 2>err || fail "velferd $*: exit $?"
  last="${env[*]} velferd $*"
}
for loc in nb_NO.UTF-8 nn_NO.UTF-8 no_NO nb; do
  lang_run LANG=$loc -- indicators "$REG" --suppress-below 0
  same out "$G/indicators_reg2024.nb.txt"
done
for loc in C C.UTF-8 POSIX en_US.UTF-8 de_DE.UTF-8 ""; do
  lang_run LANG=$loc -- indicators "$REG" --suppress-below 0
  same out "$G/indicators_reg2024.en.txt"
done
lang_run -- indicators "$REG" --suppress-below 0
same out "$G/indicators_reg2024.en.txt"
lang_run LC_ALL=nb_NO.UTF-8 LANG=C -- indicators "$REG" --suppress-below 0
same out "$G/indicators_reg2024.nb.txt"
lang_run LC_ALL=C LANG=nb_NO.UTF-8 -- indicators "$REG" --suppress-below 0
same out "$G/indicators_reg2024.en.txt"
lang_run LC_MESSAGES=nb_NO.UTF-8 LANG=C -- indicators "$REG" --suppress-below 0
same out "$G/indicators_reg2024.nb.txt"
lang_run LC_ALL= LC_MESSAGES=nb_NO.UTF-8 LANG=C -- indicators "$REG" --suppress-below 0
same out "$G/indicators_reg2024.nb.txt"
# --lang wins over the locale.
lang_run LANG=nb_NO.UTF-8 -- indicators "$REG" --suppress-below 0 --lang en
same out "$G/indicators_reg2024.en.txt"
lang_run LANG=nb_NO.UTF-8 -- --help
has out "Bruk: velferd KOMMANDO"
has out "Kommandoer:"
lang_run LANG=nb_NO.UTF-8 -- params --help
has out "Bruk: velferd params [VALG]"
has out "Avslutningskoder:"

# Machine formats stay language-neutral: codes and decimal points.
for f in csv json; do
  vf 0 indicators "$REG" --suppress-below 0 -f $f
  mv out en.$f
  vf 0 indicators "$REG" --suppress-below 0 -f $f --lang nb
  same out en.$f
done
vf 0 calc --client "$DATA/family.json" --month 2021-06 -f json --lang nb
has out '"assistance": "3592.00", "assistance_ore": 359200'
# Markdown: SSB's texts and bokmål numbers.
vf 0 indicators "$REG" --suppress-below 0 -f markdown --lang nb
has out "# Indikatorer for økonomisk sosialhjelp 2024"
has out "| Samlet stønadssum, brutto (kr) | 217 000 | kr |"
has out "| Skilt/separert | 1 | 20,0 |"
has out "| I alt | 5 | 100,0 |"
# The comparison of two years.
vf 0 indicators "$REG" --suppress-below 0 --compare "$REG" --compare-year 2023 --lang nb
has out "Sammenligning: 2023 ($REG) -> 2024 ($REG)"
# recipients 1 -> 5: +4, +400.0 %
matches out '^Sosialhjelpsmottakere i løpet av året +1 +5 +\+4 +\+400,0$'

# The report in bokmål: every heading, category and note, numbers with
# no-break spaces (U+00A0), empty categories out of the charts but in the
# tables, the rate row with its age band.
NB=$(printf '\302\240')
vf 0 report "$REG" --suppress-below 0 --lang nb -o nb.html
has err "velferd report: skrev nb.html"
has nb.html '<html lang="nb">'
has nb.html "<title>Økonomisk sosialhjelp 2024</title>"
has nb.html "<h2>Indikatorer</h2>"
has nb.html "<h2>Fordelinger</h2>"
has nb.html "<h3>Mottakere etter alder</h3>"
has nb.html "<tr><td>Samlet stønadssum, brutto (kr)</td><td>217${NB}000</td></tr>"
has nb.html "<tr><td>Gjennomsnittlig stønadslengde (måneder)</td><td>5,4</td></tr>"
has nb.html "<tr><td>Sosialhjelpsmottakere per 100 innbyggere i aldersgruppen (18-66 år)</td><td>..</td></tr>"
has nb.html "<th>kategori</th><th>2024 personer</th><th>2024${NB}%</th>"
has nb.html "<tr><td>18-24 år</td><td>2</td><td>40,0</td></tr>"
has nb.html "<title>2024: 18-24 år 2 personer</title>"
has nb.html ">40,0${NB}%</text>"
has nb.html '<tr class="total"><td>I alt</td><td>5</td><td>100,0</td></tr>'
has nb.html "vises ikke av konfidensialitetshensyn"
# 25-29 år is empty: a table row, no chart label.
has nb.html "<tr><td>25-29 år</td><td>0</td><td>0,0</td></tr>"
hasnt nb.html '>25-29 år</text>'
for en in "Recipients" "Indicators" "persons" "suppressed" ">total<" "Economic"; do hasnt nb.html "$en"; done
vf 0 report "$REG" --lang nb -o supp.html
has supp.html ">prikket</text>"
# English by default in a C locale, as always.
vf 0 report "$REG" --suppress-below 0 -o en.html
has en.html '<html lang="en">'
has en.html ">25_29</text>"

# Other commands' text.
vf 0 params --lang nb --at 2021-06-01 guideline.couple
has out "Parametere i kraft 2021-06-01 (profil default"
matches out '^guideline.couple +10 800,00 .* fra '
vf 0 test --lang nb "$SRC/tests/cases/rule80.json"
matches out '^[0-9]+ tilfeller, [0-9]+ bestått, 0 feilet$'

# The usage text is data too (data/labels/help.csv): in bokmål every option's
# line differs from the English one (an option without a bokmål row would print
# its English table text), the placeholders are Norwegian, no key shows.
"$VELFERD" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}' >commands
printf 'kostra check\nkostra indicators\nkostra write\n' >>commands
while read -r cmd; do
  # shellcheck disable=SC2086
  vf 0 $cmd --help --lang en
  mv out help.en
  # shellcheck disable=SC2086
  vf 0 $cmd --help --lang nb
  has out "Bruk: velferd $cmd "
  has out "Avslutningskoder:"
  grep -q 'help\.' out && fail "$cmd: a key of help.csv shows: $(grep 'help\.' out)"
  grep -Eq -- '--[a-z-]+ (FILE|DIR|DATE|YEAR|NAME)\b' out && fail "$cmd: English placeholder: $(grep -E -- '--[a-z-]+ (FILE|DIR|DATE|YEAR|NAME)\b' out)"
  sed -n 's/^  [ -].\{25\} //p' help.en >lines
  while read -r line; do
    grep -qF -- "$line" out && fail "$cmd: not translated: $line"
  done <lines
done <commands
vf 0 kostra --help --lang nb
has out "Underkommandoer:"
has out "check        kontroller en 11F- eller 11CF-fil slik SSB gjør"
vf 0 calc --help --lang nb
has out "      --birth-date DATO      klient: fødselsdato"
has out "  -m, --month ÅÅÅÅ-MM        måneden som skal beregnes (standard: denne måneden)"

# A language without texts is a usage error.
vf 2 indicators "$REG" --lang fr
has err "velferd indicators: --lang: unknown language 'fr' (one of: nb, en)"
vf 2 --lang fr --help
has err "unknown language 'fr'"

# Every text of data/labels has a non-empty text in every language (but the
# English thousands separator, empty on purpose).
/usr/bin/python3 - "$SRC/data/labels" <<'PY' || fail "labels with empty texts"
import csv, glob, os, sys
bad = 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
    rows = [r for r in csv.reader(l for l in open(path, encoding="utf-8") if not l.startswith("#"))]
    head, keys = rows[0], set()
    for r in rows[1:]:
        if len(r) != len(head):
            print(f"{path}: {r[0]}: {len(r)} fields"); bad += 1; continue
        if r[0] in keys:
            print(f"{path}: {r[0]}: twice"); bad += 1
        keys.add(r[0])
        for lang, text in zip(head[1:-1], r[1:-1]):
            if not text and (r[0], lang) != ("format.group", "en"):
                print(f"{path}: {r[0]}: no {lang} text"); bad += 1
sys.exit(bad > 0)
PY
finish
