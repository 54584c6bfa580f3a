"""Scoring rules: dimension subtotals rescaled to 0–100, the weighted total, and what finalising requires."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from gm100_desktop.domain.rubric import Rubric


@dataclass(frozen=True)
class DimensionSubtotal:
    dimension_id: str
    score: float | None  # 0–100 over the criteria scored so far; None when none is scored
    scored: int
    criteria: int

    @property
    def complete(self) -> bool:
        return self.scored == self.criteria


@dataclass(frozen=True)
class ScoreSummary:
    dimensions: tuple[DimensionSubtotal, ...]
    total: float | None  # 0–100; provisional (over the dimensions with scores) until `complete`
    scored: int
    criteria: int

    @property
    def complete(self) -> bool:
        return self.scored == self.criteria


def rescale(rubric: Rubric, value: float) -> float:
    """A scale value (or a panel's fractional aggregate of scale values) as 0–100."""
    return 100.0 * (value - rubric.scale_min) / (rubric.scale_max - rubric.scale_min)


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Σ(weight × value) / Σ weight over (weight, value) pairs, summed with math.fsum; None when empty."""
    items = list(pairs)
    weights = math.fsum(w for w, _ in items)
    return math.fsum(w * v for w, v in items) / weights if items else None


def summarise(rubric: Rubric, scores: Mapping[str, float | None]) -> ScoreSummary:
    """Subtotals and total for scores of one region (unscored criteria are left out).

    `scores` are scale values: one assessor's integers, or a panel's per-criterion aggregates. The same
    arithmetic as `rescale` and `weighted_mean`, written out: a national merge calls this 100,000 times.
    """
    low = rubric.scale_min
    span = rubric.scale_max - low
    fsum = math.fsum
    subtotals: list[DimensionSubtotal] = []
    dims: list[tuple[float, float]] = []
    scored_all = criteria_all = 0
    for dim in rubric.dimensions:
        weights: list[float] = []
        products: list[float] = []
        for c in dim.criteria:
            v = scores.get(c.id)
            if v is not None:
                weights.append(c.weight)
                products.append(c.weight * (100.0 * (v - low) / span))
        score = fsum(products) / fsum(weights) if weights else None
        subtotals.append(DimensionSubtotal(dim.id, score, len(weights), len(dim.criteria)))
        if score is not None:
            dims.append((dim.weight, score))
        scored_all += len(weights)
        criteria_all += len(dim.criteria)
    return ScoreSummary(
        dimensions=tuple(subtotals),
        total=weighted_mean(dims),
        scored=scored_all,
        criteria=criteria_all,
    )


@dataclass(frozen=True)
class FinaliseCheck:
    missing: tuple[str, ...]  # criterion ids without a score
    needs_note: tuple[str, ...]  # criterion ids scored at an end of the scale without a note

    @property
    def ok(self) -> bool:
        return not self.missing and not self.needs_note


def check_finalise(
    rubric: Rubric, scores: Mapping[str, int | None], notes: Mapping[str, str]
) -> FinaliseCheck:
    """Every criterion scored; a score at either end of the scale must be explained in a note."""
    missing = []
    needs_note = []
    for crit in rubric.criteria():
        value = scores.get(crit.id)
        if value is None:
            missing.append(crit.id)
        elif value in (rubric.scale_min, rubric.scale_max) and not notes.get(crit.id, "").strip():
            needs_note.append(crit.id)
    return FinaliseCheck(tuple(missing), tuple(needs_note))
