"""Merging a panel's scores into per-region results, the ranking under a stated tie rule, and its sensitivity.

Rules (docs/rubric.md, "How scores are computed"; DESIGN.md, "Merge semantics"):

- Per criterion the panel's values are merged by `method`: "mean" (default), "median", "trimmed" (the
  mean without one highest and one lowest value, only when five or more assessors scored the criterion;
  with fewer it is the plain mean, and `CriterionAggregate.applied` says "mean"), or "adjusted" (the mean of
  the scores with each assessor's estimated severity taken off, kept within the scale: domain/severity.py;
  refused with SeverityNotEstimable when the assessors fall into groups that share no assessor). Dimension
  scores and the total then follow `scoring.summarise` — the one definition of rescaling and weighting.
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

The scores are indexed by region and criterion once, so a merge and its sensitivity grow linearly with the
number of scores: leaving one assessor out recomputes only the criteria they scored (under "adjusted" it
re-estimates the severities, which touches every score).
"""

from __future__ import annotations

import math
import statistics
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from itertools import repeat
from operator import sub
from typing import Any

from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.domain.scoring import DimensionSubtotal, rescale, summarise
from gm100_desktop.domain.severity import DECIMALS as DECIMALS  # re-exported: one rounding for the merge
from gm100_desktop.domain.severity import Cell, SeverityEstimate, estimate_cells, fit_cells, published
from gm100_desktop.domain.severity import SeverityNotEstimable as SeverityNotEstimable

METHODS = ("mean", "median", "trimmed", "adjusted")
DEFAULT_METHOD = "mean"
DEFAULT_TIE_BREAK = ("leadership", "suprastructure", "infrastructure")
DEFAULT_TOP_N = 25
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
    severity: SeverityEstimate | None = None  # the severities the "adjusted" method took off; else None

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
    region_panels: Mapping[str, str] | None = None,
) -> Aggregation:
    """Merge every assessor's scores per region, rank, and select the top N (see the module docstring).

    `panel_sizes` maps region code -> how many assessors should score it; regions listed there without any
    score appear as incomplete. `region_panels` (region code -> panel id) only names the groups when the
    "adjusted" method is refused. Raises ValueError for inputs the merge must never see (bad method, unknown
    criterion or dimension, a score off the scale, one assessor twice for one region), and its subclass
    SeverityNotEstimable when "adjusted" is asked of a design whose assessors fall into separate groups.
    """
    data = _Data.of(rubric, scores, method, panel_sizes, tie_break, top_n)
    estimate = data.estimate(region_panels).require() if method == "adjusted" else None
    return data.baseline(method, estimate, include_incomplete).aggregation


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
    without_assessor: tuple[Scenario, ...]  # one per assessor, by id (except those refused below)
    methods: tuple[Scenario, ...]  # one per METHODS entry, in that order (the baseline method included)
    stable: tuple[str, ...]  # selected in the baseline and in every scenario, by code
    refused_methods: tuple[tuple[str, str], ...] = ()  # (method, reason): "adjusted" on a disconnected design
    # (assessor id, reason): under "adjusted", leaving this assessor out splits the design
    refused_without_assessor: tuple[tuple[str, str], ...] = ()
    severity: SeverityEstimate | None = None  # the estimate behind the "adjusted" scenario (or its refusal)


