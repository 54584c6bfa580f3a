"""Helpers for the printed-sheet tests (no tests here): demo event and bundles, poppler and qpdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.services.demo_files import write_demo_files
from gm100_desktop.services.event_package import load_event_package
from gm100_desktop.services.sheets import AssessorRecord
from gm100_desktop.services.verify import load_bundle


@dataclass(frozen=True)
class SheetDemo:
    folder: Path
    event_file: Path
    bundle_files: tuple[Path, ...]
    event: EventDefinition
    records: tuple[AssessorRecord, ...]

    def record(self, assessor_id: str) -> AssessorRecord:
        return next(r for r in self.records if r.content.assessor_id == assessor_id)


def make_demo(folder: Path) -> SheetDemo:
    summary = write_demo_files(folder, regions=12, assessors=4, panels=2, seed=7, kdf_n=1024)
    package = load_event_package(summary.event_file)
    records = tuple(AssessorRecord.of(load_bundle(p, package)) for p in summary.bundles)
    return SheetDemo(folder, summary.event_file, summary.bundles, package.definition, records)


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None, *, layout: bool = False) -> str:
    """pdftotext's reading of the PDF (pages `first`..`last`), whitespace folded to single spaces.

    With `layout`, lines are read across the page as printed (table rows stay in order).
    """
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    mode = ["-layout"] if layout else []
    out = subprocess.run(
        [need("pdftotext"), *mode, *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return fold(out.stdout)


def fold(value: str) -> str:
    return " ".join(value.split())


def page_count(pdf: Path) -> int:
    out = subprocess.run([need("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    assert match, out
    return int(match.group(1))


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name, emb) for every font pdffonts lists."""
    out = subprocess.run([need("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append((parts[0], parts[-5]))
    return rows


def qpdf_check(pdf: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([need("qpdf"), "--check", str(pdf)], capture_output=True, text=True, check=False)
