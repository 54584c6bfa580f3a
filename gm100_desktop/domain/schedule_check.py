"""The hard problems of a schedule arranged by hand, each naming the region, the panel and the time.

The planner never makes these; a chair moving slots around can. `check_schedule` looks at an event as it
would be exported: a region in a panel where an assessor has a conflict of interest with it, two regions in
one panel at overlapping times, a region with no slot or with two, a slot outside the event's days, and a slot
in a panel that does not exist or for a region that is not invited.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from gm100_desktop.domain.event import EventDefinition, Slot
from gm100_desktop.domain.planner import region_phrase
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message

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
    """One problem (an English `template` and its `params`), with the region, panel and time it is about."""

    kind: str
    template: str
    params: Mapping[str, object] = field(default_factory=dict)
    region: str = ""
    panel: str = ""
    start: datetime | None = None

    @property
    def message(self) -> str:
        """In English, as the command line prints it."""
        return self.as_message().text

    def as_message(self) -> Message:
        return Message(self.template, self.params)

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

    def region(code: str) -> Message:
        return region_phrase(code, names.get(code, ""))

    problems: list[ScheduleProblem] = []
    for s in slots:
        where = {"region": region(s.region_code), "panel": s.panel_id, "when": _when(s)}
        if s.region_code not in names:
            problems.append(
                ScheduleProblem(
                    NOT_INVITED,
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "Region {code} has a slot in panel {panel} on {when} but is not invited: plan the "
                        "schedule again.",
                    ),
                    {"code": s.region_code, "panel": s.panel_id, "when": _when(s)},
                    s.region_code, s.panel_id, s.start,
                )
            )  # fmt: skip
        if s.panel_id not in panels:
            problems.append(
                ScheduleProblem(
                    UNKNOWN_PANEL,
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "{region} presents to panel {panel} on {when}, but there is no panel {panel}: move "
                        "it to another panel.",
                    ),
                    where,
                    s.region_code, s.panel_id, s.start,
                )
            )  # fmt: skip
        if not (s.start < s.end and first_day <= s.start.date() and s.end.date() <= last_day):
            problems.append(
                ScheduleProblem(
                    OUTSIDE_DAYS,
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "{region} presents to panel {panel} on {when}, outside the event's days ({first} to "
                        "{last}): move it to a day of the event.",
                    ),
                    {**where, "first": first_day.isoformat(), "last": last_day.isoformat()},
                    s.region_code, s.panel_id, s.start,
                )
            )  # fmt: skip
        for aid in event.seated(s.panel_id, s.start):  # the roster panel, or who sits there then
            if (aid, s.region_code) in reasons:
                reason = reasons[aid, s.region_code]
                template = (
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "{region} presents to panel {panel} on {when}, where assessor {assessor} has a "
                        "conflict of interest with it ({reason}): move it to another panel.",
                    )
                    if reason
                    else QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "{region} presents to panel {panel} on {when}, where assessor {assessor} has a "
                        "conflict of interest with it: move it to another panel.",
                    )
                )
                problems.append(
                    ScheduleProblem(
                        CONFLICT,
                        template,
                        {**where, "assessor": aid, "reason": reason},
                        s.region_code, s.panel_id, s.start,
                    )
                )  # fmt: skip
    for code in sorted(c for c, n in counts.items() if n > 1):
        times = tuple(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "panel {panel} on {when}"), panel=s.panel_id, when=_when(s)
            )
            for s in slots
            if s.region_code == code
        )
        first = next(s for s in slots if s.region_code == code)
        problems.append(
            ScheduleProblem(
                TWO_SLOTS,
                QT_TRANSLATE_NOOP("GM100Error", "{region} has {count} slots ({times}): keep one."),
                {"region": region(code), "count": counts[code], "times": times},
                code, first.panel_id, first.start,
            )
        )  # fmt: skip
    problems += _overlaps(slots, region)
    for g in event.regions:
        if g.code not in counts:
            problems.append(
                ScheduleProblem(
                    NO_SLOT,
                    QT_TRANSLATE_NOOP("GM100Error", "{region} has no slot: plan the schedule again."),
                    {"region": region(g.code)},
                    g.code,
                )
            )
    return problems


def _overlaps(slots: list[Slot], region: Callable[[str], Message]) -> list[ScheduleProblem]:
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
                        QT_TRANSLATE_NOOP(
                            "GM100Error",
                            "{region} and {other} both present to panel {panel} at overlapping times ({when} "
                            "and {other_when}): move one of them.",
                        ),
                        {
                            "region": region(a.region_code),
                            "other": region(b.region_code),
                            "panel": pid,
                            "when": _when(a),
                            "other_when": _when(b),
                        },
                        b.region_code, pid, b.start,
                    )
                )  # fmt: skip
    return problems


def _when(slot: Slot) -> str:
    return f"{slot.start:%Y-%m-%d %H:%M}–{slot.end:%H:%M}"
