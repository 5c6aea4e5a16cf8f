"""A follow-up (uppföljning): each open goal's status, the factors afresh, a summary.

The factor grid is the mapping dialog's own (``AssessmentDialog``), started
from the latest mapping; a follow-up saves a dated assessment too. What is
typed is a draft kept by the ``DraftKeeper`` until the follow-up is saved or
the user drops it, so an auto-lock or a crash loses nothing.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.assessment import FactorPresence
from caseflow.domain.cases import GoalStatus
from caseflow.domain.meetings import GoalReview
from caseflow.services import assessments, follow_ups, plans
from caseflow.services import drafts as draft_store
from caseflow.services.assessments import AssessmentView
from caseflow.services.drafts import DraftView
from caseflow.services.plans import GoalView
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_mapping_dialog import AssessmentDialog
from caseflow.ui.cases.tab_support import (
    confirm,
    field_message,
    format_date,
    from_qdate,
    select_value,
    to_qdate,
)
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.form_rescue import NO_RESCUE
from caseflow.ui.worker import run_in_background


def follow_up_draft_key(case_id: int) -> str:
    return f"follow_up:case:{case_id}:new"


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting of the case the follow-up may have been held at."""

    id: int
    held_on: date
    label: str


@dataclass(frozen=True)
class FollowUpInputs:
    """What the dialog starts from, read in the background before it opens."""

    goals: tuple[GoalView, ...]
    latest: AssessmentView | None
    draft: DraftView | None


def load_inputs(workspace: Workspace, case_id: int) -> FollowUpInputs:
    """The plan, the latest mapping and any unsaved draft (runs on a worker thread)."""
    goals = plans.get_plan(workspace, case_id)
    mappings = assessments.list_assessments(workspace, case_id)
    draft = draft_store.load_draft(workspace, follow_up_draft_key(case_id))
    return FollowUpInputs(tuple(goals), mappings[-1] if mappings else None, draft)


@dataclass
class _GoalRow:
    goal: GoalView
    status: QComboBox
    note: QLineEdit


def _ignore(error: BaseException) -> None:
    # Clearing a draft is housekeeping: a draft left over is offered again, not lost.
    del error


def _unregister(keeper: DraftKeeper, source: FollowUpDialog) -> None:
    if shiboken6.isValid(keeper):
        keeper.unregister(source)


