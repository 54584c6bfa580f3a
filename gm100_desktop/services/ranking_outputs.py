"""The merge's ranking as CSV (the ranking table) and XLSX (ranking, dimensions, assessors, inputs,
reliability, sensitivity, decisions), both made only from `merge_report.build_report`'s dictionary.

CSV: UTF-8 with a byte-order mark (Excel in Indonesia opens UTF-8 CSV correctly only with one), "\\r\\n" line
ends, every number with exactly four decimals and a decimal point, so the same report gives the same bytes.
`decimal_comma=True` writes a decimal comma and ";" between fields instead, for a spreadsheet set to
Indonesian number format. Header labels follow the language; codes and ids in the cells never do.

XLSX: numbers are numbers, the cut line is a thick border below the last selected region and regions tied at
the cut are shaded. The workbook's dates and the ZIP members' times are fixed, so the same report gives the
same bytes with the same openpyxl and zlib (openpyxl alone would stamp the current time into both).
Reasons and explanations are the report's English text; the rule sentence is also given in Bahasa Indonesia
(for the methods whose wording this module knows; otherwise the report's English sentence).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from gm100_desktop.domain.aggregate import TRIM_MIN_VALUES
from gm100_desktop.i18n import pick
from gm100_desktop.services.files import write_atomic

FIXED_TIME = datetime(2000, 1, 1)  # the workbook's created/modified: nothing variable may enter the file
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
NUMBER_FORMAT = "0.0000"
MAX_WIDTH = 60
CUT_LINE = Border(bottom=Side(style="thick"))
HEADER_LINE = Border(bottom=Side(style="thin"))
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
TIE_FILL = PatternFill("solid", fgColor="FFE699")
BOLD = Font(bold=True)

LABELS: dict[str, dict[str, str]] = {
    # ranking columns
    "rank": {"id": "Peringkat", "en": "Rank"},
    "region_code": {"id": "Kode daerah", "en": "Region code"},
    "region_name": {"id": "Nama daerah", "en": "Region name"},
    "province": {"id": "Provinsi", "en": "Province"},
    "total": {"id": "Nilai total", "en": "Total"},
    "selected": {"id": "Terpilih", "en": "Selected"},
    "tied_at_cut": {"id": "Seri di garis batas", "en": "Tied at the cut"},
    "shared": {"id": "Peringkat bersama", "en": "Shared rank"},
    "incomplete": {"id": "Belum lengkap", "en": "Incomplete"},
    "decided_by": {"id": "Penentu urutan", "en": "Decided by"},
    "yes": {"id": "ya", "en": "yes"},
    "no": {"id": "tidak", "en": "no"},
    # sheets
    "sheet_ranking": {"id": "Peringkat", "en": "Ranking"},
    "sheet_dimensions": {"id": "Dimensi", "en": "Dimensions"},
    "sheet_assessors": {"id": "Asesor", "en": "Assessors"},
    "sheet_inputs": {"id": "Berkas masukan", "en": "Inputs"},
    "sheet_reliability": {"id": "Reliabilitas", "en": "Reliability"},
    "sheet_sensitivity": {"id": "Sensitivitas", "en": "Sensitivity"},
    "sheet_decisions": {"id": "Keputusan", "en": "Decisions"},
    # the ranking sheet's heading
    "title": {"id": "Peringkat GM100 — {event}", "en": "GM100 ranking — {event}"},
    "event": {"id": "Acara", "en": "Event"},
    "event_value": {"id": "{event_id}, versi {version}", "en": "{event_id}, version {version}"},
    "package": {"id": "SHA-256 paket acara", "en": "Event package SHA-256"},
    "chair_key": {"id": "Kunci ketua", "en": "Chair key"},
    "rubric": {"id": "Rubrik", "en": "Rubric"},
    "rubric_value": {
        "id": "{id}, versi {version}, skala {low}–{high}",
        "en": "{id}, version {version}, scale {low}–{high}",
    },
    "generator": {"id": "Dibuat dengan", "en": "Made with"},
    "rule": {"id": "Aturan", "en": "Rule"},
    "method": {"id": "Metode", "en": "Method"},
    "top_n": {"id": "Jumlah kursi (N teratas)", "en": "Places (top N)"},
    "tie_break": {"id": "Penentu seri, berurutan", "en": "Tie-break, in order"},
    "selected_count": {"id": "{n} dari {top}", "en": "{n} of {top}"},
    "cut_total": {"id": "Nilai total di garis batas", "en": "Total at the cut"},
    "cut_tie": {
        "id": "{codes} bersaing untuk {places} kursi terakhir; ketua memutuskan",
        "en": "{codes} compete for the last {places} places; the chair decides",
    },
    "excluded": {"id": "Tidak diperingkat (belum lengkap)", "en": "Not ranked (incomplete)"},
    "included": {"id": "Diperingkat meski belum lengkap", "en": "Ranked although incomplete"},
    "legend": {
        "id": "Garis tebal di bawah daerah terpilih terakhir menandai garis batas; baris berwarna kuning "
        "seri di garis batas.",
        "en": "A thick line below the last selected region marks the cut; yellow rows are tied at the cut.",
    },
    "none": {"id": "tidak ada", "en": "none"},
    # dimensions and assessors
    "panel": {"id": "Panel", "en": "Panel"},
    "complete": {"id": "Lengkap", "en": "Complete"},
    "assessor_count": {"id": "Jumlah asesor", "en": "Assessors"},
    "expected": {"id": "Seharusnya", "en": "Expected"},
    "unscored": {"id": "Kriteria tanpa nilai", "en": "Unscored criteria"},
    "not_finalised": {"id": "Belum final", "en": "Not finalised"},
    "plain_mean": {"id": "Rata-rata biasa (nilai terlalu sedikit)", "en": "Plain mean (too few values)"},
    "count": {"id": "{criterion} (n)", "en": "{criterion} (n)"},
    "own": {"id": "{dimension} (sendiri)", "en": "{dimension} (own)"},
    "assessor": {"id": "Asesor", "en": "Assessor"},
    "assessor_name": {"id": "Nama asesor", "en": "Assessor name"},
    "source": {"id": "Sumber", "en": "Source"},
    "state": {"id": "Status", "en": "State"},
    "own_total": {"id": "Nilai total sendiri", "en": "Own total"},
    "severity_title": {
        "id": "Keketatan asesor (skala rubrik; positif = longgar, negatif = ketat)",
        "en": "Assessor severity (rubric scale; positive = lenient, negative = severe)",
    },
    "severity": {"id": "Keketatan", "en": "Severity"},
    "se": {"id": "Galat baku", "en": "SE"},
    "scores_used": {"id": "Nilai dipakai", "en": "Scores used"},
    "regions": {"id": "Daerah", "en": "Regions"},
    "not_estimable": {"id": "Tidak dapat diperkirakan: {reason}", "en": "Not estimable: {reason}"},
    "sev_sigma": {"id": "Simpangan baku sisa", "en": "Residual standard deviation"},
    "sev_dof": {"id": "Derajat bebas", "en": "Degrees of freedom"},
    "sev_se_reason": {"id": "Tanpa galat baku karena", "en": "No standard error because"},
    "sev_scores": {"id": "Jumlah nilai", "en": "Scores"},
    "sev_units": {"id": "Unit (daerah × kriteria)", "en": "Units (region × criterion)"},
    "sev_clamped": {
        "id": "Nilai disesuaikan yang dipotong ke batas skala",
        "en": "Adjusted scores cut back to the scale",
    },
    # inputs
    "counts": {"id": "Jumlah per status", "en": "Count by state"},
    "file": {"id": "Berkas", "en": "File"},
    "reason": {"id": "Alasan", "en": "Reason"},
    "sequence": {"id": "Ekspor ke-", "en": "Sequence"},
    "key_id": {"id": "ID kunci", "en": "Key id"},
    "fingerprint": {"id": "Sidik jari kunci", "en": "Key fingerprint"},
    "created": {"id": "Dibuat", "en": "Created"},
    "flags": {"id": "Catatan khusus", "en": "Flags"},
    "refused_marks": {"id": "Nilai yang ditolak", "en": "Refused marks"},
    "paper_unused": {"id": "Lembar kertas yang tidak dipakai", "en": "Paper sheets not used"},
    "region": {"id": "Daerah", "en": "Region"},
    "paper_entries": {"id": "Entri lembar kertas", "en": "Paper entries"},
    # reliability
    "rules": {"id": "Aturan penandaan", "en": "Flagging rules"},
    "panels": {"id": "Kesepakatan per panel", "en": "Agreement per panel"},
    "regions_used": {"id": "Daerah dipakai", "en": "Regions used"},
    "assessors_used": {"id": "Asesor dipakai", "en": "Assessors used"},
    "kendall_w": {"id": "W Kendall", "en": "Kendall's W"},
    "chi_square": {"id": "Khi-kuadrat", "en": "Chi-square"},
    "df": {"id": "Derajat bebas", "en": "df"},
    "regions_left_out": {"id": "Daerah tidak dipakai", "en": "Regions left out"},
    "assessors_left_out": {"id": "Asesor tidak dipakai", "en": "Assessors left out"},
    "remarks": {"id": "Keterangan", "en": "Remarks"},
    "alpha": {"id": "Alfa Krippendorff", "en": "Krippendorff's alpha"},
    "level": {"id": "Tingkat ukuran", "en": "Level"},
    "observed": {"id": "Ketidaksepakatan teramati", "en": "Observed disagreement"},
    "expected_disagreement": {"id": "Ketidaksepakatan harapan", "en": "Expected disagreement"},
    "units_used": {"id": "Unit dipakai", "en": "Units used"},
    "pairable": {"id": "Nilai berpasangan", "en": "Pairable values"},
    "spread": {"id": "Kriteria dengan nilai berjauhan", "en": "Criteria where assessors disagree"},
    "criterion": {"id": "Kriteria", "en": "Criterion"},
    "lowest": {"id": "Terendah", "en": "Lowest"},
    "highest": {"id": "Tertinggi", "en": "Highest"},
    "values": {"id": "Nilai per asesor", "en": "Scores by assessor"},
    "corridor": {"id": "Koridor asesor", "en": "Assessor corridor"},
    "corridor_width": {"id": "Lebar koridor (poin, skala 0–100)", "en": "Corridor (points, 0–100 scale)"},
    "spread_points": {"id": "Selisih yang ditandai (poin skala)", "en": "Flagged spread (scale points)"},
    "mean_deviation": {"id": "Rata-rata selisih", "en": "Mean deviation"},
    "regions_counted": {"id": "Daerah dihitung", "en": "Regions counted"},
    "regions_outside": {"id": "Daerah di luar koridor", "en": "Regions outside"},
    "flagged": {"id": "Ditandai", "en": "Flagged"},
    "explanation": {"id": "Penjelasan", "en": "Explanation"},
    "flagged_assessors": {"id": "Asesor yang ditandai", "en": "Flagged assessors"},
    "regions_without_panel": {"id": "Daerah tanpa panel", "en": "Regions without a panel"},
    "other": {"id": "Lainnya", "en": "Other"},
    "not_available": {"id": "Tidak tersedia.", "en": "Not available."},
    # sensitivity and decisions
    "stable": {"id": "Terpilih di semua skenario", "en": "Selected in every scenario"},
    "scenario": {"id": "Skenario", "en": "Scenario"},
    "subject": {"id": "Subjek", "en": "Subject"},
    "selected_n": {"id": "Jumlah terpilih", "en": "Selected"},
    "entered": {"id": "Masuk", "en": "Entered"},
    "left": {"id": "Keluar", "en": "Left"},
    "changed": {"id": "Berubah", "en": "Changed"},
    "refused_methods": {"id": "Metode yang tidak dapat dipakai", "en": "Methods that cannot be used"},
    "kind": {"id": "Jenis", "en": "Kind"},
    "value": {"id": "Nilai", "en": "Value"},
}

# Values shown in words; anything not listed is shown as it is.
WORDS: dict[str, dict[str, str]] = {
    "accepted": {"id": "diterima", "en": "accepted"},
    "superseded": {"id": "digantikan", "en": "superseded"},
    "duplicate": {"id": "duplikat", "en": "duplicate"},
    "late": {"id": "terlambat", "en": "late"},
    "quarantined": {"id": "dikarantina", "en": "quarantined"},
    "refused": {"id": "ditolak", "en": "refused"},
    "finalised": {"id": "final", "en": "finalised"},
    "in_progress": {"id": "belum final", "en": "in progress"},
    "bundle": {"id": "berkas nilai", "en": "score bundle"},
    "paper": {"id": "lembar kertas", "en": "paper sheet"},
    "mean": {"id": "rata-rata", "en": "mean"},
    "median": {"id": "median", "en": "median"},
    "trimmed": {"id": "rata-rata terpangkas", "en": "trimmed mean"},
    "adjusted": {"id": "disesuaikan dengan keketatan asesor", "en": "adjusted for assessor severity"},
    "without_assessor": {"id": "tanpa asesor", "en": "without assessor"},
    "method": {"id": "metode", "en": "method"},
    "pin_key": {"id": "sematkan kunci", "en": "pin key"},
    "accept_late": {"id": "terima berkas terlambat", "en": "accept late bundle"},
    "include_region": {"id": "ikutkan daerah", "en": "include region"},
    "top_n": {"id": "jumlah kursi", "en": "places (top N)"},
    "tie_break": {"id": "penentu seri", "en": "tie-break"},
    "deadline": {"id": "batas waktu", "en": "deadline"},
}

# The rule sentence of aggregate._sentence in Bahasa Indonesia, for the methods it knows.
_METHOD_TEXT_ID = {
    "mean": "rata-rata nilai para asesor panel",
    "median": "median nilai para asesor panel",
    "trimmed": (
        "rata-rata nilai para asesor panel tanpa nilai tertinggi dan terendah bila "
        f"{TRIM_MIN_VALUES} asesor atau lebih menilainya (jika kurang, rata-rata biasa)"
    ),
    "adjusted": (
        "rata-rata nilai para asesor panel setelah keketatan setiap asesor dikoreksi (efek asesor aditif "
        "yang diperkirakan dari seluruh desain yang terhubung; nilai tetap dalam skala)"
    ),
}
ICC_FORMS = ("icc_1_1", "icc_2_1", "icc_3_1", "icc_1_k", "icc_2_k", "icc_3_k")
ICC_LABELS = ("ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)")


def label(key: str, language: str, **params: object) -> str:
    text = pick(LABELS[key], language)
    return text.format(**params) if params else text


def word(value: str, language: str) -> str:
    return pick(WORDS[value], language) if value in WORDS else value


# ---- the ranking table (CSV and the XLSX ranking sheet) ----------------------------------------------------


def dimension_ids(report: Mapping[str, Any]) -> list[str]:
    return [str(d["dimension_id"]) for d in report["event"]["rubric"]["dimensions"]]


def dimension_label(report: Mapping[str, Any], dimension_id: str, language: str) -> str:
    """The dimension's name when the report carries one, else its id."""
    for d in report["event"]["rubric"]["dimensions"]:
        if d["dimension_id"] == dimension_id and isinstance(d.get("name"), dict) and d["name"]:
            return pick(d["name"], language)
    return dimension_id


