"""What every report form shares: fields with messages under them, a check, a preview.

A form says what is wrong next to the field, once the user has been at it or
pressed the report button (a fresh form greets no one with errors). The
button stays enabled so that pressing it always answers: with the problems
and the focus on the first field to fix, or with the report. A service call
that must answer before the preview (does the case exist, may the recipient
be told) runs with ``check``; an error it raises lands next to the field it
concerns (``field_for``) or above the buttons.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import (
    MessageArea,
    field_message,
    set_field_message,
)
from caseflow.ui.errors import message_for
from caseflow.ui.pdf_preview import PdfPreview, show_pdf
from caseflow.ui.worker import run_for


def note_label() -> QLabel:
    """A grey line under a field that says what will happen (not an error)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #4a4a4a;")
    return label


class ReportForm(QWidget):
    """A titled form with a report button; emits ``preview_opened(PdfPreview)``."""

    preview_opened = Signal(object)

    def __init__(
        self, workspace: Workspace, title: str, explanation: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.preview: PdfPreview | None = None
        self._field_messages: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._touched: set[str] = set()
        self._busy = False

        heading = QLabel("<h3>" + html.escape(title) + "</h3>")
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = MessageArea()
        self.make_button = QPushButton(self.tr("&Make report…"))
        self.make_button.setObjectName("makeReport")
        self.make_button.clicked.connect(self.submit)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        self.buttons.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        layout.addStretch()

    # --- fields ------------------------------------------------------------------------

    def add_field(self, label: str, widget: QWidget, field: str, *below: QWidget) -> QLabel:
        """A form row: ``widget`` at its natural width, its message and any notes below it.

        The row spans the form's width so that the messages wrap over the
        whole of it rather than under a narrow field.
        """
        message = field_message()
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        for extra in (message, *below):
            column.addWidget(extra)
        box.setFocusProxy(widget)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self._field_messages[field] = message
        self._field_widgets[field] = widget
        return message

    def field_message(self, field: str) -> QLabel:
        return self._field_messages[field]

    def problems(self) -> dict[str, str]:
        """What is wrong now, by field; forms override it."""
        return {}

    def changed(self, field: str) -> None:
        """Connect to a field's change signal: re-checks as the user types."""
        self._touched.add(field)
        self.message.clear_message()
        self.validate()

    def validate(self, show_all: bool = False) -> bool:
        problems = self.problems()
        for field, label in self._field_messages.items():
            shown = show_all or field in self._touched
            set_field_message(label, problems.get(field, "") if shown else "")
        if show_all and problems:
            first = next(f for f in self._field_messages if f in problems)
            self._field_widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return not problems

    def show_field_error(self, field: str, text: str) -> None:
        self._touched.add(field)
        set_field_message(self._field_messages[field], text)

    # --- making the report -------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.make_button.setEnabled(not busy)

    def submit(self) -> None:
        """Check every field; make the report when nothing is wrong."""
        if self._busy:
            return
        self.message.clear_message()
        if self.validate(show_all=True):
            self.make()

    def make(self) -> None:
        """Forms start their report here (a check first, or the preview at once)."""
        raise NotImplementedError

    def check(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``work`` off the GUI thread; ``on_done`` gets its result, errors are shown."""
        self.set_busy(True)

        def done(result: Any) -> None:
            self.set_busy(False)
            on_done(result)

        run_for(self, work, done, self._check_failed)

    def field_for(self, error: BaseException) -> str | None:
        """The field an error from ``check`` is about (None: the message area)."""
        return None

    def _check_failed(self, error: BaseException) -> None:
        self.set_busy(False)
        field = self.field_for(error)
        if field is not None and field in self._field_messages:
            self.show_field_error(field, message_for(error))
            self._field_widgets[field].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.show_error(error)

    def open_preview(self, title: str, build: Callable[[], bytes], file_name: str) -> PdfPreview:
        """The preview window (its own top-level window): built off the GUI thread."""
        preview = show_pdf(self.window(), title, build, file_name)
        self.remember_preview(preview)
        return preview

    def remember_preview(self, preview: PdfPreview) -> None:
        self.preview = preview
        preview.destroyed.connect(lambda: self._forget_preview(preview))
        self.preview_opened.emit(preview)

    def _forget_preview(self, preview: PdfPreview) -> None:
        if self.preview is preview:
            self.preview = None
