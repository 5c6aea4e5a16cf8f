"""Property-based tests of the meeting rules: separation of cases, locking, the gate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseflow.domain.cases import Agency, CaseNumber
from caseflow.domain.consent import CaseConsents, Party, coverage
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import (
    OWN_AGENCY_REASON,
    AgreedAction,
    Meeting,
    MeetingCase,
    MeetingMinutes,
    MinutesItem,
    MinutesLocked,
    Participant,
    ParticipantNotCovered,
    check_participation,
    minutes_for_case,
)
from caseflow.domain.programmes import Programme
from tests.domain.test_consent_properties import situations

START = datetime(2026, 1, 15, 9, 0)
DAY = START.date()

# Free text as people type it (any letters, punctuation, line breaks), without
# the tokens that mark whose text a piece is.
free_text = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="#"), max_size=40
)


def token(case_id: int) -> str:
    return f"#case{case_id}#"


@st.composite
def shared_minutes(draw: st.DrawFn) -> tuple[Meeting, list[MinutesItem]]:
    """A shared sitting with items whose every text is marked with its own case's token."""
    count = draw(st.integers(1, 5))
    cases = tuple(
        MeetingCase(case_id, CaseNumber(Programme.SSPF, 2026, case_id))
        for case_id in range(1, count + 1)
    )
    meeting = Meeting("sspf", START, START + timedelta(hours=2), "Rum 3", cases, id=1)
    items = []
    for _ in range(draw(st.integers(0, 12))):
        case_id = draw(st.integers(1, count))
        mark = token(case_id)
        actions = tuple(
            AgreedAction(f"{mark}{draw(free_text)}", Agency.SCHOOL, f"P {mark}", DAY)
            for _ in range(draw(st.integers(0, 2)))
        )
        items.append(
            MinutesItem(
                case_id,
                f"{mark}{draw(free_text)}",
                f"{draw(free_text)}{mark}{draw(free_text)}",
                draw(st.sampled_from(["", f"{mark}{draw(free_text)}"])),
                actions,
            )
        )
    return meeting, items


def _build(meeting: Meeting, items: list[MinutesItem]) -> MeetingMinutes:
    minutes = MeetingMinutes(meeting)
    for item in items:
        minutes = minutes.add(item)
    return minutes


def _assert_separated(minutes: MeetingMinutes) -> None:
    seen = 0
    for case_id in minutes.meeting.case_ids:
        part = minutes_for_case(minutes.items, case_id)
        seen += len(part)
        assert part == tuple(i for i in minutes.items if i.case_id == case_id)
        assert [i.number for i in part] == sorted(i.number for i in part)
        text = "\n".join(t for item in part for t in item.texts())
        for other in minutes.meeting.case_ids:
            if other != case_id:
                assert token(other) not in text
    assert seen == len(minutes.items)


@given(shared_minutes())
def test_a_case_never_sees_another_cases_text(drawn: tuple[Meeting, list[MinutesItem]]) -> None:
    meeting, items = drawn
    minutes = _build(meeting, items)
    _assert_separated(minutes)
    assert minutes_for_case(minutes.items, 99) == ()


@given(shared_minutes(), st.data())
def test_separation_survives_approval_and_corrections(
    drawn: tuple[Meeting, list[MinutesItem]], data: st.DataObject
) -> None:
    meeting, items = drawn
    minutes = _build(meeting, items)
    if not any(not i.is_empty for i in minutes.items):
        return
    minutes = minutes.approve("Karin Lind", DAY)
    for _ in range(data.draw(st.integers(0, 4))):
        target = data.draw(st.sampled_from(minutes.items))
        case_id = data.draw(st.sampled_from(meeting.case_ids))
        fix = MinutesItem(case_id, "Rättelse", f"{token(case_id)}{data.draw(free_text)}")
        before = minutes.items
        if case_id != target.case_id:
            with pytest.raises(InvalidInput, match="same case"):
                minutes.correct(target.number, fix, "Karin Lind", DAY)
            continue
        minutes = minutes.correct(target.number, fix, "Karin Lind", DAY)
        assert minutes.items[:-1] == before  # nothing before it changed
        assert minutes.items[-1].corrects == target.number
    _assert_separated(minutes)


@given(shared_minutes(), st.data())
def test_approved_minutes_refuse_every_change(
    drawn: tuple[Meeting, list[MinutesItem]], data: st.DataObject
) -> None:
    meeting, items = drawn
    minutes = _build(meeting, items)
    if all(i.is_empty for i in minutes.items):
        with pytest.raises(InvalidInput):
            minutes.approve("Karin Lind", DAY)
        return
    locked = minutes.approve("Karin Lind", DAY + timedelta(days=data.draw(st.integers(0, 30))))
    number = data.draw(st.integers(0, 20))
    new = MinutesItem(data.draw(st.sampled_from(meeting.case_ids)), "Ny", "Text")
    attempts: tuple[Callable[[], object], ...] = (
        lambda: locked.add(new),
        lambda: locked.replace_item(number, new),
        lambda: locked.remove(number),
    )
    for attempt in attempts:
        with pytest.raises(MinutesLocked):
            attempt()
    with pytest.raises(InvalidInput, match="already approved"):
        locked.approve("Karin Lind", DAY)
    assert locked.items == minutes.items


@given(shared_minutes(), st.lists(st.integers(0, 30), max_size=10))
def test_draft_numbers_are_unique_and_never_reused(
    drawn: tuple[Meeting, list[MinutesItem]], removals: list[int]
) -> None:
    meeting, items = drawn
    minutes = _build(meeting, items)
    used = {i.number for i in minutes.items}
    for pick in removals:
        if not minutes.items:
            break
        minutes = minutes.remove(minutes.items[pick % len(minutes.items)].number)
        added = minutes.add(MinutesItem(meeting.case_ids[0], "Ny"))
        assert added.items[-1].number not in used
        used.add(added.items[-1].number)
        minutes = added
    numbers = [i.number for i in minutes.items]
    assert numbers == sorted(set(numbers))


# --------------------------------------------------------------------- the gate


@settings(max_examples=150)
@given(situations())
def test_the_gate_is_exactly_the_consent_coverage(
    situation: tuple[CaseConsents, Party, date],
) -> None:
    consents, party, on_date = situation
    participant = Participant("Sara Ek", party.agency, "kontakt", party)
    expected = coverage(consents, party, on_date)
    if expected.covered:
        assert check_participation(participant, consents, on_date) == expected
        return
    with pytest.raises(ParticipantNotCovered) as error:
        check_participation(participant, consents, on_date)
    assert error.value.coverages == (expected,)
    assert error.value.reasons == expected.reasons
    message = str(error.value)
    assert all(reason.render() in message for reason in expected.reasons)


@given(situations())
def test_social_services_always_passes_the_gate(
    situation: tuple[CaseConsents, Party, date],
) -> None:
    consents, _, on_date = situation
    social = Participant("Karin Lind", Agency.SOCIAL_SERVICES, "", Party(Agency.SOCIAL_SERVICES))
    result = check_participation(social, consents, on_date)
    assert result.covered
    assert not result.by_consent
    assert [r.source for r in result.reasons] == [OWN_AGENCY_REASON.source]