def ranking_table(report: Mapping[str, Any], language: str = "en") -> tuple[list[str], list[list[Any]]]:
    """Header labels and one row per ranked region, in rank order; cells typed (int, float, bool, str)."""
    dims = dimension_ids(report)
    header = [
        label("rank", language),
        label("region_code", language),
        label("region_name", language),
        label("province", language),
        label("total", language),
        *(dimension_label(report, d, language) for d in dims),
        label("selected", language),
        label("tied_at_cut", language),
        label("shared", language),
        label("incomplete", language),
        label("decided_by", language),
    ]
    provinces = {g["region_code"]: g.get("province", "") for g in report["regions"]}
    tied = set(report["cut_tie"])
    rows = []
    for r in report["ranking"]:
        code = r["region_code"]
        rows.append(
            [
                r["rank"],
                code,
                r["name"],
                provinces.get(code, ""),
                r["total"],
                *(r["dimensions"].get(d) for d in dims),
                bool(r["selected"]),
                code in tied,
                bool(r["shared"]),
                bool(r["incomplete"]),
                r["decided_by"],
            ]
        )
    return header, rows


def ranking_csv_bytes(
    report: Mapping[str, Any], language: str = "en", *, decimal_comma: bool = False
) -> bytes:
    """The ranking as CSV (module docstring): same report, same bytes."""
    header, rows = ranking_table(report, language)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if decimal_comma else ",", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_cell(v, language, decimal_comma) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_ranking_csv(
    path: Path, report: Mapping[str, Any], language: str = "en", *, decimal_comma: bool = False
) -> None:
    write_atomic(path, ranking_csv_bytes(report, language, decimal_comma=decimal_comma))


