"""Drafts: text a user has typed but not saved, kept encrypted in the database.

An editor saves its draft as the user types and when the app locks; after
the next unlock the drafts are offered back. A draft belongs to its author
alone.

A save refused because someone changed the record meanwhile keeps what the
user wrote as a draft of its own (``keep_refused``): whatever they do next,
reload or close, the text stays under "Unsaved drafts" until they discard it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services.validation import ChangedMeanwhile
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


def refused_key(record: str, record_id: int, part: str = "") -> str:
    """The draft key of a refused save of one record, or of one ``part`` of it (an item
    of minutes): one draft each, the newest."""
    return f"refused:{record}:{record_id}" + (f":{part}" if part else "")


def keep_refused(
    workspace: Workspace,
    conflict: ChangedMeanwhile,
    record_id: int,
    what: Text,
    content: str,
    part: str = "",
) -> None:
    """Keep ``content`` that ``conflict`` refused as this user's draft, titled ``what``.

    The conflict's message then says that the text is kept. Empty content
    (nothing typed to lose) keeps nothing.
    """
    if not content.strip():
        return
    if conflict.case_number:
        title = QT_TRANSLATE_NOOP("Drafts", "{what}, {case} (not saved: changed meanwhile)")
    else:
        title = QT_TRANSLATE_NOOP("Drafts", "{what} (not saved: changed meanwhile)")
    key = refused_key(conflict.record, record_id, part)
    save_draft(workspace, key, title.format(what=what, case=conflict.case_number).render(), content)
    conflict.kept_as_draft(key)


def field_lines(values: Iterable[tuple[Text, str | None]]) -> str:
    """Form fields as a draft's text: one "Label: value" line per field that has a value."""
    return "\n".join(
        f"{_capitalised(label.render())}: {value}"
        for label, value in values
        if value and value.strip()
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
