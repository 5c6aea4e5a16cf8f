"""The texts of the consent rules: whole sentences with named arguments.

Reasons are whole sentences, never pieced together from words, so that each
reads well in Swedish ("vårdnadshavare Anna Berg har inte samtyckt"). Dates
are ISO (2026-03-01), as everywhere in Caseflow. The constants are public so
that tests and front ends can tell the reasons apart by their source text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

THE_YOUNG_PERSON = QT_TRANSLATE_NOOP("Domain", "the young person")
GUARDIAN_NAMED = QT_TRANSLATE_NOOP("Domain", "guardian {name}")
YOUNG_PERSON_TITLE = QT_TRANSLATE_NOOP("Domain", "Young person")
GUARDIAN_TITLE = QT_TRANSLATE_NOOP("Domain", "{name} (guardian)")
_LIST_PAIR = QT_TRANSLATE_NOOP("Domain", "{first} and {second}")
_LIST_MORE = QT_TRANSLATE_NOOP("Domain", "{first}, {second}")

# Why a party is covered.
COVERED_BY_CONSENT = QT_TRANSLATE_NOOP("Domain", "Covered by consent given on {date} by {names}")
COVERED_BY_GROUND = QT_TRANSLATE_NOOP(
    "Domain", "Covered by the legal ground {ground}, recorded on {date}"
)

# What is missing, in sentences that say who.
YOUNG_PERSON_NOT_CONSENTED = QT_TRANSLATE_NOOP("Domain", "The young person has not consented")
GUARDIAN_NOT_CONSENTED = QT_TRANSLATE_NOOP("Domain", "Guardian {name} has not consented")
YOUNG_PERSON_ENDED = QT_TRANSLATE_NOOP("Domain", "Consent from the young person ended {date}")
GUARDIAN_ENDED = QT_TRANSLATE_NOOP("Domain", "Consent from guardian {name} ended {date}")
YOUNG_PERSON_WITHDREW = QT_TRANSLATE_NOOP("Domain", "Withdrawn by the young person {date}")
GUARDIAN_WITHDREW = QT_TRANSLATE_NOOP("Domain", "Withdrawn by guardian {name} {date}")
TURNED_18 = QT_TRANSLATE_NOOP("Domain", "Turned 18 on {date}: their own consent is needed")
NO_CONSENT = QT_TRANSLATE_NOOP("Domain", "No consent has been given for {party}")
NO_GUARDIAN_WITH_CUSTODY = QT_TRANSLATE_NOOP(
    "Domain", "No guardian with custody is registered: their consent is needed"
)
NOBODY_CAN_CONSENT = QT_TRANSLATE_NOOP(
    "Domain", "The programme asks nobody for consent at age {age}: record a legal ground"
)
GROUND_DOES_NOT_APPLY = QT_TRANSLATE_NOOP(
    "Domain", "The legal ground {ground} recorded on {date} does not apply here"
)

# Short texts for one cell of the matrix (the column already says who).
CELL_CONSENTED = QT_TRANSLATE_NOOP("Domain", "Consented on {date}, valid until {until}")
CELL_NOT_CONSENTED = QT_TRANSLATE_NOOP("Domain", "Has not consented")
CELL_ENDED = QT_TRANSLATE_NOOP("Domain", "Ended {date}")
CELL_WITHDRAWN = QT_TRANSLATE_NOOP("Domain", "Withdrawn {date}")
CELL_TOO_YOUNG = QT_TRANSLATE_NOOP("Domain", "Not required before age {age}")
CELL_GUARDIAN_AFTER_18 = QT_TRANSLATE_NOOP(
    "Domain", "Turned 18 on {date}: guardians no longer consent"
)
CELL_NO_GUARDIANS_IN_PROGRAMME = QT_TRANSLATE_NOOP(
    "Domain", "The programme does not ask guardians for consent"
)
CELL_NO_CUSTODY = QT_TRANSLATE_NOOP("Domain", "No custody: consent not required")


def iso(day: date) -> str:
    """A date as reasons show it: 2026-03-01."""
    return day.isoformat()


def join_names(items: Sequence[Text]) -> Text:
    """A list in words ("A, B and C") built from translatable patterns."""
    if not items:
        raise ValueError("join_names needs at least one item")
    if len(items) == 1:
        return items[0]
    joined = items[0]
    for item in items[1:-1]:
        joined = _LIST_MORE.format(first=joined, second=item)
    return _LIST_PAIR.format(first=joined, second=items[-1])
