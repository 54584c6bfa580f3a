"""Building the event from the chair's lists: assessors placed, conflicts read, all problems at once."""

from __future__ import annotations

from collections import Counter
from datetime import date, time
from pathlib import Path

import pytest

from gm100_desktop.domain.event import Conflict, Region, RosterEntry
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.domain.planner import DayTimes
from gm100_desktop.errors import CsvFileError, EventPlanError, GM100Error
from gm100_desktop.services.conflicts_csv import read_conflicts_csv, read_soft_conflicts_csv
from gm100_desktop.services.event_builder import (
    build_event_definition,
    draft_event,
    event_id_for,
    next_version,
)
from gm100_desktop.services.rubrics import builtin_rubric

START = date(2019, 2, 21)
RUBRIC = builtin_rubric("gm100_readiness")
REGIONS = [
    Region(f"{p}.{k:02d}", f"Kabupaten {p}{k}", prov, "kabupaten")
    for p, prov in (("32", "Jawa Barat"), ("33", "Jawa Tengah"), ("34", "DI Yogyakarta"))
    for k in range(1, 9)
]
ROLES = ("government", "academic", "practitioner")


def roster(count: int = 12) -> list[RosterEntry]:
    return [
        RosterEntry(f"A{i:02d}", f"Asesor {i}", "UGM" if i == 2 else "Kominfo", ROLES[i % 3], "")
        for i in range(1, count + 1)
    ]


def test_assessors_without_a_panel_are_spread_evenly_mixing_roles() -> None:
    d = build_event_definition("Seleksi", REGIONS, roster(), RUBRIC, 3, START, 1)
    seated = Counter(a.panel_id for a in d.roster)
    assert seated == {"P1": 4, "P2": 4, "P3": 4}
    for panel in ("P1", "P2", "P3"):
        assert {a.role for a in d.roster if a.panel_id == panel} == set(ROLES)
    assert [p.room for p in d.panels] == ["Ruang 1", "Ruang 2", "Ruang 3"]
    assert len(d.schedule) == 24 and d.event_id == "gm100-seleksi-2019-02-21"


def test_soft_conflicts_steer_regions_away_from_the_tied_institution() -> None:
    draft = draft_event(
        "Seleksi", REGIONS, roster(), RUBRIC, 3, START, 1, soft_conflicts=[("ugm", "di yogyakarta")]
    )
    ugm_panel = next(a.panel_id for a in draft.definition.roster if a.institution == "UGM")
    yogya = {g.code for g in REGIONS if g.province == "DI Yogyakarta"}
    assert all(s.panel_id != ugm_panel for s in draft.definition.schedule if s.region_code in yogya)
    assert draft.ok and not [w for w in draft.warnings if "tied" in w.text]


def test_every_problem_is_listed_in_one_refusal() -> None:
    shared = SecretKey.generate().public_key().to_base64()
    people = roster(4)
    people[0] = RosterEntry("A01", "Rina", "ITB", "academic", "P1", shared)
    people[1] = RosterEntry("A02", "Budi", "UI", "academic", "P2", shared)
    people[2] = RosterEntry("A03", "Sari", "UI", "academic", "P7")
    with pytest.raises(EventPlanError) as err:
        build_event_definition(
            "Seleksi",
            REGIONS,
            people,
            RUBRIC,
            2,
            START,
            1,
            conflicts=[Conflict("A99", "32.01"), Conflict("A01", "99.99")],
            times=DayTimes(time(8, 30), time(10, 0)),
        )
    message = err.value.message
    assert message.startswith("The event package was not written: 5 problem(s) to resolve first.")
    assert 'Assessor A03 is placed in panel "P7", which does not exist.' in message
    assert "Assessors A01 and A02 have the same public key" in message
    assert "names assessor A99, who is not in the roster" in message
    assert "names region 99.99, which is not invited" in message
    assert "24 regions but only 4 presentation slots" in message
    assert "No public key enrolled for A03, A04" not in message  # a warning, not a problem


def test_keyless_assessors_are_a_warning() -> None:
    draft = draft_event("Seleksi", REGIONS, roster(), RUBRIC, 3, START, 1)
    assert draft.ok
    assert any(w.text.startswith("No public key enrolled for A01, A02") for w in draft.warnings)


def test_event_ids_and_versions() -> None:
    assert event_id_for("Seleksi GM100 Tahap Ketiga — Ciputat", START) == (
        "gm100-seleksi-tahap-ketiga-ciputat-2019-02-21"
    )
    assert event_id_for("GM100", START) == "gm100-2019-02-21"
    assert next_version(None) == 1 and next_version(3) == 4 and next_version(3, 7) == 7
    with pytest.raises(GM100Error, match="needs a version above 3"):
        next_version(3, 3)


def test_conflicts_csv_names_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "coi.csv"
    path.write_text(
        "assessor_id,region_code,reason\nA01,32.01,Asal daerah\nA01,32.01,lagi\nA77,32.02,\nA02,11.01,\n",
        encoding="utf-8",
    )
    with pytest.raises(CsvFileError) as err:
        read_conflicts_csv(path, {"A01", "A02"}, {g.code for g in REGIONS})
    assert err.value.problems == [
        "line 3: A01 and 32.01 are already on line 2",
        "line 4: assessor A77 is not in the roster",
        "line 5: region 11.01 is not one of the event's regions",
    ]
    path.write_text("assessor_id,region_code,reason\nA01,32.01,Asal daerah\n", encoding="utf-8")
    assert read_conflicts_csv(path, {"A01"}, {"32.01"}) == [Conflict("A01", "32.01", "Asal daerah")]
    ties = tmp_path / "ties.csv"
    ties.write_text("institution,province\nUGM,DI Yogyakarta\nITB,\n", encoding="utf-8")
    with pytest.raises(CsvFileError, match="line 3: both institution and province are needed"):
        read_soft_conflicts_csv(ties)
