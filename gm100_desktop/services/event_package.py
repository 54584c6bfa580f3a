"""Event packages on disk: the chair writes one (signed), an assessor imports it into the store.

Importing is two steps so the person can confirm the chair's key id first: `plan_event_import` checks
everything and says what will happen (install, upgrade to a newer version keeping every score, or nothing
to do) and which roster assessor this laptop will score as; `import_event_package` then applies the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from gm100_desktop.domain.archive import MAX_ARCHIVE_BYTES
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.event_package import EventPackage, build_event_package, read_event_package
from gm100_desktop.domain.minisign import PublicKey, parse_public_key
from gm100_desktop.domain.rubric import Rubric
from gm100_desktop.errors import (
    AssessorChoiceError,
    ChairKeyChangedError,
    EventImportError,
    EventVersionConflictError,
    OlderEventVersionError,
    RosterKeyMismatchError,
)
from gm100_desktop.models import tables as t
from gm100_desktop.services.events import (
    add_seating,
    install_event,
    now_utc,
    rubric_rows,  # the same rows a new install gets
    set_workspace,
)
from gm100_desktop.services.files import read_capped, write_atomic
from gm100_desktop.services.identity import UnlockedIdentity
from gm100_desktop.services.scoring import load_rubric

INSTALL, UPGRADE, SAME = "install", "upgrade", "same"


def write_event_package(definition: EventDefinition, chair: UnlockedIdentity, out: Path) -> EventPackage:
    """Sign `definition` with the chair's key and write the package atomically; returns it as read back."""
    data = build_event_package(definition, chair.secret, chair.identity.name)
    package = read_event_package(data, out.name)  # the same checks every assessor's laptop will make
    write_atomic(out, data)
    return package


def load_event_package(path: Path) -> EventPackage:
    """Read and verify an event package file; any problem is a `GM100Error` naming the file."""
    return read_event_package(read_capped(path, MAX_ARCHIVE_BYTES), str(path))


@dataclass(frozen=True)
class ImportPlan:
    package: EventPackage
    source: str
    action: str  # INSTALL, UPGRADE or SAME
    installed_version: int | None
    assessor_id: str  # the roster assessor this laptop scores as
    bound_by_key: bool  # True when the local identity's key chose the assessor
    scores_kept: int  # scores already given for this event, all of which stay


def plan_event_import(
    session: Session,
    package: EventPackage,
    *,
    source: str,
    local_key: PublicKey | None,
    as_assessor: str | None = None,
    accept_new_chair_key: bool = False,
) -> ImportPlan:
    """Check that `package` can be installed and decide the assessor; raises a `GM100Error` if it cannot."""
    d = package.definition
    existing = session.scalar(select(t.Event).where(t.Event.uid == d.event_id))
    action = INSTALL
    installed_version = None
    kept_assessor: str | None = None
    scores = 0
    if existing is not None:
        installed_version = existing.version
        if existing.package_sha256 is None:
            raise EventImportError(
                file=source, reason=f'an unsigned event with the id "{d.event_id}" is installed'
            )
        if d.version < existing.version:
            raise OlderEventVersionError(source, d.event_id, d.version, existing.version)
        if d.version == existing.version:
            if package.sha256 != existing.package_sha256:
                raise EventVersionConflictError(source, d.event_id, d.version)
            action = SAME
        else:
            action = UPGRADE
        if existing.chair_key_id != package.chair_key.key_id_hex and not accept_new_chair_key:
            raise ChairKeyChangedError(source, package.chair_key.key_id_hex, existing.chair_key_id or "-")
        if action == UPGRADE:
            _check_upgrade(session, existing, d, source)
        kept_assessor = _bound_assessor(session, existing)
        scores = (
            session.scalar(
                select(func.count())
                .select_from(t.Score)
                .join(t.Assessor, t.Assessor.id == t.Score.assessor_id)
                .where(t.Assessor.event_id == existing.id, t.Score.value.is_not(None))
            )
            or 0
        )
    assessor, by_key = _choose_assessor(d, local_key, as_assessor or kept_assessor, source)
    return ImportPlan(package, source, action, installed_version, assessor, by_key, scores)


def import_event_package(session: Session, plan: ImportPlan) -> t.Event:
    """Apply a plan made in this session: install or upgrade the event, open it as the chosen assessor."""
    d = plan.package.definition
    if plan.action == INSTALL:
        event = install_event(session, d)
    else:
        found = session.scalar(select(t.Event).where(t.Event.uid == d.event_id))
        assert found is not None
        event = found
        if plan.action == UPGRADE:
            _upgrade_event(session, event, d)
    event.package_sha256 = plan.package.sha256
    event.chair_key_id = plan.package.chair_key.key_id_hex
    session.flush()
    set_workspace(session, event, plan.assessor_id)
    session.flush()
    return event


