"""Where Caseflow keeps its own files on each platform (never personal data)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import caseflow


def _home() -> Path:
    return Path.home()


def data_dir() -> Path:
    """The default folder for new local databases."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", _home() / "AppData" / "Local")) / "Caseflow"
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / "Caseflow"
    return Path(os.environ.get("XDG_DATA_HOME", _home() / ".local" / "share")) / "caseflow"


def log_dir() -> Path:
    if sys.platform == "win32":
        return data_dir() / "logs"
    if sys.platform == "darwin":
        return _home() / "Library" / "Logs" / "Caseflow"
    return Path(os.environ.get("XDG_STATE_HOME", _home() / ".local" / "state")) / "caseflow"


def resources_dir() -> Path:
    """Translations, fonts and icons: inside the installed package or the source tree."""
    package = Path(caseflow.__file__).parent
    for candidate in (package / "_resources", package.parent.parent / "resources"):
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError("Caseflow's resources are missing from this installation")
