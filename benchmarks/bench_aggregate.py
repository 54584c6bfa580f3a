"""Times the merge (aggregate + sensitivity) on event-sized designs; prints the timings (not a test).

Designs: a fully crossed 514 regions × 100 assessors (every assessor scores every region, 771,000 scores), and
165 regions × 40 assessors in 8 panels of 5, once with fixed panels (the severity adjustment is refused)
and once rotating one seat per session (connected). Scores follow region quality + assessor severity + noise.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gm100_desktop.domain.aggregate import AssessorScores, aggregate, sensitivity
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.services.rubrics import builtin_rubric


def scores(rubric: Rubric, regions: int, panels_of: list[list[str]], seed: int) -> list[AssessorScores]:
    """Region i is scored by the assessors panels_of[i]."""
    rng = random.Random(seed)
    ids = sorted({a for p in panels_of for a in p})
    severity = {a: rng.gauss(0.0, 0.4) for a in ids}
    criteria = [c.id for c in rubric.criteria()]
    low, high = rubric.scale_min, rubric.scale_max
    rows = []
    for i in range(regions):
        quality = {c: rng.uniform(low + 0.5, high - 0.5) for c in criteria}
        for a in panels_of[i]:
            values: dict[str, int | None] = {
                c: min(high, max(low, round(quality[c] + severity[a] + rng.gauss(0.0, 0.6))))
                for c in criteria
            }
            rows.append(AssessorScores(a, f"R{i:03d}", values, True))
    return rows


def timed(label: str, call: Callable[[], object]) -> None:
    start = time.perf_counter()
    result = call()
    elapsed = time.perf_counter() - start
    extra = ""
    refused = getattr(result, "refused_methods", ())
    if refused:
        extra = f"  (refused: {', '.join(m for m, _ in refused)})"
    print(f"{label:<58} {elapsed:8.2f} s{extra}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-crossed", action="store_true", help="only the 165-region designs")
    parser.add_argument(
        "--adjusted-crossed", action="store_true", help="also the crossed design under adjusted"
    )
    args = parser.parse_args()
    rubric = builtin_rubric("gm100_readiness")

    panels = [[f"A{p * 5 + k:02d}" for k in range(5)] for p in range(8)]
    fixed = scores(rubric, 165, [panels[i % 8] for i in range(165)], 1)
    # Session t = i // 8: panel p sits assessors (5p + k + t) mod 40, so panels share assessors over time.
    rotating = scores(
        rubric, 165, [[f"A{(5 * (i % 8) + k + i // 8) % 40:02d}" for k in range(5)] for i in range(165)], 2
    )
    for name, rows in (("8 fixed panels", fixed), ("8 rotating panels", rotating)):
        print(f"165 regions × 40 assessors, {name}: {sum(len(r.scores) for r in rows)} scores")
        for method in ("mean", "adjusted"):
            if name == "8 fixed panels" and method == "adjusted":
                continue
            timed(f"  aggregate, {method}", partial(aggregate, rubric, rows, method=method))
            timed(f"  aggregate + sensitivity, {method}", partial(sensitivity, rubric, rows, method=method))

    if not args.skip_crossed:
        everyone = [f"A{k:03d}" for k in range(100)]
        start = time.perf_counter()
        crossed = scores(rubric, 514, [everyone] * 514, 3)
        print(
            f"514 regions × 100 assessors, fully crossed: {len(crossed) * 15} scores "
            f"(made in {time.perf_counter() - start:.1f} s)"
        )
        timed("  aggregate, mean", lambda: aggregate(rubric, crossed))
        timed("  aggregate + sensitivity, mean", lambda: sensitivity(rubric, crossed))
        if args.adjusted_crossed:
            timed(
                "  aggregate + sensitivity, adjusted", lambda: sensitivity(rubric, crossed, method="adjusted")
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
