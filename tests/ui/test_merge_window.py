"""The chair's merge window with the demo's signed bundles: states, decisions, session archive, export."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from signing_support import minisign_verify

from gm100_desktop.domain.paper import PaperEntry
from gm100_desktop.services.demo_files import DEMO_PASSPHRASE, DemoSummary, write_demo_files
from gm100_desktop.services.identity import load_identity, unlock_identity
from gm100_desktop.ui import merge_export_dialog, merge_window
from gm100_desktop.ui.merge_inputs_view import PinKeyPanel
from gm100_desktop.ui.merge_window import MergeWindow
from ui.merge_support import flip_byte, new_merge_window, open_demo, report, resign, run, shown, states

REASON_COLUMN = 6


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    return write_demo_files(tmp_path_factory.mktemp("demo"), regions=12, assessors=6, panels=2, kdf_n=1024)


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown_errors: list[str] = []
    for module in (merge_window, merge_export_dialog):
        monkeypatch.setattr(module, "show_error", lambda _parent, exc: shown_errors.append(str(exc)))
    return shown_errors


@pytest.fixture
def window(qtbot: QtBot, errors_shown: list[str]) -> MergeWindow:
    return new_merge_window(qtbot)


def reasons(answer: str | None, asked: list[dict[str, object]]) -> Callable[..., str | None]:
    """A stand-in for the reason dialog: records what was asked and answers `answer`."""

    def ask(_parent: object, title: str, text: str, **options: object) -> str | None:
        asked.append({"title": title, "text": text, **options})
        return answer

    return ask


def test_the_demo_folder_is_accepted_ranked_and_complete_where_finalised(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary, errors_shown: list[str]
) -> None:
    open_demo(qtbot, window, demo)
    assert set(states(window).values()) == {"accepted"} and len(states(window)) == 6
    assert shown(window, 0, 1) == "accepted"
    data = report(window)
    shown_ranking = window.ranking.rank_rows()
    assert shown_ranking == [(r["rank"], r["region_code"], r["selected"]) for r in data["ranking"]]
    assert shown_ranking and all(selected for _rank, _code, selected in shown_ranking)  # fewer than 25 ranked
    assert window.ranking.top_n.value() == 25

    matrix = window.completeness.states()
    assert matrix == {(c["region_code"], c["assessor_id"]): c["state"] for c in data["completeness"]}
    complete = {g["region_code"] for g in data["regions"] if g["complete"]}
    for (code, _assessor), state in matrix.items():
        assert state in (
            ("finalised", "conflict") if code in complete else ("finalised", "in_progress", "conflict")
        )
    model = window.completeness.model
    window.completeness.show_panel("P1")
    letters = {
        model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(len(model.assessors))
    }
    assert letters <= {"F", "C", "P", "M", ""} and "F" in letters
    not_ranked = [str(r["region_code"]) for r in window.ranking.excluded_model.rows]
    assert not_ranked == data["excluded"] and all(code not in complete for code in not_ranked)
    assert errors_shown == []


def test_a_tampered_bundle_is_refused_with_its_reason_shown(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary, tmp_path: Path
) -> None:
    open_demo(qtbot, window, demo, bundles=False)
    tampered = tmp_path / "tampered.gm100bundle"
    flip_byte(demo.bundles[0], tampered)
    run(qtbot, window, lambda: window.add_paths([tampered, *demo.bundles[1:]]))
    assert states(window)["tampered.gm100bundle"] == "refused"
    row = next(i for i, r in enumerate(window.inputs.model.rows) if r["name"] == "tampered.gm100bundle")
    assert shown(window, row, 1) == "refused"
    assert len(shown(window, row, REASON_COLUMN)) > 10  # the core's reason, as given
    assert list(states(window).values()).count("accepted") == 5
    a001 = [c["state"] for c in report(window)["completeness"] if c["assessor_id"] == "A001"]
    assert a001 and "finalised" not in a001  # nothing of the refused file counts


def test_an_unknown_key_is_quarantined_until_pinned_with_a_reason(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary, tmp_path: Path
) -> None:
    open_demo(qtbot, window, demo)
    laptop = tmp_path / "A001-new-laptop.gm100bundle"
    key = resign(demo.bundles[0], laptop, sequence=2)
    run(qtbot, window, lambda: window.add_paths([laptop]))
    assert states(window)[laptop.name] == "quarantined"
    assert not window.inputs.pin_button.isEnabled()  # nothing selected yet

    asked: list[dict[str, object]] = []
    window.inputs.ask_reason = reasons(None, asked)
    assert window.inputs.select_file(laptop.name) and window.inputs.pin_button.isEnabled()
    assert window.inputs.pin_selected() is None  # cancelled: nothing recorded
    panel = asked[0]["extra"]
    assert isinstance(panel, PinKeyPanel)
    assert panel.key_view.key() == key.public_key()  # the fingerprint compared is this bundle's key
    assert asked[0]["confirm"]  # the chair must confirm the comparison
    assert report(window)["decisions"] == []

    window.inputs.ask_reason = reasons("Fingerprint read aloud by A001, all groups match", asked)
    with qtbot.waitSignal(window.model.finished, timeout=30000):
        decision = window.inputs.pin_selected()
    assert decision is not None and decision.kind == "pin_key" and decision.value == "A001"
    assert states(window)[laptop.name] == "accepted"
    assert states(window)[demo.bundles[0].name] == "superseded"
    listed = window.decisions.models[0]
    assert [str(listed.data(listed.index(0, c))) for c in (0, 3)] == [
        "Key pinned to an assessor",
        "Fingerprint read aloud by A001, all groups match",
    ]
    assert window.isWindowModified()


def test_choosing_the_median_records_a_decision_and_reranks(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary
) -> None:
    open_demo(qtbot, window, demo)
    asked: list[dict[str, object]] = []
    window.ranking.ask_reason = reasons(None, asked)
    assert window.ranking.choose_method("median") is None
    assert report(window)["rule"]["method"] == "mean" and window.ranking.method.currentData() == "mean"

    window.ranking.ask_reason = reasons("Two outliers in panel P2", asked)
    with qtbot.waitSignal(window.model.finished, timeout=30000):
        window.ranking.choose_method("median")
    data = report(window)
    assert data["rule"]["method"] == "median" and window.ranking.method.currentData() == "median"
    assert data["decisions"] == [
        {"kind": "method", "subject": "", "value": "median", "reason": "Two outliers in panel P2"}
    ]
    assert window.decisions.models[0].rowCount() == 1


def test_top_n_and_including_an_incomplete_region_are_decisions(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary
) -> None:
    open_demo(qtbot, window, demo)
    window.ranking.ask_reason = reasons("Three places this year", [])
    with qtbot.waitSignal(window.model.finished, timeout=30000):
        window.ranking.choose_top_n(3)
    assert [selected for _r, _c, selected in window.ranking.rank_rows()][:4] == [True, True, True, False]
    assert window.ranking.delegate.cut_row == 2  # the line under the third place

    excluded = report(window)["excluded"]
    assert excluded
    window.ranking.excluded_table.selectRow(0)
    window.ranking.ask_reason = reasons("The missing sheet is on its way; rank it provisionally", [])
    with qtbot.waitSignal(window.model.finished, timeout=30000):
        window.ranking.include_selected()
    ranked = {code for _r, code, _s in window.ranking.rank_rows()}
    assert excluded[0] in ranked
    row = next(r for r in window.ranking.model.rows if r["region_code"] == excluded[0])
    assert row["incomplete"]
    assert [d["kind"] for d in report(window)["decisions"]] == ["top_n", "include_region"]


def test_the_saved_session_reopens_with_the_same_ranking(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary, tmp_path: Path, errors_shown: list[str]
) -> None:
    open_demo(qtbot, window, demo)
    window.ranking.ask_reason = reasons("Agreed by the panel chairs", [])
    with qtbot.waitSignal(window.model.finished, timeout=30000):
        window.ranking.choose_method("median")
    target = tmp_path / "elsewhere" / "merge"
    target.parent.mkdir()
    window.choose_save_file = lambda *_args: target
    assert window.save_session()
    saved = target.with_name("merge.gm100merge")
    assert saved.exists() and not window.isWindowModified()

    other = new_merge_window(qtbot)
    run(qtbot, other, lambda: other.open_session(saved))
    assert other.ranking.rank_rows() == window.ranking.rank_rows()
    assert report(other)["ranking"] == report(window)["ranking"]
    assert report(other)["decisions"] == report(window)["decisions"]
    assert other.model.path == saved and not other.isWindowModified()
    assert errors_shown == []


def test_cancelling_leaves_the_session_as_it_was(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary
) -> None:
    open_demo(qtbot, window, demo, bundles=False)
    before_session, before_outcome = window.model.session, window.model.outcome
    with qtbot.waitSignal(window.model.runner.cancelled, timeout=30000):
        assert window.add_paths([demo.folder / "bundles"])
        dialog = window.model.runner.dialog
        assert dialog is not None and window.model.busy
        assert not window.add_files_action.isEnabled() or window.model.busy
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()
    qtbot.waitUntil(lambda: not window.model.busy)
    assert window.model.session is before_session and window.model.outcome is before_outcome
    assert before_session is not None and before_session.inputs == []
    assert states(window) == {}


def drop(target: QWidget, *paths: Path) -> None:
    """Drop `paths` on `target` (the mime data must live while the event is handled)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)


