"""The words printed on the sheets, in Bahasa Indonesia ("id") and English ("en"), and dates spelled out."""

from __future__ import annotations

from datetime import date, datetime

from gm100_desktop.i18n import pick

LABELS: dict[str, dict[str, str]] = {
    # shared
    "event": {"id": "Acara", "en": "Event"},
    "region": {"id": "Kabupaten/Kota", "en": "Region"},
    "panel": {"id": "Panel", "en": "Panel"},
    "slot": {"id": "Jadwal paparan", "en": "Presentation"},
    "room": {"id": "Ruang", "en": "Room"},
    "assessor": {"id": "Asesor", "en": "Assessor"},
    "assessor_id": {"id": "ID asesor", "en": "Assessor id"},
    "criterion": {"id": "Kriteria", "en": "Criterion"},
    "score": {"id": "Nilai", "en": "Score"},
    "note": {"id": "Catatan", "en": "Note"},
    "weight": {"id": "bobot {weight}", "en": "weight {weight}"},
    "name": {"id": "Nama", "en": "Name"},
    "date": {"id": "Tanggal", "en": "Date"},
    "signature": {"id": "Tanda tangan", "en": "Signature"},
    "page": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
    "document_page": {"id": "lembar PDF {page}/{pages}", "en": "PDF page {page}/{pages}"},
    "continued": {"id": "(lanjutan)", "en": "(continued)"},
    "not_scheduled": {"id": "tidak terjadwal", "en": "not scheduled"},
    "scale": {"id": "Skala", "en": "Scale"},
    # the assessor's own sheet
    "assessor_title": {"id": "Lembar Nilai Asesor", "en": "Assessor score sheet"},
    "assessor_doc": {"id": "GM100 — lembar nilai asesor", "en": "GM100 — assessor score sheets"},
    "descriptor": {"id": "Deskripsi level dan catatan", "en": "Level descriptor and note"},
    "status": {"id": "Status", "en": "Status"},
    "finalised_at": {"id": "Final, {time} UTC", "en": "Finalised {time} UTC"},
    "in_progress": {"id": "Belum final (masih dinilai)", "en": "Not finalised (in progress)"},
    "not_started": {"id": "Belum dinilai", "en": "Not scored"},
    "draft": {"id": "DRAF — belum final", "en": "DRAFT — not finalised"},
    "not_scored": {"id": "Belum dinilai", "en": "Not scored"},
    "region_not_scored": {
        "id": "Belum dinilai: asesor ini tidak memberi nilai apa pun untuk kabupaten/kota ini.",
        "en": "Not scored: this assessor gave no score for this region.",
    },
    "conflict": {
        "id": "Konflik kepentingan — tidak dinilai oleh asesor ini.",
        "en": "Conflict of interest — not scored by this assessor.",
    },
    "conflict_reason": {"id": "Alasan: {reason}", "en": "Reason: {reason}"},
    "dimension": {"id": "Dimensi", "en": "Dimension"},
    "scored_count": {"id": "{scored} dari {criteria} dinilai", "en": "{scored} of {criteria} scored"},
    "subtotal": {"id": "Subtotal (0–100)", "en": "Subtotal (0–100)"},
    "total": {"id": "Nilai total (0–100)", "en": "Total (0–100)"},
    "provisional": {
        "id": "sementara: {scored} dari {criteria} kriteria dinilai",
        "en": "provisional: {scored} of {criteria} criteria scored",
    },
    "region_note": {"id": "Catatan umum", "en": "General note"},
    "long_notes": {"id": "Catatan panjang", "en": "Long notes"},
    "see_note": {"id": "Catatan: lihat catatan {n} di bawah.", "en": "Note: see long note {n} below."},
    "record": {"id": "Berkas nilai", "en": "Score bundle"},
    "record_value": {
        "id": "kunci {key_id} · ekspor ke-{sequence} · sha256 bundle.json {hash}",
        "en": "key {key_id} · sequence {sequence} · bundle.json sha256 {hash}",
    },
    "record_footer": {
        "id": "{assessor} · kunci {key_id} · ekspor ke-{sequence} · sha256 {hash}",
        "en": "{assessor} · key {key_id} · sequence {sequence} · sha256 {hash}",
    },
    "sign_statement": {
        "id": "Saya menyatakan bahwa nilai di atas adalah penilaian saya sendiri.",
        "en": "I confirm that the scores above are my own assessment.",
    },
    # blank paper sheets
    "blank_title": {"id": "Lembar Nilai Asesor (kertas)", "en": "Paper score sheet"},
    "blank_doc": {"id": "GM100 — lembar nilai kosong", "en": "GM100 — blank score sheets"},
    "blank_instructions": {
        "id": "Beri tanda silang pada satu kotak untuk setiap kriteria. Nilai di ujung skala ({low} atau "
        "{high}) wajib diberi catatan.",
        "en": "Cross one box for each criterion. A score at either end of the scale ({low} or {high}) "
        "needs a note.",
    },
    "write_score": {"id": "Tulis nilai {low}–{high}", "en": "Write a score {low}–{high}"},
    "secretariat": {"id": "Sekretariat: entri ganda", "en": "Secretariat: double entry"},
    "entered_by": {"id": "Dientri oleh ({n})", "en": "Entered by ({n})"},
    "initials": {"id": "Paraf", "en": "Initials"},
    # schedules
    "schedule_title": {"id": "Jadwal Paparan", "en": "Presentation schedule"},
    "schedule_doc": {"id": "GM100 — jadwal paparan", "en": "GM100 — presentation schedule"},
    "day": {"id": "Hari {n}", "en": "Day {n}"},
    "time": {"id": "Waktu", "en": "Time"},
    "code": {"id": "Kode", "en": "Code"},
    "province": {"id": "Provinsi", "en": "Province"},
    "panel_assessors": {"id": "Asesor panel", "en": "Panel assessors"},
    "rotation_note": {
        "id": "Asesor berotasi antarpanel: kolom Asesor menunjukkan siapa yang duduk di panel ini ketika "
        "paparan dimulai.",
        "en": "Assessors rotate between panels: the Assessors column shows who sits in this panel when the "
        "presentation starts.",
    },
    "conflict_mark": {
        "id": "* konflik kepentingan: tidak menilai kabupaten/kota ini",
        "en": "* conflict of interest: does not score this region",
    },
    "no_schedule": {"id": "Belum ada paparan yang dijadwalkan.", "en": "No presentations are scheduled."},
    "presentations": {"id": "{count} paparan", "en": "{count} presentations"},
    "presentations_label": {"id": "Paparan", "en": "Presentations"},
    "assessors": {"id": "Asesor", "en": "Assessors"},
    # the region sheet (the chair's "judges' details")
    "region_title": {"id": "Rincian Nilai Kabupaten/Kota", "en": "Region score details"},
    "region_doc": {"id": "GM100 — rincian nilai kabupaten/kota", "en": "GM100 — region score details"},
    "rank": {"id": "Peringkat", "en": "Rank"},
    "rank_selected": {"id": "{rank} — terpilih ({top} teratas)", "en": "{rank} — selected (top {top})"},
    "rank_not_selected": {"id": "{rank} — tidak terpilih", "en": "{rank} — not selected"},
    "rank_tied": {
        "id": "{rank} — seri di garis batas: ketua memutuskan",
        "en": "{rank} — tied across the cut line: the chair decides",
    },
    "not_ranked": {
        "id": "Tidak diperingkat (penilaian belum lengkap)",
        "en": "Not ranked (incomplete scoring)",
    },
    "method": {"id": "Metode", "en": "Method"},
    "method_count": {
        "id": "{method} · {count} dari {expected} asesor",
        "en": "{method} · {count} of {expected} assessors",
    },
    "method_count_plain": {"id": "{method} · {count} asesor", "en": "{method} · {count} assessors"},
    "completeness": {"id": "Kelengkapan", "en": "Completeness"},
    "complete": {"id": "Lengkap", "en": "Complete"},
    "incomplete_unscored": {
        "id": "kriteria tanpa nilai: {criteria}",
        "en": "criteria nobody scored: {criteria}",
    },
    "incomplete_not_final": {"id": "belum final: {assessors}", "en": "not finalised: {assessors}"},
    "incomplete_missing": {"id": "{count} asesor belum menilai", "en": "{count} assessor(s) missing"},
    "included_by_chair": {"id": "diperingkat atas keputusan ketua", "en": "ranked by the chair's decision"},
    "aggregate": {"id": "Gabungan", "en": "Aggregate"},
    "count_short": {"id": "n", "en": "n"},
    "judge": {"id": "J{n}", "en": "J{n}"},
    "judges": {"id": "Asesor", "en": "Assessors"},
    "source_state": {"id": "{source}, {state}", "en": "{source}, {state}"},
    "spread_legend": {
        "id": "↕ nilai para asesor untuk kriteria ini berselisih {points} poin skala atau lebih.",
        "en": "↕ the assessors' scores for this criterion differ by {points} or more scale points.",
    },
    "fallback_legend": {
        "id": "† rata-rata biasa: terlalu sedikit nilai untuk rata-rata terpangkas.",
        "en": "† plain mean: too few scores for the trimmed mean.",
    },
    "aggregate_legend": {
        "id": "Kolom {aggregate}: nilai panel per kriteria ({method}), subtotal dimensi dan nilai total yang "
        "dipakai untuk peringkat; n = jumlah nilai.",
        "en": "{aggregate} column: the panel's score per criterion ({method}), and the dimension subtotals "
        "and total used for the ranking; n = number of scores.",
    },
    "notes_title": {"id": "Catatan asesor", "en": "Assessors' notes"},
    "no_notes": {"id": "Tidak ada catatan.", "en": "No notes."},
    "no_marks": {
        "id": "Tidak ada nilai yang dihitung untuk kabupaten/kota ini.",
        "en": "No marks count for this region.",
    },
    "panel_cells": {"id": "Asesor panel: {cells}", "en": "Panel assessors: {cells}"},
    "refused_here": {"id": "Nilai yang ditolak", "en": "Refused marks"},
    "refused_mark": {"id": "{assessor} ({source}): {reason}", "en": "{assessor} ({source}): {reason}"},
    # the ranking report
    "ranking_title": {"id": "Laporan Peringkat", "en": "Ranking report"},
    "ranking_doc": {"id": "GM100 — laporan peringkat", "en": "GM100 — ranking report"},
    "decisions_title": {"id": "Keputusan ketua", "en": "The chair's decisions"},
    "ranking_heading": {"id": "Peringkat", "en": "Ranking"},
    "status_selected": {"id": "terpilih", "en": "selected"},
    "status_tied": {"id": "seri di garis batas", "en": "tied at the cut"},
    "status_shared": {"id": "peringkat bersama", "en": "shared rank"},
    "status_included": {"id": "diikutkan ketua", "en": "included by the chair"},
    "no_ranking": {"id": "Belum ada kabupaten/kota yang diperingkat.", "en": "No region is ranked."},
    "cut_legend": {
        "id": "Garis tebal di bawah kabupaten/kota terpilih terakhir menandai garis batas; baris kuning seri "
        "di garis batas.",
        "en": "A thick line below the last selected region marks the cut; yellow rows are tied at the cut.",
    },
    "excluded_reasons": {"id": "Tidak diperingkat", "en": "Not ranked"},
    "reliability_title": {"id": "Reliabilitas", "en": "Reliability"},
    "reliability_rules": {
        "id": "Kriteria ditandai bila nilai para asesor berselisih {points} poin skala atau lebih. Asesor "
        "ditandai bila nilai totalnya rata-rata berselisih lebih dari {corridor} poin dari rata-rata asesor "
        "lain di panelnya (skala 0–100).",
        "en": "Criteria are flagged where the assessors' scores differ by {points} or more scale points. An "
        "assessor is flagged when their region totals differ from the mean of the other assessors' totals "
        "by more than {corridor} points on average (0–100 scale).",
    },
    "spread_count": {
        "id": "{flags} kriteria di {regions} kabupaten/kota dengan nilai yang berselisih {points} poin skala "
        "atau lebih.",
        "en": "{flags} criteria in {regions} regions where the assessors' scores differ by {points} or more "
        "scale points.",
    },
    "icc_note": {
        "id": "ICC dan W Kendall dihitung dari nilai total per asesor pada blok lengkap terbesar setiap "
        "panel.",
        "en": "ICC and Kendall's W use the assessors' region totals in each panel's largest complete block.",
    },
    "corridor_above": {
        "id": "Asesor {assessor} memberi nilai rata-rata {points} poin di atas asesor lain di panel "
        "{panel}, pada {regions} kabupaten/kota.",
        "en": "Assessor {assessor} scores {points} points above the rest of panel {panel} on average, over "
        "{regions} regions.",
    },
    "corridor_below": {
        "id": "Asesor {assessor} memberi nilai rata-rata {points} poin di bawah asesor lain di panel "
        "{panel}, pada {regions} kabupaten/kota.",
        "en": "Assessor {assessor} scores {points} points below the rest of panel {panel} on average, over "
        "{regions} regions.",
    },
    "corridor_none": {"id": "Tidak ada asesor di luar koridor.", "en": "No assessor leaves the corridor."},
    "sensitivity_title": {"id": "Sensitivitas garis batas", "en": "Cut-line sensitivity"},
    "inputs_title": {"id": "Berkas masukan", "en": "Inputs"},
    "refused_inputs": {"id": "Berkas yang tidak dihitung", "en": "Inputs that do not count"},
    "hashes_title": {"id": "SHA-256 setiap berkas masukan", "en": "SHA-256 of every input"},
    "chair": {"id": "Ketua panel", "en": "Panel chair"},
    "chair_statement": {
        "id": "Saya menyatakan bahwa peringkat ini dihasilkan dari berkas masukan di atas menurut aturan "
        "yang tertulis.",
        "en": "I confirm that this ranking was produced from the inputs listed above by the stated rule.",
    },
}

WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}  # fmt: skip


def label(key: str, language: str, **params: object) -> str:
    """The label `key` in `language` (else Bahasa Indonesia), with `{named}` params filled in."""
    text = pick(LABELS[key], language)
    return text.format(**params) if params else text


def long_date(day: date, language: str) -> str:
    """ "Kamis, 21 Februari 2019" or "Thursday 21 February 2019"."""
    lang = language if language in WEEKDAYS else "id"
    weekday = WEEKDAYS[lang][day.weekday()]
    month = MONTHS[lang][day.month - 1]
    sep = "," if lang == "id" else ""
    return f"{weekday}{sep} {day.day} {month} {day.year}"


def time_span(start: datetime, end: datetime) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"
