"""A demo database with invented accounts and synthetic case histories.

For trying Caseflow and for benchmarks. Demo passphrases are printed and
are the same every time: a demo database must never hold real data.

The people are invented: personnummer only from Skatteverket's test range
(serial numbers 980-999, which no real person has), names combined from
common Swedish first names and surnames, phone numbers from PTS's series
for fiction. The same seed and the same day give the same data, ids
included. Rows are generated in Python as plain dicts and written in
batches through ``storage.bulk`` (Core executemany, less than half the ORM's
cost a row), one transaction per ``BATCH_CASES`` cases: 50,000 cases with
about 500,000 journal entries take about two minutes on a 2-core machine.
Each case's meetings, minutes, agreed actions and follow-ups come from
``demo_meetings``: shared SSPF sittings are written when their batch is
complete.

Run on an existing demo database, ``create_or_fill`` adds more cases; case
numbers continue each programme's and year's sequence, as the app's own
``open_case`` does. A database whose administrator is not the demo
administrator with the demo passphrase is refused: real data and demo data
never mix.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select

from caseflow.domain.accounts import Role
from caseflow.domain.errors import InvalidInput, PermissionDenied, WrongCredentials
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import access
from caseflow.services.demo_audit import AuditHistory
from caseflow.services.demo_case import Staff, StaffUser, add_case
from caseflow.services.demo_consent import ConsentMaker
from caseflow.services.demo_meetings import MeetingMaker, approve
from caseflow.services.demo_people import PersonContext, add_person
from caseflow.services.demo_plan import NumberPool, Planner, number_cases
from caseflow.services.demo_rows import ID_TABLES, Batch, Clock, Ids
from caseflow.services.demo_work import add_work
from caseflow.services.workspace import Workspace
from caseflow.storage import audit_chain, bulk
from caseflow.storage.kdf import DEFAULT_KDF, FAST_TEST_KDF, KdfParams
from caseflow.storage.models import User

DEMO_ADMIN = "admin"
DEMO_ADMIN_NAME = "Demo Administratör"
DEMO_PASSPHRASE = "demo-Lösenord-2026"  # noqa: S105 - published; demo data only
BATCH_CASES = 2000
MAX_CASES = 1_000_000

# Progress: (cases written so far, cases asked for).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: Role
    passphrase: str
    display_name: str = ""


# One user in every role; the first social worker is the one scripts/run-demo logs in as.
DEMO_USERS = (
    DemoAccount("socsek", Role.SOCIAL_WORKER, DEMO_PASSPHRASE, "Sara Lind"),
    DemoAccount("socsek2", Role.SOCIAL_WORKER, DEMO_PASSPHRASE, "Johan Ek"),
    DemoAccount("falt", Role.FIELD_ASSISTANT, DEMO_PASSPHRASE, "Amina Holm"),
    DemoAccount("chef", Role.MANAGER, DEMO_PASSPHRASE, "Karin Lundgren"),
)
DEMO_ACCOUNTS = (
    DemoAccount(DEMO_ADMIN, Role.ADMINISTRATOR, DEMO_PASSPHRASE, DEMO_ADMIN_NAME),
    *DEMO_USERS,
)


@dataclass(frozen=True)
class DemoResult:
    accounts: list[DemoAccount]
    recovery_key: str | None  # only when the database was created now
    cases_added: int = 0
    people_added: int = 0
    journal_entries_added: int = 0
    total_cases: int = 0
    meetings_added: int = 0


class NotADemoDatabase(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a demo database: its administrator does not use the demo passphrase. "
        "Demo data is only added to databases made by the demo command.",
    )


class BadCaseCount(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "The number of demo cases must be between 0 and 1 000 000."
    )


def create_or_fill(
    path: Path,
    *,
    cases: int = 0,
    seed: int = 1,
    fast_kdf: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    admin: tuple[str, str, str] | None = None,
) -> DemoResult:
    """Create the demo database at ``path`` if needed, then add ``cases`` synthetic cases.

    ``today`` (default: the real today) is the last day of the three years
    of history; fixing it makes the data reproducible on any day.
    """
    if not 0 <= cases <= MAX_CASES:
        raise BadCaseCount()
    kdf = FAST_TEST_KDF if fast_kdf else DEFAULT_KDF
    recovery_key = None
    if admin is not None:
        # The same credentials as `caseflow init`: user, passphrase, its repetition.
        username, passphrase, confirmation = admin
        if path.exists():
            workspace = access.unlock(path, username, passphrase)
            if workspace.user.role is not Role.ADMINISTRATOR:
                workspace.lock()
                raise PermissionDenied()
        else:
            created = access.create_database(
                path, username, username, passphrase, confirmation, kdf
            )
            workspace, recovery_key = created.workspace, created.recovery_key
    elif path.exists():
        workspace = _unlock_existing(path)
    else:
        created = access.create_database(
            path, DEMO_ADMIN, DEMO_ADMIN_NAME, DEMO_PASSPHRASE, DEMO_PASSPHRASE, kdf
        )
        workspace, recovery_key = created.workspace, created.recovery_key
    try:
        staff = _ensure_users(workspace, kdf)
        now = datetime.now(UTC) if today is None else datetime.combine(today, time.max, UTC)
        written = _Written()
        if cases:
            written = _generate(workspace, staff, cases, seed, today or date.today(), now, progress)
        total = bulk.count_cases(workspace.local_database)
    finally:
        workspace.lock()
    return DemoResult(
        list(DEMO_ACCOUNTS),
        recovery_key,
        cases_added=cases,
        people_added=written.people,
        journal_entries_added=written.entries,
        total_cases=total,
        meetings_added=written.meetings,
    )


def _unlock_existing(path: Path) -> Workspace:
    try:
        return access.unlock(path, DEMO_ADMIN, DEMO_PASSPHRASE)
    except WrongCredentials:
        raise NotADemoDatabase() from None


def _ensure_users(workspace: Workspace, kdf: KdfParams) -> Staff:
    """Add the demo users that are missing (accounts and key slots)."""
    with workspace.transaction() as session:
        known = set(session.scalars(select(User.username)).all())
        for account in DEMO_USERS:
            if account.username not in known:
                session.add(
                    User(
                        username=account.username,
                        display_name=account.display_name,
                        role=account.role.value,
                    )
                )
    slots = set(workspace.local_database.key_file.users())
    for account in DEMO_USERS:
        if account.username not in slots:
            workspace.local_database.set_user_passphrase(account.username, account.passphrase, kdf)
    with workspace.transaction() as session:
        users = session.execute(
            select(User.id, User.display_name, User.role)
            .where(User.username.in_([a.username for a in DEMO_USERS]))
            .order_by(User.id)
        ).all()
    return Staff(
        social_workers=tuple(
            StaffUser(i, name) for i, name, role in users if role == Role.SOCIAL_WORKER.value
        ),
        field_assistants=tuple(
            StaffUser(i, name) for i, name, role in users if role == Role.FIELD_ASSISTANT.value
        ),
    )


@dataclass
class _Written:
    people: int = 0
    entries: int = 0
    meetings: int = 0


def _generate(
    workspace: Workspace,
    staff: Staff,
    count: int,
    seed: int,
    today: date,
    now: datetime,
    progress: Progress | None,
) -> _Written:
    database = workspace.local_database
    existing = bulk.count_cases(database)
    # A second run with the same seed must not repeat the first one's people.
    rng = random.Random(seed if existing == 0 else f"{seed}/{existing}")  # noqa: S311 - not secret
    numbers = NumberPool(rng, bulk.personnummer_in_use(database))
    counters = bulk.case_counters(database)
    start = bulk.next_ids(database, ID_TABLES)
    ordered = number_cases(
        Planner(rng, today, numbers).plan(count), start["cases"], start["persons"], counters
    )
    consents = ConsentMaker(random.Random(f"consent/{seed}/{existing}"), today)  # noqa: S311
    consents.choose_birthdays(ordered, numbers)  # some turn 18 soon: before any rows
    meetings = MeetingMaker(random.Random(f"meetings/{seed}/{existing}"), today)  # noqa: S311
    ids, clock, written = Ids(start), Clock(now), _Written()
    history = AuditHistory(
        random.Random(f"audit/{seed}/{existing}"),  # noqa: S311 - not secret
        today,
        _usernames(workspace),
    )
    people: dict[int, PersonContext] = {}
    for offset in range(0, len(ordered), BATCH_CASES):
        batch = Batch()
        last_serials: dict[tuple[str, int], int] = {}
        chunk = ordered[offset : offset + BATCH_CASES]
        meetings.plan_groups(chunk)  # before the timelines: SSPF follow-ups fall on sittings
        for case in chunk:
            if case.first_of_person:
                people[case.person.id] = add_person(
                    rng, case.person, case.referral_date, batch, ids, clock, numbers
                )
            person = people[case.person.id]
            sittings = meetings.sittings(case)
            context = add_case(rng, case, person, staff, today, batch, ids, clock, sittings)
            add_work(rng, context, today, batch, ids, clock)
            consents.add(context, batch, ids, clock)
            meetings.add(context, batch, ids, clock)
            key = (case.programme.value, case.year)
            last_serials[key] = max(last_serials.get(key, 0), case.serial)
        approvals = meetings.flush(batch, ids, clock)
        bulk.insert_batch(database, batch.rows, last_serials)
        approve(workspace, approvals)  # minutes take their items only while a draft
        history.add_batch(batch.rows)
        written.people += batch.count("persons")
        written.entries += batch.count("journal_entries")
        written.meetings += batch.count("meetings")
        if progress is not None:
            progress(min(offset + BATCH_CASES, count), count)
    with workspace.transaction() as session:
        audit_chain.append_many(session, history.entries())
    bulk.analyze(database)
    return written


def _usernames(workspace: Workspace) -> dict[int, str]:
    with workspace.transaction() as session:
        return {user_id: name for user_id, name in session.execute(select(User.id, User.username))}
