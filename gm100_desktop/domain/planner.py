"""Planning the presentation schedule: one slot per invited region, panels balanced, conflicts respected.

The algorithm, in four steps (docs/planner.md tells the same for the chair):

1. **Time grid.** All panels share one grid of slots a day: from the day's start, slots of the given length
   and gap, moved past breaks, all ending by the day's end. Capacity = panels × days × slots a day. When it is
   too small the plan says how many regions are left over and what would fit (more days, more panels, shorter
   slots, a later end), and schedules what fits.
2. **A panel for every region** (a bipartite b-matching). A region may go to a panel unless an assessor of
   that panel has a (hard) conflict of interest with it. Regions are placed most constrained first (fewest
   allowed panels, then those with a soft conflict, then in the given order, shuffled once when a seed is
   given), each into the allowed panel without a soft conflict that has fewest regions, up to a balanced share
   of ⌈regions / panels⌉. When every allowed panel is full, a breadth-first augmenting path moves regions
   already placed to other panels they are allowed in, first within the balanced share, then within the full
   capacity. A region that conflicts with someone in every panel goes where fewest assessors conflict, and is
   reported as a hard problem.
3. **Times.** Each panel's regions, in the given order, are spread evenly over the days, each day filled from
   its first slot.
4. **Checks.** Hard problems: bad times or input, regions without a slot, unavoidable conflicts, an assessor
   in two panels (all panels present at the same times), a panel without assessors. Warnings: soft conflicts,
   an assessor's institution tied to a region's province.

Everything is deterministic: the same request gives the same plan (sets are always walked in sorted order).

Rotation of assessors between panels and the connectivity of the design are in `domain/rotation.py`.
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from gm100_desktop.domain.event import Slot
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message

MAX_DAYS = 31
LATEST_END = time(23, 45)
SHOWN = 12  # region codes named in one message before "… and N more"

# Kinds of `PlanIssue`; the first group are hard problems, the last a warning.
TIMES, INPUT, CAPACITY, NO_SLOT, CONFLICT, DOUBLE_BOOKING, EMPTY_PANEL = (
    "times",
    "input",
    "capacity",
    "no_slot",
    "conflict",
    "double_booking",
    "empty_panel",
)
SOFT_CONFLICT = "soft_conflict"

Grid = tuple[tuple[tuple[datetime, datetime], ...], ...]  # per day, the (start, end) of each slot


@dataclass(frozen=True)
class Break:
    """A pause every day (lunch, prayers) during which no presentation runs."""

    start: time
    end: time


@dataclass(frozen=True)
class DayTimes:
    day_start: time = time(8, 30)
    day_end: time = time(17, 0)
    slot_minutes: int = 45
    gap_minutes: int = 0
    breaks: tuple[Break, ...] = (Break(time(12, 0), time(13, 0)),)

    def describe(self) -> Message:
        pauses = ", ".join(f"{_hm(b.start)}–{_hm(b.end)}" for b in self.breaks)
        if self.gap_minutes and pauses:
            template = QT_TRANSLATE_NOOP(
                "GM100Error",
                "{minutes}-minute slots with {gap} minutes between from {start} to {end}, breaks {breaks}",
            )
        elif self.gap_minutes:
            template = QT_TRANSLATE_NOOP(
                "GM100Error", "{minutes}-minute slots with {gap} minutes between from {start} to {end}"
            )
        elif pauses:
            template = QT_TRANSLATE_NOOP(
                "GM100Error", "{minutes}-minute slots from {start} to {end}, breaks {breaks}"
            )
        else:
            template = QT_TRANSLATE_NOOP("GM100Error", "{minutes}-minute slots from {start} to {end}")
        return message(
            template,
            minutes=self.slot_minutes,
            gap=self.gap_minutes,
            start=_hm(self.day_start),
            end=_hm(self.day_end),
            breaks=pauses,
        )


@dataclass(frozen=True)
class PlanRequest:
    """Everything the planner needs; ids only, so it serves the CLI and the chair's workspace alike."""

    regions: tuple[str, ...]  # invited region codes
    panels: tuple[str, ...]  # panel ids, in display order
    members: Mapping[str, tuple[str, ...]]  # panel id -> assessor ids sitting in it
    start_date: date
    days: int
    times: DayTimes = DayTimes()
    conflicts: frozenset[tuple[str, str]] = frozenset()  # (assessor id, region code): hard
    soft_ties: frozenset[tuple[str, str]] = frozenset()  # (institution, province): soft
    region_provinces: Mapping[str, str] = field(default_factory=dict)
    assessor_institutions: Mapping[str, str] = field(default_factory=dict)
    region_names: Mapping[str, str] = field(default_factory=dict)  # only to word messages
    seed: int | None = None


