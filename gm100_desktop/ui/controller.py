"""The bridge between the scoring widgets and the services: one transaction per user action, undo/redo.

Every mutation is saved durably (committed with synchronous=FULL) before `changed` is emitted, so a
widget that marks a value "saved" on that signal never lies. Undo and redo are ordinary mutations too,
recorded in the change history with the reason "undo" or "redo".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gm100_desktop.domain.event import Slot
from gm100_desktop.errors import GM100Error
from gm100_desktop.models.store import Store
from gm100_desktop.services import scoring
from gm100_desktop.services.scoring import AssessorContext, HistoryEntry, RegionRow, RegionSheet, ScoreChange


class ScoringController(QObject):
    changed = Signal(object)  # ScoreChange, after it is durably saved
    failed = Signal(object)  # GM100Error raised by an undo or redo (direct calls raise instead)
    reset = Signal()  # the context was reloaded (another event or assessor): refresh everything

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        with store.transaction() as session:
            self._context = scoring.open_context(session)

    @property
    def context(self) -> AssessorContext:
        return self._context

    def reload(self) -> None:
        with self.store.transaction() as session:
            self._context = scoring.open_context(session)
        self.undo_stack.clear()
        self.reset.emit()

    # ---- reads --------------------------------------------------------------------------------------

    def overview(self) -> list[RegionRow]:
        with self.store.transaction() as session:
            return scoring.region_overview(session, self._context)

    def sheet(self, code: str) -> RegionSheet:
        with self.store.transaction() as session:
            return scoring.region_sheet(session, self._context, code)

    def history(self, code: str | None = None) -> list[HistoryEntry]:
        with self.store.transaction() as session:
            return scoring.region_history(session, self._context, code)

    def slots(self) -> list[Slot]:
        with self.store.transaction() as session:
            return scoring.panel_slots(session, self._context)

    # ---- mutations (raise GM100Error; nothing is half-saved) ------------------------------------------

    def set_score(self, code: str, criterion_id: str, value: int | None) -> ScoreChange:
        change = self._run(
            lambda s, r: scoring.set_score(s, self._context, code, criterion_id, value, reason=r)
        )
        self._push(
            change, self.tr("Score {criterion} of {region}").format(criterion=criterion_id, region=code)
        )
        return change

    def set_note(self, code: str, criterion_id: str, note: str) -> ScoreChange:
        change = self._run(
            lambda s, r: scoring.set_note(s, self._context, code, criterion_id, note, reason=r)
        )
        self._push(
            change, self.tr("Note on {criterion} of {region}").format(criterion=criterion_id, region=code)
        )
        return change

    def set_region_note(self, code: str, note: str) -> ScoreChange:
        change = self._run(lambda s, r: scoring.set_region_note(s, self._context, code, note, reason=r))
        self._push(change, self.tr("Region note of {region}").format(region=code))
        return change

    def finalise(self, code: str) -> ScoreChange:
        change = self._run(lambda s, _r: scoring.finalise_region(s, self._context, code))
        self.undo_stack.clear()  # finalising is a commitment: edits before it are no longer undoable
        return change

    def reopen(self, code: str, reason: str) -> ScoreChange:
        change = self._run(lambda s, _r: scoring.reopen_region(s, self._context, code, reason))
        self.undo_stack.clear()
        return change

    # ---- internals ----------------------------------------------------------------------------------

    def _run(self, action: Callable[..., ScoreChange], reason: str = "") -> ScoreChange:
        with self.store.transaction() as session:
            change = action(session, reason)
        self.changed.emit(change)
        return change

    def _push(self, change: ScoreChange, text: str) -> None:
        if change.old != change.new:
            self.undo_stack.push(_EditCommand(self, change, text))

    def _apply(self, change: ScoreChange, value: str | None, reason: str) -> bool:
        code, cid = change.region_code, change.criterion_id
        try:
            if change.kind == "score":
                assert cid is not None
                number = None if value is None else int(value)
                self._run(
                    lambda s, r: scoring.set_score(s, self._context, code, cid, number, reason=r), reason
                )
            elif change.kind == "note":
                assert cid is not None
                self._run(
                    lambda s, r: scoring.set_note(s, self._context, code, cid, value or "", reason=r), reason
                )
            else:
                self._run(
                    lambda s, r: scoring.set_region_note(s, self._context, code, value or "", reason=r),
                    reason,
                )
        except GM100Error as exc:
            self.failed.emit(exc)
            return False
        return True


class _EditCommand(QUndoCommand):
    """One saved edit. Pushed after it is done, so its first redo() does nothing."""

    def __init__(self, controller: ScoringController, change: ScoreChange, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._change = change
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if not self._controller._apply(self._change, self._change.new, "redo"):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._controller._apply(self._change, self._change.old, "undo"):
            self.setObsolete(True)
