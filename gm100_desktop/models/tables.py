"""ORM tables: the imported event (rubric, regions, panels, schedule, seating, roster, conflicts) and scoring.

Scores, region states and the change history belong to an assessor of an event. Every change appends a
row to `change` whose hash covers the row before it, so the history cannot be rewritten unnoticed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

REGION_STATES = ("not_started", "in_progress", "finalised")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(100), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    venue: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    is_demo: Mapped[bool] = mapped_column(default=False)
    # For an event imported from a chair-signed package: SHA-256 of its event.json, and the chair's key id.
    package_sha256: Mapped[str | None] = mapped_column(String(64))
    chair_key_id: Mapped[str | None] = mapped_column(String(16))

    rubric: Mapped[Rubric] = relationship(back_populates="event", cascade="all, delete-orphan")


class Rubric(Base):
    __tablename__ = "rubric"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), unique=True)
    uid: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(50))
    name_id: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")
    scale_min: Mapped[int] = mapped_column(Integer)
    scale_max: Mapped[int] = mapped_column(Integer)

    event: Mapped[Event] = relationship(back_populates="rubric")
    dimensions: Mapped[list[Dimension]] = relationship(
        order_by="Dimension.position", cascade="all, delete-orphan"
    )
    scale_labels: Mapped[list[ScaleLabel]] = relationship(
        order_by="ScaleLabel.value", cascade="all, delete-orphan"
    )


class ScaleLabel(Base):
    __tablename__ = "scale_label"
    __table_args__ = (UniqueConstraint("rubric_id", "value"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubric.id", ondelete="CASCADE"))
    value: Mapped[int] = mapped_column(Integer)
    label_id: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text, default="")


class Dimension(Base):
    __tablename__ = "dimension"
    __table_args__ = (UniqueConstraint("rubric_id", "uid"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubric.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(100))
    name_id: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer)

    criteria: Mapped[list[Criterion]] = relationship(
        order_by="Criterion.position", cascade="all, delete-orphan"
    )


class Criterion(Base):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("dimension_id", "uid"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dimension_id: Mapped[int] = mapped_column(ForeignKey("dimension.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(100))
    name_id: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")
    description_id: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer)

    levels: Mapped[list[Level]] = relationship(order_by="Level.value", cascade="all, delete-orphan")


class Level(Base):
    __tablename__ = "level"
    __table_args__ = (UniqueConstraint("criterion_id", "value"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    value: Mapped[int] = mapped_column(Integer)
    descriptor_id: Mapped[str] = mapped_column(Text)
    descriptor_en: Mapped[str] = mapped_column(Text, default="")


class Region(Base):
    __tablename__ = "region"
    __table_args__ = (UniqueConstraint("event_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default="")


class Panel(Base):
    __tablename__ = "panel"
    __table_args__ = (UniqueConstraint("event_id", "uid"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    room: Mapped[str] = mapped_column(String(200), default="")


class Assessor(Base):
    __tablename__ = "assessor"
    __table_args__ = (UniqueConstraint("event_id", "uid"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    institution: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(30), default="")
    panel_id: Mapped[int | None] = mapped_column(ForeignKey("panel.id", ondelete="SET NULL"))
    public_key: Mapped[str] = mapped_column(Text, default="")


class ScheduleSlot(Base):
    __tablename__ = "schedule_slot"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("panel.id", ondelete="CASCADE"))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)


class Seat(Base):
    """An assessor sits in a panel during [starts_at, ends_at); with no seats, in the roster panel."""

    __tablename__ = "seat"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"), index=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("panel.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)


class ConflictOfInterest(Base):
    __tablename__ = "conflict_of_interest"
    __table_args__ = (UniqueConstraint("assessor_id", "region_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text, default="")


class Workspace(Base):
    """One row: which event this laptop works on, and as which assessor of its roster."""

    __tablename__ = "workspace"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("assessor.id", ondelete="SET NULL"))


class Score(Base):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("assessor_id", "region_id", "criterion_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    value: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RegionState(Base):
    __tablename__ = "region_state"
    __table_args__ = (UniqueConstraint("assessor_id", "region_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(20), default="not_started")
    note: Mapped[str] = mapped_column(Text, default="")
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Change(Base):
    """One entry of the hash-chained change history of an assessor."""

    __tablename__ = "change"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"), index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # score, note, region_note, finalise, reopen
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class BundleExport(Base):
    """One signed score bundle written by this laptop; the sequence of an assessor only ever grows."""

    __tablename__ = "bundle_export"
    __table_args__ = (UniqueConstraint("assessor_id", "sequence"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"))
    sequence: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))  # of the whole .gm100bundle file
    history_head: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
