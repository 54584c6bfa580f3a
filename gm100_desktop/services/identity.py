"""Signing identities: an Ed25519 key pair per assessor or chair, the private key sealed under a passphrase.

The key file is a small JSON document (see docs/formats.md): the public key in the clear, the private key
sealed with ChaCha20-Poly1305 under a key derived from the passphrase by scrypt. It is written atomically
with mode 0600 into the `identity` folder of the data folder.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from gm100_desktop import paths
from gm100_desktop.domain.fields import FieldReader
from gm100_desktop.domain.minisign import PublicKey, SecretKey, parse_public_key
from gm100_desktop.errors import (
    GM100Error,
    IdentityExistsError,
    KeyFileError,
    NoIdentityError,
    PassphraseError,
    WrongPassphraseError,
)
from gm100_desktop.services.files import write_atomic

KEY_FORMAT = "gm100-key"
KEY_FORMAT_VERSION = 1
KEY_SUFFIX = ".gm100key"
ROLES = ("assessor", "chair")
KDF_N = 2**17  # 128 MiB and about a quarter second per unlock on a 2020 laptop
KDF_R = 8
KDF_P = 1
KDF_N_ENV = "GM100_KDF_N"  # tests only: a cheaper cost for keys created while it is set
MIN_KDF_N = 2**10
MAX_KDF_N = 2**20
MIN_PASSPHRASE = 8
MAX_KEY_FILE = 16 * 1024
AAD_PREFIX = b"gm100-key-v1\x00"


@dataclass(frozen=True)
class KdfParams:
    n: int
    r: int
    p: int
    salt: bytes


@dataclass(frozen=True)
class Identity:
    """A key file as read from disk: everything but the private key, which needs the passphrase."""

    path: Path
    role: str
    name: str
    institution: str
    assessor_id: str
    created_at: str
    public_key: PublicKey
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    def describe(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "name": self.name,
            "institution": self.institution,
            "assessor_id": self.assessor_id,
            "created_at": self.created_at,
            "key_id": self.public_key.key_id_hex,
            "fingerprint": self.public_key.fingerprint,
            "public_key": self.public_key.to_base64(),
            "file": str(self.path),
        }


@dataclass(frozen=True)
class UnlockedIdentity:
    identity: Identity
    secret: SecretKey

    @property
    def public_key(self) -> PublicKey:
        return self.identity.public_key


def identity_dir() -> Path:
    return paths.data_dir() / "identity"


def identity_path(role: str) -> Path:
    return identity_dir() / f"{role}{KEY_SUFFIX}"


def kdf_cost() -> int:
    """The scrypt cost for new keys: KDF_N, unless a test lowered it through GM100_KDF_N."""
    text = os.environ.get(KDF_N_ENV, "")
    if text.isdigit():
        n = int(text)
        if MIN_KDF_N <= n <= MAX_KDF_N and n & (n - 1) == 0:
            return n
    return KDF_N


class KeyWrapper:
    """The key derived once from a passphrase, sealing and opening private keys with it."""

    def __init__(self, passphrase: str, kdf: KdfParams) -> None:
        self.kdf = kdf
        self._key = Scrypt(salt=kdf.salt, length=32, n=kdf.n, r=kdf.r, p=kdf.p).derive(
            passphrase.encode("utf-8")
        )

    @staticmethod
    def fresh(passphrase: str, n: int | None = None) -> KeyWrapper:
        check_new_passphrase(passphrase)
        return KeyWrapper(passphrase, KdfParams(n or kdf_cost(), KDF_R, KDF_P, secrets.token_bytes(16)))

    def seal(self, secret: SecretKey, *, role: str, name: str, institution: str, assessor_id: str) -> bytes:
        """The key file bytes for `secret`."""
        public = secret.public_key()
        nonce = secrets.token_bytes(12)
        sealed = ChaCha20Poly1305(self._key).encrypt(nonce, secret.seed(), AAD_PREFIX + public.blob)
        document = {
            "format": KEY_FORMAT,
            "format_version": KEY_FORMAT_VERSION,
            "role": role,
            "name": name,
            "institution": institution,
            "assessor_id": assessor_id,
            "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "key_id": public.key_id_hex,
            "public_key": public.to_base64(),
            "kdf": {
                "name": "scrypt",
                "n": self.kdf.n,
                "r": self.kdf.r,
                "p": self.kdf.p,
                "salt": _b64(self.kdf.salt),
            },
            "cipher": {"name": "chacha20-poly1305", "nonce": _b64(nonce), "ciphertext": _b64(sealed)},
        }
        return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"

    def open(self, identity: Identity) -> SecretKey:
        try:
            seed = ChaCha20Poly1305(self._key).decrypt(
                identity.nonce, identity.ciphertext, AAD_PREFIX + identity.public_key.blob
            )
        except InvalidTag:
            raise WrongPassphraseError(identity.path) from None
        secret = SecretKey.from_seed(identity.public_key.key_id, seed)
        if secret.public_key() != identity.public_key:
            raise KeyFileError(str(identity.path), "public_key", "does not belong to the private key")
        return secret


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseError(f"use at least {MIN_PASSPHRASE} characters to protect a signing key")


def create_identity(
    path: Path,
    *,
    role: str,
    name: str,
    passphrase: str,
    institution: str = "",
    assessor_id: str = "",
    kdf_n: int | None = None,
) -> UnlockedIdentity:
    """Create a new key pair at `path` (never over an existing file) and return it unlocked."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    if not name.strip():
        raise ValueError("an identity needs a name")
    if path.exists():
        raise IdentityExistsError(role, path)
    wrapper = KeyWrapper.fresh(passphrase, kdf_n)
    secret = SecretKey.generate()
    data = wrapper.seal(secret, role=role, name=name, institution=institution, assessor_id=assessor_id)
    write_identity_file(path, data)
    return UnlockedIdentity(load_identity(path), secret)


