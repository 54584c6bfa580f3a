"""The stock minisign tool and our verifier agree, in both directions, on every kind of file we produce."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from signing_support import Signed, extract, minisign_verify, score_some

from gm100_desktop.domain.minisign import parse_public_key
from gm100_desktop.services.bundle_export import export_bundle
from gm100_desktop.services.identity import export_public_key
from gm100_desktop.services.verify import load_public_key_file, verify_files

pytestmark = [
    pytest.mark.skipif(shutil.which("minisign") is None, reason="the minisign tool is not installed"),
    pytest.mark.usefixtures("cheap_keys"),
]


def _flip_one_byte(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at % len(data)] ^= 0x01
    path.write_bytes(bytes(data))


def test_stock_minisign_verifies_our_bundle_and_refuses_any_changed_byte(
    signed: Signed, tmp_path: Path
) -> None:
    score_some(signed.store, signed.context())
    result = export_bundle(signed.store, signed.me, tmp_path / "rina.gm100bundle")
    folder = extract(result.path, tmp_path / "unzipped")

    ok = minisign_verify(folder / "bundle.json", folder / "assessor.pub")
    assert ok.returncode == 0, ok.stderr
    assert f"gm100-bundle event:gm100-2019-test assessor:A01 sequence:{result.sequence}" in ok.stdout

    # The public key the assessor gave the chair (export-public) verifies it too, and so does the roster line.
    exported = tmp_path / "rina.pub"
    export_public_key(signed.me.identity, exported)
    assert minisign_verify(folder / "bundle.json", exported).returncode == 0
    roster_line = signed.definition.roster[0].public_key
    by_line = subprocess.run(
        ["minisign", "-Vm", str(folder / "bundle.json"), "-P", roster_line], capture_output=True, check=False
    )
    assert by_line.returncode == 0

    size = (folder / "bundle.json").stat().st_size
    for at in (0, size // 3, size - 2):
        _flip_one_byte(folder / "bundle.json", at)
        assert minisign_verify(folder / "bundle.json", folder / "assessor.pub").returncode != 0
        _flip_one_byte(folder / "bundle.json", at)  # back to the signed bytes
    assert minisign_verify(folder / "bundle.json", folder / "assessor.pub").returncode == 0


def test_stock_minisign_verifies_our_event_package_and_refuses_a_changed_byte(
    signed: Signed, tmp_path: Path
) -> None:
    folder = extract(signed.event_file, tmp_path / "event")
    ok = minisign_verify(folder / "event.json", folder / "chair.pub")
    assert ok.returncode == 0, ok.stderr
    assert "gm100-event event:gm100-2019-test version:1 sha256:" in ok.stdout
    assert (
        subprocess.run(  # -H: minisign insists on the prehashed algorithm, which we always use
            ["minisign", "-H", "-Vm", str(folder / "event.json"), "-p", str(folder / "chair.pub")],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    _flip_one_byte(folder / "event.json", 100)
    assert minisign_verify(folder / "event.json", folder / "chair.pub").returncode != 0


def test_stock_minisign_refuses_a_changed_trusted_comment(signed: Signed, tmp_path: Path) -> None:
    folder = extract(signed.event_file, tmp_path / "event")
    sig = folder / "event.json.minisig"
    sig.write_text(sig.read_text().replace("version:1", "version:9"))
    assert minisign_verify(folder / "event.json", folder / "chair.pub").returncode != 0


@pytest.fixture
def stock_key(tmp_path: Path) -> tuple[Path, Path]:
    pub, sec = tmp_path / "stock.pub", tmp_path / "stock.key"
    subprocess.run(["minisign", "-G", "-W", "-p", str(pub), "-s", str(sec)], check=True, capture_output=True)
    return pub, sec


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_our_verifier_accepts_a_file_signed_by_stock_minisign_and_refuses_it_once_tampered(
    tmp_path: Path, stock_key: tuple[Path, Path], legacy: bool
) -> None:
    pub, sec = stock_key
    report = tmp_path / "ranking.csv"
    report.write_bytes(b"rank,code,total\n1,35.10,87.5\n2,36.74,81.0\n")
    command = ["minisign", "-S", "-s", str(sec), "-m", str(report), "-t", "ranking 2019 final"]
    subprocess.run(command + (["-l"] if legacy else []), check=True, capture_output=True)
    key = load_public_key_file(pub)

    [verdict] = verify_files([report], keys=[key])
    assert verdict.valid, verdict.reason
    assert verdict.details["trusted_comment"] == "ranking 2019 final"
    assert verdict.details["prehashed"] is (not legacy)
    # Naming the signature file instead of the data works the same.
    assert verify_files([Path(str(report) + ".minisig")], keys=[key])[0].valid

    report.write_bytes(report.read_bytes().replace(b"87.5", b"97.5"))
    [tampered] = verify_files([report], keys=[key])
    assert not tampered.valid
    assert str(report) in tampered.reason and "changed after signing" in tampered.reason


def test_our_verifier_refuses_a_stock_signature_with_an_edited_trusted_comment(
    tmp_path: Path, stock_key: tuple[Path, Path]
) -> None:
    pub, sec = stock_key
    report = tmp_path / "sheet.pdf"
    report.write_bytes(b"%PDF-1.4 not really\n")
    subprocess.run(
        ["minisign", "-S", "-s", str(sec), "-m", str(report), "-t", "A01"], check=True, capture_output=True
    )
    sig = Path(str(report) + ".minisig")
    sig.write_text(sig.read_text().replace("trusted comment: A01", "trusted comment: A02"))
    [verdict] = verify_files([report], keys=[load_public_key_file(pub)])
    assert not verdict.valid and "trusted comment" in verdict.reason


def test_a_stock_signature_by_an_unknown_key_names_the_key_it_needs(
    tmp_path: Path, stock_key: tuple[Path, Path]
) -> None:
    _pub, sec = stock_key
    report = tmp_path / "notes.txt"
    report.write_text("catatan\n")
    subprocess.run(["minisign", "-S", "-s", str(sec), "-m", str(report)], check=True, capture_output=True)
    [verdict] = verify_files([report])
    assert not verdict.valid and "--key" in verdict.reason


def test_our_key_id_is_the_number_minisign_prints(stock_key: tuple[Path, Path]) -> None:
    pub, _ = stock_key
    text = pub.read_text()
    printed = text.splitlines()[0].rsplit(" ", 1)[1]  # minisign drops leading zeros
    key = parse_public_key(text, "stock.pub")
    assert int(key.key_id_hex, 16) == int(printed, 16) and len(key.key_id_hex) == 16
