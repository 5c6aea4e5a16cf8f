"""The real program starts, shows the unlock dialog offscreen and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys


def test_gui_starts_and_quits_cleanly(closed_db, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFLOW_LANG": "sv"}
    result = subprocess.run(
        [sys.executable, "-m", "caseflow", "--database", str(closed_db), "--quit-after", "1.5"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
