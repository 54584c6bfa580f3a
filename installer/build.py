#!/usr/bin/env python3
"""Build GM100 Assessor for assessors' laptops: the frozen app (PyInstaller, one folder) and its packages.

    python3 installer/build.py              Linux: installer/dist/gm100/, gm100-VERSION-linux-ARCH.tar.gz and
                                            gm100-assessor_VERSION_ARCH.deb; Windows: installer/dist/gm100/
                                            and GM100-Assessor-VERSION-setup.exe (when Inno Setup 6 is there)
    python3 installer/build.py --self-test  the same, then run the frozen app and the unpacked packages
                                            headless; exit 1 naming the step that failed
    options: --no-freeze (reuse installer/dist/gm100), --no-packages, --keep-icu (do not trim ICU data)

Run it with any Python 3.11: it installs what it needs into the project's .venv (as dev.py does, plus the
`build` extra: PyInstaller) and runs itself there. See installer/README.md.
"""

from __future__ import annotations

import argparse
import configparser
import gzip
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
sys.path.insert(0, str(INSTALLER))

import bundle_rules as rules  # noqa: E402

ROOT = rules.ROOT
DIST = INSTALLER / "dist"
WORK = INSTALLER / "build"
FROZEN = DIST / rules.EXE_NAME
SPEC = INSTALLER / "gm100.spec"
LINUX = INSTALLER / "linux"
IS_WINDOWS = sys.platform == "win32"
PACKAGE = "gm100-assessor"  # the Debian package name
MIME_TYPES = {".gm100bundle": "application/x-gm100-bundle", ".gm100event": "application/x-gm100-event"}
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


# ---- environment -------------------------------------------------------------------------------------------


def _ready() -> bool:
    """True when this interpreter can freeze the app: PyInstaller, PySide6 and the app's package import."""
    probe = "import PyInstaller, PySide6.QtWidgets, sqlalchemy, alembic, gm100_desktop"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, cwd=ROOT).returncode == 0


