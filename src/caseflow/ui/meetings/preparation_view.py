"""The preparation mode of the meeting editor (förberedelse), for the field assistant.

The agenda from the type's template (per case), the checklist (each tick is
saved at once), the field assistant's own notes (kept as a draft while
unsaved), and per case the preparation summary: open and overdue actions,
goals, the last and next follow-up, and every invitee's consent coverage on
the meeting date. Anyone not covered is marked in words as well as colour.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import GoalStatus
from caseflow.domain.meetings import PreparationSummary
from caseflow.services import drafts as draft_store
from caseflow.services import meetings
from caseflow.services.drafts import DraftView
from caseflow.services.meetings import MeetingDetail, TrackedAction
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, format_date, run_for
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.form_rescue import NO_RESCUE
from caseflow.ui.pdf_preview import show_pdf

Summary = PreparationSummary[TrackedAction]
WARNING = "#a40000"
FINE = "#1e6b2e"


def agenda_pdf(workspace: Workspace, meeting_id: int) -> bytes:
    """The agenda as a PDF (runs on a worker thread)."""
    from caseflow.services import meeting_documents

    return meeting_documents.agenda_pdf(workspace, meeting_id)


@dataclass(frozen=True)
class PreparationData:
    summaries: list[Summary]
    draft: DraftView | None


def _cell(text: str, bold: bool = False, colour: str | None = None) -> str:
    body = html.escape(text)
    if bold:
        body = f"<b>{body}</b>"
    style = f' style="color:{colour}"' if colour else ""
    return f"<td{style}>{body}</td>"


class SummaryHtml(QObject):
    """The per-case summaries as one HTML page for a QTextBrowser (words, never colour alone)."""

    def page(self, summaries: Sequence[Summary]) -> str:
        return "".join(self.case(s) for s in summaries)

    def case(self, s: Summary) -> str:
        parts = [f"<h3>{html.escape(str(s.case_number))}</h3>"]
        if s.warnings:
            items = "".join(f"<li>{html.escape(w.render())}</li>" for w in s.warnings)
            parts.append(
                f'<table width="100%" cellpadding="6" style="background-color:#fde7e7; '
                f'border: 2px solid {WARNING}"><tr><td style="color:#7a0000">'
                f"<b>⚠ {html.escape(self.tr('Warning:'))}</b><ul>{items}</ul></td></tr></table>"
            )
        parts.append(self.invitees(s))
        parts.append(self.follow_ups(s))
        parts.append(self.actions(s))
        parts.append(self.goals(s))
        return "".join(parts)

    def _table(self, headers: Sequence[str], rows: Sequence[str]) -> str:
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
        return (
            '<table cellpadding="3" cellspacing="0" border="1" width="100%" '
            f'style="border-color:#999">'
            f"<tr style='background-color:#eeeeee'>{head}</tr>{''.join(rows)}</table>"
        )

    def invitees(self, s: Summary) -> str:
        title = self.tr("Invitees: consent on %1").replace("%1", format_date(s.meeting_date))
        if not s.invitees:
            return f"<h4>{html.escape(title)}</h4><p>{html.escape(self.tr('No invitees.'))}</p>"
        rows = []
        for invitee in s.invitees:
            person = invitee.participant
            party = invitee.coverage.party.label
            party_text = party.render() if not isinstance(party, str) else party
            if invitee.covered:
                state = _cell(self.tr("Covered"), colour=FINE)
                why = html.escape(invitee.coverage.reasons[0].render())
            else:
                state = _cell(self.tr("NOT COVERED"), bold=True, colour=WARNING)
                why = html.escape("; ".join(reason.render() for reason in invitee.coverage.reasons))
            rows.append(
                "<tr>"
                + _cell(person.name)
                + _cell(party_text)
                + _cell(person.role or "–")
                + state
                + f"<td>{why}</td></tr>"
            )
        headers = [
            self.tr("Name"),
            self.tr("Party"),
            self.tr("Role"),
            self.tr("Consent"),
            self.tr("Why"),
        ]
        return f"<h4>{html.escape(title)}</h4>" + self._table(headers, rows)

    def follow_ups(self, s: Summary) -> str:
        last = format_date(s.last_follow_up) if s.last_follow_up else self.tr("none held yet")
        next_due = format_date(s.next_follow_up)
        if s.follow_up_overdue:
            next_text = (
                f"<b style='color:{WARNING}'>{html.escape(next_due)} "
                f"({html.escape(self.tr('overdue'))})</b>"
            )
        else:
            next_text = html.escape(next_due)
        return (
            f"<h4>{html.escape(self.tr('Follow-up'))}</h4><p>"
            f"{html.escape(self.tr('Last follow-up:'))} {html.escape(last)}<br>"
            f"{html.escape(self.tr('Next follow-up due:'))} {next_text}</p>"
        )

    def actions(self, s: Summary) -> str:
        title = self.tr("Open actions (%1, of which %2 overdue)")
        title = title.replace("%1", str(len(s.open_actions))).replace(
            "%2", str(len(s.overdue_actions))
        )
        if not s.open_actions:
            return f"<h4>{html.escape(title)}</h4><p>{html.escape(self.tr('No open actions.'))}</p>"
        late = {a.id for a in s.overdue_actions}
        rows = []
        for a in s.open_actions:
            overdue = a.id in late
            status = self.tr("OVERDUE") if overdue else a.status.label.render()
            rows.append(
                "<tr>"
                + _cell(a.what)
                + _cell(a.agency.label.render())
                + _cell(a.responsible or "–")
                + _cell(format_date(a.due), bold=overdue, colour=WARNING if overdue else None)
                + _cell(status, bold=overdue, colour=WARNING if overdue else None)
                + "</tr>"
            )
        headers = [
            self.tr("What"),
            self.tr("Agency"),
            self.tr("Responsible"),
            self.tr("Due"),
            self.tr("Status"),
        ]
        return f"<h4>{html.escape(title)}</h4>" + self._table(headers, rows)

    def goals(self, s: Summary) -> str:
        title = self.tr("Goals")
        if not s.goals:
            return f"<h4>{html.escape(title)}</h4><p>{html.escape(self.tr('No goals yet.'))}</p>"
        rows = [
            "<tr>"
            + _cell(g.text)
            + _cell(g.status.label.render(), bold=g.status is GoalStatus.NOT_ACHIEVED)
            + _cell(format_date(g.target_date))
            + "</tr>"
            for g in s.goals
        ]
        headers = [self.tr("Goal"), self.tr("Status"), self.tr("Target date")]
        return f"<h4>{html.escape(title)}</h4>" + self._table(headers, rows)


class PreparationView(QWidget):
    """Agenda, checklist, notes and the per-case summaries; ``ready`` once they are shown."""

    ready = Signal()

    def __init__(
        self,
        workspace: Workspace,
        keeper: DraftKeeper,
        meeting_id: int,
        may_edit: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preparationView")
        self._workspace = workspace
        self._keeper = keeper
        self.meeting_id = meeting_id
        self._may_edit = may_edit
        self.detail: MeetingDetail | None = None
        self.summaries: list[Summary] = []
        self.loaded = False
        self.drafts_restored = False
        self.saved_notes = ""
        self._saved_ticks: tuple[int, ...] = ()
        self._saving = False
        self._save_again = False
        self.checkboxes: list[QCheckBox] = []

        self.message = MessageArea()
        self.message.setObjectName("preparationMessage")
        self.agenda = QTreeWidget()
        self.agenda.setObjectName("agendaTree")
        self.agenda.setHeaderHidden(True)
        self.agenda.setRootIsDecorated(False)
        self.checklist_box = QVBoxLayout()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("preparationNotes")
        self.notes.setTabChangesFocus(True)
        # It keeps its own draft: the lock-time rescue of typed text skips it.
        self.notes.setProperty(NO_RESCUE, True)
        self.notes.setPlaceholderText(
            self.tr("Your own preparation: what to raise, whom to call. Ctrl+S saves.")
        )
        self.notes.textChanged.connect(self._notes_edited)
        self.notes.setReadOnly(True)  # until a stored draft may have come back into it
        self.save_button = QPushButton(self.tr("&Save notes"))
        self.save_button.setObjectName("saveNotes")
        self.save_button.clicked.connect(self.save_notes)
        self.notes_state = QLabel()
        self.notes_state.setObjectName("notesState")
        self.print_button = QPushButton(self.tr("Print a&genda…"))
        self.print_button.setObjectName("printAgenda")
        self.print_button.clicked.connect(self.print_agenda)
        self.summary = QTextBrowser()
        self.summary.setObjectName("preparationSummary")
        self.summary.setOpenLinks(False)
        self.summary.setTabChangesFocus(True)
        # Its tables wrap to the width; rounding alone would show a useless scroll bar.
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left())
        summary_box = QGroupBox(self.tr("Per case"))
        QVBoxLayout(summary_box).addWidget(self.summary)
        splitter.addWidget(summary_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._update_notes_state()

    def _build_left(self) -> QWidget:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        agenda_box = QGroupBox(self.tr("Agenda"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda)
        agenda_layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        checklist = QGroupBox(self.tr("Checklist"))
        checklist.setLayout(self.checklist_box)
        notes_box = QGroupBox(self.tr("Preparation notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.notes_state, 1)
        notes_layout.addLayout(row)
        layout.addWidget(agenda_box, 3)
        layout.addWidget(checklist)
        layout.addWidget(notes_box, 2)
        return left

    # --- DraftSource (the notes) ------------------------------------------------------------

    def draft_key(self) -> str:
        return f"meeting:{self.meeting_id}:preparation"

    def draft_title(self) -> str:
        day = format_date(self.detail.date) if self.detail else ""
        return self.tr("Preparation notes, meeting %1").replace("%1", day)

    def draft_text(self) -> str | None:
        text = self.notes.toPlainText()
        return text if text.strip() and text != self.saved_notes else None

    def has_unsaved_changes(self) -> bool:
        return self.notes.toPlainText() != self.saved_notes

    # --- loading -------------------------------------------------------------------------

    def set_meeting(self, detail: MeetingDetail) -> None:
        """Show the agenda and checklist of ``detail``; the first time, load the rest."""
        first = self.detail is None
        self.detail = detail
        self._fill_agenda(detail)
        self._fill_checklist(detail)
        if first:
            self.saved_notes = detail.preparation_notes
            self.notes.setPlainText(detail.preparation_notes)
        self.print_button.setEnabled(True)
        self.load()

    def load(self) -> None:
        workspace, meeting_id, key = self._workspace, self.meeting_id, self.draft_key()
        first = not self.drafts_restored

        def work() -> PreparationData:
            summaries = meetings.preparation(workspace, meeting_id)
            draft = draft_store.load_draft(workspace, key) if first else None
            return PreparationData(summaries, draft)

        run_for(self, work, self._loaded, self.message.show_error)

    def _loaded(self, data: PreparationData) -> None:
        self.summaries = data.summaries
        scroll = self.summary.verticalScrollBar().value()
        self.summary.setHtml(SummaryHtml().page(data.summaries))
        self.summary.verticalScrollBar().setValue(scroll)
        if not self.drafts_restored:
            if data.draft is not None and data.draft.content != self.saved_notes:
                self.notes.setPlainText(data.draft.content)
                self.message.show_text(self.tr("Unsaved notes restored from a draft."))
            # Only now: a keeper save before the draft was back would erase it.
            self._keeper.register(self)
            self.drafts_restored = True
        self.notes.setReadOnly(not self._may_edit)
        self._update_notes_state()
        self.loaded = True
        self.ready.emit()

    def _fill_agenda(self, detail: MeetingDetail) -> None:
        self.agenda.clear()
        numbers = {c.case_id: c.case_number for c in detail.cases}
        tops: dict[int, QTreeWidgetItem] = {}
        for case_id, heading in detail.agenda:
            top = tops.get(case_id)
            if top is None:
                top = QTreeWidgetItem([numbers.get(case_id, "?")])
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                self.agenda.addTopLevelItem(top)
                tops[case_id] = top
            top.addChild(QTreeWidgetItem([f"{top.childCount() + 1}. {heading}"]))
        self.agenda.expandAll()

    def _fill_checklist(self, detail: MeetingDetail) -> None:
        if self.checkboxes and len(self.checkboxes) == len(detail.checklist):
            return  # the boxes already show the ticks, each saved as it was made
        for box in self.checkboxes:
            box.setParent(None)
            box.deleteLater()
        self.checkboxes = []
        for point in detail.checklist:
            box = QCheckBox(point.text)
            box.setObjectName("checklistPoint")
            box.setChecked(point.done)
            box.setEnabled(self._may_edit)
            box.toggled.connect(self._ticked)
            self.checklist_box.addWidget(box)
            self.checkboxes.append(box)
        if not detail.checklist:
            self.checklist_box.addWidget(QLabel(self.tr("This type of meeting has no checklist.")))
        self._saved_ticks = tuple(i for i, point in enumerate(detail.checklist) if point.done)

    # --- saving --------------------------------------------------------------------------

    def ticks(self) -> tuple[int, ...]:
        return tuple(i for i, box in enumerate(self.checkboxes) if box.isChecked())

    def _ticked(self) -> None:
        # A tick is saved at once, with the notes as last saved (typed notes wait for Save).
        self._save(self.ticks(), self.saved_notes)

    def save_notes(self) -> None:
        """Ctrl+S in this mode: store the notes (and the ticks)."""
        if not self._may_edit or not self.has_unsaved_changes():
            return
        self._save(self.ticks(), self.notes.toPlainText())

    def _save(self, ticks: tuple[int, ...], notes: str) -> None:
        if self._saving:
            # One save at a time, in order; the latest state goes next.
            self._save_again = True
            return
        workspace, meeting_id, key = self._workspace, self.meeting_id, self.draft_key()
        notes_changed = notes != self.saved_notes

        def work() -> None:
            meetings.save_preparation(workspace, meeting_id, ticks, notes)
            if notes_changed:
                draft_store.discard_draft(workspace, key)

        self._saving = True
        self._update_notes_state()
        run_for(self, work, lambda _: self._saved(ticks, notes), self._save_failed)

    def _saved(self, ticks: tuple[int, ...], notes: str) -> None:
        self._saving = False
        self._saved_ticks = ticks
        if notes != self.saved_notes:
            self.saved_notes = notes
            self._keeper.changed()
            self.message.show_text(self.tr("The preparation notes were saved."))
        self._update_notes_state()
        if self._save_again:
            self._save_again = False
            if self.ticks() != self._saved_ticks:
                self._save(self.ticks(), self.saved_notes)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._save_again = False
        self.message.show_error(error)
        self._update_notes_state()

    def _notes_edited(self) -> None:
        if self.drafts_restored:
            self._keeper.changed()
        self._update_notes_state()

    def _update_notes_state(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(self._may_edit and dirty and not self._saving)
        if self._saving:
            self.notes_state.setText(self.tr("Saving…"))
        elif dirty:
            self.notes_state.setText(self.tr("Unsaved changes"))
        else:
            self.notes_state.setText("")

    def unregister(self) -> None:
        if shiboken6.isValid(self._keeper):
            self._keeper.unregister(self)

    # --- printing ------------------------------------------------------------------------

    def print_agenda(self) -> QWidget | None:
        detail = self.detail
        if detail is None:
            return None
        workspace, meeting_id = self._workspace, self.meeting_id
        day = format_date(detail.date)
        return show_pdf(
            self.window(),
            self.tr("Agenda %1 – %2").replace("%1", day).replace("%2", detail.type_label),
            lambda: agenda_pdf(workspace, meeting_id),
            self.tr("Agenda %1 %2.pdf").replace("%1", day).replace("%2", detail.type_label),
        )
