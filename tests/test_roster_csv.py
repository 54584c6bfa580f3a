"""The roster CSV and key enrolment: all or nothing, every bad row named by line, no key shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from gm100_desktop.domain.event import RosterEntry
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.errors import (
    CsvFileError,
    FingerprintMismatchError,
    KeyFileError,
    KeyInUseError,
    NotInRosterError,
)
from gm100_desktop.services.roster_csv import enrol_public_key, enrol_public_key_file, read_roster_csv

KEYS = [SecretKey.generate().public_key() for _ in range(3)]
PANELS = ("P1", "P2")


def write(tmp_path: Path, text: str, name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_roster_imports_whole(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "assessor_id,name,institution,panel,public_key,role\n"
        f"A01,Rina Hartono,ITB,p1,{KEYS[0].to_base64()},academic\n"
        f'A02,"Budi Santoso, M.T.",Kementerian Kominfo,P2,"{KEYS[1].to_file()}",Pemerintah\n'
        "A03,Sari Wulandari,IKTII,,,\n",
    )
    roster = read_roster_csv(path, PANELS)
    assert roster == [
        RosterEntry("A01", "Rina Hartono", "ITB", "academic", "P1", KEYS[0].to_base64()),
        RosterEntry(
            "A02", "Budi Santoso, M.T.", "Kementerian Kominfo", "government", "P2", KEYS[1].to_base64()
        ),
        RosterEntry("A03", "Sari Wulandari", "IKTII", "", "", ""),  # placed later by the event builder
    ]


def test_the_required_columns_are_enough(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffAssessor_ID,Name,Institution,Panel\r\nA01,Rina,ITB,P7\r\n")
    assert read_roster_csv(path) == [RosterEntry("A01", "Rina", "ITB", "", "P7")]


def test_every_bad_row_is_named_by_line_and_nothing_is_imported(tmp_path: Path) -> None:
    shared = KEYS[2].to_base64()
    path = write(
        tmp_path,
        "assessor_id,name,institution,panel,public_key,role\n"
        f"A01,Rina Hartono,ITB,P1,{shared},academic\n"  # line 2
        "A02,,UI,P1,,academic\n"  # line 3: no name
        "A01,Rina lagi,ITB,P2,,academic\n"  # line 4: id repeated
        "A04,Agus,UGM,P9,,academic\n"  # line 5: unknown panel
        "A05,Dewi,UGM,P2,RWQnot-a-key,academic\n"  # line 6: malformed key
        f"A06,Hendra,Bappenas,P2,{shared},government\n"  # line 7: key of line 2
        "A07,Wahyu,Bappenas,P2,,minister\n"  # line 8: unknown role
        "A 08,Indah,UI,P1,,\n",  # line 9: space in the id
    )
    with pytest.raises(CsvFileError) as err:
        read_roster_csv(path, PANELS)
    message = err.value.message
    assert message.startswith("roster.csv: 7 problem(s); nothing was imported.")
    assert "line 3: the name is empty" in message
    assert "line 4: assessor A01 is already on line 2" in message
    assert 'line 5: panel "P9" is not one of P1, P2' in message
    assert "line 6: the public key is not a minisign public key" in message
    assert (
        f"line 7: the public key of A06 is the one of A01 on line 2 (key id {KEYS[2].key_id_hex})" in message
    )
    assert 'line 8: role "minister" must be government, academic or practitioner' in message
    assert 'line 9: assessor id "A 08" must be' in message


def test_a_header_without_the_roster_columns_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "id,nama\nA01,Rina\n")
    with pytest.raises(CsvFileError, match="line 1: the header needs the columns assessor_id, name"):
        read_roster_csv(path)


def test_a_row_longer_than_the_header_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "assessor_id,name,institution,panel\nA01,Rina,ITB,P1,extra\n")
    with pytest.raises(CsvFileError, match="line 2: more fields than the header has"):
        read_roster_csv(path)


ROSTER = (
    RosterEntry("A01", "Rina", "ITB", "academic", "P1", KEYS[0].to_base64()),
    RosterEntry("A02", "Budi", "UI", "academic", "P1"),
)


def test_enrolling_a_pasted_key_or_a_pub_file(tmp_path: Path) -> None:
    roster = enrol_public_key(ROSTER, "A02", KEYS[1].to_base64(), "pasted", fingerprint=KEYS[1].fingerprint)
    assert roster[1].public_key == KEYS[1].to_base64() and roster[0] == ROSTER[0]
    pub = tmp_path / "budi.pub"
    pub.write_text(KEYS[1].to_file())
    assert enrol_public_key_file(ROSTER, "A02", pub) == roster
    lowercase_no_spaces = KEYS[1].fingerprint.replace(" ", "").lower()
    assert enrol_public_key(ROSTER, "A02", KEYS[1].to_file(), "x", fingerprint=lowercase_no_spaces) == roster


def test_enrolment_mismatches_are_refused() -> None:
    with pytest.raises(FingerprintMismatchError, match="not enrolled"):
        enrol_public_key(ROSTER, "A02", KEYS[1].to_base64(), "budi.pub", fingerprint=KEYS[2].fingerprint)
    with pytest.raises(KeyInUseError) as err:
        enrol_public_key(ROSTER, "A02", KEYS[0].to_base64(), "budi.pub")
    assert f"The public key {KEYS[0].key_id_hex} is already enrolled for assessor A01" in err.value.message
    with pytest.raises(NotInRosterError, match="Assessor A99 is not in the roster"):
        enrol_public_key(ROSTER, "A99", KEYS[1].to_base64(), "x")
    with pytest.raises(KeyFileError):
        enrol_public_key(ROSTER, "A02", "not a key", "budi.pub")
