"""The minisign key and signature formats (Ed25519), so that the stock `minisign` tool verifies our files.

Pure format code over bytes: no files are read or written here. A public key is
`base64("Ed" + key id (8 bytes) + Ed25519 public key (32))`; a signature file is

    untrusted comment: <text>
    base64(<"ED" or "Ed"> + key id (8) + signature (64))
    trusted comment: <text>
    base64(global signature (64))

where "ED" signs the BLAKE2b-512 hash of the data (minisign's default) and "Ed" (legacy) the data itself, and
the global signature is Ed25519 over `signature + trusted comment`, so the trusted comment cannot be changed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from gm100_desktop.errors import KeyFileError, SignatureError

KEY_ALGORITHM = b"Ed"
PREHASHED = b"ED"
LEGACY = b"Ed"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
MAX_COMMENT_CHARS = 1000  # minisign itself allows 1024 bytes when signing
MAX_SIGNATURE_FILE_BYTES = 4096
MAX_PUBLIC_KEY_FILE_BYTES = 2048


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes, stored little-endian as minisign does
    key: bytes  # 32 bytes of Ed25519 public key

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign shows it (a little-endian number), always 16 upper-case hex digits."""
        return f"{int.from_bytes(self.key_id, 'little'):016X}"

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the 42-byte minisign key blob, first 16 bytes as 8 groups of 4 hex digits."""
        digest = hashlib.sha256(self.blob).hexdigest().upper()[:32]
        return " ".join(digest[i : i + 4] for i in range(0, 32, 4))

    @property
    def blob(self) -> bytes:
        return KEY_ALGORITHM + self.key_id + self.key

    def to_base64(self) -> str:
        """The one-line form, as `minisign -P` takes it."""
        return base64.b64encode(self.blob).decode("ascii")

    def to_file(self) -> str:
        """A minisign public-key file."""
        return f"{UNTRUSTED_PREFIX}{public_key_comment(self)}\n{self.to_base64()}\n"

    def ed25519(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.key)


def public_key_comment(key: PublicKey) -> str:
    return f"minisign public key {key.key_id_hex}"


@dataclass(frozen=True)
class SecretKey:
    """An unlocked signing key: the key id travels with it so signatures name the right public key."""

    key_id: bytes
    private: Ed25519PrivateKey

    @staticmethod
    def generate() -> SecretKey:
        return SecretKey(secrets.token_bytes(8), Ed25519PrivateKey.generate())

    @staticmethod
    def from_seed(key_id: bytes, seed: bytes) -> SecretKey:
        return SecretKey(key_id, Ed25519PrivateKey.from_private_bytes(seed))

    def seed(self) -> bytes:
        return self.private.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    def public_key(self) -> PublicKey:
        raw = self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return PublicKey(self.key_id, raw)

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str = "") -> bytes:
        """A minisign signature file (prehashed "ED", like `minisign -S`) for `data`."""
        _check_comment(trusted_comment, "trusted comment")
        untrusted = untrusted_comment or f"signature from minisign secret key {self.public_key().key_id_hex}"
        _check_comment(untrusted, "untrusted comment")
        signature = self.private.sign(hashlib.blake2b(data).digest())
        global_signature = self.private.sign(signature + trusted_comment.encode("utf-8"))
        sig_line = base64.b64encode(PREHASHED + self.key_id + signature).decode("ascii")
        glob_line = base64.b64encode(global_signature).decode("ascii")
        return (
            f"{UNTRUSTED_PREFIX}{untrusted}\n{sig_line}\n{TRUSTED_PREFIX}{trusted_comment}\n{glob_line}\n"
        ).encode()


@dataclass(frozen=True)
class Signature:
    untrusted_comment: str
    algorithm: bytes  # PREHASHED or LEGACY
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @property
    def key_id_hex(self) -> str:
        return f"{int.from_bytes(self.key_id, 'little'):016X}"


def _check_comment(text: str, what: str) -> None:
    if len(text) > MAX_COMMENT_CHARS or any(ch in text for ch in "\r\n\x00"):
        raise ValueError(f"a {what} must be one line of at most {MAX_COMMENT_CHARS} characters")


def _b64(text: str, size: int) -> bytes | None:
    """Strict base64 of exactly `size` bytes; non-canonical encodings (malleable padding bits) give None."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    if len(raw) != size or base64.b64encode(raw).decode("ascii") != text:
        return None
    return raw


