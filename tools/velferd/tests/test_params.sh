# velferd params: values in force on a date, history, formats, bad input.
. "$(dirname "$0")/lib.sh"

# G was 124 028 kr from 2024-05-01 and 130 160 kr from 2025-05-01 (NAV,
# folketrygdloven § 1-4): the day before and on the change date.
vf 0 params --at 2025-04-30 g
matches out '^g +124028\.00 +nok_per_year +from 2024-05-01, decided 2024-06-03$'
has out "Parameters in force on 2025-04-30 (profile default, parameter set "
vf 0 params --at 2025-05-01 g
matches out '^g +130160\.00 +nok_per_year +from 2025-05-01, decided 2025-06-02$'
has out "source: "
# KVP under 25: 2/3 of the full rate (sosialtjenesteloven § 35), a ratio.
vf 0 params --at=2025-01-01 kvp.under25_fraction kvp.g_factor
matches out '^kvp\.under25_fraction +2/3 +ratio +from 2007-11-01$'
# 2.041 G from 1 July 2024 (data/params/kvp.csv)
matches out '^kvp\.g_factor +2041/1000 +ratio +from 2024-07-01$'

# All parameters: one line per parameter (plus its source line). A parameter in
# a documented gap on the date (data/params/README.md: the 2025 guideline rates,
# the KVP barnetillegg) is a row "unknown (gap, ...)" with the gap's start and
# reason; the listing is complete, so it exits 0 with nothing on stderr.
vf 0 params --at 2025-06-01
has out "kvp.g_factor"
matches out '^guideline\.single +unknown \(gap, see data/params/README\.md\) +nok_per_month +from 2025-01-01$'
matches out '^kvp\.child_supplement +unknown \(gap, see data/params/README\.md\) +nok_per_day +from 2007-11-01$'
has out "    source: not sourced: the circular with the 2025 rates was not found"
matches out '^g +130160\.00 +nok_per_year +from 2025-05-01, decided 2025-06-02$'
empty err
# A single parameter asked for on a date inside its gap: exit 1, the reason on stderr.
vf 1 params --at 2025-06-01 guideline.single
has err "velferd params: parameter 'guideline.single' has no sourced value on 2025-06-01 (unknown from 2025-01-01: not sourced:"
has err "[a documented gap: see data/params/README.md]"
vf 1 params --at 2025-06-01 g guideline.single
matches out '^g +130160\.00 +nok_per_year +from 2025-05-01, decided 2025-06-02$'
has err "guideline.single"
vf 0 params --at 2024-06-01 guideline.single
matches out '^guideline\.single +7850\.00 +nok_per_month +from 2024-01-01$'
vf 0 params --at 2025-06-01 --format csv
has out "name,valid_from,value,unit,source"
has out "g,2025-05-01,130160.00,nok_per_year,"
# a gap stays a gap row of the parameter file format
has out "guideline.single,2025-01-01,unknown,nok_per_month,"
vf 0 params --at 2025-06-01 --format json -o params.json
empty out
has params.json '"date": "2025-06-01"'
has params.json '{"name": "g", "value": "130160.00", "num": 13016000, "den": 1, "unit": "nok_per_year", "valid_from": "2025-05-01", "decided": "2025-06-02", "known": true, "source": '
has params.json '{"name": "guideline.single", "value": "unknown", "num": 0, "den": 0, "unit": "nok_per_month", "valid_from": "2025-01-01", "decided": "2025-01-01", "known": false, "source": '
has params.json '"note": "gap, see data/params/README.md"}'
if command -v /usr/bin/python3 >/dev/null; then
  /usr/bin/python3 -m json.tool params.json >/dev/null || fail "params.json is not valid JSON"
fi

# History: the 1990 double change (34 000 from 1990-05-01, 34 100 from 1990-12-01).
vf 0 params --history g
has out "g                                      34000.00  nok_per_year   from 1990-05-01"
has out "g                                      34100.00  nok_per_year   from 1990-12-01"

# Round trip: the CSV history loaded as an override file changes nothing, so
# the parameter-set identity is the same.
vf 0 params --history --format csv -o all.csv
vf 0 params --at 2025-06-01 g
head -1 out >id1
vf 0 params --at 2025-06-01 --params all.csv g
head -1 out >id2
same id1 id2
# An override moves G.
printf 'name,valid_from,value,unit,source\ng,2025-05-01,131000,nok_per_year,what-if test\n' >g.csv
vf 0 params --at 2025-06-01 --params g.csv g
matches out '^g +131000\.00 +nok_per_year +from 2025-05-01$'
has out "source: what-if test"

# No value in force: before G's first entry. Exit 1, message on stderr.
vf 1 params --at 1950-01-01 g
has err "velferd params: "
has err "g"

# Bad input.
vf 2 params --at 2025-02-30 g
has err "velferd params: --at: "
vf 2 params --at 2025-06-01 no.such.param
has err "unknown parameter 'no.such.param'"
empty out
vf 2 params --format xml
has err "--format: unknown value 'xml' (one of: text csv json)"
vf 2 params --at
has err "option --at needs a value"
vf 2 params --at 2025-01-01 --at 2025-02-01
has err "option --at given twice"
vf 2 params --profile atlantis
has err "atlantis"
has err "Known profiles: default"
vf 2 params --params /nonexistent/p.csv
has err "/nonexistent/p.csv"
printf 'name,valid_from,value,unit,source\ng,2025-05-01,abc,nok_per_year,x\n' >bad.csv
vf 2 params --params bad.csv g
has err "bad.csv:2"
vf 3 params -o /nonexistent/dir/out.txt g
has err "/nonexistent/dir/out.txt: cannot write"
finish
