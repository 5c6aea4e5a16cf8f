"""Legal grounds for sharing information without consent, kept as data.

Besides consent, the law lets information leave a case on other grounds
(OSL 10 kap. 18 a §, the duty to report concern about a child, other duties to
provide information, what the authority's own work needs). The laws in this
area change often, so the grounds are values, not code: ``default_legal_grounds``
builds the list from the shared domain notes, and an administrator adds or
retires grounds in configuration (``legal_ground_to_dict`` /
``legal_ground_from_dict``). Each use of a ground is recorded with a written
reason (``RecordedGround``) and covers one party for the day it was recorded,
or up to a date the worker sets: it is a judgement about one occasion, not a
standing permission.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from caseflow.domain.cases import Agency
from caseflow.domain.consent_records import Party
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

_NEEDS_KEY = QT_TRANSLATE_NOOP(
    "Domain", "A legal ground needs a key, the provision it rests on and a title."
)

_AGE_LIMIT = QT_TRANSLATE_NOOP("Domain", "The age limit of a legal ground must be 1 to 130.")


@dataclass(frozen=True)
class LegalGround:
    """A legal ground for sharing without consent (rättslig grund).

    ``id`` is a stable key for storage and logs; ``citation`` is the
    provision as lawyers write it ("OSL 10 kap. 18 a §", the same in every
    language) and ``title`` says in words what it allows. ``recipients`` limits the
    kinds of party the ground allows sharing with (empty: any party);
    ``under_age`` limits it to people younger than that age on the day
    (None: any age).
    """

    id: str
    citation: str
    title: Text
    recipients: frozenset[Agency] = frozenset()
    under_age: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", self.id.strip())
        object.__setattr__(self, "citation", " ".join(self.citation.split()))
        object.__setattr__(self, "recipients", frozenset(self.recipients))
        if not self.id or not self.citation or not self.title.source.strip():
            raise InvalidInput(_NEEDS_KEY)
        if self.under_age is not None and not 0 < self.under_age <= 130:
            raise InvalidInput(_AGE_LIMIT)

    def applies(self, party: Party, age: int) -> bool:
        """Whether this ground can allow sharing with ``party`` about a person of ``age``."""
        if self.recipients and party.agency not in self.recipients:
            return False
        return self.under_age is None or age < self.under_age


def default_legal_grounds() -> tuple[LegalGround, ...]:
    """The grounds the shared domain notes list; administrators extend the list."""
    return (
        LegalGround(
            "osl-10-18a",
            "OSL 10 kap. 18 a §",
            QT_TRANSLATE_NOOP(
                "Domain",
                "Social services may tell the police about someone under 21 when special "
                "circumstances show a risk of crime and the information can help prevent it",
            ),
            recipients=frozenset({Agency.POLICE}),
            under_age=21,
        ),
        LegalGround(
            "sol-14-1",
            "14 kap. 1 § socialtjänstlagen",
            QT_TRANSLATE_NOOP(
                "Domain", "The duty to report concern about a child to social services"
            ),
            recipients=frozenset({Agency.SOCIAL_SERVICES}),
            under_age=18,
        ),
        LegalGround(
            "osl-10-28",
            "OSL 10 kap. 28 §",
            QT_TRANSLATE_NOOP(
                "Domain", "A duty to provide information set out in a law or an ordinance"
            ),
        ),
        LegalGround(
            "osl-10-2",
            "OSL 10 kap. 2 §",
            QT_TRANSLATE_NOOP(
                "Domain", "Sharing is necessary for the authority to carry out its own work"
            ),
        ),
    )


def find_ground(grounds: tuple[LegalGround, ...], ground_id: str) -> LegalGround | None:
    """The ground with ``ground_id``, or None."""
    return next((ground for ground in grounds if ground.id == ground_id), None)


@dataclass(frozen=True)
class RecordedGround:
    """A legal ground chosen, with a written reason, to share with one party.

    It covers ``party`` from ``recorded_on`` to ``valid_until`` (both
    included); without ``valid_until`` it covers the day it was recorded only.
    """

    ground: LegalGround
    reason: str
    recorded_on: date
    party: Party
    valid_until: date | None = None
    recorded_by: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", self.reason.strip())
        if not self.reason:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Write why the legal ground applies."))
        if self.valid_until is not None and self.valid_until < self.recorded_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain", "A legal ground cannot end before the day it was recorded."
                )
            )

    @property
    def last_day(self) -> date:
        return self.valid_until or self.recorded_on

    def in_force(self, on_date: date) -> bool:
        return self.recorded_on <= on_date <= self.last_day


# --------------------------------------------------------------- configuration

_KEYS = frozenset({"id", "citation", "title", "recipients", "under_age"})


def legal_ground_to_dict(ground: LegalGround) -> dict[str, Any]:
    """A JSON-compatible dict; the title is its English source text."""
    return {
        "id": ground.id,
        "citation": ground.citation,
        "title": ground.title.source,
        "recipients": sorted(agency.value for agency in ground.recipients),
        "under_age": ground.under_age,
    }


def legal_ground_from_dict(data: Mapping[str, Any]) -> LegalGround:
    """A ground read from configuration, raising ``InvalidInput`` on a bad value.

    ``recipients`` and ``under_age`` may be left out (any party, any age).
    A title that is one of Caseflow's source texts is translated; another is
    shown as written.
    """
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "Unknown legal ground setting: {key}.").format(
                key=unknown[0]
            )
        )
    ground_id, citation, title = (_text_setting(data, key) for key in ("id", "citation", "title"))
    under_age = data.get("under_age")
    if under_age is not None and (not isinstance(under_age, int) or isinstance(under_age, bool)):
        raise InvalidInput(_AGE_LIMIT)
    return LegalGround(
        ground_id,
        citation,
        Text("Domain", " ".join(title.split())),
        recipients=_agencies(data.get("recipients", [])),
        under_age=under_age,
    )


def _text_setting(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise InvalidInput(_NEEDS_KEY)
    return value


def _agencies(values: Any) -> frozenset[Agency]:
    if isinstance(values, str) or not isinstance(values, list | tuple):
        values = [values]
    try:
        return frozenset(Agency(value) for value in values)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "Unknown kind of party in a legal ground: {value}.").format(
                value=", ".join(str(v) for v in values)
            )
        ) from None
