"""Render Caseflow's windows to PNG files for a look (run under Xvfb or offscreen).

Usage: python tools/screenshots.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("CASEFLOW_LANG", "sv")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from caseflow.app import create_application
from caseflow.services import demo
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.ui.controller import AppController


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget | None, out: Path, name: str) -> None:
    assert widget is not None, name
    settle()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    folder = Path(tempfile.mkdtemp())
    database = folder / "demo.db"
    demo.create_or_fill(database, fast_kdf=True)

    wizard_controller = AppController(kdf=FAST_TEST_KDF)
    wizard_controller.show_wizard()
    wizard = wizard_controller.wizard
    assert wizard is not None
    wizard.location.path.setText(str(folder / "new.db"))
    shoot(wizard, out, "wizard-1-location")
    wizard.next()
    wizard.administrator.username.setText("anna.berg")
    wizard.administrator.display_name.setText("Anna Berg")
    shoot(wizard, out, "wizard-2-admin")
    wizard.next()
    wizard.passphrase.fields.passphrase.setText("kort")
    shoot(wizard, out, "wizard-3-passphrase-weak")
    wizard.passphrase.fields.passphrase.setText("Lingon-Fjäll-Båt-Sommarregn-7")
    wizard.passphrase.fields.confirmation.setText("Lingon-Fjäll-Båt-Sommarregn-7")
    shoot(wizard, out, "wizard-3-passphrase-ok")
    wizard.next()
    for _ in range(50):
        settle(100)
        if wizard.currentPage() is wizard.recovery:
            break
    shoot(wizard, out, "wizard-4-recovery")
    wizard.recovery.confirmed.setChecked(True)
    wizard.accept()
    settle()
    shoot(wizard_controller.main_window, out, "main-overview")
    window = wizard_controller.main_window
    assert window is not None
    window.navigation.setCurrentRow(4)
    shoot(window, out, "main-administration")
    wizard_controller.lock()
    settle(800)
    shoot(wizard_controller.unlock_dialog, out, "unlock")
    dialog = wizard_controller.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText("fel lösenfras")
    dialog.try_unlock()
    settle(1500)
    shoot(dialog, out, "unlock-wrong-passphrase")
    QCoreApplication.processEvents()
    app.closeAllWindows()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    QApplication.instance().quit()  # type: ignore[union-attr]
    os._exit(0)
