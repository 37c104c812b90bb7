# Issue 19 from the command line: --as-known-on, params coverage, params template.
. "$(dirname "$0")/lib.sh"

# Single pensioner in Bergen, June 2020 (data/pensioner.csv: rent 9 000,
# electricity 1 000, trygd 15 000). Ordinary: 6 250 + 10 000 - 15 000 = 1 250.
# 80 % rule back-paid (208 690): 208 690 / 12 = 17 390.83, x 4/5 = 13 912.66,
# + 10 000 - 15 000 = 8 912.66. As decided from 21 September 2020 (204 690):
# 17 057.50 x 4/5 = 13 646.00, + 10 000 - 15 000 = 8 646.00.
vf 0 calc --client "$DATA/pensioner.csv" --month 2020-06 --profile bergen
matches out '^  assistance +8912\.66 kr$'
vf 0 calc --client "$DATA/pensioner.csv" --month 2020-06 --profile bergen --as-known-on 2020-10-01
matches out '^  80 % rule +8646\.00 kr$'
matches out '^  assistance +8646\.00 kr$'
has out "parameters as known on 2020-10-01"
has out "decided 2020-09-21"
# As decided in June 2020 the single rate in use (from 1 September 2019) is not sourced.
vf 2 calc --client "$DATA/pensioner.csv" --month 2020-06 --profile bergen --as-known-on 2020-06-15
has err "minimum_pension.single"
vf 2 calc --client "$DATA/pensioner.csv" --month 2020-06 --as-known-on 2020-06-31
has err "--as-known-on"
# G in use in June 2020 was G 2019 (navikt/g: G 2020 taken into use 2020-09-21).
vf 0 params --at 2020-06-01 --as-known-on 2020-06-15 g
matches out '^g +99858\.00 +nok_per_year +from 2019-05-01, decided 2019-05-27$'
has out "as known on 2020-06-15"
for cmd in batch compare; do
  vf 0 "$cmd" --help
  has out "--as-known-on"
done

# Coverage: guideline rates end 2024-12-31 (default); Bergen's 80 % rule needs the
# single minimum pension, a gap from 2024-05-01.
vf 0 params coverage
has out "Every rule can be computed from enacted values alone until 2024-12-31."
matches out '^\* assistance +not computable 1900-01-01\.\.2001-12-31: needs .guideline\.single.'
matches out '^ +not computable 2025-01-01\.\. \(open\): needs .guideline\.single., which has no enacted value$'
matches out '^  kvp\.benefit\.children +not computable'
vf 0 params coverage --profile bergen
has out "until 2024-04-30."
vf 0 params coverage --format json -o cov.json
has cov.json '"all_rules_until": "2024-12-31"'
has cov.json '{"from": "2025-01-01", "to": null, "enacted": false, "reason": "not sourced'
vf 2 params coverage g
vf 2 params coverage --format csv

# Template: every parameter on 2025-01-01, sources empty; loading it unfilled is
# refused at its first row; filled, its figure and source are used.
vf 0 params template --at 2025-01-01 -o t.csv
has t.csv "g,2025-01-01,124028.00,nok_per_year,"
has t.csv "guideline.single,2025-01-01,unknown,nok_per_month,"
line=$(grep -n '^name,' t.csv | cut -d: -f1)
vf 2 params --params t.csv g
has err "t.csv:$((line + 1)): source: empty"
{ sed -n "1,${line}p" t.csv; echo 'guideline.single,2025-01-01,7000,nok_per_month,"Rundskriv A-1/2025 (test)"'; } >filled.csv
# A single adult, January 2025: 7 000 + 5 000 + 500 - 2 000 = 10 500.
vf 0 calc --params filled.csv --month 2025-01 --housing rent=5000,electricity=500 --income work=2000
matches out '^  assistance +10500\.00 kr$'
has out "Rundskriv A-1/2025 (test)"
vf 2 params template -o t2.csv
has err "template needs --at DATE and -o FILE"
finish
