# velferd network on hand-made published figures (tests/data/network); every
# value below is worked out by hand.
. "$(dirname "$0")/lib.sh"
N="$DATA/network"

# young_share, pooled (numerators and denominators given): Oslo 2500/200 =
# 12.5 %, Bergen 1000/100 = 10.0 %, Trondheim '..' left out. Average
# 3500/300 = 11.67 -> 11.7; Oslo 100 x 12.5 / 11.667 = 107.14 -> 107.1;
# Bergen 85.71 -> 85.7.
vf 0 network "$N/tidy.csv" --network all -f csv
has out "2023,young_share,,network average,11.7,100.0,pooled,35,3,ok"
has out "2023,young_share,0301,,12.5,107.1,pooled,"
has out "2023,young_share,4601,,10.0,85.7,pooled,"
has out "2023,young_share,5001,,..,..,pooled,,,missing"
# The mean of the same values: (12.5 + 10.0) / 2 = 11.25 -> 11.3 (half away
# from zero); Oslo 111.11 -> 111.1, Bergen 88.89 -> 88.9.
vf 0 network "$N/tidy.csv" --network all --average mean -f csv
has out "2023,young_share,,network average,11.3,100.0,mean,45,4,ok"
has out "2023,young_share,0301,,12.5,111.1,mean,"
has out "2023,young_share,4601,,10.0,88.9,mean,"
# net_expenditure has no numerators: the mean (3000 + 2500 + 2000) / 3 = 2500.
has out "2023,net_expenditure,0301,,3000,120.0,mean,3000,1,ok"
has out "2023,net_expenditure,5001,,2000,80.0,mean,2000,1,ok"
# Pooled needs numerators everywhere.
vf 2 network "$N/tidy.csv" --network all --average pooled
has err "pooled average of 'need': municipality 0301 has no numerator"
# Corrected for expenditure need: 3000/1.2 = 2500, 2500/1.0 = 2500,
# 2000/0.75 = 2666.67 -> 2667; mean 7667/3 = 2555.67 -> 2556; indices
# 100 x 2500 x 3 / 7667 = 97.82 -> 97.8 and 100 x 2667 x 3 / 7667 = 104.36 -> 104.4.
vf 0 network "$N/tidy.csv" --network all -f csv --need-corrected net_expenditure=need
has out '2023,"net_expenditure, corrected for expenditure need",,network average,2556,100.0,mean,7667,3,ok'
has out '2023,"net_expenditure, corrected for expenditure need",0301,,2500,97.8,'
has out '2023,"net_expenditure, corrected for expenditure need",5001,,2667,104.4,'
# A need index with national average 100: 120, 100, 75 give the same.
# Text output says which members were left out.
vf 0 network "$N/tidy.csv" --network all
has out "Pooled average (sum of numerators / sum of denominators) of 2 members; left out, no value: 5001 (..)."

# StatBank export, long layout ("region";"år";"statistikkvariabel";value),
# CRLF, decimal comma, ':' for Trondheim, the country row left out. Mean
# (3.9 + 3.1 + 2.6) / 3 = 3.2; Oslo 121.875 -> 121.9, Bergen 96.875 -> 96.9,
# Stavanger 81.25 -> 81.3.
vf 0 network "$N/statbank_long.csv" --network all -f csv
has out "2023,Andel mottakere 18-24 år,,network average,3.2,100.0,mean,16,5,ok"
has out "2023,Andel mottakere 18-24 år,0301,,3.9,121.9,"
has out "2023,Andel mottakere 18-24 år,4601,,3.1,96.9,"
has out "2023,Andel mottakere 18-24 år,1103,,2.6,81.3,"
has out "2023,Andel mottakere 18-24 år,5001,,:,..,mean,,,missing"
has err "1 values of regions that are not municipalities"
# Wide layout (years as columns, "K-" region codes, BOM) gives the same for
# 2023, and the ASSS members of 2023 by their 2023 numbers: Bergen is 4601.
vf 0 network "$N/statbank_wide.csv" --year 2023 -f csv
has out "2023,Andel mottakere 18-24 år,4601,Bergen,3.1,96.9,"
has out "2023,Andel mottakere 18-24 år,3024,Bærum,..,..,mean,,,missing"
# 2022: Oslo 4.0, Trondheim 3.0, Stavanger 2.8, Bergen '..': mean 9.8/3 = 3.27 -> 3.3.
vf 0 network "$N/statbank_wide.csv" --year 2022 --network all -f csv
has out "2022,Andel mottakere 18-24 år,,network average,3.3,100.0,mean,49,15,ok"
# ASSS in 2019 uses the old numbers: Bergen 1201.
vf 2 network "$N/statbank_wide.csv" --year 2019
has err "no figures of 2019"

# Bad input names file, line and field.
printf 'municipality,year,indicator,value\n301,2023,x,1\n' >bad.csv
vf 2 network bad.csv
has err "bad.csv:2: municipality '301' is not a 4-digit municipality number"
printf 'municipality,year,indicator,value\n0301,2023,x,1.2.3\n' >bad.csv
vf 2 network bad.csv
has err "bad.csv:2: value '1.2.3' is not a number"
printf 'municipality,year,indicator,value\n0301,2023,x,1\n0301,2023,x,2\n' >bad.csv
vf 2 network bad.csv
has err "two values for municipality 0301, year 2023, indicator 'x'"
printf 'municipality,year,indicator,value,numerator,denominator\n0301,2023,x,12.5,1,8\n' >bad.csv
vf 2 network bad.csv
has err "does not round to the value 12.5"

# The register as a member: tests/data/reg2024 has young_share 40.0 % (2 of 5,
# docs in test_indicators.sh) -> numerator 200, denominator 5. With Oslo
# 12.5 % (2500/200) pooled: (2500 + 200) / 205 = 13.17 -> 13.2; the register
# (9999) 100 x 40 / 13.171 = 303.70 -> 303.7.
printf 'municipality,year,indicator,value,numerator,denominator\n0301,2024,young_share,12.5,2500,200\n' >pub.csv
vf 0 network pub.csv --network all --register "$DATA/reg2024" --municipality 9999 --suppress-below 0 -f csv
has out "2024,young_share,,network average,13.2,100.0,pooled,540,41,ok"
has out "2024,young_share,9999,,40.0,303.7,pooled,"
# The report's profile chart: avg_duration of the register 5.4 (27/5) against
# Oslo's 4,0 (no numerator: the mean) = 4.7; 100 x 5.4 / 4.7 = 114.89 -> 114.9,
# drawn as the highlighted bar.
printf 'municipality,year,indicator,value\n0301,2024,avg_duration,"4,0"\n' >pub2.csv
vf 0 report "$DATA/reg2024" --suppress-below 0 --network pub2.csv -m 9999 --network-name all -o r.html
has r.html "<h2>Service profile</h2>"
has r.html 'fill="#2f6f9f"><title>9999: 114.9</title>'
vf 2 report "$DATA/reg2024" --network pub2.csv -o r.html
has err "--network needs --municipality"
finish
