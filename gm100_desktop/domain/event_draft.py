"""The event the chair is preparing: every list and choice before it is signed, with its JSON form.

An `EventDraft` is mutable on purpose: the chair's workspace changes it one user action at a time and saves it
after each. The operations here are pure (no files); planning, key enrolment and the checks that need the
planner live in `services/event_draft.py`, so that planning stays in one place (`services/event_builder.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from gm100_desktop.domain.event import Conflict, Panel, Region, RosterEntry, Slot
from gm100_desktop.domain.fields import FieldReader
from gm100_desktop.domain.minisign import parse_public_key
from gm100_desktop.domain.rubric import Rubric, parse_rubric, rubric_to_dict
from gm100_desktop.errors import EventError, GM100Error
from gm100_desktop.i18n import QT_TRANSLATE_NOOP

DRAFT_FORMAT = "gm100-event-draft"
DRAFT_FORMAT_VERSION = 1


@dataclass
class EventDraft:
    name: str = ""
    venue: str = ""
    start_date: date = field(default_factory=date.today)
    days: int = 2
    slot_minutes: int = 45
    gap_minutes: int = 0
    day_start: time = time(8, 30)
    day_end: time = time(17, 0)
    lunch: tuple[time, time] | None = (time(12, 0), time(13, 0))
    seed: int | None = None
    rotation: bool = False
    rubric: Rubric | None = None
    rubric_source: str = ""  # "builtin:NAME" or the file name it was loaded from
    regions: list[Region] = field(default_factory=list)  # every imported region, in file order
    invited: set[str] = field(default_factory=set)
    indicator_columns: list[str] = field(default_factory=list)
    indicators: dict[str, dict[str, float | None]] = field(default_factory=dict)
    panels: list[Panel] = field(default_factory=list)
    roster: list[RosterEntry] = field(default_factory=list)
    confirmed: set[str] = field(default_factory=set)  # assessors whose key fingerprint the chair confirmed
    revoked_keys: list[str] = field(default_factory=list)  # key ids, kept across versions
    conflicts: list[Conflict] = field(default_factory=list)
    soft_conflicts: list[tuple[str, str]] = field(default_factory=list)  # (institution, province): warnings
    schedule: list[Slot] = field(default_factory=list)  # the last planned schedule
    schedule_edited: bool = False  # slots moved by hand since planning: planning again asks first
    event_id: str = ""  # fixed by the first export
    exported_version: int = 0
    package_sha256: str = ""

    # ---- regions -------------------------------------------------------------------------------------------

    def invited_regions(self) -> list[Region]:
        return [g for g in self.regions if g.code in self.invited]

    def set_regions(self, regions: Iterable[Region]) -> None:
        """Replace the imported regions; invitations and indicators of codes no longer there are dropped."""
        self.regions = list(regions)
        codes = {g.code for g in self.regions}
        self.invited &= codes
        self.indicators = {c: v for c, v in self.indicators.items() if c in codes}

    def invite(self, codes: Iterable[str], invited: bool = True) -> int:
        """Invite (or uninvite) the given codes that are imported regions; returns how many changed."""
        known = {g.code for g in self.regions}
        wanted = set(codes) & known
        before = len(self.invited)
        if invited:
            self.invited |= wanted
        else:
            self.invited -= wanted
        return abs(len(self.invited) - before)

    def set_indicators(self, columns: Iterable[str], values: dict[str, tuple[float | None, ...]]) -> None:
        self.indicator_columns = list(columns)
        self.indicators = {
            code: dict(zip(self.indicator_columns, row, strict=True)) for code, row in values.items()
        }

    # ---- rubric --------------------------------------------------------------------------------------------

    def set_rubric(self, rubric: Rubric, source: str) -> None:
        self.rubric, self.rubric_source = rubric, source

    def set_weight(self, item_id: str, weight: float) -> None:
        """Set the weight of the dimension or criterion `item_id` (must be above zero)."""
        if self.rubric is None:
            raise GM100Error(QT_TRANSLATE_NOOP("GM100Error", "Choose a rubric first."))
        if not weight > 0:
            raise GM100Error(
                QT_TRANSLATE_NOOP("GM100Error", "A weight must be greater than zero; {weight} is not."),
                weight=weight,
            )
        dims = []
        for d in self.rubric.dimensions:
            criteria = tuple(
                dataclasses.replace(c, weight=weight) if c.id == item_id else c for c in d.criteria
            )
            dims.append(
                dataclasses.replace(d, weight=weight if d.id == item_id else d.weight, criteria=criteria)
            )
        self.rubric = dataclasses.replace(self.rubric, dimensions=tuple(dims))

    # ---- roster --------------------------------------------------------------------------------------------

    def assessor(self, assessor_id: str) -> RosterEntry | None:
        return next((a for a in self.roster if a.assessor_id == assessor_id), None)

    def set_roster(self, roster: Iterable[RosterEntry]) -> None:
        """Replace the roster; keys enrolled before stay confirmed only when they are unchanged."""
        old = {a.assessor_id: a.public_key for a in self.roster}
        self.roster = list(roster)
        self.confirmed = {
            a.assessor_id
            for a in self.roster
            if a.assessor_id in self.confirmed and a.public_key and old.get(a.assessor_id) == a.public_key
        }
        ids = {a.assessor_id for a in self.roster}
        self.conflicts = [c for c in self.conflicts if c.assessor_id in ids]

    def put_assessor(self, entry: RosterEntry, replacing: str | None = None) -> None:
        """Add `entry`, or replace the assessor `replacing` with it (the key stays unless it is given)."""
        if replacing is None:
            self.roster.append(entry)
            return
        for i, a in enumerate(self.roster):
            if a.assessor_id == replacing:
                self.roster[i] = dataclasses.replace(entry, public_key=entry.public_key or a.public_key)
                if replacing != entry.assessor_id:
                    if replacing in self.confirmed:
                        self.confirmed.discard(replacing)
                        self.confirmed.add(entry.assessor_id)
                    self.conflicts = [
                        dataclasses.replace(c, assessor_id=entry.assessor_id)
                        if c.assessor_id == replacing
                        else c
                        for c in self.conflicts
                    ]
                return
        raise GM100Error(
            QT_TRANSLATE_NOOP("GM100Error", "Assessor {assessor} is not in the roster."), assessor=replacing
        )

    def remove_assessor(self, assessor_id: str) -> None:
        self.roster = [a for a in self.roster if a.assessor_id != assessor_id]
        self.confirmed.discard(assessor_id)
        self.conflicts = [c for c in self.conflicts if c.assessor_id != assessor_id]

    def revoke_key(self, assessor_id: str) -> str:
        """Take away the assessor's key (a lost laptop) and remember its key id; returns the key id."""
        entry = self.assessor(assessor_id)
        if entry is None or not entry.public_key:
            raise GM100Error(
                QT_TRANSLATE_NOOP("GM100Error", "Assessor {assessor} has no key to revoke."),
                assessor=assessor_id,
            )
        key_id = parse_public_key(entry.public_key, "roster").key_id_hex
        if key_id not in self.revoked_keys:
            self.revoked_keys.append(key_id)
        self.roster = [
            dataclasses.replace(a, public_key="") if a.assessor_id == assessor_id else a for a in self.roster
        ]
        self.confirmed.discard(assessor_id)
        return key_id

    def invited_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.region_code in self.invited]

    def add_conflict(self, assessor_id: str, region_code: str, reason: str = "") -> None:
        """A conflict of interest typed by the chair; the same pair again only changes the reason."""
        if self.assessor(assessor_id) is None:
            raise GM100Error(
                QT_TRANSLATE_NOOP("GM100Error", "Assessor {assessor} is not in the roster."),
                assessor=assessor_id,
            )
        if region_code not in {g.code for g in self.regions}:
            raise GM100Error(
                QT_TRANSLATE_NOOP("GM100Error", "Region {region} is not one of the imported regions."),
                region=region_code,
            )
        conflict = Conflict(assessor_id, region_code, reason.strip())
        for i, c in enumerate(self.conflicts):
            if (c.assessor_id, c.region_code) == (assessor_id, region_code):
                self.conflicts[i] = conflict
                return
        self.conflicts.append(conflict)

    def remove_conflict(self, assessor_id: str, region_code: str) -> bool:
        before = len(self.conflicts)
        self.conflicts = [
            c for c in self.conflicts if (c.assessor_id, c.region_code) != (assessor_id, region_code)
        ]
        return len(self.conflicts) < before

    # ---- soft conflicts: an assessor's institution tied to a region's province ----------------------------

    def add_soft_conflict(self, institution: str, province: str) -> bool:
        """Add an (institution, province) pair; False when it is listed already (case and spacing aside)."""
        pair = _soft_pair(institution, province)
        if _soft_key(pair) in {_soft_key(p) for p in self.soft_conflicts}:
            return False
        self.soft_conflicts.append(pair)
        return True

    def remove_soft_conflict(self, institution: str, province: str) -> bool:
        key = _soft_key((institution, province))
        before = len(self.soft_conflicts)
        self.soft_conflicts = [p for p in self.soft_conflicts if _soft_key(p) != key]
        return len(self.soft_conflicts) < before

    def set_soft_conflicts(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Replace the list (repeats dropped); nothing changes when a pair lacks a side."""
        kept: dict[tuple[str, str], tuple[str, str]] = {}
        for institution, province in pairs:
            pair = _soft_pair(institution, province)
            kept.setdefault(_soft_key(pair), pair)
        self.soft_conflicts = list(kept.values())

    # ---- panels and the schedule arranged by hand --------------------------------------------------------

    def set_panel(self, panel_id: str, name: str, room: str) -> None:
        """Name a panel and its room, e.g. "Panel 1" in "Ruang Nusantara A"; the name may not be empty."""
        if not name.strip():
            raise GM100Error(QT_TRANSLATE_NOOP("GM100Error", "A panel needs a name."))
        for i, p in enumerate(self.panels):
            if p.id == panel_id:
                self.panels[i] = Panel(p.id, name.strip(), room.strip())
                return
        raise GM100Error(QT_TRANSLATE_NOOP("GM100Error", "There is no panel {panel}."), panel=panel_id)

    def keep_panel_names(self, previous: Iterable[Panel]) -> None:
        """After the panels were made again (a new count), panels that stayed keep their names and rooms."""
        named = {p.id: p for p in previous}
        self.panels = [named.get(p.id, p) for p in self.panels]

    def slot_of(self, region_code: str) -> Slot | None:
        return next((s for s in self.schedule if s.region_code == region_code), None)

    def move_slot(self, region_code: str, panel_id: str, start: datetime, end: datetime) -> None:
        """Move a region's presentation to a free place (panel and time); an occupied place is refused."""
        slot = self._slot(region_code)
        if panel_id not in {p.id for p in self.panels}:
            raise GM100Error(QT_TRANSLATE_NOOP("GM100Error", "There is no panel {panel}."), panel=panel_id)
        taken = next(
            (
                s
                for s in self.schedule
                if s.panel_id == panel_id and s.start < end and start < s.end and s != slot
            ),
            None,
        )
        if taken is not None:
            raise GM100Error(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "Region {region} already presents to {panel} at {time}: swap the two instead.",
                ),
                region=taken.region_code,
                panel=panel_id,
                time=f"{taken.start:%Y-%m-%d %H:%M}",
            )
        self._replace(slot, Slot(panel_id, region_code, start, end))

    def swap_slots(self, first: str, second: str) -> None:
        """Exchange the panels and times of two regions' presentations."""
        a, b = self._slot(first), self._slot(second)
        if a == b:
            return
        self._replace(a, Slot(b.panel_id, a.region_code, b.start, b.end))
        self._replace(b, Slot(a.panel_id, b.region_code, a.start, a.end))

    def _slot(self, region_code: str) -> Slot:
        slot = self.slot_of(region_code)
        if slot is None:
            raise GM100Error(
                QT_TRANSLATE_NOOP("GM100Error", "Region {region} has no slot to move."), region=region_code
            )
        return slot

    def _replace(self, old: Slot, new: Slot) -> None:
        self.schedule = [new if s == old else s for s in self.schedule]
        self.schedule_edited = True


