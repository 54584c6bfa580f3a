"""The durable local store: one SQLite file (WAL, synchronous=FULL, foreign keys), migrated by Alembic.

Opening checks the file before anything else: a damaged file is reported, never replaced by a new empty
store; an older schema is backed up and then upgraded; a second instance on the same folder is refused.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from gm100_desktop.errors import (
    StoreCorruptError,
    StoreLockedError,
    StoreMigrationError,
    StoreNewerSchemaError,
    StoreWriteError,
)

log = logging.getLogger(__name__)

# The newest revision in models/migrations/versions. Kept here so that a normal start can compare it with
# the file's alembic_version without importing Alembic; tests/test_store.py keeps the two equal.
SCHEMA_HEAD = "0003"
SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_BACKUPS = 10
PARTIAL_SUFFIX = ".partial"
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


class Store:
    """An open store. Use `transaction()` around one user action; the caller owns the transaction."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed (durably) on normal exit, rolled back on any error."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise StoreWriteError(self.path, _sqlite_reason(exc)) from exc
        except sqlite3.Error as exc:  # from the few statements a hot path runs on the driver connection
            raise StoreWriteError(self.path, _sqlite_text_reason(str(exc))) from exc

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Path, *, backups: Path | None = None, lock: bool = True) -> Store:
    """Open (creating or upgrading as needed) the store at `path`, holding the folder's single-writer lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    backups = backups or path.parent / "backups"
    file_lock = _acquire_lock(path) if lock else None
    try:
        if path.exists() and path.stat().st_size > 0:
            _check_integrity(path, backups)
        elif path.exists() and list_backups(backups):  # emptied, not new: a new store would hide the loss
            raise StoreCorruptError(path, "the file is empty", list_backups(backups))
        _migrate(path, backups)
        engine = _engine(path)
        store = Store(path, engine, file_lock)
        if path.stat().st_size > 0:
            try:
                backup_store(path, backups, label="open")
            except StoreWriteError as exc:  # the store itself is intact; saving will report its own problem
                log.warning("no backup on open: %s", exc.message)
        return store
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise


def _acquire_lock(path: Path) -> FileLock:
    file_lock = FileLock(str(path) + ".lock")
    try:
        file_lock.acquire(timeout=0)
    except Timeout:
        raise StoreLockedError(path.parent) from None
    except OSError as exc:  # a write-protected stick or folder: not even the lock file can be made
        raise StoreWriteError(path, _os_reason(exc)) from exc
    return file_lock


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (the documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _check_integrity(path: Path, backups: Path) -> None:
    """Refuse a file that is not an intact SQLite database, naming the backups that could replace it."""
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    reason = ""
    if header != SQLITE_HEADER:
        reason = "not a SQLite database"
    else:
        try:
            with _raw_connection(path) as conn:
                rows = conn.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                reason = "; ".join(str(r[0]) for r in rows[:3])
        except sqlite3.DatabaseError as exc:
            reason = str(exc)
    if reason:
        raise StoreCorruptError(path, reason, list_backups(backups))


@contextmanager
def _raw_connection(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path)
    try:
        yield conn
    finally:
        conn.close()


def schema_head() -> str:
    return SCHEMA_HEAD


def _migration_engine(path: Path) -> Engine:
    """An engine whose transactions really enclose DDL, so a migration is applied whole or not at all.

    The driver's own transaction handling would commit each CREATE/ALTER on its own; a crash half-way
    would leave half a schema. Batch migrations rebuild tables, so foreign keys are off while they run
    (set before BEGIN: SQLite ignores it inside a transaction) and checked afterwards.
    """
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def schema_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None for a database Alembic never touched."""
    with _raw_connection(path) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:  # no alembic_version table
            return None
    return str(row[0]) if row else None


def _migrate(path: Path, backups: Path) -> None:
    """Bring the schema to head; an existing database is backed up first."""
    head = schema_head()
    existed = path.exists() and path.stat().st_size > 0
    current = schema_revision(path) if existed else None
    if current == head:
        return
    from gm100_desktop.models import migrate  # Alembic is heavy: load it only when the schema must change

    if current is not None and not migrate.known_revision(current):
        raise StoreNewerSchemaError(path, current)
    if existed and current is None:
        with _raw_connection(path) as conn:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if tables:
            raise StoreCorruptError(path, "not a GM100 score database", list_backups(backups))
    backup = backup_store(path, backups, label=f"before-upgrade-{current}") if existed and current else None
    engine = _migration_engine(path)
    try:
        with engine.begin() as conn:
            migrate.upgrade_to_head(conn)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreMigrationError(path, f"{len(problems)} broken references after upgrade", backup)
        log.info("store %s upgraded from %s to %s", path, current, head)
    except StoreMigrationError:
        raise
    except Exception as exc:
        raise StoreMigrationError(path, str(exc), backup) from exc
    finally:
        engine.dispose()


def backup_store(path: Path, backups: Path, *, label: str) -> Path:
    """Copy the database consistently (SQLite's backup API) into `backups`, keeping the newest few.

    The copy is written under a temporary name and renamed when complete, so a crash or a full disk never
    leaves a half-written file among the backups offered for restoring.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"{path.stem}-{stamp}-{label}.sqlite3"
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        backups.mkdir(parents=True, exist_ok=True)
        with _raw_connection(path) as source, _raw_connection(partial) as dest:
            source.backup(dest)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = _os_reason(exc) if isinstance(exc, OSError) else _sqlite_text_reason(str(exc))
        raise StoreWriteError(target, reason) from exc
    for old in [*list_backups(backups)[KEEP_BACKUPS:], *backups.glob("*" + PARTIAL_SUFFIX)]:
        old.unlink(missing_ok=True)
    return target


def list_backups(backups: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups.is_dir():
        return []
    return sorted(backups.glob("*.sqlite3"), key=lambda p: p.name.split("-", 1)[-1], reverse=True)


def restore_backup(path: Path, backup: Path) -> Path:
    """Move the damaged store aside (never deleted) and put `backup` in its place; returns where it went."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            part.rename(Path(str(aside) + suffix))
    shutil.copy2(backup, path)
    return aside


def _sqlite_reason(exc: DBAPIError) -> str:
    return _sqlite_text_reason(str(exc.orig) if exc.orig is not None else str(exc))


def _os_reason(exc: OSError) -> str:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the disk or file is read-only"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    return exc.strerror or str(exc)


def _sqlite_text_reason(text: str) -> str:
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return "the disk or file is read-only"
    if "full" in lowered:
        return "the disk is full"
    if "locked" in lowered:
        return "the database is busy in another program"
    return text
