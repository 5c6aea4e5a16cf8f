"""Möten: the meetings a case was on, its own part of their minutes, and its follow-ups.

A shared SSPF sitting takes several young people; this tab shows this
case's items only (``services.minutes.case_meetings`` never returns the
others) and says how many other cases the sitting took, never which.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import drafts as draft_store
from caseflow.services import follow_ups, minutes, permissions, plans
from caseflow.services.follow_ups import FollowUpView
from caseflow.services.minutes import ActionView, CaseMeeting, ItemView
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.follow_up_dialog import (
    FollowUpDialog,
    FollowUpInputs,
    MeetingChoice,
    follow_up_draft_key,
    load_inputs,
    meeting_choice_label,
)
from caseflow.ui.cases.tab_support import MessageArea, format_date, run_for
from caseflow.ui.drafts import DraftKeeper

_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Loaded:
    meetings: list[CaseMeeting]
    follow_ups: list[FollowUpView]
    goal_texts: dict[int, str]
    has_draft: bool


def other_cases(meeting: CaseMeeting) -> int:
    """How many other cases the sitting took up ("+2" in the service's list)."""
    count = 0
    for number in meeting.meeting.case_numbers[1:]:
        count += int(number[1:]) if number.startswith("+") and number[1:].isdigit() else 1
    return count


class MeetingsTab(QWidget):
    """Emits ``changed`` after a follow-up was recorded."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        keeper: DraftKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsTab")
        self._workspace = workspace
        self._case_id = case_id
        self._keeper = keeper
        self._may_open = permissions.may(workspace, Action.READ_MEETINGS)
        self._may_follow_up = permissions.may(workspace, Action.EDIT_CASE)
        self.case_number = ""
        self.meetings: list[CaseMeeting] = []
        self.follow_ups: list[FollowUpView] = []
        self._goal_texts: dict[int, str] = {}
        self.loaded = False
        self.dialog: FollowUpDialog | None = None
        self.meeting_editor: QWidget | None = None
        self._selected_after_load: int | None = None

        self.message = MessageArea()
        self.message.setObjectName("meetingsMessage")
        self.open_button = QPushButton(self.tr("Open meet&ing"))
        self.open_button.setObjectName("openMeeting")
        self.open_button.setToolTip(self.tr("Open the meeting's preparation and minutes"))
        self.open_button.clicked.connect(self.open_meeting)
        self.follow_up_button = QPushButton(self.tr("Record &follow-up…"))
        self.follow_up_button.setObjectName("recordFollowUp")
        self.follow_up_button.clicked.connect(self.record_follow_up)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.follow_up_button)

        self.meeting_list = self._tree(
            "meetingList",
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Place"),
                self.tr("Minutes"),
                self.tr("Other cases"),
            ],
        )
        self.meeting_list.setToolTip(self.tr("Press Enter or double-click to open the meeting."))
        self.meeting_list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.meeting_list.itemActivated.connect(lambda *_: self.open_meeting())
        self.reader = QTextBrowser()
        self.reader.setObjectName("meetingMinutes")
        self.reader.setOpenLinks(False)
        self.reader.setTabChangesFocus(True)

        self.follow_up_list = self._tree(
            "followUpList",
            [
                self.tr("Date"),
                self.tr("Goals"),
                self.tr("Summary"),
                self.tr("Recorded by"),
            ],
        )
        for column in (1, 2):  # goals and summary share the width; tooltips hold the rest
            self.follow_up_list.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        follow_up_box = QGroupBox(self.tr("Follow-ups"))
        follow_up_layout = QVBoxLayout(follow_up_box)
        follow_up_layout.setContentsMargins(4, 4, 4, 4)
        follow_up_layout.addWidget(self.follow_up_list)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.meeting_list)
        top.addWidget(self.reader)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([560, 680])
        top.setChildrenCollapsible(False)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(top)
        parts.addWidget(follow_up_box)
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 1)
        parts.setSizes([440, 180])
        parts.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(parts, 1)
        self._selection_changed()
        self.load()

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def set_case_number(self, number: str) -> None:
        self.case_number = number

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        workspace, case_id = self._workspace, self._case_id
        may_follow_up = self._may_follow_up

        def work() -> _Loaded:
            found = minutes.case_meetings(workspace, case_id)
            done = follow_ups.list_follow_ups(workspace, case_id)
            goals = {g.id: g.text for g in plans.get_plan(workspace, case_id)}
            draft = may_follow_up and (
                draft_store.load_draft(workspace, follow_up_draft_key(case_id)) is not None
            )
            return _Loaded(found, done, goals, draft)

        run_for(self, work, self._loaded, self.message.show_error)

    def _loaded(self, found: _Loaded) -> None:
        selected = self._selected_after_load or self.selected_id()
        self._selected_after_load = None
        self.meetings = found.meetings
        self.follow_ups = found.follow_ups
        self._goal_texts = found.goal_texts
        self._fill_meetings()
        self._fill_follow_ups()
        if found.has_draft and self.dialog is None:
            self.message.show_text(
                self.tr(
                    "A follow-up you started earlier is not saved yet. "
                    "Record follow-up… brings it back."
                )
            )
        self._select(selected)
        if self.meeting_list.currentItem() is None and self.meetings:
            first = self.meeting_list.topLevelItem(0)
            if first is not None:
                self.meeting_list.setCurrentItem(first)
        self._selection_changed()
        self.loaded = True

    def _fill_meetings(self) -> None:
        self.meeting_list.clear()
        for found in self.meetings:
            row = found.meeting
            cancelled = self.tr("Cancelled")
            status = cancelled if row.cancelled else row.minutes_status.label.render()
            others = other_cases(found)
            item = QTreeWidgetItem(
                [
                    row.starts_at.strftime("%Y-%m-%d %H:%M"),
                    row.type_label,
                    row.place,
                    status,
                    self.tr("+%n other case(s)", "", others) if others else "–",
                ]
            )
            item.setData(0, _ID_ROLE, row.id)
            self.meeting_list.addTopLevelItem(item)
        if not self.meetings:
            empty = QTreeWidgetItem([self.tr("The case has not been on a meeting's agenda yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.meeting_list.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)

    def _fill_follow_ups(self) -> None:
        self.follow_up_list.clear()
        for done in self.follow_ups:
            goals = "; ".join(
                self.tr("{goal}: {status}").format(
                    goal=self._goal_texts.get(goal_id, "?"), status=status.label.render()
                )
                for goal_id, status, _ in done.goals
            )
            summary = done.summary.splitlines()[0] if done.summary else ""
            item = QTreeWidgetItem([format_date(done.held_on), goals or "–", summary, done.author])
            item.setData(0, _ID_ROLE, done.id)
            item.setToolTip(1, self._goal_notes(done))
            item.setToolTip(2, done.summary)
            self.follow_up_list.addTopLevelItem(item)
        if not self.follow_ups:
            empty = QTreeWidgetItem([self.tr("No follow-up recorded yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.follow_up_list.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)

    def _goal_notes(self, done: FollowUpView) -> str:
        return "\n".join(
            self.tr("{goal}: {status}. {note}").format(
                goal=self._goal_texts.get(goal_id, "?"), status=status.label.render(), note=note
            )
            for goal_id, status, note in done.goals
        )

    def _select(self, meeting_id: int | None) -> None:
        for index in range(self.meeting_list.topLevelItemCount()):
            item = self.meeting_list.topLevelItem(index)
            if item is not None and meeting_id is not None and item.data(0, _ID_ROLE) == meeting_id:
                self.meeting_list.setCurrentItem(item)
                return

    # --- selection -------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        item = self.meeting_list.currentItem()
        value = item.data(0, _ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected(self) -> CaseMeeting | None:
        meeting_id = self.selected_id()
        return next((m for m in self.meetings if m.meeting.id == meeting_id), None)

    def _selection_changed(self) -> None:
        found = self.selected()
        self.open_button.setEnabled(self._may_open and found is not None)
        self.follow_up_button.setEnabled(self._may_follow_up and self.dialog is None)
        self.reader.setHtml(self._minutes_html(found))

    # --- the case's part of the minutes ---------------------------------------------------

    def _minutes_html(self, found: CaseMeeting | None) -> str:
        if found is None:
            hint = self.tr("Select a meeting to read the case's part of it.")
            return f"<p>{html.escape(hint)}</p>"
        row = found.meeting
        parts = [
            f"<h3>{html.escape(format_date(row.starts_at.date()))} · "
            f"{html.escape(row.type_label)}</h3>",
        ]
        facts = [
            self.tr("Time: {start}–{end}").format(
                start=row.starts_at.strftime("%H:%M"), end=row.ends_at.strftime("%H:%M")
            ),
            self.tr("Place: {place}").format(place=row.place or "–"),
            self.tr("Minutes: {status}").format(status=row.minutes_status.label.render()),
        ]
        parts.append("<p>" + "<br>".join(html.escape(f) for f in facts) + "</p>")
        if row.cancelled:
            parts.append("<p><b>" + html.escape(self.tr("The meeting was cancelled.")) + "</b></p>")
        others = other_cases(found)
        if others:
            note = self.tr(
                "The sitting also took up %n other case(s). Their part of the minutes "
                "belongs to them and is not shown here.",
                "",
                others,
            )
            parts.append(f"<p><i>{html.escape(note)}</i></p>")
        if not row.minutes_status.is_locked and found.items:
            draft = self.tr("Draft minutes: not approved, and may still change.")
            parts.append(f"<p><i>{html.escape(draft)}</i></p>")
        # Draft minutes hold an empty item per agenda heading until someone writes in it.
        originals = [i for i in found.items if i.corrects is None and not _is_empty(i)]
        if not originals:
            none = self.tr("Nothing is minuted for this case yet.")
            parts.append(f"<p>{html.escape(none)}</p>")
        for item in originals:
            parts.append(self._item_html(item, found.items))
        return "".join(parts)

    def _item_html(self, item: ItemView, items: tuple[ItemView, ...], depth: int = 0) -> str:
        margin = 24 * depth
        if item.corrects is None:
            title = html.escape(item.heading)
        else:
            title = html.escape(
                self.tr("Correction of {date} by {author}").format(
                    date=format_date(item.written_on), author=item.written_by
                )
            )
        parts = [f'<div style="margin-left:{margin}px"><h4>{title}</h4>']
        if item.notes:
            parts.append(f"<p>{_text(item.notes)}</p>")
        if item.decisions:
            label = html.escape(self.tr("Decisions:"))
            parts.append(f"<p><b>{label}</b><br>{_text(item.decisions)}</p>")
        if item.actions:
            label = html.escape(self.tr("Agreed actions:"))
            lines = "".join(f"<li>{html.escape(self._action_text(a))}</li>" for a in item.actions)
            parts.append(f"<p><b>{label}</b></p><ul>{lines}</ul>")
        if item.next_date is not None:
            text = self.tr("Next meeting or follow-up: {date}").format(
                date=format_date(item.next_date)
            )
            parts.append(f"<p><b>{html.escape(text)}</b></p>")
        parts.append("</div>")
        # Corrections stand under the item they correct; the item itself stays as it was.
        for correction in items:
            if correction.corrects == item.number:
                parts.append(self._item_html(correction, items, depth + 1))
        return "".join(parts)

    def _action_text(self, action: ActionView) -> str:
        return self.tr("{what} – {agency}, {responsible}, due {due}: {status}").format(
            what=action.what,
            agency=action.agency.label.render(),
            responsible=action.responsible or "–",
            due=format_date(action.due),
            status=action.status.label.render(),
        )

    def shown_text(self) -> str:
        """The minutes text on screen now (for tests and for copying)."""
        return self.reader.toPlainText()

    # --- opening a meeting -----------------------------------------------------------------

    def open_meeting(self) -> None:
        found = self.selected()
        if found is None or not self._may_open:
            return
        # Imported here: the meetings area is a package of its own, loaded when first used.
        from caseflow.ui.meetings.editor import open_meeting_editor

        editor = open_meeting_editor(self, self._workspace, self._keeper, found.meeting.id)
        self.meeting_editor = editor
        # What was minuted there shows here once the editor closes.
        editor.destroyed.connect(self._editor_closed)

    def _editor_closed(self) -> None:
        self.meeting_editor = None
        self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Back from a meeting editor that stays open elsewhere: read what it changed.
        if self.meeting_editor is not None and self.loaded:
            self.load()

    # --- follow-up -------------------------------------------------------------------------

    def record_follow_up(self) -> None:
        if not self._may_follow_up or self.dialog is not None:
            return
        self.follow_up_button.setEnabled(False)
        workspace, case_id = self._workspace, self._case_id
        run_for(self, lambda: load_inputs(workspace, case_id), self._open_dialog, self._not_opened)

    def _not_opened(self, error: BaseException) -> None:
        self.follow_up_button.setEnabled(self._may_follow_up)
        self.message.show_error(error)

    def _open_dialog(self, inputs: FollowUpInputs) -> None:
        today = date.today()
        choices = [
            MeetingChoice(
                m.meeting.id,
                m.meeting.starts_at.date(),
                meeting_choice_label(
                    m.meeting.starts_at.date(), m.meeting.type_label, m.meeting.place
                ),
            )
            for m in self.meetings
            if not m.meeting.cancelled and m.meeting.starts_at.date() <= today
        ]
        dialog = FollowUpDialog(
            self._workspace,
            self._case_id,
            self._keeper,
            inputs,
            choices,
            self.case_number,
            self,
        )
        dialog.accepted.connect(self._follow_up_saved)
        dialog.finished.connect(self._dialog_closed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        self.message.clear_message()
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self._selection_changed()

    def _follow_up_saved(self) -> None:
        self.message.show_text(self.tr("The follow-up was recorded."))
        self.load()
        self.changed.emit()


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def _is_empty(item: ItemView) -> bool:
    return not (item.notes.strip() or item.decisions.strip() or item.actions or item.next_date)