def ensure_environment(argv: list[str]) -> int | None:
    """None when this interpreter is ready; else set up the project's .venv and run this script there."""
    if _ready():
        return None
    if os.environ.get("GM100_BUILD_DELEGATED"):
        raise SystemExit("build.py: .venv cannot import PyInstaller, PySide6 and gm100_desktop")
    sys.path.insert(0, str(ROOT))
    import dev  # the project's own set-up: .venv, the app and its test tools, compiled translations

    dev.ensure_env()
    if subprocess.run([str(dev.PYTHON), "-c", "import PyInstaller"], capture_output=True).returncode != 0:
        print("build.py: installing PyInstaller (the `build` extra) into .venv", flush=True)
        dev.run([str(dev.PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test,build]"])
    env = {**os.environ, "GM100_BUILD_DELEGATED": "1"}
    return subprocess.call([str(dev.PYTHON), str(Path(__file__).resolve()), *argv], cwd=ROOT, env=env)


def prepare_resources() -> None:
    """Compile the translations when out of date; render the icons when missing (scripts/make_icons.py)."""
    scripts = ROOT / "scripts"
    if _run([sys.executable, str(scripts / "build_translations.py")]) != 0:
        raise SystemExit("build.py: scripts/build_translations.py failed")
    if any(not p.is_file() for p in _icon_files()) and _run([sys.executable, str(scripts / "make_icons.py")]):
        raise SystemExit("build.py: scripts/make_icons.py failed")
    missing = rules.missing_data(ROOT)
    if missing:
        raise SystemExit("build.py: missing " + "; ".join(missing))


def _icon_files() -> list[Path]:
    icons = ROOT / "resources" / "icons"
    return [*(icons / f"gm100-{size}.png" for size in ICON_SIZES), icons / "gm100.png", icons / "gm100.ico"]


def _run(cmd: list[str], *, quiet: bool = False, env: dict[str, str] | None = None) -> int:
    out = subprocess.DEVNULL if quiet else None
    return subprocess.run(cmd, cwd=ROOT, stdout=out, stderr=out, env=env).returncode


# ---- freezing ----------------------------------------------------------------------------------------------


def freeze() -> Path:
    """Run PyInstaller on gm100.spec; the one-folder app lands in installer/dist/gm100/."""
    started = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if _run(cmd) != 0:
        raise SystemExit("build.py: PyInstaller failed")
    print(
        f"build.py: froze {FROZEN} in {time.monotonic() - started:.0f} s ({folder_size(FROZEN) / 1e6:.1f} MB)"
    )
    return FROZEN


def trim_icu(frozen: Path) -> None:
    """Linux: replace Qt's 31 MB ICU data by the collation data the app needs (see icu_data.py)."""
    import icu_data

    for library in sorted(frozen.glob("_internal/PySide6/Qt/lib/libicudata.so.*")):
        if library.is_symlink():
            continue
        result = icu_data.trim(library, sys.executable)
        if isinstance(result, str):
            print(f"build.py: kept the whole ICU data library: {result}")
        else:
            print(f"build.py: ICU data trimmed from {result[0] / 1e6:.1f} MB to {result[1] / 1e6:.1f} MB")


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under `folder` (symbolic links count nothing, as on a disk)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def write_windows_version_file(workdir: Path, version: str) -> Path:
    """The version resource of gm100.exe (shown in Explorer's Properties), as PyInstaller reads it."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    quad = tuple([*numbers, 0, 0, 0, 0][:4])
    strings = {
        "CompanyName": "GM100 Assessor",
        "FileDescription": rules.APP_NAME,
        "FileVersion": version,
        "InternalName": rules.EXE_NAME,
        "OriginalFilename": f"{rules.EXE_NAME}.exe",
        "ProductName": rules.APP_NAME,
        "ProductVersion": version,
    }
    text = (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,\n"
        "    fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('040904B0', [\n"
        + "".join(f"      StringStruct({k!r}, {v!r}),\n" for k, v in strings.items())
        + "    ])]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "gm100-version.txt"
    path.write_text(text, encoding="utf-8")
    return path


# ---- Linux packages ----------------------------------------------------------------------------------------


def machine_arch() -> str:
    """The Debian architecture (amd64, arm64) when dpkg is there, else the machine name."""
    dpkg = shutil.which("dpkg")
    if dpkg:
        out = subprocess.run([dpkg, "--print-architecture"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine().lower())


def _tar_entries(folder: Path, prefix: str) -> Iterator[tuple[Path, str]]:
    yield folder, prefix
    for path in sorted(folder.rglob("*")):
        yield path, f"{prefix}/{path.relative_to(folder).as_posix()}"


def make_tarball(frozen: Path, version: str, arch: str, out_dir: Path = DIST) -> Path:
    """gm100-VERSION-linux-ARCH.tar.gz of the frozen folder: sorted, owned by root, one fixed time."""
    out = out_dir / f"gm100-{version}-linux-{arch}.tar.gz"
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or int(frozen.stat().st_mtime)
    with (
        out.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=stamp) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path, name in _tar_entries(frozen, f"gm100-{version}"):
            info = tar.gettarinfo(str(path), arcname=name)
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            info.mtime = stamp
            if not info.issym():
                info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
            if info.isreg():
                with path.open("rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)
    return out


def desktop_entry() -> configparser.ConfigParser:
    """installer/linux/gm100.desktop, parsed (keys keep their case)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "gm100.desktop", encoding="utf-8")
    return parser


def mime_globs() -> dict[str, str]:
    """{MIME type: glob pattern} declared in installer/linux/gm100-mime.xml."""
    import xml.etree.ElementTree as ET

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "gm100-mime.xml").getroot()
    return {
        t.attrib["type"]: g.attrib["pattern"]
        for t in root.findall("m:mime-type", ns)
        for g in t.findall("m:glob", ns)
    }


