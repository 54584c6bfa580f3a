"""The merge's reliability and disagreement report: ICCs and Kendall's W per panel, alpha across all, flags.

What is computed (issue 5; DESIGN.md, "Merge semantics"):

- Per panel (panels by id): the regions × assessors matrix of each assessor's own region total
  (`scoring.summarise` of their scores, 0–100; provisional over the criteria they scored when some are
  unscored; a cell exists when that total exists). Rotation leaves holes, and the Shrout–Fleiss ICCs and
  Kendall's W need a complete matrix, so both use the largest complete block found: for each candidate
  assessor set S, the regions scored by all of S; the block with the most cells wins (then the most
  assessors, then the first ids), and it needs 2 regions × 2 assessors. Candidates are the assessor sets
  of the panel's regions, everyone but the k assessors who miss the most regions (for every k), and
  intersections of the sets (up to `BLOCK_CANDIDATES` of them). Fully crossed panels use every cell.
  Regions and assessors outside the block are listed as left out.
- Krippendorff's alpha, interval and ordinal, across all regions: units are (region, criterion), coders the
  assessors, values the raw scale scores; missing values allowed.
- Spread: every (region, criterion) whose scores differ by `spread_points` scale points or more.
- Corridor: per assessor and panel, each region's deviation = their total − the mean of the other assessors'
  totals for that region (regions with no other total are not counted). An assessor leaves the corridor when
  the mean deviation, rounded to `DECIMALS`, is more than `corridor` points (default `DEFAULT_CORRIDOR` = 10
  points on the 0–100 scale) either way.

Regions that `region_panels` does not place in a panel count for alpha and spread only. Undefined figures are
None with a reason (English text and a translatable `Message`); NaN never appears.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from gm100_desktop.domain.aggregate import DECIMALS, AssessorScores
from gm100_desktop.domain.reliability import (
    AlphaLevel,
    AlphaResult,
    IccResult,
    KendallWResult,
    icc_forms,
    kendalls_w,
    krippendorff_alphas,
)
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.domain.scoring import summarise
from gm100_desktop.domain.severity import published
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message

DEFAULT_CORRIDOR = 10.0  # points on the 0–100 total scale
DEFAULT_SPREAD_POINTS = 2  # scale points between the lowest and the highest score of a criterion
BLOCK_CANDIDATES = 256  # at most this many intersections of assessor sets are tried for the complete block


@dataclass(frozen=True)
class PanelAgreement:
    """ICCs and Kendall's W of one panel, over its largest complete block of region totals."""

    panel_id: str
    regions: tuple[str, ...]  # the panel's regions with at least one assessor's total, by code
    assessors: tuple[str, ...]  # everyone with a total for one of them, by id
    regions_used: tuple[str, ...]  # rows of the complete block (the ICC and W targets), by code
    assessors_used: tuple[str, ...]  # its columns (the judges), by id
    icc: IccResult | None  # None when no complete block of 2 regions × 2 assessors exists
    icc_reason: Message | None  # why there is no ICC, or why some forms are None
    kendall_w: KendallWResult | None
    kendall_reason: Message | None

    @property
    def regions_left_out(self) -> tuple[str, ...]:
        used = set(self.regions_used)
        return tuple(r for r in self.regions if r not in used)

    @property
    def assessors_left_out(self) -> tuple[str, ...]:
        used = set(self.assessors_used)
        return tuple(a for a in self.assessors if a not in used)


@dataclass(frozen=True)
class AlphaFigure:
    result: AlphaResult
    reason: Message | None  # why alpha is None


@dataclass(frozen=True)
class SpreadFlag:
    """A criterion of a region where the assessors' scores differ by the spread threshold or more."""

    region_code: str
    criterion_id: str
    minimum: int
    maximum: int
    values: tuple[tuple[str, int], ...]  # (assessor id, score), by assessor id

    def explanation(self) -> Message:
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "In region {region}, the assessors' scores for {criterion} range from {low} to {high}.",
            ),
            region=self.region_code,
            criterion=self.criterion_id,
            low=self.minimum,
            high=self.maximum,
        )


