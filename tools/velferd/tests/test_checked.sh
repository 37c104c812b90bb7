# Checked arithmetic (issue 15, defect 4): a parameter file whose ratios
# multiply beyond 64 bits (kvp.g_factor × kvp.under25_fraction, both
# 4294967296/4294967297: the numerator 2^64) makes calc, compare --scenario
# and test fail with a message naming both parameters; before the fix the
# product wrapped and calc printed "benefit 0.00 kr" with exit 0.
# Privacy (defect 5): no message or table shows a run of exactly 11 digits (a
# possible fødselsnummer) in full unless --show-ids is given.
. "$(dirname "$0")/lib.sh"
cat >big.csv <<'CSV'
name,valid_from,value,unit,source
kvp.g_factor,2024-01-01,4294967296/4294967297,ratio,test: a product beyond 64 bits
kvp.under25_fraction,2024-01-01,4294967296/4294967297,ratio,test: a product beyond 64 bits
CSV
NAMES="kvp.g_factor × kvp.under25_fraction: 4294967296/4294967297 × 4294967296/4294967297 does not fit"

vf 2 calc --rule kvp --month 2024-05 --birth-date 2002-02-10 --params big.csv
has err "$NAMES"
hasnt out "benefit"
# over 25 only kvp.g_factor counts: 12 402 800 øre × 4294967296/4294967297
# = 12 402 800 - 0.003 -> 12 402 800 a year, / 12 = 1 033 566.67 -> 10 335.67 kr
vf 0 calc --rule kvp --month 2024-05 --birth-date 1994-02-10 --params big.csv
matches out '^  benefit +10335\.67 kr'

# P (born 2002) is under 25, Q (1994) is not: P fails, Q is computed
vf 1 compare "$DATA/kvp_participants.csv" --scenario big.csv --month 2024-05 --rule kvp_benefit
has err "1 of 2 clients could not be computed"
has err "$NAMES"

cat >cases.json <<'JSON'
[{"name": "a ratio product beyond 64 bits", "rule": "kvp_benefit", "date": "2024-05",
  "params": [{"name": "kvp.g_factor", "valid_from": "2024-01-01", "value": "4294967296/4294967297",
              "unit": "ratio", "source": "test"},
             {"name": "kvp.under25_fraction", "valid_from": "2024-01-01",
              "value": "4294967296/4294967297", "unit": "ratio", "source": "test"}],
  "client": {"birth_date": "2002-02-10"}, "expected": {"amount": 0}}]
JSON
vf 1 test cases.json
has out "the rule failed: $NAMES"
has out "0 passed, 1 failed"

# ---- privacy ----
# 15868512560 loses under the scenario (the figures of test_compare.sh's
# client A: 8 658.54 -> 450.00); 01019012345 is born after the month and fails.
cat >fnr.csv <<'CSV'
id,birth_date,civil_status,main_income,trygd,income_trygd,housing_rent,housing_electricity,fact_lives_with_partner,children
15868512560,1950-03-10,unmarried,trygd,old_age,15000,8000,1000,unknown,
01019012345,2030-03-10,unmarried,trygd,old_age,15000,8000,1000,unknown,
CSV
NO80="$SRC/examples/scenarios/bergen_no_rule80.csv"
for fmt in text csv json; do
  vf 1 compare fnr.csv --profile bergen --scenario "$NO80" --month 2021-06 --format $fmt --clients per.csv
  has out "158685*****"
  hasnt out "15868512560"
  has err "client '010190*****' (baseline, 2021-06)"
  hasnt err "01019012345"
  has per.csv "158685*****,ok,8658.54,450.00,-8208.54"
  has per.csv "010190*****,invalid date"
  hasnt per.csv "15868512560"
done
# the caller asks for full ids: the tables show them
vf 1 compare fnr.csv --profile bergen --scenario "$NO80" --month 2021-06 --show-ids --clients per.csv
matches out '^  15868512560 +8658\.54 +450\.00 +-8208\.54$'
has per.csv "15868512560,ok"
has per.csv "01019012345,invalid date"
# an 11-digit number in a field that is not an id, in a parameter value, in
# an argument: echoed masked
printf 'id,birth_date\nA,15868512560\n' >bad.csv
vf 2 calc --client bad.csv --month 2021-06
has err "birth_date: '158685*****'"
hasnt err "15868512560"
printf 'name,valid_from,value,unit,source\nkvp.max_age,2024-01-01,15868512560x,count,test\n' >badp.csv
vf 2 params --params badp.csv
has err "'158685*****x'"
hasnt err "15868512560"
vf 2 calc 15868512560
has err "unexpected argument '158685*****'"
hasnt err "15868512560"
vf 2 calc --show-ids 15868512560
has err "unexpected argument '15868512560'"
finish
