#!/usr/bin/env python3
"""Collect every tr()/QT_TRANSLATE_NOOP string of the package into resources/translations/*.ts (lupdate)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("id", "en")


def main() -> int:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "gm100_desktop").rglob("*.py")
        if "migrations" not in p.parts
    )
    for lang in LANGUAGES:
        ts = ROOT / "resources" / "translations" / f"gm100_{lang}.ts"
        cmd = [
            str(tool),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            lang,
            *sources,
            "-ts",
            str(ts),
        ]
        result = subprocess.run(cmd, cwd=ROOT)
        if result.returncode != 0:
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
