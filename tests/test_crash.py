"""Kill -9 at random moments: every save the writer reported is still there, and the file stays intact.

tests/helpers/crash_writer.py scores through the same service and transactions as the UI and reports a save
only after its commit. It is killed with SIGKILL again and again on the same data folder (each recovery on
top of the last); GM100_CRASH_KILLS sets how often (default 50), GM100_CRASH_SEED replays a run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gm100_desktop.models.store import open_store
from gm100_desktop.services import scoring

WRITER = Path(__file__).parent / "helpers" / "crash_writer.py"
KILLS = int(os.environ.get("GM100_CRASH_KILLS", "50"))
SEQ_RANGE = 1_000_000  # each run numbers its saves from run × SEQ_RANGE


def value_for(seq: int) -> int:
    """Mirrors crash_writer.value_for."""
    return 1 + (seq * 7919) % 5


@dataclass
class Reported:
    """Everything the writers have reported as saved, over all runs."""

    saves: list[tuple[str, str, int, int]] = field(default_factory=list)  # region, criterion, value, seq
    last: dict[tuple[str, str], int] = field(default_factory=dict)  # (region, criterion) -> last reported seq
    finalised: dict[str, int] = field(default_factory=dict)  # region -> how many finalisations reported


class Writer:
    """One crash_writer process whose stdout is read on a thread, so the test can kill it at any moment."""

    def __init__(self, data_dir: Path, first_seq: int, seed: int, wanted_lines: int = sys.maxsize) -> None:
        env = {**os.environ, "GM100_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}
        self.errors = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - a file, not a pipe, never fills up
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(first_seq), str(seed)],
            stdout=subprocess.PIPE,
            stderr=self.errors,
            env=env,
            text=True,
        )
        self.lines: list[str] = []
        self.wanted = wanted_lines
        self.enough = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never reported
                self.lines.append(line.rstrip("\n"))
            if len(self.lines) >= self.wanted:
                self.enough.set()
        self.enough.set()  # the writer ended (or died) on its own

    def kill_after_lines(self) -> None:
        assert self.enough.wait(timeout=60), "the writer printed nothing for a minute"
        self.kill()

    def kill_after(self, seconds: float) -> None:
        time.sleep(seconds)  # a random moment: during start-up, opening, migrating or saving
        self.kill()

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.reader.join(timeout=30)
        self.errors.seek(0)
        errors = self.errors.read()
        self.errors.close()
        assert self.proc.returncode == -signal.SIGKILL, f"the writer died by itself:\n{errors}"


def record(lines: list[str], reported: Reported) -> int:
    """Add this run's reports; return its highest reported sequence number (0 when none)."""
    seqs = []
    for line in lines:
        words = line.split()
        if words[0] == "saved":
            code, criterion, value, seq = words[1], words[2], int(words[3]), int(words[4])
            assert value == value_for(seq)
            reported.saves.append((code, criterion, value, seq))
            reported.last[(code, criterion)] = seq
            seqs.append(seq)
        elif words[0] == "finalised":
            reported.finalised[words[1]] = reported.finalised.get(words[1], 0) + 1
            seqs.append(int(words[2]))
        else:
            assert line == "ready", line
    return max(seqs, default=0)


def check_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def check_store(path: Path, reported: Reported, run_highest: dict[int, int]) -> int:
    """Everything reported is in the store; anything else comes from the one save a kill cut off per run."""
    store = open_store(path)  # also proves the dead writer's lock is gone
    try:
        with store.transaction() as s:
            ctx = scoring.open_context(s)
            sheets = {code: scoring.region_sheet(s, ctx, code) for code in ctx.regions}
            histories = {code: scoring.region_history(s, ctx, code) for code in ctx.regions}
            assert scoring.verify_history_chain(s, ctx)
    finally:
        store.close()

    reported_seqs = {seq for *_, seq in reported.saves}
    unreported: dict[int, set[int]] = {}
    for code, history in histories.items():
        saved_here = {(e.criterion_id, e.new) for e in history if e.kind in ("score", "note")}
        for e in history:
            if e.kind == "note" and e.new and e.new.startswith("seq="):
                seq = int(e.new.removeprefix("seq="))
                if seq not in reported_seqs:
                    unreported.setdefault(seq // SEQ_RANGE, set()).add(seq)
        for saved_code, criterion, value, seq in reported.saves:
            if saved_code == code:
                assert (criterion, f"seq={seq}") in saved_here, (
                    f"reported save {seq} is missing from the history"
                )
                assert (criterion, str(value)) in saved_here, f"reported score of save {seq} is missing"
    for run, seqs in unreported.items():
        # A kill can cut off at most one committed save per run: its last, after everything it reported.
        assert len(seqs) == 1 and min(seqs) > run_highest.get(run, 0), (run, sorted(seqs))

    for (code, criterion), last_seq in reported.last.items():
        note = sheets[code].notes[criterion]
        stored_seq = int(note.removeprefix("seq="))
        assert stored_seq >= last_seq, (
            f"{code} {criterion}: save {last_seq} was reported, the store has {note}"
        )
        assert stored_seq == last_seq or stored_seq in unreported.get(stored_seq // SEQ_RANGE, set())
        assert sheets[code].scores[criterion] == value_for(stored_seq), (
            f"{code} {criterion}: score and note differ"
        )

    for code, sheet in sheets.items():
        kinds = [e.kind for e in histories[code] if e.kind in ("finalise", "reopen")]
        assert kinds.count("finalise") >= reported.finalised.get(code, 0), (
            f"{code}: a reported finalisation is lost"
        )
        assert (sheet.state == "finalised") == (bool(kinds) and kinds[-1] == "finalise"), code
    return len(unreported)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_loses_no_reported_save(private_data_dir: Path) -> None:
    seed = int(os.environ.get("GM100_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    path = private_data_dir / "gm100.sqlite3"
    reported = Reported()
    run_highest: dict[int, int] = {}
    cut_off = 0
    for run in range(1, KILLS + 1):
        writer_seed = rng.randrange(1 << 30)
        if run > 1 and rng.random() < 0.2:
            moment = rng.uniform(0.0, 0.8)
            writer = Writer(private_data_dir, run * SEQ_RANGE, writer_seed)
            writer.kill_after(moment)
            how = f"after {moment:.3f} s"
        else:
            count = rng.randint(2, 30)  # "ready" and at least one report
            writer = Writer(private_data_dir, run * SEQ_RANGE, writer_seed, count)
            writer.kill_after_lines()
            how = f"after {count} lines"
        context = f"seed {seed}, run {run} killed {how}"
        run_highest[run] = record(writer.lines, reported)
        if not path.exists():
            assert not reported.saves, context
            continue
        try:
            check_file(path)
            cut_off = check_store(path, reported, run_highest)
        except AssertionError as exc:
            raise AssertionError(f"{context}: {exc}") from exc
    assert len(reported.saves) >= KILLS
    print(
        f"crash test (seed {seed}): {KILLS} kills, {len(reported.saves)} saves and "
        f"{sum(reported.finalised.values())} finalisations reported, all present; "
        f"{cut_off} runs had a committed save cut off before its report"
    )
