"""Who may do what: one table, checked in every service call.

The accounts issue refines this with assignments (a field assistant sees the
cases assigned to them) and reasons for opening other cases; the shape stays
one table that README also shows.
"""

from __future__ import annotations

import enum

from caseflow.domain.accounts import Role
from caseflow.domain.errors import PermissionDenied
from caseflow.services.workspace import Workspace


class Action(enum.StrEnum):
    LIST_CASES = "list_cases"  # case numbers, programmes, statuses, dates
    SEE_IDENTITIES = "see_identities"  # names and personnummer in lists
    READ_CASE = "read_case"  # everything in a case
    EDIT_CASE = "edit_case"  # people, cases, mapping, plans
    WRITE_JOURNAL = "write_journal"
    MANAGE_SETTINGS = "manage_settings"
    READ_MEETINGS = "read_meetings"  # meetings, their agendas and minutes
    MANAGE_MEETINGS = "manage_meetings"  # book, prepare, minute and approve meetings


PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMINISTRATOR: frozenset({Action.MANAGE_SETTINGS}),
    Role.MANAGER: frozenset({Action.LIST_CASES}),
    Role.SOCIAL_WORKER: frozenset(
        {
            Action.LIST_CASES,
            Action.SEE_IDENTITIES,
            Action.READ_CASE,
            Action.EDIT_CASE,
            Action.WRITE_JOURNAL,
            Action.READ_MEETINGS,
            Action.MANAGE_MEETINGS,
        }
    ),
    Role.FIELD_ASSISTANT: frozenset(
        {
            Action.LIST_CASES,
            Action.SEE_IDENTITIES,
            Action.READ_CASE,
            Action.WRITE_JOURNAL,
            Action.READ_MEETINGS,
            Action.MANAGE_MEETINGS,
        }
    ),
}


def may(workspace: Workspace, action: Action) -> bool:
    return action in PERMISSIONS[workspace.user.role]


def require(workspace: Workspace, action: Action) -> None:
    if not may(workspace, action):
        raise PermissionDenied()
