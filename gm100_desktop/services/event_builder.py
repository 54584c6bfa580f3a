"""Building the chair's event from its lists: panels, assessors placed in them, a planned schedule, checks.

`draft_event` never refuses: it returns the definition with every problem and warning, for the chair to see
and resolve. `build_event_definition` is the same but refuses, listing every problem in one error, unless the
event is ready to be signed and handed to the assessors.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from gm100_desktop.domain.event import ASSESSOR_ROLES, Conflict, EventDefinition, Panel, Region, RosterEntry
from gm100_desktop.domain.minisign import parse_public_key
from gm100_desktop.domain.planner import (
    DayTimes,
    PlanRequest,
    SchedulePlan,
    double_bookings,
    plan_schedule,
)
from gm100_desktop.domain.rotation import (
    Connectivity,
    RotationPlan,
    design_sessions,
    half_day_sessions,
    panel_connectivity,
    rotation_plan,
    rotation_seating,
)
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.errors import EventPlanError, GM100Error
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message

MAX_PANELS = 99


@dataclass(frozen=True)
class EventDraft:
    definition: EventDefinition
    plan: SchedulePlan
    connectivity: Connectivity  # of the assessor–region design the definition carries
    problems: tuple[Message, ...]  # the package must not be exported while there is any
    warnings: tuple[Message, ...]
    rotation: RotationPlan | None = None  # when asked to rotate: the plan whose seating the definition holds
    request: PlanRequest | None = None  # what the planner was asked, to check a schedule edited by hand

    @property
    def ok(self) -> bool:
        return not self.problems


def make_panels(count: int) -> tuple[Panel, ...]:
    """Panels P1…Pn, named "Panel n" in room "Ruang n"."""
    return tuple(Panel(f"P{i}", f"Panel {i}", f"Ruang {i}") for i in range(1, count + 1))


def event_id_for(name: str, start: date) -> str:
    """ "gm100-<slug of the name>-<start date>", e.g. gm100-seleksi-2019-2019-02-21."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = [w for w in re.split(r"[^a-z0-9]+", plain) if w and w != "gm100"]
    slug = "-".join(words)[:40].strip("-")
    return "-".join(part for part in ("gm100", slug, start.isoformat()) if part)


def next_version(previous: int | None, requested: int | None = None) -> int:
    """The version of a new package: `requested`, else one more than `previous` (1 for a first package).

    A version not above the previous one is refused: assessors would refuse it (or keep the older content).
    """
    if requested is None:
        return 1 if previous is None else previous + 1
    if requested < 1 or (previous is not None and requested <= previous):
        raise GM100Error(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "Version {requested} is not possible: a new event package needs a version above {previous}.",
            ),
            requested=requested,
            previous=previous or 0,
        )
    return requested


