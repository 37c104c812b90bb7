# velferd synth: writes a register directory; deterministic; bad input.
. "$(dirname "$0")/lib.sh"

vf 0 synth --persons 300 --seed 42 -o a
has out "wrote a: 300 clients,"
has out "year 2008 (profile city2008, seed 42)"
for f in clients.csv payments.csv population.csv; do
  [ -s "a/$f" ] || fail "a/$f missing or empty"
done
has a/clients.csv "id,birth_date,gender,civil_status,citizenship,main_income,trygd,children"
has a/payments.csv "client_id,year,month,gross,refunded,kind"
# 300 clients -> header + 300 rows.
[ "$(wc -l <a/clients.csv)" = 301 ] || fail "a/clients.csv: expected 301 lines"
# Same profile, persons, seed and year: the same bytes. Another seed: different.
vf 0 synth -n 300 -s 42 -o b --profile default
same a/clients.csv b/clients.csv
same a/payments.csv b/payments.csv
vf 0 synth -n 300 -s 43 -o c
checks=$((checks + 1))
! cmp -s a/payments.csv c/payments.csv || fail "seed 43 gave the same payments as seed 42"
# Every generated client is paid in the year (synth.h), so the indicators
# count all 300 as recipients.
vf 0 indicators a --year 2008 -f csv
has out "2008,indicator,recipients,,300,"
vf 0 synth -n 50 --year 2015 -o d
has out "year 2015"
grep -q ",2015," d/payments.csv || fail "d/payments.csv has no 2015 payments"

# Bad input.
vf 2 synth -n 10
has err "-o DIR is required"
vf 2 synth -n 0 -o e
has err "--persons: '0' is not a whole number in 1..100000000"
vf 2 synth -n ten -o e
has err "--persons: 'ten' is not a whole number"
vf 2 synth -n 10 --seed -1 -o e
has err "--seed: '-1' is not a whole number"
vf 2 synth -n 10 --year 1800 -o e
has err "--year: '1800' is not a whole number in 1900..9000"
vf 2 synth -n 10 --profile atlantis -o e
has err "atlantis"
vf 3 synth -n 10 -o /nonexistent/dir/x
has err "/nonexistent/dir"
finish
