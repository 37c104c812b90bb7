#!/usr/bin/env bash
# The Debian packages (cmake/packaging.cmake): builds libvelferd0,
# libvelferd-dev and velferd with `cpack -G DEB`, checks their contents and
# dependencies, runs lintian (fails on any error), unpacks them into a scratch
# root (dpkg-deb -x) and builds examples/consumer against that root with
# find_package and with pkg-config, then runs it and the packaged tool.
#   bash scripts/package_deb.sh [OUT_DIR]   (OUT_DIR keeps the .deb files)
# Needs cmake, dpkg-dev, lintian, pkg-config.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
out=${1:-}
work=$(mktemp -d /tmp/velferd-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
t0=$SECONDS
fail() { echo "package_deb: $*" >&2; exit 1; }

# Bindings on where their toolchains are found (the default): their files
# must stay out of the three packages.
cmake -S . -B "$work/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DVELFERD_TESTS=OFF -DVELFERD_WERROR=ON >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 1; }
cmake --build "$work/build" -j"$(nproc)" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
(cd "$work/build" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
version=$(sed -n 's/^project(velferd VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)-1
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
for p in libvelferd0 libvelferd-dev velferd; do
  test -f "$work/build/${p}_${version}_$arch.deb" || fail "no ${p}_${version}_$arch.deb"
done
echo "cpack: libvelferd0, libvelferd-dev, velferd $version ($((SECONDS - t0))s)"

deb() { echo "$work/build/$1_${version}_$arch.deb"; }
# Contents: every file where it belongs, nothing else (no binding's files).
files() { dpkg-deb -c "$(deb "$1")" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./||' | sort; }
expect_only() { # package, allowed-path regex
  local bad
  bad=$(files "$1" | grep -Ev "$2" || true)
  [ -z "$bad" ] || fail "$1 holds unexpected files: $bad"
}
lib="usr/lib/$multiarch"
doc() { echo "usr/share/doc/$1/(copyright|changelog\.Debian\.gz)"; }
expect_only libvelferd0 "^($lib/libvelferd\.so\.0(\.[0-9]+)*|$(doc libvelferd0))$"
expect_only libvelferd-dev "^(usr/include/velferd/[a-z_]+\.h|$lib/libvelferd\.(a|so)|$lib/pkgconfig/velferd\.pc|$lib/cmake/velferd/velferd[A-Za-z-]*\.cmake|$(doc libvelferd-dev))$"
expect_only velferd "^(usr/bin/velferd|usr/share/man/man1/velferd\.1\.gz|$(doc velferd))$"
files libvelferd0 | grep -q "^$lib/libvelferd.so.0$" || fail "libvelferd0 lacks libvelferd.so.0"
files libvelferd-dev | grep -q "^$lib/libvelferd.a$" || fail "libvelferd-dev lacks the static library"
files libvelferd-dev | grep -q "^$lib/cmake/velferd/velferdConfig.cmake$" || fail "libvelferd-dev lacks the CMake package"
files velferd | grep -q "^usr/share/man/man1/velferd.1.gz$" || fail "velferd lacks its man page"

# Dependencies: the tool and the headers need the library of the same version.
for p in libvelferd-dev velferd; do
  dpkg-deb -f "$(deb $p)" Depends | grep -q "libvelferd0 (= $version)" || fail "$p does not depend on libvelferd0 (= $version)"
done
dpkg-deb -I "$(deb libvelferd0)" shlibs | grep -qx "libvelferd 0 libvelferd0 (>= $version)" || fail "libvelferd0: shlibs"

# lintian: errors fail; warnings are listed (docs/packaging.md explains them).
rc=0
lintian --fail-on error --no-tag-display-limit "$(deb libvelferd0)" "$(deb libvelferd-dev)" \
  "$(deb velferd)" >"$work/lintian.log" 2>&1 || rc=$?
grep -E '^[EW]: ' "$work/lintian.log" || true
case $rc in
  0) ;;
  1) fail "lintian reports errors" ;;
  *) cat "$work/lintian.log"; fail "lintian failed (exit $rc)" ;;
esac
echo "lintian: no errors ($((SECONDS - t0))s)"

# A scratch root with the three packages, as dpkg would unpack them.
root=$work/root
for p in libvelferd0 libvelferd-dev velferd; do dpkg-deb -x "$(deb $p)" "$root"; done
readelf -d "$root/$lib/libvelferd.so.0" | grep -q 'SONAME.*\[libvelferd.so.0\]' || fail "SONAME"
! readelf -d "$root/usr/bin/velferd" | grep -Eq 'RPATH|RUNPATH' || fail "the tool has a library search path"
export LD_LIBRARY_PATH="$root/$lib"
"$root/usr/bin/velferd" params g --at 2021-06-01 >"$work/g.txt" 2>&1 || { cat "$work/g.txt"; fail "packaged velferd params"; }
grep -q '106399' "$work/g.txt" || { cat "$work/g.txt"; fail "packaged velferd: G on 2021-06-01 is 106 399 kr"; }
zcat "$root/usr/share/man/man1/velferd.1.gz" | grep -q '^\.TH VELFERD 1' || fail "man page"

# examples/consumer against the scratch root: find_package, shared and
# static, and pkg-config (the .pc and the CMake package are relocatable).
for kind in shared static; do
  static=OFF; [ $kind = static ] && static=ON
  cmake -S examples/consumer -B "$work/consumer-$kind" -DCMAKE_PREFIX_PATH="$root/usr" \
    -DUSE_STATIC=$static >"$work/consumer.log" || { cat "$work/consumer.log"; exit 1; }
  grep -q "$root" "$work/consumer-$kind/CMakeCache.txt" || fail "find_package did not use the scratch root"
  cmake --build "$work/consumer-$kind" >>"$work/consumer.log" || { cat "$work/consumer.log"; exit 1; }
  "$work/consumer-$kind/consumer" 2021-06-01 | grep -q "G .*106399.00" || fail "find_package $kind consumer"
done
echo "consumer via find_package (shared, static) against the packages: ok"
export PKG_CONFIG_PATH="$root/$lib/pkgconfig" PKG_CONFIG_LIBDIR="$root/$lib/pkgconfig"
[ "$(pkg-config --variable=libdir velferd)" -ef "$root/$lib" ] || fail "pkg-config libdir is not in the scratch root"
cc -std=c11 -Wall -Wextra -Wpedantic -Werror examples/consumer/main.c $(pkg-config --cflags --libs velferd) \
  -o "$work/consumer-pc"
"$work/consumer-pc" 2021-06-01 | grep -q "G .*106399.00" || fail "pkg-config consumer"
cc -std=c11 -Wall -Wextra -Wpedantic -Werror -DVF_STATIC examples/consumer/main.c $(pkg-config --cflags velferd) \
  "$root/$lib/libvelferd.a" $(pkg-config --libs-only-other --static velferd) -lpthread -lm -o "$work/consumer-pc-static"
env -u LD_LIBRARY_PATH "$work/consumer-pc-static" 2021-06-01 | grep -q "G .*106399.00" || fail "pkg-config static consumer"
echo "consumer via pkg-config (shared, static) against the packages: ok ($((SECONDS - t0))s)"

if [ -n "$out" ]; then
  mkdir -p "$out" && cp "$work"/build/*.deb "$out/" && echo "packages in $out"
fi
cd "$src"
