"""Installing an event definition into the store and choosing which roster assessor this laptop is."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.errors import EventError
from gm100_desktop.models import tables as t


def now_utc() -> datetime:
    """Naive UTC, as stored."""
    return datetime.now(UTC).replace(tzinfo=None)


def install_event(session: Session, definition: EventDefinition, *, is_demo: bool = False) -> t.Event:
    """Add a new event with its rubric, regions, panels, roster, schedule, seating and conflicts."""
    if session.scalar(select(t.Event).where(t.Event.uid == definition.event_id)) is not None:
        raise EventError(definition.event_id, "event_id", "this event is already installed")
    event = t.Event(
        uid=definition.event_id,
        version=definition.version,
        name=definition.name,
        venue=definition.venue,
        start_date=definition.start_date,
        days=definition.days,
        imported_at=now_utc(),
        is_demo=is_demo,
    )
    event.rubric = rubric_rows(definition.rubric)
    session.add(event)
    session.flush()

    regions = {}
    for g in definition.regions:
        regions[g.code] = t.Region(
            event_id=event.id, code=g.code, name=g.name, province=g.province, kind=g.kind
        )
    panels = {p.id: t.Panel(event_id=event.id, uid=p.id, name=p.name, room=p.room) for p in definition.panels}
    session.add_all([*regions.values(), *panels.values()])
    session.flush()
    assessors = {
        a.assessor_id: t.Assessor(
            event_id=event.id,
            uid=a.assessor_id,
            name=a.name,
            institution=a.institution,
            role=a.role,
            panel_id=panels[a.panel_id].id,
            public_key=a.public_key,
        )
        for a in definition.roster
    }
    session.add_all(assessors.values())
    session.flush()
    session.add_all(
        t.ScheduleSlot(
            event_id=event.id,
            panel_id=panels[s.panel_id].id,
            region_id=regions[s.region_code].id,
            starts_at=s.start,
            ends_at=s.end,
        )
        for s in definition.schedule
    )
    session.add_all(
        t.ConflictOfInterest(
            assessor_id=assessors[c.assessor_id].id, region_id=regions[c.region_code].id, reason=c.reason
        )
        for c in definition.conflicts
    )
    panel_rows = {pid: row.id for pid, row in panels.items()}
    add_seating(session, event.id, definition, panel_rows, {aid: row.id for aid, row in assessors.items()})
    session.flush()
    return event


def add_seating(
    session: Session,
    event_row_id: int,
    definition: EventDefinition,
    panels: dict[str, int],
    assessors: dict[str, int],
) -> None:
    """The event's seating rows (none when everyone stays in their roster panel); ids map to row ids."""
    session.add_all(
        t.Seat(
            event_id=event_row_id,
            assessor_id=assessors[s.assessor_id],
            panel_id=panels[s.panel_id],
            starts_at=s.start,
            ends_at=s.end,
        )
        for s in definition.seating
    )


def rubric_rows(rubric: Rubric) -> t.Rubric:
    return t.Rubric(
        uid=rubric.id,
        version=rubric.version,
        name_id=rubric.name.get("id", ""),
        name_en=rubric.name.get("en", ""),
        scale_min=rubric.scale_min,
        scale_max=rubric.scale_max,
        scale_labels=[
            t.ScaleLabel(value=v, label_id=text.get("id", ""), label_en=text.get("en", ""))
            for v, text in rubric.scale_labels.items()
        ],
        dimensions=[
            t.Dimension(
                uid=d.id,
                name_id=d.name.get("id", ""),
                name_en=d.name.get("en", ""),
                weight=d.weight,
                position=i,
                criteria=[
                    t.Criterion(
                        uid=c.id,
                        name_id=c.name.get("id", ""),
                        name_en=c.name.get("en", ""),
                        description_id=c.description.get("id", ""),
                        description_en=c.description.get("en", ""),
                        weight=c.weight,
                        position=j,
                        levels=[
                            t.Level(
                                value=v, descriptor_id=text.get("id", ""), descriptor_en=text.get("en", "")
                            )
                            for v, text in c.levels.items()
                        ],
                    )
                    for j, c in enumerate(d.criteria)
                ],
            )
            for i, d in enumerate(rubric.dimensions)
        ],
    )


def set_workspace(session: Session, event: t.Event, assessor_uid: str) -> None:
    """Make `event` the open one, scored as roster assessor `assessor_uid`."""
    assessor = session.scalar(
        select(t.Assessor).where(t.Assessor.event_id == event.id, t.Assessor.uid == assessor_uid)
    )
    if assessor is None:
        raise EventError(event.uid, "assessor_id", f'"{assessor_uid}" is not in the roster of this event')
    row = session.get(t.Workspace, 1) or t.Workspace(id=1)
    row.event_id = event.id
    row.assessor_id = assessor.id
    session.add(row)


def has_event(session: Session) -> bool:
    return session.scalar(select(t.Event.id).limit(1)) is not None
