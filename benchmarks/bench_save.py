#!/usr/bin/env python3
"""Save benchmark: one durable score save through the scoring service against a raw sqlite3 INSERT + commit.

Both in one process, on two files in the same folder, with the same pragmas (WAL, synchronous=FULL, foreign
keys on), in alternating blocks so that disk and CPU conditions are shared. The service save is what the UI
does for one click: `with store.transaction(): scoring.set_score(...)` (history entry and commit included).
Bar: median per-save ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gm100_desktop.models.store import Store, open_store  # noqa: E402
from gm100_desktop.services import demo, scoring  # noqa: E402

BAR = 1.5
Keys = Iterator[tuple[str, str, int]]
RAW_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")


def service_block(store: Store, ctx: scoring.AssessorContext, keys: Keys, count: int) -> float:
    """Seconds per save for `count` service saves, each its own durable transaction."""
    start = time.perf_counter()
    for _ in range(count):
        code, criterion, value = next(keys)
        with store.transaction() as s:
            scoring.set_score(s, ctx, code, criterion, value)
    return (time.perf_counter() - start) / count


def raw_block(conn: sqlite3.Connection, keys: Keys, count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        code, criterion, value = next(keys)
        conn.execute(
            "INSERT INTO score (region, criterion, value, updated_at) VALUES (?, ?, ?, datetime('now'))",
            (code, criterion, value),
        )
        conn.commit()
    return (time.perf_counter() - start) / count


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="alternating rounds (default 15)")
    parser.add_argument("--block", type=int, default=40, help="saves per block (default 40)")
    parser.add_argument("--dir", type=Path, help="folder for both files (default: a temporary folder)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the ratio misses the bar")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="gm100-bench-save-", dir=args.dir) as tmp:
        folder = Path(tmp)
        store = open_store(folder / "gm100.sqlite3")
        raw = sqlite3.connect(folder / "raw.sqlite3")
        try:
            with store.transaction() as s:
                demo.ensure_demo_event(s, today=date(2019, 2, 21))
            with store.transaction() as s:
                ctx = scoring.open_context(s)
                regions = [r.code for r in scoring.region_overview(s, ctx) if r.conflict is None]
            for pragma in RAW_PRAGMAS:
                raw.execute(pragma)
            raw.execute(
                "CREATE TABLE score (id INTEGER PRIMARY KEY, region TEXT NOT NULL, criterion TEXT NOT NULL, "
                "value INTEGER, updated_at TEXT NOT NULL)"
            )
            raw.commit()
            assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            assert raw.execute("PRAGMA synchronous").fetchone() == (2,)

            keys = itertools.cycle(
                [(g, c, v) for v in (2, 4, 3, 5, 1) for g in regions for c in ctx.criterion_rows]
            )
            service_block(store, ctx, keys, args.block)  # warm-up: caches, statement compilation
            raw_block(raw, keys, args.block)
            service_times: list[float] = []
            raw_times: list[float] = []
            for i in range(args.rounds):
                if i % 2 == 0:
                    service_times.append(service_block(store, ctx, keys, args.block))
                    raw_times.append(raw_block(raw, keys, args.block))
                else:
                    raw_times.append(raw_block(raw, keys, args.block))
                    service_times.append(service_block(store, ctx, keys, args.block))
        finally:
            raw.close()
            store.close()

    service = statistics.median(service_times)
    base = statistics.median(raw_times)
    ratio = service / base
    verdict = "PASS" if ratio <= BAR else "FAIL"
    total = args.rounds * args.block
    print(f"save: service set_score + commit median {service * 1e6:.0f} µs per save ({total} saves)")
    print(f"save: raw sqlite3 INSERT + commit    median {base * 1e6:.0f} µs per save ({total} saves)")
    print(f"save: ratio {ratio:.2f} (bar ≤ {BAR}) {verdict}")
    return 1 if args.strict and verdict == "FAIL" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
