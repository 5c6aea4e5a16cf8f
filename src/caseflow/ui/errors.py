"""How errors reach a user: a message in their language, details only in the log."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseflow.domain.errors import CaseflowError

log = logging.getLogger(__name__)


def message_for(error: BaseException) -> str:
    """The text a user reads for ``error``; unexpected errors are logged, not shown."""
    if isinstance(error, CaseflowError):
        return error.text.render()
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "Errors",
        "Caseflow met an unexpected error. Nothing you saved was lost. "
        "Details without personal data are in the log file.",
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Caseflow", message_for(error), parent=parent)
    box.setObjectName("errorDialog")
    box.open()
