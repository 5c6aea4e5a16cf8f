"""The case workspace: one case in tabs (Översikt, Person och vårdnadshavare,
Kartläggning, Handlingsplan, Möten, Journal, Samtycke).

Every service call runs off the GUI thread. A protected identity is shown
above the tabs, in words, whichever tab is open.

The tabs are built only once the case has opened (``cases.get_case``): a
case that is not the user's own first asks why (``ReasonDialog``) and opens
with the reason, or says in a sentence why it cannot be opened, and nothing
of it is asked for before that.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from caseflow.domain.errors import PermissionDenied
from caseflow.services import cases
from caseflow.services.case_access import ReasonRequired
from caseflow.services.cases import CaseDetail
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.reason_dialog import ReasonDialog
from caseflow.ui.cases.tab_consent import ConsentTab
from caseflow.ui.cases.tab_journal import JournalTab
from caseflow.ui.cases.tab_mapping import MappingTab
from caseflow.ui.cases.tab_meetings import MeetingsTab
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
    closing, so that lists showing the case can refresh; ``open_cancelled()``
    says the user would not say why they open a case that is not theirs.
    """

    title_changed = Signal(str)
    case_changed = Signal()
    # Another case of the same person was asked for (from the person tab).
    open_case_requested = Signal(int)
    loaded = Signal()
    open_cancelled = Signal()

    # Built once the case has opened (``tabs_built``).
    overview: OverviewTab
    person_tab: PersonTab
    mapping_tab: MappingTab
    plan_tab: PlanTab
    meetings_tab: MeetingsTab
    journal_tab: JournalTab
    consent_tab: ConsentTab

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
        self.tabs_built = False
        self.refused = False  # the case cannot be opened by this user
        self.reason_dialog: ReasonDialog | None = None
        self._consent_stale = False

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
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseWorkspaceTabs")
        self.tabs.setDocumentMode(True)

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
        # Takes the room only while there are no tabs (a refusal, a question).
        layout.addStretch()
        self.reload()

    def _build_tabs(self) -> None:
        workspace, case_id, drafts = self._workspace, self.case_id, self._drafts
        self.overview = OverviewTab(workspace, case_id)
        self.person_tab = PersonTab(workspace, case_id)
        self.mapping_tab = MappingTab(workspace, case_id)
        self.plan_tab = PlanTab(workspace, case_id)
        self.meetings_tab = MeetingsTab(workspace, case_id, drafts)
        self.journal_tab = JournalTab(workspace, case_id, drafts)
        self.consent_tab = ConsentTab(workspace, case_id)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.person_tab, self.tr("&Person and guardians"))
        self.tabs.addTab(self.mapping_tab, self.tr("&Mapping"))
        self.tabs.addTab(self.plan_tab, self.tr("Action p&lan"))
        self.tabs.addTab(self.meetings_tab, self.tr("Mee&tings"))
        self.tabs.addTab(self.journal_tab, self.tr("&Journal"))
        self.tabs.addTab(self.consent_tab, self.tr("Co&nsent"))

        for tab in (self.overview, self.person_tab, self.mapping_tab, self.plan_tab):
            tab.changed.connect(self._tab_changed)
        self.journal_tab.changed.connect(self.case_changed)
        # A follow-up sets goal statuses and adds a mapping; an action's status
        # shows in the minutes too.
        self.meetings_tab.changed.connect(self._tab_changed)
        self.meetings_tab.changed.connect(self.plan_tab.load)
        self.meetings_tab.changed.connect(self.mapping_tab.load)
        self.plan_tab.changed.connect(self.meetings_tab.load)
        self.consent_tab.changed.connect(self.case_changed)
        self.person_tab.open_case_requested.connect(self.open_case_requested)
        self.tabs_built = True

    def step_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case again (after a change) and show it in the header and overview."""
        workspace, case_id = self._workspace, self.case_id
        run_for(self, lambda: cases.get_case(workspace, case_id), self._loaded, self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ReasonRequired):
            self.ask_reason(error.case_number)
        elif isinstance(error, PermissionDenied) and not self.tabs_built:
            self._refuse(error)
        else:
            self.message.show_error(error)

    def ask_reason(self, case_number: str) -> ReasonDialog:
        """Ask why the user opens a case that is not theirs; OK opens it with the reason."""
        if self.reason_dialog is not None:
            return self.reason_dialog
        self.heading.setText(
            self.tr("<b>%1</b> · not your case").replace("%1", html.escape(case_number))
        )
        dialog = ReasonDialog(self._workspace, self.case_id, case_number, self)
        dialog.accepted.connect(lambda: self._loaded(dialog.result_value))
        dialog.rejected.connect(self.open_cancelled)
        dialog.finished.connect(lambda _: self._reason_closed(dialog))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _reason_closed(self, dialog: ReasonDialog) -> None:
        if self.reason_dialog is dialog:
            self.reason_dialog = None
        dialog.deleteLater()

    def _refuse(self, error: BaseException) -> None:
        # Nothing of the case is shown: the sentence says why, the tab stays
        # until the user closes it (Ctrl+W).
        self.refused = True
        self.heading.setText(self.tr("<b>This case cannot be opened</b>"))
        self.message.show_error(error)
        self.tabs.setVisible(False)

    def _loaded(self, case: CaseDetail) -> None:
        if not self.tabs_built:
            self._build_tabs()
        elif self._consent_stale:
            # Reloaded only now: two case openings at once would both write
            # to the audit log at the same moment.
            self.consent_tab.reload()
        self._consent_stale = False
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
        self.meetings_tab.set_case_number(case.case_number)
        title = f"{case.case_number} {person.full_name}"
        if title != self.title:
            self.title = title
            self.title_changed.emit(title)
        self.loaded.emit()

    def _tab_changed(self) -> None:
        # Guardians and involved agencies decide who must consent and to whom:
        # the consent tab reloads once the case has (see ``_loaded``).
        self._consent_stale = True
        self.reload()
        self.case_changed.emit()

    # --- unsaved work ------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """True while the journal editor or the person's form holds unsaved input."""
        if not self.tabs_built:
            return False
        return self.journal_tab.has_unsaved_changes() or self.person_tab.has_unsaved_changes()

    def save_drafts(self) -> None:
        """Write the journal editor's unsaved text as an encrypted draft now (off the GUI thread).

        For a caller about to close the workspace; the person's form is not a
        text draft and is guarded by ``has_unsaved_changes`` instead.
        """
        if not self.tabs_built or not self._workspace.is_open:
            return
        if not self.journal_tab.drafts_restored:
            # Before the stored draft is back in the editor, an empty editor
            # would overwrite it with nothing.
            return
        editor = self.journal_tab.editor
        # No text means nothing is unsaved: an older draft of it is cleared.
        snapshot = DraftSnapshot(editor.draft_key(), editor.draft_title(), editor.draft_text())
        workspace = self._workspace
        run_for(self, lambda: save_snapshots(workspace, [snapshot]), lambda _: None, _log_only)
