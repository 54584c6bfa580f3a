"""Pieces several sheets print alike: heading fields, numbers, weights and the signature block."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from gm100_desktop.domain.event import EventDefinition, Panel, Region, Slot
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.services.sheets.labels import label, long_date, time_span
from gm100_desktop.services.sheets.pdf_base import (
    BODY_WIDTH,
    Styles,
    field_table_rows,
    grid_style,
    text,
)

INFO_COLUMNS = (80.0, BODY_WIDTH / 2 - 80.0, 80.0, BODY_WIDTH / 2 - 80.0)
LABEL_SHADE = "#f4f4f4"


def number(value: float, language: str, digits: int = 1) -> str:
    """A decimal as people write it: 72,5 in Bahasa Indonesia, 72.5 in English."""
    shown = f"{value:.{digits}f}"
    return shown.replace(".", ",") if language == "id" else shown


def weight_text(value: float, language: str) -> str:
    return number(value, language, 0) if value == int(value) else number(value, language, 2).rstrip("0")


def percent(value: float, language: str) -> str:
    """30% or 33,3%: one decimal, only when needed."""
    return weight_text(round(value, 1), language) + "%"


def dimension_shares(rubric: Rubric) -> dict[str, float]:
    """Each dimension's weight as a percentage of all dimensions' weights."""
    total = sum(d.weight for d in rubric.dimensions)
    return {d.id: 100.0 * d.weight / total for d in rubric.dimensions}


def region_text(region: Region) -> str:
    return f"{region.code} — {region.name}" + (f", {region.province}" if region.province else "")


def panel_text(panel: Panel | None, panel_id: str) -> str:
    if panel is None:
        return panel_id or "—"
    room = f", {panel.room}" if panel.room and panel.room != panel.name else ""
    return f"{panel.id} — {panel.name}{room}"


def slot_text(slot: Slot | None, language: str) -> str:
    if slot is None:
        return label("not_scheduled", language)
    return f"{long_date(slot.start.date(), language)}, {time_span(slot.start, slot.end)}"


def event_text(event: EventDefinition) -> str:
    return f"{event.name} ({event.event_id}, v{event.version})"


def info_table(
    pairs: Sequence[tuple[str, str]],
    styles: Styles,
    last: tuple[str, str] | None = None,
    min_height: float = 0,
) -> Table:
    """Label/value pairs two to a row; `last` on a row of its own across the full width; rows at least
    `min_height` tall (room to write by hand)."""
    rows: list[list[object]] = [list(r) for r in field_table_rows(pairs, styles)]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (0, -1), LABEL_SHADE),
        ("BACKGROUND", (2, 0), (2, len(rows) - 1), LABEL_SHADE),
    ]
    if last is not None:
        rows.append(
            [Paragraph(text(last[0]), styles.cell_bold), Paragraph(text(last[1]), styles.cell), "", ""]
        )
        commands.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    table = Table(rows, colWidths=INFO_COLUMNS, splitInRow=1, minRowHeights=[min_height] * len(rows))
    table.setStyle(grid_style(*commands))
    return table


def signature_block(name: str, language: str, styles: Styles, statement: str = "") -> Flowable:
    """Name, date and signature lines, kept together on one page."""
    parts: list[Flowable] = [Spacer(1, 8)]
    if statement:
        parts.append(Paragraph(text(statement), styles.small))
        parts.append(Spacer(1, 4))
    heads = [Paragraph(text(label(k, language)), styles.cell_bold) for k in ("name", "date", "signature")]
    values = [Paragraph(text(name), styles.cell), Paragraph("", styles.cell), Paragraph("", styles.cell)]
    table = Table([heads, values], colWidths=(BODY_WIDTH * 0.42, BODY_WIDTH * 0.22, BODY_WIDTH * 0.36),
                  minRowHeights=[0, 30])  # fmt: skip
    table.setStyle(grid_style(("VALIGN", (0, 1), (-1, 1), "BOTTOM")))
    parts.append(table)
    return KeepTogether(parts)
