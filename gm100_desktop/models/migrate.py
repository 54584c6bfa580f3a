"""Alembic, imported only when a schema must change: a normal start never pays for loading it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util import CommandError
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def alembic_head() -> str:
    head = ScriptDirectory.from_config(alembic_config(None)).get_current_head()
    assert head is not None
    return head


def known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config(None))
    try:
        return script.get_revision(revision) is not None
    except (CommandError, RevisionError):  # alembic raises rather than returning None for an unknown id
        return False


def upgrade_to_head(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")
