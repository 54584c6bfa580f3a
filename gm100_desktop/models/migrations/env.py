"""Alembic environment: always run in-process on a connection the store hands over (batch mode for SQLite)."""

from alembic import context

from gm100_desktop.models.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
