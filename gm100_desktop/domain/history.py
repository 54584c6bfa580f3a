"""The hash chain of an assessor's change history: each entry's hash covers its content and the one before.

This is the same rule the scoring service applies when it records a change, so a bundle's history can be
re-checked anywhere, and two bundles of one assessor show whether the history was rewritten in between.
"""

from __future__ import annotations

from dataclasses import dataclass
from json.encoder import encode_basestring

from gm100_desktop.domain.canonical import sha256_hex

GENESIS_HASH = "0" * 64
CHANGE_KINDS = ("score", "note", "region_note", "finalise", "reopen")


@dataclass(frozen=True)
class ChainEntry:
    region: str
    criterion: str | None
    kind: str
    old: str | None
    new: str | None
    reason: str
    at: str  # naive UTC, ISO 8601 with microseconds, as the store keeps it
    prev_hash: str
    hash: str


def entry_payload(
    assessor: str,
    region: str,
    criterion: str | None,
    kind: str,
    old: str | None,
    new: str | None,
    reason: str,
    at: str,
) -> bytes:
    """canonical_json of the entry's fields, written out directly because it runs for every entry.

    Keys in sorted order; each text as json.dumps writes it with ensure_ascii=False (the same function).
    """
    js = encode_basestring
    c = "null" if criterion is None else js(criterion)
    n = "null" if new is None else js(new)
    o = "null" if old is None else js(old)
    return (
        f'{{"assessor":{js(assessor)},"at":{js(at)},"criterion":{c},"kind":{js(kind)},"new":{n},"old":{o},'
        f'"reason":{js(reason)},"region":{js(region)}}}'
    ).encode()


def chain_hash(prev: str, payload: bytes) -> str:
    return sha256_hex(prev.encode("ascii") + payload)


def entry_hash(assessor: str, entry: ChainEntry, prev: str) -> str:
    payload = entry_payload(
        assessor, entry.region, entry.criterion, entry.kind, entry.old, entry.new, entry.reason, entry.at
    )
    return chain_hash(prev, payload)


def first_broken_link(assessor: str, entries: list[ChainEntry]) -> int | None:
    """The index of the first entry whose hashes do not chain, or None when the whole chain holds."""
    prev = GENESIS_HASH
    for i, entry in enumerate(entries):
        if entry.prev_hash != prev or entry.hash != entry_hash(assessor, entry, prev):
            return i
        prev = entry.hash
    return None


def chain_head(entries: list[ChainEntry]) -> str:
    return entries[-1].hash if entries else GENESIS_HASH
