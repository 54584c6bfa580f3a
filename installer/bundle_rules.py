"""What the frozen GM100 Assessor carries and leaves out: shared by gm100.spec, build.py and the tests.

Standard library only: PyInstaller imports this from the spec, build.py before any dependency is installed.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "GM100 Assessor"
EXE_NAME = "gm100"

# Qt plugins the app uses, by folder; every other plugin (and the libraries only it needs) stays out.
# Linux: X11 (XWayland on a Wayland desktop) and offscreen for the headless self-test, without the OpenGL
# integrations (widgets only); Windows: the native platform and its styles; dead keys and input methods
# through compose/ibus. No image-format or icon-engine
# plugin: the app draws its icons itself and loads only PNG (built into QtGui), so QtSvg stays out too.
KEPT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qwindows", "qcocoa"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}

# Qt's own translations: only the languages of the app (Qt ships no Indonesian, so in practice English).
KEPT_QT_TRANSLATIONS = frozenset({"qtbase_id.qm", "qtbase_en.qm"})

# Python modules never needed at run time: other Qt modules (the app uses QtCore, QtGui, QtWidgets,
# QtPrintSupport for printing and, through the plugins, QtSvg), GUI toolkits, test and type-check tools,
# and the OpenSSL bindings of the standard library (signing and scrypt use `cryptography`, which carries
# its own; hashlib falls back to its built-in SHA-2 and BLAKE2).
EXCLUDED_MODULES: tuple[str, ...] = (
    *(
        f"PySide6.{name}"
        for name in (
            "QtNetwork",
            "QtDBus",
            "QtQml",
            "QtQuick",
            "QtQuickWidgets",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtSql",
            "QtTest",
            "QtXml",
            "QtConcurrent",
            "QtUiTools",
            "QtDesigner",
            "QtHelp",
            "QtMultimedia",
            "QtPdf",
            "QtWebEngineCore",
            "Qt3DCore",
        )
    ),
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "numpy",
    "IPython",
    "ssl",
    "_ssl",
    "_hashlib",
    # Syntax highlighting, an optional extra of Mako (which Alembic imports); it would bring Pillow's fonts.
    "pygments",
    # Pillow is needed (reportlab imports PIL.Image) but not its AVIF, WebP, colour-management, font and Tk
    # parts, which carry large libraries.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "PIL.ImageTk",
    # Pillow's readers of image formats a PDF never embeds (PNG, JPEG, MPO, GIF, BMP, PPM and TIFF stay).
    *(
        f"PIL.{name}ImagePlugin"
        for name in (
            *("Avif", "Blp", "BufrStub", "Cur", "Dcx", "Dds", "Eps", "Fits", "Fli", "Fpx", "Ftex", "Gbr"),
            *("GribStub", "Hdf5Stub", "Icns", "Ico", "Im", "Imt", "Iptc", "Jpeg2K", "McIdas", "Mic", "Mpeg"),
            *("Msp", "Palm", "Pcd", "Pcx", "Pdf", "Pixar", "Psd", "Qoi", "Sgi", "Spider", "Sun", "Tga"),
            *("WebP", "Wmf", "XVThumb", "Xbm", "Xpm"),
        )
    ),
    # Debugging and documentation tools, and reportlab's encoding guesser for XMP files it is never given.
    "readline",
    "pdb",
    "pydoc",
    "pydoc_data",
    "doctest",
    "unittest",
    "xmlrpc",
    "charset_normalizer",
    # East Asian codecs: every file the app reads or writes is UTF-8.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
)

# Linux: libraries every desktop has, installed by the .deb's Depends (LINUX_DEPENDS), used from the system
# rather than copied from the build machine: a copied fontconfig or libX11 can disagree with the system's
# configuration, and a copied libstdc++ older than the system's breaks the system's OpenGL drivers (which
# need the newer one) and raises the glibc the app needs to the build machine's. Names are matched up to
# ".so". The XCB utility libraries Qt needs (libxcb-cursor and friends) are often missing and stay bundled.
SYSTEM_LIBRARIES = frozenset(
    {
        "libX11",
        "libX11-xcb",
        "libxcb",
        "libXau",
        "libXdmcp",
        "libbsd",
        "libmd",
        "libxkbcommon",
        "libfontconfig",
        "libfreetype",
        "libexpat",
        "libpng16",
        "libbrotlicommon",
        "libbrotlidec",
        "libz",
        "libglib-2.0",
        "libgthread-2.0",
        "libpcre2-8",
        "libdbus-1",
        "libsystemd",
        "libgcrypt",
        "libgpg-error",
        "liblz4",
        "libzstd",
        "libcap",
        "libstdc++",
        "libgcc_s",
        "libsqlite3",
    }
)
# Windows: Qt's software OpenGL (20 MB), used only by OpenGL windows; the app's widgets paint without OpenGL.
WINDOWS_UNUSED_LIBRARIES = frozenset({"opengl32sw.dll"})
# The Debian packages of those libraries and of what Qt loads itself (OpenGL/EGL): the .deb's Depends.
LINUX_DEPENDS: tuple[str, ...] = (
    "libc6 (>= 2.35)",
    "libstdc++6",
    "libgcc-s1",
    "libsqlite3-0 (>= 3.37)",
    "libegl1",
    "libgl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0t64 | libglib2.0-0",
    "libdbus-1-3",
    "zlib1g",
)

# Modules imported by file path at run time (Alembic's env.py and revisions), so PyInstaller cannot see
# what they import; listed here so that the frozen app has them.
HIDDEN_IMPORTS: tuple[str, ...] = (
    "alembic.op",
    "alembic.context",
    "alembic.runtime.migration",
    "alembic.runtime.environment",
    "alembic.ddl.sqlite",
    "alembic.ddl.impl",
    "alembic.operations.ops",
    "alembic.operations.toimpl",
    "alembic.operations.batch",
    "sqlalchemy.dialects.sqlite",
    "gm100_desktop.models.tables",
    # The print preview finds its page renderer with importlib (ui/print_preview.py), which PyInstaller
    # cannot follow; the pyinstaller-hooks-contrib hooks then carry PDFium itself.
    "pypdfium2",
    "pypdfium2_raw",
)

# resources/ folders carried whole, and the file patterns carried from the rest.
RESOURCE_FOLDERS = ("rubrics", "demo", "fonts")
# The window icon is gm100.png (the SVG would need QtSvg); the icon theme and installers take the others.
RESOURCE_PATTERNS = (("translations", "*.qm"), ("icons", "gm100.png"))
MIGRATIONS = PurePosixPath("gm100_desktop/models/migrations")


def read_version(root: Path = ROOT) -> str:
    """The version string of gm100_desktop/__init__.py, read without importing the package."""
    text = (root / "gm100_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not found:
        raise ValueError("gm100_desktop/__init__.py has no __version__ line")
    return found.group(1)


def plugin_kept(plugin_type: str, filename: str) -> bool:
    """True for a Qt plugin file the frozen app carries (any platform's naming: libqxcb.so, qwindows.dll)."""
    name = PurePosixPath(filename.replace("\\", "/")).name
    stem = name.split(".", 1)[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return stem in KEPT_PLUGINS.get(plugin_type, frozenset())


def system_library(filename: str) -> bool:
    """True for a Linux library used from the system (libX11.so.6), not bundled (libxcb-cursor.so.0)."""
    name = PurePosixPath(filename.replace("\\", "/")).name
    stem, dot, _ = name.partition(".so")
    return bool(dot) and stem in SYSTEM_LIBRARIES


def qt_translation_kept(dest: str) -> bool:
    """False for a Qt translation file of a language the app does not offer; True for any other file."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if "translations" not in path.parts[:-1] or path.suffix != ".qm":
        return True
    if not path.parts or path.parts[0] not in ("PySide6", "PyQt6"):
        return True
    return path.name in KEPT_QT_TRANSLATIONS


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs: resources/ and the Alembic scripts, nothing generated."""
    pairs: list[tuple[str, str]] = []
    resources = root / "resources"
    for folder in RESOURCE_FOLDERS:
        base = resources / folder
        if base.is_dir():
            for path in sorted(base.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    for folder, pattern in RESOURCE_PATTERNS:
        for path in sorted((resources / folder).glob(pattern)):
            pairs.append((str(path), f"resources/{folder}"))
    migrations = root / MIGRATIONS
    for pattern in ("*.py", "*.mako", "versions/*.py"):
        for path in sorted(migrations.glob(pattern)):
            pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    return pairs


def missing_data(root: Path = ROOT) -> list[str]:
    """What a build needs from the checkout but cannot find: compiled translations, icons, migrations."""
    resources = root / "resources"
    missing = []
    for ts in sorted((resources / "translations").glob("*.ts")):
        if not ts.with_suffix(".qm").is_file():
            missing.append(
                f"{ts.with_suffix('.qm').relative_to(root).as_posix()} (run scripts/build_translations.py)"
            )
    for icon in ("gm100.png", "gm100.ico", "gm100-256.png"):
        if not (resources / "icons" / icon).is_file():
            missing.append(f"resources/icons/{icon} (run scripts/make_icons.py)")
    if not list((root / MIGRATIONS / "versions").glob("*.py")):
        missing.append(f"{MIGRATIONS}/versions/*.py")
    return missing
