"""A matched piece of text shown with its matches in bold, safely.

The service marks matches with control characters, never HTML: the text is
what someone wrote in a journal, so it is escaped first and only then are
the markers turned into <b>…</b>. A "<b>" typed into a journal entry stays
visible as those three characters.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from caseflow.services.fulltext import MATCH_END, MATCH_START

# The rich text of a cell (the display role keeps the plain text, for copying and tests).
MARKUP_ROLE = Qt.ItemDataRole.UserRole + 10
_PADDING = 3

Index = QModelIndex | QPersistentModelIndex


def to_markup(snippet: str) -> str:
    """Escaped ``snippet`` with each marked match in bold, balanced."""
    escaped = html.escape(snippet, quote=False)
    parts: list[str] = []
    bold = False
    for character in escaped:
        if character == MATCH_START and not bold:
            parts.append("<b>")
            bold = True
        elif character == MATCH_END and bold:
            parts.append("</b>")
            bold = False
        elif character not in (MATCH_START, MATCH_END):
            parts.append(character)
    if bold:
        parts.append("</b>")
    return "".join(parts)


def plain(snippet: str) -> str:
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


class MarkupDelegate(QStyledItemDelegate):
    """Paints a cell's ``MARKUP_ROLE`` rich text, wrapped to the column's width."""

    def _document(self, option: QStyleOptionViewItem, markup: str, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(_PADDING)
        document.setHtml(markup)
        document.setTextWidth(max(width, 40))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(MARKUP_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        rect = option.rect
        # Background and selection as for any cell, without the text.
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        document = self._document(option, str(index.data(MARKUP_ROLE)), rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(role),
        )
        painter.save()
        painter.translate(rect.topLeft())
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Plain cells of the column are measured as text too: rows of one height per line.
        markup = index.data(MARKUP_ROLE)
        if markup is None:
            markup = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        view = option.widget
        width = view.columnWidth(index.column()) if hasattr(view, "columnWidth") else 400
        document = self._document(option, str(markup), width)
        return QSize(width, int(document.size().height()))
