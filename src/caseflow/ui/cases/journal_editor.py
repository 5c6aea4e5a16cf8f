"""The journal editor: a new entry, a change to an unsigned entry, or a correction.

The editor is a ``DraftSource``: while it holds unsaved text, the main
window's ``DraftKeeper`` saves that text as an encrypted draft a moment after
each change and when the app locks, so a crash or an auto-lock loses nothing.

A change saved over one made meanwhile (the author's other window or
computer) is refused: the editor says who changed the entry, when and what,
keeps the text, and offers the saved version. Once that is loaded, the
refused text stays beside it (``RefusedText``) to copy or put back; it is
also kept as a draft by the service.
"""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import JournalEntryType
from caseflow.services import drafts as draft_store
from caseflow.services import journal
from caseflow.services.journal import JournalEntryView
from caseflow.services.validation import ChangedMeanwhile, FieldError
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import (
    MessageArea,
    date_edit,
    enum_combo,
    enum_value,
    format_date,
    from_qdate,
    run_for,
    select_value,
    set_field_message,
    to_qdate,
    with_message,
)
from caseflow.ui.clipboard import copy_sensitive
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.errors import message_for
from caseflow.ui.form_rescue import NO_RESCUE


class EditorMode(enum.Enum):
    NEW = "new"
    EDIT = "entry"  # the author's own unsigned entry
    CORRECTION = "corrects"  # a new entry that corrects a signed one


def _ignore(error: BaseException) -> None:
    # Clearing an old draft is housekeeping: the keeper's next save retries it.
    del error


class RefusedText(QFrame):
    """Text a refused save held, shown beside the saved version: copy it or put it back."""

    use_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedText")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(
            self.tr(
                "<b>Your text, not saved.</b> It is also kept under File → Unsaved drafts. "
                "Put it back to save it over the saved version, or copy what you need."
            )
        )
        title.setWordWrap(True)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("refusedTextContent")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(120)
        self.use_button = QPushButton(self.tr("Put my text &back"))
        self.use_button.setObjectName("useRefusedText")
        self.use_button.clicked.connect(lambda: self.use_requested.emit(self.text.toPlainText()))
        copy = QPushButton(self.tr("Copy my te&xt"))
        copy.clicked.connect(lambda: copy_sensitive(self.text.toPlainText()))
        close = QPushButton(self.tr("&Hide"))
        close.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        for button in (self.use_button, copy, close):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        self.text.setPlainText(text)
        self.setVisible(True)

    def clear(self) -> None:
        self.text.clear()
        self.setVisible(False)


