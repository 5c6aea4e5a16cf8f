"""Översikt: the case at a glance, its status history, and moving it through its life cycle."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import ALLOWED_TRANSITIONS, CaseStatus
from caseflow.services import cases, permissions
from caseflow.services.cases import CaseDetail
from caseflow.services.permissions import Action
from caseflow.services.validation import ChangedMeanwhile, FieldError
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.close_case_dialog import CloseCaseDialog
from caseflow.ui.cases.tab_support import (
    MessageArea,
    ServiceDialog,
    date_edit,
    format_date,
    from_qdate,
    run_for,
    to_qdate,
)
from caseflow.ui.cases.team_dialog import TeamDialog
from caseflow.ui.pdf_preview import PdfPreview
from caseflow.ui.reports.case_report_dialog import CaseReportDialog
from caseflow.ui.reports.kinds import ReportKind, kinds_for

# The life cycle reads left to right; buttons follow it.
_ORDER = list(CaseStatus)


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    # Values come from what people typed: shown as text, never read as markup.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OverviewTab(QWidget):
    """Emits ``changed`` after a status change or after the case was closed."""

    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._workspace = workspace
        self._case_id = case_id
        self._may_edit = permissions.may(workspace, Action.EDIT_CASE)
        self.case: CaseDetail | None = None
        self.close_dialog: CloseCaseDialog | None = None
        self.team_dialog: TeamDialog | None = None
        self.report_dialog: CaseReportDialog | None = None
        self.report_preview: PdfPreview | None = None
        self.status_buttons: dict[CaseStatus, QPushButton] = {}

        self.message = MessageArea()
        self.message.setObjectName("overviewMessage")
        left = QVBoxLayout()
        left.addWidget(self._build_case_box())
        left.addWidget(self._build_referral_box())
        left.addWidget(self._build_closing_box())
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(self._build_status_box())
        right.addWidget(self._build_history_box(), 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)

    # --- building ------------------------------------------------------------------

    def _build_case_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case"))
        form = QFormLayout(box)
        self.case_number = _value_label()
        self.case_number.setObjectName("caseNumber")
        self.programme = _value_label()
        self.status = _value_label()
        self.status.setObjectName("caseStatus")
        self.person = _value_label()
        self.person.setObjectName("personName")
        self.responsible = _value_label()
        self.staff = _value_label()
        self.agencies = _value_label()
        self.next_follow_up = _value_label()
        form.addRow(self.tr("Case number:"), self.case_number)
        form.addRow(self.tr("Programme:"), self.programme)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Responsible:"), self.responsible)
        form.addRow(self.tr("Other staff:"), self.staff)
        form.addRow(self.tr("Agencies involved:"), self.agencies)
        form.addRow(self.tr("Next follow-up:"), self.next_follow_up)
        self.team_button = QPushButton(self.tr("Change responsible, staff and &agencies…"))
        self.team_button.setObjectName("teamButton")
        self.team_button.setEnabled(False)
        self.team_button.clicked.connect(self.open_team_dialog)
        self.report_button = QPushButton(self.tr("Follow-up &report…"))
        self.report_button.setObjectName("caseReportButton")
        self.report_button.setToolTip(
            self.tr("Preview the follow-up report for the case file or for one of the parties")
        )
        self.report_button.setEnabled(False)
        self.report_button.setVisible(ReportKind.CASE in kinds_for(self._workspace.user.role))
        self.report_button.clicked.connect(self.open_report_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.team_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch()
        form.addRow(buttons)
        return box

    def _build_referral_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Referral"))
        form = QFormLayout(box)
        self.referral_date = _value_label()
        self.referral_source = _value_label()
        self.referral_reason = _value_label()
        form.addRow(self.tr("Date:"), self.referral_date)
        form.addRow(self.tr("From:"), self.referral_source)
        form.addRow(self.tr("Reason:"), self.referral_reason)
        return box

    def _build_closing_box(self) -> QGroupBox:
        self.closing_box = QGroupBox(self.tr("Closed"))
        self.closing_box.setObjectName("closingBox")
        form = QFormLayout(self.closing_box)
        self.closed_on = _value_label()
        self.closing_reason = _value_label()
        self.closing_reason.setObjectName("closingReasonValue")
        self.closing_summary = _value_label()
        self.closing_summary.setObjectName("closingSummaryValue")
        form.addRow(self.tr("Closed on:"), self.closed_on)
        form.addRow(self.tr("Reason:"), self.closing_reason)
        form.addRow(self.tr("Summary:"), self.closing_summary)
        self.closing_box.setVisible(False)
        return self.closing_box

    def _build_history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Status history"))
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("statusHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Note")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        self.history.setTabKeyNavigation(False)
        header = self.history.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.history)
        return box

    def _build_status_box(self) -> QGroupBox:
        self.status_box = QGroupBox(self.tr("Change status"))
        self.status_hint = QLabel()
        self.status_hint.setWordWrap(True)
        self.change_date = date_edit(latest=date.today())
        self.change_date.setObjectName("statusChangeDate")
        self.change_note = QLineEdit()
        self.change_note.setObjectName("statusChangeNote")
        self.change_note.setPlaceholderText(self.tr("Optional: why, or what was decided"))
        self.status_error = QLabel()
        self.status_error.setWordWrap(True)
        self.status_error.setStyleSheet("color: #a40000;")
        self.status_error.setVisible(False)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        date_label = QLabel(self.tr("&Date of change:"))
        date_label.setBuddy(self.change_date)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.change_note)
        form.addRow(date_label, self.change_date)
        form.addRow(note_label, self.change_note)
        self.status_buttons_row = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close &case…"))
        self.close_button.setObjectName("closeCaseButton")
        self.close_button.clicked.connect(self.open_close_dialog)
        buttons = QHBoxLayout()
        buttons.addLayout(self.status_buttons_row)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self.status_box)
        layout.addWidget(self.status_hint)
        layout.addLayout(form)
        layout.addWidget(self.status_error)
        layout.addLayout(buttons)
        return self.status_box

    # --- showing -------------------------------------------------------------------

    def set_case(self, case: CaseDetail) -> None:
        self.case = case
        self.case_number.setText(case.case_number)
        self.programme.setText(case.programme.label.render())
        self.status.setText(case.status.label.render())
        person = case.person
        number = person.personnummer or self.tr("no personnummer, born {date}").format(
            date=format_date(person.birth_date)
        )
        if person.protected_identity:
            text = self.tr("{name} ({number}) – PROTECTED IDENTITY")
        else:
            text = self.tr("{name} ({number})")
        self.person.setText(text.format(name=person.full_name, number=number))
        self.responsible.setText(case.responsible.display_name if case.responsible else "–")
        self.staff.setText(", ".join(m.display_name for m in case.staff) or "–")
        agencies = [
            self.tr("{agency} ({name})").format(agency=a.agency.label.render(), name=a.name)
            if a.name
            else a.agency.label.render()
            for a in case.agencies
        ]
        self.agencies.setText(", ".join(agencies) or "–")
        self.next_follow_up.setText(format_date(case.next_follow_up))
        self.team_button.setEnabled(self._may_edit and case.status.is_open)
        self.report_button.setEnabled(True)
        self.referral_date.setText(format_date(case.referral_date))
        self.referral_source.setText(case.referral_source.label.render())
        self.referral_reason.setText(case.referral_reason)
        self._show_history(case)
        self._show_closing(case)
        self._show_status_actions(case)

    def _show_history(self, case: CaseDetail) -> None:
        self.history.setRowCount(len(case.history))
        # Newest first: the current status is what one looks for.
        for row, change in enumerate(reversed(case.history)):
            from_text = change.from_status.label.render() if change.from_status else "–"
            cells = [
                format_date(change.changed_on),
                from_text,
                change.to_status.label.render(),
                change.changed_by,
                change.note or "",
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeRowsToContents()

    def _show_closing(self, case: CaseDetail) -> None:
        closed = case.status is CaseStatus.CLOSED
        self.closing_box.setVisible(closed)
        self.closed_on.setText(format_date(case.closed_on))
        self.closing_reason.setText(
            case.closing_reason.label.render() if case.closing_reason else ""
        )
        self.closing_summary.setText(case.closing_summary or "")

    def _show_status_actions(self, case: CaseDetail) -> None:
        for button in self.status_buttons.values():
            self.status_buttons_row.removeWidget(button)
            button.deleteLater()
        self.status_buttons = {}
        self.status_error.setVisible(False)
        targets = sorted(ALLOWED_TRANSITIONS[case.status] - {CaseStatus.CLOSED}, key=_ORDER.index)
        for target in targets:
            button = QPushButton(self.tr("Move to {status}").format(status=target.label.render()))
            button.setObjectName(f"statusButton_{target.value}")
            button.setEnabled(self._may_edit)
            button.clicked.connect(lambda _=False, t=target: self.change_status(t))
            self.status_buttons_row.addWidget(button)
            self.status_buttons[target] = button
        # Buttons made now would come last in the focus chain: put them after the note.
        previous: QWidget = self.change_note
        for button in self.status_buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.close_button)
        is_open = case.status.is_open
        self.close_button.setVisible(is_open)
        self.close_button.setEnabled(self._may_edit)
        self.change_date.setEnabled(is_open and self._may_edit)
        self.change_note.setEnabled(is_open and self._may_edit)
        self.change_date.setMinimumDate(to_qdate(case.referral_date))
        if not is_open:
            self.status_hint.setText(
                self.tr("The case is closed. A closed case is not reopened: open a new case.")
            )
        elif not self._may_edit:
            self.status_hint.setText(self.tr("Your role may read this case but not change it."))
        else:
            self.status_hint.setText(
                self.tr(
                    "The case is now {status}. Record the next step on the day it happened."
                ).format(status=case.status.label.render())
            )

    # --- changing ------------------------------------------------------------------

    def change_status(self, target: CaseStatus) -> None:
        workspace, case_id = self._workspace, self._case_id
        version = self.case.version if self.case is not None else None
        on = from_qdate(self.change_date.date())
        note = self.change_note.text()
        for button in self.status_buttons.values():
            button.setEnabled(False)
        run_for(
            self,
            lambda: cases.change_status(workspace, case_id, target, on, note, version),
            lambda _: self._status_changed(target),
            self._status_failed,
        )

    def _status_changed(self, target: CaseStatus) -> None:
        self.change_note.clear()
        self.message.show_text(
            self.tr("The status is now {status}.").format(status=target.label.render())
        )
        self.changed.emit()

    def _status_failed(self, error: BaseException) -> None:
        for button in self.status_buttons.values():
            button.setEnabled(self._may_edit)
        if isinstance(error, FieldError):
            self.status_error.setText(error.text.render())
            self.status_error.setVisible(True)
        else:
            self.message.show_error(error)
        if isinstance(error, ChangedMeanwhile):
            self.changed.emit()  # the case as saved now (the note stays, and in the drafts)

    def open_close_dialog(self) -> CloseCaseDialog | None:
        case = self.case
        if case is None:
            return None
        dialog = CloseCaseDialog(
            self._workspace, case.id, case.case_number, case.referral_date, self, case.version
        )
        dialog.accepted.connect(self._closed)
        dialog.rejected.connect(lambda: self._given_up(dialog))
        dialog.finished.connect(self._dialog_finished)
        self.close_dialog = dialog
        dialog.open()
        return dialog

    def open_team_dialog(self) -> TeamDialog | None:
        case = self.case
        if case is None:
            return None
        dialog = TeamDialog(self._workspace, case, self)
        dialog.accepted.connect(self.changed.emit)
        dialog.rejected.connect(lambda: self._given_up(dialog))
        dialog.finished.connect(lambda: self._team_dialog_finished(dialog))
        self.team_dialog = dialog
        dialog.open()
        return dialog

    def open_report_dialog(self) -> CaseReportDialog | None:
        """Choose whom the follow-up report is for; its preview opens after OK."""
        case = self.case
        if case is None:
            return None
        dialog = CaseReportDialog(self._workspace, case.id, case.case_number, self)
        dialog.accepted.connect(lambda: self._show_report(dialog))
        dialog.finished.connect(lambda: self._report_dialog_finished(dialog))
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _show_report(self, dialog: CaseReportDialog) -> None:
        preview = dialog.show_preview(self.window())
        self.report_preview = preview
        preview.destroyed.connect(lambda: self._report_preview_closed(preview))

    def _report_preview_closed(self, preview: PdfPreview) -> None:
        if self.report_preview is preview:
            self.report_preview = None

    def _report_dialog_finished(self, dialog: CaseReportDialog) -> None:
        dialog.deleteLater()
        if self.report_dialog is dialog:
            self.report_dialog = None

    def _given_up(self, dialog: ServiceDialog) -> None:
        # Closed after a refusal (changed meanwhile, say): show the case as saved now,
        # so that the next try starts from it.
        if dialog.message.text():
            self.changed.emit()

    def _team_dialog_finished(self, dialog: TeamDialog) -> None:
        dialog.deleteLater()
        if self.team_dialog is dialog:
            self.team_dialog = None

    def _dialog_finished(self) -> None:
        if self.close_dialog is not None:
            self.close_dialog.deleteLater()
            self.close_dialog = None

    def _closed(self) -> None:
        self.message.show_text(self.tr("The case is closed."))
        self.changed.emit()
