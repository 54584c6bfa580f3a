"""Paper-sheet entries as CSV: `assessor_id,region_code,criterion_id,score,note,entered_by`, read and written.

Reading is all or nothing: the header must be exactly those columns (in that order; a byte order mark and
the case of the names are tolerated), a score must be a whole number or blank, and every bad row is named by
its line number. Whether an entry counts (roster, rubric, scale, conflicts, double entry) is decided later by
`domain.paper.check_entries`, which names refused entries by the same line numbers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from gm100_desktop.domain.paper import PAPER_COLUMNS, PaperEntry
from gm100_desktop.errors import CsvFileError
from gm100_desktop.services.csv_files import CsvRows, read_csv_text
from gm100_desktop.services.files import write_atomic

WHOLE_NUMBER = re.compile(r"-?[0-9]+")


def read_paper_csv(path: Path) -> list[PaperEntry]:
    """Every entry of the file, or `CsvFileError` naming the file and every bad line."""
    return parse_paper_csv(read_csv_text(path, "a paper-sheet file"), path.name)


def parse_paper_csv(text: str, name: str) -> list[PaperEntry]:
    rows = CsvRows(text, name, PAPER_COLUMNS)
    if tuple(rows.header) != PAPER_COLUMNS:
        expected, found = ",".join(PAPER_COLUMNS), ",".join(rows.header)
        raise CsvFileError(name, [f"line 1: the header must be exactly {expected} (found: {found})"])
    entries: list[PaperEntry] = []
    for line, row in rows:
        score: int | None = None
        if row["score"]:
            if not WHOLE_NUMBER.fullmatch(row["score"]):
                rows.problems.append(f'line {line}: the score "{row["score"]}" is not a whole number')
                continue
            score = int(row["score"])
        entries.append(
            PaperEntry(
                row["assessor_id"],
                row["region_code"],
                row["criterion_id"],
                score,
                row["note"],
                row["entered_by"],
                line,
            )
        )
    rows.done()
    return entries


def paper_csv_text(entries: Iterable[PaperEntry]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(PAPER_COLUMNS)
    for e in entries:
        score = "" if e.score is None else str(e.score)
        writer.writerow([e.assessor_id, e.region_code, e.criterion_id, score, e.note, e.entered_by])
    return out.getvalue()


def write_paper_csv(path: Path, entries: Iterable[PaperEntry]) -> None:
    """Write the entries (UTF-8, the reader's columns) so that a crash leaves the old file or the new one."""
    write_atomic(path, paper_csv_text(entries).encode("utf-8"))
