"""The packaging helpers: what the frozen app carries, desktop files, the .deb tree, the tarball, icons."""

from __future__ import annotations

import configparser
import importlib.util
import re
import struct
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

import gm100_desktop
from gm100_desktop import paths
from gm100_desktop.domain.event_package import PACKAGE_SUFFIX
from gm100_desktop.models import migrate
from gm100_desktop.services.bundle_export import BUNDLE_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


sys.path.insert(0, str(INSTALLER))
build = _load("gm100_installer_build", INSTALLER / "build.py")
rules = _load("bundle_rules", INSTALLER / "bundle_rules.py")
icu = _load("icu_data", INSTALLER / "icu_data.py")
icons = _load("gm100_make_icons", ROOT / "scripts" / "make_icons.py")


# ---- what the build carries ----


def test_version_is_read_from_the_package_without_importing_it(tmp_path: Path) -> None:
    assert rules.read_version(ROOT) == gm100_desktop.__version__
    (tmp_path / "gm100_desktop").mkdir()
    (tmp_path / "gm100_desktop" / "__init__.py").write_text('"""x"""\n\n__version__ = "2.3.4"\n')
    assert rules.read_version(tmp_path) == "2.3.4"
    (tmp_path / "gm100_desktop" / "__init__.py").write_text("VERSION = 1\n")
    with pytest.raises(ValueError):
        rules.read_version(tmp_path)


def test_data_files_put_resources_where_the_frozen_app_looks_for_them() -> None:
    pairs = rules.data_files(ROOT)
    carried = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in pairs}
    # paths.resources_dir() is sys._MEIPASS/resources when frozen: each file keeps its resources/ path.
    for src, dest in carried:
        if src.startswith("resources/"):
            assert dest == str(Path(src).parent.as_posix())
    sources = {src for src, _ in carried}
    assert "resources/demo/demo_event.json" in sources
    assert "resources/rubrics/gm100_readiness.json" in sources
    assert "resources/icons/gm100.png" in sources
    assert not any(s.endswith(".ts") for s in sources), "translation sources stay out"
    assert {
        f"resources/translations/{p.name}" for p in (ROOT / "resources/translations").glob("*.qm")
    } <= sources
    assert paths.resources_dir() == ROOT / "resources"


def test_every_migration_is_carried_beside_the_frozen_migrate_module() -> None:
    carried = {Path(src).relative_to(ROOT).as_posix(): dest for src, dest in rules.data_files(ROOT)}
    # models/migrate.py finds the scripts beside itself: <bundle>/gm100_desktop/models/migrations.
    expected_dest = migrate.MIGRATIONS.relative_to(ROOT).as_posix()
    scripts = sorted(migrate.MIGRATIONS.glob("*.py")) + sorted(migrate.MIGRATIONS.glob("versions/*.py"))
    assert any(p.name == "env.py" for p in scripts)
    for script in scripts:
        rel = script.relative_to(ROOT).as_posix()
        assert rel in carried, rel
        assert carried[rel] == script.parent.relative_to(ROOT).as_posix()
        assert carried[rel].startswith(expected_dest)


def test_only_the_qt_plugins_the_app_uses_are_kept() -> None:
    assert rules.plugin_kept("platforms", "/x/PySide6/Qt/plugins/platforms/libqxcb.so")
    assert rules.plugin_kept("platforms", "libqoffscreen.so")
    assert rules.plugin_kept("platforms", r"C:\py\PySide6\plugins\platforms\qwindows.dll")
    assert rules.plugin_kept("styles", "qmodernwindowsstyle.dll")
    for plugin_type, name in [
        ("platforms", "libqwayland.so"),
        ("platforms", "libqvnc.so"),
        ("platformthemes", "libqgtk3.so"),
        ("imageformats", "libqpdf.so"),
        ("platforminputcontexts", "libqtvirtualkeyboardplugin.so"),
        ("tls", "libqopensslbackend.so"),
    ]:
        assert not rules.plugin_kept(plugin_type, name), name


def test_qt_translations_are_kept_only_for_the_apps_languages() -> None:
    assert rules.qt_translation_kept("PySide6/Qt/translations/qtbase_en.qm")
    assert not rules.qt_translation_kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not rules.qt_translation_kept("PySide6/Qt/translations/qt_help_id.qm")
    assert rules.qt_translation_kept("resources/translations/gm100_id.qm"), "the app's own are never dropped"


