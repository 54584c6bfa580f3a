"""Translations: placeholders kept, Bahasa Indonesia complete, .ts files current, menus reachable by Alt."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import gm100_desktop
from gm100_desktop import errors
from gm100_desktop.models.store import Store
from gm100_desktop.settings import Settings
from gm100_desktop.ui.controller import ScoringController
from gm100_desktop.ui.language import LanguageInstaller
from gm100_desktop.ui.main_window import AssessorWindow

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id", "en")
NOW = datetime(2019, 2, 21, 10, 40, 26)

Message = tuple[str, str, list[str], bool]  # context, source, translations (one per numerus form), finished


def messages(lang: str) -> list[Message]:
    root = ET.parse(TRANSLATIONS / f"gm100_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append((name, message.findtext("source") or "", texts, finished))
    return found


def placeholders(text: str) -> set[str]:
    """{name} fields (as str.format sees them), %n and %1..%9."""
    fields = {f"{{{name}}}" for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    return fields | set(re.findall(r"%[n1-9]", text))


def accelerator(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased."""
    match = re.search(r"&(\S)", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_source(lang: str) -> None:
    broken = []
    for context, source, texts, _ in messages(lang):
        for text in texts:
            if not text:
                continue  # an empty translation shows the source; completeness is tested below
            try:
                same = placeholders(text) == placeholders(source)
            except ValueError as exc:  # an unbalanced brace would make .format() raise in front of the user
                same, text = False, f"{text} ({exc})"
            if not same:
                broken.append(f"{context}: {source!r} -> {text!r}")
    assert not broken, "translations that lose or add placeholders:\n" + "\n".join(broken)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_source_with_an_accelerator_keeps_one_in_its_translation(lang: str) -> None:
    broken = [
        f"{context}: {source!r} -> {text!r}"
        for context, source, texts, _ in messages(lang)
        for text in texts
        if text and (accelerator(source) is None) != (accelerator(text) is None)
    ]
    assert not broken, "\n".join(broken)


def test_bahasa_indonesia_is_complete() -> None:
    missing = [
        f"{context}: {source!r}"
        for context, source, texts, finished in messages("id")
        if not finished or not all(t.strip() for t in texts)
    ]
    assert not missing, "unfinished or empty Indonesian translations:\n" + "\n".join(missing)


def test_english_is_complete() -> None:
    assert all(finished and all(texts) for _, _, texts, finished in messages("en"))


def test_committed_ts_files_list_every_string_of_the_sources(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "gm100_desktop").rglob("*.py")
        if "migrations" not in p.parts
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)], cwd=ROOT, check=True
    )
    wanted = {(ctx, src) for ctx, src, _, _ in messages_of(fresh)}
    for lang in LANGUAGES:
        committed = {(ctx, src) for ctx, src, _, _ in messages(lang)}
        assert committed == wanted, (
            f"resources/translations/gm100_{lang}.ts is out of date: run "
            "`.venv/bin/python scripts/update_translations.py`, translate the new messages, then "
            f"`scripts/build_translations.py`.\nmissing: {sorted(wanted - committed)}\n"
            f"no longer in the code: {sorted(committed - wanted)}"
        )


def messages_of(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "", [], True)
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def error_classes() -> set[type[errors.GM100Error]]:
    """Every GM100Error subclass, after importing every module that could define one."""
    for module in pkgutil.walk_packages(gm100_desktop.__path__, "gm100_desktop."):
        if ".migrations" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: set[type[errors.GM100Error]] = set()
    todo: list[type[errors.GM100Error]] = [errors.GM100Error]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo += cls.__subclasses__()
    return found


def test_every_core_error_template_is_translated_in_the_gm100error_context() -> None:
    indonesian = {
        source: texts[0]
        for ctx, source, texts, finished in messages("id")
        if ctx == errors.CONTEXT and finished
    }
    classes = error_classes()
    assert len(classes) > 20  # the walk found the hierarchy
    missing = sorted(
        f"{cls.__module__}.{cls.__name__}: {cls.template!r}"
        for cls in classes
        if not indonesian.get(cls.template)
    )
    assert not missing, (
        "error templates without an Indonesian translation (mark them with "
        'QT_TRANSLATE_NOOP("GM100Error", ...) and run scripts/update_translations.py):\n' + "\n".join(missing)
    )


# ---- accelerators, checked on the real window -------------------------------------------------------------


@pytest.fixture(params=LANGUAGES)
def window(
    request: pytest.FixtureRequest, store: Store, qapp: QApplication, qtbot: QtBot
) -> Iterator[AssessorWindow]:
    """The real window with the real compiled translation of the language."""
    languages = LanguageInstaller(qapp)
    assert languages.install(request.param), "run scripts/build_translations.py"
    win = AssessorWindow(ScoringController(store), Settings(), languages, now=lambda: NOW, remember=False)
    qtbot.addWidget(win)
    yield win
    win.schedule.timer.stop()
    for translator in languages.translators:
        qapp.removeTranslator(translator)


def duplicates(texts: list[str]) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for text in texts:
        letter = accelerator(text)
        if letter is not None:
            letters.setdefault(letter, []).append(text)
    return {k: v for k, v in letters.items() if len(v) > 1}


def test_menus_and_labels_of_the_window_have_distinct_alt_letters(window: AssessorWindow) -> None:
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    # a label's Alt+letter moves to its buddy and competes with the menu bar's letters
    labels = [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    assert len(titles) == 5 and len(labels) >= 2
    assert not duplicates(titles + labels), duplicates(titles + labels)
    menus = [a.menu() for a in bar.actions()]
    while menus:
        menu = menus.pop()
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert not duplicates(items), (menu.title(), duplicates(items))
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
