"""QApplication start-up: translations, the log, the last line of error handling."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import caseflow
from caseflow import i18n, logsetup

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    # The last line of defence: a slot that raised. The user gets a dialog in
    # their language; the log gets types and frames, never the message.
    from caseflow.ui.errors import show_error

    if isinstance(error, KeyboardInterrupt):
        QApplication.quit()
        return
    show_error(QApplication.activeWindow(), error.with_traceback(tb))


def _choose_platform() -> None:
    """Without any display (a server, CI), run offscreen instead of aborting."""
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        print("Caseflow: no display found, running offscreen.", file=sys.stderr)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        _choose_platform()
        app = QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Caseflow")
    app.setApplicationName("Caseflow")
    app.setApplicationVersion(caseflow.__version__)
    app.setQuitOnLastWindowClosed(False)
    i18n.install()
    return app


def run(
    database: Path | None = None, user: str | None = None, quit_after: float | None = None
) -> int:
    """Start the GUI; ``quit_after`` seconds ends it (smoke tests of a build)."""
    logsetup.configure_logging()
    app = create_application()
    sys.excepthook = _excepthook
    from caseflow.ui.controller import AppController

    controller = AppController(database, user)
    controller.start()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), controller.quitting.emit)
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    log.info("Caseflow %s started", caseflow.__version__)
    return app.exec()
