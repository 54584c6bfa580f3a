"""Hostile files are refused with a reason, without extracting anything and with bounded memory.

Every case is built here from a valid demo bundle: ZIP bombs, unsafe names, links, duplicate, missing, extra
and oversized members, broken JSON (re-signed so that only the JSON check can catch it), a bundle for another
event. Hypothesis then mutates valid bundles at random: none is ever accepted, and the verifier raises nothing
but GM100 errors. (Deflate can encode the same bytes in more than one way; such a change is accepted only
because it leaves every signed byte exactly as it was, which the tests check.)
"""

from __future__ import annotations

import contextlib
import json
import struct
import tracemalloc
import warnings
import zipfile
import zlib
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from signing_support import PASSPHRASE

from gm100_desktop.domain.archive import read_archive, write_archive
from gm100_desktop.domain.bundle import BUNDLE_MEMBERS, bundle_trusted_comment, read_bundle
from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.domain.event_package import EventPackage, read_event_package, signature_comment
from gm100_desktop.domain.minisign import SecretKey
from gm100_desktop.errors import ArchiveError, BundleError, GM100Error, MismatchError, VerificationError
from gm100_desktop.services.demo_files import write_demo_files
from gm100_desktop.services.identity import load_identity, unlock_identity
from gm100_desktop.services.verify import verify_files

MB = 1024 * 1024


class Demo:
    def __init__(self, folder: Path) -> None:
        summary = write_demo_files(
            folder, regions=6, assessors=2, panels=1, seed=5, passphrase=PASSPHRASE, kdf_n=1024
        )
        self.folder = folder
        self.bundle_file = summary.bundles[0]
        self.bundle = summary.bundles[0].read_bytes()
        self.event: EventPackage = read_event_package(summary.event_file.read_bytes(), "event")
        self.key = unlock_identity(load_identity(summary.identities[1]), PASSPHRASE).secret
        with zipfile.ZipFile(BytesIO(self.bundle)) as z:
            self.members = {name: z.read(name) for name in z.namelist()}

    def resigned(self, body: bytes, key: SecretKey | None = None) -> bytes:
        """The bundle with `body` as bundle.json, properly signed (by the assessor unless `key` is given)."""
        key = key or self.key
        try:
            data = json.loads(body)
            comment = bundle_trusted_comment(
                data["event"]["event_id"], data["assessor"]["assessor_id"], data["sequence"]
            )
        except Exception:
            comment = "gm100-bundle event:x assessor:y sequence:1"
        members = dict(self.members)
        members["bundle.json"] = body
        members["bundle.json.minisig"] = key.sign(body, comment, signature_comment(key.public_key()))
        members["assessor.pub"] = key.public_key().to_file().encode("ascii")
        return write_archive(members)

    def json_body(self) -> dict[str, Any]:
        return json.loads(self.members["bundle.json"])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return Demo(tmp_path_factory.mktemp("demo"))


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in entries:
                z.writestr(info, data)
    return buffer.getvalue()


def _refused(data: bytes, demo: Demo, *, event: bool = False) -> GM100Error:
    with pytest.raises(GM100Error) as caught:
        read_bundle(data, "hostile.gm100bundle", demo.event if event else None)
    assert "hostile.gm100bundle" in caught.value.message
    return caught.value


def test_the_untouched_demo_bundle_is_valid(demo: Demo) -> None:
    assert read_bundle(demo.bundle, "ok", demo.event).content.assessor_id == "A001"


# ---- the container -----------------------------------------------------------------------------------------


