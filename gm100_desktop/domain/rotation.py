"""Sessions, assessor rotation between panels, and whether the assessor–region design is connected.

`rotation_plan` moves assessors between panels from session to session (e.g. each half day) so that panels
share assessors; `panel_connectivity` says whether the assessor–region design graph is one component, which is
what lets a severe panel be told apart from weak regions (the merge's rater-severity adjustment needs it).
`rotation_seating` turns a rotation into the event's `seating`, and `design_sessions` reads the seating of an
event back, so connectivity is checked on exactly the design the assessors receive.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from gm100_desktop.domain.event import EventDefinition, Seat, Slot, seat_order
from gm100_desktop.domain.planner import CONFLICT, WHOLE_EVENT, PlanIssue, Session, SessionPanels
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message


@dataclass(frozen=True)
class RotationPlan:
    sessions: tuple[SessionPanels, ...]
    issues: tuple[PlanIssue, ...]  # conflicts of interest the rotation could not avoid
    moves: int  # assessor-sessions spent away from their home panel


@dataclass(frozen=True)
class DesignComponent:
    """One connected group of the assessor–region graph, with the panels its regions presented to."""

    panels: tuple[str, ...]
    assessors: tuple[str, ...]
    regions: tuple[str, ...]


@dataclass(frozen=True)
class Connectivity:
    connected: bool
    components: tuple[DesignComponent, ...]

    def describe(self) -> str:
        """In English, as the command line prints it."""
        return self.summary().text

    def summary(self) -> Message:
        if self.connected:
            return message(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "All panels are connected: every region can be compared with every other through shared "
                    "assessors.",
                )
            )
        groups = tuple(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "{panels} ({assessors} assessors, {regions} regions)"),
                panels="+".join(c.panels),
                assessors=len(c.assessors),
                regions=len(c.regions),
            )
            if c.panels
            else message(
                QT_TRANSLATE_NOOP("GM100Error", "(no panel) ({assessors} assessors, {regions} regions)"),
                assessors=len(c.assessors),
                regions=len(c.regions),
            )
            for c in self.components
        )
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "The panels are not connected: {count} separate groups share no assessor ({groups}). A "
                "strict panel cannot be told from weak regions across groups.",
            ),
            count=len(self.components),
            groups=groups,
        )


def static_sessions(members: Mapping[str, tuple[str, ...]]) -> tuple[SessionPanels, ...]:
    """The event format's membership: one panel per assessor for the whole event."""
    return (SessionPanels(WHOLE_EVENT, members),)


def rotation_seating(sessions: Sequence[SessionPanels]) -> tuple[Seat, ...]:
    """The event's `seating` for a rotation: one seat per assessor per session."""
    seats = [
        Seat(pid, aid, entry.session.start, entry.session.end)
        for entry in sessions
        for pid, members in entry.members.items()
        for aid in members
    ]
    return tuple(sorted(seats, key=seat_order))


def design_sessions(definition: EventDefinition) -> tuple[SessionPanels, ...]:
    """Who sits in which panel when, as the event says: its seating, else the roster for the whole event.

    The seating is cut at every seat's start and end, so each session has one fixed membership.
    """
    panels = [p.id for p in definition.panels]
    if not definition.seating:
        return static_sessions(
            {p: tuple(a.assessor_id for a in definition.roster if a.panel_id == p) for p in panels}
        )
    bounds = sorted({t for s in definition.seating for t in (s.start, s.end)})
    out = []
    for start, end in pairwise(bounds):
        members = {p: definition.seated(p, start) for p in panels}
        if any(members.values()):
            out.append(SessionPanels(Session(f"{start:%Y-%m-%d %H:%M}", start, end), members))
    return tuple(out)


def half_day_sessions(start_date: date, days: int, midday: time = time(12, 0)) -> tuple[Session, ...]:
    out = []
    for d in range(days):
        day = start_date + timedelta(days=d)
        noon = datetime.combine(day, midday)
        morning = message(QT_TRANSLATE_NOOP("GM100Error", "day {day} morning"), day=d + 1)
        afternoon = message(QT_TRANSLATE_NOOP("GM100Error", "day {day} afternoon"), day=d + 1)
        out.append(Session(morning, datetime.combine(day, time.min), noon))
        out.append(Session(afternoon, noon, datetime.combine(day + timedelta(days=1), time.min)))
    return tuple(out)


