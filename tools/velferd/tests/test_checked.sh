# Checked arithmetic (issue 15, defect 4): a parameter file whose ratios
# multiply beyond 64 bits (kvp.g_factor × kvp.under25_fraction, both
# 4294967296/4294967297: the numerator 2^64) makes calc, compare --scenario
# and test fail with a message naming both parameters; before the fix the
# product wrapped and calc printed "benefit 0.00 kr" with exit 0.
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
finish
