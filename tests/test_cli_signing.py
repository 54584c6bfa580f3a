"""The command line for identities, event import, export, verify and demo: output, files and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from signing_support import CHEAP_KDF_N, PASSPHRASE, event_definition, extract, make_chair, minisign_verify

from gm100_desktop.cli import main
from gm100_desktop.services import event_package as ep
from gm100_desktop.services.identity import identity_path, load_identity


@pytest.fixture(autouse=True)
def cheap_keys_and_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GM100_KDF_N", CHEAP_KDF_N)
    monkeypatch.setenv("GM100_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_identity_create_show_and_export_public(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(
        capsys, "identity", "create", "--name", "Rina Hartono", "--institution", "ITB", "--id", "A01"
    )
    assert code == 0
    key = load_identity(identity_path("assessor")).public_key
    assert key.key_id_hex in out and key.fingerprint in out and key.to_base64() in out

    code, out, _ = run(capsys, "identity", "show", "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["key_id"] == key.key_id_hex and shown["fingerprint"] == key.fingerprint
    assert (
        shown["public_key"] == key.to_base64()
        and shown["assessor_id"] == "A01"
        and shown["role"] == "assessor"
    )

    pub = tmp_path / "rina.pub"
    assert run(capsys, "identity", "export-public", "--out", str(pub))[0] == 0
    assert pub.read_text() == key.to_file()

    code, _, err = run(capsys, "identity", "create", "--name", "Again")
    assert code == 1 and "already exists" in err


def test_identity_show_without_identity_explains_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "identity", "show")
    assert code == 1 and out == "" and "gm100 identity create" in err


def test_passphrase_file_is_used_and_a_short_one_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GM100_PASSPHRASE")
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    code, _, err = run(capsys, "identity", "create", "--name", "R", "--passphrase-file", str(short))
    assert code == 1 and "at least 8 characters" in err
    assert not identity_path("assessor").exists()


@pytest.fixture
def signed_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A chair-signed event whose roster holds the key created through the CLI for A01."""
    assert main(["identity", "create", "--name", "Rina Hartono"]) == 0
    capsys.readouterr()
    me = load_identity(identity_path("assessor")).public_key
    event_file = tmp_path / "event.gm100event"
    ep.write_event_package(event_definition({"A01": me}), make_chair(tmp_path), event_file)
    return event_file


def test_event_import_needs_confirmation_then_installs(
    capsys: pytest.CaptureFixture[str], signed_event: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = ep.load_event_package(signed_event)
    with open(os.devnull) as not_a_terminal:  # nobody can say yes
        monkeypatch.setattr(sys, "stdin", not_a_terminal)
        code, out, err = run(capsys, "event", "import", str(signed_event))
    assert code == 1 and "--yes" in err
    assert package.chair_key.key_id_hex in out and package.chair_key.fingerprint in out
    assert "You score as A01 (matched by your key)" in out

    code, out, _ = run(capsys, "event", "import", str(signed_event), "--yes")
    assert code == 0 and "Installed gm100-2019-test version 1" in out


def test_import_of_a_tampered_package_fails_naming_the_file(
    capsys: pytest.CaptureFixture[str], signed_event: Path, tmp_path: Path
) -> None:
    data = bytearray(signed_event.read_bytes())
    data[200] ^= 0xFF
    bad = tmp_path / "bad.gm100event"
    bad.write_bytes(bytes(data))
    code, _, err = run(capsys, "event", "import", str(bad), "--yes")
    assert code == 1 and str(bad) in err


def test_export_then_verify(capsys: pytest.CaptureFixture[str], signed_event: Path, tmp_path: Path) -> None:
    assert run(capsys, "event", "import", str(signed_event), "--yes")[0] == 0
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    code, out, _ = run(capsys, "export", "--out", str(out_dir))
    assert code == 0 and "sequence 1" in out
    [bundle] = list(out_dir.iterdir())
    assert bundle.name == "gm100-2019-test-A01-0001.gm100bundle"
    folder = extract(bundle, tmp_path / "unzipped")
    if shutil.which("minisign"):
        assert minisign_verify(folder / "bundle.json", folder / "assessor.pub").returncode == 0

    code, out, _ = run(capsys, "verify", str(signed_event), str(bundle))
    assert code == 0
    assert out.count(": ok,") == 2

    code, out, _ = run(capsys, "verify", "--json", "--event", str(signed_event), str(bundle))
    report = json.loads(out)
    assert code == 0 and report["valid"] is True
    [entry] = report["files"]
    assert (entry["kind"], entry["assessor_id"], entry["sequence"], entry["roster_key_matches"]) == (
        "bundle",
        "A01",
        1,
        True,
    )

    tampered = tmp_path / "tampered.gm100bundle"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x55
    tampered.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", str(bundle), str(tampered))
    lines = out.splitlines()
    assert code == 1 and len(lines) == 2
    assert lines[0].startswith(f"{bundle}: ok") and lines[1].startswith(f"REFUSED {tampered}")

    code, out, _ = run(capsys, "verify", "--json", str(tampered))
    assert code == 1 and json.loads(out)["files"][0]["valid"] is False


def test_export_with_the_wrong_passphrase_writes_nothing(
    capsys: pytest.CaptureFixture[str], signed_event: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "event", "import", str(signed_event), "--yes")[0] == 0
    monkeypatch.setenv("GM100_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "export", "--out", str(tmp_path / "b.gm100bundle"))
    assert code == 1 and "Wrong passphrase" in err
    assert not (tmp_path / "b.gm100bundle").exists()


def test_export_of_no_event_fails_clearly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["identity", "create", "--name", "R"]) == 0
    code, _, err = run(capsys, "export", "--out", str(tmp_path))
    assert code == 1 and "Import an event package first" in err


def test_demo_writes_files_that_all_verify(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "demo"
    code, text, _ = run(
        capsys, "demo", "--out", str(out), "--regions", "10", "--assessors", "4", "--panels", "2"
    )
    assert code == 0 and "4 score bundles" in text
    files = [out / "event.gm100event", *sorted((out / "bundles").iterdir())]
    code, text, _ = run(capsys, "verify", *map(str, files))
    assert code == 0 and text.count(": ok,") == 5


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["verify"], ["identity"], ["export"], ["demo"], ["event", "import"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2


def test_the_installed_command_runs_without_qt(tmp_path: Path) -> None:
    env = {"GM100_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from gm100_desktop.cli import main; "
         "code = main(['verify', '/nonexistent.gm100bundle']); "
         "print('PySide6' in sys.modules); sys.exit(code)"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )  # fmt: skip
    assert result.returncode == 1 and result.stdout.strip().endswith("False")
