"""The chair's event draft on disk, its imports, planning, checks and the signed export.

The draft lives in `<data folder>/chair/draft.gm100draft.json`, written atomically after every change. Imports
go through the same CSV and rubric readers as `gm100 event create`, and planning through
`event_builder.draft_event`, so the workspace and the command line judge an event the same way.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gm100_desktop import paths
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.event_draft import EventDraft, draft_to_dict, parse_draft
from gm100_desktop.domain.minisign import PublicKey, parse_public_key
from gm100_desktop.domain.planner import Break, DayTimes, region_phrase, soft_warnings
from gm100_desktop.domain.rotation import design_sessions, panel_connectivity
from gm100_desktop.domain.schedule_check import check_schedule
from gm100_desktop.errors import (
    DraftDamagedError,
    EventPlanError,
    FingerprintRequiredError,
    GM100Error,
    KeyFileError,
    KeyRevokedError,
)
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message
from gm100_desktop.services import event_builder as eb
from gm100_desktop.services.conflicts_csv import read_conflicts_csv, read_soft_conflicts_csv
from gm100_desktop.services.event_package import write_event_package
from gm100_desktop.services.files import read_capped, write_atomic
from gm100_desktop.services.identity import UnlockedIdentity
from gm100_desktop.services.indicators_csv import read_indicators_csv
from gm100_desktop.services.regions_csv import read_regions_csv
from gm100_desktop.services.roster_csv import MAX_PUB_FILE, enrol_public_key, read_roster_csv
from gm100_desktop.services.rubrics import builtin_rubric, load_rubric_file

DRAFT_FILE = "draft.gm100draft.json"
DEFAULT_RUBRIC = "gm100_readiness"
MAX_DRAFT_BYTES = 32 * 1024 * 1024
SHOWN = 12


# ---- on disk ---------------------------------------------------------------------------------------------


def draft_path() -> Path:
    return paths.data_dir() / "chair" / DRAFT_FILE


def new_draft() -> EventDraft:
    draft = EventDraft(panels=list(eb.make_panels(2)))
    draft.set_rubric(builtin_rubric(DEFAULT_RUBRIC), f"builtin:{DEFAULT_RUBRIC}")
    return draft


def load_draft(path: Path | None = None) -> EventDraft:
    """The saved draft, a new one when there is none; a damaged file is moved aside and reported."""
    path = path or draft_path()
    if not path.exists():
        return new_draft()
    try:
        data = json.loads(read_capped(path, MAX_DRAFT_BYTES).decode("utf-8"))
        return parse_draft(data, path.name)
    except (GM100Error, UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = exc.message if isinstance(exc, GM100Error) else str(exc)
        aside = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        path.replace(aside)
        raise DraftDamagedError(path, reason, aside) from exc


def save_draft(draft: EventDraft, path: Path | None = None) -> None:
    path = path or draft_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(draft_to_dict(draft), ensure_ascii=False, indent=1, sort_keys=True)
    write_atomic(path, text.encode("utf-8") + b"\n")


# ---- imports: all or nothing, through the same readers as `gm100 event create` ---------------------------


def import_regions(draft: EventDraft, path: Path) -> int:
    draft.set_regions(read_regions_csv(path))
    return len(draft.regions)


def import_indicators(draft: EventDraft, path: Path) -> int:
    table = read_indicators_csv(path, {g.code for g in draft.regions})
    draft.set_indicators(table.columns, dict(table.values))
    return len(table.values)


def import_roster(draft: EventDraft, path: Path) -> int:
    draft.set_roster(read_roster_csv(path))
    _refuse_revoked(draft)
    return len(draft.roster)


def import_conflicts(draft: EventDraft, path: Path) -> int:
    """Add the file's conflicts to those already entered (a pair in both takes the file's reason)."""
    imported = read_conflicts_csv(
        path, {a.assessor_id for a in draft.roster}, {g.code for g in draft.regions}
    )
    pairs = {(c.assessor_id, c.region_code) for c in imported}
    kept = [c for c in draft.conflicts if (c.assessor_id, c.region_code) not in pairs]
    draft.conflicts = kept + list(imported)
    return len(imported)


def import_soft_conflicts(draft: EventDraft, path: Path) -> int:
    """Add the file's `institution,province` pairs to those already listed; returns how many it holds."""
    imported = read_soft_conflicts_csv(path)
    draft.set_soft_conflicts([*draft.soft_conflicts, *imported])
    return len(imported)


