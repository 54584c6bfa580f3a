"""The chair-signed event package (*.gm100event): a ZIP of event.json, event.json.minisig and chair.pub.

`event.json` is the canonical JSON of the event definition plus a `chair` block naming the chair's key id.
The package hash is the SHA-256 of the event.json bytes; score bundles carry it to say which exact
event (and version) they were scored against.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from gm100_desktop.domain.archive import read_archive, write_archive
from gm100_desktop.domain.canonical import canonical_json, sha256_hex
from gm100_desktop.domain.event import EventDefinition, event_to_dict, parse_event
from gm100_desktop.domain.fields import FieldReader
from gm100_desktop.domain.minisign import (
    PublicKey,
    SecretKey,
    Signature,
    parse_public_key,
    parse_public_key_file_strict,
    parse_signature,
    verify,
)
from gm100_desktop.domain.strict_json import load_canonical_json
from gm100_desktop.errors import EventError, GM100Error, KeyFileError, MismatchError, SignatureError

PACKAGE_SUFFIX = ".gm100event"  # the file name ending of an event package
EVENT_JSON = "event.json"
EVENT_SIG = "event.json.minisig"
CHAIR_PUB = "chair.pub"
MAX_EVENT_JSON = 32 * 1024 * 1024
EVENT_MEMBERS = {EVENT_JSON: MAX_EVENT_JSON, EVENT_SIG: 4096, CHAIR_PUB: 2048}


@dataclass(frozen=True)
class EventPackage:
    """A verified event package: the definition, the exact signed bytes and who signed them."""

    definition: EventDefinition
    event_json: bytes
    sha256: str  # SHA-256 of event_json, hex
    chair_key: PublicKey
    chair_name: str
    signature: Signature

    @property
    def label(self) -> str:
        return f'event "{self.definition.event_id}" version {self.definition.version}'


def comment_value(text: str) -> str:
    """An id as it appears in a trusted comment: one word, percent-encoding spaces and unusual characters."""
    return quote(text, safe="!$&'()*+,-./:;=?@_~")


def event_trusted_comment(event_id: str, version: int, sha256: str) -> str:
    return f"gm100-event event:{comment_value(event_id)} version:{version} sha256:{sha256}"


def signature_comment(key: PublicKey) -> str:
    """The untrusted comment line of every signature we write (what `minisign -S` writes too)."""
    return f"signature from minisign secret key {key.key_id_hex}"


def event_json_bytes(definition: EventDefinition, chair: PublicKey, chair_name: str) -> bytes:
    data = event_to_dict(definition)
    data["chair"] = {"key_id": chair.key_id_hex, "name": chair_name}
    return canonical_json(data)


def build_event_package(definition: EventDefinition, chair: SecretKey, chair_name: str) -> bytes:
    """The signed package bytes for `definition`, first brought to canonical form (schedule order, floats)."""
    definition = parse_event(event_to_dict(definition), "event")
    public = chair.public_key()
    body = event_json_bytes(definition, public, chair_name)
    comment = event_trusted_comment(definition.event_id, definition.version, sha256_hex(body))
    signature = chair.sign(body, comment, signature_comment(public))
    return write_archive(
        {EVENT_JSON: body, EVENT_SIG: signature, CHAIR_PUB: public.to_file().encode("ascii")}
    )


def open_signed_archive(
    data: bytes, source: str, limits: dict[str, int], body_name: str, key_name: str
) -> tuple[bytes, PublicKey, Signature]:
    """The verified body of one of our signed archives (body, body.minisig, key.pub), with key and signature.

    Checks the archive layout, that the enclosed public key is the one the signature names, that the
    signature's comment line is ours, and the signature itself; raises a `GM100Error` naming the problem.
    """
    members = read_archive(data, source, limits)
    key = parse_public_key_file_strict(members[key_name], f"{source} ({key_name})")
    signature = parse_signature(members[body_name + ".minisig"], source, strict=True)
    if signature.key_id != key.key_id:
        raise MismatchError(
            source, f"{key_name} is key {key.key_id_hex} but the signature names key {signature.key_id_hex}"
        )
    if signature.untrusted_comment != signature_comment(key):
        raise SignatureError(source, "the signature's comment line is not what GM100 Assessor writes")
    body = members[body_name]
    verify(key, body, signature, source)
    return body, key, signature


def read_event_package(data: bytes, source: str) -> EventPackage:
    """Check archive, signature, trusted comment, consistency and schema; raise a `GM100Error` naming why."""
    body, chair, signature = open_signed_archive(data, source, EVENT_MEMBERS, EVENT_JSON, CHAIR_PUB)
    json_source = f"{source} ({EVENT_JSON})"
    raw = load_canonical_json(body, json_source, EventError)
    reader = FieldReader(json_source, EventError)
    root = reader.obj(raw, "(top level)")
    chair_block = reader.obj(reader.get(root, "chair", ""), "chair")
    if set(chair_block) != {"key_id", "name"}:
        reader.fail("chair", "must hold exactly key_id and name")
    if reader.text(chair_block, "key_id", "chair") != chair.key_id_hex:
        raise MismatchError(
            source, f"event.json names chair key {chair_block['key_id']}, not {chair.key_id_hex}"
        )
    chair_name = reader.text(chair_block, "name", "chair", required=False)
    body_fields = {k: v for k, v in root.items() if k != "chair"}
    definition = parse_event(body_fields, json_source)
    if event_to_dict(definition) != body_fields:
        reader.fail("(top level)", "holds fields or values this version of GM100 Assessor does not write")
    _check_roster_keys(definition, reader)
    sha256 = sha256_hex(body)
    if signature.trusted_comment != event_trusted_comment(definition.event_id, definition.version, sha256):
        raise SignatureError(source, "the trusted comment does not describe this event, version and content")
    return EventPackage(definition, body, sha256, chair, chair_name, signature)


def _check_roster_keys(definition: EventDefinition, reader: FieldReader) -> None:
    """Every registered key is a minisign key in one-line form, and no two assessors share a key or key id."""
    owners: dict[bytes, str] = {}
    for i, entry in enumerate(definition.roster):
        if not entry.public_key:
            continue
        field = f"roster[{i}].public_key"
        try:
            key = parse_public_key(entry.public_key, reader.source)
        except KeyFileError:
            reader.fail(field, "is not a minisign public key")
        if key.to_base64() != entry.public_key:
            reader.fail(field, "must be the one-line base64 form of a minisign key")
        for part in (key.key_id, key.key):
            if part in owners:
                reader.fail(field, f"is the same key as the one of assessor {owners[part]}")
            owners[part] = entry.assessor_id


def roster_key(definition: EventDefinition, assessor_id: str) -> PublicKey | None:
    """The public key the chair registered for `assessor_id` (None when the roster has none)."""
    entry = next((a for a in definition.roster if a.assessor_id == assessor_id), None)
    if entry is None or not entry.public_key:
        return None
    try:
        return parse_public_key(entry.public_key, "roster")
    except GM100Error:
        return None


def describe(package: EventPackage) -> dict[str, Any]:
    """A summary for `gm100 verify --json` and confirmation prompts."""
    d = package.definition
    return {
        "event_id": d.event_id,
        "version": d.version,
        "name": d.name,
        "package_sha256": package.sha256,
        "chair_key_id": package.chair_key.key_id_hex,
        "chair_fingerprint": package.chair_key.fingerprint,
        "chair_name": package.chair_name,
        "regions": len(d.regions),
        "panels": len(d.panels),
        "assessors": len(d.roster),
    }
