"""The demo generator: reproducible, test identities only, rules kept, numbering consistent.

A small demo database (30 cases) is generated once per module with a fixed
"today"; the checks read it back with plain SQL and through the services.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from caseflow.domain import personnummer as pnr
from caseflow.domain.accounts import Role
from caseflow.domain.cases import (
    CaseNumber,
    CaseStatus,
    ClosingReason,
    ReferralSource,
    check_transition,
    validate_closing,
)
from caseflow.domain.programmes import AGE_OF_MAJORITY, DEFAULT_RULES, Programme, age_in_range
from caseflow.services import access, assessments, cases, demo, journal, people, plans
from caseflow.services.case_access import ProtectedIdentity
from caseflow.services.workspace import Workspace
from caseflow.storage.search import name_keys

CASES = 30
SEED = 7
# A fixed day some weeks back: the same on both runs, and never in the future.
TODAY = date.today() - timedelta(days=30)
PASSPHRASE = demo.DEMO_PASSPHRASE


def _make(path: Path, seed: int = SEED, cases_: int = CASES) -> demo.DemoResult:
    return demo.create_or_fill(path, cases=cases_, seed=seed, fast_kdf=True, today=TODAY)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.caseflow"
    result = _make(path)
    assert result.cases_added == CASES and result.total_cases == CASES
    assert result.recovery_key
    return path


@pytest.fixture
def worker(demo_db: Path) -> Iterator[Workspace]:
    workspace = access.unlock(demo_db, "socsek", PASSPHRASE)
    yield workspace
    workspace.lock()


def _rows(path: Path, sql: str) -> list[Any]:
    workspace = access.unlock(path, "socsek", PASSPHRASE)
    try:
        with workspace.transaction() as session:
            return list(session.execute(text(sql)).all())
    finally:
        workspace.lock()


def _snapshot(path: Path) -> dict[str, list[Any]]:
    return {
        "cases": _rows(
            path,
            "SELECT id, case_number, person_id, status, referral_date, referral_reason, "
            "closed_on, closing_summary FROM cases ORDER BY id",
        ),
        "people": _rows(
            path,
            "SELECT id, first_name, last_name, personnummer, birth_date FROM persons ORDER BY id",
        ),
        "guardians": _rows(path, "SELECT id, name, personnummer FROM guardians ORDER BY id"),
        "entries": _rows(
            path,
            "SELECT id, case_id, entry_date, text, corrects_id FROM journal_entries ORDER BY id",
        ),
        "goals": _rows(path, "SELECT id, text, status FROM goals ORDER BY id"),
    }


# --- reproducible -----------------------------------------------------------------


def test_same_seed_gives_the_same_data(demo_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.caseflow"
    _make(again)
    assert _snapshot(again) == _snapshot(demo_db)


def test_another_seed_gives_other_data(demo_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.caseflow"
    _make(other, seed=SEED + 1)
    first, second = _snapshot(demo_db), _snapshot(other)
    assert first["people"] != second["people"]
    assert first["entries"] != second["entries"]


# --- people -----------------------------------------------------------------------


def test_every_personnummer_is_a_test_number(demo_db: Path) -> None:
    numbers = [
        row[0]
        for row in _rows(
            demo_db,
            "SELECT personnummer FROM persons WHERE personnummer IS NOT NULL "
            "UNION ALL SELECT personnummer FROM guardians WHERE personnummer IS NOT NULL",
        )
    ]
    guardians = _rows(demo_db, "SELECT count(*) FROM guardians WHERE personnummer IS NOT NULL")
    assert guardians[0][0] > 0, "the check must cover guardians too"
    assert len(numbers) > CASES // 2
    for digits in numbers:
        number = pnr.parse(digits)
        assert pnr.is_test_number(number), digits


def test_people_rows_are_consistent(demo_db: Path) -> None:
    rows = _rows(
        demo_db,
        "SELECT first_name, last_name, name_key, name_key_reversed, personnummer, "
        "personnummer_short, birth_date, no_number_reason, sex FROM persons",
    )
    for first, last, key, key_reversed, digits, short, born, reason, sex in rows:
        assert (key, key_reversed) == name_keys(first, last)
        if digits is None:
            assert short is None and reason, "without a number: a birth date and a reason"
        else:
            number = pnr.parse(digits)
            assert short == digits[2:] and reason is None
            assert str(number.birth_date) == born
            assert sex == number.sex


def test_ages_fit_the_programme_and_minors_have_guardians(demo_db: Path) -> None:
    rows = _rows(
        demo_db,
        "SELECT c.programme, c.referral_date, p.birth_date, p.id, "
        "(SELECT count(*) FROM guardians g WHERE g.person_id = p.id), "
        "(SELECT count(*) FROM guardians g WHERE g.person_id = p.id AND g.has_custody) "
        "FROM cases c JOIN persons p ON p.id = c.person_id",
    )
    for programme, referral, born, _, guardians, custody in rows:
        age = pnr.age_at(date.fromisoformat(born), date.fromisoformat(referral))
        assert age_in_range(DEFAULT_RULES[Programme(programme)], age), (programme, age)
        if age < AGE_OF_MAJORITY:
            assert 1 <= guardians <= 2 and custody >= 1


# --- cases ------------------------------------------------------------------------


def test_status_histories_follow_the_allowed_transitions(demo_db: Path) -> None:
    history: dict[int, list[Any]] = defaultdict(list)
    for row in _rows(
        demo_db,
        "SELECT case_id, from_status, to_status, changed_on FROM case_status_changes ORDER BY id",
    ):
        history[row[0]].append(row[1:])
    cases_ = _rows(
        demo_db,
        "SELECT id, status, referral_date, closed_on, closing_reason, closing_summary FROM cases",
    )
    assert len(cases_) == CASES
    for case_id, status, referral, closed_on, reason, summary in cases_:
        changes = history[case_id]
        assert changes[0] == (None, CaseStatus.RECEIVED.value, referral)
        for (_, before, on_before), (old, new, on) in pairwise(changes):
            assert old == before
            check_transition(CaseStatus(old), CaseStatus(new))
            assert on > on_before
        assert changes[-1][1] == status
        assert changes[-1][2] <= TODAY.isoformat()
        if status == CaseStatus.CLOSED.value:
            assert closed_on == changes[-1][2]
            assert validate_closing(ClosingReason(reason), summary) == summary
        else:
            assert closed_on is None and reason is None and summary is None


def test_all_programmes_and_a_mix_of_statuses(tmp_path: Path) -> None:
    path = tmp_path / "bigger.caseflow"
    _make(path, cases_=200)
    by_programme = dict(_rows(path, "SELECT programme, count(*) FROM cases GROUP BY 1"))
    assert set(by_programme) == {p.value for p in Programme}
    assert by_programme["SSPF"] > by_programme["SIG"] > by_programme["GVI"]
    statuses = {row[0] for row in _rows(path, "SELECT DISTINCT status FROM cases")}
    assert {"closed", "active", "follow_up"} <= statuses
    several = _rows(
        path, "SELECT count(*) FROM (SELECT person_id FROM cases GROUP BY 1 HAVING count(*) > 1)"
    )
    assert several[0][0] > 0, "some people have had more than one case"
    per_case = _rows(
        path, "SELECT count(*) * 1.0 / (SELECT count(*) FROM cases) FROM journal_entries"
    )
    assert 6 <= per_case[0][0] <= 15


def _check_numbering(path: Path) -> None:
    """Unique case numbers; per programme and year the serials run 1..counter."""
    rows = _rows(path, "SELECT case_number, programme, year, serial, referral_date FROM cases")
    numbers = [row[0] for row in rows]
    assert len(set(numbers)) == len(numbers)
    serials: dict[tuple[str, int], list[int]] = defaultdict(list)
    for number, programme, year, serial, referral in rows:
        assert number == str(CaseNumber(Programme(programme), year, serial))
        assert year == date.fromisoformat(referral).year
        serials[(programme, year)].append(serial)
    counters = {(p, y): last for p, y, last in _rows(path, "SELECT * FROM case_counters")}
    assert set(counters) == set(serials)
    for key, used in serials.items():
        assert sorted(used) == list(range(1, counters[key] + 1))


def test_case_numbers_are_unique_and_match_the_counters(demo_db: Path) -> None:
    _check_numbering(demo_db)


def test_the_app_continues_the_numbering(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "numbering.caseflow"
    path.write_bytes(demo_db.read_bytes())
    (tmp_path / "numbering.caseflow.keys").write_bytes(Path(f"{demo_db}.keys").read_bytes())
    counters = {(p, y): last for p, y, last in _rows(path, "SELECT * FROM case_counters")}
    workspace = access.unlock(path, "socsek", PASSPHRASE)
    try:
        person = people.register_person(
            workspace,
            people.PersonInput("Test", "Person", birth_date=date(2010, 1, 1), no_number_reason="x"),
        )
        referral = TODAY - timedelta(days=1)
        opened = cases.open_case(
            workspace, person.person_id, Programme.SSPF, referral, ReferralSource.SCHOOL, "Skolk"
        )
    finally:
        workspace.lock()
    expected = counters.get(("SSPF", referral.year), 0) + 1
    assert opened.case_number == str(CaseNumber(Programme.SSPF, referral.year, expected))


def test_running_again_adds_cases_with_continued_numbers(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "grow.caseflow"
    _make(path, cases_=15)
    before = {row[0] for row in _rows(path, "SELECT personnummer FROM persons")}
    result = _make(path, cases_=10)
    assert result.recovery_key is None and result.total_cases == 25
    numbers = [row[0] for row in _rows(path, "SELECT case_number FROM cases")]
    assert len(set(numbers)) == 25
    after = [row[0] for row in _rows(path, "SELECT personnummer FROM persons")]
    assert len(after) > len(before)
    assert len({n for n in after if n}) == len([n for n in after if n]), "numbers stay unique"
    _check_numbering(path)


def test_existing_database_without_cases_changes_nothing(demo_db: Path) -> None:
    result = demo.create_or_fill(demo_db, fast_kdf=True)
    assert result.cases_added == 0 and result.total_cases == CASES
    assert result.recovery_key is None


def test_an_older_demo_database_gets_the_missing_users(tmp_path: Path) -> None:
    path = tmp_path / "older.caseflow"
    access.create_database(
        path, demo.DEMO_ADMIN, "Demo", PASSPHRASE, PASSPHRASE, access.FAST_TEST_KDF
    ).workspace.lock()
    result = demo.create_or_fill(path, cases=3, fast_kdf=True, today=TODAY)
    assert result.total_cases == 3
    for account in demo.DEMO_USERS:
        access.unlock(path, account.username, PASSPHRASE).lock()


def test_a_database_that_is_not_a_demo_is_refused(workspace: Workspace, db_path: Path) -> None:
    workspace.lock()
    with pytest.raises(demo.NotADemoDatabase):
        demo.create_or_fill(db_path, cases=5, fast_kdf=True)


def test_a_negative_count_is_refused(tmp_path: Path) -> None:
    with pytest.raises(demo.BadCaseCount):
        demo.create_or_fill(tmp_path / "x.caseflow", cases=-1, fast_kdf=True)
    assert not (tmp_path / "x.caseflow").exists()


# --- journal ----------------------------------------------------------------------


def test_journal_entries_keep_the_journal_rules(demo_db: Path) -> None:
    rows = _rows(
        demo_db,
        "SELECT j.id, j.case_id, j.entry_date, j.signed_at, j.corrects_id, c.status, "
        "c.referral_date FROM journal_entries j JOIN cases c ON c.id = j.case_id",
    )
    entries = {row[0]: row for row in rows}
    signed = [row for row in rows if row[3] is not None]
    assert len(rows) >= CASES * 4
    assert len(signed) >= 0.95 * len(rows)
    for _, case_id, day, signed_at, corrects, status, referral in rows:
        assert referral <= day <= TODAY.isoformat()
        if signed_at is None:
            assert status != CaseStatus.CLOSED.value, "drafts only in open cases"
        else:
            assert signed_at[:10] >= day
        if corrects is not None:
            original = entries[corrects]
            assert original[1] == case_id and original[3] is not None and original[2] <= day


# --- accounts and services -----------------------------------------------------------


def test_demo_users_in_every_role_unlock(demo_db: Path) -> None:
    roles = set()
    for account in demo.DEMO_ACCOUNTS:
        assert account.passphrase == PASSPHRASE
        workspace = access.unlock(demo_db, account.username, account.passphrase)
        try:
            assert workspace.user.role is account.role
            roles.add(workspace.user.role)
        finally:
            workspace.lock()
    assert roles == set(Role)
    assert any(a.username == "socsek" and a.display_name == "Sara Lind" for a in demo.DEMO_USERS)


REASON = "Kontroll av demodata efter generering"


def test_the_data_reads_back_through_the_services(worker: Workspace) -> None:
    page = cases.list_cases(worker, cases.CaseFilter(), limit=CASES)
    assert len(page.rows) == CASES and page.next_cursor is None
    for row in page.rows:
        if row.person_name is None:
            # A protected identity in a colleague's case: no reason opens it.
            with pytest.raises(ProtectedIdentity):
                cases.get_case(worker, row.id, reason=REASON)
            continue
        # Colleagues' cases open with a stated reason (the worker's own without).
        detail = cases.get_case(worker, row.id, reason=REASON)
        assert detail.responsible is not None
        assert detail.responsible.role is Role.SOCIAL_WORKER
        people.get_person(worker, detail.person.id)
        journal.list_entries(worker, row.id)
        plans.get_plan(worker, row.id)
        assessments.list_assessments(worker, row.id)
    found = cases.list_cases(worker, cases.CaseFilter(text=page.rows[0].case_number))
    assert [r.id for r in found.rows] == [page.rows[0].id]


def test_search_finds_a_demo_person_by_number_in_another_form(worker: Workspace) -> None:
    page = cases.list_cases(worker, cases.CaseFilter(), limit=CASES)
    number = next(row.personnummer for row in page.rows if row.personnummer)
    assert number is not None
    short = number[2:]  # YYMMDD-NNNN
    found = people.find_by_personnummer(worker, short)
    assert found is not None and found.personnummer == number
