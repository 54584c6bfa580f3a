"""Upgrading a database of every released schema (tests/fixtures) to today's head loses nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from gm100_desktop.models import migrate
from gm100_desktop.models.store import list_backups, open_store, schema_head, schema_revision
from gm100_desktop.services import scoring

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("store_schema_*.sqlite3"))
CRITERIA = [f"{p}{i}" for p in ("INF", "SUP", "VIS") for i in range(1, 6)]

# What scripts/make_store_fixture.py put in every fixture.
EXPECTED_SCORES = {
    "35.10": dict(zip(CRITERIA, [5, 4, 3, 2, 1, 3, 3, 4, 4, 2, 4, 5, 3, 2, 3], strict=True)),
    "36.74": {**dict.fromkeys(CRITERIA, 3), "SUP2": 4},
    "33.27": {**dict.fromkeys(CRITERIA), "INF1": 2, "INF2": 3, "VIS1": 4},
    "73.71": dict.fromkeys(CRITERIA),
    "34.04": dict.fromkeys(CRITERIA),
}
EXPECTED_NOTES = {
    "35.10": {
        "INF1": "Command centre 24/7 terhubung ke layanan 112",
        "INF5": "Belum ada anggaran TIK tersendiri",
        "VIS2": "Komitmen bupati sangat kuat, didukung perda",
    },
    "33.27": {"INF2": "Jaringan baru sebagian OPD", "SUP1": "Perda belum disahkan"},
}
EXPECTED_STATES = {
    "32.73": "not_started",
    "35.10": "finalised",
    "36.74": "in_progress",
    "33.27": "in_progress",
    "73.71": "in_progress",
    "34.04": "not_started",
}


def test_every_released_schema_has_a_fixture_at_its_named_revision(
    tmp_path: Path,
) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(None))
    released = sorted(r.revision for r in script.walk_revisions() if r.revision != schema_head())
    assert released[:2] == ["0001", "0002"]
    assert {p.stem.removeprefix("store_schema_") for p in FIXTURES} >= set(released)
    for fixture in FIXTURES:
        copy = tmp_path / fixture.name  # never open the committed file itself: SQLite may write beside it
        shutil.copyfile(fixture, copy)
        revision = fixture.stem.removeprefix("store_schema_")
        assert _raw(copy, "SELECT version_num FROM alembic_version") == [(revision,)]


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture(params=FIXTURES, ids=[p.stem for p in FIXTURES])
def old_store(request: pytest.FixtureRequest, private_data_dir: Path) -> Path:
    private_data_dir.mkdir(parents=True, exist_ok=True)
    path = private_data_dir / "gm100.sqlite3"
    shutil.copyfile(request.param, path)
    return path


def test_old_store_is_upgraded_to_head_after_a_backup(old_store: Path) -> None:
    fixture_revision = schema_revision(old_store)
    assert fixture_revision is not None
    history_before = _raw(old_store, "SELECT hash FROM change ORDER BY id")
    assert len(history_before) > 40

    store = open_store(old_store)
    store.close()
    assert schema_revision(old_store) == schema_head()
    upgrade_backups = [p for p in list_backups(old_store.parent / "backups") if "before-upgrade" in p.name]
    if fixture_revision != schema_head():
        assert len(upgrade_backups) == 1
        assert upgrade_backups[0].name.endswith(f"-before-upgrade-{fixture_revision}.sqlite3")
        assert schema_revision(upgrade_backups[0]) == fixture_revision
        assert _raw(upgrade_backups[0], "SELECT hash FROM change ORDER BY id") == history_before
    else:
        assert upgrade_backups == []
    assert _raw(old_store, "PRAGMA integrity_check") == [("ok",)]
    assert _raw(old_store, "PRAGMA foreign_key_check") == []
    assert _raw(old_store, "SELECT count(*) FROM seat") == [(0,)]  # 0003: no seating, the roster panels hold

    # Opening again neither upgrades nor backs up before an upgrade a second time.
    open_store(old_store).close()
    again = [p for p in list_backups(old_store.parent / "backups") if "before-upgrade" in p.name]
    assert again == upgrade_backups


def test_upgrade_keeps_scores_notes_states_and_history(old_store: Path) -> None:
    history_before = [row[0] for row in _raw(old_store, "SELECT hash FROM change ORDER BY id")]
    store = open_store(old_store)
    try:
        with store.transaction() as s:
            ctx = scoring.open_context(s)
            assert (ctx.assessor_id, ctx.event_id) == ("A01", "demo-gm100-2019")
            for code, scores in EXPECTED_SCORES.items():
                sheet = scoring.region_sheet(s, ctx, code)
                assert sheet.scores == scores, code
                notes = {c: n for c, n in sheet.notes.items() if n}
                assert notes == EXPECTED_NOTES.get(code, {}), code
            finalised = scoring.region_sheet(s, ctx, "35.10")
            assert finalised.region_note == "Paparan langsung oleh bupati"
            assert finalised.finalised_at is not None
            states = {row.code: row.state for row in scoring.region_overview(s, ctx)}
            assert states == EXPECTED_STATES

            history = scoring.region_history(s, ctx)
            assert [e.hash for e in history] == history_before
            reopen = [e for e in history if e.kind == "reopen"]
            assert [(e.old, e.new, e.reason) for e in reopen] == [
                ("finalised", "in_progress", "Diskusi panel: dokumen masterplan baru diterima")
            ]
            cleared = [(e.old, e.new, e.reason) for e in scoring.region_history(s, ctx, "73.71")]
            assert cleared == [(None, "4", ""), ("4", None, "Salah wilayah")]
            assert scoring.verify_history_chain(s, ctx)

        # The upgraded store is a working store: the reopened region can be scored and finalised.
        with store.transaction() as s:
            scoring.set_score(s, ctx, "36.74", "SUP2", 5)
            scoring.set_note(s, ctx, "36.74", "SUP2", "Dokumen lengkap")
            scoring.finalise_region(s, ctx, "36.74")
        with store.transaction() as s:
            assert scoring.region_sheet(s, ctx, "36.74").state == "finalised"
            assert scoring.verify_history_chain(s, ctx)
    finally:
        store.close()
    assert _raw(old_store, "PRAGMA integrity_check") == [("ok",)]