class FollowUpDialog(AssessmentDialog):
    """Records one follow-up; ``result_value`` is its id once saved."""

    # Read by ``problems``/``validate``, which the base class calls while it builds.
    _goal_rows: tuple[_GoalRow, ...] = ()
    _ready = False

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        keeper: DraftKeeper,
        inputs: FollowUpInputs,
        meetings: Sequence[MeetingChoice] = (),
        case_number: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, case_id, inputs.latest, parent)
        # It keeps its own draft and restores it: the lock-time rescue skips it.
        self.setProperty(NO_RESCUE, True)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Record follow-up"))
        self._keeper = keeper
        self._case_number = case_number or str(case_id)
        self._meetings = tuple(meetings)
        self._finished_with: str | None = None  # "saved" or "discarded"

        self._adapt_mapping_fields()
        self.meeting = QComboBox()
        self.meeting.setObjectName("followUpMeeting")
        self.meeting.addItem(self.tr("Not held at a meeting"), None)
        for choice in self._meetings:
            self.meeting.addItem(choice.label, choice.id)
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)
        self.add_field(self.tr("At m&eeting:"), self.meeting)
        self.content.insertWidget(1, self._goal_box(inputs.goals))
        self.content.insertWidget(2, self._factor_heading())
        self.summary_message = field_message()
        self.content.insertWidget(self.content.indexOf(self.summary) + 1, self.summary_message)
        self._field_messages["summary"] = self.summary_message
        self._field_messages["held_on"] = self.field_label("assessed_on")
        self.summary.textChanged.connect(lambda: self.changed("summary"))
        self.buttons.rejected.disconnect(self.reject)
        self.buttons.rejected.connect(self.cancel)
        self.ok_button.setText(self.tr("Save the &follow-up"))

        self._baseline = self.state()
        if inputs.draft is not None:
            self._restore(inputs.draft.content)
        self._watch_edits()
        keeper.register(self)
        self.destroyed.connect(partial(_unregister, keeper, self))
        self.finished.connect(self._closed)
        self._ready = True
        self.validate()
        self.resize(940, 690)

    # --- building --------------------------------------------------------------------

    def _adapt_mapping_fields(self) -> None:
        """The mapping dialog's fields, worded for a follow-up and started from the last mapping."""
        date_row = self.assessed_on.parentWidget()
        date_label = self.form.labelForField(date_row) if date_row is not None else None
        if isinstance(date_label, QLabel):
            date_label.setText(self.tr("&Date of the follow-up:"))
        if self._previous is not None:
            self.copy_previous()
            # Already copied: the button would only undo what was changed since.
            self.form.setRowVisible(self.copy_button, False)
        self.summary.setPlaceholderText(
            self.tr("How the work has gone since the last follow-up, and what happens next.")
        )

    def _factor_heading(self) -> QLabel:
        if self._previous is None:
            text = self.tr("Risk and protective factors, looked at afresh:")
        else:
            text = self.tr(
                "Risk and protective factors, looked at afresh (filled in from the mapping "
                "of {date}; change what is different now):"
            ).format(date=format_date(self._previous.assessed_on))
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _goal_box(self, goals: Sequence[GoalView]) -> QGroupBox:
        box = QGroupBox(self.tr("Goals of the action plan"))
        layout = QVBoxLayout(box)
        open_goals = [g for g in goals if not g.status.is_final]
        if not open_goals:
            layout.addWidget(QLabel(self.tr("The action plan has no open goals to follow up.")))
            return box
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        for column, header in enumerate(
            (self.tr("Goal (status until now)"), self.tr("Status now"), self.tr("Note"))
        ):
            grid.addWidget(QLabel(f"<b>{header}</b>"), 0, column)
        rows = []
        for index, goal in enumerate(open_goals, start=1):
            label = QLabel(
                self.tr("{goal} ({status})").format(
                    goal=goal.text, status=goal.status.label.render()
                )
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            status = QComboBox()
            status.setObjectName(f"goalStatus_{goal.id}")
            status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            status.addItem(self.tr("Choose a status…"), None)
            for value in GoalStatus:
                status.addItem(value.label.render(), value.value)
            label.setBuddy(status)
            note = QLineEdit()
            note.setObjectName(f"goalNote_{goal.id}")
            note.setPlaceholderText(self.tr("What the follow-up found (optional)"))
            note.setMaxLength(2000)
            grid.addWidget(label, index, 0)
            grid.addWidget(status, index, 1)
            grid.addWidget(note, index, 2)
            rows.append(_GoalRow(goal, status, note))
        self._goal_rows = tuple(rows)
        area = QScrollArea()
        area.setWidget(grid_widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setMaximumHeight(min(190, 40 + 34 * len(rows)))
        layout.addWidget(area)
        self.goals_message = field_message()
        layout.addWidget(self.goals_message)
        self._field_messages["goals"] = self.goals_message
        return box

    def _watch_edits(self) -> None:
        keeper = self._keeper
        edits: list[Any] = [self.summary.textChanged, self.assessed_on.dateChanged]
        edits.append(self.meeting.currentIndexChanged)
        for row in self._goal_rows:
            edits.append(row.note.textEdited)
            row.status.currentIndexChanged.connect(lambda *_: self.changed("goals"))
            edits.append(row.status.currentIndexChanged)
        edits.extend(combo.currentIndexChanged for combo in self.presence.values())
        edits.extend(edit.textEdited for edit in self.comments.values())
        for signal in edits:
            signal.connect(lambda *_: keeper.changed())

    def _meeting_chosen(self) -> None:
        # A follow-up held at a meeting is dated the meeting's day.
        chosen = next((m for m in self._meetings if m.id == self.meeting.currentData()), None)
        if chosen is not None and chosen.held_on <= date.today():
            self.assessed_on.setDate(to_qdate(chosen.held_on))

    # --- values ----------------------------------------------------------------------

    def goal_reviews(self) -> list[GoalReview]:
        return [
            GoalReview(row.goal.id, GoalStatus(str(row.status.currentData())), row.note.text())
            for row in self._goal_rows
            if row.status.currentData() is not None
        ]

    def missing_goals(self) -> list[_GoalRow]:
        return [row for row in self._goal_rows if row.status.currentData() is None]

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if from_qdate(self.assessed_on.date()) > date.today():
            found["assessed_on"] = self.tr("A follow-up cannot be dated in the future.")
        missing = len(self.missing_goals())
        if missing:
            found["goals"] = self.tr(
                "Choose a status for every open goal (%n without one).", "", missing
            )
        if self._ready and not self.summary.toPlainText().strip():
            found["summary"] = self.tr("Write a summary of the follow-up.")
        return found

    def validate(self, show_all: bool = False) -> bool:
        valid = super().validate(show_all)
        # OK stays pressable: pressing it says what is missing and where.
        self.ok_button.setEnabled(not self._busy)
        return valid

    def submit(self) -> None:
        if not self._busy and not self.validate(show_all=True):
            missing = self.missing_goals()
            if missing:
                missing[0].status.setFocus()
            elif not self.summary.toPlainText().strip():
                self.summary.setFocus()
            return
        super().submit()

    def work(self) -> Callable[[], Any]:
        workspace, case_id = self._workspace, self._case_id
        held_on = from_qdate(self.assessed_on.date())
        reviews, factors = self.goal_reviews(), self.factor_entries()
        summary = self.summary.toPlainText()
        meeting = self.meeting.currentData()
        meeting_id = int(meeting) if meeting is not None else None
        key = self.draft_key()

        def save() -> int:
            saved = follow_ups.record_follow_up(
                workspace, case_id, held_on, reviews, factors, summary, meeting_id
            )
            draft_store.discard_draft(workspace, key)
            return saved

        return save

    def _done(self, result: Any) -> None:
        self._finished_with = "saved"
        super()._done(result)

    # --- drafts (DraftSource) ----------------------------------------------------------

    def draft_key(self) -> str:
        return follow_up_draft_key(self._case_id)

    def draft_title(self) -> str:
        return self.tr("Follow-up, {case}").format(case=self._case_number)

    def draft_text(self) -> str | None:
        if self._finished_with is not None:
            return None
        state = self.state()
        if state == self._baseline:
            return None
        return json.dumps(state, ensure_ascii=False, indent=1)

    def state(self) -> dict[str, Any]:
        """Everything entered, as plain data: what a draft keeps."""
        return {
            "held_on": from_qdate(self.assessed_on.date()).isoformat(),
            "meeting_id": self.meeting.currentData(),
            "goals": {
                str(row.goal.id): {"status": row.status.currentData(), "note": row.note.text()}
                for row in self._goal_rows
            },
            "factors": {
                key: {"presence": str(combo.currentData()), "comment": self.comments[key].text()}
                for key, combo in self.presence.items()
            },
            "summary": self.summary.toPlainText(),
        }

    def _restore(self, content: str) -> None:
        try:
            state = json.loads(content)
        except ValueError:
            return  # not ours to read: the drafts list still shows it
        if not isinstance(state, dict):
            return
        index = self.meeting.findData(state.get("meeting_id"))
        if index >= 0:
            self.meeting.setCurrentIndex(index)
        # After the meeting: choosing one sets the date, and the draft's date wins.
        with contextlib.suppress(KeyError, ValueError):
            self.assessed_on.setDate(to_qdate(date.fromisoformat(str(state["held_on"]))))
        goals = state.get("goals") if isinstance(state.get("goals"), dict) else {}
        for row in self._goal_rows:
            saved = goals.get(str(row.goal.id)) if isinstance(goals, dict) else None
            if isinstance(saved, dict):
                row.status.setCurrentIndex(max(0, row.status.findData(saved.get("status"))))
                row.note.setText(str(saved.get("note", "")))
        factors = state.get("factors")
        for key, saved in factors.items() if isinstance(factors, dict) else []:
            if key in self.presence and isinstance(saved, dict):
                try:
                    presence = FactorPresence(str(saved.get("presence")))
                except ValueError:
                    continue
                select_value(self.presence[key], presence)
                self.comments[key].setText(str(saved.get("comment", "")))
        self.summary.setPlainText(str(state.get("summary", "")))
        self.message.show_text(self.tr("Unsaved text restored from a draft."))

    # --- leaving -----------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel or Escape: what was typed goes, after asking."""
        if self.draft_text() is None:
            self._discard_and_close()
            return
        confirm(
            self,
            self.tr("Discard the follow-up"),
            self.tr("What you entered in this follow-up is not saved. Discard it?"),
            self.tr("&Discard"),
            self._discard_and_close,
        )

    def _discard_and_close(self) -> None:
        self._finished_with = "discarded"
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def _closed(self) -> None:
        # Closed another way (the window's close button, the lock): keep the text now,
        # not two seconds later when the keeper would have.
        if self._finished_with is None:
            self._keeper.save_soon_now()
        self._keeper.unregister(self)
        if self._finished_with is not None:
            workspace, key = self._workspace, self.draft_key()
            run_in_background(
                lambda: draft_store.discard_draft(workspace, key), lambda _: None, _ignore
            )


def meeting_choice_label(held_on: date, type_label: str, place: str) -> str:
    """``2026-03-04 SSPF meeting, Stadshuset`` for the meeting chooser."""
    if place:
        return f"{format_date(held_on)} {type_label}, {place}"
    return f"{format_date(held_on)} {type_label}"