def rotation_plan(
    panels: Sequence[str],
    members: Mapping[str, tuple[str, ...]],
    sessions: Sequence[Session],
    schedule: Sequence[Slot] = (),
    conflicts: Collection[tuple[str, str]] = frozenset(),
) -> RotationPlan:
    """Assessors per panel per session, so that panels share assessors.

    Each panel's assessors are ranked by their position in `members`. In session s, rank r moves r × s panels
    along (among the panels that have a rank-r assessor): rank 0 (the panel's anchor) stays; in session 1
    rank 1 moves one panel along, which alone chains every panel to the next. Every panel keeps one assessor
    of every rank, so panel sizes stay the same. When `schedule` and `conflicts` are given, a rank's shift
    that would seat an assessor before a region they conflict with is replaced by the first other shift that
    does not (or does least), and conflicts that remain are reported.
    """
    order = list(dict.fromkeys(panels))
    presenting: dict[tuple[int, str], list[str]] = {}  # (session, panel) -> regions presenting
    for slot in schedule:
        for s, session in enumerate(sessions):
            if session.holds(slot.start):
                presenting.setdefault((s, slot.panel_id), []).append(slot.region_code)
    clash = set(conflicts)
    deepest = max((len(members.get(p, ())) for p in order), default=0)
    result, issues, moves = [], [], 0
    for s, session in enumerate(sessions):
        seated: dict[str, list[str]] = {p: [] for p in order}
        for rank in range(deepest):
            ranked = [p for p in order if len(members.get(p, ())) > rank]
            walkers = [members[p][rank] for p in ranked]
            n = len(ranked)

            def hits(
                shift: int, walkers: list[str] = walkers, ranked: list[str] = ranked, s: int = s
            ) -> list[str]:
                return [
                    f"{aid}–{code}"
                    for j, aid in enumerate(walkers)
                    for code in sorted(presenting.get((s, ranked[(j + shift) % len(ranked)]), ()))
                    if (aid, code) in clash
                ]

            preferred = (rank * s) % n
            candidates = [preferred, *(d for d in range(1, n) if d != preferred), 0]
            shift = min(candidates, key=lambda d: (len(hits(d)), candidates.index(d)))
            if hits(shift):
                issues.append(
                    PlanIssue(
                        CONFLICT,
                        QT_TRANSLATE_NOOP(
                            "GM100Error",
                            "{session}: the rotation seats assessors before regions they have a conflict of "
                            "interest with ({pairs}).",
                        ),
                        {"session": session.label, "pairs": ", ".join(hits(shift))},
                    )
                )
            for j, aid in enumerate(walkers):
                seated[ranked[(j + shift) % n]].append(aid)
            moves += n if shift else 0
        result.append(SessionPanels(session, {p: tuple(seated[p]) for p in order}))
    return RotationPlan(tuple(result), tuple(issues), moves)


def panel_connectivity(
    assignments: Sequence[SessionPanels],
    schedule: Sequence[Slot],
    conflicts: Collection[tuple[str, str]] = frozenset(),
) -> Connectivity:
    """Whether every scheduled region and every assessor who scores one form a single connected group.

    An assessor scores a region when they sit in its panel during the session of its slot, unless they have
    a conflict of interest with it. A region nobody scores is a group of its own.
    """
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    region_panels: dict[str, str] = {}
    clash = set(conflicts)
    for slot in schedule:
        region = "r" + slot.region_code
        find(region)
        region_panels[slot.region_code] = slot.panel_id
        entry = next((e for e in assignments if e.session.holds(slot.start)), None)
        for aid in entry.members.get(slot.panel_id, ()) if entry else ():
            if (aid, slot.region_code) not in clash:
                parent[find("a" + aid)] = find(region)
    groups: dict[str, list[str]] = {}
    for node in sorted(parent):
        groups.setdefault(find(node), []).append(node)
    panel_order = {p: i for i, p in enumerate(dict.fromkeys(s.panel_id for s in schedule))}
    components = []
    for nodes in groups.values():
        codes = tuple(n[1:] for n in nodes if n[0] == "r")
        pids = sorted({region_panels[c] for c in codes}, key=panel_order.__getitem__)
        components.append(DesignComponent(tuple(pids), tuple(n[1:] for n in nodes if n[0] == "a"), codes))
    components.sort(key=lambda c: (panel_order.get(c.panels[0], 0) if c.panels else -1, c.regions))
    return Connectivity(len(components) <= 1, tuple(components))
