"""What a consent history is made of: parties, consenters, consents and withdrawals.

These are the immutable values that ``caseflow.domain.consent`` reasons
about. They are append-only in spirit: a changed consent is a new
``ConsentRecord``, a withdrawal is a new ``Withdrawal``, and the rules always
take the whole history. See ``caseflow.domain.consent`` for the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from caseflow.domain.cases import Agency
from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import ProgrammeRules
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text


def _clean(text: str) -> str:
    """Whitespace runs folded to one space, ends stripped."""
    return " ".join(text.split())


# --------------------------------------------------------------------- parties


@dataclass(frozen=True, eq=False)
class Party:
    """A party that may exchange information about the young person (aktör).

    ``agency`` is the kind of party and ``name`` says which one, such as the
    school "Vasaskolan". Two parties are the same when the kind and the name
    match, ignoring case and spacing: a consent that names "Vasaskolan"
    covers the party "vasaskolan ", and nothing else. A party without a name
    ("the police") is a party of its own: a consent to "the school" without
    a name does not cover a named school, nor the other way round, because a
    consent must say whom it is for (it must not be general).
    """

    agency: Agency
    name: str = ""
    # Worked out once: the statistics hash parties hundreds of thousands of times.
    _key: tuple[Agency, str] = field(init=False, repr=False)
    _hash: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        name = _clean(self.name)
        object.__setattr__(self, "name", name)
        if self.agency is Agency.OTHER and not name:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "A party of the kind Other must have a name.")
            )
        object.__setattr__(self, "_key", (self.agency, name.casefold()))
        object.__setattr__(self, "_hash", hash(self._key))

    @property
    def key(self) -> tuple[Agency, str]:
        """What two equal parties share: the kind and the case-folded name."""
        return self._key

    @property
    def label(self) -> Text | str:
        """How the party is named in a sentence: its name, or else its kind."""
        return self.name or self.agency.label

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Party):
            return NotImplemented
        return self.key == other.key

    def __hash__(self) -> int:
        return self._hash


# ------------------------------------------------------------------ consenters


@dataclass(frozen=True)
class Guardian:
    """A guardian (vårdnadshavare) of the young person, as the case knows them.

    ``has_custody``: only guardians with custody must consent. ``no_information``:
    this guardian must not be told anything about the case (for example
    because of violence in the family); it decides who may receive
    information, not who must consent. See ``caseflow.domain.consent``.
    """

    id: int
    name: str
    has_custody: bool = True
    no_information: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _clean(self.name))
        if not self.name:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Enter the guardian's name."))

    @property
    def consenter(self) -> Consenter:
        return Consenter(self.id, self.name)


@dataclass(frozen=True)
class Consenter:
    """Who gave or withdrew a consent: the young person, or one guardian.

    ``guardian_id`` is None for the young person. A guardian is known by id
    only: ``name`` is the name as recorded, for display, and takes no part
    in comparisons, so a guardian whose name is corrected later is still
    the same consenter.
    """

    guardian_id: int | None = None
    name: str = field(default="", compare=False)

    @classmethod
    def young_person(cls) -> Consenter:
        return cls()

    @property
    def is_young_person(self) -> bool:
        return self.guardian_id is None


YOUNG_PERSON = Consenter.young_person()


# ----------------------------------------------------- consents and withdrawals


class Manner(StrEnum):
    """How a consent or a withdrawal was given."""

    WRITTEN = "written"  # a signed form, a letter or a message in writing
    ORAL = "oral"  # spoken, and documented by the one who received it

    @property
    def label(self) -> Text:
        return _MANNER_LABELS[self]


_MANNER_LABELS = {
    Manner.WRITTEN: QT_TRANSLATE_NOOP("Domain", "In writing"),
    Manner.ORAL: QT_TRANSLATE_NOOP("Domain", "Orally"),
}

_ORAL_NEEDS_RECEIVER = QT_TRANSLATE_NOOP(
    "Domain", "Say who received the oral consent or withdrawal: it must be documented."
)


def default_valid_until(rules: ProgrammeRules, given_on: date) -> date:
    """The last day a consent given on ``given_on`` is valid by the programme's default.

    A validity of N days counts the day it was given as the first: one day
    means that day only, 365 days from 2026-01-10 means up to 2027-01-09.
    """
    return given_on + timedelta(days=rules.consent_validity_days - 1)


def _unique(parties: tuple[Party, ...]) -> tuple[Party, ...]:
    return tuple(dict.fromkeys(parties))


@dataclass(frozen=True)
class ConsentRecord:
    """One consent (samtycke) as given: never changed after it is saved.

    ``valid_until`` is the last day the consent is valid (inclusive).
    ``documented_by`` is who received an oral consent (required for one).
    The parties keep their order, without duplicates.
    """

    consenter: Consenter
    parties: tuple[Party, ...]
    information: str
    purpose: str
    given_on: date
    valid_until: date
    manner: Manner = Manner.WRITTEN
    documented_by: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "parties", _unique(tuple(self.parties)))
        for key in ("information", "purpose", "documented_by"):
            object.__setattr__(self, key, getattr(self, key).strip())
        if not self.parties:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "A consent must name at least one party.")
            )
        if not self.information or not self.purpose:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "A consent must say which information and for what purpose: "
                    "it must not be general.",
                )
            )
        if self.valid_until < self.given_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "A consent cannot end before the day it was given.")
            )
        if self.manner is Manner.ORAL and not self.documented_by:
            raise InvalidInput(_ORAL_NEEDS_RECEIVER)

    def names(self, party: Party) -> bool:
        """True when this consent is for ``party``."""
        return party in self.parties


@dataclass(frozen=True)
class Withdrawal:
    """A withdrawal (återkallelse) of consent, effective from ``withdrawn_on``.

    With no parties it withdraws everything the consenter has consented to
    so far; with parties, only those. It applies to the consenter's own
    consents given before it (see ``caseflow.domain.consent``); a consent
    given later is a new consent. ``received_by`` is who received an oral
    withdrawal (required for one).
    """

    consenter: Consenter
    withdrawn_on: date
    parties: tuple[Party, ...] = ()
    manner: Manner = Manner.WRITTEN
    received_by: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "parties", _unique(tuple(self.parties)))
        object.__setattr__(self, "received_by", self.received_by.strip())
        if self.manner is Manner.ORAL and not self.received_by:
            raise InvalidInput(_ORAL_NEEDS_RECEIVER)

    @property
    def is_whole(self) -> bool:
        """True when everything is withdrawn, not only some parties."""
        return not self.parties

    def applies_to(self, party: Party) -> bool:
        return self.is_whole or party in self.parties


HistoryItem = ConsentRecord | Withdrawal


def item_date(item: HistoryItem) -> date:
    """The date a history item takes effect."""
    return item.given_on if isinstance(item, ConsentRecord) else item.withdrawn_on
