"""The `gm100` command: opens the desktop app, or runs a non-interactive step over the same services.

Exit codes: 0 success, 1 invalid input or a refused file (the message names it), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gm100_desktop import __version__
from gm100_desktop.errors import GM100Error, IdentityExistsError, PassphraseError
from gm100_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gm100_desktop.services.event_builder import EventDraft
    from gm100_desktop.services.identity import Identity


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gm100", description="GM100 Assessor — offline smart-city assessment."
    )
    parser.add_argument("--version", action="version", version=f"gm100 {__version__}")
    parser.add_argument(
        "--check",
        action="store_true",
        help="start the full GUI, open the store, show the main window, then exit 0 (or non-zero naming the fault)",  # noqa: E501
    )
    parser.add_argument("--lang", choices=("id", "en"), help="interface language for this run")
    sub = parser.add_subparsers(dest="command")

    rubric = sub.add_parser("rubric", help="built-in rubrics and rubric files")
    rubric_sub = rubric.add_subparsers(dest="rubric_command", required=True)
    rubric_sub.add_parser("list", help="list the built-in rubrics")
    check = rubric_sub.add_parser(
        "check", help="validate rubric files; exit 1 naming file and field of any error"
    )
    check.add_argument("files", nargs="+", type=Path)

    passphrase = argparse.ArgumentParser(add_help=False)
    passphrase.add_argument(
        "--passphrase-file",
        type=Path,
        help="read the passphrase from the first line of this file (no prompt)",
    )
    role = argparse.ArgumentParser(add_help=False)
    role.add_argument(
        "--role", choices=("assessor", "chair"), help="which identity (default: the assessor's)"
    )

    identity = sub.add_parser("identity", help="this computer's signing identity (key pair)")
    identity_sub = identity.add_subparsers(dest="identity_command", required=True)
    create = identity_sub.add_parser(
        "create", parents=[passphrase], help="create a key pair, protected by a passphrase"
    )
    create.add_argument("--name", required=True)
    create.add_argument("--institution", default="")
    create.add_argument("--role", choices=("assessor", "chair"), default="assessor")
    create.add_argument("--id", default="", help="your assessor id in the roster, when you know it")
    show = identity_sub.add_parser("show", parents=[role], help="key id, fingerprint and public key")
    show.add_argument("--json", action="store_true")
    export_public = identity_sub.add_parser(
        "export-public", parents=[role], help="write the public key as a minisign public-key file"
    )
    export_public.add_argument("--out", type=Path, required=True)

    event = sub.add_parser("event", help="event packages")
    event_sub = event.add_subparsers(dest="event_command", required=True)
    imp = event_sub.add_parser("import", help="check and install a chair-signed event package")
    imp.add_argument("file", type=Path)
    imp.add_argument("--as", dest="as_assessor", metavar="ASSESSOR_ID", help="the roster assessor you are")
    imp.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (check the key id first!)"
    )
    imp.add_argument(
        "--accept-new-chair-key",
        action="store_true",
        help="accept a newer version signed by a different chair key",
    )

    _add_event_create(event_sub, passphrase)

    export = sub.add_parser("export", parents=[passphrase], help="sign and write the current event's scores")
    export.add_argument("--out", type=Path, required=True, help="the .gm100bundle file, or a folder for it")

    verify = sub.add_parser("verify", help="verify event packages, score bundles and minisign-signed files")
    verify.add_argument("files", nargs="+", type=Path)
    verify.add_argument(
        "--event", type=Path, action="append", default=[], help="check bundles against this event"
    )
    verify.add_argument(
        "--key", type=Path, action="append", default=[], help="a minisign public key for plain signed files"
    )
    verify.add_argument(
        "--bundles",
        type=Path,
        action="append",
        default=[],
        help="for a signed RANKING.json: recompute it from the bundles (and event package) in this folder",
    )
    verify.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", parents=[passphrase], help="write a demo set of signed files")
    demo.add_argument("--out", type=Path, required=True)
    demo.add_argument("--regions", type=int, default=24)
    demo.add_argument("--assessors", type=int, default=6)
    demo.add_argument("--panels", type=int, default=2)
    demo.add_argument("--seed", type=int, default=2019)
    demo.add_argument("--rotate", action="store_true", help="assessors rotate between panels every half day")
    demo.add_argument(
        "--regions-file",
        type=Path,
        help="draw regions from this CSV (code,name[,province,kind]), e.g. the official 514 of 2019; "
        "without it, regions beyond the built-in twelve are synthetic (code 99.NNN)",
    )
    from gm100_desktop.cli_merge import add_merge_parser
    from gm100_desktop.cli_sheets import add_sheets_parser

    add_merge_parser(sub, passphrase)
    add_sheets_parser(sub)
    return parser


def _add_event_create(event_sub: Any, passphrase: argparse.ArgumentParser) -> None:
    create = event_sub.add_parser(
        "create",
        parents=[passphrase],
        help="plan the schedule and write the event package, signed by the chair identity",
    )
    arg = create.add_argument
    arg("--name", required=True, help="the event's name, shown to every assessor")
    arg(
        "--regions",
        type=Path,
        required=True,
        metavar="R.csv",
        help="invited regions: code,name[,province,kind]",
    )
    arg(
        "--roster",
        type=Path,
        required=True,
        metavar="A.csv",
        help="assessors: assessor_id,name,institution,panel[,public_key][,role] (empty panel: placed)",
    )
    arg("--rubric", default="builtin:gm100_readiness", metavar="builtin:NAME|F.json", help="the rubric")
    arg("--panels", type=int, metavar="N", help="panels P1…PN (default: the panels the roster names)")
    arg("--start", type=_date_arg, metavar="YYYY-MM-DD", help="the first day (default: today)")
    arg("--days", type=int, default=2, metavar="N", help="days of presentations (default 2)")
    arg("--slot-minutes", type=int, default=45, metavar="M", help="one presentation (default 45)")
    arg("--gap-minutes", type=int, default=0, metavar="M", help="pause between presentations (default 0)")
    arg("--day-start", type=_time_arg, default="08:30", metavar="HH:MM", help="first slot (default 08:30)")
    arg(
        "--day-end",
        type=_time_arg,
        default="17:00",
        metavar="HH:MM",
        help="last slot ends by (default 17:00)",
    )
    arg("--lunch", type=_break_arg, default="12:00-13:00", metavar="HH:MM-HH:MM", help='or "none"')
    arg("--conflicts", type=Path, metavar="C.csv", help="conflicts of interest: assessor_id,region[,reason]")
    arg(
        "--soft-conflicts",
        type=Path,
        metavar="T.csv",
        help="institutions tied to provinces, avoided when possible: institution,province",
    )
    arg(
        "--version",
        dest="package_version",
        type=int,
        metavar="N",
        help="package version (default 1, or one above --previous)",
    )
    arg(
        "--previous",
        type=Path,
        metavar="E.gm100event",
        help="the last package: keeps its id, raises the version",
    )
    arg("--venue", default="")
    arg("--seed", type=int, metavar="S", help="shuffle the order of the regions with this seed")
    arg(
        "--rotate",
        action="store_true",
        help="rotate assessors between panels each half day, so that panels share assessors",
    )
    arg("--chair-name", metavar="NAME", help="the chair's name shown to assessors (default: the identity's)")
    arg(
        "--out", type=Path, required=True, metavar="E.gm100event", help="the package file, or a folder for it"
    )


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2019-02-21") from None


def _time_arg(text: str) -> dtime:
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 08:30") from None


def _break_arg(text: str) -> tuple[dtime, dtime] | None:
    if text.strip().lower() in ("none", "no", "-", ""):
        return None
    start, sep, end = text.partition("-")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r} is not a break like 12:00-13:00")
    return _time_arg(start), _time_arg(end)


OPENABLE_SUFFIXES = (".gm100event", ".gm100bundle", ".gm100merge")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    open_file = _document_argument(argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        # The core is imported before Qt on purpose: once PySide6 is loaded it inspects the source of every
        # module imported after it, which costs a tenth of the start-up. Qt itself is imported only here,
        # so that every other command runs without it.
        import gm100_desktop.services.demo
        import gm100_desktop.services.scoring  # noqa: F401
        from gm100_desktop.ui.app import run_gui

        return run_gui(check=args.check, language=args.lang, open_file=open_file)
    handlers = {
        "rubric": _rubric,
        "identity": _identity,
        "event": _event,
        "export": _export,
        "verify": _verify,
        "demo": _demo,
        "merge": _merge,
        "sheets": _sheets,
    }
    try:
        return handlers[args.command](args)
    except GM100Error as exc:
        print(f"gm100: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("gm100: interrupted; nothing was changed", file=sys.stderr)
        return 1


def _document_argument(argv: list[str]) -> Path | None:
    """`gm100 [--lang id] FILE.gm100event` (a double-click): take the file out of argv, for the app."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang":
            i += 2
            continue
        if arg.startswith("-"):
            i += 1
            continue
        if arg.endswith(OPENABLE_SUFFIXES):  # the first word that is not an option: a file, not a command
            del argv[i]
            return Path(arg)
        return None
    return None


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


