"""Small readers for JSON-like data that name the exact field when a value is wrong."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, NoReturn

from gm100_desktop.errors import FormatError

ErrorFactory = Callable[[str, str, str], FormatError]


class FieldReader:
    """Reads typed values out of parsed JSON; raises `error(source, field, reason)` on the first problem."""

    def __init__(self, source: str, error: ErrorFactory) -> None:
        self.source = source
        self.error = error

    def fail(self, field: str, reason: str) -> NoReturn:
        raise self.error(self.source, field, reason)

    def obj(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(field, "must be an object")
        return value

    def get(self, obj: dict[str, Any], key: str, field: str) -> Any:
        if key not in obj:
            self.fail(f"{field}.{key}" if field else key, "is missing")
        return obj[key]

    def text(self, obj: dict[str, Any], key: str, field: str, *, required: bool = True) -> str:
        path = f"{field}.{key}" if field else key
        if key not in obj:
            if required:
                self.fail(path, "is missing")
            return ""
        value = obj[key]
        if not isinstance(value, str):
            self.fail(path, "must be text")
        if required and not value.strip():
            self.fail(path, "must not be empty")
        return value

    def integer(self, obj: dict[str, Any], key: str, field: str) -> int:
        path = f"{field}.{key}" if field else key
        value = self.get(obj, key, field)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, "must be a whole number")
        return value

    def number(self, obj: dict[str, Any], key: str, field: str, *, positive: bool = False) -> float:
        path = f"{field}.{key}" if field else key
        value = self.get(obj, key, field)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.fail(path, "must be a number")
        if positive and value <= 0:
            self.fail(path, "must be greater than zero")
        return float(value)

    def array(self, obj: dict[str, Any], key: str, field: str, *, non_empty: bool = True) -> list[Any]:
        path = f"{field}.{key}" if field else key
        value = self.get(obj, key, field)
        if not isinstance(value, list):
            self.fail(path, "must be a list")
        if non_empty and not value:
            self.fail(path, "must not be empty")
        return value

    def localized(
        self, obj: dict[str, Any], key: str, field: str, *, required: bool = True
    ) -> dict[str, str]:
        """A text in both languages: {"id": "...", "en": "..."}; Bahasa Indonesia is required."""
        path = f"{field}.{key}" if field else key
        if key not in obj:
            if required:
                self.fail(path, "is missing")
            return {"id": "", "en": ""}
        value = obj[key]
        if not isinstance(value, dict):
            self.fail(path, 'must be an object like {"id": "...", "en": "..."}')
        out: dict[str, str] = {}
        for lang in ("id", "en"):
            text = value.get(lang, "")
            if not isinstance(text, str):
                self.fail(f"{path}.{lang}", "must be text")
            out[lang] = text
        unknown = sorted(set(value) - {"id", "en"})
        if unknown:
            self.fail(f"{path}.{unknown[0]}", "unknown language (use id and en)")
        if required and not out["id"].strip():
            self.fail(f"{path}.id", "must not be empty")
        return out
