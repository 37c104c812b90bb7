#!/usr/bin/env bash
# ABI check with libabigail (policy: docs/api.md, "ABI policy").
#   scripts/abi.sh BUILD_DIR            compare the build's libvelferd.so with abi/*.abi
#   scripts/abi.sh BUILD_DIR --update   write the baseline abi/<SONAME>.abi from the build
# BUILD_DIR must be a gcc RelWithDebInfo build (debug info is what abidw reads).
# The check fails on an incompatible change (removed or changed function,
# changed type layout) unless the SONAME differs from the baseline's, and it
# first proves that it would notice: a copy of the library linked without one
# exported function must be reported as incompatible.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: abi.sh BUILD_DIR [--update]}
lib=$(readlink -f "$build/lib/libvelferd.so")
soname=$(objdump -p "$lib" | awk '$1 == "SONAME" {print $2}')
[ -n "$soname" ] || { echo "abi: no SONAME in $lib"; exit 1; }
tmp=$(mktemp -d /tmp/velferd-abi.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
dump() { abidw --headers-dir include/velferd --header-file "$build/include/velferd/version.h" \
  --no-corpus-path --out-file "$2" "$1"; }
dump "$lib" "$tmp/new.abi"

if [ "${2:-}" = --update ]; then
  rm -f abi/*.abi
  mkdir -p abi
  cp "$tmp/new.abi" "abi/$soname.abi"
  echo "abi: wrote abi/$soname.abi ($(grep -c '<elf-symbol ' "abi/$soname.abi") symbols); commit it"
  exit 0
fi

base=$(ls abi/*.abi 2>/dev/null || true)
[ "$(echo "$base" | grep -c .)" = 1 ] || { echo "abi: expected exactly one baseline abi/*.abi, found: $base"; exit 1; }
base_soname=$(basename "$base" .abi)

# Self-test: the same objects without vf_version_number must fail the diff.
objs=$(find "$build"/lib/CMakeFiles/velferd_objects.dir -name "*.o")
printf 'VELFERD_0 {\n  global: vf_*;\n  local: vf_version_number; *;\n};\n' >"$tmp/mutant.map"
cc -shared -o "$tmp/libmutant.so" $objs -Wl,--version-script="$tmp/mutant.map" \
  -Wl,-soname,"$soname" -lpthread -lm
dump "$tmp/libmutant.so" "$tmp/mutant.abi"
rc=0; abidiff "$tmp/new.abi" "$tmp/mutant.abi" >"$tmp/mutant.txt" || rc=$?
if (( (rc & 8) == 0 )); then
  echo "abi: self-test failed: removing vf_version_number was not reported as incompatible (abidiff exit $rc)"
  cat "$tmp/mutant.txt"; exit 1
fi

if [ "$base_soname" != "$soname" ]; then
  echo "abi: SONAME bumped ($base_soname -> $soname): incompatible changes allowed."
  echo "abi: refresh the baseline with 'scripts/abi.sh $build --update' and commit abi/$soname.abi"
  exit 0
fi
rc=0; abidiff "$base" "$tmp/new.abi" >"$tmp/diff.txt" || rc=$?
# abidiff flags only removals as incompatible (exit bit 8); a changed
# signature or struct layout is reported as a "Changed" function or variable.
removed_or_changed=$( { grep -E '^(Functions|Variables) changes summary:' "$tmp/diff.txt" || true; } |
  { grep -oE '[0-9]+ (Removed|Changed)' || true; } | awk '{s+=$1} END {print s+0}')
if (( rc & 8 )) || (( removed_or_changed > 0 )); then
  cat "$tmp/diff.txt"
  echo "abi: INCOMPATIBLE change against $base with the same SONAME $soname."
  echo "abi: restore compatibility, or bump VELFERD_SOVERSION in CMakeLists.txt (docs/api.md, 'ABI policy')."
  exit 1
elif (( rc & 3 )); then
  cat "$tmp/diff.txt"
  echo "abi: abidiff failed (exit $rc)"; exit 1
elif (( rc & 4 )); then
  grep -E '^(Functions|Variables) changes summary:' "$tmp/diff.txt" || true
  echo "abi: compatible changes only (additions) against $base"
else
  echo "abi: identical to $base"
fi
