# velferd indicators/report --trend and --trend-years on three hand-made
# registers (data/trend/reg2022, data/trend/reg2023, data/reg2024); every value
# below is worked out by hand from the files.
. "$(dirname "$0")/lib.sh"
R22="$DATA/trend/reg2022"
R23="$DATA/trend/reg2023"
R24="$DATA/reg2024"
NBSP=$(printf "\302\240") # numbers in the page have no-break spaces

# 2022: T1 (born 1999-05, 23 at the end of 2022, Norwegian, social assistance)
# months 1-4 at 5 000; T2 (foreign, work, 1 child) months 1-12 at 9 000; T3
# (foreign, social assistance, 1 child) months 6-8 at 4 000; T4 (trygd) month 2
# at 2 000.
#   recipients 4; in November T2 = 1; months 4+12+3+1 = 20; duration 5.0;
#   6+ months T2 = 25.0 %; gross 20 000 + 108 000 + 12 000 + 2 000 = 142 000;
#   per recipient 35 500; per month 7 100; social assistance main income T1,
#   T3 = 50.0 %, of them with 6+ months none = 0.0 %; 18-24 T1 = 25.0 %;
#   providers T2, T3 = 50.0 %, 2 children; foreign T2, T3 = 2 = 50.0 %.
# 2023: U1 (22, Norwegian, social assistance) months 1-6 at 6 000; U2 (19,
# foreign, social assistance) months 7-12 at 7 000; U3 (foreign, work, 3
# children) months 1-12 at 10 000.
#   recipients 3; November U2, U3 = 2; months 24; duration 8.0; 6+ months all
#   = 100.0 %; gross 36 000 + 42 000 + 120 000 = 198 000; per recipient 66 000;
#   per month 8 250; social assistance U1, U2 = 66.7 % (both 6 months: 66.7 %);
#   18-24 U1, U2 = 66.7 %; providers U3 = 33.3 %, 3 children; foreign 2 = 66.7 %.
# 2024: test_indicators.sh: recipients 5, gross 217 000, 18-24 40.0 %, 3
#   children; foreign C2, C5 = 2 = 40.0 %.
# Change 2023 -> 2024: recipients +2, 2/3 = +66.7 %; gross +19 000, 19 000 /
# 198 000 = 9.60 % -> +9.6; 18-24 share 40 - 200/3 = -26.67 -> -26.7 points,
# -26.67 / 66.67 = -40.0 %; per recipient 43 400 - 66 000 = -22 600, -34.24 ->
# -34.2 %; refunded 0 -> 1 000: +1000 and '..' (no relative change from 0).
# The registers are given in any order; the columns come out by year.
vf 0 indicators "$R24" --trend "$R23" --trend "$R22" --suppress-below 0 -f csv
has out "indicator,2022,2023,2024,change,change_pct"
has out "recipients,4,3,5,+2,+66.7"
has out "recipients_month,1,2,3,+1,+50.0"
has out "benefit_months,20,24,27,+3,+12.5"
has out "avg_duration,5.0,8.0,5.4,-2.6,-32.5"
has out "gross,142000,198000,217000,+19000,+9.6"
has out "refunded,0,0,1000,+1000,.."
has out "gross_per_recipient,35500,66000,43400,-22600,-34.2"
has out "avg_per_month,7100,8250,8037,-213,-2.6"
has out "sa_long_term_share,0.0,66.7,40.0,-26.7,-40.0"
has out "young_share,25.0,66.7,40.0,-26.7,-40.0"
has out "provider_share,50.0,33.3,40.0,+6.7,+20.0"
has out "children,2,3,3,0,0.0"
has out "population_rate,..,..,..,..,.."
has out "foreign_citizens,2,2,2,0,0.0"
has out "foreign_citizens_share,50.0,66.7,40.0,-26.7,-40.0"
# CSV holds only the series.
hasnt out "2024,indicator,"
# Default suppression (below 5): 2023's 3 recipients are hidden, so is the change.
vf 0 indicators "$R24" --trend "$R23" -f csv
has out "recipients,:,5,..,.."
# Text: the year's tables, then the series.
vf 0 indicators "$R24" --trend "$R22" --trend "$R23" --suppress-below 0
has out "Social assistance indicators 2024"
has out "Trend 2022-2024 (change from 2023 to 2024)"
matches out '^recipients +4 +3 +5 +\+2 +\+66\.7$'
# Norwegian Markdown: labels and decimal comma.
vf 0 indicators "$R24" --trend "$R22" --trend "$R23" --suppress-below 0 --lang nb -f markdown
has out "## Utvikling 2022–2024"
has out "| Andel mottakere 18-24 år (%) | 25,0 | 66,7 | 40,0 | -26,7 | -40,0 |"
has out "| Mottakere med utenlandsk statsborgerskap | 2 | 2 | 2 | 0 | 0,0 |"
# JSON: {"indicators": ..., "trend": ...}.
vf 0 indicators "$R24" --trend "$R22" --trend "$R23" --suppress-below 0 -f json -o t.json
/usr/bin/python3 - <<'PY' || fail "trend JSON"
import json
d = json.load(open("t.json"))
t = d["trend"]
assert t["years"] == [2022, 2023, 2024], t["years"]
s = {x["name"]: x for x in t["series"]}
assert s["gross"]["values"] == ["142000", "198000", "217000"], s["gross"]
assert s["gross"]["change"] == "+19000" and s["gross"]["change_pct"] == "+9.6"
assert s["young_share"]["unit"] == "percent"
assert d["indicators"]["year"] == 2024
PY

