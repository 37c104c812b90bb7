import os

import pytest

import velferd

# tests/data of the C tests, shared so both suites check the same files.
C_TEST_DATA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data")


@pytest.fixture
def ctx():
    with velferd.Context() as c:
        yield c
