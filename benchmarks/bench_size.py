#!/usr/bin/env python3
"""Size of the frozen app against a naive PyInstaller bundle of a bare PySide6 window, built in the same run.

    .venv/bin/python benchmarks/bench_size.py [--reuse-app] [--strict]

The baseline is `bare_window.py` (the start-up benchmark's bare window) frozen with PyInstaller's defaults:
one folder, no excludes. The app is built by `installer/build.py --no-packages` (or, with --reuse-app, the
existing installer/dist/gm100 is measured). Sizes are the bytes of the regular files (symbolic links count
nothing). Bar: app / baseline <= 0.6. Needs the `build` extra (pip install -e ".[build]").
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP = ROOT / "installer" / "dist" / "gm100"
BAR = 0.6


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest entries of the folder and of its _internal, largest first."""
    entries = [e for e in folder.iterdir() if e.name != "_internal"]
    if (folder / "_internal").is_dir():
        entries += list((folder / "_internal").iterdir())
    sizes = [
        (folder_size(e) if e.is_dir() else e.stat().st_size, e.name) for e in entries if not e.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


def build_baseline(workdir: Path) -> Path:
    """bare_window.py frozen as PyInstaller makes it without any option but one folder."""
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "ERROR"]
    cmd += ["--distpath", str(workdir / "dist"), "--workpath", str(workdir / "work")]
    cmd += ["--specpath", str(workdir), str(HERE / "bare_window.py")]
    subprocess.run(cmd, check=True, cwd=workdir)
    return workdir / "dist" / "bare_window"


def build_app() -> Path:
    subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--no-packages"], check=True, cwd=ROOT
    )
    return APP


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse-app", action="store_true", help="measure the existing installer/dist/gm100")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the bar is missed")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print('bench_size: PyInstaller is missing; pip install -e ".[build]" into this Python first')
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gm100-bench-size-") as tmp:
        baseline = folder_size(build_baseline(Path(tmp)))
    if args.reuse_app and APP.is_dir():
        print(f"bench_size: measuring the existing {APP}")
    else:
        build_app()
    app = folder_size(APP)
    ratio = app / baseline
    print(f"naive PySide6 window bundle : {baseline / 1e6:7.1f} MB")
    print(f"GM100 Assessor frozen folder: {app / 1e6:7.1f} MB")
    for size, name in largest(APP):
        print(f"    {size / 1e6:6.1f} MB  {name}")
    verdict = "PASS" if ratio <= BAR else "FAIL"
    print(f"ratio {ratio:.3f} (bar <= {BAR}): {verdict}   [{time.monotonic() - started:.0f} s]")
    return 1 if args.strict and ratio > BAR else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
