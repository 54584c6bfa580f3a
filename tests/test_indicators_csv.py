"""Pre-selection indicators CSV: numbers by column, missing cells, every bad cell and row named."""

from __future__ import annotations

from pathlib import Path

import pytest

from gm100_desktop.errors import CsvFileError
from gm100_desktop.services.indicators_csv import read_indicators_csv
from gm100_desktop.services.regions_csv import read_regions_csv

KNOWN = {"32.73", "35.10", "36.74"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "indicators.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_indicators_import_by_column_with_missing_values(tmp_path: Path) -> None:
    path = write(tmp_path, "Code,KKD,Indeks Kota Hijau\n32.73,1.25,71.5\n35.10,-0.5,\n36.74,2e3,.5\n")
    table = read_indicators_csv(path, KNOWN)
    assert table.columns == ("KKD", "Indeks Kota Hijau")
    assert table.value("32.73", "Indeks Kota Hijau") == 71.5
    assert table.value("35.10", "KKD") == -0.5
    assert table.value("35.10", "Indeks Kota Hijau") is None
    assert table.values["36.74"] == (2000.0, 0.5)
    assert table.value("11.01", "KKD") is None


def test_every_bad_cell_and_row_is_named_and_nothing_is_imported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "code,KKD,IKK\n"
        '32.73,"1.234,5",70\n'  # line 2: decimal comma and thousands point
        "35.10,tinggi,abc\n"  # line 3: two bad cells
        "99.99,1,2\n"  # line 4: unknown region
        "32.73,1,2\n"  # line 5: again
        "36.74,NaN,1\n",  # line 6: not a plain decimal
    )
    with pytest.raises(CsvFileError) as err:
        read_indicators_csv(path, KNOWN)
    message = err.value.message
    assert message.startswith("indicators.csv: 6 problem(s); nothing was imported.")
    assert 'line 2, column KKD: "1.234,5" is not a number (write decimals with a point' in message
    assert 'line 3, column KKD: "tinggi" is not a number' in message
    assert 'line 3, column IKK: "abc" is not a number' in message
    assert "line 4: region 99.99 is not one of the event's regions" in message
    assert "line 5: region 32.73 is already on line 2" in message
    assert 'line 6, column KKD: "NaN" is not a number' in message


def test_the_header_must_start_with_code_and_name_each_indicator_once(tmp_path: Path) -> None:
    with pytest.raises(CsvFileError, match="line 1: the first column must be code"):
        read_indicators_csv(write(tmp_path, "kode,KKD\n32.73,1\n"), KNOWN)
    with pytest.raises(CsvFileError, match='line 1: column "kkd" appears twice'):
        read_indicators_csv(write(tmp_path, "code,KKD,kkd\n32.73,1,2\n"), KNOWN)
    with pytest.raises(CsvFileError, match="line 1: no indicator columns after code"):
        read_indicators_csv(write(tmp_path, "code\n32.73\n"), KNOWN)


def test_indicators_for_the_official_regions(tmp_path: Path, regions_csv: Path) -> None:
    codes = [g.code for g in read_regions_csv(regions_csv)]
    lines = ["code,KKD"] + [f"{code},{i / 10}" for i, code in enumerate(codes)]
    table = read_indicators_csv(write(tmp_path, "\n".join(lines) + "\n"), set(codes))
    assert len(table.values) == 514 and table.value(codes[-1], "KKD") == pytest.approx(51.3)
