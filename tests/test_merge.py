"""The merge: which inputs count (every state and its reason), whose marks count, and the signed ranking."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from gm100_desktop.cli import main
from gm100_desktop.domain.bundle import build_bundle, read_bundle
from gm100_desktop.domain.event import Conflict
from gm100_desktop.domain.merge_intake import Decision
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.domain.paper import PaperEntry
from gm100_desktop.errors import GM100Error
from gm100_desktop.services import merge as m
from gm100_desktop.services import merge_files as mf
from gm100_desktop.services.demo_files import (
    DEMO_PASSPHRASE,
    DemoSummary,
    simulate_assessor,
    write_demo_files,
)
from gm100_desktop.services.identity import load_identity, unlock_identity


@pytest.fixture
def demo(tmp_path: Path) -> DemoSummary:
    return write_demo_files(tmp_path / "demo", regions=12, assessors=6, panels=2, kdf_n=1024)


def _session(demo: DemoSummary, *extra: Path) -> m.MergeSession:
    session = m.open_event(demo.event_file)
    session.add_inputs(
        m.read_inputs(m.collect_bundle_files([demo.folder / "bundles", *extra]), session.event)
    )
    return session


def _key(demo: DemoSummary, assessor: str) -> SecretKey:
    path = demo.folder / "assessors" / f"{assessor}.gm100key"
    return unlock_identity(load_identity(path), DEMO_PASSPHRASE).secret


def _states(outcome: m.MergeOutcome) -> dict[str, tuple[str, str]]:
    return {v.name: (v.state, v.reason) for v in outcome.intake.verdicts}


def _write_bundle(path: Path, demo: DemoSummary, assessor: str, key: SecretKey, **changes: object) -> Path:
    session = m.open_event(demo.event_file)
    content = simulate_assessor(session.event.definition, assessor, key, session.event.sha256, 2019)
    path.write_bytes(build_bundle(dataclasses.replace(content, **changes), key))  # type: ignore[arg-type]
    return path


def test_demo_bundles_are_all_accepted_and_ranked(demo: DemoSummary) -> None:
    outcome = m.merge(_session(demo))
    report = outcome.report
    assert report["input_counts"] == {"accepted": 6}
    assert report["ranking"] and all(r["rank"] >= 1 for r in report["ranking"])
    assert len(report["selected"]) <= 25
    assert {c["state"] for c in report["completeness"]} <= {"finalised", "in_progress", "missing", "conflict"}
    # Every ranked region's total is the weighted sum its dimensions give.
    region = next(r for r in report["regions"] if r["region_code"] == report["ranking"][0]["region_code"])
    assert region["total"] == report["ranking"][0]["total"]
    assert region["marks"] and {mk["source"] for mk in region["marks"]} == {"bundle"}


def test_tampered_duplicate_and_wrong_event_inputs_are_refused_with_reasons(
    demo: DemoSummary, tmp_path: Path
) -> None:
    extra = tmp_path / "usb"
    extra.mkdir()
    first = demo.bundles[0]
    shutil.copy(first, extra / "copy.gm100bundle")
    data = bytearray(first.read_bytes())
    data[len(data) // 2] ^= 0x01
    (extra / "tampered.gm100bundle").write_bytes(bytes(data))
    other = write_demo_files(tmp_path / "other", regions=12, assessors=6, panels=2, seed=7, kdf_n=1024)
    shutil.copy(other.bundles[0], extra / "other-event.gm100bundle")

    states = _states(m.merge(_session(demo, extra)))
    # Of two identical files the first by name counts; the other is a duplicate naming it.
    assert states["copy.gm100bundle"] == ("accepted", "")
    assert states[first.name] == ("duplicate", "the same file as copy.gm100bundle")
    assert states["tampered.gm100bundle"][0] == "refused"
    assert "tampered.gm100bundle" in states["tampered.gm100bundle"][1]
    assert states["other-event.gm100bundle"] == ("refused", states["other-event.gm100bundle"][1])
    assert "gm100-demo-7" in states["other-event.gm100bundle"][1]


def test_later_sequence_supersedes_and_rewritten_history_is_flagged(
    demo: DemoSummary, tmp_path: Path
) -> None:
    extra = tmp_path / "usb"
    extra.mkdir()
    key = _key(demo, "A001")
    original = read_bundle(demo.bundles[0].read_bytes(), "first")
    assert original.content.assessor_id == "A001"
    # Sequence 2 that extends the history unchanged: supersedes quietly.
    path = extra / "A001-2.gm100bundle"
    path.write_bytes(build_bundle(dataclasses.replace(original.content, sequence=2), key))
    outcome = m.merge(_session(demo, extra))
    states = _states(outcome)
    assert states[demo.bundles[0].name][0] == "superseded"
    assert states["A001-2.gm100bundle"] == ("accepted", "")
    assert not next(v for v in outcome.intake.verdicts if v.name == "A001-2.gm100bundle").flags

    # Sequence 3 with another history (the demo simulation under another seed): flagged as rewritten.
    d = m.open_event(demo.event_file).event
    rewritten = simulate_assessor(d.definition, "A001", key, d.sha256, 99)
    (extra / "A001-3.gm100bundle").write_bytes(build_bundle(dataclasses.replace(rewritten, sequence=3), key))
    outcome = m.merge(_session(demo, extra))
    verdict = next(v for v in outcome.intake.verdicts if v.name == "A001-3.gm100bundle")
    assert verdict.state == "accepted"
    assert any("rewritten" in f for f in verdict.flags)


def test_unknown_key_is_quarantined_until_the_chair_pins_it(demo: DemoSummary, tmp_path: Path) -> None:
    extra = tmp_path / "usb"
    extra.mkdir()
    new_key = SecretKey.generate()
    public = new_key.public_key()
    _write_bundle(
        extra / "A002-new-laptop.gm100bundle", demo, "A002", new_key,
        sequence=2, key_id=public.key_id_hex, public_key=public.to_base64(),
    )  # fmt: skip
    session = _session(demo, extra)
    states = _states(m.merge(session))
    assert states["A002-new-laptop.gm100bundle"][0] == "quarantined"
    assert public.key_id_hex in states["A002-new-laptop.gm100bundle"][1]

    session.decisions.append(
        Decision("pin_key", public.to_base64(), "A002", "fingerprint read back by phone")
    )
    outcome = m.merge(session)
    verdict = next(v for v in outcome.intake.verdicts if v.name == "A002-new-laptop.gm100bundle")
    assert verdict.state == "accepted"
    assert any("fingerprint read back by phone" in f for f in verdict.flags)
    assert outcome.report["decisions"][0]["reason"] == "fingerprint read back by phone"

    # Pinned to another assessor than the bundle names: refused, not counted as either.
    session.decisions[-1] = Decision("pin_key", public.to_base64(), "A003", "typo")
    assert _states(m.merge(session))["A002-new-laptop.gm100bundle"][0] == "refused"


def test_a_key_registered_to_another_assessor_is_refused(demo: DemoSummary, tmp_path: Path) -> None:
    extra = tmp_path / "usb"
    extra.mkdir()
    key = _key(demo, "A001")
    public = key.public_key()
    _write_bundle(
        extra / "impostor.gm100bundle",
        demo,
        "A002",
        key,
        key_id=public.key_id_hex,
        public_key=public.to_base64(),
    )
    state, reason = _states(m.merge(_session(demo, extra)))["impostor.gm100bundle"]
    assert state == "refused" and "A001" in reason and "A002" in reason


def test_late_bundles_count_only_when_accepted(demo: DemoSummary) -> None:
    session = _session(demo)
    session.decisions.append(Decision("deadline", "", "2000-01-01T00:00", "closing time"))
    outcome = m.merge(session)
    assert {v.state for v in outcome.intake.verdicts} == {"late"}
    assert outcome.report["ranking"] == []
    late = outcome.intake.verdicts[0]
    session.decisions.append(Decision("accept_late", late.sha256, "", "USB stick arrived with the driver"))
    again = m.merge(session)
    assert next(v for v in again.intake.verdicts if v.sha256 == late.sha256).state == "accepted"


def test_conflicted_and_unseated_marks_are_refused_and_listed(demo: DemoSummary) -> None:
    session = _session(demo)
    d = session.event.definition
    a001 = next(a for a in d.roster if a.assessor_id == "A001")
    own = next(s.region_code for s in d.schedule if s.panel_id == a001.panel_id)
    # Pretend the chair had declared a conflict the assessor ignored: the marks must not count.
    session.event = dataclasses.replace(
        session.event,
        definition=dataclasses.replace(d, conflicts=(*d.conflicts, Conflict("A001", own, "family"))),
    )
    outcome = m.merge(session)
    refused = [r for r in outcome.report["refused_marks"] if r["assessor_id"] == "A001"]
    assert any(r["region_code"] == own and "conflict" in r["reason"] for r in refused)
    assert all(
        mk["assessor_id"] != "A001"
        for r in outcome.report["regions"]
        if r["region_code"] == own
        for mk in r["marks"]
    )


def test_a_confirmed_paper_sheet_replaces_a_missing_bundle(demo: DemoSummary) -> None:
    session = m.open_event(demo.event_file)
    session.add_inputs(m.read_inputs([p for p in demo.bundles if "A001" not in p.name], session.event))
    d = session.event.definition
    a001 = next(a for a in d.roster if a.assessor_id == "A001")
    clash = {c.region_code for c in d.conflicts if c.assessor_id == "A001"}
    code = next(
        s.region_code for s in d.schedule if s.panel_id == a001.panel_id and s.region_code not in clash
    )
    for typist in ("Ani", "Budi"):
        session.paper.extend(PaperEntry("A001", code, c.id, 3, "", typist) for c in d.rubric.criteria())
    outcome = m.merge(session)
    region = next(r for r in outcome.report["regions"] if r["region_code"] == code)
    paper = [mk for mk in region["marks"] if mk["assessor_id"] == "A001"]
    assert paper and paper[0]["source"] == "paper" and set(paper[0]["values"]) == {3}
    cell = next(
        c for c in outcome.report["completeness"] if (c["region_code"], c["assessor_id"]) == (code, "A001")
    )
    assert (cell["state"], cell["source"]) == ("finalised", "paper")

    # One typist only: the sheet waits for the second entry and does not count.
    session.paper = [e for e in session.paper if e.entered_by == "Ani"]
    region = next(r for r in m.merge(session).report["regions"] if r["region_code"] == code)
    assert all(mk["assessor_id"] != "A001" for mk in region["marks"])


def test_same_inputs_give_the_same_bytes_and_the_ranking_reverifies(
    demo: DemoSummary, tmp_path: Path
) -> None:
    first = m.ranking_bytes(m.merge(_session(demo)).report)
    again = m.ranking_bytes(m.merge(_session(demo)).report)
    assert first == again
    chair = unlock_identity(load_identity(demo.chair_key), DEMO_PASSPHRASE).secret
    session = _session(demo)
    out = tmp_path / "RANKING.json"
    body = mf.write_signed_ranking(out, m.merge(session).report, chair, session.event)
    assert body == first and Path(f"{out}.minisig").exists()
    report = mf.verify_ranking(out, [demo.folder])
    assert report["selected"] == json.loads(first)["selected"]
    if shutil.which("minisign"):
        subprocess.run(["minisign", "-Vm", str(out), "-p", str(demo.folder / "chair.pub")], check=True)

    # A bundle missing from the folder is named.
    gone = demo.bundles[2]
    gone.rename(tmp_path / gone.name)
    with pytest.raises(GM100Error, match=gone.name):
        mf.verify_ranking(out, [demo.folder])


def test_a_ranking_signed_by_another_key_is_refused(demo: DemoSummary, tmp_path: Path) -> None:
    session = _session(demo)
    with pytest.raises(GM100Error, match="did not sign this event"):
        mf.write_signed_ranking(
            tmp_path / "r.json", m.merge(session).report, SecretKey.generate(), session.event
        )
    assert not (tmp_path / "r.json").exists()


def test_session_archive_reopens_with_the_same_result(demo: DemoSummary, tmp_path: Path) -> None:
    session = _session(demo)
    session.decisions.append(Decision("method", "", "median", "panels are small"))
    session.paper.append(PaperEntry("A001", demo_region(session), "INF1", 2, "typed once", "Ani"))
    before = m.ranking_bytes(m.merge(session).report)
    path = tmp_path / "day2.gm100merge"
    mf.save_session(path, session)
    first_bytes = path.read_bytes()
    mf.save_session(path, session)
    assert path.read_bytes() == first_bytes
    reopened = mf.open_session(path)
    assert m.ranking_bytes(m.merge(reopened).report) == before


def demo_region(session: m.MergeSession) -> str:
    return session.event.definition.schedule[0].region_code


def test_cli_merge_writes_outputs_and_verify_confirms(
    demo: DemoSummary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GM100_PASSPHRASE", DEMO_PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    args = [
        "merge", "--event", str(demo.event_file), str(demo.folder / "bundles"),
        "--key", str(demo.chair_key), "--top", "5", "--reason", "panel agreed",
        "--out", str(out / "ranking.json"), "--out", str(out / "ranking.csv"),
    ]  # fmt: skip
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "6 accepted" in text and "top 5" in text
    first = (out / "ranking.json").read_bytes()
    assert main(args) == 0
    assert (out / "ranking.json").read_bytes() == first
    assert json.loads(first)["decisions"] == [
        {"kind": "top_n", "subject": "", "value": "5", "reason": "panel agreed"}
    ]
    capsys.readouterr()
    assert main(["verify", str(out / "ranking.json"), "--bundles", str(demo.folder)]) == 0
    assert "ok" in capsys.readouterr().out

    assert main([*args[:-4], "--method", "adjusted", "--out", str(out / "adjusted.json")]) == 1
    assert "adjusted" in capsys.readouterr().err  # two static panels share no assessor: refused, with why


def test_a_revoked_key_is_refused(demo: DemoSummary) -> None:
    session = _session(demo)
    d = session.event.definition
    revoked = _key(demo, "A001").public_key().key_id_hex
    session.event = dataclasses.replace(
        session.event, definition=dataclasses.replace(d, revoked_keys=(revoked,))
    )
    verdict = next(v for v in m.merge(session).intake.verdicts if v.assessor_id == "A001")
    assert verdict.state == "refused" and "revoked" in verdict.reason


def test_revoked_keys_travel_in_the_event_package(demo: DemoSummary) -> None:
    from gm100_desktop.domain.event import event_to_dict, parse_event

    d = m.open_event(demo.event_file).event.definition
    assert "revoked_keys" not in event_to_dict(d)  # old packages keep their bytes
    marked = dataclasses.replace(d, revoked_keys=("0123456789abcdef",))
    again = parse_event(event_to_dict(marked), "event.json")
    assert again.revoked_keys == ("0123456789abcdef",)
    broken = {**event_to_dict(marked), "revoked_keys": ["not-a-key-id"]}
    with pytest.raises(GM100Error, match="revoked_keys"):
        parse_event(broken, "event.json")


def test_a_double_clicked_file_opens_in_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import gm100_desktop.ui.app as app

    opened: list[object] = []
    monkeypatch.setattr(app, "run_gui", lambda **kw: opened.append(kw) or 0)
    assert main(["--lang", "id", "/media/usb/A01.gm100bundle"]) == 0
    assert opened[-1] == {"check": False, "language": "id", "open_file": Path("/media/usb/A01.gm100bundle")}
    assert main(["/tmp/event.gm100event"]) == 0
    assert opened[-1]["open_file"] == Path("/tmp/event.gm100event")  # type: ignore[index]
