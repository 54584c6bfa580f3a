#!/usr/bin/env python3
"""Start-up benchmark: `gm100 --check` against a bare PySide6 window, alternating (bar: ratio ≤ 2.0).

Both run as fresh processes with QT_QPA_PLATFORM=offscreen. gm100 uses a private GM100_DATA_DIR whose store
was created by one untimed start first, so this measures a normal start (lock, integrity check, backup,
window), not the first one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BAR = 2.0


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"bench_start: {' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="alternating rounds (default 9)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the ratio misses the bar")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="gm100-bench-start-") as data_dir:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GM100_DATA_DIR": data_dir}
        gm100 = [sys.executable, "-m", "gm100_desktop", "--check"]
        bare = [sys.executable, str(HERE / "bare_window.py")]
        timed(gm100, env)  # creates the store and the demo event: not a normal start
        timed(bare, env)  # warms the file cache for the baseline too
        app_times: list[float] = []
        bare_times: list[float] = []
        for i in range(args.rounds):
            pair = [(gm100, app_times), (bare, bare_times)]
            for cmd, times in pair if i % 2 == 0 else reversed(pair):
                times.append(timed(cmd, env))

    app = statistics.median(app_times)
    base = statistics.median(bare_times)
    ratio = app / base
    verdict = "PASS" if ratio <= BAR else "FAIL"
    print(
        f"start: gm100 --check median {app * 1000:.0f} ms over {args.rounds} runs "
        f"(min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f})"
    )
    print(
        f"start: bare window   median {base * 1000:.0f} ms over {args.rounds} runs "
        f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})"
    )
    print(f"start: ratio {ratio:.2f} (bar ≤ {BAR}) {verdict}")
    return 1 if args.strict and verdict == "FAIL" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
