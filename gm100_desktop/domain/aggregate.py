"""Merging a panel's scores into per-region results, the ranking under a stated tie rule, and its sensitivity.

Rules (docs/rubric.md, "How scores are computed"; DESIGN.md, "Merge semantics"):

- Per criterion the panel's values are merged by `method`: "mean" (default), "median", or "trimmed" (the
  mean without one highest and one lowest value, only when five or more assessors scored the criterion;
  with fewer it is the plain mean, and `CriterionAggregate.applied` says "mean"). Dimension scores and the
  total then follow `scoring.summarise` — the one definition of rescaling and weighting.
- Every published number is rounded to `DECIMALS` decimals, and the ranking compares those published
  numbers, so two regions whose totals print the same are tied; sums use math.fsum, so input order never
  changes a result.
- Ranking: total, highest first; then the tie-break chain of dimension scores (default leadership,
  suprastructure, infrastructure — those the rubric has), highest first; regions still equal share a rank
  (competition ranking 1, 2, 2, 4). Equal regions are listed by region code.
- Top N: a region is selected when its whole tie group fits in the top N. When a tie group straddles the
  cut line (say three regions share rank 24 with N = 25), none of that group is selected: the group is
  reported in `cut_tie` with the `open_places` it competes for, and the chair decides. The selection never
  exceeds N and never depends on region codes.
- A region is incomplete when a criterion has no score, an assessor has not finalised, or fewer assessors
  scored it than `panel_sizes` expects. Incomplete regions are listed in `excluded` and not ranked, unless
  the caller passes them in `include_incomplete` (then their numbers are provisional, over what is
  scored). A region without any score cannot be ranked at all.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.domain.scoring import DimensionSubtotal, rescale, summarise

METHODS = ("mean", "median", "trimmed")
DEFAULT_METHOD = "mean"
DEFAULT_TIE_BREAK = ("leadership", "suprastructure", "infrastructure")
DEFAULT_TOP_N = 25
DECIMALS = 4
TRIM_MIN_VALUES = 5  # the trimmed mean drops the highest and the lowest only from this many values up


@dataclass(frozen=True)
class AssessorScores:
    """One assessor's scores of one region (criterion id -> scale value, None when unscored)."""

    assessor_id: str
    region_code: str
    scores: Mapping[str, int | None]
    finalised: bool


@dataclass(frozen=True)
class CriterionAggregate:
    criterion_id: str
    value: float | None  # the panel's merged value on the rubric scale; None when nobody scored it
    rescaled: float | None  # the same as 0–100
    count: int  # how many assessors scored it
    applied: str  # the method actually used: "trimmed" falls back to "mean" below TRIM_MIN_VALUES values


@dataclass(frozen=True)
class RegionResult:
    region_code: str
    criteria: tuple[CriterionAggregate, ...]  # rubric order
    dimensions: tuple[DimensionSubtotal, ...]  # rubric order, 0–100
    total: float | None  # 0–100
    assessors: tuple[str, ...]  # who scored (or started scoring) the region, sorted
    expected_assessors: int | None  # the panel size the caller expects; None when not given
    unscored: tuple[str, ...]  # criteria nobody scored
    not_finalised: tuple[str, ...]  # assessors who have not finalised this region
    missing_assessors: int  # expected minus present, never below 0
    fallback_to_mean: tuple[str, ...]  # criteria where "trimmed" had too few values and used the mean

    @property
    def complete(self) -> bool:
        return (
            bool(self.assessors)
            and not self.unscored
            and not self.not_finalised
            and self.missing_assessors == 0
        )

    def dimension(self, dimension_id: str) -> float | None:
        return next((d.score for d in self.dimensions if d.dimension_id == dimension_id), None)


@dataclass(frozen=True)
class RankedRegion:
    region_code: str
    rank: int  # competition ranking: 1, 2, 2, 4
    total: float
    tie_keys: tuple[float | None, ...]  # the dimension scores of the tie-break chain, in chain order
    decided_by: str | None  # "total", or the last chain dimension needed against equal totals; None if shared
    shared: bool  # another region has the same rank
    incomplete: bool  # ranked only because the chair included it
    selected: bool


@dataclass(frozen=True)
class RankingRule:
    method: str
    tie_break: tuple[str, ...]  # dimension ids, in order
    top_n: int
    decimals: int
    included_incomplete: tuple[str, ...]  # incomplete regions the chair chose to rank
    sentence: str  # the rule in English, for every output


