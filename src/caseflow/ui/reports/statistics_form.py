"""The manager statistics' form: a period, the programmes, a PDF or the tables as CSV.

The statistics hold counts only, with small counts suppressed
(``services.statistics``). The CSV is the same tables for Excel (a BOM and
semicolons); it is written like a saved PDF: to a temporary file readable by
the user alone, then renamed over the chosen name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGridLayout, QPushButton, QWidget

from caseflow.domain.programmes import Programme
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import date_edit, from_qdate, to_qdate
from caseflow.ui.pdf_preview import write_private_file
from caseflow.ui.reports.form_support import ReportForm


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def statistics_pdf(
    workspace: Workspace, start: date, end: date, programmes: Sequence[Programme]
) -> bytes:
    """The statistics as PDF (a worker-thread call)."""
    from caseflow.services import statistics

    return statistics.statistics_pdf(workspace, start, end, programmes)


def write_statistics_csv(
    workspace: Workspace, start: date, end: date, programmes: Sequence[Programme], path: Path
) -> None:
    """The statistics' tables written to ``path`` as CSV (a worker-thread call)."""
    from caseflow.services import statistics

    text = statistics.statistics_csv(workspace, start, end, programmes)
    # The text starts with its BOM already: plain UTF-8 keeps it single.
    write_private_file(path, text.encode("utf-8"))


class StatisticsForm(ReportForm):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace,
            self.tr("Statistics"),
            self.tr(
                "New, active and closed cases, closing reasons, age and sex, referral sources, "
                "days to the first meeting, follow-ups on time, overdue actions and consent "
                "coverage, for a period and one or more programmes. Counts only: no name, "
                "number or text from a case, and counts from 1 to 4 are shown as <5."
            ),
            parent,
        )
        self.setObjectName("statisticsForm")
        self.file_dialog: QFileDialog | None = None
        today = date.today()
        self.from_date = date_edit(date(today.year, 1, 1))
        self.from_date.setObjectName("statisticsFrom")
        self.to_date = date_edit(today)
        self.to_date.setObjectName("statisticsTo")
        self.programmes: dict[Programme, QCheckBox] = {}
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, programme in enumerate(Programme):
            box = QCheckBox(programme.label.render())
            box.setObjectName(f"programme_{programme.value}")
            box.setChecked(True)
            box.toggled.connect(lambda _=False: self.changed("programmes"))
            grid.addWidget(box, index // 2, index % 2)
            self.programmes[programme] = box
        boxes.setFocusProxy(self.programmes[Programme.SSPF])
        self.add_field(self.tr("Fr&om:"), self.from_date, "from")
        self.add_field(self.tr("&To:"), self.to_date, "to")
        self.add_field(self.tr("Programmes:"), boxes, "programmes")
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _=None: self.changed("to"))

        self.make_button.setText(self.tr("&Make PDF…"))
        self.csv_button = QPushButton(self.tr("&Export CSV…"))
        self.csv_button.setObjectName("exportCsv")
        self.csv_button.setToolTip(self.tr("The same tables as a CSV file for Excel"))
        self.csv_button.clicked.connect(self.choose_csv_file)
        self.buttons.insertWidget(1, self.csv_button)

    def chosen(self) -> tuple[date, date, list[Programme]]:
        start, end = from_qdate(self.from_date.date()), from_qdate(self.to_date.date())
        return start, end, [p for p, box in self.programmes.items() if box.isChecked()]

    def set_period(self, start: date, end: date) -> None:
        self.from_date.setDate(to_qdate(start))
        self.to_date.setDate(to_qdate(end))

    def problems(self) -> dict[str, str]:
        start, end, programmes = self.chosen()
        found: dict[str, str] = {}
        if start > end:
            found["to"] = self.tr("The last day comes before the first.")
        if not programmes:
            found["programmes"] = self.tr("Tick at least one programme.")
        return found

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.csv_button.setEnabled(not busy)

    # --- the PDF -----------------------------------------------------------------------

    def make(self) -> None:
        workspace = self._workspace
        start, end, programmes = self.chosen()
        period = f"{start.isoformat()}–{end.isoformat()}"
        self.open_preview(
            self.tr("Statistics %1").replace("%1", period),
            lambda: statistics_pdf(workspace, start, end, programmes),
            self.tr("Statistics %1.pdf").replace("%1", period),
        )

    # --- the CSV -----------------------------------------------------------------------

    def choose_csv_file(self) -> QFileDialog | None:
        """Ask where to write the CSV (window-modal, returns at once)."""
        if self.busy:
            return None
        self.message.clear_message()
        if not self.validate(show_all=True):
            return None
        start, end, _ = self.chosen()
        name = self.tr("Statistics %1.csv").replace("%1", f"{start.isoformat()}–{end.isoformat()}")
        dialog = QFileDialog(
            self,
            self.tr("Export CSV"),
            str(_documents_folder() / name),
            self.tr("CSV files (*.csv)"),
        )
        dialog.setObjectName("csvSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_csv(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_csv(self, path: Path) -> None:
        """Write the tables as CSV to ``path`` in the background."""
        if self.busy or not self.validate(show_all=True):
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        workspace = self._workspace
        start, end, programmes = self.chosen()
        self.message.show_text(self.tr("Exporting…"))
        self.check(
            lambda: write_statistics_csv(workspace, start, end, programmes, path),
            lambda _: self.message.show_text(self.tr("Saved as %1.").replace("%1", str(path))),
        )
