"""Rapporter: the kinds per role, statistics as PDF and CSV, through the real services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from caseflow.domain.programmes import Programme
from caseflow.ui.reports.kinds import ReportKind
from caseflow.ui.reports.page import ReportsPage
from caseflow.ui.reports.statistics_form import StatisticsForm
from tests.conftest import ADMIN
from tests.ui.reports.conftest import (
    TODAY,
    pdf_text,
    previews_of,
    save_preview,
    settle,
    wait_for_pages,
)

BOM = b"\xef\xbb\xbf"


def _page(qtbot, workspace) -> ReportsPage:
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    return page


def _listed(page: ReportsPage) -> list[str]:
    return [page.kind_list.item(i).text() for i in range(page.kind_list.count())]


def test_the_page_offers_the_kinds_of_the_users_role(qtbot, log_in):
    expected = {
        "sara": [
            "Case follow-up report",
            "Meeting agenda / minutes",
            "Statistics",
            "Register extract",
        ],
        "fia": ["Meeting agenda / minutes"],
        "chef": ["Statistics"],
    }
    for username, kinds in expected.items():
        page = _page(qtbot, log_in(username))
        assert _listed(page) == kinds, username
        assert page.stack.count() == len(kinds)
        page.close()
        settle()

    page = _page(qtbot, log_in(ADMIN))
    assert page.kinds == ()
    assert not hasattr(page, "kind_list")
    assert "Your role produces no reports" in page.explanation.text()


def test_choosing_a_kind_shows_its_form(qtbot, log_in):
    page = _page(qtbot, log_in("sara"))
    page.kind_list.setCurrentRow(2)
    assert page.stack.currentWidget() is page.forms[ReportKind.STATISTICS]
    form = page.show_kind(ReportKind.EXTRACT)
    assert page.stack.currentWidget() is form
    assert page.kind_list.currentItem().text() == "Register extract"


def test_statistics_open_in_the_preview_and_save_as_pdf(qtbot, log_in, tmp_path):
    page = _page(qtbot, log_in("chef"))
    form = page.forms[ReportKind.STATISTICS]
    assert isinstance(form, StatisticsForm)
    form.set_period(date(TODAY.year - 1, 1, 1), TODAY)
    form.programmes[Programme.GVI].setChecked(False)
    with qtbot.waitSignal(form.preview_opened, timeout=5000):
        qtbot.mouseClick(form.make_button, Qt.MouseButton.LeftButton)
    preview = form.preview
    assert preview is not None and preview.isVisible()
    wait_for_pages(qtbot, preview)
    assert preview.windowTitle().startswith("Statistics ")

    pdf = save_preview(qtbot, preview, tmp_path / "statistik.pdf")
    text = pdf_text(pdf)
    assert "Manager statistics" in text
    # No name of the story's young people reaches a manager's report.
    assert "Elsa" not in text and "Ström" not in text
    assert "Saved as" in preview.message.text()


def test_statistics_form_says_what_is_wrong_next_to_the_field(qtbot, log_in):
    page = _page(qtbot, log_in("chef"))
    form = page.forms[ReportKind.STATISTICS]
    assert isinstance(form, StatisticsForm)
    form.set_period(TODAY, date(TODAY.year - 1, 1, 1))
    for box in form.programmes.values():
        box.setChecked(False)
    form.submit()
    assert form.field_message("to").text() == "The last day comes before the first."
    assert form.field_message("programmes").text() == "Tick at least one programme."
    assert form.field_message("to").isVisible()
    assert form.preview is None and previews_of(page) == []

    form.set_period(date(TODAY.year, 1, 1), TODAY)
    form.programmes[Programme.SIG].setChecked(True)
    assert form.field_message("to").text() == ""
    assert form.field_message("programmes").text() == ""


def test_statistics_export_csv_with_a_bom(qtbot, log_in, tmp_path):
    page = _page(qtbot, log_in("sara"))
    form = page.show_kind(ReportKind.STATISTICS)
    assert isinstance(form, StatisticsForm)
    target = tmp_path / "statistik"  # the suffix is added
    form.export_csv(target)
    written = tmp_path / "statistik.csv"
    qtbot.waitUntil(lambda: "Saved as" in form.message.text(), timeout=10_000)
    data = written.read_bytes()
    assert data.startswith(BOM) and not data.startswith(BOM * 2)
    text = data.decode("utf-8-sig")
    assert text.startswith("Manager statistics")
    assert ";" in text.splitlines()[1]
    assert form.make_button.isEnabled() and form.csv_button.isEnabled()
    assert form.preview is None  # the CSV opens no preview


def test_the_window_stays_responsive_while_a_report_builds(qtbot, log_in, monkeypatch):
    import threading

    from caseflow.ui.reports import statistics_form

    release = threading.Event()
    real = statistics_form.statistics_pdf

    def slow(*args):
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(statistics_form, "statistics_pdf", slow)
    page = _page(qtbot, log_in("chef"))
    form = page.forms[ReportKind.STATISTICS]
    form.submit()
    preview = form.preview
    assert preview is not None
    # The build waits on its worker; the GUI thread still answers.
    assert preview.stack.currentIndex() == 0 and preview.cancel_button.isVisible()
    form.programmes[Programme.SIG].setChecked(False)
    qtbot.wait(50)
    assert not form.programmes[Programme.SIG].isChecked()
    release.set()
    wait_for_pages(qtbot, preview)