@dataclass(frozen=True)
class PlanIssue:
    """One problem or warning for the chair (English `template`, `params`), with the ids it is about."""

    kind: str
    template: str
    params: Mapping[str, object] = field(default_factory=dict)
    regions: tuple[str, ...] = ()
    assessors: tuple[str, ...] = ()
    panels: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """In English, as the command line prints it."""
        return self.as_message().text

    def as_message(self) -> Message:
        return Message(self.template, self.params)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class SchedulePlan:
    slots: tuple[Slot, ...]  # one per placed region, by start time then panel order
    problems: tuple[PlanIssue, ...]  # hard: the event must not be exported with any
    warnings: tuple[PlanIssue, ...]  # soft conflicts
    unplaced: tuple[str, ...]  # regions left without a slot
    slots_per_day: int
    capacity: int  # slots in all panels over all days

    @property
    def ok(self) -> bool:
        return not self.problems

    def panel_of(self) -> dict[str, str]:
        return {s.region_code: s.panel_id for s in self.slots}

    def loads(self, panels: Iterable[str]) -> dict[str, int]:
        counts = dict.fromkeys(panels, 0)
        for s in self.slots:
            counts[s.panel_id] = counts.get(s.panel_id, 0) + 1
        return counts


# ---- the time grid -----------------------------------------------------------------------------------------


def slot_grid(start_date: date, days: int, times: DayTimes) -> Grid:
    """The (start, end) of every slot of every day; empty when the times are unusable."""
    if check_times(times):
        return tuple(() for _ in range(max(days, 0)))
    return tuple(_day_slots(start_date + timedelta(days=d), times) for d in range(days))


def _day_slots(day: date, times: DayTimes) -> tuple[tuple[datetime, datetime], ...]:
    length, gap = timedelta(minutes=times.slot_minutes), timedelta(minutes=times.gap_minutes)
    moment, end = datetime.combine(day, times.day_start), datetime.combine(day, times.day_end)
    pauses = sorted((datetime.combine(day, b.start), datetime.combine(day, b.end)) for b in times.breaks)
    out: list[tuple[datetime, datetime]] = []
    while moment + length <= end:
        finish = moment + length
        clash = next((p for p in pauses if p[0] < finish and moment < p[1]), None)
        if clash is not None:
            moment = clash[1]
            continue
        out.append((moment, finish))
        moment = finish + gap
    return tuple(out)


def check_times(times: DayTimes) -> list[PlanIssue]:
    problems = []
    if not 5 <= times.slot_minutes <= 480:
        problems.append(
            PlanIssue(
                TIMES,
                QT_TRANSLATE_NOOP(
                    "GM100Error", "Times: a slot of {minutes} minutes is not possible: use 5 to 480 minutes."
                ),
                {"minutes": times.slot_minutes},
            )
        )
    if not 0 <= times.gap_minutes <= 120:
        problems.append(
            PlanIssue(
                TIMES,
                QT_TRANSLATE_NOOP(
                    "GM100Error", "Times: a gap of {minutes} minutes is not possible: use 0 to 120 minutes."
                ),
                {"minutes": times.gap_minutes},
            )
        )
    if times.day_end <= times.day_start:
        problems.append(
            PlanIssue(
                TIMES,
                QT_TRANSLATE_NOOP("GM100Error", "Times: the day ends ({end}) before it starts ({start})."),
                {"end": _hm(times.day_end), "start": _hm(times.day_start)},
            )
        )
    for b in times.breaks:
        if b.end <= b.start:
            problems.append(
                PlanIssue(
                    TIMES,
                    QT_TRANSLATE_NOOP("GM100Error", "Times: the break {start}–{end} ends before it starts."),
                    {"start": _hm(b.start), "end": _hm(b.end)},
                )
            )
    return problems