def use_builtin_rubric(draft: EventDraft, name: str) -> None:
    draft.set_rubric(builtin_rubric(name), f"builtin:{name}")


def load_rubric(draft: EventDraft, path: Path) -> None:
    draft.set_rubric(load_rubric_file(path), path.name)


def set_panel_count(draft: EventDraft, count: int) -> None:
    """Panels P1…Pn, keeping the names and rooms of those that remain; assessors seated in a panel that goes
    away are placed again when planning."""
    previous = list(draft.panels)
    draft.panels = list(eb.make_panels(max(1, min(count, eb.MAX_PANELS))))
    draft.keep_panel_names(previous)
    ids = {p.id for p in draft.panels}
    draft.roster = [a if a.panel_id in ids else dataclasses.replace(a, panel_id="") for a in draft.roster]


# ---- keys --------------------------------------------------------------------------------------------------


def enrol_key(draft: EventDraft, assessor_id: str, key_text: str, source: str, fingerprint: str) -> PublicKey:
    """Enrol the key once the chair typed the fingerprint the assessor reads out; mismatches are refused."""
    if not fingerprint.strip():
        raise FingerprintRequiredError(assessor_id)
    key = parse_public_key(key_text, source)
    if key.key_id_hex in draft.revoked_keys:
        raise KeyRevokedError(key.key_id_hex)
    draft.roster = list(
        enrol_public_key(draft.roster, assessor_id, key_text, source, fingerprint=fingerprint)
    )
    draft.confirmed.add(assessor_id)
    return key


def read_key_file(path: Path) -> str:
    try:
        return read_capped(path, MAX_PUB_FILE).decode("ascii")
    except UnicodeDecodeError:
        raise KeyFileError(path.name, "(file)", "is not a minisign public key (not text)") from None


def _refuse_revoked(draft: EventDraft) -> None:
    for a in draft.roster:
        if a.public_key and _key_id(a.public_key) in draft.revoked_keys:
            draft.confirmed.discard(a.assessor_id)


def _key_id(text: str) -> str:
    try:
        return parse_public_key(text, "roster").key_id_hex
    except GM100Error:
        return ""


# ---- planning and checks -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftCheck:
    built: eb.EventDraft  # the event as it would be exported, with a freshly planned schedule
    problems: tuple[Message, ...]  # the package is not exported while there is any
    warnings: tuple[Message, ...]
    connectivity: Message  # of the design the package would carry (with its rotation, when asked for)
    rotation: Message | None  # of the half-day rotation, when asked for

    @property
    def ok(self) -> bool:
        return not self.problems


def day_times(draft: EventDraft) -> DayTimes:
    breaks = (Break(*draft.lunch),) if draft.lunch else ()
    return DayTimes(draft.day_start, draft.day_end, draft.slot_minutes, draft.gap_minutes, breaks)


def _build(draft: EventDraft, version: int = 1, event_id: str = "") -> eb.EventDraft:
    rubric = draft.rubric or builtin_rubric(DEFAULT_RUBRIC)
    return eb.draft_event(
        draft.name,
        draft.invited_regions(),
        draft.roster,
        rubric,
        draft.panels or 1,
        draft.start_date,
        draft.days,
        conflicts=draft.invited_conflicts(),
        soft_conflicts=draft.soft_conflicts,
        times=day_times(draft),
        version=version,
        event_id=event_id or draft.event_id,
        venue=draft.venue,
        seed=draft.seed,
        rotate=draft.rotation,
    )


def plan(draft: EventDraft) -> DraftCheck:
    """Plan the schedule, keep it and the panels the builder chose for unplaced assessors, and check."""
    built = _build(draft)
    draft.schedule = list(built.plan.slots)
    draft.schedule_edited = False  # a fresh plan replaces any hand-made changes
    if len(built.definition.roster) == len(draft.roster):
        draft.roster = [
            dataclasses.replace(a, panel_id=placed.panel_id)
            for a, placed in zip(draft.roster, built.definition.roster, strict=True)
        ]
    return check(draft)


