#!/usr/bin/env python3
"""Merge benchmark: the whole merge against a floor that only opens each bundle, checks its signature and
parses its JSON — both measured in this run, on the same files.

- Venue scale (165 regions, 40 assessors, 8 panels): merge time / floor time, bar ≤ 1.5.
- Fully crossed national scale (514 regions × 100 assessors, one panel): how much faster the merge time
  grows than the data (scores) between the two scales, bar ≤ 1.2; peak memory of the national merge
  (resident set of a child process), bar ≤ 400 MB.

"Merge" is what `gm100 merge` does before writing files: verify every bundle (archive, signature, schema,
history chain replay), decide what counts, aggregate, rank, sensitivity (leave one out, every method),
reliability, severity, and the report as canonical JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BAR_VENUE = 1.5
BAR_GROWTH = 1.2
BAR_MB = 400
SCALES = {"venue": (165, 40, 8), "national": (514, 100, 1)}


def floor(event_file: Path, bundles: list[Path]) -> float:
    """Open every bundle, check its signature, parse its JSON: nothing else."""
    from gm100_desktop.domain.archive import read_archive
    from gm100_desktop.domain.bundle import ASSESSOR_PUB, BUNDLE_JSON, BUNDLE_MEMBERS, BUNDLE_SIG
    from gm100_desktop.domain.minisign import parse_public_key_file_strict, parse_signature, verify

    start = time.perf_counter()
    for path in bundles:
        members = read_archive(path.read_bytes(), path.name, BUNDLE_MEMBERS)
        key = parse_public_key_file_strict(members[ASSESSOR_PUB], path.name)
        verify(key, members[BUNDLE_JSON], parse_signature(members[BUNDLE_SIG], path.name), path.name)
        json.loads(members[BUNDLE_JSON])
    return time.perf_counter() - start


def full_merge(event_file: Path, bundles: list[Path]) -> float:
    from gm100_desktop.services import merge as m

    start = time.perf_counter()
    session = m.open_event(event_file)
    session.add_inputs(m.read_inputs(bundles, session.event))
    m.ranking_bytes(m.merge(session).report)
    return time.perf_counter() - start


def measure(folder: Path, repeat: int) -> dict[str, float]:
    event = folder / "event.gm100event"
    bundles = sorted((folder / "bundles").glob("*.gm100bundle"))
    floors, merges = [], []
    for _ in range(repeat):  # alternate, so both see the same machine
        floors.append(floor(event, bundles))
        merges.append(full_merge(event, bundles))
    return {"floor": min(floors), "merge": min(merges)}


def scores_in(folder: Path) -> int:
    from gm100_desktop.services import merge as m

    session = m.open_event(folder / "event.gm100event")
    d = session.event.definition
    seating = {s.region_code: s for s in d.schedule}
    criteria = sum(1 for _ in d.rubric.criteria())
    return sum(len(d.seated(s.panel_id, s.start)) for s in seating.values()) * criteria


def make_demo(folder: Path, regions: int, assessors: int, panels: int) -> None:
    from gm100_desktop.services.demo_files import write_demo_files

    write_demo_files(folder, regions=regions, assessors=assessors, panels=panels, kdf_n=1024)


def child_peak(folder: Path) -> float:
    """Peak resident memory (MB) of a fresh process running one national merge."""
    code = (
        f"import sys, resource; sys.path.insert(0, {str(ROOT)!r}); "
        "from benchmarks.bench_merge import full_merge; "
        f"from pathlib import Path; f = Path({str(folder)!r}); "
        "full_merge(f / 'event.gm100event', sorted((f / 'bundles').glob('*.gm100bundle'))); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a bar is missed")
    parser.add_argument("--venue-only", action="store_true", help="skip the national scale (quick look)")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="gm100-bench-merge-") as tmp:
        for name, (regions, assessors, panels) in SCALES.items():
            if name == "national" and args.venue_only:
                continue
            folder = Path(tmp) / name
            print(f"{name}: writing the demo ({regions} regions, {assessors} assessors, {panels} panels)…",
                  flush=True)  # fmt: skip
            make_demo(folder, regions, assessors, panels)
            results[name] = measure(folder, args.repeat if name == "venue" else 1)
            results[name]["scores"] = scores_in(folder)
            r = results[name]
            print(f"{name}: floor {r['floor']:.2f} s, merge {r['merge']:.2f} s, {int(r['scores'])} scores, "
                  f"ratio {r['merge'] / r['floor']:.2f}", flush=True)  # fmt: skip
            if name == "national":
                results[name]["peak_mb"] = child_peak(folder)
    venue = results["venue"]
    ok = venue["merge"] / venue["floor"] <= BAR_VENUE
    print(f"venue merge / floor = {venue['merge'] / venue['floor']:.2f} (bar {BAR_VENUE})")
    if "national" in results:
        nat = results["national"]
        growth = (nat["merge"] / venue["merge"]) / (nat["scores"] / venue["scores"])
        grew, data = nat["merge"] / venue["merge"], nat["scores"] / venue["scores"]
        print(f"national: time grew {grew:.1f}× for {data:.1f}× the scores → growth ratio {growth:.2f} "
              f"(bar {BAR_GROWTH})")  # fmt: skip
        print(f"national: peak memory {nat['peak_mb']:.0f} MB (bar {BAR_MB} MB)")
        ok = ok and growth <= BAR_GROWTH and nat["peak_mb"] <= BAR_MB
    print("PASS" if ok else "NOT MET")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
