"""Reading files with a size cap and writing them atomically (temporary file, fsync, rename)."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from gm100_desktop.errors import ExportWriteError, VerificationError


def read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing (without reading it all) a file larger than `limit`."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise VerificationError(str(path), f"the file is {size} bytes; at most {limit} are accepted")
            data = fh.read(limit + 1)
    except OSError as exc:
        raise VerificationError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise VerificationError(str(path), f"the file is larger than {limit} bytes")
    return data


def write_atomic(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, never part of one."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportWriteError(path, exc.strerror or str(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
