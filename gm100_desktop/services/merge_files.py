"""The merge's files: the signed ranking JSON, its re-verification from the bundles, and the session archive.

- `RANKING.json` is canonical JSON signed by the chair's key beside it as `RANKING.json.minisig`
  (`minisign -Vm RANKING.json -p chair.pub` verifies it; the chair key is the one that signed the event).
- `verify_ranking` re-runs the merge from the bundles (and the paper entries and decisions the ranking
  itself records) and confirms the file, or names the first field that differs.
- A session archive (`*.gm100merge`, a plain ZIP) holds the event package, every input file, the paper
  entries and the decisions, so the merge reopens on another laptop with the same result.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from gm100_desktop.domain.archive import MAX_ARCHIVE_BYTES
from gm100_desktop.domain.canonical import canonical_json, sha256_hex
from gm100_desktop.domain.event_package import EventPackage, read_event_package, signature_comment
from gm100_desktop.domain.merge_intake import DECISION_KINDS, Decision, InputFile
from gm100_desktop.domain.merge_report import RANKING_FORMAT
from gm100_desktop.domain.minisign import MAX_SIGNATURE_FILE_BYTES, SecretKey, parse_signature, verify
from gm100_desktop.domain.paper import PaperEntry, entry_to_dict
from gm100_desktop.domain.strict_json import load_canonical_json
from gm100_desktop.errors import (
    FormatError,
    GM100Error,
    RankingVerifyError,
    SignatureError,
    VerificationError,
)
from gm100_desktop.services.files import read_capped, write_atomic
from gm100_desktop.services.merge import (
    BUNDLE_SUFFIX,
    MergeSession,
    input_from_bytes,
    merge,
    ranking_bytes,
)

SESSION_SUFFIX = ".gm100merge"
SESSION_FORMAT = "gm100-merge-session"
SESSION_JSON = "session.json"
EVENT_MEMBER = "event.gm100event"
MAX_SESSION_BYTES = 2 * 1024 * 1024 * 1024
MAX_RANKING_BYTES = 256 * 1024 * 1024


def ranking_trusted_comment(report: Mapping[str, Any], body: bytes) -> str:
    e = report["event"]
    return f"gm100 ranking event={e['event_id']} version={e['version']} sha256={sha256_hex(body)}"


def write_signed_ranking(
    path: Path, report: Mapping[str, Any], chair: SecretKey, event: EventPackage
) -> bytes:
    """Write RANKING.json and its .minisig; only the key that signed the event may sign its ranking."""
    public = chair.public_key()
    if public != event.chair_key:
        raise SignatureError(
            str(path),
            f"the chair key {public.key_id_hex} did not sign this event (its chair key is "
            f"{event.chair_key.key_id_hex}); sign the ranking with the event's chair identity",
        )
    body = ranking_bytes(report)
    signature = chair.sign(body, ranking_trusted_comment(report, body), signature_comment(public))
    write_atomic(path, body)
    write_atomic(Path(f"{path}.minisig"), signature)
    return body


def read_signed_ranking(path: Path, event: EventPackage) -> dict[str, Any]:
    """The ranking's content, after checking the chair's signature of its exact bytes."""
    body = read_capped(path, MAX_RANKING_BYTES)
    sig_path = Path(f"{path}.minisig")
    if not sig_path.exists():
        raise SignatureError(str(path), f"no signature file {sig_path.name} beside it")
    signature = parse_signature(read_capped(sig_path, MAX_SIGNATURE_FILE_BYTES), str(sig_path))
    verify(event.chair_key, body, signature, str(path))
    report = load_canonical_json(body, str(path), _format_error)
    if not isinstance(report, dict) or report.get("format") != RANKING_FORMAT:
        raise RankingVerifyError(str(path), "is not a GM100 ranking")
    if signature.trusted_comment != ranking_trusted_comment(report, body):
        raise SignatureError(str(path), "the trusted comment does not describe this ranking")
    return report


def _format_error(source: str, field: str, reason: str) -> FormatError:
    return FormatError(source, field, reason)


def ranking_event_sha(path: Path) -> str:
    """The event package hash a ranking names (read before its signature can be checked)."""
    try:
        data = json.loads(read_capped(path, MAX_RANKING_BYTES))
        return str(data["event"]["package_sha256"])
    except (ValueError, KeyError, TypeError) as exc:
        raise RankingVerifyError(str(path), "is not a GM100 ranking") from exc


def verify_ranking(path: Path, sources: Sequence[Path], event_file: Path | None = None) -> dict[str, Any]:
    """Recompute the ranking at `path` from the files in `sources`; RankingVerifyError names a difference.

    The event package is `event_file`, or the one among `sources` whose hash the ranking names. Every
    input the ranking lists (by SHA-256) must be among `sources`; other files there are ignored.
    """
    wanted_event = ranking_event_sha(path)
    candidates = [event_file] if event_file else _files(sources, ".gm100event")
    event = next((e for e in map(_try_event, candidates) if e is not None and e.sha256 == wanted_event), None)
    if event is None:
        raise RankingVerifyError(
            str(path), f"the event package {wanted_event[:12]}… it names is not among the files"
        )
    report = read_signed_ranking(path, event)
    criteria = tuple(c.id for c in event.definition.rubric.criteria())
    listed = {i["sha256"]: i["name"] for i in report["inputs"] if i["sha256"]}
    found: dict[str, bytes] = {}
    for file in _files(sources, BUNDLE_SUFFIX):
        data = read_capped(file, MAX_ARCHIVE_BYTES)
        sha = sha256_hex(data)
        if sha in listed:
            found[sha] = data
    missing = sorted(set(listed) - set(found))
    if missing:
        raise RankingVerifyError(
            str(path), f"the input {listed[missing[0]]} (SHA-256 {missing[0][:12]}…) is not among the files"
        )
    session = MergeSession(
        event,
        b"",
        [
            input_from_bytes(i["name"], found[i["sha256"]], criteria)
            if i["sha256"]
            else InputFile(i["name"], "", None, i["reason"])
            for i in report["inputs"]
        ],
        [paper_entry(e) for e in report["paper"]["entries"]],
        [decision_from_dict(d) for d in report["decisions"]],
    )
    again = json.loads(ranking_bytes(merge(session).report))  # as JSON reads it: lists, not tuples
    difference = first_difference(report, again)
    if difference is not None:
        raise RankingVerifyError(str(path), f"differs from what the bundles give: {difference}")
    return report


def first_difference(a: Any, b: Any, where: str = "") -> str | None:
    """The path of the first place two JSON values differ, with both values (None when equal)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: present in only one" if where else f"{key}: present in only one"
            found = first_difference(a[key], b[key], f"{where}.{key}" if where else key)
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        if len(a) != len(b):
            return f"{where}: {len(a)} entries in the file, {len(b)} from the bundles"
        return None
    if a != b or type(a) is not type(b):
        return (
            f"{where}: the file says {json.dumps(a, ensure_ascii=False)[:80]}, the bundles give "
            + json.dumps(b, ensure_ascii=False)[:80]
        )
    return None


