"""Builds the velferd Python package with CMake and SWIG (pyproject.toml).

The extension velferd._core is the CMake target velferd_python, linked to
the static C library, so the installed package needs no libvelferd.so, no
PYTHONPATH and no LD_LIBRARY_PATH. CMake assembles the whole package (the
Python files, the extension, the generated type stubs and py.typed) in
<build>/bindings/python/pkg/velferd; this step copies it into the wheel.

VELFERD_CMAKE_BUILD_DIR names a CMake build directory to use (and keep)
instead of a temporary one; CMAKE_BUILD_PARALLEL_LEVEL limits the jobs.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def cmake_version() -> str:
    """The library's version: project(velferd VERSION ...) is its only source."""
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"project\(velferd\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)", text)
    if not m:
        raise RuntimeError("CMakeLists.txt: no 'project(velferd VERSION x.y.z'")
    return m.group(1)


class CMakeBuild(build_ext):
    """Configures the project with only the Python binding and builds it."""

    def build_extension(self, ext):
        build = Path(os.environ.get("VELFERD_CMAKE_BUILD_DIR")
                     or Path(self.build_temp).resolve() / "cmake")
        configure = ["cmake", "-S", str(ROOT), "-B", str(build),
                     "-DCMAKE_BUILD_TYPE=Release", "-DVELFERD_TESTS=OFF",
                     "-DVELFERD_PYTHON=ON", "-DVELFERD_JAVA=OFF", "-DVELFERD_R=OFF",
                     f"-DPython3_EXECUTABLE={sys.executable}"]
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(os.cpu_count() or 1)
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "velferd_python",
                        "-j", jobs], check=True)
        pkg = build / "bindings" / "python" / "pkg" / "velferd"
        dest = Path(self.get_ext_fullpath(ext.name)).parent
        shutil.rmtree(dest, ignore_errors=True)  # no stale files from an earlier build
        dest.mkdir(parents=True)
        for f in sorted(pkg.iterdir()):
            if f.is_file():
                shutil.copy2(f, dest / f.name)


setup(
    version=cmake_version(),
    packages=[],  # the package is assembled by CMake (CMakeBuild)
    ext_modules=[Extension("velferd._core", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
