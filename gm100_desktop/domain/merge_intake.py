"""Which score bundles count: each input file accepted, superseded, duplicate, late, quarantined or refused.

Rules (DESIGN.md, "Merge semantics"; docs/merge.md):

- A file that fails verification (signature, archive, schema, history chain) is refused with that reason.
- A file whose bytes equal an earlier input's (by SHA-256) is a duplicate of it.
- A bundle for another event, another version of this event, or another rubric is refused.
- The key decides who the bundle is from. A key the chair revoked is refused. A key registered for one
  roster assessor while the bundle names another is refused. A key the roster does not hold for the named
  assessor (a new laptop, or an assessor enrolled without a key) is quarantined until the chair pins it to
  that assessor after comparing fingerprints — a recorded decision.
- With a deadline, a bundle created after it is late, and counts only when the chair accepts it.
- Of one assessor's counting bundles the highest sequence is accepted and the others are superseded; an
  earlier sequence never replaces a later one. Two different bundles with one sequence are both refused.
- A bundle whose history does not extend an earlier bundle of the same assessor is flagged: the history
  was rewritten between the two exports.

Every reason and flag is built as a `Message` (an English template marked for translation, and its params):
the report keeps its English text, the window shows it translated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from gm100_desktop.domain.bundle import ScoreBundle
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.domain.minisign import PublicKey, parse_public_key
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message

ACCEPTED, SUPERSEDED, DUPLICATE, LATE, QUARANTINED, REFUSED = (
    "accepted", "superseded", "duplicate", "late", "quarantined", "refused",
)  # fmt: skip
STATES = (ACCEPTED, SUPERSEDED, DUPLICATE, LATE, QUARANTINED, REFUSED)
DECISION_KINDS = ("pin_key", "accept_late", "include_region", "method", "top_n", "tie_break", "deadline")
# Field metadata: kept on the object for the window, left out of the report (merge_report.plain).
NOT_IN_REPORT: Mapping[str, bool] = MappingProxyType({"report": False})


@dataclass(frozen=True)
class Decision:
    """A choice of the chair, recorded with a reason and carried into the signed ranking.

    pin_key: subject = public key (minisign base64), value = roster assessor id; accept_late: subject =
    bundle SHA-256; include_region: subject = region code; method / top_n / tie_break / deadline: value
    (tie_break: dimension ids joined by commas; deadline: UTC, YYYY-MM-DDTHH:MM, as bundles record their
    creation; the window and the command line convert from local time).
    """

    kind: str
    subject: str
    value: str
    reason: str


@dataclass(frozen=True)
class SheetScores:
    """One assessor's marks of one region, from a bundle or a confirmed paper sheet (rubric order)."""

    region_code: str
    state: str  # not_started | in_progress | finalised
    values: tuple[int | None, ...]
    notes: tuple[str, ...]
    region_note: str

    @property
    def has_marks(self) -> bool:
        return self.state != "not_started" or any(v is not None for v in self.values)


@dataclass(frozen=True)
class BundleRecord:
    """What the merge keeps of one verified bundle (small: a national merge holds a hundred of these)."""

    name: str
    sha256: str
    event_id: str
    event_package_sha256: str
    rubric_sha256: str
    assessor_id: str
    assessor_name: str
    sequence: int
    created_at: str
    app_version: str
    public_key: str
    key_id: str
    fingerprint: str
    regions: tuple[SheetScores, ...]
    region_codes: frozenset[str]
    history: bytes  # the chain's entry hashes, 32 bytes each, in order


@dataclass(frozen=True)
class InputFile:
    """One file given to the merge: a verified bundle, or the reason it could not be verified."""

    name: str
    sha256: str
    record: BundleRecord | None
    error: str = ""
    error_message: Message | None = field(default=None, compare=False)  # `error` to translate, when known


@dataclass(frozen=True)
class InputVerdict:
    """One input's state; `reason` and `flags` are the English text of `message` and `flag_messages`."""

    name: str
    sha256: str
    state: str
    reason: str  # why it does not count (empty when accepted)
    assessor_id: str
    sequence: int | None
    key_id: str
    fingerprint: str
    created_at: str
    flags: tuple[str, ...]  # e.g. a rewritten history, a pinned key, an accepted late bundle
    message: Message | None = field(default=None, compare=False, metadata=NOT_IN_REPORT)
    flag_messages: tuple[Message, ...] = field(default=(), compare=False, metadata=NOT_IN_REPORT)


@dataclass(frozen=True)
class Intake:
    verdicts: tuple[InputVerdict, ...]  # input order: by file name, then SHA-256
    accepted: Mapping[str, BundleRecord]  # assessor id -> the bundle that counts


