"""Errors the core raises, each carrying a message written for the person at the keyboard.

Every error has an English `template` with `{named}` placeholders. The UI translates the template in the
context "GM100Error" and then fills in `params`; the command line prints `message` as it is.
"""

from __future__ import annotations

from pathlib import Path

from gm100_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "GM100Error"


class GM100Error(Exception):
    """Base of every error meant to be shown to a user."""

    template = QT_TRANSLATE_NOOP("GM100Error", "Something went wrong.")

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

    template = QT_TRANSLATE_NOOP("GM100Error", "{file}: {field}: {reason}")

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

    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "The score database {path} is damaged ({reason}). It has not been changed. "
        "You can open the most recent backup instead.",
    )

    def __init__(self, path: Path, reason: str, backups: list[Path]) -> None:
        self.path = path
        self.backups = backups
        super().__init__(path=path, reason=reason)


class StoreLockedError(StoreError):
    """Another GM100 Assessor is running on the same data folder."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "GM100 Assessor is already open on the data folder {folder}. "
        "Close the other window first; this one will not write anything.",
    )

    def __init__(self, folder: Path) -> None:
        super().__init__(folder=folder)


class StoreWriteError(StoreError):
    """A write failed (read-only medium, full disk); nothing of that action was saved."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "Could not save to {path}: {reason}. Nothing of this change was saved; "
        "everything saved before is safe.",
    )

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path=path, reason=reason)


class StoreMigrationError(StoreError):
    """An older database could not be upgraded; the backup taken before is named."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "Could not upgrade the score database {path} ({reason}). "
        "It was backed up to {backup} before the attempt.",
    )

    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        super().__init__(path=path, reason=reason, backup=backup or "-")


class ScoringError(GM100Error):
    """A scoring action is not allowed in the region's current state."""


class NoEventError(ScoringError):
    template = QT_TRANSLATE_NOOP("GM100Error", "No event is open. Import an event package first.")

    def __init__(self) -> None:
        super().__init__()


class UnknownRegionError(ScoringError):
    template = QT_TRANSLATE_NOOP("GM100Error", "Region {code} is not part of this event.")

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class UnknownCriterionError(ScoringError):
    template = QT_TRANSLATE_NOOP("GM100Error", "Criterion {criterion} is not in the rubric.")

    def __init__(self, criterion: str) -> None:
        super().__init__(criterion=criterion)


class ScoreOutOfRangeError(ScoringError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error", "Score {value} for {criterion} is outside the scale {low}–{high}."
    )

    def __init__(self, criterion: str, value: int, low: int, high: int) -> None:
        super().__init__(criterion=criterion, value=value, low=low, high=high)


class ConflictOfInterestError(ScoringError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error", "You have a conflict of interest with {region}; it cannot be scored by you."
    )

    def __init__(self, region: str) -> None:
        super().__init__(region=region)


class RegionFinalisedError(ScoringError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error", "{region} is finalised. Reopen it, with a reason, to change a score."
    )

    def __init__(self, region: str) -> None:
        super().__init__(region=region)


class RegionNotFinalisedError(ScoringError):
    template = QT_TRANSLATE_NOOP("GM100Error", "{region} is not finalised, so there is nothing to reopen.")

    def __init__(self, region: str) -> None:
        super().__init__(region=region)


