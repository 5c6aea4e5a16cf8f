"""Journal: entries newest first, corrections under the entry they correct, and the editor.

Signing makes an entry final: the interface then offers only a correction,
and the service refuses any change (``EntrySigned``) should anything try.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from functools import partial

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from caseflow.services import journal, permissions
from caseflow.services.drafts import DraftView
from caseflow.services.journal import JournalEntryView
from caseflow.services.permissions import Action
from caseflow.services.validation import ChangedMeanwhile
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.journal_editor import EditorMode, JournalEditor
from caseflow.ui.cases.tab_support import (
    MessageArea,
    confirm,
    format_date,
    run_for,
    tree_items,
)
from caseflow.ui.drafts import DraftKeeper

_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 5
DATE_COLUMN, TYPE_COLUMN, AUTHOR_COLUMN, SIGNED_COLUMN, TEXT_COLUMN = range(COLUMNS)


def _walk(entries: list[JournalEntryView]) -> Iterator[JournalEntryView]:
    for entry in entries:
        yield entry
        yield from _walk(entry.corrections)


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 120 else line[:119] + "…"


def _unregister(keeper: DraftKeeper, editor: JournalEditor) -> None:
    # The main window may have deleted its keeper first (the app is ending).
    if shiboken6.isValid(keeper):
        keeper.unregister(editor)


class JournalTab(QWidget):
    """Emits ``changed`` after an entry was saved, signed or removed."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        keeper: DraftKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalTab")
        self._workspace = workspace
        self._case_id = case_id
        self._keeper = keeper
        self._may_write = permissions.may(workspace, Action.WRITE_JOURNAL)
        self.entries: list[JournalEntryView] = []
        self.loaded = False
        # True once any stored draft is back in the editor and the keeper knows it.
        self.drafts_restored = False
        self._select_after_load: int | None = None
        # The entry whose saved version the editor asked for after a refused save.
        self._saved_version_of: int | None = None

        self.message = MessageArea()
        self.message.setObjectName("journalMessage")
        self.tree = QTreeWidget()
        self.tree.setObjectName("journalTree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Author"),
                self.tr("Signed"),
                self.tr("Text"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in range(TEXT_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.reader = QTextBrowser()
        self.reader.setObjectName("journalReader")
        self.reader.setOpenLinks(False)
        self.reader.setTabChangesFocus(True)

        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setObjectName("newEntry")
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editEntry")
        self.edit_button.clicked.connect(self.edit_selected)
        self.sign_button = QPushButton(self.tr("Si&gn…"))
        self.sign_button.setObjectName("signEntry")
        self.sign_button.clicked.connect(self.sign_selected)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("removeEntry")
        self.remove_button.clicked.connect(self.remove_selected)
        self.correct_button = QPushButton(self.tr("Write &correction…"))
        self.correct_button.setObjectName("correctEntry")
        self.correct_button.clicked.connect(self.correct_selected)
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.sign_button,
            self.remove_button,
            self.correct_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.new_button)

        self.editor = JournalEditor(workspace, case_id, keeper)
        self.editor.saved.connect(self._entry_saved)
        self.editor.reload_requested.connect(self._reload_entry)
        self.editor.setEnabled(False)  # until the journal and any draft have loaded
        # When the workspace closes, the keeper must stop asking this editor for text.
        self.destroyed.connect(partial(_unregister, keeper, self.editor))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        reading = QSplitter(Qt.Orientation.Vertical)
        reading.addWidget(self.tree)
        reading.addWidget(self.reader)
        reading.setStretchFactor(0, 1)
        reading.setStretchFactor(1, 1)
        reading.setChildrenCollapsible(False)
        left_layout.addLayout(actions)
        left_layout.addWidget(reading, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([680, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._selection_changed()
        self.load()

    def set_case_number(self, number: str) -> None:
        self.editor.case_number = number

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        workspace, case_id = self._workspace, self._case_id
        first = not self.drafts_restored
        new_key = f"journal:case:{case_id}:new"

        def work() -> tuple[list[JournalEntryView], DraftView | None]:
            entries = journal.list_entries(workspace, case_id)
            if not first:
                return entries, None
            draft = draft_store.load_draft(workspace, new_key)
            if draft is None:
                prefix = f"journal:case:{case_id}:"
                draft = next(
                    (
                        d
                        for d in draft_store.list_drafts(workspace)
                        if d.editor_key.startswith(prefix)
                    ),
                    None,
                )
            return entries, draft

        run_for(self, work, lambda r: self._loaded(r[0], r[1]), self.message.show_error)

    def _loaded(self, entries: list[JournalEntryView], draft: DraftView | None) -> None:
        selected = self._select_after_load or self.selected_id()
        self._select_after_load = None
        self.entries = entries
        self._fill_tree()
        if not self.drafts_restored:
            self._restore(draft)
            # Only now: a keeper save before the draft was restored would erase it.
            self._keeper.register(self.editor)
            self.drafts_restored = True
            self.editor.setEnabled(self._may_write)
        self._select(selected)
        self._selection_changed()
        if self._saved_version_of is not None:
            entry_id, self._saved_version_of = self._saved_version_of, None
            self.editor.show_saved_version(self.entry(entry_id))
        self.loaded = True

    def _restore(self, draft: DraftView | None) -> None:
        if draft is None:
            return
        parts = draft.editor_key.split(":")
        target = None
        if len(parts) == 5 and parts[4].isdigit():
            target = self.entry(int(parts[4]))
        if parts[3:4] == [EditorMode.EDIT.value] and target and target.is_own and not target.signed:
            self.editor.start_edit(target)
        elif parts[3:4] == [EditorMode.CORRECTION.value] and target and target.signed:
            self.editor.start_correction(target)
        self.editor.restore_draft(draft.content)

    def _fill_tree(self) -> None:
        self.tree.clear()
        for entry in self.entries:
            item = self._item(entry, correction=False)
            self.tree.addTopLevelItem(item)
            self._add_corrections(item, entry)
            item.setExpanded(True)
        if not self.entries:
            empty = QTreeWidgetItem([self.tr("No entries yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)

    def _add_corrections(self, parent: QTreeWidgetItem, entry: JournalEntryView) -> None:
        for correction in entry.corrections:
            child = self._item(correction, correction=True)
            parent.addChild(child)
            self._add_corrections(child, correction)
            child.setExpanded(True)

    def _item(self, entry: JournalEntryView, correction: bool) -> QTreeWidgetItem:
        kind = entry.entry_type.label.render()
        if correction:
            kind = self.tr("Correction ({type})").format(type=kind)
        signed = (
            entry.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if entry.signed_at
            else self.tr("Unsigned")
        )
        item = QTreeWidgetItem(
            [format_date(entry.entry_date), kind, entry.author, signed, _first_line(entry.text)]
        )
        item.setData(0, _ID_ROLE, entry.id)
        if not entry.signed:
            font = QFont()
            font.setBold(True)
            item.setFont(SIGNED_COLUMN, font)
        return item

    def _select(self, entry_id: int | None) -> None:
        if entry_id is None:
            return
        for item in tree_items(self.tree):
            if item.data(0, _ID_ROLE) == entry_id:
                self.tree.setCurrentItem(item)
                return

    # --- selection -------------------------------------------------------------------------

    def entry(self, entry_id: int) -> JournalEntryView | None:
        return next((e for e in _walk(self.entries) if e.id == entry_id), None)

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, _ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected(self) -> JournalEntryView | None:
        entry_id = self.selected_id()
        return self.entry(entry_id) if entry_id is not None else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        unsigned_own = entry is not None and entry.is_own and not entry.signed
        signed = entry is not None and entry.signed
        # A signed entry offers only a correction; an unsigned one never does.
        for button in (self.edit_button, self.sign_button, self.remove_button):
            button.setVisible(unsigned_own)
            button.setEnabled(unsigned_own and self._may_write)
        self.correct_button.setVisible(signed)
        self.correct_button.setEnabled(signed and self._may_write)
        self.new_button.setEnabled(self._may_write)
        self._show_reader(entry)

    def _show_reader(self, entry: JournalEntryView | None) -> None:
        if entry is None:
            self.reader.setHtml(
                "<p>" + html.escape(self.tr("Select an entry to read it in full.")) + "</p>"
            )
            return
        original = self.entry(entry.corrects_id) if entry.corrects_id else None
        parts = []
        if original is not None:
            parts.append(self._entry_html(original, heading=self.tr("Corrected entry")))
        parts.append(self._entry_html(entry, indent=original is not None))
        for correction in entry.corrections:
            parts.append(self._entry_html(correction, indent=True))
        self.reader.setHtml("".join(parts))

    def _entry_html(
        self, entry: JournalEntryView, indent: bool = False, heading: str | None = None
    ) -> str:
        title = heading or (
            self.tr("Correction") if entry.corrects_id else entry.entry_type.label.render()
        )
        if entry.signed_at:
            signature = self.tr("Signed {time} by {author}").format(
                time=entry.signed_at.astimezone().strftime("%Y-%m-%d %H:%M"), author=entry.author
            )
        else:
            signature = self.tr("Unsigned – written by {author}").format(author=entry.author)
        body = html.escape(entry.text).replace("\n", "<br>")
        margin = 28 if indent else 0
        return (
            f'<div style="margin-left:{margin}px; margin-bottom:12px">'
            f"<p><b>{html.escape(format_date(entry.entry_date))} · {html.escape(title)}</b>"
            f"<br><i>{html.escape(signature)}</i></p><p>{body}</p></div>"
        )

    # --- actions ---------------------------------------------------------------------------

    def _switch_editor(self, action: Callable[[], None]) -> None:
        """Run ``action`` (which replaces the editor's content) after asking, if text would go."""
        if not self.editor.has_unsaved_changes():
            action()
            self.editor.text.setFocus()
            return

        def go() -> None:
            action()
            self.editor.text.setFocus()

        confirm(
            self,
            self.tr("Unsaved text"),
            self.tr("The editor holds text that is not saved. Drop it?"),
            self.tr("Drop the text"),
            go,
        )

    def new_entry(self) -> None:
        if self.editor.mode is EditorMode.NEW:
            self.editor.text.setFocus()
            return
        self._switch_editor(self.editor.start_new)

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.signed or not entry.is_own or not self._may_write:
            return
        if self.editor.mode is EditorMode.EDIT and self.editor.entry == entry:
            self.editor.text.setFocus()
            return
        self._switch_editor(partial(self.editor.start_edit, entry))

    def correct_selected(self) -> None:
        entry = self.selected()
        if entry is None or not entry.signed or not self._may_write:
            return
        self._switch_editor(partial(self.editor.start_correction, entry))

    def _editing(self, entry: JournalEntryView) -> bool:
        return (
            self.editor.mode is EditorMode.EDIT
            and self.editor.entry is not None
            and self.editor.entry.id == entry.id
        )

    def sign_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.signed or not entry.is_own:
            return
        if self._editing(entry) and self.editor.has_unsaved_changes():
            self.message.show_text(
                self.tr("Save your changes to this entry (or drop them) before signing it."),
                error=True,
            )
            return
        workspace, entry_id, version = self._workspace, entry.id, entry.version

        def sign() -> None:
            run_for(
                self,
                lambda: journal.sign_entry(workspace, entry_id, version),
                lambda _: self._after_change(entry_id, entry_id, self.tr("The entry is signed.")),
                self._change_failed,
            )

        confirm(
            self,
            self.tr("Sign the entry"),
            self.tr(
                "After signing, the text cannot be changed. A mistake can then only be put "
                "right with a correction, and both stay readable. Sign the entry of {date}?"
            ).format(date=format_date(entry.entry_date)),
            self.tr("Sign"),
            sign,
        )

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.signed or not entry.is_own:
            return
        workspace, entry_id, version = self._workspace, entry.id, entry.version

        def remove() -> None:
            run_for(
                self,
                lambda: journal.delete_unsigned(workspace, entry_id, version),
                lambda _: self._after_change(
                    entry_id, None, self.tr("The unsigned entry was removed.")
                ),
                self._change_failed,
            )

        confirm(
            self,
            self.tr("Remove the entry"),
            self.tr("Remove your unsigned entry of {date}? Its text is deleted.").format(
                date=format_date(entry.entry_date)
            ),
            self.tr("Remove"),
            remove,
        )

    def _change_failed(self, error: BaseException) -> None:
        self.message.show_error(error)
        if isinstance(error, ChangedMeanwhile):
            self.load()  # what was signed or removed is decided on what is saved now

    def _after_change(self, changed_id: int, select_id: int | None, text: str) -> None:
        editing = self.editor.entry
        if editing is not None and self.editor.mode is EditorMode.EDIT and editing.id == changed_id:
            # The entry being edited was signed or removed: nothing left to edit.
            self.editor.start_new()
        self._select_after_load = select_id
        self.message.show_text(text)
        self.load()
        self.changed.emit()

    def _reload_entry(self, entry_id: int) -> None:
        self._saved_version_of = self._select_after_load = entry_id
        self.load()

    def _entry_saved(self, entry_id: int) -> None:
        self._select_after_load = entry_id
        self.message.show_text(self.tr("The entry was saved, unsigned. Sign it when it is final."))
        self.load()
        self.changed.emit()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()