def slots_per_day(times: DayTimes) -> int:
    return 0 if check_times(times) else len(_day_slots(date(2000, 1, 3), times))


# ---- planning ----------------------------------------------------------------------------------------------


def plan_schedule(request: PlanRequest) -> SchedulePlan:
    """One slot per region (what fits), with every hard problem and soft warning found on the way."""
    problems = _check_request(request)
    grid = slot_grid(request.start_date, request.days, request.times) if 1 <= request.days <= MAX_DAYS else ()
    per_day = len(grid[0]) if grid else 0
    regions = list(dict.fromkeys(request.regions))
    panels = list(dict.fromkeys(request.panels))
    capacity = per_day * len(grid) * len(panels)
    if grid and per_day == 0:
        problems.append(
            PlanIssue(
                TIMES,
                QT_TRANSLATE_NOOP("GM100Error", "Times: no slot fits in a day with {times}."),
                {"times": request.times.describe()},
            )
        )
    if not panels or capacity == 0:
        return SchedulePlan((), tuple(problems), (), tuple(regions), per_day, capacity)

    if request.seed is not None:
        random.Random(request.seed).shuffle(regions)
    placer = _Placer(request, regions, panels, per_day * len(grid))
    placer.place_all()
    slots = _times(placer, grid, panels)

    if placer.unplaced:
        problems.append(_capacity_problem(request, len(regions), len(panels), per_day, placer.unplaced))
    for code, blocked in placer.no_room:
        problems.append(
            PlanIssue(
                NO_SLOT,
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "{region} has no slot: every panel it may present to is full ({panels}), and the other "
                    "panels have an assessor with a conflict of interest with it. Add slots or days, or move "
                    "an assessor.",
                ),
                {"region": _region(request, code), "panels": ", ".join(blocked) or "-"},
                regions=(code,),
                panels=tuple(blocked),
            )
        )
    problems += placer.forced
    ordered = sorted(slots, key=lambda s: (s.start, panels.index(s.panel_id)))
    unplaced = tuple(placer.unplaced) + tuple(code for code, _ in placer.no_room)
    return SchedulePlan(
        tuple(ordered), tuple(problems), tuple(soft_warnings(request, ordered)), unplaced, per_day, capacity
    )


def _check_request(request: PlanRequest) -> list[PlanIssue]:
    problems = check_times(request.times)
    if not 1 <= request.days <= MAX_DAYS:
        problems.append(
            PlanIssue(
                TIMES,
                QT_TRANSLATE_NOOP("GM100Error", "Days: {days} is not possible: use 1 to {most} days."),
                {"days": request.days, "most": MAX_DAYS},
            )
        )
    for code in _repeated(request.regions):
        problems.append(
            PlanIssue(
                INPUT,
                QT_TRANSLATE_NOOP("GM100Error", "Region {code} is invited twice."),
                {"code": code},
                regions=(code,),
            )
        )
    for pid in _repeated(request.panels):
        problems.append(
            PlanIssue(
                INPUT,
                QT_TRANSLATE_NOOP("GM100Error", "Panel {panel} is listed twice."),
                {"panel": pid},
                panels=(pid,),
            )
        )
    if not request.panels:
        problems.append(
            PlanIssue(INPUT, QT_TRANSLATE_NOOP("GM100Error", "There is no panel: add at least one."))
        )
    if not request.regions:
        problems.append(PlanIssue(INPUT, QT_TRANSLATE_NOOP("GM100Error", "There is no region to schedule.")))
    for pid in sorted(set(request.members) - set(request.panels)):
        problems.append(
            PlanIssue(
                INPUT,
                QT_TRANSLATE_NOOP("GM100Error", "Assessors are placed in an unknown panel {panel}."),
                {"panel": pid},
                panels=(pid,),
            )
        )
    for pid in dict.fromkeys(request.panels):
        if not request.members.get(pid):
            problems.append(
                PlanIssue(
                    EMPTY_PANEL,
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "Panel {panel} has no assessors: nobody would score the regions presenting to it.",
                    ),
                    {"panel": pid},
                    panels=(pid,),
                )
            )
    problems += double_bookings([SessionPanels(WHOLE_EVENT, request.members)])
    assessors = {a for members in request.members.values() for a in members}
    codes = set(request.regions)
    for aid, code in sorted(request.conflicts):
        if aid not in assessors or code not in codes:
            template = (
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "A conflict of interest between {assessor} and {region} names an unknown assessor "
                    "{assessor}.",
                )
                if aid not in assessors
                else QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "A conflict of interest between {assessor} and {region} names an unknown region "
                    "{region}.",
                )
            )
            problems.append(
                PlanIssue(
                    INPUT,
                    template,
                    {"assessor": aid, "region": code},
                    regions=(code,),
                    assessors=(aid,),
                )
            )
    return problems


