"""Reading rubric files (built-in or the chair's own) into validated `Rubric`s."""

from __future__ import annotations

import json
from pathlib import Path

from gm100_desktop import paths
from gm100_desktop.domain.rubric import Rubric, parse_rubric
from gm100_desktop.errors import RubricError

MAX_RUBRIC_BYTES = 2_000_000


def builtin_rubric_names() -> list[str]:
    return sorted(p.stem for p in (paths.resources_dir() / "rubrics").glob("*.json"))


def builtin_rubric(name: str) -> Rubric:
    path = paths.resources_dir() / "rubrics" / f"{name}.json"
    if not path.is_file():
        raise RubricError(
            f"builtin:{name}", "(name)", f"no such built-in rubric; known: {builtin_rubric_names()}"
        )
    return load_rubric_file(path)


def load_rubric_file(path: Path) -> Rubric:
    """Read and validate a rubric file; every problem names the file and the field."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RubricError(name, "(file)", exc.strerror or str(exc)) from exc
    if len(raw) > MAX_RUBRIC_BYTES:
        raise RubricError(name, "(file)", "larger than 2 MB; this is not a rubric")
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise RubricError(name, "(file)", f"not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise RubricError(name, f"line {exc.lineno} column {exc.colno}", exc.msg) from exc
    except ValueError as exc:
        raise RubricError(name, "(file)", str(exc)) from exc
    return parse_rubric(data, name)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")