# ---- passphrases -------------------------------------------------------------------------------------------


def _passphrase(args: argparse.Namespace, prompt: str, *, twice: bool = False) -> str:
    """From --passphrase-file, else GM100_PASSPHRASE, else asked on the terminal (twice for a new key)."""
    from gm100_desktop.services.identity import passphrase_from

    given = passphrase_from(getattr(args, "passphrase_file", None))
    if given is not None:
        return given
    try:
        first = getpass.getpass(f"{prompt}: ")
        if twice and getpass.getpass("Type it again: ") != first:
            raise PassphraseError("the two passphrases differ")
    except EOFError:
        raise PassphraseError(
            "none given (type it, set GM100_PASSPHRASE, or use --passphrase-file)"
        ) from None
    return first


# ---- identity ----------------------------------------------------------------------------------------------


def _identity(args: argparse.Namespace) -> int:
    from gm100_desktop.services import identity as ids

    if args.identity_command == "create":
        path = ids.identity_path(args.role)
        if path.exists():
            ids.load_identity(path, args.role)  # a damaged file is reported as such
            raise IdentityExistsError(args.role, path)
        phrase = _passphrase(args, f"New passphrase for your {args.role} signing key", twice=True)
        created = ids.create_identity(
            path,
            role=args.role,
            name=args.name,
            institution=args.institution,
            assessor_id=args.id,
            passphrase=phrase,
        )
        if created.identity.kdf.n < ids.KDF_N:
            print(
                f"gm100: warning: {ids.KDF_N_ENV} lowered the key protection; for tests only", file=sys.stderr
            )
        print(f"Created the {args.role} identity {path}")
        _print_identity(created.identity.describe())
        print(
            "Give the public key line (or `gm100 identity export-public`) to the chair; keep the passphrase."
        )
        return 0
    identity = _which_identity(args.role)
    if args.identity_command == "show":
        if args.json:
            print(json.dumps(identity.describe(), indent=2, ensure_ascii=False))
        else:
            _print_identity(identity.describe())
        return 0
    ids.export_public_key(identity, args.out)
    print(
        f"Wrote {args.out} (key id {identity.public_key.key_id_hex}); "
        f"check signatures with: minisign -Vm FILE -p {args.out}"
    )
    return 0


