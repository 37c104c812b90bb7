"""`cmake --install` puts the package where the interpreter looks
(bindings/python/install_dir.py, run by CMake at configure time)."""
import os
import sys
import sysconfig
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))  # after velferd: see test_stubs.py
from install_dir import install_dir  # noqa: E402

VER = f"python{sys.version_info.major}.{sys.version_info.minor}"


def test_prefix_the_interpreter_searches():
    # Debian's /usr/bin/python3: platlib /usr/local/lib/python3.11/dist-packages,
    # so prefix /usr/local gives lib/python3.11/dist-packages; a virtual
    # environment's prefix gives lib/python3.11/site-packages.
    platlib = sysconfig.get_path("platlib")
    prefix = Path(platlib).parents[2]
    rel = install_dir(str(prefix))
    assert rel.split(os.sep)[:2] == ["lib", VER] and rel.endswith("-packages")
    assert os.path.join(str(prefix), rel) == platlib


def test_prefix_the_interpreter_does_not_search(tmp_path):
    assert install_dir(str(tmp_path / "opt" / "velferd")) == os.path.join("lib", VER, "site-packages")
