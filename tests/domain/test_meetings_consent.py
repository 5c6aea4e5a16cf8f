"""The consent gate on participants and the field assistant's preparation summary."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest

from caseflow.domain.cases import ActivityStatus, Agency, GoalStatus
from caseflow.domain.consent import (
    CaseConsents,
    Party,
    RecordedGround,
    coverage,
    default_legal_grounds,
    find_ground,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import (
    ACTIONS_OVERDUE,
    FOLLOW_UP_OVERDUE,
    INVITEE_NOT_COVERED,
    NO_FOLLOW_UP_YET,
    OWN_AGENCY_REASON,
    Attendance,
    CaseNotOnAgenda,
    GoalSummary,
    Participant,
    ParticipantNotCovered,
    PreparationSummary,
    attendance,
    check_attendance,
    check_participation,
    invitee_coverage,
    join_reasons,
    participation_coverage,
    preparation_summary,
)
from caseflow.domain.personnummer import DateBeforeBirth
from caseflow.domain.text import QT_TRANSLATE_NOOP
from tests.domain.test_consent_helpers import YP, A, E, case, consent, everyone, withdrawal
from tests.domain.test_meetings_helpers import (
    C1,
    C2,
    DAY,
    FIELD_WORKER,
    INVITEES,
    LEADER,
    MENTOR,
    N2,
    OFFICER,
    POLICE,
    SCHOOL,
    SOCIAL,
    action,
    meeting,
)

ALL_COVERED = case(*everyone())
NOBODY = case()
ONE_DAY = timedelta(days=1)
OSL_18A = find_ground(default_legal_grounds(), "osl-10-18a")
assert OSL_18A is not None


def police_withdrawn_by_anna() -> CaseConsents:
    return case(*everyone(), withdrawal(A, date(2025, 12, 1), [POLICE]))


# ------------------------------------------------------------------ the gate


@pytest.mark.parametrize("participant", [MENTOR, OFFICER, LEADER], ids=lambda p: p.name)
def test_a_covered_party_may_be_recorded(participant: Participant) -> None:
    result = check_participation(participant, ALL_COVERED, DAY)
    assert result.covered and result.by_consent
    assert result == coverage(ALL_COVERED, participant.party, DAY)
    assert result.reasons[0].render() == (
        "Covered by consent given on 2025-09-01 by the young person, guardian Anna Berg "
        "and guardian Erik Berg"
    )


def test_social_services_runs_the_case_and_needs_no_consent() -> None:
    for consents in (ALL_COVERED, NOBODY):
        result = check_participation(FIELD_WORKER, consents, DAY)
        assert result.covered
        assert not result.by_consent
        assert result.party == SOCIAL
        assert result.on_date == DAY
        assert result.age == 15
        assert result.grounds == ()
        assert result.consenters == ()
        assert [r.render() for r in result.reasons] == [
            "Social services runs the case and needs no consent to take part"
        ]
        assert result.reasons[0].source == OWN_AGENCY_REASON.source


def test_which_agencies_are_exempt_is_a_parameter() -> None:
    with pytest.raises(ParticipantNotCovered):
        check_participation(FIELD_WORKER, NOBODY, DAY, own_agencies=frozenset())
    school_runs_it = frozenset({Agency.SCHOOL})
    assert check_participation(MENTOR, NOBODY, DAY, own_agencies=school_runs_it).covered


def test_an_uncovered_party_cannot_be_recorded() -> None:
    with pytest.raises(ParticipantNotCovered) as error:
        check_participation(OFFICER, NOBODY, DAY)
    assert isinstance(error.value, InvalidInput)
    expected = coverage(NOBODY, POLICE, DAY)
    assert error.value.coverages == (expected,)
    assert error.value.reasons == expected.reasons
    assert str(error.value) == (
        "Sara Ek (Police) cannot be recorded as taking part: on 2026-01-15 Police is covered "
        "neither by consent nor by a recorded legal ground. "
        "No consent has been given for Police."
    )


def test_the_message_gives_every_reason_of_the_consent_rules() -> None:
    consents = case(consent(YP), consent(E), withdrawal(YP, date(2025, 12, 1)))
    with pytest.raises(ParticipantNotCovered) as error:
        check_participation(MENTOR, consents, DAY)
    assert str(error.value) == (
        "Johan Holm (Vasaskolan) cannot be recorded as taking part: on 2026-01-15 Vasaskolan "
        "is covered neither by consent nor by a recorded legal ground. "
        "Withdrawn by the young person 2025-12-01; Guardian Anna Berg has not consented."
    )
    assert [r.render() for r in error.value.reasons] == [
        "Withdrawn by the young person 2025-12-01",
        "Guardian Anna Berg has not consented",
    ]


def test_a_withdrawal_for_one_party_stops_only_that_party() -> None:
    consents = police_withdrawn_by_anna()
    assert check_participation(MENTOR, consents, DAY).covered
    with pytest.raises(ParticipantNotCovered, match="Withdrawn by guardian Anna Berg 2025-12-01"):
        check_participation(OFFICER, consents, DAY)
    # Before the withdrawal the police were covered.
    assert check_participation(OFFICER, consents, date(2025, 11, 30)).covered


def test_consent_that_has_ended_does_not_cover() -> None:
    with pytest.raises(ParticipantNotCovered, match="ended 2026-09-01"):
        check_participation(MENTOR, ALL_COVERED, date(2026, 9, 1))
    assert check_participation(MENTOR, ALL_COVERED, date(2026, 8, 31)).covered


def test_a_recorded_legal_ground_covers() -> None:
    assert OSL_18A is not None
    ground = RecordedGround(OSL_18A, "Risk för brott enligt polisens signal", DAY, POLICE)
    consents = case(grounds=[ground])
    result = check_participation(OFFICER, consents, DAY)
    assert result.covered and not result.by_consent
    assert result.grounds == (ground,)
    # A ground covers the day it was recorded, not the next meeting.
    with pytest.raises(ParticipantNotCovered):
        check_participation(OFFICER, consents, DAY + ONE_DAY)
    # OSL 10 kap. 18 a § is for the police only.
    school_ground = RecordedGround(OSL_18A, "Fel mottagare", DAY, SCHOOL)
    with pytest.raises(ParticipantNotCovered, match="does not apply here"):
        check_participation(MENTOR, case(grounds=[school_ground]), DAY)


def test_the_case_number_names_the_case_in_a_shared_sitting() -> None:
    with pytest.raises(ParticipantNotCovered) as error:
        check_participation(OFFICER, NOBODY, DAY, case_number=N2)
    assert str(error.value).startswith(
        "Sara Ek (Police) cannot be recorded as taking part in the discussion of "
        "SSPF-2026-0042: on 2026-01-15"
    )


def test_a_date_before_birth_is_an_error_of_its_own() -> None:
    with pytest.raises(DateBeforeBirth):
        check_participation(OFFICER, ALL_COVERED, date(2000, 1, 1))
    with pytest.raises(DateBeforeBirth):
        participation_coverage(FIELD_WORKER, ALL_COVERED, date(2000, 1, 1))


def test_join_reasons() -> None:
    t = QT_TRANSLATE_NOOP
    assert join_reasons([t("Domain", "A")]).render() == "A"
    assert (
        join_reasons([t("Domain", "A"), t("Domain", "B"), t("Domain", "C")]).render() == "A; B; C"
    )
    with pytest.raises(ValueError, match="at least one"):
        join_reasons([])


# ---------------------------------------------------------------- attendance

CONSENTS = {1: ALL_COVERED, 2: NOBODY, 3: police_withdrawn_by_anna()}


def test_attendance_is_checked_for_every_case_the_party_was_present_for() -> None:
    m = meeting()
    found = check_attendance(m, attendance(m, MENTOR), CONSENTS | {2: ALL_COVERED})
    assert list(found) == [1, 2, 3]
    assert all(c.covered for c in found.values())


def test_attendance_names_each_uncovered_case_by_number() -> None:
    m = meeting()
    with pytest.raises(ParticipantNotCovered) as error:
        check_attendance(m, attendance(m, OFFICER), CONSENTS)
    message = str(error.value)
    assert "SSPF-2026-0041" not in message
    assert "in the discussion of SSPF-2026-0042: on 2026-01-15" in message
    assert "in the discussion of SSPF-2026-0043: on 2026-01-15" in message
    assert message.index("SSPF-2026-0042") < message.index("SSPF-2026-0043")
    assert "No consent has been given for Police." in message
    assert "Withdrawn by guardian Anna Berg 2025-12-01." in message
    assert [c.covered for c in error.value.coverages] == [False, False]


def test_a_party_that_stepped_out_is_checked_for_the_cases_it_heard() -> None:
    m = meeting()
    found = check_attendance(m, attendance(m, OFFICER, [1]), CONSENTS)
    assert list(found) == [1]


def test_attendance_at_a_meeting_about_one_case_does_not_repeat_the_number() -> None:
    m = meeting(C2)
    with pytest.raises(ParticipantNotCovered) as error:
        check_attendance(m, attendance(m, OFFICER), CONSENTS)
    assert str(error.value).startswith("Sara Ek (Police) cannot be recorded as taking part: on")


def test_social_services_may_attend_every_case() -> None:
    m = meeting()
    found = check_attendance(m, attendance(m, FIELD_WORKER), {1: NOBODY, 2: NOBODY, 3: NOBODY})
    assert all(c.covered for c in found.values())


def test_attendance_needs_each_cases_consents_and_cases_on_the_agenda() -> None:
    m = meeting()
    with pytest.raises(ValueError, match="no consents given for case 2"):
        check_attendance(m, attendance(m, MENTOR), {1: ALL_COVERED})
    with pytest.raises(CaseNotOnAgenda):
        check_attendance(meeting(C1), Attendance(MENTOR, (1, 2)), CONSENTS)


# ------------------------------------------------------------- preparation


@dataclass(frozen=True)
class Activity:
    """An activity of the action plan as a service might load it."""

    what: str
    due: date | None
    status: ActivityStatus


GOALS = (
    GoalSummary("Går i skolan varje dag", GoalStatus.IN_PROGRESS, date(2026, 6, 1)),
    GoalSummary("Har en fritidsaktivitet", GoalStatus.ACHIEVED),
)


def summary(**changes: object) -> PreparationSummary[Any]:
    values: dict[str, object] = {
        "actions": [],
        "goals": GOALS,
        "follow_ups_held": [date(2025, 12, 1)],
        "invitees": INVITEES,
        "consents": ALL_COVERED,
    }
    values.update(changes)
    return preparation_summary(C1, DAY, **values)  # type: ignore[arg-type]


def test_a_preparation_summary_when_all_is_well() -> None:
    s = summary()
    assert (s.case_id, s.case_number, s.meeting_date) == (1, C1.case_number, DAY)
    assert s.goals == GOALS
    assert s.last_follow_up == date(2025, 12, 1)
    assert s.next_follow_up == date(2026, 1, 30)  # SSPF: 60 days
    assert not s.follow_up_overdue
    assert [i.participant for i in s.invitees] == list(INVITEES)
    assert s.all_invitees_covered
    assert all(i.warning is None for i in s.invitees)
    assert s.warnings == ()
    assert s.open_actions == s.overdue_actions == ()


def test_every_invitee_gets_the_coverage_on_the_meeting_date() -> None:
    consents = police_withdrawn_by_anna()
    s = summary(consents=consents)
    for invitee in s.invitees:
        if invitee.participant is FIELD_WORKER:
            assert invitee.coverage.reasons[0].source == OWN_AGENCY_REASON.source
        else:
            assert invitee.coverage == coverage(consents, invitee.participant.party, DAY)
    assert [i.covered for i in s.invitees] == [True, True, False, True]
    assert not s.all_invitees_covered


def test_an_invitee_not_covered_gets_a_clear_warning() -> None:
    s = summary(consents=police_withdrawn_by_anna())
    warning = s.invitees[2].warning
    assert warning is not None
    assert warning.source == INVITEE_NOT_COVERED.source
    assert warning.render() == (
        "Sara Ek (Police) is not covered by consent or a recorded legal ground on 2026-01-15: "
        "Withdrawn by guardian Anna Berg 2025-12-01. Do not share information about the young "
        "person with them."
    )
    assert s.warnings == (warning,)


def test_with_no_consent_every_invitee_but_social_services_is_warned_about() -> None:
    s = summary(consents=NOBODY)
    warned = [i.participant for i in s.invitees if i.warning is not None]
    assert warned == [MENTOR, OFFICER, LEADER]
    assert len(s.warnings) == 3


def test_invitees_listed_twice_are_summarised_once() -> None:
    assert len(summary(invitees=[MENTOR, MENTOR, OFFICER]).invitees) == 2
    assert summary(invitees=[]).invitees == ()


def test_open_and_overdue_actions_as_of_the_meeting_date() -> None:
    acts = [
        Activity("klar", DAY - 20 * ONE_DAY, ActivityStatus.DONE),
        Activity("sen", DAY - 2 * ONE_DAY, ActivityStatus.IN_PROGRESS),
        Activity("idag", DAY, ActivityStatus.PLANNED),
        Activity("odaterad", None, ActivityStatus.PLANNED),
        Activity("senast", DAY - 9 * ONE_DAY, ActivityStatus.PLANNED),
        Activity("struken", DAY - 9 * ONE_DAY, ActivityStatus.CANCELLED),
    ]
    s = summary(actions=acts)
    assert [a.what for a in s.open_actions] == ["senast", "sen", "idag", "odaterad"]
    assert [a.what for a in s.overdue_actions] == ["senast", "sen"]
    assert s.warnings[-1].render() == "Agreed actions overdue by the meeting date: 2."
    assert s.warnings[-1].source == ACTIONS_OVERDUE.source


def test_agreed_actions_work_as_tracked_actions() -> None:
    s = summary(actions=[action(due=DAY - ONE_DAY), action(due=DAY + ONE_DAY)])
    assert len(s.open_actions) == 2
    assert len(s.overdue_actions) == 1


def test_the_last_follow_up_before_the_meeting() -> None:
    s = summary(follow_ups_held=[date(2025, 9, 1), date(2025, 11, 20), DAY, date(2026, 2, 1)])
    assert s.last_follow_up == DAY  # a follow-up held that day counts, a later one does not
    assert s.next_follow_up == date(2026, 3, 16)


def test_a_late_follow_up_is_warned_about() -> None:
    s = summary(follow_ups_held=[date(2025, 10, 1)])
    assert s.next_follow_up == date(2025, 11, 30)
    assert s.follow_up_overdue
    assert [w.source for w in s.warnings] == [FOLLOW_UP_OVERDUE.source]
    assert (
        s.warnings[0].render()
        == "The follow-up was due 2025-11-30; the last one was held 2025-10-01."
    )


def test_a_follow_up_due_on_the_meeting_day_is_not_late() -> None:
    s = summary(follow_ups_held=[DAY - 60 * ONE_DAY])
    assert s.next_follow_up == DAY
    assert not s.follow_up_overdue
    assert s.warnings == ()


def test_no_follow_up_yet() -> None:
    s = summary(follow_ups_held=[])
    assert s.last_follow_up is None and s.next_follow_up is None
    assert not s.follow_up_overdue
    assert s.warnings == (NO_FOLLOW_UP_YET,)


def test_warnings_come_in_order_invitees_follow_up_actions() -> None:
    s = summary(
        consents=NOBODY,
        follow_ups_held=[],
        actions=[Activity("sen", DAY - ONE_DAY, ActivityStatus.PLANNED)],
    )
    sources = [w.source for w in s.warnings]
    assert sources == [INVITEE_NOT_COVERED.source] * 3 + [
        NO_FOLLOW_UP_YET.source,
        ACTIONS_OVERDUE.source,
    ]


def test_the_follow_up_interval_comes_from_the_cases_programme() -> None:
    sig_like = replace(ALL_COVERED, rules=replace(ALL_COVERED.rules, follow_up_interval_days=30))
    s = summary(consents=sig_like, follow_ups_held=[date(2025, 12, 1)])
    assert s.next_follow_up == date(2025, 12, 31)
    assert s.follow_up_overdue


def test_invitee_coverage_alone() -> None:
    assert invitee_coverage(MENTOR, ALL_COVERED, DAY).warning is None
    not_covered = invitee_coverage(MENTOR, NOBODY, DAY)
    assert not not_covered.covered
    assert not_covered.warning is not None
    assert invitee_coverage(FIELD_WORKER, NOBODY, DAY).covered
    assert not invitee_coverage(FIELD_WORKER, NOBODY, DAY, own_agencies=frozenset()).covered


def test_a_party_named_differently_is_not_covered() -> None:
    other_school = Participant(
        "Eva Lund", Agency.SCHOOL, "rektor", Party(Agency.SCHOOL, "Östra skolan")
    )
    s = summary(invitees=[other_school])
    assert not s.all_invitees_covered
    assert "No consent has been given for Östra skolan" in s.warnings[0].render()
