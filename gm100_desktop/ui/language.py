"""Choosing the interface language and installing its compiled translations, also while the app runs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gm100_desktop import paths
from gm100_desktop.i18n import LANGUAGES

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
# Shown in their own language, as language pickers customarily are; never translated.
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def choose_language(argument: str | None, saved: str, system_locale_name: str) -> str:
    """The command-line choice, else the saved setting, else "id" on an Indonesian system, else English."""
    for choice in (argument, saved):
        if choice in LANGUAGES:
            return choice
    locale = system_locale_name.replace("-", "_").lower()
    return "id" if locale.split("_")[0] in ("id", "in") else DEFAULT_LANGUAGE


def number_locale(language: str) -> QLocale:
    """How numbers and dates are written in `language`: 69,0 in Bahasa Indonesia, 69.0 in English."""
    if language == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


class LanguageInstaller:
    """Owns the app's translators: installing a language removes the previous one's first."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self._app = app
        self._folder = folder or translations_dir()
        self._translators: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    @property
    def translators(self) -> tuple[QTranslator, ...]:
        return tuple(self._translators)

    def install(self, language: str) -> bool:
        """Switch to `language`; False (and a log line) when its .qm is missing: English source texts show."""
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators.clear()
        self.language = language
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(f"qtbase_{language}", qt_folder, required=False)
        return self._load(f"gm100_{language}", str(self._folder), required=True)

    def _load(self, name: str, folder: str, *, required: bool) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, folder):
            if required:
                log.warning(
                    "translation %s.qm not found in %s; showing the English source texts", name, folder
                )
            return False
        self._app.installTranslator(translator)
        self._translators.append(translator)
        return True
