"""`gm100 sheets`: print assessor score sheets, blank paper sheets, schedules, region sheets or the ranking
report of an event as one PDF.

Assessor sheets: every file is verified first; if any is refused, the reasons are printed and nothing is
written (exit 1). Region sheets and the ranking report: the files are merged as `gm100 merge` does (a refused
file is listed with its reason, in the report too, and the merge goes on with the rest).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from gm100_desktop.errors import GM100Error
from gm100_desktop.i18n import QT_TRANSLATE_NOOP

SHEET_KINDS = ("assessor", "region", "blank", "ranking", "schedule")  # = services.sheets.KINDS
MERGE_KINDS = ("region", "ranking")  # = services.sheets.MERGE_KINDS: printed from a merge of the bundles
BUNDLE_SUFFIX = ".gm100bundle"


def add_sheets_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the `sheets` command to the `gm100` subparsers `sub`."""
    sheets = sub.add_parser(
        "sheets",
        help="print score sheets, paper sheets, schedules, region sheets or the ranking report (A4 PDF)",
        description="Print sheets of an event as one PDF. assessor: each bundle's own score sheets; "
        "blank: paper sheets for the fallback; schedule: per panel and day; region: every assessor's marks "
        "per region, from the merge of the bundles; ranking: the ranking report for the chair to sign.",
    )
    sheets.add_argument(
        "files", nargs="*", type=Path, metavar="BUNDLE|DIR", help="score bundles, or folders of them"
    )
    sheets.add_argument("--event", type=Path, required=True, metavar="E.gm100event", help="the event package")
    sheets.add_argument(
        "--kind", choices=SHEET_KINDS, default="assessor", help="what to print (default assessor)"
    )
    sheets.add_argument(
        "--region", action="append", default=[], metavar="CODE", help="only this region (repeatable)"
    )
    sheets.add_argument(
        "--panel", action="append", default=[], metavar="ID", help="schedule: only this panel (repeatable)"
    )
    sheets.add_argument(
        "--per-assessor",
        action="store_true",
        help="blank: one sheet per region and seated assessor, with the assessor's name filled in",
    )
    sheets.add_argument(
        "--method",
        choices=("mean", "median", "trimmed", "adjusted"),
        help="region, ranking: how the panel's marks are merged (default mean)",
    )
    sheets.add_argument("--top", type=int, metavar="N", help="region, ranking: how many regions to select")
    sheets.add_argument(
        "--hide-names", action="store_true", help="region: J1…Jn only, without the assessors' ids and names"
    )
    sheets.add_argument(
        "--lang", dest="sheet_lang", choices=("id", "en"), help="language of the sheets (default id)"
    )
    sheets.add_argument("--out", type=Path, required=True, metavar="F.pdf", help="the PDF to write")
    return sheets  # type: ignore[no-any-return]


def run_sheets(args: argparse.Namespace) -> int:
    """Exit 0: PDF written; 1: a refused file or bad input, nothing written; 2: wrong usage, not available."""
    language = args.sheet_lang or getattr(args, "lang", None) or "id"
    try:
        return _run(args, language)
    except GM100Error as exc:
        print(f"gm100: {exc.message}", file=sys.stderr)
        print("gm100: no sheets were written.", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, language: str) -> int:
    from gm100_desktop.services.event_package import load_event_package
    from gm100_desktop.services.sheets import (
        AssessorRecord,
        SheetRequest,
        build_sheets,
        ensure_fonts,
        write_sheets,
    )
    from gm100_desktop.services.verify import verify_files

    ensure_fonts()
    if args.kind in MERGE_KINDS:
        return _run_merged(args, language)
    event = load_event_package(args.event)
    files = bundle_files(args.files)
    if args.kind == "assessor" and not files:
        print("gm100: sheets --kind assessor needs score bundles (files or folders).", file=sys.stderr)
        return 2
    if files and args.kind != "assessor":
        print(f"gm100: note: the score bundles are not used for --kind {args.kind}.", file=sys.stderr)
        files = []
    verdicts = verify_files(files, events=[event], keep_bundles=True)
    refused = [v for v in verdicts if not v.valid]
    for v in refused:
        print(f"REFUSED {v.reason}", file=sys.stderr)
    if refused:
        print(f"gm100: {len(refused)} file(s) refused; no sheets were written.", file=sys.stderr)
        return 1
    request = SheetRequest(
        kind=args.kind,
        event=event.definition,
        language=language,
        records=tuple(AssessorRecord.of(v.bundle) for v in verdicts if v.bundle is not None),
        regions=tuple(args.region),
        panels=tuple(args.panel),
        per_assessor=args.per_assessor,
    )
    pdf = build_sheets(request)
    write_sheets(args.out, pdf)
    print(f"Wrote {args.out}: {pdf.sheets} sheet(s) on {pdf.pages} page(s) ({args.kind}, {language}).")
    return 0


def _run_merged(args: argparse.Namespace, language: str) -> int:
    """Region sheets or the ranking report: merge the bundles (services.merge), then print the report."""
    from gm100_desktop.domain.merge_intake import Decision
    from gm100_desktop.services import merge as m
    from gm100_desktop.services.sheets import SheetRequest, build_sheets, write_sheets

    if not args.files:
        print(f"gm100: sheets --kind {args.kind} needs score bundles (files or folders).", file=sys.stderr)
        return 2
    session = m.open_event(args.event)
    session.add_inputs(m.read_inputs(m.collect_bundle_files(args.files), session.event))
    reason = "given on the command line"
    if args.method:
        session.decisions.append(Decision("method", "", args.method, reason))
    if args.top is not None:
        session.decisions.append(Decision("top_n", "", str(args.top), reason))
    report = m.merge(session).report
    for i in report["inputs"]:
        if i["state"] != "accepted":
            print(f"{i['state'].upper()} {i['name']}: {i['reason']}", file=sys.stderr)
    request = SheetRequest(
        kind=args.kind,
        event=session.event.definition,
        language=language,
        regions=tuple(args.region),
        report=report,
        hide_names=args.hide_names,
    )
    pdf = build_sheets(request)
    write_sheets(args.out, pdf)
    print(f"Wrote {args.out}: {pdf.sheets} sheet(s) on {pdf.pages} page(s) ({args.kind}, {language}).")
    return 0


def bundle_files(paths: list[Path]) -> list[Path]:
    """The files given, with each folder replaced by the score bundles in it (sorted by name)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob(f"*{BUNDLE_SUFFIX}"))
            if not found:
                raise GM100Error(
                    QT_TRANSLATE_NOOP("GM100Error", "{folder}: no score bundles ({suffix}) in this folder."),
                    folder=path,
                    suffix=BUNDLE_SUFFIX,
                )
            out.extend(found)
        else:
            out.append(path)
    return out
