# velferd compare: totals, groups, largest losses, formats and exit codes on
# the four clients of tests/test_scenario.c (the arithmetic is written there):
# June 2021, Bergen vs. Bergen without the 80 % rule: baseline 27 407.62,
# scenario 10 750.00, difference -16 657.62; losses A 8 208.54, D 6 290.54,
# B 2 158.54; C unchanged.
. "$(dirname "$0")/lib.sh"
C="$DATA/scenario_clients.csv"
NO80="$SRC/examples/scenarios/bergen_no_rule80.csv"
PLUS5="$SRC/examples/scenarios/guideline_plus5_2021.csv"

vf 0 compare "$C" --profile bergen --scenario "$NO80" --month 2021-06
has out "Comparison for 2021-06"
matches out "all clients +4 +27407.62 +10750.00 +-16657.62 +0 +3 +1"
matches out "couple +1 +6290.54 +0.00 +-6290.54 +0 +1 +0"
matches out "67_plus +2 +14949.08 +450.00 +-14499.08"
matches out "yes +3 +17107.62 +450.00 +-16657.62"
matches out "A +8658.54 +450.00 +-8208.54"
has out "rules assistance/1,rule80/1"
empty err
# the order of the largest losses: A, D, B
grep -A4 "^Largest losses" out | awk 'NR>2{print $1}' | tr '\n' ' ' >order
has order "A D B"

vf 0 compare "$C" --profile bergen --scenario "$NO80" --month 2021-06 --format csv --largest 1 --clients per.csv
has out "kind,dimension,group,id,clients,baseline,scenario,difference,gainers,losers,unchanged"
has out "total,,,,4,27407.62,10750.00,-16657.62,0,3,1"
has out "group,household,single,,3,21117.08,10750.00,-10367.08,0,2,1"
has out "loss,,,A,1,8658.54,450.00,-8208.54,0,1,0"
hasnt out "loss,,,D"
has per.csv "id,status,baseline,scenario,difference"
has per.csv "C,ok,10300.00,10300.00,0.00"

vf 0 compare "$C" --profile bergen --scenario "$NO80" --month 2021-06 --format json
has out '"totals":{"clients":4,"baseline_ore":2740762,"scenario_ore":1075000,"difference_ore":-1665762,"gainers":0,"losers":3,"unchanged":1'
/usr/bin/python3 -c 'import json,sys; d=json.load(open("out")); assert d["period"]=="2021-06"; assert d["largest_losses"][0]["id"]=="A"' || fail "json does not parse"

# guideline +5 %, default profile: +787.50, 2 gainers (A 322.50, C 465.00)
vf 0 compare "$C" --scenario "$PLUS5" --month 2021-06 --format csv
has out "total,,,,4,10750.00,11537.50,787.50,2,0,2"

# a whole year, the overlay unchanged: no difference
printf 'name,valid_from,value,unit,source\n' >same.csv
vf 0 compare "$C" --profile bergen --scenario same.csv --year 2021 --format csv
matches out "^total,,,,4,[0-9.]+,[0-9.]+,0.00,0,0,4$"

# bad input: exit 2 with the reason
vf 2 compare "$C" --scenario "$NO80"
has err "exactly one of --month"
vf 2 compare "$C" --scenario "$NO80" --month 2021-13
has err "--month: '2021-13' is not YYYY-MM"
vf 2 compare "$C" --month 2021-06
has err "--scenario FILE is required"
printf 'name,valid_from,value,unit,source\nrule80.enabld,1900-01-01,0,bool,x\n' >typo.csv
vf 2 compare "$C" --scenario typo.csv --month 2021-06
has err "unknown parameter 'rule80.enabld'"
vf 2 compare nosuch.csv --scenario "$NO80" --month 2021-06
vf 2 compare "$C" --scenario "$NO80" --month 2021-06 --format xml
# some clients cannot be computed (no guideline rates sourced for 2025): exit 1
vf 1 compare "$C" --scenario "$NO80" --month 2025-06
has err "4 of 4 clients could not be computed"
has err "client 'A'"
# a register directory: no incomes or housing costs, said on stderr. The
# register of tests/data/reg2024, March 2024, default profile, zero incomes:
# C1, C4, C5 single 7 850 each; C2 married: couple 13 100 + children aged 9
# (3 950) and 5 (3 850) = 20 900; C3 single 7 850 + child aged 4 (3 850) =
# 11 700; total 3 x 7 850 + 20 900 + 11 700 = 56 150.00.
vf 0 compare "$DATA/reg2024" --scenario same.csv --month 2024-03 --format csv
has err "is a register directory: its files hold no incomes or housing costs"
has out "total,,,,5,56150.00,56150.00,0.00,0,0,5"
# compare reads only clients.csv (issue 21): bad payment rows, or no
# payments.csv at all, change nothing; a bad client row is still an error.
mkdir -p badpay
cp "$DATA/reg2024/clients.csv" badpay/
printf 'client_id,year,month,gross,refunded,kind\nC1,2024,13,-5,x,gift\nNOBODY,2024,1,1.00,0.00,grant\n' >badpay/payments.csv
vf 0 compare badpay --scenario same.csv --month 2024-03 --format csv
has out "total,,,,5,56150.00,56150.00,0.00,0,0,5"
rm badpay/payments.csv
vf 0 compare badpay --scenario same.csv --month 2024-03 --format csv
has out "total,,,,5,56150.00,56150.00,0.00,0,0,5"
printf 'C6,2001-13-01,female,unmarried,norwegian,social_assistance,none,\n' >>badpay/clients.csv
vf 2 compare badpay --scenario same.csv --month 2024-03 --format csv
has err "badpay/clients.csv:7"
rm -r badpay/clients.csv
vf 2 compare badpay --scenario same.csv --month 2024-03
has err "clients.csv"
# the qualification benefit (tests/test_scenario.c, test_kvp): full 2 G under
# 25 in March 2024: P 13 180.00 -> 19 770.00, Q 19 770.00; G a month later in
# May 2024: 34 452.22 -> 32 950.00.
K="$DATA/kvp_participants.csv"
vf 0 compare "$K" --rule kvp_benefit --scenario "$SRC/examples/scenarios/kvp_under25_full.csv" --month 2024-03 --format csv
has out "total,,,,2,32950.00,39540.00,6590.00,1,0,1"
vf 0 compare "$K" --rule kvp_benefit --scenario "$SRC/examples/scenarios/g_june_2024.csv" --month 2024-05 --format csv
has out "total,,,,2,34452.22,32950.00,-1502.22,0,2,0"
vf 0 compare "$K" --rule kvp_benefit --scenario "$SRC/examples/scenarios/g_june_2024.csv" --month 2024-05
has out "rules kvp_benefit/1"
vf 2 compare "$K" --rule kvp --scenario same.csv --month 2024-05
has err "--rule: unknown value 'kvp'"
finish
