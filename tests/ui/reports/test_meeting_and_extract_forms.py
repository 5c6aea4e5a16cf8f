"""Meeting papers and the register extract from Rapporter, through the real services."""

from __future__ import annotations

from datetime import timedelta

from caseflow.ui.reports.extract_form import RegisterExtractForm
from caseflow.ui.reports.kinds import ReportKind
from caseflow.ui.reports.meeting_form import MeetingDocumentsForm
from caseflow.ui.reports.page import ReportsPage
from tests.helpers import pnr_in_test_range
from tests.ui.reports.conftest import TODAY, pdf_text, save_preview, wait_for_pages


def _page(qtbot, workspace) -> ReportsPage:
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    return page


def test_a_field_assistant_prints_a_meetings_agenda(qtbot, log_in, story, tmp_path):
    page = _page(qtbot, log_in("fia"))
    form = page.forms[ReportKind.MEETING]
    assert isinstance(form, MeetingDocumentsForm)
    qtbot.waitUntil(lambda: form.meeting.count() == 1, timeout=10_000)
    assert form.meeting_id() == story.meeting_id
    assert story.case_number in form.meeting.currentText()
    assert form.meeting_note.text() == "1 meeting(s) in this period."
    assert not form.case.isEnabled()  # the agenda lists every case

    with qtbot.waitSignal(form.preview_opened, timeout=5000):
        form.submit()
    assert form.preview is not None
    wait_for_pages(qtbot, form.preview)
    text = pdf_text(save_preview(qtbot, form.preview, tmp_path / "dagordning.pdf"))
    assert story.case_number in text and story.other_case_number in text


def test_minutes_of_a_shared_sitting_are_printed_for_one_case(qtbot, log_in, story, tmp_path):
    page = _page(qtbot, log_in("sara"))
    form = page.show_kind(ReportKind.MEETING)
    assert isinstance(form, MeetingDocumentsForm)
    qtbot.waitUntil(lambda: form.meeting.count() == 1, timeout=10_000)
    form.minutes.setChecked(True)
    assert form.case.isEnabled()
    assert [form.case.itemText(i) for i in range(form.case.count())] == [
        story.case_number,
        story.other_case_number,
    ]
    form.case.setCurrentIndex(1)
    with qtbot.waitSignal(form.preview_opened, timeout=5000):
        form.submit()
    preview = form.preview
    assert preview is not None
    assert preview.windowTitle().endswith(story.other_case_number)
    wait_for_pages(qtbot, preview)
    text = pdf_text(save_preview(qtbot, preview, tmp_path / "protokoll.pdf"))
    assert story.other_case_number in text
    assert story.case_number not in text  # the other case of the sitting is not named


def test_an_empty_period_says_so(qtbot, log_in, story):
    page = _page(qtbot, log_in("fia"))
    form = page.forms[ReportKind.MEETING]
    assert isinstance(form, MeetingDocumentsForm)
    qtbot.waitUntil(lambda: form.meeting.count() == 1, timeout=10_000)
    form.set_period(TODAY - timedelta(days=400), TODAY - timedelta(days=300))
    qtbot.waitUntil(lambda: form.meeting.count() == 0, timeout=10_000)
    assert form.meeting_note.text() == "No meeting in this period."
    form.submit()
    assert form.field_message("meeting").isVisible()
    assert form.preview is None

    form.set_period(TODAY, TODAY - timedelta(days=1))
    assert form.field_message("to").text() == "The last day comes before the first."


def test_register_extract_checks_the_number_then_opens_the_extract(qtbot, log_in, story):
    page = _page(qtbot, log_in("sara"))
    form = page.show_kind(ReportKind.EXTRACT)
    assert isinstance(form, RegisterExtractForm)
    form.number.setText("20100101-1234")
    form.submit()
    assert form.field_message("number").text() == (
        "The check digit is wrong: check the number for a typo."
    )
    assert form.preview is None

    nobody = pnr_in_test_range(TODAY.replace(year=TODAY.year - 16), 999)
    form.number.setText(nobody)
    form.submit()
    qtbot.waitUntil(lambda: form.field_message("number").isVisible(), timeout=10_000)
    assert "No person with personal identity number" in form.field_message("number").text()
    assert form.preview is None

    form.number.setText(story.person_number)
    with qtbot.waitSignal(form.preview_opened, timeout=10_000):
        form.submit()
    preview = form.preview
    assert preview is not None
    assert story.person_number[:8] not in preview.windowTitle()
    wait_for_pages(qtbot, preview)
    assert preview.page_count >= 1
