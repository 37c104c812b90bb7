#!/usr/bin/env bash
# The README's test command. Builds velferd with gcc and clang (warnings as
# errors) and runs every test; again under ASan+UBSan, under valgrind memcheck
# and (the thread test) under ThreadSanitizer; runs every fuzz harness for
# FUZZ_SECONDS (default 30) each; checks the ABI against abi/*.abi; builds the
# example consumer against the installed library. Fails loudly on the first
# problem; installs each package (Python wheel, jar and Maven, R, .deb) and runs
# its tests against the installed copy. Stage times are printed at the end
# (docs/robustness.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=$(nproc)
fuzz_seconds=${FUZZ_SECONDS:-30}
t0=$SECONDS
times=()
run() { echo "== $*"; "$@"; }
stage() { times+=("$(printf '%-28s %4ds' "$1" $((SECONDS - ts)))"); ts=$SECONDS; }
ts=$SECONDS
# Tests that only work in an ordinary build (bindings' interpreters, ...).
plain_only='^(nosanitize|python|java|r)$'
# The R package's test (label r) builds and installs the whole package; it runs
# once, in scripts/package_r.sh below, not in each compiler's ctest pass.

for cc in gcc clang; do
  run cmake -S . -B "build-ci-$cc" -DCMAKE_C_COMPILER=$cc -DVELFERD_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
  run cmake --build "build-ci-$cc" -j"$jobs"
  (cd "build-ci-$cc" && run ctest --output-on-failure -j"$jobs" -LE '^r$')
  stage "$cc build + tests"
done

# Release (-O3) with gcc: other warnings appear at -O3 (maybe-uninitialized);
# the benchmark program is built here too, so it keeps compiling.
run cmake -S . -B build-ci-release -DCMAKE_C_COMPILER=gcc -DVELFERD_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
  -DVELFERD_PYTHON=OFF -DVELFERD_JAVA=OFF -DVELFERD_R=OFF
run cmake --build build-ci-release -j"$jobs"
run cmake --build build-ci-release -j"$jobs" --target velferd_bench
stage "gcc -O3 build"

run cmake -S . -B build-ci-asan -DCMAKE_C_COMPILER=clang -DVELFERD_WERROR=ON -DVELFERD_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
run cmake --build build-ci-asan -j"$jobs"
(cd build-ci-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  run ctest --output-on-failure -j"$jobs" -LE "$plain_only")
stage "ASan+UBSan tests"

# valgrind: every test executable runs under memcheck (CMake puts the
# "emulator" in front of each test that is a built program); any error or
# definite/indirect leak fails the test.
vg="valgrind;--error-exitcode=1;--leak-check=full;--errors-for-leak-kinds=definite,indirect"
vg="$vg;--show-leak-kinds=definite,indirect;--track-origins=yes;--quiet"
run cmake -S . -B build-ci-valgrind -DCMAKE_C_COMPILER=gcc -DVELFERD_WERROR=ON -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CROSSCOMPILING_EMULATOR=$vg"
run cmake --build build-ci-valgrind -j"$jobs"
(cd build-ci-valgrind && VELFERD_THREAD_TEST_CLIENTS=10000 \
  run ctest --output-on-failure -j"$jobs" -LE "$plain_only")
stage "valgrind memcheck tests"

# ThreadSanitizer: the thread test (8 threads, 100 000 clients, one context).
run cmake -S . -B build-ci-tsan -DCMAKE_C_COMPILER=clang -DVELFERD_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_C_FLAGS=-fsanitize=thread -fno-omit-frame-pointer" -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread
run cmake --build build-ci-tsan -j"$jobs" --target test_threads
(cd build-ci-tsan && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  run ctest --output-on-failure -R '^test_threads$')
stage "ThreadSanitizer thread test"

# libFuzzer with ASan+UBSan: every harness for a bounded time.
run cmake -S . -B build-ci-fuzz -DCMAKE_C_COMPILER=clang -DVELFERD_WERROR=ON -DVELFERD_SANITIZE=ON \
  -DVELFERD_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug
fuzz_targets=$(cd tests/fuzz && ls fuzz_*.c | sed 's/\.c$//')
run cmake --build build-ci-fuzz -j"$jobs" --target $fuzz_targets
run bash scripts/fuzz.sh build-ci-fuzz "$fuzz_seconds" "$jobs"
stage "fuzzing (${fuzz_seconds}s/harness)"

run bash scripts/abi.sh build-ci-gcc
bash scripts/postinstall.sh build-ci-gcc
stage "ABI check + install"

# Each ecosystem's install path, tested against the installed package from
# outside the source tree (docs/packaging.md, docs/bindings.md "Installing").
run bash scripts/package_python.sh
stage "Python wheel, pip, venvs"
run bash scripts/package_java.sh
stage "Java jar, Maven consumer"
run bash scripts/package_r.sh
stage "R package, R CMD check"
run bash scripts/package_deb.sh
stage "Debian packages, lintian"

echo "== stage times"
printf '  %s\n' "${times[@]}"
echo "== all tests passed in $((SECONDS - t0))s"
