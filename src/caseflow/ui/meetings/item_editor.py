"""One item of the minutes: its fields, its drafts, and its page in the minutes view.

An item has a heading, notes, decisions, agreed actions (what, agency,
responsible person, due date) and the date of the next meeting or follow-up.
While an item holds unsaved text, each changed field is kept as an encrypted
draft under ``meeting:{id}:item:{number}:{field}`` (a correction's under
``…:item:{number}:correction:{field}``): plain text per field, so a draft the
editor cannot put back (the minutes were approved meanwhile) still reads
well under File → Unsaved drafts.
"""

from __future__ import annotations

import contextlib
import html
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import Agency
from caseflow.services.minutes import ActionInput, ItemInput, ItemView
from caseflow.ui.cases.tab_support import (
    MessageArea,
    OptionalDate,
    date_edit,
    enum_combo,
    enum_value,
    format_date,
    from_qdate,
    select_value,
    to_qdate,
)
from caseflow.ui.form_rescue import NO_RESCUE

FIELDS = ("heading", "notes", "decisions", "actions", "next")
CLEARED = "-"  # a draft that says "the user emptied this field"
READ_ONLY_HEIGHT = 150
CORRECTION_HEIGHT = 110
QWIDGETSIZE_MAX = 16_777_215


# --- drafts as plain text ------------------------------------------------------------


def _action_line(action: ActionInput) -> str:
    parts = (action.what, action.responsible, action.agency.value, action.due.isoformat())
    return "\t".join(" ".join(p.split()) for p in parts)


def _parse_action(line: str) -> ActionInput | None:
    parts = line.split("\t")
    if len(parts) != 4:
        return None
    what, responsible, agency, due = parts
    try:
        return ActionInput(what, Agency(agency), responsible, date.fromisoformat(due))
    except ValueError:
        return None


def draft_fields(current: ItemInput, baseline: ItemInput) -> dict[str, str | None]:
    """Per field, the draft text to keep (None: nothing unsaved in that field)."""
    found: dict[str, str | None] = dict.fromkeys(FIELDS)
    for field in ("heading", "notes", "decisions"):
        text = getattr(current, field)
        if text != getattr(baseline, field) and text.strip():
            found[field] = text
    if current.actions != baseline.actions:
        found["actions"] = "\n".join(map(_action_line, current.actions)) or CLEARED
    if current.next_date != baseline.next_date:
        found["next"] = current.next_date.isoformat() if current.next_date else CLEARED
    return found


def apply_drafts(baseline: ItemInput, drafts: dict[str, str]) -> ItemInput:
    """``baseline`` with the drafted fields put back (a damaged field is left as stored)."""
    values = {
        "heading": baseline.heading,
        "notes": baseline.notes,
        "decisions": baseline.decisions,
    }
    for field in values:
        if drafts.get(field):
            values[field] = drafts[field]
    actions = baseline.actions
    if "actions" in drafts:
        lines = [] if drafts["actions"] == CLEARED else drafts["actions"].splitlines()
        actions = tuple(a for a in map(_parse_action, lines) if a is not None)
    next_date = baseline.next_date
    if "next" in drafts:
        with contextlib.suppress(ValueError):
            next_date = None if drafts["next"] == CLEARED else date.fromisoformat(drafts["next"])
    return ItemInput(
        baseline.case_id,
        values["heading"],
        values["notes"],
        values["decisions"],
        next_date,
        actions,
    )


# --- the fields ------------------------------------------------------------------------


