#!/usr/bin/env bash
# The R package (bindings/r): builds the source tarball, runs
# `R CMD check --no-manual` on it (fails on any ERROR or WARNING), installs it
# into a private library and runs its tests and examples/r/assistance.R there,
# from outside the source tree.
#   bash scripts/package_r.sh [--no-check] [--keep DIR]
# --no-check skips R CMD check (ctest's r_package does); --keep DIR leaves the
# tarball and the library in DIR. Needs r-base-dev, r-cran-testthat, swig, cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
check=1
keep=
while (($#)); do
  case $1 in
    --no-check) check=0 ;;
    --keep) keep=$2; shift ;;
    *) echo "usage: $0 [--no-check] [--keep DIR]" >&2; exit 2 ;;
  esac
  shift
done
work=$(mktemp -d /tmp/velferd-r.XXXXXX)
trap 'rm -rf "$work"' EXIT
export MAKEFLAGS=${MAKEFLAGS:--j$(nproc)}
export R_LIBS_USER=/nonexistent # only the private library and the system's
t0=$SECONDS

# The tarball carries the generated sources: configure runs in a copy (cp -L
# turns the package's symlinks into the repository's files, as R CMD build
# does), so the tarball installs with R and a C compiler only.
cp -LR bindings/r "$work/velferd"
(cd "$work/velferd" && sh ./configure >/dev/null)
(cd "$work" && R CMD build velferd >build.log 2>&1) || { cat "$work/build.log"; exit 1; }
tarball=$(ls "$work"/velferd_*.tar.gz)
echo "R package: built $(basename "$tarball") ($((SECONDS - t0))s)"

# Check and install without SWIG and CMake: the tarball must not need them.
mkdir "$work/nobin"
ln -s "$(command -v false)" "$work/nobin/swig"
ln -s "$(command -v false)" "$work/nobin/cmake"

if ((check)); then
  # _R_CHECK_FORCE_SUGGESTS_: testthat is present; no repository is reachable.
  (cd "$work" && PATH="$work/nobin:$PATH" _R_CHECK_FORCE_SUGGESTS_=false R CMD check --no-manual "$tarball" >check.log 2>&1) || true
  status=$(sed -n 's/^Status: //p' "$work/velferd.Rcheck/00check.log")
  if [ -z "$status" ] || grep -Eq 'ERROR|WARNING' <<<"$status"; then
    cat "$work/check.log"
    echo "R CMD check: ${status:-did not finish}"; exit 1
  fi
  awk '/^\* .*(NOTE|WARNING|ERROR)$/ {p = 1; print; next} /^\* / {p = 0} p' "$work/velferd.Rcheck/00check.log"
  echo "R CMD check --no-manual: $status ($((SECONDS - t0))s)"
fi

mkdir "$work/lib"
PATH="$work/nobin:$PATH" R CMD INSTALL --install-tests -l "$work/lib" "$tarball" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; exit 1; }
echo "R CMD INSTALL into a private library: ok ($((SECONDS - t0))s)"

export R_LIBS="$work/lib"
cd "$work"
# A fresh session: library(velferd) leaves the global environment empty, and
# every exported object is a documented function.
Rscript --vanilla -e '
  library(velferd)
  g <- ls(globalenv(), all.names = TRUE)
  if (length(g)) stop("global environment not empty: ", paste(g, collapse = " "))
  ex <- ls("package:velferd")
  undoc <- ex[!vapply(ex, function(f) length(help(f, package = "velferd")) > 0, TRUE)]
  if (length(undoc)) stop("undocumented: ", paste(undoc, collapse = " "))
  if (!all(vapply(ex, function(f) is.function(get(f, "package:velferd")), TRUE))) stop("non-function export")
  cat("library(velferd):", length(ex), "documented functions, empty global environment\n")'
Rscript --vanilla -e 'testthat::test_package("velferd", reporter = "summary", stop_on_failure = TRUE)'
Rscript --vanilla "$src/examples/r/assistance.R" >/dev/null
Rscript --vanilla "$src/examples/r/analysis.R" >/dev/null
echo "R package tests, examples/r/assistance.R and analysis.R from the installed package: ok ($((SECONDS - t0))s)"
if [ -n "$keep" ]; then
  mkdir -p "$keep" && cp -R "$tarball" "$work/lib" "$keep/"
fi
