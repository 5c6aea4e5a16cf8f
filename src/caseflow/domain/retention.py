"""Retention (gallring): when a closed case's file is due for deletion.

The general rule for social services files is deletion five years after the
last entry in the file (SoL 12 kap. 1 §, as /work/shared/domain.md says);
files of people born on the 5th, 15th or 25th of a month are kept for
research, and a municipality's document management plan may differ, so the
rules are data per programme. A voluntary programme also says what happens
when consent is withdrawn and no other legal ground remains: the file may
then be due soon after closing (``withdrawn_consent_days``) instead of after
the general period.

Only closed cases are ever due; a deletion is always decided by a manager.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import Programme
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

RESEARCH_DAYS = (5, 15, 25)


class DueReason(StrEnum):
    PERIOD_ENDED = "period_ended"
    CONSENT_WITHDRAWN = "consent_withdrawn"

    @property
    def label(self) -> Text:
        return _REASONS[self]


_REASONS = {
    DueReason.PERIOD_ENDED: QT_TRANSLATE_NOOP(
        "Domain", "The retention period after the last entry has ended"
    ),
    DueReason.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP(
        "Domain", "Consent was withdrawn and no other legal ground remains"
    ),
}


@dataclass(frozen=True)
class RetentionRule:
    """How long a programme's closed files are kept."""

    years_after_last_entry: int = 5
    keep_research_birthdays: bool = True
    never_delete: bool = False
    # Days after closing when consent was withdrawn without another ground; None: general rule.
    withdrawn_consent_days: int | None = 90

    def __post_init__(self) -> None:
        if not 1 <= self.years_after_last_entry <= 100:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "A retention period is 1 to 100 years."))
        if self.withdrawn_consent_days is not None and not 0 <= self.withdrawn_consent_days <= 3650:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Days after closing must be 0 to 3650."))


DEFAULT_RETENTION: Mapping[Programme, RetentionRule] = {
    programme: RetentionRule() for programme in Programme
}


def rule_from_dict(data: Mapping[str, Any], base: RetentionRule) -> RetentionRule:
    def number(key: str, default: int | None) -> int | None:
        value = data.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "A retention setting is not a number."))
        return value

    years = number("years_after_last_entry", base.years_after_last_entry)
    return RetentionRule(
        years_after_last_entry=years if years is not None else base.years_after_last_entry,
        keep_research_birthdays=bool(
            data.get("keep_research_birthdays", base.keep_research_birthdays)
        ),
        never_delete=bool(data.get("never_delete", base.never_delete)),
        withdrawn_consent_days=number("withdrawn_consent_days", base.withdrawn_consent_days),
    )


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class RetentionFacts:
    """What the rule needs to know about one closed case."""

    closed_on: date
    last_entry: date
    birth_date: date | None
    consent_withdrawn_without_ground: bool = False


@dataclass(frozen=True)
class Due:
    on: date
    reason: DueReason


def due_date(rule: RetentionRule, facts: RetentionFacts) -> Due | None:
    """When the case becomes due for deletion, or None when it is kept."""
    if rule.never_delete:
        return None
    if (
        rule.keep_research_birthdays
        and facts.birth_date is not None
        and facts.birth_date.day in RESEARCH_DAYS
    ):
        return None
    general = Due(
        _add_years(max(facts.last_entry, facts.closed_on), rule.years_after_last_entry),
        DueReason.PERIOD_ENDED,
    )
    if facts.consent_withdrawn_without_ground and rule.withdrawn_consent_days is not None:
        early = facts.closed_on + timedelta(days=rule.withdrawn_consent_days)
        if early < general.on:
            return Due(early, DueReason.CONSENT_WITHDRAWN)
    return general


def is_due(rule: RetentionRule, facts: RetentionFacts, today: date) -> Due | None:
    found = due_date(rule, facts)
    return found if found is not None and found.on <= today else None
