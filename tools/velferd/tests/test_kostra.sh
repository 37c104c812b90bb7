# velferd kostra: check (exit codes as SSB's tool), indicators of an 11F file, write.
. "$(dirname "$0")/lib.sh"
HAND="$SRC/tests/data/kostra/11F_2026_4601_hand.txt"

# The hand-made file (tests/test_kostra_indicators.c) is valid: exit 0.
vf 0 kostra check 11F "$HAND" --year 2026 --municipality 4601
has out "11F 2026, 12 records: 0 fatal, 0 errors, 0 warnings"
# Another municipality: rule 03 on every record, exit 2.
vf 2 kostra check 11F "$HAND" --municipality 4602
has out "ERROR   03   line 1, journal J01, KOMMUNE_NR: municipality '4601', expected 4602"
has out "12 records: 0 fatal, 12 errors, 0 warnings"
# Warnings only: J01's January bidrag 5000 -> 4999, so BIDRAG (60000) differs
# from its months (59999): rule 36, exit 1.
sed '1s/^\(.\{95\}\)   5000/\1   4999/' "$HAND" >w.txt
vf 1 kostra check 11F w.txt -m 4601
has out "WARNING 36   line 1, journal J01, BIDRAG: BIDRAG 60000 kr differs from the sum of its months, 59999 kr"
has out "0 fatal, 0 errors, 1 warnings"
# CSV findings
vf 1 kostra check 11F w.txt -m 4601 --format csv
has out "rule,severity,line,journal,field,message"
has out "36,WARNING,1,J01,BIDRAG,"
# A repeated fødselsnummer: the number is masked, never printed in full.
fnr=$(cut -c25-35 "$HAND" | head -1)
{ head -1 "$HAND"; head -1 "$HAND" | sed 's/^\(.\{16\}\)J01     /\1J13     /'; } >dup.txt
vf 2 kostra check 11F dup.txt
has out "ERROR   05A  line 2, journal J13, PERSON_FODSELSNR: '${fnr:0:6}*****' is also on line 1"
hasnt out "$fnr"
# CRLF line ends and a blank line are tolerated.
{ sed 's/$/\r/' "$HAND"; printf '\r\n'; } >crlf.txt
vf 0 kostra check 11F crlf.txt -m 4601
# A tab and a truncated last line: FATAL 001, nothing else checked.
{ head -2 "$HAND"; sed -n '3s/^\(.\{40\}\) /\1\t/p' "$HAND"; sed -n '4p' "$HAND" | cut -c1-300 | tr -d '\n'; } >bad.txt
vf 2 kostra check 11F bad.txt
has out "FATAL   001  line 3, journal J03, record: tab character at byte 41"
has out "FATAL   001  line 4, journal J04, record: record has 300 characters, expected 338 (truncated last line?)"
has out "4 records: 2 fatal, 0 errors, 0 warnings"
# Empty file: 000.
: >empty.txt
vf 2 kostra check 11CF empty.txt
has out "FATAL   000  the file has no records"
# Bad input.
vf 2 kostra check 11F nonexistent.txt
has err "cannot open"
vf 2 kostra check 11X "$HAND"
has err "unknown KOSTRA form '11X'"
vf 2 kostra check 11F "$HAND" --year 2019
has err "no KOSTRA layout for form 11F year 2019"
vf 2 kostra frobnicate
has err "unknown subcommand 'frobnicate'"
vf 0 kostra --help
has out "check "

# Indicators of the hand-made file, worked out by hand in tests/test_kostra_indicators.c.
vf 0 kostra indicators "$HAND" --suppress-below 0
matches out 'Recipients during the year +12$'
matches out 'Months with assistance, summed over recipients +71$'
matches out 'Average benefit duration \(months\) +5\.9$'
matches out 'Recipients with assistance 6 months or more \(%\) +50\.0$'
matches out '^  bidrag +332000 kr$'
matches out '^  lån +20000 kr$'
matches out '^  bidrag and lån per recipient +29333 kr$'
matches out '^  bidrag and lån per benefit month +4958 kr$'
matches out '^  12 none +6$'
# Default suppression: counts of 1-4 persons are hidden.
vf 0 kostra indicators "$HAND"
matches out '^  recipients with lån +:$'
vf 0 kostra indicators "$HAND" --format json -o ind.json
empty out
has ind.json '"kostra_11f": {"recipients_grant": 11, "recipients_loan": null'
if command -v /usr/bin/python3 >/dev/null; then
  /usr/bin/python3 -m json.tool ind.json >/dev/null || fail "ind.json is not valid JSON"
