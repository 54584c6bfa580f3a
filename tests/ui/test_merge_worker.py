"""The merge's background runner: progress, cancel at the next step, failures delivered, one job at a time."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from gm100_desktop.errors import CancelledError, MergeOptionsError
from gm100_desktop.ui.merge_worker import BackgroundRunner, Job, Progress

STEPS = 5


def stepping(gate: threading.Event, steps: list[int]) -> Callable[[Progress], str]:
    """Work of STEPS steps that waits at the first one until `gate` opens; stops when told to."""

    def work(progress: Progress) -> str:
        for i in range(1, STEPS + 1):
            if not progress(i, STEPS):
                raise CancelledError()
            steps.append(i)
            if i == 1:
                assert gate.wait(10)
        return "done"

    return work


def test_the_progress_callback_says_stop_once_cancelled() -> None:
    job = Job(lambda progress: None)
    assert job.report(1, 2) is True
    job.cancel()
    assert job.report(2, 2) is False


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[BackgroundRunner]:
    made = BackgroundRunner()
    yield made
    made.wait()


def test_a_job_reports_progress_and_delivers_its_result(qtbot: QtBot, runner: BackgroundRunner) -> None:
    gate = threading.Event()
    gate.set()
    steps: list[int] = []
    with qtbot.waitSignal(runner.succeeded, timeout=10000) as result, qtbot.waitSignal(runner.idle):
        assert runner.start(stepping(gate, steps), "Step {done} of {total}")
    assert result.args == ["done"] and steps == [1, 2, 3, 4, 5]
    assert not runner.busy


def test_cancel_stops_the_work_at_its_next_step(qtbot: QtBot, runner: BackgroundRunner) -> None:
    gate = threading.Event()
    steps: list[int] = []
    succeeded: list[object] = []
    runner.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(runner.cancelled, timeout=10000), qtbot.waitSignal(runner.idle):
        assert runner.start(stepping(gate, steps), "Step {done} of {total}")
        assert not runner.start(lambda progress: None, "another")  # one job at a time
        qtbot.waitUntil(lambda: steps == [1])
        runner.cancel()
        gate.set()
    assert steps == [1] and succeeded == []


def test_a_failure_reaches_the_gui_thread(qtbot: QtBot, runner: BackgroundRunner) -> None:
    def work(progress: Progress) -> None:
        raise MergeOptionsError("the adjusted method cannot be used")

    with qtbot.waitSignal(runner.failed, timeout=10000) as failed:
        assert runner.start(work, "…")
    assert isinstance(failed.args[0], MergeOptionsError)
    qtbot.waitUntil(lambda: not runner.busy)
