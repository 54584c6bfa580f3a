"""The roster: reading `assessor_id,name,institution,panel[,public_key][,role]` CSVs and enrolling keys.

Reading is all or nothing: a file with any bad row is refused whole, every bad row named by its line number.
An empty `panel` leaves the assessor for the event builder to place; `public_key` is the minisign key line (or
the whole `.pub` text) the assessor handed in.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from pathlib import Path

from gm100_desktop.domain.event import ASSESSOR_ROLES, RosterEntry
from gm100_desktop.domain.minisign import PublicKey, parse_public_key
from gm100_desktop.errors import (
    CsvFileError,
    FingerprintMismatchError,
    KeyFileError,
    KeyInUseError,
    NotInRosterError,
)
from gm100_desktop.services.csv_files import CsvRows, read_csv_text
from gm100_desktop.services.files import read_capped

ROSTER_COLUMNS = ("assessor_id", "name", "institution", "panel")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
ROLE_WORDS = {  # the roles as a chair may type them, in either language
    **{role: role for role in ASSESSOR_ROLES},
    "pemerintah": "government",
    "akademisi": "academic",
    "praktisi": "practitioner",
}
MAX_PUB_FILE = 2048


def read_roster_csv(path: Path, panels: Collection[str] | None = None) -> list[RosterEntry]:
    """Every assessor of the file, or `CsvFileError` listing every bad row by line number.

    With `panels`, a panel that is not one of them is a bad row; without, any panel id is accepted.
    """
    return parse_roster_csv(read_csv_text(path, "a roster"), path.name, panels)


def parse_roster_csv(text: str, name: str, panels: Collection[str] | None = None) -> list[RosterEntry]:
    rows = CsvRows(text, name, ROSTER_COLUMNS)
    roster: list[RosterEntry] = []
    id_line: dict[str, int] = {}
    key_line: dict[bytes, tuple[int, str]] = {}
    known = {p.casefold(): p for p in panels or ()}  # "p1" is P1
    for line, row in rows:
        problems = rows.problems
        aid = row["assessor_id"]
        if not ID_PATTERN.match(aid):
            problems.append(
                f'line {line}: assessor id "{aid}" must be 1 to 32 letters, digits, ".", "-" or "_"'
                if aid
                else f"line {line}: the assessor id is empty"
            )
        elif aid.casefold() in id_line:
            problems.append(f"line {line}: assessor {aid} is already on line {id_line[aid.casefold()]}")
        else:
            id_line[aid.casefold()] = line
        if not row["name"]:
            problems.append(f"line {line}: the name is empty")
        panel = known.get(row["panel"].casefold(), row["panel"])
        if panel and panels is not None and panel not in panels:
            problems.append(f'line {line}: panel "{panel}" is not one of {", ".join(panels)}')
        elif panel and not ID_PATTERN.match(panel):
            problems.append(f'line {line}: panel "{panel}" must be letters, digits, ".", "-" or "_"')
        role = ROLE_WORDS.get(row.get("role", "").casefold(), "")
        if row.get("role") and not role:
            problems.append(f'line {line}: role "{row["role"]}" must be government, academic or practitioner')
        public_key = ""
        if row.get("public_key"):
            try:
                key = parse_public_key(row["public_key"], name)
            except KeyFileError as exc:
                reason = exc.params["reason"]
                problems.append(f"line {line}: the public key is not a minisign public key ({reason})")
            else:
                public_key = key.to_base64()
                for part in (key.key_id, key.key):
                    if part in key_line:
                        first, owner = key_line[part]
                        problems.append(
                            f"line {line}: the public key of {aid} is the one of {owner} on line {first} "
                            f"(key id {key.key_id_hex}); every assessor needs a key of their own"
                        )
                        break
                else:
                    key_line[key.key_id] = key_line[key.key] = (line, aid)
        roster.append(RosterEntry(aid, row["name"], row["institution"], role, panel, public_key))
    rows.done()
    if not roster:
        raise CsvFileError(name, ["no assessors in the file"])
    return roster


# ---- enrolling public keys ---------------------------------------------------------------------------------


def enrol_public_key(
    roster: Sequence[RosterEntry], assessor_id: str, key_text: str, source: str, *, fingerprint: str = ""
) -> tuple[RosterEntry, ...]:
    """The roster with `assessor_id`'s key set from a pasted key line or `.pub` text.

    Refused: an assessor not in the roster, text that is not a minisign key, a key that does not have the
    `fingerprint` the assessor read out (when given), a key already enrolled for another assessor.
    """
    entry = next((a for a in roster if a.assessor_id == assessor_id), None)
    if entry is None:
        raise NotInRosterError(assessor_id)
    key = parse_public_key(key_text, source)
    if fingerprint and _plain(fingerprint) != _plain(key.fingerprint):
        raise FingerprintMismatchError(assessor_id, source, fingerprint.strip(), key.fingerprint)
    for other in roster:
        if other.assessor_id != assessor_id and other.public_key and _same_key(other.public_key, key):
            raise KeyInUseError(assessor_id, other.assessor_id, key.key_id_hex)
    return tuple(
        dataclasses.replace(a, public_key=key.to_base64()) if a.assessor_id == assessor_id else a
        for a in roster
    )


def enrol_public_key_file(
    roster: Sequence[RosterEntry], assessor_id: str, path: Path, *, fingerprint: str = ""
) -> tuple[RosterEntry, ...]:
    """`enrol_public_key` from a `.pub` file (what `gm100 identity export-public` writes)."""
    data = read_capped(path, MAX_PUB_FILE)
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise KeyFileError(path.name, "(file)", "is not a minisign public key (not text)") from None
    return enrol_public_key(roster, assessor_id, text, path.name, fingerprint=fingerprint)


def _same_key(text: str, key: PublicKey) -> bool:
    try:
        other = parse_public_key(text, "roster")
    except KeyFileError:
        return False
    return other.key_id == key.key_id or other.key == key.key


def _plain(fingerprint: str) -> str:
    return "".join(fingerprint.split()).upper()
