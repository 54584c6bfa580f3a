"""Scoring use cases: set a score or note, finalise, reopen, and read back sheets, progress and history.

Every mutation takes the caller's session (the caller owns the transaction), appends one entry to the
assessor's hash-chained change history, and returns a `ScoreChange` saying exactly what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from gm100_desktop.domain.canonical import canonical_json, sha256_hex
from gm100_desktop.domain.event import Slot
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

GENESIS_HASH = "0" * 64
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
        for r in session.scalars(select(t.Region).where(t.Region.event_id == event.id).order_by(t.Region.code))
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
                        levels={lv.value: {"id": lv.descriptor_id, "en": lv.descriptor_en} for lv in c.levels},
                    )
                    for c in d.criteria
                ),
            )
            for d in row.dimensions
        ),
    )


# ---- reads ----------------------------------------------------------------------------------------------


def panel_slots(session: Session, ctx: AssessorContext) -> list[Slot]:
    """The presentation slots of the assessor's panel, in time order."""
    if ctx.panel_row_id is None:
        return []
    rows = session.execute(
        select(t.ScheduleSlot.starts_at, t.ScheduleSlot.ends_at, t.Region.code, t.Panel.uid)
        .join(t.Region, t.Region.id == t.ScheduleSlot.region_id)
        .join(t.Panel, t.Panel.id == t.ScheduleSlot.panel_id)
        .where(t.ScheduleSlot.panel_id == ctx.panel_row_id)
        .order_by(t.ScheduleSlot.starts_at)
    )
    return [Slot(panel_id=p, region_code=code, start=s, end=e) for s, e, code, p in rows]


def region_overview(session: Session, ctx: AssessorContext) -> list[RegionRow]:
    """The regions this assessor scores (their panel's, in schedule order) with state and progress."""
    slots = {s.region_code: s for s in panel_slots(session, ctx)}
    codes = list(slots) if slots else sorted(ctx.regions)
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
    state = _state_row(session, ctx, info, create=False)
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


def verify_history_chain(session: Session, ctx: AssessorContext) -> bool:
    """True when every history entry's hash covers its content and the entry before it."""
    prev = GENESIS_HASH
    codes = {info.row_id: code for code, info in ctx.regions.items()}
    by_row = {row_id: cid for cid, row_id in ctx.criterion_rows.items()}
    for c in session.scalars(
        select(t.Change).where(t.Change.assessor_id == ctx.assessor_row_id).order_by(t.Change.id)
    ):
        payload = _entry_payload(
            ctx.assessor_id,
            codes[c.region_id],
            by_row.get(c.criterion_id) if c.criterion_id is not None else None,
            c.kind,
            c.old_value,
            c.new_value,
            c.reason,
            c.at,
        )
        if c.prev_hash != prev or c.hash != _chain_hash(prev, payload):
            return False
        prev = c.hash
    return True


# ---- mutations ------------------------------------------------------------------------------------------


def set_score(
    session: Session, ctx: AssessorContext, code: str, criterion_id: str, value: int | None, *, reason: str = ""
) -> ScoreChange:
    """Set (or clear, with None) one criterion's score."""
    info = _region(ctx, code)
    crit_row = _criterion_row(ctx, criterion_id)
    if value is not None and not ctx.rubric.scale_min <= value <= ctx.rubric.scale_max:
        raise ScoreOutOfRangeError(criterion_id, value, ctx.rubric.scale_min, ctx.rubric.scale_max)
    state = _editable_state(session, ctx, info)
    score = _score_row(session, ctx, info, crit_row)
    old = score.value
    at = now_utc()
    score.value = value
    score.updated_at = at
    return _changed(session, ctx, info, state, criterion_id, "score", _text(old), _text(value), reason, at)


def set_note(
    session: Session, ctx: AssessorContext, code: str, criterion_id: str, note: str, *, reason: str = ""
) -> ScoreChange:
    """Set the note of one criterion."""
    info = _region(ctx, code)
    crit_row = _criterion_row(ctx, criterion_id)
    state = _editable_state(session, ctx, info)
    score = _score_row(session, ctx, info, crit_row)
    old = score.note
    at = now_utc()
    score.note = note
    score.updated_at = at
    return _changed(session, ctx, info, state, criterion_id, "note", old, note, reason, at)


def set_region_note(
    session: Session, ctx: AssessorContext, code: str, note: str, *, reason: str = ""
) -> ScoreChange:
    """Set the assessor's overall note on a region."""
    info = _region(ctx, code)
    state = _editable_state(session, ctx, info)
    old = state.note
    at = now_utc()
    state.note = note
    return _changed(session, ctx, info, state, None, "region_note", old, note, reason, at)


def finalise_region(session: Session, ctx: AssessorContext, code: str) -> ScoreChange:
    """Lock the region's scores: every criterion scored, and a note on every score at an end of the scale."""
    info = _region(ctx, code)
    state = _editable_state(session, ctx, info)
    sheet = region_sheet(session, ctx, code)
    check = check_finalise(ctx.rubric, sheet.scores, sheet.notes)
    if not check.ok:
        raise FinaliseIncompleteError(info.name, list(check.missing), list(check.needs_note))
    at = now_utc()
    old = state.state
    state.state = FINALISED
    state.finalised_at = at
    state.updated_at = at
    return _record(session, ctx, info, None, "finalise", old, FINALISED, "", at, FINALISED)