def test_dropping_the_event_then_a_folder_opens_and_adds(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary
) -> None:
    with qtbot.waitSignal(window.model.finished, timeout=30000):
        drop(window, demo.event_file)  # on the start page
    assert window.model.session is not None and states(window) == {}
    with qtbot.waitSignal(window.model.finished, timeout=30000):
        drop(window.inputs, demo.folder / "bundles")
    assert list(states(window).values()) == ["accepted"] * 6
    assert window.model.session.blobs and all(  # kept in memory: saving works once the stick is gone
        isinstance(b, bytes) for b in window.model.session.blobs.values()
    )


def test_paper_sheets_typed_twice_complete_a_missing_sheet(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary
) -> None:
    open_demo(qtbot, window, demo)
    cell = next(c for c in report(window)["completeness"] if c["state"] == "in_progress")
    assert window.model.session is not None
    criteria = [c.id for c in window.model.session.event.definition.rubric.criteria()]
    entries = [
        PaperEntry(cell["assessor_id"], cell["region_code"], criterion, 3, "", typist)
        for typist in ("Dewi", "Budi")
        for criterion in criteria
    ]
    window.edit_paper = lambda _parent, _definition, old, _language: [*old, *entries]
    with qtbot.waitSignal(window.model.finished, timeout=30000):
        assert window.type_paper()
    after = {(c["region_code"], c["assessor_id"]): c for c in report(window)["completeness"]}
    assert after[(cell["region_code"], cell["assessor_id"])]["state"] == "finalised"
    assert after[(cell["region_code"], cell["assessor_id"])]["source"] == "paper"
    window.completeness.show_panel(cell["panel_id"])
    model = window.completeness.model
    r, c = model.regions.index(cell["region_code"]), model.assessors.index(cell["assessor_id"])
    assert model.data(model.index(r, c)) == "F*"


