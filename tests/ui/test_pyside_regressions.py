"""PySide6 6.12.0 on Python 3.11 leaks a reference to None on every void Qt call.

After some thousands of calls the process aborts ('none_dealloc'). The
dependency pins keep that version away; this test fails if it comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText("x" if i % 2 else "y")
        label.setWindowTitle("t")
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a constant; 3.11 must stay balanced.
    assert after - before < 1_000
