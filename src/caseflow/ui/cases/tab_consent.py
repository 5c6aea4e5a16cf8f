"""Samtycke: who may be told what about the young person, on any date, and the history.

Above, the matrix of parties × the people who must consent, for today or
a chosen date, each cell in words and colour with its reason. Below, the
history as a timeline (consents, withdrawals, legal grounds, disclosures)
with the scanned forms. Buttons register and withdraw consent, record
another legal ground, attach and read scanned forms, and print a pre-filled
form to have signed.

Every service call and the PDF build run off the GUI thread. The tab is
self-contained: ``ConsentTab(workspace, case_id)``, ``reload()`` after a
change elsewhere, and ``changed`` after anything was saved here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.consent import ConsentMatrix, ConsentRecord, LegalGround
from caseflow.reports.consent_form import consent_form_pdf
from caseflow.services import cases, consent, consent_form, permissions
from caseflow.services.consent import AttachmentInfo, ConsentOverview, DisclosureView
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.consent_dialogs import RegisterConsentDialog, WithdrawConsentDialog
from caseflow.ui.cases.consent_files import (
    form_file_name,
    form_translator,
    open_form_dialog,
    read_scanned_form,
    save_form_dialog,
    write_atomically,
)
from caseflow.ui.cases.consent_ground_dialog import LegalGroundDialog
from caseflow.ui.cases.consent_matrix import ConsentMatrixView
from caseflow.ui.cases.consent_timeline import ATTACHMENT, KIND_ROLE, ConsentTimeline
from caseflow.ui.cases.consent_viewer import DocumentViewer
from caseflow.ui.cases.tab_support import (
    MessageArea,
    ServiceDialog,
    date_edit,
    from_qdate,
    run_for,
    to_qdate,
)


@dataclass(frozen=True)
class ConsentTabData:
    """What the tab shows, read in one background call."""

    case_number: str
    overview: ConsentOverview
    matrix: ConsentMatrix
    disclosures: list[DisclosureView]
    grounds: tuple[LegalGround, ...]


def load_tab_data(workspace: Workspace, case_id: int, on_date: date) -> ConsentTabData:
    """Runs on a worker thread."""
    return ConsentTabData(
        cases.case_number(workspace, case_id),
        consent.overview(workspace, case_id),
        consent.matrix(workspace, case_id, on_date),
        consent.disclosures(workspace, case_id),
        consent.legal_grounds(workspace),
    )


class ConsentTab(QWidget):
    """Emits ``changed`` after a consent, withdrawal, legal ground or form was saved."""

    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentTab")
        self._workspace = workspace
        self._case_id = case_id
        self._may_edit = permissions.may(workspace, Action.EDIT_CASE)
        self._may_record_ground = permissions.may(workspace, Action.WRITE_JOURNAL)
        self.data: ConsentTabData | None = None
        self.loaded = False
        self.dialog: ServiceDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.viewer: DocumentViewer | None = None
        self.question: QMessageBox | None = None
        self.saved_form: Path | None = None
        self._matrix_request = 0
        self._select_after_load: int | None = None

        self.message = MessageArea()
        self.message.setObjectName("consentMessage")
        self.matrix_view = ConsentMatrixView()
        self.timeline = ConsentTimeline()
        self.timeline.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.timeline.itemActivated.connect(self._timeline_activated)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self._build_top_row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_matrix_box())
        splitter.addWidget(self._build_history_box())
        # The matrix has a few rows; the history grows with the case.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 400])
        layout.addWidget(splitter, 1)
        self._update_buttons()
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _build_top_row(self) -> QHBoxLayout:
        self.on_date = date_edit(date.today())
        self.on_date.setObjectName("consentDate")
        self.on_date.dateChanged.connect(lambda _: self.show_date())
        date_label = QLabel(self.tr("Show &for date:"))
        date_label.setBuddy(self.on_date)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("consentToday")
        self.today_button.clicked.connect(lambda: self.on_date.setDate(to_qdate(date.today())))
        self.register_button = self._button(
            self.tr("&Register consent…"), "registerConsent", self.register_consent
        )
        self.withdraw_button = self._button(
            self.tr("&Withdraw consent…"), "withdrawConsent", self.withdraw_consent
        )
        self.ground_button = self._button(
            self.tr("Other legal &ground…"), "recordLegalGround", self.record_legal_ground
        )
        self.print_button = self._button(
            self.tr("&Print consent form…"), "printConsentForm", self.print_form
        )
        self.print_button.setToolTip(
            self.tr("A pre-filled form, in Swedish, to print and have signed")
        )
        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.on_date)
        row.addWidget(self.today_button)
        row.addStretch()
        for button in (
            self.register_button,
            self.withdraw_button,
            self.ground_button,
            self.print_button,
        ):
            row.addWidget(button)
        return row

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _build_matrix_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who may be told: parties and the people who must consent"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.matrix_view)
        return box

    def _build_history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("History, newest first"))
        self.attach_button = self._button(
            self.tr("&Attach scanned form…"), "attachForm", self.attach_form
        )
        self.view_button = self._button(self.tr("Read the &form"), "viewForm", self.view_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.view_button)
        buttons.addStretch()
        layout = QVBoxLayout(box)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(buttons)
        return box

    # --- loading -------------------------------------------------------------------------

    def chosen_date(self) -> date:
        return from_qdate(self.on_date.date())

    def reload(self) -> None:
        """Read everything again (after a change here or elsewhere in the case)."""
        workspace, case_id, on = self._workspace, self._case_id, self.chosen_date()
        self._matrix_request += 1
        run_for(
            self,
            lambda: load_tab_data(workspace, case_id, on),
            self._loaded,
            self.message.show_error,
        )

    def _loaded(self, data: ConsentTabData) -> None:
        self.data = data
        consents = data.overview.consents
        self.on_date.blockSignals(True)
        self.on_date.setMinimumDate(to_qdate(consents.birth_date))
        self.on_date.blockSignals(False)
        if data.matrix.on_date == self.chosen_date():
            self.matrix_view.show_matrix(data.matrix, consents)
        else:  # the date changed while loading
            self.show_date()
        self.timeline.show_history(data.overview, data.disclosures)
        if self._select_after_load is not None:
            self.timeline.select_record(self._select_after_load)
            self._select_after_load = None
        self.loaded = True
        self._update_buttons()

    def show_date(self, on: date | None = None) -> None:
        """Show the matrix for ``on`` (default: the date chosen above it)."""
        if on is not None:
            self.on_date.setDate(to_qdate(on))  # comes back here through dateChanged
            return
        on = self.chosen_date()
        workspace, case_id = self._workspace, self._case_id
        self._matrix_request += 1
        request = self._matrix_request

        def shown(matrix: ConsentMatrix) -> None:
            # Only the answer for the date chosen last counts.
            if request == self._matrix_request and self.data is not None:
                self.matrix_view.show_matrix(matrix, self.data.overview.consents)

        run_for(
            self, lambda: consent.matrix(workspace, case_id, on), shown, self.message.show_error
        )

    @property
    def matrix(self) -> ConsentMatrix | None:
        return self.matrix_view.matrix

    def _update_buttons(self) -> None:
        ready = self.data is not None
        history = self.data.overview.consents.history if self.data else ()
        has_consent = any(isinstance(item, ConsentRecord) for item in history)
        self.register_button.setEnabled(ready and self._may_edit)
        self.withdraw_button.setEnabled(ready and self._may_edit and has_consent)
        self.ground_button.setEnabled(ready and self._may_record_ground)
        self.print_button.setEnabled(ready)
        self.attach_button.setEnabled(
            ready and self._may_edit and self.timeline.selected_record_id() is not None
        )
        self.view_button.setEnabled(self.timeline.selected_attachment() is not None)
        read_only = self.tr("Your role may read consents, not record them.")
        self.register_button.setToolTip("" if self._may_edit else read_only)
        if not self._may_edit:
            self.withdraw_button.setToolTip(read_only)
        else:
            nobody = ready and not has_consent
            self.withdraw_button.setToolTip(self.tr("Nobody has consented yet.") if nobody else "")
        self.attach_button.setToolTip(
            self.tr("Choose a consent in the history first, then attach its signed form.")
        )

    # --- dialogs -------------------------------------------------------------------------

    def _open_dialog(self, dialog: ServiceDialog, done_text: str) -> ServiceDialog:
        def saved() -> None:
            self.message.show_text(done_text)
            self.reload()
            self.changed.emit()

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def register_consent(self) -> RegisterConsentDialog | None:
        if self.data is None:
            return None
        overview = self.data.overview
        dialog = RegisterConsentDialog(
            self._workspace, self._case_id, overview.consents, overview.parties, self
        )

        def remember() -> None:
            if isinstance(dialog.result_value, int):
                self._select_after_load = dialog.result_value

        dialog.accepted.connect(remember)
        self._open_dialog(
            dialog,
            self.tr(
                "The consent was registered. Select it in the history to attach the signed form."
            ),
        )
        return dialog

    def withdraw_consent(self) -> WithdrawConsentDialog | None:
        if self.data is None:
            return None
        dialog = WithdrawConsentDialog(
            self._workspace, self._case_id, self.data.overview.consents, self
        )
        self._open_dialog(dialog, self.tr("The withdrawal was recorded."))
        return dialog

    def record_legal_ground(self) -> LegalGroundDialog | None:
        if self.data is None:
            return None
        data = self.data
        dialog = LegalGroundDialog(
            self._workspace,
            self._case_id,
            data.overview.consents,
            data.overview.parties,
            data.grounds,
            self,
        )
        row = self.matrix_view.table.currentRow()
        matrix = self.matrix
        if matrix is not None and 0 <= row < len(matrix.rows):
            dialog.select_party(matrix.rows[row].party)
        self._open_dialog(dialog, self.tr("The legal ground and its reason were recorded."))
        return dialog

    # --- scanned forms -------------------------------------------------------------------

    def attach_form(self) -> QFileDialog | None:
        record_id = self.timeline.selected_record_id()
        if record_id is None:
            return None
        dialog = open_form_dialog(self)
        dialog.fileSelected.connect(lambda path: self.attach_file(record_id, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def attach_file(self, record_id: int, path: Path) -> None:
        """Read ``path`` and keep it, encrypted, with consent ``record_id``."""
        workspace = self._workspace
        self._select_after_load = record_id

        def work() -> str:
            name, content, media_type = read_scanned_form(path)
            consent.attach_form(workspace, record_id, name, content, media_type)
            return name

        def done(name: str) -> None:
            self.message.show_text(
                self.tr("The scanned form {name} was attached; it is kept encrypted.").format(
                    name=name
                )
            )
            self.reload()
            self.changed.emit()

        self.attach_button.setEnabled(False)
        run_for(self, work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.show_error(error)
        self._update_buttons()

    def _timeline_activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KIND_ROLE) == ATTACHMENT:
            self.view_selected()

    def view_selected(self) -> None:
        info = self.timeline.selected_attachment()
        if info is not None:
            self.view_attachment(info)

    def view_attachment(self, info: AttachmentInfo) -> None:
        workspace, attachment_id = self._workspace, info.id
        run_for(
            self,
            lambda: consent.load_attachment(workspace, attachment_id),
            self._attachment_loaded,
            self.message.show_error,
        )

    def _attachment_loaded(self, found: tuple[AttachmentInfo, bytes]) -> None:
        info, content = found
        self._show_document(info.filename, content, info.media_type)

    def _show_document(self, title: str, content: bytes, media_type: str) -> DocumentViewer:
        viewer = DocumentViewer(title, content, media_type, self)
        viewer.finished.connect(viewer.deleteLater)
        self.viewer = viewer
        viewer.open()
        return viewer

    # --- the printable form --------------------------------------------------------------

    def _restricted_guardians(self) -> list[str]:
        if self.data is None:
            return []
        return [
            g.name
            for g in self.data.overview.consents.guardians
            if g.no_information and g.has_custody
        ]

    def print_form(self) -> QFileDialog | QMessageBox | None:
        """Ask where to save the pre-filled form.

        When a guardian with custody must not be told about the case, first ask
        which form: with the parties' names, or without them for that guardian.
        """
        if self.data is None:
            return None
        restricted = self._restricted_guardians()
        if not restricted:
            return self.choose_form_file(names=True)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Print consent form"),
            self.tr(
                "{names} must not be told anything about the case, not even which school or "
                "which parties take part. Give them the form without the parties' names."
            ).format(names=", ".join(restricted)),
            parent=self,
        )
        box.setObjectName("whichFormQuestion")
        with_names = box.addButton(
            self.tr("Form with the parties' names"), QMessageBox.ButtonRole.AcceptRole
        )
        without = box.addButton(
            self.tr("Form without names, for {names}").format(names=", ".join(restricted)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)

        def chosen(button: object) -> None:
            if button is with_names:
                self.choose_form_file(names=True)
            elif button is without:
                self.choose_form_file(names=False)

        box.buttonClicked.connect(chosen)
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()
        return box

    def choose_form_file(self, names: bool) -> QFileDialog | None:
        if self.data is None:
            return None
        dialog = save_form_dialog(self, form_file_name(self.data.case_number, names))
        dialog.fileSelected.connect(lambda path: self.save_form(Path(path), names))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_form(self, path: Path, names: bool = True) -> None:
        """Build the form and write it to ``path`` (through a temporary file, then rename)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        workspace, case_id, today = self._workspace, self._case_id, date.today()

        def work() -> bytes:
            prepared = consent_form.form_data(workspace, case_id, today, names)
            pdf = consent_form_pdf(prepared.data, form_translator())
            write_atomically(path, pdf)
            return pdf

        self.print_button.setEnabled(False)
        run_for(self, work, lambda pdf: self._form_saved(path, pdf), self._failed)

    def _form_saved(self, path: Path, pdf: bytes) -> None:
        self.saved_form = path
        self._update_buttons()
        self.message.show_text(self.tr("The consent form was saved as {path}.").format(path=path))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Consent form saved"),
            self.tr("The form was saved as {path}. Read it here before printing?").format(
                path=path
            ),
            parent=self,
        )
        box.setObjectName("openFormQuestion")
        open_button = box.addButton(self.tr("&Read it here"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)

        def chosen(button: object) -> None:
            if button is open_button:
                self._show_document(path.name, pdf, "application/pdf")

        box.buttonClicked.connect(chosen)
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()