def _bomb(size: int) -> bytes:
    """A deflate member of `size` zero bytes, built without holding them in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(MB)
    parts = [packer.compress(chunk) for _ in range(size // MB)]
    compressed = b"".join(parts) + packer.flush()
    crc = 0
    for _ in range(size // MB):
        crc = zlib.crc32(chunk, crc)
    return _raw_zip({"bundle.json": (compressed, size, crc)})


def _raw_zip(members: dict[str, tuple[bytes, int, int]]) -> bytes:
    """A ZIP with the given (deflated data, declared size, crc) members, headers as zipfile writes them."""
    body = bytearray()
    central = bytearray()
    for name, (compressed, size, crc) in members.items():
        raw = name.encode()
        local = struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 33, crc, len(compressed), size, len(raw), 0
        )
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 0x314, 20, 0, 8, 0, 33, crc, len(compressed), size,
            len(raw), 0, 0, 0, 0, 0o100644 << 16, len(body),
        ) + raw  # fmt: skip
        body += local + raw + compressed
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(body), 0
    )
    return bytes(body + central + end)


def test_zip_bomb_over_the_size_limit_is_refused_without_inflating_it(demo: Demo) -> None:
    bomb = _bomb(80 * MB)
    assert len(bomb) < MB
    tracemalloc.start()
    error = _refused(bomb, demo)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(error, ArchiveError)
    assert "at most" in error.message or "members" in error.message or "missing" in error.message
    assert peak < 4 * MB


def test_zip_bomb_by_compression_ratio_is_refused(demo: Demo) -> None:
    members = {
        "bundle.json": _bomb_member(20 * MB),
        "bundle.json.minisig": _member(demo.members["bundle.json.minisig"]),
        "assessor.pub": _member(demo.members["assessor.pub"]),
    }
    tracemalloc.start()
    error = _refused(_raw_zip(dict(sorted(members.items()))), demo)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "ZIP bomb" in error.message
    assert peak < 4 * MB


def _member(data: bytes) -> tuple[bytes, int, int]:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), len(data), zlib.crc32(data)


def _bomb_member(size: int) -> tuple[bytes, int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(MB)
    compressed = b"".join(packer.compress(chunk) for _ in range(size // MB)) + packer.flush()
    crc = 0
    for _ in range(size // MB):
        crc = zlib.crc32(chunk, crc)
    return compressed, size, crc


def test_member_that_inflates_beyond_its_declared_size_is_cut_off(demo: Demo) -> None:
    compressed, _, crc = _bomb_member(30 * MB)
    members = {
        "assessor.pub": _member(demo.members["assessor.pub"]),
        "bundle.json": (compressed, 1000, crc),  # the header lies: 1000 bytes
        "bundle.json.minisig": _member(demo.members["bundle.json.minisig"]),
    }
    tracemalloc.start()
    error = _refused(_raw_zip(members), demo)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "larger than it says" in error.message or "ZIP bomb" in error.message
    assert peak < 4 * MB


@pytest.mark.parametrize(
    "name",
    ["../bundle.json", "/bundle.json", "C:bundle.json", "a\\..\\bundle.json", "x/bundle.json", "bun\x01dle"],
)
def test_unsafe_member_names_are_refused(demo: Demo, name: str) -> None:
    data = _zip([(name, b"{}"), ("bundle.json.minisig", b"x"), ("assessor.pub", b"y")])
    error = _refused(data, demo)
    assert "unsafe" in error.message or "folder" in error.message


def test_symbolic_link_member_is_refused(demo: Demo) -> None:
    link = zipfile.ZipInfo("bundle.json", date_time=(1980, 1, 1, 0, 0, 0))
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    link.compress_type = zipfile.ZIP_DEFLATED
    data = _zip(
        [
            ("assessor.pub", demo.members["assessor.pub"]),
            (link, b"/etc/passwd"),
            ("bundle.json.minisig", demo.members["bundle.json.minisig"]),
        ]
    )
    assert "symbolic link" in _refused(data, demo).message


def test_duplicate_missing_extra_and_oversized_members_are_refused(demo: Demo) -> None:
    m = demo.members
    duplicate = _zip(
        [("assessor.pub", m["assessor.pub"]), ("bundle.json", m["bundle.json"]), ("bundle.json", b"{}")]
    )
    assert "appears twice" in _refused(duplicate, demo).message
    missing = write_archive({k: v for k, v in m.items() if k != "assessor.pub"})
    assert '"assessor.pub" is missing' in _refused(missing, demo).message
    extra = write_archive({**m, "readme.txt": b"hello"})
    assert 'unexpected member "readme.txt"' in _refused(extra, demo).message
    oversized = write_archive({**m, "bundle.json.minisig": m["bundle.json.minisig"] + b"#" * 10_000})
    assert "at most 4096" in _refused(oversized, demo).message


def test_data_hidden_before_after_or_between_members_is_refused(demo: Demo) -> None:
    assert "after the end" in _refused(demo.bundle + b"trailing", demo).message
    assert isinstance(_refused(b"MZ" + demo.bundle, demo), ArchiveError)
    commented = demo.bundle[:-2] + struct.pack("<H", 4) + b"note"
    assert isinstance(_refused(commented, demo), ArchiveError)


def test_files_that_are_not_archives_are_refused(demo: Demo) -> None:
    for data in (b"", b"not a zip at all", b"PK\x03\x04" + bytes(100), json.dumps({"a": 1}).encode()):
        assert isinstance(_refused(data, demo), ArchiveError)


def test_encrypted_or_stored_members_are_refused(demo: Demo) -> None:
    stored = _zip([(zipfile.ZipInfo(name), data) for name, data in sorted(demo.members.items())])
    assert "compression method 0" in _refused(stored, demo).message
    flagged = bytearray(demo.bundle)
    central = flagged.find(b"PK\x01\x02")
    local = 0
    for at in (local + 6, central + 8):
        flagged[at] |= 0x01
    assert "encrypted" in _refused(bytes(flagged), demo).message


def test_an_oversized_file_is_refused_before_it_is_read(demo: Demo, tmp_path: Path) -> None:
    huge = tmp_path / "huge.gm100bundle"
    with open(huge, "wb") as fh:
        fh.truncate(200 * MB)  # sparse: nothing is really written
    tracemalloc.start()
    [verdict] = verify_files([huge])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert not verdict.valid and "at most" in verdict.reason and str(huge) in verdict.reason
    assert peak < 4 * MB


# ---- the JSON inside, properly signed ----------------------------------------------------------------------


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda body: (
                body.replace(b"Berasal", b"Ber\xff\xfesal") if b"Berasal" in body else b"\xff" + body
            ),
            "UTF-8",
        ),
        (lambda body: body[:-1] + b',"x":' + _deep(100_000) + b"}", "nested"),
        (lambda body: body[:-1] + b',"x":' + _deep(40) + b"}", "nested"),
        (lambda body: body.replace(b'"sequence":1', b'"sequence":NaN'), "NaN"),
        (lambda body: body.replace(b'"sequence":1', b'"sequence":Infinity'), "Infinity"),
        (lambda body: body.replace(b'"sequence":1', b'"sequence":1e999'), "too large"),
        (lambda body: body.replace(b'"sequence":1', b'"sequence":"1"'), "sequence"),
        (
            lambda body: body.replace(b'"format_version":1', b'"format_version":2'),
            "version 2 is not supported",
        ),
        (lambda body: body.replace(b'"sequence":1', b'"sequence":1,"sequence":2'), "twice"),
        (lambda body: body.replace(b'{"app_version"', b'{ "app_version"'), "canonical"),
        (lambda body: body.replace(b'"value":3', b'"value":9', 1), "outside the scale"),
        (lambda body: body.replace(b'"value":3', b'"value":true', 1), "whole number"),
        (lambda body: body[:-1] + b',"unexpected":1}', "not a field"),
    ],
)
def test_bad_json_is_refused_even_when_signed(
    demo: Demo, mutate: Callable[[bytes], bytes], expected: str
) -> None:
    body = mutate(demo.members["bundle.json"])
    assert body != demo.members["bundle.json"]
    error = _refused(demo.resigned(body), demo)
    assert isinstance(error, BundleError | VerificationError)
    assert expected in error.message


def test_a_score_changed_and_re_signed_by_the_assessor_still_disagrees_with_the_history(demo: Demo) -> None:
    data = demo.json_body()
    region = next(g for g in data["regions"] if g["scores"])
    score = region["scores"][0]
    score["value"] = data["rubric"]["scale_min"] if score["value"] != data["rubric"]["scale_min"] else 2
    error = _refused(demo.resigned(canonical_json(data)), demo)
    assert "history" in error.message


def test_a_bundle_re_signed_by_another_key_is_refused(demo: Demo) -> None:
    thief = SecretKey.generate()
    error = _refused(demo.resigned(demo.members["bundle.json"], thief), demo)
    assert isinstance(error, MismatchError) and "bundle.json names key" in error.message
    # Even when the JSON is changed to name the thief's key, the event's roster does not.
    data = demo.json_body()
    data["assessor"]["key_id"] = thief.public_key().key_id_hex
    data["assessor"]["public_key"] = thief.public_key().to_base64()
    error = _refused(demo.resigned(canonical_json(data), thief), demo, event=True)
    assert "the chair registered key" in error.message


def test_a_bundle_for_another_event_is_refused(demo: Demo, tmp_path: Path) -> None:
    other = write_demo_files(tmp_path / "other", regions=3, assessors=1, panels=1, seed=6, kdf_n=1024)
    verdicts = verify_files([other.event_file, demo.bundle_file])
    assert verdicts[0].valid and not verdicts[1].valid
    assert 'belongs to event "gm100-demo-5", not to event "gm100-demo-6"' in verdicts[1].reason


def test_nothing_is_extracted_to_disk(demo: Demo) -> None:
    before = sorted(str(p) for p in demo.folder.rglob("*"))
    for data in (demo.bundle, _bomb(80 * MB), demo.bundle + b"x"):
        with contextlib.suppress(GM100Error):
            read_bundle(data, "b")
    assert sorted(str(p) for p in demo.folder.rglob("*")) == before


# ---- random mutations --------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_random_change_to_a_bundle_file_is_accepted_as_other_content(
    demo: Demo, data: st.DataObject
) -> None:
    original = demo.bundle
    kind = data.draw(st.sampled_from(["replace", "insert", "delete", "truncate"]))
    mutated = bytearray(original)
    if kind == "replace":
        for _ in range(data.draw(st.integers(1, 4))):
            at = data.draw(st.integers(0, len(mutated) - 1))
            mutated[at] = data.draw(st.integers(0, 255).filter(lambda b, at=at: b != original[at]))
    elif kind == "insert":
        at = data.draw(st.integers(0, len(mutated)))
        mutated[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    elif kind == "delete":
        at = data.draw(st.integers(0, len(mutated) - 1))
        del mutated[at : at + data.draw(st.integers(1, 8))]
    else:
        del mutated[data.draw(st.integers(0, len(mutated) - 1)) :]
    if bytes(mutated) == original:
        return
    try:
        read_bundle(bytes(mutated), "mutated.gm100bundle", demo.event)
    except GM100Error:
        return  # refused with a reason; anything else escaping would be a crash of the verifier
    # Deflate can spell the same bytes in more than one way (a back-reference to an equal earlier copy),
    # so a changed compressed byte may still inflate to the signed bytes. Then nothing was altered:
    assert read_archive(bytes(mutated), "m", BUNDLE_MEMBERS) == demo.members


def test_a_change_that_leaves_the_signed_bytes_intact_is_the_only_change_ever_accepted(demo: Demo) -> None:
    """Every single-bit flip of the whole file: refused, or it inflates to exactly the signed members."""
    original = demo.bundle
    accepted = 0
    for at in range(len(original)):
        for bit in range(8):
            mutated = bytearray(original)
            mutated[at] ^= 1 << bit
            try:
                read_bundle(bytes(mutated), "flipped", demo.event)
            except GM100Error:
                continue
            accepted += 1
            assert read_archive(bytes(mutated), "flipped", BUNDLE_MEMBERS) == demo.members
    assert accepted <= 8  # only equivalent back-references inside the deflate data, if any


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_changed_bundle_json_re_signed_by_a_wrong_key_is_never_accepted(
    demo: Demo, data: st.DataObject
) -> None:
    body = bytearray(demo.members["bundle.json"])
    for _ in range(data.draw(st.integers(0, 3))):
        at = data.draw(st.integers(0, len(body) - 1))
        body[at] = data.draw(st.integers(0, 255))
    thief = SecretKey.generate()
    with pytest.raises(GM100Error):
        read_bundle(demo.resigned(bytes(body), thief), "forged.gm100bundle", demo.event)
    with pytest.raises(GM100Error):
        read_bundle(demo.resigned(bytes(body), thief), "forged.gm100bundle")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_changed_bundle_json_signed_by_the_assessor_never_crashes_the_verifier(
    demo: Demo, data: st.DataObject
) -> None:
    body = bytearray(demo.members["bundle.json"])
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(body) - 1))
        body[at] = data.draw(st.integers(0, 255))
    with contextlib.suppress(GM100Error):  # refused with a reason; accepting is fine: the assessor signed it
        read_bundle(demo.resigned(bytes(body)), "changed.gm100bundle", demo.event)
