"""What the assessor's panel is doing now: today's slots, the current and next region, time left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from gm100_desktop.domain.event import Slot


@dataclass(frozen=True)
class ScheduleNow:
    today: tuple[Slot, ...]
    current: Slot | None
    next: Slot | None

    def remaining(self, now: datetime) -> timedelta | None:
        """Time left in the current presentation slot."""
        return self.current.end - now if self.current else None

    def until_next(self, now: datetime) -> timedelta | None:
        return self.next.start - now if self.next else None


def schedule_now(slots: Sequence[Slot], now: datetime) -> ScheduleNow:
    """Slots are one panel's; `now` is venue-local time, like the slots."""
    ordered = sorted(slots, key=lambda s: s.start)
    today = tuple(s for s in ordered if s.start.date() == now.date())
    current = next((s for s in ordered if s.start <= now < s.end), None)
    upcoming = next((s for s in ordered if s.start > now), None)
    return ScheduleNow(today=today, current=current, next=upcoming)


def plan_day_slots(
    day: datetime,
    count: int,
    *,
    length: timedelta,
    gap: timedelta,
    lunch_after: int | None = None,
    lunch: timedelta = timedelta(minutes=60),
) -> list[tuple[datetime, datetime]]:
    """Consecutive (start, end) pairs from `day`, with a gap between and an optional lunch break."""
    out = []
    start = day
    for i in range(count):
        out.append((start, start + length))
        start = start + length + gap
        if lunch_after is not None and i + 1 == lunch_after:
            start += lunch
    return out