# ---- choosing the assessor --------------------------------------------------------------------------------


def _bound_assessor(session: Session, event: t.Event) -> str | None:
    ws = session.get(t.Workspace, 1)
    if ws is None or ws.event_id != event.id or ws.assessor_id is None:
        return None
    row = session.get(t.Assessor, ws.assessor_id)
    return row.uid if row is not None else None


def _choose_assessor(
    d: EventDefinition, local_key: PublicKey | None, wanted: str | None, source: str
) -> tuple[str, bool]:
    roster = [a.assessor_id for a in d.roster]
    if wanted is not None:
        entry = next((a for a in d.roster if a.assessor_id == wanted), None)
        if entry is None:
            raise EventImportError(file=source, reason=f'"{wanted}" is not in the roster of this event')
        if entry.public_key and local_key is not None and entry.public_key != local_key.to_base64():
            raise RosterKeyMismatchError(wanted, _key_id(entry.public_key), local_key.key_id_hex)
        return wanted, False
    if local_key is None:
        raise AssessorChoiceError("there is no assessor identity on this computer.", roster)
    matches = [a.assessor_id for a in d.roster if a.public_key == local_key.to_base64()]
    if len(matches) == 1:
        return matches[0], True
    raise AssessorChoiceError(f"your key {local_key.key_id_hex} is not in the roster.", roster)


def _key_id(public_key: str) -> str:
    return parse_public_key(public_key, "roster").key_id_hex


# ---- upgrading to a newer version, keeping every score ----------------------------------------------------


_WORK = {
    "region": (t.Score.region_id, t.RegionState.region_id, t.Change.region_id),
    "assessor": (
        t.Score.assessor_id,
        t.RegionState.assessor_id,
        t.Change.assessor_id,
        t.BundleExport.assessor_id,
    ),
    "criterion": (t.Score.criterion_id, t.Change.criterion_id),
}


def _has_work(session: Session, kind: str, ids: list[int]) -> bool:
    """True when any score, region state, history entry or export refers to one of these rows."""
    return bool(ids) and any(
        session.scalar(select(func.count(col)).where(col.in_(ids))) for col in _WORK[kind]
    )


def _same_shape(old: Rubric, new: Rubric) -> bool:
    """Same scale and the same criteria in the same dimensions: scores keep their meaning."""

    def shape(r: Rubric) -> tuple[object, ...]:
        return (
            r.scale_min,
            r.scale_max,
            tuple((d.id, tuple(c.id for c in d.criteria)) for d in r.dimensions),
        )

    return shape(old) == shape(new)


def _check_upgrade(session: Session, event: t.Event, d: EventDefinition, source: str) -> None:
    old_rubric = load_rubric(session, event.id)
    if old_rubric.digest() != d.rubric.digest() and not _same_shape(old_rubric, d.rubric):
        criteria = list(
            session.scalars(
                select(t.Criterion.id).join(t.Dimension).join(t.Rubric).where(t.Rubric.event_id == event.id)
            )
        )
        if _has_work(session, "criterion", criteria):
            raise EventImportError(
                file=source, reason="the new version changes the rubric's criteria or scale, and scores exist"
            )
    codes = {g.code for g in d.regions}
    gone = list(
        session.scalars(select(t.Region.id).where(t.Region.event_id == event.id, t.Region.code.not_in(codes)))
    )
    if _has_work(session, "region", gone):
        raise EventImportError(file=source, reason="the new version drops a region that already has scores")
    ids = {a.assessor_id for a in d.roster}
    dropped = list(
        session.scalars(
            select(t.Assessor.id).where(t.Assessor.event_id == event.id, t.Assessor.uid.not_in(ids))
        )
    )
    if _has_work(session, "assessor", dropped):
        raise EventImportError(file=source, reason="the new version drops an assessor who already has scores")


