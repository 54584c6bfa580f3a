"""`gm100 event create`: from the chair's CSV files to a signed package that minisign and assessors accept."""

from __future__ import annotations

import csv
import itertools
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from signing_support import CHEAP_KDF_N, PASSPHRASE, extract, minisign_verify
from sqlalchemy import select

from gm100_desktop import paths
from gm100_desktop.cli import main
from gm100_desktop.domain.event import ASSESSOR_ROLES
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.models import tables as t
from gm100_desktop.models.store import open_store
from gm100_desktop.services import scoring
from gm100_desktop.services.event_package import load_event_package
from gm100_desktop.services.events import set_workspace
from gm100_desktop.services.identity import identity_path, load_identity

ME = "A07"  # the roster entry of the assessor whose laptop imports the event


@dataclass
class Venue:
    chair_dir: Path
    assessor_dir: Path
    regions: Path
    roster: Path
    conflicts: Path
    folder: Path

    def create(self, *extra: str, roster: Path | None = None) -> list[str]:
        return [
            "event", "create", "--name", "Seleksi GM100 2019", "--regions", str(self.regions),
            "--roster", str(roster or self.roster), "--rubric", "builtin:gm100_readiness", "--panels", "8",
            "--start", "2019-02-21", "--days", "2", "--day-start", "08:00", "--day-end", "17:30",
            "--conflicts", str(self.conflicts), "--chair-name", "Ketua Panel Seleksi", *extra,
        ]  # fmt: skip


