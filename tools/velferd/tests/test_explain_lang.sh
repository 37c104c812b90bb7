# calc's explanation in a language (issue 17): --lang nb prints the steps in
# bokmål, --lang en (and the C locale) exactly as before; JSON gives the
# language-neutral trace (message ids and typed arguments) unless --trace-json
# asks for it with texts in the --lang language or for the plain English form.
# The family of test_calc.sh, June 2021 (a couple, children born 2017-03-01 and
# 2012-08-20): norm 10 800 + 2 850 + 3 250 = 16 900; housing 12 000 + 1 500 +
# 300 = 13 800; income 20 000 + 5 000 + child benefit 2 108 (counted before
# September 2022) = 27 108; 16 900 + 13 800 - 27 108 = 3 592.
. "$(dirname "$0")/lib.sh"
FAM="--client $DATA/family.json --month 2021-06"

# shellcheck disable=SC2086
vf 0 calc $FAM --lang nb
has out "1. Husholdningstype  [assistance.household, assistance/1]"
has out "   ektepar/samboere (bor med ektefelle/samboer = ja); 2 barn, alder målt første dag i måneden"
has out "   - alder for barn 2 den 2021-06-01: 8"
has out "2. Norm for livsopphold: 16 900,00 kr  [assistance.norm, assistance/1]"
has out "   - barn 1, 4 år: 2 850,00 kr"
has out "3. Boutgifter: 13 800,00 kr  [assistance.housing, assistance/1]"
has out "   - Barnetrygd og kontantstøtte: 2 108,00 kr"
has out "4. Nettoinntekt som regnes med: 27 108,00 kr"
has out "   norm + boutgifter - inntekt = 3 592,00 kr"
has out "6. 80 %-regelen for mottakere av varige ytelser: brukes ikke  [rule80.check, rule80/1]"
has out "7. Økonomisk stønad for måneden: 3 592,00 kr  [assistance.result, assistance/1]"
has out "   Kilde: Sosialtjenesteloven § 18: norm + housing costs - net income, not below zero"
hasnt out "Household type"
# English: as it has always been, with or without --lang en
# shellcheck disable=SC2086
vf 0 calc $FAM
mv out c.txt
# shellcheck disable=SC2086
vf 0 calc $FAM --lang en
same out c.txt
has out "2. Norm for living expenses: 16900.00 kr  [assistance.norm, assistance/1]"
has out "   couple (lives_with_partner = yes); 2 child(ren), ages measured on the first day of the month"
has out "   - child_benefit: 2108.00 kr"
has out "   norm + housing - income = 3592.00 kr"

# JSON: the neutral trace by default, whatever the language; plain on request
# shellcheck disable=SC2086
vf 0 calc $FAM -f json --trace-json plain --lang nb
has out '"title":"Household type"'
hasnt out '"title_id"'
# shellcheck disable=SC2086
vf 0 calc $FAM -f json --lang nb
mv out default.json
# shellcheck disable=SC2086
vf 0 calc $FAM -f json --trace-json neutral --lang en
same out default.json
hasnt out '"title"'
hasnt out 'Household type'
hasnt out 'Husholdningstype'
has out '"title_id":"assistance.household.title"'
has out '"detail":{"id":"assistance.household.partner_yes","args":[{"kind":"term","value":"household.couple"},{"kind":"int","value":2}]}'
checks=$((checks + 1))
/usr/bin/python3 - out <<'PY' || fail "neutral JSON: not as expected"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
steps = d["trace"]["steps"]
assert [s["rule"] for s in steps][:2] == ["assistance.household", "assistance.norm"], steps
ordinary = steps[4]
assert ordinary["detail"] == {"id": "assistance.ordinary.detail",
                              "args": [{"kind": "money", "value_ore": 359200}]}, ordinary
assert ordinary["values"][0]["label"] == {"id": "assistance.value.norm", "args": []}
assert ordinary["values"][0]["value_ore"] == 1690000
income = steps[3]["values"]
assert income[1]["label"]["args"] == [{"kind": "code", "list": "income_kind",
                                       "value": "child_benefit"}], income
PY
# shellcheck disable=SC2086
vf 0 calc $FAM -f json --trace-json text --lang nb
has out '"lang":"nb"'
has out '"title":"Norm for livsopphold"'
has out '"text":"norm + boutgifter - inntekt = 3 592,00 kr"'
# shellcheck disable=SC2086
vf 0 calc $FAM -f json --trace-json text
has out '"lang":"en"'
has out '"text":"norm + housing - income = 3592.00 kr"'
# shellcheck disable=SC2086
vf 2 calc $FAM --trace-json neutral
has err "--trace-json is for --format json"
# shellcheck disable=SC2086
vf 2 calc $FAM -f json --trace-json words
has err "trace-json"

# the qualification programme in bokmål: eligibility and benefit
vf 0 calc --rule kvp --birth-date 1990-01-01 --month 2024-08 --lang nb \
  --facts reduced_work_capacity=yes,folketrygd_rights=no,work_assessment_done=yes,programme_available=yes
has out "6. Rett til kvalifiseringsprogram: har rett  [kvp.eligible, kvp_eligibility/1]"
has out "   0 av 5 vilkår ikke oppfylt, 0 ukjent"
has out "   opplysning «Vesentlig nedsatt arbeids- og inntektsevne»: Ja"
has out "1. Aldersgruppe  [kvp.age, kvp_benefit/1]"
has out "   fyller 25 år 2015-01-01; redusert sats gjelder før denne dagen"
finish