def _upgrade_event(session: Session, event: t.Event, d: EventDefinition) -> None:
    """Update the event in place: same rows for regions, assessors and criteria, so scores stay attached."""
    event.version = d.version
    event.name = d.name
    event.venue = d.venue
    event.start_date = d.start_date
    event.days = d.days
    event.imported_at = now_utc()
    session.execute(delete(t.ScheduleSlot).where(t.ScheduleSlot.event_id == event.id))
    session.execute(delete(t.Seat).where(t.Seat.event_id == event.id))
    assessor_ids = select(t.Assessor.id).where(t.Assessor.event_id == event.id)
    session.execute(delete(t.ConflictOfInterest).where(t.ConflictOfInterest.assessor_id.in_(assessor_ids)))
    _upgrade_rubric(session, event, d.rubric)

    regions = {r.code: r for r in session.scalars(select(t.Region).where(t.Region.event_id == event.id))}
    for g in d.regions:
        row = regions.pop(g.code, None) or t.Region(event_id=event.id, code=g.code)
        row.name, row.province, row.kind = g.name, g.province, g.kind
        session.add(row)
    panels = {p.uid: p for p in session.scalars(select(t.Panel).where(t.Panel.event_id == event.id))}
    for p in d.panels:
        panel = panels.pop(p.id, None) or t.Panel(event_id=event.id, uid=p.id)
        panel.name, panel.room = p.name, p.room
        session.add(panel)
    session.flush()
    panel_rows = {p.uid: p.id for p in session.scalars(select(t.Panel).where(t.Panel.event_id == event.id))}
    assessors = {a.uid: a for a in session.scalars(select(t.Assessor).where(t.Assessor.event_id == event.id))}
    for a in d.roster:
        assessor = assessors.pop(a.assessor_id, None) or t.Assessor(event_id=event.id, uid=a.assessor_id)
        assessor.name, assessor.institution, assessor.role = a.name, a.institution, a.role
        assessor.panel_id = panel_rows[a.panel_id]
        assessor.public_key = a.public_key
        session.add(assessor)
    for gone in [*regions.values(), *assessors.values()]:
        session.delete(gone)
    session.flush()
    for gone_panel in panels.values():
        session.delete(gone_panel)
    session.flush()

    region_rows = {
        r.code: r.id for r in session.scalars(select(t.Region).where(t.Region.event_id == event.id))
    }
    assessor_rows = {
        a.uid: a.id for a in session.scalars(select(t.Assessor).where(t.Assessor.event_id == event.id))
    }
    session.add_all(
        t.ScheduleSlot(
            event_id=event.id,
            panel_id=panel_rows[s.panel_id],
            region_id=region_rows[s.region_code],
            starts_at=s.start,
            ends_at=s.end,
        )
        for s in d.schedule
    )
    session.add_all(
        t.ConflictOfInterest(
            assessor_id=assessor_rows[c.assessor_id], region_id=region_rows[c.region_code], reason=c.reason
        )
        for c in d.conflicts
    )
    add_seating(session, event.id, d, panel_rows, assessor_rows)
    session.flush()


def _upgrade_rubric(session: Session, event: t.Event, rubric: Rubric) -> None:
    old = load_rubric(session, event.id)
    if old.digest() == rubric.digest():
        return
    row = session.scalar(select(t.Rubric).where(t.Rubric.event_id == event.id))
    assert row is not None
    if not _same_shape(old, rubric):
        # Only reached when no score uses the old criteria (checked by the plan): replace the rubric.
        session.delete(row)
        session.flush()
        event.rubric = rubric_rows(rubric)
        session.flush()
        return
    row.uid, row.version = rubric.id, rubric.version
    row.name_id, row.name_en = rubric.name.get("id", ""), rubric.name.get("en", "")
    for label in list(row.scale_labels):
        session.delete(label)
    session.flush()
    row.scale_labels = [
        t.ScaleLabel(value=v, label_id=text.get("id", ""), label_en=text.get("en", ""))
        for v, text in rubric.scale_labels.items()
    ]
    dims = {dim.uid: dim for dim in row.dimensions}
    for i, dim in enumerate(rubric.dimensions):
        drow = dims[dim.id]
        drow.name_id, drow.name_en, drow.weight, drow.position = dim.name["id"], dim.name["en"], dim.weight, i
        crits = {c.uid: c for c in drow.criteria}
        for j, crit in enumerate(dim.criteria):
            crow = crits[crit.id]
            crow.name_id, crow.name_en = crit.name["id"], crit.name["en"]
            crow.description_id, crow.description_en = crit.description["id"], crit.description["en"]
            crow.weight, crow.position = crit.weight, j
            levels = {lv.value: lv for lv in crow.levels}
            for value, text in crit.levels.items():
                levels[value].descriptor_id = text.get("id", "")
                levels[value].descriptor_en = text.get("en", "")
    session.flush()
