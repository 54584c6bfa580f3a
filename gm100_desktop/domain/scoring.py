"""Scoring rules: dimension subtotals rescaled to 0–100, the weighted total, and what finalising requires."""

from __future__ import annotations

from collections.abc import Mapping
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


def rescale(rubric: Rubric, value: int) -> float:
    """A scale value as 0–100."""
    return 100.0 * (value - rubric.scale_min) / (rubric.scale_max - rubric.scale_min)


def summarise(rubric: Rubric, scores: Mapping[str, int | None]) -> ScoreSummary:
    """Subtotals and total for one assessor's scores of one region (unscored criteria are left out)."""
    subtotals: list[DimensionSubtotal] = []
    for dim in rubric.dimensions:
        weighted = 0.0
        weights = 0.0
        scored = 0
        for crit in dim.criteria:
            value = scores.get(crit.id)
            if value is None:
                continue
            weighted += crit.weight * rescale(rubric, value)
            weights += crit.weight
            scored += 1
        subtotals.append(
            DimensionSubtotal(dim.id, weighted / weights if weights else None, scored, len(dim.criteria))
        )
    present = [
        (d.weight, s.score) for d, s in zip(rubric.dimensions, subtotals, strict=True) if s.score is not None
    ]
    weight_sum = sum(w for w, _ in present)
    total = sum(w * s for w, s in present) / weight_sum if present else None
    return ScoreSummary(
        dimensions=tuple(subtotals),
        total=total,
        scored=sum(s.scored for s in subtotals),
        criteria=sum(s.criteria for s in subtotals),
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
