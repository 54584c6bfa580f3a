"""Printed sheets: what the paper says (pdftotext), sound PDFs (qpdf), every font embedded (pdffonts)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import pytest
from test_sheets_support import (
    SheetDemo,
    fold,
    fonts,
    make_demo,
    page_count,
    pdf_text,
    qpdf_check,
)

from gm100_desktop.domain.bundle import BundleScore
from gm100_desktop.domain.event import Conflict, Seat
from gm100_desktop.domain.scoring import summarise
from gm100_desktop.errors import CancelledError, FontMissingError, GM100Error
from gm100_desktop.services.sheets import (
    AssessorRecord,
    RenderedPdf,
    SheetRequest,
    build_sheets,
    ensure_fonts,
    latest_records,
    write_sheets,
)
from gm100_desktop.services.sheets.common import number


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> SheetDemo:
    return make_demo(tmp_path_factory.mktemp("sheets-demo"))


def written(pdf: RenderedPdf, folder: Path, name: str = "sheets.pdf") -> Path:
    out = folder / name
    write_sheets(out, pdf)
    return out


def assessor_pdf(demo: SheetDemo, aid: str, lang: str = "id", **options: object) -> RenderedPdf:
    request = SheetRequest("assessor", demo.event, lang, records=(demo.record(aid),), **options)  # type: ignore[arg-type]
    return build_sheets(request)


def sound(pdf: Path) -> None:
    """qpdf finds no error and every font is embedded."""
    check = qpdf_check(pdf)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout
    listed = fonts(pdf)
    assert listed and all(emb == "yes" for _, emb in listed), listed
    assert {name.split("+")[-1] for name, _ in listed} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
    }


# ---- the assessor's own sheet ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_assessor_sheet_shows_scores_descriptors_notes_totals_and_the_record(
    demo: SheetDemo, tmp_path: Path, lang: str
) -> None:
    record = demo.record("A001")
    region = next(
        g for g in record.content.regions if g.state == "finalised" and any(s.note for s in g.scores)
    )
    out = written(assessor_pdf(demo, "A001", lang, regions=(region.code,)), tmp_path)
    text = pdf_text(out)
    rubric = demo.event.rubric
    name = next(g.name for g in demo.event.regions if g.code == region.code)
    assert name in text and region.code in text
    assert record.content.key_id in text
    assert record.bundle_sha256[:16] in text
    assert ("ekspor ke-1" if lang == "id" else "sequence 1") in text
    assert ("Lembar Nilai Asesor" if lang == "id" else "Assessor score sheet") in text
    for score in region.scores:
        criterion = rubric.criterion(score.criterion)
        assert criterion is not None and score.value is not None
        assert fold(criterion.label(lang)) in text
        assert fold(criterion.descriptor(score.value, lang)) in text
        if score.note:
            assert fold(score.note) in text
    summary = summarise(rubric, {s.criterion: s.value for s in region.scores})
    assert summary.total is not None
    assert number(summary.total, lang) in text
    for subtotal in summary.dimensions:
        assert subtotal.score is not None and number(subtotal.score, lang) in text
    for dimension in rubric.dimensions:
        assert dimension.label(lang) in text
    signature = ("Nama", "Tanggal", "Tanda tangan") if lang == "id" else ("Name", "Date", "Signature")
    assert all(word in text for word in signature)
    assert ("Halaman 1 dari 1" if lang == "id" else "Page 1 of 1") in text
    sound(out)


def test_the_two_languages_do_not_mix(demo: SheetDemo, tmp_path: Path) -> None:
    id_text = pdf_text(written(assessor_pdf(demo, "A002", "id"), tmp_path, "id.pdf"))
    en_text = pdf_text(written(assessor_pdf(demo, "A002", "en"), tmp_path, "en.pdf"))
    assert "Jaringan dan konektivitas" in id_text and "Network and connectivity" not in id_text
    assert "Network and connectivity" in en_text and "Jaringan dan konektivitas" not in en_text
    for english in ("Score", "Signature", "Total", "Page ", "weight"):
        assert english not in id_text
    for indonesian in ("Nilai", "Tanda tangan", "Halaman", "bobot", "Catatan"):
        assert indonesian not in en_text


def test_one_sheet_per_region_of_the_assessors_slots(demo: SheetDemo, tmp_path: Path) -> None:
    pdf = assessor_pdf(demo, "A004", "en")
    out = written(pdf, tmp_path)
    panel_regions = [s.region_code for s in demo.event.schedule if s.panel_id == "P2"]
    assert pdf.sheets == len(panel_regions)
    assert page_count(out) == pdf.pages >= pdf.sheets
    text = pdf_text(out)
    positions = [text.index(f"{code} — ") for code in panel_regions]
    assert positions == sorted(positions)  # in the order they present
    sound(out)


def test_unscored_and_conflicted_regions_say_so(demo: SheetDemo, tmp_path: Path) -> None:
    # A001 has a conflict of interest with 35.78 and missed the presentation of 51.71 (see make_demo)
    assert Conflict("A001", "35.78", "Berasal dari daerah ini") in demo.event.conflicts
    out = written(assessor_pdf(demo, "A001", "en", regions=("35.78", "51.71")), tmp_path)
    assert page_count(out) == 2
    unscored, conflict = pdf_text(out, 1, 1), pdf_text(out, 2, 2)  # in the order they present
    assert "Conflict of interest — not scored by this assessor." in conflict
    assert "Berasal dari daerah ini" in conflict and "35.78" in conflict
    assert "Not scored" in unscored and "51.71" in unscored
    assert "Total" not in conflict + unscored
    id_text = pdf_text(written(assessor_pdf(demo, "A001", "id", regions=("51.71",)), tmp_path, "id.pdf"))
    assert "Belum dinilai" in id_text


def test_a_region_in_progress_is_marked_draft_with_a_provisional_total(
    demo: SheetDemo, tmp_path: Path
) -> None:
    region = next(g for g in demo.record("A003").content.regions if g.state == "in_progress")
    text = pdf_text(written(assessor_pdf(demo, "A003", "en", regions=(region.code,)), tmp_path))
    scored = sum(1 for s in region.scores if s.value is not None)
    assert "DRAFT — not finalised" in text
    assert f"provisional: {scored} of 15 criteria scored" in text
    assert text.count("Not scored") >= 15 - scored


def test_long_notes_and_names_wrap_and_continue_with_every_word_kept(demo: SheetDemo, tmp_path: Path) -> None:
    record = demo.record("A002")
    region = next(g for g in record.content.regions if g.state == "finalised")
    note = " ".join(f"catatan{i:04d}" for i in range(330))  # about 4,000 characters
    assert len(note) > 3000
    scores = tuple(dataclasses.replace(s, note=note) if i < 2 else s for i, s in enumerate(region.scores))
    long_region = dataclasses.replace(region, scores=scores, note=note)
    content = dataclasses.replace(
        record.content,
        assessor_name="Prof. Dr. " + " ".join(["Raden Mas Adipati Wiryokusumo"] * 8),
        regions=tuple(long_region if g.code == region.code else g for g in record.content.regions),
    )
    long_name = "Kabupaten " + " ".join(["Kepulauan Sangihe Talaud Siau Tagulandang Biaro"] * 6)
    event = dataclasses.replace(
        demo.event,
        regions=tuple(
            dataclasses.replace(g, name=long_name) if g.code == region.code else g for g in demo.event.regions
        ),
    )
    request = SheetRequest(
        "assessor",
        event,
        "id",
        records=(AssessorRecord(content, record.bundle_sha256),),
        regions=(region.code,),
    )
    pdf = build_sheets(request)
    out = written(pdf, tmp_path)
    assert pdf.sheets == 1 and page_count(out) == pdf.pages >= 2
    text = pdf_text(out)
    for i in range(330):  # two criterion notes and the region note, nothing cut off
        assert text.count(f"catatan{i:04d}") == 3, i
    assert fold(long_name) in text and fold(content.assessor_name) in text
    assert f"Halaman {pdf.pages} dari {pdf.pages}" in text
    sound(out)


def test_the_same_input_gives_the_same_bytes(demo: SheetDemo) -> None:
    for kind in ("assessor", "blank", "schedule"):
        request = SheetRequest(kind, demo.event, "id", records=demo.records)
        assert build_sheets(request).data == build_sheets(request).data


def test_only_the_latest_bundle_of_an_assessor_is_printed(demo: SheetDemo) -> None:
    first = demo.record("A001")
    later = AssessorRecord(dataclasses.replace(first.content, sequence=3), "f" * 64)
    assert latest_records([later, demo.record("A002"), first]) == (later, demo.record("A002"))


# ---- blank paper sheets ------------------------------------------------------------------------------------


def test_blank_sheets_one_page_per_region_in_rubric_order_with_boxes(demo: SheetDemo, tmp_path: Path) -> None:
    pdf = build_sheets(SheetRequest("blank", demo.event, "en"))
    out = written(pdf, tmp_path)
    assert pdf.sheets == len(demo.event.regions) == page_count(out) == pdf.pages
    first = pdf_text(out, 1, 1)
    ids = [c.id for c in demo.event.rubric.criteria()]
    rows = pdf_text(out, 1, 1, layout=True)
    positions = [rows.index(f"{cid} ") for cid in ids]
    assert positions == sorted(positions)
    for criterion in demo.event.rubric.criteria():
        assert fold(criterion.label("en")) in first
    assert "1 2 3 4 5" in first  # the numbers under the boxes
    assert "Entered by (1)" in first and "Entered by (2)" in first
    assert "Cross one box for each criterion" in first
    slot = demo.event.schedule[0]
    assert slot.region_code in first and "08:00–08:45" in first
    sound(out)


def test_blank_sheets_per_assessor_skip_conflicts(demo: SheetDemo, tmp_path: Path) -> None:
    pdf = build_sheets(SheetRequest("blank", demo.event, "id", per_assessor=True))
    out = written(pdf, tmp_path)
    expected = sum(
        1
        for s in demo.event.schedule
        for a in demo.event.seated(s.panel_id, s.start)
        if (a, s.region_code) not in {(c.assessor_id, c.region_code) for c in demo.event.conflicts}
    )
    assert pdf.sheets == expected == page_count(out)
    text = pdf_text(out)
    a001 = next(a for a in demo.event.roster if a.assessor_id == "A001")
    assert text.count(f"{a001.name}, {a001.institution}") == 5  # six P1 regions less the conflicted one
    assert "35.78 Kota Surabaya · A001" not in text and "35.78 Kota Surabaya · A003" in text
    assert "Dientri oleh (1)" in text and "Beri tanda silang" in text


def test_wide_scales_get_a_box_to_write_in(demo: SheetDemo, tmp_path: Path) -> None:
    rubric = dataclasses.replace(demo.event.rubric, scale_min=0, scale_max=100)
    event = dataclasses.replace(demo.event, rubric=rubric)
    out = written(build_sheets(SheetRequest("blank", event, "en", regions=("33.74",))), tmp_path)
    assert "Write a score 0–100" in pdf_text(out)


# ---- schedules ---------------------------------------------------------------------------------------------


def test_schedule_one_page_per_panel_and_day(demo: SheetDemo, tmp_path: Path) -> None:
    pdf = build_sheets(SheetRequest("schedule", demo.event, "id"))
    out = written(pdf, tmp_path)
    days = {(s.panel_id, s.start.date()) for s in demo.event.schedule}
    assert pdf.sheets == len(days) == page_count(out)
    first = pdf_text(out, 1, 1)
    assert "Jadwal Paparan" in first and "Hari 1: Kamis, 21 Februari 2019" in first
    for slot in (s for s in demo.event.schedule if s.panel_id == "P1" and s.start.day == 21):
        region = next(g for g in demo.event.regions if g.code == slot.region_code)
        assert region.name in first and f"{slot.start:%H:%M}–{slot.end:%H:%M}" in first
    for a in (a for a in demo.event.roster if a.panel_id == "P1"):
        assert a.name in first
    assert "A001*" in first  # seated, but conflicted with 35.78 on day 1
    sound(out)


def test_schedule_with_rotation_says_who_sits_when(demo: SheetDemo, tmp_path: Path) -> None:
    seats = []
    for day in (21, 22):
        morning, later = datetime(2019, 2, day, 7), datetime(2019, 2, day, 9, 30)
        evening = datetime(2019, 2, day, 18)
        for a in demo.event.roster:
            away = "P2" if a.panel_id == "P1" else "P1"
            seats += [
                Seat(a.panel_id, a.assessor_id, morning, later),
                Seat(away, a.assessor_id, later, evening),
            ]
    event = dataclasses.replace(demo.event, seating=tuple(seats))
    out = written(build_sheets(SheetRequest("schedule", event, "en", panels=("P1",))), tmp_path)
    text = pdf_text(out, 1, 1)
    assert "Assessors rotate between panels" in text
    assert "A001*, A003" in text  # 08:50, 35.78: A001 sits but has a conflict
    assert "A002, A004" in text  # 09:40: the P2 assessors sit in P1
    assert page_count(out) == 2


# ---- fonts, progress, bad requests -------------------------------------------------------------------------


def test_a_missing_font_is_named_before_anything_is_built(
    demo: SheetDemo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "resources"
    (empty / "fonts").mkdir(parents=True)
    monkeypatch.setenv("GM100_RESOURCES_DIR", str(empty))
    calls: list[tuple[int, int]] = []
    with pytest.raises(FontMissingError) as caught:
        build_sheets(
            SheetRequest("blank", demo.event, "en"), progress=lambda d, t: calls.append((d, t)) or True
        )
    assert "DejaVuSans.ttf" in caught.value.message
    assert calls == []
    with pytest.raises(FontMissingError):
        ensure_fonts()


def test_progress_reports_every_sheet_and_can_cancel(demo: SheetDemo, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    build_sheets(SheetRequest("blank", demo.event, "en"), progress=record)
    assert seen[0] == (0, 12) and seen[-1] == (12, 12)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    def cancel_at_third(done: int, total: int) -> bool:
        return done < 3

    with pytest.raises(CancelledError):
        build_sheets(SheetRequest("blank", demo.event, "en"), progress=cancel_at_third)


def test_requests_that_print_nothing_are_refused(demo: SheetDemo) -> None:
    with pytest.raises(GM100Error, match=r"99\.999"):
        build_sheets(SheetRequest("blank", demo.event, "en", regions=("99.999",)))
    with pytest.raises(GM100Error, match="none was given"):
        build_sheets(SheetRequest("assessor", demo.event, "en"))
    with pytest.raises(GM100Error, match="printed from a merge"):  # region sheets and ranking: a merge report
        build_sheets(SheetRequest("ranking", demo.event, "en"))
    with pytest.raises(GM100Error, match="Nothing to print"):  # A002 sits in P2, 51.71 presents in P1
        assessor_pdf(demo, "A002", regions=("51.71",))


def test_scores_without_a_slot_still_get_a_sheet(demo: SheetDemo, tmp_path: Path) -> None:
    record = demo.record("A002")
    extra = dataclasses.replace(
        next(g for g in record.content.regions if g.code == "51.71"),
        state="in_progress",
        scores=(BundleScore("INF1", 4, "", "2019-02-21T01:00:00.000000"),),
    )
    content = dataclasses.replace(
        record.content, regions=tuple(extra if g.code == "51.71" else g for g in record.content.regions)
    )
    request = SheetRequest(
        "assessor", demo.event, "en", records=(AssessorRecord(content, record.bundle_sha256),)
    )
    out = written(build_sheets(request), tmp_path)
    text = pdf_text(out)
    assert "51.71" in text and "not scheduled" in text


def test_a_rubric_text_taller_than_a_page_splits_across_pages(demo: SheetDemo, tmp_path: Path) -> None:
    huge = " ".join(f"teks{i:04d}" for i in range(1200))
    first = demo.event.rubric.dimensions[0]
    criterion = dataclasses.replace(
        first.criteria[0],
        name={"id": huge, "en": huge},
        levels={k: {"id": huge, "en": huge} for k in range(1, 6)},
    )
    dimension = dataclasses.replace(first, criteria=(criterion, *first.criteria[1:]))
    rubric = dataclasses.replace(demo.event.rubric, dimensions=(dimension, *demo.event.rubric.dimensions[1:]))
    event = dataclasses.replace(demo.event, rubric=rubric)
    for kind in ("assessor", "blank"):
        request = SheetRequest(kind, event, "en", records=(demo.record("A002"),), regions=("33.74",))
        out = written(build_sheets(request), tmp_path, f"{kind}.pdf")
        assert page_count(out) > 2
        assert "teks1199" in pdf_text(out)