def check(draft: EventDraft, version: int = 1, event_id: str = "") -> DraftCheck:
    built = _build(draft, version, event_id)
    if draft.schedule_edited:  # slots moved by hand: that schedule is exported, checked on its own
        definition = dataclasses.replace(built.definition, schedule=tuple(draft.schedule))
        built = dataclasses.replace(built, definition=definition)
    problems, warnings = list(built.problems), list(built.warnings)
    if draft.schedule_edited and built.request is not None:
        # The plan's soft-conflict warnings were about its own schedule; the hand-edited one is what counts.
        others = warnings[len(built.plan.warnings) :]
        moved = soft_warnings(built.request, draft.schedule, planned=False)
        warnings = [w.as_message() for w in moved] + others
    if draft.rubric is None:
        problems.append(message(QT_TRANSLATE_NOOP("GM100Error", "Choose a rubric.")))
    for a in draft.roster:
        key_id = _key_id(a.public_key) if a.public_key else ""
        if key_id and key_id in draft.revoked_keys:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "The key {key_id} of {assessor} was revoked: enrol a new key or remove it.",
                    ),
                    key_id=key_id,
                    assessor=a.assessor_id,
                )
            )
        elif key_id and a.assessor_id not in draft.confirmed:
            warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "The key of {assessor} came from a file and was not confirmed by reading back its "
                        "fingerprint: use Enrol key.",
                    ),
                    assessor=a.assessor_id,
                )
            )
    if draft.schedule_edited:
        problems += [p.as_message() for p in check_schedule(built.definition)]
    else:
        problems += _schedule_problems(draft, built)
    rotation = None
    if draft.rotation:
        rotation, more = _rotation(draft, built)
        problems += more
    return DraftCheck(built, tuple(problems), tuple(warnings), built.connectivity.summary(), rotation)


def _schedule_problems(draft: EventDraft, built: eb.EventDraft) -> list[Message]:
    """The kept schedule against the lists: every invited region needs its slot, and nothing may be stale."""
    names = {g.code: g.name for g in draft.regions}
    scheduled = {s.region_code for s in draft.schedule}
    fresh_unplaced = set(built.plan.unplaced)
    missing = [
        g.code for g in draft.invited_regions() if g.code not in scheduled and g.code not in fresh_unplaced
    ]
    if missing and not draft.schedule:
        return [
            message(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "The schedule is not planned yet: {count} invited regions have no slot. Plan the "
                    "schedule.",
                ),
                count=len(missing),
            )
        ]
    problems = [
        message(
            QT_TRANSLATE_NOOP("GM100Error", "{region} has no slot: plan the schedule again."),
            region=region_phrase(code, names[code]),
        )
        for code in missing[:SHOWN]
    ]
    if len(missing) > SHOWN:
        problems.append(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "… and {count} more regions without a slot."),
                count=len(missing) - SHOWN,
            )
        )
    if not missing and tuple(draft.schedule) != built.plan.slots and not built.problems:
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "GM100Error", "The lists changed since the schedule was planned: plan the schedule again."
                )
            )
        )
    return problems


def _rotation(draft: EventDraft, built: eb.EventDraft) -> tuple[Message, list[Message]]:
    """Connectivity of the seating the definition carries; the rotation's problems are already in `built`."""
    d = built.definition
    clash = {(c.assessor_id, c.region_code) for c in d.conflicts}
    design = panel_connectivity(design_sessions(d), d.schedule, clash)
    moves = built.rotation.moves if built.rotation else 0
    summary = message(
        QT_TRANSLATE_NOOP("GM100Error", "{design} ({moves} assessor-sessions away from the home panel.)"),
        design=design.summary(),
        moves=moves,
    )
    return summary, []


def to_definition(draft: EventDraft, version: int = 1, event_id: str = "") -> EventDefinition:
    """The event ready to sign, or `EventPlanError` listing every problem."""
    result = check(draft, version, event_id)
    if result.problems:
        raise EventPlanError([p.text for p in result.problems])
    # Revoked keys travel with the event so that the merge refuses a bundle signed with one.
    return dataclasses.replace(result.built.definition, revoked_keys=tuple(sorted(draft.revoked_keys)))


# ---- export ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    event_id: str
    version: int
    sha256: str
    chair_key: PublicKey


def export_package(draft: EventDraft, chair: UnlockedIdentity, out: Path) -> ExportResult:
    """Sign and write the next version of the event (same event id); the draft records version and hash."""
    version = draft.exported_version + 1
    event_id = draft.event_id or eb.event_id_for(draft.name, draft.start_date)
    definition = to_definition(draft, version, event_id)
    package = write_event_package(definition, chair, out)
    draft.event_id, draft.exported_version, draft.package_sha256 = event_id, version, package.sha256
    return ExportResult(out, event_id, version, package.sha256, package.chair_key)
