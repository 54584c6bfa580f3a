"""The presentation schedule, one sheet per panel and day: slots in time order and who sits in the panel.

Without a seating every assessor of the panel sits through the day, listed once above the slots. With a
rotating seating (or a conflict of interest on that day) each slot lists who sits in the panel when it
starts; an assessor with a conflict of interest for the region is marked with an asterisk.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from gm100_desktop.domain.event import EventDefinition, Panel, RosterEntry, Slot
from gm100_desktop.services.sheets.common import event_text, info_table, panel_text
from gm100_desktop.services.sheets.labels import label, long_date, time_span
from gm100_desktop.services.sheets.pdf_base import (
    BODY_WIDTH,
    SHADE,
    Progress,
    SheetInfo,
    SheetStart,
    Styles,
    grid_style,
    sheet_styles,
    text,
)


@dataclass(frozen=True)
class SchedulePage:
    panel: Panel
    day: date
    day_number: int
    slots: tuple[Slot, ...]


def schedule_pages(event: EventDefinition, panels: Collection[str] = ()) -> list[SchedulePage]:
    """One page per panel and day with presentations, panels in event order, days in date order."""
    pages: list[SchedulePage] = []
    for panel in event.panels:
        if panels and panel.id not in panels:
            continue
        days: dict[date, list[Slot]] = {}
        for slot in event.schedule:
            if slot.panel_id == panel.id:
                days.setdefault(slot.start.date(), []).append(slot)
        for day in sorted(days):
            number = (day - event.start_date).days + 1
            pages.append(SchedulePage(panel, day, number, tuple(sorted(days[day], key=lambda s: s.start))))
    return pages


def schedule_story(
    event: EventDefinition, pages: Sequence[SchedulePage], language: str, progress: Progress | None
) -> list[Flowable]:
    styles = sheet_styles()
    if not pages:
        info = SheetInfo("schedule", event.name, label("schedule_title", language), event.event_id)
        return [
            SheetStart(info, 0, 1, progress),
            Paragraph(text(label("schedule_title", language)), styles.title),
            Paragraph(text(label("no_schedule", language)), styles.body),
        ]
    story: list[Flowable] = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        info = SheetInfo(
            key=f"schedule\0{page.panel.id}\0{page.day.isoformat()}",
            header_left=f"{event.name} — {label('schedule_title', language)}",
            header_right=f"{page.panel.id} · {label('day', language, n=page.day_number)}",
            footer_left=f"{event.event_id} v{event.version}",
        )
        story.append(SheetStart(info, i, len(pages), progress))
        story.extend(schedule_sheet(event, page, language, styles))
    return story


def schedule_sheet(
    event: EventDefinition, page: SchedulePage, language: str, styles: Styles
) -> list[Flowable]:
    """The flowables of one panel's schedule for one day."""
    roster = {a.assessor_id: a for a in event.roster}
    conflicts = {(c.assessor_id, c.region_code) for c in event.conflicts}
    seated = {s: event.seated(s.panel_id, s.start) for s in page.slots}
    per_slot = bool(event.seating) or any(
        (a, s.region_code) in conflicts for s in page.slots for a in seated[s]
    )
    day = f"{label('day', language, n=page.day_number)}: {long_date(page.day, language)}"
    out: list[Flowable] = [
        Paragraph(text(f"{label('schedule_title', language)} — {page.panel.name}"), styles.title),
        info_table(
            [
                (label("event", language), event_text(event)),
                (label("panel", language), panel_text(page.panel, page.panel.id)),
                (label("date", language), day),
                (
                    label("presentations_label", language),
                    label("presentations", language, count=len(page.slots)),
                ),
            ],
            styles,
        ),
        Spacer(1, 6),
    ]
    names = sorted({a for s in page.slots for a in seated[s]}) if per_slot else list(seated[page.slots[0]])
    if event.seating:
        out.append(Paragraph(text(label("rotation_note", language)), styles.small))
        out.append(Spacer(1, 3))
    out.append(Paragraph(text(label("panel_assessors", language)), styles.heading))
    out.append(_assessor_table([roster[a] for a in names if a in roster], styles))
    out.append(Spacer(1, 8))
    out.append(_slot_table(event, page, seated, conflicts, per_slot, language, styles))
    if per_slot and any((a, s.region_code) in conflicts for s in page.slots for a in seated[s]):
        out.append(Spacer(1, 3))
        out.append(Paragraph(text(label("conflict_mark", language)), styles.small))
    return out


def _assessor_table(entries: Sequence[RosterEntry], styles: Styles) -> Table:
    rows = [
        [
            Paragraph(f"<b>{text(a.assessor_id)}</b>", styles.cell),
            Paragraph(text(a.name), styles.cell),
            Paragraph(text(a.institution), styles.cell),
        ]
        for a in entries
    ] or [[Paragraph("—", styles.cell), "", ""]]
    table = Table(rows, colWidths=(50.0, BODY_WIDTH * 0.4, BODY_WIDTH * 0.6 - 50.0), splitInRow=1)
    table.setStyle(grid_style())
    return table


def _slot_table(
    event: EventDefinition,
    page: SchedulePage,
    seated: dict[Slot, tuple[str, ...]],
    conflicts: set[tuple[str, str]],
    per_slot: bool,
    language: str,
    styles: Styles,
) -> Table:
    regions = {g.code: g for g in event.regions}
    heads = ["time", "code", "region", "room", *(["assessors"] if per_slot else [])]
    rows: list[list[object]] = [
        [Paragraph("#", styles.cell_bold)]
        + [Paragraph(text(label(h, language)), styles.cell_bold) for h in heads]
    ]
    for n, slot in enumerate(page.slots, start=1):
        region = regions.get(slot.region_code)
        name = text(region.name) if region else ""
        province = (
            f'<br/><font size="7" color="#555555">{text(region.province)}</font>'
            if region and region.province
            else ""
        )
        row: list[object] = [
            Paragraph(str(n), styles.cell),
            Paragraph(time_span(slot.start, slot.end), styles.cell),
            Paragraph(text(slot.region_code), styles.cell),
            Paragraph(name + province, styles.cell),
            Paragraph(text(page.panel.room), styles.cell),
        ]
        if per_slot:
            marked = [a + ("*" if (a, slot.region_code) in conflicts else "") for a in seated[slot]]
            row.append(Paragraph(text(", ".join(marked) or "—"), styles.cell))
        rows.append(row)
    widths = [22.0, 62.0, 48.0]
    rest = BODY_WIDTH - sum(widths)
    widths += [rest * 0.5, rest * 0.2, rest * 0.3] if per_slot else [rest * 0.75, rest * 0.25]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(grid_style(("BACKGROUND", (0, 0), (-1, 0), SHADE)))
    return table