def draft_event(
    name: str,
    regions: Sequence[Region],
    roster: Sequence[RosterEntry],
    rubric: Rubric,
    panels: Sequence[Panel] | int | None,
    start: date,
    days: int,
    *,
    conflicts: Sequence[Conflict] = (),
    soft_conflicts: Collection[tuple[str, str]] = (),
    times: DayTimes | None = None,
    version: int = 1,
    event_id: str = "",
    venue: str = "",
    seed: int | None = None,
    rotate: bool = False,
) -> EventDraft:
    """The event with its schedule planned; every problem and warning listed, nothing refused.

    With `rotate`, assessors move between panels each half day (`rotation_plan`) and the definition carries
    that seating; connectivity is always checked on the seating the definition carries.
    """
    problems: list[Message] = []
    if not name.strip():
        problems.append(message(QT_TRANSLATE_NOOP("GM100Error", "The event needs a name.")))
    if version < 1:
        problems.append(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "Version {version} is not possible: use 1 or more."),
                version=version,
            )
        )
    panel_list = _panels(panels, roster, problems)
    placed = [_canonical_key(a) for a in _place_assessors(roster, panel_list, problems)]
    problems += _roster_problems(placed)
    known_assessors = {a.assessor_id for a in placed}
    codes = {g.code for g in regions}
    kept_conflicts = []
    for c in conflicts:
        if c.assessor_id not in known_assessors:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "A conflict of interest names assessor {assessor}, who is not in the roster.",
                    ),
                    assessor=c.assessor_id,
                )
            )
        elif c.region_code not in codes:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "GM100Error", "A conflict of interest names region {region}, which is not invited."
                    ),
                    region=c.region_code,
                )
            )
        else:
            kept_conflicts.append(c)
    members = {p.id: tuple(a.assessor_id for a in placed if a.panel_id == p.id) for p in panel_list}
    request = PlanRequest(
        regions=tuple(g.code for g in regions),
        panels=tuple(p.id for p in panel_list),
        members=members,
        start_date=start,
        days=days,
        times=times or DayTimes(),
        conflicts=frozenset((c.assessor_id, c.region_code) for c in kept_conflicts),
        soft_ties=frozenset(soft_conflicts),
        region_provinces={g.code: g.province for g in regions},
        assessor_institutions={a.assessor_id: a.institution for a in placed},
        region_names={g.code: g.name for g in regions},
        seed=seed,
    )
    plan = plan_schedule(request)
    problems += [p.as_message() for p in plan.problems]
    warnings = [w.as_message() for w in plan.warnings]
    keyless = [a.assessor_id for a in placed if not a.public_key]
    if keyless:
        warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "No public key enrolled for {assessors}: their score bundles can only be merged once the "
                    "chair pins their key after comparing fingerprints.",
                ),
                assessors=", ".join(keyless),
            )
        )
    definition = EventDefinition(
        event_id=event_id or event_id_for(name, start),
        version=version,
        name=name.strip(),
        venue=venue.strip(),
        start_date=start,
        days=days,
        rubric=rubric,
        regions=tuple(regions),
        panels=tuple(panel_list),
        schedule=plan.slots,
        roster=tuple(placed),
        conflicts=tuple(kept_conflicts),
    )
    rotation = None
    if rotate:
        sessions = half_day_sessions(start, days) if 1 <= days <= 31 else ()
        rotation = rotation_plan(list(members), members, sessions, plan.slots, request.conflicts)
        problems += [p.as_message() for p in (*double_bookings(rotation.sessions), *rotation.issues)]
        definition = replace(definition, seating=rotation_seating(rotation.sessions))
        if plan.slots and any(not definition.seated(s.panel_id, s.start) for s in plan.slots):
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "The rotation leaves a presentation without any assessor: add assessors.",
                    )
                )
            )
    connectivity = panel_connectivity(design_sessions(definition), plan.slots, request.conflicts)
    return EventDraft(definition, plan, connectivity, tuple(problems), tuple(warnings), rotation, request)


def build_event_definition(
    name: str,
    regions: Sequence[Region],
    roster: Sequence[RosterEntry],
    rubric: Rubric,
    panels: Sequence[Panel] | int | None,
    start: date,
    days: int,
    *,
    conflicts: Sequence[Conflict] = (),
    soft_conflicts: Collection[tuple[str, str]] = (),
    times: DayTimes | None = None,
    version: int = 1,
    event_id: str = "",
    venue: str = "",
    seed: int | None = None,
    rotate: bool = False,
) -> EventDefinition:
    """The event ready to sign, or `EventPlanError` listing every problem (options as for `draft_event`)."""
    draft = draft_event(
        name,
        regions,
        roster,
        rubric,
        panels,
        start,
        days,
        conflicts=conflicts,
        soft_conflicts=soft_conflicts,
        times=times,
        version=version,
        event_id=event_id,
        venue=venue,
        seed=seed,
        rotate=rotate,
    )
    if draft.problems:
        raise EventPlanError([p.text for p in draft.problems])
    return draft.definition


