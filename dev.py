#!/usr/bin/env python3
"""Developer entry point: `python3 dev.py run` starts the app, `python3 dev.py test` runs the tests.

Both create `.venv` on first use and install the project (editable, with the test extra) into it, again
whenever pyproject.toml changes, and build the translations. `python3 dev.py check` runs the linters.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".gm100-installed"


def ensure_env() -> None:
    """Create the virtual environment and (re)install the project when pyproject.toml changed."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not PYTHON.exists():
        print("dev.py: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("dev.py: installing gm100-desktop and its test tools into .venv", flush=True)
        run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"])
        STAMP.write_text(wanted)
    run([str(PYTHON), str(ROOT / "scripts" / "build_translations.py")])


def run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(result.returncode)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "check", "bench"}:
        print(__doc__)
        print("usage: python3 dev.py run [gm100 arguments] | test [pytest arguments] | check | bench")
        return 2
    ensure_env()
    task, rest = argv[0], argv[1:]
    if task == "run":
        return subprocess.call([str(BIN / "gm100"), *rest], cwd=ROOT)
    if task == "test":
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)
    if task == "bench":
        return subprocess.call([str(PYTHON), str(ROOT / "benchmarks" / "run_all.py"), *rest], cwd=ROOT)
    for cmd in (
        [str(BIN / "ruff"), "check", "."],
        [str(BIN / "ruff"), "format", "--check", "."],
        [str(BIN / "mypy")],
        [str(BIN / "lint-imports")],
    ):
        print("dev.py:", " ".join(Path(cmd[0]).name if i == 0 else c for i, c in enumerate(cmd)), flush=True)
        code = subprocess.call(cmd, cwd=ROOT)
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
