"""The minutes mode of the meeting editor: items per case, attendance, approval, corrections.

The items are grouped under each case number; in a shared sitting each
case's items stay apart (what is said about one young person belongs to
that person's file alone). Every item is edited on its own page and saved on
its own (Ctrl+S); unsaved text is kept as drafts. Approval locks the
minutes: items become read-only and take corrections, shown under them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import drafts as draft_store
from caseflow.services import minutes
from caseflow.services.drafts import DraftView
from caseflow.services.meetings import MeetingDetail
from caseflow.services.minutes import ItemInput, ItemView, MinutesView
from caseflow.services.validation import ChangedMeanwhile
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import (
    MessageArea,
    ServiceDialog,
    confirm,
    format_date,
    run_for,
)
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.meetings.attendance_dialog import AttendanceDialog, describe
from caseflow.ui.meetings.item_editor import FIELDS, FieldDraft, ItemEditor, ItemPage
from caseflow.ui.pdf_preview import show_pdf

_NUMBER_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class StoredDraft:
    """A draft of this meeting's minutes, by item number and field."""

    number: int
    correction: bool
    field: str
    content: str


def parse_draft_key(meeting_id: int, key: str) -> tuple[int, bool, str] | None:
    """(item number, is a correction, field) of ``meeting:{id}:item:{n}[:correction]:{field}``."""
    prefix = f"meeting:{meeting_id}:item:"
    if not key.startswith(prefix):
        return None
    parts = key[len(prefix) :].split(":")
    if len(parts) == 2 and parts[0].isdigit() and parts[1] in FIELDS:
        return int(parts[0]), False, parts[1]
    if len(parts) == 3 and parts[0].isdigit() and parts[1] == "correction" and parts[2] in FIELDS:
        return int(parts[0]), True, parts[2]
    return None


def minutes_drafts(meeting_id: int, found: list[DraftView]) -> list[StoredDraft]:
    drafts = []
    for draft in found:
        parsed = parse_draft_key(meeting_id, draft.editor_key)
        if parsed is not None:
            drafts.append(StoredDraft(*parsed, draft.content))
    return drafts


def minutes_pdf(workspace: Workspace, meeting_id: int, case_id: int) -> bytes:
    """One case's part of the minutes as a PDF (runs on a worker thread)."""
    from caseflow.services import meeting_documents

    return meeting_documents.minutes_pdf(workspace, meeting_id, case_id)


