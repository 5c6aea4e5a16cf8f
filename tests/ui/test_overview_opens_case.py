"""An alert on Översikt opens its case in the Ärenden area."""

from __future__ import annotations

from datetime import date

from caseflow.domain.cases import ReferralSource
from caseflow.domain.programmes import Programme
from caseflow.services import cases, people
from caseflow.services.people import PersonInput
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.main_window import MainWindow
from tests.helpers import pnr_in_test_range


def test_open_case_requested_on_overview_opens_the_case_tab(qtbot, social_worker):
    person = people.register_person(
        social_worker, PersonInput("Åsa", "Öberg", pnr_in_test_range(date(2011, 4, 5)))
    ).person_id
    case_id = cases.open_case(
        social_worker, person, Programme.SSPF, date(2026, 3, 1), ReferralSource.SCHOOL, "Oro"
    ).case_id
    window = MainWindow(social_worker)
    qtbot.addWidget(window)
    window.overview.open_case_requested.emit(case_id)
    assert window.pages.currentWidget() is window.cases
    qtbot.waitUntil(lambda: case_id in window.cases.open_cases(), timeout=5000)
    workspace = window.cases.open_cases()[case_id]
    qtbot.waitUntil(lambda: workspace.tabs.count() == 7, timeout=5000)
    assert isinstance(window.drafts, DraftKeeper)
    window.drafts.stop()
