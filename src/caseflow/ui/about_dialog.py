"""Help → About: Caseflow's version, the versions it runs on, and every licence it ships.

IT departments ask what a program carries before they deploy it; this
dialog answers from the running build itself (``caseflow.versions``) and
shows the licence texts kept in ``resources/licenses``. The LGPL lets a user
replace Qt: the note says how (the one-folder build keeps Qt's libraries as
separate files).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseflow import paths, versions
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

SBOM_NAME = "caseflow-sbom.cdx.json"  # written beside the program by tools/sbom.py


@dataclass(frozen=True)
class Component:
    """A bundled component, its licence and the file under resources/ with the text."""

    name: str
    licence: str
    text_file: str
    purpose: Text


COMPONENTS = (
    Component(
        "Caseflow",
        "GPL-3.0-or-later",
        "licenses/GPL-3.0.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "this program"),
    ),
    Component(
        "Qt",
        "LGPL-3.0",
        "licenses/LGPL-3.0.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "windows, printing and PDF preview"),
    ),
    Component(
        "PySide6, shiboken6",
        "LGPL-3.0",
        "licenses/LGPL-3.0.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python"),
    ),
    Component(
        "SQLCipher",
        "BSD-3-Clause",
        "licenses/SQLCipher.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "the encrypted database (with SQLite)"),
    ),
    Component(
        "OpenSSL",
        "Apache-2.0",
        "licenses/Apache-2.0.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "the ciphers of SQLCipher and cryptography"),
    ),
    Component(
        "sqlcipher3",
        "Zlib",
        "licenses/sqlcipher3.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "Python's driver for SQLCipher"),
    ),
    Component(
        "cryptography",
        "Apache-2.0 OR BSD-3-Clause",
        "licenses/cryptography.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "key derivation and key wrapping"),
    ),
    Component(
        "SQLAlchemy",
        "MIT",
        "licenses/SQLAlchemy.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "database access"),
    ),
    Component(
        "Alembic",
        "MIT",
        "licenses/Alembic.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "database upgrades"),
    ),
    Component(
        "Mako",
        "MIT",
        "licenses/Mako.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "used by Alembic"),
    ),
    Component(
        "MarkupSafe",
        "BSD-3-Clause",
        "licenses/MarkupSafe.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "used by Mako"),
    ),
    Component(
        "reportlab",
        "BSD",
        "licenses/reportlab.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "PDF reports"),
    ),
    Component(
        "Pillow",
        "MIT-CMU",
        "licenses/Pillow.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "used by reportlab, with the image libraries it carries"),
    ),
    Component(
        "DejaVu Sans",
        "Bitstream Vera",
        "fonts/LICENSE",
        QT_TRANSLATE_NOOP("AboutDialog", "the font of the PDF reports"),
    ),
    Component(
        "Python",
        "PSF-2.0",
        "licenses/Python.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "the programming language Caseflow runs on"),
    ),
    Component(
        "typing_extensions",
        "PSF-2.0",
        "licenses/typing_extensions.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "used by SQLAlchemy"),
    ),
    Component(
        "cffi",
        "MIT",
        "licenses/cffi.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "used by cryptography"),
    ),
    Component(
        "charset_normalizer",
        "MIT",
        "licenses/charset_normalizer.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "used by reportlab"),
    ),
    Component(
        "",  # the overview: its name is translated where it is shown
        "",
        "licenses/README.md",
        QT_TRANSLATE_NOOP("AboutDialog", "the list, and how to replace Qt"),
    ),
)


def sbom_path() -> Path | None:
    """The build's bill of materials, beside the program; None outside a build."""
    if not paths.is_frozen():
        return None
    path = Path(sys.executable).resolve().parent / SBOM_NAME
    return path if path.is_file() else None


def licence_text(component: Component) -> str:
    try:
        return (paths.resources_dir() / component.text_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


class AboutDialog(QDialog):
    """Two tabs: About (versions, the LGPL note) and Licences (a list and the chosen text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Caseflow"))
        self.versions = versions.collect()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(self._about_tab(), self.tr("&About"))
        self.tabs.addTab(self._licences_tab(), self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = buttons.addButton(
            self.tr("&Copy versions"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyVersions")
        self.copy_button.clicked.connect(self.copy_versions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 580)

    # --- about -------------------------------------------------------------------------------

    def _about_tab(self) -> QWidget:
        tab = QWidget()
        title = QLabel("<h2>Caseflow " + self.versions.caseflow + "</h2>")
        summary = QLabel(
            self.tr(
                "Case management for municipal social services' work with young people "
                "(SSPF, SIG and exit support). Free software under the GNU General Public "
                "License, version 3 or later."
            ),
            wordWrap=True,
        )
        form = QFormLayout()
        self.version_labels: dict[str, QLabel] = {}
        for name, version in self.versions.lines()[1:]:
            label = QLabel(version)
            label.setObjectName(f"version{name.split()[0]}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name + ":", label)
            self.version_labels[name] = label
        self.lgpl_note = QLabel(
            self.tr(
                "Caseflow uses Qt and PySide6 under the GNU Lesser General Public License, "
                "version 3. This build keeps Qt's libraries as separate files in the folder "
                "_internal/PySide6 beside the program, so you may replace them with your own "
                "build of the same Qt version; the Licences tab (All components) says how."
            ),
            wordWrap=True,
        )
        self.lgpl_note.setObjectName("lgplNote")
        layout = QVBoxLayout(tab)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.lgpl_note)
        sbom = sbom_path()
        if sbom is not None:
            listed = QLabel(
                self.tr("Every component of this build, with versions and licences: %1").replace(
                    "%1", str(sbom)
                ),
                wordWrap=True,
            )
            listed.setObjectName("sbomNote")
            listed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(listed)
        layout.addStretch()
        return tab

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(versions.version_text(self.versions))

    # --- licences ------------------------------------------------------------------------------

    def _licences_tab(self) -> QWidget:
        tab = QWidget()
        self.components = QListWidget()
        self.components.setObjectName("components")
        self.components.setMaximumWidth(190)
        for component in COMPONENTS:
            self.components.addItem(component.name or self.tr("All components"))
        self.licence_name = QLabel()
        self.licence_name.setObjectName("licenceName")
        self.licence_name.setWordWrap(True)
        self.licence = QPlainTextEdit(readOnly=True)
        self.licence.setObjectName("licenceText")
        self.licence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.components.currentRowChanged.connect(self.show_component)
        caption = QLabel(self.tr("Co&mponent:"))
        caption.setBuddy(self.components)
        left = QVBoxLayout()
        left.addWidget(caption)
        left.addWidget(self.components, 1)
        right = QVBoxLayout()
        right.addWidget(self.licence_name)
        right.addWidget(self.licence, 1)
        layout = QHBoxLayout(tab)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.components.setCurrentRow(0)
        return tab

    def show_component(self, row: int) -> None:
        if not 0 <= row < len(COMPONENTS):
            return
        component = COMPONENTS[row]
        if component.licence:
            self.licence_name.setText(
                self.tr("%1 (%2), licence: %3")
                .replace("%1", component.name)
                .replace("%2", component.purpose.render())
                .replace("%3", component.licence)
            )
        else:
            self.licence_name.setText(component.purpose.render())
        text = licence_text(component)
        self.licence.setPlainText(
            text or self.tr("The licence text is missing from this installation.")
        )