def _soft_pair(institution: str, province: str) -> tuple[str, str]:
    pair = (" ".join(institution.split()), " ".join(province.split()))
    if not all(pair):
        raise GM100Error(QT_TRANSLATE_NOOP("GM100Error", "Choose both an institution and a province."))
    return pair


def _soft_key(pair: tuple[str, str]) -> tuple[str, str]:
    """The pair as the planner compares it."""
    return (" ".join(pair[0].split()).casefold(), " ".join(pair[1].split()).casefold())


# ---- the JSON form ------------------------------------------------------------------------------------


def _hm(value: time) -> str:
    return value.strftime("%H:%M")


def draft_to_dict(d: EventDraft) -> dict[str, Any]:
    """The canonical JSON form of a draft (what `parse_draft` reads back to an equal draft)."""
    return {
        "format": DRAFT_FORMAT,
        "format_version": DRAFT_FORMAT_VERSION,
        "name": d.name,
        "venue": d.venue,
        "start_date": d.start_date.isoformat(),
        "days": d.days,
        "slot_minutes": d.slot_minutes,
        "gap_minutes": d.gap_minutes,
        "day_start": _hm(d.day_start),
        "day_end": _hm(d.day_end),
        "lunch": [_hm(d.lunch[0]), _hm(d.lunch[1])] if d.lunch else None,
        "seed": d.seed,
        "rotation": d.rotation,
        "rubric": rubric_to_dict(d.rubric) if d.rubric else None,
        "rubric_source": d.rubric_source,
        "regions": [
            {"code": g.code, "name": g.name, "province": g.province, "kind": g.kind} for g in d.regions
        ],
        "invited": sorted(d.invited),
        "indicator_columns": d.indicator_columns,
        "indicators": {code: [row.get(c) for c in d.indicator_columns] for code, row in d.indicators.items()},
        "panels": [{"id": p.id, "name": p.name, "room": p.room} for p in d.panels],
        "roster": [
            {
                "assessor_id": a.assessor_id,
                "name": a.name,
                "institution": a.institution,
                "role": a.role,
                "panel": a.panel_id,
                "public_key": a.public_key,
            }
            for a in d.roster
        ],
        "confirmed": sorted(d.confirmed),
        "revoked_keys": d.revoked_keys,
        "conflicts": [
            {"assessor_id": c.assessor_id, "region": c.region_code, "reason": c.reason} for c in d.conflicts
        ],
        "soft_conflicts": [{"institution": i, "province": p} for i, p in d.soft_conflicts],
        "schedule": [
            {
                "panel": s.panel_id,
                "region": s.region_code,
                "start": s.start.isoformat(timespec="minutes"),
                "end": s.end.isoformat(timespec="minutes"),
            }
            for s in d.schedule
        ],
        "schedule_edited": d.schedule_edited,
        "event_id": d.event_id,
        "exported_version": d.exported_version,
        "package_sha256": d.package_sha256,
    }


