"""Scoring through the service the UI uses: scores, notes, states, finalise/reopen, conflicts and history."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from gm100_desktop.errors import (
    ConflictOfInterestError,
    FinaliseIncompleteError,
    ReasonRequiredError,
    RegionFinalisedError,
    RegionNotFinalisedError,
    ScoreOutOfRangeError,
    UnknownCriterionError,
    UnknownRegionError,
)
from gm100_desktop.models.store import Store
from gm100_desktop.services import scoring
from gm100_desktop.services.scoring import AssessorContext

REGION = "35.10"  # Kabupaten Banyuwangi, panel P1
OTHER = "36.74"  # Kota Tangerang Selatan, panel P1
CONFLICT = "32.73"  # Kota Bandung: A01 lives and teaches there
CRITERIA = [f"{p}{i}" for p in ("INF", "SUP", "VIS") for i in range(1, 6)]


def sheet(store: Store, ctx: AssessorContext, code: str = REGION) -> scoring.RegionSheet:
    with store.transaction() as s:
        return scoring.region_sheet(s, ctx, code)


def history(store: Store, ctx: AssessorContext, code: str | None = REGION) -> list[scoring.HistoryEntry]:
    with store.transaction() as s:
        return scoring.region_history(s, ctx, code)


def chain_ok(store: Store, ctx: AssessorContext) -> bool:
    with store.transaction() as s:
        return scoring.verify_history_chain(s, ctx)


def score_all(store: Store, ctx: AssessorContext, code: str = REGION, value: int = 3) -> None:
    with store.transaction() as s:
        for criterion in CRITERIA:
            scoring.set_score(s, ctx, code, criterion, value)


def test_context_is_the_demo_assessor(ctx: AssessorContext) -> None:
    assert (ctx.assessor_id, ctx.event_id, ctx.panel_name) == ("A01", "demo-gm100-2019", "Panel 1")
    assert sorted(ctx.criterion_rows) == sorted(CRITERIA)
    assert ctx.regions[CONFLICT].conflict == "Berdomisili dan mengajar di Kota Bandung"
    assert ctx.regions[REGION].conflict is None


def test_set_and_clear_a_score(store: Store, ctx: AssessorContext) -> None:
    with store.transaction() as s:
        change = scoring.set_score(s, ctx, REGION, "INF1", 4)
    assert (change.region_code, change.criterion_id, change.kind) == (REGION, "INF1", "score")
    assert (change.old, change.new, change.state) == (None, "4", "in_progress")
    assert sheet(store, ctx).scores["INF1"] == 4

    with store.transaction() as s:
        change = scoring.set_score(s, ctx, REGION, "INF1", 2)
    assert (change.old, change.new) == ("4", "2")

    with store.transaction() as s:
        change = scoring.set_score(s, ctx, REGION, "INF1", None)
    assert (change.old, change.new) == ("2", None)
    result = sheet(store, ctx)
    assert result.scores["INF1"] is None
    assert result.state == "in_progress"  # clearing a score does not undo having started


@pytest.mark.parametrize("value", [0, 6, -1, 100])
def test_out_of_range_score_is_refused_and_nothing_saved(
    store: Store, ctx: AssessorContext, value: int
) -> None:
    with pytest.raises(ScoreOutOfRangeError) as err, store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "SUP2", value)
    assert err.value.params == {"criterion": "SUP2", "value": value, "low": 1, "high": 5}
    assert sheet(store, ctx).scores["SUP2"] is None
    assert sheet(store, ctx).state == "not_started"
    assert history(store, ctx) == []


def test_unknown_criterion_and_region_are_refused(store: Store, ctx: AssessorContext) -> None:
    with pytest.raises(UnknownCriterionError) as crit_err, store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "GOV1", 3)
    assert crit_err.value.params["criterion"] == "GOV1"
    with pytest.raises(UnknownRegionError) as region_err, store.transaction() as s:
        scoring.set_score(s, ctx, "99.99", "INF1", 3)
    assert region_err.value.params["code"] == "99.99"
    with pytest.raises(UnknownRegionError), store.transaction() as s:
        scoring.set_note(s, ctx, "99.99", "INF1", "x")
    with pytest.raises(UnknownCriterionError), store.transaction() as s:
        scoring.set_note(s, ctx, REGION, "inf1", "x")
    with pytest.raises(UnknownRegionError), store.transaction() as s:
        scoring.region_sheet(s, ctx, "99.99")
    assert history(store, ctx, None) == []


def test_notes_and_region_note(store: Store, ctx: AssessorContext) -> None:
    with store.transaction() as s:
        change = scoring.set_note(s, ctx, REGION, "INF3", "Command centre belum 24 jam")
    assert (change.kind, change.old, change.new, change.state) == (
        "note",
        "",
        "Command centre belum 24 jam",
        "in_progress",
    )
    with store.transaction() as s:
        change = scoring.set_region_note(s, ctx, REGION, "Paparan oleh Sekda, bupati berhalangan")
    assert (change.kind, change.criterion_id) == ("region_note", None)

    result = sheet(store, ctx)
    assert result.notes["INF3"] == "Command centre belum 24 jam"
    assert result.scores["INF3"] is None  # a note alone is not a score
    assert result.region_note == "Paparan oleh Sekda, bupati berhalangan"
    assert result.state == "in_progress"


def test_state_goes_through_finalise_and_reopen(store: Store, ctx: AssessorContext) -> None:
    assert sheet(store, ctx).state == "not_started"
    with store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "VIS1", 3)
    assert sheet(store, ctx).state == "in_progress"
    score_all(store, ctx)

    with store.transaction() as s:
        change = scoring.finalise_region(s, ctx, REGION)
    assert (change.kind, change.old, change.new, change.state) == (
        "finalise",
        "in_progress",
        "finalised",
        "finalised",
    )
    finalised = sheet(store, ctx)
    assert finalised.state == "finalised"
    assert finalised.finalised_at == change.at

    with store.transaction() as s:
        change = scoring.reopen_region(s, ctx, REGION, "  Diskusi panel: bukti baru  ")
    assert (change.kind, change.old, change.new, change.state) == (
        "reopen",
        "finalised",
        "in_progress",
        "in_progress",
    )
    reopened = sheet(store, ctx)
    assert (reopened.state, reopened.finalised_at) == ("in_progress", None)
    assert reopened.scores == dict.fromkeys(CRITERIA, 3)  # reopening keeps the scores

    with store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "VIS1", 4)
        scoring.finalise_region(s, ctx, REGION)
    assert sheet(store, ctx).state == "finalised"
    assert sheet(store, ctx).scores["VIS1"] == 4


def test_finalise_is_refused_listing_missing_criteria_and_extremes_without_note(
    store: Store, ctx: AssessorContext
) -> None:
    with store.transaction() as s:
        for criterion in CRITERIA[:12]:
            scoring.set_score(s, ctx, REGION, criterion, 3)
        scoring.set_score(s, ctx, REGION, "INF2", 1)
        scoring.set_score(s, ctx, REGION, "SUP4", 5)
        scoring.set_score(s, ctx, REGION, "SUP5", 5)
        scoring.set_note(s, ctx, REGION, "SUP4", "Perda SPBE dan Perkada smart city sudah ada")
        scoring.set_note(s, ctx, REGION, "SUP5", "   ")
    with pytest.raises(FinaliseIncompleteError) as err, store.transaction() as s:
        scoring.finalise_region(s, ctx, REGION)
    assert err.value.missing == ["VIS3", "VIS4", "VIS5"]
    assert err.value.needs_note == ["INF2", "SUP5"]
    assert "Kabupaten Banyuwangi" in err.value.message
    assert "VIS3, VIS4, VIS5" in err.value.message and "INF2, SUP5" in err.value.message
    assert sheet(store, ctx).state == "in_progress"


def test_finalise_of_an_untouched_region_lists_every_criterion(store: Store, ctx: AssessorContext) -> None:
    with pytest.raises(FinaliseIncompleteError) as err, store.transaction() as s:
        scoring.finalise_region(s, ctx, OTHER)
    assert err.value.missing == CRITERIA
    assert sheet(store, ctx, OTHER).state == "not_started"


def test_finalised_region_refuses_every_edit(store: Store, ctx: AssessorContext) -> None:
    score_all(store, ctx)
    with store.transaction() as s:
        scoring.finalise_region(s, ctx, REGION)
    before = history(store, ctx)
    edits: list[Callable[[Session], object]] = [
        lambda s: scoring.set_score(s, ctx, REGION, "INF1", 4),
        lambda s: scoring.set_score(s, ctx, REGION, "INF1", None),
        lambda s: scoring.set_note(s, ctx, REGION, "INF1", "lupa"),
        lambda s: scoring.set_region_note(s, ctx, REGION, "catatan"),
        lambda s: scoring.finalise_region(s, ctx, REGION),
    ]
    for edit in edits:
        with pytest.raises(RegionFinalisedError) as err, store.transaction() as s:
            edit(s)
        assert err.value.params["region"] == "Kabupaten Banyuwangi"
    assert sheet(store, ctx).scores["INF1"] == 3
    assert history(store, ctx) == before


def test_reopen_requires_a_reason_and_records_it(store: Store, ctx: AssessorContext) -> None:
    score_all(store, ctx)
    with store.transaction() as s:
        scoring.finalise_region(s, ctx, REGION)
    for blank in ("", "   ", "\n\t"):
        with pytest.raises(ReasonRequiredError), store.transaction() as s:
            scoring.reopen_region(s, ctx, REGION, blank)
    assert sheet(store, ctx).state == "finalised"

    with store.transaction() as s:
        scoring.reopen_region(s, ctx, REGION, " Salah ketik pada INF4 ")
    last = history(store, ctx)[-1]
    assert (last.kind, last.old, last.new, last.reason) == (
        "reopen",
        "finalised",
        "in_progress",
        "Salah ketik pada INF4",
    )


def test_reopen_of_a_region_that_is_not_finalised_is_refused(store: Store, ctx: AssessorContext) -> None:
    with pytest.raises(RegionNotFinalisedError), store.transaction() as s:
        scoring.reopen_region(s, ctx, OTHER, "why not")
    with store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "INF1", 2)
    with pytest.raises(RegionNotFinalisedError), store.transaction() as s:
        scoring.reopen_region(s, ctx, REGION, "why not")


def test_conflict_of_interest_region_cannot_be_touched(store: Store, ctx: AssessorContext) -> None:
    attempts: list[Callable[[Session], object]] = [
        lambda s: scoring.set_score(s, ctx, CONFLICT, "INF1", 3),
        lambda s: scoring.set_score(s, ctx, CONFLICT, "INF1", None),
        lambda s: scoring.set_note(s, ctx, CONFLICT, "INF1", "catatan"),
        lambda s: scoring.set_region_note(s, ctx, CONFLICT, "catatan"),
        lambda s: scoring.finalise_region(s, ctx, CONFLICT),
        lambda s: scoring.reopen_region(s, ctx, CONFLICT, "alasan"),
    ]
    for attempt in attempts:
        with pytest.raises(ConflictOfInterestError) as err, store.transaction() as s:
            attempt(s)
        assert err.value.params["region"] == "Kota Bandung"
    result = sheet(store, ctx, CONFLICT)
    assert result.state == "not_started"
    assert set(result.scores.values()) == {None}
    assert history(store, ctx, None) == []


def test_history_records_every_change_old_to_new_with_reasons(store: Store, ctx: AssessorContext) -> None:
    with store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "INF1", 2)
    with store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "INF1", 4, reason="Setelah melihat demo command centre")
        scoring.set_note(s, ctx, REGION, "INF1", "Demo langsung")
    with store.transaction() as s:
        scoring.set_score(s, ctx, OTHER, "SUP2", 3)
        scoring.set_region_note(s, ctx, REGION, "Catatan umum", reason="ringkasan")

    entries = history(store, ctx)
    assert [(e.criterion_id, e.kind, e.old, e.new, e.reason) for e in entries] == [
        ("INF1", "score", None, "2", ""),
        ("INF1", "score", "2", "4", "Setelah melihat demo command centre"),
        ("INF1", "note", "", "Demo langsung", ""),
        (None, "region_note", "", "Catatan umum", "ringkasan"),
    ]
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    assert len({e.hash for e in entries}) == 4
    everything = history(store, ctx, None)
    assert len(everything) == 5
    assert [(e.criterion_id, e.new) for e in history(store, ctx, OTHER)] == [("SUP2", "3")]
    assert chain_ok(store, ctx)


def test_failed_action_leaves_no_trace_in_the_history(store: Store, ctx: AssessorContext) -> None:
    with pytest.raises(ScoreOutOfRangeError), store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "INF1", 3)  # undone: the whole action fails
        scoring.set_score(s, ctx, REGION, "INF2", 9)
    assert sheet(store, ctx).scores["INF1"] is None
    assert history(store, ctx, None) == []
    assert chain_ok(store, ctx)


def _sql(store: Store, statement: str, *args: object) -> None:
    """Change the file behind the app's back, as someone with a SQLite browser could."""
    conn = sqlite3.connect(store.path)
    try:
        conn.execute(statement, args)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("statement", "args"),
    [
        ("UPDATE change SET new_value = ? WHERE id = (SELECT min(id) + 1 FROM change)", ("5",)),
        ("UPDATE change SET reason = ? WHERE id = (SELECT max(id) FROM change)", ("tidak ada",)),
        ("UPDATE change SET at = ? WHERE id = (SELECT min(id) FROM change)", ("2019-02-21 09:00:00.000000",)),
        ("DELETE FROM change WHERE id = (SELECT min(id) + 1 FROM change)", ()),
        ("UPDATE change SET hash = ? WHERE id = (SELECT max(id) FROM change)", ("f" * 64,)),
    ],
    ids=["changed value", "changed reason", "changed time", "deleted entry", "forged last hash"],
)
def test_history_chain_detects_tampering(
    store: Store, ctx: AssessorContext, statement: str, args: tuple[object]
) -> None:
    with store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "INF1", 2)
    with store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "INF1", 3)
    with store.transaction() as s:
        scoring.set_score(s, ctx, OTHER, "VIS2", 4, reason="asli")
    assert chain_ok(store, ctx)
    _sql(store, statement, *args)
    assert not chain_ok(store, ctx)


