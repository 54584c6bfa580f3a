"""Event definitions: the demo parses and round-trips; every broken reference is refused naming the field."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.domain.event import EventDefinition, event_to_dict, parse_event
from gm100_desktop.errors import EventError, RubricError
from gm100_desktop.services.demo import demo_event
from gm100_desktop.services.rubrics import builtin_rubric

DAY = date(2019, 2, 21)


@pytest.fixture
def demo() -> EventDefinition:
    definition, local = demo_event(DAY)
    assert local == "A01"
    return definition


def test_demo_event_parses_with_its_schedule_roster_and_conflicts(demo: EventDefinition) -> None:
    assert demo.event_id == "demo-gm100-2019"
    assert (demo.start_date, demo.days) == (DAY, 2)
    assert demo.rubric == builtin_rubric("gm100_readiness")
    assert len(demo.regions) == 12 and len({r.code for r in demo.regions}) == 12
    assert [p.id for p in demo.panels] == ["P1", "P2"]
    assert len(demo.roster) == 6
    assert {a.assessor_id: a.panel_id for a in demo.roster}["A01"] == "P1"
    assert [(c.assessor_id, c.region_code) for c in demo.conflicts] == [("A01", "32.73")]

    p1 = [s for s in demo.schedule if s.panel_id == "P1"]
    assert [s.region_code for s in p1] == ["32.73", "35.10", "36.74", "33.27", "73.71", "34.04"]
    assert (p1[0].start, p1[0].end) == (datetime(2019, 2, 21, 9, 0), datetime(2019, 2, 21, 9, 45))
    assert (p1[-1].start, p1[-1].end) == (datetime(2019, 2, 22, 14, 45), datetime(2019, 2, 22, 15, 30))
    starts = [(s.start, s.panel_id) for s in demo.schedule]
    assert starts == sorted(starts)


def test_demo_follows_the_day_it_is_given() -> None:
    later, _ = demo_event(date(2026, 3, 2))
    assert later.start_date == date(2026, 3, 2)
    assert later.schedule[0].start == datetime(2026, 3, 2, 9, 0)


def test_event_to_dict_round_trips(demo: EventDefinition) -> None:
    data = event_to_dict(demo)
    again = parse_event(data, "again.json")
    assert again == demo
    assert canonical_json(event_to_dict(again)) == canonical_json(data)


def test_schedule_order_in_the_file_does_not_matter(demo: EventDefinition) -> None:
    data = event_to_dict(demo)
    data["schedule"].reverse()
    assert parse_event(data, "reversed.json") == demo


def _set_roster_panel(d: dict[str, Any]) -> None:
    d["roster"][2]["panel"] = "P9"


def _set_slot_region(d: dict[str, Any]) -> None:
    d["schedule"][3]["region"] = "99.99"


def _set_slot_panel(d: dict[str, Any]) -> None:
    d["schedule"][1]["panel"] = "P3"


def _end_before_start(d: dict[str, Any]) -> None:
    d["schedule"][0]["end"] = "2019-02-21T08:59"


def _end_equal_start(d: dict[str, Any]) -> None:
    d["schedule"][4]["end"] = d["schedule"][4]["start"]


def _duplicate_region(d: dict[str, Any]) -> None:
    d["regions"][5]["code"] = d["regions"][1]["code"]


def _duplicate_panel(d: dict[str, Any]) -> None:
    d["panels"][1]["id"] = "P1"


def _duplicate_assessor(d: dict[str, Any]) -> None:
    d["roster"][4]["assessor_id"] = "A01"


def _conflict_unknown_assessor(d: dict[str, Any]) -> None:
    d["conflicts"][0]["assessor_id"] = "A99"


def _conflict_unknown_region(d: dict[str, Any]) -> None:
    d["conflicts"][0]["region"] = "11.11"


def _tz_aware_start(d: dict[str, Any]) -> None:
    d["schedule"][2]["start"] = "2019-02-21T10:30+07:00"


def _tz_aware_end_utc(d: dict[str, Any]) -> None:
    d["schedule"][2]["end"] = "2019-02-21T04:15Z"


def _not_a_time(d: dict[str, Any]) -> None:
    d["schedule"][0]["start"] = "09:00"


def _bad_start_date(d: dict[str, Any]) -> None:
    d["start_date"] = "21/02/2019"


def _bad_kind(d: dict[str, Any]) -> None:
    d["regions"][0]["kind"] = "provinsi"


def _bad_role(d: dict[str, Any]) -> None:
    d["roster"][0]["role"] = "chair"


def _days_zero(d: dict[str, Any]) -> None:
    d["days"] = 0


def _version_zero(d: dict[str, Any]) -> None:
    d["version"] = 0


def _wrong_format(d: dict[str, Any]) -> None:
    d["format"] = "gm100-bundle"


def _newer_format(d: dict[str, Any]) -> None:
    d["format_version"] = 2


def _no_regions(d: dict[str, Any]) -> None:
    d["regions"] = []


def _region_without_name(d: dict[str, Any]) -> None:
    del d["regions"][3]["name"]


def _empty_event_id(d: dict[str, Any]) -> None:
    d["event_id"] = " "


BAD_EVENTS = [
    ("unknown panel in roster", _set_roster_panel, "roster[2].panel", 'unknown panel "P9"'),
    ("slot for unknown region", _set_slot_region, "schedule[3].region", 'unknown region "99.99"'),
    ("slot for unknown panel", _set_slot_panel, "schedule[1].panel", 'unknown panel "P3"'),
    ("end before start", _end_before_start, "schedule[0].end", "must be after start"),
    ("end equal to start", _end_equal_start, "schedule[4].end", "must be after start"),
    ("duplicate region code", _duplicate_region, "regions[5].code", "listed twice"),
    ("duplicate panel id", _duplicate_panel, "panels[1].id", "listed twice"),
    ("duplicate assessor", _duplicate_assessor, "roster[4].assessor_id", "listed twice"),
    (
        "conflict for unknown assessor",
        _conflict_unknown_assessor,
        "conflicts[0].assessor_id",
        'unknown assessor "A99"',
    ),
    (
        "conflict for unknown region",
        _conflict_unknown_region,
        "conflicts[0].region",
        'unknown region "11.11"',
    ),
    ("time with a zone offset", _tz_aware_start, "schedule[2].start", "leave out the time zone"),
    ("time in UTC", _tz_aware_end_utc, "schedule[2].end", "leave out the time zone"),
    ("time without a date", _not_a_time, "schedule[0].start", "is not a time"),
    ("start date not ISO", _bad_start_date, "start_date", "is not a date"),
    ("unknown region kind", _bad_kind, "regions[0].kind", "kabupaten or kota"),
    ("unknown assessor role", _bad_role, "roster[0].role", "government, academic or practitioner"),
    ("zero days", _days_zero, "days", "between 1 and 31"),
    ("version zero", _version_zero, "version", "1 or more"),
    ("wrong format", _wrong_format, "format", "gm100-event"),
    ("newer format version", _newer_format, "format_version", "only version 1"),
    ("no regions", _no_regions, "regions", "must not be empty"),
    ("region without name", _region_without_name, "regions[3].name", "is missing"),
    ("blank event id", _empty_event_id, "event_id", "must not be empty"),
]


@pytest.mark.parametrize(
    ("mutate", "field", "reason"), [c[1:] for c in BAD_EVENTS], ids=[c[0] for c in BAD_EVENTS]
)
def test_bad_event_is_refused_naming_the_field(
    demo: EventDefinition, mutate: Callable[[dict[str, Any]], None], field: str, reason: str
) -> None:
    data = copy.deepcopy(event_to_dict(demo))
    mutate(data)
    with pytest.raises(EventError) as err:
        parse_event(data, "event.json")
    assert err.value.params["file"] == "event.json"
    assert err.value.params["field"] == field
    assert reason in str(err.value.params["reason"])
    assert err.value.message.startswith(f"event.json: {field}: ")


def test_event_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(EventError) as err:
        parse_event(["regions"], "event.json")
    assert err.value.params["field"] == "(top level)"


def test_bad_rubric_inside_an_event_names_the_event_and_the_rubric_field(demo: EventDefinition) -> None:
    data = event_to_dict(demo)
    del data["rubric"]["dimensions"][0]["criteria"][0]["levels"]["2"]
    with pytest.raises(RubricError) as err:
        parse_event(data, "event.json")
    assert err.value.params["file"] == "event.json (rubric)"
    assert err.value.params["field"] == "dimensions[0].criteria[0].levels"
