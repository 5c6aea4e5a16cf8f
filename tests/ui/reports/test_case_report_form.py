"""The case follow-up report from Rapporter: recipients, refusals in words, disclosures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtPrintSupport import QPrinter

from caseflow.services import consent
from caseflow.services.workspace import Workspace
from caseflow.ui.reports.case_report_form import CaseReportForm
from caseflow.ui.reports.kinds import ReportKind
from caseflow.ui.reports.page import ReportsPage
from tests.ui.reports.conftest import (
    POLICE,
    SCHOOL,
    TODAY,
    pdf_text,
    previews_of,
    save_preview,
    wait_for_pages,
)


@pytest.fixture
def sara(qtbot, log_in) -> Iterator[tuple[Workspace, CaseReportForm]]:
    """The social worker and the case report's form on a shown Rapporter page."""
    workspace = log_in("sara")
    page = ReportsPage(workspace)  # held by this frame: the form is the page's child
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    form = page.show_kind(ReportKind.CASE)
    assert isinstance(form, CaseReportForm)
    yield workspace, form
    page.close()


def _type_case(qtbot, form: CaseReportForm, number: str) -> None:
    form.number.setText(number)
    qtbot.waitUntil(lambda: form.found is not None, timeout=10_000)


def test_the_case_file_copy_opens_and_records_no_disclosure(qtbot, sara, story, tmp_path):
    workspace, form = sara
    _type_case(qtbot, form, story.case_number.lower())  # case does not matter
    assert form.recipient.isEnabled()
    labels = [form.recipient.itemText(i) for i in range(form.recipient.count())]
    assert labels == [
        "The case file (no recipient)",
        "Vasaskolan (School)",
        "Police – not covered",
    ]
    assert "nothing is entered in the disclosure register" in form.recipient_note.text()

    with qtbot.waitSignal(form.preview_opened, timeout=5000):
        form.submit()
    preview = form.preview
    assert preview is not None
    wait_for_pages(qtbot, preview)
    assert preview.windowTitle() == f"Follow-up report {story.case_number}"
    pdf = save_preview(qtbot, preview, tmp_path / "rapport.pdf")
    text = pdf_text(pdf)
    assert "Case follow-up report" in text and story.case_number in text
    assert "Frånvaro" in text  # the referral reason: the file's copy holds it
    qtbot.wait(200)
    assert consent.disclosures(workspace, story.case_id) == []


def test_a_recipient_without_consent_is_refused_in_words(qtbot, sara, story):
    workspace, form = sara
    _type_case(qtbot, form, story.case_number)
    assert form.recipient.select_party(POLICE)
    message = form.field_message("recipient")
    assert message.isVisible()
    assert "Police may not be told about this case" in message.text()
    assert "No consent has been given for Police" in message.text()

    form.submit()
    qtbot.wait(300)
    assert form.preview is None and previews_of(form) == []
    assert "Police may not be told about this case" in message.text()
    assert consent.disclosures(workspace, story.case_id) == []


def test_the_service_refuses_when_consent_ended_after_the_case_was_looked_up(qtbot, sara, story):
    workspace, form = sara
    _type_case(qtbot, form, story.case_number)
    assert form.recipient.select_party(SCHOOL)
    assert form.field_message("recipient").text() == ""
    # The young person withdraws the consent while the form is open.
    consent.withdraw_consent(workspace, story.case_id, None, TODAY)

    form.submit()
    qtbot.waitUntil(lambda: form.field_message("recipient").isVisible(), timeout=10_000)
    assert "Vasaskolan may not be told about this case" in form.field_message("recipient").text()
    assert form.preview is None and previews_of(form) == []
    assert form.make_button.isEnabled()