def _which_identity(role: str | None) -> Identity:
    from gm100_desktop.services import identity as ids

    if role is not None:
        return ids.require_identity(role)
    for candidate in ids.ROLES:
        found = ids.local_identity(candidate)
        if found is not None:
            return found
    return ids.require_identity("assessor")


def _print_identity(info: dict[str, Any]) -> None:
    labels = (
        ("role", "role"),
        ("name", "name"),
        ("institution", "institution"),
        ("assessor_id", "assessor id"),
        ("key_id", "key id"),
        ("fingerprint", "fingerprint"),
        ("public_key", "public key"),
        ("file", "key file"),
    )
    for key, label in labels:
        print(f"{label:<12} {info.get(key) or '-'}")


# ---- event import ------------------------------------------------------------------------------------------


def _event(args: argparse.Namespace) -> int:
    if args.event_command == "create":
        return _event_create(args)
    return _event_import(args)


def _event_import(args: argparse.Namespace) -> int:
    from gm100_desktop import paths
    from gm100_desktop.models.store import open_store
    from gm100_desktop.services import event_package as ep
    from gm100_desktop.services.identity import local_identity

    package = ep.load_event_package(args.file)
    local = local_identity("assessor")
    local_key = local.public_key if local is not None else None
    d = package.definition
    with open_store(paths.store_path()) as store:

        def plan(session: Any) -> ep.ImportPlan:
            return ep.plan_event_import(
                session,
                package,
                source=str(args.file),
                local_key=local_key,
                as_assessor=args.as_assessor,
                accept_new_chair_key=args.accept_new_chair_key,
            )

        with store.transaction() as session:
            first = plan(session)
        print(f"Event:       {d.name} ({d.event_id}, version {d.version})")
        print(f"Signed by:   {package.chair_name or 'the chair'}, key id {package.chair_key.key_id_hex}")
        print(f"Fingerprint: {package.chair_key.fingerprint}")
        print(f"You score as {first.assessor_id}" + (" (matched by your key)" if first.bound_by_key else ""))
        if first.action == ep.UPGRADE:
            print(
                f"Replaces version {first.installed_version}; "
                f"all {first.scores_kept} scores given so far are kept."
            )
        elif first.action == ep.SAME:
            print("This exact version is already installed.")
        if not args.yes and not _confirm("Compare the key id with the chair's. Install this event?"):
            print("Nothing was changed.")
            return 1
        with store.transaction() as session:
            ep.import_event_package(session, plan(session))
    print(f"Installed {d.event_id} version {d.version}.")
    return 0


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise GM100Error(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Confirmation needed: check the chair's key id above, then run again with --yes.",
            )
        )
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "ya")


