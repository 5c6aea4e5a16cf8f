"""Who may see which case: the role table by assignment, checked in every case service.

The role table (``permissions.PERMISSIONS``) says what a role may do at all;
this module says for which cases:

- **Assigned** staff (the case's responsible social worker and its staff)
  read and work in the case as their role allows. Reading comes with the
  assignment itself: a manager or administrator assigned to a case reads it
  (but writes only what their role writes, which is nothing).
- A **social worker** may open any case of the unit (one database is one
  unit), but a case they are not assigned to only with a stated reason,
  which is logged; the permission lasts until the workspace is locked.
- A **field assistant** sees the cases they are assigned to, and the cases
  on the agenda of meetings they take part in (as an invitee with their
  user account) only as far as meetings need (the meeting services), never
  the case file.
- A **manager** sees case lists without personal details and statistics;
  an **administrator** manages accounts and settings; neither reads a case
  unless assigned to it.
- A **protected identity** (skyddad identitet) is visible only to assigned
  staff: no reason opens it for anyone else, lists show "protected
  identity" without name or personnummer, and a search by name or
  personnummer does not find it.

Services call ``require_case`` with the session and the case id before
returning or changing anything of a case (``require_person`` for a person:
a person is visible when one of their cases is); ``visible_case_ids``
narrows lists and ``identity_shown`` decides, row by row, whether a list
may show who a case is about. The meeting services ask ``require_meeting``
and ``visible_meeting_ids``: social workers see the unit's meetings, the
others the meetings they organise or are invited to, and those about a
case they are assigned to.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, event, exists, or_, select, union, union_all
from sqlalchemy.orm import Session

from caseflow.domain.accounts import Role
from caseflow.domain.errors import InvalidInput, PermissionDenied
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import permissions
from caseflow.services.permissions import Action
from caseflow.services.validation import NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.models import (
    Case,
    CaseStaff,
    Meeting,
    MeetingCase,
    MeetingParticipant,
    Person,
)

_GRANTED = "caseflow_granted_cases"

# "A few words": enough that the log says something a reviewer can judge.
MIN_REASON_WORDS = 3
MIN_REASON_CHARACTERS = 10
MAX_REASON_CHARACTERS = 2000


class ReasonRequired(InvalidInput):
    """The case is not the user's own: opening it needs a stated reason (then retry)."""

    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "You are not assigned to this case. Say why you need to open it; the reason is logged.",
    )

    def __init__(self, case_number: str = "") -> None:
        super().__init__()
        self.case_number = case_number  # for the question; the case list shows it anyway


class NotAssigned(PermissionDenied):
    """The user's role reads only the cases they are assigned to, and this is not one."""

    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "This case is not yours: only the staff assigned to it can open it. Ask the "
        "responsible social worker to add you to the case if you need to work in it.",
    )


class ProtectedIdentity(PermissionDenied):
    """The person has a protected identity and the user is not assigned to the case."""

    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The person in this case has a protected identity: only the staff assigned to the "
        "case can open it, whatever the reason.",
    )


def reason_is_enough(text: str | None) -> bool:
    """True when ``text`` is a reason worth logging: a few words, not a single letter."""
    cleaned = (text or "").strip()
    return len(cleaned.split()) >= MIN_REASON_WORDS and len(cleaned) >= MIN_REASON_CHARACTERS


# --- who is assigned where ---------------------------------------------------------


def is_assigned(session: Session, user_id: int, case_id: int) -> bool:
    responsible = session.scalar(select(Case.responsible_user_id).where(Case.id == case_id))
    if responsible == user_id:
        return True
    return bool(
        session.scalar(
            select(exists().where(CaseStaff.case_id == case_id, CaseStaff.user_id == user_id))
        )
    )


def assigned_case_ids(user_id: int) -> Select[Any]:
    """The ids of the cases the user is responsible for or on the staff of."""
    responsible = select(Case.id).where(Case.responsible_user_id == user_id)
    staff = select(CaseStaff.case_id).where(CaseStaff.user_id == user_id)
    ids = union(responsible, staff).subquery()
    return select(ids.c[0])


