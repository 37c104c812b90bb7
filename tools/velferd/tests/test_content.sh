# What 11F records beyond the counts: the content columns through indicators,
# kostra write and kostra check (counts worked out in tests/test_register_content.c).
. "$(dirname "$0")/lib.sh"
REG="$SRC/tests/data/content"

vf 0 indicators "$REG" --year 2026 --suppress-below 0 --format csv
has out "2026,content,housing,homeless,2,33.3,,200,6,ok"
has out "2026,content,activity_duty,not_recorded,2,50.0,,200,4,ok"
vf 0 indicators "$REG" --year 2026 --suppress-below 0
matches out '^  not_recorded +2 +50\.0$'
vf 0 indicators "$REG" --year 2026 --suppress-below 0 --lang nb
has out "Uten bolig"
has out "Verken vilkår eller unntak registrert"
# 11F: C3 and C5 are under 30 with neither conditions nor an exemption (V20A);
# C4-C6's unknown plan, advice, housing and work situation are written blank,
# which SSB's rules refuse (exit 2).
vf 2 kostra write "$REG" -o out.txt --municipality 4601 --year 2026 --synthetic-fnr
vf 2 kostra check 11F out.txt -m 4601
has out "ERROR   33   line 4, journal C4, FAAT_INDIVIDUELL_PLAN"
has out "WARNING V20A line 3, journal C3, VILKARSOSLOV: under 30 on 01.02.2026"
has out "(sosialtjenesteloven § 20 a, rule V20A): 2"
# Half an exemption: C3 (line 3) gets a decision date without grounds; C5 (line 5)
# a ground without a date. Both stay "not recorded", and the finding says what is missing.
LC_ALL=C awk 'NR == 3 { $0 = substr($0, 1, 318) "01022026" substr($0, 327) }
              NR == 5 { $0 = substr($0, 1, 332) "04" substr($0, 335) } { print }' out.txt >half.txt
vf 2 kostra check 11F half.txt -m 4601
has out "journal C3, VEDTAKARB: under 30 on 01.02.2026 (first month with assistance), no conditions, and the exemption has a decision date but no grounds"
has out "journal C5, VEDTAKDATO: under 30 on 01.01.2026 (first month with assistance), no conditions, and the exemption has grounds but no valid decision date"
has out "rule V20A): 2"
# The report: a chart and a table per content table (counts as above, by hand
# in tests/test_register_content.c), in English and Norwegian.
vf 0 report "$REG" --year 2026 --suppress-below 0 -o r.html
has r.html '<h2>Case content (what form 11F records beyond the counts)</h2>'
has r.html '<section id="content_housing"><h3>Recipients by housing situation</h3>'
has r.html '<title>2026: homeless 2 persons</title>'
has r.html '<tr><td>homeless</td><td>2</td><td>33.3</td></tr>'
has r.html '<tr><td>not_recorded</td><td>2</td><td>50.0</td></tr>'
has r.html '<tr><td>health</td><td>1</td><td>50.0</td></tr>'   # 1 of the 2 with conditions
has r.html '<tr><td>both</td><td>1</td><td>16.7</td></tr>'     # C4: reduced and other
[ "$(grep -c '<section id="content_' r.html)" = 9 ] || fail "report: not 9 content sections"
vf 0 report "$REG" --year 2026 --suppress-below 0 --point-month 1 --lang nb -o nb.html
has nb.html '<h2>Innhold i sakene (det skjema 11F registrerer utover tellingene)</h2>'
has nb.html '<tr><td>Uten bolig</td><td>2</td><td>33,3</td></tr>'
has nb.html '<tr><td>Verken vilkår eller unntak registrert</td><td>2</td><td>50,0</td></tr>'
# In bokmål the charts leave out empty categories (the tables keep them): the
# owned-home row (0 persons) is in the table, with no bar.
grep -A30 'id="content_housing"' nb.html >housing.html
has housing.html '<tr><td>Eid bolig</td><td>0</td><td>0,0</td></tr>'
grep -q '>Eid bolig</text>' housing.html && fail "report nb: the empty owned-home row has a bar"
grep -q '>0,0 %<' nb.html && fail "report nb: a chart bar of an empty category"
# January: C1 met, C5 not recorded (C4 is 56)
grep -A14 'id="content_activity_duty_month"' nb.html >month.html
has month.html '<tr><td>Vilkår om aktivitet stilt</td><td>1</td><td>50,0</td></tr>'
# Suppressed (below 5, the default): marked in the chart and table, no bar drawn
vf 0 report "$REG" --year 2026 -o s.html
grep -A30 'id="content_housing"' s.html >housing.html
has housing.html '<text x="172" y="78" class="s">suppressed</text>'
has housing.html '<tr><td>homeless</td><td>:</td><td>:</td></tr>'
hasnt housing.html 'homeless 2 persons'
# No content in the register: no section
vf 0 report "$DATA/reg2024" --year 2024 -o plain.html
hasnt plain.html 'content_housing'
# A bad content value: the row is rejected naming file, line and column (exit 1).
mkdir bad
cp "$REG/payments.csv" bad/
sed '2s/,homeless,/,flat,/' "$REG/clients.csv" >bad/clients.csv
vf 1 indicators bad --year 2026
has err "clients.csv:2: housing: 'flat' is not one of"
finish