class FinaliseIncompleteError(ScoringError):
    """Finalising needs every criterion scored and a note on every score at either end of the scale."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error",
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
    template = QT_TRANSLATE_NOOP("GM100Error", "Give a reason for reopening {region}.")

    def __init__(self, region: str) -> None:
        super().__init__(region=region)


# ---- signing identities, event packages, score bundles ---------------------------------------------------


class IdentityError(GM100Error):
    """A signing identity (key pair) cannot be created, read or unlocked."""


class NoIdentityError(IdentityError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "There is no {role} signing identity on this computer (looked for {path}). "
        "Create one first: in the app with File → My signing identity…, or on the command line with "
        'gm100 identity create --name "Your name" --role {role}',
    )

    def __init__(self, role: str, path: Path) -> None:
        super().__init__(role=role, path=path)


class IdentityExistsError(IdentityError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "A signing identity for the {role} role already exists in {path}. It was not replaced: scores "
        "signed with it could no longer be matched to you. Move the file away first if you really need "
        "a new key.",
    )

    def __init__(self, role: str, path: Path) -> None:
        super().__init__(role=role, path=path)


class WrongPassphraseError(IdentityError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error", "Wrong passphrase for the signing identity {path}. Nothing was signed."
    )

    def __init__(self, path: Path) -> None:
        super().__init__(path=path)


class PassphraseError(IdentityError):
    """A passphrase could not be obtained or is too weak to protect a key."""

    template = QT_TRANSLATE_NOOP("GM100Error", "Passphrase problem: {reason}")

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


class KeyFileError(FormatError):
    """A key file (identity or minisign public key) is damaged or not a key file."""


class VerificationError(GM100Error):
    """A file handed to us (event package, score bundle, signed file) is refused; names the file and why."""

    template = QT_TRANSLATE_NOOP("GM100Error", "{file}: {reason}")

    def __init__(self, file: str, reason: str, **extra: object) -> None:
        self.file = file
        self.reason = reason
        super().__init__(file=file, reason=reason, **extra)


class ArchiveError(VerificationError):
    """The ZIP container is unsafe or not the one GM100 Assessor writes."""

    template = QT_TRANSLATE_NOOP("GM100Error", "{file}: refused as unsafe or damaged archive: {reason}")


class SignatureError(VerificationError):
    """A minisign signature is missing, malformed, made by another key, or does not match the data."""

    template = QT_TRANSLATE_NOOP("GM100Error", "{file}: signature check failed: {reason}")


class MismatchError(VerificationError):
    """The parts of a signed file refer to different keys, assessors or events."""

    template = QT_TRANSLATE_NOOP("GM100Error", "{file}: its parts do not match: {reason}")


class BundleError(FormatError):
    """The bundle.json of a score bundle breaks the format (names the field)."""


class WrongEventError(VerificationError):
    """A score bundle made for another event, or another version of it."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error", "{file}: this score bundle belongs to {found}, not to {expected}."
    )

    def __init__(self, file: str, found: str, expected: str) -> None:
        super().__init__(file, f"belongs to {found}, not to {expected}", found=found, expected=expected)


class EventImportError(GM100Error):
    """An event package is valid but cannot be installed over what this laptop already has."""

    template = QT_TRANSLATE_NOOP("GM100Error", "Cannot import {file}: {reason}")


class OlderEventVersionError(EventImportError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "Cannot import {file}: it is version {version} of the event {event}, but version {installed} is "
        "already installed. An older version never replaces a newer one.",
    )

    def __init__(self, file: str, event: str, version: int, installed: int) -> None:
        super().__init__(file=file, event=event, version=version, installed=installed)


class EventVersionConflictError(EventImportError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "Cannot import {file}: version {version} of the event {event} is already installed with different "
        "content. Ask the chair for a package with a higher version number.",
    )

    def __init__(self, file: str, event: str, version: int) -> None:
        super().__init__(file=file, event=event, version=version)


class ChairKeyChangedError(EventImportError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "Cannot import {file}: it is signed by chair key {new_key}, but the installed version of the event "
        "was signed by chair key {old_key}. Check with the chair in person before accepting a new chair key.",
    )

    def __init__(self, file: str, new_key: str, old_key: str) -> None:
        super().__init__(file=file, new_key=new_key, old_key=old_key)


class AssessorChoiceError(EventImportError):
    """This laptop cannot be bound to exactly one assessor of the roster without the user's choice."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "Cannot tell which assessor of the roster you are: {reason} Choose yourself with --as ASSESSOR_ID "
        "(roster: {roster}).",
    )

    def __init__(self, reason: str, roster: list[str]) -> None:
        super().__init__(reason=reason, roster=", ".join(roster[:20]) + (" …" if len(roster) > 20 else ""))


class RosterKeyMismatchError(IdentityError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "The chair registered key {roster_key} for assessor {assessor}, but this computer's identity has key "
        "{local_key}. Scores signed with it would be refused; use the identity you gave the chair.",
    )

    def __init__(self, assessor: str, roster_key: str, local_key: str) -> None:
        super().__init__(assessor=assessor, roster_key=roster_key, local_key=local_key)


class DemoEventExportError(GM100Error):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "The demo event is for practice and is not signed by a chair, so its scores cannot be exported as a "
        "signed score bundle. Import the chair's event package (.gm100event) first.",
    )

    def __init__(self) -> None:
        super().__init__()


class ExportWriteError(GM100Error):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "Could not write {path}: {reason}. No file was left under that name; "
        "your scores are safe in the database.",
    )

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path=path, reason=reason)


class StoreNewerSchemaError(StoreError):
    """The database was written by a newer version of the app; it is left untouched."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "The score database {path} was written by a newer GM100 Assessor (schema {revision}). "
        "Install the newer version to open it.",
    )

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(path=path, revision=revision)


