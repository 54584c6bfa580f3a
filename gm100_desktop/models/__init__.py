"""SQLAlchemy 2.0 tables and the durable SQLite store they live in."""
