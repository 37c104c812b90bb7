"""Memory: handles are freed by the C library when Python drops them.

100 000 create/free cycles of each handle (and of failing calls, whose error
path raises) must not grow the process: a leak of even one small C record per
cycle would add several megabytes. Resident memory is read from /proc; under
a sanitizer build (VELFERD_SANITIZE=1) ASan's quarantine makes that number
meaningless, and the ASan run checks the same paths for invalid accesses.
"""
import gc
import os
from datetime import date

import pytest

import velferd as vf

CYCLES = 100_000
SANITIZED = os.environ.get("VELFERD_SANITIZE") == "1"


def rss_kib() -> int:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def cycles(fn, n):
    for _ in range(n):
        fn()


def client_cycle():
    c = vf.Client(id="J-1", birth_date=date(1980, 1, 1))
    c.set_income(vf.IncomeKind.WORK, 100)
    c.add_child(date(2015, 1, 1))
    c.clone()


def with_cycle():
    with vf.Client() as c:
        c.id = "x"


def error_cycle():
    try:
        vf.parse_kroner("12a")
    except vf.ParseError:
        pass


@pytest.fixture(scope="module")
def base():
    return vf.Context()


@pytest.mark.parametrize("name", ["client", "with", "error", "context_clone", "param"])
def test_no_leak_after_100000_cycles(name, base):
    fn = {"client": client_cycle, "with": with_cycle, "error": error_cycle,
          "context_clone": lambda: base.clone().money("g", date(2024, 5, 1)),
          "param": lambda: base.param("g", date(2024, 5, 1))}[name]
    n = 2_000 if SANITIZED else CYCLES
    cycles(fn, n // 10)  # warm up allocator pools and caches
    gc.collect()
    before = rss_kib()
    cycles(fn, n)
    gc.collect()
    grown = rss_kib() - before
    if not SANITIZED:
        # One leaked client record (> 400 bytes) per cycle would be > 40 MB.
        assert grown < 4096, f"{name}: resident memory grew by {grown} KiB over {n} cycles"


def test_context_create_free_cycles():
    # A fresh context parses the embedded tables: fewer cycles, same check.
    n = 200 if SANITIZED else 5_000
    cycles(lambda: vf.Context().close(), n // 10)
    gc.collect()
    before = rss_kib()
    cycles(lambda: vf.Context().close(), n)
    gc.collect()
    if not SANITIZED:
        assert rss_kib() - before < 4096


def test_leak_check_detects_a_leak():
    # The measure itself works: keeping 100 000 clients alive grows memory.
    before = rss_kib()
    kept = [vf.core.Client() for _ in range(CYCLES // 10 if SANITIZED else CYCLES)]
    if not SANITIZED:
        assert rss_kib() - before > 4096
    del kept
