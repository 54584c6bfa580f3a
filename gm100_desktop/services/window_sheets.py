"""What the windows print sheets from: the assessor's stored event and last export, the chair's draft.

The store keeps the imported event in tables, not the package file, so `stored_definition` rebuilds the
`EventDefinition` from them (everything a sheet shows; revoked keys are not stored and stay empty). The
score sheets are printed from the last exported bundle, read back from its file and checked to be the very
file exported, signed, and made for the event and assessor open now, so the paper matches the signed record.
The chair's sheets are of the draft: under the version last signed while the draft is still what was signed,
else under the next version.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gm100_desktop.domain.archive import MAX_ARCHIVE_BYTES
from gm100_desktop.domain.canonical import sha256_hex
from gm100_desktop.domain.event import (
    Conflict,
    EventDefinition,
    Panel,
    Region,
    RosterEntry,
    Seat,
    Slot,
    event_to_dict,
    parse_event,
)
from gm100_desktop.domain.event_draft import EventDraft
from gm100_desktop.domain.event_package import event_json_bytes
from gm100_desktop.domain.history import chain_head
from gm100_desktop.errors import GM100Error, MismatchError, NoEventError, WrongEventError
from gm100_desktop.models import tables as t
from gm100_desktop.services import event_builder as eb
from gm100_desktop.services.bundle_export import last_exports
from gm100_desktop.services.event_draft import to_definition
from gm100_desktop.services.files import read_capped
from gm100_desktop.services.identity import local_identity
from gm100_desktop.services.scoring import AssessorContext, history_chain, load_rubric
from gm100_desktop.services.sheets import AssessorRecord
from gm100_desktop.services.verify import load_bundle


@dataclass(frozen=True)
class LastExport:
    """The newest bundle this laptop exported for the assessor: where it was written, its number and hash."""

    path: Path
    sequence: int
    sha256: str  # of the whole file, as written
    history_head: str  # the change history's last hash when it was exported


@dataclass(frozen=True)
class OwnEvent:
    """The open event as stored, the SHA-256 of its package (None: the demo event) and the last export."""

    definition: EventDefinition
    package_sha256: str | None
    last_export: LastExport | None
    history_head: str  # now; differs from the last export's when scores changed since

    @property
    def changed_since_export(self) -> bool:
        return self.last_export is not None and self.last_export.history_head != self.history_head


def own_event(session: Session, ctx: AssessorContext) -> OwnEvent:
    """What the open assessor's sheets are printed from."""
    event = session.get(t.Event, ctx.event_row_id)
    if event is None:
        raise NoEventError()
    rows = last_exports(session, ctx.assessor_row_id)
    last = (
        LastExport(Path(rows[0].path), rows[0].sequence, rows[0].sha256, rows[0].history_head)
        if rows
        else None
    )
    head = chain_head(history_chain(session, ctx))
    return OwnEvent(stored_definition(session, event.id), event.package_sha256, last, head)


def stored_definition(session: Session, event_row_id: int) -> EventDefinition:
    """The event as the store holds it, in the order it was installed."""
    event = session.get(t.Event, event_row_id)
    if event is None:
        raise NoEventError()
    regions = list(
        session.scalars(select(t.Region).where(t.Region.event_id == event.id).order_by(t.Region.id))
    )
    panels = list(session.scalars(select(t.Panel).where(t.Panel.event_id == event.id).order_by(t.Panel.id)))
    assessors = list(
        session.scalars(select(t.Assessor).where(t.Assessor.event_id == event.id).order_by(t.Assessor.id))
    )
    code = {r.id: r.code for r in regions}
    panel = {p.id: p.uid for p in panels}
    uid = {a.id: a.uid for a in assessors}
    slots = session.scalars(select(t.ScheduleSlot).where(t.ScheduleSlot.event_id == event.id))
    seats = session.scalars(select(t.Seat).where(t.Seat.event_id == event.id))
    conflicts = session.scalars(
        select(t.ConflictOfInterest)
        .join(t.Assessor, t.Assessor.id == t.ConflictOfInterest.assessor_id)
        .where(t.Assessor.event_id == event.id)
        .order_by(t.ConflictOfInterest.id)
    )
    return EventDefinition(
        event_id=event.uid,
        version=event.version,
        name=event.name,
        venue=event.venue,
        start_date=event.start_date,
        days=event.days,
        rubric=load_rubric(session, event.id),
        regions=tuple(Region(r.code, r.name, r.province, r.kind) for r in regions),
        panels=tuple(Panel(p.uid, p.name, p.room) for p in panels),
        schedule=tuple(
            sorted(
                (Slot(panel[s.panel_id], code[s.region_id], s.starts_at, s.ends_at) for s in slots),
                key=lambda s: (s.start, s.panel_id),
            )
        ),
        roster=tuple(
            RosterEntry(
                a.uid,
                a.name,
                a.institution,
                a.role,
                panel.get(a.panel_id, "") if a.panel_id is not None else "",
                a.public_key,
            )
            for a in assessors
        ),
        conflicts=tuple(Conflict(uid[c.assessor_id], code[c.region_id], c.reason) for c in conflicts),
        seating=tuple(
            sorted(
                (Seat(panel[s.panel_id], uid[s.assessor_id], s.starts_at, s.ends_at) for s in seats),
                key=lambda s: (s.start, s.panel_id, s.assessor_id, s.end),
            )
        ),
    )


def own_record(event: OwnEvent, export: LastExport, assessor_id: str) -> AssessorRecord:
    """The exported bundle read back and verified: the same file, its signature, this event and assessor.

    Raises a `GM100Error` naming the file (gone, changed since, or made for another event version).
    """
    name, definition = str(export.path), event.definition
    bundle = load_bundle(export.path)  # signature, archive and format: the checks the chair will make
    if sha256_hex(read_capped(export.path, MAX_ARCHIVE_BYTES)) != export.sha256:
        raise MismatchError(
            name, f"this is not the file exported as number {export.sequence}: it has changed"
        )
    c = bundle.content
    if c.event_id != definition.event_id or c.event_package_sha256 != event.package_sha256:
        raise WrongEventError(
            name,
            f'version {c.event_version} of event "{c.event_id}"',
            f'version {definition.version} of event "{definition.event_id}" open now; export again',
        )
    if c.assessor_id != assessor_id:
        raise MismatchError(name, f"it holds the scores of {c.assessor_id}, not of {assessor_id}")
    return AssessorRecord.of(bundle)


def only_assessor(definition: EventDefinition, assessor_id: str) -> EventDefinition:
    """The event with only this assessor in the roster and the seating: blank sheets for them alone."""
    return dataclasses.replace(
        definition,
        roster=tuple(a for a in definition.roster if a.assessor_id == assessor_id),
        seating=tuple(s for s in definition.seating if s.assessor_id == assessor_id),
    )


def chair_definition(draft: EventDraft) -> tuple[EventDefinition, bool]:
    """The draft's event, and whether it is exactly the package last signed (then under that version).

    Raises `EventPlanError` while the draft has problems.
    """
    event_id = draft.event_id or eb.event_id_for(draft.name, draft.start_date)
    if draft.exported_version and draft.package_sha256:
        signed = to_definition(draft, draft.exported_version, event_id)
        try:
            chair = local_identity("chair")
        except GM100Error:
            chair = None
        if chair is not None:
            canonical = parse_event(event_to_dict(signed), "event")  # as build_event_package signs it
            if sha256_hex(event_json_bytes(canonical, chair.public_key, chair.name)) == draft.package_sha256:
                return signed, True
    return to_definition(draft, draft.exported_version + 1, event_id), False