def sensitivity(
    rubric: Rubric,
    scores: Iterable[AssessorScores],
    *,
    method: str = DEFAULT_METHOD,
    panel_sizes: Mapping[str, int] | None = None,
    include_incomplete: Collection[str] = (),
    tie_break: Sequence[str] | None = None,
    top_n: int = DEFAULT_TOP_N,
    region_panels: Mapping[str, str] | None = None,
) -> Sensitivity:
    """How the top N moves when any one assessor is left out, and under each merge method.

    Each scenario ranks the same regions as the baseline (leaving someone out does not make a region
    incomplete or complete), so only the numbers change. A scenario that cannot be computed because the
    severity adjustment is not estimable is listed with its reason instead (`refused_methods`,
    `refused_without_assessor`); a baseline method "adjusted" that is not estimable raises
    SeverityNotEstimable, as `aggregate` does.
    """
    data = _Data.of(rubric, scores, method, panel_sizes, tie_break, top_n)
    estimate = data.estimate(region_panels)
    base = data.baseline(method, estimate.require() if method == "adjusted" else None, include_incomplete)
    eligible = tuple(r.region_code for r in base.aggregation.ranking)
    ranked_set = set(eligible)
    base_keys = {r.region_code: (r.total, *r.tie_keys) for r in base.aggregation.ranking}

    def scenario(kind: str, subject: str, keys: Mapping[str, _Key]) -> Scenario:
        ranked, ranks = _rank_order({c: k for c, k in keys.items() if k[0] is not None})
        selected, cut_tie, _ = _select(ranked, ranks, top_n)
        chosen = set(base.aggregation.selected)
        return Scenario(
            kind=kind,
            subject=subject,
            selected=selected,
            entered=tuple(sorted(set(selected) - chosen)),
            left=tuple(sorted(chosen - set(selected))),
            cut_tie=cut_tie,
        )

    leave_one_out: list[Scenario] = []
    refused_without: list[tuple[str, str]] = []
    for assessor in data.assessors():
        if method == "adjusted":
            rest = data.cells_without(assessor)
            try:
                cells = [c for region in rest.values() for c in region.values()]
                fit = fit_cells(cells, standard_errors=False, region_panels=region_panels)
            except SeverityNotEstimable as refused:
                refused_without.append((assessor, refused.reason))
                continue
            merge = data.merger(
                "adjusted", dict(zip(fit.assessors, map(published, fit.severity), strict=True))
            )
            keys = {c: data.keys({k: merge(cell) for k, cell in rest.get(c, {}).items()}) for c in eligible}
        else:
            keys = base_keys | data.keys_without(assessor, method, base.merged, ranked_set)
        leave_one_out.append(scenario("without_assessor", assessor, keys))

    by_method: list[Scenario] = []
    refused_methods: list[tuple[str, str]] = []
    for other in METHODS:
        if other == method:
            by_method.append(scenario("method", other, base_keys))
        elif other == "adjusted" and estimate.refused is not None:
            refused_methods.append((other, estimate.refused))
        else:
            merge = data.merger(other, estimate.severities())
            keys = {
                c: data.keys({k: merge(cell) for k, cell in data.cells.get(c, {}).items()}) for c in eligible
            }
            by_method.append(scenario("method", other, keys))

    stable = set(base.aggregation.selected)
    for s in (*leave_one_out, *by_method):
        stable &= set(s.selected)
    return Sensitivity(
        baseline=base.aggregation,
        without_assessor=tuple(leave_one_out),
        methods=tuple(by_method),
        stable=tuple(sorted(stable)),
        refused_methods=tuple(refused_methods),
        refused_without_assessor=tuple(refused_without),
        severity=estimate,
    )


# ---- merging ------------------------------------------------------------------------------------

_Key = tuple[float | None, ...]  # total, then the tie-break chain's dimension scores


def _merge(values: Sequence[float], method: str) -> tuple[float, str]:
    """The panel's value of one criterion and the method actually applied (not "adjusted")."""
    if method == "median":
        return float(statistics.median(values)), "median"
    if method == "trimmed" and len(values) >= TRIM_MIN_VALUES:
        kept = sorted(values)[1:-1]
        return math.fsum(kept) / len(kept), "trimmed"
    return math.fsum(values) / len(values), "mean"


