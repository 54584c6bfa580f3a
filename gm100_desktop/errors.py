"""Errors the core raises, each carrying a message written for the person at the keyboard.

Every error has an English `template` with `{named}` placeholders. The UI translates the template in the
context "GM100Error" and then fills in `params`; the command line prints `message` as it is.
"""

from __future__ import annotations

from pathlib import Path

from gm100_desktop.i18n import QT_TRANSLATE_NOOP as _N

CONTEXT = "GM100Error"


class GM100Error(Exception):
    """Base of every error meant to be shown to a user."""

    template = _N(CONTEXT, "Something went wrong.")

    def __init__(self, template: str | None = None, /, **params: object) -> None:
        if template is not None:
            self.template = template
        self.params = {k: (str(v) if isinstance(v, Path) else v) for k, v in params.items()}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class FormatError(GM100Error):
    """A file given to us (rubric, event, CSV) is not what it should be; names the file and the field."""

    template = _N(CONTEXT, "{file}: {field}: {reason}")

    def __init__(self, file: str, field: str, reason: str) -> None:
        super().__init__(file=file, field=field, reason=reason)


class RubricError(FormatError):
    """A rubric file is malformed."""


class EventError(FormatError):
    """An event definition is malformed."""


class StoreError(GM100Error):
    """The local database cannot be used."""


class StoreCorruptError(StoreError):
    """The database file exists but is damaged; we never create a new store over it."""

    template = _N(
        CONTEXT,
        "The score database {path} is damaged ({reason}). It has not been changed. "
        "You can open the most recent backup instead.",
    )

    def __init__(self, path: Path, reason: str, backups: list[Path]) -> None:
        self.path = path
        self.backups = backups
        super().__init__(path=path, reason=reason)


class StoreLockedError(StoreError):
    """Another GM100 Assessor is running on the same data folder."""

    template = _N(
        CONTEXT,
        "GM100 Assessor is already open on the data folder {folder}. "
        "Close the other window first; this one will not write anything.",
    )

    def __init__(self, folder: Path) -> None:
        super().__init__(folder=folder)


class StoreWriteError(StoreError):
    """A write failed (read-only medium, full disk); nothing of that action was saved."""

    template = _N(
        CONTEXT,
        "Could not save to {path}: {reason}. Nothing of this change was saved; "
        "everything saved before is safe.",
    )

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path=path, reason=reason)


class StoreMigrationError(StoreError):
    """An older database could not be upgraded; the backup taken before is named."""

    template = _N(
        CONTEXT,
        "Could not upgrade the score database {path} ({reason}). "
        "It was backed up to {backup} before the attempt.",
    )

    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        super().__init__(path=path, reason=reason, backup=backup or "-")


class ScoringError(GM100Error):
    """A scoring action is not allowed in the region's current state."""


class NoEventError(ScoringError):
    template = _N(CONTEXT, "No event is open. Import an event package first.")

    def __init__(self) -> None:
        super().__init__()


class UnknownRegionError(ScoringError):
    template = _N(CONTEXT, "Region {code} is not part of this event.")

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class UnknownCriterionError(ScoringError):
    template = _N(CONTEXT, "Criterion {criterion} is not in the rubric.")

    def __init__(self, criterion: str) -> None:
        super().__init__(criterion=criterion)


class ScoreOutOfRangeError(ScoringError):
    template = _N(CONTEXT, "Score {value} for {criterion} is outside the scale {low}–{high}.")

    def __init__(self, criterion: str, value: int, low: int, high: int) -> None:
        super().__init__(criterion=criterion, value=value, low=low, high=high)


class ConflictOfInterestError(ScoringError):
    template = _N(CONTEXT, "You have a conflict of interest with {region}; it cannot be scored by you.")

    def __init__(self, region: str) -> None:
        super().__init__(region=region)


class RegionFinalisedError(ScoringError):
    template = _N(CONTEXT, "{region} is finalised. Reopen it, with a reason, to change a score.")

    def __init__(self, region: str) -> None:
        super().__init__(region=region)


class RegionNotFinalisedError(ScoringError):
    template = _N(CONTEXT, "{region} is not finalised, so there is nothing to reopen.")

    def __init__(self, region: str) -> None:
        super().__init__(region=region)


class FinaliseIncompleteError(ScoringError):
    """Finalising needs every criterion scored and a note on every score at either end of the scale."""

    template = _N(
        CONTEXT,
        "{region} cannot be finalised yet. Not scored: {missing}. A note is needed for scores at the "
        "end of the scale: {needs_note}.",
    )

    def __init__(self, region: str, missing: list[str], needs_note: list[str]) -> None:
        self.missing = missing
        self.needs_note = needs_note
        super().__init__(
            region=region, missing=", ".join(missing) or "-", needs_note=", ".join(needs_note) or "-"
        )


class ReasonRequiredError(ScoringError):
    template = _N(CONTEXT, "Give a reason for reopening {region}.")

    def __init__(self, region: str) -> None:
        super().__init__(region=region)
