"""Översikt: who is logged in and what needs attention."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseflow.services.workspace import Workspace


class OverviewPage(QWidget):
    show_drafts = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        user = workspace.user
        heading = QLabel(
            "<h2>" + self.tr("Welcome, %1").replace("%1", _escape(user.display_name)) + "</h2>"
        )
        role = QLabel(self.tr("You are logged in as %1.").replace("%1", user.role.label.render()))
        self.drafts_label = QLabel()
        self.drafts_label.setObjectName("draftsNotice")
        self.drafts_button = QPushButton(self.tr("Show &drafts…"))
        self.drafts_button.clicked.connect(self.show_drafts)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.drafts_label)
        drafts_row.addWidget(self.drafts_button)
        drafts_row.addStretch()
        coming = QLabel(
            self.tr(
                "Alerts about consents that run out, young people who turn 18 and "
                "overdue follow-ups will be listed here."
            ),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(role)
        layout.addLayout(drafts_row)
        layout.addWidget(coming)
        layout.addStretch()
        self.set_draft_count(0)

    def set_draft_count(self, count: int) -> None:
        visible = count > 0
        self.drafts_label.setVisible(visible)
        self.drafts_button.setVisible(visible)
        self.drafts_label.setText(self.tr("You have %n unsaved draft(s) from earlier.", "", count))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
