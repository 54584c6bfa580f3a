"""Pre-selection indicators per region (`code,<indicator>…`, e.g. fiscal capacity KKD, green-city index).

All or nothing: every bad cell is named by its line and column, every unknown or repeated region code by its
line. Numbers are plain decimals with a point (`1234.5`, `-0.25`); an empty cell is a missing value.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from gm100_desktop.errors import CsvFileError
from gm100_desktop.services.csv_files import CsvRows, read_csv_text
from gm100_desktop.services.regions_csv import KEMENDAGRI_CODE

NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


@dataclass(frozen=True)
class IndicatorTable:
    columns: tuple[str, ...]  # as written in the header, e.g. ("KKD", "IKK")
    values: Mapping[str, tuple[float | None, ...]]  # region code -> one value per column (None: missing)

    def value(self, code: str, column: str) -> float | None:
        row = self.values.get(code)
        return None if row is None else row[self.columns.index(column)]


def read_indicators_csv(path: Path, known_codes: Collection[str] | None = None) -> IndicatorTable:
    """The file's indicators, or `CsvFileError` naming every bad cell and row; `known_codes` = the regions."""
    return parse_indicators_csv(read_csv_text(path, "an indicators file"), path.name, known_codes)


def parse_indicators_csv(text: str, name: str, known_codes: Collection[str] | None = None) -> IndicatorTable:
    rows = CsvRows(text, name, (), lower=False)
    header = rows.header
    if not header or header[0].lower() != "code":
        raise CsvFileError(name, ["line 1: the first column must be code (the region's Kemendagri code)"])
    columns = header[1:]
    header_problems = []
    if not columns:
        header_problems.append("line 1: no indicator columns after code")
    seen: set[str] = set()
    for i, column in enumerate(columns, start=2):
        if not column:
            header_problems.append(f"line 1: column {i} has no name")
        elif column.casefold() in seen:
            header_problems.append(f'line 1: column "{column}" appears twice')
        seen.add(column.casefold())
    if header_problems:
        raise CsvFileError(name, header_problems)
    rows.header = ["code", *columns]  # the first column is found as "code" however it was written
    values: dict[str, tuple[float | None, ...]] = {}
    first_line: dict[str, int] = {}
    for line, row in rows:
        code = row["code"]
        if known_codes is not None and code not in known_codes:
            rows.problems.append(f"line {line}: region {code or '(empty)'} is not one of the event's regions")
        elif known_codes is None and not KEMENDAGRI_CODE.match(code):
            rows.problems.append(f'line {line}: code "{code}" is not a Kemendagri code like 32.73')
        elif code in first_line:
            rows.problems.append(f"line {line}: region {code} is already on line {first_line[code]}")
        else:
            first_line[code] = line
        cells: list[float | None] = []
        for column in columns:
            cell = row[column]
            if not cell:
                cells.append(None)
            elif NUMBER.match(cell):
                cells.append(float(cell))
            else:
                cells.append(None)
                rows.problems.append(
                    f'line {line}, column {column}: "{cell}" is not a number (write decimals with a point '
                    "and no thousands separators, like 1234.5)"
                )
        values[code] = tuple(cells)
    rows.done()
    if not values:
        raise CsvFileError(name, ["no regions in the file"])
    return IndicatorTable(tuple(columns), values)
