"""Meetings to an iCalendar file (``.ics``) that Outlook or any calendar imports.

The text comes from ``services.calendar.export_ics`` (case numbers and the
place only, never a young person's name); it is written through a temporary
file beside the target and then renamed, so that a full disk or a crash
never leaves half a calendar where the old one was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from caseflow.services import calendar
from caseflow.services.calendar import MAX_EXPORT
from caseflow.services.meetings import MeetingFilter
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.consent_files import write_atomically

SUFFIX = ".ics"


@dataclass(frozen=True)
class Exported:
    path: Path
    count: int

    @property
    def capped(self) -> bool:
        """True when the export stopped at the most one file holds."""
        return self.count >= MAX_EXPORT


def save_dialog(parent: QWidget, file_name: str) -> QFileDialog:
    """A dialog to choose where the calendar file goes; connect ``fileSelected``."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("MeetingsPage", "Export to calendar"),
        str(Path(folder) / file_name),
        QCoreApplication.translate("MeetingsPage", "iCalendar files (*.ics)"),
    )
    dialog.setObjectName("exportCalendarDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(SUFFIX.lstrip("."))
    return dialog


def with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def write_calendar(
    workspace: Workspace,
    path: Path,
    meeting_ids: Sequence[int] | None = None,
    meeting_filter: MeetingFilter | None = None,
) -> Exported:
    """Export the meetings (by id, or every one the filter finds) to ``path``; on a worker."""
    text = calendar.export_ics(workspace, meeting_ids=meeting_ids, meeting_filter=meeting_filter)
    target = with_suffix(path)
    write_atomically(target, text.encode("utf-8"))
    return Exported(target, text.count("\r\nBEGIN:VEVENT\r\n"))
