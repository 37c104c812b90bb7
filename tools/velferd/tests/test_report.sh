# velferd report: a self-contained HTML page with tables and SVG charts.
. "$(dirname "$0")/lib.sh"
REG="$DATA/reg2024"

vf 0 report "$REG" --suppress-below 0 -o report.html
has err "wrote report.html"
has report.html "<!DOCTYPE html>"
has report.html "<title>Economic social assistance 2024</title>"
# Hand-worked values of tests/data/reg2024 (see test_indicators.sh).
has report.html "<tr><td>Recipients during the year</td><td>5</td></tr>"
has report.html "<tr><td>Gross payments (NOK)</td><td>217000</td></tr>"
has report.html "<tr><td>18_24</td><td>2</td><td>40.0</td></tr>"
# One chart and one table per distribution; bars proportional to the share:
# age 18_24 has the largest share (40.0 %), so its bar is the full 420 px and
# 30_39 (20.0 %) gets 210.
n=$(grep -c "<svg " report.html)
[ "$n" = 9 ] || fail "report.html has $n charts, expected 9 (one per table; trygd_all added)"
has report.html 'width="420" height="12" fill="#2f6f9f"><title>2024: 18_24 2 persons</title>'
has report.html 'width="210" height="12" fill="#2f6f9f"><title>2024: 30_39 1 persons</title>'
# Self-contained: nothing loaded from elsewhere.
for bad in "<script" "src=" "href=" "@import" "url("; do hasnt report.html "$bad"; done
# Default suppression: hidden cells are marked and not drawn.
vf 0 report "$REG" -o suppressed.html
has suppressed.html ">suppressed</text>"
has suppressed.html "<td>:</td>"
hasnt suppressed.html "<title>2024: 18_24 2 persons</title>"

# Two years side by side: 2023 (C1 only) and 2024.
vf 0 report "$REG" --suppress-below 0 --compare "$REG" --compare-year 2023 --title "Test <city>" -o cmp.html
has cmp.html "<title>Test &lt;city&gt;</title>"
has cmp.html "<th>2023</th><th>2024</th><th>change</th><th>change %</th>"
has cmp.html "<tr><td>Recipients during the year</td><td>1</td><td>5</td><td>+4</td><td>+400.0</td></tr>"
has cmp.html 'fill="#d9822b"/><text x="'
has cmp.html '>2023</text>'
has cmp.html "<title>2023: 18_24 1 persons</title>"

# Bad input.
vf 2 report "$REG"
has err "-o FILE is required"
vf 2 report -o x.html
has err "missing argument: DIR"
vf 2 report /nonexistent/reg -o x.html
has err "/nonexistent/reg"
[ ! -e x.html ] || fail "x.html written despite the error"
vf 3 report "$REG" -o /nonexistent/dir/r.html
has err "cannot write"
finish
