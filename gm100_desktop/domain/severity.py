"""Rater severity: an additive assessor effect fitted over the whole event, and the "fair average" it gives.

Model (docs/rubric.md, "Rater-severity adjustment"). A unit u is one (region, criterion); x[a,u] is the score
of assessor a on unit u, on the rubric scale. The additive model

    x[a,u] = mu[u] + s[a] + e[a,u],    with  Σ_a s[a] = 0,

is fitted by least squares over every score given. `s[a]` is the assessor's severity on the rubric scale,
relative to the average assessor: s[a] > 0 is a lenient assessor (scores above what their panels agree on),
s[a] < 0 a severe one. The adjusted ("fair") score is x[a,u] − s[a], kept within the scale [min, max] (how
many were cut back is counted in `clamped`); the merge then takes the mean per criterion.

Eliminating mu[u] gives the reduced normal equations L s = b with

    L[a,a] = n_a − Σ_{u∋a} 1/n_u,   L[a,b] = −Σ_{u∋a,b} 1/n_u,   b[a] = Σ_{u∋a} (x[a,u] − mean_u),

where n_a counts a's scores and n_u the scores of unit u. L is the Laplacian of the assessor graph (assessors
linked by a unit both scored); it has the null space 1 exactly when that graph is connected, and then
s = L⁺ b with L⁺ = (L + J/A)⁻¹ − J/A (J all ones, A assessors), solved by a small Cholesky in pure Python.
Units are grouped by their exact set of assessors, so building L costs O(distinct sets × A²) plus O(scores).

The residual variance is sigma² = RSS / dof with dof = N − U − (A − 1): N scores, U units with at least one
score, A assessors (a unit scored once has its own mu and leaves a zero residual: it counts once in N and once
in U and so adds nothing). SE(s[a]) = sqrt(sigma² · L⁺[a,a]); with dof ≤ 0 there is no SE and `se_reason` says
why. When the assessors fall into groups that share no unit (say panels that never share an assessor), the
severities of different groups cannot be told apart from the quality of their regions: there is no estimate,
and the reason names the groups. Everything is summed with math.fsum in the order of sorted ids, and published
numbers are rounded to `DECIMALS` decimals: the adjustment uses those published severities.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import mul, sub
from typing import NamedTuple, Protocol, overload

from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message

DECIMALS = 4  # every published number; aggregate.DECIMALS is this constant
NAMED_ASSESSORS = 5  # a group named by its assessors lists this many, then "and N more"


class ScoredRegion(Protocol):
    """One assessor's scores of one region (aggregate.AssessorScores is one)."""

    @property
    def assessor_id(self) -> str: ...

    @property
    def region_code(self) -> str: ...

    @property
    def scores(self) -> Mapping[str, int | None]: ...


