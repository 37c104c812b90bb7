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
# A bad content value: the row is rejected naming file, line and column (exit 1).
mkdir bad
cp "$REG/payments.csv" bad/
sed '2s/,homeless,/,flat,/' "$REG/clients.csv" >bad/clients.csv
vf 1 indicators bad --year 2026
has err "clients.csv:2: housing: 'flat' is not one of"
finish
