"""Start Caseflow's GUI as ``python -m caseflow --database DB`` does, up to the unlock dialog.

    python -m benchmarks.gui_start DB USER

Run by ``benchmarks.run`` as a child process (offscreen): it prints one
JSON line once the unlock dialog has painted, then quits. The parent times
the process from its start to that line, so imports, the QApplication,
translations and the dialog are all in the figure; the line carries the
process's peak resident memory.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()

from caseflow import cli  # noqa: E402,F401 - what `python -m caseflow` loads before the GUI


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from benchmarks.machine import peak_rss_mib
    from caseflow import app, logsetup
    from caseflow.ui.controller import AppController

    database, user = Path(argv[0]), argv[1]
    logsetup.configure_logging()
    application = app.create_application()
    controller = AppController(database, user)

    def report() -> None:
        print(
            json.dumps(
                {
                    "in_process_ms": (time.perf_counter() - STARTED) * 1000,
                    "peak_mib": peak_rss_mib(),
                }
            ),
            flush=True,
        )
        application.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.property("seen"):
                self.setProperty("seen", True)
                QTimer.singleShot(0, report)  # once this paint is done
            return False

    controller.start()
    dialog = controller.unlock_dialog
    if dialog is None:
        print("no unlock dialog (the first-run wizard opened instead)", file=sys.stderr)
        return 2
    watcher = FirstPaint()
    dialog.installEventFilter(watcher)
    QTimer.singleShot(60_000, application.quit)  # never hang a benchmark run
    return application.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
