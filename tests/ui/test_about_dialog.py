"""Help → About: versions of what Caseflow runs on, and the licence of every bundled component."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication

import caseflow
from caseflow import paths, versions
from caseflow.ui import about_dialog
from caseflow.ui.about_dialog import COMPONENTS, AboutDialog

SCREENSHOTS = os.environ.get("CASEFLOW_SCREENSHOTS")


@pytest.fixture
def dialog(qtbot) -> AboutDialog:
    shown = AboutDialog()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _save(widget, name: str) -> None:
    if SCREENSHOTS:
        widget.grab().save(str(Path(SCREENSHOTS) / name))


def test_the_about_tab_names_caseflow_and_the_versions_it_runs_on(dialog: AboutDialog) -> None:
    assert dialog.windowTitle() == "About Caseflow"
    found = versions.collect()
    assert dialog.versions.caseflow == caseflow.__version__
    assert dialog.version_labels["Qt"].text() == qVersion()
    assert dialog.version_labels["SQLCipher"].text() == found.sqlcipher
    assert dialog.version_labels["Python"].text() == found.python
    note = dialog.lgpl_note.text()
    assert "GNU Lesser General Public License" in note and "_internal/PySide6" in note
    _save(dialog, "about.png")


def test_every_component_has_its_licence_text(dialog: AboutDialog) -> None:
    dialog.tabs.setCurrentIndex(1)
    assert dialog.components.count() == len(COMPONENTS)
    for row, component in enumerate(COMPONENTS):
        dialog.components.setCurrentRow(row)
        text = dialog.licence.toPlainText()
        assert text.strip() and "missing from this installation" not in text, component
        assert (paths.resources_dir() / component.text_file).is_file()


@pytest.mark.parametrize(
    ("name", "licence", "in_text"),
    [
        ("Qt", "LGPL-3.0", "GNU LESSER GENERAL PUBLIC LICENSE"),
        ("PySide6, shiboken6", "LGPL-3.0", "Version 3, 29 June 2007"),
        ("SQLCipher", "BSD-3-Clause", "ZETETIC LLC"),
        ("DejaVu Sans", "Bitstream Vera", "Bitstream Vera"),
        ("reportlab", "BSD", "ReportLab"),
        ("SQLAlchemy", "MIT", "SQLAlchemy authors"),
        ("Alembic", "MIT", "Permission is hereby granted"),
        ("cryptography", "Apache-2.0 OR BSD-3-Clause", "LICENSE.APACHE or LICENSE.BSD"),
        ("Caseflow", "GPL-3.0-or-later", "GNU GENERAL PUBLIC LICENSE"),
    ],
)
def test_the_licence_tab_shows_the_right_text(
    dialog: AboutDialog, name: str, licence: str, in_text: str
) -> None:
    row = next(i for i, c in enumerate(COMPONENTS) if c.name == name)
    dialog.tabs.setCurrentIndex(1)
    dialog.components.setCurrentRow(row)
    assert f"licence: {licence}" in dialog.licence_name.text()
    assert in_text in dialog.licence.toPlainText()
    if name == "Qt":
        _save(dialog, "about-licences.png")


def test_the_overview_tells_how_to_replace_qt(dialog: AboutDialog) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.components.setCurrentRow(dialog.components.count() - 1)
    assert dialog.components.currentItem().text() == "All components"
    text = dialog.licence.toPlainText()
    assert "Replacing Qt and PySide6" in text and "caseflow-sbom.cdx.json" in text


def test_copy_versions_puts_the_version_text_on_the_clipboard(dialog: AboutDialog) -> None:
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == f"Caseflow {caseflow.__version__}"
    assert "SQLCipher" in copied


def test_escape_closes_and_the_dialog_fits_a_laptop_screen(qtbot, dialog: AboutDialog) -> None:
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 60  # a taskbar
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_bill_of_materials_is_named_only_inside_a_build(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    assert about_dialog.sbom_path() is None  # a checkout has none
    (tmp_path / about_dialog.SBOM_NAME).write_text("{}", encoding="utf-8")
    monkeypatch.setattr(paths, "is_frozen", lambda: True)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "caseflow"))
    assert about_dialog.sbom_path() == tmp_path / about_dialog.SBOM_NAME
    shown = AboutDialog()
    qtbot.addWidget(shown)
    labels = [label.text() for label in shown.findChildren(type(shown.lgpl_note), "sbomNote")]
    assert labels == [
        "Every component of this build, with versions and licences: "
        + str(tmp_path / about_dialog.SBOM_NAME)
    ]


def test_a_build_reads_its_resources_from_itself_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(FileNotFoundError):
        paths.resources_dir()  # never the source tree beside it
    bundled = tmp_path / "caseflow" / "_resources"
    (bundled / "translations").mkdir(parents=True)
    assert paths.resources_dir() == bundled


def test_f1_in_the_unlock_dialog_opens_about_before_anyone_signs_in(
    qtbot, controller, closed_db: Path
) -> None:
    controller.show_unlock(closed_db)
    unlock = controller.unlock_dialog
    qtbot.waitExposed(unlock)
    unlock.activateWindow()  # a window shortcut: only in the active window
    qtbot.waitUntil(unlock.isActiveWindow, timeout=5000)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: unlock.findChild(AboutDialog) is not None, timeout=5000)
    about = unlock.findChild(AboutDialog)
    assert about.isVisible()
    _save(unlock, "unlock-with-about.png")
    about.close()


def test_a_second_f1_brings_the_same_dialog_forward(qtbot, controller) -> None:
    controller.show_unlock()
    first = controller.show_about(controller.unlock_dialog)
    qtbot.waitExposed(first)
    assert controller.show_about(controller.unlock_dialog) is first
    first.close()
