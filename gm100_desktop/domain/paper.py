"""Paper score sheets typed in by the secretariat, counted only under double entry.

When an assessor's laptop dies, their paper sheet is typed in, criterion by criterion, by the secretariat
(a form, or a CSV `assessor_id,region_code,criterion_id,score,note,entered_by`). A typed value counts only
when two different people typed it identically, so one typing mistake cannot reach the ranking.

Rules of `check_entries`:

- Every entry is checked against the event: the assessor is in the roster, the region is one of the event's,
  the criterion is in the rubric, the score is given (a blank score is refused: a paper entry must carry a
  score) and on the rubric scale, the typist (`entered_by`) is named, and the assessor has no conflict of
  interest with the region. A refused entry is listed with every reason; it is never silently dropped.
- Entries are grouped by key (assessor, region, criterion). Typists are the same person when their names
  match ignoring case and runs of whitespace. Two entries agree when score and note are equal (the note
  compared without outer whitespace).
- A key is confirmed when two different typists agree. With more entries, it is confirmed when exactly one
  value has two different typists behind it; the entries that differ from it are listed as dissent. When
  two different values each have two typists, or different typists disagree and no value has two, the key
  is a mismatch, listed field by field (score, note) with each typist's value. One typist alone (even
  typing the key twice) leaves it waiting for a second entry.
- A sheet is one assessor's scores of one region. It is complete when every criterion of the rubric is
  confirmed. The merge treats a complete sheet as that assessor's finalised scores of that region (see
  `PaperCheck.finalised_scores`); an incomplete sheet contributes nothing.

Everything is ordered deterministically: keys by assessor, region and rubric order of the criterion; refused
entries in input order; typists by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gm100_desktop.domain.aggregate import AssessorScores
from gm100_desktop.domain.event import EventDefinition
from gm100_desktop.i18n import QT_TRANSLATE_NOOP, Message, message

PAPER_COLUMNS = ("assessor_id", "region_code", "criterion_id", "score", "note", "entered_by")
FIELDS = ("score", "note")  # the fields two typists must agree on, in the order differences are listed

Key = tuple[str, str, str]  # assessor id, region code, criterion id
SheetKey = tuple[str, str]  # assessor id, region code


@dataclass(frozen=True)
class PaperEntry:
    """One criterion of one paper sheet as one person typed it; `line`: its CSV line, if from a file."""

    assessor_id: str
    region_code: str
    criterion_id: str
    score: int | None
    note: str
    entered_by: str
    line: int | None = None

    @property
    def key(self) -> Key:
        return (self.assessor_id, self.region_code, self.criterion_id)

    @property
    def sheet(self) -> SheetKey:
        return (self.assessor_id, self.region_code)

    @property
    def typist(self) -> str:
        """The typist's name as compared: case and runs of whitespace ignored."""
        return typist_key(self.entered_by)

    def value(self, field: str) -> str:
        """The field as compared and shown: the score as digits, the note without outer whitespace."""
        if field == "score":
            return "" if self.score is None else str(self.score)
        return self.note.strip()


def typist_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def typist_name(name: str) -> str:
    """The name as shown: runs of whitespace made single."""
    return " ".join(name.split())


@dataclass(frozen=True)
class RefusedEntry:
    entry: PaperEntry
    reasons: tuple[Message, ...]  # English templates marked in "GM100Error"


@dataclass(frozen=True)
class TypedValue:
    """One value of a field and who typed it (names as shown, sorted)."""

    value: str
    typists: tuple[str, ...]


@dataclass(frozen=True)
class FieldDifference:
    """A field (score or note) typed differently: every value with its typists, by first typist's name."""

    field: str
    values: tuple[TypedValue, ...]


@dataclass(frozen=True)
class ConfirmedScore:
    assessor_id: str
    region_code: str
    criterion_id: str
    score: int
    note: str  # without outer whitespace
    typists: tuple[str, ...]  # everyone who typed the confirmed value
    dissent: tuple[FieldDifference, ...]  # extra entries that differ (the confirmed value listed first)


@dataclass(frozen=True)
class PendingKey:
    """Typed by one person only: waiting for a second entry."""

    assessor_id: str
    region_code: str
    criterion_id: str
    typists: tuple[str, ...]


@dataclass(frozen=True)
class Mismatch:
    assessor_id: str
    region_code: str
    criterion_id: str
    differences: tuple[FieldDifference, ...]  # in FIELDS order


@dataclass(frozen=True)
class PaperSheet:
    """One assessor's paper sheet of one region, as far as the entries go."""

    assessor_id: str
    region_code: str
    scores: Mapping[str, int]  # confirmed criterion -> score, rubric order
    notes: Mapping[str, str]  # confirmed criterion -> note
    criteria: int  # how many criteria the rubric has
    pending: tuple[str, ...]  # criterion ids waiting for a second entry
    mismatched: tuple[str, ...]  # criterion ids the typists disagree on
    refused: int  # refused entries of this sheet

    @property
    def complete(self) -> bool:
        return len(self.scores) == self.criteria


