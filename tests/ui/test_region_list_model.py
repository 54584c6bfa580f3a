"""The region list model: schedule order, progress text, conflicts blocked, only the changed row refreshed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from gm100_desktop.models.store import Store
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.region_list import (
    CODE,
    CODE_ROLE,
    CONFLICT_ROLE,
    REGION,
    STATE,
    STATE_ROLE,
    TIME,
    RegionList,
    RegionListModel,
)

P1_ORDER = ["32.73", "35.10", "36.74", "33.27", "73.71", "34.04"]
ALL_CRITERIA = [f"{d}{i}" for d in ("INF", "SUP", "VIS") for i in range(1, 6)]


@pytest.fixture
def controller(store: Store, qtbot: QtBot) -> ScoringController:
    return ScoringController(store)


@pytest.fixture
def model(controller: ScoringController) -> RegionListModel:
    return RegionListModel(controller, "en")


def cell(model: RegionListModel, code: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    row = model.row_of(code)
    assert row is not None
    return model.index(row, column).data(role)


def test_rows_follow_the_panel_schedule_with_time_code_name_and_progress(model: RegionListModel) -> None:
    assert model.rowCount() == 6 and model.columnCount() == 4
    assert [model.index(r, CODE).data() for r in range(6)] == P1_ORDER
    assert cell(model, "35.10", TIME) == "21 Feb 10:30"
    assert cell(model, "33.27", TIME) == "22 Feb 09:00"
    assert cell(model, "35.10", REGION) == "Kabupaten Banyuwangi"
    assert cell(model, "35.10", STATE) == "Not started 0/15"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Time",
        "Code",
        "Region",
        "Progress",
    ]


def test_conflict_region_is_marked_in_words_with_its_reason_and_a_distinct_icon(
    model: RegionListModel,
) -> None:
    assert cell(model, "32.73", STATE) == "Conflict of interest"
    assert cell(model, "32.73", STATE, STATE_ROLE) == "conflict"
    assert cell(model, "32.73", CODE, CONFLICT_ROLE) == "Berdomisili dan mengajar di Kota Bandung"
    tooltip = str(cell(model, "32.73", REGION, Qt.ItemDataRole.ToolTipRole))
    assert "Berdomisili dan mengajar di Kota Bandung" in tooltip and "cannot score" in tooltip
    conflict_icon = cell(model, "32.73", STATE, Qt.ItemDataRole.DecorationRole)
    plain_icon = cell(model, "35.10", STATE, Qt.ItemDataRole.DecorationRole)
    assert isinstance(conflict_icon, QIcon) and isinstance(plain_icon, QIcon)
    assert conflict_icon.pixmap(16).toImage() != plain_icon.pixmap(16).toImage()
    assert cell(model, "35.10", CODE, CONFLICT_ROLE) is None


def test_a_saved_score_refreshes_only_that_regions_row(
    model: RegionListModel, controller: ScoringController, qtbot: QtBot
) -> None:
    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda tl, br, *_: changed.append((tl.row(), br.row())))
    model.modelReset.connect(lambda: resets.append(True))

    controller.set_score("36.74", "INF1", 4)

    row = model.row_of("36.74")
    assert changed == [(row, row)]
    assert not resets
    assert cell(model, "36.74", STATE) == "In progress 1/15"
    assert cell(model, "36.74", STATE, STATE_ROLE) == "in_progress"
    assert cell(model, "35.10", STATE) == "Not started 0/15"


def test_finalised_and_cleared_scores_show_the_true_count(
    model: RegionListModel, controller: ScoringController
) -> None:
    for cid in ALL_CRITERIA:
        controller.set_score("35.10", cid, 3)
    assert cell(model, "35.10", STATE) == "In progress 15/15"
    controller.finalise("35.10")
    assert cell(model, "35.10", STATE) == "Finalised 15/15"
    controller.reopen("35.10", "panel discussion")
    controller.set_score("35.10", "INF1", None)
    assert cell(model, "35.10", STATE) == "In progress 14/15"


def test_reset_reloads_every_row(model: RegionListModel, controller: ScoringController, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.modelReset):
        controller.reload()
    assert model.rowCount() == 6


def test_search_matches_code_name_and_province(controller: ScoringController, qtbot: QtBot) -> None:
    widget = RegionList(controller, "en")
    qtbot.addWidget(widget)
    widget.search.setText("bandung")
    assert widget.codes() == ["32.73"]
    widget.search.setText("jawa timur")
    assert widget.codes() == ["35.10"]
    widget.search.setText("34.0")
    assert widget.codes() == ["34.04"]
    widget.search.clear()
    assert widget.codes() == P1_ORDER


def test_conflict_region_cannot_be_opened_and_navigation_skips_it(
    controller: ScoringController, qtbot: QtBot
) -> None:
    widget = RegionList(controller, "en")
    qtbot.addWidget(widget)
    opened: list[str] = []
    blocked: list[str] = []
    widget.activated.connect(opened.append)
    widget.blocked.connect(blocked.append)

    widget.request_open("32.73")
    widget.request_open("35.10")
    assert (opened, blocked) == (["35.10"], ["32.73"])

    assert widget.neighbour(None, 1) == "35.10"
    assert widget.neighbour("35.10", -1) is None
    assert widget.neighbour("35.10", 1) == "36.74"
    assert widget.neighbour("34.04", 1) is None
    assert widget.neighbour("32.73", 1) == "35.10"

    widget.select("32.73")
    assert "Conflict of interest" in widget.detail.text()


def test_search_enter_opens_the_first_match(controller: ScoringController, qtbot: QtBot) -> None:
    widget = RegionList(controller, "en")
    qtbot.addWidget(widget)
    widget.search.setText("makassar")
    with qtbot.waitSignal(widget.activated) as signal:
        qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    assert signal.args == ["73.71"]


def test_rows_are_not_editable(model: RegionListModel) -> None:
    flags = model.flags(model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.index(1, REGION).data(CODE_ROLE) == "35.10"
