"""The hard problems of a schedule arranged by hand, each naming the region, the panel and the time.

The planner never makes these; a chair moving slots around can. `check_schedule` looks at an event as it
would be exported: a region in a panel where an assessor has a conflict of interest with it, two regions in
one panel at overlapping times, a region with no slot or with two, a slot outside the event's days, and a slot
in a panel that does not exist or for a region that is not invited.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from gm100_desktop.domain.event import EventDefinition, Slot

CONFLICT, OVERLAP, NO_SLOT, TWO_SLOTS, OUTSIDE_DAYS, UNKNOWN_PANEL, NOT_INVITED = (
    "conflict",
    "overlap",
    "no_slot",
    "two_slots",
    "outside_days",
    "unknown_panel",
    "not_invited",
)


@dataclass(frozen=True)
class ScheduleProblem:
    kind: str
    message: str
    region: str
    panel: str = ""
    start: datetime | None = None

    def __str__(self) -> str:
        return self.message


def check_schedule(event: EventDefinition) -> list[ScheduleProblem]:
    """Every hard problem of `event.schedule`, in schedule order (missing regions last)."""
    names = {g.code: g.name for g in event.regions}
    panels = {p.id for p in event.panels}
    reasons = {(c.assessor_id, c.region_code): c.reason for c in event.conflicts}
    first_day = event.start_date
    last_day = first_day + timedelta(days=event.days - 1)
    slots = sorted(event.schedule, key=lambda s: (s.start, s.panel_id, s.region_code))
    counts = Counter(s.region_code for s in slots)

    def region(code: str) -> str:
        return f"Region {code} {names.get(code, '')}".rstrip()

    problems: list[ScheduleProblem] = []
    for s in slots:
        where = f"panel {s.panel_id} on {_when(s)}"
        if s.region_code not in names:
            problems.append(
                ScheduleProblem(
                    NOT_INVITED,
                    f"Region {s.region_code} has a slot in {where} but is not invited: plan the schedule "
                    "again.",
                    s.region_code, s.panel_id, s.start,
                )
            )  # fmt: skip
        if s.panel_id not in panels:
            problems.append(
                ScheduleProblem(
                    UNKNOWN_PANEL,
                    f"{region(s.region_code)} presents to {where}, but there is no panel {s.panel_id}: "
                    "move it to another panel.",
                    s.region_code, s.panel_id, s.start,
                )
            )  # fmt: skip
        if not (s.start < s.end and first_day <= s.start.date() and s.end.date() <= last_day):
            problems.append(
                ScheduleProblem(
                    OUTSIDE_DAYS,
                    f"{region(s.region_code)} presents to {where}, outside the event's days "
                    f"({first_day.isoformat()} to {last_day.isoformat()}): move it to a day of the event.",
                    s.region_code, s.panel_id, s.start,
                )
            )  # fmt: skip
        for aid in event.seated(s.panel_id, s.start):  # the roster panel, or who sits there then
            if (aid, s.region_code) in reasons:
                reason = reasons[aid, s.region_code]
                problems.append(
                    ScheduleProblem(
                        CONFLICT,
                        f"{region(s.region_code)} presents to {where}, where assessor {aid} has a conflict "
                        f"of interest with it{f' ({reason})' if reason else ''}: move it to another panel.",
                        s.region_code, s.panel_id, s.start,
                    )
                )  # fmt: skip
    for code in sorted(c for c, n in counts.items() if n > 1):
        times = "; ".join(f"panel {s.panel_id} on {_when(s)}" for s in slots if s.region_code == code)
        first = next(s for s in slots if s.region_code == code)
        problems.append(
            ScheduleProblem(
                TWO_SLOTS,
                f"{region(code)} has {counts[code]} slots ({times}): keep one.",
                code, first.panel_id, first.start,
            )
        )  # fmt: skip
    problems += _overlaps(slots, region)
    for g in event.regions:
        if g.code not in counts:
            problems.append(
                ScheduleProblem(NO_SLOT, f"{region(g.code)} has no slot: plan the schedule again.", g.code)
            )
    return problems


def _overlaps(slots: list[Slot], region: Callable[[str], str]) -> list[ScheduleProblem]:
    by_panel: dict[str, list[Slot]] = {}
    for s in slots:
        by_panel.setdefault(s.panel_id, []).append(s)
    problems = []
    for pid, held in by_panel.items():
        for i, a in enumerate(held):
            for b in held[i + 1 :]:
                if b.start >= a.end:
                    break
                problems.append(
                    ScheduleProblem(
                        OVERLAP,
                        f"{region(a.region_code)} and {region(b.region_code)} both present to panel {pid} "
                        f"at overlapping times ({_when(a)} and {_when(b)}): move one of them.",
                        b.region_code, pid, b.start,
                    )
                )  # fmt: skip
    return problems


def _when(slot: Slot) -> str:
    return f"{slot.start:%Y-%m-%d %H:%M}–{slot.end:%H:%M}"
