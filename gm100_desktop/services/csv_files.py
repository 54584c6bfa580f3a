"""What every CSV reader of the chair shares: UTF-8 text with a size cap, a checked header, numbered rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from gm100_desktop.errors import CsvFileError

MAX_CSV_BYTES = 5_000_000


def read_csv_text(path: Path, what: str) -> str:
    """The file as text (a spreadsheet's byte order mark dropped), or `CsvFileError` naming the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CsvFileError(path.name, [exc.strerror or str(exc)]) from exc
    if len(raw) > MAX_CSV_BYTES:
        raise CsvFileError(path.name, [f"larger than 5 MB; this is not {what}"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvFileError(path.name, [f"not UTF-8 text (byte {exc.start}); save it as CSV UTF-8"]) from exc


class CsvRows:
    """Rows of a CSV with a header: `header` as written (stripped), rows as (line number, {column: value})."""

    def __init__(
        self,
        text: str,
        name: str,
        required: Sequence[str],
        *,
        lower: bool = True,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.name = name
        self._reader = csv.reader(io.StringIO(text, newline=""))
        first = next(self._reader, [])
        self.header = [h.strip().lower() if lower else h.strip() for h in first]
        self.header = [(aliases or {}).get(h, h) for h in self.header]
        missing = [c for c in required if c not in self.header]
        if missing:
            raise CsvFileError(
                name,
                [
                    f"line 1: the header needs the columns {', '.join(required)} "
                    f"(missing: {', '.join(missing)})"
                ],
            )
        self.problems: list[str] = []

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Non-blank rows with values stripped; a row longer than the header is a problem, and skipped."""
        width = len(self.header)
        for fields in self._reader:
            line = self._reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) > width and any(f.strip() for f in fields[width:]):
                self.problems.append(f"line {line}: more fields than the header has")
                continue
            values = [f.strip() for f in fields[:width]] + [""] * (width - len(fields))
            yield line, dict(zip(self.header, values, strict=True))

    def done(self) -> None:
        """Refuse the whole file if any row had a problem."""
        if self.problems:
            raise CsvFileError(self.name, self.problems)
