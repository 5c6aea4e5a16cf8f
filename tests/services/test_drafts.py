"""Drafts: unsaved text kept encrypted per user, offered back after unlocking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete

from caseflow.services import access, drafts
from caseflow.services.workspace import Workspace
from caseflow.storage.models import User
from tests.storage.helpers import ADMIN, ADMIN_PASSPHRASE, OTHER_PASSPHRASE, add_user


def test_saved_draft_loads_back(workspace: Workspace) -> None:
    before = datetime.now(UTC)
    drafts.save_draft(workspace, "journal:17", "Samtal med Ebba", "Första raden\nandra raden åäö")
    draft = drafts.load_draft(workspace, "journal:17")
    assert draft is not None
    assert (draft.editor_key, draft.title, draft.content) == (
        "journal:17",
        "Samtal med Ebba",
        "Första raden\nandra raden åäö",
    )
    assert draft.updated_at.tzinfo is not None
    assert before - timedelta(seconds=1) <= draft.updated_at <= datetime.now(UTC)


def test_missing_draft_is_none(workspace: Workspace) -> None:
    assert drafts.load_draft(workspace, "nothing") is None
    assert drafts.list_drafts(workspace) == []


def test_saving_again_replaces_the_draft(workspace: Workspace) -> None:
    drafts.save_draft(workspace, "note", "Första", "ett")
    first = drafts.load_draft(workspace, "note")
    drafts.save_draft(workspace, "note", "Andra", "två")
    listed = drafts.list_drafts(workspace)
    assert [(d.title, d.content) for d in listed] == [("Andra", "två")]
    assert first is not None
    assert listed[0].updated_at >= first.updated_at


def test_drafts_are_listed_newest_first(workspace: Workspace) -> None:
    for key in ("a", "b", "c"):
        drafts.save_draft(workspace, key, key.upper(), f"text {key}")
    assert [d.editor_key for d in drafts.list_drafts(workspace)] == ["c", "b", "a"]
    drafts.save_draft(workspace, "a", "A", "changed")
    assert [d.editor_key for d in drafts.list_drafts(workspace)] == ["a", "c", "b"]


def test_discard_removes_only_that_draft(workspace: Workspace) -> None:
    drafts.save_draft(workspace, "keep", "Behåll", "x")
    drafts.save_draft(workspace, "drop", "Släng", "y")
    drafts.discard_draft(workspace, "drop")
    drafts.discard_draft(workspace, "never-saved")  # harmless
    assert [d.editor_key for d in drafts.list_drafts(workspace)] == ["keep"]
    assert drafts.load_draft(workspace, "drop") is None


def test_drafts_belong_to_their_author(workspace: Workspace, db_path: Path) -> None:
    add_user(workspace, "bo")
    drafts.save_draft(workspace, "shared-key", "Alvas", "alva's text")
    drafts.save_draft(workspace, "alva-only", "Alvas andra", "more")
    workspace.lock()

    bo = access.unlock(db_path, "bo", OTHER_PASSPHRASE)
    try:
        assert drafts.list_drafts(bo) == []
        assert drafts.load_draft(bo, "shared-key") is None
        drafts.save_draft(bo, "shared-key", "Bos", "bo's text")
        drafts.discard_draft(bo, "alva-only")  # someone else's: nothing happens
        assert [d.content for d in drafts.list_drafts(bo)] == ["bo's text"]
    finally:
        bo.lock()

    alva = access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    try:
        mine = {d.editor_key: d.content for d in drafts.list_drafts(alva)}
        assert mine == {"shared-key": "alva's text", "alva-only": "more"}
    finally:
        alva.lock()


def test_drafts_survive_locking(workspace: Workspace, db_path: Path) -> None:
    drafts.save_draft(workspace, "typing", "Halvfärdig", "text som skrevs när appen låstes")
    workspace.lock()
    again = access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    try:
        draft = drafts.load_draft(again, "typing")
        assert draft is not None
        assert draft.content == "text som skrevs när appen låstes"
    finally:
        again.lock()


def test_long_title_is_cut_and_long_content_kept(workspace: Workspace) -> None:
    content = "ord " * 50_000
    drafts.save_draft(workspace, "long", "T" * 500, content)
    draft = drafts.load_draft(workspace, "long")
    assert draft is not None
    assert draft.title == "T" * 200
    assert draft.content == content


def test_editor_key_has_a_limit(workspace: Workspace) -> None:
    drafts.save_draft(workspace, "k" * drafts.MAX_EDITOR_KEY, "ok", "ok")
    with pytest.raises(ValueError, match="editor key"):
        drafts.save_draft(workspace, "k" * (drafts.MAX_EDITOR_KEY + 1), "too long", "x")


def test_removing_a_user_removes_their_drafts(workspace: Workspace) -> None:
    # Foreign keys are on: the ON DELETE CASCADE really runs.
    add_user(workspace, "bo")
    workspace.lock()
    bo = access.unlock(workspace.path, "bo", OTHER_PASSPHRASE)
    drafts.save_draft(bo, "x", "x", "x")
    bo.lock()
    admin = access.unlock(workspace.path, ADMIN, ADMIN_PASSPHRASE)
    try:
        with admin.transaction() as session:
            session.execute(delete(User).where(User.username == "bo"))
        with admin.database.engine.connect() as connection:
            count = connection.exec_driver_sql("SELECT count(*) FROM drafts").scalar_one()
        assert count == 0
    finally:
        admin.lock()
