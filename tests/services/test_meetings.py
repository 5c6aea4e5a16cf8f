"""Meetings through the services: booking, listing, changes, invitees, attendance, preparation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from caseflow.domain.accounts import Role
from caseflow.domain.assessment import LifeDomain
from caseflow.domain.cases import ActivityStatus, Agency, ClosingReason, GoalStatus
from caseflow.domain.errors import InvalidInput, PermissionDenied
from caseflow.domain.meetings import (
    ACTIONS_OVERDUE,
    FOLLOW_UP_OVERDUE,
    NO_FOLLOW_UP_YET,
    MinutesLocked,
    ParticipantNotCovered,
)
from caseflow.services import cases, consent, follow_ups, meetings, minutes, plans
from caseflow.services.meetings import MeetingFilter, ParticipantInput
from caseflow.services.minutes import ActionInput, ItemInput
from caseflow.services.validation import ChangedMeanwhile, FieldError, NotFound
from caseflow.storage.models import User
from tests.conftest import ADMIN
from tests.helpers import login
from tests.services.meeting_fixtures import (
    KONTAKTPOLIS,
    MENTOR,
    POLICE,
    SOCIALSEKRETERARE,
    TODAY,
    at,
    book,
    consent_to,
    statements,
    young_person,
)

LAST_WEEK = TODAY - timedelta(days=7)


@pytest.fixture
def elsa(social_worker):
    return young_person(social_worker, "Elsa", "Ek", serial=981)


@pytest.fixture
def omar(social_worker):
    return young_person(social_worker, "Omar", "Berg", serial=982, age_days=15 * 365)


# --- booking ---------------------------------------------------------------------------


def test_booking_stores_what_was_given_and_deduplicates_cases(social_worker, elsa, omar):
    meeting_id = meetings.create_meeting(
        social_worker,
        "sspf",
        at(LAST_WEEK, 9, 0).replace(second=31),
        at(LAST_WEEK, 10, 30),
        "  Stadshuset,   rum 3 ",
        [elsa.case_id, omar.case_id, elsa.case_id],
        [MENTOR, KONTAKTPOLIS],
    )
    detail = meetings.get_meeting(social_worker, meeting_id)
    assert detail.case_numbers == (elsa.case_number, omar.case_number)
    assert detail.place == "Stadshuset, rum 3"
    assert detail.starts_at == at(LAST_WEEK, 9, 0)
    assert detail.type_label == "SSPF meeting"
    assert [(p.name, p.agency, p.party_name) for p in detail.participants] == [
        ("Eva Mentor", Agency.SCHOOL, "Vasaskolan"),
        ("Per Polis", Agency.POLICE, ""),
    ]
    assert not any(p.attended for p in detail.participants)
    # The agenda repeats the type's headings for each case in turn.
    assert len(detail.agenda) == 10
    assert [case for case, _ in detail.agenda] == [elsa.case_id] * 5 + [omar.case_id] * 5
    assert detail.agenda[0][1] == "Since the last meeting: what has happened"
    assert len(detail.checklist) == 4 and not any(p.done for p in detail.checklist)
    assert detail.version == 1


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"type_key": "no-such-type"}, FieldError),
        ({"type_key": ""}, FieldError),
        ({"place": "   "}, InvalidInput),
        ({"place": "x" * 201}, FieldError),
        ({"ends_hour": 8}, InvalidInput),  # ends before it starts
        ({"ends_hour": 9}, InvalidInput),  # ends when it starts
        ({"ends_day": 1}, InvalidInput),  # ends the next day
        ({"case_ids": []}, InvalidInput),
        ({"case_ids": [999_999]}, NotFound),
    ],
)
def test_booking_refuses_bad_input(social_worker, elsa, change, error):
    day = LAST_WEEK
    ends = at(day + timedelta(days=change.get("ends_day", 0)), change.get("ends_hour", 10))
    with pytest.raises(error):
        meetings.create_meeting(
            social_worker,
            change.get("type_key", "sspf"),
            at(day, 9),
            ends,
            change.get("place", "Stadshuset"),
            change.get("case_ids", [elsa.case_id]),
        )
    assert meetings.count_meetings(social_worker) == 0


def test_a_closed_case_cannot_be_booked(social_worker, elsa):
    cases.close_case(
        social_worker, elsa.case_id, ClosingReason.GOALS_REACHED, "Målen är nådda.", TODAY
    )
    with pytest.raises(FieldError) as refused:
        book(social_worker, [elsa.case_id])
    assert refused.value.field == "cases"


def test_a_bad_invitee_is_refused_with_a_message(social_worker, elsa):
    with pytest.raises(InvalidInput):
        book(social_worker, [elsa.case_id], invitees=[ParticipantInput(" ", Agency.SCHOOL)])
    with pytest.raises(InvalidInput):  # a party of the kind Other needs a name
        book(social_worker, [elsa.case_id], invitees=[ParticipantInput("Kim", Agency.OTHER)])
    with pytest.raises(NotFound):
        book(
            social_worker,
            [elsa.case_id],
            invitees=[ParticipantInput("Kim", Agency.SCHOOL, user_id=999_999)],
        )
    assert meetings.count_meetings(social_worker) == 0


# --- listing ---------------------------------------------------------------------------


def test_listing_filters_by_period_type_case_and_cancelled(social_worker, elsa, omar):
    first = book(social_worker, [elsa.case_id], TODAY - timedelta(days=30))
    shared = book(social_worker, [elsa.case_id, omar.case_id], TODAY - timedelta(days=10))
    sig = book(social_worker, [omar.case_id], TODAY - timedelta(days=10), type_key="sig", hour=13)
    late = book(social_worker, [omar.case_id], TODAY + timedelta(days=5), hour=15)
    meetings.cancel_meeting(social_worker, late)

    def ids(**kwargs):
        found = meetings.list_meetings(social_worker, MeetingFilter(**kwargs))
        assert meetings.count_meetings(social_worker, MeetingFilter(**kwargs)) == len(found)
        return [row.id for row in found]

    assert ids() == [first, shared, sig, late]
    assert ids(newest_first=True) == [late, sig, shared, first]
    day = TODAY - timedelta(days=10)
    assert ids(from_date=day, to_date=day) == [shared, sig]
    assert ids(to_date=day) == [first, shared, sig]
    assert ids(from_date=day + timedelta(days=1)) == [late]
    assert ids(type_key="sig") == [sig]
    assert ids(case_id=elsa.case_id) == [first, shared]
    assert ids(case_id=omar.case_id, include_cancelled=False) == [shared, sig]

    [row] = meetings.list_meetings(social_worker, MeetingFilter(type_key="sig"))
    assert row.type_label == "SIG coordination meeting"
    assert row.case_numbers == (omar.case_number,)
    [row] = [r for r in meetings.list_meetings(social_worker) if r.id == shared]
    assert row.case_numbers == (elsa.case_number, omar.case_number)
    assert [r.cancelled for r in meetings.list_meetings(social_worker)] == [
        False,
        False,
        False,
        True,
    ]


def test_listing_pages_without_gaps_or_repeats(social_worker, elsa):
    booked = [book(social_worker, [elsa.case_id], TODAY - timedelta(days=n)) for n in range(7)]
    pages = [meetings.list_meetings(social_worker, limit=3, offset=o) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert [row.id for page in pages for row in page] == list(reversed(booked))
    assert meetings.count_meetings(social_worker) == 7


# --- changing --------------------------------------------------------------------------


def test_update_changes_the_meeting_and_refuses_a_stale_version(social_worker, elsa, omar):
    meeting_id = book(social_worker, [elsa.case_id])
    meetings.update_meeting(
        social_worker,
        meeting_id,
        1,
        "network",
        at(LAST_WEEK, 13),
        at(LAST_WEEK, 14),
        "Fritidsgården",
        [omar.case_id, elsa.case_id],
    )
    detail = meetings.get_meeting(social_worker, meeting_id)
    assert (detail.type_key, detail.place, detail.version) == ("network", "Fritidsgården", 2)
    assert detail.case_numbers == (omar.case_number, elsa.case_number)
    with pytest.raises(ChangedMeanwhile):
        meetings.update_meeting(
            social_worker,
            meeting_id,
            1,
            "sspf",
            at(LAST_WEEK, 9),
            at(LAST_WEEK, 10),
            "Stadshuset",
            [elsa.case_id],
        )
    assert meetings.get_meeting(social_worker, meeting_id).place == "Fritidsgården"


def _update_cases(workspace, meeting_id, case_ids):
    detail = meetings.get_meeting(workspace, meeting_id)
    meetings.update_meeting(
        workspace,
        meeting_id,
        detail.version,
        detail.type_key,
        detail.starts_at,
        detail.ends_at,
        detail.place,
        case_ids,
    )


def test_a_case_with_written_minutes_cannot_leave_the_agenda(social_worker, elsa, omar):
    meeting_id = book(social_worker, [elsa.case_id, omar.case_id])
    view = minutes.start_minutes(social_worker, meeting_id)
    omar_item = view.for_case(omar.case_id)[0]
    minutes.save_item(
        social_worker,
        meeting_id,
        omar_item.number,
        ItemInput(omar.case_id, omar_item.heading, notes="Omar har börjat på fritidsgården."),
    )
    with pytest.raises(FieldError) as refused:
        _update_cases(social_worker, meeting_id, [elsa.case_id])
    assert refused.value.field == "cases"
    # Elsa's items are still empty headings: she may leave, and her headings go with her.
    _update_cases(social_worker, meeting_id, [omar.case_id])
    left = minutes.get_minutes(social_worker, meeting_id)
    assert {item.case_id for item in left.items} == {omar.case_id}
    assert meetings.get_meeting(social_worker, meeting_id).case_numbers == (omar.case_number,)


def test_a_case_added_after_the_minutes_started_gets_its_headings(social_worker, elsa, omar):
    meeting_id = book(social_worker, [elsa.case_id])
    minutes.start_minutes(social_worker, meeting_id)
    _update_cases(social_worker, meeting_id, [elsa.case_id, omar.case_id])
    view = minutes.get_minutes(social_worker, meeting_id)
    assert len(view.for_case(omar.case_id)) == 5
    assert [i.number for i in view.items] == list(range(1, 11))


def test_a_case_closed_after_booking_does_not_block_changes(social_worker, elsa, omar):
    meeting_id = book(social_worker, [elsa.case_id])
    cases.close_case(social_worker, elsa.case_id, ClosingReason.GOALS_REACHED, "Klart.", TODAY)
    _update_cases(social_worker, meeting_id, [elsa.case_id, omar.case_id])
    assert len(meetings.get_meeting(social_worker, meeting_id).cases) == 2


def test_moving_the_meeting_past_an_agreed_date_is_refused(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id])
    view = minutes.start_minutes(social_worker, meeting_id)
    item = view.items[-1]
    minutes.save_item(
        social_worker,
        meeting_id,
        item.number,
        ItemInput(elsa.case_id, item.heading, next_date=LAST_WEEK + timedelta(days=2)),
    )
    detail = meetings.get_meeting(social_worker, meeting_id)
    later = LAST_WEEK + timedelta(days=3)
    with pytest.raises(FieldError) as refused:
        meetings.update_meeting(
            social_worker,
            meeting_id,
            detail.version,
            detail.type_key,
            at(later, 9),
            at(later, 10),
            detail.place,
            [elsa.case_id],
        )
    assert refused.value.field == "starts_at"


def test_invitees_are_replaced_kept_and_removed(social_worker, elsa):
    consent_to(social_worker, elsa)
    meeting_id = book(social_worker, [elsa.case_id], invitees=[MENTOR, KONTAKTPOLIS])
    mentor, polis = meetings.get_meeting(social_worker, meeting_id).participants
    meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])
    meetings.record_attendance(social_worker, meeting_id, polis.id, [elsa.case_id])
    renamed = ParticipantInput("Eva Mentorsson", Agency.SCHOOL, "mentor", "VASASKOLAN")
    newcomer = ParticipantInput("Lena Fritid", Agency.LEISURE, "fritidsledare")
    meetings.set_invitees(social_worker, meeting_id, 1, [(mentor.id, renamed), (None, newcomer)])
    detail = meetings.get_meeting(social_worker, meeting_id)
    assert [(p.id == mentor.id, p.name, p.attended) for p in detail.participants] == [
        (True, "Eva Mentorsson", True),  # same party (case aside): attendance kept
        (False, "Lena Fritid", False),
    ]
    assert detail.version == 2
    with pytest.raises(ChangedMeanwhile):
        meetings.set_invitees(social_worker, meeting_id, 1, [])


def test_changing_an_invitees_party_clears_the_attendance(social_worker, elsa):
    consent_to(social_worker, elsa)
    meeting_id = book(social_worker, [elsa.case_id], invitees=[MENTOR])
    [mentor] = meetings.get_meeting(social_worker, meeting_id).participants
    meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])
    other_school = ParticipantInput("Eva Mentor", Agency.SCHOOL, "mentor", "Ekskolan")
    meetings.set_invitees(social_worker, meeting_id, 1, [(mentor.id, other_school)])
    [changed] = meetings.get_meeting(social_worker, meeting_id).participants
    assert changed.id == mentor.id and changed.present_for == ()
    # Ekskolan is not covered: recording it now is refused.
    with pytest.raises(ParticipantNotCovered):
        meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])


def test_cancel_and_reinstate(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id])
    meetings.cancel_meeting(social_worker, meeting_id)
    assert meetings.get_meeting(social_worker, meeting_id).cancelled
    with pytest.raises(InvalidInput):
        minutes.start_minutes(social_worker, meeting_id)
    meetings.cancel_meeting(social_worker, meeting_id, cancelled=False)
    detail = meetings.get_meeting(social_worker, meeting_id)
    assert not detail.cancelled and detail.version == 3


def test_preparation_ticks_and_notes_are_kept(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id])
    meetings.save_preparation(social_worker, meeting_id, [2, 0, 0, 17, -1], "  Ta med schemat. ")
    detail = meetings.get_meeting(social_worker, meeting_id)
    assert [p.done for p in detail.checklist] == [True, False, True, False]
    assert detail.preparation_notes == "Ta med schemat."
    with pytest.raises(FieldError):
        meetings.save_preparation(social_worker, meeting_id, [], "x" * 20_001)


def test_unknown_meeting_is_not_found(social_worker):
    for call in (
        lambda: meetings.get_meeting(social_worker, 4711),
        lambda: meetings.cancel_meeting(social_worker, 4711),
        lambda: meetings.preparation(social_worker, 4711),
        lambda: minutes.get_minutes(social_worker, 4711),
    ):
        with pytest.raises(NotFound):
            call()


# --- attendance and the consent gate ---------------------------------------------------


def test_a_school_without_consent_cannot_be_recorded_as_present(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], invitees=[MENTOR])
    [mentor] = meetings.get_meeting(social_worker, meeting_id).participants
    with pytest.raises(ParticipantNotCovered) as refused:
        meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])
    assert "Eva Mentor" in str(refused.value) and "Vasaskolan" in str(refused.value)
    assert refused.value.coverages
    assert meetings.get_meeting(social_worker, meeting_id).participants[0].present_for == ()


def test_consent_registered_before_the_meeting_opens_the_gate(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], invitees=[MENTOR])
    [mentor] = meetings.get_meeting(social_worker, meeting_id).participants
    consent_to(social_worker, elsa)
    meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])
    # Recording the same again, and then "was not present", are both fine.
    meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])
    assert meetings.get_meeting(social_worker, meeting_id).participants[0].present_for == (
        elsa.case_id,
    )
    meetings.record_attendance(social_worker, meeting_id, mentor.id, [])
    assert not meetings.get_meeting(social_worker, meeting_id).participants[0].attended


def test_consent_given_after_the_meeting_date_does_not_count(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], TODAY - timedelta(days=30), invitees=[MENTOR])
    [mentor] = meetings.get_meeting(social_worker, meeting_id).participants
    consent_to(social_worker, elsa, given_days_ago=10)
    with pytest.raises(ParticipantNotCovered):
        meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])


def test_a_recorded_legal_ground_opens_the_gate(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], invitees=[KONTAKTPOLIS])
    [polis] = meetings.get_meeting(social_worker, meeting_id).participants
    with pytest.raises(ParticipantNotCovered):
        meetings.record_attendance(social_worker, meeting_id, polis.id, [elsa.case_id])
    consent.record_legal_ground(
        social_worker,
        elsa.case_id,
        "osl-10-18a",
        POLICE,
        "Särskilda omständigheter: risk för brott",
        TODAY - timedelta(days=20),
        valid_until=TODAY,
    )
    meetings.record_attendance(social_worker, meeting_id, polis.id, [elsa.case_id])
    assert meetings.get_meeting(social_worker, meeting_id).participants[0].attended


def test_social_services_needs_no_consent(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], invitees=[SOCIALSEKRETERARE])
    [own] = meetings.get_meeting(social_worker, meeting_id).participants
    meetings.record_attendance(social_worker, meeting_id, own.id, [elsa.case_id])
    assert meetings.get_meeting(social_worker, meeting_id).participants[0].attended


def test_in_a_shared_sitting_the_gate_is_per_case(social_worker, elsa, omar):
    consent_to(social_worker, elsa)
    meeting_id = book(social_worker, [elsa.case_id, omar.case_id], invitees=[MENTOR])
    [mentor] = meetings.get_meeting(social_worker, meeting_id).participants
    with pytest.raises(ParticipantNotCovered) as refused:
        meetings.record_attendance(
            social_worker, meeting_id, mentor.id, [elsa.case_id, omar.case_id]
        )
    assert omar.case_number in str(refused.value)
    assert elsa.case_number not in str(refused.value)
    # The mentor stepped out while Omar was discussed.
    meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])
    assert meetings.get_meeting(social_worker, meeting_id).participants[0].present_for == (
        elsa.case_id,
    )
    with pytest.raises(InvalidInput):  # a case not on the agenda
        meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id + 100])


def test_attendance_of_a_cancelled_meeting_is_refused(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], invitees=[SOCIALSEKRETERARE])
    [own] = meetings.get_meeting(social_worker, meeting_id).participants
    meetings.cancel_meeting(social_worker, meeting_id)
    with pytest.raises(InvalidInput):
        meetings.record_attendance(social_worker, meeting_id, own.id, [elsa.case_id])


def test_taking_a_case_off_the_agenda_drops_its_attendance(social_worker, elsa, omar):
    meeting_id = book(social_worker, [elsa.case_id, omar.case_id], invitees=[SOCIALSEKRETERARE])
    [own] = meetings.get_meeting(social_worker, meeting_id).participants
    meetings.record_attendance(social_worker, meeting_id, own.id, [elsa.case_id, omar.case_id])
    _update_cases(social_worker, meeting_id, [omar.case_id])
    assert meetings.get_meeting(social_worker, meeting_id).participants[0].present_for == (
        omar.case_id,
    )


def test_moving_the_meeting_drops_attendance_no_longer_covered(social_worker, elsa):
    consent_to(social_worker, elsa, given_days_ago=20)
    meeting_id = book(social_worker, [elsa.case_id], invitees=[MENTOR, SOCIALSEKRETERARE])
    mentor, own = meetings.get_meeting(social_worker, meeting_id).participants
    meetings.record_attendance(social_worker, meeting_id, mentor.id, [elsa.case_id])
    meetings.record_attendance(social_worker, meeting_id, own.id, [elsa.case_id])
    detail = meetings.get_meeting(social_worker, meeting_id)
    earlier = TODAY - timedelta(days=30)  # before the consent was given
    meetings.update_meeting(
        social_worker,
        meeting_id,
        detail.version,
        detail.type_key,
        at(earlier, 9),
        at(earlier, 10),
        detail.place,
        [elsa.case_id],
    )
    mentor, own = meetings.get_meeting(social_worker, meeting_id).participants
    assert not mentor.attended and own.attended


# --- preparation -----------------------------------------------------------------------


def test_preparation_summarises_each_case_and_warns_about_invitees(social_worker, elsa, omar):
    consent_to(social_worker, elsa)
    goal = plans.add_goal(
        social_worker, elsa.case_id, "Regelbunden skolgång", LifeDomain.SCHOOL, None
    )
    overdue = plans.add_activity(
        social_worker, goal, "Närvaroplan", Agency.SCHOOL, "Eva", TODAY - timedelta(days=20)
    )
    plans.add_activity(
        social_worker, goal, "Fritidsaktivitet", Agency.LEISURE, "Lena", TODAY + timedelta(days=9)
    )
    done = plans.add_activity(
        social_worker, goal, "Hembesök", Agency.SOCIAL_SERVICES, "Sara", TODAY - timedelta(days=30)
    )
    plans.set_activity_status(social_worker, done, ActivityStatus.DONE)
    meeting_id = book(
        social_worker,
        [elsa.case_id, omar.case_id],
        TODAY,
        invitees=[MENTOR, SOCIALSEKRETERARE],
    )
    first, second = meetings.preparation(social_worker, meeting_id)
    assert (first.case_id, str(first.case_number)) == (elsa.case_id, elsa.case_number)
    assert [a.what for a in first.open_actions] == ["Närvaroplan", "Fritidsaktivitet"]
    assert [a.id for a in first.overdue_actions] == [overdue]
    assert [(g.text, g.status) for g in first.goals] == [
        ("Regelbunden skolgång", GoalStatus.NOT_STARTED)
    ]
    assert first.last_follow_up is None
    assert first.all_invitees_covered
    assert NO_FOLLOW_UP_YET in first.warnings
    assert ACTIONS_OVERDUE.format(count=1) in first.warnings
    # Omar has given no consent: the school invitee is flagged, social services is not.
    assert second.case_id == omar.case_id
    assert [(i.participant.name, i.covered) for i in second.invitees] == [
        ("Eva Mentor", False),
        ("Sara Lind", True),
    ]
    assert second.warnings[0].render().startswith("Eva Mentor (Vasaskolan) is not covered")
    assert second.open_actions == () and second.goals == ()


def test_preparation_looks_at_follow_ups_as_of_the_meeting_date(social_worker, elsa):
    def record(days_ago):
        follow_ups.record_follow_up(
            social_worker, elsa.case_id, TODAY - timedelta(days=days_ago), [], {}, "Uppföljt."
        )

    record(100)
    earlier = book(social_worker, [elsa.case_id], TODAY - timedelta(days=50))
    today = book(social_worker, [elsa.case_id], TODAY, hour=13)
    [summary] = meetings.preparation(social_worker, today)
    assert summary.last_follow_up == TODAY - timedelta(days=100)
    assert summary.next_follow_up == TODAY - timedelta(days=40)  # SSPF: every 60 days
    assert summary.follow_up_overdue
    assert (
        FOLLOW_UP_OVERDUE.format(
            due=(TODAY - timedelta(days=40)).isoformat(),
            last=(TODAY - timedelta(days=100)).isoformat(),
        )
        in summary.warnings
    )
    record(10)
    [summary] = meetings.preparation(social_worker, today)
    assert summary.last_follow_up == TODAY - timedelta(days=10)
    assert not summary.follow_up_overdue and summary.warnings == ()
    # A follow-up held after the meeting does not count for it.
    [summary] = meetings.preparation(social_worker, earlier)
    assert summary.last_follow_up == TODAY - timedelta(days=100)
    assert not summary.follow_up_overdue


def test_listing_and_preparing_cost_the_same_whatever_the_size(social_worker, elsa, omar):
    nora = young_person(social_worker, "Nora", "Lund", serial=983)
    for young in (elsa, omar, nora):
        goal = plans.add_goal(social_worker, young.case_id, "Skolgång", LifeDomain.SCHOOL, None)
        plans.add_activity(social_worker, goal, "Närvaroplan", Agency.SCHOOL, "Eva", TODAY)
    small = book(social_worker, [elsa.case_id], invitees=[MENTOR])
    big = book(
        social_worker,
        [elsa.case_id, omar.case_id, nora.case_id],
        invitees=[MENTOR, KONTAKTPOLIS, SOCIALSEKRETERARE],
    )

    def cost(call):
        with statements(social_worker) as seen:
            call()
        return len(seen)

    assert cost(lambda: meetings.preparation(social_worker, small)) == cost(
        lambda: meetings.preparation(social_worker, big)
    )
    one = cost(lambda: meetings.list_meetings(social_worker, limit=1))
    for n in range(4):
        book(social_worker, [omar.case_id, nora.case_id], TODAY - timedelta(days=n))
    assert cost(lambda: meetings.list_meetings(social_worker)) == one


# --- permissions -----------------------------------------------------------------------


@pytest.mark.parametrize("who", ["chef", ADMIN])
def test_managers_and_administrators_have_no_access_to_meetings(
    social_worker, team_database, elsa, who
):
    meeting_id = book(social_worker, [elsa.case_id])
    social_worker.lock()
    workspace = login(team_database, who)
    try:
        assert workspace.user.role in (Role.MANAGER, Role.ADMINISTRATOR)
        for call in (
            lambda: meetings.list_meetings(workspace),
            lambda: meetings.count_meetings(workspace),
            lambda: meetings.get_meeting(workspace, meeting_id),
            lambda: meetings.preparation(workspace, meeting_id),
            lambda: book(workspace, [elsa.case_id]),
            lambda: meetings.cancel_meeting(workspace, meeting_id),
            lambda: meetings.save_preparation(workspace, meeting_id, [], ""),
            lambda: meetings.set_invitees(workspace, meeting_id, 1, []),
            lambda: minutes.start_minutes(workspace, meeting_id),
            lambda: minutes.get_minutes(workspace, meeting_id),
            lambda: minutes.case_meetings(workspace, elsa.case_id),
            lambda: minutes.save_item(
                workspace, meeting_id, None, ItemInput(elsa.case_id, "Rubrik", notes="x")
            ),
            lambda: minutes.approve(workspace, meeting_id, TODAY),
        ):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        workspace.lock()


def test_a_field_assistant_may_book_and_minute(social_worker, team_database, elsa):
    # Field assistants work in the cases they are assigned to.
    with social_worker.transaction() as session:
        fia_id = session.scalar(select(User.id).where(User.username == "fia"))
    cases.set_staff(social_worker, elsa.case_id, [fia_id])
    social_worker.lock()
    fia = login(team_database, "fia")
    try:
        meeting_id = book(fia, [elsa.case_id])
        view = minutes.start_minutes(fia, meeting_id)
        item = view.items[0]
        minutes.save_item(
            fia,
            meeting_id,
            item.number,
            ItemInput(
                elsa.case_id,
                item.heading,
                notes="Elsa går i skolan igen.",
                actions=(ActionInput("Ring skolan", Agency.SOCIAL_SERVICES, "Fia", TODAY),),
            ),
        )
        assert len(meetings.list_meetings(fia)) == 1
    finally:
        fia.lock()


def test_approved_minutes_lock_the_meeting(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], invitees=[SOCIALSEKRETERARE])
    view = minutes.start_minutes(social_worker, meeting_id)
    item = view.items[0]
    minutes.save_item(
        social_worker, meeting_id, item.number, ItemInput(elsa.case_id, item.heading, "Bra.")
    )
    minutes.approve(social_worker, meeting_id, TODAY)
    detail = meetings.get_meeting(social_worker, meeting_id)
    [own] = detail.participants
    for call in (
        lambda: _update_cases(social_worker, meeting_id, [elsa.case_id]),
        lambda: meetings.cancel_meeting(social_worker, meeting_id),
        lambda: meetings.set_invitees(social_worker, meeting_id, detail.version, []),
        lambda: meetings.record_attendance(social_worker, meeting_id, own.id, [elsa.case_id]),
    ):
        with pytest.raises(MinutesLocked):
            call()
    assert detail.approved_by == "Sara Lind" and detail.approved_on == TODAY
