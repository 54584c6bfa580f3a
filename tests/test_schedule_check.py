"""The hard problems of a schedule arranged by hand, each naming the region, the panel and the time."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from gm100_desktop.domain.event import Conflict, EventDefinition, Panel, Region, RosterEntry, Seat, Slot
from gm100_desktop.domain.schedule_check import (
    CONFLICT,
    NO_SLOT,
    NOT_INVITED,
    OUTSIDE_DAYS,
    OVERLAP,
    TWO_SLOTS,
    UNKNOWN_PANEL,
    check_schedule,
)
from gm100_desktop.services.rubrics import builtin_rubric

DAY = date(2019, 2, 21)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2019, 2, 20 + day, hour, minute)


def event(schedule: list[Slot], conflicts: tuple[Conflict, ...] = ()) -> EventDefinition:
    return EventDefinition(
        event_id="gm100-test-2019-02-21",
        version=1,
        name="Test",
        venue="",
        start_date=DAY,
        days=2,
        rubric=builtin_rubric("gm100_readiness"),
        regions=(
            Region("32.73", "Kota Bandung"),
            Region("35.10", "Kabupaten Banyuwangi"),
            Region("36.74", ""),
        ),
        panels=(Panel("P1", "Panel 1"), Panel("P2", "Panel 2")),
        schedule=tuple(schedule),
        roster=(
            RosterEntry("A01", "Rina", "UI", "academic", "P1"),
            RosterEntry("A02", "Budi", "Kominfo", "government", "P2"),
        ),
        conflicts=conflicts,
    )


GOOD = [
    Slot("P1", "32.73", at(1, 8, 30), at(1, 9, 15)),
    Slot("P2", "35.10", at(1, 8, 30), at(1, 9, 15)),
    Slot("P1", "36.74", at(2, 8, 30), at(2, 9, 15)),
]


def test_a_sound_schedule_has_no_problem() -> None:
    assert check_schedule(event(GOOD)) == []


def test_a_region_in_the_panel_of_an_assessor_with_a_conflict_is_named_with_panel_and_time() -> None:
    problems = check_schedule(event(GOOD, (Conflict("A01", "32.73", "Lahir di Bandung"),)))
    assert [(p.kind, p.region, p.panel, p.start) for p in problems] == [
        (CONFLICT, "32.73", "P1", at(1, 8, 30))
    ]
    text = problems[0].message
    assert "32.73 Kota Bandung" in text and "panel P1" in text and "2019-02-21 08:30" in text
    assert "A01" in text and "Lahir di Bandung" in text
    # the same conflict is no problem while the region presents to the other panel
    assert check_schedule(event(GOOD, (Conflict("A02", "32.73"),))) == []


def test_overlapping_slots_in_one_panel() -> None:
    moved = [*GOOD[:2], Slot("P1", "36.74", at(1, 9, 0), at(1, 9, 45))]
    problems = check_schedule(event(moved))
    assert [(p.kind, p.panel) for p in problems] == [(OVERLAP, "P1")]
    assert "32.73" in problems[0].message and "36.74" in problems[0].message
    assert "09:00" in problems[0].message
    # the same times in two panels are fine
    assert check_schedule(event([*GOOD[:2], Slot("P2", "36.74", at(1, 9, 15), at(1, 10, 0))])) == []


def test_a_region_with_no_slot_or_two_slots() -> None:
    problems = check_schedule(event([*GOOD[:2], Slot("P2", "32.73", at(2, 8, 30), at(2, 9, 15))]))
    kinds = {(p.kind, p.region) for p in problems}
    assert kinds == {(TWO_SLOTS, "32.73"), (NO_SLOT, "36.74")}
    two = next(p for p in problems if p.kind == TWO_SLOTS)
    assert "panel P1 on 2019-02-21 08:30" in two.message and "panel P2 on 2019-02-22 08:30" in two.message


def test_a_slot_outside_the_event_days_unknown_panel_or_uninvited_region() -> None:
    schedule = [
        Slot("P1", "32.73", at(3, 8, 30), at(3, 9, 15)),  # the day after the event
        Slot("P9", "35.10", at(1, 8, 30), at(1, 9, 15)),
        GOOD[2],
        Slot("P2", "11.01", at(1, 10, 0), at(1, 10, 45)),
    ]
    problems = check_schedule(event(schedule))
    found = {(p.kind, p.region, p.panel) for p in problems}
    assert found == {
        (OUTSIDE_DAYS, "32.73", "P1"),
        (UNKNOWN_PANEL, "35.10", "P9"),
        (NOT_INVITED, "11.01", "P2"),
    }
    outside = next(p for p in problems if p.kind == OUTSIDE_DAYS)
    assert "2019-02-23 08:30" in outside.message and "2019-02-21 to 2019-02-22" in outside.message


def test_with_a_seating_the_assessor_sitting_in_the_panel_at_that_time_counts() -> None:
    seating = (Seat("P2", "A01", at(1, 8, 0), at(1, 12, 0)), Seat("P1", "A02", at(1, 8, 0), at(1, 12, 0)))
    definition = dataclasses.replace(event(GOOD, (Conflict("A01", "35.10"),)), seating=seating)
    problems = check_schedule(definition)
    assert [(p.kind, p.region, p.panel) for p in problems] == [(CONFLICT, "35.10", "P2")]
