"""The consent gate on meetings: may a party be recorded as having taken part?

Taking part in a meeting about a young person is being told about them, so
recording a participant requires their party to be covered on the meeting
date, by consent or by a recorded legal ground (``caseflow.domain.consent``),
for every case they were present for. Social services runs the case and is
not a party that needs consent (the Samtycke tab does not list it either);
``own_agencies`` says which agencies are exempt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from caseflow.domain.cases import Agency, CaseNumber
from caseflow.domain.consent import CaseConsents, Coverage, coverage
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings_core import Attendance, Meeting, Participant
from caseflow.domain.personnummer import age_at
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

OWN_AGENCIES: frozenset[Agency] = frozenset({Agency.SOCIAL_SERVICES})

OWN_AGENCY_REASON = QT_TRANSLATE_NOOP(
    "Domain", "{party} runs the case and needs no consent to take part"
)
NOT_COVERED = QT_TRANSLATE_NOOP(
    "Domain",
    "{name} ({party}) cannot be recorded as taking part: on {date} {party} is covered "
    "neither by consent nor by a recorded legal ground. {reasons}.",
)
NOT_COVERED_IN_CASE = QT_TRANSLATE_NOOP(
    "Domain",
    "{name} ({party}) cannot be recorded as taking part in the discussion of {case}: "
    "on {date} {party} is covered neither by consent nor by a recorded legal ground. "
    "{reasons}.",
)
_REASONS = QT_TRANSLATE_NOOP("Domain", "{first}; {second}")
_SENTENCES = QT_TRANSLATE_NOOP("Domain", "{first} {second}")


def join_reasons(reasons: Sequence[Text]) -> Text:
    """Reasons as one clause: "A; B; C" (through a translatable pattern)."""
    if not reasons:
        raise ValueError("join_reasons needs at least one reason")
    joined = reasons[0]
    for reason in reasons[1:]:
        joined = _REASONS.format(first=joined, second=reason)
    return joined


def _join_sentences(sentences: Sequence[Text]) -> Text:
    joined = sentences[0]
    for sentence in sentences[1:]:
        joined = _SENTENCES.format(first=joined, second=sentence)
    return joined


class ParticipantNotCovered(InvalidInput):
    """A participant's party is not covered on the meeting date; ``coverages`` say why.

    ``coverages`` holds the uncovered ones (one per case); ``reasons`` all
    their reasons, as ``caseflow.domain.consent.coverage`` gives them.
    """

    def __init__(self, text: Text, coverages: tuple[Coverage, ...]) -> None:
        super().__init__(text)
        self.coverages = coverages

    @property
    def reasons(self) -> tuple[Text, ...]:
        return tuple(reason for c in self.coverages for reason in c.reasons)


def participation_coverage(
    participant: Participant,
    consents: CaseConsents,
    on_date: date,
    *,
    own_agencies: frozenset[Agency] = OWN_AGENCIES,
) -> Coverage:
    """The participant's party's coverage for one case on ``on_date`` (never raises for it).

    For an agency in ``own_agencies`` the coverage is covered with the reason
    ``OWN_AGENCY_REASON`` and no consenter cells.
    """
    party = participant.party
    if participant.agency in own_agencies:
        reason = OWN_AGENCY_REASON.format(party=party.label)
        age = age_at(consents.birth_date, on_date)
        return Coverage(party, on_date, age, True, False, (), (reason,), ())
    return coverage(consents, party, on_date)


def not_covered_text(
    participant: Participant, cover: Coverage, case_number: CaseNumber | None = None
) -> Text:
    """The sentence that says why ``participant`` cannot be recorded, with the reasons."""
    args = {
        "name": participant.name,
        "party": participant.party.label,
        "date": cover.on_date.isoformat(),
        "reasons": join_reasons(cover.reasons),
    }
    if case_number is None:
        return NOT_COVERED.format(**args)
    return NOT_COVERED_IN_CASE.format(case=str(case_number), **args)


def check_participation(
    participant: Participant,
    consents: CaseConsents,
    on_date: date,
    *,
    case_number: CaseNumber | None = None,
    own_agencies: frozenset[Agency] = OWN_AGENCIES,
) -> Coverage:
    """The coverage that lets ``participant`` be recorded as taking part, for one case.

    Raises ``ParticipantNotCovered`` (an ``InvalidInput``) with the coverage's
    reasons when the party is covered neither by consent nor by a recorded
    legal ground on ``on_date``. ``case_number`` names the case in the
    message (a shared sitting).
    """
    cover = participation_coverage(participant, consents, on_date, own_agencies=own_agencies)
    if not cover.covered:
        raise ParticipantNotCovered(not_covered_text(participant, cover, case_number), (cover,))
    return cover


def check_attendance(
    meeting: Meeting,
    attendance: Attendance,
    consents_by_case: Mapping[int, CaseConsents],
    *,
    own_agencies: frozenset[Agency] = OWN_AGENCIES,
) -> dict[int, Coverage]:
    """Each case's coverage for an attendance, on the meeting date.

    Raises ``ParticipantNotCovered`` naming every case (by case number) for
    which the party is not covered; ``consents_by_case`` must hold every case
    the participant was present for.
    """
    found: dict[int, Coverage] = {}
    for case_id in attendance.case_ids:
        meeting.case(case_id)
        if case_id not in consents_by_case:
            raise ValueError(f"no consents given for case {case_id}")
        found[case_id] = participation_coverage(
            attendance.participant,
            consents_by_case[case_id],
            meeting.date,
            own_agencies=own_agencies,
        )
    uncovered = [(case_id, c) for case_id, c in found.items() if not c.covered]
    if uncovered:
        shared = meeting.is_shared
        texts = [
            not_covered_text(
                attendance.participant, c, meeting.case(case_id).case_number if shared else None
            )
            for case_id, c in uncovered
        ]
        raise ParticipantNotCovered(_join_sentences(texts), tuple(c for _, c in uncovered))
    return found
