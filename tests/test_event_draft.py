"""The chair's event draft: pure operations, its JSON form, the problems it names, the versioned export."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, time
from pathlib import Path

import pytest
from signing_support import make_chair

from gm100_desktop.domain.event import Conflict, Region, RosterEntry
from gm100_desktop.domain.event_draft import EventDraft, draft_to_dict, parse_draft
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.errors import (
    CsvFileError,
    DraftDamagedError,
    EventError,
    EventPlanError,
    FingerprintMismatchError,
    GM100Error,
    KeyInUseError,
)
from gm100_desktop.services import event_draft as drafts
from gm100_desktop.services.event_package import load_event_package

REGIONS = [
    Region("32.73", "Kota Bandung", "Jawa Barat", "kota"),
    Region("32.04", "Kabupaten Bandung", "Jawa Barat", "kabupaten"),
    Region("35.10", "Kabupaten Banyuwangi", "Jawa Timur", "kabupaten"),
    Region("36.74", "Kota Tangerang Selatan", "Banten", "kota"),
]


def roster(n: int = 4) -> list[RosterEntry]:
    return [RosterEntry(f"A0{i}", f"Asesor {i}", "Universitas Indonesia", "", "") for i in range(1, n + 1)]


def ready_draft() -> EventDraft:
    draft = drafts.new_draft()
    draft.name = "Seleksi GM100 2019"
    draft.start_date = date(2019, 2, 21)
    draft.set_regions(REGIONS)
    draft.invite(g.code for g in REGIONS)
    draft.set_roster(roster())
    drafts.plan(draft)
    return draft


def test_invite_uninvite_and_unknown_codes() -> None:
    draft = EventDraft()
    draft.set_regions(REGIONS)
    assert draft.invite(["32.73", "35.10", "99.99"]) == 2
    assert draft.invited == {"32.73", "35.10"}
    assert draft.invite(["32.73"], invited=False) == 1
    draft.set_regions(REGIONS[1:])  # a new list drops invitations of codes no longer in it
    assert draft.invited == {"35.10"}


def test_weights_are_edited_and_must_be_positive() -> None:
    draft = drafts.new_draft()
    draft.set_weight("infrastructure", 2.0)
    draft.set_weight("INF1", 3.0)
    assert draft.rubric is not None
    assert draft.rubric.dimensions[0].weight == 2.0
    assert draft.rubric.criterion("INF1").weight == 3.0  # type: ignore[union-attr]
    with pytest.raises(GM100Error, match="greater than zero"):
        draft.set_weight("INF2", 0)


def test_json_round_trip_and_a_named_bad_field() -> None:
    draft = ready_draft()
    draft.set_indicators(["KKD"], {"32.73": (1.5,), "35.10": (None,)})
    draft.conflicts = [Conflict("A01", "32.73", "Berasal dari daerah ini")]
    draft.lunch = None
    draft.seed = 7
    draft.revoked_keys = ["0011223344556677"]
    data = json.loads(json.dumps(draft_to_dict(draft)))
    assert parse_draft(data, "draft.json") == draft
    data["day_start"] = "8.30"
    with pytest.raises(EventError, match="day_start"):
        parse_draft(data, "draft.json")


def test_a_ready_draft_exports_and_a_second_export_is_the_next_version(
    tmp_path: Path, cheap_keys: None
) -> None:
    draft = ready_draft()
    assert drafts.check(draft).ok, drafts.check(draft).problems
    chair = make_chair(tmp_path)
    first = drafts.export_package(draft, chair, tmp_path / "v1.gm100event")
    assert (first.version, draft.exported_version) == (1, 1)
    draft.day_end = time(18, 0)
    drafts.plan(draft)
    second = drafts.export_package(draft, chair, tmp_path / "v2.gm100event")
    assert second.version == 2 and second.event_id == first.event_id
    package = load_event_package(tmp_path / "v2.gm100event")
    assert package.definition.version == 2 and package.sha256 == draft.package_sha256


def test_export_is_refused_listing_every_problem(tmp_path: Path, cheap_keys: None) -> None:
    draft = ready_draft()
    draft.roster.append(draft.roster[0])  # A01 twice
    draft.invite(["36.74"], invited=False)
    draft.schedule = []  # every region without a slot
    with pytest.raises(EventPlanError) as caught:
        drafts.export_package(draft, make_chair(tmp_path), tmp_path / "e.gm100event")
    text = "\n".join(caught.value.problems)
    assert "A01 is in the roster twice" in text
    assert "3 invited regions have no slot" in text
    assert not (tmp_path / "e.gm100event").exists()
    assert draft.exported_version == 0


def test_a_region_left_without_a_slot_is_named() -> None:
    draft = ready_draft()
    draft.schedule = [s for s in draft.schedule if s.region_code != "35.10"]
    problems = drafts.check(draft).problems
    assert any("Region 35.10 Kabupaten Banyuwangi has no slot" in p.text for p in problems)
    assert drafts.plan(draft).ok
    draft.invite(["36.74"], invited=False)  # the lists changed after planning
    assert any("plan the schedule again" in p.text for p in drafts.check(draft).problems)
    assert drafts.plan(draft).ok


def test_key_enrolment_needs_the_right_fingerprint_and_a_key_of_ones_own() -> None:
    draft = ready_draft()
    key = SecretKey.generate().public_key()
    with pytest.raises(FingerprintMismatchError):
        drafts.enrol_key(draft, "A01", key.to_file(), "A01.pub", "0000 0000 0000 0000 0000 0000 0000 0000")
    with pytest.raises(GM100Error, match="Type the fingerprint"):
        drafts.enrol_key(draft, "A01", key.to_file(), "A01.pub", "")
    drafts.enrol_key(draft, "A01", key.to_file(), "A01.pub", key.fingerprint)
    assert draft.assessor("A01").public_key == key.to_base64()  # type: ignore[union-attr]
    assert draft.confirmed == {"A01"}
    with pytest.raises(KeyInUseError):
        drafts.enrol_key(draft, "A02", key.to_base64(), "pasted", key.fingerprint)


def test_a_revoked_key_is_kept_and_cannot_come_back() -> None:
    draft = ready_draft()
    key = SecretKey.generate().public_key()
    drafts.enrol_key(draft, "A02", key.to_base64(), "pasted", key.fingerprint)
    assert draft.revoke_key("A02") == key.key_id_hex
    assert draft.assessor("A02").public_key == "" and "A02" not in draft.confirmed  # type: ignore[union-attr]
    with pytest.raises(GM100Error, match="revoked"):
        drafts.enrol_key(draft, "A02", key.to_base64(), "pasted", key.fingerprint)
    draft.roster = [
        dataclasses.replace(a, public_key=key.to_base64()) if a.assessor_id == "A03" else a
        for a in draft.roster
    ]
    assert any("was revoked" in p.text for p in drafts.check(draft).problems)


def test_roster_and_indicator_files_naming_unknown_regions_are_refused(tmp_path: Path) -> None:
    draft = ready_draft()
    indicators = tmp_path / "indicators.csv"
    indicators.write_text("code,KKD\n32.73,1.5\n99.01,2\n", encoding="utf-8")
    with pytest.raises(CsvFileError, match=r"line 3: region 99\.01 is not one of the event's regions"):
        drafts.import_indicators(draft, indicators)
    conflicts = tmp_path / "conflicts.csv"
    conflicts.write_text("assessor_id,region\nA01,99.01\nA09,32.73\n", encoding="utf-8")
    with pytest.raises(CsvFileError) as caught:
        drafts.import_conflicts(draft, conflicts)
    assert caught.value.problems == [
        "line 2: region 99.01 is not one of the event's regions",
        "line 3: assessor A09 is not in the roster",
    ]
    duplicate = tmp_path / "roster.csv"
    duplicate.write_text("assessor_id,name,institution,panel\nA01,X,,\nA01,Y,,\n", encoding="utf-8")
    with pytest.raises(CsvFileError, match="line 3: assessor A01 is already on line 2"):
        drafts.import_roster(draft, duplicate)
    assert [a.name for a in draft.roster] == ["Asesor 1", "Asesor 2", "Asesor 3", "Asesor 4"]


def test_a_damaged_draft_is_moved_aside_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "draft.gm100draft.json"
    path.write_text('{"format": "gm100-event-draft"}', encoding="utf-8")
    with pytest.raises(DraftDamagedError) as caught:
        drafts.load_draft(path)
    assert "format_version" in str(caught.value)
    kept = list(tmp_path.glob("draft.gm100draft.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").startswith('{"format"')
    assert drafts.load_draft(path).regions == []  # a new draft


def test_a_slot_moved_by_hand_is_kept_checked_and_exported(tmp_path: Path, cheap_keys: None) -> None:
    draft = ready_draft()
    bandung = draft.slot_of("32.73")
    other = next(s for s in draft.schedule if s.panel_id != bandung.panel_id)  # type: ignore[union-attr]
    draft.swap_slots("32.73", other.region_code)
    assert draft.schedule_edited
    assert draft.slot_of("32.73").panel_id == other.panel_id  # type: ignore[union-attr]
    assert drafts.check(draft).ok, drafts.check(draft).problems  # no "plan again": the hand edit stands
    free = max(s.end for s in draft.schedule)
    draft.move_slot("35.10", "P1", free, free + (bandung.end - bandung.start))  # type: ignore[union-attr]
    with pytest.raises(GM100Error, match="already presents to P1"):
        draft.move_slot("36.74", "P1", free, free + (bandung.end - bandung.start))  # type: ignore[union-attr]
    assert parse_draft(json.loads(json.dumps(draft_to_dict(draft))), "d.json") == draft
    drafts.export_package(draft, make_chair(tmp_path), tmp_path / "e.gm100event")
    exported = load_event_package(tmp_path / "e.gm100event").definition
    assert {(s.region_code, s.panel_id, s.start) for s in exported.schedule} == {
        (s.region_code, s.panel_id, s.start) for s in draft.schedule
    }


def test_a_conflict_created_by_a_hand_move_blocks_the_export(tmp_path: Path, cheap_keys: None) -> None:
    draft = ready_draft()
    draft.add_conflict("A01", "32.73", "Berasal dari daerah ini")
    drafts.plan(draft)
    home = draft.assessor("A01").panel_id  # type: ignore[union-attr]
    assert draft.slot_of("32.73").panel_id != home  # type: ignore[union-attr]
    target = next(s for s in draft.schedule if s.panel_id == home)
    draft.swap_slots("32.73", target.region_code)
    problems = [p.text for p in drafts.check(draft).problems]
    assert any("32.73 Kota Bandung" in p and f"panel {home}" in p and "A01" in p for p in problems)
    with pytest.raises(EventPlanError):
        drafts.export_package(draft, make_chair(tmp_path), tmp_path / "e.gm100event")


def test_conflicts_typed_by_the_chair() -> None:
    draft = ready_draft()
    draft.add_conflict("A02", "35.10", "Pernah bekerja di sana")
    draft.add_conflict("A02", "35.10", "Keluarga")  # the same pair: the reason changes
    assert draft.conflicts == [Conflict("A02", "35.10", "Keluarga")]
    with pytest.raises(GM100Error, match="not in the roster"):
        draft.add_conflict("A09", "35.10")
    with pytest.raises(GM100Error, match="not one of the imported regions"):
        draft.add_conflict("A02", "99.01")
    assert draft.remove_conflict("A02", "35.10") and draft.conflicts == []
    assert not draft.remove_conflict("A02", "35.10")


def test_panels_are_named_with_their_room_and_exported(tmp_path: Path, cheap_keys: None) -> None:
    draft = ready_draft()
    draft.set_panel("P1", " Panel Nusantara ", "Ruang Nusantara A")
    with pytest.raises(GM100Error, match="needs a name"):
        draft.set_panel("P2", " ", "")
    with pytest.raises(GM100Error, match="no panel P7"):
        draft.set_panel("P7", "X", "")
    drafts.set_panel_count(draft, 3)  # panels that remain keep their names and rooms
    assert [(p.name, p.room) for p in draft.panels[:1]] == [("Panel Nusantara", "Ruang Nusantara A")]
    drafts.set_panel_count(draft, 2)
    drafts.plan(draft)
    drafts.export_package(draft, make_chair(tmp_path), tmp_path / "e.gm100event")
    panels = load_event_package(tmp_path / "e.gm100event").definition.panels
    assert (panels[0].name, panels[0].room) == ("Panel Nusantara", "Ruang Nusantara A")


def test_importing_conflicts_adds_to_those_typed_and_a_fresh_plan_clears_hand_edits(tmp_path: Path) -> None:
    draft = ready_draft()
    draft.add_conflict("A01", "35.10", "Typed by the chair")
    path = tmp_path / "conflicts.csv"
    path.write_text(
        "assessor_id,region,reason\nA02,35.10,Dari file\nA01,35.10,Alasan dari file\n", encoding="utf-8"
    )
    assert drafts.import_conflicts(draft, path) == 2
    assert sorted((c.assessor_id, c.reason) for c in draft.conflicts) == [
        ("A01", "Alasan dari file"),
        ("A02", "Dari file"),
    ]
    draft.schedule_edited = True
    drafts.plan(draft)
    assert not draft.schedule_edited


def test_soft_conflicts_are_kept_in_the_json_and_older_drafts_still_load(tmp_path: Path) -> None:
    draft = ready_draft()
    assert draft.add_soft_conflict(" Universitas  Indonesia ", "Jawa Barat")
    assert not draft.add_soft_conflict("universitas indonesia", "JAWA BARAT")  # the same pair for the planner
    with pytest.raises(GM100Error, match="both an institution and a province"):
        draft.add_soft_conflict("Institut Teknologi Bandung", " ")
    path = tmp_path / "ties.csv"
    path.write_text("institution,province\nInstitut Teknologi Bandung,Jawa Barat\n", encoding="utf-8")
    assert drafts.import_soft_conflicts(draft, path) == 1
    assert draft.soft_conflicts == [
        ("Universitas Indonesia", "Jawa Barat"),
        ("Institut Teknologi Bandung", "Jawa Barat"),
    ]
    data = json.loads(json.dumps(draft_to_dict(draft)))
    assert parse_draft(data, "draft.json") == draft
    del data["soft_conflicts"]  # a draft saved before soft conflicts were kept
    assert parse_draft(data, "draft.json").soft_conflicts == []
    assert draft.remove_soft_conflict("UNIVERSITAS INDONESIA", "jawa barat")
    assert not draft.remove_soft_conflict("Universitas Indonesia", "Jawa Barat")
    draft.set_soft_conflicts([("Kominfo", "Banten"), ("kominfo", "banten")])
    assert draft.soft_conflicts == [("Kominfo", "Banten")]


def test_a_soft_conflict_steers_the_plan_and_else_is_a_warning_naming_who_and_where() -> None:
    draft = ready_draft()
    draft.set_roster(
        dataclasses.replace(a, institution="Institut Teknologi Bandung") if a.assessor_id == "A01" else a
        for a in roster()
    )
    drafts.plan(draft)
    home = draft.assessor("A01").panel_id  # type: ignore[union-attr]
    west_java = {"32.73", "32.04"}
    assert any(draft.slot_of(code).panel_id == home for code in west_java)  # type: ignore[union-attr]
    draft.add_soft_conflict("Institut Teknologi Bandung", "Jawa Barat")
    check = drafts.plan(draft)
    assert all(draft.slot_of(code).panel_id != home for code in west_java)  # type: ignore[union-attr]
    assert check.ok and not [w for w in check.warnings if "tied to that province" in w.text]

    draft.add_soft_conflict("Universitas Indonesia", "Jawa Barat")  # someone of UI sits in every panel
    check = drafts.plan(draft)
    assert check.ok, check.problems  # a warning, never a blocking problem
    tied = [w.text for w in check.warnings if "tied to that province" in w.text]
    assert len(tied) == 2
    assert any("32.73 Kota Bandung" in w and "(Universitas Indonesia)" in w for w in tied)
    assert any("32.04 Kabupaten Bandung" in w and "A0" in w for w in tied)


def test_soft_conflict_warnings_follow_a_schedule_edited_by_hand() -> None:
    draft = ready_draft()
    draft.set_roster(
        dataclasses.replace(a, institution="Institut Teknologi Bandung") if a.assessor_id == "A01" else a
        for a in roster()
    )
    draft.add_soft_conflict("Institut Teknologi Bandung", "Jawa Barat")
    check = drafts.plan(draft)
    assert not [w for w in check.warnings if "tied to that province" in w.text]  # the planner steered away
    home = draft.assessor("A01").panel_id  # type: ignore[union-attr]
    bandung = draft.slot_of("32.73")
    other = next(s for s in draft.schedule if s.panel_id == home)
    draft.swap_slots("32.73", other.region_code)  # the chair puts Bandung before A01's panel after all
    assert draft.slot_of("32.73").panel_id == home  # type: ignore[union-attr]
    tied = [w.text for w in drafts.check(draft).warnings if "tied to that province" in w.text]
    assert len(tied) == 1 and "32.73 Kota Bandung" in tied[0] and "moved by hand" in tied[0]
    draft.swap_slots("32.73", other.region_code)  # and back: the warning goes
    assert draft.slot_of("32.73") == bandung
    assert not [w for w in drafts.check(draft).warnings if "tied to that province" in w.text]
