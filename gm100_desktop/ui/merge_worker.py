"""The chair's merge off the GUI thread: reading bundles and merging, with progress, cancel and one result.

Every change to the merge (bundles added, a decision, paper entries) is made on a copy of the session and
merged in a worker thread; only a finished merge replaces the session shown. A cancelled or failed run leaves
the session exactly as it was.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from gm100_desktop.domain.archive import MAX_ARCHIVE_BYTES
from gm100_desktop.domain.merge_intake import Decision, InputFile
from gm100_desktop.domain.paper import PaperEntry
from gm100_desktop.errors import CancelledError, GM100Error
from gm100_desktop.services import merge as merging
from gm100_desktop.services import merge_files
from gm100_desktop.services.files import read_capped
from gm100_desktop.services.merge import MergeOutcome, MergeSession

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (done, total) -> False to stop; total 0: a step of unknown length
Work = Callable[[Progress], Any]
SHOW_AFTER_MS = 500  # shorter work shows no progress dialog


class Job(QObject):
    """Runs `work` once in the thread it was moved to; never touches a widget."""

    progressed = Signal(int, int)
    done = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> bool:
        """The progress callback given to the work: False once cancelled."""
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.report)
        except Exception as exc:  # delivered to the GUI thread, which shows it
            log.info("background work stopped: %r", exc)
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


class BackgroundRunner(QObject):
    """One job at a time in its own thread, with a cancellable progress dialog when it lasts."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    idle = Signal()  # after every job, whatever its end, once its thread has stopped

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.dialog: QProgressDialog | None = None
        self._job: Job | None = None
        self._thread: QThread | None = None
        self._cancelled = False
        self._label = ""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)  # a running thread must stop before Qt goes

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, work: Work, label: str) -> bool:
        """Run `work(progress)`; False (and nothing done) while another job runs.

        `label` may hold {done} and {total}, filled while the work reports steps of known length.
        """
        if self.busy:
            return False
        self._cancelled = False
        self._label = label
        job, thread = Job(work), QThread(self)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progressed.connect(self._progressed)
        job.done.connect(self._done)
        job.done.connect(thread.quit)
        thread.finished.connect(self._stopped)
        self._job, self._thread = job, thread
        self.dialog = self._make_dialog()
        thread.start()
        return True

    def cancel(self) -> None:
        """Stop at the next step the work reports, and drop whatever it gives."""
        if self._job is not None and not self._cancelled:
            self._cancelled = True
            self._job.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))
                self.dialog.setCancelButton(None)

    def wait(self) -> None:
        """Cancel and wait for the thread to stop (closing the window)."""
        if self._thread is not None:
            self.cancel()
            self._thread.quit()
            self._thread.wait()

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Merge"))
        dialog.setLabelText(self._label.format(done=0, total="…"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)  # starts the timer that shows it after SHOW_AFTER_MS
        return dialog

    def _progressed(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is None or self._cancelled:
            return
        if total > 0:
            dialog.setRange(0, total)
            dialog.setLabelText(self._label.format(done=done, total=total))
            dialog.setValue(done)
        else:
            dialog.setRange(0, 0)
            dialog.setLabelText(self.tr("Computing the ranking, reliability and sensitivity…"))

    def _done(self, result: object, error: object) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self._cancelled or isinstance(error, CancelledError):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)

    def _stopped(self) -> None:
        thread, job = self._thread, self._job
        self._thread, self._job = None, None
        if job is not None:
            job.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self.idle.emit()


def copy_session(session: MergeSession) -> MergeSession:
    """A copy whose lists can change without touching `session` (the files themselves are shared)."""
    return dataclasses.replace(
        session,
        inputs=list(session.inputs),
        paper=list(session.paper),
        decisions=list(session.decisions),
        blobs=dict(session.blobs),
    )


def keep_bytes(read: Sequence[tuple[InputFile, Path | bytes]]) -> list[tuple[InputFile, Path | bytes]]:
    """The verified files' bytes, so the session still saves once the USB stick is gone.

    A file that changed since it was verified keeps its path: saving then fails loudly, never silently.
    """
    out: list[tuple[InputFile, Path | bytes]] = []
    for item, blob in read:
        if isinstance(blob, Path) and item.sha256:
            try:
                data = read_capped(blob, MAX_ARCHIVE_BYTES)
            except GM100Error:
                data = b""
            if hashlib.sha256(data).hexdigest() == item.sha256:
                blob = data
        out.append((item, blob))
    return out


def merged(session: MergeSession, progress: Progress) -> tuple[MergeSession, MergeOutcome]:
    progress(0, 0)
    outcome = merging.merge(session)
    if not progress(0, 0):
        raise CancelledError()
    return session, outcome


class MergeModel(QObject):
    """The merge session on screen and its last outcome; every change is merged in the background."""

    updated = Signal()  # a new session and outcome are shown
    failed = Signal(object)  # a GM100Error (or an unexpected exception) to show
    finished = Signal()  # after every run, whatever its end

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.session: MergeSession | None = None
        self.outcome: MergeOutcome | None = None
        self.path: Path | None = None  # the session archive, once saved or opened
        self.modified = False
        self.runner = BackgroundRunner(parent_widget)
        self.runner.succeeded.connect(self._adopt)
        self.runner.failed.connect(self.failed)
        self.runner.idle.connect(self.finished)
        self._pending_path: Path | None = None
        self._pending_modified = False

    @property
    def busy(self) -> bool:
        return self.runner.busy

    # ---- starting ------------------------------------------------------------------------------------

    def open_event(self, path: Path) -> bool:
        """A new session for the event package at `path`."""

        def work(progress: Progress) -> tuple[MergeSession, MergeOutcome]:
            return merged(merging.open_event(path), progress)

        return self._run(work, self.tr("Reading the event package…"), path=None, modified=False)

    def open_session(self, path: Path) -> bool:
        """Reopen a saved session: every input is verified again."""

        def work(progress: Progress) -> tuple[MergeSession, MergeOutcome]:
            return merged(merge_files.open_session(path), progress)

        return self._run(work, self.tr("Opening the merge session…"), path=path, modified=False)

    # ---- changes -------------------------------------------------------------------------------------

    def add_paths(self, paths: Sequence[Path]) -> bool:
        """Verify the bundles among `paths` (folders searched at any depth) and merge them in."""
        base = self._require()
        items = list(paths)

        def work(progress: Progress) -> tuple[MergeSession, MergeOutcome]:
            files = merging.collect_bundle_files(items)
            read = merging.read_inputs(files, base.event, progress)
            trial = copy_session(base)
            trial.add_inputs(keep_bytes(read))
            return merged(trial, progress)

        return self._run(work, self.tr("Verifying bundle {done} of {total}…"), path=self.path, modified=True)

    def change(self, edit: Callable[[MergeSession], None]) -> bool:
        """Apply `edit` to a copy of the session and merge it; the copy replaces the session when merged."""
        trial = copy_session(self._require())
        edit(trial)

        def work(progress: Progress) -> tuple[MergeSession, MergeOutcome]:
            return merged(trial, progress)

        return self._run(work, self.tr("Merging…"), path=self.path, modified=True)

    def record(self, decision: Decision) -> bool:
        return self.change(lambda s: s.decisions.append(decision))

    def set_paper(self, entries: Sequence[PaperEntry]) -> bool:
        items = list(entries)

        def edit(s: MergeSession) -> None:
            s.paper = items

        return self.change(edit)

    def save(self, path: Path) -> None:
        """Write the session archive (on the GUI thread: it only copies bytes already read)."""
        merge_files.save_session(path, self._require())
        self.path = path
        self.modified = False
        self.updated.emit()

    # ---- running -------------------------------------------------------------------------------------

    def _require(self) -> MergeSession:
        if self.session is None:
            raise RuntimeError("no merge session is open")
        return self.session

    def _run(self, work: Work, label: str, *, path: Path | None, modified: bool) -> bool:
        if self.runner.busy:
            return False
        self._pending_path, self._pending_modified = path, modified
        return self.runner.start(work, label)

    def _adopt(self, result: object) -> None:
        session, outcome = cast(tuple[MergeSession, MergeOutcome], result)
        self.session, self.outcome = session, outcome
        self.path = self._pending_path
        self.modified = self._pending_modified
        self.updated.emit()