class _Placer:
    """Step 2: a panel for every region, as described in the module docstring."""

    def __init__(self, request: PlanRequest, regions: list[str], panels: list[str], per_panel: int) -> None:
        self.request = request
        self.regions = regions
        self.panels = panels
        self.index = {code: i for i, code in enumerate(regions)}
        self.capacity = per_panel
        self.balanced = min(per_panel, math.ceil(len(regions) / len(panels)))
        self.conflicted: dict[str, list[list[str]]] = {}  # region -> per panel, its conflicted assessors
        self.allowed: dict[str, list[int]] = {}
        self.soft: dict[str, set[int]] = {}
        ties = {(_norm(i), _norm(p)) for i, p in request.soft_ties}
        for code in regions:
            per = [
                [a for a in request.members.get(pid, ()) if (a, code) in request.conflicts] for pid in panels
            ]
            self.conflicted[code] = per
            self.allowed[code] = [p for p in range(len(panels)) if not per[p]]
            province = _norm(request.region_provinces.get(code, ""))
            self.soft[code] = {
                p
                for p, pid in enumerate(panels)
                if province
                and any(
                    (_norm(request.assessor_institutions.get(a, "")), province) in ties
                    for a in request.members.get(pid, ())
                )
            }
        self.panel_of: dict[str, int] = {}
        self.held: list[set[str]] = [set() for _ in panels]
        self.unplaced: list[str] = []
        self.no_room: list[tuple[str, list[str]]] = []
        self.forced: list[PlanIssue] = []

    def place_all(self) -> None:
        forced = [code for code in self.regions if not self.allowed[code]]
        free = [code for code in self.regions if self.allowed[code]]
        free.sort(key=lambda c: (len(self.allowed[c]), not self.soft[c], self.index[c]))
        for code in forced:
            self._place_forced(code)
        for code in free:
            if self._total() >= self.capacity * len(self.panels):
                self.unplaced.append(code)
                continue
            room = [p for p in self.allowed[code] if len(self.held[p]) < self.balanced]
            if room:
                self._put(code, min(room, key=lambda p: (p in self.soft[code], len(self.held[p]), p)))
            elif not (self._augment(code, self.balanced) or self._augment(code, self.capacity)):
                if self._total() >= self.capacity * len(self.panels):
                    self.unplaced.append(code)
                else:
                    self.no_room.append((code, [self.panels[p] for p in self.allowed[code]]))

    def _total(self) -> int:
        return len(self.panel_of)

    def _put(self, code: str, panel: int) -> None:
        old = self.panel_of.get(code)
        if old is not None:
            self.held[old].discard(code)
        self.panel_of[code] = panel
        self.held[panel].add(code)

    def _place_forced(self, code: str) -> None:
        per = self.conflicted[code]
        room = [p for p in range(len(self.panels)) if len(self.held[p]) < self.capacity]
        if not room:
            self.unplaced.append(code)
            return
        chosen = min(
            room, key=lambda p: (len(per[p]), len(self.held[p]) >= self.balanced, len(self.held[p]), p)
        )
        self._put(code, chosen)
        listed = "; ".join(f"{pid}: {', '.join(per[p])}" for p, pid in enumerate(self.panels))
        self.forced.append(
            PlanIssue(
                CONFLICT,
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "{region} conflicts with an assessor in every panel ({listed}). It was put in {panel}, "
                    "where {assessors} could not score it. Move an assessor to another panel, or add a "
                    "panel.",
                ),
                {
                    "region": _region(self.request, code),
                    "listed": listed,
                    "panel": self.panels[chosen],
                    "assessors": ", ".join(per[chosen]),
                },
                regions=(code,),
                assessors=tuple(per[chosen]),
                panels=(self.panels[chosen],),
            )
        )

    def _augment(self, code: str, limit: int) -> bool:
        """Make room for `code` by moving placed regions along a shortest chain of allowed panels."""
        parent: dict[int, tuple[int | None, str]] = {}
        queue: deque[int] = deque()
        for p in sorted(self.allowed[code], key=lambda p: (len(self.held[p]), p)):
            parent[p] = (None, code)
            queue.append(p)
        while queue:
            p = queue.popleft()
            if len(self.held[p]) < limit:
                at: int | None = p
                while at is not None:
                    previous, moved = parent[at]
                    self._put(moved, at)
                    at = previous
                return True
            for other in sorted(self.held[p], key=self.index.__getitem__):
                for q in self.allowed[other]:
                    if q not in parent:
                        parent[q] = (p, other)
                        queue.append(q)
        return False