def test_system_libraries_are_matched_by_name_only() -> None:
    assert rules.system_library("libX11.so.6")
    assert rules.system_library("/usr/lib/x86_64-linux-gnu/libxcb.so.1")
    assert rules.system_library("libstdc++.so.6")
    assert not rules.system_library("libxcb-cursor.so.0"), "often missing on desktops: bundled"
    assert not rules.system_library("libxcb-9065bb12.so.1.1.0"), "Pillow's private copy"
    assert not rules.system_library("libQt6Core.so.6")
    assert not rules.system_library("libxkbcommon-x11.so.0")


def test_the_build_refuses_a_checkout_missing_compiled_data(tmp_path: Path) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "gm100_id.ts").write_text("<TS/>")
    (tmp_path / "resources" / "icons").mkdir()
    missing = rules.missing_data(tmp_path)
    assert any("gm100_id.qm" in m for m in missing)
    assert any("make_icons" in m for m in missing)
    assert any("versions" in m for m in missing)
    assert rules.missing_data(ROOT) == []


# ---- Linux desktop integration ----


def test_desktop_entry_opens_both_file_types_with_the_app() -> None:
    entry = build.desktop_entry()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "gm100" and "%f" in entry["Exec"].split()
    assert entry["Icon"] == "gm100"
    assert entry["Terminal"] == "false"
    assert set(filter(None, entry["MimeType"].split(";"))) == set(build.MIME_TYPES.values())
    assert entry["Categories"].endswith(";")
    assert "Name" in entry and "Comment[id]" in entry


def test_mime_types_glob_the_suffixes_the_app_writes() -> None:
    assert set(build.MIME_TYPES) == {BUNDLE_SUFFIX, PACKAGE_SUFFIX}
    globs = build.mime_globs()
    assert globs == {mime: f"*{suffix}" for suffix, mime in build.MIME_TYPES.items()}


def test_windows_installer_associates_the_same_suffixes() -> None:
    script = (INSTALLER / "gm100.iss").read_text(encoding="utf-8")
    for suffix in build.MIME_TYPES:
        assert f'Subkey: "Software\\Classes\\{suffix}";' in script
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", script, re.MULTILINE), "AppId must stay one fixed GUID"
    assert "ChangesAssociations=yes" in script
    assert '"%1"' in script


def test_control_file_is_well_formed() -> None:
    text = build.control_file("1.2.3", "amd64", 4321)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "gm100-assessor"
    assert fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "4321"
    assert "libxkbcommon0" in fields["Depends"] and "libegl1" in fields["Depends"]
    assert text.endswith("\n") and "\n\n" not in text


def _fake_frozen(folder: Path) -> Path:
    (folder / "_internal" / "lib").mkdir(parents=True)
    exe = folder / "gm100"
    exe.write_text("#!/bin/sh\necho frozen\n")
    exe.chmod(0o700)
    (folder / "_internal" / "lib" / "libfoo.so.1").write_bytes(b"\x7fELF")
    (folder / "_internal" / "libfoo.so.1").symlink_to("lib/libfoo.so.1")
    return folder


def test_deb_tree_installs_app_command_menu_entry_mime_and_icons(tmp_path: Path) -> None:
    frozen = _fake_frozen(tmp_path / "gm100")
    root = build.stage_deb(frozen, "1.2.3", "amd64", tmp_path / "root")
    assert (root / "opt/gm100/gm100").stat().st_mode & 0o777 == 0o755
    assert (root / "opt/gm100/_internal/libfoo.so.1").is_symlink(), "PyInstaller's links stay links"
    assert (root / "usr/bin/gm100").readlink() == Path("/opt/gm100/gm100")
    assert (root / "usr/share/applications/gm100.desktop").is_file()
    assert (root / "usr/share/mime/packages/gm100.xml").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/gm100.svg").is_file()
    for size in build.ICON_SIZES:
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/gm100.png").is_file()
    for script in ("postinst", "postrm"):
        assert (root / "DEBIAN" / script).stat().st_mode & 0o777 == 0o755
    control = (root / "DEBIAN" / "control").read_text()
    assert "Version: 1.2.3\n" in control
    assert all(not p.stat().st_mode & 0o022 for p in root.rglob("*") if not p.is_symlink())


