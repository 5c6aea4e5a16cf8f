"""Choosing whom a follow-up report is for: the case file, or one of the case's parties.

The parties offered are the case's ``consent.overview`` parties (its
agencies and every party a consent or legal ground names). Each is shown
with whether it is covered today, by the same rules the report service
applies (``domain.consent.coverage`` and ``domain.report_scope.report_basis``),
so the worker sees before pressing anything whether the copy may be made and
what its first page will say. The service checks again when the report is
made; its refusal, should the consent have ended meanwhile, reads the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from caseflow.domain.consent import CaseConsents, Coverage, Party, coverage
from caseflow.domain.report_scope import recipient_label, report_basis
from caseflow.services.consent import NotCovered


@dataclass(frozen=True)
class RecipientChoice:
    party: Party
    coverage: Coverage
    statement: str  # what the report's first page says of its basis ("" when not covered)


def recipient_choices(
    consents: CaseConsents, parties: Sequence[Party], day: date
) -> list[RecipientChoice]:
    """Each party with its coverage on ``day``: the covered first, in the case's order."""
    found = []
    for party in parties:
        covered = coverage(consents, party, day)
        basis = report_basis(consents, party, day) if covered.covered else None
        found.append(
            RecipientChoice(party, covered, basis.statement.render() if basis is not None else "")
        )
    return sorted(found, key=lambda c: not c.coverage.covered)


class RecipientChooser(QComboBox):
    """The case file first, then the parties; ``party()`` is None for the case file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportRecipient")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._choices: list[RecipientChoice] = []
        self.set_choices([])

    def set_choices(self, choices: Sequence[RecipientChoice]) -> None:
        """Offer these parties; the case file stays first and is chosen."""
        self.blockSignals(True)
        self.clear()
        self._choices = list(choices)
        self.addItem(self.tr("The case file (no recipient)"))
        for choice in self._choices:
            label = recipient_label(choice.party).render()
            if not choice.coverage.covered:
                label = self.tr("%1 – not covered").replace("%1", label)
            self.addItem(label)
        self.setCurrentIndex(0)
        self.blockSignals(False)
        self.currentIndexChanged.emit(0)

    def choice(self) -> RecipientChoice | None:
        index = self.currentIndex()
        return self._choices[index - 1] if index > 0 else None

    def party(self) -> Party | None:
        chosen = self.choice()
        return chosen.party if chosen is not None else None

    def select_party(self, party: Party) -> bool:
        """Choose ``party`` if it is offered; returns whether it was."""
        for index, choice in enumerate(self._choices, start=1):
            if choice.party == party:
                self.setCurrentIndex(index)
                return True
        return False

    def problem(self) -> str:
        """Why the chosen recipient may not have a copy ("" when it may, or for the file)."""
        chosen = self.choice()
        if chosen is None or chosen.coverage.covered:
            return ""
        return NotCovered(chosen.coverage).text.render()

    def note(self) -> str:
        """What the copy will be: the file's whole follow-up, or the basis for a recipient."""
        chosen = self.choice()
        if chosen is None:
            return self.tr(
                "The whole follow-up, for the case file. It is not handed out, so nothing is "
                "entered in the disclosure register."
            )
        if not chosen.coverage.covered:
            return ""
        return self.tr(
            "%1 Only what the consent or legal ground covers is printed, and the copy is "
            "entered in the disclosure register when you print or save it."
        ).replace("%1", chosen.statement)