# ---- event create (chair) ----------------------------------------------------------------------------------


def _event_create(args: argparse.Namespace) -> int:
    from gm100_desktop.domain.planner import Break, DayTimes
    from gm100_desktop.errors import EventPlanError
    from gm100_desktop.services import event_builder as eb
    from gm100_desktop.services.conflicts_csv import read_conflicts_csv, read_soft_conflicts_csv
    from gm100_desktop.services.event_package import load_event_package, write_event_package
    from gm100_desktop.services.identity import UnlockedIdentity, require_identity, unlock_identity
    from gm100_desktop.services.regions_csv import read_regions_csv
    from gm100_desktop.services.roster_csv import read_roster_csv

    previous = load_event_package(args.previous) if args.previous else None
    version = eb.next_version(previous.definition.version if previous else None, args.package_version)
    failures: list[GM100Error] = []

    def attempt(read: Callable[[], Any]) -> Any:
        try:
            return read()
        except GM100Error as exc:
            failures.append(exc)
            return None

    rubric = attempt(lambda: _rubric_from(args.rubric))
    regions = attempt(lambda: read_regions_csv(args.regions))
    panel_ids = [p.id for p in eb.make_panels(args.panels)] if args.panels else None
    roster = attempt(lambda: read_roster_csv(args.roster, panel_ids))
    conflicts: list[Any] = []
    if args.conflicts and regions is not None and roster is not None:
        assessors, codes = {a.assessor_id for a in roster}, {g.code for g in regions}
        conflicts = attempt(lambda: read_conflicts_csv(args.conflicts, assessors, codes)) or []
    ties: list[Any] = []
    if args.soft_conflicts:
        ties = attempt(lambda: read_soft_conflicts_csv(args.soft_conflicts)) or []
    if failures:
        for exc in failures:
            print(f"gm100: {exc.message}", file=sys.stderr)
        print("gm100: no event package was written.", file=sys.stderr)
        return 1

    times = DayTimes(
        args.day_start,
        args.day_end,
        args.slot_minutes,
        args.gap_minutes,
        (Break(*args.lunch),) if args.lunch else (),
    )
    draft = eb.draft_event(
        args.name,
        regions,
        roster,
        rubric,
        args.panels,
        args.start or date.today(),
        args.days,
        conflicts=conflicts,
        soft_conflicts=ties,
        times=times,
        version=version,
        event_id=previous.definition.event_id if previous else "",
        venue=args.venue,
        seed=args.seed,
        rotate=args.rotate,
    )
    for warning in draft.warnings:
        print(f"Warning: {warning}")
    if draft.problems:
        raise EventPlanError([p.text for p in draft.problems])
    _print_schedule(draft)

    chair = require_identity("chair")
    if previous is not None and previous.chair_key != chair.public_key:
        print(
            f"Warning: the previous version was signed by chair key {previous.chair_key.key_id_hex}; "
            "assessors must accept the new chair key when they import this one."
        )
    unlocked = unlock_identity(chair, _passphrase(args, f"Passphrase for the chair identity {chair.path}"))
    if args.chair_name:
        unlocked = UnlockedIdentity(dataclasses.replace(chair, name=args.chair_name), unlocked.secret)
    d = draft.definition
    out = args.out / f"{d.event_id}-v{d.version}.gm100event" if args.out.is_dir() else args.out
    package = write_event_package(d, unlocked, out)
    print(f"Wrote {out}")
    print(f"  event {d.event_id} version {d.version}, package sha256 {package.sha256}")
    print(f"  signed by {package.chair_name}, chair key id {package.chair_key.key_id_hex}")
    print(f"  fingerprint {package.chair_key.fingerprint} (read it out when handing the package over)")
    return 0


