# velferd batch: one result row per input row, rejected rows with reasons, summary, exit codes.
. "$(dirname "$0")/lib.sh"

vf 1 batch "$DATA/clients.csv" --month 2021-06 -o results.csv
empty out
has err "clients.csv: 7 rows read, 4 computed, 3 rejected"
has err "clients.csv:3: partner income is recorded but the household has no partner"
has err "clients.csv:4: housing_rent: 'x': not an amount in kroner"
has err "clients.csv:7: "
# 7 data rows -> header + 7 result rows, in input order.
[ "$(wc -l <results.csv)" = 8 ] || fail "results.csv has $(wc -l <results.csv) lines, expected 8"
has results.csv "line,id,status,household,children,norm,housing,income,income_exempt,ordinary,rule80_applies,rule80_supplement,assistance,error"
# A: single 6 450 + rent 5 000 - work 2 000 = 9 450.
has results.csv "2,A,ok,single,0,6450.00,5000.00,2000.00,0.00,9450.00,0,0.00,9450.00,"
has results.csv "3,B,rejected,,,,,,,,,,,"
has results.csv "4,C,rejected,,,,,,,,,,,"
# D: single pensioner, default profile: 6 450 + 10 000 - 15 000 = 1 450 (rule off).
has results.csv "5,D,ok,single,0,6450.00,10000.00,15000.00,0.00,1450.00,0,0.00,1450.00,"
# E: the docs/rules.md couple, June 2021, without barnetrygd in the file:
# norm 16 900, housing 13 500, income 25 000 -> 5 400.
has results.csv "6,E,ok,couple,2,16900.00,13500.00,25000.00,0.00,5400.00,0,0.00,5400.00,"
# G: widowed, single: 6 450 + 4 000 - 30 000 < 0 -> 0.
has results.csv "8,G,ok,single,0,6450.00,4000.00,30000.00,0.00,0.00,0,0.00,0.00,"

# Bergen: the 80 % rule for D (9 991.86, see test_calc.sh); all rows in order.
vf 1 batch "$DATA/clients.csv" --month 2021-10 --profile bergen -o bergen.csv
has bergen.csv "5,D,ok,single,0,6450.00,10000.00,15000.00,0.00,1450.00,1,9991.86,9991.86,"

# All good: exit 0. Standard output when no -o.
head -2 "$DATA/clients.csv" >good.csv
vf 0 batch good.csv --month 2021-06
has out "2,A,ok,single,0,6450.00,5000.00,2000.00,0.00,9450.00,0,0.00,9450.00,"
has err "good.csv: 1 rows read, 1 computed, 0 rejected"
vf 0 batch good.csv --month 2021-06 --quiet
empty err

# A long run: the progress bar (forced, stderr is not a terminal here), and
# many rejections are summarised after the first 20.
{
  echo "id,housing_rent"
  for i in $(seq 1 2500); do
    if [ $((i % 100)) = 0 ]; then echo "R$i,bad"; else echo "R$i,$i"; fi
  done
} >long.csv
vf 1 batch long.csv --month 2021-06 --progress -o long_out.csv
has err "2500/2500 rows"
has err "long.csv: 2500 rows read, 2475 computed, 25 rejected"
has err "... and 5 more rejected rows"
[ "$(wc -l <long_out.csv)" = 2501 ] || fail "long_out.csv: expected 2501 lines"
# R7: single 6 450 + rent 7 = 6 457.
has long_out.csv "8,R7,ok,single,0,6450.00,7.00,0.00,0.00,6457.00,0,0.00,6457.00,"

# A register's clients.csv (children separated by spaces) is a client file too.
# June 2024 guideline rates: single 7 850, couple 13 100, child 0-5 3 850, 6-10 3 950.
# C2 (married, children aged 9 and 6 on 2024-06-01): 13 100 + 3 950 + 3 950 = 21 000;
# C3 (single, child aged 4): 7 850 + 3 850 = 11 700; no incomes or housing in the file.
vf 0 batch "$DATA/reg2024/clients.csv" --month 2024-06
has out "3,C2,ok,couple,2,21000.00,0.00,0.00,0.00,21000.00,0,0.00,21000.00,"
has out "4,C3,ok,single,1,11700.00,0.00,0.00,0.00,11700.00,0,0.00,11700.00,"
has err "5 rows read, 5 computed, 0 rejected"

# Bad input.
vf 2 batch --month 2021-06
has err "missing argument: CLIENTS.csv"
vf 2 batch good.csv
has err "--month YYYY-MM is required"
vf 2 batch good.csv --month 06-2021
has err "is not YYYY-MM"
vf 2 batch /nonexistent/c.csv --month 2021-06
has err "/nonexistent/c.csv: cannot open"
printf 'id,gendre\nx,male\n' >badhead.csv
vf 2 batch badhead.csv --month 2021-06
has err "badhead.csv:1: gendre: unknown column"
vf 2 batch good.csv extra.csv --month 2021-06
has err "unexpected argument 'extra.csv'"
vf 3 batch good.csv --month 2021-06 -o /nonexistent/dir/r.csv
has err "cannot write"
finish
