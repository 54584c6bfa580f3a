#!/usr/bin/env python3
"""Fill one message of a .ts file: `fill_translation.py LANG SOURCE TRANSLATION [CONTEXT]`.

For the odd string added after the bulk translation (for en, TRANSLATION is the SOURCE). Give CONTEXT (the
class name, or GM100Error for core messages) when the same source text appears in several contexts.
Qt Linguist (`pyside6-linguist`) is the tool for more.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ts_escape(text: str) -> str:
    """Text as lupdate writes it inside <source> and <translation>."""
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&apos;")):
        text = text.replace(raw, entity)
    return text


def fill(lang: str, source: str, translation: str, context: str | None = None) -> bool:
    path = ROOT / "resources" / "translations" / f"gm100_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    lower = 0
    if context is not None:
        lower = text.find(f"<name>{ts_escape(context)}</name>")
        if lower < 0:
            return False
    upper = text.find("</context>", lower) if context is not None else len(text)
    at = text.find(f"<source>{ts_escape(source)}</source>", lower, upper)
    if at < 0:
        return False
    start = text.index("<translation", at)
    end = text.index("</translation>", start) + len("</translation>")
    text = text[:start] + f"<translation>{ts_escape(translation)}</translation>" + text[end:]
    path.write_text(text, encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__)
        return 2
    lang, source, translation, *context = argv
    if not fill(lang, source, translation, context[0] if context else None):
        print(f"fill_translation: source not found in gm100_{lang}.ts: {source!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