@dataclass(frozen=True)
class Aggregation:
    rule: RankingRule
    regions: tuple[RegionResult, ...]  # every region, by code
    ranking: tuple[RankedRegion, ...]  # rank order, then region code
    excluded: tuple[str, ...]  # not ranked: incomplete and not included, or nothing scored
    selected: tuple[str, ...]  # in rank order; at most top_n
    cut_tie: tuple[str, ...]  # regions tied across the cut line; none of them is selected
    open_places: int  # places of the top N the cut tie competes for (0 without a cut tie)
    cut_total: float | None  # total of the region at position top_n; None with fewer ranked regions

    def region(self, code: str) -> RegionResult | None:
        return next((r for r in self.regions if r.region_code == code), None)


def aggregation_to_dict(result: Aggregation) -> dict[str, Any]:
    """Plain data (for canonical JSON): equal inputs give equal bytes."""
    return asdict(result)


def aggregate(
    rubric: Rubric,
    scores: Iterable[AssessorScores],
    *,
    method: str = DEFAULT_METHOD,
    panel_sizes: Mapping[str, int] | None = None,
    include_incomplete: Collection[str] = (),
    tie_break: Sequence[str] | None = None,
    top_n: int = DEFAULT_TOP_N,
) -> Aggregation:
    """Merge every assessor's scores per region, rank, and select the top N (see the module docstring).

    `panel_sizes` maps region code -> how many assessors should score it; regions listed there without any
    score appear as incomplete. Raises ValueError for inputs the merge must never see (bad method, unknown
    criterion or dimension, a score off the scale, one assessor twice for one region).
    """
    rows = tuple(scores)
    sizes = dict(panel_sizes or {})
    chain = _chain(rubric, tie_break)
    _check(rubric, rows, method, sizes, top_n)
    results = _region_results(rubric, rows, method, sizes)
    included = {c for c, r in results.items() if not r.complete and c in include_incomplete}
    eligible = {c for c, r in results.items() if (r.complete or c in included) and r.total is not None}
    rule = RankingRule(
        method=method,
        tie_break=chain,
        top_n=top_n,
        decimals=DECIMALS,
        included_incomplete=tuple(sorted(included)),
        sentence=_sentence(rubric, method, chain, top_n),
    )
    return _ranked(rule, results, eligible)


@dataclass(frozen=True)
class Scenario:
    """The selection under one change: one assessor left out, or another merge method."""

    kind: str  # "without_assessor" | "method"
    subject: str  # the assessor id or the method
    selected: tuple[str, ...]
    entered: tuple[str, ...]  # selected here but not in the baseline, by code
    left: tuple[str, ...]  # selected in the baseline but not here, by code
    cut_tie: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.entered or self.left)


@dataclass(frozen=True)
class Sensitivity:
    baseline: Aggregation
    without_assessor: tuple[Scenario, ...]  # one per assessor, by id
    methods: tuple[Scenario, ...]  # one per METHODS entry, in that order (the baseline method included)
    stable: tuple[str, ...]  # selected in the baseline and in every scenario, by code


def sensitivity(
    rubric: Rubric,
    scores: Iterable[AssessorScores],
    *,
    method: str = DEFAULT_METHOD,
    panel_sizes: Mapping[str, int] | None = None,
    include_incomplete: Collection[str] = (),
    tie_break: Sequence[str] | None = None,
    top_n: int = DEFAULT_TOP_N,
) -> Sensitivity:
    """How the top N moves when any one assessor is left out, and under each merge method.

    Each scenario ranks the same regions as the baseline (leaving someone out does not make a region
    incomplete or complete), so only the numbers change.
    """
    rows = tuple(scores)
    sizes = dict(panel_sizes or {})
    base = aggregate(
        rubric,
        rows,
        method=method,
        panel_sizes=sizes,
        include_incomplete=include_incomplete,
        tie_break=tie_break,
        top_n=top_n,
    )
    eligible = {r.region_code for r in base.ranking}
    base_results = {r.region_code: r for r in base.regions}

    def scenario(kind: str, subject: str, results: dict[str, RegionResult]) -> Scenario:
        ranked = _ranked(base.rule, results, {c for c in eligible if results[c].total is not None})
        return Scenario(
            kind=kind,
            subject=subject,
            selected=ranked.selected,
            entered=tuple(sorted(set(ranked.selected) - set(base.selected))),
            left=tuple(sorted(set(base.selected) - set(ranked.selected))),
            cut_tie=ranked.cut_tie,
        )

    leave_one_out = []
    for assessor in sorted({r.assessor_id for r in rows}):
        touched = {r.region_code for r in rows if r.assessor_id == assessor}
        results = dict(base_results)
        for code in touched:
            rest = [r for r in rows if r.region_code == code and r.assessor_id != assessor]
            results[code] = _region_result(rubric, code, rest, method, sizes.get(code))
        leave_one_out.append(scenario("without_assessor", assessor, results))

    by_method = [scenario("method", m, _region_results(rubric, rows, m, sizes)) for m in METHODS]
    stable = set(base.selected)
    for s in (*leave_one_out, *by_method):
        stable &= set(s.selected)
    return Sensitivity(base, tuple(leave_one_out), tuple(by_method), tuple(sorted(stable)))


