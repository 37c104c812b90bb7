# velferd calc: hand-worked cases from docs/rules.md, every input route, bad input.
. "$(dirname "$0")/lib.sh"

# Couple with two children, June 2021, default profile (docs/rules.md):
# ages on 2021-06-01 are 4 and 8, so norm = couple 10 800 + child 0-5 2 850 +
# child 6-10 3 250 = 16 900; housing 12 000 + 1 500 + 300 = 13 800; income
# 20 000 + 5 000 + barnetrygd 2 108 (counted before 2022-09-01) = 27 108;
# assistance = 16 900 + 13 800 - 27 108 = 3 592.
FAMILY="--facts lives_with_partner=yes --children 2017-03-01,2012-08-20
  --housing rent=12000,electricity=1500,other=300 --income work=20000,partner=5000,child_benefit=2108"
# shellcheck disable=SC2086
vf 0 calc --month 2021-06 $FAMILY
matches out '^  household +couple, 2 child\(ren\)$'
matches out '^  norm +16900\.00 kr$'
matches out '^  housing costs +13800\.00 kr$'
matches out '^  income counted +27108\.00 kr$'
matches out '^  assistance +3592\.00 kr$'
has out "Calculation: vf_assistance_month 2021-06"
has out "parameter guideline.couple = 10800.00"
has out "Source: "
empty err
# The same family from a JSON file gives the same amounts; --date picks the month.
vf 0 calc --client "$DATA/family.json" --date 2021-06-15
matches out '^  assistance +3592\.00 kr$'
# October 2022: couple 11 150, children (5 and 10) 3 250 + 3 350 = 17 750; barnetrygd
# is not counted from 2022-09-01, so income = 25 000 and 2 108 is left out;
# 17 750 + 13 800 - 25 000 = 6 550.
vf 0 calc --client "$DATA/family.json" --month 2022-10
matches out '^  norm +17750\.00 kr$'
matches out '^  income left out +2108\.00 kr$'
matches out '^  assistance +6550\.00 kr$'

# Single pensioner in Bergen, October 2021 (examples/worked_case.c): ordinary
# 6 450 + 10 000 - 15 000 = 1 450; 80 % rule: 224 878 / 12 = 18 739.83,
# x 4/5 = 14 991.86, + 9 000 + 1 000 - 15 000 = 9 991.86 > 1 450.
vf 0 calc --client "$DATA/pensioner.csv" --month 2021-10 --profile bergen
matches out '^  ordinary +1450\.00 kr$'
matches out '^  80 % rule +9991\.86 kr$'
matches out '^  assistance +9991\.86 kr$'
vf 0 calc --client "$DATA/pensioner.csv" --month 2021-10
matches out '^  80 % rule +off$'
matches out '^  assistance +1450\.00 kr$'

# JSON output: exact øre, the client, the trace; valid JSON.
vf 0 calc --client "$DATA/pensioner.csv" --month 2021-10 --profile bergen --format json -o calc.json
empty out
has calc.json '"month": "2021-10", "profile": "bergen"'
has calc.json '"assistance": "9991.86", "assistance_ore": 999186'
has calc.json '"rule80_applies": true'
has calc.json '"id": "P-1"'
has calc.json '"calculation"'
if [ -x /usr/bin/python3 ]; then
  /usr/bin/python3 -c 'import json,sys; d=json.load(open("calc.json")); assert d["assistance"]["ordinary_ore"] == 145000' ||
    fail "calc.json: not valid JSON or ordinary_ore != 145000"
fi

# A CSV file with several clients needs --id.
vf 2 calc --client "$DATA/clients.csv" --month 2021-06
has err "7 clients; choose one with --id, or use velferd batch"
vf 0 calc --client "$DATA/clients.csv" --id A --month 2021-06
# single 6 450 + rent 5 000 - work 2 000 = 9 450
matches out '^  assistance +9450\.00 kr$'
vf 2 calc --client "$DATA/clients.csv" --id Z --month 2021-06
has err "no row with that --id"