def assigned_to_row(user_id: int) -> ColumnElement[bool]:
    """For a query over ``cases``: the user is assigned to the row's case.

    Correlated, so that it costs an index probe for the rows it is asked
    about (a list asks only for protected ones) instead of collecting every
    case of a user who has thousands.
    """
    return or_(
        Case.responsible_user_id == user_id,
        exists().where(CaseStaff.case_id == Case.id, CaseStaff.user_id == user_id),
    )


def meeting_case_ids(user_id: int) -> Select[Any]:
    """The cases on the agenda of meetings the user is invited to."""
    return select(MeetingCase.case_id).where(
        MeetingCase.meeting_id.in_(
            select(MeetingParticipant.meeting_id).where(MeetingParticipant.user_id == user_id)
        )
    )


def granted(workspace: Workspace) -> set[int]:
    """Cases opened with a stated reason in this workspace (until it is locked)."""
    found = workspace.__dict__.setdefault(_GRANTED, set())
    assert isinstance(found, set)
    return found


def _protected(session: Session, case_id: int) -> bool:
    return bool(
        session.scalar(
            select(Person.protected_identity)
            .join(Case, Case.person_id == Person.id)
            .where(Case.id == case_id)
        )
    )


# --- one case ----------------------------------------------------------------------


def require_case(
    session: Session, workspace: Workspace, case_id: int, reason: str | None = None
) -> str:
    """Raise unless the user may see this case now; returns the reason that opened it.

    Assigned staff of any role but manager read the case (what they may
    change is the role table's business). A social worker not assigned gives ``reason``
    once (``ReasonRequired`` asks for it, ``NotFound`` and
    ``PermissionDenied`` subclasses say why not); from the commit of this
    transaction on, the case is open to them until the workspace is locked.
    The returned reason ("" when none was needed) must be logged with the
    opening in the same transaction: ``cases.get_case`` does, and is the
    only service that takes a reason.
    """
    user = workspace.user
    if user.role is Role.MANAGER:
        # Managers follow the work in lists and figures: the case file is not
        # theirs even when they are named on a case (a server grants them no
        # privilege on it).
        raise NotAssigned()
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound()
    if is_assigned(session, user.id, case_id):
        return ""
    if _protected(session, case_id):
        raise ProtectedIdentity()
    if user.role is not Role.SOCIAL_WORKER:
        raise NotAssigned()
    if case_id in granted(workspace):
        return ""
    if not reason_is_enough(reason):
        raise ReasonRequired(case.case_number)
    grant_on_commit(session, workspace, case_id)
    return (reason or "").strip()[:MAX_REASON_CHARACTERS]


def grant_on_commit(session: Session, workspace: Workspace, case_id: int) -> None:
    """Open the case to this workspace's social worker once ``session`` commits.

    Only a committed opening (with its audit entry) counts: a rolled-back
    one opens nothing. Also for the case a social worker has just registered
    for a colleague: they may read what they wrote until they lock.
    """

    def remember(_: Session) -> None:
        granted(workspace).add(case_id)

    event.listen(session, "after_commit", remember, once=True)


def case_ids_of_person(session: Session, person_id: int) -> list[int]:
    return list(session.scalars(select(Case.id).where(Case.person_id == person_id)))


def require_person(session: Session, workspace: Workspace, person_id: int) -> None:
    """Raise unless the user may see this person: when they may see one of the person's cases.

    A person without any case (registered a moment before their first case
    is opened) is visible to the social workers who register people; a
    search by personnummer still does not find them when the identity is
    protected (``person_findable``).
    """
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound()
    case_ids = case_ids_of_person(session, person_id)
    if not case_ids:
        if workspace.user.role is Role.SOCIAL_WORKER:
            return
        raise ProtectedIdentity() if person.protected_identity else NotAssigned()
    refusal: BaseException | None = None
    for case_id in case_ids:
        try:
            require_case(session, workspace, case_id)
            return
        except (ReasonRequired, PermissionDenied) as error:
            # Asking for a reason says more than a refusal: the user can act on it.
            if refusal is None or isinstance(error, ReasonRequired):
                refusal = error
    assert refusal is not None
    raise refusal


# --- lists -------------------------------------------------------------------------


