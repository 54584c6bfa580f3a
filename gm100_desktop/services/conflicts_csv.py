"""Conflicts of interest from CSV: `assessor_id,region[,reason]` (hard) and `institution,province` (soft).

A hard conflict keeps the assessor away from the region: the planner puts the region in another panel, and
the assessor cannot score it. A soft one (an institution tied to a province, e.g. a university and its
province) is avoided when the planner can, and shown as a warning when it cannot. Both readers are all or
nothing, every bad row named by its line number.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from gm100_desktop.domain.event import Conflict
from gm100_desktop.services.csv_files import CsvRows, read_csv_text


def read_conflicts_csv(path: Path, assessors: Collection[str], regions: Collection[str]) -> list[Conflict]:
    """Hard conflicts; an unknown assessor or region, or a pair given twice, is a bad row."""
    text = read_csv_text(path, "a conflicts-of-interest file")
    rows = CsvRows(text, path.name, ("assessor_id", "region"), aliases={"region_code": "region"})
    conflicts: list[Conflict] = []
    first_line: dict[tuple[str, str], int] = {}
    for line, row in rows:
        aid, code = row["assessor_id"], row["region"]
        bad = False
        if aid not in assessors:
            rows.problems.append(f"line {line}: assessor {aid or '(empty)'} is not in the roster")
            bad = True
        if code not in regions:
            rows.problems.append(f"line {line}: region {code or '(empty)'} is not one of the event's regions")
            bad = True
        if not bad and (aid, code) in first_line:
            rows.problems.append(f"line {line}: {aid} and {code} are already on line {first_line[aid, code]}")
        elif not bad:
            first_line[aid, code] = line
            conflicts.append(Conflict(aid, code, row.get("reason", "")))
    rows.done()
    return conflicts


def read_soft_conflicts_csv(path: Path) -> list[tuple[str, str]]:
    """(institution, province) pairs: an assessor of the institution should not judge the province."""
    rows = CsvRows(read_csv_text(path, "a soft-conflicts file"), path.name, ("institution", "province"))
    ties: list[tuple[str, str]] = []
    for line, row in rows:
        if not row["institution"] or not row["province"]:
            rows.problems.append(f"line {line}: both institution and province are needed")
        else:
            ties.append((row["institution"], row["province"]))
    rows.done()
    return ties
