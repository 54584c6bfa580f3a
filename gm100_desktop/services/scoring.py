"""Scoring use cases: set a score or note, finalise, reopen, and read back sheets, progress and history.

Every mutation takes the caller's session (the caller owns the transaction), appends one entry to the
assessor's hash-chained change history, and returns a `ScoreChange` saying exactly what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gm100_desktop.domain.bundle import format_time
from gm100_desktop.domain.event import Slot
from gm100_desktop.domain.history import (
    GENESIS_HASH,
    ChainEntry,
    chain_hash,
    entry_payload,
    first_broken_link,
)
from gm100_desktop.domain.rubric import Criterion, Dimension, Rubric
from gm100_desktop.domain.scoring import check_finalise
from gm100_desktop.errors import (
    ConflictOfInterestError,
    FinaliseIncompleteError,
    NoEventError,
    ReasonRequiredError,
    RegionFinalisedError,
    RegionNotFinalisedError,
    ScoreOutOfRangeError,
    UnknownCriterionError,
    UnknownRegionError,
)
from gm100_desktop.models import tables as t
from gm100_desktop.services.events import now_utc

NOT_STARTED, IN_PROGRESS, FINALISED = t.REGION_STATES


@dataclass(frozen=True)
class RegionInfo:
    row_id: int
    code: str
    name: str
    province: str
    kind: str
    conflict: str | None  # the reason, when this assessor has a conflict of interest with the region


@dataclass(frozen=True)
class AssessorContext:
    """Who is scoring what: resolved once per event, then passed to every call."""

    event_row_id: int
    event_id: str
    event_name: str
    venue: str
    assessor_row_id: int
    assessor_id: str
    assessor_name: str
    panel_row_id: int | None
    panel_name: str
    rubric: Rubric
    criterion_rows: dict[str, int]  # rubric criterion id -> criterion.id
    regions: dict[str, RegionInfo]  # region code -> region


@dataclass(frozen=True)
class ScoreChange:
    """What one mutation changed, so the UI refreshes just that."""

    region_code: str
    criterion_id: str | None
    kind: str  # score, note, region_note, finalise, reopen
    old: str | None
    new: str | None
    state: str
    at: datetime


@dataclass(frozen=True)
class RegionRow:
    code: str
    name: str
    province: str
    kind: str
    slot: Slot | None
    state: str
    scored: int
    criteria: int
    conflict: str | None


@dataclass(frozen=True)
class RegionSheet:
    region: RegionInfo
    state: str
    region_note: str
    scores: dict[str, int | None]
    notes: dict[str, str]
    finalised_at: datetime | None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    criterion_id: str | None
    kind: str
    old: str | None
    new: str | None
    reason: str
    hash: str


def open_context(session: Session) -> AssessorContext:
    """The context of the open event and assessor, or `NoEventError`."""
    ws = session.get(t.Workspace, 1)
    if ws is None or ws.event_id is None or ws.assessor_id is None:
        raise NoEventError()
    event = session.get(t.Event, ws.event_id)
    assessor = session.get(t.Assessor, ws.assessor_id)
    if event is None or assessor is None:
        raise NoEventError()
    panel = session.get(t.Panel, assessor.panel_id) if assessor.panel_id is not None else None
    rubric = load_rubric(session, event.id)
    criterion_rows = dict(
        session.execute(
            select(t.Criterion.uid, t.Criterion.id)
            .join(t.Dimension)
            .join(t.Rubric)
            .where(t.Rubric.event_id == event.id)
        ).all()
    )
    conflicts = dict(
        session.execute(
            select(t.ConflictOfInterest.region_id, t.ConflictOfInterest.reason).where(
                t.ConflictOfInterest.assessor_id == assessor.id
            )
        ).all()
    )
    regions = {
        r.code: RegionInfo(r.id, r.code, r.name, r.province, r.kind, conflicts.get(r.id))
        for r in session.scalars(
            select(t.Region).where(t.Region.event_id == event.id).order_by(t.Region.code)
        )
    }
    return AssessorContext(
        event_row_id=event.id,
        event_id=event.uid,
        event_name=event.name,
        venue=event.venue,
        assessor_row_id=assessor.id,
        assessor_id=assessor.uid,
        assessor_name=assessor.name,
        panel_row_id=assessor.panel_id,
        panel_name=panel.name if panel else "",
        rubric=rubric,
        criterion_rows=criterion_rows,
        regions=regions,
    )


def load_rubric(session: Session, event_row_id: int) -> Rubric:
    """Rebuild the domain rubric from its rows."""
    row = session.scalar(select(t.Rubric).where(t.Rubric.event_id == event_row_id))
    if row is None:
        raise NoEventError()
    return Rubric(
        id=row.uid,
        version=row.version,
        name={"id": row.name_id, "en": row.name_en},
        scale_min=row.scale_min,
        scale_max=row.scale_max,
        scale_labels={s.value: {"id": s.label_id, "en": s.label_en} for s in row.scale_labels},
        dimensions=tuple(
            Dimension(
                id=d.uid,
                name={"id": d.name_id, "en": d.name_en},
                weight=d.weight,
                criteria=tuple(
                    Criterion(
                        id=c.uid,
                        name={"id": c.name_id, "en": c.name_en},
                        description={"id": c.description_id, "en": c.description_en},
                        weight=c.weight,
                        levels={
                            lv.value: {"id": lv.descriptor_id, "en": lv.descriptor_en} for lv in c.levels
                        },
                    )
                    for c in d.criteria
                ),
            )
            for d in row.dimensions
        ),
    )


# ---- reads ----------------------------------------------------------------------------------------------


def panel_slots(session: Session, ctx: AssessorContext) -> list[Slot]:
    """The presentation slots this assessor sits in, in time order.

    With a seating (assessors rotating between panels), those of the panel they sit in when each slot
    starts, over as many panels as the seating gives; without, those of their roster panel.
    """
    query = (
        select(t.ScheduleSlot.starts_at, t.ScheduleSlot.ends_at, t.Region.code, t.Panel.uid)
        .join(t.Region, t.Region.id == t.ScheduleSlot.region_id)
        .join(t.Panel, t.Panel.id == t.ScheduleSlot.panel_id)
        .order_by(t.ScheduleSlot.starts_at, t.Panel.uid)
    )
    seated = session.scalar(select(t.Seat.id).where(t.Seat.event_id == ctx.event_row_id).limit(1))
    if seated is not None:
        query = query.join(
            t.Seat,
            (t.Seat.panel_id == t.ScheduleSlot.panel_id)
            & (t.Seat.starts_at <= t.ScheduleSlot.starts_at)
            & (t.ScheduleSlot.starts_at < t.Seat.ends_at),
        ).where(t.Seat.assessor_id == ctx.assessor_row_id)
    elif ctx.panel_row_id is None:
        return []
    else:
        query = query.where(t.ScheduleSlot.panel_id == ctx.panel_row_id)
    rows = session.execute(query)
    return [Slot(panel_id=p, region_code=code, start=s, end=e) for s, e, code, p in rows]


def region_overview(session: Session, ctx: AssessorContext) -> list[RegionRow]:
    """The regions this assessor scores (their slots', in schedule order) with state and progress.

    Regions outside their slots that they already worked on (a new event version moved them) follow.
    """
    slots = {s.region_code: s for s in panel_slots(session, ctx)}
    states = dict(
        session.execute(
            select(t.RegionState.region_id, t.RegionState.state).where(
                t.RegionState.assessor_id == ctx.assessor_row_id
            )
        ).all()
    )
    scored = dict(
        session.execute(
            select(t.Score.region_id, func.count())
            .where(t.Score.assessor_id == ctx.assessor_row_id, t.Score.value.is_not(None))
            .group_by(t.Score.region_id)
        ).all()
    )
    total = len(ctx.criterion_rows)
    codes = list(slots) if slots else sorted(ctx.regions)
    if slots:
        worked = set(states) | set(scored)
        codes += [c for c, info in sorted(ctx.regions.items()) if c not in slots and info.row_id in worked]
    out = []
    for code in codes:
        info = ctx.regions[code]
        out.append(
            RegionRow(
                code=code,
                name=info.name,
                province=info.province,
                kind=info.kind,
                slot=slots.get(code),
                state=states.get(info.row_id, NOT_STARTED),
                scored=scored.get(info.row_id, 0),
                criteria=total,
                conflict=info.conflict,
            )
        )
    return out


def region_sheet(session: Session, ctx: AssessorContext, code: str) -> RegionSheet:
    """Everything this assessor has entered for one region."""
    info = _region(ctx, code)
    state = session.scalar(
        select(t.RegionState).where(
            t.RegionState.assessor_id == ctx.assessor_row_id, t.RegionState.region_id == info.row_id
        )
    )
    by_row = {row_id: cid for cid, row_id in ctx.criterion_rows.items()}
    scores: dict[str, int | None] = dict.fromkeys(ctx.criterion_rows)
    notes: dict[str, str] = dict.fromkeys(ctx.criterion_rows, "")
    for row in session.scalars(
        select(t.Score).where(t.Score.assessor_id == ctx.assessor_row_id, t.Score.region_id == info.row_id)
    ):
        cid = by_row[row.criterion_id]
        scores[cid] = row.value
        notes[cid] = row.note
    return RegionSheet(
        region=info,
        state=state.state if state else NOT_STARTED,
        region_note=state.note if state else "",
        scores=scores,
        notes=notes,
        finalised_at=state.finalised_at if state else None,
    )


def region_history(session: Session, ctx: AssessorContext, code: str | None = None) -> list[HistoryEntry]:
    """The change history, oldest first; of one region, or of every region when `code` is None."""
    by_row = {row_id: cid for cid, row_id in ctx.criterion_rows.items()}
    query = select(t.Change).where(t.Change.assessor_id == ctx.assessor_row_id).order_by(t.Change.id)
    if code is not None:
        query = query.where(t.Change.region_id == _region(ctx, code).row_id)
    return [
        HistoryEntry(
            at=c.at,
            criterion_id=by_row.get(c.criterion_id) if c.criterion_id is not None else None,
            kind=c.kind,
            old=c.old_value,
            new=c.new_value,
            reason=c.reason,
            hash=c.hash,
        )
        for c in session.scalars(query)
    ]


def history_chain(session: Session, ctx: AssessorContext) -> list[ChainEntry]:
    """The assessor's whole change history, oldest first, as the hash chain covers it."""
    codes = {info.row_id: code for code, info in ctx.regions.items()}
    by_row = {row_id: cid for cid, row_id in ctx.criterion_rows.items()}
    return [
        ChainEntry(
            region=codes[c.region_id],
            criterion=by_row.get(c.criterion_id) if c.criterion_id is not None else None,
            kind=c.kind,
            old=c.old_value,
            new=c.new_value,
            reason=c.reason,
            at=format_time(c.at),
            prev_hash=c.prev_hash,
            hash=c.hash,
        )
        for c in session.scalars(
            select(t.Change).where(t.Change.assessor_id == ctx.assessor_row_id).order_by(t.Change.id)
        )
    ]


def verify_history_chain(session: Session, ctx: AssessorContext) -> bool:
    """True when every history entry's hash covers its content and the entry before it."""
    return first_broken_link(ctx.assessor_id, history_chain(session, ctx)) is None


# ---- mutations ------------------------------------------------------------------------------------------
# Saving is on the hot path of every keystroke that picks a level, so mutations run one combined read and
# SQLite upserts as plain SQL on the driver connection of the caller's transaction (SQLAlchemy began it and
# commits it; Store.transaction turns driver errors into StoreWriteError), instead of loading ORM objects:
# a save is then little more than the durable commit itself (benchmarks/bench_save.py).
# The table and column names here are those of models/tables.py; tests/test_scoring_service.py reads
# everything back through the ORM.


def set_score(
    session: Session,
    ctx: AssessorContext,
    code: str,
    criterion_id: str,
    value: int | None,
    *,
    reason: str = "",
) -> ScoreChange:
    """Set (or clear, with None) one criterion's score."""
    info = _region(ctx, code)
    crit_row = _criterion_row(ctx, criterion_id)
    if value is not None and not ctx.rubric.scale_min <= value <= ctx.rubric.scale_max:
        raise ScoreOutOfRangeError(criterion_id, value, ctx.rubric.scale_min, ctx.rubric.scale_max)
    now = _editable(session, ctx, info, crit_row)
    at = now_utc()
    _upsert_score(session, ctx, info, crit_row, at, value, now.note)
    return _changed(
        session, ctx, info, now, criterion_id, "score", _text(now.value), _text(value), reason, at
    )


def set_note(
    session: Session, ctx: AssessorContext, code: str, criterion_id: str, note: str, *, reason: str = ""
) -> ScoreChange:
    """Set the note of one criterion."""
    info = _region(ctx, code)
    crit_row = _criterion_row(ctx, criterion_id)
    now = _editable(session, ctx, info, crit_row)
    at = now_utc()
    _upsert_score(session, ctx, info, crit_row, at, now.value, note)
    return _changed(session, ctx, info, now, criterion_id, "note", now.note, note, reason, at)


def set_region_note(
    session: Session, ctx: AssessorContext, code: str, note: str, *, reason: str = ""
) -> ScoreChange:
    """Set the assessor's overall note on a region."""
    info = _region(ctx, code)
    now = _editable(session, ctx, info, None)
    at = now_utc()
    state = IN_PROGRESS
    _upsert_state(session, ctx, info, at, state, note)
    return _record(
        session, ctx, info, now.head, None, "region_note", now.region_note, note, reason, at, state
    )


def finalise_region(session: Session, ctx: AssessorContext, code: str) -> ScoreChange:
    """Lock the region's scores: every criterion scored, and a note on every score at an end of the scale."""
    info = _region(ctx, code)
    now = _editable(session, ctx, info, None)
    sheet = region_sheet(session, ctx, code)
    check = check_finalise(ctx.rubric, sheet.scores, sheet.notes)
    if not check.ok:
        raise FinaliseIncompleteError(info.name, list(check.missing), list(check.needs_note))
    at = now_utc()
    _upsert_state(session, ctx, info, at, FINALISED, now.region_note, finalised_at=at)
    return _record(session, ctx, info, now.head, None, "finalise", now.state, FINALISED, "", at, FINALISED)


def reopen_region(session: Session, ctx: AssessorContext, code: str, reason: str) -> ScoreChange:
    """Unlock a finalised region; the reason is kept in the history."""
    info = _region(ctx, code)
    if info.conflict is not None:
        raise ConflictOfInterestError(info.name)
    if not reason.strip():
        raise ReasonRequiredError(info.name)
    now = _read(session, ctx, info, None)
    if now.state != FINALISED:
        raise RegionNotFinalisedError(info.name)
    at = now_utc()
    _upsert_state(session, ctx, info, at, IN_PROGRESS, now.region_note)
    return _record(
        session, ctx, info, now.head, None, "reopen", FINALISED, IN_PROGRESS, reason.strip(), at, IN_PROGRESS
    )


# ---- internals ------------------------------------------------------------------------------------------


def _region(ctx: AssessorContext, code: str) -> RegionInfo:
    info = ctx.regions.get(code)
    if info is None:
        raise UnknownRegionError(code)
    return info


def _criterion_row(ctx: AssessorContext, criterion_id: str) -> int:
    row = ctx.criterion_rows.get(criterion_id)
    if row is None:
        raise UnknownCriterionError(criterion_id)
    return row


@dataclass(frozen=True)
class _Now:
    """What a mutation needs to know before it writes, read in one statement."""

    head: str  # hash of the assessor's newest history entry
    state: str
    region_note: str
    value: int | None
    note: str


_NOW = (
    "SELECT"
    " (SELECT hash FROM change WHERE assessor_id = :assessor ORDER BY id DESC LIMIT 1),"
    " rs.state, rs.note, sc.value, sc.note"
    " FROM (SELECT 1) AS one"
    " LEFT JOIN region_state AS rs ON rs.assessor_id = :assessor AND rs.region_id = :region"
    " LEFT JOIN score AS sc"
    "  ON sc.assessor_id = :assessor AND sc.region_id = :region AND sc.criterion_id = :criterion"
)


def _sql(session: Session, statement: str, params: dict[str, Any]) -> Any:
    """Run one statement on the DB-API connection of the session's transaction (begun by SQLAlchemy)."""
    return session.connection().connection.driver_connection.execute(statement, params)  # type: ignore[union-attr]


def _read(session: Session, ctx: AssessorContext, info: RegionInfo, crit_row: int | None) -> _Now:
    params = {"assessor": ctx.assessor_row_id, "region": info.row_id, "criterion": crit_row}
    head, state, region_note, value, note = _sql(session, _NOW, params).fetchone()
    return _Now(head or GENESIS_HASH, state or NOT_STARTED, region_note or "", value, note or "")


def _editable(session: Session, ctx: AssessorContext, info: RegionInfo, crit_row: int | None) -> _Now:
    """The region's current values, refusing regions with a conflict of interest and finalised ones."""
    if info.conflict is not None:
        raise ConflictOfInterestError(info.name)
    now = _read(session, ctx, info, crit_row)
    if now.state == FINALISED:
        raise RegionFinalisedError(info.name)
    return now


_UPSERT_SCORE = (
    "INSERT INTO score (assessor_id, region_id, criterion_id, value, note, updated_at)"
    " VALUES (:assessor_id, :region_id, :criterion_id, :value, :note, :updated_at)"
    " ON CONFLICT (assessor_id, region_id, criterion_id)"
    " DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at"
)
_UPSERT_STATE = (
    "INSERT INTO region_state (assessor_id, region_id, state, note, finalised_at, updated_at)"
    " VALUES (:assessor_id, :region_id, :state, :note, :finalised_at, :updated_at)"
    " ON CONFLICT (assessor_id, region_id) DO UPDATE SET state = excluded.state, note = excluded.note,"
    " finalised_at = excluded.finalised_at, updated_at = excluded.updated_at"
)
_INSERT_CHANGE = (
    "INSERT INTO change (assessor_id, region_id, criterion_id, kind, old_value, new_value, reason, at,"
    " prev_hash, hash) VALUES (:assessor_id, :region_id, :criterion_id, :kind, :old_value, :new_value,"
    " :reason, :at, :prev_hash, :hash)"
)


def _db_time(at: datetime | None) -> str | None:
    """A time as SQLAlchemy's SQLite DateTime type stores it."""
    return None if at is None else at.strftime("%Y-%m-%d %H:%M:%S.%f")


def _upsert_score(
    session: Session,
    ctx: AssessorContext,
    info: RegionInfo,
    crit_row: int,
    at: datetime,
    value: int | None,
    note: str,
) -> None:
    _sql(
        session,
        _UPSERT_SCORE,
        {
            "assessor_id": ctx.assessor_row_id,
            "region_id": info.row_id,
            "criterion_id": crit_row,
            "value": value,
            "note": note,
            "updated_at": _db_time(at),
        },
    )


def _upsert_state(
    session: Session,
    ctx: AssessorContext,
    info: RegionInfo,
    at: datetime,
    state: str,
    note: str,
    finalised_at: datetime | None = None,
) -> None:
    _sql(
        session,
        _UPSERT_STATE,
        {
            "assessor_id": ctx.assessor_row_id,
            "region_id": info.row_id,
            "state": state,
            "note": note,
            "finalised_at": _db_time(finalised_at),
            "updated_at": _db_time(at),
        },
    )


def _changed(
    session: Session,
    ctx: AssessorContext,
    info: RegionInfo,
    now: _Now,
    criterion_id: str | None,
    kind: str,
    old: str | None,
    new: str | None,
    reason: str,
    at: datetime,
) -> ScoreChange:
    """Record an edit of a criterion; the first edit of a region puts it in progress."""
    if now.state == NOT_STARTED:
        _upsert_state(session, ctx, info, at, IN_PROGRESS, now.region_note)
    return _record(session, ctx, info, now.head, criterion_id, kind, old, new, reason, at, IN_PROGRESS)


def _record(
    session: Session,
    ctx: AssessorContext,
    info: RegionInfo,
    prev: str,
    criterion_id: str | None,
    kind: str,
    old: str | None,
    new: str | None,
    reason: str,
    at: datetime,
    state: str,
) -> ScoreChange:
    """Append a hash-chained history entry; the caller's commit makes it durable with the change itself."""
    payload = entry_payload(ctx.assessor_id, info.code, criterion_id, kind, old, new, reason, format_time(at))
    _sql(
        session,
        _INSERT_CHANGE,
        {
            "assessor_id": ctx.assessor_row_id,
            "region_id": info.row_id,
            "criterion_id": ctx.criterion_rows[criterion_id] if criterion_id is not None else None,
            "kind": kind,
            "old_value": old,
            "new_value": new,
            "reason": reason,
            "at": _db_time(at),
            "prev_hash": prev,
            "hash": chain_hash(prev, payload),
        },
    )
    return ScoreChange(info.code, criterion_id, kind, old, new, state, at)


def _text(value: int | None) -> str | None:
    return None if value is None else str(value)
