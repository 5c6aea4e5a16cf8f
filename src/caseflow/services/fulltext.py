"""Search the text of journal entries and minutes items (fritextsökning).

Free text is personal data, so the search reads only what the user may
read (``case_access``):

- Managers and administrators do not search at all (``PermissionDenied``):
  their roles read no case files.
- A social worker searches the unit's cases except protected identities
  they are not assigned to. The matched text is shown for the cases they
  are assigned to and those they opened with a reason in this session;
  elsewhere a hit says only where it is, and the case asks for the reason
  when opened, as it always does.
- A field assistant searches the cases they are assigned to, never the
  cases they only meet about.
- Unsigned journal entries are their author's: no one else finds them.

Each search is logged as shown, never with its text (which may name someone).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, or_

from caseflow.domain.accounts import Role
from caseflow.domain.audit import AuditAction
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import audit, case_access, permissions
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.storage import fulltext
from caseflow.storage.fulltext import MATCH_END, MATCH_START, MIN_TERM_LENGTH
from caseflow.storage.models import Case

__all__ = [
    "MATCH_END",
    "MATCH_START",
    "MAX_QUERY_LENGTH",
    "MIN_TERM_LENGTH",
    "QueryTooLong",
    "SearchResults",
    "TextHit",
    "TextKind",
    "search_text",
]

MAX_QUERY_LENGTH = 300
DEFAULT_LIMIT = 200


class QueryTooLong(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "The search text is too long. Search for a few words at a time."
    )


class TextKind(enum.StrEnum):
    JOURNAL_ENTRY = "journal_entry"
    MINUTES_ITEM = "minutes_item"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    TextKind.JOURNAL_ENTRY: QT_TRANSLATE_NOOP("Domain", "Journal entry"),
    TextKind.MINUTES_ITEM: QT_TRANSLATE_NOOP("Domain", "Minutes"),
}


@dataclass(frozen=True)
class TextHit:
    kind: TextKind
    record_id: int  # the journal entry's or the minutes item's id
    case_id: int
    case_number: str
    day: date  # the entry's date, or the meeting's
    # The text around the first match, with MATCH_START/MATCH_END around each
    # match (escape the text before turning them into markup). None where the
    # user must open the case (and give a reason) to read it.
    snippet: str | None


@dataclass(frozen=True)
class SearchResults:
    rows: list[TextHit]  # newest first
    more: bool  # more matches than shown: a narrower search shows the rest
    too_short: tuple[str, ...]  # terms left out: shorter than MIN_TERM_LENGTH
    searched: bool  # False when no term was long enough to search for


def _scope(workspace: Workspace, only_mine: bool) -> fulltext.Scope:
    user = workspace.user
    mine = case_access.assigned_to_row(user.id)
    if only_mine or user.role is not Role.SOCIAL_WORKER:
        # Field assistants read only the cases they are assigned to.
        return fulltext.Scope(cases=mine)
    # Correlated, so that each hit costs a probe (see fulltext.Scope).
    hidden = case_access.hidden_identity_case_ids(workspace).subquery()
    cases = ~exists().where(hidden.c[0] == Case.id)
    visible = case_access.visible_case_ids(workspace)
    if visible is not None:
        cases = and_(Case.id.in_(visible), cases)
    granted = case_access.granted(workspace)
    shown = or_(mine, Case.id.in_(sorted(granted))) if granted else mine
    return fulltext.Scope(cases=cases, text_shown=shown)


def search_text(
    workspace: Workspace, query: str, limit: int = DEFAULT_LIMIT, *, only_mine: bool = False
) -> SearchResults:
    """Journal entries and minutes items containing every term of ``query``.

    Terms are fragments of at least ``MIN_TERM_LENGTH`` characters found
    anywhere in a word, whatever the case; shorter ones are left out and
    listed in ``too_short``. ``only_mine`` narrows the search to the cases
    the user is assigned to.
    """
    permissions.require(workspace, Action.READ_CASE)
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryTooLong()
    terms = fulltext.parse_terms(query)
    if not terms.usable:
        return SearchResults([], False, terms.too_short, searched=False)
    with workspace.transaction() as session:
        found = fulltext.search(
            session, terms, _scope(workspace, only_mine), workspace.user.id, limit
        )
        audit.log(
            session,
            workspace.user,
            AuditAction.SEARCH_SHOWN,
            record_type="fulltext",
            detail=f"{len(found.hits)}{'+' if found.more else ''}",
        )
    rows = [
        TextHit(
            TextKind(hit.source.value),
            hit.record_id,
            hit.case_id,
            hit.case_number,
            hit.day,
            hit.excerpt,
        )
        for hit in found.hits
    ]
    return SearchResults(rows, found.more, terms.too_short, searched=True)