class ActionRow(QWidget):
    """One agreed action: what, which agency, who there, by when; and a Remove button."""

    changed = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, value: ActionInput | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionRow")
        self._user_id = value.responsible_user_id if value else None
        self.what = QLineEdit()
        self.what.setObjectName("actionWhat")
        self.what.setPlaceholderText(self.tr("What is to be done"))
        self.what.setAccessibleName(self.tr("Agreed action"))
        self.agency = enum_combo(Agency)
        self.agency.setObjectName("actionAgency")
        self.agency.setAccessibleName(self.tr("Responsible agency"))
        self.responsible = QLineEdit()
        self.responsible.setObjectName("actionResponsible")
        self.responsible.setPlaceholderText(self.tr("Responsible person"))
        self.responsible.setAccessibleName(self.tr("Responsible person"))
        self.due = date_edit(value.due if value else date.today())
        self.due.setObjectName("actionDue")
        self.due.setAccessibleName(self.tr("Due date"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("removeAction")
        self.remove.setToolTip(self.tr("Remove this agreed action"))
        if value is not None:
            self.what.setText(value.what)
            select_value(self.agency, value.agency)
            self.responsible.setText(value.responsible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.what, 4)
        layout.addWidget(self.agency, 1)
        layout.addWidget(self.responsible, 2)
        layout.addWidget(self.due)
        layout.addWidget(self.remove)
        self.what.textChanged.connect(self.changed)
        self.agency.currentIndexChanged.connect(self.changed)
        self.responsible.textChanged.connect(self.changed)
        self.due.dateChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def value(self) -> ActionInput:
        return ActionInput(
            self.what.text(),
            enum_value(self.agency, Agency),
            self.responsible.text(),
            from_qdate(self.due.date()),
            self._user_id,
        )

    def set_read_only(self, read_only: bool) -> None:
        self.what.setReadOnly(read_only)
        self.responsible.setReadOnly(read_only)
        self.agency.setEnabled(not read_only)
        self.due.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class ItemFields(QWidget):
    """The form of one item; ``edited`` on every change a user makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._read_only = False
        self.text_height = QWIDGETSIZE_MAX  # the notes' and decisions' greatest height
        self.rows: list[ActionRow] = []
        self.heading = QLineEdit()
        self.heading.setObjectName("itemHeading")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("itemNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was said about the young person's situation"))
        self.notes.setMinimumHeight(90)
        self.decisions = QPlainTextEdit()
        self.decisions.setObjectName("itemDecisions")
        self.decisions.setTabChangesFocus(True)
        self.decisions.setPlaceholderText(self.tr("What the meeting decided"))
        self.decisions.setMinimumHeight(60)
        self.actions_box = QVBoxLayout()
        self.actions_box.setContentsMargins(0, 0, 0, 0)
        self.no_actions = QLabel(self.tr("No agreed actions."))
        self.no_actions.setObjectName("noActions")
        self.add_action_button = QPushButton(self.tr("Add acti&on"))
        self.add_action_button.setObjectName("addAction")
        self.add_action_button.clicked.connect(self._add_clicked)
        actions = QWidget()
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(self.no_actions)
        actions_layout.addLayout(self.actions_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_action_button)
        add_row.addStretch()
        actions_layout.addLayout(add_row)
        actions.setFocusProxy(self.add_action_button)
        self.next_date = OptionalDate(None, self.tr("Agreed:"))
        self.next_date.setObjectName("itemNextDate")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&Heading:"), self.heading),
            (self.tr("&Notes:"), self.notes),
            (self.tr("&Decisions:"), self.decisions),
            (self.tr("Agreed actions:"), actions),
            (self.tr("Ne&xt meeting or follow-up:"), self.next_date),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.heading.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.decisions.textChanged.connect(self._changed)
        self.next_date.enabled.toggled.connect(self._changed)
        self.next_date.edit.dateChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _add_clicked(self) -> None:
        row = self.add_action(None)
        row.what.setFocus()
        self._changed()

    def add_action(self, value: ActionInput | None) -> ActionRow:
        row = ActionRow(value)
        row.changed.connect(self._changed)
        row.remove_requested.connect(self._remove_row)
        row.set_read_only(self._read_only)
        self.rows.append(row)
        self.actions_box.addWidget(row)
        self.no_actions.setVisible(False)
        return row

    def _remove_row(self, row: QWidget) -> None:
        if not isinstance(row, ActionRow) or row not in self.rows:
            return
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.no_actions.setVisible(not self.rows)
        self.add_action_button.setFocus()
        self._changed()

    def values(self, case_id: int) -> ItemInput:
        return ItemInput(
            case_id,
            self.heading.text(),
            self.notes.toPlainText(),
            self.decisions.toPlainText(),
            self.next_date.value(),
            tuple(row.value() for row in self.rows),
        )

    def set_values(self, item: ItemInput) -> None:
        self._loading = True
        try:
            self.heading.setText(item.heading)
            self.notes.setPlainText(item.notes)
            self.decisions.setPlainText(item.decisions)
            for row in self.rows:
                row.setParent(None)
                row.deleteLater()
            self.rows = []
            for action in item.actions:
                self.add_action(action)
            self.no_actions.setVisible(not self.rows)
            self.next_date.enabled.setChecked(item.next_date is not None)
            if item.next_date is not None:
                self.next_date.edit.setDate(to_qdate(item.next_date))
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.heading.setReadOnly(read_only)
        for text in (self.notes, self.decisions):
            text.setReadOnly(read_only)
            # Approved text is read, not written: no tall empty boxes under it.
            text.setMaximumHeight(
                min(READ_ONLY_HEIGHT, self.text_height) if read_only else self.text_height
            )
        self.add_action_button.setVisible(not read_only)
        self.next_date.enabled.setEnabled(not read_only)
        self.next_date.edit.setReadOnly(read_only)
        for row in self.rows:
            row.set_read_only(read_only)


# --- an editor with a baseline and drafts ---------------------------------------------


class FieldDraft:
    """One field of an item editor as the DraftKeeper sees it (a ``DraftSource``)."""

    def __init__(self, editor: ItemEditor, field: str) -> None:
        self.editor = editor
        self.field = field

    def draft_key(self) -> str:
        return f"{self.editor.draft_prefix}:{self.field}"

    def draft_title(self) -> str:
        return self.editor.field_title(self.field)

    def draft_text(self) -> str | None:
        return self.editor.field_drafts().get(self.field)


class ItemEditor(ItemFields):
    """The fields of an item (or of a correction) against what is stored.

    ``dirty_changed(bool)`` tells when unsaved changes appear or go; the keeper
    is told of every change through ``typed``.
    """

    dirty_changed = Signal(bool)
    typed = Signal()

    def __init__(self, draft_prefix: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # It keeps its own drafts: the lock-time rescue of typed text skips it.
        self.setProperty(NO_RESCUE, True)
        self.draft_prefix = draft_prefix
        self.title = title
        self.baseline = ItemInput(0, "")
        self.sources = [FieldDraft(self, field) for field in FIELDS]
        self.registered = False  # whether the keeper looks after its drafts
        self._was_dirty = False
        self.edited.connect(self._on_edited)

    def field_title(self, field: str) -> str:
        names = {
            "heading": self.tr("heading"),
            "notes": self.tr("notes"),
            "decisions": self.tr("decisions"),
            "actions": self.tr("agreed actions"),
            "next": self.tr("next meeting or follow-up"),
        }
        return self.tr("%1: %2").replace("%1", self.title).replace("%2", names[field])

    def current(self) -> ItemInput:
        return self.values(self.baseline.case_id)

    def is_dirty(self) -> bool:
        return self.current() != self.baseline

    def field_drafts(self) -> dict[str, str | None]:
        return draft_fields(self.current(), self.baseline)

    def load(self, baseline: ItemInput, keep_typed: bool = False) -> None:
        """Show ``baseline`` (what is stored); with ``keep_typed``, unsaved text stays."""
        self.baseline = baseline
        if not keep_typed:
            self.set_values(baseline)
        self._on_edited(notify=False)

    def restore(self, drafts: dict[str, str]) -> None:
        """Put drafted fields back over the stored values."""
        self.set_values(apply_drafts(self.baseline, drafts))
        self._on_edited(notify=False)

    def _on_edited(self, notify: bool = True) -> None:
        if notify:
            self.typed.emit()
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)


# --- the page of one item in the minutes view ------------------------------------------


def _item_html(item: ItemView, title: str) -> str:
    """An item (a correction) as read-only text."""
    parts = [f"<p><b>{html.escape(title)}</b><br><b>{html.escape(item.heading)}</b></p>"]
    for text in (item.notes, item.decisions):
        if text:
            parts.append("<p>" + html.escape(text).replace("\n", "<br>") + "</p>")
    if item.actions:
        rows = "".join(
            f"<li>{html.escape(a.what)} – {html.escape(a.agency.label.render())}, "
            f"{html.escape(a.responsible)}, {html.escape(format_date(a.due))}</li>"
            for a in item.actions
        )
        parts.append(f"<ul>{rows}</ul>")
    if item.next_date:
        parts.append(f"<p>→ {html.escape(format_date(item.next_date))}</p>")
    return "".join(parts)


class ItemPage(QWidget):
    """An item with Save / Discard / Remove while the minutes are a draft, and once they are
    approved the item read-only with its corrections under it and "Add correction…".

    The page asks the minutes view to do the service calls: ``save_requested``
    (``correction`` False for the item, True for a new correction),
    ``remove_requested``. ``dirty_changed`` follows either editor.
    """

    save_requested = Signal(object, bool)
    remove_requested = Signal(object)
    dirty_changed = Signal()

    def __init__(
        self, meeting_id: int, item: ItemView, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemPage")
        self.item = item
        self.number = item.number
        self.locked = False
        self.may_edit = False
        self.saving = False
        self.corrections: tuple[ItemView, ...] = ()
        prefix = f"meeting:{meeting_id}:item:{item.number}"
        self.title = QLabel()
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.message = MessageArea()
        self.message.setObjectName("itemMessage")
        # After a save refused because the minutes changed meanwhile.
        # "v" is Approve's, in the window around this page.
        self.reload_button = QPushButton(self.tr("&Load the saved version"))
        self.reload_button.setObjectName("reloadItem")
        self.reload_button.setToolTip(
            self.tr("Show the item as saved; your text stays in your drafts")
        )
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.load_saved_version)
        self.editor = ItemEditor(prefix, title)
        self.editor.setObjectName("itemEditor")
        self.correction_editor = ItemEditor(
            prefix + ":correction", self.tr("%1, correction").replace("%1", title)
        )
        self.correction_editor.setObjectName("correctionEditor")
        # A correction is short, and its Save button must fit under the item.
        self.correction_editor.text_height = CORRECTION_HEIGHT

        self.save_button = QPushButton(self.tr("&Save item"))
        self.save_button.setObjectName("saveItem")
        self.save_button.setToolTip(self.tr("Save this item (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self, False))
        self.discard_button = QPushButton(self.tr("Disc&ard changes"))
        self.discard_button.setObjectName("discardItem")
        self.discard_button.clicked.connect(self.discard_changes)
        self.remove_button = QPushButton(self.tr("&Remove item…"))
        self.remove_button.setObjectName("removeItem")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.correct_button = QPushButton(self.tr("Add co&rrection…"))
        self.correct_button.setObjectName("addCorrection")
        self.correct_button.clicked.connect(self.start_correction)
        # The buttons stay in sight above the fields, however long the item grows.
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        for button in (
            self.save_button,
            self.discard_button,
            self.remove_button,
            self.correct_button,
        ):
            buttons.addWidget(button)

        self.corrections_label = QLabel()
        self.corrections_label.setObjectName("itemCorrections")
        self.corrections_label.setWordWrap(True)
        self.corrections_label.setTextFormat(Qt.TextFormat.RichText)
        self.corrections_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correction_box = self._build_correction_box()

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.editor)
        content_layout.addWidget(self.corrections_label)
        content_layout.addWidget(self.correction_box)
        content_layout.addStretch()
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.scroller, 1)
        for editor in (self.editor, self.correction_editor):
            editor.dirty_changed.connect(lambda _dirty: self._update())
        self.set_item(item, (), locked=False, may_edit=False)

    def _build_correction_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("correctionBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(
            self.tr(
                "<b>New correction</b> – the item stays as approved; the correction is "
                "shown under it."
            )
        )
        heading.setWordWrap(True)
        self.save_correction_button = QPushButton(self.tr("&Save correction"))
        self.save_correction_button.setObjectName("saveCorrection")
        self.save_correction_button.clicked.connect(lambda: self.save_requested.emit(self, True))
        self.cancel_correction_button = QPushButton(self.tr("Canc&el correction"))
        self.cancel_correction_button.setObjectName("cancelCorrection")
        self.cancel_correction_button.clicked.connect(self.cancel_correction)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_correction_button)
        buttons.addWidget(self.cancel_correction_button)
        buttons.addStretch()
        layout = QVBoxLayout(box)
        layout.addWidget(heading)
        layout.addWidget(self.correction_editor)
        layout.addLayout(buttons)
        box.setVisible(False)
        return box

    # --- state ---------------------------------------------------------------------------

    @property
    def editors(self) -> tuple[ItemEditor, ItemEditor]:
        return (self.editor, self.correction_editor)

    def is_dirty(self) -> bool:
        return any(e.is_dirty() for e in self.editors)

    @property
    def correcting(self) -> bool:
        """True while the correction form is open."""
        return not self.correction_box.isHidden()

    def set_item(
        self,
        item: ItemView,
        corrections: tuple[ItemView, ...],
        locked: bool,
        may_edit: bool,
        keep_typed: bool = True,
    ) -> None:
        """Show the stored ``item``; text typed and not saved stays unless ``keep_typed`` is off."""
        self.item, self.corrections = item, corrections
        self.locked, self.may_edit = locked, may_edit
        self.title.setText(
            self.tr("<b>Item %1</b> · %2 · written by %3 on %4")
            .replace("%1", str(item.number))
            .replace("%2", html.escape(item.case_number))
            .replace("%3", html.escape(item.written_by or "–"))
            .replace("%4", format_date(item.written_on))
        )
        keep = keep_typed and self.editor.is_dirty() and not locked
        if not keep:
            self.reload_button.setVisible(False)  # nothing typed left to set against it
        self.editor.load(item.as_input(), keep_typed=keep)
        self.correction_editor.load(
            ItemInput(item.case_id, item.heading),
            keep_typed=keep_typed and self.correction_editor.is_dirty(),
        )
        self.corrections_label.setText(
            "".join(
                '<div style="margin-left:24px">'
                + _item_html(
                    c,
                    self.tr("Correction (item %1), written by %2 on %3")
                    .replace("%1", str(c.number))
                    .replace("%2", c.written_by or "–")
                    .replace("%3", format_date(c.written_on)),
                )
                + "</div>"
                for c in corrections
            )
        )
        self.corrections_label.setVisible(bool(corrections))
        self._update()

    def start_correction(self) -> None:
        if not (self.locked and self.may_edit):
            return
        self.correction_box.setVisible(True)
        self.correction_editor.notes.setFocus()
        # Once laid out, scroll the new form into sight.
        QTimer.singleShot(
            0, self, lambda: self.scroller.ensureWidgetVisible(self.save_correction_button)
        )
        self._update()

    def discard_changes(self) -> None:
        self.editor.load(self.editor.baseline)
        self.editor.typed.emit()  # the keeper then clears the item's drafts
        self.message.clear_message()
        self.reload_button.setVisible(False)

    def show_refused(self, error: BaseException) -> None:
        """A save refused because the minutes changed meanwhile: who, when and what.

        What was typed stays in the fields (and, kept by the service, in the
        drafts) until the user loads the saved version.
        """
        self.message.show_error(error)
        self.reload_button.setVisible(not self.locked)

    def load_saved_version(self) -> None:
        self.discard_changes()
        self.message.show_text(
            self.tr("The saved version is shown. Your text is kept under File → Unsaved drafts.")
        )

    def cancel_correction(self) -> None:
        self.correction_editor.load(self.correction_editor.baseline)
        self.correction_editor.typed.emit()
        self.correction_box.setVisible(False)
        self._update()

    def set_saving(self, saving: bool) -> None:
        # What is typed while the item is being stored would be lost when the
        # stored version is shown afterwards: hold the fields still meanwhile.
        self.saving = saving
        self._update()

    def _update(self) -> None:
        editable = self.may_edit and not self.locked and not self.saving
        self.editor.set_read_only(not editable)
        dirty = self.editor.is_dirty()
        self.save_button.setVisible(not self.locked)
        self.discard_button.setVisible(not self.locked)
        self.remove_button.setVisible(not self.locked)
        self.save_button.setEnabled(editable and dirty)
        self.discard_button.setEnabled(editable and dirty)
        self.remove_button.setEnabled(editable)
        self.correct_button.setVisible(self.locked)
        self.correct_button.setEnabled(self.locked and self.may_edit and not self.correcting)
        self.correction_editor.set_read_only(self.saving)
        self.save_correction_button.setEnabled(
            not self.saving and self.correction_editor.is_dirty()
        )
        self.cancel_correction_button.setEnabled(not self.saving)
        self.dirty_changed.emit()

    def restore(self, drafts: dict[str, str], correction: bool) -> bool:
        """Put drafted fields back; False when the item can no longer take them."""
        editor = self.correction_editor if correction else self.editor
        if correction != self.locked or not self.may_edit:
            return False
        editor.restore(drafts)
        if editor.is_dirty():  # a draft of what was saved after all brings nothing back
            self.correction_box.setVisible(correction)
            self.message.show_text(self.tr("Unsaved text restored from a draft."))
        self._update()
        return True