class JournalEditor(QWidget):
    """Emits ``saved(entry_id)`` once the entry is stored and its draft discarded, and
    ``reload_requested(entry_id)`` when the user asks for the saved version after a
    refused save (the tab reads the journal again and calls ``show_saved_version``)."""

    saved = Signal(int)
    dirty_changed = Signal(bool)
    reload_requested = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        keeper: DraftKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # It keeps its own draft and restores it: the lock-time rescue skips it.
        self.setProperty(NO_RESCUE, True)
        self.setObjectName("journalEditor")
        self._workspace = workspace
        self._case_id = case_id
        self._keeper = keeper
        self.case_number = ""
        self.mode = EditorMode.NEW
        self.entry: JournalEntryView | None = None
        self._baseline: tuple[date, JournalEntryType, str] = (
            date.today(),
            JournalEntryType.CONTACT,
            "",
        )
        self._saving = False
        self._loading = False
        self._was_dirty = False
        self._refused = ""  # the text of a save refused because the entry changed meanwhile

        self.heading = QLabel()
        self.heading.setObjectName("journalEditorHeading")
        self.heading.setWordWrap(True)
        self.notice = MessageArea()
        self.notice.setObjectName("journalEditorNotice")
        self.entry_date = date_edit(date.today(), latest=date.today())
        self.entry_date.setObjectName("entryDate")
        self.entry_type = enum_combo(JournalEntryType)
        self.entry_type.setObjectName("entryType")
        self.text = QPlainTextEdit()
        self.text.setObjectName("entryText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("What happened, what was said, what was agreed. Ctrl+S saves.")
        )
        date_box, self.date_message = with_message(self.entry_date)
        text_box, self.text_message = with_message(self.text)
        form = QFormLayout()
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.entry_date)
        type_label = QLabel(self.tr("T&ype:"))
        type_label.setBuddy(self.entry_type)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.text)
        row = QHBoxLayout()
        row.addWidget(date_box)
        row.addWidget(type_label)
        row.addWidget(self.entry_type, 1)
        form.addRow(date_label, row)
        self.save_button = QPushButton(self.tr("&Save entry"))
        self.save_button.setObjectName("saveEntry")
        self.save_button.setToolTip(self.tr("Save the entry unsigned (Ctrl+S or Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Disc&ard text"))
        self.discard_button.setObjectName("discardEntry")
        self.discard_button.clicked.connect(self.discard)
        self.reload_button = QPushButton(self.tr("Load the saved &version"))
        self.reload_button.setObjectName("reloadEntry")
        self.reload_button.setToolTip(
            self.tr("Show the entry as saved; your text stays beside it and in your drafts")
        )
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self._reload_clicked)
        self.refused = RefusedText()
        self.refused.use_requested.connect(self._put_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.refused)
        layout.addLayout(form)
        layout.addWidget(text_label)
        layout.addWidget(text_box, 1)
        layout.addLayout(buttons)

        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.text.textChanged.connect(self._edited)
        self.entry_date.dateChanged.connect(self._edited)
        self.entry_type.currentIndexChanged.connect(self._edited)
        self._show_mode()

    # --- DraftSource -------------------------------------------------------------------

    def draft_key(self) -> str:
        base = f"journal:case:{self._case_id}:"
        if self.entry is None or self.mode is EditorMode.NEW:
            return base + "new"
        return f"{base}{self.mode.value}:{self.entry.id}"

    def draft_title(self) -> str:
        number = self.case_number or str(self._case_id)
        if self.mode is EditorMode.EDIT:
            return self.tr("Journal entry (changed), {case}").format(case=number)
        if self.mode is EditorMode.CORRECTION:
            return self.tr("Journal correction, {case}").format(case=number)
        return self.tr("Journal entry, {case}").format(case=number)

    def draft_text(self) -> str | None:
        text = self.text.toPlainText()
        if not text.strip() or text == self._baseline[2]:
            return None
        return text

    # --- state ---------------------------------------------------------------------------

    def current(self) -> tuple[date, JournalEntryType, str]:
        entry_type = enum_value(self.entry_type, JournalEntryType)
        return from_qdate(self.entry_date.date()), entry_type, self.text.toPlainText()

    def has_unsaved_changes(self) -> bool:
        if self.mode is EditorMode.EDIT:
            return self.current() != self._baseline
        return bool(self.text.toPlainText().strip())

    def _edited(self) -> None:
        if self._loading:
            return
        set_field_message(self.date_message, "")
        set_field_message(self.text_message, "")
        self._keeper.changed()
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty and not self._saving)
        self.discard_button.setEnabled(dirty and not self._saving)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def _show_mode(self) -> None:
        entry = self.entry
        if self.mode is EditorMode.EDIT and entry is not None:
            self.heading.setText(
                self.tr("<b>Changing your unsigned entry of {date}</b>").format(
                    date=format_date(entry.entry_date)
                )
            )
        elif self.mode is EditorMode.CORRECTION and entry is not None:
            self.heading.setText(
                self.tr(
                    "<b>Correction of the signed entry of {date}</b> – the entry stays as it "
                    "is; the correction is shown with it."
                ).format(date=format_date(entry.entry_date))
            )
        else:
            self.heading.setText(self.tr("<b>New entry</b> – saved unsigned; sign it when done."))

    def _load(self, mode: EditorMode, entry: JournalEntryView | None) -> None:
        old_key = self.draft_key()
        self.mode, self.entry = mode, entry
        if entry is not None and mode is EditorMode.EDIT:
            baseline = (entry.entry_date, entry.entry_type, entry.text)
        elif entry is not None:
            baseline = (date.today(), entry.entry_type, "")
        else:
            baseline = (date.today(), JournalEntryType.CONTACT, "")
        self._loading = True
        try:
            self.entry_date.setDate(to_qdate(baseline[0]))
            select_value(self.entry_type, baseline[1])
            self.text.setPlainText(baseline[2])
        finally:
            self._loading = False
        self._baseline = baseline
        self.notice.clear_message()
        self.reload_button.setVisible(False)
        set_field_message(self.date_message, "")
        set_field_message(self.text_message, "")
        self._show_mode()
        self._update_buttons()
        if old_key != self.draft_key():
            # The user left that text: its draft must not come back later.
            workspace = self._workspace
            run_for(self, lambda: draft_store.discard_draft(workspace, old_key), _ignore, _ignore)

    def start_new(self) -> None:
        self.refused.clear()
        self._load(EditorMode.NEW, None)

    def start_edit(self, entry: JournalEntryView) -> None:
        self.refused.clear()
        self._load(EditorMode.EDIT, entry)

    def start_correction(self, entry: JournalEntryView) -> None:
        self.refused.clear()
        self._load(EditorMode.CORRECTION, entry)

    def show_saved_version(self, entry: JournalEntryView | None) -> None:
        """After a refused save: the entry as saved now (None: it is signed or gone, so
        a new entry), with the refused text beside it."""
        refused = self._refused
        if entry is not None and entry.is_own and not entry.signed:
            self._load(EditorMode.EDIT, entry)
        else:
            self._load(EditorMode.NEW, None)
        if refused:
            self.refused.show_text(refused)
        self.notice.show_text(
            self.tr("The saved version is shown. Your text is beside it and in your drafts.")
        )

    def _reload_clicked(self) -> None:
        if self.entry is not None:
            self.reload_requested.emit(self.entry.id)

    def _put_back(self, text: str) -> None:
        self.text.setPlainText(text)
        self.refused.clear()
        self.text.setFocus()

    def restore_draft(self, text: str) -> None:
        """Put a draft's text back and say so; the draft stays until the entry is saved."""
        self.text.setPlainText(text)
        self.notice.show_text(self.tr("Unsaved text restored from a draft."))

    def discard(self) -> None:
        """Drop what was typed (the caller confirms first when it matters)."""
        self._load(self.mode, self.entry)
        self._keeper.changed()

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self.has_unsaved_changes():
            return
        on, entry_type, text = self.current()
        if not text.strip():
            set_field_message(self.text_message, self.tr("Write the entry's text."))
            return
        workspace, case_id, key = self._workspace, self._case_id, self.draft_key()
        mode, entry = self.mode, self.entry

        def work() -> int:
            if mode is EditorMode.EDIT and entry is not None:
                journal.update_entry(workspace, entry.id, on, entry_type, text, entry.version)
                entry_id = entry.id
            else:
                corrects = entry.id if mode is EditorMode.CORRECTION and entry else None
                entry_id = journal.create_entry(workspace, case_id, on, entry_type, text, corrects)
            draft_store.discard_draft(workspace, key)
            return entry_id

        self._set_saving(True)
        self.notice.clear_message()
        run_for(self, work, self._saved, self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        # What is typed while the entry is being stored would be lost when the
        # editor is cleared afterwards: hold the fields still meanwhile.
        self._saving = saving
        self.text.setReadOnly(saving)
        self.entry_date.setReadOnly(saving)
        self.entry_type.setEnabled(not saving)
        self._update_buttons()

    def _saved(self, entry_id: int) -> None:
        self._set_saving(False)
        self._refused = ""
        self.refused.clear()
        self.mode, self.entry = EditorMode.NEW, None
        self._load(EditorMode.NEW, None)
        # An autosave that was already under way could write the old text back.
        self._keeper.changed()
        self.saved.emit(entry_id)

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, FieldError) and error.field == "entry_date":
            set_field_message(self.date_message, message_for(error))
        elif isinstance(error, FieldError) and error.field == "text":
            set_field_message(self.text_message, message_for(error))
        elif isinstance(error, ChangedMeanwhile):
            # Who changed it, when and what; the text stays here until the user
            # asks for the saved version, and stays beside that.
            self._refused = self.text.toPlainText()
            self.notice.show_error(error)
            self.reload_button.setVisible(self.entry is not None)
            self.reload_button.setFocus()
        else:
            self.notice.show_error(error)
