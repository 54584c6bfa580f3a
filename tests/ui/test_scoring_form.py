"""The scoring form through its real widgets: keyboard alone, durable saves, finalise, undo, conflicts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gm100_desktop.errors import FinaliseIncompleteError, GM100Error, StoreWriteError
from gm100_desktop.models.store import Store
from gm100_desktop.services import scoring
from gm100_desktop.services.scoring import FINALISED, IN_PROGRESS, RegionSheet
from gm100_desktop.ui import errors as ui_errors
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.reopen_dialog import ReopenDialog
from gm100_desktop.ui.scoring_form import ScoringForm

REGION = "35.10"  # Kabupaten Banyuwangi, panel P1, no conflict of interest
CONFLICTED = "32.73"  # Kota Bandung: the demo assessor A01 lives and teaches there
ALL_CRITERIA = [f"{d}{i}" for d in ("INF", "SUP", "VIS") for i in range(1, 6)]
# a realistic sheet: every level used, the 1s and 5s explained
VALUES = dict(zip(ALL_CRITERIA, [4, 3, 5, 2, 3, 1, 3, 4, 4, 2, 5, 4, 3, 4, 3], strict=True))


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the form showed; no test may block on a message box."""
    shown: list[BaseException] = []
    monkeypatch.setattr(ui_errors, "show_error", lambda parent, exc, title=None: shown.append(exc))

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    return shown


def make_form(qtbot: QtBot, store: Store, language: str = "en") -> ScoringForm:
    form = ScoringForm(ScoringController(store), language)
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


@pytest.fixture
def form(qtbot: QtBot, store: Store) -> Iterator[ScoringForm]:
    form = make_form(qtbot, store)
    form.show_region(REGION)
    yield form


def stored(store: Store, code: str = REGION) -> RegionSheet:
    """What the database holds, read in a fresh transaction."""
    with store.transaction() as session:
        ctx = scoring.open_context(session)
        return scoring.region_sheet(session, ctx, code)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def segment_centre(form: ScoringForm, cid: str, level: int) -> QPoint:
    selector = form.row(cid).selector
    return selector._segment_rect(level).center()


def score_by_keyboard(qtbot: QtBot, form: ScoringForm, values: dict[str, int]) -> None:
    """Digits and Tab only, exactly as an assessor would: a note on every 1 and 5."""
    focus(qtbot, form.row(ALL_CRITERIA[0]).selector)
    for cid in ALL_CRITERIA:
        row = form.row(cid)
        assert focused() is row.selector, f"keyboard is not on {cid}"
        qtbot.keyClick(focused(), str(values[cid]))
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is row.note
        if values[cid] in (1, 5):
            qtbot.keyClicks(focused(), f"Why {values[cid]} for {cid}")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


# ---- (1) keyboard alone ---------------------------------------------------------------------------------


def test_keyboard_only_scoring_saves_every_criterion_and_note(
    qtbot: QtBot, form: ScoringForm, store: Store
) -> None:
    score_by_keyboard(qtbot, form, VALUES)

    sheet = stored(store)
    assert sheet.scores == VALUES
    ends = {cid for cid, v in VALUES.items() if v in (1, 5)}
    assert {cid for cid, note in sheet.notes.items() if note} == ends
    assert sheet.notes["SUP1"] == "Why 1 for SUP1"
    assert sheet.state == IN_PROGRESS
    assert focused() is form.region_note  # after the last criterion comes the region note
    assert all(form.row(cid).status.text().startswith("Saved") for cid in ALL_CRITERIA)
    assert form.total_label.text().startswith("Total 6")  # complete: no longer provisional
    assert "provisional" not in form.total_label.text()


