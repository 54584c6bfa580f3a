"""Blank paper score sheets for when a laptop dies: pre-filled with region, panel and criteria, boxes to tick.

The criteria follow the rubric's order, as the chair's paper-entry form (double entry) does, so the
secretariat types a sheet top to bottom. One sheet per region, or per region and seated assessor (one
assessor's scores of one region is what a paper entry is). Conflicted assessors get no sheet for the region.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from gm100_desktop.domain.event import EventDefinition, Region, RosterEntry, Slot
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.services.sheets.common import (
    dimension_shares,
    event_text,
    info_table,
    panel_text,
    percent,
    region_text,
    signature_block,
    slot_text,
    weight_text,
)
from gm100_desktop.services.sheets.labels import label
from gm100_desktop.services.sheets.pdf_base import (
    BODY_WIDTH,
    GREY,
    REGULAR,
    SHADE,
    Progress,
    SheetInfo,
    SheetStart,
    Styles,
    grid_style,
    sheet_styles,
    text,
)

MAX_BOXES = 11  # wider scales get a box to write the number in
BOX = 11.0
BOX_STEP = 17.0
CRITERION_WIDTH = 165.0
ROW_HEIGHT = 26.0  # room to write a short note by hand


@dataclass(frozen=True)
class BlankPage:
    region: Region
    slot: Slot | None
    assessor: RosterEntry | None  # None: a sheet any assessor of the panel fills in


class ScoreBoxes(Flowable):  # type: ignore[misc]
    """A row of empty boxes, one per scale value, each with its value printed beneath."""

    def __init__(self, values: Sequence[int]) -> None:
        super().__init__()
        self.values = list(values)
        self.width = len(self.values) * BOX_STEP
        self.height = BOX + 9

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(0.8)
        c.setFont(REGULAR, 6.5)
        c.setFillColor(GREY)
        for i, value in enumerate(self.values):
            x = i * BOX_STEP + (BOX_STEP - BOX) / 2
            c.rect(x, 9, BOX, BOX, stroke=1, fill=0)
            c.drawCentredString(x + BOX / 2, 1.5, str(value))
        c.restoreState()


def blank_pages(
    event: EventDefinition, regions: Collection[str] = (), *, per_assessor: bool = False
) -> list[BlankPage]:
    """Sheets in schedule order (then unscheduled regions by code); per seated assessor when asked."""
    first_slot: dict[str, Slot] = {}
    for s in event.schedule:
        first_slot.setdefault(s.region_code, s)

    def order(g: Region) -> tuple[int, str, str]:
        slot = first_slot.get(g.code)
        return (0, slot.start.isoformat(), slot.panel_id) if slot else (1, g.code, "")

    ordered = sorted(event.regions, key=order)
    roster = {a.assessor_id: a for a in event.roster}
    conflicts = {(c.assessor_id, c.region_code) for c in event.conflicts}
    pages: list[BlankPage] = []
    for region in ordered:
        if regions and region.code not in regions:
            continue
        slot = first_slot.get(region.code)
        if not per_assessor:
            pages.append(BlankPage(region, slot, None))
            continue
        seated = event.seated(slot.panel_id, slot.start) if slot else ()
        for aid in seated:
            if (aid, region.code) not in conflicts:
                pages.append(BlankPage(region, slot, roster[aid]))
    return pages


def blank_story(
    event: EventDefinition, pages: Sequence[BlankPage], language: str, progress: Progress | None
) -> list[Flowable]:
    styles = sheet_styles()
    story: list[Flowable] = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(SheetStart(_info(event, page, language), i, len(pages), progress))
        story.extend(blank_sheet(event, page, language, styles))
    return story


def _info(event: EventDefinition, page: BlankPage, language: str) -> SheetInfo:
    who = page.assessor.assessor_id if page.assessor else ""
    footer = f"{event.event_id} v{event.version} · {page.region.code}" + (f" · {who}" if who else "")
    return SheetInfo(
        key=f"blank\0{who}\0{page.region.code}",
        header_left=f"{event.name} — {label('blank_title', language)}",
        header_right=f"{page.region.code} {page.region.name}" + (f" · {who}" if who else ""),
        footer_left=footer,
    )


def blank_sheet(event: EventDefinition, page: BlankPage, language: str, styles: Styles) -> list[Flowable]:
    """The flowables of one blank sheet."""
    rubric = event.rubric
    panel_id = page.slot.panel_id if page.slot else (page.assessor.panel_id if page.assessor else "")
    panel = next((p for p in event.panels if p.id == panel_id), None)
    a = page.assessor
    fields = [
        (label("event", language), event_text(event)),
        (label("region", language), region_text(page.region)),
        (label("panel", language), panel_text(panel, panel_id)),
        (label("slot", language), slot_text(page.slot, language)),
        (
            label("assessor", language),
            f"{a.name}" + (f", {a.institution}" if a.institution else "") if a else "",
        ),
        (label("assessor_id", language), a.assessor_id if a else ""),
    ]
    out: list[Flowable] = [
        Paragraph(text(label("blank_title", language)), styles.title),
        info_table(fields, styles, min_height=0 if a else 22),
        Spacer(1, 5),
        Paragraph(
            text(label("blank_instructions", language, low=rubric.scale_min, high=rubric.scale_max)),
            styles.small,
        ),
    ]
    legend = " · ".join(
        f"{v} = {rubric.scale_label(v, language)}" for v in rubric.scale if rubric.scale_label(v, language)
    )
    if legend:
        out.append(Paragraph(f"<b>{text(label('scale', language))}:</b> {text(legend)}", styles.small))
    out.append(Spacer(1, 4))
    out.append(_criteria_table(rubric, language, styles))
    out.append(Spacer(1, 6))
    out.append(_note_box(label("region_note", language), styles))
    out.append(signature_block(a.name if a else "", language, styles))
    out.append(_double_entry(language, styles))
    return out


def _criteria_table(rubric: Rubric, language: str, styles: Styles) -> Table:
    values = list(rubric.scale)
    boxes_width = (len(values) if len(values) <= MAX_BOXES else 4) * BOX_STEP + 8
    widths = (CRITERION_WIDTH, boxes_width, BODY_WIDTH - CRITERION_WIDTH - boxes_width)
    shares = dimension_shares(rubric)
    rows: list[list[object]] = [
        [Paragraph(text(label(k, language)), styles.cell_bold) for k in ("criterion", "score", "note")]
    ]
    heights: list[float] = [0]
    commands: list[tuple[object, ...]] = [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    for dimension in rubric.dimensions:
        row = len(rows)
        weight = label("weight", language, weight=percent(shares[dimension.id], language))
        rows.append(
            [Paragraph(f"<b>{text(dimension.label(language))}</b> · {text(weight)}", styles.cell), "", ""]
        )
        heights.append(0)
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SHADE)]
        for criterion in dimension.criteria:
            name = f"<b>{text(criterion.id)}</b> {text(criterion.label(language))}"
            if criterion.weight != 1:
                w = label("weight", language, weight=weight_text(criterion.weight, language))
                name += f' <font size="6.5" color="#555555">({text(w)})</font>'
            score: Flowable
            if len(values) <= MAX_BOXES:
                score = ScoreBoxes(values)
            else:
                score = Paragraph(
                    text(label("write_score", language, low=values[0], high=values[-1])), styles.cell_small
                )
            rows.append([Paragraph(name, styles.cell), score, ""])
            heights.append(ROW_HEIGHT)
    table = Table(rows, colWidths=widths, minRowHeights=heights, repeatRows=1, splitInRow=1)
    table.setStyle(grid_style(*commands, ("ALIGN", (1, 1), (1, -1), "CENTER")))  # top-aligned: rows can split
    return table


def _note_box(title: str, styles: Styles) -> Table:
    """An empty box to write in, its title in the top corner."""
    box = Table(
        [[Paragraph(f"<b>{text(title)}</b>", styles.cell)]], colWidths=(BODY_WIDTH,), rowHeights=(40,)
    )
    box.setStyle(grid_style())
    return box


def _double_entry(language: str, styles: Styles) -> Flowable:
    """Boxes for the two people who type this sheet in (an entry counts once two of them agree)."""
    heads = [Paragraph(text(label(k, language)), styles.cell_bold) for k in ("name", "date", "initials")]
    rows: list[list[object]] = [[Paragraph(text(label("secretariat", language)), styles.cell_bold), *heads]]
    for n in (1, 2):
        rows.append([Paragraph(text(label("entered_by", language, n=n)), styles.cell), "", "", ""])
    table = Table(
        rows, colWidths=(BODY_WIDTH * 0.3, BODY_WIDTH * 0.36, BODY_WIDTH * 0.2, BODY_WIDTH * 0.14),
        rowHeights=[None, 18, 18],
    )  # fmt: skip
    table.setStyle(grid_style(("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 1), (0, -1), "MIDDLE")))
    return KeepTogether([Spacer(1, 6), table])
