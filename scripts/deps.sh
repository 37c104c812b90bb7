#!/usr/bin/env bash
# Installs the Debian packages velferd's build, tests and bindings need, if
# missing, and the packages given as arguments. Run as root on Debian bookworm
# (as CI and the README do).
set -euo pipefail
pkgs=(build-essential cmake pkg-config clang libclang-rt-14-dev libcmocka-dev valgrind
      swig python3-dev python3-numpy python3-pandas python3-pytest python3-matplotlib python3-dask python3-distributed
      default-jdk-headless r-base-core doxygen abigail-tools afl++ chromium)
# The R package (scripts/package_r.sh) and the Debian packages (scripts/package_deb.sh).
pkgs+=(r-base-dev r-cran-testthat r-cran-roxygen2 dpkg-dev lintian)
missing=()
pkgs+=("$@")  # extra packages a caller needs (scripts/package_*.sh)
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
