"""Score bundles: what an export holds, its growing sequence, atomic writing, and detectable rewrites."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from signing_support import (
    CHEAP_KDF_N,
    PASSPHRASE,
    Signed,
    event_definition,
    score_some,
)
from sqlalchemy import select

from gm100_desktop import paths
from gm100_desktop.domain.bundle import build_bundle, compare_bundle_histories, read_bundle
from gm100_desktop.domain.canonical import canonical_json, sha256_hex
from gm100_desktop.domain.history import GENESIS_HASH, ChainEntry, entry_hash
from gm100_desktop.errors import (
    BundleError,
    DemoEventExportError,
    ExportWriteError,
    MismatchError,
    RosterKeyMismatchError,
    WrongEventError,
)
from gm100_desktop.models import tables as t
from gm100_desktop.models.store import Store, backup_store, open_store, restore_backup
from gm100_desktop.services import event_package as ep
from gm100_desktop.services import scoring
from gm100_desktop.services.bundle_export import bundle_content, export_bundle
from gm100_desktop.services.identity import create_identity, unlock_identity
from gm100_desktop.services.verify import load_bundle, verify_files

pytestmark = pytest.mark.usefixtures("cheap_keys")


def test_bundle_holds_every_score_note_state_and_the_history(signed: Signed, tmp_path: Path) -> None:
    ctx = signed.context()
    score_some(signed.store, ctx)
    result = export_bundle(signed.store, signed.me, tmp_path / "out.gm100bundle")

    bundle = load_bundle(result.path, ep.load_event_package(signed.event_file))
    c = bundle.content
    assert (c.event_id, c.assessor_id, c.sequence) == ("gm100-2019-test", "A01", 1)
    assert c.key_id == signed.me.public_key.key_id_hex and bundle.roster_key_matches is True
    assert c.event_package_sha256 == ep.load_event_package(signed.event_file).sha256
    assert c.rubric_sha256 == signed.definition.rubric.digest() and (c.scale_min, c.scale_max) == (1, 5)
    regions = {g.code: g for g in c.regions}
    assert set(regions) == {g.code for g in signed.definition.regions}  # every region, started or not
    with signed.store.transaction() as s:
        for code, region in regions.items():
            sheet = scoring.region_sheet(s, ctx, code)
            assert region.state == sheet.state and region.note == sheet.region_note
            for score in region.scores:
                assert score.value == sheet.scores[score.criterion]
                assert score.note == sheet.notes[score.criterion]
        history = scoring.region_history(s, ctx)
    assert regions["35.10"].state == "finalised" and regions["35.10"].finalised_at is not None
    assert regions["36.74"].state == "in_progress" and regions["34.04"].state == "not_started"
    assert [(s.criterion, s.value) for s in regions["73.71"].scores] == [("SUP1", None)]
    assert [h.hash for h in c.history] == [h.hash for h in history]
    assert c.history_head == history[-1].hash
    assert result.sha256 == sha256_hex(result.path.read_bytes())


def test_bundle_json_is_canonical_and_the_archive_is_deterministic(signed: Signed, tmp_path: Path) -> None:
    ctx = signed.context()
    score_some(signed.store, ctx)
    result = export_bundle(signed.store, signed.me, tmp_path / "b.gm100bundle")
    with zipfile.ZipFile(result.path) as z:
        assert z.namelist() == ["assessor.pub", "bundle.json", "bundle.json.minisig"]
        body = z.read("bundle.json")
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in z.infolist())
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in z.infolist())
    assert body == canonical_json(json.loads(body))
    assert b"\n" not in body and b": " not in body
    # Same content and key: the same bytes (Ed25519 signatures are deterministic too).
    again = build_bundle(result.bundle.content, signed.me.secret)
    assert again == result.path.read_bytes()


def test_sequence_strictly_grows_and_survives_reopening_the_store(signed: Signed, tmp_path: Path) -> None:
    ctx = signed.context()
    first = export_bundle(signed.store, signed.me, tmp_path)
    with signed.store.transaction() as s:
        scoring.set_score(s, ctx, "36.74", "VIS1", 4)
    second = export_bundle(signed.store, signed.me, tmp_path)
    signed.store.close()

    signed.store = open_store(paths.store_path())
    third = export_bundle(signed.store, signed.me, tmp_path)
    assert [first.sequence, second.sequence, third.sequence] == [1, 2, 3]
    assert first.path.name.endswith("-0001.gm100bundle") and third.path.name.endswith("-0003.gm100bundle")
    with signed.store.transaction() as s:
        rows = s.scalars(select(t.BundleExport).order_by(t.BundleExport.sequence)).all()
        assert [(r.sequence, r.sha256) for r in rows] == [
            (1, first.sha256),
            (2, second.sha256),
            (3, third.sha256),
        ]
    verdicts = verify_files([third.path, first.path, second.path])
    assert all(v.valid for v in verdicts), [v.reason for v in verdicts]


def test_restoring_an_older_backup_does_not_reuse_a_sequence_number(signed: Signed, tmp_path: Path) -> None:
    store_file = paths.store_path()
    before_exports = backup_store(store_file, paths.backups_dir(), label="test")
    export_bundle(signed.store, signed.me, tmp_path)
    export_bundle(signed.store, signed.me, tmp_path)
    signed.store.close()
    restore_backup(store_file, before_exports)
    signed.store = open_store(store_file)
    with signed.store.transaction() as s:
        assert s.scalar(select(t.BundleExport.id)) is None
    assert export_bundle(signed.store, signed.me, tmp_path).sequence == 3


def test_killed_export_leaves_no_file_under_the_final_name(
    signed: Signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    target = out / "rina.gm100bundle"

    def power_cut(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(ExportWriteError) as caught:
        export_bundle(signed.store, signed.me, target)
    assert str(target) in caught.value.message
    assert list(out.iterdir()) == []  # neither the final file nor a temporary one

    monkeypatch.undo()
    monkeypatch.setenv("GM100_KDF_N", CHEAP_KDF_N)
    done = export_bundle(signed.store, signed.me, target)
    assert done.sequence == 2  # the failed attempt's number is skipped, never reused
    assert [p.name for p in out.iterdir()] == ["rina.gm100bundle"]


def test_an_existing_bundle_is_replaced_whole_or_not_at_all(
    signed: Signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rina.gm100bundle"
    first = export_bundle(signed.store, signed.me, target)
    before = target.read_bytes()
    real_write = os.write

    def disk_full(fd: int, data: object) -> int:
        if len(memoryview(data)) > 100:  # type: ignore[arg-type]
            real_write(fd, bytes(memoryview(data)[:100]))  # type: ignore[arg-type]
            raise OSError(28, "No space left on device")
        return real_write(fd, data)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "write", disk_full)
    with pytest.raises(ExportWriteError, match="No space left"):
        export_bundle(signed.store, signed.me, target)
    assert target.read_bytes() == before and first.sequence == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_demo_event_cannot_be_exported(store: Store) -> None:
    me = create_identity(
        paths.data_dir() / "identity" / "assessor.gm100key",
        role="assessor",
        name="Rina",
        passphrase=PASSPHRASE,
    )
    with pytest.raises(DemoEventExportError, match="demo event"):
        export_bundle(store, me, paths.data_dir())


def test_export_with_a_key_the_chair_did_not_register_is_refused(signed: Signed, tmp_path: Path) -> None:
    stranger = create_identity(tmp_path / "other.gm100key", role="assessor", name="X", passphrase=PASSPHRASE)
    with pytest.raises(RosterKeyMismatchError) as caught:
        export_bundle(signed.store, stranger, tmp_path)
    assert signed.me.public_key.key_id_hex in caught.value.message
    assert list(tmp_path.glob("*.gm100bundle")) == []


def test_bundle_is_checked_against_the_exact_event_package(signed: Signed, tmp_path: Path) -> None:
    result = export_bundle(signed.store, signed.me, tmp_path)
    data = result.path.read_bytes()
    v1 = ep.load_event_package(signed.event_file)
    assert read_bundle(data, "b", v1).roster_key_matches

    v2_file = tmp_path / "v2.gm100event"
    ep.write_event_package(event_definition({"A01": signed.me.public_key}, version=2), signed.chair, v2_file)
    with pytest.raises(WrongEventError, match="version 1"):
        read_bundle(data, "b", ep.load_event_package(v2_file))

    other_file = tmp_path / "other.gm100event"
    ep.write_event_package(
        event_definition({"A01": signed.me.public_key}, event_id="another-event"), signed.chair, other_file
    )
    [event_verdict, bundle_verdict] = verify_files([other_file, result.path])
    assert event_verdict.valid and not bundle_verdict.valid
    assert 'belongs to event "gm100-2019-test"' in bundle_verdict.reason

    # The same bundle, with the roster of the event naming another key for A01, is refused.
    stranger = create_identity(tmp_path / "s.gm100key", role="assessor", name="S", passphrase=PASSPHRASE)
    swapped = tmp_path / "swapped.gm100event"
    ep.write_event_package(event_definition({"A01": stranger.public_key}), signed.chair, swapped)
    with pytest.raises((MismatchError, WrongEventError)):
        read_bundle(data, "b", ep.load_event_package(swapped))


def _rewrite_last_score(
    store: Store, ctx: scoring.AssessorContext, code: str, criterion: str, value: int
) -> None:
    """What someone editing the database would do: change a past score and re-hash the chain after it."""
    codes = {info.row_id: c for c, info in ctx.regions.items()}
    by_row = {row: cid for cid, row in ctx.criterion_rows.items()}
    with store.transaction() as s:
        rows = s.scalars(
            select(t.Change).where(t.Change.assessor_id == ctx.assessor_row_id).order_by(t.Change.id)
        ).all()
        target = max(
            i
            for i, r in enumerate(rows)
            if r.kind == "score" and codes[r.region_id] == code and by_row.get(r.criterion_id) == criterion
        )
        rows[target].new_value = str(value)
        score = s.scalar(
            select(t.Score).where(
                t.Score.assessor_id == ctx.assessor_row_id,
                t.Score.region_id == ctx.regions[code].row_id,
                t.Score.criterion_id == ctx.criterion_rows[criterion],
            )
        )
        assert score is not None
        score.value = value
        prev = rows[target - 1].hash if target else GENESIS_HASH
        for row in rows[target:]:
            entry = ChainEntry(
                codes[row.region_id],
                by_row.get(row.criterion_id) if row.criterion_id is not None else None,
                row.kind,
                row.old_value,
                row.new_value,
                row.reason,
                row.at.isoformat(timespec="microseconds"),
                prev,
                "",
            )
            row.prev_hash, row.hash = prev, entry_hash(ctx.assessor_id, entry, prev)
            prev = row.hash


def test_a_history_rewritten_after_an_export_is_detected_by_comparing_bundles(
    signed: Signed, tmp_path: Path
) -> None:
    ctx = signed.context()
    score_some(signed.store, ctx)
    older = export_bundle(signed.store, signed.me, tmp_path)
    with signed.store.transaction() as s:
        scoring.set_score(s, ctx, "36.74", "INF3", 3)
    honest = export_bundle(signed.store, signed.me, tmp_path)
    assert compare_bundle_histories(older.bundle, honest.bundle) is None

    _rewrite_last_score(signed.store, ctx, "36.74", "INF1", 5)
    with signed.store.transaction() as s:
        assert scoring.verify_history_chain(s, ctx)  # the rewrite is internally consistent...
    rewritten = export_bundle(signed.store, signed.me, tmp_path)  # ...so the new bundle alone verifies
    reason = compare_bundle_histories(older.bundle, rewritten.bundle)
    assert reason is not None and "rewritten" in reason

    verdicts = verify_files([older.path, honest.path, rewritten.path])
    assert [v.valid for v in verdicts] == [True, True, False]
    assert verdicts[2].reason.startswith(str(rewritten.path)) and "rewritten" in verdicts[2].reason


def test_a_score_changed_in_the_database_without_history_cannot_be_exported(
    signed: Signed, tmp_path: Path
) -> None:
    ctx = signed.context()
    score_some(signed.store, ctx)
    with signed.store.transaction() as s:
        score = s.scalar(select(t.Score).where(t.Score.value == 1))
        assert score is not None
        score.value = 5
    with pytest.raises(BundleError, match="without a history entry"):
        export_bundle(signed.store, signed.me, tmp_path)
    assert list(tmp_path.glob("*.gm100bundle")) == []


def test_bundle_content_is_the_same_for_the_same_scores(signed: Signed) -> None:
    ctx = signed.context()
    score_some(signed.store, ctx)
    with signed.store.transaction() as s:
        a = bundle_content(s, ctx, signed.me.public_key, 5, scoring.now_utc())
        b = bundle_content(s, ctx, signed.me.public_key, 5, a_time := scoring.now_utc())
    assert (
        a.regions == b.regions
        and a.history == b.history
        and b.created_at == a_time.isoformat(timespec="microseconds")
    )


def test_unlocking_then_exporting_signs_with_the_local_key(signed: Signed, tmp_path: Path) -> None:
    unlocked = unlock_identity(signed.me.identity, PASSPHRASE)
    result = export_bundle(signed.store, unlocked, tmp_path)
    assert result.bundle.public_key == signed.me.public_key