@dataclass(frozen=True)
class PaperCheck:
    entries: int
    confirmed: tuple[ConfirmedScore, ...]
    pending: tuple[PendingKey, ...]
    mismatches: tuple[Mismatch, ...]
    refused: tuple[RefusedEntry, ...]
    sheets: tuple[PaperSheet, ...]  # every (assessor, region) with an entry, refused ones included

    @property
    def complete_sheets(self) -> tuple[PaperSheet, ...]:
        return tuple(s for s in self.sheets if s.complete)

    def sheet(self, assessor_id: str, region_code: str) -> PaperSheet | None:
        return next(
            (s for s in self.sheets if (s.assessor_id, s.region_code) == (assessor_id, region_code)), None
        )

    def finalised_scores(self) -> tuple[AssessorScores, ...]:
        """Every complete sheet as that assessor's finalised scores of the region, for the merge."""
        return tuple(
            AssessorScores(s.assessor_id, s.region_code, dict(s.scores), finalised=True)
            for s in self.complete_sheets
        )


def check_entries(definition: EventDefinition, entries: Iterable[PaperEntry]) -> PaperCheck:
    """Validate every entry against the event and count the valid ones under double entry."""
    rows = tuple(entries)
    order = {c.id: i for i, c in enumerate(definition.rubric.criteria())}
    refused: list[RefusedEntry] = []
    by_key: dict[Key, list[PaperEntry]] = {}
    for entry in rows:
        reasons = _reasons(definition, entry)
        if reasons:
            refused.append(RefusedEntry(entry, reasons))
        else:
            by_key.setdefault(entry.key, []).append(entry)

    confirmed: list[ConfirmedScore] = []
    pending: list[PendingKey] = []
    mismatches: list[Mismatch] = []
    for key in sorted(by_key, key=lambda k: (k[0], k[1], order.get(k[2], len(order)), k[2])):
        _judge(key, by_key[key], confirmed, pending, mismatches)

    sheets = _sheets(order, rows, refused, confirmed, pending, mismatches)
    return PaperCheck(
        entries=len(rows),
        confirmed=tuple(confirmed),
        pending=tuple(pending),
        mismatches=tuple(mismatches),
        refused=tuple(refused),
        sheets=sheets,
    )


def _reasons(definition: EventDefinition, entry: PaperEntry) -> tuple[Message, ...]:
    rubric = definition.rubric
    reasons: list[Message] = []
    known_assessor = any(a.assessor_id == entry.assessor_id for a in definition.roster)
    known_region = any(g.code == entry.region_code for g in definition.regions)
    if not known_assessor:
        reasons.append(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "assessor {assessor} is not in the event's roster"),
                assessor=entry.assessor_id or "(empty)",
            )
        )
    if not known_region:
        reasons.append(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "region {region} is not one of the event's regions"),
                region=entry.region_code or "(empty)",
            )
        )
    criterion = rubric.criterion(entry.criterion_id)
    if criterion is None:
        reasons.append(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "criterion {criterion} is not in the rubric"),
                criterion=entry.criterion_id or "(empty)",
            )
        )
    if entry.score is None:
        reasons.append(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "no score: a paper entry counts only with a score"),
            )
        )
    elif entry.score not in rubric.scale:
        reasons.append(
            message(
                QT_TRANSLATE_NOOP("GM100Error", "score {score} is outside the scale {low}–{high}"),
                score=entry.score,
                low=rubric.scale_min,
                high=rubric.scale_max,
            )
        )
    if not entry.entered_by.strip():
        reasons.append(
            message(QT_TRANSLATE_NOOP("GM100Error", "no typist: entered_by must name who typed the entry"))
        )
    if known_assessor and known_region and _conflicted(definition, entry.assessor_id, entry.region_code):
        reasons.append(
            message(
                QT_TRANSLATE_NOOP(
                    "GM100Error",
                    "assessor {assessor} has a conflict of interest with region {region}; "
                    "their scores of it never count",
                ),
                assessor=entry.assessor_id,
                region=entry.region_code,
            )
        )
    return tuple(reasons)


def _conflicted(definition: EventDefinition, assessor_id: str, region_code: str) -> bool:
    return any(c.assessor_id == assessor_id and c.region_code == region_code for c in definition.conflicts)


def _judge(
    key: Key,
    entries: Sequence[PaperEntry],
    confirmed: list[ConfirmedScore],
    pending: list[PendingKey],
    mismatches: list[Mismatch],
) -> None:
    """Confirmed, pending or mismatch: see the module docstring."""
    typists = {e.typist for e in entries}
    if len(typists) < 2:
        pending.append(PendingKey(*key, typists=_names(entries)))
        return
    groups: dict[tuple[int | None, str], list[PaperEntry]] = {}
    for e in entries:
        groups.setdefault((e.score, e.value("note")), []).append(e)
    agreed = [value for value, group in groups.items() if len({e.typist for e in group}) >= 2]
    if len(agreed) == 1:
        (score, note), winners = agreed[0], groups[agreed[0]]
        others = [e for e in entries if (e.score, e.value("note")) != (score, note)]
        assert score is not None  # refused entries never get here
        confirmed.append(
            ConfirmedScore(
                *key,
                score=score,
                note=note,
                typists=_names(winners),
                dissent=_differences([*winners, *others], first=winners) if others else (),
            )
        )
    else:
        mismatches.append(Mismatch(*key, differences=_differences(entries)))


