"""A meeting (möte) as a value: when, where, the cases on the agenda, who is invited.

See ``caseflow.domain.meetings`` for the rules in words. Times are local
wall-clock times in Sweden (naive ``datetime``): that is how people book and
read meetings, and the calendar export says which zone they are in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from caseflow.domain.cases import Agency, CaseNumber
from caseflow.domain.consent_records import Party
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings_types import MeetingTypeDef
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text


def clean(text: str) -> str:
    """Whitespace runs folded to one space, ends stripped (for one-line fields)."""
    return " ".join(text.split())


# ---------------------------------------------------------------- participants


@dataclass(frozen=True)
class Participant:
    """Someone invited to a meeting (deltagare): a named person of an agency.

    ``party`` is the party they speak for in consent terms, such as the school
    "Vasaskolan" for its mentor; its kind must be ``agency``. ``role`` says
    what they do ("mentor", "kontaktpolis"); it may be left empty.
    """

    name: str
    agency: Agency
    role: str
    party: Party

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean(self.name))
        object.__setattr__(self, "role", clean(self.role))
        if not self.name:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Enter the participant's name."))
        if self.party.agency is not self.agency:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "{name} is from {agency} but is to speak for {party}: "
                    "choose a party of their own agency.",
                ).format(name=self.name, agency=self.agency.label, party=self.party.label)
            )


# -------------------------------------------------------------------- meetings


@dataclass(frozen=True)
class MeetingCase:
    """A case on a meeting's agenda: its id and its case number (never a name)."""

    case_id: int
    case_number: CaseNumber


class CaseNotOnAgenda(InvalidInput):
    """Something of the meeting was said to be about a case the meeting did not take up."""

    default_text = QT_TRANSLATE_NOOP(
        "Domain", "That case is not on the meeting's agenda: add it to the meeting first."
    )


@dataclass(frozen=True)
class Meeting:
    """A meeting: type, start and end (local time), place, the cases, the invitees.

    A local SSPF group takes several young people in one sitting: ``cases``
    then holds each of them, and everything recorded at the meeting belongs
    to exactly one of them (``caseflow.domain.meetings_minutes``). The same
    case is listed once (the first entry wins). The meeting ends on the day
    it starts.
    """

    type_key: str
    starts_at: datetime
    ends_at: datetime
    place: str
    cases: tuple[MeetingCase, ...]
    invitees: tuple[Participant, ...] = ()
    id: int | None = None

    def __post_init__(self) -> None:
        if self.starts_at.tzinfo is not None or self.ends_at.tzinfo is not None:
            raise ValueError("meeting times are local wall-clock times without a time zone")
        object.__setattr__(self, "type_key", self.type_key.strip())
        object.__setattr__(self, "place", clean(self.place))
        unique: dict[int, MeetingCase] = {}
        for case in self.cases:
            unique.setdefault(case.case_id, case)
        object.__setattr__(self, "cases", tuple(unique.values()))
        object.__setattr__(self, "invitees", tuple(dict.fromkeys(self.invitees)))
        if not self.type_key:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Choose the type of meeting."))
        if not self.cases:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "A meeting needs at least one case on its agenda.")
            )
        if not self.place:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Enter where the meeting is held."))
        if self.ends_at <= self.starts_at:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "A meeting must end after it starts."))
        if self.ends_at.date() != self.starts_at.date():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "A meeting must end on the day it starts.")
            )

    @property
    def date(self) -> dt.date:
        """The meeting date: the day consent and follow-up rules look at."""
        return self.starts_at.date()

    @property
    def case_ids(self) -> tuple[int, ...]:
        return tuple(case.case_id for case in self.cases)

    @property
    def case_numbers(self) -> tuple[CaseNumber, ...]:
        return tuple(case.case_number for case in self.cases)

    @property
    def is_shared(self) -> bool:
        """True for a sitting about several young people."""
        return len(self.cases) > 1

    def case(self, case_id: int) -> MeetingCase:
        """The agenda's entry for ``case_id``; ``CaseNotOnAgenda`` when it has none."""
        for case in self.cases:
            if case.case_id == case_id:
                return case
        raise CaseNotOnAgenda()


# ---------------------------------------------------------------------- agenda


@dataclass(frozen=True)
class AgendaItem:
    """One heading of the agenda (dagordning), always about one case."""

    case_id: int
    heading: Text | str

    def render(self) -> str:
        """The heading as the minutes keep it: in the user's language when written."""
        return self.heading.render() if isinstance(self.heading, Text) else self.heading


def build_agenda(
    meeting_type: MeetingTypeDef, cases: Sequence[MeetingCase]
) -> tuple[AgendaItem, ...]:
    """The agenda from the type's template: every heading for each case in turn.

    A shared sitting takes one young person at a time, so that what is said
    under a heading is about that person alone.
    """
    return tuple(
        AgendaItem(case.case_id, heading)
        for case in cases
        for heading in meeting_type.agenda_template
    )


# ------------------------------------------------------------------ attendance


@dataclass(frozen=True)
class Attendance:
    """That a participant took part (närvaro), and in which cases' discussions.

    In a shared sitting a party may step out while a young person it may not
    hear about is discussed; ``case_ids`` are the cases it was present for.
    """

    participant: Participant
    case_ids: tuple[int, ...]


def attendance(
    meeting: Meeting, participant: Participant, case_ids: Iterable[int] | None = None
) -> Attendance:
    """An attendance for ``case_ids`` (default: every case of the meeting).

    Raises ``CaseNotOnAgenda`` for a case the meeting did not take up, and
    ``InvalidInput`` when no case is given. Whether the participant may be
    recorded at all is the consent gate's business
    (``caseflow.domain.meetings_consent.check_attendance``).
    """
    ids = meeting.case_ids if case_ids is None else tuple(dict.fromkeys(case_ids))
    for case_id in ids:
        meeting.case(case_id)
    if not ids:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Domain", "Say which of the meeting's cases the participant was present for."
            )
        )
    order = {case_id: i for i, case_id in enumerate(meeting.case_ids)}
    return Attendance(participant, tuple(sorted(ids, key=order.__getitem__)))