# ---- merging ------------------------------------------------------------------------------------


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0


def _merge(values: list[int], method: str) -> tuple[float, str]:
    """The panel's value of one criterion and the method actually applied."""
    if method == "median":
        return float(statistics.median(values)), "median"
    if method == "trimmed" and len(values) >= TRIM_MIN_VALUES:
        kept = sorted(values)[1:-1]
        return math.fsum(kept) / len(kept), "trimmed"
    return math.fsum(values) / len(values), "mean"


def _region_results(
    rubric: Rubric, rows: Sequence[AssessorScores], method: str, sizes: Mapping[str, int]
) -> dict[str, RegionResult]:
    by_region: dict[str, list[AssessorScores]] = {code: [] for code in sizes}
    for row in rows:
        by_region.setdefault(row.region_code, []).append(row)
    return {
        code: _region_result(rubric, code, by_region[code], method, sizes.get(code))
        for code in sorted(by_region)
    }


def _region_result(
    rubric: Rubric, code: str, rows: Sequence[AssessorScores], method: str, expected: int | None
) -> RegionResult:
    criteria: list[CriterionAggregate] = []
    merged: dict[str, float | None] = {}
    for crit in rubric.criteria():
        values = [v for r in rows if (v := r.scores.get(crit.id)) is not None]
        if values:
            value, applied = _merge(values, method)
            merged[crit.id] = value
            rescaled: float | None = rescale(rubric, value)
        else:
            value, applied, rescaled = None, method, None
            merged[crit.id] = None
        criteria.append(CriterionAggregate(crit.id, _round(value), _round(rescaled), len(values), applied))
    summary = summarise(rubric, merged)
    assessors = tuple(sorted(r.assessor_id for r in rows))
    return RegionResult(
        region_code=code,
        criteria=tuple(criteria),
        dimensions=tuple(
            DimensionSubtotal(d.dimension_id, _round(d.score), d.scored, d.criteria)
            for d in summary.dimensions
        ),
        total=_round(summary.total),
        assessors=assessors,
        expected_assessors=expected,
        unscored=tuple(c.criterion_id for c in criteria if c.count == 0),
        not_finalised=tuple(sorted(r.assessor_id for r in rows if not r.finalised)),
        missing_assessors=max(0, (expected or 0) - len(assessors)),
        fallback_to_mean=tuple(c.criterion_id for c in criteria if c.count and c.applied != method),
    )


# ---- ranking ------------------------------------------------------------------------------------


