"""Which reports a role may produce: the Rapporter area lists these and no others.

The services enforce the same (``statistics.READERS``,
``register_extract.WHO_MAY``, ``Action.READ_MEETINGS`` and
``Action.READ_CASE``); this table only keeps the page from offering a form
whose every use would be refused. Field assistants read cases but print only
the meeting papers they take part in; managers read no case and print the
statistics for their board; administrators run the system, not the work.
"""

from __future__ import annotations

from enum import StrEnum

from caseflow.domain.accounts import Role


class ReportKind(StrEnum):
    CASE = "case"
    MEETING = "meeting"
    STATISTICS = "statistics"
    EXTRACT = "extract"


KINDS_BY_ROLE: dict[Role, tuple[ReportKind, ...]] = {
    Role.SOCIAL_WORKER: (
        ReportKind.CASE,
        ReportKind.MEETING,
        ReportKind.STATISTICS,
        ReportKind.EXTRACT,
    ),
    Role.FIELD_ASSISTANT: (ReportKind.MEETING,),
    Role.MANAGER: (ReportKind.STATISTICS,),
    Role.ADMINISTRATOR: (),
}


def kinds_for(role: Role) -> tuple[ReportKind, ...]:
    """The report kinds ``role`` may produce, in the order the page lists them."""
    return KINDS_BY_ROLE.get(role, ())
