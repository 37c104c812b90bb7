"""A tour of the indicators, notebook style: generate a synthetic register,
compute the indicators, print the tables, save a chart.

    /usr/bin/python3 examples/python/indicators_tour.py OUT.png [PERSONS] [SEED]

(with the velferd package on PYTHONPATH, e.g. build/bindings/python/pkg).
Every number comes from the C library; this script only arranges the
DataFrames it gets back and draws them with matplotlib (Agg backend, no
display needed).
"""
from __future__ import annotations

import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import velferd  # noqa: E402
from velferd import Indicators, IndicatorTable, synth_register  # noqa: E402

YEAR = 2024


def tour(png_path: str, persons: int = 5000, seed: int = 2024) -> pd.DataFrame:
    # %% 1. A deterministic synthetic register: the same seed gives the same
    # clients and payments on every machine (docs/indicators.md).
    with synth_register(persons, seed=seed, year=YEAR) as reg:
        print(f"velferd {velferd.version()}: synthetic register of {len(reg)} clients, "
              f"{reg.payment_count} payment records in {YEAR}\n")

        # %% 2. Every indicator and table of the year. Counts below 5 are
        # suppressed as in the published statistics.
        with Indicators(reg, YEAR) as ind:
            values = ind.values_frame()
            # %% 3. The scalar indicators: exact numerator/denominator and the
            # published text.
            with pd.option_context("display.width", 120, "display.max_colwidth", 60):
                print(values[["indicator", "label", "published", "unit"]].to_string(index=False))
            print()
            # %% 4. Two distribution tables.
            ages = ind.table(IndicatorTable.AGE_GROUP)
            months = ind.table(IndicatorTable.DURATION)
            for name, t in (("age group", ages), ("months with assistance", months)):
                print(f"-- recipients by {name} --")
                print(t[["code", "count", "pct_tenths", "suppressed"]].to_string(index=False))
                print()

    # %% 5. The chart: shares by age group and by number of months (percent
    # in tenths from C, divided by 10 only for drawing). Suppressed cells are
    # left out, as they would be in a publication.
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    shown = ages[ages.suppressed == "none"]
    left.bar(shown.code, shown.pct_tenths / 10, color="#3b6ea5")
    left.set_title(f"Recipients by age group, {YEAR}")
    left.set_ylabel("% of recipients")
    left.tick_params(axis="x", rotation=45)
    shown = months[months.suppressed == "none"]
    right.bar(shown.code, shown.pct_tenths / 10, color="#a55b3b")
    right.set_title(f"Months with assistance, {YEAR}")
    right.set_xlabel("months")
    fig.suptitle(f"Synthetic register, {persons} persons (seed {seed})")
    fig.tight_layout()
    fig.savefig(png_path, format="png", dpi=80)
    plt.close(fig)
    print(f"chart written to {png_path}")
    return values


def main(argv) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    persons = int(argv[2]) if len(argv) > 2 else 5000
    seed = int(argv[3]) if len(argv) > 3 else 2024
    tour(argv[1], persons, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
