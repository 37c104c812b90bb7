# velferd indicators: the report-style tables and options (issue 20) on the
# hand-made register tests/data/reg_tables (its header comment in
# tests/test_indicators_tables.c lists every client; figures by hand there).
. "$(dirname "$0")/lib.sh"
REG="$SRC/tests/data/reg_tables"

vf 0 indicators "$REG" --suppress-below 0 -f csv
# grants 217 000 + loans 10 000 = gross 227 000
has out "2024,indicator,grants,,217000,"
has out "2024,indicator,loans,,10000,"
has out "2024,indicator,gross,,227000,"
# trygd_all: B, C, D (unknown), E, F = 5; the present table: B, E = 2
has out "2024,table,trygd_all,total,5,100.0,"
has out "2024,table,trygd,total,2,100.0,"
has out "2024,table,trygd_all,work_assessment,1,20.0,"
# payments by age group 18_24: A + F, 75 000 kr over 13 months = 5 769.23 -> 5 769
has out "2024,payments,payments_age_group.gross,18_24,75000,,,7500000,1,ok"
has out "2024,payments,payments_age_group.per_month,18_24,5769,,,7500000,13,ok"
# main income trygd (B, E): 143 000 kr / 2 = 71 500 per recipient
has out "2024,payments,payments_main_income.per_recipient,trygd,71500,"
# duration x main income: social assistance A (3 months) in 3_5, F (10) in 10_12
has out "2024,cross,duration_main_income.3_5,social_assistance,1,"
has out "2024,cross,duration_main_income.10_12,trygd,1,"
has out "2024,cross,duration_main_income.total,total,6,"
hasnt out "denominator"

# --exclude-unknown: D's unknowns leave the denominators: trygd_all 4
# (work_assessment 1/4 = 25.0 %), age 5 (18_24 2/5 = 40.0 %)
vf 0 indicators "$REG" --suppress-below 0 --exclude-unknown -f csv
has out "2024,table,trygd_all,work_assessment,1,25.0,,100,4,ok"
has out "2024,table,trygd_all,denominator,4,"
has out "2024,table,age_group,18_24,2,40.0,"
has out "2024,indicator,young_share,,40.0,"
vf 0 indicators "$REG" --suppress-below 0 --exclude-unknown
has out "Percentages of the 5 recipients with a known value (1 unknown left out)."
vf 0 indicators "$REG" --suppress-below 0 --exclude-unknown --lang nb
has out "Prosent av de 5 mottakerne med kjent verdi (1 uoppgitt holdt utenfor)."

# --point-month 7: B (1-12), E (1-7), F (1-10) = 3; --age-band: the rate row
# names its band; 100 persons of each age: 18-24 has A, F = 2 of 700 =
# 0.29 -> 0.3; 67-120 has E = 1 of 5 400 = 0.019 -> 0.0
{ echo "year,age,persons"; for a in $(seq 0 120); do echo "2024,$a,100"; done; } >pop.csv
vf 0 indicators "$REG" --suppress-below 0 --population pop.csv --point-month 7 \
  --age-band 18-24 --age-band 67-120
matches out '^  Recipients in the point month +3$'
matches out '^  Recipients per 100 inhabitants 18-24 +0\.3$'
matches out '^  Recipients per 100 inhabitants 67-120 +0\.0$'
vf 0 indicators "$REG" --suppress-below 0 --population pop.csv --age-band 18-24 --lang nb
has out "Mottakere per 100 innbyggere 18-24 år"
vf 0 indicators "$REG" --suppress-below 0 --population pop.csv --age-band 18-24 --age-band 67-120 -f csv
has out "2024,indicator,population_rate,67-120,0.0,,,100,5400,ok"
vf 0 indicators "$REG" --suppress-below 0 -f json -o t.json
/usr/bin/python3 -c '
import json; d = json.load(open("t.json"))
assert d["payment_tables"][2]["name"] == "payments_main_income"
assert d["duration_main_income"]["rows"][-1]["counts"] == [2, 1, 1, 2, 6], d["duration_main_income"]
assert [i for i in d["indicators"] if i["name"] == "benefit_months"][0]["unit"] == "months"
' || fail "t.json"

# velferd report: the same options and tables in the HTML page.
vf 0 report "$REG" --suppress-below 0 --population pop.csv --exclude-unknown \
  --age-band 18-66 --age-band 18-24 -o r.html
has r.html "<tr><td>Recipients per 100 inhabitants in the age band (18-66 years)</td>"
# 18-24: A, F = 2 of 700 -> 0.3
has r.html "<tr><td>Recipients per 100 inhabitants 18-24</td><td>0.3</td></tr>"
has r.html "Percentages of the 5 recipients with a known value (1 unknown left out)."
has r.html '<section id="payments_main_income">'
has r.html "<tr><td>trygd</td><td>2</td><td>19</td><td>143000</td><td>71500</td><td>7526</td></tr>"
has r.html '<tr class="total"><td>total</td><td>2</td><td>1</td><td>1</td><td>2</td><td>6</td></tr>'
vf 0 report "$REG" --suppress-below 0 --lang nb -o rn.html
has rn.html "Utbetalinger etter viktigste kilde til livsopphold"
has rn.html "<th>10-12 måneder</th>"

# Bad values name the option.
vf 2 indicators "$REG" --age-band 30
has err "--age-band: '30' is not LO-HI"
vf 2 indicators "$REG" --age-band 30-20
has err "is empty"
vf 2 indicators "$REG" --point-month 13
has err "point-month"
finish
