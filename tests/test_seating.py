"""Seating: assessors rotating between panels, from event.json through the store to the assessor's slots."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from signing_support import DAY, Signed, import_event, score_some
from sqlalchemy import select

from gm100_desktop.domain.event import EventDefinition, Seat, event_to_dict, parse_event
from gm100_desktop.domain.event_package import event_json_bytes
from gm100_desktop.domain.rotation import design_sessions, panel_connectivity
from gm100_desktop.errors import EventError
from gm100_desktop.models import tables as t
from gm100_desktop.services import event_builder as eb
from gm100_desktop.services import event_draft as draft_service
from gm100_desktop.services import event_package as ep
from gm100_desktop.services import scoring
from gm100_desktop.services.demo import demo_event
from gm100_desktop.services.events import install_event, set_workspace

OLD_PACKAGE = Path(__file__).parent / "fixtures" / "event_package_before_seating.gm100event"
# A01's slots when A01 and A04 swap panels every afternoon: P1 mornings, P2 afternoons.
A01_ROTATED = ["32.73", "35.10", "33.74", "33.27", "73.71", "64.72"]


def afternoon_swap(d: EventDefinition) -> tuple[Seat, ...]:
    """A01 (P1) and A04 (P2) change places every afternoon; everyone else stays."""
    seats = []
    for day in range(d.days):
        morning = datetime.combine(d.start_date + timedelta(days=day), time(0, 0))
        noon, night = morning + timedelta(hours=12), morning + timedelta(days=1)
        for a in d.roster:
            afternoon = {"A01": "P2", "A04": "P1"}.get(a.assessor_id, a.panel_id)
            seats += [
                Seat(a.panel_id, a.assessor_id, morning, noon),
                Seat(afternoon, a.assessor_id, noon, night),
            ]
    return tuple(seats)


@pytest.fixture
def demo() -> EventDefinition:
    return demo_event(DAY)[0]


def _slot_codes(store: Any) -> list[str]:
    with store.transaction() as s:
        ctx = scoring.open_context(s)
        return [slot.region_code for slot in scoring.panel_slots(s, ctx)]


# ---- the format --------------------------------------------------------------------------------------------


def test_seating_round_trips_and_is_left_out_when_empty(demo: EventDefinition) -> None:
    assert "seating" not in event_to_dict(demo)
    rotated = dataclasses.replace(demo, seating=afternoon_swap(demo))
    data = event_to_dict(rotated)
    assert len(data["seating"]) == 24
    assert data["seating"][0] == {
        "assessor_id": "A01", "end": "2019-02-21T12:00", "panel": "P1", "start": "2019-02-21T00:00",
    }  # fmt: skip
    again = parse_event(data, "e")
    assert set(again.seating) == set(rotated.seating)  # kept in canonical order: start, panel, assessor
    assert event_to_dict(parse_event(event_to_dict(again), "e")) == event_to_dict(again)
    assert again.seated("P2", datetime(2019, 2, 21, 14, 45)) == ("A01", "A05", "A06")
    assert demo.seated("P2", datetime(2019, 2, 21, 14, 45)) == ("A04", "A05", "A06")
    shuffled = {**data, "seating": list(reversed(data["seating"]))}
    assert parse_event(shuffled, "e") == again  # the order in the file does not matter


def test_a_package_built_before_seating_existed_still_verifies_byte_for_byte() -> None:
    package = ep.load_event_package(OLD_PACKAGE)
    assert package.definition.seating == ()
    assert "seating" not in event_to_dict(package.definition)
    assert event_json_bytes(package.definition, package.chair_key, package.chair_name) == package.event_json
    with zipfile.ZipFile(OLD_PACKAGE) as z:
        assert b"seating" not in z.read("event.json")


def _mutate(demo: EventDefinition, change: Any) -> dict[str, Any]:
    data = event_to_dict(dataclasses.replace(demo, seating=afternoon_swap(demo)))
    change(data["seating"], data)
    return data


def test_an_assessor_seated_in_two_panels_at_once_is_refused_naming_them(demo: EventDefinition) -> None:
    def overlap(seating: list[dict[str, Any]], _: Any) -> None:
        seating.append(
            {"panel": "P2", "assessor_id": "A03", "start": "2019-02-21T11:00", "end": "2019-02-21T13:00"}
        )

    with pytest.raises(EventError, match=r"assessor A03 would sit in P1 .* and in P2 .* at the same time"):
        parse_event(_mutate(demo, overlap), "event.json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s, d: s[0].update(panel="P9"), r'seating\[0\]\.panel.*unknown panel "P9"'),
        (lambda s, d: s[0].update(assessor_id="A99"), r'seating\[0\]\.assessor_id.*unknown assessor "A99"'),
        (lambda s, d: s[0].update(end=s[0]["start"]), r"seating\[0\]\.end.*must be after start"),
        (lambda s, d: s[0].update(start="2019-02-21T00:00+07:00"), r"venue times are local"),
        (lambda s, d: s.__setitem__(slice(None), [x for x in s if x["start"] < "2019-02-22"]),
         r"nobody sits in panel P1 at 2019-02-22T09:00, when region 33.27 presents"),
        (lambda s, d: d.__setitem__("seating", "P1"), r"seating.*must be a list"),
    ],
)  # fmt: skip
def test_bad_seating_is_refused_naming_the_field(demo: EventDefinition, change: Any, message: str) -> None:
    with pytest.raises(EventError, match=message):
        parse_event(_mutate(demo, change), "event.json")


# ---- the assessor's laptop ---------------------------------------------------------------------------------


def test_installed_seating_gives_the_assessor_the_slots_of_each_panel_they_sit_in(
    store: Any, demo: EventDefinition
) -> None:
    rotated = dataclasses.replace(demo, event_id="rotated", seating=afternoon_swap(demo))
    with store.transaction() as s:
        event = install_event(s, rotated)
        set_workspace(s, event, "A01")
        assert len(s.scalars(select(t.Seat).where(t.Seat.event_id == event.id)).all()) == 24
    assert _slot_codes(store) == A01_ROTATED
    with store.transaction() as s:
        ctx = scoring.open_context(s)
        rows = scoring.region_overview(s, ctx)
        assert [r.code for r in rows] == A01_ROTATED
        assert [r.slot.panel_id for r in rows if r.slot] == ["P1", "P1", "P2", "P1", "P1", "P2"]
        # The conflict-of-interest rule is unchanged: 32.73 is in A01's slots but cannot be scored.
        assert rows[0].conflict
        with pytest.raises(Exception, match="conflict of interest"):
            scoring.set_score(s, ctx, "32.73", "INF1", 3)
        scoring.set_score(s, ctx, "33.74", "INF1", 4)  # a P2 region, scored in the afternoon seat
        set_workspace(s, event, "A04")
    assert _slot_codes(store) == ["35.78", "51.71", "36.74", "51.03", "61.71", "34.04"]
    with store.transaction() as s:
        set_workspace(s, event, "A02")
    assert _slot_codes(store) == [g.region_code for g in demo.schedule if g.panel_id == "P1"]


def test_without_seating_the_assessor_keeps_the_roster_panel(
    ctx: scoring.AssessorContext, store: Any
) -> None:
    assert _slot_codes(store) == ["32.73", "35.10", "36.74", "33.27", "73.71", "34.04"]


def test_a_new_version_adding_seating_keeps_every_score_and_moves_the_slots(
    signed: Signed, tmp_path: Path
) -> None:
    ctx = signed.context()
    score_some(signed.store, ctx)  # 35.10 finalised, 36.74 started, 73.71 cleared: all P1 regions
    with signed.store.transaction() as s:
        before = {code: scoring.region_sheet(s, ctx, code) for code in ctx.regions}
        history = [h.hash for h in scoring.region_history(s, ctx)]
    assert _slot_codes(signed.store) == ["32.73", "35.10", "36.74", "33.27", "73.71", "34.04"]

    v2 = dataclasses.replace(signed.definition, version=2, seating=afternoon_swap(signed.definition))
    v2_file = tmp_path / "v2.gm100event"
    ep.write_event_package(v2, signed.chair, v2_file)
    assert set(ep.load_event_package(v2_file).definition.seating) == set(v2.seating)
    plan = import_event(signed.store, v2_file, signed.me.public_key)
    assert plan.action == ep.UPGRADE

    assert _slot_codes(signed.store) == A01_ROTATED
    ctx2 = signed.context()
    with signed.store.transaction() as s:
        for code, sheet in before.items():
            after = scoring.region_sheet(s, ctx2, code)
            assert (after.scores, after.notes, after.state) == (sheet.scores, sheet.notes, sheet.state), code
        assert [h.hash for h in scoring.region_history(s, ctx2)] == history
        # 36.74 now presents while A01 sits in P2, but the work on it stays in the list.
        overview = [(r.code, r.slot is not None) for r in scoring.region_overview(s, ctx2)]
        assert overview == [*((c, True) for c in A01_ROTATED), ("36.74", False)]

    # Version 3 drops the seating again: the seat rows go, A01 is back in P1 for the whole event.
    v3_file = tmp_path / "v3.gm100event"
    ep.write_event_package(dataclasses.replace(v2, version=3, seating=()), signed.chair, v3_file)
    import_event(signed.store, v3_file, signed.me.public_key)
    assert _slot_codes(signed.store) == ["32.73", "35.10", "36.74", "33.27", "73.71", "34.04"]
    with signed.store.transaction() as s:
        assert s.scalars(select(t.Seat)).all() == []


# ---- the chair ---------------------------------------------------------------------------------------------


def _lists(demo: EventDefinition) -> dict[str, Any]:
    roster = [dataclasses.replace(a, panel_id="") for a in demo.roster]  # placed by the builder
    return {
        "name": "Seleksi GM100 2019", "regions": demo.regions, "roster": roster, "rubric": demo.rubric,
        "panels": 2, "start": date(2019, 2, 21), "days": 1, "conflicts": demo.conflicts,
    }  # fmt: skip


def test_rotation_puts_its_seating_into_the_definition_and_connectivity_is_checked_on_it(
    demo: EventDefinition,
) -> None:
    static = eb.draft_event(**_lists(demo))
    assert static.definition.seating == () and not static.connectivity.connected
    rotated = eb.draft_event(**_lists(demo), rotate=True)
    assert rotated.ok, rotated.problems
    d = rotated.definition
    assert d.seating and rotated.rotation is not None and rotated.rotation.moves > 0
    assert rotated.connectivity.connected
    clash = {(c.assessor_id, c.region_code) for c in d.conflicts}
    assert panel_connectivity(design_sessions(d), d.schedule, clash) == rotated.connectivity
    for slot in d.schedule:  # every presentation has its full panel, and nobody before a conflicted region
        seated = d.seated(slot.panel_id, slot.start)
        assert len(seated) == 3 and not {(a, slot.region_code) for a in seated} & clash
    assert parse_event(event_to_dict(d), "e") == d  # exactly what the package will carry


def test_the_chair_draft_with_rotation_exports_its_seating(demo: EventDefinition) -> None:
    draft = draft_service.new_draft()
    lists = _lists(demo)
    draft.name, draft.start_date, draft.days = lists["name"], lists["start"], lists["days"]
    draft.set_regions(demo.regions)
    draft.invite(g.code for g in demo.regions)
    draft.set_roster(lists["roster"])
    draft.conflicts = list(demo.conflicts)
    draft.rotation = True
    result = draft_service.plan(draft)
    assert result.ok, result.problems
    assert result.rotation is not None and result.rotation.text.startswith("All panels are connected")
    definition = draft_service.to_definition(draft)
    assert definition.seating and definition.seating == result.built.definition.seating
    draft.rotation = False
    assert draft_service.to_definition(draft).seating == ()