def _rubric_from(spec: str) -> Any:
    from gm100_desktop.services.rubrics import builtin_rubric, load_rubric_file

    if spec.startswith("builtin:"):
        return builtin_rubric(spec.removeprefix("builtin:"))
    return load_rubric_file(Path(spec))


def _print_schedule(draft: EventDraft) -> None:
    d, plan = draft.definition, draft.plan
    last = d.start_date.fromordinal(d.start_date.toordinal() + d.days - 1)
    print(f"Event:     {d.name} ({d.event_id}, version {d.version})")
    print(f"Rubric:    {d.rubric.id} {d.rubric.version}")
    print(f"Regions:   {len(d.regions)} in {len(d.panels)} panels; {len(d.roster)} assessors")
    print(
        f"Schedule:  {d.start_date} to {last}, {plan.slots_per_day} slots a day per panel "
        f"({plan.capacity} in all, {plan.capacity - len(plan.slots)} free)"
    )
    for panel in d.panels:
        slots = [s for s in plan.slots if s.panel_id == panel.id]
        seated = sum(a.panel_id == panel.id for a in d.roster)
        span = f"{slots[0].start:%Y-%m-%d %H:%M} – {slots[-1].end:%Y-%m-%d %H:%M}" if slots else "no regions"
        print(f"  {panel.id:<4} {panel.name}: {seated} assessors, {len(slots)} regions, {span}")
    print(f"Conflicts: {len(d.conflicts)} of interest, none scheduled before the assessor concerned")
    if draft.rotation is not None:
        print(
            f"Rotation:  assessors change panels each half day ({len(d.seating)} seats, "
            f"{draft.rotation.moves} assessor-sessions away from the home panel)"
        )
    print(f"Design:    {draft.connectivity.describe()}")


# ---- export ------------------------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from gm100_desktop import paths
    from gm100_desktop.errors import DemoEventExportError
    from gm100_desktop.models import tables as t
    from gm100_desktop.models.store import open_store
    from gm100_desktop.services.bundle_export import export_bundle
    from gm100_desktop.services.identity import require_identity, unlock_identity
    from gm100_desktop.services.scoring import open_context

    identity = require_identity("assessor")
    with open_store(paths.store_path()) as store:
        with store.transaction() as session:  # refuse early, before asking for the passphrase
            ctx = open_context(session)
            event = session.get(t.Event, ctx.event_row_id)
            if event is None or event.is_demo or event.package_sha256 is None:
                raise DemoEventExportError()
        unlocked = unlock_identity(identity, _passphrase(args, f"Passphrase for {identity.path}"))
        result = export_bundle(store, unlocked, args.out)
    c = result.bundle.content
    finalised = sum(1 for g in c.regions if g.state == "finalised")
    scores = sum(1 for g in c.regions for s in g.scores if s.value is not None)
    print(
        f"Wrote {result.path}: sequence {result.sequence}, {scores} scores, {finalised} of {len(c.regions)} "
        f"regions finalised, {len(c.history)} history entries."
    )
    print(f"sha256 {result.sha256}; key id {c.key_id}")
    return 0


# ---- verify ------------------------------------------------------------------------------------------------


