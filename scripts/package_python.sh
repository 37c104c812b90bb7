#!/usr/bin/env bash
# The Python package as users install it (docs/bindings.md, "Installing"):
# from a copy of the source tree (as a clean clone would be), builds the sdist
# and the wheel from it with `python3 -m build --no-isolation`, installs the
# wheel into a fresh venv and runs bindings/python/tests against the
# INSTALLED package from a temporary directory; checks `pip install .` (the
# README's command) in a second venv and `cmake --install` into a third, each
# importing velferd with no PYTHONPATH or LD_LIBRARY_PATH. Offline: Debian's
# setuptools, wheel, build, pip and venv (scripts/deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
bash scripts/deps.sh python3-build python3-venv python3-pip python3-setuptools python3-wheel
py=/usr/bin/python3
tmp=$(mktemp -d /tmp/velferd-python.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
export PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
unset PYTHONPATH LD_LIBRARY_PATH
t0=$SECONDS
step() { echo "== package_python: $* ($((SECONDS - t0))s)"; }

# The tracked and untracked (not ignored) files: no build tree comes along.
mkdir "$tmp/src"
git ls-files -co --exclude-standard -z | xargs -0 cp -P --parents -t "$tmp/src"
version=$(sed -n 's/^project(velferd VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

step "sdist and wheel"
(cd "$tmp/src" && $py -m build --no-isolation --outdir "$tmp/dist" . >"$tmp/build.log" 2>&1) \
  || { tail -40 "$tmp/build.log"; exit 1; }
wheel=$(ls "$tmp"/dist/velferd-"$version"-*.whl)
$py -m zipfile -l "$wheel" >"$tmp/wheel.txt"
for f in velferd/_core.cpython- velferd/py.typed velferd/__init__.pyi velferd/rules.pyi velferd/core.pyi; do
  grep -q "$f" "$tmp/wheel.txt" || { echo "wheel lacks $f"; exit 1; }
done

# Runs Python code from an empty directory with the venv's interpreter.
check_import() {  # VENV: velferd imports from the venv, is self-contained and has the version
  (cd "$tmp/empty" && "$1/bin/python" - "$1" "$version" <<'PY'
import os, subprocess, sys, velferd
venv, version = os.path.realpath(sys.argv[1]), sys.argv[2]
where = os.path.realpath(velferd.__file__)
assert where.startswith(venv + os.sep), f"velferd imported from {where}, not from {venv}"
assert velferd.__version__ == version, (velferd.__version__, version)
ldd = subprocess.run(["ldd", velferd.core._core.__file__], capture_output=True, text=True).stdout
assert "libvelferd" not in ldd, ldd
print(f"velferd {velferd.__version__} from {os.path.dirname(where)}")
PY
  )
}
mkdir "$tmp/empty"

step "wheel into a fresh venv, tests against it"
$py -m venv --system-site-packages "$tmp/venv-wheel"
"$tmp/venv-wheel/bin/pip" install -q "$wheel"
check_import "$tmp/venv-wheel"
"$tmp/venv-wheel/bin/python" -c 'import importlib.metadata as m, sys, velferd
assert m.version("velferd") == velferd.__version__, "wheel metadata and library versions differ"'
# The tests, copied next to the two build scripts they import, without the
# package sources: `import velferd` can only find the installed one.
mkdir "$tmp/run"
cp -r bindings/python/tests "$tmp/run/tests"
cp bindings/python/gen_stubs.py bindings/python/install_dir.py "$tmp/run/"
(cd "$tmp/run" && VELFERD_TEST_DATA="$repo/tests/data" VELFERD_SOURCE_DIR="$repo" \
  VELFERD_EXPECT_PREFIX="$tmp/venv-wheel" MPLBACKEND=Agg \
  "$tmp/venv-wheel/bin/python" -m pytest -q -p no:cacheprovider tests)

step "pip install . into a fresh venv"
# Its CMake build tree is kept for the next step, which then compiles nothing.
$py -m venv --system-site-packages "$tmp/venv-pip"
(cd "$tmp/src" && VELFERD_CMAKE_BUILD_DIR="$tmp/cmake" "$tmp/venv-pip/bin/pip" install -q \
  --no-build-isolation --no-index . >"$tmp/pip.log" 2>&1) || { tail -40 "$tmp/pip.log"; exit 1; }
check_import "$tmp/venv-pip"

step "cmake --install into a fresh venv's prefix"
$py -m venv --system-site-packages "$tmp/venv-cmake"
cmake -S "$tmp/src" -B "$tmp/cmake" -DPython3_EXECUTABLE="$tmp/venv-cmake/bin/python" \
  -DCMAKE_INSTALL_PREFIX="$tmp/venv-cmake" >/dev/null
cmake --build "$tmp/cmake" --target velferd_python >/dev/null 2>&1
cmake --install "$tmp/cmake" --component python >/dev/null
check_import "$tmp/venv-cmake"
step "all Python packaging checks passed"
