"""One entry for every kind of printed sheet: what to print in, one PDF out (written atomically).

`build_sheets` lays the sheets out in memory and reports progress per sheet; the progress callback may
cancel (a `CancelledError`, nothing written). `write_sheets` then writes the file in one atomic step, so a
failed or cancelled batch never leaves half a PDF behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.errors import GM100Error
from gm100_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from gm100_desktop.services.files import write_atomic
from gm100_desktop.services.sheets.assessor_sheet import AssessorRecord, assessor_pages, assessor_story
from gm100_desktop.services.sheets.blank_sheet import blank_pages, blank_story
from gm100_desktop.services.sheets.labels import label
from gm100_desktop.services.sheets.pdf_base import (
    Progress,
    RenderedPdf,
    check_progress,
    ensure_fonts,
    render_pdf,
)
from gm100_desktop.services.sheets.ranking_report import ranking_report_pdf
from gm100_desktop.services.sheets.region_sheet import region_pages, region_story
from gm100_desktop.services.sheets.schedule_sheet import schedule_pages, schedule_story

ASSESSOR, REGION, BLANK, RANKING, SCHEDULE = "assessor", "region", "blank", "ranking", "schedule"
KINDS = (ASSESSOR, REGION, BLANK, RANKING, SCHEDULE)
AVAILABLE_KINDS = KINDS
MERGE_KINDS = (REGION, RANKING)  # printed from the merge report


@dataclass(frozen=True)
class SheetRequest:
    """What to print. `records`: verified bundles (assessor sheets); `report`: the merge report
    (services.merge, for region sheets and the ranking report); `regions`/`panels`: only these."""

    kind: str
    event: EventDefinition
    language: str = "id"
    records: tuple[AssessorRecord, ...] = ()
    regions: tuple[str, ...] = ()
    panels: tuple[str, ...] = ()
    per_assessor: bool = False  # blank sheets: one per region and seated assessor, pre-filled
    report: Mapping[str, Any] | None = None
    hide_names: bool = False  # region sheets: J1…Jn without the assessors' ids and names


def latest_records(records: Iterable[AssessorRecord]) -> tuple[AssessorRecord, ...]:
    """Of several bundles of one assessor the one with the highest sequence; assessors by id."""
    latest: dict[str, AssessorRecord] = {}
    for record in records:
        aid = record.content.assessor_id
        if aid not in latest or record.content.sequence > latest[aid].content.sequence:
            latest[aid] = record
    return tuple(latest[a] for a in sorted(latest))


def build_sheets(request: SheetRequest, progress: Progress | None = None) -> RenderedPdf:
    """The PDF of the requested sheets; raises a `GM100Error` for a request that prints nothing."""
    ensure_fonts()  # a missing font stops us here, before the first sheet
    event, lang = request.event, request.language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    if request.kind not in AVAILABLE_KINDS:
        raise GM100Error(
            QT_TRANSLATE_NOOP("GM100Error", "Sheets of the kind {kind} are not available yet."),
            kind=request.kind,
        )
    _check_codes(event, request.regions, request.panels)
    if request.kind in MERGE_KINDS:
        report = _merge_report(request)
        if request.kind == RANKING:
            return ranking_report_pdf(report, lang, progress)
        r_pages = region_pages(report, set(request.regions))
        story = region_story(event, report, r_pages, lang, progress, hide_names=request.hide_names)
        title, count = "region_doc", len(r_pages)
    elif request.kind == ASSESSOR:
        if not request.records:
            raise GM100Error(
                QT_TRANSLATE_NOOP(
                    "GM100Error", "Assessor sheets are printed from score bundles; none was given."
                )
            )
        a_pages = assessor_pages(event, latest_records(request.records), set(request.regions))
        story, title, count = assessor_story(event, a_pages, lang, progress), "assessor_doc", len(a_pages)
    elif request.kind == BLANK:
        b_pages = blank_pages(event, set(request.regions), per_assessor=request.per_assessor)
        story, title, count = blank_story(event, b_pages, lang, progress), "blank_doc", len(b_pages)
    else:
        s_pages = schedule_pages(event, set(request.panels))
        story, title, count = schedule_story(event, s_pages, lang, progress), "schedule_doc", len(s_pages)
    if count == 0 and request.kind != SCHEDULE:
        raise GM100Error(
            QT_TRANSLATE_NOOP(
                "GM100Error", "Nothing to print: none of the regions asked for is on these sheets."
            )
        )
    check_progress(progress, 0, count)
    pdf = render_pdf(story, title=f"{label(title, lang)} — {event.name}", language=lang, sheets=count)
    check_progress(progress, count, count)
    return pdf


def _merge_report(request: SheetRequest) -> Mapping[str, Any]:
    report, event = request.report, request.event
    if report is None:
        raise GM100Error(
            QT_TRANSLATE_NOOP(
                "GM100Error", "Region sheets and the ranking report are printed from a merge; none was given."
            )
        )
    if (report["event"]["event_id"], report["event"]["version"]) != (event.event_id, event.version):
        raise GM100Error(
            QT_TRANSLATE_NOOP(
                "GM100Error", "The merge is of the event {merged}, not of {event}: nothing was printed."
            ),
            merged=f"{report['event']['event_id']} v{report['event']['version']}",
            event=f"{event.event_id} v{event.version}",
        )
    return report


def write_sheets(path: Path, pdf: RenderedPdf) -> None:
    """Write the PDF atomically: the old file or the new one, never part of one."""
    write_atomic(path, pdf.data)


def _check_codes(event: EventDefinition, regions: Iterable[str], panels: Iterable[str]) -> None:
    unknown = sorted(set(regions) - {g.code for g in event.regions})
    if unknown:
        raise GM100Error(
            QT_TRANSLATE_NOOP("GM100Error", "Not a region of the event {event}: {codes}."),
            event=event.event_id,
            codes=", ".join(unknown),
        )
    unknown = sorted(set(panels) - {p.id for p in event.panels})
    if unknown:
        raise GM100Error(
            QT_TRANSLATE_NOOP("GM100Error", "Not a panel of the event {event}: {panels}."),
            event=event.event_id,
            panels=", ".join(unknown),
        )
