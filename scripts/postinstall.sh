#!/usr/bin/env bash
# Installs the build in $1 into a fresh prefix and builds examples/consumer
# against the installed library, via find_package and via pkg-config, shared
# and static, then runs each program.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
prefix=$(mktemp -d /tmp/velferd-prefix.XXXXXX)
cmake --install "$build" --prefix "$prefix" >/dev/null
lib="$prefix/lib"; [ -d "$prefix/lib64" ] && lib="$prefix/lib64"
test -L "$lib/libvelferd.so.0" || { echo "SONAME link libvelferd.so.0 missing"; exit 1; }
objdump -p "$lib/libvelferd.so" | grep -q 'SONAME *libvelferd.so.0' || { echo "wrong SONAME"; exit 1; }

for kind in shared static; do
  b=$(mktemp -d /tmp/velferd-consumer.XXXXXX)
  static=OFF; [ $kind = static ] && static=ON
  cmake -S examples/consumer -B "$b" -DCMAKE_PREFIX_PATH="$prefix" -DUSE_STATIC=$static >/dev/null
  cmake --build "$b" >/dev/null
  LD_LIBRARY_PATH="$lib" "$b/consumer" 2021-06-01 | grep -q "G .*106399.00" || { echo "find_package $kind consumer failed"; exit 1; }
  echo "consumer via find_package ($kind): ok"
done
export PKG_CONFIG_PATH="$lib/pkgconfig"
cc -std=c11 -Wall -Wextra -Wpedantic -Werror examples/consumer/main.c $(pkg-config --cflags --libs velferd) -o "$prefix/consumer-pc"
LD_LIBRARY_PATH="$lib" "$prefix/consumer-pc" 2021-06-01 | grep -q "G .*106399.00" || { echo "pkg-config consumer failed"; exit 1; }
cc -std=c11 -Wall -Wextra -Wpedantic -Werror -DVF_STATIC examples/consumer/main.c $(pkg-config --cflags velferd) \
  "$lib/libvelferd.a" $(pkg-config --libs-only-other --static velferd) -lpthread -lm -o "$prefix/consumer-pc-static"
"$prefix/consumer-pc-static" 2021-06-01 | grep -q "G .*106399.00" || { echo "pkg-config static consumer failed"; exit 1; }
echo "consumer via pkg-config (shared, static): ok"
rm -rf "$prefix"
