"""The chair's region sheet, like a skating "judges' details" protocol: all assessors' marks in columns.

One sheet per region, made from the merge report (domain/merge_report.py) and the event: region, panel, slot
and rank; a table of criteria × assessors (J1…Jn, with a legend naming them unless names are hidden), the
aggregate by the report's method and the count; dimension subtotals and the total; criteria where the
assessors disagree (the report's spread flags) marked; every note, wrapped, after the table.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from gm100_desktop.domain.event import EventDefinition, Region
from gm100_desktop.i18n import pick
from gm100_desktop.services.ranking_outputs import word
from gm100_desktop.services.sheets.common import (
    dimension_shares,
    event_text,
    info_table,
    number,
    panel_text,
    percent,
    region_text,
    slot_text,
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

Report = Mapping[str, Any]
MAX_JUDGES = 12  # more assessors than this: the table continues in a second block of columns
AGGREGATE_WIDTH = 58.0
COUNT_WIDTH = 24.0
JUDGE_WIDTH = 38.0
SPREAD_FILL = colors.HexColor("#fff1c2")
AGGREGATE_FILL = colors.HexColor("#e4ecf7")
SPREAD_MARK = "↕"
FALLBACK_MARK = "†"


def region_pages(report: Report, regions: Collection[str] = ()) -> list[Mapping[str, Any]]:
    """The report's regions to print: ranked ones in rank order, then the others by code."""
    order = {r["region_code"]: i for i, r in enumerate(report["ranking"])}
    chosen = [g for g in report["regions"] if not regions or g["region_code"] in regions]
    return sorted(chosen, key=lambda g: (order.get(g["region_code"], len(order)), g["region_code"]))


def region_story(
    event: EventDefinition,
    report: Report,
    pages: Sequence[Mapping[str, Any]],
    language: str,
    progress: Progress | None,
    *,
    hide_names: bool = False,
) -> list[Flowable]:
    styles = sheet_styles()
    by_code = {g.code: g for g in event.regions}
    story: list[Flowable] = []
    for i, data in enumerate(pages):
        region = by_code.get(data["region_code"]) or Region(
            data["region_code"], data.get("name", ""), data.get("province", ""), data.get("kind", "")
        )
        if i:
            story.append(PageBreak())
        story.append(SheetStart(_info(event, report, region, language), i, len(pages), progress))
        story.extend(region_sheet(event, report, data, region, language, styles, hide_names=hide_names))
    return story


def _info(event: EventDefinition, report: Report, region: Region, language: str) -> SheetInfo:
    method = word(report["rule"]["method"], language)
    package = str(report["event"]["package_sha256"])[:16]
    return SheetInfo(
        key=f"region\0{region.code}",
        header_left=f"{event.name} — {label('region_title', language)}",
        header_right=f"{region.code} {region.name}",
        footer_left=f"{event.event_id} v{event.version} · {method} · sha256 {package}",
    )


def region_sheet(
    event: EventDefinition,
    report: Report,
    data: Mapping[str, Any],
    region: Region,
    language: str,
    styles: Styles,
    *,
    hide_names: bool = False,
) -> list[Flowable]:
    """The flowables of one region's sheet."""
    out: list[Flowable] = [
        Paragraph(text(label("region_title", language)), styles.title),
        info_table(_fields(event, report, data, region, language), styles, last=_status(data, language)),
        Spacer(1, 6),
    ]
    marks = sorted(data["marks"], key=lambda m: str(m["assessor_id"]))
    if not marks:
        out.append(Paragraph(text(label("no_marks", language)), styles.heading))
        cells = [c for c in report.get("completeness", ()) if c["region_code"] == data["region_code"]]
        if cells:
            shown = ", ".join(f"{c['assessor_id']}: {word(c['state'], language)}" for c in cells)
            out.append(Paragraph(text(label("panel_cells", language, cells=shown)), styles.body))
        out.extend(_refused(report, data, language, styles))
        return out
    spread = {
        f["criterion_id"]
        for f in report.get("reliability", {}).get("spread", ())
        if f.get("region_code") == data["region_code"]
    }
    for start in range(0, len(marks), MAX_JUDGES):
        block = marks[start : start + MAX_JUDGES]
        out.append(_marks_table(event, report, data, block, start, spread, language, styles))
        out.append(Spacer(1, 4))
    out.extend(_legend(report, marks, spread, data, language, styles, hide_names))
    out.extend(_notes(report, marks, language, styles, hide_names))
    out.extend(_refused(report, data, language, styles))
    return out


def _fields(
    event: EventDefinition, report: Report, data: Mapping[str, Any], region: Region, language: str
) -> list[tuple[str, str]]:
    panel_id = str(data.get("panel_id", ""))
    panel = next((p for p in event.panels if p.id == panel_id), None)
    slot = next((s for s in event.schedule if s.region_code == region.code), None)
    method = word(report["rule"]["method"], language)
    count = len(data["marks"])
    expected = data.get("expected_assessors")
    counted = (
        label("method_count", language, method=method, count=count, expected=expected)
        if expected is not None
        else label("method_count_plain", language, method=method, count=count)
    )
    return [
        (label("event", language), event_text(event)),
        (label("region", language), region_text(region)),
        (label("panel", language), panel_text(panel, panel_id)),
        (label("slot", language), slot_text(slot, language)),
        (label("rank", language), _rank_text(report, data, language)),
        (label("method", language), counted),
    ]


