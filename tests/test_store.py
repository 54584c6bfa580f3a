"""The durable store: settings in effect, schema at head, backups, and refusing files it must not touch."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from filelock import FileLock
from sqlalchemy import create_engine, event

from gm100_desktop.errors import StoreCorruptError, StoreError, StoreLockedError, StoreWriteError
from gm100_desktop.models import store as store_module
from gm100_desktop.models.store import (
    KEEP_BACKUPS,
    Store,
    list_backups,
    open_store,
    restore_backup,
    schema_head,
    schema_revision,
)
from gm100_desktop.models.tables import Base
from gm100_desktop.services import demo, scoring
from gm100_desktop.services.scoring import AssessorContext

DAY = date(2019, 2, 21)
REGIONS = ("35.10", "36.74", "33.27", "73.71", "34.04")  # A01's panel, without the conflict region
CRITERIA = [f"{p}{i}" for p in ("INF", "SUP", "VIS") for i in range(1, 6)]


@contextmanager
def opened(path: Path) -> Iterator[tuple[Store, AssessorContext]]:
    """open_store with the demo installed, and the demo assessor's context."""
    store = open_store(path)
    try:
        with store.transaction() as s:
            demo.ensure_demo_event(s, today=DAY)
        with store.transaction() as s:
            ctx = scoring.open_context(s)
        yield store, ctx
    finally:
        store.close()


def save_scores(store: Store, ctx: AssessorContext, scores: dict[tuple[str, str], int]) -> None:
    for (code, criterion), value in scores.items():
        with store.transaction() as s:
            scoring.set_score(s, ctx, code, criterion, value)


def read_scores(path: Path) -> dict[tuple[str, str], int | None]:
    """Every score in the store at `path`, read through a freshly opened store."""
    with opened(path) as (store, ctx), store.transaction() as s:
        out: dict[tuple[str, str], int | None] = {}
        for code in ctx.regions:
            for criterion, value in scoring.region_sheet(s, ctx, code).scores.items():
                if value is not None:
                    out[(code, criterion)] = value
        assert scoring.verify_history_chain(s, ctx)
        return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def folder_listing(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


# ---- settings and schema --------------------------------------------------------------------------------


def test_pragmas_are_in_effect_on_every_connection(store: Store) -> None:
    expected = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}
    with store.engine.connect() as first, store.engine.connect() as second:
        for conn in (first, second):
            found = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in expected}
            assert found == expected
    with store.transaction() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreWriteError), store.transaction() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO score (assessor_id, region_id, criterion_id, value, note, updated_at) "
            "VALUES (999, 999, 999, 3, '', '2019-02-21 09:00:00')"
        )


def test_transactions_really_commit_to_the_file(store: Store, ctx: AssessorContext) -> None:
    save_scores(store, ctx, {("35.10", "INF1"): 4})
    conn = sqlite3.connect(store.path)  # another connection sees it at once: it is committed
    try:
        assert conn.execute("SELECT value FROM score").fetchall() == [(4,)]
    finally:
        conn.close()


def test_fresh_store_is_at_alembic_head(private_data_dir: Path) -> None:
    path = private_data_dir / "gm100.sqlite3"
    open_store(path).close()
    assert schema_revision(path) == schema_head()
    assert integrity(path) == "ok"


def test_models_match_the_migrations(store: Store) -> None:
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


# ---- backups --------------------------------------------------------------------------------


