"""Small pieces the Samtycke tab and its dialogs share: party names, colours, consenters."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidgetItem

from caseflow.domain.consent import (
    YOUNG_PERSON,
    CaseConsents,
    CellStatus,
    Consenter,
    Guardian,
    Party,
)

# The word in a cell says it; the colour only helps the eye (never colour alone).
# Dark text on light backgrounds, contrast above 7:1 for each pair.
STATUS_COLOURS: dict[CellStatus, tuple[str, str]] = {
    CellStatus.CONSENTED: ("#dff3e3", "#0b4a1d"),
    CellStatus.NOT_CONSENTED: ("#fde2e2", "#7a0000"),
    CellStatus.NOT_REQUIRED: ("#eeeeee", "#3d3d3d"),
}
COVERED_COLOURS = {
    True: STATUS_COLOURS[CellStatus.CONSENTED],
    False: STATUS_COLOURS[CellStatus.NOT_CONSENTED],
}
WARNING_STYLE = "QLabel { background: #fde7e7; color: #7a0000; font-weight: bold; padding: 4px; }"


def party_text(party: Party) -> str:
    """How a party reads in the tab: "Vasaskolan (School)", or only the kind."""
    kind = party.agency.label.render()
    if not party.name:
        return kind
    return QCoreApplication.translate("ConsentTab", "{name} ({kind})").format(
        name=party.name, kind=kind
    )


def paint(item: QTableWidgetItem, colours: tuple[str, str], bold: bool = False) -> None:
    """Colour a table cell (background, text); the cell's words carry the meaning."""
    background, foreground = colours
    item.setBackground(QBrush(QColor(background)))
    item.setForeground(QBrush(QColor(foreground)))
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)


@dataclass(frozen=True)
class ConsenterChoice:
    """A person who can give or withdraw consent, as a dialog offers them."""

    guardian_id: int | None
    label: str
    warning: str = ""  # shown beside the choice (no information, no custody)

    @property
    def consenter(self) -> Consenter:
        return Consenter(self.guardian_id)


def consenter_choices(consents: CaseConsents) -> list[ConsenterChoice]:
    """The young person, then each guardian; restricted guardians clearly marked."""
    choices = [ConsenterChoice(None, consents.title(YOUNG_PERSON).render())]
    choices.extend(_guardian_choice(guardian) for guardian in consents.guardians)
    return choices


def _guardian_choice(guardian: Guardian) -> ConsenterChoice:
    label = QCoreApplication.translate("ConsentTab", "{name} (guardian)").format(name=guardian.name)
    warnings = []
    if guardian.no_information:
        label = QCoreApplication.translate(
            "ConsentTab", "{name} (guardian) – MUST NOT receive information"
        ).format(name=guardian.name)
        warnings.append(
            QCoreApplication.translate(
                "ConsentTab",
                "{name} must not be told anything about the case. Ask for their consent "
                "without telling them about the case, and never send them information.",
            ).format(name=guardian.name)
        )
    if not guardian.has_custody:
        warnings.append(
            QCoreApplication.translate(
                "ConsentTab", "{name} has no custody: their consent is not required."
            ).format(name=guardian.name)
        )
    return ConsenterChoice(guardian.id, label, " ".join(warnings))


def party_list() -> QListWidget:
    """A list of checkable parties, tall enough for five without scrolling."""
    widget = QListWidget()
    rows = 5
    height = widget.fontMetrics().height() + 6
    widget.setMinimumHeight(rows * height + 2 * widget.frameWidth())
    widget.setMaximumHeight(rows * height + 2 * widget.frameWidth())
    return widget


def add_party_item(widget: QListWidget, party: Party, checked: bool = False) -> QListWidgetItem:
    """Add ``party`` as a checkable row (once: an equal party already there is returned)."""
    for row in range(widget.count()):
        existing = widget.item(row)
        if existing.data(Qt.ItemDataRole.UserRole) == party:
            if checked:
                existing.setCheckState(Qt.CheckState.Checked)
            return existing
    item = QListWidgetItem(party_text(party), widget)
    item.setData(Qt.ItemDataRole.UserRole, party)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_parties(widget: QListWidget) -> list[Party]:
    parties: list[Party] = []
    for row in range(widget.count()):
        item = widget.item(row)
        if item.checkState() == Qt.CheckState.Checked:
            parties.append(item.data(Qt.ItemDataRole.UserRole))
    return parties
