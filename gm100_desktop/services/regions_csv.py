"""Reading a regions CSV (`code,name[,province,kind]`, as ../shared/data/regions_id.csv): all or nothing."""

from __future__ import annotations

import re
from pathlib import Path

from gm100_desktop.domain.event import REGION_KINDS, Region
from gm100_desktop.errors import CsvFileError
from gm100_desktop.services.csv_files import CsvRows, read_csv_text

KEMENDAGRI_CODE = re.compile(r"^\d{2}\.\d{2}$")


def read_regions_csv(path: Path) -> list[Region]:
    """Every region of the file, or `CsvFileError` listing every bad row by line number."""
    return parse_regions_csv(read_csv_text(path, "a regions file"), path.name)


def parse_regions_csv(text: str, name: str) -> list[Region]:
    rows = CsvRows(text, name, ("code", "name"))
    regions: list[Region] = []
    first_line: dict[str, int] = {}
    for line, row in rows:
        code, region_name, kind = row["code"], row["name"], row.get("kind", "").lower()
        if not KEMENDAGRI_CODE.match(code):
            hint = " (did a spreadsheet turn it into a number?)" if re.fullmatch(r"\d{1,2}\.\d", code) else ""
            rows.problems.append(f'line {line}: code "{code}" is not a Kemendagri code like 32.73{hint}')
        elif code in first_line:
            rows.problems.append(f"line {line}: code {code} is already on line {first_line[code]}")
        else:
            first_line[code] = line
        if not region_name:
            rows.problems.append(f"line {line}: the name is empty")
        if kind and kind not in REGION_KINDS:
            rows.problems.append(f'line {line}: kind "{kind}" must be kabupaten or kota')
        regions.append(Region(code, region_name, row.get("province", ""), kind))
    rows.done()
    if not regions:
        raise CsvFileError(name, ["no regions in the file"])
    return regions
