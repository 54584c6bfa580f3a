"""`gm100 merge`: verify the bundles, merge them into the ranking, write the signed JSON, CSV, XLSX or PDF.

Exit 0 when a ranking is produced (refused inputs are printed with their reasons and do not stop it), 1 when
no ranking can be made (no event, bad choices, nothing writable), 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

OUT_SUFFIXES = (".json", ".csv", ".xlsx", ".pdf")


def add_merge_parser(sub: Any, passphrase: argparse.ArgumentParser) -> None:
    merge = sub.add_parser(
        "merge", parents=[passphrase], help="merge score bundles into the signed final ranking"
    )
    merge.add_argument("inputs", nargs="*", type=Path, help="score bundles, or folders holding them")
    merge.add_argument("--event", type=Path, help="the event package the bundles were scored for")
    merge.add_argument("--session", type=Path, help="reopen a saved merge session (.gm100merge)")
    merge.add_argument("--save-session", type=Path, help="also save the merge session to this file")
    merge.add_argument("--paper", type=Path, action="append", default=[], help="paper-sheet entries (CSV)")
    merge.add_argument("--method", choices=("mean", "median", "trimmed", "adjusted"))
    merge.add_argument("--top", type=int, help="how many regions to select (default 25)")
    merge.add_argument("--tie-break", help="dimension ids in order, e.g. leadership,suprastructure")
    merge.add_argument(
        "--include", action="append", default=[], metavar="CODE", help="rank this incomplete region"
    )
    merge.add_argument(
        "--pin", action="append", default=[], metavar="KEY_ID=ASSESSOR",
        help="count a quarantined key as this roster assessor (compare the fingerprint first)",
    )  # fmt: skip
    merge.add_argument(
        "--accept-late", action="append", default=[], metavar="SHA256", help="count this late bundle"
    )
    merge.add_argument(
        "--deadline",
        help="bundles created after this time are late: YYYY-MM-DDTHH:MM in this computer's local time, "
        "or with an offset such as 2019-02-22T17:00+07:00",
    )
    merge.add_argument(
        "--reason", default="given on the command line", help="the reason recorded with these choices"
    )
    merge.add_argument("--key", type=Path, help="the chair's key file (default: this computer's chair)")
    merge.add_argument(
        "--lang", dest="out_lang", choices=("id", "en"), default="en", help="language of CSV/XLSX/PDF"
    )
    merge.add_argument("--out", type=Path, action="append", default=[], required=True,
                       help="F.json (signed), F.csv, F.xlsx or F.pdf; repeat for several")  # fmt: skip
    merge.add_argument("--json", action="store_true", help="print the summary as JSON")


def run_merge(args: argparse.Namespace, ask_passphrase: Any) -> int:
    from gm100_desktop.domain.merge_intake import Decision
    from gm100_desktop.services import merge as m
    from gm100_desktop.services import merge_files as mf
    from gm100_desktop.services.files import write_atomic
    from gm100_desktop.services.paper_csv import read_paper_csv

    for out in args.out:
        if out.suffix.lower() not in OUT_SUFFIXES:
            print(f"gm100: {out}: write .json, .csv, .xlsx or .pdf", file=sys.stderr)
            return 2
        if not out.parent.is_dir():
            print(f"gm100: {out}: the folder {out.parent} does not exist", file=sys.stderr)
            return 1
    if (args.session is None) == (args.event is None):
        print("gm100: give either --event with the bundles, or --session", file=sys.stderr)
        return 2
    started = time.perf_counter()
    session = mf.open_session(args.session) if args.session else m.open_event(args.event)
    if args.inputs:
        files = m.collect_bundle_files(args.inputs)
        session.add_inputs(m.read_inputs(files, session.event))
    for paper in args.paper:
        session.paper.extend(read_paper_csv(paper))
    session.decisions.extend(_decisions(args, Decision, session))
    outcome = m.merge(session)
    report = outcome.report

    written: list[str] = []
    for out in args.out:
        suffix = out.suffix.lower()
        if suffix == ".json":
            chair = _chair_key(args, ask_passphrase)
            body = mf.write_signed_ranking(out, report, chair, session.event)
            pub = out.with_name("chair.pub")  # beside it, so `minisign -Vm` needs nothing else
            write_atomic(pub, session.event.chair_key.to_file().encode("ascii"))
            written.append(f"{out} (+ .minisig, {pub.name}), sha256 {hashlib.sha256(body).hexdigest()}")
        elif suffix == ".csv":
            from gm100_desktop.services.ranking_outputs import write_ranking_csv

            write_ranking_csv(out, report, args.out_lang)
            written.append(str(out))
        elif suffix == ".xlsx":
            from gm100_desktop.services.ranking_outputs import write_ranking_xlsx

            write_ranking_xlsx(out, report, args.out_lang)
            written.append(str(out))
        else:
            from gm100_desktop.services.sheets import write_ranking_report

            write_ranking_report(out, report, args.out_lang)
            written.append(str(out))
    if args.save_session:
        mf.save_session(args.save_session, session)
        written.append(f"{args.save_session} (session)")
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps(_summary(report, written, elapsed), indent=2, ensure_ascii=False))
        return 0
    _print_summary(report, written, elapsed)
    return 0


def _decisions(args: argparse.Namespace, decision: Any, session: Any) -> list[Any]:
    out = []
    reason = args.reason
    if args.method:
        out.append(decision("method", "", args.method, reason))
    if args.top is not None:
        out.append(decision("top_n", "", str(args.top), reason))
    if args.tie_break:
        out.append(decision("tie_break", "", args.tie_break, reason))
    if args.deadline:
        out.append(decision("deadline", "", _utc_minute(args.deadline), reason))
    for code in args.include:
        out.append(decision("include_region", code, "", reason))
    for sha in args.accept_late:
        out.append(decision("accept_late", sha, "", reason))
    keys = {f.record.key_id: f.record.public_key for f in session.inputs if f.record is not None}
    for pin in args.pin:
        key_id, _, assessor = pin.partition("=")
        if key_id not in keys or not assessor:
            from gm100_desktop.errors import MergeOptionsError

            raise MergeOptionsError(
                f"--pin {pin}: no input is signed with key {key_id}, or no assessor given"
            )
        out.append(decision("pin_key", keys[key_id], assessor, reason))
    return out


def _utc_minute(text: str) -> str:
    """A deadline as the merge compares it: UTC to the minute, like a bundle's creation time."""
    from datetime import UTC, datetime

    from gm100_desktop.errors import MergeOptionsError

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise MergeOptionsError(f"--deadline {text}: not a time like 2019-02-22T17:00") from None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")  # a naive time is this computer's local time


