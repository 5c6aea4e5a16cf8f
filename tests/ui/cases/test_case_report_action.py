"""The case overview's "Follow-up report…": choose the recipient, then the preview."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from caseflow.domain.cases import Agency
from caseflow.services import cases, consent
from caseflow.services.cases import AgencyView
from caseflow.ui.pdf_preview import PdfPreview
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures


def _previews(widget) -> list[PdfPreview]:
    return [p for p in widget.window().findChildren(PdfPreview) if p.isVisible()]


def _dialog(qtbot, overview):
    assert overview.report_button.isVisible() and overview.report_button.isEnabled()
    qtbot.mouseClick(overview.report_button, Qt.MouseButton.LeftButton)
    dialog = overview.report_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def test_follow_up_report_for_the_case_file_opens_the_preview(
    qtbot, make_workspace, case, social_worker
):
    widget = make_workspace(case.case_id)
    overview = widget.overview
    assert overview.report_button.text() == "Follow-up &report…"
    dialog = _dialog(qtbot, overview)
    assert dialog.windowTitle() == f"Follow-up report {case.case_number}"
    assert dialog.recipient.currentText() == "The case file (no recipient)"
    assert dialog.ok_button.text() == "&Preview…"

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: overview.report_preview is not None, timeout=10_000)
    preview = overview.report_preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=20_000)
    assert preview.windowTitle() == f"Follow-up report {case.case_number}"
    assert preview.data is not None
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.data)).pages)
    assert case.case_number in text and "Åsa Öberg" in text
    preview.close()


def test_a_party_without_consent_is_refused_and_no_preview_opens(
    qtbot, make_workspace, case, social_worker
):
    cases.set_agencies(
        social_worker, case.case_id, [AgencyView(Agency.POLICE, None, "Kommunpolis")]
    )
    widget = make_workspace(case.case_id)
    dialog = _dialog(qtbot, widget.overview)
    assert dialog.recipient.count() == 2
    dialog.recipient.setCurrentIndex(1)
    assert dialog.recipient.currentText() == "Police – not covered"
    message = dialog.field_label("recipient")
    assert message.isVisible()
    assert "Police may not be told about this case" in message.text()
    assert not dialog.ok_button.isEnabled()

    dialog.submit()  # Ctrl+Enter does this: still refused
    qtbot.wait(300)
    assert dialog.isVisible()
    assert widget.overview.report_preview is None and _previews(widget) == []
    assert consent.disclosures(social_worker, case.case_id) == []

    dialog.recipient.setCurrentIndex(0)  # the case file's copy is always possible
    assert not message.isVisible() and dialog.ok_button.isEnabled()
    dialog.reject()
