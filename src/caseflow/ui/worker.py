"""Run a service call off the GUI thread and get its result back on it.

Key derivation, unlocking, queries and PDF builds never run on the GUI
thread: the window keeps painting and answering while they work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


_alive: set[_Signals] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    """Call ``work()`` on a pool thread; ``on_done``/``on_error`` run on the GUI thread."""
    signals = _Signals()
    _alive.add(signals)  # keep the QObject alive until one of its signals fired

    def done(result: Any) -> None:
        _alive.discard(signals)
        on_done(result)

    def failed(error: BaseException) -> None:
        _alive.discard(signals)
        on_error(error)

    signals.finished.connect(done)
    signals.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Job(work, signals))


def run_for(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """``run_in_background`` whose answer is dropped when ``owner`` is gone.

    A window can be closed (or the app locked) while its query runs; calling
    into a deleted widget would raise on the GUI thread.
    """

    def done(result: Any) -> None:
        if shiboken6.isValid(owner):
            on_done(result)

    def failed(error: BaseException) -> None:
        if shiboken6.isValid(owner):
            on_error(error)

    run_in_background(work, done, failed)