def test_tarball_is_reproducible_and_keeps_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1550707200")
    frozen = _fake_frozen(tmp_path / "gm100")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = build.make_tarball(frozen, "1.2.3", "amd64", tmp_path / "a")
    second = build.make_tarball(frozen, "1.2.3", "amd64", tmp_path / "b")
    assert first.name == "gm100-1.2.3-linux-amd64.tar.gz"
    assert first.read_bytes() == second.read_bytes()
    with tarfile.open(first) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert names[0] == "gm100-1.2.3" and names == sorted(names)
    by_name = {m.name: m for m in members}
    assert by_name["gm100-1.2.3/gm100"].mode == 0o755
    assert by_name["gm100-1.2.3/_internal/libfoo.so.1"].issym()
    assert all(m.uid == 0 and m.uname == "root" and m.mtime == 1550707200 for m in members)


def test_self_test_environment_is_headless_private_and_cheap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GM100_RESOURCES_DIR", "/somewhere/else")
    env = build.self_test_env(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["GM100_DATA_DIR"] == str(tmp_path / "data")
    assert int(env["GM100_KDF_N"]) <= 1024
    assert env["GM100_PASSPHRASE"]
    assert "GM100_RESOURCES_DIR" not in env, "the frozen app must find its own resources"


def test_windows_version_resource_carries_the_version(tmp_path: Path) -> None:
    text = build.write_windows_version_file(tmp_path, "1.2.3").read_text()
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text


# ---- icons ----


def test_icon_set_is_complete() -> None:
    for path in icons.outputs():
        assert path.is_file(), f"{path.name} missing: run scripts/make_icons.py"
    for size in icons.PNG_SIZES:
        data = (icons.ICONS / icons.png_name(size)).read_bytes()
        width, height = struct.unpack(">II", data[16:24])  # the PNG's IHDR
        assert (width, height) == (size, size)


def test_ico_holds_every_size_as_png() -> None:
    data = (icons.ICONS / "gm100.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for i, size in enumerate(icons.ICO_SIZES):
        w, h, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (w or 256, h or 256, planes, bits) == (size, size, 1, 32)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)


def test_ico_writer_refuses_what_windows_cannot_read() -> None:
    with pytest.raises(ValueError):
        icons.ico_bytes([(512, b"\x89PNG\r\n\x1a\n")])
    with pytest.raises(ValueError):
        icons.ico_bytes([(16, b"BM not a png")])


# ---- ICU data ----


def _package(names: list[str]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HH4B", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header += bytes([1, 0, 0, 0, 73, 0, 0, 0]) + b"\0" * 8
    items = [(name, f"data of {name}".encode()) for name in names]
    package: bytes = icu.write_package(header, items)
    return package


def test_icu_package_round_trip_and_subset() -> None:
    names = [
        "icudt73l/coll/root.res",
        "icudt73l/coll/de.res",
        "icudt73l/zone/id.res",
        "icudt73l/res_index.res",
    ]
    header, items = icu.read_package(_package(names))
    assert [n for n, _ in items] == sorted(names)
    assert dict(items)["icudt73l/coll/de.res"].startswith(b"data of icudt73l/coll/de.res")
    kept = [(n, b) for n, b in items if icu.kept(n)]
    assert [n for n, _ in kept] == ["icudt73l/coll/root.res", "icudt73l/res_index.res"]
    again = icu.read_package(icu.write_package(header, kept))
    assert [n for n, _ in again[1]] == [n for n, _ in kept]


def test_icu_keeps_indonesian_and_english_collation_only() -> None:
    assert icu.kept("icudt73l/coll/ucadata.icu")
    assert icu.kept("icudt73l/coll/id.res") and icu.kept("icudt73l/coll/en_GB.res")
    assert icu.kept("icudt73l/coll/in_ID.res"), "the old code of Indonesian"
    assert not icu.kept("icudt73l/coll/de.res")
    assert not icu.kept("icudt73l/brkitr/word.brk")
    assert not icu.kept("icudt73l/ibm-943_P15A-2003.cnv")


def test_icu_reader_refuses_other_data() -> None:
    with pytest.raises(ValueError):
        icu.read_package(b"\0" * 64)


def test_real_icu_data_survives_a_round_trip() -> None:
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    found = icu.data_symbol(libs[0]) if libs else None
    if found is None:
        pytest.skip("no ICU data library in this PySide6 (Windows, macOS) or no nm")
    _, offset, size = found
    blob = libs[0].read_bytes()[offset : offset + size]
    header, items = icu.read_package(blob)
    assert icu.write_package(header, items) == blob
    kept = {name.split("/", 1)[1] for name, _ in items if icu.kept(name)}
    assert {"coll/root.res", "coll/ucadata.icu", "coll/id.res"} <= kept


def test_desktop_entry_parses_as_ini() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(INSTALLER / "linux" / "gm100.desktop", encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