def bundle_record(bundle: ScoreBundle, name: str, sha256: str, criteria: Sequence[str]) -> BundleRecord:
    """Keep only what the merge needs of a verified bundle, marks in the rubric's criterion order."""
    c = bundle.content
    regions = []
    for g in c.regions:
        by_id = {s.criterion: s for s in g.scores}
        values = tuple(by_id[k].value if k in by_id else None for k in criteria)
        notes = tuple(by_id[k].note if k in by_id else "" for k in criteria)
        regions.append(SheetScores(g.code, g.state, values, notes, g.note))
    return BundleRecord(
        name=name,
        sha256=sha256,
        event_id=c.event_id,
        event_package_sha256=c.event_package_sha256,
        rubric_sha256=c.rubric_sha256,
        assessor_id=c.assessor_id,
        assessor_name=c.assessor_name,
        sequence=c.sequence,
        created_at=c.created_at,
        app_version=c.app_version,
        public_key=c.public_key,
        key_id=c.key_id,
        fingerprint=bundle.public_key.fingerprint,
        regions=tuple(regions),
        region_codes=frozenset(g.code for g in c.regions),
        history=b"".join(bytes.fromhex(h.hash) for h in c.history),
    )


def rewritten_history(older: BundleRecord, newer: BundleRecord) -> Message | None:
    """None when `newer`'s history continues `older`'s, else why not (a prefix check: it is a hash chain)."""
    if older.public_key != newer.public_key:
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "sequence {sequence} was made with another key ({key_id}, a new laptop?) and cannot continue "
                "the history of sequence {older} (key {older_key_id}); compare the marks",
            ),
            sequence=newer.sequence,
            key_id=newer.key_id,
            older=older.sequence,
            older_key_id=older.key_id,
        )
    n = len(older.history)
    if len(newer.history) < n:
        return message(
            QT_TRANSLATE_NOOP("GM100Error", "the history shrank from {before} to {after} entries"),
            before=n // 32,
            after=len(newer.history) // 32,
        )
    if newer.history[:n] != older.history:
        # Each entry's hash covers the one before, so the first differing entry is where it was rewritten.
        first = next(i for i in range(0, n, 32) if newer.history[i : i + 32] != older.history[i : i + 32])
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error", "history entry {entry} was rewritten after sequence {sequence} was exported"
            ),
            entry=first // 32 + 1,
            sequence=older.sequence,
        )
    return None


