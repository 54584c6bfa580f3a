"""The ranking report as PDF, for the chair to sign: made only from the merge report's dictionary.

Event, method and the tie-break rule as a sentence; the chair's decisions; the ranking with the top-N cut
line; reliability (ICC and Kendall's W per panel, Krippendorff's alpha, spread and corridor flags); rater
severity; cut-line sensitivity; inputs that do not count, with their reasons; the SHA-256 of every input; and
a signature block for the chair. Reasons are the report's own (English) text, as in the CSV and XLSX.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from gm100_desktop.services.files import write_atomic
from gm100_desktop.services.ranking_outputs import ICC_FORMS, ICC_LABELS, dimension_label, rule_sentence, word
from gm100_desktop.services.ranking_outputs import label as out_label
from gm100_desktop.services.sheets.common import number, signature_block
from gm100_desktop.services.sheets.labels import label
from gm100_desktop.services.sheets.pdf_base import (
    BODY_WIDTH,
    MONO,
    SHADE,
    Progress,
    RenderedPdf,
    SheetInfo,
    SheetStart,
    Styles,
    check_progress,
    ensure_fonts,
    grid_style,
    render_pdf,
    sheet_styles,
    text,
)

Report = Mapping[str, Any]
CUT_LINE = colors.black
TIE_FILL = colors.HexColor("#ffe699")


@cache
def _mono() -> ParagraphStyle:
    return ParagraphStyle("mono", parent=sheet_styles().cell, fontName=MONO, fontSize=7, leading=9)


@cache
def _head() -> ParagraphStyle:
    """Table headers: small bold, so that narrow number columns keep whole words."""
    return ParagraphStyle("table_head", parent=sheet_styles().cell_bold, fontSize=7, leading=8.6)


@cache
def _heading() -> ParagraphStyle:
    return ParagraphStyle("report_heading", parent=sheet_styles().heading, fontSize=11, keepWithNext=1)


def ranking_report_pdf(report: Report, language: str, progress: Progress | None = None) -> RenderedPdf:
    """The ranking report of `report` (merge_report.build_report's dictionary) as one PDF."""
    ensure_fonts()
    story = ranking_story(report, language, progress)
    check_progress(progress, 0, 1)
    title = f"{label('ranking_doc', language)} — {report['event']['name']}"
    pdf = render_pdf(story, title=title, language=language, sheets=1)
    check_progress(progress, 1, 1)
    return pdf


def write_ranking_report(path: Path, report: Report, language: str = "en") -> None:
    """Write the ranking report as PDF, atomically (`gm100 merge … --out F.pdf`)."""
    write_atomic(path, ranking_report_pdf(report, language).data)


def ranking_story(report: Report, language: str, progress: Progress | None = None) -> list[Flowable]:
    styles = sheet_styles()
    e = report["event"]
    info = SheetInfo(
        key="ranking",
        header_left=f"{e['name']} — {label('ranking_title', language)}",
        header_right=f"{e['event_id']} v{e['version']}",
        footer_left=f"{word(report['rule']['method'], language)} · sha256 {str(e['package_sha256'])[:16]}",
    )
    story: list[Flowable] = [
        SheetStart(info, 0, 1, progress),
        Paragraph(text(f"{label('ranking_title', language)} — {e['name']}"), styles.title),
    ]
    story += _event(report, language, styles)
    story += _rule(report, language, styles)
    story += _ranking(report, language, styles)
    story += _reliability(report, language, styles)
    story += _severity(report, language, styles)
    story += _sensitivity(report, language, styles)
    story += _inputs(report, language, styles)
    story += _hashes(report, language, styles)
    story.append(Paragraph(text(label("chair", language)), _heading()))
    story.append(signature_block("", language, styles, label("chair_statement", language)))
    return story


# ---- pieces ------------------------------------------------------------------------------------------------


def _p(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(str(value)), style)


class Num(str):
    """A number as printed: right-aligned in a table."""


def _num(value: Any, language: str, digits: int = 4) -> Num:
    return Num("—" if value is None else number(float(value), language, digits))


def _cell(value: object, styles: Styles) -> Flowable:
    if isinstance(value, Flowable):
        return value
    right = isinstance(value, Num) or (isinstance(value, int) and not isinstance(value, bool))
    return _p(value, styles.cell_right if right else styles.cell)


def _table(
    heads: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    *commands: tuple[object, ...],
    none: str = "",
) -> Flowable:
    """A table with a shaded header row repeated on every page; `none` (a paragraph) when it has no rows."""
    body = [[_cell(c, styles) for c in row] for row in rows]
    if not body and none:
        return _p(none, styles.body)
    head = [_p(h, _head()) for h in heads]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1)
    table.setStyle(grid_style(("BACKGROUND", (0, 0), (-1, 0), SHADE), *commands))
    return table