def parse_draft(data: Any, source: str) -> EventDraft:
    """A draft from its JSON form; the first wrong field is named (`EventError`)."""
    r = FieldReader(source, EventError)
    root = r.obj(data, "(top level)")
    if root.get("format") != DRAFT_FORMAT:
        r.fail("format", f'must be "{DRAFT_FORMAT}"')
    if r.integer(root, "format_version", "") != DRAFT_FORMAT_VERSION:
        r.fail("format_version", f"only version {DRAFT_FORMAT_VERSION} is supported")

    def when(key: str, text: str, parse: Any) -> Any:
        try:
            return parse(text)
        except ValueError:
            r.fail(key, f'"{text}" is not valid')

    def hm(key: str, text: str) -> time:
        value: time = when(key, text, lambda t: datetime.strptime(t, "%H:%M").time())
        return value

    def opt_int(key: str) -> int | None:
        value = r.get(root, key, "")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            r.fail(key, "must be a whole number or null")
        return value

    def flag(key: str) -> bool:
        value = r.get(root, key, "")
        if not isinstance(value, bool):
            r.fail(key, "must be true or false")
        return value

    def texts(key: str) -> list[str]:
        items = r.array(root, key, "", non_empty=False)
        if not all(isinstance(x, str) for x in items):
            r.fail(key, "must be a list of texts")
        return list(items)

    lunch_raw = r.get(root, "lunch", "")
    lunch = None
    if lunch_raw is not None:
        if not (
            isinstance(lunch_raw, list) and len(lunch_raw) == 2 and all(isinstance(x, str) for x in lunch_raw)
        ):
            r.fail("lunch", 'must be ["HH:MM", "HH:MM"] or null')
        lunch = (hm("lunch[0]", lunch_raw[0]), hm("lunch[1]", lunch_raw[1]))
    rubric_raw = r.get(root, "rubric", "")
    columns = texts("indicator_columns")
    indicators: dict[str, dict[str, float | None]] = {}
    for code, row in r.obj(r.get(root, "indicators", ""), "indicators").items():
        if not isinstance(row, list) or len(row) != len(columns):
            r.fail(f"indicators.{code}", "must list one value per indicator column")
        if not all(v is None or (isinstance(v, int | float) and not isinstance(v, bool)) for v in row):
            r.fail(f"indicators.{code}", "values must be numbers or null")
        indicators[code] = {c: (None if v is None else float(v)) for c, v in zip(columns, row, strict=True)}

    def records(key: str) -> list[dict[str, Any]]:
        return [r.obj(x, f"{key}[{i}]") for i, x in enumerate(r.array(root, key, "", non_empty=False))]

    regions = [
        Region(r.text(o, "code", f"regions[{i}]"), r.text(o, "name", f"regions[{i}]"),
               r.text(o, "province", "", required=False), r.text(o, "kind", "", required=False))
        for i, o in enumerate(records("regions"))
    ]  # fmt: skip
    panels = [
        Panel(
            r.text(o, "id", f"panels[{i}]"),
            r.text(o, "name", f"panels[{i}]"),
            r.text(o, "room", "", required=False),
        )
        for i, o in enumerate(records("panels"))
    ]
    roster = [
        RosterEntry(
            r.text(o, "assessor_id", f"roster[{i}]"),
            r.text(o, "name", f"roster[{i}]", required=False),
            r.text(o, "institution", "", required=False),
            r.text(o, "role", "", required=False),
            r.text(o, "panel", "", required=False),
            r.text(o, "public_key", "", required=False),
        )
        for i, o in enumerate(records("roster"))
    ]
    conflicts = [
        Conflict(r.text(o, "assessor_id", f"conflicts[{i}]"), r.text(o, "region", f"conflicts[{i}]"),
                 r.text(o, "reason", "", required=False))
        for i, o in enumerate(records("conflicts"))
    ]  # fmt: skip
    soft_conflicts = [
        (r.text(o, "institution", f"soft_conflicts[{i}]"), r.text(o, "province", f"soft_conflicts[{i}]"))
        for i, o in enumerate(records("soft_conflicts") if "soft_conflicts" in root else [])
    ]  # absent from drafts saved before soft conflicts were kept
    schedule = [
        Slot(
            r.text(o, "panel", f"schedule[{i}]"),
            r.text(o, "region", f"schedule[{i}]"),
            when(f"schedule[{i}].start", r.text(o, "start", f"schedule[{i}]"), datetime.fromisoformat),
            when(f"schedule[{i}].end", r.text(o, "end", f"schedule[{i}]"), datetime.fromisoformat),
        )
        for i, o in enumerate(records("schedule"))
    ]
    return EventDraft(
        name=r.text(root, "name", "", required=False),
        venue=r.text(root, "venue", "", required=False),
        start_date=when("start_date", r.text(root, "start_date", ""), date.fromisoformat),
        days=r.integer(root, "days", ""),
        slot_minutes=r.integer(root, "slot_minutes", ""),
        gap_minutes=r.integer(root, "gap_minutes", ""),
        day_start=hm("day_start", r.text(root, "day_start", "")),
        day_end=hm("day_end", r.text(root, "day_end", "")),
        lunch=lunch,
        seed=opt_int("seed"),
        rotation=flag("rotation"),
        rubric=None if rubric_raw is None else parse_rubric(rubric_raw, f"{source} (rubric)"),
        rubric_source=r.text(root, "rubric_source", "", required=False),
        regions=regions,
        invited=set(texts("invited")),
        indicator_columns=columns,
        indicators=indicators,
        panels=panels,
        roster=roster,
        confirmed=set(texts("confirmed")),
        revoked_keys=texts("revoked_keys"),
        conflicts=conflicts,
        soft_conflicts=soft_conflicts,
        schedule=schedule,
        schedule_edited=flag("schedule_edited") if "schedule_edited" in root else False,
        event_id=r.text(root, "event_id", "", required=False),
        exported_version=r.integer(root, "exported_version", ""),
        package_sha256=r.text(root, "package_sha256", "", required=False),
    )
