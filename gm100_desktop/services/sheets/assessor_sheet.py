"""The assessor's own score sheet: one per region of their panel, signed by hand, matched to the bundle.

Each sheet shows the event, region, panel and slot; every criterion in rubric order with its score, the
level's descriptor and the note; dimension subtotals and the total (domain.scoring.summarise); name, date and
signature lines; and in the footer of every page the assessor's key id, the bundle's sequence number and a
short SHA-256 of its bundle.json, so that the paper can be matched to the signed record.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from gm100_desktop.domain.bundle import BundleContent, BundleRegion, ScoreBundle
from gm100_desktop.domain.canonical import sha256_hex
from gm100_desktop.domain.event import EventDefinition, Region, Slot
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.domain.scoring import ScoreSummary, summarise
from gm100_desktop.services.sheets.common import (
    dimension_shares,
    event_text,
    info_table,
    number,
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
    SHADE,
    Progress,
    SheetInfo,
    SheetStart,
    Styles,
    grid_style,
    sheet_styles,
    text,
)

LONG_NOTE = 500  # longer notes are printed after the table, where they may run onto the next page
SHORT_HASH = 16
COLUMNS = (132.0, 36.0, BODY_WIDTH - 168.0)


@dataclass(frozen=True)
class AssessorRecord:
    """One assessor's verified bundle content and the SHA-256 of its exact bundle.json."""

    content: BundleContent
    bundle_sha256: str

    @staticmethod
    def of(bundle: ScoreBundle) -> AssessorRecord:
        return AssessorRecord(bundle.content, sha256_hex(bundle.bundle_json))

    @property
    def short_hash(self) -> str:
        return self.bundle_sha256[:SHORT_HASH]


@dataclass(frozen=True)
class AssessorPage:
    """One region on one assessor's sheet: the slot they sat in (None: not scheduled for them)."""

    record: AssessorRecord
    region: Region
    slot: Slot | None


def assessor_pages(
    event: EventDefinition, records: Sequence[AssessorRecord], regions: Collection[str] = ()
) -> list[AssessorPage]:
    """The sheets to print: per assessor, the regions of the slots they sit in (in time order), then any
    other region they scored; only `regions` when given."""
    by_code = {g.code: g for g in event.regions}
    pages: list[AssessorPage] = []
    for record in records:
        aid = record.content.assessor_id
        slots = [s for s in event.schedule if aid in event.seated(s.panel_id, s.start)]
        seen = {s.region_code for s in slots}
        extra = sorted(
            g.code
            for g in record.content.regions
            if g.code not in seen and g.code in by_code and any(s.value is not None for s in g.scores)
        )
        own = [(by_code[s.region_code], s) for s in slots] + [(by_code[c], None) for c in extra]
        pages.extend(AssessorPage(record, g, s) for g, s in own if not regions or g.code in regions)
    return pages


def assessor_story(
    event: EventDefinition, pages: Sequence[AssessorPage], language: str, progress: Progress | None
) -> list[Flowable]:
    styles = sheet_styles()
    story: list[Flowable] = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(SheetStart(_info(event, page, language), i, len(pages), progress))
        story.extend(region_sheet(event, page, language, styles))
    return story


def _info(event: EventDefinition, page: AssessorPage, language: str) -> SheetInfo:
    c = page.record.content
    footer = label(
        "record_footer", language, assessor=c.assessor_id, key_id=c.key_id, sequence=c.sequence,
        hash=page.record.short_hash,
    )  # fmt: skip
    return SheetInfo(
        key=f"{c.assessor_id}\0{page.region.code}",
        header_left=f"{event.name} — {label('assessor_title', language)}",
        header_right=f"{page.region.code} {page.region.name} · {c.assessor_id}",
        footer_left=footer,
    )


def region_sheet(event: EventDefinition, page: AssessorPage, language: str, styles: Styles) -> list[Flowable]:
    """The flowables of one region's sheet."""
    c = page.record.content
    scored = next((g for g in c.regions if g.code == page.region.code), None)
    conflict = next(
        (x for x in event.conflicts if x.assessor_id == c.assessor_id and x.region_code == page.region.code),
        None,
    )
    values = {s.criterion: s.value for s in scored.scores} if scored else {}
    has_scores = any(v is not None for v in values.values())
    out: list[Flowable] = [Paragraph(text(label("assessor_title", language)), styles.title)]
    if has_scores and scored is not None and scored.state != "finalised":
        out.append(Paragraph(text(label("draft", language)), styles.banner))
    fields, record = _fields(event, page, scored, language)
    out.append(info_table(fields, styles, last=record))
    out.append(Spacer(1, 6))
    name = c.assessor_name or _roster_name(event, c.assessor_id)
    if conflict is not None and not has_scores:
        out.append(Paragraph(text(label("conflict", language)), styles.heading))
        if conflict.reason:
            out.append(
                Paragraph(text(label("conflict_reason", language, reason=conflict.reason)), styles.body)
            )
        out.append(signature_block(name, language, styles))
        return out
    if not has_scores or scored is None:
        out.append(Paragraph(text(label("region_not_scored", language)), styles.heading))
        out.append(signature_block(name, language, styles))
        return out
    long_notes: list[str] = []
    out.append(_criteria_table(event.rubric, scored, language, styles, long_notes))
    if scored.note.strip():
        out.append(Paragraph(text(label("region_note", language)), styles.heading))
        out.append(Paragraph(text(scored.note), styles.body))
    if long_notes:
        out.append(Paragraph(text(label("long_notes", language)), styles.heading))
        for n, note in enumerate(long_notes, start=1):
            out.append(Paragraph(f"<b>{n}.</b> {text(note)}", styles.body))
            out.append(Spacer(1, 3))
    out.append(signature_block(name, language, styles, label("sign_statement", language)))
    return out