def classify_inputs(
    definition: EventDefinition,
    package_sha256: str,
    inputs: Iterable[InputFile],
    decisions: Sequence[Decision],
    *,
    revoked_keys: Iterable[str] = (),
) -> Intake:
    """Give every input its state (see the module docstring); deterministic whatever the input order."""
    files = sorted(inputs, key=lambda f: (f.name, f.sha256))
    registered = _registered_keys(definition)
    roster = {a.assessor_id for a in definition.roster}
    revoked = set(revoked_keys)
    pins = {d.subject: (d.value, d.reason) for d in decisions if d.kind == "pin_key"}
    late_ok = {d.subject for d in decisions if d.kind == "accept_late"}
    deadline = next((d.value for d in reversed(decisions) if d.kind == "deadline"), "")

    rubric_sha256 = definition.rubric.digest()
    codes = frozenset(g.code for g in definition.regions)
    verdicts: dict[int, InputVerdict] = {}
    flags: dict[int, list[Message]] = {i: [] for i in range(len(files))}
    first_of: dict[str, int] = {}
    counting: dict[str, list[int]] = {}

    def verdict(i: int, state: str, why: Message | None = None) -> None:
        f = files[i]
        r = f.record
        verdicts[i] = InputVerdict(
            name=f.name,
            sha256=f.sha256,
            state=state,
            reason="" if why is None else why.text,
            assessor_id=r.assessor_id if r else "",
            sequence=r.sequence if r else None,
            key_id=r.key_id if r else "",
            fingerprint=r.fingerprint if r else "",
            created_at=r.created_at if r else "",
            flags=tuple(m.text for m in flags[i]),
            message=why,
            flag_messages=tuple(flags[i]),
        )

    for i, f in enumerate(files):
        if f.sha256 in first_of:
            verdict(
                i,
                DUPLICATE,
                message(
                    QT_TRANSLATE_NOOP("GM100Error", "the same file as {file}"),
                    file=files[first_of[f.sha256]].name,
                ),
            )
            continue
        first_of[f.sha256] = i
        r = f.record
        if r is None:
            verdict(i, REFUSED, _verification_error(f))
            continue
        why = _event_mismatch(r, definition.event_id, package_sha256, rubric_sha256, codes)
        if why is None and r.assessor_id not in roster:
            why = message(
                QT_TRANSLATE_NOOP("GM100Error", 'assessor "{assessor}" is not in the roster of this event'),
                assessor=r.assessor_id,
            )
        if why is None and r.key_id in revoked:
            why = message(
                QT_TRANSLATE_NOOP("GM100Error", "key {key_id} was revoked by the chair"), key_id=r.key_id
            )
        owner = registered.get(r.public_key)
        if why is None and owner is not None and owner != r.assessor_id:
            why = message(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "signed with the key registered for assessor {owner}, but names assessor {assessor}",
                ),
                owner=owner,
                assessor=r.assessor_id,
            )
        if why is not None:
            verdict(i, REFUSED, why)
            continue
        if owner is None:
            pin = pins.get(r.public_key)
            if pin is None:
                quarantine = QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "key {key_id} is not the key the roster holds for assessor {assessor}; compare its "
                    "fingerprint with the assessor before pinning it",
                )
                verdict(i, QUARANTINED, message(quarantine, key_id=r.key_id, assessor=r.assessor_id))
                continue
            if pin[0] != r.assessor_id:
                pinned = QT_TRANSLATE_NOOP(
                    "GM100Error", "key {key_id} was pinned to assessor {pinned}, not {assessor}"
                )
                verdict(i, REFUSED, message(pinned, key_id=r.key_id, pinned=pin[0], assessor=r.assessor_id))
                continue
            flags[i].append(
                message(
                    QT_TRANSLATE_NOOP("GM100Error", "key pinned to {assessor} by the chair: {reason}"),
                    assessor=pin[0],
                    reason=pin[1],
                )
            )
        if deadline and r.created_at[:16] > deadline:
            if f.sha256 not in late_ok:
                late = QT_TRANSLATE_NOOP(
                    "GM100Error", "created {created} UTC, after the deadline {deadline} UTC"
                )
                verdict(i, LATE, message(late, created=r.created_at[:16], deadline=deadline))
                continue
            flags[i].append(message(QT_TRANSLATE_NOOP("GM100Error", "late bundle accepted by the chair")))
        counting.setdefault(r.assessor_id, []).append(i)

    accepted: dict[str, BundleRecord] = {}
    for assessor, indices in sorted(counting.items()):
        by_sequence: dict[int, list[int]] = {}
        for i in indices:
            by_sequence.setdefault(_record(files, i).sequence, []).append(i)
        clashing = {seq for seq, same in by_sequence.items() if len(same) > 1}
        for seq in clashing:
            clash = message(
                QT_TRANSLATE_NOOP(
                    "GM100Error", "another, different bundle of assessor {assessor} has sequence {sequence}"
                ),
                assessor=assessor,
                sequence=seq,
            )
            for i in by_sequence[seq]:
                verdict(i, REFUSED, clash)
        usable = sorted(
            (i for i in indices if _record(files, i).sequence not in clashing),
            key=lambda i: _record(files, i).sequence,
        )
        if not usable:
            continue
        latest = usable[-1]
        newest = _record(files, latest)
        for i in usable[:-1]:
            older = _record(files, i)
            rewritten = rewritten_history(older, newest)
            if rewritten is not None:
                flags[latest].append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "GM100Error", "rewritten history against sequence {sequence}: {why}"
                        ),
                        sequence=older.sequence,
                        why=rewritten,
                    )
                )
            later = QT_TRANSLATE_NOOP("GM100Error", "sequence {sequence} of the same assessor is later")
            verdict(i, SUPERSEDED, message(later, sequence=newest.sequence))
        verdict(latest, ACCEPTED)
        accepted[assessor] = newest
    return Intake(tuple(verdicts[i] for i in range(len(files))), accepted)


def _record(files: Sequence[InputFile], i: int) -> BundleRecord:
    record = files[i].record
    assert record is not None
    return record


def _verification_error(f: InputFile) -> Message:
    """Why `f` could not be verified: its error's message when it gives the same text, else that text."""
    if f.error_message is not None and f.error_message.text == f.error:
        return f.error_message
    return message("{reason}", reason=f.error)  # nothing to translate (a session file keeps only the text)


def _event_mismatch(
    r: BundleRecord, event_id: str, package_sha256: str, rubric_sha256: str, codes: frozenset[str]
) -> Message | None:
    if r.event_id != event_id:
        return message(
            QT_TRANSLATE_NOOP("GM100Error", 'made for event "{found}", not "{expected}"'),
            found=r.event_id,
            expected=event_id,
        )
    if r.event_package_sha256 != package_sha256:
        return message(
            QT_TRANSLATE_NOOP(
                "GM100Error",
                "made for another version of this event (package {package}…); the assessor must import the "
                "current version, then export again",
            ),
            package=r.event_package_sha256[:12],
        )
    if r.rubric_sha256 != rubric_sha256:
        return message(QT_TRANSLATE_NOOP("GM100Error", "scored with another rubric than this event's"))
    if r.region_codes != codes:
        return message(QT_TRANSLATE_NOOP("GM100Error", "does not list exactly the regions of this event"))
    return None


def _registered_keys(definition: EventDefinition) -> dict[str, str]:
    """Registered public key (base64) -> roster assessor id."""
    keys: dict[str, str] = {}
    for a in definition.roster:
        if a.public_key:
            key: PublicKey = parse_public_key(a.public_key, "roster")
            keys[key.to_base64()] = a.assessor_id
    return keys
