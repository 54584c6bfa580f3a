"""From the accepted bundles and confirmed paper sheets to whose marks count for which region.

Who should score a region: the assessors seated in its panel at its slot (EventDefinition.seated), less
those with a conflict of interest. Marks from anyone else — a conflicted assessor, an assessor of another
panel, a region not on the schedule — are refused and listed, never silently dropped.

Of one assessor's marks of one region the merge takes, in this order: the signed bundle when it has the
region finalised; a complete paper sheet confirmed by double entry (a laptop died); the bundle's marks in
progress (the region then stays incomplete). A paper sheet that is not used is listed with the reason.
Each reason is a `Message` (translated in the window); the report keeps its English text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from gm100_desktop.domain.aggregate import DEFAULT_METHOD, DEFAULT_TOP_N, AssessorScores
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.merge_intake import NOT_IN_REPORT, BundleRecord, Decision, SheetScores
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message

FINALISED, IN_PROGRESS, MISSING, CONFLICT = "finalised", "in_progress", "missing", "conflict"
BUNDLE, PAPER = "bundle", "paper"


@dataclass(frozen=True)
class MergeOptions:
    method: str = DEFAULT_METHOD
    top_n: int = DEFAULT_TOP_N
    tie_break: tuple[str, ...] | None = None  # None: the default chain
    include_incomplete: tuple[str, ...] = ()
    deadline: str = ""


def options_from(decisions: Sequence[Decision]) -> MergeOptions:
    """The merge options the chair's decisions set (the last decision of a kind wins)."""
    last = {d.kind: d for d in decisions}
    tie = last.get("tie_break")
    return MergeOptions(
        method=last["method"].value if "method" in last else DEFAULT_METHOD,
        top_n=int(last["top_n"].value) if "top_n" in last else DEFAULT_TOP_N,
        tie_break=tuple(x for x in tie.value.split(",") if x) if tie else None,
        include_incomplete=tuple(sorted({d.subject for d in decisions if d.kind == "include_region"})),
        deadline=last["deadline"].value if "deadline" in last else "",
    )


@dataclass(frozen=True)
class Seating:
    """Who should score a region, and who sat in its panel but has a conflict of interest with it."""

    region_code: str
    panel_id: str
    assessors: tuple[str, ...]
    conflicted: tuple[str, ...]


def region_seating(definition: EventDefinition) -> dict[str, Seating]:
    """Region code -> its panel's scorers, for every region on the schedule."""
    clash = {(c.assessor_id, c.region_code) for c in definition.conflicts}
    out: dict[str, Seating] = {}
    for slot in definition.schedule:
        seated = definition.seated(slot.panel_id, slot.start)
        out[slot.region_code] = Seating(
            slot.region_code,
            slot.panel_id,
            tuple(sorted(a for a in seated if (a, slot.region_code) not in clash)),
            tuple(sorted(a for a in seated if (a, slot.region_code) in clash)),
        )
    return out


@dataclass(frozen=True)
class Cell:
    """One square of the completeness matrix: an assessor of a region's panel."""

    region_code: str
    panel_id: str
    assessor_id: str
    state: str  # finalised | in_progress | missing | conflict
    source: str  # bundle | paper | "" (nothing yet, or a conflict)


@dataclass(frozen=True)
class RefusedMarks:
    """Marks that do not count; `reason` is the English text of `message`."""

    assessor_id: str
    region_code: str
    source: str  # bundle | paper
    reason: str
    message: Message | None = field(default=None, compare=False, metadata=NOT_IN_REPORT)

    @classmethod
    def of(cls, assessor_id: str, region_code: str, source: str, why: Message) -> RefusedMarks:
        return cls(assessor_id, region_code, source, why.text, why)


@dataclass(frozen=True)
class UsedMarks:
    """The marks that count, with where they came from (the region sheet and the report print these)."""

    assessor_id: str
    region_code: str
    source: str
    sheet: SheetScores


@dataclass(frozen=True)
class MarksPlan:
    rows: tuple[AssessorScores, ...]  # what the aggregation sees, by region then assessor
    used: tuple[UsedMarks, ...]
    panel_sizes: Mapping[str, int]  # region -> how many assessors should score it
    region_panels: Mapping[str, str]
    completeness: tuple[Cell, ...]  # by panel order, region, assessor
    refused: tuple[RefusedMarks, ...]
    paper_unused: tuple[RefusedMarks, ...]  # confirmed paper sheets that did not count, and why


