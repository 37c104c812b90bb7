# velferd indicators on a small hand-made register (tests/data/reg2024):
# every value below is worked out by hand from the files.
. "$(dirname "$0")/lib.sh"
REG="$DATA/reg2024"

# Payments in 2024: C1 months 1-6 at 8 000; C2 months 1-12 at 10 000 (1 000
# refunded in December); C3 months 3 and 5 at 5 000; C4 month 11 at 3 000; C5
# months 7-12 at 6 000. C1's December 2023 payment is another year.
#   recipients 5; in November (point month) C2, C4, C5 = 3; months 6+12+2+1+6 = 27;
#   average duration 27/5 = 5.4; 6+ months C1, C2, C5 = 3/5 = 60.0 % (all
#   consecutive: 60.0); gross 48 000 + 120 000 + 10 000 + 3 000 + 36 000 = 217 000;
#   refunded 1 000; net 216 000; per recipient 217 000/5 = 43 400; per month
#   217 000/27 = 8 037.04 -> 8 037; social assistance main income C1, C5 = 40.0 %,
#   both with 6+ months = 40.0 %; aged 18-24 at the end of 2024: C1 (24), C5 (21)
#   = 40.0 %; providers C2 (2 children), C3 (1) = 40.0 %, 3 children; no
#   population file, so the rate is '..'.
vf 0 indicators "$REG" --year 2024 --suppress-below 0 -f csv
for want in "recipients,,5," "recipients_month,,3," "benefit_months,,27," "avg_duration,,5.4," \
  "long_term_share,,60.0," "long_term_continuous_share,,60.0," "gross,,217000," "refunded,,1000," \
  "net,,216000," "gross_per_recipient,,43400," "avg_per_month,,8037," "sa_main_income_share,,40.0," \
  "sa_long_term_share,,40.0," "young_share,,40.0," "provider_share,,40.0," "children,,3,"; do
  has out "2024,indicator,$want"
done
has out "2024,indicator,population_rate,,,,,,,no_data"
# Age groups at the end of 2024: C2 44 -> 40_49, C3 34 -> 30_39, C4 69 -> 67_plus.
has out "2024,table,age_group,18_24,2,40.0,"
has out "2024,table,age_group,67_plus,1,20.0,"
# The year defaults to the latest year with payments (2024).
vf 0 indicators "$REG" --suppress-below 0
matches out '^  Recipients during the year +5$'
matches out '^  Average benefit duration \(months\) +5\.4$'
has out "Social assistance indicators 2024"
# Default suppression (below 5 persons): 3 in November is hidden.
vf 0 indicators "$REG"
matches out '^  Recipients in the point month +:$'
matches out '^  Recipients during the year +5$'
# A population file gives the rate: 18-66 year olds at the end of 2024 among
# the recipients are C1, C2, C3, C5 = 4; 100 persons of each age 18..66 =
# 4 900 inhabitants; 4 / 4 900 x 100 = 0.0816 -> 0.1.
{ echo "year,age,persons"; for a in $(seq 18 66); do echo "2024,$a,100"; done; } >pop.csv
vf 0 indicators "$REG" --suppress-below 0 --population pop.csv -f csv
has out "2024,indicator,population_rate,,0.1,"
# Other formats.
vf 0 indicators "$REG" --suppress-below 0 -f markdown
has out "| Recipients during the year | 5 |"
vf 0 indicators "$REG" --suppress-below 0 -f json -o ind.json
empty out
/usr/bin/python3 -c 'import json; json.load(open("ind.json"))' || fail "ind.json is not JSON"

# Comparison with 2023 in the same directory: 2023 has only C1's December
# payment: 1 recipient, gross 7 000. Change 1 -> 5 = +4 (+400.0 %); gross
# 7 000 -> 217 000 = +210 000, 210 000 / 7 000 = +3000.0 %.
vf 0 indicators "$REG" --suppress-below 0 --compare "$REG" --compare-year 2023 -f csv
has out "indicator,before_year,before,after_year,after,change,change_pct"
has out "recipients,2023,1,2024,5,+4,+400.0"
has out "gross,2023,7000,2024,217000,+210000,+3000.0"
hasnt out "2024,indicator,"
vf 0 indicators "$REG" --suppress-below 0 --compare "$REG" --compare-year 2023
has out "Comparison: 2023"
matches out '^recipients +1 +5 +\+4 +\+400\.0$'
vf 0 indicators "$REG" --suppress-below 0 --compare "$REG" --compare-year 2023 -f json -o cmp.json
/usr/bin/python3 -c 'import json; d=json.load(open("cmp.json")); assert d["compare"]["indicators"][0]["change"] == "+4"' ||
  fail "cmp.json: not JSON or wrong change"

# Bad rows are skipped and reported, exit 1.
mkdir -p bad && cp "$REG/clients.csv" bad/ && cp "$REG/payments.csv" bad/
echo "C9,2024,13,100.00,0.00,grant" >>bad/payments.csv
echo "C6,1990-02-30,male,unmarried,norwegian,work,none," >>bad/clients.csv
vf 1 indicators bad --suppress-below 0 -f csv
has err "rejected "
has err "clients.csv:7"
has err "payments.csv:"
has err "2 rows rejected"
has out "2024,indicator,recipients,,5,"

# Bad input.
vf 2 indicators
has err "missing argument: DIR"
vf 2 indicators /nonexistent/reg
has err "/nonexistent/reg"
vf 2 indicators "$REG" --year 20x4
has err "--year: '20x4' is not a whole number"
vf 2 indicators "$REG" -f xml
has err "--format: unknown value 'xml' (one of: text csv json markdown)"
vf 2 indicators "$REG" --compare-year 2023
has err "--compare-year needs --compare DIR2"
vf 2 indicators "$REG" --suppress-below -3
has err "--suppress-below"
mkdir -p empty && echo "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children" >empty/clients.csv
echo "client_id,year,month,gross,refunded,kind" >empty/payments.csv
vf 2 indicators empty
has err "no payment records, so no year to compute (give --year)"
vf 3 indicators "$REG" -o /nonexistent/dir/x.txt
has err "cannot write"
finish