fi
vf 0 kostra indicators "$HAND" --format csv
has out "2026,kostra_11f,total,,352000,,,35200000,1,ok"
{ head -1 "$HAND"; head -1 "$HAND"; } >dupj.txt
vf 2 kostra indicators dupj.txt
has err "line 2: PERSON_JOURNALNR 'J01'"
hasnt err "$fnr"

# Write: a register directory to 11F, checked on the way out.
mkdir reg
cat >reg/clients.csv <<'CSV'
id,birth_date,gender,civil_status,citizenship,main_income,trygd,children
A1,1990-03-10,female,unmarried,norwegian,social_assistance,none,2015-01-02 2018-03-04
B2,1961-11-30,male,separated_divorced,foreign,trygd,disability,
CSV
cat >reg/clients.csv <<'CSV'
id,birth_date,gender,civil_status,citizenship,main_income,trygd,children,housing,individual_plan,economic_advice,work_situation,conditions,spouse_conditions
A1,1990-03-10,female,unmarried,norwegian,social_assistance,none,2015-01-02 2018-03-04,rented_private,no,yes,registered_unemployed,no,no
B2,1961-11-30,male,separated_divorced,foreign,trygd,disability,,homeless,yes,no,04,no,no
CSV
cat >reg/payments.csv <<'CSV'
client_id,year,month,gross,refunded,kind
A1,2026,1,5000.50,0,grant
A1,2026,1,1000.00,0,grant
A1,2026,2,2000,0,loan
B2,2026,12,3000,0,grant
B2,2025,12,3000,0,grant
CSV
# Without the content columns (docs/register.md) what 11F records beyond the
# counts is unknown and written blank: SSB's rules refuse it (exit 2).
mkdir reg0
cp reg/payments.csv reg0/
cut -d, -f1-8 reg/clients.csv >reg0/clients.csv
vf 2 kostra write reg0 -o out0.txt --municipality 4601 --synthetic-fnr
has err "ERROR   35   line 1, journal A1, BOSIT: housing BOSIT '' is not one of 1|2|3|4|5|6"
vf 0 kostra write reg -o out.txt --municipality 4601 --synthetic-fnr
has err "2 records written to out.txt"
vf 0 kostra check 11F out.txt -m 4601
has out "2 records: 0 fatal, 0 errors, 0 warnings"
# A1: January 5 000.50 + 1 000.00 = 6 000.50 kr -> 6 001 kr (half away from zero)
has out.txt "   6001   2000   6001          "
# Without synthetic numbers the fødselsnummer is blank: SSB's rule 38 warns (no DUF).
vf 1 kostra write reg -o out2.txt --municipality 4601
has err "WARNING 38"
vf 2 kostra write reg -o out3.txt
has err "--municipality and --output FILE are required"

# 11CF from the register: B2 is paid the qualification benefit October-December
# 2026 (3 x 1 000.40 = 3 001.20 kr -> 3 001 kr), A1 none.
cat >>reg/payments.csv <<'CSV'
B2,2026,10,1000.40,0,qualification
B2,2026,11,1000.40,0,qualification
B2,2026,12,1000.40,0,qualification
CSV
vf 0 kostra write reg --form 11CF -o cf.txt --municipality 4601 --synthetic-fnr
has err "1 records written to cf.txt"
vf 0 kostra check 11CF cf.txt -m 4601
has out "11CF 2026, 1 records: 0 fatal, 0 errors, 0 warnings"
# started 1 October 2026 (REG_DATO, VEDTAK_DATO, BEGYNT_DATO), STMND 10-12,
# KVP_STONAD 3001, STATUS 1 (paid in December)
has cf.txt "0110202601102026011020262"
has cf.txt "101112   30011"
# the 11F file is unchanged by the benefit: still 2 records, B2 3 000 kr
vf 0 kostra write reg -o out4.txt --municipality 4601 --synthetic-fnr
cmp -s out.txt out4.txt || fail "11F changed by qualification benefit payments"
vf 2 kostra write reg --form 11G -o cf2.txt --municipality 4601
has err "--form '11G' is not 11F or 11CF"
finish
