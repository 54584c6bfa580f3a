"""The regions CSV reader: the official 514 import whole; a file with bad rows is refused whole, by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gm100_desktop.errors import CsvFileError
from gm100_desktop.services.demo_files import write_demo_files
from gm100_desktop.services.regions_csv import read_regions_csv


def test_the_official_514_regions_of_2019_import(regions_csv: Path) -> None:
    regions = read_regions_csv(regions_csv)
    assert len(regions) == 514
    assert sum(g.kind == "kota" for g in regions) == 98
    by_code = {g.code: g for g in regions}
    assert by_code["32.73"].name == "Kota Bandung"
    assert by_code["32.73"].province == "Jawa Barat"
    assert by_code["33.27"].name == "Kabupaten Pemalang"


def _write(tmp_path: Path, text: str, name: str = "regions.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bad_row_is_named_by_its_line_and_nothing_is_returned(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "code,name,province,kind\n"
        "32.73,Kota Bandung,Jawa Barat,kota\n"
        "32.7,Kota Bekasi,Jawa Barat,kota\n"  # a spreadsheet ate the trailing zero
        "32.73,Kota Bandung lagi,Jawa Barat,kota\n"
        "35.10,,Jawa Timur,kabupaten\n"
        "35.78,Kota Surabaya,Jawa Timur,metropolitan\n",
    )
    with pytest.raises(CsvFileError) as err:
        read_regions_csv(path)
    message = err.value.message
    assert message.startswith("regions.csv: 4 problem(s); nothing was imported.")
    assert (
        'line 3: code "32.7" is not a Kemendagri code like 32.73 (did a spreadsheet turn it into a number?)'
        in message
    )
    assert "line 4: code 32.73 is already on line 2" in message
    assert "line 5: the name is empty" in message
    assert 'line 6: kind "metropolitan" must be kabupaten or kota' in message


def test_header_without_code_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "kode,nama\n32.73,Kota Bandung\n")
    with pytest.raises(CsvFileError, match="line 1: the header needs the columns code, name"):
        read_regions_csv(path)


def test_not_utf8_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("code,name\n32.73,Kota Bandung Ã©\n".encode("cp1252", errors="replace") + b"\xff\n")
    with pytest.raises(CsvFileError, match=r"(?s)latin1\.csv: .*not UTF-8"):
        read_regions_csv(path)


def test_a_byte_order_mark_and_blank_lines_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffcode,name\r\n32.73,Kota Bandung\r\n\r\n35.10,Kabupaten Banyuwangi\r\n".encode())
    assert [g.code for g in read_regions_csv(path)] == ["32.73", "35.10"]


def test_demo_draws_from_a_regions_file_when_given(tmp_path: Path, regions_csv: Path) -> None:
    summary = write_demo_files(
        tmp_path / "demo", regions=30, assessors=3, panels=1, kdf_n=1024, regions_file=regions_csv
    )
    assert summary.regions == 30


def test_demo_without_a_file_uses_real_regions_first_then_synthetic_ones(tmp_path: Path) -> None:
    from gm100_desktop.services.demo_files import region_catalogue

    catalogue = region_catalogue(None, 20)
    assert catalogue[0]["name"] == "Kota Bandung"
    assert len(catalogue) == 20
    assert catalogue[12]["code"] == "99.013"
    assert catalogue[12]["province"] == "Provinsi Contoh"