def _verify(args: argparse.Namespace) -> int:
    from gm100_desktop.services.event_package import load_event_package
    from gm100_desktop.services.verify import load_public_key_file, verify_files

    if args.bundles:
        return _verify_rankings(args)

    events = [load_event_package(path) for path in args.event]
    keys = [load_public_key_file(path) for path in args.key]
    verdicts = verify_files(args.files, events=events, keys=keys)
    ok = all(v.valid for v in verdicts)
    if args.json:
        print(
            json.dumps({"valid": ok, "files": [v.to_json() for v in verdicts]}, indent=2, ensure_ascii=False)
        )
        return 0 if ok else 1
    for v in verdicts:
        if not v.valid:
            print(f"REFUSED {v.reason}")
        elif v.kind == "bundle":
            d = v.details
            pinned = "" if d["roster_key_matches"] else " (not checked against the event roster)"
            print(
                f"{v.file}: ok, score bundle of {d['assessor_id']} for {d['event_id']}, "
                f"sequence {d['sequence']}, key {d['key_id']}{pinned}"
            )
        elif v.kind == "event":
            d = v.details
            print(
                f"{v.file}: ok, event {d['event_id']} version {d['version']}, chair key {d['chair_key_id']} "
                f"({d['chair_fingerprint']})"
            )
        else:
            print(f"{v.file}: ok, signed by key {v.details['key_id']}: {v.details['trusted_comment']}")
    return 0 if ok else 1


def _verify_rankings(args: argparse.Namespace) -> int:
    """`gm100 verify RANKING.json --bundles DIR`: recompute it; confirm it or name a difference."""
    from gm100_desktop.services.merge_files import verify_ranking

    results: list[dict[str, Any]] = []
    for path in args.files:
        try:
            report = verify_ranking(path, [*args.bundles, *args.event], args.event[0] if args.event else None)
        except GM100Error as exc:
            results.append({"file": str(path), "valid": False, "reason": exc.message})
            continue
        results.append(
            {
                "file": str(path),
                "valid": True,
                "reason": "",
                "event_id": report["event"]["event_id"],
                "inputs": len(report["inputs"]),
                "selected": report["selected"],
            }
        )
    ok = all(r["valid"] for r in results)
    if args.json:
        print(json.dumps({"valid": ok, "files": results}, indent=2, ensure_ascii=False))
        return 0 if ok else 1
    for r in results:
        if r["valid"]:
            print(
                f"{r['file']}: ok, signed by the event's chair and recomputed from {r['inputs']} inputs "
                f"with the same result ({len(r['selected'])} regions selected)"
            )
        else:
            print(f"REFUSED {r['reason']}")
    return 0 if ok else 1


def _sheets(args: argparse.Namespace) -> int:
    from gm100_desktop.cli_sheets import run_sheets

    return run_sheets(args)


def _merge(args: argparse.Namespace) -> int:
    from gm100_desktop.cli_merge import run_merge

    return run_merge(args, _passphrase)


# ---- demo --------------------------------------------------------------------------------------------------


def _demo(args: argparse.Namespace) -> int:
    from gm100_desktop.services.demo_files import DEMO_PASSPHRASE, write_demo_files
    from gm100_desktop.services.identity import passphrase_from

    phrase = passphrase_from(args.passphrase_file) or DEMO_PASSPHRASE
    started = time.perf_counter()
    summary = write_demo_files(
        args.out,
        regions=args.regions,
        assessors=args.assessors,
        panels=args.panels,
        seed=args.seed,
        passphrase=phrase,
        regions_file=args.regions_file,
        rotate=args.rotate,
    )
    elapsed = time.perf_counter() - started
    print(
        f"Wrote {summary.event_file}, {len(summary.bundles)} score bundles in {summary.folder / 'bundles'} "
        f"and {len(summary.identities)} identities ({summary.regions} regions, {summary.panels} panels) "
        f"in {elapsed:.1f} s, {summary.bytes_written / 1e6:.1f} MB."
    )
    if phrase == DEMO_PASSPHRASE:
        print(f'The demo keys are protected by the passphrase "{DEMO_PASSPHRASE}".')
    print(f"Check them with: gm100 verify {summary.event_file} {summary.folder / 'bundles'}/*.gm100bundle")
    return 0
