"""Cases: numbers, lifecycle, closing, list and search, permissions."""

from __future__ import annotations

from datetime import date

import pytest

from caseflow.domain.cases import CaseStatus, ClosingReason, ReferralSource
from caseflow.domain.errors import InvalidInput, PermissionDenied
from caseflow.domain.programmes import Programme
from caseflow.services import cases, people
from caseflow.services.cases import CaseFilter, SortKey
from caseflow.services.people import PersonInput
from caseflow.services.validation import FieldError
from tests.helpers import login, pnr_in_test_range

REFERRED = date(2026, 3, 1)


def _person(workspace, first="Åsa", last="Öberg", serial=980, born=date(2011, 4, 5)) -> int:
    return people.register_person(
        workspace, PersonInput(first, last, pnr_in_test_range(born, serial))
    ).person_id


def _open(workspace, person_id, programme=Programme.SSPF, referred=REFERRED):
    return cases.open_case(
        workspace, person_id, programme, referred, ReferralSource.SCHOOL, "Hög frånvaro"
    )


def test_case_numbers_count_per_programme_and_year(social_worker):
    person = _person(social_worker)
    numbers = [
        _open(social_worker, person).case_number,
        _open(social_worker, person).case_number,
        _open(social_worker, person, Programme.SIG).case_number,
        _open(social_worker, person, referred=date(2025, 12, 1)).case_number,
    ]
    assert numbers == ["SSPF-2026-0001", "SSPF-2026-0002", "SIG-2026-0001", "SSPF-2025-0001"]


def test_age_outside_programme_range_is_a_warning_not_a_refusal(social_worker):
    adult = _person(social_worker, "Omar", "Ali", 981, date(1990, 1, 1))
    opened = _open(social_worker, adult, Programme.SSPF)
    assert opened.warnings and "SSPF" in str(opened.warnings[0])


def test_lifecycle_keeps_every_transition_with_date_and_author(social_worker):
    case = _open(social_worker, _person(social_worker)).case_id
    cases.change_status(social_worker, case, CaseStatus.MAPPING, date(2026, 3, 2))
    cases.change_status(social_worker, case, CaseStatus.ACTIVE, date(2026, 3, 20), "Plan klar")
    with pytest.raises(InvalidInput):
        cases.change_status(social_worker, case, CaseStatus.RECEIVED, date(2026, 3, 21))
    detail = cases.get_case(social_worker, case)
    assert detail.status is CaseStatus.ACTIVE
    assert [(h.from_status, h.to_status, h.changed_on) for h in detail.history] == [
        (None, CaseStatus.RECEIVED, REFERRED),
        (CaseStatus.RECEIVED, CaseStatus.MAPPING, date(2026, 3, 2)),
        (CaseStatus.MAPPING, CaseStatus.ACTIVE, date(2026, 3, 20)),
    ]
    assert all(h.changed_by == "Sara Lind" for h in detail.history)
    assert detail.history[-1].note == "Plan klar"
    assert detail.next_follow_up == date(2026, 5, 19)  # SSPF's 60-day default interval


def test_closing_needs_reason_and_summary_and_is_final(social_worker):
    case = _open(social_worker, _person(social_worker)).case_id
    with pytest.raises(FieldError) as empty:
        cases.close_case(social_worker, case, ClosingReason.GOALS_REACHED, "  ", date(2026, 4, 1))
    assert empty.value.field == "closing_summary"
    with pytest.raises(FieldError):
        cases.close_case(social_worker, case, ClosingReason.OTHER, "Kort", date(2026, 4, 1))
    cases.close_case(
        social_worker,
        case,
        ClosingReason.MOVED,
        "Familjen flyttade till annan kommun.",
        date(2026, 4, 1),
    )
    detail = cases.get_case(social_worker, case)
    assert detail.status is CaseStatus.CLOSED
    assert detail.closing_reason is ClosingReason.MOVED
    assert detail.closed_on == date(2026, 4, 1)
    with pytest.raises(InvalidInput):
        cases.change_status(social_worker, case, CaseStatus.ACTIVE, date(2026, 4, 2))


def _numbers(page) -> list[str]:
    return [row.case_number for row in page.rows]


