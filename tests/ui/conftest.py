from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from caseflow.i18n import settings
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.ui.controller import AppController


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    settings().clear()
    yield
    settings().clear()


@pytest.fixture
def controller(qtbot, monkeypatch) -> Iterator[AppController]:
    # Closing the last window must not end the test's QApplication.
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    controller = AppController(kdf=FAST_TEST_KDF)
    yield controller
    controller.quit()
    for widget in (controller.unlock_dialog, controller.wizard):
        if widget is not None:
            widget.close()


def wait_for_unlock_dialog(qtbot, controller: AppController) -> None:
    qtbot.waitUntil(
        lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible(),
        timeout=5000,
    )


def unlock(qtbot, controller: AppController, user: str, passphrase: str) -> None:
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.username.setText(user)
    dialog.passphrase.setText(passphrase)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10000)


@pytest.fixture
def unlocked(qtbot, controller: AppController, closed_db: Path) -> AppController:
    from tests.conftest import ADMIN, ADMIN_PASSPHRASE

    controller.show_unlock(closed_db)
    unlock(qtbot, controller, ADMIN, ADMIN_PASSPHRASE)
    return controller