def reopen_region(session: Session, ctx: AssessorContext, code: str, reason: str) -> ScoreChange:
    """Unlock a finalised region; the reason is kept in the history."""
    info = _region(ctx, code)
    if info.conflict is not None:
        raise ConflictOfInterestError(info.name)
    if not reason.strip():
        raise ReasonRequiredError(info.name)
    state = _state_row(session, ctx, info, create=False)
    if state is None or state.state != FINALISED:
        raise RegionNotFinalisedError(info.name)
    at = now_utc()
    state.state = IN_PROGRESS
    state.finalised_at = None
    state.updated_at = at
    return _record(session, ctx, info, None, "reopen", FINALISED, IN_PROGRESS, reason.strip(), at, IN_PROGRESS)


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


# Built once: a save runs these on every click, and building a statement costs more than running it.
_STATE_ROW = select(t.RegionState).where(
    t.RegionState.assessor_id == bindparam("assessor"), t.RegionState.region_id == bindparam("region")
)
_SCORE_ROW = select(t.Score).where(
    t.Score.assessor_id == bindparam("assessor"),
    t.Score.region_id == bindparam("region"),
    t.Score.criterion_id == bindparam("criterion"),
)
_LAST_HASH = (
    select(t.Change.hash)
    .where(t.Change.assessor_id == bindparam("assessor"))
    .order_by(t.Change.id.desc())
    .limit(1)
)


def _state_row(session: Session, ctx: AssessorContext, info: RegionInfo, *, create: bool) -> t.RegionState | None:
    state = session.scalar(_STATE_ROW, {"assessor": ctx.assessor_row_id, "region": info.row_id})
    if state is None and create:
        state = t.RegionState(
            assessor_id=ctx.assessor_row_id, region_id=info.row_id, state=NOT_STARTED, note="", updated_at=now_utc()
        )
        session.add(state)
    return state


def _editable_state(session: Session, ctx: AssessorContext, info: RegionInfo) -> t.RegionState:
    """The region's state row, refusing regions with a conflict of interest and finalised ones."""
    if info.conflict is not None:
        raise ConflictOfInterestError(info.name)
    state = _state_row(session, ctx, info, create=True)
    assert state is not None
    if state.state == FINALISED:
        raise RegionFinalisedError(info.name)
    return state


def _score_row(session: Session, ctx: AssessorContext, info: RegionInfo, crit_row: int) -> t.Score:
    score = session.scalar(
        _SCORE_ROW, {"assessor": ctx.assessor_row_id, "region": info.row_id, "criterion": crit_row}
    )
    if score is None:
        score = t.Score(
            assessor_id=ctx.assessor_row_id, region_id=info.row_id, criterion_id=crit_row, value=None, note=""
        )
        session.add(score)
    return score


def _changed(
    session: Session,
    ctx: AssessorContext,
    info: RegionInfo,
    state: t.RegionState,
    criterion_id: str | None,
    kind: str,
    old: str | None,
    new: str | None,
    reason: str,
    at: datetime,
) -> ScoreChange:
    if state.state == NOT_STARTED:
        state.state = IN_PROGRESS
    state.updated_at = at
    return _record(session, ctx, info, criterion_id, kind, old, new, reason, at, state.state)


def _record(
    session: Session,
    ctx: AssessorContext,
    info: RegionInfo,
    criterion_id: str | None,
    kind: str,
    old: str | None,
    new: str | None,
    reason: str,
    at: datetime,
    state: str,
) -> ScoreChange:
    """Append a hash-chained history entry and flush, so the caller's commit makes it durable."""
    with session.no_autoflush:  # pending score and state rows cannot change the last hash; one flush below
        prev = session.scalar(_LAST_HASH, {"assessor": ctx.assessor_row_id}) or GENESIS_HASH
    payload = _entry_payload(ctx.assessor_id, info.code, criterion_id, kind, old, new, reason, at)
    session.add(
        t.Change(
            assessor_id=ctx.assessor_row_id,
            region_id=info.row_id,
            criterion_id=ctx.criterion_rows[criterion_id] if criterion_id is not None else None,
            kind=kind,
            old_value=old,
            new_value=new,
            reason=reason,
            at=at,
            prev_hash=prev,
            hash=_chain_hash(prev, payload),
        )
    )
    session.flush()
    return ScoreChange(info.code, criterion_id, kind, old, new, state, at)


def _entry_payload(
    assessor: str,
    region: str,
    criterion: str | None,
    kind: str,
    old: str | None,
    new: str | None,
    reason: str,
    at: datetime,
) -> bytes:
    return canonical_json(
        {
            "assessor": assessor,
            "region": region,
            "criterion": criterion,
            "kind": kind,
            "old": old,
            "new": new,
            "reason": reason,
            "at": at.isoformat(timespec="microseconds"),
        }
    )


def _chain_hash(prev: str, payload: bytes) -> str:
    return sha256_hex(prev.encode("ascii") + payload)


def _text(value: int | None) -> str | None:
    return None if value is None else str(value)
