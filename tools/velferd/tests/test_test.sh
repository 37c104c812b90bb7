# velferd test: the shipped cases (tests/cases/*.json, every expected value
# worked out by hand in its note) all pass; a deliberately wrong file fails
# with status 1 and shows the differences and the trace; malformed files give
# status 2 naming the file, the case and the field.
. "$(dirname "$0")/lib.sh"

vf 0 test "$SRC"/tests/cases/*.json
matches out "^[0-9]+ cases, [0-9]+ passed, 0 failed$"
hasnt out "FAIL"
has out "pass  $SRC/tests/cases/rule80.json: Bergen pensioner, October 2021"
vf 0 test --quiet "$SRC"/tests/cases/kvp.json
hasnt out "pass  "

vf 1 test "$DATA/cases_wrong.json"
has out "pass  $DATA/cases_wrong.json: right: single adult"
has out "FAIL  $DATA/cases_wrong.json: deliberately wrong: last year's rate"
has out "    norm: expected 7550.00, got 7850.00"
has out "    assistance: expected 16550.00, got 16850.00"
has out "    note: wrong on purpose: 7 550 is the rate of July 2023"
has out "    trace:"
has out "guideline.single"
has out "    error: expected range, got no error"
has out "3 cases, 1 passed, 2 failed"

# malformed files: status 2, the file, the case and the field named
bad() { printf '%s' "$1" >bad.json; vf 2 test bad.json; has err "$2"; }
bad '{"name": "x"}' "bad.json:1: expected an array of cases"
bad '[{"name": "a", "rule": "assistance", "date": "2024-03", "client": {}, "expected": {"asistance": 1}}]' \
  "bad.json:1: case 1 'a': expected.asistance: not a result of rule assistance"
bad '[{"name": "a", "rule": "assistence", "date": "2024-03", "client": {}, "expected": {}}]' \
  "case 1 'a': rule: 'assistence' is not one of"
bad '[{"name": "a", "rule": "assistance", "date": "2024-13", "client": {}, "expected": {"norm": 1}}]' \
  "case 1 'a': date: '2024-13' is not a month YYYY-MM"
bad '[{"name": "a", "rule": "assistance", "date": "2024-03", "profile": "oslo", "client": {}, "expected": {"norm": 1}}]' \
  "case 1 'a': profile: unknown municipality profile 'oslo'"
bad '[{"name": "a", "rule": "assistance", "date": "2024-03", "client": {"income": {"wrok": 1}}, "expected": {"norm": 1}}]' \
  "case 1 'a': client: "
has err "income.wrok"
bad '[{"name": "a", "rule": "assistance", "date": "2024-03", "client": {}, "expected": {"norm": "12 000"}}]' \
  "expected.norm: expected an amount in kroner"
bad '[{"name": "a", "rule": "assistance", "date": "2024-03", "params": [{"name": "g.typo", "valid_from": "2024-01-01", "value": "1", "unit": "nok_per_year", "source": "x"}], "client": {}, "expected": {"norm": 1}}]' \
  "case 1 'a': params[0]: "
has err "unknown parameter 'g.typo'"
bad '[{"name": "a", "rule": "assistance", "date": "2024-03", "client": {}, "expected": {"norm": 1}, "colour": 1}]' \
  "case 1 'a': colour: unknown member"
bad '[{"rule": "assistance"}]' "case 1: name: missing"
bad '[{"name": "a", "rule": "assistance", "date": "2024-03", "client": {}, "expected": {"norm": 1}},
{"name": "a", "rule": "assistance", "date": "2024-03", "client": {}, "expected": {"norm": 1}}]' \
  "bad.json:2: case 2 'a': name: the same name as case 1"
bad '[' "bad.json:1"
vf 2 test nosuch.json
has err "nosuch.json"
# a bad file does not stop the others from running
printf '[' >bad.json
vf 2 test bad.json "$SRC/tests/cases/rule80.json"
has out "pass  $SRC/tests/cases/rule80.json"
finish
