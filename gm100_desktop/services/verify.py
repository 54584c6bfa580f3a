"""One verifier for every signed file: event packages, score bundles, and `FILE` + `FILE.minisig` pairs.

The app, the merge and `gm100 verify` all use it. Each file gets a `Verdict`: valid, or the one reason it
is refused. Bundles are checked against an event package given alongside (same event id), and several
bundles of one assessor are compared so that a history rewritten between two exports shows.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gm100_desktop.domain import bundle as bundle_format
from gm100_desktop.domain import event_package as event_format
from gm100_desktop.domain.archive import MAX_ARCHIVE_BYTES, member_names
from gm100_desktop.domain.bundle import (
    BUNDLE_JSON,
    HistoryFingerprint,
    ScoreBundle,
    compare_bundle_histories,
    compare_histories,
    read_bundle,
)
from gm100_desktop.domain.event_package import EVENT_JSON, EventPackage, read_event_package
from gm100_desktop.domain.minisign import (
    LEGACY,
    MAX_PUBLIC_KEY_FILE_BYTES,
    MAX_SIGNATURE_FILE_BYTES,
    PublicKey,
    Signature,
    parse_public_key,
    parse_signature,
    verify,
    verify_prehashed,
)
from gm100_desktop.errors import GM100Error, SignatureError, VerificationError, WrongEventError
from gm100_desktop.services.files import read_capped

__all__ = ["Verdict", "compare_bundle_histories", "load_bundle", "load_public_key_file", "verify_files"]

EVENT, BUNDLE, SIGNED_FILE, UNKNOWN = "event", "bundle", "signed-file", "unknown"
SIG_SUFFIX = ".minisig"
MAX_LEGACY_SIGNED = 64 * 1024 * 1024  # a legacy ("Ed") signature needs the whole file in memory
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Verdict:
    file: str
    kind: str
    valid: bool
    reason: str = ""  # the one reason a refused file is refused, naming the file
    details: dict[str, Any] = field(default_factory=dict)
    event: EventPackage | None = None
    bundle: ScoreBundle | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "valid": self.valid,
            "reason": self.reason,
            **self.details,
        }


def load_public_key_file(path: Path) -> PublicKey:
    return parse_public_key(_text(path, MAX_PUBLIC_KEY_FILE_BYTES), str(path))


def load_bundle(path: Path, event: EventPackage | None = None) -> ScoreBundle:
    """Read and verify one bundle file (against `event` when given); a `GM100Error` names the problem."""
    return read_bundle(read_capped(path, MAX_ARCHIVE_BYTES), str(path), event)


def verify_files(
    files: Sequence[Path],
    *,
    events: Sequence[EventPackage] = (),
    keys: Sequence[PublicKey] = (),
    keep_bundles: bool = False,
) -> list[Verdict]:
    """A verdict per file, in the order given. Event packages among `files` also serve to check bundles.

    Files are read one at a time, so memory stays that of the largest file; verified bundles are kept in
    the verdicts only with `keep_bundles` (a national event has a hundred bundles of 5 MB of JSON each).
    """
    kinds = {i: _classify(path) for i, path in enumerate(files)}
    known_events = list(events)
    verdicts: dict[int, Verdict] = {}
    for i, (kind, _) in kinds.items():
        if kind == EVENT:
            verdict = verdicts[i] = _verify_event(files[i])
            if verdict.event is not None:
                known_events.append(verdict.event)
    all_keys = [*keys, *_event_keys(known_events)]
    fingerprints: dict[int, HistoryFingerprint] = {}
    for i, (kind, why) in kinds.items():
        if kind == BUNDLE:
            verdict, bundle = _verify_bundle(files[i], known_events)
            if bundle is not None:
                fingerprints[i] = HistoryFingerprint.of(bundle)
                if keep_bundles:
                    verdict = dataclasses.replace(verdict, bundle=bundle)
            verdicts[i] = verdict
        elif kind == SIGNED_FILE:
            verdicts[i] = _verify_signed_file(files[i], all_keys)
        elif kind == UNKNOWN:
            verdicts[i] = Verdict(str(files[i]), UNKNOWN, False, why)
    _compare_histories(verdicts, fingerprints)
    return [verdicts[i] for i in range(len(files))]


def _classify(path: Path) -> tuple[str, str]:
    """What a file is, from its name or its member names; for an unknown file also why it is refused."""
    if path.name.endswith(SIG_SUFFIX) or not _looks_like_archive(path):
        return SIGNED_FILE, ""
    if path.suffix in (".gm100bundle", ".gm100event"):
        return (BUNDLE if path.suffix == ".gm100bundle" else EVENT), ""
    try:
        names = member_names(read_capped(path, MAX_ARCHIVE_BYTES), str(path))
    except GM100Error as exc:
        return UNKNOWN, exc.message
    if BUNDLE_JSON in names:
        return BUNDLE, ""
    if EVENT_JSON in names:
        return EVENT, ""
    return UNKNOWN, f"{path}: not a GM100 event package or score bundle"


def _looks_like_archive(path: Path) -> bool:
    if path.suffix in (".gm100bundle", ".gm100event"):
        return True
    if Path(str(path) + SIG_SUFFIX).exists():
        return False
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return True  # let the archive reader report why it cannot be read


def _verify_event(path: Path) -> Verdict:
    name = str(path)
    try:
        package = read_event_package(read_capped(path, MAX_ARCHIVE_BYTES), name)
    except GM100Error as exc:
        return Verdict(name, EVENT, False, exc.message)
    return Verdict(name, EVENT, True, details=event_format.describe(package), event=package)


def _verify_bundle(path: Path, events: list[EventPackage]) -> tuple[Verdict, ScoreBundle | None]:
    name = str(path)
    try:
        bundle = read_bundle(read_capped(path, MAX_ARCHIVE_BYTES), name)
        if events:
            bundle = bundle_format.check_against_event(bundle, _event_for(bundle, events, name), name)
    except GM100Error as exc:
        return Verdict(name, BUNDLE, False, exc.message), None
    return Verdict(name, BUNDLE, True, details=bundle_format.describe(bundle)), bundle


def _event_for(bundle: ScoreBundle, events: list[EventPackage], name: str) -> EventPackage:
    c = bundle.content
    same_id = [e for e in events if e.definition.event_id == c.event_id]
    exact = [e for e in same_id if e.sha256 == c.event_package_sha256]
    if exact:
        return exact[0]
    if same_id:
        return max(same_id, key=lambda e: e.definition.version)  # reports the version mismatch
    expected = " or ".join(sorted({f'event "{e.definition.event_id}"' for e in events}))
    raise WrongEventError(name, f'event "{c.event_id}"', expected)


def _event_keys(events: list[EventPackage]) -> list[PublicKey]:
    keys = [e.chair_key for e in events]
    for e in events:
        for entry in e.definition.roster:
            if entry.public_key:
                keys.append(parse_public_key(entry.public_key, "roster"))
    return keys


def _verify_signed_file(path: Path, keys: list[PublicKey]) -> Verdict:
    """A plain file signed by `minisign -S`: FILE with FILE.minisig beside it (either may be named)."""
    data_path = path.with_name(path.name[: -len(SIG_SUFFIX)]) if path.name.endswith(SIG_SUFFIX) else path
    sig_path = Path(str(data_path) + SIG_SUFFIX)
    name = str(path)
    try:
        if not sig_path.exists():
            raise VerificationError(name, f"no signature file {sig_path.name} beside it")
        signature = parse_signature(_bytes(sig_path, MAX_SIGNATURE_FILE_BYTES), str(sig_path))
        key = next((k for k in keys if k.key_id == signature.key_id), None)
        if key is None:
            raise SignatureError(
                name, f"signed by key {signature.key_id_hex}, which was not given (use --key FILE.pub)"
            )
        _check_file_signature(data_path, key, signature, name)
    except GM100Error as exc:
        return Verdict(name, SIGNED_FILE, False, exc.message)
    details = {
        "key_id": key.key_id_hex,
        "fingerprint": key.fingerprint,
        "trusted_comment": signature.trusted_comment,
        "prehashed": signature.algorithm != LEGACY,
    }
    return Verdict(name, SIGNED_FILE, True, details=details)


def _check_file_signature(path: Path, key: PublicKey, signature: Signature, name: str) -> None:
    if signature.algorithm == LEGACY:
        verify(key, read_capped(path, MAX_LEGACY_SIGNED), signature, name)
        return
    digest = hashlib.blake2b()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise VerificationError(name, f"cannot be read ({exc.strerror or exc})") from exc
    verify_prehashed(key, digest.digest(), signature, name)


def _compare_histories(verdicts: dict[int, Verdict], fingerprints: dict[int, HistoryFingerprint]) -> None:
    """Among valid bundles of one assessor, each later sequence must continue the earlier history."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for i, f in fingerprints.items():
        groups.setdefault((f.event_id, f.assessor_id, f.key_id), []).append(i)
    for members in groups.values():
        members.sort(key=lambda i: fingerprints[i].sequence)
        for older_i, newer_i in itertools.pairwise(members):
            older, newer = fingerprints[older_i], fingerprints[newer_i]
            if older.sequence == newer.sequence:
                if older.body_sha256 != newer.body_sha256:
                    _refuse(verdicts, newer_i, f"sequence {newer.sequence} is used by two different bundles")
                continue
            reason = compare_histories(older, newer)
            if reason is not None:
                _refuse(verdicts, newer_i, f"compared with {verdicts[older_i].file}: {reason}")


def _refuse(verdicts: dict[int, Verdict], i: int, reason: str) -> None:
    v = verdicts[i]
    verdicts[i] = Verdict(v.file, v.kind, False, f"{v.file}: {reason}", v.details, bundle=None)


def _bytes(path: Path, limit: int) -> bytes:
    return read_capped(path, limit)


def _text(path: Path, limit: int) -> str:
    try:
        return _bytes(path, limit).decode("utf-8")
    except UnicodeDecodeError:
        raise VerificationError(str(path), "is not UTF-8 text") from None