# Qualification programme (docs/rules.md): born 1994-02-10, May 2024, G 124 028
# from 2024-05-01: yearly 2 x 124 028 = 248 056; the whole month = 248 056 / 12 =
# 20 671.333 -> 20 671.33; 12.5 hours (750 minutes) of work a week against a
# 37.5-hour (2 250-minute) programme week: 20 671.33 x 750 / 2 250 = 6 890.443 ->
# 6 890.44; benefit 20 671.33 - 6 890.44 = 13 780.89.
KVP_FACTS="--facts reduced_work_capacity=yes,folketrygd_rights=no,work_assessment_done=yes,programme_available=yes"
# shellcheck disable=SC2086
vf 0 calc --rule kvp --month 2024-05 --birth-date 1994-02-10 $KVP_FACTS --work-minutes 750
matches out '^  eligible +yes \(on 2024-05-01\)$'
matches out '^    limited_folketrygd +met$'
matches out '^  yearly rate +248056\.00 kr$'
matches out '^  base +20671\.33 kr$'
matches out '^  work reduction +6890\.44 kr$'
matches out '^  benefit +13780\.89 kr$'
has out "Calculation: vf_kvp_eligibility 2024-05-01"
has out "Calculation: vf_kvp_benefit_period"
# Under 25 (born 2001-03-03): 2/3 of 248 056 = 165 370.667 -> 165 370.67 a year,
# / 12 = 13 780.889 -> 13 780.89 for May. Folketrygd rights -> not eligible.
vf 0 calc --rule kvp --month 2024-05 --birth-date 2001-03-03 \
  --facts reduced_work_capacity=yes,folketrygd_rights=yes,work_assessment_done=yes,programme_available=yes
matches out '^  eligible +no \(on 2024-05-01\)$'
matches out '^    limited_folketrygd +not met$'
matches out '^  yearly rate +165370\.67 kr$'
matches out '^  benefit +13780\.89 kr$'
# shellcheck disable=SC2086
vf 0 calc --rule kvp --date 2024-05-10 --birth-date 1994-02-10 $KVP_FACTS --format json -o kvp.json
/usr/bin/python3 -c 'import json; d=json.load(open("kvp.json")); assert d["kvp_benefit"]["amount_ore"] == 2067133 and d["kvp_eligibility"]["date"] == "2024-05-10" and d["kvp_eligibility"]["eligible"] == "yes"' ||
  fail "kvp.json: not JSON or wrong values"
vf 2 calc --rule kvq --month 2024-05
has err "--rule: unknown value 'kvq' (one of: assistance kvp)"
vf 2 calc --month 2024-05 --work-minutes 100
has err "--work-minutes is for --rule kvp"
vf 2 calc --rule kvp --month 2024-05 --work-minutes -5
has err "--work-minutes: '-5' is not a whole number in 0..10080"

# Bad input: named option, file, line and field; exit 2; nothing on stdout.
vf 2 calc --month 2021-06 --civil-status single
has err "velferd calc: client options: civil_status: unknown code 'single'"
empty out
vf 2 calc --month 2021-06 --housing rent=-5
has err "housing_rent: '-5': must not be negative"
vf 2 calc --month 2021-06 --housing garage=100
has err "housing_garage: unknown column"
vf 2 calc --month 2021-06 --income work
has err "--income: 'work' is not NAME=VALUE"
vf 2 calc --month 2021-13
has err "--month"
vf 2 calc --month 2021-6
has err "--month: '2021-6' is not YYYY-MM"
vf 2 calc --month 2021-06 --date 2021-06-01
has err "give --month or --date, not both"
vf 2 calc --client "$DATA/family.json" --trygd none --month 2021-06
has err "--trygd cannot be combined with --client"
printf '{\n  "id": "x",\n  "housing": {"rent": "9000"}\n}\n' >bad.json
vf 2 calc --client bad.json --month 2021-06
has err "bad.json:3: housing.rent: expected an amount in kroner (number), found string"
printf '{"id": "x",}' >syntax.json
vf 2 calc --client syntax.json --month 2021-06
has err "syntax.json:1:12: trailing comma"
vf 2 calc --client /nonexistent/c.json --month 2021-06
has err "/nonexistent/c.json: cannot open"
# A rule error: partner income in a household without a partner.
vf 2 calc --month 2021-06 --facts lives_with_partner=no --civil-status unmarried --income partner=100
has err "partner income"
# A child born after the month starts.
vf 2 calc --month 2021-06 --children 2021-07-01
has err "velferd calc: "
vf 3 calc --month 2021-06 -o /nonexistent/dir/x.txt
has err "cannot write"
finish
