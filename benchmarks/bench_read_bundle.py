#!/usr/bin/env python3
"""Micro-benchmark: verifying score bundles (read_bundle) against a floor that opens, checks and parses them.

The floor reads the archive, checks the signature and `json.loads` bundle.json — what any verifier must do.
`read_bundle` adds the strict JSON form, the schema, the history hash chain and the replay check. Both run on
the same bundles, held in memory, alternating so both see the same machine; the best of `--repeat` counts.

    .venv/bin/python benchmarks/bench_read_bundle.py [FOLDER] [--repeat 5] [--profile]

FOLDER holds `bundles/*.gm100bundle` (as `gm100 demo --out FOLDER` writes); without it a venue-scale demo
(165 regions, 40 assessors, 8 panels) is written to a temporary folder first.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def floor(bundles: list[tuple[str, bytes]]) -> float:
    from gm100_desktop.domain.archive import read_archive
    from gm100_desktop.domain.bundle import ASSESSOR_PUB, BUNDLE_JSON, BUNDLE_MEMBERS, BUNDLE_SIG
    from gm100_desktop.domain.minisign import parse_public_key_file_strict, parse_signature, verify

    start = time.perf_counter()
    for name, data in bundles:
        members = read_archive(data, name, BUNDLE_MEMBERS)
        key = parse_public_key_file_strict(members[ASSESSOR_PUB], name)
        verify(key, members[BUNDLE_JSON], parse_signature(members[BUNDLE_SIG], name), name)
        json.loads(members[BUNDLE_JSON])
    return time.perf_counter() - start


def full(bundles: list[tuple[str, bytes]]) -> float:
    from gm100_desktop.domain.bundle import read_bundle

    start = time.perf_counter()
    for name, data in bundles:
        read_bundle(data, name)
    return time.perf_counter() - start


def run(folder: Path, repeat: int, profile: bool) -> None:
    bundles = [(p.name, p.read_bytes()) for p in sorted((folder / "bundles").glob("*.gm100bundle"))]
    if not bundles:
        raise SystemExit(f"no *.gm100bundle in {folder / 'bundles'}")
    full(bundles[:1])  # imports and first-call caches out of the measurement
    floors, fulls = [], []
    for _ in range(repeat):
        floors.append(floor(bundles))
        fulls.append(full(bundles))
    f, r = min(floors), min(fulls)
    n = len(bundles)
    print(f"{n} bundles: floor {f:.3f} s ({1000 * f / n:.2f} ms each), "
          f"read_bundle {r:.3f} s ({1000 * r / n:.2f} ms each), ratio {r / f:.2f}")  # fmt: skip
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(full, bundles)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder with bundles/*.gm100bundle")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of one pass")
    args = parser.parse_args(argv)
    if args.folder is not None:
        run(args.folder, args.repeat, args.profile)
        return 0
    from gm100_desktop.services.demo_files import write_demo_files

    with tempfile.TemporaryDirectory(prefix="gm100-bench-read-") as tmp:
        print("writing the venue demo (165 regions, 40 assessors, 8 panels)…", flush=True)
        write_demo_files(Path(tmp), regions=165, assessors=40, panels=8, kdf_n=1024)
        run(Path(tmp), args.repeat, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
