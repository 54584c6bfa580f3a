"""Shrink the ICU data library Qt brings on Linux (31 MB) to the collation data the app's languages need.

Qt 6 links ICU for collation, locale-aware case mapping, time-zone names and legacy text codecs; the app uses
none of the last three (all its files are UTF-8, times are shown from Python). The data library holds one
symbol, `icudtNN_dat`, an ICU "common data" package (a table of named items). We keep the items collation for
Indonesian and English needs, write a new package and link it into a library of the same name with the C
compiler. Without a compiler, or when the result does not collate exactly like the full data, the full
library stays: the app is then larger, never different.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Item names are relative to the package's tree (icudt73l/...): the index, and in coll/ the root collation
# (Indonesian and English use it) with the small Indonesian and English entries that point to it.
KEPT_ITEMS = re.compile(
    r"""^(
        res_index\.res
      | coll/ (res_index\.res | root\.res | ucadata\.icu | (id|in|en) (_[A-Za-z0-9_]+)? \.res)
    )$""",
    re.VERBOSE,
)
HEADER_MAGIC = (0xDA, 0x27)
PAD = b"\xaa"  # what ICU's own packager fills alignment gaps with
# Words sorted by the check: case, accents, digits and the Indonesian names the app lists.
SAMPLE_WORDS = (
    "Kota Bandung",
    "kabupaten Aceh",
    "Kab. Éclair",
    "Zebra",
    "apel",
    "Apel",
    "10 Kota",
    "2 Kota",
    "Ödeng",
    "ODENG",
    "bandung",
    "Çiamis",
)


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of an ICU common-data package (format "CmnD")."""
    if len(blob) < 32:
        raise ValueError("too short for an ICU data package")
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != HEADER_MAGIC or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common-data package")
    (count,) = struct.unpack_from("<I", blob, header_size)
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + data_offset for _, data_offset in toc] + [len(blob)]
    items = []
    for i, (name_offset, _) in enumerate(toc):
        name_start = header_size + name_offset
        name = blob[name_start : blob.index(b"\0", name_start)].decode("ascii")
        items.append((name, blob[starts[i] : starts[i + 1]]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package holding `items` (kept in name order: ICU looks them up by binary search)."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = _align(toc_size + len(names), 16)
    toc, data, name_offset = [struct.pack("<I", len(items))], bytearray(), toc_size
    for name, item in items:
        toc.append(struct.pack("<II", name_offset, data_start + len(data)))
        name_offset += len(name) + 1
        data += item + PAD * (_align(len(item), 16) - len(item))
    body = b"".join(toc) + names
    return header + body + PAD * (data_start - len(body)) + bytes(data)


def _align(n: int, to: int) -> int:
    return (n + to - 1) // to * to


def kept(name: str) -> bool:
    """True for an item the app keeps; `name` as in the package (icudt73l/coll/id.res)."""
    return bool(KEPT_ITEMS.match(name.split("/", 1)[1] if "/" in name else name))


def data_symbol(library: Path) -> tuple[str, int, int] | None:
    """(symbol, file offset, size) of the icudtNN_dat symbol, by `nm`; None when it cannot be found."""
    nm = shutil.which("nm")
    if nm is None:
        return None
    out = subprocess.run([nm, "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True)
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            # The data sits in the first loadable segment, whose file offsets equal its addresses.
            offset, size = int(parts[0], 16), int(parts[1], 16)
            with library.open("rb") as f:
                f.seek(offset)
                head = f.read(16)
            if len(head) < 16 or tuple(head[2:4]) != HEADER_MAGIC or head[12:16] != b"CmnD":
                return None
            return parts[3], offset, size
    return None


def build_library(symbol: str, package: bytes, soname: str, out: Path) -> bool:
    """Link `package` as `symbol` into the shared library `out`; False when no C compiler is found."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.bin"
        data.write_bytes(package)
        source = Path(tmp) / "data.S"
        source.write_text(
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
            f'\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        result = subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(source)],
            capture_output=True,
            text=True,
        )
    return result.returncode == 0


def collation_check_script() -> str:
    """Python that prints the sample words sorted by QCollator in Indonesian and English, and case maps."""
    return (
        "import sys\n"
        "from PySide6.QtCore import QCollator, QLocale\n"
        f"words = {list(SAMPLE_WORDS)!r}\n"
        "for name in ('id_ID', 'en_GB'):\n"
        "    c = QCollator(QLocale(name))\n"
        "    print(name, sorted(words, key=c.sortKey))\n"
        "    print(name, QLocale(name).toUpper('istanbul ß'), QLocale(name).toLower('İSTANBUL'))\n"
    )


def same_behaviour(python: str, trimmed: Path) -> bool:
    """True when Qt, given the trimmed library, collates and maps case exactly as with the full one."""

    def run(preload: str | None) -> subprocess.CompletedProcess[str]:
        env = dict(__import__("os").environ)
        if preload:
            env["LD_PRELOAD"] = preload
        return subprocess.run(
            [python, "-c", collation_check_script()], capture_output=True, text=True, env=env, timeout=120
        )

    full, small = run(None), run(str(trimmed))
    return full.returncode == 0 and small.returncode == 0 and full.stdout == small.stdout and not small.stderr


def trim(library: Path, python: str) -> tuple[int, int] | str:
    """Replace `library` by its trimmed version; (size before, size after), or why it was left whole."""
    found = data_symbol(library)
    if found is None:
        return "the ICU data symbol was not found (nm missing, or another layout)"
    symbol, offset, size = found
    blob = library.read_bytes()
    header, items = read_package(blob[offset : offset + size])
    package = write_package(header, [(name, item) for name, item in items if kept(name)])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / library.name
        if not build_library(symbol, package, library.name, out):
            return "no C compiler (cc) to link the trimmed data"
        if not same_behaviour(python, out):
            return "the trimmed data did not collate exactly like the full data"
        before = library.stat().st_size
        shutil.copyfile(out, library)
    return before, library.stat().st_size
