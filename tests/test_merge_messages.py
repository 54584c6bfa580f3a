"""The merge's reasons as translatable messages: the same English text in the report as before.

The expected strings below are the English the merge wrote before its reasons became messages (signed
rankings recompute to the same bytes only while they stay exactly so).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from typing import Any

import pytest

from gm100_desktop.domain.event import Conflict, EventDefinition
from gm100_desktop.domain.merge import plan_marks, region_seating
from gm100_desktop.domain.merge_intake import (
    BundleRecord,
    Decision,
    InputFile,
    InputVerdict,
    SheetScores,
    classify_inputs,
)
from gm100_desktop.domain.merge_report import plain
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.domain.paper import PaperEntry
from gm100_desktop.services import merge as m
from gm100_desktop.services.demo_files import DemoSummary, write_demo_files

REPORT_INPUT_FIELDS = {
    "name", "sha256", "state", "reason", "assessor_id", "sequence", "key_id", "fingerprint", "created_at",
    "flags",
}  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    return write_demo_files(tmp_path_factory.mktemp("demo"), regions=12, assessors=6, panels=2, kdf_n=1024)


@pytest.fixture(scope="module")
def session(demo: DemoSummary) -> m.MergeSession:
    opened = m.open_event(demo.event_file)
    opened.add_inputs(m.read_inputs(demo.bundles, opened.event))
    return opened


@pytest.fixture(scope="module")
def records(session: m.MergeSession) -> dict[str, BundleRecord]:
    return {f.record.assessor_id: f.record for f in session.inputs if f.record is not None}


def _file(name: str, record: BundleRecord, sha: str | None = None) -> InputFile:
    sha = sha or hashlib.sha256(name.encode()).hexdigest()
    return InputFile(name, sha, dataclasses.replace(record, name=name, sha256=sha))


def _classify(
    session: m.MergeSession,
    files: Sequence[InputFile],
    decisions: Sequence[Decision] = (),
    revoked: Sequence[str] = (),
) -> dict[str, InputVerdict]:
    d = session.event.definition
    intake = classify_inputs(d, session.event.sha256, files, decisions, revoked_keys=revoked)
    return {v.name: v for v in intake.verdicts}


def _same_text(verdict: InputVerdict) -> None:
    """The verdict's report text is its messages' English."""
    assert (verdict.message.text if verdict.message else "") == verdict.reason
    assert tuple(f.text for f in verdict.flag_messages) == verdict.flags


def _new_key() -> tuple[str, str]:
    public = SecretKey.generate().public_key()
    return public.to_base64(), public.key_id_hex


def test_refusals_keep_their_english_text(session: m.MergeSession, records: dict[str, BundleRecord]) -> None:
    d = session.event.definition
    a1, a2 = records["A001"], records["A002"]
    dropped = sorted(a1.region_codes)[0]
    cases = {
        "event": (dataclasses.replace(a1, event_id="other"), f'made for event "other", not "{d.event_id}"'),
        "package": (
            dataclasses.replace(a1, event_package_sha256="ab" * 32),
            "made for another version of this event (package abababababab…); the assessor must import the "
            "current version, then export again",
        ),
        "rubric": (
            dataclasses.replace(a1, rubric_sha256="cd" * 32),
            "scored with another rubric than this event's",
        ),
        "regions": (
            dataclasses.replace(a1, region_codes=a1.region_codes - {dropped}),
            "does not list exactly the regions of this event",
        ),
        "stranger": (
            dataclasses.replace(a1, assessor_id="Z999"),
            'assessor "Z999" is not in the roster of this event',
        ),
        "impostor": (
            dataclasses.replace(a2, public_key=a1.public_key, key_id=a1.key_id),
            "signed with the key registered for assessor A001, but names assessor A002",
        ),
    }
    for name, (record, expected) in cases.items():
        verdict = _classify(session, [_file(name, record)])[name]
        assert (verdict.state, verdict.reason) == ("refused", expected)
        assert verdict.message is not None and verdict.message.template != "{reason}"
        _same_text(verdict)

    revoked = _classify(session, [_file("a1", a1)], revoked=[a1.key_id])["a1"]
    assert (revoked.state, revoked.reason) == ("refused", f"key {a1.key_id} was revoked by the chair")
    _same_text(revoked)


def test_quarantine_pins_and_history_flags_keep_their_english_text(
    session: m.MergeSession, records: dict[str, BundleRecord]
) -> None:
    a1 = records["A001"]
    key, key_id = _new_key()
    laptop = dataclasses.replace(a1, public_key=key, key_id=key_id, sequence=2)
    quarantined = _classify(session, [_file("laptop", laptop)])["laptop"]
    assert (quarantined.state, quarantined.reason) == (
        "quarantined",
        f"key {key_id} is not the key the roster holds for assessor A001; compare its fingerprint with the "
        "assessor before pinning it",
    )
    _same_text(quarantined)

    wrong = _classify(session, [_file("laptop", laptop)], [Decision("pin_key", key, "A002", "typo")])[
        "laptop"
    ]
    assert (wrong.state, wrong.reason) == ("refused", f"key {key_id} was pinned to assessor A002, not A001")
    _same_text(wrong)

    pinned = [Decision("pin_key", key, "A001", "read aloud, all groups match")]
    both = _classify(session, [_file("a1", a1), _file("laptop", laptop)], pinned)
    assert (both["a1"].state, both["a1"].reason) == ("superseded", "sequence 2 of the same assessor is later")
    assert both["laptop"].state == "accepted" and both["laptop"].message is None
    assert both["laptop"].flags == (
        "key pinned to A001 by the chair: read aloud, all groups match",
        f"rewritten history against sequence 1: sequence 2 was made with another key ({key_id}, a new "
        f"laptop?) and cannot continue the history of sequence 1 (key {a1.key_id}); compare the marks",
    )
    for verdict in both.values():
        _same_text(verdict)

    entries = len(a1.history) // 32
    assert entries >= 3
    shrunk = dataclasses.replace(a1, sequence=2, history=a1.history[: 2 * 32])
    changed = bytearray(a1.history)
    changed[32:64] = bytes(32)
    rewritten = dataclasses.replace(a1, sequence=2, history=bytes(changed))
    for record, why in (
        (shrunk, f"the history shrank from {entries} to 2 entries"),
        (rewritten, "history entry 2 was rewritten after sequence 1 was exported"),
    ):
        latest = _classify(session, [_file("a1", a1), _file("next", record)])["next"]
        assert latest.flags == (f"rewritten history against sequence 1: {why}",)
        _same_text(latest)


def test_duplicates_clashes_and_late_bundles_keep_their_english_text(
    session: m.MergeSession, records: dict[str, BundleRecord]
) -> None:
    a1 = records["A001"]
    copies = _classify(session, [_file("a", a1, "11" * 32), _file("b", a1, "11" * 32)])
    assert (copies["b"].state, copies["b"].reason) == ("duplicate", "the same file as a")
    _same_text(copies["b"])

    twins = [_file(n, dataclasses.replace(a1, sequence=2)) for n in ("x", "y")]
    for verdict in _classify(session, twins).values():
        assert (verdict.state, verdict.reason) == (
            "refused",
            "another, different bundle of assessor A001 has sequence 2",
        )
        _same_text(verdict)

    deadline = Decision("deadline", "", "2000-01-01T00:00", "closing time")
    late = _classify(session, [_file("a1", a1)], [deadline])["a1"]
    assert (late.state, late.reason) == (
        "late",
        f"created {a1.created_at[:16]} UTC, after the deadline 2000-01-01T00:00 UTC",
    )
    _same_text(late)
    accepted = Decision("accept_late", late.sha256, "", "the driver brought the USB stick")
    counted = _classify(session, [_file("a1", a1)], [deadline, accepted])["a1"]
    assert (counted.state, counted.flags) == ("accepted", ("late bundle accepted by the chair",))
    _same_text(counted)


def test_a_file_that_fails_verification_keeps_its_error_and_its_message(
    demo: DemoSummary, session: m.MergeSession
) -> None:
    data = bytearray(demo.bundles[0].read_bytes())
    data[len(data) // 2] ^= 0x01
    criteria = [c.id for c in session.event.definition.rubric.criteria()]
    broken = m.input_from_bytes("broken.gm100bundle", bytes(data), criteria)
    assert broken.record is None and broken.error_message is not None
    verdict = _classify(session, [broken])["broken.gm100bundle"]
    assert (verdict.state, verdict.reason) == ("refused", broken.error)
    assert verdict.message == broken.error_message  # the core's error, to translate
    _same_text(verdict)

    reopened = InputFile("lost.gm100bundle", "", None, "the file could not be read")  # a session keeps text
    verdict = _classify(session, [reopened])["lost.gm100bundle"]
    assert verdict.reason == "the file could not be read"
    _same_text(verdict)


def _definition_with_conflict(d: EventDefinition, assessor: str, code: str) -> EventDefinition:
    return dataclasses.replace(d, conflicts=(*d.conflicts, Conflict(assessor, code, "family")))


def test_marks_that_do_not_count_keep_their_english_text(
    session: m.MergeSession, records: dict[str, BundleRecord]
) -> None:
    d = session.event.definition
    a1 = records["A001"]
    seating = region_seating(d)
    own = sorted(code for code, seat in seating.items() if "A001" in seat.assessors)
    elsewhere = next(
        code for code, seat in sorted(seating.items()) if "A001" not in (*seat.assessors, *seat.conflicted)
    )
    finalised = next(g for g in a1.regions if g.state == "finalised")
    stray = SheetScores("99.99", "finalised", finalised.values, finalised.notes, "")
    accepted = {"A001": dataclasses.replace(a1, regions=(*a1.regions, stray))}
    differs = tuple(1 if v != 1 else 2 for v in finalised.values)
    paper = {
        ("A001", elsewhere): dataclasses.replace(finalised, region_code=elsewhere),
        ("A001", finalised.region_code): dataclasses.replace(finalised, values=differs),
    }
    conflicted = next(
        code
        for code in own
        if code != finalised.region_code and any(g.region_code == code and g.has_marks for g in a1.regions)
    )
    plan = plan_marks(_definition_with_conflict(d, "A001", conflicted), accepted, paper)
    reasons = {(r.region_code, r.source): r.reason for r in plan.refused}
    assert reasons == {
        ("99.99", "bundle"): "region 99.99 is not on the schedule",
        (conflicted, "bundle"): f"assessor A001 has a conflict of interest with region {conflicted}",
        (elsewhere, "paper"): (
            f"assessor A001 did not sit in panel {seating[elsewhere].panel_id} when region {elsewhere} was "
            "assessed"
        ),
    }
    assert [r.reason for r in plan.paper_unused] == [
        "the signed bundle has this region finalised, and its marks differ from the paper sheet"
    ]
    same = plan_marks(d, {"A001": a1}, {("A001", finalised.region_code): finalised})
    assert [r.reason for r in same.paper_unused] == ["the signed bundle has this region finalised"]
    for r in (*plan.refused, *plan.paper_unused, *same.paper_unused):
        assert r.message is not None and r.message.text == r.reason


def _at(report: Any, path: Sequence[str | int]) -> Any:
    for step in path:
        report = report[step]
    return report


def test_the_outcome_gives_a_message_for_every_reason_of_the_report_and_nothing_more_is_signed(
    demo: DemoSummary,
) -> None:
    merged = m.open_event(demo.event_file)
    laptop = m.read_inputs([demo.bundles[0]], merged.event)[0][0]
    assert laptop.record is not None
    key, key_id = _new_key()
    record = dataclasses.replace(laptop.record, public_key=key, key_id=key_id, sequence=2, name="laptop")
    data = bytearray(demo.bundles[1].read_bytes())
    data[len(data) // 2] ^= 0x01
    criteria = [c.id for c in merged.event.definition.rubric.criteria()]
    merged.add_inputs(m.read_inputs(demo.bundles, merged.event))
    merged.add_inputs(
        [
            (InputFile("laptop", "22" * 32, dataclasses.replace(record, sha256="22" * 32)), b""),
            (m.input_from_bytes("broken", bytes(data), criteria), bytes(data)),
            (InputFile("copy", laptop.sha256, laptop.record), b""),
        ]
    )
    finalised = next(g for g in laptop.record.regions if g.state == "finalised")
    for typist in ("Ani", "Budi"):
        merged.paper.extend(PaperEntry("A001", finalised.region_code, c, 1, "", typist) for c in criteria)
    outcome = m.merge(merged)
    report = json.loads(m.ranking_bytes(outcome.report))  # as signed: no message gets in

    assert {v["state"] for v in report["inputs"]} >= {"refused", "quarantined", "duplicate", "accepted"}
    assert all(set(v) == REPORT_INPUT_FIELDS for v in report["inputs"])
    assert set(plain(outcome.intake.verdicts[0])) == REPORT_INPUT_FIELDS
    assert set(report["refused_marks"][0] if report["refused_marks"] else report["paper_unused"][0]) == {
        "assessor_id", "region_code", "source", "reason",
    }  # fmt: skip

    spread = ("reliability", "spread")
    for path, message in outcome.messages.items():
        if path[:2] == spread:
            assert report["reliability"]["spread"][path[2]]  # the report gives only its numbers
            continue
        assert _at(report, path) == message.text, path
    wanted: list[tuple[str | int, ...]] = [("reliability", "rules"), ("severity", "refused")]
    for i, v in enumerate(report["inputs"]):
        if v["reason"]:
            wanted.append(("inputs", i, "reason"))
        wanted += [("inputs", i, "flags", j) for j in range(len(v["flags"]))]
    for section in ("refused_marks", "paper_unused"):
        wanted += [(section, i, "reason") for i in range(len(report[section]))]
    for i, _ in enumerate(report["reliability"]["corridor_checks"]):
        wanted.append(("reliability", "corridor_checks", i, "explanation"))
    for i, refused in enumerate(report["sensitivity"]["refused_methods"]):
        assert refused["method"] == "adjusted"
        wanted.append(("sensitivity", "refused_methods", i, "reason"))
    assert report["paper_unused"] and report["sensitivity"]["refused_methods"]  # the demo has both
    assert set(wanted) <= set(outcome.messages)
