"""Sök: find words in journal entries and minutes, with the matches in bold.

Searches as the user types (a pause of ``SEARCH_DELAY_MS`` first) on a worker
thread; an answer to older typing is dropped. The service decides what the
user may read (``services.fulltext``): hits in cases the user is not
assigned to come without their text until the case is opened with a
reason. Enter or a double-click opens the case (``open_case_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import fulltext, permissions
from caseflow.services.fulltext import MIN_TERM_LENGTH, SearchResults, TextHit
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, format_date
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.form_rescue import NO_RESCUE
from caseflow.ui.search.snippet import MARKUP_ROLE, MarkupDelegate, plain, to_markup
from caseflow.ui.worker import run_for

SEARCH_DELAY_MS = 250
RESULT_LIMIT = 200
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
DATE, CASE, KIND, TEXT = range(4)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_HIDDEN_TEXT = QColor("#5a5a5a")


class SearchPage(QWidget):
    """Emits ``open_case_requested(case_id)``; ``search_done`` after each answer shown."""

    open_case_requested = Signal(int)
    search_done = Signal()

    def __init__(
        self, workspace: Workspace, drafts: DraftKeeper, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self._workspace = workspace
        self._drafts = drafts  # a search is not work to keep: nothing registers here
        self.applies = permissions.may(workspace, Action.READ_CASE)
        self.results: SearchResults | None = None
        self._generation = 0
        self._open_when_found = False  # Enter came before the answer
        self._in_flight = False

        heading = QLabel("<h2>" + self.tr("Search") + "</h2>")
        self.explanation = QLabel()
        self.explanation.setObjectName("searchExplanation")
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        if not self.applies:
            self.explanation.setText(
                self.tr(
                    "Search finds words in journal entries and meeting minutes. Your role "
                    "does not read case files, so there is nothing to search here."
                )
            )
            layout.addStretch()
            return
        self.explanation.setText(
            self.tr(
                "Finds words and parts of words (at least %1 characters) in journal entries "
                "and meeting minutes: “skolk” also finds “skolkproblemen”. Every word must "
                "occur. The newest come first."
            ).replace("%1", str(MIN_TERM_LENGTH))
        )
        layout.addLayout(self._search_row())
        self.message = MessageArea()
        self.message.setObjectName("searchMessage")
        layout.addWidget(self.message)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tree = self._table()
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._buttons())
        self.setFocusProxy(self.search)
        self._selection_changed()

    # --- building ------------------------------------------------------------------------

    def _search_row(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("textSearch")
        self.search.setProperty(NO_RESCUE, True)  # a search is not work to keep
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(fulltext.MAX_QUERY_LENGTH)
        self.search.setPlaceholderText(self.tr("Words to find, e.g. skolk mentor"))
        self.search.installEventFilter(self)
        label = QLabel(self.tr("&Find:"))
        label.setBuddy(self.search)
        self.only_mine = QCheckBox(self.tr("Only cases I &work on"))
        self.only_mine.setObjectName("searchOnlyMine")
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run)
        self.search.textChanged.connect(self._timer.start)
        self.only_mine.toggled.connect(self._run)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.search, 1)
        row.addWidget(self.only_mine)
        return row

    def _table(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("searchResults")
        tree.setAccessibleName(self.tr("Matches"))
        tree.setColumnCount(4)
        tree.setHeaderLabels([self.tr("Date"), self.tr("Case"), self.tr("In"), self.tr("Text")])
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setWordWrap(True)
        # Text wraps to the column: nothing to scroll sideways to.
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setToolTip(self.tr("Press Enter or double-click to open the case."))
        tree.setItemDelegateForColumn(TEXT, MarkupDelegate(tree))
        header = tree.header()
        header.setStretchLastSection(True)
        for column in (DATE, CASE, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped text is as high as the column is narrow: lay the rows out again.
        header.sectionResized.connect(lambda *_: tree.doItemsLayout())
        tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        tree.itemActivated.connect(lambda *_: self.open_selected_case())
        tree.installEventFilter(self)
        return tree

    def _buttons(self) -> QHBoxLayout:
        self.open_case_button = QPushButton(self.tr("&Open case"))
        self.open_case_button.setObjectName("searchOpenCase")
        self.open_case_button.clicked.connect(self.open_selected_case)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.open_case_button)
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.applies:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- searching -----------------------------------------------------------------------

    def search_now(self) -> None:
        """Skip the typing pause."""
        self._timer.stop()
        self._run()

    def _run(self) -> None:
        self._timer.stop()
        if not self._workspace.is_open:
            return
        self._generation += 1
        generation, workspace = self._generation, self._workspace
        query, only_mine = self.search.text(), self.only_mine.isChecked()
        self.message.clear_message()
        if not query.strip():
            self._in_flight = False
            self._show(SearchResults([], False, (), searched=False))
            return
        self.status.setText(self.tr("Searching…"))
        self._in_flight = True
        run_for(
            self,
            lambda: fulltext.search_text(workspace, query, RESULT_LIMIT, only_mine=only_mine),
            lambda results: self._found(generation, results),
            lambda error: self._failed(generation, error),
        )

    def _found(self, generation: int, results: SearchResults) -> None:
        if generation != self._generation:
            return  # the user typed on: that answer is on its way
        self._in_flight = False
        self._show(results)
        if self._open_when_found and len(results.rows) == 1:
            self.open_selected_case()
        self._open_when_found = False
        self.search_done.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or not self._workspace.is_open:
            return
        self._in_flight = self._open_when_found = False
        self.tree.clear()
        self.status.setText("")
        self.message.show_error(error)
        self._selection_changed()
        self.search_done.emit()

    # --- showing -------------------------------------------------------------------------

    def _show(self, results: SearchResults) -> None:
        self.results = results
        self.tree.clear()
        self.tree.addTopLevelItems([self._item(row) for row in results.rows])
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.status.setText(self._status_text(results))
        self._selection_changed()

    def _status_text(self, results: SearchResults) -> str:
        parts: list[str] = []
        if results.too_short:
            quoted = self.tr("“%1”", "a search word left out")
            words = ", ".join(quoted.replace("%1", term) for term in results.too_short)
            parts.append(
                self.tr("Left out: %1. Search words need at least %2 characters.")
                .replace("%1", words)
                .replace("%2", str(MIN_TERM_LENGTH))
            )
        if results.searched:
            parts.append(self._count_text(results))
        if any(row.snippet is None for row in results.rows):
            parts.append(
                self.tr(
                    "Matches in cases you are not assigned to show no text: open the case "
                    "(and say why) to read it."
                )
            )
        return " ".join(parts)

    def _count_text(self, results: SearchResults) -> str:
        count = len(results.rows)
        if results.more:
            return self.tr(
                "More than %1 matches: the newest %1 are shown. Add a word to find fewer."
            ).replace("%1", str(count))
        if count == 0:
            return self.tr("No matches.")
        return self.tr("%n match(es).", "", count)

    def _item(self, row: TextHit) -> QTreeWidgetItem:
        item = QTreeWidgetItem([format_date(row.day), row.case_number, row.kind.label.render(), ""])
        item.setData(DATE, CASE_ID_ROLE, row.case_id)
        if row.snippet is None:
            item.setText(TEXT, self.tr("Not your case: open it to read the text."))
            italic = QFont()
            italic.setItalic(True)
            item.setFont(TEXT, italic)
            item.setForeground(TEXT, _HIDDEN_TEXT)
        else:
            item.setText(TEXT, plain(row.snippet))
            item.setData(TEXT, MARKUP_ROLE, to_markup(row.snippet))
        return item

    # --- selection and opening -----------------------------------------------------------

    def selected_case_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(DATE, CASE_ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _selection_changed(self) -> None:
        self.open_case_button.setEnabled(self.selected_case_id() is not None)

    def open_selected_case(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_case_requested.emit(case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.applies:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.search and key in _ENTER:
            if self._timer.isActive() or self._in_flight:
                # Typed and pressed Enter at once: open the case if one hit is found.
                self._open_when_found = True
                if self._timer.isActive():
                    self.search_now()
            else:
                self.open_selected_case()
            return True
        if watched is self.search and key == Qt.Key.Key_Down and self.tree.topLevelItemCount():
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.tree and key in _ENTER:
            self.open_selected_case()
            return True
        return super().eventFilter(watched, event)