def _panels(
    panels: Sequence[Panel] | int | None, roster: Sequence[RosterEntry], problems: list[Message]
) -> list[Panel]:
    """The panels asked for; without, those the roster names (P1 alone when it names none)."""
    if isinstance(panels, int):
        if not 1 <= panels <= MAX_PANELS:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP("GM100Error", "{panels} panels is not possible: use 1 to {most}."),
                    panels=panels,
                    most=MAX_PANELS,
                )
            )
            return list(make_panels(1))
        return list(make_panels(panels))
    if panels is not None:
        return list(panels)
    named = list(dict.fromkeys(a.panel_id for a in roster if a.panel_id))
    if not named:
        return list(make_panels(1))
    return [Panel(pid, f"Panel {pid[1:]}" if re.fullmatch(r"P\d+", pid) else pid) for pid in named]


def _place_assessors(
    roster: Sequence[RosterEntry], panels: list[Panel], problems: list[Message]
) -> list[RosterEntry]:
    """Assessors without a panel go where fewest sit, mixing roles (government, academic, practitioner)."""
    ids = [p.id for p in panels]
    seated: dict[str, list[RosterEntry]] = {pid: [a for a in roster if a.panel_id == pid] for pid in ids}
    for a in roster:
        if a.panel_id and a.panel_id not in seated:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        'Assessor {assessor} is placed in panel "{panel}", which does not exist.',
                    ),
                    assessor=a.assessor_id,
                    panel=a.panel_id,
                )
            )
    roles = {role: i for i, role in enumerate(ASSESSOR_ROLES)}
    waiting = sorted(
        ((i, a) for i, a in enumerate(roster) if not a.panel_id),
        key=lambda pair: (roles.get(pair[1].role, len(roles)), pair[0]),
    )
    placed_at: dict[int, str] = {}
    for i, a in waiting:
        pid = min(
            ids,
            key=lambda p: (len(seated[p]), sum(b.role == a.role for b in seated[p]), ids.index(p)),
        )
        seated[pid].append(a)
        placed_at[i] = pid
    return [replace(a, panel_id=placed_at[i]) if i in placed_at else a for i, a in enumerate(roster)]


def _canonical_key(entry: RosterEntry) -> RosterEntry:
    """A key pasted as a whole .pub text becomes the one-line form the event format keeps."""
    try:
        return replace(entry, public_key=parse_public_key(entry.public_key, "roster").to_base64())
    except GM100Error:
        return entry  # empty or malformed: named by _roster_problems


def _roster_problems(roster: Sequence[RosterEntry]) -> list[Message]:
    problems = []
    seen: set[str] = set()
    owners: dict[bytes, str] = {}
    for a in roster:
        if a.assessor_id in seen:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP("GM100Error", "Assessor {assessor} is in the roster twice."),
                    assessor=a.assessor_id,
                )
            )
        seen.add(a.assessor_id)
        if not a.assessor_id.strip() or not a.name.strip():
            problems.append(
                message(
                    QT_TRANSLATE_NOOP("GM100Error", "Assessor {assessor} needs an id and a name."),
                    assessor=a.assessor_id or "(no id)",
                )
            )
        if a.role and a.role not in ASSESSOR_ROLES:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        'Assessor {assessor}: role "{role}" must be government, academic or practitioner.',
                    ),
                    assessor=a.assessor_id,
                    role=a.role,
                )
            )
        if not a.public_key:
            continue
        try:
            key = parse_public_key(a.public_key, "roster")
        except GM100Error:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "GM100Error", "Assessor {assessor}: the public key is not a minisign public key."
                    ),
                    assessor=a.assessor_id,
                )
            )
            continue
        for part in (key.key_id, key.key):
            if part in owners:
                problems.append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "GM100Error",
                            "Assessors {first} and {second} have the same public key (key id {key_id}); "
                            "every assessor needs a key of their own.",
                        ),
                        first=owners[part],
                        second=a.assessor_id,
                        key_id=key.key_id_hex,
                    )
                )
                break
        else:
            owners[key.key_id] = owners[key.key] = a.assessor_id
    if not roster:
        problems.append(message(QT_TRANSLATE_NOOP("GM100Error", "The roster is empty: add the assessors.")))
    return problems