def _times(placer: _Placer, grid: Grid, panels: list[str]) -> list[Slot]:
    """Step 3: each panel's regions in the given order, spread evenly over the days."""
    slots = []
    for p, pid in enumerate(panels):
        codes = sorted(placer.held[p], key=placer.index.__getitem__)
        base, extra = divmod(len(codes), len(grid))
        at = 0
        for d, day in enumerate(grid):
            for start, end in day[: base + (1 if d < extra else 0)]:
                slots.append(Slot(pid, codes[at], start, end))
                at += 1
    return slots


def soft_warnings(request: PlanRequest, slots: Sequence[Slot], *, planned: bool = True) -> list[PlanIssue]:
    """Regions presenting to a panel with an assessor tied to their province; `planned`: the planner chose the
    panel (it had no better one), else the chair moved the slot by hand."""
    ties = {(_norm(i), _norm(p)) for i, p in request.soft_ties}
    if not ties:
        return []
    warnings = []
    for s in slots:
        province = request.region_provinces.get(s.region_code, "")
        tied = [
            a
            for a in request.members.get(s.panel_id, ())
            if (_norm(request.assessor_institutions.get(a, "")), _norm(province)) in ties
        ]
        if tied:
            who = ", ".join(f"{a} ({request.assessor_institutions.get(a, '')})" for a in tied)
            moved = (
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "{region} from {province} presents to {panel} (moved by hand), where {assessors} is "
                    "tied to that province.",
                )
                if len(tied) == 1
                else QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "{region} from {province} presents to {panel} (moved by hand), where {assessors} are "
                    "tied to that province.",
                )
            )
            template = (
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "{region} from {province} presents to {panel}, where {assessors} is tied to that "
                    "province (no panel without such a tie had room).",
                )
                if len(tied) == 1
                else QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "{region} from {province} presents to {panel}, where {assessors} are tied to that "
                    "province (no panel without such a tie had room).",
                )
            )
            warnings.append(
                PlanIssue(
                    SOFT_CONFLICT,
                    template if planned else moved,
                    {
                        "region": _region(request, s.region_code),
                        "province": province,
                        "panel": s.panel_id,
                        "assessors": who,
                    },
                    regions=(s.region_code,),
                    assessors=tuple(tied),
                    panels=(s.panel_id,),
                )
            )
    return warnings


def _capacity_problem(
    request: PlanRequest, regions: int, panels: int, per_day: int, left: Sequence[str]
) -> PlanIssue:
    capacity = panels * request.days * per_day
    ideas = capacity_suggestions(request, regions, panels)
    template = (
        QT_TRANSLATE_NOOP(
            "GM100Error",
            "{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × "
            "{per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Any one of "
            "these would fit: {ideas}.",
        )
        if ideas
        else QT_TRANSLATE_NOOP(
            "GM100Error",
            "{regions} regions but only {capacity} presentation slots ({panels} panels × {days} days × "
            "{per_day} slots a day, {times}): {left} regions are left without a slot ({codes}). Invite "
            "fewer regions.",
        )
    )
    params = {
        "regions": regions,
        "capacity": capacity,
        "panels": panels,
        "days": request.days,
        "per_day": per_day,
        "times": request.times.describe(),
        "left": len(left),
        "codes": _codes(left),
        "ideas": tuple(ideas),
    }
    return PlanIssue(CAPACITY, template, params, regions=tuple(left))


