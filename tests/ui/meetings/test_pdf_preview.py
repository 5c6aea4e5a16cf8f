"""The PDF preview: built off the GUI thread, pages shown from memory, printed, saved."""

from __future__ import annotations

import io
import stat
import threading

import pypdf
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.ui.pdf_preview import PdfPreview, show_pdf


def _pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        document.drawString(72, 760, f"Sida {number} av {pages}: Åsa Öberg")
        document.showPage()
    document.save()
    return buffer.getvalue()


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _shown(qtbot, preview: PdfPreview) -> None:
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=10_000)


def test_pages_are_shown_and_save_writes_the_same_bytes(qtbot, host, tmp_path):
    pdf = _pdf(3)
    preview = show_pdf(host, "Protokoll", lambda: pdf, "Protokoll SSPF/2026.pdf")
    _shown(qtbot, preview)
    assert preview.page_count == 3
    assert preview.stack.currentWidget() is preview.view
    assert preview.pages_label.text() == "3 page(s)"
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    # A slash in the suggested name does not make a folder.
    assert preview.suggested_name == "Protokoll SSPF-2026.pdf"

    target = tmp_path / "protokoll"
    with qtbot.waitSignal(preview.saved, timeout=10_000):
        preview.save_to(target)
    written = tmp_path / "protokoll.pdf"
    assert written.read_bytes() == pdf
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["protokoll.pdf"]  # no temporary left
    assert "protokoll.pdf" in preview.message.text()
    preview.close()


def test_saving_to_a_missing_folder_says_so_in_words(qtbot, host, tmp_path):
    preview = show_pdf(host, "Dagordning", lambda: _pdf(1), "Dagordning.pdf")
    _shown(qtbot, preview)
    preview.save_to(tmp_path / "saknas" / "dagordning.pdf")
    qtbot.waitUntil(lambda: preview.message.isVisible(), timeout=10_000)
    assert "could not be read or written" in preview.message.text()
    assert "Traceback" not in preview.message.text()
    preview.close()


def test_print_renders_every_page(qtbot, host, tmp_path):
    preview = show_pdf(host, "Dagordning", lambda: _pdf(2), "Dagordning.pdf")
    _shown(qtbot, preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(preview.printed, timeout=20_000) as printed:
        preview.print_to(printer)
    assert printed.args == [2]
    assert len(pypdf.PdfReader(out).pages) == 2
    preview.close()


def test_building_runs_off_the_gui_thread_and_cancel_drops_the_result(qtbot, host):
    release = threading.Event()
    pdf = _pdf(1)

    def slow() -> bytes:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return pdf

    preview = show_pdf(host, "Statistik", slow, "Statistik.pdf")
    assert preview.stack.currentIndex() == 0 and preview.progress.maximum() == 0
    assert not preview.save_button.isEnabled()
    qtbot.wait(50)  # the window keeps answering meanwhile
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview) or not preview.isVisible())
    qtbot.wait(200)
    assert not shiboken6.isValid(preview) or preview.data is None


def test_an_error_while_building_is_shown_in_words(qtbot, host):
    def refused() -> bytes:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The case has no consent for the police."))

    preview = show_pdf(host, "Rapport", refused, "Rapport.pdf")
    with qtbot.waitSignal(preview.failed, timeout=10_000) as failed:
        pass
    assert failed.args == ["The case has no consent for the police."]
    assert preview.message.text() == "The case has no consent for the police."
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
    preview.close()


def test_a_damaged_pdf_is_refused_in_words(qtbot, host):
    preview = PdfPreview("Trasig", "Trasig.pdf", host)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.failed, timeout=10_000):
        preview.show_bytes(b"%PDF-1.4 this is not a document")
    assert "damaged" in preview.message.text()
    assert preview.data is None and not preview.save_button.isEnabled()