def plan_marks(
    definition: EventDefinition,
    accepted: Mapping[str, BundleRecord],
    paper: Mapping[tuple[str, str], SheetScores],
) -> MarksPlan:
    """Decide whose marks count for which region (module docstring); deterministic."""
    seating = region_seating(definition)
    criteria = tuple(c.id for c in definition.rubric.criteria())
    clash = {(c.assessor_id, c.region_code) for c in definition.conflicts}
    refused: list[RefusedMarks] = []
    paper_unused: list[RefusedMarks] = []

    def why_not(assessor: str, code: str) -> Message | None:
        seat = seating.get(code)
        if seat is None:
            return message(
                QT_TRANSLATE_NOOP("GM100Error", "region {region} is not on the schedule"), region=code
            )
        if (assessor, code) in clash:
            return message(
                QT_TRANSLATE_NOOP(
                    "GM100Error", "assessor {assessor} has a conflict of interest with region {region}"
                ),
                assessor=assessor,
                region=code,
            )
        if assessor not in seat.assessors:
            return message(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "assessor {assessor} did not sit in panel {panel} when region {region} was assessed",
                ),
                assessor=assessor,
                panel=seat.panel_id,
                region=code,
            )
        return None

    bundle_sheets: dict[tuple[str, str], SheetScores] = {}
    for assessor, record in sorted(accepted.items()):
        for sheet in record.regions:
            if not sheet.has_marks:
                continue
            reason = why_not(assessor, sheet.region_code)
            if reason is not None:
                refused.append(RefusedMarks.of(assessor, sheet.region_code, BUNDLE, reason))
            else:
                bundle_sheets[(assessor, sheet.region_code)] = sheet
    paper_sheets: dict[tuple[str, str], SheetScores] = {}
    for (assessor, code), sheet in sorted(paper.items()):
        reason = why_not(assessor, code)
        if reason is not None:
            refused.append(RefusedMarks.of(assessor, code, PAPER, reason))
            continue
        signed = bundle_sheets.get((assessor, code))
        if signed is not None and signed.state == FINALISED:
            if signed.values == sheet.values:
                unused = QT_TRANSLATE_NOOP("GM100Error", "the signed bundle has this region finalised")
            else:
                unused = QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "the signed bundle has this region finalised, and its marks differ from the paper sheet",
                )
            paper_unused.append(RefusedMarks.of(assessor, code, PAPER, message(unused)))
            continue
        paper_sheets[(assessor, code)] = sheet

    rows: list[AssessorScores] = []
    used: list[UsedMarks] = []
    cells: list[Cell] = []
    panel_order = {p.id: i for i, p in enumerate(definition.panels)}
    for code, seat in sorted(seating.items(), key=lambda kv: (panel_order.get(kv[1].panel_id, 0), kv[0])):
        for assessor in sorted((*seat.assessors, *seat.conflicted)):
            if assessor in seat.conflicted:
                cells.append(Cell(code, seat.panel_id, assessor, CONFLICT, ""))
                continue
            chosen = _choose(bundle_sheets.get((assessor, code)), paper_sheets.get((assessor, code)))
            if chosen is None:
                cells.append(Cell(code, seat.panel_id, assessor, MISSING, ""))
                continue
            source, sheet = chosen
            final = source == PAPER or sheet.state == FINALISED
            cells.append(Cell(code, seat.panel_id, assessor, FINALISED if final else IN_PROGRESS, source))
            used.append(UsedMarks(assessor, code, source, sheet))
            rows.append(AssessorScores(assessor, code, dict(zip(criteria, sheet.values, strict=True)), final))
    rows.sort(key=lambda r: (r.region_code, r.assessor_id))
    used.sort(key=lambda u: (u.region_code, u.assessor_id))
    return MarksPlan(
        rows=tuple(rows),
        used=tuple(used),
        panel_sizes={code: len(seat.assessors) for code, seat in seating.items()},
        region_panels={code: seat.panel_id for code, seat in seating.items()},
        completeness=tuple(cells),
        refused=tuple(sorted(refused, key=lambda r: (r.region_code, r.assessor_id, r.source))),
        paper_unused=tuple(paper_unused),
    )


def _choose(signed: SheetScores | None, paper: SheetScores | None) -> tuple[str, SheetScores] | None:
    if signed is not None and signed.state == FINALISED:
        return BUNDLE, signed
    if paper is not None:
        return PAPER, paper
    if signed is not None:
        return BUNDLE, signed
    return None
