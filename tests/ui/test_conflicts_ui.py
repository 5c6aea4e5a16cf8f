"""A save over a change made meanwhile, as the user meets it in the case workspace.

The editor says who changed the record, when and what; what the user typed
stays in the editor and in their drafts; "Load the saved version" shows the
other change, and (in the journal) the refused text stays beside it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QTextCursor

from caseflow.domain.accounts import Role
from caseflow.domain.cases import JournalEntryType
from caseflow.services import cases, drafts, journal, people
from caseflow.services.drafts import refused_key
from caseflow.services.workspace import CurrentUser, Workspace
from caseflow.storage.models import User
from caseflow.ui.cases.journal_editor import EditorMode
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures
from tests.ui.cases.conftest_workspace import type_text

TODAY = date.today()


def _colleague(social_worker: Workspace, case_id: int) -> Workspace:
    """Olle, a second social worker on the case, saving through the same open file.

    Two workspaces cannot open one file at once (its lock), and the editor
    under test holds Sara's: Olle's saves go through the services with his
    own name on them, as if made on his PC just before.
    """
    with social_worker.transaction() as session:
        olle = User(username="olle.ost", display_name="Olle Öst", role=Role.SOCIAL_WORKER.value)
        session.add(olle)
        session.flush()
        olle_id = olle.id
    cases.set_staff(social_worker, case_id, [olle_id])
    user = CurrentUser(olle_id, "olle.ost", "Olle Öst", Role.SOCIAL_WORKER)
    return Workspace(social_worker.database, user)


def test_the_journal_editor_says_what_happened_and_keeps_the_text(
    qtbot, make_workspace, case, social_worker
):
    entry_id = journal.create_entry(
        social_worker, case.case_id, TODAY, JournalEntryType.CONTACT, "Samtal med Åsa."
    )
    widget = make_workspace(case.case_id)
    tab, editor = widget.journal_tab, widget.journal_tab.editor
    widget.tabs.setCurrentWidget(tab)
    tab._select(entry_id)
    tab.edit_selected()
    assert editor.mode is EditorMode.EDIT
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, editor.text, " Hon mår bättre.")
    mine = "Samtal med Åsa. Hon mår bättre."
    assert editor.text.toPlainText() == mine

    # Meanwhile the same entry is saved in another window.
    journal.update_entry(
        social_worker, entry_id, TODAY, JournalEntryType.CONTACT, "Samtal med Åsa och mamma.", 1
    )
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.reload_button.isHidden(), timeout=5000)
    said = editor.notice.text()
    assert said.startswith("You changed this journal entry yourself at ")
    assert "(text), in another window or on another computer." in said
    assert "Your text is kept as a draft (File → Unsaved drafts)." in said
    assert editor.text.toPlainText() == mine and widget.has_unsaved_changes()
    kept = drafts.load_draft(social_worker, refused_key("journal_entry", entry_id))
    assert kept is not None and kept.content == mine and case.case_number in kept.title

    # The saved version, with the refused text beside it; then put back and saved.
    editor.reload_button.click()
    qtbot.waitUntil(lambda: editor.text.toPlainText() == "Samtal med Åsa och mamma.", timeout=5000)
    assert not editor.refused.isHidden() and editor.refused.text.toPlainText() == mine
    assert editor.reload_button.isHidden()
    editor.refused.use_button.click()
    assert editor.text.toPlainText() == mine and editor.refused.isHidden()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_button.click()
    [stored] = journal.list_entries(social_worker, case.case_id)
    assert stored.text == mine and stored.version == 3


def test_the_person_editor_names_the_colleague_and_the_field(
    qtbot, make_workspace, case, social_worker
):
    olle = _colleague(social_worker, case.case_id)
    widget = make_workspace(case.case_id)
    widget.tabs.setCurrentWidget(widget.person_tab)
    editor = widget.person_tab.editor
    editor.school.selectAll()
    type_text(qtbot, editor.school, "Norraskolan")

    current = people.get_person(olle, case.person_id)
    people.update_person(
        olle,
        case.person_id,
        people.PersonInput(
            current.first_name,
            current.last_name,
            current.personnummer,
            phone="070-999 99 99",
            address=current.address,
            school=current.school,
            school_class=current.school_class,
        ),
        current.version,
    )
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.reload_button.isHidden(), timeout=5000)
    said = editor.message.text()
    assert said.startswith("Olle Öst changed this person's details at ")
    assert "(phone) after you opened it." in said and "kept as a draft" in said
    assert editor.school.text() == "Norraskolan"
    kept = drafts.load_draft(social_worker, refused_key("person", case.person_id))
    assert kept is not None and "School: Norraskolan" in kept.content

    editor.reload_button.click()
    qtbot.waitUntil(lambda: editor.phone.text() == "070-999 99 99", timeout=5000)
    assert editor.school.text() == "Centralskolan" and not widget.has_unsaved_changes()
    assert "Your changes are kept under File → Unsaved drafts" in editor.message.text()
    stored = people.get_person(social_worker, case.person_id)
    assert (stored.phone, stored.school) == ("070-999 99 99", "Centralskolan")