def _pairs(pairs: Sequence[tuple[str, object]], styles: Styles, mono: bool = False) -> Table:
    """Label/value rows across the full width."""
    style = _mono() if mono else styles.cell
    rows = [[_p(k, styles.cell_bold), _p(v, style)] for k, v in pairs]
    table = Table(rows, colWidths=(120.0, BODY_WIDTH - 120.0), splitInRow=1)
    table.setStyle(grid_style(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f4f4f4"))))
    return table


def _event(report: Report, language: str, styles: Styles) -> list[Flowable]:
    e = report["event"]
    rubric = e["rubric"]
    rule = report["rule"]
    none = out_label("none", language)
    cut_total = report.get("cut_total")
    pairs: list[tuple[str, object]] = [
        (label("event", language), f"{e['name']} ({e['event_id']}, v{e['version']})"),
        (
            out_label("rubric", language),
            out_label(
                "rubric_value",
                language,
                id=rubric["id"],
                version=rubric["version"],
                low=rubric["scale_min"],
                high=rubric["scale_max"],
            ),
        ),
        (label("method", language), word(rule["method"], language)),
        (
            out_label("selected", language),
            out_label("selected_count", language, n=len(report["selected"]), top=rule["top_n"]),
        ),
        (out_label("cut_total", language), none if cut_total is None else _num(cut_total, language)),
        (out_label("generator", language), report.get("generator", "")),
    ]
    hashes: list[tuple[str, object]] = [
        (out_label("package", language), e["package_sha256"]),
        (out_label("chair_key", language), e["chair_key_id"]),
    ]
    return [_pairs(pairs, styles), _pairs(hashes, styles, mono=True), Spacer(1, 4)]


def _rule(report: Report, language: str, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(text(out_label("rule", language)), _heading()),
        _p(rule_sentence(report, language), styles.body),
        Paragraph(text(label("decisions_title", language)), _heading()),
    ]
    decisions = report.get("decisions", ())
    heads = [out_label(k, language) for k in ("kind", "subject", "value", "reason")]
    rows = [
        [word(d["kind"], language), d["subject"], word(d["value"], language), d["reason"]] for d in decisions
    ]
    w = BODY_WIDTH
    out.append(
        _table(heads, rows, (w * 0.2, w * 0.3, w * 0.15, w * 0.35), styles, none=out_label("none", language))
    )
    return out


def _ranking(report: Report, language: str, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(text(label("ranking_heading", language)), _heading())]
    dims = [str(d["dimension_id"]) for d in report["event"]["rubric"]["dimensions"]]
    provinces = {g["region_code"]: g.get("province", "") for g in report["regions"]}
    tied = set(report.get("cut_tie", ()))
    selected = set(report.get("selected", ()))
    included = set(report["rule"].get("included_incomplete", ()))
    fixed = 46.0 + 36.0 + 50.0 + 48.0  # rank, code, total, state
    dim_width = min(66.0, (BODY_WIDTH - fixed - 130) / max(1, len(dims)))
    widths = [46.0, 36.0, BODY_WIDTH - fixed - dim_width * len(dims), 50.0, *[dim_width] * len(dims), 48.0]
    heads = [
        out_label("rank", language),
        label("code", language),
        label("region", language),
        out_label("total", language),
        *(dimension_label(report, d, language) for d in dims),
        out_label("state", language),
    ]
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = [("ALIGN", (3, 1), (-2, -1), "RIGHT")]
    last_selected = 0
    for i, r in enumerate(report["ranking"], start=1):
        code = r["region_code"]
        status = []
        if code in selected:
            status.append(label("status_selected", language))
            last_selected = i
        if code in tied:
            status.append(label("status_tied", language))
            commands.append(("BACKGROUND", (0, i), (-1, i), TIE_FILL))
        if r.get("shared"):
            status.append(label("status_shared", language))
        if code in included:
            status.append(label("status_included", language))
        province = provinces.get(code, "")
        name = text(r["name"]) + (
            f'<br/><font size="7" color="#555555">{text(province)}</font>' if province else ""
        )
        rows.append(
            [
                r["rank"],
                code,
                Paragraph(name, styles.cell),
                Paragraph(f"<b>{_num(r['total'], language)}</b>", styles.cell_right),
                *(_num(r["dimensions"].get(d), language) for d in dims),
                ", ".join(status),
            ]
        )
    commands.append(("LINEBELOW", (0, last_selected), (-1, last_selected), 2.2, CUT_LINE))
    out.append(_table(heads, rows, widths, styles, *commands, none=label("no_ranking", language)))
    if report["ranking"]:
        out.append(Spacer(1, 3))
        out.append(_p(label("cut_legend", language), styles.small))
    if tied:
        sentence = out_label(
            "cut_tie", language, codes=", ".join(report["cut_tie"]), places=report["open_places"]
        )
        out.append(Paragraph(f"<b>{text(sentence)}</b>", styles.body))
    excluded = [g for g in report["regions"] if g["region_code"] in set(report.get("excluded", ()))]
    if excluded:
        out.append(Paragraph(text(label("excluded_reasons", language)), _heading()))
        rows = [[g["region_code"], g["name"], _why_excluded(g, language)] for g in excluded]
        heads = [label("code", language), label("region", language), out_label("reason", language)]
        out.append(_table(heads, rows, (50.0, BODY_WIDTH * 0.4 - 50, BODY_WIDTH * 0.6), styles))
    return out


def _why_excluded(g: Mapping[str, Any], language: str) -> str:
    reasons = []
    if not g.get("marks") and not g.get("assessors"):
        return label("no_marks", language)
    if g.get("unscored"):
        reasons.append(label("incomplete_unscored", language, criteria=", ".join(g["unscored"])))
    if g.get("not_finalised"):
        reasons.append(label("incomplete_not_final", language, assessors=", ".join(g["not_finalised"])))
    if g.get("missing_assessors"):
        reasons.append(label("incomplete_missing", language, count=g["missing_assessors"]))
    return "; ".join(reasons) or label("not_ranked", language)


def _reliability(report: Report, language: str, styles: Styles) -> list[Flowable]:
    data = report.get("reliability") or {}
    out: list[Flowable] = [Paragraph(text(label("reliability_title", language)), _heading())]
    if not data:
        return [*out, _p(out_label("not_available", language), styles.body)]
    out.append(
        _p(
            label(
                "reliability_rules",
                language,
                points=data.get("spread_points", ""),
                corridor=_num(data.get("corridor"), language, 1),
            ),
            styles.body,
        )
    )
    out.append(Spacer(1, 3))
    heads = [
        out_label("panel", language),
        out_label("regions_used", language),
        out_label("assessors_used", language),
        *ICC_LABELS,
        out_label("kendall_w", language),
    ]
    rows = []
    remarks = []
    for p in data.get("panels", ()):
        icc = p.get("icc") or {}
        w = p.get("kendall_w") or {}
        rows.append(
            [
                p.get("panel_id", ""),
                f"{p.get('n_regions_used', '')}/{p.get('n_regions', '')}",
                f"{p.get('n_assessors_used', '')}/{p.get('n_assessors', '')}",
                *(_num(icc.get(f), language) for f in ICC_FORMS),
                _num(w.get("w"), language),
            ]
        )
        for reason in dict.fromkeys(r for r in (p.get("icc_reason"), p.get("kendall_reason")) if r):
            remarks.append(f"{p.get('panel_id', '')}: {reason}")
    widths = [36.0, 50.0, 50.0, *[46.0] * len(ICC_FORMS), 46.0]
    widths[0] += BODY_WIDTH - sum(widths)
    out.append(
        _table(
            heads,
            rows,
            widths,
            styles,
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            none=out_label("none", language),
        )
    )
    out.append(Spacer(1, 2))
    out.append(_p(label("icc_note", language), styles.small))
    for remark in remarks:
        out.append(_p(remark, styles.small))
    alpha = data.get("alpha") or {}
    if alpha:
        out.append(Paragraph(text(out_label("alpha", language)), _heading()))
        heads = [out_label(k, language) for k in ("level", "units_used", "pairable", "remarks")]
        heads.insert(1, "α")
        rows = [
            [
                word(level, language),
                _num(a.get("alpha"), language),
                a.get("units_used", ""),
                a.get("pairable_values", ""),
                a.get("reason") or "",
            ]
            for level, a in alpha.items()
            if isinstance(a, Mapping)
        ]
        out.append(_table(heads, rows, (70.0, 50.0, 60.0, 70.0, BODY_WIDTH - 250.0), styles))
    spread = list(data.get("spread", ()))
    out.append(Spacer(1, 4))
    out.append(
        _p(
            label(
                "spread_count",
                language,
                flags=len(spread),
                regions=len({f["region_code"] for f in spread}),
                points=data.get("spread_points", ""),
            ),
            styles.body,
        )
    )
    out.append(Paragraph(text(out_label("corridor", language)), _heading()))
    flagged = [c for c in data.get("corridor_checks", ()) if c.get("flagged")]
    heads = [
        out_label(k, language)
        for k in ("assessor", "panel", "mean_deviation", "regions_outside", "explanation")
    ]
    rows = [
        [
            c["assessor_id"],
            c.get("panel_id", ""),
            _num(c.get("mean_deviation"), language, 2),
            len(c.get("regions_outside", ())),
            _corridor_text(c, language),
        ]
        for c in flagged
    ]
    out.append(
        _table(
            heads,
            rows,
            (50.0, 40.0, 56.0, 56.0, BODY_WIDTH - 202.0),
            styles,
            none=label("corridor_none", language),
        )
    )
    return out


def _corridor_text(check: Mapping[str, Any], language: str) -> str:
    """The corridor flag in words, in the sheet's language (the report's own explanation is English)."""
    deviation = check.get("mean_deviation")
    if deviation is None:
        return str(check.get("explanation", ""))
    key = "corridor_above" if deviation > 0 else "corridor_below"
    return label(
        key,
        language,
        assessor=check["assessor_id"],
        points=number(abs(float(deviation)), language, 2),
        panel=check.get("panel_id", ""),
        regions=check.get("regions_counted", ""),
    )


def _severity(report: Report, language: str, styles: Styles) -> list[Flowable]:
    severity = report.get("severity") or {}
    out: list[Flowable] = [Paragraph(text(out_label("severity_title", language)), _heading())]
    reason = severity.get("refused") or severity.get("reason")
    items = [a for a in severity.get("assessors", ()) if isinstance(a, Mapping)]
    if reason or not items:
        why = reason or out_label("not_available", language)
        return [*out, _p(out_label("not_estimable", language, reason=why), styles.body)]
    people = {a["assessor_id"]: a for a in report.get("assessors", ())}
    heads = [out_label(k, language) for k in ("assessor", "assessor_name", "severity", "se", "scores_used")]
    rows = [
        [
            a.get("assessor_id", ""),
            people.get(a.get("assessor_id"), {}).get("name", ""),
            _num(a.get("severity"), language),
            _num(a.get("se"), language),
            a.get("scores_used", ""),
        ]
        for a in items
    ]
    out.append(_table(heads, rows, (50.0, BODY_WIDTH - 260.0, 70.0, 70.0, 70.0), styles))
    return out


def _sensitivity(report: Report, language: str, styles: Styles) -> list[Flowable]:
    data = report.get("sensitivity") or {}
    none = out_label("none", language)
    out: list[Flowable] = [
        Paragraph(text(label("sensitivity_title", language)), _heading()),
        _p(f"{out_label('stable', language)}: {', '.join(data.get('stable', ())) or none}", styles.body),
        Spacer(1, 3),
    ]
    heads = [out_label(k, language) for k in ("scenario", "selected_n", "entered", "left", "tied_at_cut")]
    rows = []
    for x in [*data.get("without_assessor", ()), *data.get("methods", ())]:
        subject = word(x["subject"], language) if x["kind"] == "method" else x["subject"]
        rows.append(
            [
                f"{word(x['kind'], language)}: {subject}",
                len(x["selected"]),
                ", ".join(x["entered"]) or "—",
                ", ".join(x["left"]) or "—",
                ", ".join(x["cut_tie"]) or "—",
            ]
        )
    w = BODY_WIDTH - 150.0 - 50.0
    out.append(_table(heads, rows, (150.0, 50.0, w * 0.34, w * 0.33, w * 0.33), styles, none=none))
    refused = [
        *((word(m["method"], language), m["reason"]) for m in data.get("refused_methods", ())),
        *(
            (f"{word('without_assessor', language)}: {m['assessor_id']}", m["reason"])
            for m in data.get("refused_without_assessor", ())
        ),
    ]
    if refused:
        out.append(Paragraph(text(out_label("refused_methods", language)), _heading()))
        heads = [out_label("scenario", language), out_label("reason", language)]
        out.append(_table(heads, refused, (150.0, BODY_WIDTH - 150.0), styles))
    return out


def _inputs(report: Report, language: str, styles: Styles) -> list[Flowable]:
    counts = report.get("input_counts", {})
    none = out_label("none", language)
    shown = ", ".join(f"{word(k, language)}: {v}" for k, v in counts.items()) or none
    out: list[Flowable] = [
        Paragraph(text(label("inputs_title", language)), _heading()),
        _p(f"{out_label('counts', language)}: {shown}", styles.body),
        Paragraph(text(label("refused_inputs", language)), _heading()),
    ]
    bad = [i for i in report.get("inputs", ()) if i["state"] != "accepted" or i.get("flags")]
    heads = [out_label(k, language) for k in ("file", "state", "assessor", "reason")]
    rows = [
        [
            i["name"],
            word(i["state"], language),
            i.get("assessor_id") or "—",
            "; ".join([*([i["reason"]] if i.get("reason") else []), *i.get("flags", ())]),
        ]
        for i in bad
    ]
    out.append(_table(heads, rows, (150.0, 64.0, 50.0, BODY_WIDTH - 264.0), styles, none=none))
    for key in ("refused_marks", "paper_unused"):
        marks = report.get(key, ())
        if marks:
            out.append(Paragraph(text(out_label(key, language)), _heading()))
            heads = [out_label(k, language) for k in ("assessor", "region", "source", "reason")]
            rows = [
                [m["assessor_id"], m["region_code"], word(m["source"], language), m["reason"]] for m in marks
            ]
            out.append(_table(heads, rows, (50.0, 50.0, 70.0, BODY_WIDTH - 170.0), styles))
    entries = (report.get("paper") or {}).get("entries") or ()
    if entries:
        out.append(_p(f"{out_label('paper_entries', language)}: {len(entries)}", styles.body))
    return out


def _hashes(report: Report, language: str, styles: Styles) -> list[Flowable]:
    heads = [out_label("file", language), out_label("state", language), "SHA-256"]
    rows = [
        [_p(i["name"], styles.cell_small), word(i["state"], language), _p(i.get("sha256") or "—", _mono())]
        for i in report.get("inputs", ())
    ]
    return [
        Paragraph(text(label("hashes_title", language)), _heading()),
        _table(
            heads, rows, (BODY_WIDTH - 56.0 - 280.0, 56.0, 280.0), styles, none=out_label("none", language)
        ),
    ]
