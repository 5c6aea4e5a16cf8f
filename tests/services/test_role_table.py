"""The role table, walked role by action through the services on a real encrypted database.

README's "Who may see what" says the same in words. Two cases, both Sara's:
Elsa's, and Lova's, whose identity is protected. Fia works in both (on their
staff), Frida is invited to a meeting about both, Fanny has nothing to do
with either, Karin is a manager on Elsa's staff.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select

from caseflow.domain.accounts import Role
from caseflow.domain.assessment import LifeDomain
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import Agency, JournalEntryType, ReferralSource
from caseflow.domain.consent import Party
from caseflow.domain.errors import PermissionDenied
from caseflow.domain.programmes import Programme
from caseflow.services import (
    access,
    audit,
    case_access,
    cases,
    consent,
    journal,
    meetings,
    people,
    plans,
)
from caseflow.services.audit import AuditFilter
from caseflow.services.case_access import ReasonRequired
from caseflow.services.cases import CaseFilter
from caseflow.services.meetings import ParticipantInput
from caseflow.services.people import PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Meeting, User
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.helpers import add_user, login, pnr_in_test_range

TODAY = date.today()
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
REASON = "Jour i kväll, skolan ringde om Elsa"

ALLOWED, DENIED, ASKS_REASON = "allowed", "denied", "asks for a reason"
ELSA, LOVA = "Elsa's case", "Lova's case (protected)"

COLUMNS = (
    "lists",  # which of the two cases the case list holds
    "sees Elsa's name in the list",
    "opens Elsa's case",
    "reads the journal",
    "writes the journal",
    "edits the plan",
    "reads consents",
    "records consent",
    "sees Lova's name in the list",
    "finds Lova by name",
    "opens Lova's case",
)

# Role -> one value per column. None: not in the list at all.
TABLE: dict[str, tuple[Any, ...]] = {
    "administrator": (
        DENIED, None, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, None, DENIED, DENIED,
    ),
    "manager": (
        {ELSA, LOVA}, False, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, False, DENIED, DENIED,
    ),
    # Named on a case or not, a manager has the list and the figures, never the case file.
    "manager, assigned to Elsa's case": (
        {ELSA, LOVA}, False, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, False, DENIED, DENIED,
    ),
    "social worker, assigned": (
        {ELSA, LOVA}, True, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, True, True,
        ALLOWED,
    ),
    "social worker, not assigned, no reason": (
        {ELSA, LOVA}, True, ASKS_REASON, ASKS_REASON, ASKS_REASON, ASKS_REASON, ASKS_REASON,
        ASKS_REASON, False, False, DENIED,
    ),
    "social worker, not assigned, with a reason": (
        {ELSA, LOVA}, True, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, False, False,
        DENIED,
    ),
    "field assistant, assigned": (
        {ELSA, LOVA}, True, ALLOWED, ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, True, True,
        ALLOWED,
    ),
    "field assistant, in a meeting about the cases": (
        {ELSA, LOVA}, True, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, False, False, DENIED,
    ),
    "field assistant, neither": (
        set(), None, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, None, False, DENIED,
    ),
}  # fmt: skip

# Role -> who logs in, and whether they give a reason when opening a case.
WHO = {
    "administrator": (ADMIN, False),
    "manager": ("chef", False),
    "manager, assigned to Elsa's case": ("karin", False),
    "social worker, assigned": ("sara", False),
    "social worker, not assigned, no reason": ("olle", False),
    "social worker, not assigned, with a reason": ("olle", True),
    "field assistant, assigned": ("fia", False),
    "field assistant, in a meeting about the cases": ("frida", False),
    "field assistant, neither": ("fanny", False),
}

STAFF = (
    ("sara", "Sara Lind", Role.SOCIAL_WORKER),
    ("olle", "Olle Berg", Role.SOCIAL_WORKER),
    ("fia", "Fia Fält", Role.FIELD_ASSISTANT),
    ("frida", "Frida Fält", Role.FIELD_ASSISTANT),
    ("fanny", "Fanny Fält", Role.FIELD_ASSISTANT),
    ("chef", "Carl Chef", Role.MANAGER),
    ("karin", "Karin Lund", Role.MANAGER),
)


def _ids(workspace: Workspace) -> dict[str, int]:
    with workspace.transaction() as session:
        return {name: user_id for name, user_id in session.execute(select(User.username, User.id))}


def _case(workspace: Workspace, first: str, last: str, serial: int, protected: bool) -> int:
    born = TODAY - timedelta(days=15 * 365)
    person = people.register_person(
        workspace,
        PersonInput(first, last, pnr_in_test_range(born, serial), protected_identity=protected),
    ).person_id
    return cases.open_case(
        workspace,
        person,
        Programme.SSPF,
        TODAY - timedelta(days=30),
        ReferralSource.SCHOOL,
        "Oro från skolan",
    ).case_id


def _seed(path: Path, admin: Workspace) -> tuple[int, int]:
    for username, name, role in STAFF:
        add_user(admin, username, name, role)
    ids = _ids(admin)
    admin.lock()
    sara = login(path, "sara")
    try:
        elsa = _case(sara, "Elsa", "Ek", 981, protected=False)
        lova = _case(sara, "Lova", "Lind", 982, protected=True)
        cases.set_staff(sara, elsa, [ids["fia"], ids["karin"]])
        cases.set_staff(sara, lova, [ids["fia"]])
        entry = journal.create_entry(
            sara, elsa, TODAY, JournalEntryType.CONTACT, "Samtal med Elsa om skolan."
        )
        journal.sign_entry(sara, entry)
        day = TODAY + timedelta(days=7)
        meetings.create_meeting(
            sara,
            "sspf",
            datetime.combine(day, time(9)),
            datetime.combine(day, time(10)),
            "Stadshuset, rum 3",
            [elsa, lova],
            [
                ParticipantInput(
                    "Frida Fält", Agency.SOCIAL_SERVICES, "fältassistent", "", ids["frida"]
                )
            ],
        )
    finally:
        sara.lock()
    return elsa, lova


def _outcome(action: Callable[[], object]) -> str:
    try:
        action()
    except ReasonRequired:
        return ASKS_REASON
    except PermissionDenied:
        return DENIED
    return ALLOWED


def _listing(workspace: Workspace, elsa: int, lova: int) -> tuple[Any, Any, Any, Any]:
    """What the case list holds, and whether it names Elsa and Lova; ``DENIED`` without a list."""
    try:
        rows = {r.id: r for r in cases.list_cases(workspace, CaseFilter()).rows}
    except PermissionDenied:
        return DENIED, None, None, DENIED
    listed = {label for label, case_id in ((ELSA, elsa), (LOVA, lova)) if case_id in rows}
    names = [rows[c].person_name is not None if c in rows else None for c in (elsa, lova)]
    try:
        found = {r.id for r in cases.list_cases(workspace, CaseFilter(text="Lova")).rows}
        finds_lova: Any = lova in found
    except PermissionDenied:
        finds_lova = DENIED
    return listed, names[0], names[1], finds_lova


def _walk(workspace: Workspace, elsa: int, lova: int, reason: str | None) -> tuple[Any, ...]:
    listed, elsa_named, lova_named, finds_lova = _listing(workspace, elsa, lova)
    opens_elsa = _outcome(lambda: cases.get_case(workspace, elsa, reason))
    actions = (
        lambda: journal.list_entries(workspace, elsa),
        lambda: journal.create_entry(
            workspace, elsa, TODAY, JournalEntryType.CONTACT, "Ringde Elsas mentor."
        ),
        lambda: plans.add_goal(workspace, elsa, "Går i skolan varje dag", LifeDomain.SCHOOL, None),
        lambda: consent.overview(workspace, elsa),
        lambda: consent.register_consent(
            workspace, elsa, None, [SCHOOL], "Närvaro", "Samordnade insatser", TODAY
        ),
    )
    rest = [_outcome(action) for action in actions]
    opens_lova = _outcome(lambda: cases.get_case(workspace, lova, reason))
    return (listed, elsa_named, opens_elsa, *rest, lova_named, finds_lova, opens_lova)


def test_every_role_by_every_action(created: access.NewDatabase, db_path: Path) -> None:
    elsa, lova = _seed(db_path, created.workspace)
    found: dict[str, tuple[Any, ...]] = {}
    for role, (username, gives_reason) in WHO.items():
        workspace = (
            access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
            if username == ADMIN
            else login(db_path, username)
        )
        try:
            found[role] = _walk(workspace, elsa, lova, REASON if gives_reason else None)
        finally:
            workspace.lock()  # one user per database per process at a time

    def described(table: dict[str, tuple[Any, ...]]) -> dict[str, dict[str, Any]]:
        return {role: dict(zip(COLUMNS, row, strict=True)) for role, row in table.items()}

    assert described(found) == described(TABLE)

    # The opening with a reason is in the audit log with its reason; the
    # refused and unexplained attempts left no opening behind.
    admin = access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    try:
        openings = audit.entries(admin, AuditFilter(action=AuditAction.CASE_OPENED))
        searches = audit.entries(admin, AuditFilter(action=AuditAction.SEARCH_SHOWN))
        assert audit.verify(admin).intact
    finally:
        admin.lock()
    olle = [(e.case_id, e.reason) for e in openings if e.username == "olle"]
    assert olle == [(elsa, REASON)]
    assert {e.username for e in openings} == {"sara", "olle", "fia"}
    assert all(e.reason == "" for e in openings if e.username != "olle")
    # A search is logged by its kind, never by what was typed.
    assert searches and {e.detail for e in searches} == {"name"}
    assert not any("Lova" in f"{e.reason}{e.detail}{e.record_id}" for e in searches)


def test_meetings_by_role_for_the_meeting_services(
    created: access.NewDatabase, db_path: Path
) -> None:
    """``require_meeting``, ``visible_meeting_ids`` and ``may_see_identity``, as the
    meeting services are to use them: social workers see the unit's meetings, field
    assistants those they are invited to or whose cases they work in."""
    elsa, lova = _seed(db_path, created.workspace)
    seen: dict[str, tuple[bool, int, bool, bool]] = {}
    for username in ("olle", "fia", "frida", "fanny"):
        workspace = login(db_path, username)
        try:
            with workspace.transaction() as session:
                [meeting_id] = session.scalars(select(Meeting.id)).all()
                visible = case_access.visible_meeting_ids(workspace)
                query = select(Meeting.id)
                if visible is not None:
                    query = query.where(Meeting.id.in_(visible))
                listed = len(session.scalars(query).all())
                may = _outcome(partial(case_access.require_meeting, session, workspace, meeting_id))
                seen[username] = (
                    may == ALLOWED,
                    listed,
                    case_access.may_see_identity(session, workspace, elsa),
                    case_access.may_see_identity(session, workspace, lova),
                )
        finally:
            workspace.lock()
    assert seen == {
        "olle": (True, 1, True, False),  # the unit's social worker: not Lova's name
        "fia": (True, 1, True, True),  # on both cases' staff
        "frida": (True, 1, True, False),  # invited with her account
        "fanny": (False, 0, True, False),  # nothing to do with it
    }


def test_a_case_registered_for_a_colleague_stays_readable_until_the_lock(
    created: access.NewDatabase, db_path: Path
) -> None:
    _seed(db_path, created.workspace)
    olle_id = _ids_by_login(db_path)["olle"]
    sara = login(db_path, "sara")
    try:
        person = people.register_person(
            sara, PersonInput("Nils", "Ek", pnr_in_test_range(date(2011, 3, 3), 983))
        ).person_id
        case_id = cases.open_case(
            sara, person, Programme.SIG, TODAY, ReferralSource.POLICE, "Oro", olle_id
        ).case_id
        assert cases.get_case(sara, case_id).responsible is not None  # no reason asked
        assert cases.case_number(sara, case_id).startswith("SIG-")
    finally:
        sara.lock()
    sara = login(db_path, "sara")
    try:
        assert _outcome(lambda: cases.get_case(sara, case_id)) == ASKS_REASON
        assert _outcome(lambda: cases.case_number(sara, case_id)) == ASKS_REASON
    finally:
        sara.lock()


def _ids_by_login(path: Path) -> dict[str, int]:
    workspace = login(path, "sara")
    try:
        return _ids(workspace)
    finally:
        workspace.lock()
