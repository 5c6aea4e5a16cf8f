"""Small shared reads for building views."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseflow.storage.models import User


def user_names(session: Session) -> dict[int, str]:
    """Display names by user id: authors of entries, assessments and status changes."""
    return {user_id: name for user_id, name in session.execute(select(User.id, User.display_name))}