class AddItemDialog(ServiceDialog):
    """A new item for one case of the meeting: the case (in a shared sitting) and a heading."""

    def __init__(
        self,
        workspace: Workspace,
        detail: MeetingDetail,
        version: int,
        case_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addItemDialog")
        self.setWindowTitle(self.tr("Add an item"))
        self._workspace, self._detail, self._version = workspace, detail, version
        self.case = QComboBox()
        self.case.setObjectName("itemCase")
        for case in detail.cases:
            self.case.addItem(case.case_number, case.case_id)
        if case_id is not None:
            self.case.setCurrentIndex(max(0, self.case.findData(case_id)))
        self.heading = QLineEdit()
        self.heading.setObjectName("newItemHeading")
        self.add_field(self.tr("&Case:"), self.case)
        self.add_field(self.tr("&Heading:"), self.heading, "heading")
        self.heading.textChanged.connect(lambda: self.changed("heading"))
        self.finish_layout()
        self.heading.setFocus()

    def problems(self) -> dict[str, str]:
        if not self.heading.text().strip():
            return {"heading": self.tr("Give the item a heading.")}
        return {}

    def work(self) -> Callable[[], Any]:
        workspace, meeting_id, version = self._workspace, self._detail.id, self._version
        item = ItemInput(int(self.case.currentData()), self.heading.text())
        return lambda: minutes.save_item(workspace, meeting_id, None, item, version)


class MinutesPanel(QWidget):
    """Emits ``changed`` after approval or attendance, so the window's header is read again."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        keeper: DraftKeeper,
        meeting_id: int,
        may_edit: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("minutesPanel")
        self._workspace = workspace
        self._keeper = keeper
        self.meeting_id = meeting_id
        self._may_manage = may_edit
        self.detail: MeetingDetail | None = None
        self.minutes: MinutesView | None = None
        self.pages: dict[int, ItemPage] = {}
        self.loaded = False
        self.drafts_restored = False
        self.busy = False
        self.dialog: QWidget | None = None

        self.status = QLabel()
        self.status.setObjectName("minutesStatus")
        self.status.setWordWrap(True)
        self.attendance_label = QLabel()
        self.attendance_label.setObjectName("attendanceSummary")
        self.attendance_label.setWordWrap(True)
        self.message = MessageArea()
        self.message.setObjectName("minutesMessage")
        self.attendance_button = QPushButton(self.tr("A&ttendance…"))
        self.attendance_button.setObjectName("attendanceButton")
        self.attendance_button.clicked.connect(self.open_attendance)
        self.add_button = QPushButton(self.tr("Add &item…"))
        self.add_button.setObjectName("addItem")
        self.add_button.clicked.connect(self.add_item)
        self.approve_button = QPushButton(self.tr("Appro&ve minutes…"))
        self.approve_button.setObjectName("approveMinutes")
        self.approve_button.clicked.connect(self.approve)
        self.print_button = QPushButton(self.tr("Print min&utes…"))
        self.print_button.setObjectName("printMinutes")
        self.print_button.clicked.connect(self._print_clicked)
        self.print_menu = QMenu(self)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        for button in (
            self.attendance_button,
            self.add_button,
            self.approve_button,
            self.print_button,
        ):
            top.addWidget(button)

        self.tree = QTreeWidget()
        self.tree.setObjectName("minutesTree")
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("State")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.tree.itemActivated.connect(lambda *_: self._write_selected())
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Choose an item on the left to write or read it."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 800])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.attendance_label)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.minutes is not None and self.minutes.status.is_locked

    @property
    def may_edit(self) -> bool:
        return self._may_manage and self.detail is not None and not self.detail.cancelled

    def has_unsaved_changes(self) -> bool:
        return any(page.is_dirty() for page in self.pages.values())

    def dirty_numbers(self) -> list[int]:
        return sorted(n for n, page in self.pages.items() if page.is_dirty())

    def current_page(self) -> ItemPage | None:
        item = self.tree.currentItem()
        number = item.data(0, _NUMBER_ROLE) if item is not None else None
        return self.pages.get(int(number)) if number is not None else None

    def sources(self) -> list[FieldDraft]:
        """The drafts the keeper looks after: of every editor typed in since it opened."""
        return [
            s
            for page in self.pages.values()
            for e in page.editors
            if e.registered
            for s in e.sources
        ]

    def _register(self, editor: ItemEditor) -> None:
        # Only editors typed in are the keeper's: it would otherwise clear the
        # drafts of every item (ten or fifty) after each pause in typing.
        if editor.registered or not self.drafts_restored:
            return
        editor.registered = True
        for source in editor.sources:
            self._keeper.register(source)

    def set_meeting(self, detail: MeetingDetail) -> None:
        """The meeting as stored (cases, participants and attendance, status)."""
        self.detail = detail
        shared = len(detail.cases) > 1
        present = []
        for participant in detail.participants:
            if not participant.attended:
                continue
            text = describe(participant)
            if shared:
                numbers = ", ".join(
                    c.case_number for c in detail.cases if c.case_id in participant.present_for
                )
                text = self.tr("%1 for %2").replace("%1", text).replace("%2", numbers)
            present.append(text)
        self.attendance_label.setText(
            self.tr("Took part: %1").replace("%1", "; ".join(present))
            if present
            else self.tr("No attendance recorded yet.")
        )
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the minutes (starting them from the agenda when empty) and, once, the drafts."""
        if self.detail is None:
            return
        workspace, meeting_id = self._workspace, self.meeting_id
        start = self.may_edit and not self.detail.minutes_status.is_locked
        first = not self.drafts_restored

        def work() -> tuple[MinutesView, list[StoredDraft]]:
            view = minutes.get_minutes(workspace, meeting_id)
            if not view.items and start:
                view = minutes.start_minutes(workspace, meeting_id)
            found = minutes_drafts(meeting_id, draft_store.list_drafts(workspace)) if first else []
            return view, found

        run_for(self, work, lambda r: self._loaded(r[0], r[1]), self.message.show_error)

    def _loaded(self, view: MinutesView, drafts: list[StoredDraft]) -> None:
        self.apply(view)
        if not self.drafts_restored:
            placed = self._restore(drafts)
            # Only now: a keeper save before the drafts were back would erase them.
            self.drafts_restored = True
            for editor in placed:
                self._register(editor)
            if placed:
                self._keeper.changed()  # clears drafts that held what was saved after all
        self.loaded = True

    def _restore(self, drafts: list[StoredDraft]) -> list[ItemEditor]:
        """Put drafts back into their items; returns the editors that took one."""
        grouped: dict[tuple[int, bool], dict[str, str]] = {}
        for draft in drafts:
            grouped.setdefault((draft.number, draft.correction), {})[draft.field] = draft.content
        left = 0
        placed = []
        for (number, correction), fields in grouped.items():
            page = self.pages.get(number)
            if page is None or not page.restore(fields, correction):
                left += 1
            else:
                placed.append(page.correction_editor if correction else page.editor)
        restored = sum(1 for page in self.pages.values() if page.is_dirty())
        if left:
            self.message.show_text(
                self.tr(
                    "%n draft(s) could not be put back: the minutes were approved or the "
                    "item removed meanwhile. Read and copy them under File → Unsaved drafts.",
                    "",
                    left,
                ),
                error=True,
            )
        elif restored:
            self.message.show_text(self.tr("Unsaved text restored from drafts."))
        first_restored = next((n for n, p in self.pages.items() if p.is_dirty()), None)
        if first_restored is not None:
            self.select(first_restored)
        return placed

    def apply(self, view: MinutesView, reset: int | None = None) -> None:
        """Show ``view``; typed text that is not saved stays (but item ``reset``'s goes)."""
        self.minutes = view
        originals = [i for i in view.items if i.corrects is None]
        corrections: dict[int, list[ItemView]] = {}
        for item in view.items:
            if item.corrects is not None:
                corrections.setdefault(item.corrects, []).append(item)
        for number in [n for n in self.pages if n not in {i.number for i in originals}]:
            self._drop_page(number)
        for item in originals:
            page = self.pages.get(item.number) or self._new_page(item)
            page.set_item(
                item,
                tuple(corrections.get(item.number, [])),
                locked=view.status.is_locked,
                may_edit=self.may_edit,
                keep_typed=item.number != reset,
            )
        self._fill_tree(originals, corrections)
        self._show_status()
        self._update_buttons()

    def _page_title(self, item: ItemView) -> str:
        day = format_date(self.detail.date) if self.detail else ""
        return (
            self.tr("Minutes of %1, %2, item %3")
            .replace("%1", day)
            .replace("%2", item.case_number)
            .replace("%3", str(item.number))
        )

    def _new_page(self, item: ItemView) -> ItemPage:
        page = ItemPage(self.meeting_id, item, self._page_title(item))
        page.save_requested.connect(self.save)
        page.remove_requested.connect(self.remove)
        page.dirty_changed.connect(self._page_dirty_changed)
        for editor in page.editors:
            editor.typed.connect(self._keeper.changed)
            editor.dirty_changed.connect(partial(self._dirty_editor, editor))
        self.stack.addWidget(page)
        self.pages[item.number] = page
        return page

    def _dirty_editor(self, editor: ItemEditor, dirty: bool) -> None:
        if dirty:
            self._register(editor)

    def _drop_page(self, number: int) -> None:
        page = self.pages.pop(number)
        for editor in page.editors:
            for source in editor.sources:
                self._keeper.unregister(source)
        self.stack.removeWidget(page)
        page.deleteLater()

    def unregister_all(self) -> None:
        """The window closes: the keeper must stop asking these editors for text."""
        if shiboken6.isValid(self._keeper):
            for source in self.sources():
                self._keeper.unregister(source)

    # --- the tree of items ---------------------------------------------------------------

    def _fill_tree(self, originals: list[ItemView], corrections: dict[int, list[ItemView]]) -> None:
        selected = self.current_page()
        self.tree.blockSignals(True)
        self.tree.clear()
        cases = self.detail.cases if self.detail else ()
        for case in cases:
            own = [i for i in originals if i.case_id == case.case_id]
            top = QTreeWidgetItem([case.case_number, self.tr("%n item(s)", "", len(own))])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for item in own:
                child = QTreeWidgetItem([f"{item.number}. {item.heading}", ""])
                child.setData(0, _NUMBER_ROLE, item.number)
                child.setToolTip(0, item.heading)
                top.addChild(child)
                for correction in corrections.get(item.number, []):
                    fix = QTreeWidgetItem(
                        [
                            self.tr("Correction %1 (%2)")
                            .replace("%1", str(correction.number))
                            .replace("%2", format_date(correction.written_on)),
                            "",
                        ]
                    )
                    fix.setData(0, _NUMBER_ROLE, item.number)
                    child.addChild(fix)
                child.setExpanded(True)
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self._page_dirty_changed()
        if selected is not None and selected.number in self.pages:
            self.select(selected.number)
        elif self.pages and self.tree.currentItem() is None:
            self.select(min(self.pages))
        self._show_selected()

    def _tree_items(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                found += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        return found

    def _page_dirty_changed(self) -> None:
        for child in self._tree_items():
            page = self.pages.get(int(child.data(0, _NUMBER_ROLE)))
            if page is None:
                continue
            if page.is_dirty():
                state = self.tr("Unsaved changes")
            elif page.item.notes or page.item.decisions or page.item.actions:
                state = self.tr("Written")
            else:
                state = self.tr("Empty")
            child.setText(1, state)
            font = child.font(1)
            font.setBold(page.is_dirty())
            child.setFont(1, font)

    def select(self, number: int) -> None:
        for child in self._tree_items():
            if child.data(0, _NUMBER_ROLE) == number:
                self.tree.setCurrentItem(child)
                return

    def _show_selected(self) -> None:
        page = self.current_page()
        if page is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(page)

    def _write_selected(self) -> None:
        # Enter on an item goes to its text, as a double-click does.
        page = self.current_page()
        if page is not None:
            target = page.correction_editor if page.correcting else page.editor
            target.notes.setFocus()

    def _show_status(self) -> None:
        view = self.minutes
        if view is None:
            return
        if view.status.is_locked:
            text = self.tr(
                "<b>Approved</b> on %1 by %2 – the minutes are locked. Mistakes are put right "
                "with a correction under the item."
            )
            text = text.replace("%1", format_date(view.approved_on)).replace(
                "%2", html.escape(view.approved_by or "–")
            )
        elif self.detail is not None and self.detail.cancelled:
            text = self.tr("<b>The meeting is cancelled</b>: no minutes are written for it.")
        else:
            text = self.tr("<b>Draft</b> – save each item; approve the minutes when they are done.")
        self.status.setText(text)

    def _update_buttons(self) -> None:
        ready = self.minutes is not None and self.detail is not None
        editable = ready and self.may_edit and not self.locked and not self.busy
        self.add_button.setEnabled(editable)
        self.approve_button.setEnabled(editable)
        self.attendance_button.setEnabled(ready and self.detail is not None)
        self.print_button.setEnabled(ready and bool(self.minutes and self.minutes.items))

    def _print_clicked(self) -> None:
        cases = self.detail.cases if self.detail else ()
        if len(cases) == 1:
            self.print_minutes(cases[0].case_id)
            return
        # A shared sitting: each case's minutes are printed alone.
        self.print_menu.clear()
        for case in cases:
            action = self.print_menu.addAction(
                self.tr("Minutes for %1…").replace("%1", case.case_number)
            )
            action.triggered.connect(partial(self.print_minutes, case.case_id))
        self.print_menu.popup(self.print_button.mapToGlobal(self.print_button.rect().bottomLeft()))

    # --- saving ------------------------------------------------------------------------

    def save_current(self) -> None:
        """Ctrl+S: save the item (or the correction) on the page shown."""
        page = self.current_page()
        if page is None:
            return
        self.save(page, page.correcting and page.correction_editor.is_dirty())

    def save(self, page: ItemPage, correction: bool) -> None:
        view = self.minutes
        editor = page.correction_editor if correction else page.editor
        if view is None or self.busy or not editor.is_dirty() or page.saving:
            return
        if not correction and (self.locked or not self.may_edit):
            return
        item = editor.current()
        keys = [source.draft_key() for source in editor.sources]
        workspace, meeting_id, number, version = (
            self._workspace,
            self.meeting_id,
            page.number,
            view.version,
        )

        def work() -> MinutesView:
            if correction:
                minutes.correct(workspace, meeting_id, number, item)
            else:
                minutes.save_item(workspace, meeting_id, number, item, version)
            for key in keys:
                draft_store.discard_draft(workspace, key)
            return minutes.get_minutes(workspace, meeting_id)

        self._set_busy(True)
        page.set_saving(True)
        page.message.clear_message()
        run_for(
            self,
            work,
            lambda result: self._saved(page, correction, result),
            lambda error: self._save_failed(page, error),
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _saved(self, page: ItemPage, correction: bool, view: MinutesView) -> None:
        self._set_busy(False)
        page.set_saving(False)
        if correction:
            page.cancel_correction()
        self.apply(view, reset=None if correction else page.number)
        page.message.show_text(
            self.tr("The correction was added under the item.")
            if correction
            else self.tr("Item %1 was saved.").replace("%1", str(page.number))
        )
        # An autosave already under way could write the old text back.
        self._keeper.changed()

    def _save_failed(self, page: ItemPage, error: BaseException) -> None:
        self._set_busy(False)
        page.set_saving(False)
        if isinstance(error, ChangedMeanwhile):
            # Who changed what and when; the minutes are read again (the typed
            # text stays) and the page offers the saved version of the item.
            page.show_refused(error)
            self.load()
        else:
            page.message.show_error(error)

    # --- items -------------------------------------------------------------------------

    def add_item(self) -> None:
        if self.detail is None or self.minutes is None or not self.may_edit or self.locked:
            return
        page = self.current_page()
        dialog = AddItemDialog(
            self._workspace,
            self.detail,
            self.minutes.version,
            page.item.case_id if page else None,
            self,
        )
        dialog.accepted.connect(lambda: self._item_added(dialog.result_value))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _item_added(self, number: int) -> None:
        workspace, meeting_id = self._workspace, self.meeting_id

        def shown(view: MinutesView) -> None:
            self.apply(view)
            self.select(number)
            page = self.pages.get(number)
            if page is not None:
                page.editor.notes.setFocus()

        run_for(self, lambda: minutes.get_minutes(workspace, meeting_id), shown, self._failed)

    def remove(self, page: ItemPage) -> None:
        view = self.minutes
        if view is None or self.locked or not self.may_edit or self.busy:
            return
        keys = [source.draft_key() for e in page.editors for source in e.sources]
        workspace, meeting_id, number, version = (
            self._workspace,
            self.meeting_id,
            page.number,
            view.version,
        )

        def work() -> MinutesView:
            minutes.remove_item(workspace, meeting_id, number, version)
            for key in keys:
                draft_store.discard_draft(workspace, key)
            return minutes.get_minutes(workspace, meeting_id)

        def go() -> None:
            self._set_busy(True)
            run_for(self, work, self._removed, self._failed)

        confirm(
            self,
            self.tr("Remove the item"),
            self.tr(
                "Remove item %1 (%2) from the minutes? What is written under it, and the "
                "actions it agreed, are deleted."
            )
            .replace("%1", str(number))
            .replace("%2", page.item.heading),
            self.tr("Remove"),
            go,
        )

    def _removed(self, view: MinutesView) -> None:
        self._set_busy(False)
        self.apply(view)
        self.message.show_text(self.tr("The item was removed."))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.show_error(error)
        if isinstance(error, ChangedMeanwhile):
            self.load()

    # --- approval ----------------------------------------------------------------------

    def approve(self) -> None:
        view, detail = self.minutes, self.detail
        if view is None or detail is None or self.locked or not self.may_edit or self.busy:
            return
        unsaved = self.dirty_numbers()
        if unsaved:
            self.message.show_text(
                self.tr("Save or discard the changes in item(s) %1 before approving.").replace(
                    "%1", ", ".join(map(str, unsaved))
                ),
                error=True,
            )
            self.select(unsaved[0])
            return
        workspace, meeting_id, version, today = (
            self._workspace,
            self.meeting_id,
            view.version,
            date.today(),
        )

        def work() -> MinutesView:
            minutes.approve(workspace, meeting_id, today, version)
            return minutes.get_minutes(workspace, meeting_id)

        def go() -> None:
            self._set_busy(True)
            run_for(self, work, self._approved, self._failed)

        self.dialog = confirm(
            self,
            self.tr("Approve the minutes"),
            self.tr(
                "Approve the minutes of the meeting on %1 as %2 today?\n\nApproved minutes "
                "are locked: nothing in them can be changed or removed afterwards. A mistake "
                "can then only be put right with a correction, shown under the item it "
                "corrects. Empty items are left out."
            )
            .replace("%1", format_date(detail.date))
            .replace("%2", self._workspace.user.display_name),
            self.tr("Approve and lock"),
            go,
        )

    def _approved(self, view: MinutesView) -> None:
        self._set_busy(False)
        self.apply(view)
        self.message.show_text(self.tr("The minutes are approved and locked."))
        self.changed.emit()

    # --- attendance and printing ---------------------------------------------------------

    def open_attendance(self) -> AttendanceDialog | None:
        if self.detail is None:
            return None
        dialog = AttendanceDialog(self._workspace, self.detail, self)
        dialog.recorded.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_minutes(self, case_id: int) -> QWidget | None:
        """Preview one case's part of the minutes, to print or save."""
        detail = self.detail
        if detail is None:
            return None
        case = next((c for c in detail.cases if c.case_id == case_id), None)
        if case is None:
            return None
        workspace, meeting_id, chosen = self._workspace, self.meeting_id, case.case_id
        title = (
            self.tr("Minutes %1 – %2")
            .replace("%1", format_date(detail.date))
            .replace("%2", case.case_number)
        )
        return show_pdf(
            self.window(),
            title,
            lambda: minutes_pdf(workspace, meeting_id, chosen),
            self.tr("Minutes %1 %2.pdf")
            .replace("%1", format_date(detail.date))
            .replace("%2", case.case_number),
        )
