"""Alerts for the Översikt page: consents ending, 18th birthdays, parties not covered."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseflow.domain.cases import Agency, CaseStatus, ClosingReason, ReferralSource
from caseflow.domain.consent import Party, birthday
from caseflow.domain.programmes import Programme
from caseflow.services import alerts, cases, consent, consent_loading, people
from caseflow.services.alerts import AlertKind
from caseflow.services.cases import AgencyView
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.models import User
from tests.helpers import login, pnr_in_test_range

TODAY = date.today()
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)


def _born(years: int, days_after: int = 0) -> date:
    """Someone who turns ``years`` ``days_after`` days from today."""
    return birthday(TODAY, -years) + timedelta(days=days_after)


def _case(
    workspace: Workspace,
    first: str,
    born: date,
    serial: int,
    guardians: tuple[str, ...] = (),
    responsible: int | None = None,
) -> int:
    person = people.register_person(
        workspace, PersonInput(first, "Ek", pnr_in_test_range(born, serial))
    ).person_id
    for name in guardians:
        people.add_guardian(workspace, person, GuardianInput(name))
    return cases.open_case(
        workspace,
        person,
        Programme.SSPF,
        TODAY - timedelta(days=90),
        ReferralSource.SCHOOL,
        "Oro från skolan",
        responsible,
    ).case_id


def _consent(workspace: Workspace, case_id: int, guardian_id: int | None, until: date) -> int:
    return consent.register_consent(
        workspace,
        case_id,
        guardian_id,
        [SCHOOL],
        "Närvaro",
        "Samordnade insatser",
        TODAY - timedelta(days=300),
        until,
    )


def _activate(workspace: Workspace, case_id: int) -> None:
    for status in (CaseStatus.MAPPING, CaseStatus.ACTIVE):
        cases.change_status(workspace, case_id, status, TODAY)


def _guardian(workspace: Workspace, case_id: int) -> int:
    person = cases.get_case(workspace, case_id).person.id
    return people.get_person(workspace, person).guardians[0].id


def _case_ids(found: tuple[alerts.Alert, ...]) -> set[int]:
    return {alert.case_id for alert in found}


@pytest.fixture
def worker(social_worker):
    return social_worker


def test_consent_ending_in_20_days_appears_and_in_40_days_does_not(worker):
    soon = _case(worker, "Elsa", _born(16), 980)
    later = _case(worker, "Olle", _born(16, 3), 981)
    _consent(worker, soon, None, TODAY + timedelta(days=20))
    _consent(worker, later, None, TODAY + timedelta(days=40))

    found = alerts.alerts(worker, TODAY)

    [alert] = found.consents_ending
    assert alert.case_id == soon and alert.kind is AlertKind.CONSENT_ENDING
    assert alert.case_number.startswith("SSPF-") and alert.person_name == "Elsa Ek"
    until = (TODAY + timedelta(days=20)).isoformat()
    assert alert.message.render() == (
        f"Consent from the young person for Vasaskolan is valid until {until}"
    )
    assert later not in _case_ids(found.consents_ending)


def test_a_renewed_consent_is_not_an_alert_and_a_guardian_is_named(worker):
    case_id = _case(worker, "Elsa", _born(16), 980, guardians=("Maria Ek",))
    guardian = _guardian(worker, case_id)
    _consent(worker, case_id, None, TODAY + timedelta(days=200))
    _consent(worker, case_id, guardian, TODAY + timedelta(days=10))
    [alert] = alerts.alerts(worker, TODAY).consents_ending
    assert alert.message.render().startswith("Consent from guardian Maria Ek for Vasaskolan")

    _consent(worker, case_id, guardian, TODAY + timedelta(days=300))  # renewed
    assert alerts.alerts(worker, TODAY).consents_ending == ()


def test_a_17_year_old_turning_18_within_60_days_appears(worker):
    soon = _case(worker, "Alva", _born(18, 30), 982)
    later = _case(worker, "Bo", _born(18, 90), 983)
    adult = _case(worker, "Cid", _born(18, -5), 984)

    found = alerts.alerts(worker, TODAY).turning_18

    assert _case_ids(found) == {soon}
    turns = (TODAY + timedelta(days=30)).isoformat()
    assert found[0].day.isoformat() == turns
    assert found[0].message.render() == (f"Turns 18 on {turns}: their own consent will be needed")
    assert later not in _case_ids(found) and adult not in _case_ids(found)


def test_an_uncovered_police_party_on_an_active_case_appears(worker):
    active = _case(worker, "Dan", _born(16), 985, guardians=("Maria Ek",))
    school, police = (
        AgencyView(Agency.SCHOOL, "Vasaskolan", None),
        AgencyView(Agency.POLICE, None, None),
    )
    cases.set_agencies(worker, active, [school, police])
    for who in (None, _guardian(worker, active)):  # the school is covered, the police not
        _consent(worker, active, who, TODAY + timedelta(days=200))
    _activate(worker, active)
    mapping = _case(worker, "Eva", _born(16, 1), 986)
    cases.set_agencies(worker, mapping, [AgencyView(Agency.POLICE, None, None)])
    cases.change_status(worker, mapping, CaseStatus.MAPPING, TODAY)

    found = alerts.alerts(worker, TODAY).not_covered

    [alert] = found
    assert alert.case_id == active
    assert alert.message.render() == ("Police is not covered: No consent has been given for Police")


def test_only_open_cases_the_user_works_on(worker, team_database):
    with worker.transaction() as session:
        colleague = session.query(User).filter_by(username="fia").one().id
    mine_as_staff = _case(worker, "Fia", _born(18, 10), 987, responsible=colleague)
    cases.set_staff(worker, mine_as_staff, [worker.user.id])
    _case(worker, "Gun", _born(18, 11), 988, responsible=colleague)
    closed = _case(worker, "Hans", _born(18, 12), 989)
    cases.close_case(worker, closed, ClosingReason.MOVED, "Flyttat", TODAY)

    found = alerts.alerts(worker, TODAY).turning_18

    assert _case_ids(found) == {mine_as_staff}


def test_a_manager_gets_no_alerts_rather_than_an_error(worker, team_database):
    _case(worker, "Ida", _born(18, 10), 990)
    worker.lock()
    manager = login(team_database, "chef")
    try:
        found = alerts.alerts(manager, TODAY)
    finally:
        manager.lock()
    assert not found.applies and found.count == 0


def test_the_batched_histories_equal_the_one_case_view(worker):
    """The alerts read many cases at once; the rules must see what the Samtycke tab sees."""
    from sqlalchemy import select

    from caseflow.domain.consent import Manner
    from caseflow.services.consent import case_consents
    from caseflow.storage.models import Case

    first = _case(worker, "Jon", _born(16), 991, guardians=("Maria Ek", "Jonas Ek"))
    second = _case(worker, "Kim", _born(17), 992)
    mother = _guardian(worker, first)
    for who in (None, mother):
        _consent(worker, first, who, TODAY + timedelta(days=100))
    consent.register_consent(
        worker,
        first,
        None,
        [SCHOOL, POLICE],
        "Allt",
        "Plan",
        TODAY - timedelta(days=3),
        manner=Manner.ORAL,
        documented_by="Sara Lind",
    )
    consent.withdraw_consent(worker, first, mother, TODAY, [SCHOOL], Manner.ORAL, "Sara Lind")
    consent.withdraw_consent(worker, first, None, TODAY)
    consent.record_legal_ground(worker, first, "osl-10-18a", POLICE, "Risk", TODAY)

    with worker.transaction() as session:
        ids = select(Case.id).where(Case.id.in_([first, second]))
        batched = consent_loading.load_case_consents(session, ids)
        for case_id in (first, second):
            case = session.get(Case, case_id)
            assert batched[case_id] == case_consents(session, case)
    assert len(batched[first].history) == 5 and len(batched[first].grounds) == 1
