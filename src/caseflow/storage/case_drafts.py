"""Forgetting the drafts of a case retention has deleted, on either engine.

Drafts are keyed by editor (``…case:ID:…``), not tied to the case by a
foreign key, so the case's deletion does not take them along. On a file the
deleting manager removes them like any row. On a server each user's drafts
are theirs alone (row-level security), so a definer function (migration
0015) removes them, and only for a case that is already gone.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from caseflow.storage.models import Draft


def forget_drafts_of_deleted_case(session: Session, case_id: int) -> None:
    """Remove every user's drafts of ``case_id``, deleted earlier in this transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.caseflow_forget_case_drafts(case_id)))
        return
    session.execute(
        delete(Draft)
        .where(Draft.editor_key.like(f"%case:{case_id}:%"))
        .execution_options(synchronize_session=False)
    )