def test_export_writes_the_signed_json_and_the_tables(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary, tmp_path: Path, errors_shown: list[str]
) -> None:
    open_demo(qtbot, window, demo)
    dialog = window.export()
    assert dialog is not None
    dialog.chair_identity = lambda: load_identity(demo.chair_key)
    dialog.unlock = lambda _parent, identity, _purpose: unlock_identity(identity, DEMO_PASSPHRASE)
    dialog.folder.setText(str(tmp_path / "out"))
    written = dialog.export()
    assert errors_shown == []
    json_file = tmp_path / "out" / "RANKING.json"
    assert json_file in written and Path(f"{json_file}.minisig").exists()
    assert minisign_verify(json_file, tmp_path / "out" / "chair.pub").returncode == 0
    assert json.loads(json_file.read_bytes())["selected"] == report(window)["selected"]
    assert dialog.json_sha256 in dialog.result_label.text()
    for box, suffix in ((dialog.csv_box, ".csv"), (dialog.xlsx_box, ".xlsx")):
        if box.isEnabled():  # ranking_outputs may not be there yet
            assert (tmp_path / "out" / f"RANKING{suffix}") in written
            assert (tmp_path / "out" / f"RANKING{suffix}").stat().st_size > 0


def test_export_refuses_a_chair_key_that_did_not_sign_the_event(
    qtbot: QtBot, window: MergeWindow, demo: DemoSummary, tmp_path: Path, errors_shown: list[str]
) -> None:
    open_demo(qtbot, window, demo)
    stranger = write_demo_files(tmp_path / "stranger", regions=2, assessors=1, panels=1, kdf_n=1024)
    dialog = window.export()
    assert dialog is not None
    dialog.chair_identity = lambda: load_identity(stranger.chair_key)
    dialog.unlock = lambda _parent, identity, _purpose: unlock_identity(identity, DEMO_PASSPHRASE)
    dialog.folder.setText(str(tmp_path / "out"))
    assert dialog.export() == []
    assert errors_shown and "did not sign this event" in errors_shown[0]
    assert not (tmp_path / "out" / "RANKING.json").exists()
