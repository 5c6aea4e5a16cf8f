"""A new passphrase, its confirmation and a strength meter that says what it means."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from caseflow.domain.errors import InvalidInput
from caseflow.domain.passphrase import Strength, check_new_passphrase, strength


class NewPassphraseFields(QWidget):
    """Validates as the user types and says what is wrong beside the fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("newPassphrase")
        self.confirmation = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirmation.setObjectName("confirmPassphrase")
        self.meter = QProgressBar(textVisible=False, maximum=int(Strength.STRONG))
        self.meter.setObjectName("strengthMeter")
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthLabel")
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName("passphraseProblem")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&New passphrase:"), self.passphrase)
        layout.addRow(self.tr("&Repeat it:"), self.confirmation)
        layout.addRow(self.tr("Strength:"), self.meter)
        layout.addRow("", self.strength_label)
        layout.addRow("", self.problem)
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        level = strength(self.passphrase.text())
        self.meter.setValue(int(level))
        # Said in words as well as colour: colour alone tells some people nothing.
        self.strength_label.setText(self.tr("Strength: %1").replace("%1", level.label.render()))
        self.problem.setText(self.problem_text() if self.passphrase.text() else "")
        self.changed.emit()

    def problem_text(self) -> str:
        try:
            check_new_passphrase(self.passphrase.text(), self.confirmation.text())
        except InvalidInput as error:
            return error.text.render()
        return ""

    def is_acceptable(self) -> bool:
        return self.problem_text() == ""

    def value(self) -> tuple[str, str]:
        return self.passphrase.text(), self.confirmation.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