def test_arrows_preview_and_space_confirms_up_down_move_between_criteria(
    qtbot: QtBot, form: ScoringForm, store: Store
) -> None:
    first, second = form.row("INF1"), form.row("INF2")
    focus(qtbot, first.selector)
    qtbot.keyClick(first.selector, Qt.Key.Key_End)
    qtbot.keyClick(first.selector, Qt.Key.Key_Left)
    assert first.selector.previewedLevel() == 4
    assert "4 · Good" in first.descriptor.text()  # the descriptor follows the preview
    assert form.guide.highlighted_level() == 4
    assert stored(store).scores["INF1"] is None  # a preview is not a score
    qtbot.keyClick(first.selector, Qt.Key.Key_Space)
    assert stored(store).scores["INF1"] == 4

    qtbot.keyClick(first.selector, Qt.Key.Key_Down)
    assert focused() is second.selector
    assert form.guide.current_criterion() is second.criterion
    qtbot.keyClick(second.selector, Qt.Key.Key_Right)  # unpreviewed: starts at the lowest level
    qtbot.keyClick(second.selector, Qt.Key.Key_Up)  # leaving drops the unconfirmed preview
    assert focused() is first.selector
    assert stored(store).scores["INF2"] is None
    qtbot.keyClick(first.selector, Qt.Key.Key_Delete)
    assert stored(store).scores["INF1"] is None
    qtbot.keyClick(first.selector, "9")  # not on the 1–5 scale: ignored
    assert stored(store).scores["INF1"] is None


def test_subtotals_and_total_follow_each_saved_score(qtbot: QtBot, form: ScoringForm) -> None:
    assert "not scored yet" in form._groups["infrastructure"].title()
    focus(qtbot, form.row("INF1").selector)
    qtbot.keyClick(focused(), "5")  # 100 with weight 1.5
    qtbot.keyClick(form.row("INF2").selector, "3")  # 50 with weight 1
    assert form._groups["infrastructure"].title() == "Infrastructure — 80.0 / 100, 2 of 5 scored"
    assert form.total_label.text() == "Total 80.0 / 100 (provisional: 2 of 15 criteria scored)"


# ---- (2) durable: a new controller and form show the same -----------------------------------------------


def test_values_and_notes_survive_closing_the_form(qtbot: QtBot, form: ScoringForm, store: Store) -> None:
    score_by_keyboard(qtbot, form, VALUES)
    # a note typed without leaving the field is saved after a short pause ...
    note = form.row("INF2").note
    focus(qtbot, note)
    qtbot.keyClicks(note, "Server room shared with the finance office")
    assert form.row("INF2").status.text() == "Saving…"
    qtbot.waitUntil(lambda: form.row("INF2").save_state() == "saved")
    assert stored(store).notes["INF2"] == "Server room shared with the finance office"
    # ... and one still being typed when the form closes is saved by the close
    focus(qtbot, form.region_note)
    qtbot.keyClicks(form.region_note, "Clear presentation by the bupati himself.")
    form.close()
    assert stored(store).region_note == "Clear presentation by the bupati himself."

    again = make_form(qtbot, store)
    again.show_region(REGION)
    assert {cid: again.row(cid).selector.value() for cid in ALL_CRITERIA} == VALUES
    assert again.row("SUP1").note.text() == "Why 1 for SUP1"
    assert again.row("INF2").note.text() == "Server room shared with the finance office"
    assert again.region_note.text() == "Clear presentation by the bupati himself."
    assert again.badge.text() == "In progress"


# ---- (3) finalise and reopen ----------------------------------------------------------------------------


def test_finalise_is_refused_until_complete_and_explained(
    qtbot: QtBot, form: ScoringForm, store: Store, shown_errors: list[BaseException]
) -> None:
    for cid in ALL_CRITERIA[:-2]:  # VIS4 and VIS5 left unscored; INF3 and VIS1 are 5s, SUP1 a 1
        form.row(cid).selector.setFocus()
        qtbot.keyClick(form.row(cid).selector, str(VALUES[cid]))
    assert not form.finalise_current()
    error = shown_errors.pop()
    assert isinstance(error, FinaliseIncompleteError)
    message = ui_errors.error_text(error)
    assert "VIS4, VIS5" in message and "INF3, SUP1, VIS1" in message
    assert focused() is form.row("INF3").note  # the first gap in rubric order: INF3 needs a note
    assert form.row("INF3").problem() == "Note needed"
    assert form.row("VIS4").problem() == "Score needed"
    assert form.row("INF3").note_label.text() == "Note (required)"

    for cid in ("INF3", "SUP1", "VIS1"):
        form.row(cid).note.setFocus()
        qtbot.keyClicks(form.row(cid).note, "Explained")
    form.row("INF1").selector.setFocus()
    assert not form.finalise_current()  # still: two criteria are not scored
    assert "VIS4, VIS5" in ui_errors.error_text(shown_errors.pop())
    assert focused() is form.row("VIS4").selector
    assert form.row("INF3").problem() is None

    qtbot.keyClick(focused(), str(VALUES["VIS4"]))
    qtbot.keyClick(form.row("VIS5").selector, str(VALUES["VIS5"]))
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter
    assert stored(store).state == FINALISED
    assert not shown_errors
    assert form.badge.text() == "Finalised"
    assert form.banner.isVisible() and "Finalised" in form.banner.text()

    # finalised: everything is read-only, a digit changes nothing
    for cid in ALL_CRITERIA:
        assert form.row(cid).selector.isReadOnly() and form.row(cid).note.isReadOnly()
    assert form.region_note.isReadOnly()
    focus(qtbot, form.row("INF1").selector)
    qtbot.keyClick(focused(), "1")
    assert form.row("INF1").selector.value() == VALUES["INF1"]
    assert stored(store).scores["INF1"] == VALUES["INF1"]
    assert form.reopen_button.isVisibleTo(form) and not form.finalise_button.isVisibleTo(form)