def _csv_cell(value: Any, language: str, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return label("yes" if value else "no", language)
    if isinstance(value, float):
        text = format(value, ".4f")
        return text.replace(".", ",") if decimal_comma else text
    return str(value)


def rule_sentence(report: Mapping[str, Any], language: str) -> str:
    """The ranking rule: the report's English sentence, or the same rule in Bahasa Indonesia."""
    rule = report["rule"]
    method = rule["method"]
    if language != "id" or method not in _METHOD_TEXT_ID:
        return str(rule["sentence"])
    chain = [dimension_label(report, d, "id") for d in rule["tie_break"]]
    if chain:
        ties = (
            f"nilai total yang sama diurutkan menurut {', lalu '.join(chain)} (tertinggi lebih dulu); "
            "daerah yang tetap sama berbagi peringkat"
        )
    else:
        ties = "daerah dengan nilai total yang sama berbagi peringkat"
    return (
        f"Nilai setiap kriteria adalah {_METHOD_TEXT_ID[method]}. Daerah diurutkan menurut nilai total "
        f"(0–100, dibandingkan sampai {rule['decimals']} desimal), tertinggi lebih dulu; {ties} "
        f"(1, 2, 2, 4). {rule['top_n']} daerah teratas terpilih; daerah yang seri di garis batas tidak "
        "terpilih dan ketua memutuskan di antara mereka. Daerah yang penilaiannya belum lengkap tidak "
        "diperingkat kecuali ketua mengikutsertakannya."
    )


# ---- XLSX --------------------------------------------------------------------------------------------------


def ranking_xlsx_bytes(report: Mapping[str, Any], language: str = "en") -> bytes:
    """The workbook (module docstring), with fixed dates and ZIP times."""
    wb = Workbook()
    wb.remove(wb.active)
    _ranking_sheet(_Sheet(wb, label("sheet_ranking", language), language), report)
    _dimensions_sheet(_Sheet(wb, label("sheet_dimensions", language), language), report)
    _assessors_sheet(_Sheet(wb, label("sheet_assessors", language), language), report)
    _inputs_sheet(_Sheet(wb, label("sheet_inputs", language), language), report)
    _reliability_sheet(_Sheet(wb, label("sheet_reliability", language), language), report.get("reliability"))
    _sensitivity_sheet(_Sheet(wb, label("sheet_sensitivity", language), language), report)
    _decisions_sheet(_Sheet(wb, label("sheet_decisions", language), language), report)
    props = wb.properties
    props.creator = str(report.get("generator", ""))
    props.title = label("title", language, event=report["event"]["name"])
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()  # not wb.save(): that stamps the current time as "modified"
    return _fixed_zip_times(raw.getvalue())


def write_ranking_xlsx(path: Path, report: Mapping[str, Any], language: str = "en") -> None:
    write_atomic(path, ranking_xlsx_bytes(report, language))


def _fixed_zip_times(data: bytes) -> bytes:
    """The same ZIP with every member dated ZIP_TIME and platform-neutral attributes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 0
            member.external_attr = 0
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


class _Sheet:
    """One worksheet filled row by row: typed cells, bold headers, widths from the table cells."""

    def __init__(self, wb: Any, title: str, language: str) -> None:
        self.ws = wb.create_sheet(title[:31])
        self.language = language
        self.row = 1
        self.widths: dict[int, int] = {}

    def t(self, key: str, **params: object) -> str:
        return label(key, self.language, **params)

    def cell(self, row: int, column: int, value: Any, *, measure: bool = True) -> Any:
        if isinstance(value, bool):
            value = self.t("yes" if value else "no")
        elif isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        if value is not None and not isinstance(value, int | float):
            value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(value))
        c = self.ws.cell(row=row, column=column, value=value)
        if isinstance(value, str):
            c.data_type = "s"  # text that starts with "=" stays text, never a formula
        elif isinstance(value, float):
            c.number_format = NUMBER_FORMAT
        if measure and value is not None:
            shown = 8 if isinstance(value, float) else len(str(value))
            self.widths[column] = max(self.widths.get(column, 0), shown)
        return c

    def heading(self, text: str) -> None:
        self.cell(self.row, 1, text, measure=False).font = BOLD
        self.row += 1

    def pair(self, key_label: str, value: Any) -> None:
        """A label in bold and its value beside it (the value, often long, does not widen its column)."""
        self.cell(self.row, 1, key_label).font = BOLD
        self.cell(self.row, 2, value, measure=False)
        self.row += 1

    def header(self, labels: Sequence[str]) -> int:
        for i, text in enumerate(labels, start=1):
            c = self.cell(self.row, i, text)
            c.font, c.fill, c.border = BOLD, HEADER_FILL, HEADER_LINE
        self.row += 1
        return self.row - 1

    def line(self, values: Iterable[Any]) -> int:
        for i, value in enumerate(values, start=1):
            self.cell(self.row, i, value)
        self.row += 1
        return self.row - 1

    def table(self, title: str | None, labels: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """A titled table ("none" under the header when it has no rows); returns its header row."""
        if title:
            self.heading(title)
        first = self.header(labels)
        for values in rows:
            self.line(values)
        if self.row == first + 1:
            self.cell(self.row, 1, self.t("none"), measure=False)
            self.row += 1
        self.row += 1
        return first

    def freeze(self, header_row: int, columns: int = 0) -> None:
        self.ws.freeze_panes = f"{get_column_letter(columns + 1)}{header_row + 1}"

    def finish(self) -> None:
        for column, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(6, width + 2))


def _ranking_sheet(s: _Sheet, report: Mapping[str, Any]) -> None:
    """The rule on top (kept short: the rows above the table stay frozen), the table, then the details."""
    e = report["event"]
    rubric = e["rubric"]
    rule = report["rule"]
    lang = s.language
    s.heading(s.t("title", event=e["name"]))
    s.pair(s.t("rule"), rule_sentence(report, lang))
    s.pair(s.t("method"), word(rule["method"], lang))
    s.pair(s.t("selected"), s.t("selected_count", n=len(report["selected"]), top=rule["top_n"]))
    if report["cut_tie"]:
        s.pair(
            s.t("tied_at_cut"),
            s.t("cut_tie", codes=", ".join(report["cut_tie"]), places=report["open_places"]),
        )
    s.row += 1
    header, rows = ranking_table(report, lang)
    top = s.header(header)
    tied = set(report["cut_tie"])
    selected = set(report["selected"])
    last_selected = top  # no region selected: the cut line sits under the header
    for values in rows:
        row = s.line(values)
        if values[1] in selected:
            last_selected = row
        if values[1] in tied:
            for column in range(1, len(header) + 1):
                s.ws.cell(row=row, column=column).fill = TIE_FILL
    for column in range(1, len(header) + 1):
        s.ws.cell(row=last_selected, column=column).border = CUT_LINE
    s.row += 1
    s.pair("", s.t("legend"))
    s.pair(s.t("top_n"), rule["top_n"])
    s.pair(s.t("tie_break"), [dimension_label(report, d, lang) for d in rule["tie_break"]] or s.t("none"))
    s.pair(s.t("cut_total"), report["cut_total"])
    s.pair(s.t("excluded"), list(report["excluded"]) or s.t("none"))
    if rule.get("included_incomplete"):
        s.pair(s.t("included"), list(rule["included_incomplete"]))
    s.pair(s.t("event"), s.t("event_value", event_id=e["event_id"], version=e["version"]))
    s.pair(s.t("package"), e["package_sha256"])
    s.pair(s.t("chair_key"), e["chair_key_id"])
    s.pair(
        s.t("rubric"),
        s.t(
            "rubric_value",
            id=rubric["id"],
            version=rubric["version"],
            low=rubric["scale_min"],
            high=rubric["scale_max"],
        ),
    )
    s.pair(s.t("generator"), report.get("generator", ""))
    s.freeze(top)
    s.finish()


def _dimensions_sheet(s: _Sheet, report: Mapping[str, Any]) -> None:
    dims = dimension_ids(report)
    criteria = list(report["event"]["rubric"]["criteria"])
    lang = s.language
    labels = [
        s.t("rank"),
        s.t("region_code"),
        s.t("region_name"),
        s.t("province"),
        s.t("panel"),
        s.t("complete"),
        s.t("assessor_count"),
        s.t("expected"),
        s.t("total"),
        *(dimension_label(report, d, lang) for d in dims),
    ]
    for c in criteria:
        labels += [c, s.t("count", criterion=c)]
    labels += [s.t("unscored"), s.t("not_finalised"), s.t("plain_mean")]
    rows = []
    for g in _regions_in_rank_order(report):
        by_dim = {d["dimension_id"]: d["score"] for d in g["dimensions"]}
        by_crit = {c["criterion_id"]: c for c in g["criteria"]}
        values = [
            g["rank"],
            g["region_code"],
            g["name"],
            g["province"],
            g["panel_id"],
            bool(g["complete"]),
            len(g["assessors"]),
            g["expected_assessors"],
            g["total"],
            *(by_dim.get(d) for d in dims),
        ]
        for c in criteria:
            agg = by_crit.get(c, {})
            values += [agg.get("value"), agg.get("count")]
        values += [g["unscored"], g["not_finalised"], g["fallback_to_mean"]]
        rows.append(values)
    s.freeze(s.table(None, labels, rows), 3)
    s.finish()


def _regions_in_rank_order(report: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    order = {r["region_code"]: i for i, r in enumerate(report["ranking"])}
    return sorted(
        report["regions"], key=lambda g: (order.get(g["region_code"], len(order)), g["region_code"])
    )


def _assessors_sheet(s: _Sheet, report: Mapping[str, Any]) -> None:
    dims = dimension_ids(report)
    criteria = list(report["event"]["rubric"]["criteria"])
    lang = s.language
    people = {a["assessor_id"]: a for a in report["assessors"]}
    labels = [
        s.t("region_code"),
        s.t("region_name"),
        s.t("panel"),
        s.t("assessor"),
        s.t("assessor_name"),
        s.t("source"),
        s.t("state"),
        *criteria,
        *(s.t("own", dimension=dimension_label(report, d, lang)) for d in dims),
        s.t("own_total"),
    ]
    rows = []
    for g in report["regions"]:
        for m in g["marks"]:
            own = {d["dimension_id"]: d["score"] for d in m["dimensions"]}
            rows.append(
                [
                    g["region_code"],
                    g["name"],
                    g["panel_id"],
                    m["assessor_id"],
                    people.get(m["assessor_id"], {}).get("name", ""),
                    word(m["source"], lang),
                    word(m["state"], lang),
                    *m["values"],
                    *(own.get(d) for d in dims),
                    m["total"],
                ]
            )
    s.freeze(s.table(None, labels, rows), 4)
    _severity(s, report.get("severity"), people)
    s.finish()


def _severity(s: _Sheet, severity: Any, people: Mapping[str, Mapping[str, Any]]) -> None:
    s.heading(s.t("severity_title"))
    if not isinstance(severity, Mapping) or not severity:
        s.pair("", s.t("not_available"))
        return
    reason = severity.get("refused") or severity.get("reason")  # SeverityEstimate.refused, or a plain reason
    if reason or severity.get("estimable") is False:
        s.pair("", s.t("not_estimable", reason=reason or ""))
        return
    known = ("assessor_id", "severity", "se", "scores_used", "regions")
    items = [a for a in severity.get("assessors", ()) if isinstance(a, Mapping)]
    extra = sorted({k for a in items for k in a if k not in known})
    s.table(
        None,
        [
            s.t("assessor"),
            s.t("assessor_name"),
            s.t("panel"),
            s.t("severity"),
            s.t("se"),
            s.t("scores_used"),
            s.t("regions"),
            *extra,
        ],
        (
            [
                a.get("assessor_id"),
                people.get(str(a.get("assessor_id")), {}).get("name", ""),
                people.get(str(a.get("assessor_id")), {}).get("panel_id", ""),
                *(a.get(k) for k in known[1:]),
                *(a.get(k) for k in extra),
            ]
            for a in items
        ),
    )
    for key, value in sorted(severity.items()):
        if key not in _SEVERITY_SHOWN and value not in (None, "", [], ()):
            s.pair(s.t(f"sev_{key}") if f"sev_{key}" in LABELS else key, value)


_SEVERITY_SHOWN = {"assessors", "refused", "reason", "estimable", "groups"}


def _inputs_sheet(s: _Sheet, report: Mapping[str, Any]) -> None:
    lang = s.language
    counts = report.get("input_counts", {})
    s.pair(s.t("counts"), ", ".join(f"{word(k, lang)}: {v}" for k, v in counts.items()) or s.t("none"))
    s.row += 1
    top = s.table(
        None,
        [
            s.t("file"),
            s.t("state"),
            s.t("reason"),
            s.t("assessor"),
            s.t("sequence"),
            s.t("key_id"),
            s.t("fingerprint"),
            s.t("created"),
            "SHA-256",
            s.t("flags"),
        ],
        (
            [
                i["name"],
                word(i["state"], lang),
                i["reason"],
                i["assessor_id"],
                i["sequence"],
                i["key_id"],
                i["fingerprint"],
                i["created_at"],
                i["sha256"],
                "; ".join(i["flags"]),
            ]
            for i in report["inputs"]
        ),
    )
    marks_labels = [s.t("assessor"), s.t("region"), s.t("source"), s.t("reason")]
    for key in ("refused_marks", "paper_unused"):
        s.table(
            s.t(key),
            marks_labels,
            ([m["assessor_id"], m["region_code"], word(m["source"], lang), m["reason"]] for m in report[key]),
        )
    entries = report.get("paper", {}).get("entries")
    if isinstance(entries, list):
        s.pair(s.t("paper_entries"), len(entries))
    s.freeze(top)
    s.finish()


def _reliability_sheet(s: _Sheet, data: Any) -> None:
    """Whatever the report's reliability section holds (domain/agreement.py agreement_to_dict)."""
    if not isinstance(data, Mapping) or not data:
        s.heading(s.t("sheet_reliability"))
        s.pair("", s.t("not_available"))
        s.finish()
        return
    handled = {
        "rules",
        "corridor",
        "spread_points",
        "panels",
        "alpha",
        "spread",
        "corridor_checks",
        "flagged_assessors",
        "regions_without_panel",
    }
    if "rules" in data:
        s.pair(s.t("rules"), data["rules"])
    s.pair(s.t("corridor_width"), data.get("corridor"))
    s.pair(s.t("spread_points"), data.get("spread_points"))
    s.row += 1
    panels = [p for p in data.get("panels", ()) if isinstance(p, Mapping)]
    s.table(
        s.t("panels"),
        [
            s.t("panel"),
            s.t("regions"),
            s.t("assessor_count"),
            s.t("regions_used"),
            s.t("assessors_used"),
            *ICC_LABELS,
            s.t("kendall_w"),
            s.t("chi_square"),
            s.t("df"),
            s.t("regions_left_out"),
            s.t("assessors_left_out"),
            s.t("remarks"),
        ],
        (_panel_row(p) for p in panels),
    )
    alpha = data.get("alpha")
    if isinstance(alpha, Mapping):
        s.table(
            s.t("alpha"),
            [
                s.t("level"),
                "α",
                s.t("observed"),
                s.t("expected_disagreement"),
                s.t("units_used"),
                s.t("pairable"),
                s.t("remarks"),
            ],
            (
                [
                    level,
                    a.get("alpha"),
                    a.get("observed_disagreement"),
                    a.get("expected_disagreement"),
                    a.get("units_used"),
                    a.get("pairable_values"),
                    a.get("reason"),
                ]
                for level, a in alpha.items()
                if isinstance(a, Mapping)
            ),
        )
    s.table(
        s.t("spread"),
        [s.t("region"), s.t("criterion"), s.t("lowest"), s.t("highest"), s.t("values")],
        (
            [f.get("region_code"), f.get("criterion_id"), f.get("minimum"), f.get("maximum"), f.get("values")]
            for f in data.get("spread", ())
            if isinstance(f, Mapping)
        ),
    )
    s.table(
        s.t("corridor"),
        [
            s.t("assessor"),
            s.t("panel"),
            s.t("mean_deviation"),
            s.t("regions_counted"),
            s.t("regions_outside"),
            s.t("flagged"),
            s.t("explanation"),
        ],
        (
            [
                c.get("assessor_id"),
                c.get("panel_id"),
                c.get("mean_deviation"),
                c.get("regions_counted"),
                c.get("regions_outside"),
                bool(c.get("flagged")),
                c.get("explanation"),
            ]
            for c in data.get("corridor_checks", ())
            if isinstance(c, Mapping)
        ),
    )
    s.pair(s.t("flagged_assessors"), list(data.get("flagged_assessors", ())) or s.t("none"))
    s.pair(s.t("regions_without_panel"), list(data.get("regions_without_panel", ())) or s.t("none"))
    others = sorted(k for k in data if k not in handled)
    if others:
        s.row += 1
        s.heading(s.t("other"))
        for key in others:
            s.pair(key, data[key])
    s.finish()


def _panel_row(p: Mapping[str, Any]) -> list[Any]:
    icc = _mapping(p.get("icc"))
    w = _mapping(p.get("kendall_w"))
    reasons = [r for r in (p.get("icc_reason"), p.get("kendall_reason")) if r]
    return [
        p.get("panel_id"),
        _count(p, "regions"),
        _count(p, "assessors"),
        _count(p, "regions_used"),
        _count(p, "assessors_used"),
        *(icc.get(f) for f in ICC_FORMS),
        w.get("w"),
        w.get("chi_square"),
        w.get("degrees_of_freedom"),
        p.get("regions_left_out"),
        p.get("assessors_left_out"),
        " ".join(dict.fromkeys(str(r) for r in reasons)),
    ]


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _count(data: Mapping[str, Any], key: str) -> Any:
    """`n_<key>`, or the length of the list `<key>`, or `<key>` itself."""
    if f"n_{key}" in data:
        return data[f"n_{key}"]
    value = data.get(key)
    return len(value) if isinstance(value, list | tuple) else value


def _sensitivity_sheet(s: _Sheet, report: Mapping[str, Any]) -> None:
    lang = s.language
    data = report.get("sensitivity", {})
    s.pair(s.t("stable"), list(data.get("stable", ())) or s.t("none"))
    s.row += 1
    scenarios = [*data.get("without_assessor", ()), *data.get("methods", ())]
    top = s.table(
        None,
        [
            s.t("scenario"),
            s.t("subject"),
            s.t("selected_n"),
            s.t("entered"),
            s.t("left"),
            s.t("tied_at_cut"),
            s.t("changed"),
        ],
        (
            [
                word(x["kind"], lang),
                word(x["subject"], lang) if x["kind"] == "method" else x["subject"],
                len(x["selected"]),
                x["entered"],
                x["left"],
                x["cut_tie"],
                bool(x["entered"] or x["left"]),
            ]
            for x in scenarios
        ),
    )
    refused = data.get("refused_methods", ())
    if refused:
        s.table(
            s.t("refused_methods"),
            [s.t("method"), s.t("reason")],
            ([word(m["method"], lang), m["reason"]] for m in refused),
        )
    s.freeze(top)
    s.finish()


def _decisions_sheet(s: _Sheet, report: Mapping[str, Any]) -> None:
    lang = s.language
    decisions = report.get("decisions", ())
    top = s.table(
        None,
        [s.t("kind"), s.t("subject"), s.t("value"), s.t("reason")],
        ([word(d["kind"], lang), d["subject"], d["value"], d["reason"]] for d in decisions),
    )
    s.freeze(top)
    s.finish()