def _rank_text(report: Report, data: Mapping[str, Any], language: str) -> str:
    rank = data.get("rank")
    if rank is None:
        return label("not_ranked", language)
    if data["region_code"] in report.get("cut_tie", ()):
        return label("rank_tied", language, rank=rank)
    if data.get("selected"):
        return label("rank_selected", language, rank=rank, top=report["rule"]["top_n"])
    return label("rank_not_selected", language, rank=rank)


def _status(data: Mapping[str, Any], language: str) -> tuple[str, str]:
    reasons = []
    if data.get("unscored"):
        reasons.append(label("incomplete_unscored", language, criteria=", ".join(data["unscored"])))
    if data.get("not_finalised"):
        reasons.append(label("incomplete_not_final", language, assessors=", ".join(data["not_finalised"])))
    if data.get("missing_assessors"):
        reasons.append(label("incomplete_missing", language, count=data["missing_assessors"]))
    if data.get("complete") and not reasons:
        value = label("complete", language)
    else:
        value = "; ".join(reasons) or label("no_marks", language)
        if data.get("rank") is not None:
            value += f" ({label('included_by_chair', language)})"
    return label("completeness", language), value


def _marks_table(
    event: EventDefinition,
    report: Report,
    data: Mapping[str, Any],
    marks: Sequence[Mapping[str, Any]],
    first: int,
    spread: set[str],
    language: str,
    styles: Styles,
) -> Table:
    rubric = report["event"]["rubric"]
    order = list(rubric["criteria"])
    names = rubric["criterion_names"]
    n = len(marks)
    judge_width = min(JUDGE_WIDTH, (BODY_WIDTH - 150 - AGGREGATE_WIDTH - COUNT_WIDTH) / n)
    widths = [BODY_WIDTH - n * judge_width - AGGREGATE_WIDTH - COUNT_WIDTH, *[judge_width] * n]
    widths += [AGGREGATE_WIDTH, COUNT_WIDTH]
    agg = {c["criterion_id"]: c for c in data["criteria"]}
    dims = {d["dimension_id"]: d for d in data["dimensions"]}
    method = report["rule"]["method"]
    shares = dimension_shares(event.rubric) if event.rubric.id == rubric["id"] else {}

    def cell(value: str, style: Any = styles.cell_right) -> Paragraph:
        return Paragraph(value, style)

    judges = [cell(f"<b>{label('judge', language, n=first + i + 1)}</b>") for i in range(n)]
    head = [
        cell(f"<b>{text(label('criterion', language))}</b>", styles.cell),
        *judges,
        cell(f"<b>{text(label('aggregate', language))}</b>"),
        cell(f"<b>{label('count_short', language)}</b>"),
    ]
    rows: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BACKGROUND", (n + 1, 1), (n + 1, -1), AGGREGATE_FILL),
    ]
    for dimension in rubric["dimensions"]:
        did = dimension["dimension_id"]
        row = len(rows)
        weight = label("weight", language, weight=percent(shares[did], language)) if did in shares else ""
        title = f"<b>{text(pick(dimension['name'], language))}</b>" + (f" · {text(weight)}" if weight else "")
        title += f'<br/><font size="7">{text(label("subtotal", language))}</font>'
        own = [_own_dimension(m, did) for m in marks]
        found = dims.get(did, {})
        rows.append(
            [
                cell(title, styles.cell),
                *(cell(_num(v, language, 2)) for v in own),
                cell(f"<b>{_num(found.get('score'), language, 4)}</b>"),
                cell(f"{found.get('scored', 0)}/{found.get('criteria', len(dimension['criteria']))}"),
            ]
        )
        commands.append(("BACKGROUND", (0, row), (n, row), SHADE))
        for cid in dimension["criteria"]:
            row = len(rows)
            index = order.index(cid)
            flagged = cid in spread
            name = (
                f"<b>{text(cid)}</b>{' ' + SPREAD_MARK if flagged else ''} {text(pick(names[cid], language))}"
            )
            values = [m["values"][index] if index < len(m["values"]) else None for m in marks]
            found = agg.get(cid, {})
            shown = _num(found.get("value"), language, 2)
            if found.get("applied") and found.get("applied") != method:
                shown += FALLBACK_MARK
            rows.append(
                [
                    cell(name, styles.cell),
                    *(cell("—" if v is None else str(v)) for v in values),
                    cell(shown),
                    cell(str(found.get("count", 0))),
                ]
            )
            if flagged:
                commands.append(("BACKGROUND", (0, row), (n, row), SPREAD_FILL))
    rows.append(
        [
            cell(f"<b>{text(label('total', language))}</b>", styles.cell),
            *(cell(f"<b>{_num(m.get('total'), language, 2)}</b>") for m in marks),
            cell(f"<b>{_num(data.get('total'), language, 4)}</b>"),
            cell(""),
        ]
    )
    commands += [("BACKGROUND", (0, -1), (n, -1), SHADE), ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(grid_style(*commands))
    return table


def _own_dimension(mark: Mapping[str, Any], dimension_id: str) -> float | None:
    return next((d["score"] for d in mark.get("dimensions", ()) if d["dimension_id"] == dimension_id), None)


def _num(value: Any, language: str, digits: int) -> str:
    return "—" if value is None else number(float(value), language, digits)


def _who(report: Report, assessor_id: str, hide_names: bool) -> str:
    if hide_names:
        return ""
    person = next((a for a in report.get("assessors", ()) if a["assessor_id"] == assessor_id), None)
    if person is None:
        return assessor_id
    extra = f", {person['institution']}" if person.get("institution") else ""
    return f"{assessor_id} — {person['name']}{extra}"


def _legend(
    report: Report,
    marks: Sequence[Mapping[str, Any]],
    spread: set[str],
    data: Mapping[str, Any],
    language: str,
    styles: Styles,
    hide_names: bool,
) -> list[Flowable]:
    rows = []
    for i, m in enumerate(marks, start=1):
        how = label(
            "source_state", language, source=word(m["source"], language), state=word(m["state"], language)
        )
        who = _who(report, str(m["assessor_id"]), hide_names)
        rows.append(
            [
                Paragraph(f"<b>{label('judge', language, n=i)}</b>", styles.cell),
                Paragraph(text(who), styles.cell),
                Paragraph(text(how), styles.cell),
            ]
        )
    table = Table(rows, colWidths=(30.0, BODY_WIDTH * 0.62 - 30.0, BODY_WIDTH * 0.38), splitInRow=1)
    table.setStyle(grid_style())
    out: list[Flowable] = [
        Paragraph(text(label("judges", language)), _heading(styles.heading)),
        table,
        Spacer(1, 3),
    ]
    aggregate = label("aggregate", language)
    method = word(report["rule"]["method"], language)
    out.append(
        Paragraph(text(label("aggregate_legend", language, aggregate=aggregate, method=method)), styles.small)
    )
    if spread:
        points = report.get("reliability", {}).get("spread_points", 2)
        out.append(Paragraph(text(label("spread_legend", language, points=points)), styles.small))
    if data.get("fallback_to_mean"):
        out.append(Paragraph(text(label("fallback_legend", language)), styles.small))
    return out


def _notes(
    report: Report, marks: Sequence[Mapping[str, Any]], language: str, styles: Styles, hide_names: bool
) -> list[Flowable]:
    order = list(report["event"]["rubric"]["criteria"])
    out: list[Flowable] = [Paragraph(text(label("notes_title", language)), _heading(styles.heading))]
    any_note = False
    for i, m in enumerate(marks, start=1):
        notes = [
            (order[k], n.strip()) for k, n in enumerate(m.get("notes", ())) if k < len(order) and n.strip()
        ]
        general = str(m.get("region_note") or "").strip()
        if not notes and not general:
            continue
        any_note = True
        who = _who(report, str(m["assessor_id"]), hide_names)
        head = f"<b>{label('judge', language, n=i)}</b>" + (f" · {text(who)}" if who else "")
        out.append(Paragraph(head, _heading(styles.body)))
        if notes:
            joined = " · ".join(f"<b>{text(cid)}:</b> {text(note)}" for cid, note in notes)
            out.append(Paragraph(joined, _note_style()))
        if general:
            out.append(
                Paragraph(f"<b>{text(label('region_note', language))}:</b> {text(general)}", _note_style())
            )
        out.append(Spacer(1, 3))
    if not any_note:
        out.append(Paragraph(text(label("no_notes", language)), styles.body))
    return out


@cache
def _note_style() -> ParagraphStyle:
    return ParagraphStyle("note", parent=sheet_styles().cell, leftIndent=10, spaceAfter=1.5)


@cache
def _heading(style: ParagraphStyle) -> ParagraphStyle:
    """`style`, kept on the page of what follows it."""
    return ParagraphStyle(f"{style.name}_keep", parent=style, keepWithNext=1)


def _refused(report: Report, data: Mapping[str, Any], language: str, styles: Styles) -> list[Flowable]:
    refused = [r for r in report.get("refused_marks", ()) if r["region_code"] == data["region_code"]]
    if not refused:
        return []
    out: list[Flowable] = [Paragraph(text(label("refused_here", language)), _heading(styles.heading))]
    for r in refused:
        line = label(
            "refused_mark",
            language,
            assessor=r["assessor_id"],
            source=word(r["source"], language),
            reason=r["reason"],
        )
        out.append(Paragraph(text(line), styles.body))
    return out