def _differences(
    entries: Sequence[PaperEntry], first: Sequence[PaperEntry] = ()
) -> tuple[FieldDifference, ...]:
    """The fields with more than one value among `entries`; values grouped, the value of `first` first."""
    differences: list[FieldDifference] = []
    for field in FIELDS:
        by_value: dict[str, list[PaperEntry]] = {}
        for e in entries:
            by_value.setdefault(e.value(field), []).append(e)
        if len(by_value) < 2:
            continue
        lead = first[0].value(field) if first else None
        values = sorted(
            (TypedValue(value, _names(group)) for value, group in by_value.items()),
            key=lambda v: (v.value != lead, [typist_key(t) for t in v.typists], v.value),
        )
        differences.append(FieldDifference(field, tuple(values)))
    return tuple(differences)


def _names(entries: Iterable[PaperEntry]) -> tuple[str, ...]:
    """Distinct typists as shown (one spelling per person: the first in sorted order), sorted."""
    shown: dict[str, str] = {}
    for name in sorted(typist_name(e.entered_by) for e in entries):
        shown.setdefault(typist_key(name), name)
    return tuple(shown[k] for k in sorted(shown))


def _sheets(
    order: Mapping[str, int],
    rows: Sequence[PaperEntry],
    refused: Sequence[RefusedEntry],
    confirmed: Sequence[ConfirmedScore],
    pending: Sequence[PendingKey],
    mismatches: Sequence[Mismatch],
) -> tuple[PaperSheet, ...]:
    def rank(criterion_id: str) -> tuple[int, str]:
        return (order.get(criterion_id, len(order)), criterion_id)

    sheets: list[PaperSheet] = []
    for sheet in sorted({e.sheet for e in rows}):
        mine = sorted(
            (c for c in confirmed if (c.assessor_id, c.region_code) == sheet),
            key=lambda c: rank(c.criterion_id),
        )
        sheets.append(
            PaperSheet(
                *sheet,
                scores={c.criterion_id: c.score for c in mine},
                notes={c.criterion_id: c.note for c in mine},
                criteria=len(order),
                pending=tuple(p.criterion_id for p in pending if (p.assessor_id, p.region_code) == sheet),
                mismatched=tuple(
                    m.criterion_id for m in mismatches if (m.assessor_id, m.region_code) == sheet
                ),
                refused=sum(1 for r in refused if r.entry.sheet == sheet),
            )
        )
    return tuple(sheets)


# ---- plain data for JSON -----------------------------------------------------------------------------------


def entry_to_dict(entry: PaperEntry) -> dict[str, Any]:
    return {
        "assessor_id": entry.assessor_id,
        "region_code": entry.region_code,
        "criterion_id": entry.criterion_id,
        "score": entry.score,
        "note": entry.note,
        "entered_by": entry.entered_by,
        "line": entry.line,
    }


def check_to_dict(check: PaperCheck) -> dict[str, Any]:
    """The check as plain data (reasons in English): equal inputs give equal JSON."""

    def differences(items: Iterable[FieldDifference]) -> list[dict[str, Any]]:
        return [
            {"field": d.field, "values": [{"value": v.value, "typists": list(v.typists)} for v in d.values]}
            for d in items
        ]

    return {
        "entries": check.entries,
        "confirmed": [
            {
                "assessor_id": c.assessor_id,
                "region_code": c.region_code,
                "criterion_id": c.criterion_id,
                "score": c.score,
                "note": c.note,
                "typists": list(c.typists),
                "dissent": differences(c.dissent),
            }
            for c in check.confirmed
        ],
        "pending": [
            {
                "assessor_id": p.assessor_id,
                "region_code": p.region_code,
                "criterion_id": p.criterion_id,
                "typists": list(p.typists),
            }
            for p in check.pending
        ],
        "mismatches": [
            {
                "assessor_id": m.assessor_id,
                "region_code": m.region_code,
                "criterion_id": m.criterion_id,
                "differences": differences(m.differences),
            }
            for m in check.mismatches
        ],
        "refused": [
            {"entry": entry_to_dict(r.entry), "reasons": [m.text for m in r.reasons]} for r in check.refused
        ],
        "sheets": [
            {
                "assessor_id": s.assessor_id,
                "region_code": s.region_code,
                "scores": dict(s.scores),
                "notes": dict(s.notes),
                "criteria": s.criteria,
                "complete": s.complete,
                "pending": list(s.pending),
                "mismatched": list(s.mismatched),
                "refused": s.refused,
            }
            for s in check.sheets
        ],
        "complete_sheets": [[s.assessor_id, s.region_code] for s in check.complete_sheets],
    }
