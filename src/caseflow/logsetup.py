"""The log file: what happened and where in the code, never what was in the data.

Exception messages from the database driver can quote statement parameters
(names, personnummer, journal text), and our own messages can name a
person. The log therefore records an exception's type and stack frames only,
never its message, and Caseflow's own log calls pass no personal data.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

from caseflow import paths

LOG_NAME = "caseflow.log"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def describe_exception(exc_info: ExcInfo | tuple[None, None, None]) -> str:
    """Exception types and frames (file, line, function), causes included, no messages."""
    _, error, _ = exc_info
    parts: list[str] = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames = traceback.extract_tb(error.__traceback__)
        where = " <- ".join(
            f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames)
        )
        parts.append(f"{type(error).__module__}.{type(error).__qualname__} at {where or '?'}")
        error = error.__cause__ or error.__context__
    return "\n  caused by ".join(parts)


class RedactingFormatter(logging.Formatter):
    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        return describe_exception(ei)

    def formatStack(self, stack_info: str) -> str:
        return ""


def configure_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send Caseflow's log to a rotating file; return its path."""
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    # Owner-only, like the database: the log names no person, but it is nobody
    # else's business when and how Caseflow was used.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("caseflow")
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    return path
