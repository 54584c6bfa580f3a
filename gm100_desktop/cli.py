"""The `gm100` command: opens the desktop app, or runs a non-interactive step over the same services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from gm100_desktop import __version__
from gm100_desktop.errors import GM100Error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gm100", description="GM100 Assessor — offline smart-city assessment.")
    parser.add_argument("--version", action="version", version=f"gm100 {__version__}")
    parser.add_argument(
        "--check",
        action="store_true",
        help="start the full GUI, open the store, show the main window, then exit 0 (or non-zero naming the fault)",
    )
    parser.add_argument("--lang", choices=("id", "en"), help="interface language for this run")
    sub = parser.add_subparsers(dest="command")

    rubric = sub.add_parser("rubric", help="built-in rubrics and rubric files")
    rubric_sub = rubric.add_subparsers(dest="rubric_command", required=True)
    rubric_sub.add_parser("list", help="list the built-in rubrics")
    check = rubric_sub.add_parser("check", help="validate rubric files; exit 1 naming file and field of any error")
    check.add_argument("files", nargs="+", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        # Imported here so that every other command runs without Qt.
        from gm100_desktop.ui.app import run_gui

        return run_gui(check=args.check, language=args.lang)
    try:
        if args.command == "rubric":
            return _rubric(args)
    except GM100Error as exc:
        print(f"gm100: {exc.message}", file=sys.stderr)
        return 1
    return 2


def _rubric(args: argparse.Namespace) -> int:
    from gm100_desktop.services.rubrics import builtin_rubric, builtin_rubric_names, load_rubric_file

    if args.rubric_command == "list":
        for name in builtin_rubric_names():
            rubric = builtin_rubric(name)
            count = sum(1 for _ in rubric.criteria())
            print(f"builtin:{name}\t{rubric.id} {rubric.version}\t{count} criteria\t{rubric.name['id']}")
        return 0
    status = 0
    for path in args.files:
        try:
            rubric = load_rubric_file(path)
        except GM100Error as exc:
            print(f"{exc.message}", file=sys.stderr)
            status = 1
        else:
            print(f"{path}: ok ({rubric.id} {rubric.version}, scale {rubric.scale_min}–{rubric.scale_max})")
    return status