def capacity_suggestions(request: PlanRequest, regions: int, panels: int) -> list[Message]:
    """What would give every region a slot, changing one thing at a time."""
    times, days = request.times, request.days
    per_day = slots_per_day(times)
    ideas = []
    if per_day and panels:
        need_days = math.ceil(regions / (panels * per_day))
        if days < need_days <= MAX_DAYS:
            ideas.append(message(QT_TRANSLATE_NOOP("GM100Error", "{days} days"), days=need_days))
        ideas.append(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "{panels} panels"),
                panels=math.ceil(regions / (days * per_day)),
            )
        )
    for minutes in range(times.slot_minutes - 1, 9, -1):
        if (
            minutes % 5 == 0
            and panels * days * slots_per_day(replace(times, slot_minutes=minutes)) >= regions
        ):
            ideas.append(
                message(QT_TRANSLATE_NOOP("GM100Error", "slots of {minutes} minutes"), minutes=minutes)
            )
            break
    if times.gap_minutes and panels * days * slots_per_day(replace(times, gap_minutes=0)) >= regions:
        ideas.append(message(QT_TRANSLATE_NOOP("GM100Error", "no gap between slots")))
    end = datetime.combine(date(2000, 1, 3), times.day_end)
    while (end := end + timedelta(minutes=15)).time() <= LATEST_END and end.day == 3:
        if panels * days * slots_per_day(replace(times, day_end=end.time())) >= regions:
            ideas.append(
                message(QT_TRANSLATE_NOOP("GM100Error", "days ending at {end}"), end=_hm(end.time()))
            )
            break
    return ideas


# ---- sessions: who sits in which panel when ----------------------------------------------------------


@dataclass(frozen=True)
class Session:
    """A stretch of the event during which panel membership stays the same (e.g. a half day)."""

    label: Message | str  # a message ("day 1 morning"), or a time that needs no translation
    start: datetime
    end: datetime

    def holds(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


WHOLE_EVENT = Session("whole event", datetime.min, datetime.max)


@dataclass(frozen=True)
class SessionPanels:
    """Who sits in which panel during one session."""

    session: Session
    members: Mapping[str, tuple[str, ...]]  # panel id -> assessor ids


def double_bookings(assignments: Sequence[SessionPanels]) -> list[PlanIssue]:
    """Assessors seated in two panels at once (panels present at the same times)."""
    problems = []
    for entry in assignments:
        seen: dict[str, list[str]] = {}
        for pid, assessors in entry.members.items():
            for aid in dict.fromkeys(assessors):
                seen.setdefault(aid, []).append(pid)
        for aid, pids in sorted(seen.items()):
            if len(pids) > 1:
                template = (
                    QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "Assessor {assessor} is in panels {panels}, which present at the same times. Keep "
                        "each assessor in one panel.",
                    )
                    if entry.session is WHOLE_EVENT
                    else QT_TRANSLATE_NOOP(
                        "GM100Error",
                        "Assessor {assessor} is in panels {panels} during {session}, which present at the "
                        "same times. Keep each assessor in one panel.",
                    )
                )
                problems.append(
                    PlanIssue(
                        DOUBLE_BOOKING,
                        template,
                        {"assessor": aid, "panels": ", ".join(pids), "session": entry.session.label},
                        assessors=(aid,),
                        panels=tuple(pids),
                    )
                )
    return problems


# ---- small helpers ---------------------------------------------------------------------------------------


def _hm(moment: time) -> str:
    return moment.strftime("%H:%M")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _repeated(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for item in items:
        if item in seen and item not in twice:
            twice.append(item)
        seen.add(item)
    return twice


def region_phrase(code: str, name: str) -> Message:
    """ "Region 32.73 Kota Bandung" (or "Region 32.73" without a name), for use inside other messages."""
    if name.strip():
        return message(QT_TRANSLATE_NOOP("GM100Error", "Region {code} {name}"), code=code, name=name.strip())
    return message(QT_TRANSLATE_NOOP("GM100Error", "Region {code}"), code=code)


def _region(request: PlanRequest, code: str) -> Message:
    return region_phrase(code, request.region_names.get(code, ""))


def _codes(codes: Sequence[str]) -> Message | str:
    shown = ", ".join(codes[:SHOWN])
    if len(codes) <= SHOWN:
        return shown
    return message(
        QT_TRANSLATE_NOOP("GM100Error", "{codes} and {more} more"), codes=shown, more=len(codes) - SHOWN
    )