def test_backup_is_taken_on_open_and_pruned(private_data_dir: Path) -> None:
    path = private_data_dir / "gm100.sqlite3"
    backups = private_data_dir / "backups"
    with opened(path) as (store, ctx):
        save_scores(store, ctx, {("35.10", "INF1"): 2})
    assert len(list_backups(backups)) == 1  # taken on the first open, before the scores

    with opened(path) as (store, ctx):
        newest = list_backups(backups)[0]
        save_scores(store, ctx, {("35.10", "INF2"): 5})
    # The backup of the second open is a consistent copy with what was saved before it, not after.
    conn = sqlite3.connect(newest)
    try:
        assert conn.execute("SELECT value FROM score ORDER BY id").fetchall() == [(2,)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()

    for _ in range(KEEP_BACKUPS + 3):
        open_store(path).close()
    kept = list_backups(backups)
    assert len(kept) == KEEP_BACKUPS
    assert len(list(backups.iterdir())) == KEEP_BACKUPS  # pruned from the folder, not just from the list
    assert kept == sorted(kept, key=lambda p: p.name, reverse=True)  # newest first
    assert newest not in kept
    assert all(integrity(p) == "ok" for p in kept)


def test_emptied_store_with_backups_is_refused_not_recreated(private_data_dir: Path) -> None:
    path = private_data_dir / "gm100.sqlite3"
    with opened(path) as (store, ctx):
        save_scores(store, ctx, {("35.10", "INF1"): 2})
    open_store(path).close()  # a backup holding the score
    path.write_bytes(b"")  # e.g. a copy to the stick that failed half-way
    with pytest.raises(StoreCorruptError) as err:
        open_store(path)
    assert "empty" in err.value.message
    assert path.stat().st_size == 0
    restore_backup(path, err.value.backups[0])
    assert read_scores(path) == {("35.10", "INF1"): 2}


def test_half_written_backup_is_never_offered(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup cut short (full disk, crash) is not listed for restoring, and opening still works."""
    path = private_data_dir / "gm100.sqlite3"
    backups = private_data_dir / "backups"
    with opened(path) as (store, ctx):
        save_scores(store, ctx, {("35.10", "INF1"): 2})
    before = list_backups(backups)
    leftover = backups / "gm100-20190221T090000000000Z-open.sqlite3.partial"  # from a crash mid-backup
    leftover.write_bytes(b"SQLite format 3\x00" + bytes(100))

    real = store_module._raw_connection

    @contextmanager
    def disk_fills_up(target: Path) -> Iterator[sqlite3.Connection]:
        if target.name.endswith(".partial"):
            target.write_bytes(b"SQLite format 3\x00" + bytes(100))
            raise sqlite3.OperationalError("database or disk is full")
        with real(target) as conn:
            yield conn

    monkeypatch.setattr(store_module, "_raw_connection", disk_fills_up)
    with pytest.raises(StoreWriteError) as err:
        store_module.backup_store(path, backups, label="before-upgrade-0001")
    assert "the disk is full" in err.value.message
    open_store(path).close()  # the store itself is intact: opening is not blocked by a failed backup
    assert list_backups(backups) == before
    monkeypatch.undo()

    open_store(path).close()
    assert len(list_backups(backups)) == len(before) + 1
    assert sorted(p.name for p in backups.iterdir() if p.name.endswith(".partial")) == []


# ---- files we must not touch ------------------------------------------------------------------------------


def test_garbage_file_is_refused_untouched(private_data_dir: Path) -> None:
    private_data_dir.mkdir(parents=True)
    path = private_data_dir / "gm100.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    before = folder_listing(private_data_dir)
    with pytest.raises(StoreCorruptError) as err:
        open_store(path)
    assert err.value.path == path
    assert str(path) in err.value.message
    assert "not a SQLite database" in err.value.message
    assert err.value.backups == []
    after = folder_listing(private_data_dir)
    after.pop("gm100.sqlite3.lock", None)
    assert after == before


def test_truncated_file_is_refused_untouched(private_data_dir: Path) -> None:
    path = private_data_dir / "gm100.sqlite3"
    with opened(path) as (store, ctx):
        save_scores(store, ctx, {("35.10", "INF1"): 2})
    original = path.read_bytes()
    path.write_bytes(original[: len(original) // 2])
    before = digest(path)
    with pytest.raises(StoreCorruptError):
        open_store(path)
    assert digest(path) == before


def _grow(store: Store, ctx: AssessorContext) -> None:
    """Enough history for a database of well over a hundred pages."""
    with store.transaction() as s:
        for i in range(300):
            scoring.set_note(s, ctx, REGIONS[i % 5], CRITERIA[i % 15], f"catatan {i} " * 40)


def _damage_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    assert pages > 100
    middle = pages // 2 * 4096
    data[middle : middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


def test_damaged_page_is_refused_untouched_and_the_backup_can_be_restored(private_data_dir: Path) -> None:
    path = private_data_dir / "gm100.sqlite3"
    kept = {("35.10", "INF1"): 4, ("36.74", "VIS2"): 1}
    with opened(path) as (store, ctx):
        save_scores(store, ctx, kept)
        _grow(store, ctx)
    with opened(path) as (store, ctx):  # this open backs up everything above
        save_scores(store, ctx, {("33.27", "SUP3"): 5})  # saved after the last backup: lost with the file
    _damage_middle_page(path)
    damaged = digest(path)
    before = folder_listing(private_data_dir)

    with pytest.raises(StoreCorruptError) as err:
        open_store(path)
    assert err.value.path == path and str(path) in err.value.message
    assert err.value.backups == list_backups(private_data_dir / "backups")
    assert len(err.value.backups) == 2
    after = folder_listing(private_data_dir)
    after.pop("gm100.sqlite3.lock", None)
    before.pop("gm100.sqlite3.lock", None)
    assert after == before  # the damaged file is byte-for-byte as it was, and nothing new was created

    aside = restore_backup(path, err.value.backups[0])
    assert digest(aside) == damaged  # kept, not deleted
    assert aside.parent == path.parent
    assert read_scores(path) == kept
    assert integrity(path) == "ok"


def test_second_instance_is_refused_and_writes_nothing(store: Store, ctx: AssessorContext) -> None:
    save_scores(store, ctx, {("35.10", "INF1"): 3})
    files = {p: digest(p) for p in store.path.parent.glob("gm100.sqlite3*") if p.is_file()}
    backups = list_backups(store.path.parent / "backups")
    with pytest.raises(StoreLockedError) as err:
        open_store(store.path)
    assert str(store.path.parent) in err.value.message
    assert {p: digest(p) for p in store.path.parent.glob("gm100.sqlite3*") if p.is_file()} == files
    assert list_backups(store.path.parent / "backups") == backups

    # The first instance keeps working; once it is closed the store opens again.
    save_scores(store, ctx, {("35.10", "INF2"): 4})
    store.close()
    assert read_scores(store.path) == {("35.10", "INF1"): 3, ("35.10", "INF2"): 4}


def test_database_of_another_program_is_refused_not_overwritten(private_data_dir: Path) -> None:
    private_data_dir.mkdir(parents=True)
    path = private_data_dir / "gm100.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Rina');")
    conn.close()
    before = digest(path)
    with pytest.raises(StoreCorruptError) as err:
        open_store(path)
    assert "not a GM100 score database" in err.value.message
    assert digest(path) == before
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    finally:
        conn.close()
    assert names == ["contacts"]


def test_database_from_a_newer_version_is_refused(private_data_dir: Path) -> None:
    path = private_data_dir / "gm100.sqlite3"
    with opened(path) as (store, ctx):
        save_scores(store, ctx, {("35.10", "INF1"): 3})
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert not isinstance(err.value, StoreCorruptError)
    assert "newer GM100 Assessor" in err.value.message and "0999" in err.value.message
    assert "Install the newer version" in err.value.message
    assert digest(path) == before


def test_interrupted_first_start_leaves_a_store_that_opens(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The schema is created in one transaction: a crash half-way must not leave half a schema behind."""
    path = private_data_dir / "gm100.sqlite3"
    real_upgrade = command.upgrade

    def upgrade_then_die(config: Any, revision: str) -> None:
        real_upgrade(config, revision)
        raise KeyboardInterrupt  # stands in for the power going off before the commit

    monkeypatch.setattr(command, "upgrade", upgrade_then_die)
    with pytest.raises(KeyboardInterrupt):
        open_store(path)
    monkeypatch.undo()
    open_store(path).close()
    assert schema_revision(path) == schema_head()


# ---- full and read-only disks -----------------------------------------------------------------------------


def _cap_file_at_current_size(store: Store) -> None:
    """Let SQLite grow the file no further, as on a full disk (every new connection gets the cap)."""

    @event.listens_for(store.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
        cursor.close()

    store.engine.dispose()


def test_full_disk_gives_a_message_and_loses_nothing(store: Store, ctx: AssessorContext) -> None:
    saved = {
        (code, c): 1 + (i % 5) for i, (code, c) in enumerate((g, c) for g in REGIONS[:2] for c in CRITERIA)
    }
    save_scores(store, ctx, saved)
    _cap_file_at_current_size(store)

    notes: dict[tuple[str, str], str] = {}
    failure: StoreWriteError | None = None
    succeeded = 0
    for i in range(200):
        key = (REGIONS[2 + i % 3], CRITERIA[i % 15])
        text = f"catatan panjang {i} " * 100
        try:
            with store.transaction() as s:
                scoring.set_score(s, ctx, key[0], key[1], 3)
                scoring.set_note(s, ctx, key[0], key[1], text)
        except StoreWriteError as exc:
            failure = exc
            break
        notes[key] = text
        succeeded += 1
    assert failure is not None, "the capped file never filled up"
    assert isinstance(failure.__cause__, Exception)
    driver_error = getattr(failure.__cause__, "orig", failure.__cause__)  # wrapped by SQLAlchemy or not
    assert isinstance(driver_error, sqlite3.Error)
    assert driver_error.sqlite_errorcode == sqlite3.SQLITE_FULL
    assert "the disk is full" in failure.message
    assert "everything saved before is safe" in failure.message
    failed_key = key

    # Reading still works after the failure, and then everything is still there after reopening.
    with store.transaction() as s:
        assert scoring.region_sheet(s, ctx, "35.10").scores["INF1"] == saved[("35.10", "INF1")]
    store.close()
    with opened(store.path) as (again, ctx2), again.transaction() as s:
        for (code, criterion), value in saved.items():
            assert scoring.region_sheet(s, ctx2, code).scores[criterion] == value
        for (code, criterion), text in notes.items():
            assert scoring.region_sheet(s, ctx2, code).notes[criterion] == text
        failed_sheet = scoring.region_sheet(s, ctx2, failed_key[0])
        if failed_key not in notes:
            assert failed_sheet.notes[failed_key[1]] == "" and failed_sheet.scores[failed_key[1]] is None
        # One entry per saved score, two per saved score-and-note; none of the failed action.
        assert len(scoring.region_history(s, ctx2)) == len(saved) + 2 * succeeded
        assert scoring.verify_history_chain(s, ctx2)
    assert integrity(store.path) == "ok"


def _read_only_engine_store(path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store whose engine is the real one (same pragmas and listeners) but opens the file read-only."""
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    monkeypatch.setattr(store_module, "create_engine", lambda _url, **kw: create_engine(url, **kw))
    engine = store_module._engine(path)
    monkeypatch.undo()
    return Store(path, engine, None)


def test_read_only_file_gives_a_message_and_loses_nothing(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = private_data_dir / "gm100.sqlite3"
    saved = {("35.10", "INF1"): 4, ("34.04", "VIS5"): 2}
    with opened(path) as (store, ctx):
        save_scores(store, ctx, saved)

    read_only = _read_only_engine_store(path, monkeypatch)
    try:
        with read_only.transaction() as s:
            ctx = scoring.open_context(s)  # reading works
            assert scoring.region_sheet(s, ctx, "35.10").scores["INF1"] == 4
        with pytest.raises(StoreWriteError) as err, read_only.transaction() as s:
            scoring.set_score(s, ctx, "35.10", "INF1", 5)
        assert "read-only" in err.value.message
        assert str(path) in err.value.message
        with pytest.raises(StoreWriteError), read_only.transaction() as s:
            scoring.set_note(s, ctx, "36.74", "SUP1", "tidak tersimpan")
    finally:
        read_only.close()
    assert read_scores(path) == saved
    assert integrity(path) == "ok"


def test_read_only_data_folder_is_refused_with_a_message(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a write-protected stick not even the lock file can be created: a message, not a crash."""
    path = private_data_dir / "gm100.sqlite3"
    with opened(path) as (store, ctx):
        save_scores(store, ctx, {("35.10", "INF1"): 4})
    before = digest(path)

    def read_only_filesystem(self: Any, *args: Any, **kwargs: Any) -> None:
        raise OSError(30, "Read-only file system", str(path) + ".lock")

    monkeypatch.setattr(FileLock, "acquire", read_only_filesystem)
    with pytest.raises(StoreWriteError) as err:
        open_store(path)
    assert "read-only" in err.value.message
    monkeypatch.undo()
    assert digest(path) == before
    assert read_scores(path) == {("35.10", "INF1"): 4}


def test_schema_head_constant_matches_the_newest_migration() -> None:
    """A normal start compares against SCHEMA_HEAD without Alembic; it must name Alembic's real head."""
    from gm100_desktop.models import migrate
    from gm100_desktop.models.store import SCHEMA_HEAD

    assert migrate.alembic_head() == SCHEMA_HEAD, "update SCHEMA_HEAD in models/store.py to the new revision"


def test_a_normal_start_does_not_import_alembic(private_data_dir: Path) -> None:
    """Opening an up-to-date store must not load Alembic (it costs a large share of the start time)."""
    import subprocess
    import sys

    path = private_data_dir / "gm100.sqlite3"
    open_store(path).close()
    code = (
        "import sys; from pathlib import Path; from gm100_desktop.models.store import open_store; "
        f"open_store(Path({str(path)!r})).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
