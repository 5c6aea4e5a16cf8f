"""Read a scanned consent form (or a printed one) inside the app.

The bytes come from the encrypted database (or from a PDF just built) and
stay in memory: a PDF is read by QtPdf from a QBuffer, an image by QPixmap,
so no temporary file with personal data is ever written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseflow.ui.cases.tab_support import MessageArea

PDF = "application/pdf"


class DocumentViewer(QDialog):
    """Shows a PDF (every page, fitted to the width) or an image (scrollable)."""

    def __init__(
        self, title: str, data: bytes, media_type: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self.setWindowTitle(title)
        self.media_type = media_type
        self.document: QPdfDocument | None = None
        self.pdf_view: QPdfView | None = None
        self.image_label: QLabel | None = None
        self._buffer: QBuffer | None = None

        self.message = MessageArea()
        self.message.setObjectName("viewerMessage")
        self.info = QLabel()
        self.info.setObjectName("viewerInfo")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        if media_type == PDF:
            layout.addWidget(self._pdf(data), 1)
        else:
            layout.addWidget(self._image(data), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self._forget)
        self.resize(900, 700)

    def _pdf(self, data: bytes) -> QWidget:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._pdf_status)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.document)
        self.document.load(self._buffer)
        self._pdf_status()
        return self.pdf_view

    def _pdf_status(self, *_: object) -> None:
        document = self.document
        if document is None:
            return
        status = document.status()
        if status == QPdfDocument.Status.Ready:
            self.info.setText(self.tr("%n page(s)", "", document.pageCount()))
        elif status == QPdfDocument.Status.Error:
            self.message.show_text(
                self.tr("This PDF cannot be shown: it is damaged or protected by a password."),
                error=True,
            )

    def _image(self, data: bytes) -> QWidget:
        pixmap = QPixmap()
        self.image_label = QLabel()
        self.image_label.setObjectName("imageView")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.loadFromData(data):
            self.image_label.setPixmap(pixmap)
            self.info.setText(
                self.tr("{width} × {height} pixels").format(
                    width=pixmap.width(), height=pixmap.height()
                )
            )
        else:
            self.message.show_text(
                self.tr("This image cannot be shown: the file is damaged or of an unknown kind."),
                error=True,
            )
        area = QScrollArea()
        area.setWidget(self.image_label)
        area.setWidgetResizable(True)
        return area

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def _forget(self) -> None:
        # Let go of the form's bytes as soon as the window closes.
        if self.document is not None:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        if self.image_label is not None:
            self.image_label.clear()
