"""Recently used databases, remembered by path only (never user names or anything inside)."""

from __future__ import annotations

from pathlib import Path

from caseflow.i18n import settings

KEY = "recent_databases"
LIMIT = 6


def recent_databases() -> list[Path]:
    raw = settings().value(KEY, [])
    values = raw if isinstance(raw, list) else [raw] if raw else []
    return [Path(str(v)) for v in values if v]


def remember(path: Path) -> None:
    resolved = str(path.resolve())
    kept = [str(p) for p in recent_databases() if str(p) != resolved]
    settings().setValue(KEY, [resolved, *kept][:LIMIT])