def _roster_name(event: EventDefinition, assessor_id: str) -> str:
    return next((a.name for a in event.roster if a.assessor_id == assessor_id), assessor_id)


def _fields(
    event: EventDefinition, page: AssessorPage, scored: BundleRegion | None, language: str
) -> tuple[list[tuple[str, str]], tuple[str, str]]:
    """The heading fields, and the signed record's line (printed across the full width)."""
    c = page.record.content
    panel_id = (
        page.slot.panel_id
        if page.slot
        else next((a.panel_id for a in event.roster if a.assessor_id == c.assessor_id), "")
    )
    panel = next((p for p in event.panels if p.id == panel_id), None)
    entry = next((a for a in event.roster if a.assessor_id == c.assessor_id), None)
    who = f"{c.assessor_id} — {c.assessor_name or (entry.name if entry else '')}"
    if entry is not None and entry.institution:
        who += f", {entry.institution}"
    if scored is None or not any(s.value is not None for s in scored.scores):
        status = label("not_started", language)
    elif scored.state == "finalised" and scored.finalised_at:
        status = label("finalised_at", language, time=scored.finalised_at[:16].replace("T", " "))
    else:
        status = label("in_progress", language)
    record = label(
        "record_value", language, key_id=c.key_id, sequence=c.sequence, hash=page.record.short_hash
    )
    return [
        (label("event", language), event_text(event)),
        (label("region", language), region_text(page.region)),
        (label("panel", language), panel_text(panel, panel_id)),
        (label("slot", language), slot_text(page.slot, language)),
        (label("assessor", language), who),
        (label("status", language), status),
    ], (label("record", language), record)


def _criteria_table(
    rubric: Rubric, region: BundleRegion, language: str, styles: Styles, long_notes: list[str]
) -> Table:
    by_id = {s.criterion: s for s in region.scores}
    summary = summarise(rubric, {s.criterion: s.value for s in region.scores})
    shares = dimension_shares(rubric)
    rows: list[list[object]] = [
        [
            Paragraph(text(label("criterion", language)), styles.cell_bold),
            Paragraph(text(label("score", language)), styles.cell_bold),
            Paragraph(text(label("descriptor", language)), styles.cell_bold),
        ]
    ]
    commands: list[tuple[object, ...]] = [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    for dimension, subtotal in zip(rubric.dimensions, summary.dimensions, strict=True):
        row = len(rows)
        head = (
            f"<b>{text(dimension.label(language))}</b> · "
            f"{label('weight', language, weight=percent(shares[dimension.id], language))}"
        )
        result = (
            f"{text(label('subtotal', language))}: <b>"
            f"{number(subtotal.score, language) if subtotal.score is not None else '—'}</b> "
            f"({text(label('scored_count', language, scored=subtotal.scored, criteria=subtotal.criteria))})"
        )
        rows.append([Paragraph(head, styles.cell), "", Paragraph(result, styles.cell_right)])
        commands += [("SPAN", (0, row), (1, row)), ("BACKGROUND", (0, row), (-1, row), SHADE)]
        for criterion in dimension.criteria:
            score = by_id.get(criterion.id)
            value = score.value if score else None
            name = f"<b>{text(criterion.id)}</b> {text(criterion.label(language))}"
            if criterion.weight != 1:
                weight = label("weight", language, weight=weight_text(criterion.weight, language))
                name += f' <font size="6.5" color="#555555">({text(weight)})</font>'
            detail: list[Paragraph] = []
            if value is None:
                shown = Paragraph("—", styles.score)
                detail.append(Paragraph(f"<i>{text(label('not_scored', language))}</i>", styles.cell_small))
            else:
                shown = Paragraph(str(value), styles.score)
                scale = rubric.scale_label(value, language)
                level = f"<b>{text(scale)}.</b> " if scale else ""
                detail.append(
                    Paragraph(level + text(criterion.descriptor(value, language)), styles.cell_small)
                )
            note = score.note.strip() if score else ""
            if len(note) > LONG_NOTE:
                long_notes.append(note)
                detail.append(
                    Paragraph(f"<b>{text(label('see_note', language, n=len(long_notes)))}</b>", styles.cell)
                )
            elif note:
                detail.append(Paragraph(f"<b>{text(label('note', language))}:</b> {text(note)}", styles.cell))
            rows.append([Paragraph(name, styles.cell), shown, detail])
    rows.append(_total_row(summary, language, styles))
    commands += [("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    table = Table(rows, colWidths=COLUMNS, repeatRows=1, splitInRow=1)
    table.setStyle(grid_style(*commands))
    return table


def _total_row(summary: ScoreSummary, language: str, styles: Styles) -> list[object]:
    total = number(summary.total, language) if summary.total is not None else "—"
    note = ""
    if not summary.complete:
        provisional = label("provisional", language, scored=summary.scored, criteria=summary.criteria)
        note = f' <font size="7">({text(provisional)})</font>'

    return [
        Paragraph(f"<b>{text(label('total', language))}</b>", styles.cell),
        "",
        Paragraph(f"<b>{total}</b>{note}", styles.cell_right),
    ]
