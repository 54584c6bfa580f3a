"""Exporting the open event's scores as a signed score bundle, with a sequence number that only grows.

The sequence is taken and recorded in the store in the same transaction that reads the scores, before the
file is written; a failed write therefore skips a number but never reuses one. The last sequence is also kept
beside the identity (identity/export_sequences.json), so restoring an older backup of the store does not
make the numbers start again. The file itself is written atomically, so a killed export leaves either no
file or the whole file under the final name.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gm100_desktop import __version__
from gm100_desktop.domain.bundle import (
    BundleContent,
    BundleRegion,
    BundleScore,
    ScoreBundle,
    build_bundle,
    format_time,
    read_bundle,
)
from gm100_desktop.domain.canonical import sha256_hex
from gm100_desktop.domain.history import chain_head
from gm100_desktop.domain.minisign import PublicKey, parse_public_key
from gm100_desktop.errors import DemoEventExportError, ExportWriteError, NoEventError, RosterKeyMismatchError
from gm100_desktop.models import tables as t
from gm100_desktop.models.store import Store
from gm100_desktop.services.events import now_utc
from gm100_desktop.services.files import write_atomic
from gm100_desktop.services.identity import UnlockedIdentity, identity_dir
from gm100_desktop.services.scoring import AssessorContext, history_chain, open_context

log = logging.getLogger(__name__)

BUNDLE_SUFFIX = ".gm100bundle"


def sequence_file() -> Path:
    """Where the last export sequence per event, assessor and key is kept beside the identity."""
    return identity_dir() / "export_sequences.json"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    sha256: str  # of the written file
    size: int
    bundle: ScoreBundle


def default_bundle_name(event_id: str, assessor_id: str, sequence: int) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in f"{event_id}-{assessor_id}")
    return f"{safe}-{sequence:04d}{BUNDLE_SUFFIX}"


def export_bundle(store: Store, identity: UnlockedIdentity, out: Path) -> ExportResult:
    """Sign the open event's scores and write them to `out` (a file, or a folder to put the file in)."""
    with store.transaction() as session:
        ctx = open_context(session)
        event = session.get(t.Event, ctx.event_row_id)
        if event is None:
            raise NoEventError()
        if event.is_demo or event.package_sha256 is None:
            raise DemoEventExportError()
        check_roster_key(session, ctx, identity.public_key)
        floor_key = f"{ctx.event_id}/{ctx.assessor_id}/{identity.public_key.key_id_hex}"
        sequence = max(next_sequence(session, ctx.assessor_row_id), _sequence_floor(floor_key) + 1)
        content = bundle_content(session, ctx, identity.public_key, sequence, now_utc())
        data = build_bundle(content, identity.secret)
        target = out / default_bundle_name(ctx.event_id, ctx.assessor_id, sequence) if out.is_dir() else out
        bundle = read_bundle(data, target.name)  # the same checks the chair will make
        digest = sha256_hex(data)
        session.add(
            t.BundleExport(
                assessor_id=ctx.assessor_row_id,
                sequence=sequence,
                path=str(target),
                sha256=digest,
                history_head=content.history_head,
                created_at=now_utc(),
            )
        )
    _raise_sequence_floor(floor_key, sequence)
    write_atomic(target, data)
    return ExportResult(target, sequence, digest, len(data), bundle)


def check_roster_key(session: Session, ctx: AssessorContext, key: PublicKey) -> None:
    """The chair's roster key for this assessor, when there is one, must be the key that signs."""
    row = session.get(t.Assessor, ctx.assessor_row_id)
    if row is None or not row.public_key:
        return
    registered = parse_public_key(row.public_key, "roster")
    if registered != key:
        raise RosterKeyMismatchError(ctx.assessor_id, registered.key_id_hex, key.key_id_hex)


def next_sequence(session: Session, assessor_row_id: int) -> int:
    last = session.scalar(
        select(func.max(t.BundleExport.sequence)).where(t.BundleExport.assessor_id == assessor_row_id)
    )
    return (last or 0) + 1


def _sequence_floor(key: str) -> int:
    try:
        value = json.loads(sequence_file().read_text(encoding="utf-8")).get(key, 0)
    except (OSError, ValueError, AttributeError):
        return 0
    return value if isinstance(value, int) else 0


def _raise_sequence_floor(key: str, sequence: int) -> None:
    path = sequence_file()
    try:
        floors = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(floors, dict):
            floors = {}
    except (OSError, ValueError):
        floors = {}
    floors[key] = max(sequence, floors.get(key, 0) if isinstance(floors.get(key), int) else 0)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, json.dumps(floors, indent=1, sort_keys=True).encode("utf-8"))
    except (OSError, ExportWriteError) as exc:  # a second safety net only: the store already holds the number
        log.warning("could not record export sequence %s in %s: %s", sequence, path, exc)


def last_exports(session: Session, assessor_row_id: int) -> list[t.BundleExport]:
    """This assessor's exports, newest first."""
    return list(
        session.scalars(
            select(t.BundleExport)
            .where(t.BundleExport.assessor_id == assessor_row_id)
            .order_by(t.BundleExport.sequence.desc())
        )
    )


def bundle_content(
    session: Session, ctx: AssessorContext, key: PublicKey, sequence: int, created_at: datetime
) -> BundleContent:
    """Everything the assessor has entered for the open event, as bundle content."""
    event = session.get(t.Event, ctx.event_row_id)
    assert event is not None and event.package_sha256 is not None
    by_row = {row_id: cid for cid, row_id in ctx.criterion_rows.items()}
    states = {
        row.region_id: row
        for row in session.scalars(
            select(t.RegionState).where(t.RegionState.assessor_id == ctx.assessor_row_id)
        )
    }
    order = {c.id: i for i, c in enumerate(ctx.rubric.criteria())}
    scores: dict[int, list[BundleScore]] = {}
    for row in session.scalars(select(t.Score).where(t.Score.assessor_id == ctx.assessor_row_id)):
        scores.setdefault(row.region_id, []).append(
            BundleScore(by_row[row.criterion_id], row.value, row.note, format_time(row.updated_at))
        )
    regions = []
    for code in sorted(ctx.regions):
        info = ctx.regions[code]
        state = states.get(info.row_id)
        regions.append(
            BundleRegion(
                code=code,
                state=state.state if state else "not_started",
                note=state.note if state else "",
                finalised_at=format_time(state.finalised_at) if state and state.finalised_at else None,
                scores=tuple(sorted(scores.get(info.row_id, []), key=lambda s: order[s.criterion])),
            )
        )
    history = history_chain(session, ctx)
    rubric = ctx.rubric
    return BundleContent(
        app_version=__version__,
        created_at=format_time(created_at),
        sequence=sequence,
        event_id=ctx.event_id,
        event_version=event.version,
        event_package_sha256=event.package_sha256,
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        rubric_sha256=rubric.digest(),
        scale_min=rubric.scale_min,
        scale_max=rubric.scale_max,
        criteria=tuple(c.id for c in rubric.criteria()),
        assessor_id=ctx.assessor_id,
        assessor_name=ctx.assessor_name,
        key_id=key.key_id_hex,
        public_key=key.to_base64(),
        regions=tuple(regions),
        history=tuple(history),
        history_head=chain_head(history),
    )