def test_region_overview_shows_progress_in_schedule_order(store: Store, ctx: AssessorContext) -> None:
    with store.transaction() as s:
        rows = scoring.region_overview(s, ctx)
    assert [r.code for r in rows] == [CONFLICT, REGION, OTHER, "33.27", "73.71", "34.04"]
    assert all((r.state, r.scored, r.criteria) == ("not_started", 0, 15) for r in rows)
    assert [r.conflict is not None for r in rows] == [True, False, False, False, False, False]
    assert rows[1].slot is not None and rows[1].slot.start.isoformat() == "2019-02-21T10:30:00"

    score_all(store, ctx, OTHER, 4)
    with store.transaction() as s:
        scoring.set_score(s, ctx, REGION, "INF1", 3)
        scoring.set_score(s, ctx, REGION, "INF2", 3)
        scoring.set_score(s, ctx, REGION, "INF2", None)
        scoring.set_note(s, ctx, REGION, "INF3", "catatan saja")
        scoring.set_score(s, ctx, "33.27", "VIS1", 3)
        scoring.finalise_region(s, ctx, OTHER)
    with store.transaction() as s:
        progress = {r.code: (r.state, r.scored) for r in scoring.region_overview(s, ctx)}
    assert progress == {
        CONFLICT: ("not_started", 0),
        REGION: ("in_progress", 1),
        OTHER: ("finalised", 15),
        "33.27": ("in_progress", 1),
        "73.71": ("not_started", 0),
        "34.04": ("not_started", 0),
    }


def test_panel_slots_are_the_assessors_panel_only(store: Store, ctx: AssessorContext) -> None:
    with store.transaction() as s:
        slots = scoring.panel_slots(s, ctx)
    assert {slot.panel_id for slot in slots} == {"P1"}
    assert len(slots) == 6
    assert [slot.start for slot in slots] == sorted(slot.start for slot in slots)


def test_scores_survive_closing_and_reopening_the_store(store: Store, ctx: AssessorContext) -> None:
    from gm100_desktop.models.store import open_store

    score_all(store, ctx, REGION, 2)
    with store.transaction() as s:
        scoring.finalise_region(s, ctx, REGION)
    store.close()
    again = open_store(store.path)
    try:
        with again.transaction() as s:
            ctx2 = scoring.open_context(s)
            result = scoring.region_sheet(s, ctx2, REGION)
            assert scoring.verify_history_chain(s, ctx2)
        assert result.scores == dict.fromkeys(CRITERIA, 2)
        assert result.state == "finalised"
    finally:
        again.close()