def test_search_by_name_personnummer_in_any_form_and_case_number(social_worker):
    asa = _person(social_worker, "Åsa", "Öberg", 980, date(2011, 4, 5))
    other = _person(social_worker, "Oskar", "Berg", 990, date(2012, 6, 7))
    first = _open(social_worker, asa).case_number
    second = _open(social_worker, other).case_number
    number = pnr_in_test_range(date(2011, 4, 5), 980)
    for typed in (
        "ÅSA",
        "åsa ö",
        "öberg",
        "Öberg Å",
        number,
        number[2:],
        f"{number[2:8]}-{number[8:]}",
        "1104",
        first,
        first[:-1],
    ):
        found = _numbers(cases.list_cases(social_worker, CaseFilter(text=typed)))
        assert first in found, typed
        if typed not in (first[:-1],):
            assert second not in found, typed
    assert _numbers(cases.list_cases(social_worker, CaseFilter(text="berg"))) == [second]


def test_filters_and_keyset_pages_cover_every_case_once(social_worker):
    person = _person(social_worker)
    opened = [
        _open(social_worker, person, referred=date(2026, 1, 1 + i % 28)).case_number
        for i in range(25)
    ]
    _open(social_worker, person, Programme.SIG)
    seen: list[str] = []
    cursor = None
    while True:
        page = cases.list_cases(
            social_worker,
            CaseFilter(programme=Programme.SSPF),
            SortKey.REFERRAL_DATE,
            True,
            cursor,
            limit=7,
        )
        seen += _numbers(page)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert sorted(seen) == sorted(opened)
    assert len(seen) == len(set(seen))
    ascending = cases.list_cases(
        social_worker, CaseFilter(programme=Programme.SSPF), SortKey.CASE_NUMBER, False, limit=100
    )
    assert _numbers(ascending) == sorted(opened)


def test_manager_sees_case_list_without_identities(team_database, social_worker):
    _open(social_worker, _person(social_worker))
    social_worker.lock()  # one user per process at a time, as on a real PC
    manager = login(team_database, "chef")
    try:
        rows = cases.list_cases(manager, CaseFilter()).rows
        assert rows and rows[0].person_name is None and rows[0].personnummer is None
        with pytest.raises(PermissionDenied):
            cases.list_cases(manager, CaseFilter(text="Åsa"))
        assert cases.list_cases(manager, CaseFilter(text="SSPF-2026")).rows
        with pytest.raises(PermissionDenied):
            cases.get_case(manager, rows[0].id)
    finally:
        manager.lock()


def test_one_person_many_cases_over_time(social_worker):
    person = _person(social_worker)
    _open(social_worker, person, Programme.SSPF, date(2025, 2, 1))
    _open(social_worker, person, Programme.SIG, date(2026, 2, 1))
    history = cases.cases_of_person(social_worker, person)
    assert [r.programme for r in history] == [Programme.SIG, Programme.SSPF]


def test_status_dates_must_lie_between_referral_and_today(social_worker):
    case = _open(social_worker, _person(social_worker)).case_id
    with pytest.raises(FieldError):
        cases.change_status(social_worker, case, CaseStatus.MAPPING, date(2026, 2, 1))
    with pytest.raises(FieldError):
        cases.change_status(social_worker, case, CaseStatus.MAPPING, date(2999, 1, 1))
    with pytest.raises(FieldError):
        cases.close_case(social_worker, case, ClosingReason.MOVED, "Flyttade.", date(2999, 1, 1))
    assert cases.get_case(social_worker, case).status is CaseStatus.RECEIVED


def test_the_units_own_programme_rules_decide_age_warnings_and_follow_ups(team_database):
    import json

    from caseflow.storage.models import Setting

    administrator = login(team_database, "admin")  # the unit's settings are theirs to write
    with administrator.transaction() as session:
        session.add(
            Setting(
                key="programme_rules",
                value=json.dumps({"SIG": {"max_age": 29, "follow_up_interval_days": 14}}),
            )
        )
    administrator.lock()
    social_worker = login(team_database, "sara")
    adult = _person(social_worker, "Omar", "Ali", 981, date(1999, 1, 1))  # 27 when referred
    opened = _open(social_worker, adult, Programme.SIG)
    assert opened.warnings == []
    assert cases.programme_rules(social_worker)[Programme.SIG].max_age == 29
    cases.change_status(social_worker, opened.case_id, CaseStatus.MAPPING, date(2026, 3, 2))
    cases.change_status(social_worker, opened.case_id, CaseStatus.ACTIVE, date(2026, 3, 10))
    assert cases.get_case(social_worker, opened.case_id).next_follow_up == date(2026, 3, 24)
    social_worker.lock()
