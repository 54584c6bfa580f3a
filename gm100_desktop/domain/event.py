"""An assessment event: regions, panels, schedule, roster and conflicts of interest, with its rubric.

`parse_event` validates parsed JSON (the `event.json` of an event package, or the built-in demo) and names
the exact field of the first problem; `event_to_dict` gives back the canonical form.

The optional `seating` says who sits in which panel when (assessors rotating between panels). Without it every
assessor sits in their roster panel for the whole event; with it, an assessor scores the slots of the panel
they sit in at each slot's start, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from gm100_desktop.domain.fields import FieldReader
from gm100_desktop.domain.rubric import Rubric, parse_rubric, rubric_to_dict
from gm100_desktop.errors import EventError

EVENT_FORMAT = "gm100-event"
EVENT_FORMAT_VERSION = 1
REGION_KINDS = ("kabupaten", "kota")
ASSESSOR_ROLES = ("government", "academic", "practitioner")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    province: str = ""
    kind: str = ""


@dataclass(frozen=True)
class Panel:
    id: str
    name: str
    room: str = ""


@dataclass(frozen=True)
class Slot:
    panel_id: str
    region_code: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class RosterEntry:
    assessor_id: str
    name: str
    institution: str
    role: str
    panel_id: str
    public_key: str = ""


@dataclass(frozen=True)
class Conflict:
    assessor_id: str
    region_code: str
    reason: str = ""


@dataclass(frozen=True)
class Seat:
    """The assessor sits in the panel during [start, end), venue-local time."""

    panel_id: str
    assessor_id: str
    start: datetime
    end: datetime

    def holds(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class EventDefinition:
    event_id: str
    version: int
    name: str
    venue: str
    start_date: date
    days: int
    rubric: Rubric
    regions: tuple[Region, ...]
    panels: tuple[Panel, ...]
    schedule: tuple[Slot, ...]
    roster: tuple[RosterEntry, ...]
    conflicts: tuple[Conflict, ...]
    seating: tuple[Seat, ...] = ()  # empty: everyone in their roster panel for the whole event
    revoked_keys: tuple[str, ...] = ()  # key ids the chair revoked (a lost laptop): the merge refuses them

    def seated(self, panel_id: str, moment: datetime) -> tuple[str, ...]:
        """The assessors sitting in `panel_id` at `moment` (the roster's panel when there is no seating)."""
        if not self.seating:
            return tuple(a.assessor_id for a in self.roster if a.panel_id == panel_id)
        return tuple(s.assessor_id for s in self.seating if s.panel_id == panel_id and s.holds(moment))


def parse_event(data: Any, source: str) -> EventDefinition:
    """Validate parsed JSON as an event definition; every reference (panel, region, assessor) must resolve."""
    r = FieldReader(source, EventError)
    root = r.obj(data, "(top level)")
    if root.get("format") != EVENT_FORMAT:
        r.fail("format", f'must be "{EVENT_FORMAT}"')
    if r.integer(root, "format_version", "") != EVENT_FORMAT_VERSION:
        r.fail("format_version", f"only version {EVENT_FORMAT_VERSION} is supported")
    version = r.integer(root, "version", "")
    if version < 1:
        r.fail("version", "must be 1 or more")
    start = _date(r, r.text(root, "start_date", ""), "start_date")
    days = r.integer(root, "days", "")
    if not 1 <= days <= 31:
        r.fail("days", "must be between 1 and 31")
    rubric = parse_rubric(r.get(root, "rubric", ""), f"{source} (rubric)")

    regions: list[Region] = []
    codes: set[str] = set()
    for i, raw in enumerate(r.array(root, "regions", "")):
        f = f"regions[{i}]"
        obj = r.obj(raw, f)
        code = r.text(obj, "code", f)
        if code in codes:
            r.fail(f"{f}.code", f'region "{code}" is listed twice')
        codes.add(code)
        kind = r.text(obj, "kind", f, required=False)
        if kind and kind not in REGION_KINDS:
            r.fail(f"{f}.kind", "must be kabupaten or kota")
        regions.append(Region(code, r.text(obj, "name", f), r.text(obj, "province", f, required=False), kind))

    panels: list[Panel] = []
    panel_ids: set[str] = set()
    for i, raw in enumerate(r.array(root, "panels", "")):
        f = f"panels[{i}]"
        obj = r.obj(raw, f)
        pid = r.text(obj, "id", f)
        if pid in panel_ids:
            r.fail(f"{f}.id", f'panel "{pid}" is listed twice')
        panel_ids.add(pid)
        panels.append(Panel(pid, r.text(obj, "name", f), r.text(obj, "room", f, required=False)))

    roster: list[RosterEntry] = []
    assessor_ids: set[str] = set()
    for i, raw in enumerate(r.array(root, "roster", "")):
        f = f"roster[{i}]"
        obj = r.obj(raw, f)
        aid = r.text(obj, "assessor_id", f)
        if aid in assessor_ids:
            r.fail(f"{f}.assessor_id", f'assessor "{aid}" is listed twice')
        assessor_ids.add(aid)
        panel = r.text(obj, "panel", f)
        if panel not in panel_ids:
            r.fail(f"{f}.panel", f'unknown panel "{panel}"')
        role = r.text(obj, "role", f, required=False)
        if role and role not in ASSESSOR_ROLES:
            r.fail(f"{f}.role", "must be government, academic or practitioner")
        roster.append(
            RosterEntry(
                aid,
                r.text(obj, "name", f),
                r.text(obj, "institution", f, required=False),
                role,
                panel,
                r.text(obj, "public_key", f, required=False),
            )
        )

    schedule: list[Slot] = []
    for i, raw in enumerate(r.array(root, "schedule", "", non_empty=False)):
        f = f"schedule[{i}]"
        obj = r.obj(raw, f)
        panel = r.text(obj, "panel", f)
        if panel not in panel_ids:
            r.fail(f"{f}.panel", f'unknown panel "{panel}"')
        code = r.text(obj, "region", f)
        if code not in codes:
            r.fail(f"{f}.region", f'unknown region "{code}"')
        begin, end = _time_range(r, obj, f)
        schedule.append(Slot(panel, code, begin, end))

    conflicts: list[Conflict] = []
    for i, raw in enumerate(r.array(root, "conflicts", "", non_empty=False)):
        f = f"conflicts[{i}]"
        obj = r.obj(raw, f)
        aid = r.text(obj, "assessor_id", f)
        if aid not in assessor_ids:
            r.fail(f"{f}.assessor_id", f'unknown assessor "{aid}"')
        code = r.text(obj, "region", f)
        if code not in codes:
            r.fail(f"{f}.region", f'unknown region "{code}"')
        conflicts.append(Conflict(aid, code, r.text(obj, "reason", f, required=False)))

    seating = _seating(r, root, panel_ids, assessor_ids)
    _check_seated_slots(r, seating, schedule)
    revoked: list[str] = []
    for i, raw in enumerate(
        r.array(root, "revoked_keys", "", non_empty=False) if "revoked_keys" in root else []
    ):
        if not isinstance(raw, str) or len(raw) != 16 or not set(raw) <= set("0123456789abcdef"):
            r.fail(f"revoked_keys[{i}]", "must be a key id (16 hexadecimal digits)")
        if raw in revoked:
            r.fail(f"revoked_keys[{i}]", f"key {raw} is listed twice")
        revoked.append(raw)

    return EventDefinition(
        event_id=r.text(root, "event_id", ""),
        version=version,
        name=r.text(root, "name", ""),
        venue=r.text(root, "venue", "", required=False),
        start_date=start,
        days=days,
        rubric=rubric,
        regions=tuple(regions),
        panels=tuple(panels),
        schedule=tuple(sorted(schedule, key=lambda s: (s.start, s.panel_id))),
        roster=tuple(roster),
        conflicts=tuple(conflicts),
        seating=tuple(sorted(seating, key=seat_order)),
        revoked_keys=tuple(sorted(revoked)),
    )


def seat_order(seat: Seat) -> tuple[datetime, str, str, datetime]:
    """The canonical order of the seating: by start, then panel and assessor."""
    return (seat.start, seat.panel_id, seat.assessor_id, seat.end)


def _seating(r: FieldReader, root: dict[str, Any], panel_ids: set[str], assessor_ids: set[str]) -> list[Seat]:
    """The optional `seating`: known panels and assessors, and no assessor in two places at once."""
    if "seating" not in root:
        return []
    seats: list[tuple[Seat, str]] = []
    for i, raw in enumerate(r.array(root, "seating", "", non_empty=False)):
        f = f"seating[{i}]"
        obj = r.obj(raw, f)
        panel = r.text(obj, "panel", f)
        if panel not in panel_ids:
            r.fail(f"{f}.panel", f'unknown panel "{panel}"')
        aid = r.text(obj, "assessor_id", f)
        if aid not in assessor_ids:
            r.fail(f"{f}.assessor_id", f'unknown assessor "{aid}"')
        begin, end = _time_range(r, obj, f)
        seats.append((Seat(panel, aid, begin, end), f))
    by_assessor: dict[str, list[tuple[Seat, str]]] = {}
    for seat, f in seats:
        by_assessor.setdefault(seat.assessor_id, []).append((seat, f))
    for aid, own in by_assessor.items():
        own.sort(key=lambda pair: seat_order(pair[0]))
        for (before, _), (after, field) in pairwise(own):
            if after.start < before.end:
                r.fail(
                    field,
                    f"assessor {aid} would sit in {before.panel_id} ({_span(before)}) and in "
                    f"{after.panel_id} ({_span(after)}) at the same time",
                )
    return [seat for seat, _ in seats]


def _check_seated_slots(r: FieldReader, seating: Sequence[Seat], schedule: Sequence[Slot]) -> None:
    """With a seating, every presentation has at least one assessor sitting in its panel when it starts."""
    if not seating:
        return
    for i, slot in enumerate(schedule):
        if not any(s.panel_id == slot.panel_id and s.holds(slot.start) for s in seating):
            r.fail(
                f"schedule[{i}]",
                f"nobody sits in panel {slot.panel_id} at {slot.start.isoformat(timespec='minutes')}, when "
                f"region {slot.region_code} presents",
            )


def _span(seat: Seat) -> str:
    return f"{seat.start.isoformat(timespec='minutes')}–{seat.end.isoformat(timespec='minutes')}"


def _date(r: FieldReader, text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        r.fail(field, f'"{text}" is not a date like 2019-02-21')


def _time_range(r: FieldReader, obj: dict[str, Any], field: str) -> tuple[datetime, datetime]:
    """The `start` and `end` of a schedule slot or a seat: venue-local times, end after start."""
    begin = _datetime(r, r.text(obj, "start", field), f"{field}.start")
    end = _datetime(r, r.text(obj, "end", field), f"{field}.end")
    if end <= begin:
        r.fail(f"{field}.end", "must be after start")
    return begin, end


def _datetime(r: FieldReader, text: str, field: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        r.fail(field, f'"{text}" is not a time like 2019-02-21T08:30')
    if value.tzinfo is not None:
        r.fail(field, "venue times are local: leave out the time zone")
    return value


def event_to_dict(event: EventDefinition) -> dict[str, Any]:
    """The canonical JSON form of an event definition (`seating` and `revoked_keys` only when not empty)."""
    data: dict[str, Any] = {
        "format": EVENT_FORMAT,
        "format_version": EVENT_FORMAT_VERSION,
        "event_id": event.event_id,
        "version": event.version,
        "name": event.name,
        "venue": event.venue,
        "start_date": event.start_date.isoformat(),
        "days": event.days,
        "rubric": rubric_to_dict(event.rubric),
        "regions": [
            {"code": g.code, "name": g.name, "province": g.province, "kind": g.kind} for g in event.regions
        ],
        "panels": [{"id": p.id, "name": p.name, "room": p.room} for p in event.panels],
        "schedule": [
            {
                "panel": s.panel_id,
                "region": s.region_code,
                "start": s.start.isoformat(timespec="minutes"),
                "end": s.end.isoformat(timespec="minutes"),
            }
            for s in event.schedule
        ],
        "roster": [
            {
                "assessor_id": a.assessor_id,
                "name": a.name,
                "institution": a.institution,
                "role": a.role,
                "panel": a.panel_id,
                "public_key": a.public_key,
            }
            for a in event.roster
        ],
        "conflicts": [
            {"assessor_id": c.assessor_id, "region": c.region_code, "reason": c.reason}
            for c in event.conflicts
        ],
    }
    if event.seating:
        data["seating"] = [
            {
                "panel": s.panel_id,
                "assessor_id": s.assessor_id,
                "start": s.start.isoformat(timespec="minutes"),
                "end": s.end.isoformat(timespec="minutes"),
            }
            for s in event.seating
        ]
    if event.revoked_keys:
        data["revoked_keys"] = list(event.revoked_keys)
    return data
