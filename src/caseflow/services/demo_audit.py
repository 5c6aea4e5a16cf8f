"""An audit history for the demo: logins, cases opened and records written.

Derived from the rows the generator wrote (who wrote which journal entry
when), so the log reads like a year of real work, and chained with the same
hash chain as the app's own entries. Only the last ``DAYS`` days are logged,
so the log stays a reasonable size at 50,000 cases.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from caseflow.domain.audit import AuditAction, AuditEntry

DAYS = 365
Row = Mapping[str, Any]


class AuditHistory:
    """Collects entries batch by batch; ``entries()`` gives them in time order."""

    def __init__(self, rng: random.Random, today: date, usernames: Mapping[int, str]) -> None:
        self._rng = rng
        self._since = datetime.combine(today - timedelta(days=DAYS), time.min, UTC)
        self._usernames = usernames
        self._entries: list[AuditEntry] = []
        self._work_days: dict[int, set[date]] = {}

    def _entry(self, at: datetime, user_id: int, action: AuditAction, **fields: Any) -> None:
        if action is AuditAction.RECORD_WRITTEN:
            self._work_days.setdefault(user_id, set()).add(at.date())
        self._entries.append(
            AuditEntry(
                id=0,
                at=at,
                user_id=user_id,
                username=self._usernames.get(user_id, ""),
                action=action.value,
                **fields,
            )
        )

    def add_batch(self, rows: Mapping[str, Iterable[Row]]) -> None:
        """Entries for what one batch wrote: each journal entry opened and written."""
        numbers = {r["id"]: r["case_number"] for r in rows.get("cases", ())}
        for r in rows.get("journal_entries", ()):
            at = r.get("created_at")
            if not isinstance(at, datetime) or at < self._since:
                continue
            number = numbers.get(r["case_id"], "")
            opened = at - timedelta(minutes=self._rng.randint(2, 40))
            self._entry(
                opened,
                r["author_id"],
                AuditAction.CASE_OPENED,
                case_id=r["case_id"],
                case_number=number,
            )
            self._entry(
                at,
                r["author_id"],
                AuditAction.RECORD_WRITTEN,
                case_id=r["case_id"],
                case_number=number,
                record_type="journal_entry",
                record_id=str(r["id"]),
            )

    def entries(self) -> list[AuditEntry]:
        """Everything collected plus a login and a lock around each user's working days."""
        for user_id, days in sorted(self._work_days.items()):
            for day in sorted(days):
                start = datetime.combine(day, time(7, 30), UTC)
                self._entry(
                    start + timedelta(minutes=self._rng.randint(0, 40)), user_id, AuditAction.LOGIN
                )
                self._entry(
                    datetime.combine(day, time(15, 30), UTC)
                    + timedelta(minutes=self._rng.randint(0, 60)),
                    user_id,
                    AuditAction.LOCK,
                )
        return sorted(self._entries, key=lambda e: e.at)
