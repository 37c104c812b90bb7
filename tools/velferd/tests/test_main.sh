# The dispatcher: help, version, unknown commands; --help of every command.
. "$(dirname "$0")/lib.sh"

vf 0 --help
has out "Usage: velferd COMMAND"
has out "params"
has out "Exit codes"
vf 0 --version
matches out '^velferd [0-9]+\.[0-9]+\.[0-9]+ \(library [0-9]+\.[0-9]+\.[0-9]+\)$'
vf 2
has err "Usage: velferd COMMAND"
vf 2 frobnicate
has err "velferd: unknown command 'frobnicate'"
vf 2 help frobnicate
has err "unknown command 'frobnicate'"

# Every command listed by --help has its own --help, exiting 0, with an
# options list and the exit codes.
"$VELFERD" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}' >commands
[ -s commands ] || fail "no commands listed"
while read -r cmd; do
  vf 0 "$cmd" --help
  has out "Usage: velferd $cmd"
  has out "-h, --help"
  has out "Exit codes"
  empty err
  vf 0 help "$cmd"
  has out "Usage: velferd $cmd"
  vf 2 "$cmd" --no-such-option
  has err "velferd $cmd: unknown option '--no-such-option'"
  # documented in the man page
  has "$SRC/docs/velferd.1" ".SS velferd $cmd"
done <commands
finish