def parse_public_key(text: str, source: str) -> PublicKey:
    """A public key given as the base64 line alone or as a minisign public-key file."""
    lines = text.strip("\r\n").splitlines()
    if len(lines) == 2 and lines[0].startswith(UNTRUSTED_PREFIX):
        line = lines[1].strip()
    elif len(lines) == 1:
        line = lines[0].strip()
    else:
        raise KeyFileError(
            source, "(file)", "is not a minisign public key (expected a comment line and a key line)"
        )
    raw = _b64(line, 42)
    if raw is None:
        raise KeyFileError(source, "public key", "is not base64 of 42 bytes")
    if raw[:2] != KEY_ALGORITHM:
        raise KeyFileError(source, "public key", "is not an Ed25519 minisign key")
    return PublicKey(raw[2:10], raw[10:])


def parse_public_key_file_strict(data: bytes, source: str) -> PublicKey:
    """A public-key file exactly as GM100 Assessor writes it: any other byte is refused."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileError(source, "(file)", "is not UTF-8 text") from None
    key = parse_public_key(text, source)
    if text != key.to_file():
        raise KeyFileError(source, "(file)", "is not in the exact form GM100 Assessor writes")
    return key


def parse_signature(data: bytes, source: str, *, strict: bool = False) -> Signature:
    """Read a .minisig file. `strict` also requires our exact layout (LF line ends, nothing extra)."""
    if len(data) > MAX_SIGNATURE_FILE_BYTES:
        raise SignatureError(source, "the signature file is too large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError(source, "the signature file is not UTF-8 text") from None
    lines = text.split("\n")
    if strict:
        if len(lines) != 5 or lines[4] != "" or "\r" in text:
            raise SignatureError(source, "the signature file is not in the exact form GM100 Assessor writes")
    else:
        lines = [ln.rstrip("\r") for ln in lines]
        while lines and lines[-1] == "":
            lines.pop()
        if len(lines) != 4:
            raise SignatureError(source, "the signature file must have exactly four lines")
    untrusted, sig_line, trusted, glob_line = lines[:4]
    if not untrusted.startswith(UNTRUSTED_PREFIX):
        raise SignatureError(source, 'line 1 must start with "untrusted comment: "')
    if not trusted.startswith(TRUSTED_PREFIX):
        raise SignatureError(source, 'line 3 must start with "trusted comment: "')
    raw = _b64(sig_line, 74)
    if raw is None:
        raise SignatureError(source, "line 2 is not base64 of a 74-byte signature")
    if raw[:2] not in (PREHASHED, LEGACY):
        raise SignatureError(source, "unknown signature algorithm")
    global_signature = _b64(glob_line, 64)
    if global_signature is None:
        raise SignatureError(source, "line 4 is not base64 of a 64-byte signature")
    return Signature(
        untrusted_comment=untrusted[len(UNTRUSTED_PREFIX) :],
        algorithm=raw[:2],
        key_id=raw[2:10],
        signature=raw[10:],
        trusted_comment=trusted[len(TRUSTED_PREFIX) :],
        global_signature=global_signature,
    )


def verify(key: PublicKey, data: bytes, signature: Signature, source: str) -> None:
    """Check `signature` over `data` with `key`, and its trusted comment; raise `SignatureError` if not."""
    message = hashlib.blake2b(data).digest() if signature.algorithm == PREHASHED else data
    _verify_message(key, message, signature, source)


def verify_prehashed(key: PublicKey, blake2b_digest: bytes, signature: Signature, source: str) -> None:
    """Like `verify` for an "ED" signature, given the BLAKE2b-512 of the data (so large files can stream)."""
    if signature.algorithm != PREHASHED:
        raise SignatureError(source, "a legacy signature needs the whole data")
    _verify_message(key, blake2b_digest, signature, source)


def _verify_message(key: PublicKey, message: bytes, signature: Signature, source: str) -> None:
    if signature.key_id != key.key_id:
        raise SignatureError(
            source, f"signed with key {signature.key_id_hex}, not with the expected key {key.key_id_hex}"
        )
    try:
        public = key.ed25519()
    except ValueError:
        raise SignatureError(source, "the public key is not a valid Ed25519 key") from None
    try:
        public.verify(signature.signature, message)
    except InvalidSignature:
        raise SignatureError(
            source, "the data were changed after signing (or signed by another key)"
        ) from None
    try:
        public.verify(signature.global_signature, signature.signature + signature.trusted_comment.encode())
    except InvalidSignature:
        raise SignatureError(source, "the trusted comment was changed after signing") from None
