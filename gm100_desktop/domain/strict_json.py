"""Parsing signed JSON strictly: UTF-8, canonical form only, bounded nesting, no NaN, no duplicate keys."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from gm100_desktop.domain.canonical import canonical_json
from gm100_desktop.errors import FormatError

MAX_DEPTH = 16

ErrorFactory = Callable[[str, str, str], FormatError]


def load_canonical_json(data: bytes, source: str, error: ErrorFactory) -> Any:
    """Parse `data`, which must be exactly the canonical JSON (see domain/canonical.py) of what it holds."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(source, "(file)", f"not UTF-8 text (byte {exc.start})") from None
    try:
        value = json.loads(
            text, parse_constant=_no_constant, parse_float=_finite_float, object_pairs_hook=_unique_keys
        )
    except RecursionError:
        raise error(source, "(file)", f"nested deeper than {MAX_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise error(source, f"line {exc.lineno} column {exc.colno}", exc.msg) from None
    except ValueError as exc:
        raise error(source, "(file)", str(exc)) from None
    if isinstance(value, dict | list) and _too_deep(value):
        raise error(source, "(file)", f"nested deeper than {MAX_DEPTH} levels")
    if canonical_json(value) != data:
        raise error(
            source, "(file)", "not in canonical form (sorted keys, no spaces, UTF-8) as GM100 Assessor writes"
        )
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large a number")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f'the key "{key}" appears twice in one object')
        out[key] = value
    return out


def _too_deep(value: Any) -> bool:
    """Nesting beyond MAX_DEPTH (the parser's own recursion limit already stopped anything absurd)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if level > MAX_DEPTH:
            return True
        for child in item.values() if isinstance(item, dict) else item:
            if isinstance(child, dict | list):
                stack.append((child, level + 1))
    return False