def test_reopen_needs_a_reason_which_lands_in_the_history(
    qtbot: QtBot, form: ScoringForm, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = form._controller
    for cid, value in VALUES.items():
        controller.set_score(REGION, cid, value)
        if value in (1, 5):
            controller.set_note(REGION, cid, "Explained")
    assert form.finalise_current()

    dialog = ReopenDialog("Kabupaten Banyuwangi")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()  # blanks are not a reason
    dialog.reason_edit.clear()
    qtbot.keyClicks(dialog.reason_edit, "Changed after the panel discussion")
    assert dialog.ok_button.isEnabled()

    monkeypatch.setattr(ReopenDialog, "ask_reason", staticmethod(lambda parent, name: None))
    assert not form.reopen_current()  # cancelled: still finalised
    assert stored(store).state == FINALISED

    asked: list[str] = []

    def answer(parent: object, name: str) -> str:
        asked.append(name)
        return "Changed after the panel discussion"

    monkeypatch.setattr(ReopenDialog, "ask_reason", staticmethod(answer))
    assert form.reopen_current()
    assert asked == ["Kabupaten Banyuwangi"]
    assert stored(store).state == IN_PROGRESS
    last = controller.history(REGION)[-1]
    assert (last.kind, last.reason) == ("reopen", "Changed after the panel discussion")
    assert not form.row("INF1").selector.isReadOnly()
    assert form.badge.text() == "In progress"


# ---- (4) undo and redo ----------------------------------------------------------------------------------


def test_undo_redo_restores_store_and_widgets(qtbot: QtBot, form: ScoringForm, store: Store) -> None:
    row = form.row("SUP2")
    focus(qtbot, row.selector)
    qtbot.keyClick(row.selector, "3")
    qtbot.keyClick(row.selector, "4")
    qtbot.keyClick(row.selector, Qt.Key.Key_Tab)
    qtbot.keyClicks(row.note, "Dinas Kominfo has a smart city unit")
    qtbot.keyClick(row.note, Qt.Key.Key_Tab)
    stack = form._controller.undo_stack

    stack.undo()  # the note
    assert stored(store).notes["SUP2"] == "" and row.note.text() == ""
    stack.undo()  # 4 -> 3
    assert stored(store).scores["SUP2"] == 3 and row.selector.value() == 3
    assert form._groups["suprastructure"].title().startswith("Suprastructure — 50.0 / 100")
    stack.undo()  # 3 -> nothing
    assert stored(store).scores["SUP2"] is None and row.selector.value() is None
    stack.redo()
    stack.redo()
    assert stored(store).scores["SUP2"] == 4 and row.selector.value() == 4
    stack.redo()
    assert stored(store).notes["SUP2"] == "Dinas Kominfo has a smart city unit"
    assert row.note.text() == "Dinas Kominfo has a smart city unit"
    assert row.status.text().startswith("Saved")


# ---- (5) conflict of interest ---------------------------------------------------------------------------


def test_conflict_of_interest_region_is_shown_blocked(qtbot: QtBot, form: ScoringForm, store: Store) -> None:
    form.show_region(CONFLICTED)
    assert form.current_region() == CONFLICTED
    assert form.banner.isVisible()
    assert "Conflict of interest" in form.banner.text()
    assert "Berdomisili dan mengajar di Kota Bandung" in form.banner.text()
    for cid in ALL_CRITERIA:
        assert not form.row(cid).selector.isEnabled()
        assert not form.row(cid).note.isEnabled()
    assert not form.region_note.isEnabled()
    assert not form.finalise_button.isEnabled()
    assert not form.finalise_current()
    qtbot.mouseClick(
        form.row("INF1").selector, Qt.MouseButton.LeftButton, pos=segment_centre(form, "INF1", 3)
    )
    assert stored(store, CONFLICTED).scores["INF1"] is None

    form.show_region(REGION)  # leaving it lifts the block
    assert not form.banner.isVisible()
    assert form.row("INF1").selector.isEnabled()


# ---- (6) "saved" only after the store has it ------------------------------------------------------------


def test_saved_indicator_never_claims_a_failed_save(
    qtbot: QtBot,
    form: ScoringForm,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[BaseException],
) -> None:
    row = form.row("VIS1")
    seen_during_save: list[str] = []

    def broken_disk(*args: object, **kwargs: object) -> None:
        seen_during_save.append(row.status.text())
        raise StoreWriteError(store.path, "disk I/O error")

    monkeypatch.setattr(scoring, "set_score", broken_disk)
    focus(qtbot, row.selector)
    qtbot.keyClick(row.selector, "4")
    assert seen_during_save == ["Saving…"]
    assert row.save_state() == "failed"
    assert row.status.text() == "Not saved"
    assert "disk I/O error" in row.error_label.text()
    assert row.selector.value() is None  # the form shows what the store holds
    assert stored(store).scores["VIS1"] is None
    assert [type(e) for e in shown_errors] == [StoreWriteError]
    assert form.has_unsaved_changes()

    monkeypatch.undo()
    monkeypatch.setattr(ui_errors, "show_error", lambda parent, exc, title=None: shown_errors.append(exc))
    qtbot.keyClick(row.selector, "4")
    assert stored(store).scores["VIS1"] == 4
    assert row.save_state() == "saved" and row.status.text().startswith("Saved")


def test_failed_note_keeps_the_text_and_says_not_saved(
    qtbot: QtBot,
    form: ScoringForm,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[BaseException],
) -> None:
    def broken_disk(*args: object, **kwargs: object) -> None:
        raise StoreWriteError(store.path, "disk full")

    monkeypatch.setattr(scoring, "set_note", broken_disk)
    row = form.row("VIS2")
    focus(qtbot, row.note)
    qtbot.keyClicks(row.note, "Bupati committed budget for 2020")
    qtbot.keyClick(row.note, Qt.Key.Key_Tab)
    assert row.status.text() == "Not saved"
    assert row.note.text() == "Bupati committed budget for 2020"  # nothing typed is thrown away
    assert stored(store).notes["VIS2"] == ""
    assert len(shown_errors) == 1 and isinstance(shown_errors[0], GM100Error)


# ---- (7) mouse ------------------------------------------------------------------------------------------


def test_mouse_click_selects_and_hover_shows_the_level(qtbot: QtBot, form: ScoringForm, store: Store) -> None:
    row = form.row("VIS3")
    hovered: list[object] = []
    row.selector.levelHovered.connect(hovered.append)
    form._scroll_area.ensureWidgetVisible(row)
    qtbot.mouseMove(row.selector, segment_centre(form, "VIS3", 2))
    qtbot.waitUntil(lambda: row.selector.previewedLevel() == 2)
    assert hovered[-1] == 2
    assert "2 · Poor" in row.descriptor.text()

    with qtbot.waitSignal(row.selector.valueChosen) as chosen:
        qtbot.mouseClick(row.selector, Qt.MouseButton.LeftButton, pos=segment_centre(form, "VIS3", 4))
    assert chosen.args == [4]
    assert stored(store).scores["VIS3"] == 4
    assert row.selector.value() == 4
    assert focused() is row.selector  # clicking also puts the keyboard there
    assert form.guide.current_criterion() is row.criterion


# ---- language -------------------------------------------------------------------------------------------


def test_language_switch_rerenders_rubric_texts(qtbot: QtBot, form: ScoringForm) -> None:
    qtbot.keyClick(form.row("INF1").selector, "4")
    form.set_language("id")
    assert "Jaringan dan konektivitas" in form.row("INF1").title.text()
    assert form._groups["infrastructure"].title().startswith("Infrastruktur — 75,0 / 100")
    assert "4 · Baik" in form.row("INF1").descriptor.text()
    form.set_language("en")
    assert "Network and connectivity" in form.row("INF1").title.text()
