"""The analysis of docs/bindings.md ("The same analysis in Python, R and Java"):
a what-if over a synthetic register (Bergen without its 80 % rule, October
2021), the register's indicators and age-group table, and the largest loser's
assistance explained. examples/r/analysis.R and examples/java/Analysis.java do
the same and print the same totals."""
import velferd as vf

reg = vf.synth_register(2000, seed=7, year=2021)

# 1. What-if
bergen = vf.Context("bergen")
no80 = bergen.clone()
no80.set_param("rule80.enabled", "2021-01-01", 0, source="what-if")
cmp = vf.compare(reg, bergen, no80, month=(2021, 10))
t = cmp.totals
print(f"losers {t['losers']}, difference {vf.format_kroner(t['difference'])} kr")

# 2. Indicator table
ind = vf.Indicators(reg, 2021)
print(ind.values_frame()[["indicator", "published", "unit", "status"]].to_string(index=False))
print(ind.table(vf.IndicatorTable.AGE_GROUP)[["code", "count", "pct", "suppressed"]].to_string(index=False))

# 3. One explained case: the largest loser under the baseline
loser = cmp.largest_losses["id"].iloc[0]
client = reg.client(reg.find_client(loser))
r = vf.assistance_month(bergen, client, 2021, 10, explain=True)
print(r.explanation.text)
assert r.assistance == cmp.largest_losses["baseline"].iloc[0], "the explained amount is the one counted"