@dataclass(frozen=True)
class CorridorCheck:
    """How far one assessor's region totals lie from the rest of one panel they scored in."""

    assessor_id: str
    panel_id: str
    mean_deviation: float | None  # mean of (own total − the others' mean), to DECIMALS; None if none counted
    regions_counted: int  # regions where at least one other assessor has a total
    regions_outside: tuple[str, ...]  # counted regions whose own deviation is beyond the corridor, by code
    flagged: bool  # |mean_deviation| > corridor

    def explanation(self) -> Message:
        if self.mean_deviation is None:
            return message(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "No other assessor has a total for the regions assessor {assessor} scored in panel "
                    "{panel}, so they cannot be compared.",
                ),
                assessor=self.assessor_id,
                panel=self.panel_id,
            )
        params: dict[str, object] = {
            "assessor": self.assessor_id,
            "panel": self.panel_id,
            "points": round(abs(self.mean_deviation), 2),
            "regions": self.regions_counted,
        }
        if self.mean_deviation < 0:
            return message(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "Assessor {assessor} scores {points} points below the rest of panel {panel} on average, "
                    "over {regions} regions.",
                ),
                **params,
            )
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Assessor {assessor} scores {points} points above the rest of panel {panel} on average, "
                "over {regions} regions.",
            ),
            **params,
        )


@dataclass(frozen=True)
class AgreementReport:
    corridor: float  # points on the 0–100 scale
    spread_points: int  # scale points
    panels: tuple[PanelAgreement, ...]  # by panel id
    alpha_interval: AlphaFigure
    alpha_ordinal: AlphaFigure
    spread: tuple[SpreadFlag, ...]  # by region code, then rubric order of criteria
    corridor_checks: tuple[CorridorCheck, ...]  # by assessor id, then panel id
    regions_without_panel: tuple[str, ...]  # scored regions `region_panels` does not place, by code

    @property
    def flagged_assessors(self) -> tuple[str, ...]:
        return tuple(sorted({c.assessor_id for c in self.corridor_checks if c.flagged}))

    def rules(self) -> Message:
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Criteria are flagged where the assessors' scores differ by {points} or more scale points. "
                "An assessor is flagged when their region totals differ from the mean of the other "
                "assessors' totals by more than {corridor} points on average (0–100 scale).",
            ),
            points=self.spread_points,
            corridor=self.corridor,
        )


def agreement_report(
    rubric: Rubric,
    rows: Sequence[AssessorScores],
    region_panels: Mapping[str, str],
    *,
    corridor: float = DEFAULT_CORRIDOR,
    spread_points: int = DEFAULT_SPREAD_POINTS,
) -> AgreementReport:
    """Reliability and disagreement of every assessor's scores (see the module docstring).

    `region_panels` maps region code -> the panel it presented to. Raises ValueError for inputs the merge
    must never see (unknown criterion, a score off the scale, one assessor twice for one region) and for a
    negative or non-finite corridor or a spread below 1.
    """
    _check(rubric, rows, corridor, spread_points)
    totals: dict[str, dict[str, float]] = {}  # region -> assessor -> own total
    for row in rows:
        total = summarise(rubric, row.scores).total
        if total is not None:
            totals.setdefault(row.region_code, {})[row.assessor_id] = total
    by_panel: dict[str, dict[str, dict[str, float]]] = {
        pid: {} for pid in sorted(set(region_panels.values()))
    }
    for code in sorted(totals):
        if code in region_panels:
            by_panel[region_panels[code]][code] = totals[code]
    panels = tuple(_panel(pid, panel_totals) for pid, panel_totals in by_panel.items())
    checks = [
        check for pid, panel_totals in by_panel.items() for check in _corridor(pid, panel_totals, corridor)
    ]
    units = _units(rubric, rows)
    data = [list(by_assessor.values()) for by_assessor in units.values()]
    interval, ordinal = (_alpha(result) for result in krippendorff_alphas(data, _LEVELS))
    scored = {row.region_code for row in rows if any(v is not None for v in row.scores.values())}
    return AgreementReport(
        corridor=corridor,
        spread_points=spread_points,
        panels=panels,
        alpha_interval=interval,
        alpha_ordinal=ordinal,
        spread=tuple(_spread(rubric, units, spread_points)),
        corridor_checks=tuple(sorted(checks, key=lambda c: (c.assessor_id, c.panel_id))),
        regions_without_panel=tuple(sorted(c for c in scored if c not in region_panels)),
    )


