#!/usr/bin/env bash
# The README's test command: builds velferd with gcc and clang (warnings as
# errors) and runs every test, again under ASan+UBSan, then builds the example
# consumer against the installed library. Fails loudly on the first problem.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=$(nproc)
run() { echo "== $*"; "$@"; }

for cc in gcc clang; do
  run cmake -S . -B "build-ci-$cc" -DCMAKE_C_COMPILER=$cc -DVELFERD_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
  run cmake --build "build-ci-$cc" -j"$jobs"
  (cd "build-ci-$cc" && run ctest --output-on-failure -j"$jobs")
done

run cmake -S . -B build-ci-asan -DCMAKE_C_COMPILER=clang -DVELFERD_WERROR=ON -DVELFERD_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
run cmake --build build-ci-asan -j"$jobs"
(cd build-ci-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  run ctest --output-on-failure -j"$jobs" -LE nosanitize)

bash scripts/postinstall.sh build-ci-gcc
echo "== all tests passed"