# One register over several years: reg2024 has C1's December 2023 payment
# only in 2023 (1 recipient, 7 000): 1 -> 5 = +4 (+400.0 %).
vf 0 indicators "$R24" --trend-years 2023-2024 --suppress-below 0 -f csv
has out "indicator,2023,2024,change,change_pct"
has out "recipients,1,5,+4,+400.0"
has out "gross,7000,217000,+210000,+3000.0"
vf 2 indicators "$R24" --trend-years 2022-2024
has err "no payment records in 2022 (--trend-years); its payments are from 2023 to 2024"

# Bad use.
vf 2 indicators "$R24" --trend "$R24"
has err "the series already has a result of 2024"
vf 2 indicators "$R24" --trend-years 2024-2023
has err "--trend-years 2024-2023: give FROM < TO"
vf 2 indicators "$R24" --trend-years 2024
has err "is not FROM-TO"
vf 2 indicators "$R24" --trend "$R23" --compare "$R23"
has err "do not go with --compare"
vf 2 indicators "$R24" --trend nonexistent
has err "nonexistent"
cp -r "$R23" r23
vf 3 indicators "$R24" --trend "$R22" --trend r23 -f csv -o r23/payments.csv
has err "would overwrite the input"
same r23/payments.csv "$R23/payments.csv"

# The report: the trend section with five line charts and the series table.
# Recipients 4, 3, 5: scale 0..5 over 130 px from y = 154; x = 40 + 170 i
# (420 px wide, two charts a row). 2022 at y = 154 - 4 x 130 / 5 = 50 (cx 40),
# 2023 at 154 - 78 = 76 (cx 210), 2024 at 24 (cx 380).
vf 0 report "$R24" --trend "$R22" --trend "$R23" --suppress-below 0 -o report.html
has report.html '<h2 id="trend">Trend</h2>'
has report.html '>Recipients during the year</h3>'
has report.html '<line x1="40" y1="50" x2="210" y2="76" stroke="#3b7d3b" stroke-width="2"/>'
has report.html '<circle cx="40" cy="50" r="4" fill="#3b7d3b"><title>2022: 4</title>'
has report.html '<circle cx="210" cy="76" r="4" fill="#3b7d3b"><title>2023: 3</title>'
has report.html '<circle cx="380" cy="24" r="4" fill="#3b7d3b"><title>2024: 5</title>'
has report.html '>Foreign citizens among the recipients</h3>'
has report.html '<tr><td>Gross payments (NOK)</td><td>142000</td><td>198000</td><td>217000</td><td>+19000</td><td>+9.6</td></tr>'
[ "$(grep -c '<svg' report.html)" = 13 ] || fail "report: expected 13 charts (8 tables + 5 trend)"
vf 0 report "$R24" --trend "$R22" --trend "$R23" --suppress-below 0 --lang nb -o report_nb.html
has report_nb.html '<h2 id="trend">Utvikling</h2>'
has report_nb.html '>Andel mottakere 18-24 år (%)</h3>'
has report_nb.html '<title>2023: 66,7</title>'
has report_nb.html "<td>142${NBSP}000</td>"
# A suppressed value is a gap: with suppression 2023's 3 recipients are ':'.
vf 0 report "$R24" --trend "$R22" --trend "$R23" -o supp.html
has supp.html 'class="s">:</text>'
finish