def agreement_to_dict(report: AgreementReport) -> dict[str, Any]:
    """Plain data for canonical JSON: floats rounded to `DECIMALS`, reasons as English text, no NaN."""
    return {
        "corridor": published(report.corridor),
        "spread_points": report.spread_points,
        "rules": report.rules().text,
        "panels": [_panel_dict(p) for p in report.panels],
        "alpha": {
            "interval": _alpha_dict(report.alpha_interval),
            "ordinal": _alpha_dict(report.alpha_ordinal),
        },
        "spread": [
            {
                "region_code": f.region_code,
                "criterion_id": f.criterion_id,
                "minimum": f.minimum,
                "maximum": f.maximum,
                "values": dict(f.values),
            }
            for f in report.spread
        ],
        "corridor_checks": [
            {
                "assessor_id": c.assessor_id,
                "panel_id": c.panel_id,
                "mean_deviation": published(c.mean_deviation),
                "regions_counted": c.regions_counted,
                "regions_outside": list(c.regions_outside),
                "flagged": c.flagged,
                "explanation": c.explanation().text,
            }
            for c in report.corridor_checks
        ],
        "flagged_assessors": list(report.flagged_assessors),
        "regions_without_panel": list(report.regions_without_panel),
    }


# ---- per panel ----------------------------------------------------------------------------------


def _panel(pid: str, totals: Mapping[str, Mapping[str, float]]) -> PanelAgreement:
    """`totals`: region (by code) -> assessor -> own total, for the panel's regions."""
    regions = tuple(sorted(totals))
    assessors = tuple(sorted({a for by_assessor in totals.values() for a in by_assessor}))
    block = _complete_block({code: frozenset(by_assessor) for code, by_assessor in totals.items()})
    if block is None:
        reason = _no_block_reason(pid, len(regions), len(assessors))
        return PanelAgreement(pid, regions, assessors, (), (), None, reason, None, reason)
    used_regions, used_assessors = block
    matrix: list[list[float | None]] = [[totals[r][a] for a in used_assessors] for r in used_regions]
    icc = icc_forms(matrix)
    w = kendalls_w(matrix)
    return PanelAgreement(
        panel_id=pid,
        regions=regions,
        assessors=assessors,
        regions_used=used_regions,
        assessors_used=used_assessors,
        icc=icc,
        icc_reason=_icc_reason(pid, icc),
        kendall_w=w,
        kendall_reason=None
        if w.w is not None
        else message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Every assessor of panel {panel} gave all its regions the same total, so Kendall's W is "
                "undefined.",
            ),
            panel=pid,
        ),
    )


