"""Translations: Qt Linguist files for the GUI, the CLI and the domain's messages.

English is the source language in code; Swedish is the default language.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from caseflow import paths
from caseflow.domain.text import install_translator

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
_installed: list[QTranslator] = []
log = logging.getLogger(__name__)


def settings() -> QSettings:
    """Non-secret preferences: language, recent database paths, window geometry."""
    if sys.platform == "win32":
        # A file in the user's AppData (as IT expects), not the registry.
        return QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Caseflow", "Caseflow"
        )
    return QSettings("Caseflow", "Caseflow")


def preferred_language() -> str:
    chosen = os.environ.get("CASEFLOW_LANG") or str(settings().value("language", "") or "")
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def load_translator(language: str) -> QTranslator:
    """The compiled translation; an empty one (English source text) if it is missing."""
    translator = QTranslator()
    qm = paths.resources_dir() / "translations" / f"caseflow_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("translation file missing: %s", qm.name)
    return translator


def install(language: str | None = None) -> str:
    """Make Qt widgets and domain ``Text`` speak ``language``; return the language used."""
    language = language or preferred_language()
    translator = load_translator(language)
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    if app is not None:
        app.installTranslator(translator)
        qt_base = QTranslator()
        if qt_base.load(QLocale(language), "qtbase", "_", _qt_translations_dir()):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English)
    )

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    install_translator(translate)
    return language


def _qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
