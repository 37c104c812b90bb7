"""numpy and pandas are optional (docs/bindings.md): with both made
unimportable, velferd imports, computes a single client with its trace and
reads parameters; the batch and DataFrame functions raise ImportError naming
the missing package. Each case runs in a fresh interpreter, since numpy and
pandas are already imported in this one."""
import subprocess
import sys
import textwrap

import numpy as np

import velferd as vf

# None in sys.modules makes `import numpy` raise ImportError, as when it is
# not installed.
BLOCK = """
import sys
sys.modules["numpy"] = None
sys.modules["pandas"] = None
"""


def run(code: str) -> str:
    p = subprocess.run([sys.executable, "-c", BLOCK + textwrap.dedent(code)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    return p.stdout


def test_single_client_and_trace_without_numpy_and_pandas():
    out = run("""
        from datetime import date
        import velferd as vf
        c = vf.Client(birth_date=date(1950, 3, 10), civil_status=vf.CivilStatus.UNMARRIED,
                      trygd=vf.Trygd.OLD_AGE, incomes={vf.IncomeKind.TRYGD: 1500000},
                      housing={vf.HousingKind.RENT: 900000, vf.HousingKind.ELECTRICITY: 100000})
        with vf.Context("bergen") as ctx:
            r = vf.assistance_month(ctx, c, 2021, 10, explain=True)
            print(r.assistance)
            print(r.explanation.to_dict()["steps"][-1]["rule"])
            print(vf.format_kroner(ctx.param("g", date(2021, 6, 1)).num))
        print(vf.__version__ == vf.version())
        print("numpy" in sys.modules and sys.modules["numpy"] is not None)
    """)
    # 80 % rule: 18 739.83 x 4/5 = 14 991.86; + 10 000 housing - 15 000 income
    # = 9 991.86 kr (test_rules.py works it out step by step); G from
    # 1 May 2021 is 106 399 kr.
    assert out.split("\n")[:5] == ["999186", "assistance.result", "106399.00", "True", "False"]


def test_batch_and_frames_name_the_missing_package():
    out = run("""
        import velferd as vf
        def reason(f):
            try:
                f()
            except ImportError as e:
                return f"{e.name}: {e}"
            return "no error"
        with vf.Context() as ctx:
            print(reason(lambda: vf.batch_month(ctx, {"birth": [0]}, 2021, 6)))
            print(reason(lambda: ctx.params_frame()))
        with vf.Indicators(vf.synth_register(200, seed=1, year=2024), 2024) as ind:
            print(reason(ind.values_frame))
    """)
    lines = out.split("\n")
    assert lines[0].startswith("numpy: this velferd function needs numpy"), out
    assert lines[1].startswith("pandas: this velferd function needs pandas"), out
    assert lines[2].startswith("pandas: this velferd function needs pandas"), out


def test_batch_dtypes_are_numpy_dtype_names():
    # INPUTS/OUTPUTS hold dtype names (importing velferd needs no numpy);
    # they must name the C column types.
    assert np.dtype(vf.BATCH_INPUTS["birth"]) == np.int32
    assert np.dtype(vf.BATCH_INPUTS["income_trygd"]) == np.int64
    assert np.dtype(vf.BATCH_OUTPUTS["assistance"]) == np.int64
    assert np.dtype(vf.BATCH_OUTPUTS["status"]) == np.uint8
