"""The built-in demo event: a dozen real regions, two panels, a two-day schedule starting on a given day."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from gm100_desktop import paths
from gm100_desktop.domain.event import EventDefinition, parse_event
from gm100_desktop.domain.rubric import rubric_to_dict
from gm100_desktop.services.events import has_event, install_event, set_workspace
from gm100_desktop.services.rubrics import builtin_rubric


def demo_event(start: date) -> tuple[EventDefinition, str]:
    """The demo event with day 1 on `start`, and the roster id of the assessor this laptop plays."""
    source = paths.resources_dir() / "demo" / "demo_event.json"
    spec: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    length = timedelta(minutes=spec["slot_minutes"])
    times = [time.fromisoformat(t) for t in spec["slot_times"]]
    schedule = []
    last_day = start
    for panel in spec["panels"]:
        regions = [g for g in spec["regions"] if g["panel"] == panel["id"]]
        for i, region in enumerate(regions):
            day = start + timedelta(days=i // len(times))
            last_day = max(last_day, day)
            begin = datetime.combine(day, times[i % len(times)])
            schedule.append(
                {
                    "panel": panel["id"],
                    "region": region["code"],
                    "start": begin.isoformat(timespec="minutes"),
                    "end": (begin + length).isoformat(timespec="minutes"),
                }
            )
    definition = parse_event(
        {
            "format": "gm100-event",
            "format_version": 1,
            "event_id": spec["event_id"],
            "version": 1,
            "name": spec["name"],
            "venue": spec["venue"],
            "start_date": start.isoformat(),
            "days": (last_day - start).days + 1,
            "rubric": rubric_to_dict(builtin_rubric(spec["rubric"])),
            "regions": [{k: g[k] for k in ("code", "name", "province", "kind")} for g in spec["regions"]],
            "panels": spec["panels"],
            "schedule": schedule,
            "roster": spec["roster"],
            "conflicts": spec["conflicts"],
        },
        source.name,
    )
    return definition, spec["local_assessor"]


def ensure_demo_event(session: Session, today: date | None = None) -> bool:
    """Install the demo event on an empty store (first start); True when it did."""
    if has_event(session):
        return False
    definition, local = demo_event(today or date.today())
    event = install_event(session, definition, is_demo=True)
    set_workspace(session, event, local)
    return True