def control_file(version: str, arch: str, installed_kb: int) -> str:
    """The DEBIAN/control of the .deb."""
    depends = ", ".join(rules.LINUX_DEPENDS)
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends}\n"
        "Maintainer: GM100 Assessor team <gm100@localhost>\n"
        "Description: offline scoring for Gerakan Menuju 100 Smart City\n"
        " GM100 Assessor lets each assessor score regions offline and export signed score\n"
        " bundles, and lets the panel chair build the event package and merge the bundles\n"
        " into the ranking. Opens .gm100event and .gm100bundle files.\n"
    )


def stage_deb(frozen: Path, version: str, arch: str, root: Path) -> Path:
    """The installed tree of the .deb under `root`: /opt/gm100, /usr/bin/gm100, menu entry, MIME, icons."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / "gm100"
    shutil.copytree(frozen, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "gm100").symlink_to("/opt/gm100/gm100")
    share = root / "usr" / "share"
    _install(LINUX / "gm100.desktop", share / "applications" / "gm100.desktop")
    _install(LINUX / "gm100-mime.xml", share / "mime" / "packages" / "gm100.xml")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        _install(
            icons / f"gm100-{size}.png", share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "gm100.png"
        )
    _install(icons / "gm100.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "gm100.svg")
    _install(LINUX / "copyright", share / "doc" / PACKAGE / "copyright")
    debian = root / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "postrm"):
        _install(LINUX / script, debian / script, mode=0o755)
    for path in [root, *root.rglob("*")]:  # dpkg wants no group/other-writable files
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
    installed_kb = (folder_size(root) + 1023) // 1024
    (debian / "control").write_text(control_file(version, arch, installed_kb), encoding="utf-8")
    (debian / "control").chmod(0o644)
    return root


def _install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def make_deb(frozen: Path, version: str, arch: str) -> Path | None:
    """gm100-assessor_VERSION_ARCH.deb, or None (and why) when dpkg-deb is not installed."""
    dpkg_deb = shutil.which("dpkg-deb")
    if dpkg_deb is None:
        print("build.py: dpkg-deb not found; no .deb (the tarball is made all the same)")
        return None
    root = stage_deb(frozen, version, arch, WORK / "deb-root")
    out = DIST / f"{PACKAGE}_{version}_{arch}.deb"
    cmd = [dpkg_deb, "--build", "--root-owner-group", "-Zxz", "-z6", str(root), str(out)]
    if _run(cmd, quiet=True) != 0:
        raise SystemExit(f"build.py: dpkg-deb failed: {' '.join(cmd)}")
    return out


# ---- Windows installer -------------------------------------------------------------------------------------


def find_iscc() -> str | None:
    """Inno Setup 6's compiler: on PATH, or where its installer puts it."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in (
        os.environ.get("PROGRAMFILES(X86)"),
        os.environ.get("PROGRAMFILES"),
        os.environ.get("LOCALAPPDATA"),
    ):
        if base:
            for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
                candidate = Path(base) / sub / "ISCC.exe"
                if candidate.is_file():
                    return str(candidate)
    return None


