import os

import pytest

import velferd

# tests/data of the C tests, shared so both suites check the same files
# (VELFERD_TEST_DATA when the tests run from a copy, scripts/package_python.sh).
C_TEST_DATA = os.environ.get("VELFERD_TEST_DATA") or os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "tests", "data")


@pytest.fixture
def ctx():
    with velferd.Context() as c:
        yield c
