"""Invented people and parties for the consent tests (helpers only; no real names)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from caseflow.domain.cases import Agency
from caseflow.domain.consent import (
    YOUNG_PERSON,
    CaseConsents,
    Consenter,
    ConsentRecord,
    Coverage,
    Guardian,
    HistoryItem,
    Party,
    RecordedGround,
    Withdrawal,
    default_valid_until,
)
from caseflow.domain.programmes import DEFAULT_RULES, Programme, ProgrammeRules
from caseflow.domain.text import Text

SSPF = DEFAULT_RULES[Programme.SSPF]  # own consent from 15, guardians under 18, 365 days

# Turns 15 on 2025-04-02 and 18 on 2028-04-02.
BIRTH = date(2010, 4, 2)
TURNS_18 = date(2028, 4, 2)

ANNA = Guardian(1, "Anna Berg")
ERIK = Guardian(2, "Erik Berg")
YP = YOUNG_PERSON
A = ANNA.consenter
E = ERIK.consenter

SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)
LEISURE = Party(Agency.LEISURE, "Fritidsgården Navet")
ALL_PARTIES = (SCHOOL, POLICE, LEISURE)

GIVEN = date(2025, 9, 1)
UNTIL = date(2026, 8, 31)  # the SSPF default for a consent given on GIVEN


def consent(
    who: Consenter,
    given: date = GIVEN,
    parties: Iterable[Party] = ALL_PARTIES,
    until: date | None = None,
    rules: ProgrammeRules = SSPF,
) -> ConsentRecord:
    return ConsentRecord(
        who,
        tuple(parties),
        "School attendance, contacts with the police, leisure activities",
        "Joint SSPF action plan",
        given,
        until or default_valid_until(rules, given),
    )


def withdrawal(who: Consenter, on: date, parties: Iterable[Party] = ()) -> Withdrawal:
    return Withdrawal(who, on, tuple(parties))


def everyone(
    given: date = GIVEN, parties: Iterable[Party] = ALL_PARTIES, until: date | None = None
) -> list[ConsentRecord]:
    """The same consent from the young person and both guardians."""
    parties = tuple(parties)
    return [consent(who, given, parties, until) for who in (YP, A, E)]


def case(
    *history: HistoryItem,
    guardians: Iterable[Guardian] = (ANNA, ERIK),
    rules: ProgrammeRules = SSPF,
    birth: date = BIRTH,
    grounds: Iterable[RecordedGround] = (),
) -> CaseConsents:
    return CaseConsents(birth, tuple(guardians), rules, tuple(history), tuple(grounds))


def rendered(texts: Iterable[Text]) -> list[str]:
    return [text.render() for text in texts]


def reasons(result: Coverage) -> list[str]:
    return rendered(result.reasons)


def cells(result: Coverage) -> list[tuple[str, str]]:
    return [(cell.status.value, cell.reason.render()) for cell in result.consenters]