def decision_from_dict(data: Mapping[str, Any]) -> Decision:
    d = Decision(str(data["kind"]), str(data["subject"]), str(data["value"]), str(data["reason"]))
    if d.kind not in DECISION_KINDS:
        raise ValueError(f'unknown decision "{d.kind}"')
    return d


def paper_entry(data: Mapping[str, Any]) -> PaperEntry:
    line = data.get("line")
    score = data.get("score")
    return PaperEntry(
        str(data["assessor_id"]),
        str(data["region_code"]),
        str(data["criterion_id"]),
        None if score is None else int(score),
        str(data["note"]),
        str(data["entered_by"]),
        None if line is None else int(line),
    )


def _files(sources: Sequence[Path], suffix: str) -> list[Path]:
    out: list[Path] = []
    for s in sources:
        if s.is_dir():
            out.extend(sorted(p for p in s.rglob(f"*{suffix}") if p.is_file()))
        elif s.name.endswith(suffix):
            out.append(s)
    return out


def _try_event(path: Path) -> EventPackage | None:
    try:
        return read_event_package(read_capped(path, MAX_ARCHIVE_BYTES), str(path))
    except GM100Error:
        return None


# ---- session archive ------------------------------------------------------------------------------------


def save_session(path: Path, session: MergeSession) -> None:
    """Write the session archive (same session, same bytes)."""
    names = {f.sha256: f.name for f in session.inputs if f.sha256}
    manifest = {
        "format": SESSION_FORMAT,
        "format_version": 1,
        "event_sha256": session.event.sha256,
        "inputs": [
            {"name": f.name, "sha256": f.sha256, "error": f.error if not f.sha256 else ""}
            for f in session.inputs
        ],
        "paper": [entry_to_dict(e) for e in session.paper],
        "decisions": [asdict(d) for d in session.decisions],
    }
    members = {SESSION_JSON: canonical_json(manifest), EVENT_MEMBER: session.package_bytes}
    for sha in sorted(names):
        members[f"inputs/{sha}{BUNDLE_SUFFIX}"] = session.blob(sha)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o100644 << 16
            archive.writestr(info, members[name])
    write_atomic(path, buffer.getvalue())


def open_session(path: Path) -> MergeSession:
    """Reopen a saved session: every input is verified again, exactly as when it was first added."""
    source = str(path)
    data = read_capped(path, MAX_SESSION_BYTES)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = {i.filename: i for i in archive.infolist()}
            if SESSION_JSON not in infos or EVENT_MEMBER not in infos:
                raise VerificationError(source, "is not a GM100 merge session")
            if sum(i.file_size for i in infos.values()) > MAX_SESSION_BYTES:
                raise VerificationError(source, "its members are too large")
            manifest = json.loads(archive.read(SESSION_JSON))
            event_bytes = archive.read(EVENT_MEMBER)
            blobs = {
                name[len("inputs/") : -len(BUNDLE_SUFFIX)]: archive.read(name)
                for name in infos
                if name.startswith("inputs/") and name.endswith(BUNDLE_SUFFIX)
            }
    except (zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise VerificationError(source, f"is not a readable GM100 merge session ({exc})") from exc
    if manifest.get("format") != SESSION_FORMAT:
        raise VerificationError(source, "is not a GM100 merge session")
    event = read_event_package(event_bytes, f"{source} ({EVENT_MEMBER})")
    criteria = tuple(c.id for c in event.definition.rubric.criteria())
    session = MergeSession(event, event_bytes)
    for item in manifest["inputs"]:
        sha = item["sha256"]
        if not sha:
            session.inputs.append(InputFile(item["name"], "", None, item["error"]))
        elif sha in blobs:
            session.add_inputs([(input_from_bytes(item["name"], blobs[sha], criteria), blobs[sha])])
        else:
            raise VerificationError(source, f"the input {item['name']} is missing from the session")
    session.paper = [paper_entry(e) for e in manifest["paper"]]
    session.decisions = [decision_from_dict(d) for d in manifest["decisions"]]
    return session
