"""The ZIP container of event packages and score bundles: a deterministic writer and a strict, bounded reader.

Both work on bytes in memory; nothing is ever extracted to disk. The writer always produces the same bytes
for the same members (sorted names, fixed 1980-01-01 timestamps, deflate, no extra fields), and the reader
accepts only that exact layout: every header byte must be what the writer would have written, members must
be exactly the expected set, sizes and compression ratios are capped before anything is inflated, and
inflating never produces more than the declared size.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from gm100_desktop.errors import ArchiveError

MAX_ARCHIVE_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 16  # we need 3; more entries are refused before any of them is looked at
MAX_CENTRAL_DIRECTORY = 64 * 1024
MAX_RATIO = 100  # uncompressed / compressed, above RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024

LOCAL_SIG = b"PK\x03\x04"
CENTRAL_SIG = b"PK\x01\x02"
END_SIG = b"PK\x05\x06"
LOCAL = struct.Struct("<4sHHHHHIIIHH")
CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
END = struct.Struct("<4sHHHHIIH")

VERSION = 20  # 2.0: deflate
MADE_BY = (3 << 8) | VERSION  # Unix, so unzip tools restore the file mode below
DEFLATE = 8
DOS_TIME = 0
DOS_DATE = (1 << 5) | 1  # 1980-01-01
FILE_MODE = 0o100644 << 16  # regular file, rw-r--r--
S_IFMT = 0o170000
S_IFREG = 0o100000
S_IFLNK = 0o120000


@dataclass(frozen=True)
class _Entry:
    name: str
    raw_name: bytes
    flags: int
    method: int
    crc: int
    compressed: int
    size: int
    offset: int
    made_by: int
    external: int
    header: bytes


def write_archive(members: Mapping[str, bytes]) -> bytes:
    """A ZIP archive of `members`, byte-for-byte the same for the same members."""
    body = bytearray()
    central = bytearray()
    for name in sorted(members):
        data = members[name]
        raw_name = name.encode("ascii")
        packer = zlib.compressobj(6, zlib.DEFLATED, -15, 8)
        compressed = packer.compress(data) + packer.flush()
        crc = zlib.crc32(data)
        central += _central_header(raw_name, crc, len(compressed), len(data), len(body))
        body += _local_header(raw_name, crc, len(compressed), len(data)) + compressed
    end = END.pack(END_SIG, 0, 0, len(members), len(members), len(central), len(body), 0)
    return bytes(body + central + end)


def _local_header(raw_name: bytes, crc: int, compressed: int, size: int) -> bytes:
    fixed = LOCAL.pack(
        LOCAL_SIG, VERSION, 0, DEFLATE, DOS_TIME, DOS_DATE, crc, compressed, size, len(raw_name), 0
    )
    return fixed + raw_name


def _central_header(raw_name: bytes, crc: int, compressed: int, size: int, offset: int) -> bytes:
    fixed = CENTRAL.pack(
        CENTRAL_SIG, MADE_BY, VERSION, 0, DEFLATE, DOS_TIME, DOS_DATE, crc, compressed, size,
        len(raw_name), 0, 0, 0, 0, FILE_MODE, offset,
    )  # fmt: skip
    return fixed + raw_name


def member_names(data: bytes, source: str) -> list[str]:
    """The member names of an archive (for telling a bundle from an event package), or ArchiveError."""
    return [e.name for e in _central_directory(data, source)]


def read_archive(data: bytes, source: str, limits: Mapping[str, int]) -> dict[str, bytes]:
    """The members of an archive holding exactly the names of `limits`, each at most that many bytes."""
    entries = _central_directory(data, source)
    names = [e.name for e in entries]
    for entry in entries:
        _check_name(entry.name, source)
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ArchiveError(source, f'the member "{name}" appears twice')
        seen.add(name)
    extra = sorted(seen - set(limits))
    if extra:
        raise ArchiveError(
            source, f'unexpected member "{extra[0]}" (expected only {", ".join(sorted(limits))})'
        )
    missing = sorted(set(limits) - seen)
    if missing:
        raise ArchiveError(source, f'the member "{missing[0]}" is missing')
    total = 0
    for entry in entries:
        _check_entry(entry, limits[entry.name], source)
        total += entry.size
    if total > sum(limits.values()):
        raise ArchiveError(source, "the members are larger in total than allowed")
    for e in entries:
        if e.header != _central_header(e.raw_name, e.crc, e.compressed, e.size, e.offset):
            raise ArchiveError(source, f'the directory entry of "{e.name}" is not what GM100 Assessor writes')
    return _read_members(data, entries, source)


def _central_directory(data: bytes, source: str) -> list[_Entry]:
    if len(data) > MAX_ARCHIVE_BYTES:
        raise ArchiveError(source, f"the file is larger than {MAX_ARCHIVE_BYTES // (1024 * 1024)} MB")
    if len(data) < END.size or data[-END.size : -END.size + 4] != END_SIG:
        if data[:4] == LOCAL_SIG or END_SIG in data[-(END.size + 65535) :]:
            raise ArchiveError(source, "there is a comment or other data after the end of the archive")
        raise ArchiveError(source, "not a ZIP archive")
    end_at = len(data) - END.size
    _, disk, cd_disk, on_disk, count, cd_size, cd_offset, comment = END.unpack_from(data, end_at)
    if disk or cd_disk or on_disk != count or comment:
        raise ArchiveError(source, "split or commented archives are not used by GM100 Assessor")
    if count == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        raise ArchiveError(source, "ZIP64 archives are not used by GM100 Assessor")
    if count > MAX_MEMBERS:
        raise ArchiveError(source, f"it has {count} members; a GM100 file has 3")
    if cd_size > MAX_CENTRAL_DIRECTORY or cd_offset + cd_size != end_at:
        raise ArchiveError(
            source, "the member directory is not where it should be (data hidden in the archive?)"
        )
    entries: list[_Entry] = []
    at = cd_offset
    for _ in range(count):
        if at + CENTRAL.size > end_at or data[at : at + 4] != CENTRAL_SIG:
            raise ArchiveError(source, "the member directory is damaged")
        fields = CENTRAL.unpack_from(data, at)
        (_, made_by, _, flags, method, _, _, crc, compressed, size, name_len, extra_len, comment_len) = (
            fields[:13]
        )
        external, offset = fields[15], fields[16]
        end = at + CENTRAL.size + name_len + extra_len + comment_len
        if end > end_at:
            raise ArchiveError(source, "the member directory is damaged")
        raw_name = data[at + CENTRAL.size : at + CENTRAL.size + name_len]
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError:
            raise ArchiveError(source, "a member name is not UTF-8") from None
        entries.append(
            _Entry(
                name, raw_name, flags, method, crc, compressed, size, offset, made_by, external, data[at:end]
            )
        )
        at = end
    if at != end_at:
        raise ArchiveError(source, "the member directory is damaged")
    return entries


def _check_name(name: str, source: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if (
        not name
        or name.startswith(("/", "\\"))
        or (len(name) > 1 and name[1] == ":")
        or ".." in parts
        or any(ord(ch) < 32 for ch in name)
    ):
        raise ArchiveError(
            source, f'the member name "{name}" is unsafe (absolute path, "..", drive or control)'
        )
    if len(parts) > 1:
        raise ArchiveError(source, f'the member name "{name}" has a folder; GM100 files have none')


def _check_entry(entry: _Entry, limit: int, source: str) -> None:
    kind = (entry.external >> 16) & S_IFMT
    if entry.made_by >> 8 == 3 and kind == S_IFLNK:
        raise ArchiveError(source, f'the member "{entry.name}" is a symbolic link')
    if (entry.made_by >> 8 == 3 and kind not in (0, S_IFREG)) or entry.external & 0x10:
        raise ArchiveError(source, f'the member "{entry.name}" is not a plain file')
    if entry.flags & 0x1:
        raise ArchiveError(source, f'the member "{entry.name}" is encrypted')
    if entry.method != DEFLATE:
        raise ArchiveError(
            source, f'the member "{entry.name}" uses compression method {entry.method}, not deflate'
        )
    if entry.size > limit:
        raise ArchiveError(
            source, f'the member "{entry.name}" is {entry.size} bytes; at most {limit} are allowed'
        )
    if entry.size > RATIO_FLOOR and entry.size > MAX_RATIO * max(entry.compressed, 1):
        raise ArchiveError(
            source, f'the member "{entry.name}" is compressed more than {MAX_RATIO}:1 (a ZIP bomb?)'
        )


def _read_members(data: bytes, entries: list[_Entry], source: str) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    at = 0
    for entry in entries:
        header = _local_header(entry.raw_name, entry.crc, entry.compressed, entry.size)
        if entry.offset != at or data[at : at + len(header)] != header:
            raise ArchiveError(source, f'the header of "{entry.name}" does not match the member directory')
        start = at + len(header)
        at = start + entry.compressed
        if at > len(data):
            raise ArchiveError(source, f'the member "{entry.name}" is cut short')
        out[entry.name] = _inflate(data[start:at], entry, source)
    if at != len(data) - END.size - sum(len(e.header) for e in entries):
        raise ArchiveError(source, "there are bytes between the members and the member directory")
    if [e.name for e in entries] != sorted(e.name for e in entries):
        raise ArchiveError(source, "the members are not in the order GM100 Assessor writes them")
    return out


def _inflate(compressed: bytes, entry: _Entry, source: str) -> bytes:
    """Inflate at most the declared size; refuse more, less, trailing bytes, a bad CRC, stray padding bits."""
    if len(compressed) < 2:
        raise ArchiveError(source, f'the member "{entry.name}" is damaged')
    limit = entry.size + 1
    inflater = zlib.decompressobj(-15)
    try:
        head = inflater.decompress(compressed[:-1], limit)
        if inflater.unconsumed_tail or inflater.eof or len(head) > entry.size:
            raise ArchiveError(source, f'the member "{entry.name}" is larger than it says or damaged')
        before_last = inflater.copy()
        tail = inflater.decompress(compressed[-1:], limit - len(head))
    except zlib.error:
        raise ArchiveError(source, f'the member "{entry.name}" is damaged (bad compressed data)') from None
    content = head + tail
    if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail or len(content) != entry.size:
        raise ArchiveError(source, f'the member "{entry.name}" is not the size it says or is damaged')
    if zlib.crc32(content) != entry.crc:
        raise ArchiveError(source, f'the member "{entry.name}" is damaged (checksum mismatch)')
    last = compressed[-1]
    for bit in range(8):
        if last & (1 << bit):
            trial = before_last.copy()
            try:
                same = trial.decompress(bytes([last & ~(1 << bit)]), limit - len(head))
            except zlib.error:
                continue
            if trial.eof and not trial.unused_data and same == tail:
                # Unused padding bits at the end of the stream must be zero, as every deflater writes them.
                raise ArchiveError(source, f'the member "{entry.name}" has been altered (padding bits)')
    return content