class CsvFileError(FormatError):
    """A CSV file with bad rows, refused whole: every bad row is named by its line number."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error", "{file}: {count} problem(s); nothing was imported.\n{problems}"
    )

    def __init__(self, file: str, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:20] + ([f"… and {len(problems) - 20} more"] if len(problems) > 20 else [])
        GM100Error.__init__(self, file=file, count=len(problems), problems="\n".join(shown))


# ---- preparing an event (chair) ---------------------------------------------------------------------------


class EventPlanError(GM100Error):
    """An event that cannot be exported yet: every problem (input, roster, schedule) is listed."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error", "The event package was not written: {count} problem(s) to resolve first.\n{problems}"
    )

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:30] + ([f"… and {len(problems) - 30} more"] if len(problems) > 30 else [])
        super().__init__(count=len(problems), problems="\n".join(f"- {p}" for p in shown))


class RosterError(GM100Error):
    """A change to the roster (enrolling a key) is refused."""


class KeyInUseError(RosterError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "The public key {key_id} is already enrolled for assessor {other}. Every assessor signs with a key "
        "of their own; {assessor} was not given it.",
    )

    def __init__(self, assessor: str, other: str, key_id: str) -> None:
        super().__init__(assessor=assessor, other=other, key_id=key_id)


class FingerprintMismatchError(RosterError):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "The key from {source} has the fingerprint {found}, not {expected} as the assessor read it out. It "
        "was not enrolled: check the key file with {assessor} in person.",
    )

    def __init__(self, assessor: str, source: str, expected: str, found: str) -> None:
        super().__init__(assessor=assessor, source=source, expected=expected, found=found)


class NotInRosterError(RosterError):
    template = QT_TRANSLATE_NOOP("GM100Error", "Assessor {assessor} is not in the roster.")

    def __init__(self, assessor: str) -> None:
        super().__init__(assessor=assessor)


class DraftDamagedError(GM100Error):
    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "The event draft {file} could not be read ({reason}). It was kept as {aside} and a new, empty draft "
        "was started.",
    )

    def __init__(self, file: Path, reason: str, aside: Path) -> None:
        super().__init__(file=file, reason=reason, aside=aside)


class KeyRevokedError(GM100Error):
    template = QT_TRANSLATE_NOOP(
        "GM100Error", "The key {key_id} was revoked (a lost laptop) and cannot be enrolled again."
    )

    def __init__(self, key_id: str) -> None:
        super().__init__(key_id=key_id)


class FingerprintRequiredError(GM100Error):
    template = QT_TRANSLATE_NOOP(
        "GM100Error", "Type the fingerprint {assessor} reads from their screen before enrolling the key."
    )

    def __init__(self, assessor: str) -> None:
        super().__init__(assessor=assessor)


# ---- printed sheets ---------------------------------------------------------------------------------------


class FontMissingError(GM100Error):
    """A font the PDFs embed is missing or unreadable; found at start-up, before any batch is begun."""

    template = QT_TRANSLATE_NOOP(
        "GM100Error",
        "The font file {path} is missing or cannot be read ({reason}). PDFs cannot be made without it; "
        "reinstall GM100 Assessor. Nothing was written.",
    )

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path=path, reason=reason)


class CancelledError(GM100Error):
    """Long work stopped at the user's request; nothing of it was written."""

    template = QT_TRANSLATE_NOOP("GM100Error", "Cancelled. Nothing was written.")

    def __init__(self) -> None:
        super().__init__()


# ---- merge ------------------------------------------------------------------------------------------------


class MergeOptionsError(GM100Error):
    """The chair's merge choices cannot be applied (a method, tie-break or top N the rubric cannot take)."""

    template = QT_TRANSLATE_NOOP("GM100Error", "The merge cannot use these choices: {reason}")

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


class RankingVerifyError(VerificationError):
    """A signed ranking does not match what its bundles give, or cannot be checked."""
