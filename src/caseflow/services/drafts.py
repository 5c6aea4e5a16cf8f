"""Drafts: text a user has typed but not saved, kept encrypted in the database.

An editor saves its draft as the user types and when the app locks; after
the next unlock the drafts are offered back. A draft belongs to its author
alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from caseflow.services.workspace import Workspace
from caseflow.storage.models import Draft

MAX_EDITOR_KEY = 200


@dataclass(frozen=True)
class DraftView:
    editor_key: str
    title: str
    content: str
    updated_at: datetime


def save_draft(workspace: Workspace, editor_key: str, title: str, content: str) -> None:
    """Create or replace this user's draft for ``editor_key``."""
    if len(editor_key) > MAX_EDITOR_KEY:
        raise ValueError("editor key too long")
    with workspace.transaction() as session:
        draft = session.scalar(
            select(Draft).where(Draft.user_id == workspace.user.id, Draft.editor_key == editor_key)
        )
        if draft is None:
            session.add(
                Draft(
                    user_id=workspace.user.id,
                    editor_key=editor_key,
                    title=title[:200],
                    content=content,
                )
            )
        else:
            draft.title = title[:200]
            draft.content = content


def discard_draft(workspace: Workspace, editor_key: str) -> None:
    with workspace.transaction() as session:
        session.execute(
            delete(Draft).where(Draft.user_id == workspace.user.id, Draft.editor_key == editor_key)
        )


def load_draft(workspace: Workspace, editor_key: str) -> DraftView | None:
    with workspace.transaction() as session:
        draft = session.scalar(
            select(Draft).where(Draft.user_id == workspace.user.id, Draft.editor_key == editor_key)
        )
        return _view(draft) if draft else None


def list_drafts(workspace: Workspace) -> list[DraftView]:
    """This user's drafts, newest first."""
    with workspace.transaction() as session:
        drafts = session.scalars(
            select(Draft)
            .where(Draft.user_id == workspace.user.id)
            .order_by(Draft.updated_at.desc())
        ).all()
        return [_view(d) for d in drafts]


def _view(draft: Draft) -> DraftView:
    return DraftView(draft.editor_key, draft.title, draft.content, draft.updated_at)
