#!/usr/bin/env python3
"""Fill one message of a .ts file: `fill_translation.py LANG SOURCE TRANSLATION` (for en, the two are equal).

For the odd string added after the bulk translation; Qt Linguist (`pyside6-linguist`) is the tool for more.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fill(lang: str, source: str, translation: str) -> bool:
    path = ROOT / "resources" / "translations" / f"gm100_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    needle = f"<source>{html.escape(source, quote=False)}</source>"
    at = text.find(needle)
    if at < 0:
        return False
    start = text.index("<translation", at)
    end = text.index("</translation>", start) + len("</translation>")
    text = text[:start] + f"<translation>{html.escape(translation, quote=False)}</translation>" + text[end:]
    path.write_text(text, encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    lang, source, translation = argv
    if not fill(lang, source, translation):
        print(f"fill_translation: source not found in gm100_{lang}.ts: {source!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
