"""Demo consent histories: reproducible, valid under the rules, every situation shown.

One small demo database (80 cases, a fixed "today") is generated per module;
the histories are read back through ``services.consent`` (the rules' own
view) and checked against the consent rules and the Översikt alerts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from caseflow.domain import consent as rules
from caseflow.domain import consent_texts as reasons
from caseflow.domain import personnummer as pnr
from caseflow.domain.cases import Agency, CaseStatus
from caseflow.domain.personnummer import age_at
from caseflow.domain.programmes import AGE_OF_MAJORITY, DEFAULT_RULES, Programme, age_in_range
from caseflow.services import access, alerts, consent, demo
from caseflow.services.consent import ConsentOverview

CASES = 80
SEED = 3
TODAY = date(2026, 6, 15)  # fixed, so that the same data is checked on any day
PASSPHRASE = demo.DEMO_PASSPHRASE
TABLES = {
    "consent_records": "id",
    "consent_parties": "record_id, position",
    "consent_withdrawals": "id",
    "withdrawal_parties": "withdrawal_id, position",
    "recorded_legal_grounds": "id",
    "disclosures": "id",
}


def _make(path: Path, seed: int = SEED) -> None:
    demo.create_or_fill(path, cases=CASES, seed=seed, fast_kdf=True, today=TODAY)


def _rows(path: Path, sql: str) -> list[Any]:
    workspace = access.unlock(path, "socsek", PASSPHRASE)
    try:
        with workspace.transaction() as session:
            return list(session.execute(text(sql)).all())
    finally:
        workspace.lock()


def _snapshot(path: Path) -> dict[str, list[Any]]:
    return {
        table: _rows(path, f"SELECT * FROM {table} ORDER BY {order}")
        for table, order in TABLES.items()
    }


@dataclass(frozen=True)
class Case:
    id: int
    status: str
    programme: Programme
    referral: date
    closed_on: date | None
    found: ConsentOverview

    @property
    def open(self) -> bool:
        return self.status != CaseStatus.CLOSED.value

    @property
    def consents(self) -> rules.CaseConsents:
        return self.found.consents

    @property
    def records(self) -> list[rules.ConsentRecord]:
        return [i for i in self.consents.history if isinstance(i, rules.ConsentRecord)]

    @property
    def withdrawals(self) -> list[rules.Withdrawal]:
        return [i for i in self.consents.history if isinstance(i, rules.Withdrawal)]

    def matrix(self, on: date | None = None) -> rules.ConsentMatrix:
        return rules.consent_matrix(self.consents, self.found.parties, on or TODAY)

    def police(self) -> rules.Party | None:
        return next((p for p in self.found.parties if p.agency is Agency.POLICE), None)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo_consent") / "demo.caseflow"
    _make(path)
    return path


@pytest.fixture(scope="module")
def demo_cases(demo_db: Path) -> list[Case]:
    """Every case with its consent overview, read back through the service.

    Each by its responsible social worker: protected identities open to
    nobody else.
    """
    found: list[Case] = []
    for username in ("socsek", "socsek2"):
        workspace = access.unlock(demo_db, username, PASSPHRASE)
        try:
            with workspace.transaction() as session:
                rows = session.execute(
                    text(
                        "SELECT id, status, programme, referral_date, closed_on FROM cases "
                        "WHERE responsible_user_id = :me"
                    ),
                    {"me": workspace.user.id},
                ).all()
            found += [
                Case(
                    case_id,
                    status,
                    Programme(programme),
                    date.fromisoformat(referral),
                    date.fromisoformat(closed_on) if closed_on else None,
                    consent.overview(workspace, case_id),
                )
                for case_id, status, programme, referral, closed_on in rows
            ]
        finally:
            workspace.lock()
    assert len(found) == len(_rows(demo_db, "SELECT id FROM cases"))
    return sorted(found, key=lambda c: c.id)


@pytest.fixture(scope="module")
def open_cases(demo_cases: list[Case]) -> list[Case]:
    return [c for c in demo_cases if c.open]


def _sources(coverage: rules.Coverage) -> set[str]:
    return {reason.source for reason in coverage.reasons}


# --- reproducible -------------------------------------------------------------------


def test_same_seed_gives_identical_consent_rows(demo_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.caseflow"
    _make(again)
    first = _snapshot(demo_db)
    assert first == _snapshot(again)
    assert all(first[table] for table in TABLES if table != "withdrawal_parties")
    other = tmp_path / "other.caseflow"
    _make(other, seed=SEED + 1)
    assert _snapshot(other)["consent_records"] != first["consent_records"]


# --- the rules ----------------------------------------------------------------------


def test_every_history_reads_back_and_keeps_the_rules(demo_cases: list[Case]) -> None:
    assert len(demo_cases) == CASES
    with_consent = [c for c in demo_cases if c.records]
    assert len(with_consent) > CASES * 0.8
    for case in demo_cases:
        consents = case.consents
        guardians = {g.id: g for g in consents.guardians}
        involved = set(case.found.parties)
        end = min(case.closed_on or TODAY, TODAY - timedelta(days=1))
        for record in case.records:
            assert case.referral < record.given_on <= end, "after the referral, before today"
            assert record.valid_until == rules.default_valid_until(consents.rules, record.given_on)
            assert set(record.parties) <= involved
            assert all(p.agency is not Agency.SOCIAL_SERVICES for p in record.parties)
            age = age_at(consents.birth_date, record.given_on)
            required = rules.required_consenters(consents, record.given_on)
            assert record.consenter in required, (case.id, record, age)
            if not record.consenter.is_young_person:
                guardian = guardians[record.consenter.guardian_id]  # type: ignore[index]
                assert guardian.has_custody and age < AGE_OF_MAJORITY
        # Recorded in the order it happened: the history's dates never go back.
        days = [rules.item_date(item) for item in consents.history]
        assert days == sorted(days), case.id
        # The rules answer for every party on any day of the case, without errors.
        for day in {case.referral, end, TODAY}:
            case.matrix(day)
        rules.expiring_consents(consents, TODAY)


def test_most_open_cases_are_covered_for_every_party(open_cases: list[Case]) -> None:
    covered = [c for c in open_cases if c.found.parties and c.matrix().all_covered]
    assert len(covered) > len(open_cases) / 2
    assert len(covered) < len(open_cases), "and some are not"


def test_closed_cases_are_not_renewed_after_closing(demo_cases: list[Case]) -> None:
    closed = [c for c in demo_cases if c.closed_on is not None and c.records]
    assert closed
    for case in closed:
        assert case.closed_on is not None
        assert all(r.given_on <= case.closed_on for r in case.records)
        assert all(w.withdrawn_on <= case.closed_on for w in case.withdrawals)


# --- the situations the Översikt page and the Samtycke tab show ---------------------


def _expired(case: Case) -> bool:
    ended = {reasons.YOUNG_PERSON_ENDED.source, reasons.GUARDIAN_ENDED.source}
    return not case.withdrawals and any(_sources(row) & ended for row in case.matrix().rows)


def _withdrawn_wholly(case: Case) -> bool:
    return any(w.is_whole for w in case.withdrawals) and not any(
        row.covered for row in case.matrix().rows
    )


def _withdrawn_for_one_party(case: Case) -> bool:
    matrix = case.matrix()
    for withdrawal in case.withdrawals:
        if len(withdrawal.parties) == 1:
            [party] = withdrawal.parties
            row = next(r for r in matrix.rows if r.party == party)
            if not row.covered and any(r.covered for r in matrix.rows if r.party != party):
                return True
    return False


def _no_police(case: Case) -> bool:
    police = case.police()
    return (
        police is not None
        and bool(case.records)
        and not any(r.names(police) for r in case.records)
        and not rules.coverage(case.consents, police, TODAY).covered
    )


def _guardian_missing(case: Case) -> bool:
    missing = reasons.GUARDIAN_NOT_CONSENTED.source
    return any(missing in _sources(row) for row in case.matrix().rows)


def _turns_18(case: Case) -> bool:
    return rules.turns_18_within(case.consents.birth_date, TODAY, 60) is not None


def _ending(case: Case) -> bool:
    return bool(rules.expiring_consents(case.consents, TODAY, 30))


def _adult_renewal(case: Case) -> bool:
    turned = rules.eighteenth_birthday(case.consents.birth_date)
    return case.referral < turned and any(
        r.consenter.is_young_person and r.given_on >= turned for r in case.records
    )


@pytest.mark.parametrize(
    "situation",
    [
        _expired,
        _withdrawn_wholly,
        _withdrawn_for_one_party,
        _no_police,
        _guardian_missing,
        _turns_18,
        _ending,
    ],
)
def test_each_situation_occurs_among_open_cases(open_cases: list[Case], situation: Any) -> None:
    assert any(situation(case) for case in open_cases), situation.__name__


def test_some_young_people_consent_anew_after_turning_18(demo_cases: list[Case]) -> None:
    assert any(_adult_renewal(case) for case in demo_cases)


def test_the_overview_alerts_have_something_to_show(demo_db: Path) -> None:
    found: dict[str, int] = {"ending": 0, "turning": 0, "uncovered": 0}
    for user in ("socsek", "socsek2"):
        workspace = access.unlock(demo_db, user, PASSPHRASE)
        try:
            listed = alerts.alerts(workspace, TODAY)
        finally:
            workspace.lock()
        found["ending"] += len(listed.consents_ending)
        found["turning"] += len(listed.turning_18)
        found["uncovered"] += len(listed.not_covered)
    assert all(found.values()), found


# --- legal grounds and disclosures --------------------------------------------------


def test_legal_grounds_are_for_the_police_under_21_with_a_reason(
    demo_cases: list[Case],
) -> None:
    grounds = [(case, g) for case in demo_cases for g in case.consents.grounds]
    assert grounds
    for case, ground in grounds:
        assert ground.ground.id == "osl-10-18a" and ground.party.agency is Agency.POLICE
        assert ground.reason and ground.recorded_on < TODAY
        assert ground.ground.applies(
            ground.party, age_at(case.consents.birth_date, ground.recorded_on)
        )
        assert ground.party in case.found.parties


def test_disclosures_were_covered_on_their_day(demo_db: Path, demo_cases: list[Case]) -> None:
    by_id = {case.id: case for case in demo_cases}
    rows = _rows(
        demo_db,
        "SELECT case_id, agency, party_name, disclosed_on, basis, legal_ground_id FROM disclosures",
    )
    assert {row[4] for row in rows} == {"consent", "legal_ground"}
    for case_id, agency, name, day, basis, ground_id in rows:
        case = by_id[case_id]
        found = rules.coverage(
            case.consents, rules.Party(Agency(agency), name), date.fromisoformat(day)
        )
        assert found.covered, (case_id, agency, day)
        if basis == "consent":
            assert found.by_consent and ground_id is None
        else:
            assert [g.id for g in found.grounds] == [ground_id]


# --- people -------------------------------------------------------------------------


def test_guardians_without_information_do_not_break_anything(demo_cases: list[Case]) -> None:
    flagged = [
        (case, g) for case in demo_cases for g in case.consents.guardians if g.no_information
    ]
    assert flagged, "the seed gives at least one such guardian"
    for case, guardian in flagged:
        case.matrix()
        assert guardian not in rules.recipients_allowed(
            case.consents.guardians, case.consents.birth_date, TODAY
        )


def test_people_keep_test_numbers_matching_their_birth_dates(
    demo_db: Path, demo_cases: list[Case]
) -> None:
    rows = _rows(demo_db, "SELECT personnummer, birth_date FROM persons")
    guardians = _rows(demo_db, "SELECT personnummer FROM guardians WHERE personnummer IS NOT NULL")
    numbers = [digits for digits, _ in rows if digits] + [row[0] for row in guardians]
    assert len(numbers) == len(set(numbers))
    for digits, born in rows:
        if digits:
            number = pnr.parse(digits)
            assert pnr.is_test_number(number), digits
            assert number.birth_date.isoformat() == born
    for case in demo_cases:
        age = age_at(case.consents.birth_date, case.referral)
        assert age_in_range(DEFAULT_RULES[case.programme], age), (case.id, age)
        if age < AGE_OF_MAJORITY:
            assert any(g.has_custody for g in case.consents.guardians)