class Cell(NamedTuple):
    """The scores of one unit (region, criterion): assessor ids sorted and unique, values aligned."""

    region: str
    criterion: str
    assessors: tuple[str, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class SeverityGroup:
    """One connected group of the design: assessors linked through the units they scored together."""

    panels: tuple[str, ...]  # panels of its regions, when the caller gave region_panels
    assessors: tuple[str, ...]
    regions: tuple[str, ...]


class SeverityNotEstimable(ValueError):
    """The assessors fall into groups that share no assessor: no additive severity can be estimated."""

    def __init__(self, reason: str, groups: tuple[SeverityGroup, ...], summary: Message | None = None):
        super().__init__(reason)
        self.reason = reason
        self.groups = groups
        self.message = summary or message("{reason}", reason=reason)  # for the UI to translate


@dataclass(frozen=True)
class AdditiveFit:
    """The least-squares fit at full precision (assessors sorted; tuples aligned with them)."""

    assessors: tuple[str, ...]
    severity: tuple[float, ...]  # > 0 lenient, < 0 severe; sums to 0
    se: tuple[float | None, ...]  # all None when not asked for or dof ≤ 0
    scores_used: tuple[int, ...]
    regions: tuple[int, ...]  # empty without standard errors
    rss: float | None  # None without standard errors
    sigma2: float | None  # None when dof ≤ 0 or without standard errors
    dof: int
    scores: int  # N
    units: int  # U
    se_reason: str | None  # why there is no SE; None when there is one


@dataclass(frozen=True)
class AssessorSeverity:
    assessor_id: str
    severity: float  # on the rubric scale; > 0 lenient, < 0 severe
    se: float | None
    scores_used: int
    regions: int


@dataclass(frozen=True)
class SeverityEstimate:
    """Published severities (rounded), or why there are none."""

    refused: str | None  # why no severity can be estimated; None when estimated
    groups: tuple[SeverityGroup, ...]  # the separate groups, only when refused
    assessors: tuple[AssessorSeverity, ...]  # by id; empty when refused
    sigma: float | None  # residual standard deviation on the rubric scale
    dof: int
    se_reason: str | None
    scores: int
    units: int
    clamped: int  # adjusted scores cut back to the end of the scale

    @property
    def estimable(self) -> bool:
        return self.refused is None

    def severities(self) -> dict[str, float]:
        return {a.assessor_id: a.severity for a in self.assessors}

    def refusal(self) -> Message | None:
        """The reason as a message the UI translates; None when estimated."""
        return None if self.refused is None else _refusal(self.groups)

    def require(self) -> SeverityEstimate:
        """Self, or SeverityNotEstimable when refused."""
        if self.refused is not None:
            raise SeverityNotEstimable(self.refused, self.groups, _refusal(self.groups))
        return self


def cells_of(rows: Iterable[ScoredRegion]) -> list[Cell]:
    """Every scored (region, criterion) unit of `rows`, by region and criterion."""
    units: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for row in rows:
        for crit, value in row.scores.items():
            if value is not None:
                units.setdefault((row.region_code, crit), []).append((row.assessor_id, value))
    return _to_cells(units)


def _to_cells(units: Mapping[tuple[str, str], list[tuple[str, float]]]) -> list[Cell]:
    cells = []
    for (region, crit), pairs in sorted(units.items()):
        pairs.sort()
        ids = tuple(a for a, _ in pairs)
        if len(set(ids)) != len(ids):
            raise ValueError(f"an assessor scores {region}/{crit} twice")
        cells.append(Cell(region, crit, ids, tuple(v for _, v in pairs)))
    return cells


def estimate_severity(
    rubric: Rubric,
    rows: Iterable[ScoredRegion],
    *,
    region_panels: Mapping[str, str] | None = None,
) -> SeverityEstimate:
    """Severities of every assessor with a score in `rows`, or the reason there are none."""
    return estimate_cells(rubric, cells_of(rows), region_panels=region_panels)


def estimate_cells(
    rubric: Rubric,
    cells: Sequence[Cell],
    *,
    region_panels: Mapping[str, str] | None = None,
) -> SeverityEstimate:
    """`estimate_severity` over cells already indexed (see `cells_of`)."""
    try:
        fit = fit_cells(cells, region_panels=region_panels)
    except SeverityNotEstimable as refused:
        return SeverityEstimate(refused.reason, refused.groups, (), None, 0, None, 0, 0, 0)
    low, high = rubric.scale_min, rubric.scale_max
    severities = dict(zip(fit.assessors, (published(s) for s in fit.severity), strict=True))
    clamped = sum(
        1
        for cell in cells
        for a, x in zip(cell.assessors, cell.values, strict=True)
        if not low <= x - severities[a] <= high
    )
    return SeverityEstimate(
        refused=None,
        groups=(),
        assessors=tuple(
            AssessorSeverity(a, severities[a], None if se is None else published(se), n, r)
            for a, se, n, r in zip(fit.assessors, fit.se, fit.scores_used, fit.regions, strict=True)
        ),
        sigma=None if fit.sigma2 is None else published(math.sqrt(fit.sigma2)),
        dof=fit.dof,
        se_reason=fit.se_reason,
        scores=fit.scores,
        units=fit.units,
        clamped=clamped,
    )


def fit_additive(
    observations: Iterable[tuple[str, str, str, float]], *, standard_errors: bool = True
) -> AdditiveFit:
    """The fit over (assessor, region, criterion, value) observations; raises SeverityNotEstimable."""
    units: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for assessor, region, crit, value in observations:
        units.setdefault((region, crit), []).append((assessor, value))
    cells = _to_cells(units)
    return fit_cells(cells, standard_errors=standard_errors)


def fit_cells(
    cells: Sequence[Cell],
    *,
    standard_errors: bool = True,
    region_panels: Mapping[str, str] | None = None,
) -> AdditiveFit:
    """Least-squares severities over `cells` (module docstring); SeverityNotEstimable when disconnected.

    Without `standard_errors` only the severities are computed (no RSS, sigma², SE or region counts), as the
    leave-one-out scenarios need.
    """
    by_set: dict[tuple[str, ...], list[Cell]] = {}
    for cell in cells:
        if cell.assessors:
            by_set.setdefault(cell.assessors, []).append(cell)
    rater_sets = sorted(by_set)
    ids = sorted(set().union(*rater_sets))
    count = len(ids)
    index = {a: i for i, a in enumerate(ids)}
    groups = _groups(rater_sets, by_set, ids, index, region_panels or {})
    if len(groups) > 1:
        summary = _refusal(groups)
        raise SeverityNotEstimable(summary.text, groups, summary)

    # b and M = L + J/A, built per distinct set of assessors: a column of a set's score matrix is one
    # assessor's scores there, and the set's units enter L together.
    parts: list[list[float]] = [[] for _ in ids]
    used = [0] * count
    regions: list[set[str]] = [set() for _ in ids]
    m = [[1.0 / count] * count for _ in ids]
    for key in rater_sets:
        group = by_set[key]
        idx = [index[a] for a in key]
        n, units = len(idx), len(group)
        matrix = [c.values for c in group]
        means = math.fsum(math.fsum(v) / n for v in matrix)
        for i, column in zip(idx, zip(*matrix, strict=True), strict=True):
            parts[i].append(math.fsum(column) - means)
            used[i] += units
        if standard_errors:
            seen = {c.region for c in group}
            for i in idx:
                regions[i] |= seen
        if n > 1:
            off = units / n
            for i in idx:
                row = m[i]
                for j in idx:
                    row[j] -= off
                row[i] += units
    b = [math.fsum(p) for p in parts]
    chol = _cholesky(m)
    z = _solve(chol, b)
    shift = math.fsum(z) / count if count else 0.0
    severity = [v - shift for v in z]

    n_scores = sum(used)
    n_units = sum(len(g) for g in by_set.values())
    dof = n_scores - n_units - max(count - 1, 0)
    rss: float | None = None
    sigma2: float | None = None
    se: list[float | None] = [None] * count
    se_reason: str | None = "standard errors were not asked for"
    if standard_errors:
        rss = _rss(rater_sets, by_set, severity, index)
        sigma2 = rss / dof if dof > 0 else None
        if n_scores == 0:
            se_reason = "there are no scores"
        elif sigma2 is None:
            se_reason = (
                f"no degrees of freedom are left for the error: {n_scores} scores − {n_units} criterion "
                f"cells − ({count} assessors − 1) = {dof}"
            )
        else:
            se_reason = None
            se = [math.sqrt(sigma2 * max(d - 1.0 / count, 0.0)) for d in _inverse_diagonal(chol)]
    return AdditiveFit(
        assessors=tuple(ids),
        severity=tuple(severity),
        se=tuple(se),
        scores_used=tuple(used),
        regions=tuple(len(r) for r in regions) if standard_errors else (),
        rss=rss,
        sigma2=sigma2,
        dof=dof,
        scores=n_scores,
        units=n_units,
        se_reason=se_reason,
    )


def _rss(
    rater_sets: Sequence[tuple[str, ...]],
    by_set: Mapping[tuple[str, ...], Sequence[Cell]],
    severity: Sequence[float],
    index: Mapping[str, int],
) -> float:
    """Σ (x − s[a] − mean_u(x − s))²: the residual sum of squares of the fit."""
    squares: list[float] = []
    for key in rater_sets:
        shares = [severity[index[a]] for a in key]
        for cell in by_set[key]:
            ys = list(map(sub, cell.values, shares))
            centred = list(map(sub, ys, repeat(math.fsum(ys) / len(ys))))
            squares.append(math.fsum(map(mul, centred, centred)))
    return math.fsum(squares)


# ---- connectivity --------------------------------------------------------------------------------


def _groups(
    rater_sets: Sequence[tuple[str, ...]],
    by_set: Mapping[tuple[str, ...], Sequence[Cell]],
    ids: Sequence[str],
    index: Mapping[str, int],
    region_panels: Mapping[str, str],
) -> tuple[SeverityGroup, ...]:
    """The connected groups of assessors (linked by a unit they both scored); () when there is one."""
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for key in rater_sets:
        first = find(index[key[0]])
        for a in key[1:]:
            parent[find(index[a])] = first
    roots = sorted({find(i) for i in range(len(ids))})
    if len(roots) < 2:
        return ()
    assessors: dict[int, list[str]] = {r: [] for r in roots}
    for i, a in enumerate(ids):
        assessors[find(i)].append(a)
    region_sets: dict[int, set[str]] = {r: set() for r in roots}
    for key in rater_sets:
        region_sets[find(index[key[0]])].update(c.region for c in by_set[key])
    groups = [
        SeverityGroup(
            tuple(sorted({region_panels[c] for c in region_sets[r] if c in region_panels})),
            tuple(assessors[r]),
            tuple(sorted(region_sets[r])),
        )
        for r in roots
    ]
    return tuple(sorted(groups, key=lambda g: (g.panels, g.assessors)))


def _refusal(groups: Sequence[SeverityGroup]) -> Message:
    panels = [g.panels for g in groups]
    by_panel = all(panels) and len({p for ps in panels for p in ps}) == sum(len(ps) for ps in panels)
    names = tuple(_group_name(g, by_panel) for g in groups)
    return message(
        QT_TRANSLATE_NOOP(
            "GM100Error",
            "Rater severity cannot be estimated: the scores fall into {count} groups that share no assessor "
            "({groups}), so a strict group cannot be told apart from weak regions.",
        ),
        count=len(groups),
        groups=names,
    )


def _group_name(group: SeverityGroup, by_panel: bool) -> Message:
    if by_panel:
        if len(group.panels) == 1:
            return message(QT_TRANSLATE_NOOP("GM100Error", "panel {panel}"), panel=group.panels[0])
        return message(QT_TRANSLATE_NOOP("GM100Error", "panels {panels}"), panels=", ".join(group.panels))
    if len(group.assessors) == 1:
        return message(QT_TRANSLATE_NOOP("GM100Error", "assessor {assessor}"), assessor=group.assessors[0])
    shown = ", ".join(group.assessors[:NAMED_ASSESSORS])
    more = len(group.assessors) - NAMED_ASSESSORS
    if more > 0:
        template = QT_TRANSLATE_NOOP("GM100Error", "assessors {assessors} and {more} more")
        return message(template, assessors=shown, more=more)
    return message(QT_TRANSLATE_NOOP("GM100Error", "assessors {assessors}"), assessors=shown)


# ---- linear algebra (A × A, A = number of assessors) ------------------------------------------------


def _cholesky(matrix: Sequence[Sequence[float]]) -> list[list[float]]:
    """Lower-triangular C with C Cᵀ = matrix (symmetric positive definite)."""
    size = len(matrix)
    chol: list[list[float]] = [[] for _ in range(size)]
    for i in range(size):
        row = chol[i]
        for j in range(i):
            other = chol[j]
            row.append((matrix[i][j] - sum(map(mul, row[:j], other[:j]))) / other[j])
        pivot = matrix[i][i] - sum(v * v for v in row)
        if pivot <= 0.0:
            raise ArithmeticError("the severity equations are singular")  # connected designs never are
        row.append(math.sqrt(pivot))
    return chol


def _solve(chol: Sequence[Sequence[float]], rhs: Sequence[float]) -> list[float]:
    """x with C Cᵀ x = rhs."""
    size = len(chol)
    y: list[float] = []
    for i in range(size):
        y.append((rhs[i] - sum(map(mul, chol[i][:i], y))) / chol[i][i])
    x = [0.0] * size
    for i in reversed(range(size)):
        x[i] = (y[i] - math.fsum(chol[k][i] * x[k] for k in range(i + 1, size))) / chol[i][i]
    return x


def _inverse_diagonal(chol: Sequence[Sequence[float]]) -> list[float]:
    """The diagonal of (C Cᵀ)⁻¹ = Σ_k (C⁻¹)[k][a]²."""
    size = len(chol)
    inv: list[list[float]] = [[0.0] * size for _ in range(size)]  # C⁻¹, lower triangular
    for i in range(size):
        row = chol[i]
        inv[i][i] = 1.0 / row[i]
        for j in range(i):
            inv[i][j] = -math.fsum(row[k] * inv[k][j] for k in range(j, i)) / row[i]
    return [math.fsum(inv[k][a] ** 2 for k in range(a, size)) for a in range(size)]


@overload
def published(value: float) -> float: ...
@overload
def published(value: None) -> None: ...
def published(value: float | None) -> float | None:
    """A number as the merge publishes and compares it: DECIMALS decimals, never -0.0."""
    return None if value is None else round(value, DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0