def _ranked(rule: RankingRule, results: Mapping[str, RegionResult], eligible: Collection[str]) -> Aggregation:
    keys = {c: (results[c].total, *(results[c].dimension(d) for d in rule.tie_break)) for c in eligible}

    def order(code: str) -> tuple[tuple[float, ...], str]:
        # Highest first; a dimension nobody scored (only in an included incomplete region) comes last.
        return tuple(math.inf if k is None else -k for k in keys[code]), code

    ranked = sorted(eligible, key=order)
    ranks: list[int] = []
    for i, code in enumerate(ranked):
        ranks.append(ranks[-1] if i and keys[ranked[i - 1]] == keys[code] else i + 1)
    group_size = Counter(ranks)
    same_total: dict[float | None, list[str]] = {}
    for code in ranked:
        same_total.setdefault(keys[code][0], []).append(code)

    entries: list[RankedRegion] = []
    selected: list[str] = []
    cut_tie: list[str] = []
    open_places = 0
    for code, rank in zip(ranked, ranks, strict=True):
        inside = rank + group_size[rank] - 1 <= rule.top_n  # the whole tie group fits
        if inside:
            selected.append(code)
        elif rank <= rule.top_n:
            cut_tie.append(code)
            open_places = rule.top_n - rank + 1
        total, *tie_keys = keys[code]
        assert total is not None  # eligible regions have a total
        peers = [keys[c] for c in same_total[total] if c != code]
        entries.append(
            RankedRegion(
                region_code=code,
                rank=rank,
                total=total,
                tie_keys=tuple(tie_keys),
                decided_by=_decided_by(keys[code], peers, rule.tie_break),
                shared=group_size[rank] > 1,
                incomplete=not results[code].complete,
                selected=inside,
            )
        )
    return Aggregation(
        rule=rule,
        regions=tuple(results[c] for c in sorted(results)),
        ranking=tuple(entries),
        excluded=tuple(sorted(c for c in results if c not in eligible)),
        selected=tuple(selected),
        cut_tie=tuple(cut_tie),
        open_places=open_places,
        cut_total=entries[rule.top_n - 1].total if len(entries) >= rule.top_n else None,
    )


def _decided_by(
    mine: tuple[float | None, ...], peers: Sequence[tuple[float | None, ...]], chain: tuple[str, ...]
) -> str | None:
    """Which key placed a region against every other region with the same total; None when one is equal."""
    deepest = 0
    for theirs in peers:
        differs = next((i for i in range(1, len(mine)) if theirs[i] != mine[i]), None)
        if differs is None:
            return None
        deepest = max(deepest, differs)
    return "total" if deepest == 0 else chain[deepest - 1]


# ---- checks and the rule sentence ------------------------------------------------------------------


def _chain(rubric: Rubric, tie_break: Sequence[str] | None) -> tuple[str, ...]:
    known = [d.id for d in rubric.dimensions]
    if tie_break is None:
        return tuple(d for d in DEFAULT_TIE_BREAK if d in known)
    chain = tuple(tie_break)
    for dim in chain:
        if dim not in known:
            raise ValueError(f"tie-break dimension {dim!r} is not in rubric {rubric.id!r}")
    if len(set(chain)) != len(chain):
        raise ValueError(f"tie-break chain {chain!r} names a dimension twice")
    return chain


def _check(
    rubric: Rubric, rows: Sequence[AssessorScores], method: str, sizes: Mapping[str, int], top_n: int
) -> None:
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    if top_n < 1:
        raise ValueError(f"top_n must be at least 1, not {top_n}")
    if any(n < 0 for n in sizes.values()):
        raise ValueError("panel sizes must not be negative")
    known = {c.id for c in rubric.criteria()}
    seen: set[tuple[str, str]] = set()
    for row in rows:
        pair = (row.assessor_id, row.region_code)
        if pair in seen:
            raise ValueError(f"assessor {row.assessor_id} appears twice for region {row.region_code}")
        seen.add(pair)
        for crit, value in row.scores.items():
            if crit not in known:
                raise ValueError(f"criterion {crit!r} is not in rubric {rubric.id!r}")
            if value is not None and value not in rubric.scale:
                raise ValueError(f"{row.assessor_id}/{row.region_code}/{crit}: {value} is off the scale")


_METHOD_TEXT = {
    "mean": "the mean of the panel's scores",
    "median": "the median of the panel's scores",
    "trimmed": (
        f"the mean of the panel's scores without the highest and the lowest when {TRIM_MIN_VALUES} or more "
        "assessors scored it (otherwise the plain mean)"
    ),
}


def _sentence(rubric: Rubric, method: str, chain: tuple[str, ...], top_n: int) -> str:
    names = {d.id: d.label("en") for d in rubric.dimensions}
    if chain:
        order = ", then ".join(names[d] for d in chain)
        ties = f"equal totals are ordered by {order} (highest first); regions still equal share a rank"
    else:
        ties = "regions with equal totals share a rank"
    return (
        f"Each criterion is {_METHOD_TEXT[method]}. Regions are ranked by total score (0–100, compared "
        f"to {DECIMALS} decimals), highest first; {ties} (1, 2, 2, 4). The top {top_n} are selected; "
        "regions tied across the cut line are not selected and the chair decides between them. Regions "
        "with incomplete scoring are not ranked unless the chair includes them."
    )
