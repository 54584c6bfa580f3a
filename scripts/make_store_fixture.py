#!/usr/bin/env python3
"""Build tests/fixtures/store_schema_<revision>.sqlite3: a store at one released schema holding real work.

Run it once, when a schema revision is released, while that revision is still the Alembic head (the data is
written through today's services, which speak the head schema). Commit the file; never regenerate an old
fixture: it stands for the databases already on assessors' laptops, and tests/test_migration.py upgrades it.

    .venv/bin/python scripts/make_store_fixture.py            # the current head, refusing to overwrite
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from alembic import command

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gm100_desktop.models import migrate  # noqa: E402
from gm100_desktop.models import store as store_module  # noqa: E402
from gm100_desktop.models.store import Store, schema_head  # noqa: E402
from gm100_desktop.services import demo, scoring  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
DAY = date(2019, 2, 21)
CRITERIA = [f"{p}{i}" for p in ("INF", "SUP", "VIS") for i in range(1, 6)]

# What the fixture holds (tests/test_migration.py states the same values).
FINALISED = "35.10"  # every criterion scored, extremes explained, region note, finalised
FINALISED_SCORES = dict(zip(CRITERIA, [5, 4, 3, 2, 1, 3, 3, 4, 4, 2, 4, 5, 3, 2, 3], strict=True))
FINALISED_NOTES = {
    "INF1": "Command centre 24/7 terhubung ke layanan 112",
    "INF5": "Belum ada anggaran TIK tersendiri",
    "VIS2": "Komitmen bupati sangat kuat, didukung perda",
}
FINALISED_REGION_NOTE = "Paparan langsung oleh bupati"
REOPENED = "36.74"  # finalised, reopened with a reason, one score changed: in progress again
REOPENED_SCORES = {**dict.fromkeys(CRITERIA, 3), "SUP2": 4}
REOPEN_REASON = "Diskusi panel: dokumen masterplan baru diterima"
PARTIAL = "33.27"  # a few scores and notes
PARTIAL_SCORES = {"INF1": 2, "INF2": 3, "VIS1": 4}
PARTIAL_NOTES = {"INF2": "Jaringan baru sebagian OPD", "SUP1": "Perda belum disahkan"}
CLEARED = "73.71"  # a score set and cleared again: started, nothing scored


def build(path: Path, revision: str) -> None:
    """Create the schema at `revision` exactly as the store migrates, then do an assessor's work on it."""
    engine = store_module._migration_engine(path)
    try:
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), revision)
    finally:
        engine.dispose()

    store = Store(path, store_module._engine(path), None)
    try:
        with store.transaction() as s:
            demo.ensure_demo_event(s, today=DAY)
        with store.transaction() as s:
            ctx = scoring.open_context(s)
        with store.transaction() as s:
            for criterion, value in FINALISED_SCORES.items():
                scoring.set_score(s, ctx, FINALISED, criterion, value)
            for criterion, note in FINALISED_NOTES.items():
                scoring.set_note(s, ctx, FINALISED, criterion, note)
            scoring.set_region_note(s, ctx, FINALISED, FINALISED_REGION_NOTE)
        with store.transaction() as s:
            scoring.finalise_region(s, ctx, FINALISED)
        with store.transaction() as s:
            for criterion in CRITERIA:
                scoring.set_score(s, ctx, REOPENED, criterion, 3)
            scoring.finalise_region(s, ctx, REOPENED)
        with store.transaction() as s:
            scoring.reopen_region(s, ctx, REOPENED, REOPEN_REASON)
            scoring.set_score(s, ctx, REOPENED, "SUP2", 4, reason="Dokumen baru")
        with store.transaction() as s:
            for criterion, value in PARTIAL_SCORES.items():
                scoring.set_score(s, ctx, PARTIAL, criterion, value)
            for criterion, note in PARTIAL_NOTES.items():
                scoring.set_note(s, ctx, PARTIAL, criterion, note)
        with store.transaction() as s:
            scoring.set_score(s, ctx, CLEARED, "VIS3", 4)
        with store.transaction() as s:
            scoring.set_score(s, ctx, CLEARED, "VIS3", None, reason="Salah wilayah")
        with store.transaction() as s:
            assert scoring.verify_history_chain(s, ctx)
    finally:
        store.close()

    # Small pages keep the committed binary small; WAL mode is kept, as on every real laptop.
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA page_size=1024")
        db.execute("VACUUM")
        db.execute("PRAGMA journal_mode=WAL")
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, help="where to write (default: tests/fixtures/store_schema_<head>.sqlite3)"
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite an existing file (never a released fixture)"
    )
    args = parser.parse_args(argv)

    revision = schema_head()
    out: Path = args.out or FIXTURES / f"store_schema_{revision}.sqlite3"
    if out.exists() and not args.force:
        print(f"make_store_fixture: {out} exists; released fixtures are never regenerated", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gm100.sqlite3"
        build(path, revision)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out)
    print(f"make_store_fixture: wrote {out} (schema {revision}, {out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
