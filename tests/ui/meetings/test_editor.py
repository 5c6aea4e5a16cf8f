"""The meeting editor: its window, the preparation mode, and opening a meeting twice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseflow.services import meetings
from caseflow.ui.meetings.editor import MINUTES, PREPARATION
from caseflow.ui.meetings.preparation_view import PreparationView
from caseflow.ui.pdf_preview import PdfPreview
from tests.ui.meetings.test_editor_support import *  # noqa: F403 - the fixtures


def test_both_modes_load_with_the_header(qtbot, shared_sitting, open_editor):
    s = shared_sitting
    editor = open_editor(s.meeting_id, PREPARATION)
    heading = editor.heading.text()
    assert "SSPF meeting" in heading and "Stadshuset, rum 3" in heading
    assert s.covered_number in heading and s.uncovered_number in heading
    assert "Draft" in editor.status_label.text()
    prep = editor.preparation
    agenda = [prep.agenda.topLevelItem(i) for i in range(prep.agenda.topLevelItemCount())]
    assert [a.text(0) for a in agenda] == [s.covered_number, s.uncovered_number]
    assert agenda[0].childCount() == 5 and agenda[0].child(1).text(0).startswith("2. ")
    assert len(prep.checkboxes) == 4

    editor.show_mode(MINUTES)
    qtbot.waitUntil(lambda: editor.minutes.loaded, timeout=10_000)
    tree = editor.minutes.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        s.covered_number,
        s.uncovered_number,
    ]
    # The agenda's headings became one item each, every item about one case.
    assert sorted(editor.minutes.pages) == list(range(1, 11))
    assert {p.item.case_id for n, p in editor.minutes.pages.items() if n <= 5} == {s.covered_case}


def test_opening_a_meeting_again_raises_the_same_window(qtbot, shared_sitting, open_editor):
    first = open_editor(shared_sitting.meeting_id)
    second = open_editor(shared_sitting.meeting_id)
    assert second is first


def test_checklist_ticks_persist(qtbot, worker, shared_sitting, open_editor):
    editor = open_editor(shared_sitting.meeting_id, PREPARATION)
    boxes = editor.preparation.checkboxes
    boxes[0].setChecked(True)
    boxes[2].setChecked(True)

    def stored() -> list[bool]:
        return [p.done for p in meetings.get_meeting(worker, shared_sitting.meeting_id).checklist]

    qtbot.waitUntil(lambda: stored() == [True, False, True, False], timeout=5000)
    boxes[0].setChecked(False)
    qtbot.waitUntil(lambda: stored() == [False, False, True, False], timeout=5000)

    editor.request_close()  # nothing unsaved: closes without asking
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    again = open_editor(shared_sitting.meeting_id, PREPARATION)
    assert again is not editor
    assert [b.isChecked() for b in again.preparation.checkboxes] == [False, False, True, False]


def _case_sections(prep: PreparationView, numbers: list[str]) -> dict[str, str]:
    text = prep.summary.toPlainText()
    starts = [text.index(n) for n in numbers]
    ends = [*starts[1:], len(text)]
    return {n: text[a:b] for n, a, b in zip(numbers, starts, ends, strict=True)}


def test_preparation_warns_in_words_about_an_invitee_without_consent(
    qtbot, shared_sitting, open_editor
):
    s = shared_sitting
    editor = open_editor(s.meeting_id, PREPARATION)
    sections = _case_sections(editor.preparation, [s.covered_number, s.uncovered_number])
    uncovered = sections[s.uncovered_number]
    assert "Warning:" in uncovered
    assert "Eva Mentor (Vasaskolan) is not covered" in uncovered
    assert "NOT COVERED" in uncovered
    covered = sections[s.covered_number]
    assert "Eva Mentor (Vasaskolan) is not covered" not in covered
    assert "NOT COVERED" not in covered and "Covered" in covered
    # Social services runs the case: covered everywhere without consent.
    assert "Sara Lind" in covered and "Sara Lind" in uncovered


def test_preparation_notes_are_saved_with_ctrl_s(qtbot, worker, shared_sitting, open_editor):
    editor = open_editor(shared_sitting.meeting_id, PREPARATION)
    notes = editor.preparation.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Ring mentorn innan")
    assert editor.preparation.notes_state.text() == "Unsaved changes"
    qtbot.keyClick(notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            meetings.get_meeting(worker, shared_sitting.meeting_id).preparation_notes
            == "Ring mentorn innan"
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: not editor.preparation.has_unsaved_changes(), timeout=5000)


def test_print_agenda_opens_the_preview(qtbot, shared_sitting, open_editor):
    editor = open_editor(shared_sitting.meeting_id, PREPARATION)
    preview = editor.preparation.print_agenda()
    assert isinstance(preview, PdfPreview)
    qtbot.waitUntil(lambda: preview.page_count > 0 or preview.message.isVisible(), timeout=15_000)
    assert preview.page_count >= 1, preview.message.text()
    assert preview.data is not None and preview.data.startswith(b"%PDF")
    preview.close()
