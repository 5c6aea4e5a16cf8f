"""Failed unlocks slow down further attempts (per user name, on this PC).

Kept in a small sidecar file (``NAME.attempts``), because before an unlock
there is no key to write the database with. The file says how many attempts
failed in a row and when the last one was; it holds no secret. Deleting it
resets the delay, which is why the real protection stays the key
derivation's cost (Argon2id, 128 MiB per guess): this only stops someone at
the keyboard from trying a list of passphrases quickly. Unknown user names
are counted like known ones so the delay does not tell which names exist.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from caseflow.storage.atomic import write_atomically

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300
MAX_NAMES = 1_000


def attempts_path(database: Path) -> Path:
    return database.with_name(database.name + ".attempts")


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` failed attempts in a row: 0, 0, 0, 2, 4, 8, … 300."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1)))


def _load(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(path: Path, data: dict[str, dict[str, object]]) -> None:
    if len(data) > MAX_NAMES:
        newest = sorted(data.items(), key=lambda kv: str(kv[1].get("last", "")))[-MAX_NAMES:]
        data = dict(newest)
    try:
        write_atomically(path, json.dumps(data, sort_keys=True).encode("utf-8"))
        path.chmod(0o600)
    except OSError:
        pass  # a read-only folder: the key derivation's cost still applies


def seconds_to_wait(database: Path, user: str, now: datetime | None = None) -> int:
    """How long ``user`` must still wait before the next attempt (0: go ahead)."""
    entry = _load(attempts_path(database)).get(user)
    if not entry:
        return 0
    try:
        failures = int(str(entry.get("failures", 0)))
        last = datetime.fromisoformat(str(entry["last"]))
    except (KeyError, ValueError):
        return 0
    waited = ((now or datetime.now(UTC)) - last).total_seconds()
    return max(0, int(delay_after(failures) - waited + 0.999))


def record_failure(database: Path, user: str, now: datetime | None = None) -> int:
    """Count one more failed attempt; returns the failures in a row."""
    path = attempts_path(database)
    data = _load(path)
    entry = data.get(user) or {}
    failures = int(str(entry.get("failures", 0))) + 1
    data[user] = {"failures": failures, "last": (now or datetime.now(UTC)).isoformat()}
    _save(path, data)
    return failures


def failures_of(database: Path, user: str) -> int:
    entry = _load(attempts_path(database)).get(user) or {}
    try:
        return int(str(entry.get("failures", 0)))
    except ValueError:
        return 0


def reset(database: Path, user: str) -> None:
    path = attempts_path(database)
    data = _load(path)
    if data.pop(user, None) is not None:
        _save(path, data)
