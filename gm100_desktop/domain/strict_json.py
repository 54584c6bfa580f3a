"""Parsing signed JSON strictly: UTF-8, canonical form only, bounded nesting, no NaN, no duplicate keys."""

from __future__ import annotations

import json
import math
import re
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
    try:
        canonical = canonical_json(value)
    except UnicodeEncodeError:  # a lone surrogate (\ud800) has no UTF-8 form, so no canonical one
        canonical = b""
    if canonical != data:
        raise error(
            source, "(file)", "not in canonical form (sorted keys, no spaces, UTF-8) as GM100 Assessor writes"
        )
    return value


# ---- shapes: a quick test for canonical JSON of a known form --------------------------------------------
# A shape is a regular expression (over UTF-8 bytes) that matches only the canonical JSON of one form of
# data: every object with exactly its keys, in sorted order; every text exactly as json.dumps writes it;
# integers without a sign on zero or leading zeros; no spaces, floats, NaN or repeated keys. So JSON that
# matches a shape (and is UTF-8) is canonical, and load_canonical_json would return the same value for it.
# Shapes only speed up the common case: when one does not match, load_canonical_json decides and names why.

TEXT = (  # ", \ and the control characters escaped as json.dumps does it; anything else as it is
    rb'"[^"\\\x00-\x1f]*+(?:(?:\\["\\bfnrt]|\\u00(?:0[0-7]|0b|0e|0f|1[0-9a-f]))[^"\\\x00-\x1f]*+)*+"'
)
INTEGER = rb"(?:0|-?[1-9][0-9]*+)"


def plain_text(pattern: bytes) -> bytes:
    """A text of characters `pattern` matches; it must match none that JSON escapes (", \\, control)."""
    return b'"' + pattern + b'"'


def nullable(shape: bytes) -> bytes:
    return b"(?:null|" + shape + b")"


def one_of(*values: str | int) -> bytes:
    return b"(?:" + b"|".join(re.escape(canonical_json(v)) for v in values) + b")"


def array(item: bytes) -> bytes:
    return rb"\[(?:" + item + b"(?:," + item + rb")*+)?\]"


def obj(fields: dict[str, bytes]) -> bytes:
    """An object with exactly these keys, which canonical JSON writes in sorted order."""
    members = (re.escape(canonical_json(key)) + b":" + fields[key] for key in sorted(fields))
    return rb"\{" + b",".join(members) + rb"\}"


def load_shaped_json(data: bytes, shape: re.Pattern[bytes]) -> Any | None:
    """The value of `data` when it matches `shape` (which must nest at most MAX_DEPTH levels), else None."""
    if shape.fullmatch(data) is None:
        return None
    try:
        return json.loads(data.decode("utf-8"))
    except ValueError:  # not UTF-8
        return None


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
