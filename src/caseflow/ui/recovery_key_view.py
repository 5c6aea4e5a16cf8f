"""Show the recovery key once, with Print and Save as PDF."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def recovery_key_document(recovery_key: str, database: str) -> QTextDocument:
    document = QTextDocument()
    title = QCoreApplication.translate("RecoveryKeyView", "Caseflow recovery key")
    explanation = QCoreApplication.translate(
        "RecoveryKeyView",
        "This key opens the database if every passphrase is forgotten. Keep this page "
        "locked away, apart from the computer. Anyone who has it and a copy of the "
        "database can read everything in it.",
    )
    database_label = QCoreApplication.translate("RecoveryKeyView", "Database:")
    document.setHtml(
        f"<h1>{title}</h1><p>{explanation}</p><p>{database_label} {html.escape(database)}</p>"
        "<p style='font-family: monospace; font-size: 15pt; white-space: nowrap'>"
        f"<b>{recovery_key}</b></p>"
    )
    return document


def _a4_printer(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )


def save_recovery_key_pdf(recovery_key: str, database: str, target: str) -> None:
    # One page of one line renders in milliseconds; the rule that keeps PDF
    # builds off the GUI thread is about reports over data.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(target)
    printer.setDocName("Caseflow")
    _a4_printer(printer)
    recovery_key_document(recovery_key, database).print_(printer)


class RecoveryKeyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._database = ""
        intro = QLabel(
            self.tr(
                "This is the recovery key. It is shown only now. It opens the database if "
                "every passphrase is forgotten: print it or save it, and keep it locked away."
            ),
            wordWrap=True,
        )
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addStretch()

    def set_key(self, recovery_key: str, database: str) -> None:
        self._key = recovery_key
        self._database = database
        self.key_label.setText(recovery_key)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _a4_printer(printer)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            recovery_key_document(self._key, self._database).print_(printer)

    def _save(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery key"), "caseflow-recovery-key.pdf", "PDF (*.pdf)"
        )
        if target:
            save_recovery_key_pdf(self._key, self._database, target)
