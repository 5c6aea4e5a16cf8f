"""Manager statistics against a dataset built by hand, with dates in and out of the period.

The period is the first half of 2025. SSPF and SIG are asked for; EXIT
cases sit in the same database and must not be counted. The expected
numbers are worked out by hand in the comments next to each case.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from caseflow.domain.accounts import Role
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import Agency, ClosingReason, ReferralSource
from caseflow.domain.consent import Party
from caseflow.domain.errors import InvalidInput, PermissionDenied
from caseflow.domain.statistics import CellState, is_small
from caseflow.reports.statistics_report import StatisticsData, StatisticsTable
from caseflow.services import access, audit, consent, statistics
from caseflow.services import statistics_counts as counts
from caseflow.services.workspace import Workspace
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.models import (
    Activity,
    Case,
    CaseStatusChange,
    FollowUp,
    Guardian,
    Meeting,
    MeetingCase,
    MinutesItem,
    Person,
)
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.helpers import add_user, login, pnr_in_test_range

START, END = date(2025, 1, 1), date(2025, 6, 30)
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")


@dataclass(frozen=True)
class Spec:
    """One case of the dataset."""

    key: str
    programme: str
    referral: date
    born: date
    source: ReferralSource = ReferralSource.SCHOOL
    serial: int | None = None  # test-range personnummer serial; None: no number
    sex: str | None = None  # as registered
    closed: date | None = None
    reason: ClosingReason | None = None
    activated: date | None = None


D = date
P = ReferralSource.POLICE
SPECS = [
    # SSPF, new in the period: 12. Ages 12–14: n1–n5, 15–17: n7–n12, 18–20: n6.
    # Sex: female n1 n3 n7 n10 n12, male n2 n4 n6 n11 and n5 (registered male over
    # an even, female, number), other n9 (registered), not known n8 (no number).
    # Sources: school n1 n2 n3 n9 n10 n11, police n4–n8, family n12.
    Spec("n1", "SSPF", D(2025, 1, 10), D(2012, 1, 9), serial=980),
    Spec("n2", "SSPF", D(2025, 1, 12), D(2011, 7, 1), serial=981, activated=D(2025, 1, 15)),
    Spec("n3", "SSPF", D(2025, 1, 14), D(2011, 8, 1), serial=982, activated=D(2025, 1, 15)),
    Spec("n4", "SSPF", D(2025, 2, 1), D(2011, 9, 1), P, serial=983),
    # 14 on the day before the 15th birthday.
    Spec("n5", "SSPF", D(2025, 6, 14), D(2010, 6, 15), P, serial=984, sex="male"),
    # 18 on the 18th birthday.
    Spec("n6", "SSPF", D(2025, 3, 1), D(2007, 3, 1), P, serial=985),
    Spec("n7", "SSPF", D(2025, 3, 10), D(2009, 1, 1), P, serial=986),
    Spec("n8", "SSPF", D(2025, 3, 20), D(2009, 2, 1), P),
    Spec("n9", "SSPF", D(2025, 4, 1), D(2008, 12, 1), serial=987, sex="other"),
    Spec(
        "n10",
        "SSPF",
        D(2025, 4, 15),
        D(2008, 6, 1),
        serial=988,
        closed=D(2025, 5, 1),
        reason=ClosingReason.GOALS_REACHED,
    ),
    Spec(
        "n11",
        "SSPF",
        D(2025, 5, 1),
        D(2009, 5, 1),
        serial=989,
        closed=D(2025, 6, 1),
        reason=ClosingReason.GOALS_REACHED,
    ),
    # Referred, and closed, on the period's last day: new and closed.
    Spec(
        "n12",
        "SSPF",
        D(2025, 6, 30),
        D(2009, 6, 30),
        ReferralSource.FAMILY,
        serial=990,
        closed=D(2025, 6, 30),
        reason=ClosingReason.MOVED,
    ),
    # SSPF, older: o1 open (active), o2 and o3 closed in the period (o3 on its
    # first day), o4 closed before it, o5 referred after it.
    Spec("o1", "SSPF", D(2024, 10, 1), D(2010, 1, 1), serial=991, activated=D(2024, 11, 1)),
    Spec(
        "o2",
        "SSPF",
        D(2024, 5, 1),
        D(2010, 2, 1),
        P,
        serial=992,
        closed=D(2025, 2, 1),
        reason=ClosingReason.DECLINED,
    ),
    Spec(
        "o3",
        "SSPF",
        D(2024, 6, 1),
        D(2010, 3, 1),
        P,
        serial=993,
        closed=D(2025, 1, 1),
        reason=ClosingReason.DECLINED,
    ),
    Spec(
        "o4",
        "SSPF",
        D(2024, 1, 1),
        D(2010, 4, 1),
        closed=D(2024, 12, 31),
        reason=ClosingReason.OTHER,
    ),
    Spec("o5", "SSPF", D(2025, 7, 1), D(2010, 5, 1)),
    # SIG, new: 6 (17, 18, 18, 19, 16, 20 years), one closed; g7 older and open.
    Spec("g1", "SIG", D(2025, 1, 20), D(2008, 1, 1), P, serial=994, activated=D(2025, 2, 1)),
    Spec("g2", "SIG", D(2025, 2, 10), D(2007, 1, 1), P, serial=995),
    Spec("g3", "SIG", D(2025, 3, 10), D(2006, 5, 1), P, serial=996),
    Spec("g4", "SIG", D(2025, 4, 10), D(2006, 1, 1), P, serial=997),
    Spec("g5", "SIG", D(2025, 5, 10), D(2008, 8, 1), ReferralSource.SOCIAL_SERVICES, serial=998),
    Spec(
        "g6",
        "SIG",
        D(2025, 5, 20),
        D(2005, 1, 1),
        ReferralSource.SOCIAL_SERVICES,
        serial=999,
        closed=D(2025, 6, 15),
        reason=ClosingReason.TRANSFERRED,
    ),
    Spec("g7", "SIG", D(2024, 12, 1), D(2007, 6, 1), P),
    # EXIT: never counted when SSPF and SIG are asked for.
    *(Spec(f"x{i}", "EXIT", D(2025, 2, i), D(1995, 1, i), P, closed=None) for i in range(1, 6)),
]


class _Builder:
    def __init__(self, session: Session, user_id: int) -> None:
        self.session = session
        self.user_id = user_id
        self.serials = count(1)
        self.ids: dict[str, int] = {}

    def case(self, spec: Spec) -> None:
        person = Person(
            first_name=f"Testperson{spec.key}",
            last_name="Statistiksson",
            name_key=f"testperson{spec.key} statistiksson",
            name_key_reversed=f"statistiksson testperson{spec.key}",
            personnummer=(
                pnr_in_test_range(spec.born, spec.serial) if spec.serial is not None else None
            ),
            birth_date=spec.born,
            sex=spec.sex,
        )
        self.session.add(person)
        self.session.flush()
        serial = next(self.serials)
        row = Case(
            case_number=f"{spec.programme}-{spec.referral.year}-{serial:04d}",
            programme=spec.programme,
            year=spec.referral.year,
            serial=serial,
            person_id=person.id,
            responsible_user_id=self.user_id,
            status="closed" if spec.closed else "active",
            referral_date=spec.referral,
            referral_source=spec.source.value,
            referral_reason="Hemlig fritext om ärendet",
            closed_on=spec.closed,
            closing_reason=spec.reason.value if spec.reason else None,
            closing_summary="Avslutad" if spec.closed else None,
        )
        self.session.add(row)
        self.session.flush()
        self.ids[spec.key] = row.id
        if spec.activated is not None:
            self.session.add(
                CaseStatusChange(
                    case_id=row.id,
                    from_status="mapping",
                    to_status="active",
                    changed_on=spec.activated,
                    changed_by=self.user_id,
                )
            )

    def meeting(
        self,
        keys: list[str],
        on: date,
        *,
        cancelled: bool = False,
        agreed: date | None = None,
        approved: bool = True,
    ) -> None:
        starts = datetime.combine(on, time(10))
        meeting = Meeting(
            type_key="network",
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            place="Rum 1",
            cancelled=cancelled,
            organiser_id=self.user_id,
        )
        self.session.add(meeting)
        self.session.flush()
        for position, key in enumerate(keys):
            self.session.add(
                MeetingCase(meeting_id=meeting.id, case_id=self.ids[key], position=position)
            )
        if agreed is not None:
            self.session.add(
                MinutesItem(
                    meeting_id=meeting.id,
                    case_id=self.ids[keys[0]],
                    number=1,
                    heading="Uppföljning",
                    next_date=agreed,
                    written_by=self.user_id,
                    written_on=on,
                )
            )
            self.session.flush()
            if approved:
                meeting.minutes_status = "approved"
                meeting.approved_by = self.user_id
                meeting.approved_on = on
        self.session.flush()

    def follow_up(self, key: str, on: date) -> None:
        self.session.add(
            FollowUp(case_id=self.ids[key], held_on=on, summary="Hemlig", author_id=self.user_id)
        )
        self.session.flush()

    def activity(self, key: str, status: str, due: date) -> None:
        self.session.add(
            Activity(
                case_id=self.ids[key], what="Hemlig", agency="school", status=status, due_date=due
            )
        )

    def guardian(self, key: str) -> int:
        person_id = self.session.get(Case, self.ids[key]).person_id  # type: ignore[union-attr]
        guardian = Guardian(
            person_id=person_id, name="Vårdnadshavare Statistiksson", has_custody=True
        )
        self.session.add(guardian)
        self.session.flush()
        return guardian.id


def _build(workspace: Workspace) -> dict[str, int]:
    with workspace.transaction() as session:
        b = _Builder(session, workspace.user.id)
        for spec in SPECS:
            b.case(spec)
        # First meetings, SSPF: 3, 10, 14, 20, 30 and 45 days (median 17);
        # n8's is after the period (not met); SIG: 5 and 7 days (median hidden).
        b.meeting(["n1"], D(2025, 1, 13))
        b.meeting(["n2", "n1"], D(2025, 1, 22))
        b.meeting(["n3"], D(2025, 1, 28))
        b.meeting(["n4"], D(2025, 2, 2), cancelled=True)  # cancelled: not a meeting held
        b.meeting(["n4"], D(2025, 2, 21))
        b.meeting(["n6"], D(2025, 2, 20))  # before the referral: not the first meeting
        b.meeting(["n6"], D(2025, 3, 31))
        b.meeting(["n7"], D(2025, 4, 24))
        b.meeting(["n8"], D(2025, 7, 5))
        b.meeting(["g1"], D(2025, 1, 25))
        b.meeting(["g2"], D(2025, 2, 17))
        # Follow-ups (SSPF every 60 days, SIG every 30):
        # o1: after 2024-12-20, 52 days: on time; then 69 days: late.
        b.follow_up("o1", D(2024, 12, 20))
        b.follow_up("o1", D(2025, 2, 10))
        b.follow_up("o1", D(2025, 4, 20))
        b.follow_up("o1", D(2025, 7, 10))  # after the period
        # n1: never activated, 54 days after the referral: on time.
        b.follow_up("n1", D(2025, 3, 5))
        # n2: 64 days after activation, but a meeting agreed 2025-03-25: on time.
        b.meeting(["n2"], D(2025, 2, 1), agreed=D(2025, 3, 25))
        b.follow_up("n2", D(2025, 3, 20))
        # n3: 64 days; the dates agreed before activation and in draft minutes do not count.
        b.meeting(["n3"], D(2025, 1, 10), agreed=D(2025, 4, 1))
        b.meeting(["n3"], D(2025, 2, 1), agreed=D(2025, 4, 1), approved=False)
        b.follow_up("n3", D(2025, 3, 20))
        # g1: exactly 30 days after activation: on time; then 31 days: late.
        b.follow_up("g1", D(2025, 3, 3))
        b.follow_up("g1", D(2025, 4, 3))
        b.follow_up("x1", D(2025, 3, 3))  # EXIT
        # Actions. o1: three overdue, one due on the last day (not yet overdue),
        # one done in the period; cancelled and earlier ones count for nothing.
        for status, due in [
            ("planned", D(2025, 6, 1)),
            ("in_progress", D(2025, 5, 1)),
            ("planned", D(2024, 12, 1)),
            ("planned", D(2025, 6, 30)),
            ("done", D(2025, 3, 1)),
            ("cancelled", D(2025, 3, 1)),
            ("done", D(2024, 12, 1)),
        ]:
            b.activity("o1", status, due)
        b.activity("n10", "planned", D(2025, 3, 1))  # the case closed: not overdue
        b.activity("n10", "done", D(2025, 2, 1))  # done in the period
        b.activity("g7", "planned", D(2025, 6, 29))
        b.activity("x1", "planned", D(2025, 3, 1))  # EXIT
        guardians = {key: b.guardian(key) for key in ("n1", "n7")}
        ids = dict(b.ids)
    # Consent on 2025-06-30: n6 (18) and n7 (16, with her guardian) covered;
    # n1's guardian's consent ended in May; g2 (18) covered.
    consent.register_consent(
        workspace, ids["n6"], None, [SCHOOL], "Närvaro", "Samverkan", D(2025, 3, 2), D(2025, 12, 31)
    )
    for guardian in (guardians["n7"], None):
        consent.register_consent(
            workspace, ids["n7"], guardian, [SCHOOL], "Närvaro", "Samverkan", D(2025, 3, 12)
        )
    consent.register_consent(
        workspace,
        ids["n1"],
        guardians["n1"],
        [SCHOOL],
        "Närvaro",
        "Samverkan",
        D(2025, 1, 20),
        D(2025, 5, 31),
    )
    consent.register_consent(
        workspace, ids["g2"], None, [Party(Agency.POLICE)], "Brott", "Samverkan", D(2025, 2, 12)
    )
    return ids


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("statistics") / "unit.caseflow"
    created = access.create_database(
        path, ADMIN, "Alva Administratör", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, FAST_TEST_KDF
    )
    admin = created.workspace
    add_user(admin, "sara", "Sara Lind", Role.SOCIAL_WORKER)
    add_user(admin, "fia", "Fia Fält", Role.FIELD_ASSISTANT)
    add_user(admin, "chef", "Carl Chef", Role.MANAGER)
    admin.lock()
    worker = login(path, "sara")
    try:
        _build(worker)
    finally:
        worker.lock()
    return path


@pytest.fixture
def manager(dataset: Path) -> Iterator[Workspace]:
    workspace = login(dataset, "chef")
    yield workspace
    workspace.lock()


@pytest.fixture(scope="module")
def data(dataset: Path) -> StatisticsData:
    workspace = login(dataset, "chef")
    try:
        return statistics.gather(workspace, START, END, ["SSPF", "sig"])
    finally:
        workspace.lock()


def _table(data: StatisticsData, key: str) -> StatisticsTable:
    return next(t for t in data.tables if t.key == key)


def _values(table: StatisticsTable) -> list[list[int]]:
    """The true counts (SSPF, SIG, all), row by row, then the totals row."""
    rows = [[cell.value for cell in row.cells] for row in table.rows]
    if table.total is not None:
        rows.append([cell.value for cell in table.total.cells])
    return rows


def _texts(table: StatisticsTable) -> list[list[str]]:
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    if table.total is not None:
        rows.append([cell.text for cell in table.total.cells])
    return rows


# ------------------------------------------------------------------- the counts


def test_the_programmes_asked_for_are_the_columns(data: StatisticsData) -> None:
    assert data.programme_codes == ("SSPF", "SIG")
    assert [str(c) for c in _table(data, "cases").columns] == ["SSPF", "SIG", "All"]
    assert data.period_from == START and data.period_to == END


def test_new_active_and_closed_cases(data: StatisticsData) -> None:
    assert _values(_table(data, "cases")) == [
        [12, 6, 18],  # new
        [15, 7, 22],  # active: new + o1 o2 o3; new + g7
        [5, 1, 6],  # closed: n10 n11 n12 o2 o3; g6
    ]


def test_closing_reasons(data: StatisticsData) -> None:
    table = _table(data, "closing_reasons")
    by_reason = dict(zip([r.value for r in ClosingReason], _values(table), strict=False))
    assert by_reason["goals_reached"] == [2, 0, 2]
    assert by_reason["declined"] == [2, 0, 2]
    assert by_reason["moved"] == [1, 0, 1]
    assert by_reason["transferred"] == [0, 1, 1]
    assert by_reason["other"] == [0, 0, 0]  # o4 closed before the period
    assert _values(table)[-1] == [5, 1, 6]


def test_age_at_referral(data: StatisticsData) -> None:
    assert _values(_table(data, "age")) == [
        [0, 0, 0],  # under 12
        [5, 0, 5],  # 12–14, n5 the day before turning 15
        [6, 2, 8],  # 15–17
        [1, 4, 5],  # 18–20, n6 on the 18th birthday
        [0, 0, 0],  # 21 and older
        [12, 6, 18],
    ]


def test_sex_from_the_register_then_the_personnummer(data: StatisticsData) -> None:
    # SIG: serials 994 996 998 even (female), 995 997 999 odd (male).
    assert _values(_table(data, "sex")) == [
        [5, 3, 8],  # female
        [5, 3, 8],  # male (n5 registered male over an even number)
        [1, 0, 1],  # other (registered)
        [1, 0, 1],  # not known (no number, nothing registered)
        [12, 6, 18],
    ]


def test_referral_sources(data: StatisticsData) -> None:
    table = _table(data, "referral_sources")
    by_source = dict(zip([s.value for s in ReferralSource], _values(table), strict=False))
    assert by_source["school"] == [6, 0, 6]
    assert by_source["police"] == [5, 4, 9]
    assert by_source["social_services"] == [0, 2, 2]
    assert by_source["family"] == [1, 0, 1]


def test_first_meeting_and_median_days(data: StatisticsData) -> None:
    table = _table(data, "first_meeting")
    assert _values(table) == [[6, 2, 8], [6, 4, 10], [12, 6, 18]]
    (median,) = table.measures
    # SSPF 3 10 14 20 30 45: 17; SIG rests on 2 cases: not printed; all eight: 12.
    assert [str(v) for v in median.values] == ["17", "–", "12"]


def test_follow_ups_on_time(data: StatisticsData) -> None:
    table = _table(data, "follow_ups")
    assert _values(table) == [[3, 1, 4], [2, 1, 3], [5, 2, 7]]


def test_actions_done_and_overdue(data: StatisticsData) -> None:
    assert _values(_table(data, "actions")) == [[2, 0, 2], [3, 1, 4]]


def test_consent_coverage_on_the_last_day(data: StatisticsData) -> None:
    table = _table(data, "consent")
    # Open on 2025-06-30: SSPF n1–n9 and o1 (10), SIG g1–g5 and g7 (6).
    assert _values(table) == [[2, 1, 3], [8, 5, 13], [10, 6, 16]]
    assert "2025-06-30" in table.title.render()


def test_all_programmes_when_none_are_named(manager: Workspace) -> None:
    found = statistics.gather(manager, START, END)
    assert found.programme_codes == ("SSPF", "SIG", "EXIT", "GVI")
    cases = _table(found, "cases")
    assert [row.cells[2].value for row in cases.rows] == [5, 5, 0]  # EXIT
    assert [row.cells[-1].value for row in cases.rows] == [23, 27, 6]


def test_one_programme_has_no_total_column(manager: Workspace) -> None:
    found = statistics.gather(manager, START, END, "SIG")
    cases = _table(found, "cases")
    assert [str(c) for c in cases.columns] == ["SIG"]
    assert [[c.value for c in row.cells] for row in cases.rows] == [[6], [7], [1]]


# ------------------------------------------------------------------ suppression


def test_small_counts_are_never_printed(data: StatisticsData) -> None:
    for table in data.tables:
        rows = [*table.rows, *([table.total] if table.total else [])]
        for row in rows:
            for cell in row.cells:
                if is_small(cell.value):
                    assert cell.text in ("<5", ".."), (table.key, row.label)
                if cell.state is CellState.SHOWN:
                    assert cell.text == str(cell.value)


def test_a_single_small_count_in_a_row_takes_a_partner(data: StatisticsData) -> None:
    # New cases: SSPF 12, SIG 6, all 18 print. Closed: SIG's 1 cannot print,
    # and neither can SSPF's 5 beside a total of 6 (which stays: the board reads it).
    texts = _texts(_table(data, "cases"))
    assert texts[0] == ["12", "6", "18"]
    assert texts[2][0] in ("<5", "..")
    assert texts[2][1] in ("<5", "..")
    assert texts[2][2] == "6"


def test_a_withheld_total_is_withheld_in_every_table(data: StatisticsData) -> None:
    closed = _texts(_table(data, "cases"))[2]
    assert _texts(_table(data, "closing_reasons"))[-1] == closed


def test_shares_only_from_printed_counts(data: StatisticsData) -> None:
    follow = _table(data, "follow_ups")
    cells = follow.rows[0].cells
    totals = follow.total.cells  # type: ignore[union-attr]
    for share, part, whole in zip(follow.measures[0].values, cells, totals, strict=True):
        if part.shown is None or whole.shown is None:
            assert share == "–"
        else:
            assert str(share) == f"{round(100 * part.value / whole.value)}%"


# ------------------------------------------------------------------ who and how


@pytest.mark.parametrize("username", ["fia", ADMIN])
def test_only_managers_and_social_workers(dataset: Path, username: str) -> None:
    workspace = (
        access.unlock(dataset, ADMIN, ADMIN_PASSPHRASE)
        if username == ADMIN
        else login(dataset, username)
    )
    try:
        with pytest.raises(PermissionDenied):
            statistics.gather(workspace, START, END)
    finally:
        workspace.lock()


def test_social_workers_may(dataset: Path) -> None:
    workspace = login(dataset, "sara")
    try:
        assert statistics.gather(workspace, START, END, ["SSPF"]).tables
    finally:
        workspace.lock()


def test_a_bad_period_or_programme_is_refused(manager: Workspace) -> None:
    with pytest.raises(InvalidInput, match="first day"):
        statistics.gather(manager, END, START)
    with pytest.raises(InvalidInput, match="no programme XYZ"):
        statistics.gather(manager, START, END, ["xyz"])


def test_printing_and_exporting_are_logged(manager: Workspace) -> None:
    statistics.statistics_pdf(manager, START, END, ["SSPF"])
    statistics.statistics_csv(manager, START, END, ["SSPF"])
    found = audit.entries(manager)
    actions = [(e.action, e.record_type) for e in found[:2]]
    assert actions == [
        (AuditAction.EXPORT.value, "statistics"),
        (AuditAction.REPORT_PRODUCED.value, "statistics"),
    ]
    assert "2025-01-01..2025-06-30 SSPF" in found[0].detail


def test_the_queries_run_on_postgresql_too() -> None:
    """Every query compiles for PostgreSQL: no SQLite-only function outside storage/."""
    period = counts.Period(START, END, ("SSPF", "SIG"))
    statements: list[Any] = []

    class Recorder:
        def execute(self, statement: Any) -> list[Any]:
            statements.append(statement)
            return []

        def get(self, *args: Any) -> None:
            return None

    session: Any = Recorder()
    for query in (
        counts.case_counts,
        counts.closing_reasons,
        counts.referral_sources,
        counts.age_bands,
        counts.sexes,
        counts.days_to_first_meeting,
        counts.follow_ups,
        counts.actions,
    ):
        query(session, period)
    assert len(statements) == 8
    for statement in statements:
        sql = str(statement.compile(dialect=postgresql.dialect()))
        assert "julianday" not in sql and "strftime" not in sql.lower()
    follow_ups = str(statements[6].compile(dialect=postgresql.dialect()))
    assert (
        "CAST(judged_follow_ups.held_on AS DATE) - CAST(judged_follow_ups.start AS DATE)"
        in follow_ups
    )
    assert follow_ups.count("AS MATERIALIZED") == 2


# ------------------------------------------------------------------------- CSV


def test_the_csv_holds_the_same_tables_for_excel(manager: Workspace, data: StatisticsData) -> None:
    text = statistics.statistics_csv(manager, START, END, ["SSPF", "SIG"])
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with the BOM
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows[0] == ["Manager statistics"]
    assert rows[1] == ["Period", "2025-01-01", "2025-06-30"]
    assert rows[2] == ["Programmes", "SSPF", "SIG"]
    assert rows[3] == ["Unit", "Social services"]
    for table in data.tables:
        start = rows.index([table.title.render()])
        assert rows[start - 1] == []  # a blank line between blocks
        assert rows[start + 1] == ["", "SSPF", "SIG", "All"]
        for offset, row in enumerate(table.rows, start=2):
            assert rows[start + offset] == [row.label.render(), *(c.text for c in row.cells)]
    cases = rows.index(["Cases"])
    assert rows[cases + 2] == ["New (referred in the period)", "12", "6", "18"]
    closed = rows[cases + 4]
    assert closed[0] == "Closed in the period" and closed[3] == "6"
    assert closed[1] in ("<5", "..") and closed[2] in ("<5", "..")
    median = next(r for r in rows if r[:1] == ["Median days from referral to first meeting"])
    assert median[1:] == ["17", "–", "12"]


def test_the_csv_speaks_the_language_it_is_given(manager: Workspace) -> None:
    swedish = {"Cases": "Ärenden", "All": "Alla", "Period": "Period"}
    text = statistics.statistics_csv(
        manager, START, END, ["SSPF", "SIG"], lambda context, source: swedish.get(source, source)
    )
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    start = rows.index(["Ärenden"])
    assert rows[start + 1] == ["", "SSPF", "SIG", "Alla"]
