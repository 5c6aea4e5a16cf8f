"""Record another legal ground: sharing without consent, always with a written reason.

The grounds come from ``services.consent.legal_grounds`` (the defaults and
those the unit added). The dialog says at once when the chosen ground does
not allow sharing with the chosen party about a person of this age (OSL
10 kap. 18 a § only to the police, only under 21); the service decides again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import Agency
from caseflow.domain.consent import CaseConsents, LegalGround, Party
from caseflow.domain.errors import InvalidInput
from caseflow.domain.personnummer import age_at
from caseflow.services import consent
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.consent_support import party_text
from caseflow.ui.cases.tab_support import (
    OptionalDate,
    ServiceDialog,
    date_edit,
    enum_combo,
    enum_value,
    from_qdate,
    stacked,
    to_qdate,
)

_ANOTHER = -1  # the party combo's last entry: type in a party of one's own


class LegalGroundDialog(ServiceDialog):
    """``result_value`` is the recorded ground's id."""

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        consents: CaseConsents,
        parties: Sequence[Party],
        grounds: Sequence[LegalGround],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("legalGroundDialog")
        self.setWindowTitle(self.tr("Record another legal ground"))
        self._workspace = workspace
        self._case_id = case_id
        self._birth_date = consents.birth_date
        self._grounds = list(grounds)
        self._parties = list(parties)
        today = date.today()

        intro = QLabel(
            self.tr(
                "Without consent, information may leave the case only on another legal "
                "ground. Choose it, and write why it applies: the choice is recorded."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.ground = QComboBox()
        self.ground.setObjectName("legalGround")
        for index, ground in enumerate(self._grounds):
            self.ground.addItem(
                self.tr("{citation} – {title}").format(
                    citation=ground.citation, title=ground.title.render()
                ),
                index,
            )
            self.ground.setItemData(index, ground.title.render(), Qt.ItemDataRole.ToolTipRole)
        self.ground_title = QLabel()
        self.ground_title.setWordWrap(True)
        self.party = QComboBox()
        self.party.setObjectName("groundParty")
        for index, party in enumerate(self._parties):
            self.party.addItem(party_text(party), index)
        self.party.addItem(self.tr("Another party…"), _ANOTHER)
        self.other_kind = enum_combo(Agency)
        self.other_kind.setObjectName("groundPartyKind")
        self.other_name = QLineEdit()
        self.other_name.setObjectName("groundPartyName")
        self.other_name.setPlaceholderText(self.tr("Name (required for Other)"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("groundReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.reason.setPlaceholderText(
            self.tr("Why this ground applies now: the circumstances, in your own words")
        )
        self.recorded_on = date_edit(today, latest=today)
        self.recorded_on.setObjectName("groundDate")
        self.recorded_on.setMinimumDate(to_qdate(consents.birth_date))
        self.valid_until = OptionalDate(None, self.tr("Covers more days, up to"))
        self.valid_until.setObjectName("groundValidUntil")

        self.add_field(self.tr("&Legal ground:"), self._ground_box(), "ground")
        self.add_field(self.tr("&Party:"), self._party_box(), "party")
        self.add_field(self.tr("&Reason:"), self.reason, "reason")
        self.add_field(self.tr("&Date:"), self.recorded_on, "recorded_on")
        self.add_field(self.tr("&Valid until:"), self.valid_until, "valid_until")

        self.ground.currentIndexChanged.connect(self._ground_changed)
        self.party.currentIndexChanged.connect(self._party_changed)
        self.other_kind.currentIndexChanged.connect(lambda: self.changed("party"))
        self.other_name.textChanged.connect(lambda: self.changed("party"))
        self.reason.textChanged.connect(lambda: self.changed("reason"))
        self.recorded_on.dateChanged.connect(lambda: self.changed("recorded_on"))
        self.valid_until.enabled.toggled.connect(lambda: self.changed("valid_until"))
        self.valid_until.edit.dateChanged.connect(lambda: self.changed("valid_until"))
        self.ok_button.setText(self.tr("&Record legal ground"))
        self._show_ground_title()
        self._show_other(False)
        self.finish_layout()
        self.resize(640, self.sizeHint().height())

    def _ground_box(self) -> QWidget:
        return stacked(self.ground, self.ground_title)

    def _party_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.party)
        other = QHBoxLayout()
        other.addWidget(self.other_kind)
        other.addWidget(self.other_name, 1)
        layout.addLayout(other)
        box.setFocusProxy(self.party)
        return box

    def _show_other(self, visible: bool) -> None:
        self.other_kind.setVisible(visible)
        self.other_name.setVisible(visible)

    def _show_ground_title(self) -> None:
        ground = self.chosen_ground()
        self.ground_title.setText(ground.title.render() if ground else "")

    def _ground_changed(self) -> None:
        self._show_ground_title()
        self.changed("ground")

    def _party_changed(self) -> None:
        self._show_other(self.party.currentData() == _ANOTHER)
        self.changed("party")

    # --- values --------------------------------------------------------------------------

    def chosen_ground(self) -> LegalGround | None:
        index = self.ground.currentData()
        return self._grounds[index] if isinstance(index, int) and index >= 0 else None

    def chosen_party(self) -> Party:
        """The party chosen or typed; raises InvalidInput for an Other without a name."""
        index = self.party.currentData()
        if isinstance(index, int) and 0 <= index < len(self._parties):
            return self._parties[index]
        return Party(enum_value(self.other_kind, Agency), self.other_name.text())

    def select_party(self, party: Party) -> None:
        if party in self._parties:
            self.party.setCurrentIndex(self._parties.index(party))

    def select_ground(self, ground_id: str) -> None:
        for index, ground in enumerate(self._grounds):
            if ground.id == ground_id:
                self.ground.setCurrentIndex(index)

    # --- checking and saving -------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        ground = self.chosen_ground()
        on = from_qdate(self.recorded_on.date())
        try:
            party: Party | None = self.chosen_party()
        except InvalidInput as error:
            problems["party"] = error.text.render()
            party = None
        if ground is None:
            problems["ground"] = self.tr("Choose a legal ground.")
        elif party is not None and on >= self._birth_date:
            age = age_at(self._birth_date, on)
            if not ground.applies(party, age):
                problems["ground"] = self.tr(
                    "{citation} does not allow telling {party} about a person aged {age}."
                ).format(citation=ground.citation, party=party_text(party), age=age)
        if not self.reason.toPlainText().strip():
            problems["reason"] = self.tr("Write why the legal ground applies.")
        if on > date.today():
            problems["recorded_on"] = self.tr("The date is in the future.")
        until = self.valid_until.value()
        if until is not None and until < on:
            problems["valid_until"] = self.tr(
                "A legal ground cannot end before the day it was recorded."
            )
        return problems

    def work(self) -> Callable[[], Any]:
        workspace, case_id = self._workspace, self._case_id
        ground = self.chosen_ground()
        assert ground is not None  # validate() said so
        ground_id, party = ground.id, self.chosen_party()
        reason, on = self.reason.toPlainText(), from_qdate(self.recorded_on.date())
        until = self.valid_until.value()
        return lambda: consent.record_legal_ground(
            workspace, case_id, ground_id, party, reason, on, until
        )
