"""Preview a generated PDF inside the app, then print it or save it.

``show_pdf`` builds the document on a worker thread (a progress bar and
Cancel meanwhile; the window stays responsive), shows its pages with QtPdf,
and offers Print… (the system print dialog) and Save as PDF…. The bytes stay
in memory: QtPdf reads them from a QBuffer, so no temporary file with
personal data is written. Saving writes a temporary file beside the target,
readable by the user alone, then renames it over the chosen name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.errors import StorageUnavailable
from caseflow.ui.cases.tab_support import MessageArea
from caseflow.ui.errors import message_for
from caseflow.ui.worker import run_for

# Pages are rendered for the printer at this resolution at most: 1200 dpi
# bitmaps of A4 pages would take half a gigabyte each and print no better.
PRINT_DPI = 300
POINTS_PER_INCH = 72


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable by the user alone where the OS allows.

    A crash or a full disk leaves the old file or none, never half a document.
    """
    try:
        # mkstemp creates the file with mode 0600 on POSIX.
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        raise StorageUnavailable() from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise StorageUnavailable() from None
        raise


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _safe_file_name(name: str) -> str:
    # A case number or a date is fine in a file name; a slash would make a folder.
    cleaned = "".join("-" if c in '/\\:*?"<>|' else c for c in name).strip() or "document.pdf"
    return cleaned if cleaned.lower().endswith(".pdf") else cleaned + ".pdf"


