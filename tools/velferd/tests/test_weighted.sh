# velferd indicators --weighted: the register of tests/test_weights.c, whose
# weighted values are worked out by hand there (weights 2.5, 1.25, 0.125 of
# the three recipients: 3.875 weighted recipients; gross 600000*2.5 +
# 200000*1.25 + 300100*0.125 = 1 787 512.5 øre = 17 875 kr).
. "$(dirname "$0")/lib.sh"
mkdir reg plain
cat > reg/clients.csv <<'CSV'
id,birth_date,gender,civil_status,citizenship,main_income,trygd,children,weight
A,1990-05-01,female,unmarried,norwegian,social_assistance,none,,2.5
B,2002-03-01,male,unmarried,foreign,work,none,2020-01-01,1.25
C,1960-01-01,female,married,norwegian,trygd,disability,,0.125
D,1980-01-01,male,unmarried,norwegian,other,none,,4
CSV
cat > reg/payments.csv <<'CSV'
client_id,year,month,gross,refunded,kind
A,2024,1,1000.00,0,grant
A,2024,2,1000.00,0,grant
A,2024,3,1000.00,0,grant
A,2024,4,1000.00,0,grant
A,2024,5,1000.00,0,grant
A,2024,6,1000.00,0,grant
B,2024,11,2000.00,500.00,grant
C,2024,10,1500.50,0,loan
C,2024,11,1500.50,0,grant
D,2024,1,5000.00,0,qualification
CSV
vf 0 indicators reg --weighted --suppress-below 0 --format csv
has out "2024,indicator,recipients,,4,,,3875,1000,ok"
has out "2024,indicator,gross,,17875,,,1787512500,1000,ok"
has out "2024,indicator,avg_duration,,4.3,,,16500,3875,ok"
has out "2024,table,gender,female,3,67.7,,262500,3875,ok"
vf 0 indicators reg --weighted --suppress-below 0
has out "Weighted: counts and amounts"
vf 0 indicators reg --weighted --format json
has out '"weighted": true,'
# Without --weighted the same register counts persons: 3 recipients, 11 001 kr.
vf 0 indicators reg --suppress-below 0 --format csv
has out "2024,indicator,recipients,,3,,,3,1,ok"
has out "2024,indicator,gross,,11001,,,1100100,1,ok"
# A register without weights is refused with --weighted.
cut -d, -f1-8 reg/clients.csv > plain/clients.csv
cp reg/payments.csv plain/
vf 2 indicators plain --weighted
has err "weighted: the register has no weights"
# A bad weight is a rejected row naming line and field.
sed 's/,0.125$/,0.1255/' reg/clients.csv > plain/clients.csv
vf 1 indicators plain --weighted --suppress-below 0 --format csv
has err "clients.csv:4: weight: '0.1255' is not a weight"
finish
