"""Start-up: `gm100 --check`, a damaged store (never replaced silently), a second instance, backups."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from gm100_desktop.errors import StoreCorruptError, StoreLockedError
from gm100_desktop.models.store import list_backups, open_store
from gm100_desktop.services import demo, scoring
from gm100_desktop.ui.app import EXIT_DAMAGED, EXIT_LOCKED, StartupAborted, open_store_interactively
from gm100_desktop.ui.store_dialogs import ask_open_backup

ROOT = Path(__file__).resolve().parents[2]
GARBAGE = b"this is not a database \x00\xff" * 200


def run_check(data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GM100_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "gm100_desktop", "--check", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_store_with_backups(data_dir: Path) -> Path:
    """A real store with the demo event and a score; opening it twice leaves backups of it."""
    path = data_dir / "gm100.sqlite3"
    with open_store(path) as store, store.transaction() as session:
        demo.ensure_demo_event(session)
        ctx = scoring.open_context(session)
        scoring.set_score(session, ctx, "35.10", "INF1", 4)
    open_store(path).close()
    return path


# ---- gm100 --check in a subprocess ----------------------------------------------------------------------


def test_check_starts_the_gui_creates_the_store_and_exits_0(private_data_dir: Path) -> None:
    result = run_check(private_data_dir)
    assert result.returncode == 0, result.stderr
    store = private_data_dir / "gm100.sqlite3"
    assert store.is_file()
    with open_store(store) as opened, opened.transaction() as session:
        assert scoring.open_context(session).assessor_id == "A01"
    assert (private_data_dir / "logs" / "gm100.log").is_file()


def test_check_in_indonesian_also_starts(private_data_dir: Path) -> None:
    result = run_check(private_data_dir, "--lang", "id")
    assert result.returncode == 0, result.stderr


def test_check_on_a_damaged_store_names_it_exits_non_zero_and_leaves_it_untouched(
    private_data_dir: Path,
) -> None:
    private_data_dir.mkdir(parents=True, exist_ok=True)
    store = private_data_dir / "gm100.sqlite3"
    store.write_bytes(GARBAGE)

    result = run_check(private_data_dir)

    assert result.returncode == EXIT_DAMAGED
    assert str(store) in result.stderr and "damaged" in result.stderr
    assert store.read_bytes() == GARBAGE
    assert not list(private_data_dir.glob("gm100.sqlite3.damaged-*"))


def test_check_while_another_instance_holds_the_folder_says_so_and_writes_nothing(
    private_data_dir: Path,
) -> None:
    path = make_store_with_backups(private_data_dir)
    with open_store(path):
        before = digest(path)
        backups = list_backups(private_data_dir / "backups")
        wal = Path(str(path) + "-wal")
        wal_before = wal.read_bytes() if wal.exists() else None

        result = run_check(private_data_dir)

        assert result.returncode == EXIT_LOCKED
        assert "already open" in result.stderr
        assert digest(path) == before
        assert (wal.read_bytes() if wal.exists() else None) == wal_before
        assert list_backups(private_data_dir / "backups") == backups


# ---- open_store_interactively: the decisions are injected -------------------------------------------------


def test_opening_the_last_backup_keeps_the_damaged_file_aside_and_opens_the_scores(
    private_data_dir: Path,
) -> None:
    path = make_store_with_backups(private_data_dir)
    path.write_bytes(GARBAGE)
    for part in ("-wal", "-shm"):
        Path(str(path) + part).unlink(missing_ok=True)
    offered: list[StoreCorruptError] = []

    def choose(exc: StoreCorruptError) -> bool:
        offered.append(exc)
        return True

    store = open_store_interactively(
        path, private_data_dir / "backups", choose_backup=choose, report=pytest.fail
    )
    try:
        with store.transaction() as session:
            ctx = scoring.open_context(session)
            assert scoring.region_sheet(session, ctx, "35.10").scores["INF1"] == 4
    finally:
        store.close()
    assert len(offered) == 1 and offered[0].backups and offered[0].path == path
    aside = [
        p for p in private_data_dir.glob("gm100.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert [p.read_bytes() for p in aside] == [GARBAGE]


def test_quitting_at_the_damage_dialog_leaves_the_file_as_it_was(private_data_dir: Path) -> None:
    path = make_store_with_backups(private_data_dir)
    path.write_bytes(GARBAGE)
    with pytest.raises(StartupAborted) as aborted:
        open_store_interactively(
            path, private_data_dir / "backups", choose_backup=lambda exc: False, report=pytest.fail
        )
    assert aborted.value.exit_code == EXIT_DAMAGED
    assert path.read_bytes() == GARBAGE


def test_a_damaged_store_without_backups_is_never_replaced_by_an_empty_one(private_data_dir: Path) -> None:
    private_data_dir.mkdir(parents=True, exist_ok=True)
    path = private_data_dir / "gm100.sqlite3"
    path.write_bytes(GARBAGE)
    offered: list[list[Path]] = []

    def choose(exc: StoreCorruptError) -> bool:
        offered.append(exc.backups)
        return True  # even a user who insists cannot open a backup that does not exist

    with pytest.raises(StartupAborted) as aborted:
        open_store_interactively(path, private_data_dir / "backups", choose_backup=choose, report=pytest.fail)
    assert aborted.value.exit_code == EXIT_DAMAGED
    assert offered == [[]]
    assert path.read_bytes() == GARBAGE


def test_damaged_backups_are_each_tried_once_then_start_up_stops(private_data_dir: Path) -> None:
    path = make_store_with_backups(private_data_dir)
    backups = list_backups(private_data_dir / "backups")
    assert len(backups) >= 2
    for backup in backups:
        backup.write_bytes(GARBAGE)
    path.write_bytes(GARBAGE)
    offers: list[int] = []

    def choose(exc: StoreCorruptError) -> bool:
        offers.append(len(exc.backups))
        return True

    with pytest.raises(StartupAborted):
        open_store_interactively(path, private_data_dir / "backups", choose_backup=choose, report=pytest.fail)
    assert offers == list(range(len(backups), -1, -1))


def test_a_second_instance_is_reported_and_stops_with_its_exit_code(private_data_dir: Path) -> None:
    path = make_store_with_backups(private_data_dir)
    reported: list[BaseException] = []
    with open_store(path), pytest.raises(StartupAborted) as aborted:
        open_store_interactively(
            path,
            private_data_dir / "backups",
            choose_backup=lambda exc: pytest.fail(),
            report=reported.append,
        )
    assert aborted.value.exit_code == EXIT_LOCKED
    assert len(reported) == 1 and isinstance(reported[0], StoreLockedError)


# ---- the damage dialog itself ---------------------------------------------------------------------------


def answer_dialog(monkeypatch: pytest.MonkeyPatch, button_text: str | None, seen: list[list[str]]) -> None:
    """Replace the modal loop: record the buttons offered and click the one whose text is `button_text`."""

    def fake_exec(box: QMessageBox) -> int:
        seen.append([b.text() for b in box.buttons()])
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_damage_dialog_offers_the_backup_and_reports_the_choice(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exc = StoreCorruptError(tmp_path / "gm100.sqlite3", "not a SQLite database", [tmp_path / "b.sqlite3"])
    seen: list[list[str]] = []
    answer_dialog(monkeypatch, "&Open last backup", seen)
    assert ask_open_backup(None, exc) is True
    answer_dialog(monkeypatch, "&Quit", seen)
    assert ask_open_backup(None, exc) is False
    no_backup = StoreCorruptError(tmp_path / "gm100.sqlite3", "not a SQLite database", [])
    answer_dialog(monkeypatch, "&Open last backup", seen)
    assert ask_open_backup(None, no_backup) is False
    assert seen == [["&Open last backup", "&Quit"]] * 2 + [["&Quit"]]
