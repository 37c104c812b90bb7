import os

import pytest

import velferd

# tests/data of the C tests, shared so both suites check the same files
# (VELFERD_TEST_DATA when the tests run from a copy, scripts/package_python.sh).
C_TEST_DATA = os.environ.get("VELFERD_TEST_DATA") or os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "tests", "data")

# scripts/package_python.sh runs the tests against an installed package and
# names its environment: the package under test must be that one.
_expect = os.environ.get("VELFERD_EXPECT_PREFIX")
if _expect:
    _where = os.path.realpath(velferd.__file__)
    assert _where.startswith(os.path.realpath(_expect) + os.sep), f"velferd imported from {_where}"


@pytest.fixture
def ctx():
    with velferd.Context() as c:
        yield c
