# The readers' limits and input checks through the tool (issue 15, defects 3,
# 7, 9): --max-input-size, --max-rejections, JSON client files, a broken quote.
. "$(dirname "$0")/lib.sh"

H=id,birth_date,gender,civil_status,citizenship,main_income,trygd,children
mkdir reg
printf '%s\n' "$H" 'A,1990-01-01,female,unmarried,norwegian,work,none,' \
  'B,1990-01-01,x,unmarried,norwegian,work,none,' 'C,1990-01-01,x,unmarried,norwegian,work,none,' \
  'D,1990-01-01,x,unmarried,norwegian,work,none,' >reg/clients.csv
printf 'client_id,year,month,gross,refunded,kind\nA,2024,11,1000,0,grant\n' >reg/payments.csv

# /dev/zero as a register file and as a client file: refused at the limit
mkdir zero && ln -s /dev/zero zero/clients.csv && cp reg/payments.csv zero/
vf 2 indicators zero --max-input-size 1M
has err "zero/clients.csv: longer than 1048576 bytes, the limit for one input file"
vf 2 batch /dev/zero --month 2024-11 --max-input-size 64K
has err "/dev/zero: longer than 65536 bytes"
vf 2 report reg -o r.html --max-input-size 100
has err "reg/clients.csv: longer than 100 bytes"
vf 2 batch reg/clients.csv --month 2024-11 --max-input-size 0
has err "--max-input-size: '0' is not a size"
vf 2 indicators reg --max-input-size 18446744073709551616
has err "is not a size"
vf 2 indicators reg --max-rejections -1
has err "--max-rejections: '-1' is not a whole number"

# three bad rows, reasons of two kept, all three counted
vf 1 indicators reg --year 2024 --max-rejections 2
has err "rejected reg/clients.csv:3: gender"
has err "rejected reg/clients.csv:4: gender"
hasnt err "clients.csv:5:"
has err "... and 1 more rejected rows"
has err "reg: the reasons of 1 rejected rows were not kept (--max-rejections 2)"
has err "reg: 3 rows rejected (clients 1/4"

# a broken quote costs its own row only
printf 'id,birth_date\nA,1980-01-01\n"B,1990-01-01\nC,1991-02-03\nD,1992-03-04\n' >q.csv
vf 1 batch q.csv --month 2024-11 -o res.csv
has err "q.csv:3: quoted field 1 is not closed on its line"
has err "q.csv: 4 rows read, 3 computed, 1 rejected"

# JSON that is not an object, given to calc and to batch
printf '[{"id": "a"}]\n' >list.json
vf 2 calc --client list.json --month 2024-11
has err "list.json:1: : expected a client object, found array"
printf '"x"\n' >s.json
vf 2 calc --client s.json --month 2024-11
has err "expected a client object, found string"
vf 2 batch list.json --month 2024-11
has err "list.json:1: this is JSON (it starts with '['), not CSV"
finish
