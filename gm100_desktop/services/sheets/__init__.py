"""Printed sheets as PDF (reportlab): assessor score sheets, blank paper sheets, schedules, region sheets and
the ranking report."""

from gm100_desktop.services.sheets.assessor_sheet import AssessorRecord
from gm100_desktop.services.sheets.build import (
    AVAILABLE_KINDS,
    KINDS,
    MERGE_KINDS,
    SheetRequest,
    build_sheets,
    latest_records,
    write_sheets,
)
from gm100_desktop.services.sheets.pdf_base import Progress, RenderedPdf, ensure_fonts
from gm100_desktop.services.sheets.ranking_report import ranking_report_pdf, write_ranking_report

__all__ = [
    "AVAILABLE_KINDS",
    "KINDS",
    "MERGE_KINDS",
    "AssessorRecord",
    "Progress",
    "RenderedPdf",
    "SheetRequest",
    "build_sheets",
    "ensure_fonts",
    "latest_records",
    "ranking_report_pdf",
    "write_ranking_report",
    "write_sheets",
]