def _complete_block(
    scored_by: Mapping[str, frozenset[str]],
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The regions and assessors of the largest complete block (module docstring), or None without one.

    Assessor sets are bit masks (bit i = the i-th assessor by id), so subsets and intersections are cheap.
    """
    ids = sorted({a for assessors in scored_by.values() for a in assessors})
    bit = {a: 1 << i for i, a in enumerate(ids)}
    groups: dict[int, list[str]] = {}
    for code, assessors in scored_by.items():
        if len(assessors) >= 2:
            groups.setdefault(sum(bit[a] for a in assessors), []).append(code)

    def members(mask: int) -> tuple[int, ...]:
        return tuple(i for i in range(len(ids)) if mask >> i & 1)

    distinct = sorted(groups, key=members)
    candidates = dict.fromkeys(distinct)
    # Also everyone but the k assessors who miss the most regions, for every k: one absent assessor (or a
    # few) should cost their column, not every region they missed.
    missing = {a: sum(1 for assessors in scored_by.values() if a not in assessors) for a in ids}
    everyone = (1 << len(ids)) - 1
    for absent in sorted(ids, key=lambda a: (-missing[a], a))[: max(0, len(ids) - 2)]:
        everyone &= ~bit[absent]
        candidates.setdefault(everyone)
    frontier = distinct
    limit = len(candidates) + BLOCK_CANDIDATES
    while frontier and len(candidates) < limit:
        found = []
        for a in frontier:
            for b in distinct:
                both = a & b
                if both not in candidates and both.bit_count() >= 2:
                    candidates[both] = None
                    found.append(both)
                    if len(candidates) >= limit:
                        break
            if len(candidates) >= limit:
                break
        frontier = sorted(found, key=members)
    best: tuple[tuple[int, int, tuple[int, ...]], int] | None = None
    for mask in candidates:
        size = mask.bit_count()
        regions = sum(len(codes) for g, codes in groups.items() if g & mask == mask) if size >= 2 else 0
        if regions < 2:
            continue
        key = (-regions * size, -size, members(mask))
        if best is None or key < best[0]:
            best = (key, mask)
    if best is None:
        return None
    mask = best[1]
    regions_used = sorted(code for g, codes in groups.items() if g & mask == mask for code in codes)
    return tuple(regions_used), tuple(ids[i] for i in members(mask))


def _no_block_reason(pid: str, regions: int, assessors: int) -> Message:
    if regions < 2:
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Panel {panel} needs totals for at least two regions for its reliability (it has {regions}).",
            ),
            panel=pid,
            regions=regions,
        )
    if assessors < 2:
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Panel {panel} needs totals from at least two assessors for its reliability (it has "
                "{assessors}).",
            ),
            panel=pid,
            assessors=assessors,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "GM100Error",
            "In panel {panel} no two assessors both scored two of the same regions, so its reliability "
            "cannot be computed.",
        ),
        panel=pid,
    )


def _icc_reason(pid: str, icc: IccResult) -> Message | None:
    if icc.reason is None:
        return None
    if icc.bms == icc.wms == icc.jms == icc.ems == 0:  # no variance at all
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error", "Every total in panel {panel} is the same, so the ICC is undefined."
            ),
            panel=pid,
        )
    if icc.bms == 0:
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Every region of panel {panel} has the same mean total, so the regions cannot be told apart "
                "and some ICC forms are undefined.",
            ),
            panel=pid,
        )
    return message(
        QT_TRANSLATE_NOOP("GM100Error", "Some ICC forms of panel {panel} are undefined for these totals."),
        panel=pid,
    )


def _corridor(
    pid: str, totals: Mapping[str, Mapping[str, float]], corridor: float
) -> Iterator[CorridorCheck]:
    """One check per assessor with a total in the panel; `totals`: region -> assessor -> own total."""
    deviations: dict[str, list[tuple[str, float]]] = {}
    for code, by_assessor in totals.items():
        ids = sorted(by_assessor)
        values = [by_assessor[a] for a in ids]
        for i, a in enumerate(ids):
            mine = deviations.setdefault(a, [])
            if len(ids) >= 2:
                others = math.fsum(values[:i] + values[i + 1 :]) / (len(ids) - 1)
                mine.append((code, values[i] - others))
    for a in sorted(deviations):
        counted = deviations[a]
        mean = published(math.fsum(d for _, d in counted) / len(counted)) if counted else None
        yield CorridorCheck(
            assessor_id=a,
            panel_id=pid,
            mean_deviation=mean,
            regions_counted=len(counted),
            regions_outside=tuple(sorted(code for code, d in counted if abs(round(d, DECIMALS)) > corridor)),
            flagged=mean is not None and abs(mean) > corridor,
        )


# ---- across all ---------------------------------------------------------------------------------

_LEVELS: tuple[AlphaLevel, AlphaLevel] = ("interval", "ordinal")


def _units(rubric: Rubric, rows: Sequence[AssessorScores]) -> dict[tuple[str, str], dict[str, int]]:
    """(region, criterion) -> assessor -> score, for every scored criterion."""
    known = [c.id for c in rubric.criteria()]
    units: dict[tuple[str, str], dict[str, int]] = {}
    for row in rows:
        for crit in known:
            value = row.scores.get(crit)
            if value is not None:
                units.setdefault((row.region_code, crit), {})[row.assessor_id] = value
    return units


def _alpha(result: AlphaResult) -> AlphaFigure:
    if result.alpha is not None:
        return AlphaFigure(result, None)
    if result.units_used == 0:
        reason = message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "No criterion of any region was scored by two or more assessors, so Krippendorff's alpha "
                "cannot be computed.",
            )
        )
    else:
        reason = message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Every criterion scored by two or more assessors has the same score throughout, so "
                "Krippendorff's alpha is undefined.",
            )
        )
    return AlphaFigure(result, reason)


def _spread(
    rubric: Rubric, units: Mapping[tuple[str, str], Mapping[str, int]], points: int
) -> Iterator[SpreadFlag]:
    order = {c.id: i for i, c in enumerate(rubric.criteria())}
    for region, crit in sorted(units, key=lambda key: (key[0], order[key[1]])):
        by_assessor = units[(region, crit)]
        low, high = min(by_assessor.values()), max(by_assessor.values())
        if high - low >= points:
            yield SpreadFlag(region, crit, low, high, tuple(sorted(by_assessor.items())))


# ---- checks and plain data ----------------------------------------------------------------------


def _check(rubric: Rubric, rows: Sequence[AssessorScores], corridor: float, spread_points: int) -> None:
    if isinstance(corridor, bool) or not isinstance(corridor, int | float) or not math.isfinite(corridor):
        raise ValueError(f"the corridor must be a finite number of points, not {corridor!r}")
    if corridor < 0:
        raise ValueError(f"the corridor must not be negative, not {corridor}")
    if isinstance(spread_points, bool) or not isinstance(spread_points, int) or spread_points < 1:
        raise ValueError(
            f"the spread threshold must be a whole number of scale points from 1, not {spread_points!r}"
        )
    known = {c.id for c in rubric.criteria()}
    low, high = rubric.scale_min, rubric.scale_max
    seen: set[tuple[str, str]] = set()
    for row in rows:
        pair = (row.assessor_id, row.region_code)
        if pair in seen:
            raise ValueError(f"assessor {row.assessor_id} appears twice for region {row.region_code}")
        seen.add(pair)
        for crit, value in row.scores.items():
            if crit not in known:
                raise ValueError(f"criterion {crit!r} is not in rubric {rubric.id!r}")
            if value is not None and (type(value) is not int or not low <= value <= high):
                raise ValueError(f"{row.assessor_id}/{row.region_code}/{crit}: {value!r} is off the scale")


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return published(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _panel_dict(p: PanelAgreement) -> dict[str, Any]:
    return {
        "panel_id": p.panel_id,
        "n_regions": len(p.regions),
        "n_assessors": len(p.assessors),
        "n_regions_used": len(p.regions_used),
        "n_assessors_used": len(p.assessors_used),
        "regions_used": list(p.regions_used),
        "assessors_used": list(p.assessors_used),
        "regions_left_out": list(p.regions_left_out),
        "assessors_left_out": list(p.assessors_left_out),
        "icc": None if p.icc is None else _plain(asdict(p.icc)),
        "icc_reason": None if p.icc_reason is None else p.icc_reason.text,
        "kendall_w": None if p.kendall_w is None else _plain(asdict(p.kendall_w)),
        "kendall_reason": None if p.kendall_reason is None else p.kendall_reason.text,
    }


def _alpha_dict(figure: AlphaFigure) -> dict[str, Any]:
    data = _plain(asdict(figure.result))
    data["reason"] = None if figure.reason is None else figure.reason.text
    return dict(data)