def test_a_copy_for_the_school_is_recorded_once_it_is_saved(qtbot, sara, story, tmp_path):
    workspace, form = sara
    _type_case(qtbot, form, story.case_number)
    assert form.recipient.select_party(SCHOOL)
    assert "Prepared for Vasaskolan (School) under consent" in form.recipient_note.text()

    with qtbot.waitSignal(form.preview_opened, timeout=10_000):
        form.submit()
    preview = form.preview
    assert preview is not None
    wait_for_pages(qtbot, preview)
    assert preview.windowTitle() == (
        f"Follow-up report {story.case_number} for Vasaskolan (School)"
    )
    # Previewing is not handing out.
    assert consent.disclosures(workspace, story.case_id) == []

    pdf = save_preview(qtbot, preview, tmp_path / "till skolan.pdf")
    qtbot.waitUntil(lambda: "disclosure register" in preview.message.text(), timeout=10_000)
    [row] = consent.disclosures(workspace, story.case_id)
    assert row.party == SCHOOL and row.disclosed_on == TODAY
    assert story.case_number in row.what
    assert "The copy for Vasaskolan (School) is entered" in preview.message.text()
    text = pdf_text(pdf)
    assert "Prepared for Vasaskolan (School)" in text
    assert "Frånvaro" not in text  # free text stays in the file's copy

    # Saving the same copy again is the same disclosure, not a second one.
    save_preview(qtbot, preview, tmp_path / "igen.pdf")
    qtbot.wait(300)
    assert len(consent.disclosures(workspace, story.case_id)) == 1


def test_a_saved_copy_whose_basis_ended_is_removed_again(qtbot, sara, story, tmp_path):
    workspace, form = sara
    _type_case(qtbot, form, story.case_number)
    form.recipient.select_party(SCHOOL)
    with qtbot.waitSignal(form.preview_opened, timeout=10_000):
        form.submit()
    preview = form.preview
    assert preview is not None
    wait_for_pages(qtbot, preview)
    consent.withdraw_consent(workspace, story.case_id, None, TODAY - timedelta(days=1))

    target = tmp_path / "till skolan.pdf"
    save_preview(qtbot, preview, target)
    qtbot.waitUntil(lambda: "removed again" in preview.message.text(), timeout=10_000)
    assert "Vasaskolan may not be told about this case" in preview.message.text()
    assert not target.exists()
    assert consent.disclosures(workspace, story.case_id) == []


def test_a_case_number_that_does_not_exist_is_named_next_to_the_field(qtbot, sara, story):
    _, form = sara
    form.number.setText("SSPF-2019-0999")
    form.submit()
    qtbot.waitUntil(lambda: form.field_message("number").isVisible(), timeout=10_000)
    assert form.field_message("number").text() == "There is no case SSPF-2019-0999."
    assert form.preview is None

    form.number.setText("not a number")
    assert not form.field_message("number").isVisible()  # not while typing
    form.submit()
    assert form.field_message("number").isVisible()
    assert form.preview is None


def test_another_workers_case_is_opened_with_a_reason_first(qtbot, sara, story):
    _, form = sara
    _type_case(qtbot, form, story.other_case_number)
    assert form.found is not None and form.found.choices is None
    assert not form.recipient.isEnabled()
    assert "You are not assigned to" in form.number_note.text()

    form.submit()
    dialog = form.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert form.preview is None
    dialog.reason.setText("Jourhavande i kväll, skolan ringde om honom")
    dialog.submit()
    qtbot.waitUntil(lambda: form.recipient.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(form.preview_opened, timeout=10_000):
        form.submit()
    assert form.preview is not None
    wait_for_pages(qtbot, form.preview)


def test_printing_a_copy_records_it_too(qtbot, sara, story, tmp_path):
    workspace, form = sara
    _type_case(qtbot, form, story.case_number)
    form.recipient.select_party(SCHOOL)
    with qtbot.waitSignal(form.preview_opened, timeout=10_000):
        form.submit()
    preview = form.preview
    assert preview is not None
    wait_for_pages(qtbot, preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.printed, timeout=30_000):
        preview.print_to(printer)
    qtbot.waitUntil(lambda: len(consent.disclosures(workspace, story.case_id)) == 1, timeout=10_000)
    # The register is written on a worker; its answer reaches the window just after.
    qtbot.waitUntil(
        lambda: "is entered in the case's disclosure register" in preview.message.text(),
        timeout=10_000,
    )