def _merge_without(ordered: Sequence[float], total: float, value: float, method: str) -> float | None:
    """`_merge` of the values `ordered` (sorted, summing to `total`) with one `value` left out."""
    n = len(ordered) - 1
    if n == 0:
        return None
    if method == "mean" or (method == "trimmed" and n < TRIM_MIN_VALUES):
        return (total - value) / n
    i = bisect_left(ordered, value)

    def at(k: int) -> float:
        return ordered[k] if k < i else ordered[k + 1]

    if method == "median":
        return float(at(n // 2)) if n % 2 else (at(n // 2 - 1) + at(n // 2)) / 2
    return (total - value - at(0) - at(n - 1)) / (n - 2)


@dataclass(frozen=True)
class _Baseline:
    aggregation: Aggregation
    merged: Mapping[str, Mapping[str, float | None]]  # region -> criterion -> unrounded merged value


@dataclass
class _Data:
    """The checked scores, indexed once by region and criterion."""

    rubric: Rubric
    rows: tuple[AssessorScores, ...]
    sizes: dict[str, int]
    chain: tuple[str, ...]
    top_n: int
    by_region: dict[str, list[AssessorScores]]  # every region, panel_sizes ones too
    by_assessor: dict[str, list[AssessorScores]]
    cells: dict[str, dict[str, Cell]]  # region -> criterion -> its scores
    _sorted: dict[tuple[str, str], tuple[list[float], float]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        rubric: Rubric,
        scores: Iterable[AssessorScores],
        method: str,
        panel_sizes: Mapping[str, int] | None,
        tie_break: Sequence[str] | None,
        top_n: int,
    ) -> _Data:
        rows = tuple(scores)
        sizes = dict(panel_sizes or {})
        chain = _chain(rubric, tie_break)
        _check(rubric, rows, method, sizes, top_n)
        by_region: dict[str, list[AssessorScores]] = {code: [] for code in sizes}
        by_assessor: dict[str, list[AssessorScores]] = {}
        units: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for row in rows:
            by_region.setdefault(row.region_code, []).append(row)
            by_assessor.setdefault(row.assessor_id, []).append(row)
            region = units.setdefault(row.region_code, {})
            for crit, value in row.scores.items():
                if value is not None:
                    region.setdefault(crit, []).append((row.assessor_id, value))
        cells: dict[str, dict[str, Cell]] = {}
        for code, crits in units.items():
            cells[code] = {}
            for crit, pairs in crits.items():
                pairs.sort()
                cells[code][crit] = Cell(code, crit, tuple(a for a, _ in pairs), tuple(v for _, v in pairs))
        return cls(rubric, rows, sizes, chain, top_n, by_region, by_assessor, cells)

    def all_cells(self) -> list[Cell]:
        return [self.cells[code][crit] for code in sorted(self.cells) for crit in sorted(self.cells[code])]

    def assessors(self) -> list[str]:
        return sorted(self.by_assessor)

    def estimate(self, region_panels: Mapping[str, str] | None) -> SeverityEstimate:
        return estimate_cells(self.rubric, self.all_cells(), region_panels=region_panels)

    def merger(self, method: str, severity: Mapping[str, float]) -> _Merger:
        return _Merger(method, severity, self.rubric.scale_min, self.rubric.scale_max)

    def baseline(
        self, method: str, estimate: SeverityEstimate | None, include_incomplete: Collection[str]
    ) -> _Baseline:
        merge = self.merger(method, estimate.severities() if estimate else {})
        results: dict[str, RegionResult] = {}
        merged: dict[str, dict[str, float | None]] = {}
        for code in sorted(self.by_region):
            results[code], merged[code] = self.region_result(code, merge)
        included = {c for c, r in results.items() if not r.complete and c in include_incomplete}
        eligible = {c for c, r in results.items() if (r.complete or c in included) and r.total is not None}
        rule = RankingRule(
            method=method,
            tie_break=self.chain,
            top_n=self.top_n,
            decimals=DECIMALS,
            included_incomplete=tuple(sorted(included)),
            sentence=_sentence(self.rubric, method, self.chain, self.top_n),
        )
        return _Baseline(_ranked(rule, results, eligible, estimate), merged)

    def region_result(self, code: str, merge: _Merger) -> tuple[RegionResult, dict[str, float | None]]:
        cells = self.cells.get(code, {})
        rows = self.by_region[code]
        criteria: list[CriterionAggregate] = []
        merged: dict[str, float | None] = {}
        for crit in self.rubric.criteria():
            cell = cells.get(crit.id)
            if cell is not None:
                value, applied = merge.applied(cell)
                merged[crit.id] = value
                rescaled: float | None = rescale(self.rubric, value)
                count = len(cell.values)
            else:
                value, applied, rescaled, count = None, merge.method, None, 0
                merged[crit.id] = None
            criteria.append(
                CriterionAggregate(crit.id, published(value), published(rescaled), count, applied)
            )
        summary = summarise(self.rubric, merged)
        expected = self.sizes.get(code)
        assessors = tuple(sorted(r.assessor_id for r in rows))
        result = RegionResult(
            region_code=code,
            criteria=tuple(criteria),
            dimensions=tuple(
                DimensionSubtotal(d.dimension_id, published(d.score), d.scored, d.criteria)
                for d in summary.dimensions
            ),
            total=published(summary.total),
            assessors=assessors,
            expected_assessors=expected,
            unscored=tuple(c.criterion_id for c in criteria if c.count == 0),
            not_finalised=tuple(sorted(r.assessor_id for r in rows if not r.finalised)),
            missing_assessors=max(0, (expected or 0) - len(assessors)),
            fallback_to_mean=tuple(c.criterion_id for c in criteria if c.count and c.applied != merge.method),
        )
        return result, merged

    def keys(self, merged: Mapping[str, float | None]) -> _Key:
        """What the ranking compares, as `region_result` would publish it."""
        summary = summarise(self.rubric, merged)
        dims = {d.dimension_id: published(d.score) for d in summary.dimensions}
        return (published(summary.total), *(dims[d] for d in self.chain))

    def keys_without(
        self,
        assessor: str,
        method: str,
        merged: Mapping[str, Mapping[str, float | None]],
        eligible: Collection[str],
    ) -> dict[str, _Key]:
        """The keys of the eligible regions `assessor` scored, recomputed without their scores."""
        keys = {}
        for row in self.by_assessor[assessor]:
            if row.region_code not in eligible:
                continue
            code = row.region_code
            values = dict(merged[code])
            for crit, value in row.scores.items():
                if value is not None:
                    ordered, total = self._ordered(code, crit)
                    values[crit] = _merge_without(ordered, total, value, method)
            keys[code] = self.keys(values)
        return keys

    def _ordered(self, code: str, crit: str) -> tuple[list[float], float]:
        found = self._sorted.get((code, crit))
        if found is None:
            values = self.cells[code][crit].values
            found = self._sorted[(code, crit)] = (sorted(values), math.fsum(values))
        return found

    def cells_without(self, assessor: str) -> dict[str, dict[str, Cell]]:
        rest: dict[str, dict[str, Cell]] = {}
        for code, crits in self.cells.items():
            kept = rest[code] = {}
            for crit, cell in crits.items():
                if assessor not in cell.assessors:
                    kept[crit] = cell
                elif len(cell.assessors) > 1:
                    i = cell.assessors.index(assessor)
                    ids, values = cell.assessors, cell.values
                    kept[crit] = Cell(code, crit, ids[:i] + ids[i + 1 :], values[:i] + values[i + 1 :])
        return rest


@dataclass(frozen=True)
class _Merger:
    method: str
    severity: Mapping[str, float]  # "adjusted" only: the published severities
    low: int
    high: int
    _shares: dict[tuple[str, ...], list[float]] = field(default_factory=dict)  # severities per set of ids

    def applied(self, cell: Cell) -> tuple[float, str]:
        if self.method != "adjusted":
            return _merge(cell.values, self.method)
        shares = self._shares.get(cell.assessors)
        if shares is None:
            shares = self._shares[cell.assessors] = [self.severity[a] for a in cell.assessors]
        # min(max(x − s[a], low), high), score by score: the severity taken off, kept within the scale
        fair = map(min, map(max, map(sub, cell.values, shares), repeat(self.low)), repeat(self.high))
        return math.fsum(fair) / len(shares), "adjusted"

    def __call__(self, cell: Cell) -> float:
        return self.applied(cell)[0]


# ---- ranking ------------------------------------------------------------------------------------


def _rank_order(keys: Mapping[str, _Key]) -> tuple[list[str], list[int]]:
    """Regions in rank order and their competition ranks."""

    def order(code: str) -> tuple[tuple[float, ...], str]:
        # Highest first; a dimension nobody scored (only in an included incomplete region) comes last.
        return tuple(math.inf if k is None else -k for k in keys[code]), code

    ranked = sorted(keys, key=order)
    ranks: list[int] = []
    for i, code in enumerate(ranked):
        ranks.append(ranks[-1] if i and keys[ranked[i - 1]] == keys[code] else i + 1)
    return ranked, ranks


def _select(
    ranked: Sequence[str], ranks: Sequence[int], top_n: int
) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """The selected regions, the tie across the cut line, and the places it competes for."""
    group_size = Counter(ranks)
    selected: list[str] = []
    cut_tie: list[str] = []
    open_places = 0
    for code, rank in zip(ranked, ranks, strict=True):
        if rank + group_size[rank] - 1 <= top_n:  # the whole tie group fits
            selected.append(code)
        elif rank <= top_n:
            cut_tie.append(code)
            open_places = top_n - rank + 1
        else:
            break
    return tuple(selected), tuple(cut_tie), open_places


def _ranked(
    rule: RankingRule,
    results: Mapping[str, RegionResult],
    eligible: Collection[str],
    severity: SeverityEstimate | None,
) -> Aggregation:
    keys = {c: (results[c].total, *(results[c].dimension(d) for d in rule.tie_break)) for c in eligible}
    ranked, ranks = _rank_order(keys)
    selected, cut_tie, open_places = _select(ranked, ranks, rule.top_n)
    chosen = set(selected)
    group_size = Counter(ranks)
    same_total: dict[float | None, list[str]] = {}
    for code in ranked:
        same_total.setdefault(keys[code][0], []).append(code)

    entries: list[RankedRegion] = []
    for code, rank in zip(ranked, ranks, strict=True):
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
                selected=code in chosen,
            )
        )
    return Aggregation(
        rule=rule,
        regions=tuple(results[c] for c in sorted(results)),
        ranking=tuple(entries),
        excluded=tuple(sorted(c for c in results if c not in eligible)),
        selected=selected,
        cut_tie=cut_tie,
        open_places=open_places,
        cut_total=entries[rule.top_n - 1].total if len(entries) >= rule.top_n else None,
        severity=severity,
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
    "adjusted": (
        "the mean of the panel's scores after each assessor's severity is taken off (an additive assessor "
        "effect estimated over all scores of the event; adjusted scores are kept within the scale)"
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
