"""The case workspace: one case in tabs (Översikt, Person och vårdnadshavare,
Kartläggning, Handlingsplan, Journal).

Every service call runs off the GUI thread. A protected identity is shown
above the tabs, in words, whichever tab is open.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from caseflow.services import cases
from caseflow.services.cases import CaseDetail
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_consent import ConsentTab
from caseflow.ui.cases.tab_journal import JournalTab
from caseflow.ui.cases.tab_mapping import MappingTab
from caseflow.ui.cases.tab_overview import OverviewTab
from caseflow.ui.cases.tab_person import PersonTab
from caseflow.ui.cases.tab_plan import PlanTab
from caseflow.ui.cases.tab_support import MessageArea
from caseflow.ui.drafts import DraftKeeper, DraftSnapshot, save_snapshots
from caseflow.ui.worker import run_for

_BANNER_STYLE = (
    "QLabel { background: #fff4ce; color: #4d3800; border: 2px solid #8a6d00; "
    "padding: 6px; font-weight: bold; }"
)


def _log_only(error: BaseException) -> None:
    # The keeper's next save (or the lock) writes the draft again.
    del error


class CaseWorkspace(QWidget):
    """One open case.

    ``title_changed(str)`` gives the text for the case's tab ("SSPF-2026-0042
    Åsa Öberg"); ``case_changed()`` follows every save, status change or
    closing, so that lists showing the case can refresh.
    """

    title_changed = Signal(str)
    case_changed = Signal()
    # Another case of the same person was asked for (from the person tab).
    open_case_requested = Signal(int)
    loaded = Signal()

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        drafts: DraftKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseWorkspace")
        self._workspace = workspace
        self._drafts = drafts
        self.case_id = case_id
        self.case: CaseDetail | None = None
        self.title = ""

        self.heading = QLabel(self.tr("Loading the case…"))
        self.heading.setObjectName("caseHeading")
        self.status_label = QLabel()
        self.status_label.setObjectName("caseHeadingStatus")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.status_label)
        self.protected_banner = QLabel()
        self.protected_banner.setObjectName("protectedBanner")
        self.protected_banner.setWordWrap(True)
        self.protected_banner.setStyleSheet(_BANNER_STYLE)
        self.protected_banner.setVisible(False)
        self.message = MessageArea()
        self.message.setObjectName("workspaceMessage")

        self.overview = OverviewTab(workspace, case_id)
        self.person_tab = PersonTab(workspace, case_id)
        self.mapping_tab = MappingTab(workspace, case_id)
        self.plan_tab = PlanTab(workspace, case_id)
        self.journal_tab = JournalTab(workspace, case_id, drafts)
        self.consent_tab = ConsentTab(workspace, case_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseWorkspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.person_tab, self.tr("&Person and guardians"))
        self.tabs.addTab(self.mapping_tab, self.tr("&Mapping"))
        self.tabs.addTab(self.plan_tab, self.tr("Action p&lan"))
        self.tabs.addTab(self.journal_tab, self.tr("&Journal"))
        self.tabs.addTab(self.consent_tab, self.tr("Co&nsent"))

        for tab in (self.overview, self.person_tab, self.mapping_tab, self.plan_tab):
            tab.changed.connect(self._tab_changed)
        self.journal_tab.changed.connect(self.case_changed)
        self.consent_tab.changed.connect(self.case_changed)
        self.person_tab.open_case_requested.connect(self.open_case_requested)

        # QTabWidget itself only knows Ctrl+Tab; Ctrl+PgDn/PgUp is what users
        # of browsers and office programs try, also from inside a table.
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_tab(step))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading_row)
        layout.addWidget(self.protected_banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case again (after a change) and show it in the header and overview."""
        workspace, case_id = self._workspace, self.case_id
        run_for(self, lambda: cases.get_case(workspace, case_id), self._loaded, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.show_error(error)

    def _loaded(self, case: CaseDetail) -> None:
        self.case = case
        self.message.clear_message()
        person = case.person
        self.heading.setText(
            self.tr("<b>{number}</b> · {name} · {programme}").format(
                number=case.case_number,
                # Rich text: a name must never be read as markup.
                name=html.escape(person.full_name),
                programme=case.programme.code,
            )
        )
        self.status_label.setText(
            self.tr("Status: {status}").format(status=case.status.label.render())
        )
        self.protected_banner.setVisible(person.protected_identity)
        self.protected_banner.setText(
            self.tr(
                "PROTECTED IDENTITY (skyddade personuppgifter): address and contact details "
                "are hidden. Never disclose where this person lives or how to reach them."
            )
        )
        self.overview.set_case(case)
        self.person_tab.set_person_id(person.id)
        self.journal_tab.set_case_number(case.case_number)
        title = f"{case.case_number} {person.full_name}"
        if title != self.title:
            self.title = title
            self.title_changed.emit(title)
        self.loaded.emit()

    def _tab_changed(self) -> None:
        self.reload()
        # Guardians and involved agencies decide who must consent and to whom.
        self.consent_tab.reload()
        self.case_changed.emit()

    # --- unsaved work ------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """True while the journal editor or the person's form holds unsaved input."""
        return self.journal_tab.has_unsaved_changes() or self.person_tab.has_unsaved_changes()

    def save_drafts(self) -> None:
        """Write the journal editor's unsaved text as an encrypted draft now (off the GUI thread).

        For a caller about to close the workspace; the person's form is not a
        text draft and is guarded by ``has_unsaved_changes`` instead.
        """
        if not self._workspace.is_open or not self.journal_tab.drafts_restored:
            # Before the stored draft is back in the editor, an empty editor
            # would overwrite it with nothing.
            return
        editor = self.journal_tab.editor
        # No text means nothing is unsaved: an older draft of it is cleared.
        snapshot = DraftSnapshot(editor.draft_key(), editor.draft_title(), editor.draft_text())
        workspace = self._workspace
        run_for(self, lambda: save_snapshots(workspace, [snapshot]), lambda _: None, _log_only)
