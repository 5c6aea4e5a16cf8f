"""What the demo generator's parts share: ids, a batch of rows, timestamps, text filling."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

Row = dict[str, Any]

# Tables whose integer ids the generator hands out itself, so that rows can
# refer to each other before they are written (and the same seed gives the
# same ids).
ID_TABLES = (
    "persons",
    "guardians",
    "cases",
    "case_status_changes",
    "case_agencies",
    "assessments",
    "goals",
    "goal_status_records",
    "activities",
    "journal_entries",
    "consent_records",
    "consent_withdrawals",
    "recorded_legal_grounds",
    "disclosures",
    "follow_ups",
    "meetings",
    "meeting_participants",
    "minutes_items",
)


class Ids:
    """The next free id per table."""

    def __init__(self, start: Mapping[str, int]) -> None:
        self._next = {table: start.get(table, 1) for table in ID_TABLES}

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


@dataclass
class Batch:
    """Rows per table for one transaction, in the order they were made."""

    rows: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, **row: Any) -> None:
        self.rows.setdefault(table, []).append(row)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))

    def trailing(self, table: str, key: str, values: int | set[int]) -> list[Row]:
        """The rows at the end of ``table`` whose ``key`` is ``values`` (or one of them).

        The rows a part of the generator has just added for one case, person
        or meeting, without looking through the whole batch.
        """
        wanted = values if isinstance(values, set) else {values}
        rows = self.rows.get(table, [])
        start = len(rows)
        while start and rows[start - 1][key] in wanted:
            start -= 1
        return rows[start:]


class Clock:
    """Timestamps on working days' hours, never later than ``now``."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def at(self, day: date, minutes: int) -> datetime:
        moment = datetime.combine(day, time(), UTC) + timedelta(minutes=minutes)
        return min(moment, self.now)

    def working(self, rng: random.Random, day: date) -> datetime:
        """Some time between 07:00 and 15:30 UTC (08-17 in Sweden) on ``day``."""
        return self.at(day, rng.randint(7 * 60, 15 * 60 + 30))


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its ``{name}`` fields filled; unused values are ignored."""
    return template.format_map(values)
