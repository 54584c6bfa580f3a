"""Pure Python core: rubric, events, scoring rules and schedules. No Qt, no SQLAlchemy, no user files."""
