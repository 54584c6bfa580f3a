"""Reading a regions CSV (`code,name[,province,kind]`, as ../shared/data/regions_id.csv): all or nothing."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from gm100_desktop.domain.event import REGION_KINDS, Region
from gm100_desktop.errors import CsvFileError

MAX_CSV_BYTES = 5_000_000
KEMENDAGRI_CODE = re.compile(r"^\d{2}\.\d{2}$")


def read_regions_csv(path: Path) -> list[Region]:
    """Every region of the file, or `CsvFileError` listing every bad row by line number."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CsvFileError(name, [exc.strerror or str(exc)]) from exc
    if len(raw) > MAX_CSV_BYTES:
        raise CsvFileError(name, ["larger than 5 MB; this is not a regions file"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvFileError(name, [f"not UTF-8 text (byte {exc.start}); save it as CSV UTF-8"]) from exc
    return parse_regions_csv(text, name)


def parse_regions_csv(text: str, name: str) -> list[Region]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in ("code", "name") if c not in header]
    if missing:
        raise CsvFileError(
            name, [f"line 1: the header needs the columns code and name (missing: {', '.join(missing)})"]
        )
    reader.fieldnames = header
    problems: list[str] = []
    regions: list[Region] = []
    first_line: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            problems.append(f"line {line}: more fields than the header has")
            continue
        code = (row.get("code") or "").strip()
        region_name = (row.get("name") or "").strip()
        kind = (row.get("kind") or "").strip().lower()
        if not code and not region_name and not any((v or "").strip() for v in row.values()):
            continue  # a blank line
        if not KEMENDAGRI_CODE.match(code):
            hint = " (did a spreadsheet turn it into a number?)" if re.fullmatch(r"\d{1,2}\.\d", code) else ""
            problems.append(f'line {line}: code "{code}" is not a Kemendagri code like 32.73{hint}')
        elif code in first_line:
            problems.append(f"line {line}: code {code} is already on line {first_line[code]}")
        else:
            first_line[code] = line
        if not region_name:
            problems.append(f"line {line}: the name is empty")
        if kind and kind not in REGION_KINDS:
            problems.append(f'line {line}: kind "{kind}" must be kabupaten or kota')
        regions.append(Region(code, region_name, (row.get("province") or "").strip(), kind))
    if problems:
        raise CsvFileError(name, problems)
    if not regions:
        raise CsvFileError(name, ["no regions in the file"])
    return regions
