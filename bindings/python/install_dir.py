"""Prints where `cmake --install` puts the velferd package, relative to the
install prefix given as argument, for the interpreter running this script
(bindings/python/CMakeLists.txt runs it at configure time):

- the interpreter's own platlib when that lies under the prefix, so that it
  finds the package with no PYTHONPATH: /usr/local on Debian gives
  lib/python3.11/dist-packages, a virtual environment's prefix gives
  lib/python3.11/site-packages;
- otherwise (a prefix the interpreter does not search, such as /opt/velferd)
  the platlib of its posix_prefix scheme under the prefix,
  lib/python3.X/site-packages, to be put on PYTHONPATH.
"""
import os
import sys
import sysconfig


def install_dir(prefix: str) -> str:
    prefix = os.path.abspath(prefix)
    rel = os.path.relpath(sysconfig.get_path("platlib"), prefix)
    if rel != os.curdir and not rel.startswith(os.pardir + os.sep) and rel != os.pardir:
        return rel
    path = sysconfig.get_path("platlib", "posix_prefix", vars={"base": prefix, "platbase": prefix})
    return os.path.relpath(path, prefix)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: install_dir.py PREFIX")
    print(install_dir(sys.argv[1]))
