#!/usr/bin/env python3
"""Run the benchmarks (start, save, merge, sheets) and print ratios; `--strict`: a missed bar exits 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bench_size.py is left out: it needs the build extra (PyInstaller) and builds the app twice.
BENCHMARKS = ("bench_start.py", "bench_save.py", "bench_merge.py", "bench_sheets.py")


def main(argv: list[str]) -> int:
    status = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / name), *argv])
        status = status or code
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
