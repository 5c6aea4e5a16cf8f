"""Where Caseflow keeps its own files on each platform (never personal data)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import caseflow
from caseflow import central_config


def _home() -> Path:
    return Path.home()


def _local_app_data() -> Path:
    return Path(os.environ.get("LOCALAPPDATA", _home() / "AppData" / "Local")) / "Caseflow"


def data_dir() -> Path:
    """The default folder for new local databases (IT may name another, centrally)."""
    central = central_config.current().database_folder
    if central is not None:
        return central
    if sys.platform == "win32":
        return _local_app_data()
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / "Caseflow"
    return Path(os.environ.get("XDG_DATA_HOME", _home() / ".local" / "share")) / "caseflow"


def log_dir() -> Path:
    """This user's log folder: always on this PC, never in a central database folder."""
    if sys.platform == "win32":
        return _local_app_data() / "logs"
    if sys.platform == "darwin":
        return _home() / "Library" / "Logs" / "Caseflow"
    return Path(os.environ.get("XDG_STATE_HOME", _home() / ".local" / "state")) / "caseflow"


def is_frozen() -> bool:
    """Running from a PyInstaller build rather than from a Python installation."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_dir() -> Path:
    """The folder a PyInstaller build unpacked its files into (``_internal`` beside the program)."""
    return Path(getattr(sys, "_MEIPASS", ""))


def resources_dir() -> Path:
    """Translations, fonts, licences: inside the build, the installed package or the source tree.

    A build looks only inside itself: a checkout that happens to lie beside it
    must never be what it reads.
    """
    if is_frozen():
        candidates = [bundle_dir() / "caseflow" / "_resources"]
    else:
        package = Path(caseflow.__file__).parent
        candidates = [package / "_resources", package.parent.parent / "resources"]
    for candidate in candidates:
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError("Caseflow's resources are missing from this installation")