def write_identity_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, data, mode=0o600)
    if os.name == "posix":
        os.chmod(path, 0o600)


def load_identity(path: Path, role: str = "") -> Identity:
    """Read a key file (no passphrase needed); a missing file is `NoIdentityError`."""
    try:
        size = path.stat().st_size
        if size > MAX_KEY_FILE:
            raise KeyFileError(str(path), "(file)", "is too large to be a key file")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NoIdentityError(role or "assessor", path) from None
    except OSError as exc:
        raise KeyFileError(str(path), "(file)", exc.strerror or str(exc)) from exc
    r = FieldReader(str(path), KeyFileError)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        r.fail("(file)", "is not a GM100 key file (not JSON)")
    root = r.obj(data, "(top level)")
    if root.get("format") != KEY_FORMAT:
        r.fail("format", f'must be "{KEY_FORMAT}"')
    if r.integer(root, "format_version", "") != KEY_FORMAT_VERSION:
        r.fail("format_version", f"only version {KEY_FORMAT_VERSION} is supported")
    file_role = r.text(root, "role", "")
    if file_role not in ROLES:
        r.fail("role", "must be assessor or chair")
    try:
        public = parse_public_key(r.text(root, "public_key", ""), str(path))
    except GM100Error:
        r.fail("public_key", "is not a minisign public key")
    if r.text(root, "key_id", "") != public.key_id_hex:
        r.fail("key_id", "does not match public_key")
    kdf = r.obj(r.get(root, "kdf", ""), "kdf")
    if kdf.get("name") != "scrypt":
        r.fail("kdf.name", 'must be "scrypt"')
    n, kr, kp = r.integer(kdf, "n", "kdf"), r.integer(kdf, "r", "kdf"), r.integer(kdf, "p", "kdf")
    if not (MIN_KDF_N <= n <= MAX_KDF_N and n & (n - 1) == 0 and 1 <= kr <= 32 and 1 <= kp <= 16):
        r.fail("kdf", "scrypt parameters out of the accepted range")
    cipher = r.obj(r.get(root, "cipher", ""), "cipher")
    if cipher.get("name") != "chacha20-poly1305":
        r.fail("cipher.name", 'must be "chacha20-poly1305"')
    return Identity(
        path=path,
        role=file_role,
        name=r.text(root, "name", ""),
        institution=r.text(root, "institution", "", required=False),
        assessor_id=r.text(root, "assessor_id", "", required=False),
        created_at=r.text(root, "created_at", "", required=False),
        public_key=public,
        kdf=KdfParams(n, kr, kp, _unb64(r, kdf, "salt", "kdf", 16)),
        nonce=_unb64(r, cipher, "nonce", "cipher", 12),
        ciphertext=_unb64(r, cipher, "ciphertext", "cipher", 48),
    )


def unlock_identity(identity: Identity, passphrase: str) -> UnlockedIdentity:
    """The private key, or `WrongPassphraseError`."""
    return UnlockedIdentity(identity, KeyWrapper(passphrase, identity.kdf).open(identity))


def local_identity(role: str) -> Identity | None:
    """This computer's identity for `role`, or None when there is none yet."""
    path = identity_path(role)
    return load_identity(path, role) if path.exists() else None


def require_identity(role: str) -> Identity:
    return load_identity(identity_path(role), role)


def export_public_key(identity: Identity, out: Path) -> None:
    """Write the public key as a minisign public-key file (what `minisign -V -p` reads)."""
    write_atomic(out, identity.public_key.to_file().encode("ascii"))


def passphrase_from(file: Path | None) -> str | None:
    """A passphrase given without a prompt: the first line of `file`, else GM100_PASSPHRASE, else None."""
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PassphraseError(f"cannot read the passphrase file {file} ({exc})") from exc
        lines = text.splitlines()
        return lines[0] if lines else ""
    return os.environ.get("GM100_PASSPHRASE")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(r: FieldReader, obj: dict[str, Any], key: str, field: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(r.text(obj, key, field).encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    if len(raw) != size:
        r.fail(f"{field}.{key}", f"must be base64 of {size} bytes")
    return raw