@pytest.fixture
def venue(
    tmp_path: Path, regions_csv: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Venue:
    """165 of the official regions, 40 assessors with keys (A07's made on its own laptop), 20 conflicts."""
    monkeypatch.setenv("GM100_KDF_N", CHEAP_KDF_N)
    monkeypatch.setenv("GM100_PASSPHRASE", PASSPHRASE)
    assessor_dir, chair_dir = tmp_path / "assessor-laptop", tmp_path / "chair-laptop"
    monkeypatch.setenv("GM100_DATA_DIR", str(assessor_dir))
    assert main(["identity", "create", "--name", "Rina Hartono", "--id", ME]) == 0
    my_key = load_identity(identity_path("assessor")).public_key
    monkeypatch.setenv("GM100_DATA_DIR", str(chair_dir))
    assert main(["identity", "create", "--name", "Ketua Panel", "--role", "chair"]) == 0
    capsys.readouterr()

    with regions_csv.open(encoding="utf-8", newline="") as fh:
        chosen = list(csv.DictReader(fh))[::3][:165]
    regions = tmp_path / "regions.csv"
    with regions.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "name", "province", "kind"])
        writer.writerows([g["code"], g["name"], g["province"], g["kind"]] for g in chosen)
    roster = tmp_path / "roster.csv"
    with roster.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["assessor_id", "name", "institution", "panel", "public_key", "role"])
        for i in range(1, 41):
            aid = f"A{i:02d}"
            key = my_key if aid == ME else SecretKey.generate().public_key()
            role = ASSESSOR_ROLES[i % 3]
            writer.writerow([aid, f"Asesor {i}", "Universitas Indonesia", "", key.to_base64(), role])
    conflicts = tmp_path / "conflicts.csv"
    conflicts.write_text(
        "assessor_id,region,reason\n"
        + "".join(f"A{i:02d},{chosen[i * 8]['code']},Berasal dari daerah ini\n" for i in range(1, 21)),
        encoding="utf-8",
    )
    return Venue(chair_dir, assessor_dir, regions, roster, conflicts, tmp_path)


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_create_writes_a_signed_package_with_every_region_scheduled(
    venue: Venue, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = venue.folder / "seleksi.gm100event"
    code, out, err = run(capsys, venue.create("--out", str(out_file)))
    assert code == 0, err
    assert f"Wrote {out_file}" in out
    assert "Regions:   165 in 8 panels; 40 assessors" in out
    assert "11 slots a day per panel" in out and "The panels are not connected" in out

    package = load_event_package(out_file)
    d = package.definition
    assert (d.event_id, d.version, package.chair_name) == (
        "gm100-seleksi-2019-2019-02-21",
        1,
        "Ketua Panel Seleksi",
    )
    assert len(d.regions) == 165 and len(d.panels) == 8 and len(d.roster) == 40 and len(d.conflicts) == 20
    assert sorted(s.region_code for s in d.schedule) == sorted(g.code for g in d.regions)
    panel_of = {a.assessor_id: a.panel_id for a in d.roster}
    assert sorted(sum(p == panel.id for p in panel_of.values()) for panel in d.panels) == [5] * 8
    slots = {s.region_code: s for s in d.schedule}
    for c in d.conflicts:
        assert slots[c.region_code].panel_id != panel_of[c.assessor_id]
    for panel in d.panels:
        mine = sorted((s for s in d.schedule if s.panel_id == panel.id), key=lambda s: s.start)
        assert all(a.end <= b.start for a, b in itertools.pairwise(mine))


@pytest.mark.skipif(shutil.which("minisign") is None, reason="the stock minisign tool is not installed")
def test_the_package_verifies_with_the_stock_minisign(
    venue: Venue, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = venue.folder / "event.gm100event"
    assert run(capsys, venue.create("--out", str(out_file)))[0] == 0
    folder = extract(out_file, venue.folder / "unzipped")
    chair_pub = venue.folder / "chair.pub"
    assert main(["identity", "export-public", "--role", "chair", "--out", str(chair_pub)]) == 0
    result = minisign_verify(folder / "event.json", chair_pub)  # the key the chair hands out in person
    assert result.returncode == 0, result.stderr
    assert "gm100-event event:gm100-seleksi-2019-2019-02-21 version:1" in result.stdout
    (folder / "event.json").write_bytes((folder / "event.json").read_bytes().replace(b"Kota", b"KOTA", 1))
    assert minisign_verify(folder / "event.json", folder / "chair.pub").returncode != 0


def test_an_assessor_in_the_roster_imports_it_and_cannot_pose_as_another(
    venue: Venue, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out_file = venue.folder / "event.gm100event"
    assert run(capsys, venue.create("--out", str(out_file)))[0] == 0
    monkeypatch.setenv("GM100_DATA_DIR", str(venue.assessor_dir))

    code, out, err = run(capsys, ["event", "import", str(out_file), "--as", "A08", "--yes"])
    assert code == 1 and "The chair registered key" in err and "for assessor A08" in err  # enrolment mismatch

    code, out, err = run(capsys, ["event", "import", str(out_file), "--yes"])
    assert code == 0, err
    assert f"You score as {ME} (matched by your key)" in out
    assert "Installed gm100-seleksi-2019-2019-02-21 version 1." in out


def test_a_key_used_twice_in_the_roster_is_refused_naming_both_lines_and_nothing_is_written(
    venue: Venue, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = venue.roster.read_text(encoding="utf-8").splitlines()
    rows = [line.split(",") for line in lines]
    rows[12][4] = rows[3][4]  # A12 (line 13) hands in A03's key (line 4)
    bad = venue.folder / "roster_bad.csv"
    bad.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    out_file = venue.folder / "event.gm100event"
    code, _, err = run(capsys, venue.create("--out", str(out_file), roster=bad))
    assert code == 1
    assert "roster_bad.csv: 1 problem(s); nothing was imported." in err
    assert "line 13: the public key of A12 is the one of A03 on line 4" in err
    assert "no event package was written" in err
    assert not out_file.exists()


def test_every_problem_is_named_and_no_package_written_until_resolved(
    venue: Venue, capsys: pytest.CaptureFixture[str]
) -> None:
    conflicts = venue.folder / "conflicts_bad.csv"
    conflicts.write_text("assessor_id,region\nA99,32.73\nA01,99.99\n", encoding="utf-8")
    out_file = venue.folder / "event.gm100event"
    code, _, err = run(capsys, [*venue.create("--out", str(out_file)), "--conflicts", str(conflicts)])
    assert code == 1 and not out_file.exists()
    assert "line 2: assessor A99 is not in the roster" in err
    assert "line 3: region 99.99 is not one of the event's regions" in err

    code, _, err = run(
        capsys, [*venue.create("--out", str(out_file)), "--day-start", "08:30", "--day-end", "17:00"]
    )
    assert code == 1 and not out_file.exists()
    assert "The event package was not written: 1 problem(s) to resolve first." in err
    assert "165 regions but only 144 presentation slots" in err
    assert "21 regions are left without a slot" in err and "3 days" in err


def test_a_new_version_keeps_the_event_id_and_raises_the_version(
    venue: Venue, capsys: pytest.CaptureFixture[str]
) -> None:
    first = venue.folder / "v1.gm100event"
    assert run(capsys, venue.create("--out", str(first)))[0] == 0
    code, _out, err = run(
        capsys,
        [*venue.create("--out", str(venue.folder)), "--previous", str(first), "--name", "Seleksi (revisi)"],
    )
    assert code == 0, err
    second = venue.folder / "gm100-seleksi-2019-2019-02-21-v2.gm100event"
    d = load_event_package(second).definition
    assert (d.event_id, d.version, d.name) == ("gm100-seleksi-2019-2019-02-21", 2, "Seleksi (revisi)")
    code, _, err = run(
        capsys, [*venue.create("--out", str(second)), "--previous", str(first), "--version", "1"]
    )
    assert code == 1 and "needs a version above 1" in err


@pytest.mark.skipif(shutil.which("minisign") is None, reason="the stock minisign tool is not installed")
def test_rotate_writes_the_seating_into_a_package_that_minisign_verifies_and_assessors_follow(
    venue: Venue, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out_file = venue.folder / "rotated.gm100event"
    code, out, err = run(capsys, venue.create("--out", str(out_file), "--rotate"))
    assert code == 0, err
    assert "Rotation:  assessors change panels each half day" in out
    assert "Design:    All panels are connected" in out

    folder = extract(out_file, venue.folder / "unzipped")
    assert minisign_verify(folder / "event.json", folder / "chair.pub").returncode == 0
    d = load_event_package(out_file).definition
    assert len(d.seating) == 40 * 4  # every assessor, each half day of the two days
    home = {a.assessor_id: a.panel_id for a in d.roster}
    panels_sat_in = {aid: {s.panel_id for s in d.seating if s.assessor_id == aid} for aid in home}
    assert sum(len(p) > 1 for p in panels_sat_in.values()) >= 8  # at least one rotating assessor per panel

    monkeypatch.setenv("GM100_DATA_DIR", str(venue.assessor_dir))
    code, out, err = run(capsys, ["event", "import", str(out_file), "--yes"])
    assert code == 0, err
    rotating = [a for a, p in sorted(panels_sat_in.items()) if len(p) > 1]
    for aid in (ME, *rotating[:2]):
        with open_store(paths.store_path()) as store:
            with store.transaction() as s:
                event = s.scalar(select(t.Event))
                assert event is not None
                set_workspace(s, event, aid)
            with store.transaction() as s:
                slots = scoring.panel_slots(s, scoring.open_context(s))
        expected = [x for x in d.schedule if aid in d.seated(x.panel_id, x.start)]
        assert [(x.panel_id, x.region_code) for x in slots] == [(x.panel_id, x.region_code) for x in expected]
        assert {x.panel_id for x in slots} == panels_sat_in[aid] & {x.panel_id for x in d.schedule}
