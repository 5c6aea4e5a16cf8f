"""Case numbers, the case life cycle, closing rules and the vocabularies."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from enum import Enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseflow.domain.cases import (
    ALLOWED_TRANSITIONS,
    MIN_OTHER_SUMMARY_LENGTH,
    ActivityStatus,
    Agency,
    CaseNumber,
    CaseStatus,
    ClosingReason,
    GoalStatus,
    JournalEntryType,
    ReferralSource,
    check_transition,
    looks_like_case_number_prefix,
    next_follow_up,
    normalise_case_number_prefix,
    parse_case_number,
    validate_closing,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import Programme

# ---------------------------------------------------------------- case numbers


def test_case_number_format() -> None:
    assert str(CaseNumber(Programme.SSPF, 2026, 42)) == "SSPF-2026-0042"
    assert str(CaseNumber(Programme.EXIT, 2026, 9999)) == "EXIT-2026-9999"
    assert str(CaseNumber(Programme.GVI, 2026, 12345)) == "GVI-2026-12345"


@pytest.mark.parametrize(
    "text",
    [
        "SSPF-2026-0042",
        "sspf-2026-0042",
        "  Sspf-2026-0042\n",
        "SSPF - 2026 - 0042",
        "SSPF-2026-42",
    ],
)
def test_parse_case_number_tolerates_case_and_whitespace(text: str) -> None:
    assert parse_case_number(text) == CaseNumber(Programme.SSPF, 2026, 42)


@given(st.sampled_from(list(Programme)), st.integers(1000, 9999), st.integers(1, 10**7))
def test_case_numbers_round_trip(programme: Programme, year: int, serial: int) -> None:
    number = CaseNumber(programme, year, serial)
    assert parse_case_number(str(number)) == number
    assert parse_case_number(str(number).lower()) == number
    assert len(str(number).rsplit("-", 1)[1]) == max(4, len(str(serial)))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "A case number looks like SSPF-2026-0042: programme, year and number."),
        ("SSPF-26-0042", "A case number looks like SSPF-2026-0042: programme, year and number."),
        ("SSPF20260042", "A case number looks like SSPF-2026-0042: programme, year and number."),
        ("SSPF-2026-", "A case number looks like SSPF-2026-0042: programme, year and number."),
        ("SSPF-2026-0000", "A case number looks like SSPF-2026-0042: programme, year and number."),
        ("SSPF-0999-0001", "A case number looks like SSPF-2026-0042: programme, year and number."),
        ("2026-0042", "A case number looks like SSPF-2026-0042: programme, year and number."),
        ("ABC-2026-0042", "There is no programme ABC. Use SSPF, SIG, EXIT or GVI."),
    ],
)
def test_bad_case_numbers_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_case_number(text)
    assert str(raised.value) == message


def test_case_numbers_sort_by_programme_year_and_serial() -> None:
    numbers = [
        CaseNumber(Programme.SSPF, 2026, 10),
        CaseNumber(Programme.SSPF, 2025, 99),
        CaseNumber(Programme.SSPF, 2026, 9),
    ]
    assert sorted(numbers) == [numbers[1], numbers[2], numbers[0]]
    assert len({*numbers, CaseNumber(Programme.SSPF, 2026, 9)}) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SSPF-", True),
        ("sspf-2", True),
        ("SIG-2026", True),
        ("sig-2026-", True),
        ("EXIT-2026-00", True),
        (" gvi-2026-0042 ", True),
        ("GVI-2026-12345", True),
        ("SIG", False),
        ("Sigrid", False),
        ("SSPF-20261", False),
        ("SSPF-2026-x", False),
        ("ABC-2026", False),
        ("", False),
        ("2026-0042", False),
    ],
)
def test_looks_like_case_number_prefix(text: str, expected: bool) -> None:
    assert looks_like_case_number_prefix(text) is expected


@given(st.sampled_from(list(Programme)), st.integers(1000, 9999), st.integers(1, 10**6))
def test_every_prefix_from_the_dash_on_looks_like_a_case_number(
    programme: Programme, year: int, serial: int
) -> None:
    text = str(CaseNumber(programme, year, serial))
    for end in range(len(programme.code) + 1, len(text) + 1):
        assert looks_like_case_number_prefix(text[:end].lower())
        assert text.startswith(normalise_case_number_prefix(text[:end].lower()))


# ------------------------------------------------------------------ life cycle

EXPECTED_ALLOWED = {
    (CaseStatus.RECEIVED, CaseStatus.MAPPING),
    (CaseStatus.MAPPING, CaseStatus.ACTIVE),
    (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP),
    (CaseStatus.FOLLOW_UP, CaseStatus.ACTIVE),
    (CaseStatus.RECEIVED, CaseStatus.CLOSED),
    (CaseStatus.MAPPING, CaseStatus.CLOSED),
    (CaseStatus.ACTIVE, CaseStatus.CLOSED),
    (CaseStatus.FOLLOW_UP, CaseStatus.CLOSED),
}


@pytest.mark.parametrize(("old", "new"), list(itertools.product(CaseStatus, CaseStatus)))
def test_transitions_exhaustively(old: CaseStatus, new: CaseStatus) -> None:
    if (old, new) in EXPECTED_ALLOWED:
        check_transition(old, new)
        assert new in ALLOWED_TRANSITIONS[old]
    else:
        with pytest.raises(InvalidInput) as raised:
            check_transition(old, new)
        assert str(raised.value)
        assert new not in ALLOWED_TRANSITIONS[old]


def test_transition_messages() -> None:
    with pytest.raises(InvalidInput) as raised:
        check_transition(CaseStatus.CLOSED, CaseStatus.ACTIVE)
    assert str(raised.value) == "A closed case cannot be reopened. Open a new case instead."
    with pytest.raises(InvalidInput) as raised:
        check_transition(CaseStatus.RECEIVED, CaseStatus.ACTIVE)
    assert str(raised.value) == "A case cannot go from Received to Active."
    with pytest.raises(InvalidInput) as raised:
        check_transition(CaseStatus.ACTIVE, CaseStatus.ACTIVE)
    assert str(raised.value) == "The case already has the status Active."


def test_every_status_has_its_transitions_and_only_closed_is_final() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(CaseStatus)
    for status in CaseStatus:
        assert status.is_open == (status is not CaseStatus.CLOSED)
        assert (CaseStatus.CLOSED in ALLOWED_TRANSITIONS[status]) == status.is_open


def test_every_status_can_reach_closed_and_received_reaches_all() -> None:
    reached = {CaseStatus.RECEIVED}
    frontier = [CaseStatus.RECEIVED]
    while frontier:
        for nxt in ALLOWED_TRANSITIONS[frontier.pop()]:
            if nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    assert reached == set(CaseStatus)


# ---------------------------------------------------------------- follow-up


def test_next_follow_up() -> None:
    assert next_follow_up(date(2026, 1, 31), 30) == date(2026, 3, 2)
    assert next_follow_up(date(2024, 2, 1), 60) == date(2024, 4, 1)
    with pytest.raises(InvalidInput, match="at least one day"):
        next_follow_up(date(2026, 1, 1), 0)


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.integers(1, 3650))
def test_next_follow_up_is_after_the_last(last: date, days: int) -> None:
    following = next_follow_up(last, days)
    assert following > last
    assert following - last == timedelta(days=days)


# -------------------------------------------------------------------- closing


@pytest.mark.parametrize("reason", list(ClosingReason))
def test_every_closing_needs_a_summary(reason: ClosingReason) -> None:
    for blank in ("", "   ", "\n\t"):
        with pytest.raises(InvalidInput, match="summary"):
            validate_closing(reason, blank)
    long_enough = "  The young person moved to another town.  "
    assert validate_closing(reason, long_enough) == long_enough.strip()


def test_other_reason_needs_a_real_explanation() -> None:
    short = "x" * (MIN_OTHER_SUMMARY_LENGTH - 1)
    with pytest.raises(InvalidInput) as raised:
        validate_closing(ClosingReason.OTHER, f"  {short}  ")
    assert str(raised.value) == (
        "When the reason is Other, the summary must say what the reason was "
        f"(at least {MIN_OTHER_SUMMARY_LENGTH} characters)."
    )
    assert validate_closing(ClosingReason.OTHER, short + "x") == short + "x"
    assert validate_closing(ClosingReason.MOVED, "Moved.") == "Moved."


# ----------------------------------------------------------------- vocabularies

VOCABULARIES: list[type[Enum]] = [
    CaseStatus,
    ClosingReason,
    ReferralSource,
    JournalEntryType,
    GoalStatus,
    ActivityStatus,
    Agency,
]


@pytest.mark.parametrize("enum", VOCABULARIES)
def test_every_member_has_a_distinct_label_in_the_domain_context(enum: type[Enum]) -> None:
    labels = [member.label for member in enum]  # type: ignore[attr-defined]
    assert all(label.context == "Domain" and label.source.strip() for label in labels)
    assert len({label.source for label in labels}) == len(labels)


@pytest.mark.parametrize("enum", VOCABULARIES)
def test_stored_values_are_lower_case_names(enum: type[Enum]) -> None:
    for member in enum:
        assert member.value == member.name.lower()
        assert enum(member.value) is member


@pytest.mark.parametrize(
    ("enum", "names"),
    [
        (CaseStatus, "RECEIVED MAPPING ACTIVE FOLLOW_UP CLOSED"),
        (
            ClosingReason,
            "GOALS_REACHED DECLINED CONSENT_WITHDRAWN MOVED TRANSFERRED AGE_OUT_OF_RANGE OTHER",
        ),
        (ReferralSource, "SCHOOL POLICE SOCIAL_SERVICES LEISURE FAMILY SELF OTHER"),
        (JournalEntryType, "CONTACT PHONE_CALL HOME_VISIT MEETING DECISION OTHER"),
        (
            GoalStatus,
            "NOT_STARTED IN_PROGRESS ACHIEVED PARTLY_ACHIEVED NOT_ACHIEVED CANCELLED",
        ),
        (ActivityStatus, "PLANNED IN_PROGRESS DONE CANCELLED"),
        (
            Agency,
            "SOCIAL_SERVICES SCHOOL POLICE LEISURE CHILD_PSYCHIATRY HEALTHCARE "
            "EMPLOYMENT_SERVICE PROBATION HOUSING OTHER",
        ),
    ],
)
def test_members(enum: type[Enum], names: str) -> None:
    assert [member.name for member in enum] == names.split()


def test_final_goal_and_activity_statuses() -> None:
    assert {s for s in GoalStatus if not s.is_final} == {
        GoalStatus.NOT_STARTED,
        GoalStatus.IN_PROGRESS,
    }
    assert {s for s in ActivityStatus if s.is_final} == {
        ActivityStatus.DONE,
        ActivityStatus.CANCELLED,
    }