def make_windows_installer(version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("build.py: Inno Setup 6 (ISCC.exe) not found; installer/dist/gm100 is ready, no setup.exe made")
        return None
    cmd = [
        iscc,
        f"/DAppVersion={version}",
        f"/DFrozenDir={FROZEN}",
        f"/DOutputDir={DIST}",
        str(INSTALLER / "gm100.iss"),
    ]
    if _run(cmd) != 0:
        raise SystemExit("build.py: ISCC failed")
    return DIST / f"GM100-Assessor-{version}-setup.exe"


# ---- self-test ---------------------------------------------------------------------------------------------


class SelfTestFailure(Exception):
    """A step of the frozen self-test failed; the message names it."""


PASSED: list[str] = []  # the self-test steps passed so far, for the closing count


def self_test(frozen: Path) -> float:
    """Run the frozen binary headless through its main paths; seconds taken. Raises SelfTestFailure."""
    exe = frozen / (f"{rules.EXE_NAME}.exe" if IS_WINDOWS else rules.EXE_NAME)
    if not exe.is_file():
        raise SelfTestFailure(f"no frozen binary at {exe}")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gm100-selftest-") as tmp:
        base = Path(tmp)
        demo = base / "demo"
        env = self_test_env(base)

        def step(name: str, args: list[str], *, expect: int = 0) -> str:
            t0 = time.monotonic()
            try:
                result = subprocess.run(
                    [str(exe), *args], capture_output=True, text=True, env=env, cwd=base, timeout=300
                )
            except subprocess.TimeoutExpired:
                raise SelfTestFailure(
                    f"step '{name}' did not finish in 300 s: gm100 {' '.join(args)}"
                ) from None
            took = time.monotonic() - t0
            if result.returncode != expect:
                raise SelfTestFailure(
                    f"step '{name}' exited {result.returncode} (expected {expect}): gm100 {' '.join(args)}\n"
                    f"{result.stdout[-2000:]}{result.stderr[-4000:]}"
                )
            print(f"self-test: {name}: ok ({took:.1f} s)", flush=True)
            PASSED.append(name)
            return result.stdout

        if not any(frozen.rglob("*pdfium*")):
            raise SelfTestFailure("the print renderer (PDFium, from pypdfium2) is not in the frozen app")
        print("self-test: print renderer (PDFium) bundled: ok", flush=True)
        PASSED.append("print renderer bundled")
        version = step("version", ["--version"])
        if rules.read_version(ROOT) not in version:
            raise SelfTestFailure(f"step 'version' printed {version.strip()!r}, not the package's version")
        step("check (first start: new store, migrations, demo event, main window)", ["--check"])
        step("demo", ["demo", "--out", str(demo), "--regions", "12", "--assessors", "6", "--panels", "2"])
        event = demo / "event.gm100event"
        bundles = sorted((demo / "bundles").glob("*.gm100bundle"))
        if not event.is_file() or len(bundles) != 6:
            raise SelfTestFailure(f"step 'demo' wrote {len(bundles)} bundles and event={event.is_file()}")
        step("verify", ["verify", str(event), *map(str, bundles)])
        damaged = base / "damaged.gm100bundle"
        damaged.write_bytes(bundles[0].read_bytes()[:-40])
        step("verify refuses a damaged bundle", ["verify", str(damaged)], expect=1)
        step("event import", ["event", "import", str(event), "--as", "A001", "--yes"])
        step("check (with the imported event)", ["--check", "--lang", "en"])
        if _has_command(exe, env, "merge"):
            outs = [str(base / f"ranking.{suffix}") for suffix in ("csv", "xlsx", "pdf")]
            step(
                "merge (CSV, XLSX, PDF)",
                ["merge", "--event", str(event), str(demo / "bundles"), *_outs(outs)],
            )
            for out in outs:
                if not Path(out).is_file() or Path(out).stat().st_size == 0:
                    raise SelfTestFailure(f"step 'merge' wrote no {out}")
    return time.monotonic() - started


def _outs(paths: list[str]) -> list[str]:
    return [arg for path in paths for arg in ("--out", path)]


def _has_command(exe: Path, env: dict[str, str], command: str) -> bool:
    result = subprocess.run([str(exe), command, "--help"], capture_output=True, env=env, timeout=120)
    return result.returncode == 0


def self_test_env(base: Path) -> dict[str, str]:
    """Headless Qt, a private data folder, cheap keys and a passphrase without a prompt."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GM100_", "PYTHON"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        GM100_DATA_DIR=str(base / "data"),
        GM100_KDF_N="1024",
        GM100_PASSPHRASE="self-test passphrase",
    )
    env.pop("LD_LIBRARY_PATH", None)  # the frozen app must find its own libraries
    return env


def package_self_test(package: Path) -> None:
    """Unpack a tarball or .deb as a user would get it and start the app from there (--check, headless)."""
    with tempfile.TemporaryDirectory(prefix="gm100-package-") as tmp:
        base = Path(tmp)
        if package.suffix == ".deb":
            subprocess.run(["dpkg-deb", "-x", str(package), str(base / "root")], check=True)
            exe = base / "root" / "opt" / "gm100" / rules.EXE_NAME
            link = base / "root" / "usr" / "bin" / rules.EXE_NAME
            if os.readlink(link) != f"/opt/gm100/{rules.EXE_NAME}":
                raise SelfTestFailure(f"{package.name}: /usr/bin/gm100 points to {os.readlink(link)}")
            for shared in (
                "applications/gm100.desktop",
                "mime/packages/gm100.xml",
                "icons/hicolor/48x48/apps/gm100.png",
            ):
                if not (base / "root" / "usr" / "share" / shared).is_file():
                    raise SelfTestFailure(f"{package.name}: no /usr/share/{shared}")
        else:
            with tarfile.open(package) as tar:
                if hasattr(tarfile, "tar_filter"):  # Python 3.11.4 and later
                    tar.extractall(base / "root", filter="tar")
                else:
                    tar.extractall(base / "root")  # our own archive, just written
            exe = next((base / "root").glob(f"gm100-*/{rules.EXE_NAME}"))
        result = subprocess.run(
            [str(exe), "--check"], capture_output=True, text=True, env=self_test_env(base), timeout=300
        )
        if result.returncode != 0:
            raise SelfTestFailure(
                f"{package.name}: gm100 --check exited {result.returncode}\n{result.stderr[-4000:]}"
            )
    print(f"self-test: {package.name}: unpacked copy starts: ok", flush=True)
    PASSED.append(package.name)


# ---- main --------------------------------------------------------------------------------------------------


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--self-test", action="store_true", help="run the frozen app's self-test at the end")
    parser.add_argument("--no-freeze", action="store_true", help="reuse installer/dist/gm100")
    parser.add_argument("--no-packages", action="store_true", help="no tarball, .deb or setup.exe")
    parser.add_argument("--keep-icu", action="store_true", help="keep Qt's whole ICU data library (Linux)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    delegated = ensure_environment(argv)
    if delegated is not None:
        return delegated
    version = rules.read_version(ROOT)
    if args.no_freeze:
        if not FROZEN.is_dir():
            print(f"build.py: --no-freeze, but {FROZEN} does not exist", file=sys.stderr)
            return 1
    else:
        prepare_resources()
        freeze()
        if sys.platform.startswith("linux") and not args.keep_icu:
            trim_icu(FROZEN)
    print(f"build.py: {FROZEN}: {folder_size(FROZEN) / 1e6:.1f} MB")
    made: list[Path | None] = []
    if not args.no_packages:
        if IS_WINDOWS:
            made.append(make_windows_installer(version))
        elif sys.platform.startswith("linux"):
            arch = machine_arch()
            made += [make_tarball(FROZEN, version, arch), make_deb(FROZEN, version, arch)]
    packages = [p for p in made if p is not None]
    for package in packages:
        print(f"build.py: wrote {package} ({package.stat().st_size / 1e6:.1f} MB)")
    if args.self_test:
        try:
            seconds = self_test(FROZEN)
            for package in packages:
                if package.suffix in (".deb", ".gz"):
                    package_self_test(package)
        except (SelfTestFailure, subprocess.SubprocessError, StopIteration, OSError) as exc:
            print(f"build.py: SELF-TEST FAILED: {exc or type(exc).__name__}", file=sys.stderr)
            print(f"self-test: {len(PASSED)} passed, 1 failed")
            return 1
        print(f"build.py: self-test took {seconds:.1f} s for the frozen folder")
        print(f"self-test: {len(PASSED)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
