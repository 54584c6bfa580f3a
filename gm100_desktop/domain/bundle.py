"""The signed score bundle (*.gm100bundle): a ZIP of bundle.json, bundle.json.minisig and assessor.pub.

`bundle.json` is canonical JSON holding one assessor's scores, notes, region states and hash-chained change
history for one event. Reading a bundle checks, in order: the archive, the public key, the signature and its
trusted comment, that key, signature and JSON name the same key, the schema, scores within the rubric's scale,
the history chain, and that the scores are exactly what replaying the history gives. With the event package
at hand it also checks the event, its package hash, the rubric and the roster key.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from gm100_desktop.domain import strict_json as sj
from gm100_desktop.domain.archive import write_archive
from gm100_desktop.domain.canonical import canonical_json, sha256_hex
from gm100_desktop.domain.event_package import (
    EventPackage,
    comment_value,
    open_signed_archive,
    roster_key,
    signature_comment,
)
from gm100_desktop.domain.fields import FieldReader
from gm100_desktop.domain.history import (
    CHANGE_KINDS,
    GENESIS_HASH,
    ChainEntry,
    chain_head,
    entry_payload,
    first_broken_link,
)
from gm100_desktop.domain.minisign import (
    PublicKey,
    SecretKey,
    Signature,
    parse_public_key,
)
from gm100_desktop.domain.strict_json import load_canonical_json
from gm100_desktop.errors import BundleError, GM100Error, MismatchError, SignatureError, WrongEventError

BUNDLE_FORMAT = "gm100-bundle"
BUNDLE_FORMAT_VERSION = 1
BUNDLE_JSON = "bundle.json"
BUNDLE_SIG = "bundle.json.minisig"
ASSESSOR_PUB = "assessor.pub"
MAX_BUNDLE_JSON = 48 * 1024 * 1024
BUNDLE_MEMBERS = {BUNDLE_JSON: MAX_BUNDLE_JSON, BUNDLE_SIG: 4096, ASSESSOR_PUB: 2048}
REGION_STATES = ("not_started", "in_progress", "finalised")
MAX_ID = 200
HEX = frozenset("0123456789abcdef")
WHOLE_NUMBER = re.compile(r"-?[0-9]+")  # as text, in the history
ROOT_FIELDS = (
    "format", "format_version", "app_version", "created_at", "sequence", "event", "rubric", "assessor",
    "regions", "history", "history_head",
)  # fmt: skip
EVENT_FIELDS = ("event_id", "version", "package_sha256")
RUBRIC_FIELDS = ("id", "version", "sha256", "scale_min", "scale_max", "criteria")
ASSESSOR_FIELDS = ("assessor_id", "name", "key_id", "public_key")
REGION_FIELDS = ("code", "state", "note", "finalised_at", "scores")
SCORE_FIELDS = ("criterion", "value", "note", "at")
HISTORY_FIELDS = ("region", "criterion", "kind", "old", "new", "reason", "at", "prev_hash", "hash")


@dataclass(frozen=True)
class BundleScore:
    criterion: str
    value: int | None
    note: str
    at: str


@dataclass(frozen=True)
class BundleRegion:
    code: str
    state: str
    note: str
    finalised_at: str | None
    scores: tuple[BundleScore, ...]


@dataclass(frozen=True)
class BundleContent:
    """Everything bundle.json says."""

    app_version: str
    created_at: str
    sequence: int
    event_id: str
    event_version: int
    event_package_sha256: str
    rubric_id: str
    rubric_version: str
    rubric_sha256: str
    scale_min: int
    scale_max: int
    criteria: tuple[str, ...]
    assessor_id: str
    assessor_name: str
    key_id: str
    public_key: str
    regions: tuple[BundleRegion, ...]
    history: tuple[ChainEntry, ...]
    history_head: str


@dataclass(frozen=True)
class ScoreBundle:
    """A verified bundle: its content, the exact signed bytes and the key that signed them."""

    content: BundleContent
    bundle_json: bytes
    public_key: PublicKey
    signature: Signature
    roster_key_matches: bool | None = None  # None: checked without the event, or the roster has no key for it

    @property
    def label(self) -> str:
        c = self.content
        return f'assessor {c.assessor_id}, event "{c.event_id}", sequence {c.sequence}'


def format_time(value: datetime) -> str:
    """Times in a bundle: naive UTC with microseconds, exactly as the change history hashes them."""
    return value.isoformat(timespec="microseconds")


def bundle_trusted_comment(event_id: str, assessor_id: str, sequence: int) -> str:
    event, assessor = comment_value(event_id), comment_value(assessor_id)
    return f"gm100-bundle event:{event} assessor:{assessor} sequence:{sequence}"


def bundle_to_dict(content: BundleContent) -> dict[str, Any]:
    return {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "app_version": content.app_version,
        "created_at": content.created_at,
        "sequence": content.sequence,
        "event": {
            "event_id": content.event_id,
            "version": content.event_version,
            "package_sha256": content.event_package_sha256,
        },
        "rubric": {
            "id": content.rubric_id,
            "version": content.rubric_version,
            "sha256": content.rubric_sha256,
            "scale_min": content.scale_min,
            "scale_max": content.scale_max,
            "criteria": list(content.criteria),
        },
        "assessor": {
            "assessor_id": content.assessor_id,
            "name": content.assessor_name,
            "key_id": content.key_id,
            "public_key": content.public_key,
        },
        "regions": [
            {
                "code": g.code,
                "state": g.state,
                "note": g.note,
                "finalised_at": g.finalised_at,
                "scores": [
                    {"criterion": s.criterion, "value": s.value, "note": s.note, "at": s.at} for s in g.scores
                ],
            }
            for g in content.regions
        ],
        "history": [
            {
                "region": h.region,
                "criterion": h.criterion,
                "kind": h.kind,
                "old": h.old,
                "new": h.new,
                "reason": h.reason,
                "at": h.at,
                "prev_hash": h.prev_hash,
                "hash": h.hash,
            }
            for h in content.history
        ],
        "history_head": content.history_head,
    }


def build_bundle(content: BundleContent, key: SecretKey) -> bytes:
    """The signed bundle archive for `content` (whose key fields must name `key`)."""
    public = key.public_key()
    if content.key_id != public.key_id_hex or content.public_key != public.to_base64():
        raise ValueError("the bundle content names another key than the one signing it")
    body = canonical_json(bundle_to_dict(content))
    comment = bundle_trusted_comment(content.event_id, content.assessor_id, content.sequence)
    signature = key.sign(body, comment, signature_comment(public))
    return write_archive(
        {BUNDLE_JSON: body, BUNDLE_SIG: signature, ASSESSOR_PUB: public.to_file().encode("ascii")}
    )


def read_bundle(data: bytes, source: str, event: EventPackage | None = None) -> ScoreBundle:
    """Verify a bundle archive (against `event` when given); raise a `GM100Error` naming the first problem."""
    body, key, signature = open_signed_archive(data, source, BUNDLE_MEMBERS, BUNDLE_JSON, ASSESSOR_PUB)
    json_source = f"{source} ({BUNDLE_JSON})"
    content = _quick_content(body, json_source)
    if content is None:  # something is wrong: the detailed checks find and name it
        content = parse_bundle(load_canonical_json(body, json_source, BundleError), json_source)
    if content.key_id != key.key_id_hex or content.public_key != key.to_base64():
        raise MismatchError(
            source, f"bundle.json names key {content.key_id}, but it is signed with {key.key_id_hex}"
        )
    if signature.trusted_comment != bundle_trusted_comment(
        content.event_id, content.assessor_id, content.sequence
    ):
        raise SignatureError(
            source, "the trusted comment does not name this bundle's event, assessor and sequence"
        )
    bundle = ScoreBundle(content, body, key, signature)
    if event is not None:
        bundle = check_against_event(bundle, event, source)
    return bundle


def check_against_event(bundle: ScoreBundle, event: EventPackage, source: str) -> ScoreBundle:
    """The bundle was made for exactly this event package, by a roster assessor, with this rubric."""
    c = bundle.content
    d = event.definition
    if c.event_id != d.event_id:
        raise WrongEventError(source, f'event "{c.event_id}"', f'event "{d.event_id}"')
    if c.event_package_sha256 != event.sha256:
        raise WrongEventError(
            source,
            f'version {c.event_version} of event "{c.event_id}" (package {c.event_package_sha256[:12]}…)',
            f"version {d.version} (package {event.sha256[:12]}…); the assessor must import it, then export",
        )
    r = FieldReader(source, BundleError)
    if c.rubric_sha256 != d.rubric.digest():
        r.fail("rubric.sha256", "is not the rubric of this event")
    if c.assessor_id not in {a.assessor_id for a in d.roster}:
        r.fail("assessor.assessor_id", f'"{c.assessor_id}" is not in the roster of this event')
    registered = roster_key(d, c.assessor_id)
    if registered is not None and registered != bundle.public_key:
        raise MismatchError(
            source,
            f"signed with key {bundle.public_key.key_id_hex}, but the chair registered key "
            f"{registered.key_id_hex} for assessor {c.assessor_id}",
        )
    if {g.code for g in c.regions} != {g.code for g in d.regions}:
        r.fail("regions", "do not list exactly the regions of this event")
    return ScoreBundle(c, bundle.bundle_json, bundle.public_key, bundle.signature, registered is not None)


# ---- schema ---------------------------------------------------------------------------------------------


def _exact(r: FieldReader, obj: dict[str, Any], field: str, keys: Iterable[str]) -> None:
    expected = set(keys)
    unknown = sorted(set(obj) - expected)
    if unknown:
        r.fail(f"{field}.{unknown[0]}" if field else unknown[0], "is not a field of this format")
    missing = sorted(expected - set(obj))
    if missing:
        r.fail(f"{field}.{missing[0]}" if field else missing[0], "is missing")


def _ident(r: FieldReader, obj: dict[str, Any], key: str, field: str) -> str:
    value = r.text(obj, key, field)
    if len(value) > MAX_ID or any(ord(ch) < 32 for ch in value):
        r.fail(f"{field}.{key}", f"must be one line of at most {MAX_ID} characters")
    return value


def _opt_text(r: FieldReader, obj: dict[str, Any], key: str, field: str) -> str | None:
    value = r.get(obj, key, field)
    if value is not None and not isinstance(value, str):
        r.fail(f"{field}.{key}", "must be text or null")
    return value


def _hex64(r: FieldReader, obj: dict[str, Any], key: str, field: str) -> str:
    value = r.text(obj, key, field)
    if len(value) != 64 or not set(value) <= HEX:
        r.fail(f"{field}.{key}" if field else key, "must be 64 lower-case hex digits")
    return value


def _time(r: FieldReader, obj: dict[str, Any], key: str, field: str, *, nullable: bool = False) -> str | None:
    path = f"{field}.{key}" if field else key
    value = r.get(obj, key, field)
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        r.fail(path, "must be a time like 2019-02-21T09:30:00.000000")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is not None or format_time(parsed) != value:
        r.fail(path, "must be a UTC time like 2019-02-21T09:30:00.000000")
    return value


def _positive(r: FieldReader, obj: dict[str, Any], key: str, field: str) -> int:
    value = r.integer(obj, key, field)
    if value < 1:
        r.fail(f"{field}.{key}" if field else key, "must be 1 or more")
    return value


def parse_bundle(data: Any, source: str) -> BundleContent:
    """Validate parsed bundle.json; every problem names the field."""
    r = FieldReader(source, BundleError)
    root = r.obj(data, "(top level)")
    if root.get("format") != BUNDLE_FORMAT:
        r.fail("format", f'must be "{BUNDLE_FORMAT}"')
    version = r.integer(root, "format_version", "")
    if version != BUNDLE_FORMAT_VERSION:
        r.fail(
            "format_version", f"version {version} is not supported (this app reads {BUNDLE_FORMAT_VERSION})"
        )
    _exact(r, root, "", ROOT_FIELDS)
    event = r.obj(root["event"], "event")
    _exact(r, event, "event", EVENT_FIELDS)
    rubric = r.obj(root["rubric"], "rubric")
    _exact(r, rubric, "rubric", RUBRIC_FIELDS)
    assessor = r.obj(root["assessor"], "assessor")
    _exact(r, assessor, "assessor", ASSESSOR_FIELDS)

    low = r.integer(rubric, "scale_min", "rubric")
    high = r.integer(rubric, "scale_max", "rubric")
    if high <= low:
        r.fail("rubric.scale_max", "must be greater than rubric.scale_min")
    criteria: list[str] = []
    for i, raw in enumerate(r.array(rubric, "criteria", "rubric")):
        if not isinstance(raw, str) or not raw or len(raw) > MAX_ID:
            r.fail(f"rubric.criteria[{i}]", "must be a criterion id")
        if raw in criteria:
            r.fail(f"rubric.criteria[{i}]", f'"{raw}" is listed twice')
        criteria.append(raw)
    known = set(criteria)

    key_text = r.text(assessor, "public_key", "assessor")
    try:
        key = parse_public_key(key_text, source)
    except GM100Error:
        r.fail("assessor.public_key", "is not a minisign public key")
    if key.to_base64() != key_text or r.text(assessor, "key_id", "assessor") != key.key_id_hex:
        r.fail("assessor.key_id", "does not belong to assessor.public_key")

    regions = tuple(_regions(r, r.array(root, "regions", "", non_empty=False), known, low, high))
    history = tuple(_history(r, r.array(root, "history", "", non_empty=False), known))
    content = BundleContent(
        app_version=_ident(r, root, "app_version", ""),
        created_at=_time(r, root, "created_at", "") or "",
        sequence=_positive(r, root, "sequence", ""),
        event_id=_ident(r, event, "event_id", "event"),
        event_version=_positive(r, event, "version", "event"),
        event_package_sha256=_hex64(r, event, "package_sha256", "event"),
        rubric_id=_ident(r, rubric, "id", "rubric"),
        rubric_version=_ident(r, rubric, "version", "rubric"),
        rubric_sha256=_hex64(r, rubric, "sha256", "rubric"),
        scale_min=low,
        scale_max=high,
        criteria=tuple(criteria),
        assessor_id=_ident(r, assessor, "assessor_id", "assessor"),
        assessor_name=r.text(assessor, "name", "assessor", required=False),
        key_id=key.key_id_hex,
        public_key=key_text,
        regions=regions,
        history=history,
        history_head=_hex64(r, root, "history_head", ""),
    )
    broken = first_broken_link(content.assessor_id, list(history))
    if broken is not None:
        r.fail(f"history[{broken}]", "breaks the hash chain (the history was changed)")
    if content.history_head != chain_head(list(history)):
        r.fail("history_head", "is not the hash of the last history entry")
    _check_replay(r, content)
    return content


def _regions(
    r: FieldReader, items: list[Any], known: set[str], low: int, high: int
) -> Iterable[BundleRegion]:
    codes: set[str] = set()
    for i, raw in enumerate(items):
        f = f"regions[{i}]"
        obj = r.obj(raw, f)
        _exact(r, obj, f, REGION_FIELDS)
        code = _ident(r, obj, "code", f)
        if code in codes:
            r.fail(f"{f}.code", f'region "{code}" is listed twice')
        codes.add(code)
        state = r.text(obj, "state", f)
        if state not in REGION_STATES:
            r.fail(f"{f}.state", f"must be one of {', '.join(REGION_STATES)}")
        finalised_at = _time(r, obj, "finalised_at", f, nullable=True)
        if (finalised_at is None) != (state != "finalised"):
            r.fail(f"{f}.finalised_at", "must be given exactly when the region is finalised")
        scores: list[BundleScore] = []
        seen: set[str] = set()
        for j, raw_score in enumerate(r.array(obj, "scores", f, non_empty=False)):
            sf = f"{f}.scores[{j}]"
            s = r.obj(raw_score, sf)
            _exact(r, s, sf, SCORE_FIELDS)
            criterion = r.text(s, "criterion", sf)
            if criterion not in known:
                r.fail(f"{sf}.criterion", f'"{criterion}" is not a criterion of the rubric')
            if criterion in seen:
                r.fail(f"{sf}.criterion", f'"{criterion}" is scored twice')
            seen.add(criterion)
            value = s["value"]
            if value is not None:
                value = r.integer(s, "value", sf)
                if not low <= value <= high:
                    r.fail(f"{sf}.value", f"{value} is outside the scale {low}–{high}")
            scores.append(
                BundleScore(
                    criterion, value, r.text(s, "note", sf, required=False), _time(r, s, "at", sf) or ""
                )
            )
        yield BundleRegion(
            code=code,
            state=state,
            note=r.text(obj, "note", f, required=False),
            finalised_at=finalised_at,
            scores=tuple(scores),
        )


def _history(r: FieldReader, items: list[Any], known: set[str]) -> Iterable[ChainEntry]:
    for i, raw in enumerate(items):
        f = f"history[{i}]"
        obj = r.obj(raw, f)
        _exact(r, obj, f, HISTORY_FIELDS)
        kind = r.text(obj, "kind", f)
        if kind not in CHANGE_KINDS:
            r.fail(f"{f}.kind", f"must be one of {', '.join(CHANGE_KINDS)}")
        criterion = _opt_text(r, obj, "criterion", f)
        if (criterion is None) != (kind in ("region_note", "finalise", "reopen")):
            r.fail(
                f"{f}.criterion",
                f"must {'not ' if criterion is not None else ''}be given for a {kind} change",
            )
        if criterion is not None and criterion not in known:
            r.fail(f"{f}.criterion", f'"{criterion}" is not a criterion of the rubric')
        yield ChainEntry(
            region=_ident(r, obj, "region", f),
            criterion=criterion,
            kind=kind,
            old=_opt_text(r, obj, "old", f),
            new=_opt_text(r, obj, "new", f),
            reason=r.text(obj, "reason", f, required=False),
            at=_time(r, obj, "at", f) or "",
            prev_hash=_hex64(r, obj, "prev_hash", f),
            hash=_hex64(r, obj, "hash", f),
        )


def _check_replay(r: FieldReader, content: BundleContent) -> None:
    """Replaying the history must give exactly the scores, notes and states the bundle states."""
    values: dict[tuple[str, str], str | None] = {}
    notes: dict[tuple[str, str], str] = {}
    touched: dict[tuple[str, str], str] = {}  # (region, criterion) -> time of the last change
    states: dict[str, str] = {}
    region_notes: dict[str, str] = {}
    finalised_at: dict[str, str] = {}
    codes = {g.code for g in content.regions}
    low, high = content.scale_min, content.scale_max
    scale = {str(v) for v in range(low, high + 1)} if high - low <= 1000 else None  # what _in_scale accepts
    for i, h in enumerate(content.history):
        if h.region not in codes:
            r.fail(f"history[{i}].region", f'"{h.region}" is not one of the bundle\'s regions')
        state = states.get(h.region, "not_started")
        if h.kind in ("score", "note", "region_note"):
            if state == "finalised":
                r.fail(f"history[{i}]", "changes a finalised region")
            states[h.region] = "in_progress"
        if h.kind == "score":
            assert h.criterion is not None
            cell = (h.region, h.criterion)
            if h.old != values.get(cell):
                r.fail(f"history[{i}].old", "does not match the value before it")
            if h.new is not None and not (
                h.new in scale if scale is not None else _in_scale(h.new, low, high)
            ):
                r.fail(f"history[{i}].new", f"is not a value of the scale {low}–{high}")
            values[cell] = h.new
            touched[cell] = h.at
        elif h.kind == "note":
            assert h.criterion is not None
            cell = (h.region, h.criterion)
            if h.old != notes.get(cell, "") or h.new is None:
                r.fail(f"history[{i}].old", "does not match the note before it")
            notes[cell] = h.new
            touched[cell] = h.at
        elif h.kind == "region_note":
            if h.old != region_notes.get(h.region, "") or h.new is None:
                r.fail(f"history[{i}].old", "does not match the region note before it")
            region_notes[h.region] = h.new
        elif h.kind == "finalise":
            if state == "finalised" or h.old != state or h.new != "finalised":
                r.fail(f"history[{i}]", "finalises a region that is not open")
            states[h.region] = "finalised"
            finalised_at[h.region] = h.at
        else:  # reopen
            if state != "finalised" or h.old != "finalised" or h.new != "in_progress" or not h.reason.strip():
                r.fail(f"history[{i}]", "reopens a region that is not finalised, or gives no reason")
            states[h.region] = "in_progress"
    by_region: dict[str, set[str]] = {}
    for code, criterion in touched:
        by_region.setdefault(code, set()).add(criterion)
    for i, g in enumerate(content.regions):
        f = f"regions[{i}]"
        if g.state != states.get(g.code, "not_started"):
            r.fail(f"{f}.state", "is not what the history says")
        if g.note != region_notes.get(g.code, ""):
            r.fail(f"{f}.note", "is not what the history says")
        if g.finalised_at is not None and g.finalised_at != finalised_at.get(g.code):
            r.fail(f"{f}.finalised_at", "is not the time the history finalised it")
        if {s.criterion for s in g.scores} != by_region.get(g.code, set()):
            r.fail(f"{f}.scores", "do not list exactly the criteria the history changed")
        for j, s in enumerate(g.scores):
            cell = (g.code, s.criterion)
            value = None if s.value is None else str(s.value)
            if value != values.get(cell) or s.note != notes.get(cell, "") or s.at != touched[cell]:
                r.fail(f"{f}.scores[{j}]", "is not what the history says (changed without a history entry)")


def _in_scale(text: str, low: int, high: int) -> bool:
    return WHOLE_NUMBER.fullmatch(text) is not None and str(int(text)) == text and low <= int(text) <= high


# ---- the quick path -------------------------------------------------------------------------------------
# Verifying hundreds of bundles must cost little more than opening them. The quick path below makes every
# check of the detailed path above, with a pattern for the form and plain comparisons for the values instead
# of a FieldReader per field, and it never refuses anything itself: at the first problem it returns None and
# read_bundle runs the detailed path, which names the problem. So a bundle is accepted with the same content,
# or refused with the same message, either way (tests/test_bundle_quick_path.py holds the two side by side).

_TIME = sj.plain_text(  # what format_time writes; whether the date exists is checked in _quick_date
    rb"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{6}"
)
_HEX64 = sj.plain_text(rb"[0-9a-f]{64}")
_TEXT, _INT = sj.TEXT, sj.INTEGER


def _object(fields: tuple[str, ...], **shapes: bytes) -> bytes:
    if set(shapes) != set(fields):  # the quick path must know exactly the fields the detailed one does
        raise ValueError(f"the shape names {sorted(shapes)}, not {sorted(fields)}")
    return sj.obj(shapes)


_BUNDLE_SHAPE = re.compile(
    _object(
        ROOT_FIELDS,
        format=sj.one_of(BUNDLE_FORMAT),
        format_version=sj.one_of(BUNDLE_FORMAT_VERSION),
        app_version=_TEXT,
        created_at=_TIME,
        sequence=_INT,
        event=_object(EVENT_FIELDS, event_id=_TEXT, version=_INT, package_sha256=_HEX64),
        rubric=_object(
            RUBRIC_FIELDS,
            id=_TEXT,
            version=_TEXT,
            sha256=_HEX64,
            scale_min=_INT,
            scale_max=_INT,
            criteria=sj.array(_TEXT),
        ),
        assessor=_object(ASSESSOR_FIELDS, assessor_id=_TEXT, name=_TEXT, key_id=_TEXT, public_key=_TEXT),
        regions=sj.array(
            _object(
                REGION_FIELDS,
                code=_TEXT,
                state=sj.one_of(*REGION_STATES),
                note=_TEXT,
                finalised_at=sj.nullable(_TIME),
                scores=sj.array(
                    _object(SCORE_FIELDS, criterion=_TEXT, value=sj.nullable(_INT), note=_TEXT, at=_TIME)
                ),
            )
        ),
        history=sj.array(
            _object(
                HISTORY_FIELDS,
                region=_TEXT,
                criterion=sj.nullable(_TEXT),
                kind=sj.one_of(*CHANGE_KINDS),
                old=sj.nullable(_TEXT),
                new=sj.nullable(_TEXT),
                reason=_TEXT,
                at=_TIME,
                prev_hash=_HEX64,
                hash=_HEX64,
            )
        ),
        history_head=_HEX64,
    )
)
_CONTROL = re.compile(r"[\x00-\x1f]")
_CRITERION_KINDS = ("score", "note")


def _quick_content(body: bytes, source: str) -> BundleContent | None:
    """The content of a bundle.json that passes every check, or None when the detailed path must look."""
    try:
        root = sj.load_shaped_json(body, _BUNDLE_SHAPE)  # canonical, with every key and type as required
        content = None if root is None else _quick_values(root, source)
    except Exception:  # anything unforeseen: the detailed path decides
        return None
    if content is not None:  # everything before the replay holds, as the detailed path would find
        _check_replay(FieldReader(source, BundleError), content)
    return content


def _quick_values(root: dict[str, Any], source: str) -> BundleContent | None:
    event, rubric, assessor = root["event"], root["rubric"], root["assessor"]
    low, high, criteria = rubric["scale_min"], rubric["scale_max"], rubric["criteria"]
    if high <= low or not criteria or len(set(criteria)) != len(criteria):
        return None
    if not all(c and len(c) <= MAX_ID for c in criteria):
        return None
    key_text = assessor["public_key"]
    if not key_text.strip():
        return None
    key = parse_public_key(key_text, source)  # a GM100Error here means None (see _quick_content)
    if key.to_base64() != key_text or assessor["key_id"] != key.key_id_hex:
        return None
    assessor_id, sequence, version = assessor["assessor_id"], root["sequence"], event["version"]
    idents = (root["app_version"], event["event_id"], rubric["id"], rubric["version"], assessor_id)
    if sequence < 1 or version < 1 or not all(_is_ident(v) for v in idents):
        return None
    dates: set[str] = set()
    if not _quick_date(root["created_at"], dates):
        return None
    regions = _quick_regions(root["regions"], set(criteria), low, high, dates)
    if regions is None:
        return None
    history = _quick_history(root["history"], set(criteria), {g.code for g in regions}, assessor_id, dates)
    if history is None or root["history_head"] != (history[-1].hash if history else GENESIS_HASH):
        return None
    return BundleContent(
        app_version=root["app_version"],
        created_at=root["created_at"],
        sequence=sequence,
        event_id=event["event_id"],
        event_version=version,
        event_package_sha256=event["package_sha256"],
        rubric_id=rubric["id"],
        rubric_version=rubric["version"],
        rubric_sha256=rubric["sha256"],
        scale_min=low,
        scale_max=high,
        criteria=tuple(criteria),
        assessor_id=assessor_id,
        assessor_name=assessor["name"],
        key_id=key.key_id_hex,
        public_key=key_text,
        regions=regions,
        history=history,
        history_head=root["history_head"],
    )


def _quick_regions(
    items: list[dict[str, Any]], known: set[str], low: int, high: int, dates: set[str]
) -> tuple[BundleRegion, ...] | None:
    scorable = {c for c in known if c.strip()}  # a score's criterion must also be non-blank text
    codes: set[str] = set()
    regions: list[BundleRegion] = []
    for g in items:
        code, state, finalised_at = g["code"], g["state"], g["finalised_at"]
        if code in codes or not _is_ident(code):
            return None
        codes.add(code)
        if (finalised_at is None) == (state == "finalised"):
            return None
        if finalised_at is not None and not _quick_date(finalised_at, dates):
            return None
        scores: list[BundleScore] = []
        seen: set[str] = set()
        for s in g["scores"]:
            criterion, value, at = s["criterion"], s["value"], s["at"]
            if criterion not in scorable or criterion in seen:
                return None
            seen.add(criterion)
            if (value is not None and not low <= value <= high) or not _quick_date(at, dates):
                return None
            scores.append(BundleScore(criterion, value, s["note"], at))
        regions.append(BundleRegion(code, state, g["note"], finalised_at, tuple(scores)))
    return tuple(regions)


def _quick_history(
    items: list[dict[str, Any]], known: set[str], codes: set[str], assessor_id: str, dates: set[str]
) -> tuple[ChainEntry, ...] | None:
    """The history, when every entry is well formed and the hash chain holds."""
    sha256 = hashlib.sha256
    entries: list[ChainEntry] = []
    prev = GENESIS_HASH
    for h in items:
        region, criterion, kind, old, new, reason, at, entry_hash = (
            h["region"], h["criterion"], h["kind"], h["old"], h["new"], h["reason"], h["at"], h["hash"]
        )  # fmt: skip
        if (criterion not in known) if kind in _CRITERION_KINDS else (criterion is not None):
            return None
        if region not in codes or not _quick_date(at, dates):  # (a region code is an identifier)
            return None
        payload = entry_payload(assessor_id, region, criterion, kind, old, new, reason, at)
        if h["prev_hash"] != prev or entry_hash != sha256(prev.encode("ascii") + payload).hexdigest():
            return None
        entries.append(ChainEntry(region, criterion, kind, old, new, reason, at, prev, entry_hash))
        prev = entry_hash
    return tuple(entries)


def _is_ident(value: str) -> bool:
    """What _ident accepts, for a text."""
    return bool(value.strip()) and len(value) <= MAX_ID and _CONTROL.search(value) is None


def _quick_date(value: str, dates: set[str]) -> bool:
    """Whether the date of a time that _TIME matched exists (then _time accepts the time too).

    `dates` holds the dates already found to exist.
    """
    day = value[:10]
    if day in dates:
        return True
    try:
        exists = date.fromisoformat(day).isoformat() == day
    except ValueError:
        return False
    if exists:
        dates.add(day)
    return exists


def describe(bundle: ScoreBundle) -> dict[str, Any]:
    """A summary for `gm100 verify --json` and the app."""
    c = bundle.content
    return {
        "event_id": c.event_id,
        "event_version": c.event_version,
        "event_package_sha256": c.event_package_sha256,
        "assessor_id": c.assessor_id,
        "key_id": c.key_id,
        "fingerprint": bundle.public_key.fingerprint,
        "sequence": c.sequence,
        "created_at": c.created_at,
        "regions": len(c.regions),
        "finalised": sum(1 for g in c.regions if g.state == "finalised"),
        "scores": sum(1 for g in c.regions for s in g.scores if s.value is not None),
        "history_entries": len(c.history),
        "history_head": c.history_head,
        "roster_key_matches": bundle.roster_key_matches,
    }


@dataclass(frozen=True)
class HistoryFingerprint:
    """What comparing two bundles of one assessor needs, small enough to keep for hundreds of bundles."""

    event_id: str
    assessor_id: str
    key_id: str
    sequence: int
    hashes: tuple[str, ...]
    body_sha256: str

    @staticmethod
    def of(bundle: ScoreBundle) -> HistoryFingerprint:
        c = bundle.content
        return HistoryFingerprint(
            c.event_id, c.assessor_id, c.key_id, c.sequence, tuple(h.hash for h in c.history),
            sha256_hex(bundle.bundle_json),
        )  # fmt: skip


def compare_bundle_histories(older: ScoreBundle, newer: ScoreBundle) -> str | None:
    """None when `newer` continues `older`'s history unchanged; otherwise the reason it does not.

    Both bundles must already be verified. The history of one assessor only ever grows, so every hash of
    the older bundle's chain (its head included) must be found at the same place in the newer one's.
    """
    return compare_histories(HistoryFingerprint.of(older), HistoryFingerprint.of(newer))


def compare_histories(a: HistoryFingerprint, b: HistoryFingerprint) -> str | None:
    if (a.event_id, a.assessor_id) != (b.event_id, b.assessor_id):
        return "the bundles are not from the same assessor and event"
    if a.key_id != b.key_id:
        return f"the bundles are signed by different keys ({a.key_id} and {b.key_id})"
    if b.sequence <= a.sequence:
        return f"sequence {b.sequence} is not later than {a.sequence}"
    if len(b.hashes) < len(a.hashes):
        return f"the history shrank from {len(a.hashes)} to {len(b.hashes)} entries"
    for i, (x, y) in enumerate(zip(a.hashes, b.hashes, strict=False)):
        if x != y:
            return f"history entry {i + 1} was rewritten after sequence {a.sequence} was exported"
    return None
