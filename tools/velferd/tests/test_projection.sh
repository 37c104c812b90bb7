# --projection on every command that computes (issue 19): marked projections,
# and without it the gaps after the last enacted value still fail.
. "$(dirname "$0")/lib.sh"

# Without --projection: 2025 guideline rates are a gap (exit 2, the message names it).
vf 2 calc --client "$DATA/pensioner.csv" --month 2025-06
has err "guideline.single"
has err "no sourced value"
vf 1 params --at 2025-06-01 guideline.single
has err "no sourced value"

# 3 % a year. guideline.single 7 850 (2024) x 1.03 = 8 085.50 -> nearest 50 kr: 8 100;
# 2026: 8 100 x 1.03 = 8 343 -> 8 350. minimum_pension.single 257 040 (2023-05-01):
# 2024: x 1.03 = 264 751.20 -> 264 751; 2025: x 1.03 = 272 693.53 -> 272 694 (whole kroner).
vf 0 params --at 2026-06-01 --projection 3% guideline.single
matches out '^guideline\.single +8350\.00 +nok_per_month +from 2026-01-01  PROJECTED$'
has out "PROJECTED from 7850.00 (enacted, in force from 2024-01-01) by 3.00 % a year for 2 year(s)"
has out "PROJECTED by 3.00%"
vf 0 params --at 2025-06-01 --projection 3% minimum_pension.single --format json
has out '"projection": "3.00%"'
has out '"value": "272694.00"'
has out '"projected": true, "projection": {"method": "percent", "from_valid_from": "2023-05-01", "from_num": 25704000, "factor_num": 10300, "factor_den": 10000, "steps": 2, "round_to_ore": 100'
# an enacted value is not marked
vf 0 params --at 2024-03-01 --projection 3% guideline.single --format json
has out '"value": "7850.00"'
has out '"projected": false'
hasnt out '"method"'

# G's growth: 257 040 x G 2025 130 160 / G 2023 118 620 = 282 046.25 -> 282 046.
vf 0 params --at 2025-06-01 --projection g minimum_pension.single
matches out '^minimum_pension\.single +282046\.00 +nok_per_year +from 2025-05-01  PROJECTED$'
has out "x G 130160.00 / G 118620.00"
# ... and it does not project the guideline rates, which follow prices.
vf 1 params --at 2025-06-01 --projection g guideline.single
has err "follows prices (cpi)"

# An index file: 7 850 x 102.5 / 100 = 8 046.25 -> 8 050.
printf 'year,index\n2024,100\n2025,102.5\n' >cpi.csv
vf 0 params --at 2025-06-01 --projection cpi.csv guideline.single
matches out '^guideline\.single +8050\.00 '
has out "x index 102.5 / 100"
printf 'year,index\n2024,100\n2025,x\n' >bad.csv
vf 2 params --at 2025-06-01 --projection bad.csv guideline.single
has err "bad.csv:3: index"
vf 2 params --projection 3x% guideline.single
has err "--projection"
vf 2 params --projection 250% guideline.single
has err "outside -50 % .. 100 %"

# History is never projected: the 2016 rates still fail.
vf 1 params --at 2016-06-01 --projection 3% guideline.single
has err "no sourced value"

# calc: a single pensioner in Bergen, June 2025 (data/pensioner.csv): ordinary
# 8 100 + 10 000 - 15 000 = 3 100; the 80 % rule 272 694 / 12 = 22 724.50, x 4/5 =
# 18 179.60, + 10 000 - 15 000 = 13 179.60.
vf 0 calc --client "$DATA/pensioner.csv" --month 2025-06 --profile bergen --projection 3%
matches out '^  assistance +13179\.60 kr  PROJECTED'
has out "PROJECTED: this result uses 2 projected (not enacted) parameter value(s), projection 3.00%"
vf 0 calc --client "$DATA/pensioner.csv" --month 2025-06 --profile bergen --projection 3% --format json
has out '"projected": true}'
has out '"projected":2'
# enacted months are not marked
vf 0 calc --client "$DATA/pensioner.csv" --month 2024-04 --profile bergen --projection 3%
hasnt out "PROJECTED"

# batch: a 'projected' column with --projection, and the summary counts the rows.
vf 0 batch "$DATA/pensioner.csv" --month 2025-06 --profile bergen --projection 3%
has out "assistance,error,projected"
has out "2,P-1,ok,single,0,8100.00,10000.00,15000.00,0.00,3100.00,1,13179.60,13179.60,,1"
has err "1 computed rows use PROJECTED"
vf 0 batch "$DATA/pensioner.csv" --month 2024-04 --profile bergen --projection 3%
matches out ',0$'
vf 1 batch "$DATA/pensioner.csv" --month 2025-06 --profile bergen
has err "no sourced value"

# compare: the header says how many amounts use projected values.
vf 0 compare "$DATA/pensioner.csv" --profile bergen --scenario "$SRC/examples/scenarios/bergen_no_rule80.csv" --month 2025-06 --projection 3%
has out "PROJECTED: 1 baseline and 1 scenario amounts use projected (not enacted) parameter values"
vf 0 compare "$DATA/pensioner.csv" --profile bergen --scenario "$SRC/examples/scenarios/bergen_no_rule80.csv" --month 2025-06 --projection 3% --format json
has out '"projected":1}'

# every command that computes takes it
for cmd in params calc batch compare; do
  vf 0 "$cmd" --help
  has out "--projection g|PCT%|FILE"
done
finish