def visible_case_ids(workspace: Workspace) -> Select[Any] | None:
    """What case lists may show to this user, or None for every case of the unit.

    Social workers and managers list the unit's cases (managers without
    personal details: ``identity_shown``); field assistants list their own
    cases and their meetings' cases; administrators list none they are not
    assigned to. An id may come more than once: meant for ``IN``.
    """
    role, user_id = workspace.user.role, workspace.user.id
    if role in (Role.SOCIAL_WORKER, Role.MANAGER):
        return None
    responsible = select(Case.id).where(Case.responsible_user_id == user_id)
    staff = select(CaseStaff.case_id).where(CaseStaff.user_id == user_id)
    # One list, not one per source, and without removing repeats (a field
    # assistant at every meeting has thousands): cheaper than UNION's sort.
    if role is Role.FIELD_ASSISTANT:
        ids = union_all(responsible, staff, meeting_case_ids(user_id)).subquery()
    else:
        ids = union_all(responsible, staff).subquery()
    return select(ids.c[0])


def identity_shown(workspace: Workspace) -> ColumnElement[bool] | None:
    """Per case row (joined with its person): may this user see the person's name and number?

    Assigned staff always; others when the identity is not protected. None for
    a role that sees no identities at all (managers): their queries must not
    read names or personnummer, which a server does not let them read.
    """
    if not permissions.may(workspace, Action.SEE_IDENTITIES):
        return None
    return or_(Person.protected_identity.is_(False), assigned_to_row(workspace.user.id))


def hidden_identity_case_ids(workspace: Workspace) -> Select[Any]:
    """Cases whose person has a protected identity and the user is not assigned to:
    lists show them without name or personnummer, searches by name do not find them."""
    return (
        select(Case.id)
        .join(Person, Person.id == Case.person_id)
        .where(Person.protected_identity.is_(True), ~assigned_to_row(workspace.user.id))
    )


def person_findable(workspace: Workspace) -> ColumnElement[bool]:
    """For a query over ``persons``: may this user find the person by name or personnummer?

    Protected identities only through a case the user is assigned to; for
    field assistants and administrators, only people with a case they list;
    for managers, only people of their own cases.
    """
    of_person = Case.person_id == Person.id
    assigned = exists().where(of_person, assigned_to_row(workspace.user.id))
    if not permissions.may(workspace, Action.SEE_IDENTITIES):
        return assigned
    visible = visible_case_ids(workspace)
    findable: ColumnElement[bool] = Person.protected_identity.is_(False)
    if visible is not None:
        findable = and_(findable, exists().where(of_person, Case.id.in_(visible)))
    return or_(findable, assigned)


# --- meetings ----------------------------------------------------------------------


def visible_meeting_ids(workspace: Workspace) -> Select[Any] | None:
    """What meeting lists may show to this user, or None for every meeting of the unit."""
    if workspace.user.role is Role.SOCIAL_WORKER:
        return None
    user_id = workspace.user.id
    return select(
        union(
            select(Meeting.id).where(Meeting.organiser_id == user_id),
            select(MeetingParticipant.meeting_id).where(MeetingParticipant.user_id == user_id),
            select(MeetingCase.meeting_id).where(
                MeetingCase.case_id.in_(assigned_case_ids(user_id))
            ),
        )
        .subquery()
        .c[0]
    )


def require_meeting(session: Session, workspace: Workspace, meeting_id: int) -> None:
    """Raise unless the user may see this meeting (``visible_meeting_ids``)."""
    if session.get(Meeting, meeting_id) is None:
        raise NotFound()
    visible = visible_meeting_ids(workspace)
    if visible is None:
        return
    if not session.scalar(
        select(exists().where(Meeting.id == meeting_id, Meeting.id.in_(visible)))
    ):
        raise NotAssigned()


def may_see_identity(session: Session, workspace: Workspace, case_id: int) -> bool:
    """For one case the user may see (on a meeting's agenda, say): may they also see the
    name and personnummer of whom it is about? (``identity_shown`` for one row.)"""
    shown_to_role = identity_shown(workspace)
    if shown_to_role is None:
        return False
    shown = session.scalar(
        select(shown_to_role)
        .select_from(Case)
        .join(Person, Person.id == Case.person_id)
        .where(Case.id == case_id)
    )
    return bool(shown)
