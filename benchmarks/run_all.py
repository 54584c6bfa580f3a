#!/usr/bin/env python3
"""Run every benchmark (start-up, save) and print their ratios; `--strict` makes a missed bar exit 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("bench_start.py", "bench_save.py")


def main(argv: list[str]) -> int:
    status = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / name), *argv])
        status = status or code
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