def _chair_key(args: argparse.Namespace, ask_passphrase: Any) -> Any:
    from gm100_desktop.services.identity import load_identity, require_identity, unlock_identity

    identity = load_identity(args.key, "chair") if args.key else require_identity("chair")
    return unlock_identity(identity, ask_passphrase(args, f"Chair passphrase for {identity.path}")).secret


def _summary(report: dict[str, Any], written: list[str], elapsed: float) -> dict[str, Any]:
    return {
        "event": report["event"]["event_id"],
        "rule": report["rule"]["sentence"],
        "inputs": [
            {k: i[k] for k in ("name", "state", "reason", "assessor_id", "sequence", "sha256")}
            for i in report["inputs"]
        ],
        "selected": report["selected"],
        "cut_tie": report["cut_tie"],
        "excluded": report["excluded"],
        "ranking": [
            {k: r[k] for k in ("rank", "region_code", "name", "total", "selected", "shared", "incomplete")}
            for r in report["ranking"]
        ],
        "written": written,
        "seconds": round(elapsed, 2),
    }


def _print_summary(report: dict[str, Any], written: list[str], elapsed: float) -> None:
    counts = ", ".join(f"{n} {state}" for state, n in report["input_counts"].items())
    print(f"Inputs: {counts}.")
    for i in report["inputs"]:
        if i["state"] != "accepted":
            print(f"  {i['state'].upper()} {i['name']}: {i['reason']}")
        for flag in i["flags"]:
            print(f"  NOTE {i['name']}: {flag}")
    for r in report["refused_marks"]:
        print(f"  REFUSED marks of {r['assessor_id']} for {r['region_code']} ({r['source']}): {r['reason']}")
    print(report["rule"]["sentence"])
    for r in report["ranking"][: max(report["rule"]["top_n"] + 5, 10)]:
        mark = "*" if r["selected"] else " "
        print(f"{mark} {r['rank']:>3}  {r['total']:8.4f}  {r['region_code']:<8} {r['name']}")
    if report["cut_tie"]:
        print(f"Tied across the cut line ({report['open_places']} places): {', '.join(report['cut_tie'])}")
    if report["excluded"]:
        print(f"Not ranked (incomplete): {', '.join(report['excluded'])}")
    for line in written:
        print(f"Wrote {line}")
    print(f"Done in {elapsed:.1f} s.")