class PdfPreview(QDialog):
    """A non-modal window: building… (with Cancel), then the pages with Print and Save.

    ``ready`` is emitted once the pages can be shown, ``failed(str)`` with the
    message when the document could not be built or read, ``saved(str)`` with
    the path after a save and ``printed(int)`` with the number of pages printed.
    """

    ready = Signal()
    failed = Signal(str)
    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, title: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._title = title
        self.suggested_name = _safe_file_name(suggested_name)
        self.data: bytes | None = None
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self._cancelled = False
        self._printing = False
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._document_status)

        self.message = MessageArea()
        self.message.setObjectName("pdfMessage")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_progress_page())
        self.stack.addWidget(self._build_view_page())

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._build_buttons())
        for keys, action in (
            (QKeySequence(QKeySequence.StandardKey.Print), self.print_document),
            (QKeySequence("Ctrl+Shift+S"), self.choose_file),
            (QKeySequence("Ctrl+W"), self.close),
        ):
            QShortcut(keys, self).activated.connect(action)
        self.finished.connect(self._forget)
        self.resize(820, 660)
        self._update_buttons()

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = QLabel(self.tr("Preparing the document…"))
        self.progress_label.setObjectName("pdfProgressLabel")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setObjectName("pdfProgress")
        self.progress.setRange(0, 0)  # busy: a report does not say how far it has come
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(420)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("pdfCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addStretch()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        layout.addStretch()
        return page

    def _build_view_page(self) -> QWidget:
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        return self.view

    def _build_buttons(self) -> QHBoxLayout:
        self.pages_label = QLabel()
        self.pages_label.setObjectName("pdfPages")
        self.zoom = QComboBox()
        self.zoom.setObjectName("pdfZoom")
        self.zoom.addItem(self.tr("Page width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("pdfPrint")
        self.print_button.setToolTip(self.tr("Print on paper (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("pdfSave")
        self.save_button.setToolTip(self.tr("Save the document as a PDF file (Ctrl+Shift+S)"))
        self.save_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setObjectName("pdfClose")
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.pages_label, 1)
        row.addWidget(zoom_label)
        row.addWidget(self.zoom)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    def _zoom_changed(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode(self.zoom.currentData()))

    # --- building ----------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.data is not None else 0

    def start(self, build: Callable[[], bytes]) -> None:
        """Run ``build`` on a worker thread; show its pages when it is done."""
        self._cancelled = False
        self.stack.setCurrentIndex(0)
        self.message.clear_message()
        run_for(self, build, self._built, self._build_failed)

    def cancel(self) -> None:
        """Stop waiting: the document, should it still arrive, is dropped unseen."""
        self._cancelled = True
        self.close()

    def _built(self, data: bytes) -> None:
        if self._cancelled:
            return
        self.show_bytes(data)

    def _build_failed(self, error: BaseException) -> None:
        if self._cancelled:
            return
        self._show_failure(message_for(error))

    def _show_failure(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress_label.setText(self.tr("The document could not be made."))
        self.cancel_button.setVisible(False)
        self.message.show_text(text, error=True)
        self._update_buttons()
        self.failed.emit(text)

    def show_bytes(self, data: bytes) -> None:
        """Show the pages of ``data`` (a PDF already made)."""
        self.data = bytes(data)
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._document_status()

    def _document_status(self, *_: object) -> None:
        if self.data is None:
            return
        status = self.document.status()
        if status == QPdfDocument.Status.Ready:
            self.stack.setCurrentIndex(1)
            self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))
            self._update_buttons()
            self.ready.emit()
        elif status == QPdfDocument.Status.Error:
            self.data = None
            self._show_failure(self.tr("The document cannot be shown: the PDF is damaged."))

    def _update_buttons(self) -> None:
        shown = self.data is not None and self.stack.currentIndex() == 1
        self.print_button.setEnabled(shown and not self._printing)
        self.save_button.setEnabled(shown)

    # --- saving ------------------------------------------------------------------------

    def choose_file(self) -> QFileDialog | None:
        """Ask where to save the PDF (the dialog opens window-modal and returns at once)."""
        if self.data is None:
            return None
        dialog = QFileDialog(
            self,
            self.tr("Save as PDF"),
            str(_documents_folder() / self.suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        dialog.setObjectName("pdfSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: Path) -> None:
        """Write the very bytes shown to ``path`` (on a worker thread)."""
        data = self.data
        if data is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_button.setEnabled(False)
        run_for(
            self,
            lambda: write_private_file(path, data),
            lambda _: self._saved(path),
            self._save_failed,
        )

    def _saved(self, path: Path) -> None:
        self._update_buttons()
        self.message.show_text(self.tr("Saved as %1.").replace("%1", str(path)))
        self.saved.emit(str(path))

    def _save_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.message.show_error(error)

    # --- printing ----------------------------------------------------------------------

    def print_document(self) -> QPrintDialog | None:
        """Open the system print dialog; printing starts when it is accepted."""
        if self.data is None or self._printing:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("pdfPrintDialog")
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog = dialog
        # Window-modal and returning at once, like QDialog.open (which the
        # bindings hide behind QPrintDialog's own two-argument open()).
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """Render the pages onto ``printer``, one page per turn of the event loop."""
        if self.data is None or self._printing:
            return
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        pages = list(range(max(1, first) - 1, min(count, last)))
        painter = QPainter()
        if not pages or not painter.begin(printer):
            self.message.show_text(
                self.tr("The printer could not be used. Check that it is connected and ready."),
                error=True,
            )
            return
        self._printing = True
        self._update_buttons()
        steps = self._print_pages(painter, printer, pages)

        def step() -> None:
            if not next(steps, False):
                return
            QTimer.singleShot(0, self, step)

        step()

    def _print_pages(
        self, painter: QPainter, printer: QPrinter, pages: list[int]
    ) -> Iterator[bool]:
        try:
            for index, page in enumerate(pages):
                self.message.show_text(
                    self.tr("Printing page %1 of %2…")
                    .replace("%1", str(index + 1))
                    .replace("%2", str(len(pages)))
                )
                if index:
                    printer.newPage()
                self._paint_page(painter, page)
                yield True
        finally:
            painter.end()
            self._printing = False
            self._update_buttons()
        self.message.show_text(self.tr("Sent to the printer: %n page(s).", "", len(pages)))
        self.printed.emit(len(pages))

    def _paint_page(self, painter: QPainter, page: int) -> None:
        area = painter.viewport()
        size = self.document.pagePointSize(page)
        if size.width() <= 0 or size.height() <= 0:
            return
        scale = min(area.width() / size.width(), area.height() / size.height())
        width, height = int(size.width() * scale), int(size.height() * scale)
        dots = PRINT_DPI / POINTS_PER_INCH
        image = self.document.render(
            page, QSize(int(size.width() * dots), int(size.height() * dots))
        )
        target = QRect(
            area.x() + (area.width() - width) // 2,
            area.y() + (area.height() - height) // 2,
            width,
            height,
        )
        painter.drawImage(target, image)

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancelled = self._cancelled or self.data is None
        super().closeEvent(event)

    def _forget(self) -> None:
        # Let go of the document's bytes as soon as the window closes.
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self.data = None


def show_pdf(
    parent: QWidget | None, title: str, build: Callable[[], bytes], suggested_name: str
) -> PdfPreview:
    """Build a PDF off the GUI thread and show it in a preview window with Print and Save.

    ``build`` runs on a worker thread and returns the PDF's bytes; errors it
    raises are shown in the user's language. The window is not modal.
    """
    preview = PdfPreview(title, suggested_name, parent)
    preview.setWindowFlag(Qt.WindowType.Window, True)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    preview.start(build)
    return preview
