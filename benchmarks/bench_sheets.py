#!/usr/bin/env python3
"""Sheets benchmark: 514 assessor score sheets through `build_sheets` against bare reportlab, in one run.

Input: a demo event of 514 regions in one panel and the bundle of assessor A001, who sits through all of
them (a conflict of interest or a missed presentation gives a short sheet; the baseline prints the same).
Measured: `build_sheets(SheetRequest("assessor", ...))` to PDF bytes in memory — per-sheet page numbering,
header, footer, progress hook and all. Baseline: a minimal script building the same tables (the same
paragraphs, cells, widths, fonts and styles) into a plain `SimpleDocTemplate` with reportlab's own canvas,
also to bytes in memory. Both alternate, so that the machine's state hits both alike. Bar: median ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from gm100_desktop.domain.bundle import BundleContent  # noqa: E402
from gm100_desktop.domain.event import EventDefinition  # noqa: E402
from gm100_desktop.domain.scoring import summarise  # noqa: E402
from gm100_desktop.services.demo_files import write_demo_files  # noqa: E402
from gm100_desktop.services.event_package import load_event_package  # noqa: E402
from gm100_desktop.services.sheets import AssessorRecord, SheetRequest, build_sheets  # noqa: E402
from gm100_desktop.services.verify import load_bundle  # noqa: E402

BAR = 1.5
REGIONS = 514
WIDTH = A4[0] - 30 * mm


# ---- the baseline: bare reportlab, the same tables ---------------------------------------------------------


def bare_styles() -> dict[str, ParagraphStyle]:
    fonts = ROOT / "resources" / "fonts"
    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"):
        pdfmetrics.registerFont(TTFont(name, str(fonts / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(
        "DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold", italic="DejaVuSans-Oblique"
    )
    base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9, leading=11.5)
    return {
        "title": ParagraphStyle(
            "t", parent=base, fontName="DejaVuSans-Bold", fontSize=14, leading=17, spaceAfter=4
        ),
        "heading": ParagraphStyle("h", parent=base, fontName="DejaVuSans-Bold", fontSize=10, leading=13),
        "small": ParagraphStyle("s", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("c", parent=base, fontSize=8, leading=10),
        "bold": ParagraphStyle("cb", parent=base, fontName="DejaVuSans-Bold", fontSize=8, leading=10),
        "desc": ParagraphStyle("cs", parent=base, fontSize=7, leading=8.6),
        "right": ParagraphStyle("cr", parent=base, fontSize=8, leading=10, alignment=2),
        "score": ParagraphStyle(
            "sc", parent=base, fontName="DejaVuSans-Bold", fontSize=12, leading=14, alignment=1
        ),
    }


def grid(*commands: Any) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, "#9a9a9a"),
            ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *commands,
        ]
    )


def bare_pdf(event: EventDefinition, content: BundleContent, st: dict[str, ParagraphStyle]) -> bytes:
    rubric = event.rubric
    regions = {g.code: g for g in event.regions}
    by_code = {g.code: g for g in content.regions}
    conflicts = {c.region_code for c in event.conflicts if c.assessor_id == content.assessor_id}
    shares = {d.id: 100 * d.weight / sum(x.weight for x in rubric.dimensions) for d in rubric.dimensions}
    story: list[Any] = []
    slots = [s for s in event.schedule if content.assessor_id in event.seated(s.panel_id, s.start)]
    for i, slot in enumerate(slots):
        if i:
            story.append(PageBreak())
        region, scored = regions[slot.region_code], by_code.get(slot.region_code)
        story.append(Paragraph("Lembar Nilai Asesor", st["title"]))
        pairs = [
            ("Acara", f"{event.name} ({event.event_id}, v{event.version})"),
            ("Kabupaten/Kota", f"{region.code} — {region.name}, {region.province}"),
            ("Panel", slot.panel_id),
            ("Jadwal paparan", f"{slot.start:%Y-%m-%d %H:%M}–{slot.end:%H:%M}"),
            ("Asesor", f"{content.assessor_id} — {content.assessor_name}"),
            ("Status", scored.state if scored else ""),
        ]
        rows: list[list[Any]] = []
        for k in range(0, len(pairs), 2):
            row = []
            for key, value in pairs[k : k + 2]:
                row += [Paragraph(escape(key), st["bold"]), Paragraph(escape(value), st["cell"])]
            rows.append(row)
        rows.append(
            [Paragraph("Berkas nilai", st["bold"]), Paragraph(f"kunci {content.key_id}", st["cell"]), "", ""]
        )
        info = Table(
            rows, colWidths=(80, WIDTH / 2 - 80, 80, WIDTH / 2 - 80), splitInRow=1, minRowHeights=[0] * 4
        )
        info.setStyle(grid(("SPAN", (1, 3), (3, 3))))
        story += [info, Spacer(1, 6)]
        values = {s.criterion: s for s in scored.scores} if scored else {}
        if slot.region_code in conflicts or not any(s.value is not None for s in values.values()):
            story.append(Paragraph("Belum dinilai", st["heading"]))
        else:
            summary = summarise(rubric, {c: s.value for c, s in values.items()})
            table_rows: list[list[Any]] = [
                [Paragraph(h, st["bold"]) for h in ("Kriteria", "Nilai", "Deskripsi level dan catatan")]
            ]
            commands: list[Any] = []
            for dim, sub in zip(rubric.dimensions, summary.dimensions, strict=True):
                r = len(table_rows)
                head = f"<b>{escape(dim.label('id'))}</b> · bobot {shares[dim.id]:.0f}%"
                table_rows.append(
                    [Paragraph(head, st["cell"]), "", Paragraph(f"Subtotal: <b>{sub.score}</b>", st["right"])]
                )
                commands.append(("SPAN", (0, r), (1, r)))
                for c in dim.criteria:
                    s = values.get(c.id)
                    name = f"<b>{c.id}</b> {escape(c.label('id'))}"
                    if s is None or s.value is None:
                        table_rows.append([Paragraph(name, st["cell"]), Paragraph("—", st["score"]),
                                           [Paragraph("<i>Belum dinilai</i>", st["desc"])]])  # fmt: skip
                        continue
                    detail = [Paragraph(f"<b>{escape(rubric.scale_label(s.value, 'id'))}.</b> "
                                        f"{escape(c.descriptor(s.value, 'id'))}", st["desc"])]  # fmt: skip
                    if s.note:
                        detail.append(Paragraph(f"<b>Catatan:</b> {escape(s.note)}", st["cell"]))
                    table_rows.append(
                        [Paragraph(name, st["cell"]), Paragraph(str(s.value), st["score"]), detail]
                    )
            table_rows.append(
                [
                    Paragraph("<b>Nilai total</b>", st["cell"]),
                    "",
                    Paragraph(f"<b>{summary.total}</b>", st["right"]),
                ]
            )
            commands.append(("SPAN", (0, len(table_rows) - 1), (1, len(table_rows) - 1)))
            table = Table(table_rows, colWidths=(132, 36, WIDTH - 168), repeatRows=1, splitInRow=1)
            table.setStyle(grid(*commands))
            story.append(table)
            if scored and scored.note:
                story += [
                    Paragraph("Catatan umum", st["heading"]),
                    Paragraph(escape(scored.note), st["cell"]),
                ]
        heads = [Paragraph(h, st["bold"]) for h in ("Nama", "Tanggal", "Tanda tangan")]
        sign = Table([heads, [Paragraph(escape(content.assessor_name), st["cell"]), "", ""]],
                     colWidths=(WIDTH * 0.42, WIDTH * 0.22, WIDTH * 0.36), minRowHeights=[0, 30])  # fmt: skip
        sign.setStyle(grid())
        story.append(KeepTogether([Spacer(1, 8), Paragraph("Saya menyatakan ...", st["small"]), sign]))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=19 * mm,
                            bottomMargin=17 * mm, invariant=1)  # fmt: skip
    doc.build(story)
    return buffer.getvalue()


# ---- the run -----------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--regions", type=int, default=REGIONS, help=f"regions (default {REGIONS})")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the ratio misses the bar")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="gm100-bench-sheets-") as tmp:
        summary = write_demo_files(
            Path(tmp), regions=args.regions, assessors=2, panels=1, seed=2019, kdf_n=1024
        )
        package = load_event_package(summary.event_file)
        bundle = load_bundle(summary.bundles[0], package)
    event = package.definition
    record = AssessorRecord.of(bundle)
    request = SheetRequest("assessor", event, "id", records=(record,))
    styles = bare_styles()
    build_sheets(
        SheetRequest("assessor", event, "id", records=(record,), regions=(event.schedule[0].region_code,))
    )

    def ours() -> tuple[float, int]:
        start = time.perf_counter()
        pdf = build_sheets(request)
        return time.perf_counter() - start, pdf.pages

    def bare() -> tuple[float, int]:
        start = time.perf_counter()
        data = bare_pdf(event, record.content, styles)
        return time.perf_counter() - start, len(re.findall(rb"/Type /Page\b", data))

    ours_times: list[float] = []
    bare_times: list[float] = []
    pages = (0, 0)
    for i in range(args.rounds):
        order = (ours, bare) if i % 2 == 0 else (bare, ours)
        for run in order:
            seconds, count = run()
            (ours_times if run is ours else bare_times).append(seconds)
            pages = (count, pages[1]) if run is ours else (pages[0], count)
    sheets = sum(1 for s in event.schedule if record.content.assessor_id in event.seated(s.panel_id, s.start))
    mine, base = statistics.median(ours_times), statistics.median(bare_times)
    ratio = mine / base
    verdict = "PASS" if ratio <= BAR else "FAIL"
    print(
        f"sheets: build_sheets, assessor kind  median {mine:.2f} s, {sheets} region sheets, {pages[0]} pages"
    )
    print(f"sheets: bare reportlab, same tables  median {base:.2f} s, {pages[1]} pages")
    print(f"sheets: {1000 * mine / sheets:.1f} ms per sheet; ratio {ratio:.2f} (bar ≤ {BAR}) {verdict}")
    return 1 if args.strict and verdict == "FAIL" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
