"""Signing identities: created with a passphrase, stored encrypted with mode 0600, unlocked only by it."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest
from signing_support import PASSPHRASE

from gm100_desktop.domain.minisign import parse_public_key
from gm100_desktop.errors import (
    IdentityExistsError,
    KeyFileError,
    NoIdentityError,
    PassphraseError,
    WrongPassphraseError,
)
from gm100_desktop.services import identity as ids

pytestmark = pytest.mark.usefixtures("cheap_keys")


def test_created_identity_is_encrypted_private_and_unlocks_with_its_passphrase() -> None:
    path = ids.identity_path("assessor")
    created = ids.create_identity(path, role="assessor", name="Rina Hartono", passphrase=PASSPHRASE)

    assert path.parent == ids.identity_dir() and path.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text(encoding="utf-8")
    seed = created.secret.seed()
    assert base64.b64encode(seed).decode() not in text and seed.hex() not in text
    document = json.loads(text)
    assert document["kdf"]["name"] == "scrypt" and document["cipher"]["name"] == "chacha20-poly1305"
    assert document["key_id"] == created.public_key.key_id_hex
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind

    loaded = ids.load_identity(path)
    unlocked = ids.unlock_identity(loaded, PASSPHRASE)
    assert unlocked.public_key == created.public_key
    assert unlocked.secret.seed() == seed


def test_wrong_passphrase_is_a_clear_message_naming_the_key_file() -> None:
    path = ids.identity_path("assessor")
    ids.create_identity(path, role="assessor", name="Rina", passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphraseError) as caught:
        ids.unlock_identity(ids.load_identity(path), PASSPHRASE + "x")
    assert caught.value.message == f"Wrong passphrase for the signing identity {path}. Nothing was signed."


def test_an_existing_identity_is_never_replaced() -> None:
    path = ids.identity_path("chair")
    ids.create_identity(path, role="chair", name="Ketua", passphrase=PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(IdentityExistsError):
        ids.create_identity(path, role="chair", name="Someone else", passphrase=PASSPHRASE)
    assert path.read_bytes() == before


def test_short_passphrase_is_refused_and_nothing_is_written() -> None:
    path = ids.identity_path("assessor")
    with pytest.raises(PassphraseError, match="at least 8 characters"):
        ids.create_identity(path, role="assessor", name="Rina", passphrase="short")
    assert not path.exists()


def test_missing_identity_says_how_to_create_one() -> None:
    with pytest.raises(NoIdentityError, match="gm100 identity create"):
        ids.require_identity("assessor")
    assert ids.local_identity("assessor") is None


def test_key_file_whose_public_key_was_swapped_does_not_unlock() -> None:
    path = ids.identity_path("assessor")
    ids.create_identity(path, role="assessor", name="Rina", passphrase=PASSPHRASE)
    other = ids.create_identity(
        path.with_name("other.gm100key"), role="assessor", name="X", passphrase=PASSPHRASE
    )
    document = json.loads(path.read_text(encoding="utf-8"))
    document["public_key"] = other.public_key.to_base64()
    document["key_id"] = other.public_key.key_id_hex
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(WrongPassphraseError):  # the sealed key is bound to its public key
        ids.unlock_identity(ids.load_identity(path), PASSPHRASE)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["kdf"].update(n=2**30), "kdf"),
        (lambda d: d["kdf"].update(name="pbkdf2"), "kdf.name"),
        (lambda d: d.update(key_id="0000000000000000"), "key_id"),
        (lambda d: d["cipher"].update(nonce="AAAA"), "cipher.nonce"),
        (lambda d: d.update(format_version=2), "format_version"),
    ],
)
def test_damaged_or_hostile_key_files_are_refused_before_any_work(change: object, field: str) -> None:
    path = ids.identity_path("assessor")
    ids.create_identity(path, role="assessor", name="Rina", passphrase=PASSPHRASE)
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)  # type: ignore[operator]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(KeyFileError) as caught:
        ids.load_identity(path)
    assert caught.value.params["field"] == field
    assert str(path) in caught.value.message


def test_production_cost_is_high_and_only_a_sane_test_override_lowers_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GM100_KDF_N")
    assert ids.kdf_cost() == ids.KDF_N >= 2**15
    for bad in ("12", "1000", "abc", str(2**24)):
        monkeypatch.setenv("GM100_KDF_N", bad)
        assert ids.kdf_cost() == ids.KDF_N
    monkeypatch.setenv("GM100_KDF_N", "2048")
    assert ids.kdf_cost() == 2048


def test_exported_public_key_is_a_minisign_public_key_file(tmp_path: Path) -> None:
    created = ids.create_identity(
        ids.identity_path("assessor"), role="assessor", name="Rina", passphrase=PASSPHRASE
    )
    out = tmp_path / "rina.pub"
    ids.export_public_key(created.identity, out)
    lines = out.read_text(encoding="ascii").splitlines()
    assert lines[0] == f"untrusted comment: minisign public key {created.public_key.key_id_hex}"
    assert parse_public_key(out.read_text(encoding="ascii"), "rina.pub") == created.public_key
    fingerprint = created.public_key.fingerprint
    assert len(fingerprint.split(" ")) == 8 and all(len(group) == 4 for group in fingerprint.split(" "))


def test_passphrase_comes_from_file_first_then_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "pass.txt"
    file.write_text("from the file\nsecond line\n", encoding="utf-8")
    monkeypatch.setenv("GM100_PASSPHRASE", "from the environment")
    assert ids.passphrase_from(file) == "from the file"
    assert ids.passphrase_from(None) == "from the environment"
    monkeypatch.delenv("GM100_PASSPHRASE")
    assert ids.passphrase_from(None) is None
    with pytest.raises(PassphraseError):
        ids.passphrase_from(tmp_path / "missing.txt")
