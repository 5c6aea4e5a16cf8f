"""Register a consent and withdraw one: both checked as the user types.

Each dialog says next to the field what is missing; OK stays disabled until
nothing is. The services check everything again (a ``FieldError`` lands
next to its field, anything else above the buttons).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import Agency
from caseflow.domain.consent import (
    CaseConsents,
    ConsentRecord,
    Manner,
    Party,
    default_valid_until,
)
from caseflow.domain.errors import InvalidInput
from caseflow.services import consent
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.consent_support import (
    WARNING_STYLE,
    ConsenterChoice,
    add_party_item,
    checked_parties,
    consenter_choices,
    party_list,
)
from caseflow.ui.cases.tab_support import (
    ServiceDialog,
    date_edit,
    enum_combo,
    enum_value,
    field_message,
    from_qdate,
    set_field_message,
    stacked,
    to_qdate,
)


def _text_box(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def _consenter_combo(choices: Sequence[ConsenterChoice]) -> QComboBox:
    combo = QComboBox()
    for index, choice in enumerate(choices):
        combo.addItem(choice.label, index)
        if choice.warning:
            combo.setItemData(index, choice.warning, Qt.ItemDataRole.ToolTipRole)
    return combo


def _warning_label() -> QLabel:
    label = QLabel()
    label.setObjectName("consenterWarning")
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.setVisible(False)
    return label


class _ConsentDialogBase(ServiceDialog):
    """Who, and how it was given or received: shared by both dialogs."""

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        consents: CaseConsents,
        choices: list[ConsenterChoice],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._case_id = case_id
        self._consents = consents
        self.choices = choices
        self.who = _consenter_combo(choices)
        self.who_warning = _warning_label()
        self.manner = enum_combo(Manner)

    def _who_box(self) -> QWidget:
        return stacked(self.who, self.who_warning)

    def choice(self) -> ConsenterChoice:
        return self.choices[max(0, self.who.currentIndex())]

    def select_consenter(self, guardian_id: int | None) -> None:
        for index, choice in enumerate(self.choices):
            if choice.guardian_id == guardian_id:
                self.who.setCurrentIndex(index)
                return

    def _show_who_warning(self) -> None:
        warning = self.choice().warning
        self.who_warning.setText(warning)
        self.who_warning.setVisible(bool(warning))

    def is_oral(self) -> bool:
        return enum_value(self.manner, Manner) is Manner.ORAL


# --- registering ---------------------------------------------------------------------


class RegisterConsentDialog(_ConsentDialogBase):
    """Record one person's consent; ``result_value`` is the new record's id."""

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        consents: CaseConsents,
        parties: Sequence[Party],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, case_id, consents, consenter_choices(consents), parent)
        self.setObjectName("registerConsentDialog")
        self.setWindowTitle(self.tr("Register consent"))
        self._valid_until_touched = False
        today = date.today()

        self.who.setObjectName("consenter")
        self.parties = party_list()
        self.parties.setObjectName("consentParties")
        for party in parties:
            add_party_item(self.parties, party)
        self.new_kind = enum_combo(a for a in Agency if a is not Agency.SOCIAL_SERVICES)
        self.new_kind.setObjectName("newPartyKind")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newPartyName")
        self.new_name.setPlaceholderText(self.tr("Name, such as the school's"))
        self.add_party_button = QPushButton(self.tr("&Add party"))
        self.add_party_button.setObjectName("addParty")
        self.add_party_button.clicked.connect(self.add_party)
        self.new_party_message = field_message()
        self.information = _text_box()
        self.information.setObjectName("consentInformation")
        self.information.setPlaceholderText(
            self.tr("Which information may be shared, e.g. school attendance")
        )
        self.purpose = _text_box()
        self.purpose.setObjectName("consentPurpose")
        self.purpose.setPlaceholderText(self.tr("For what purpose, e.g. a joint SSPF plan"))
        self.manner.setObjectName("consentManner")
        self.documented_by = QLineEdit()
        self.documented_by.setObjectName("documentedBy")
        self.given_on = date_edit(today, latest=today)
        self.given_on.setObjectName("givenOn")
        self.given_on.setMinimumDate(to_qdate(consents.birth_date))
        self.valid_until = date_edit(default_valid_until(consents.rules, today))
        self.valid_until.setObjectName("validUntil")
        self.validity_note = QLabel()
        self.validity_note.setObjectName("validityNote")
        self.validity_note.setWordWrap(True)

        self.add_field(self.tr("&Who consented:"), self._who_box(), "consenter")
        self.add_field(self.tr("&Parties:"), self._parties_box(), "parties")
        self.add_field(self.tr("&Information:"), self.information, "information")
        self.add_field(self.tr("Pu&rpose:"), self.purpose, "purpose")
        self.add_field(self.tr("&How:"), self.manner)
        self.add_field(self.tr("&Documented by:"), self.documented_by, "documented_by")
        self.add_field(self.tr("&Given on:"), self.given_on, "given_on")
        self.add_field(self.tr("&Valid until:"), self._valid_until_box(), "valid_until")

        self.who.currentIndexChanged.connect(self._who_changed)
        self.parties.itemChanged.connect(lambda _: self.changed("parties"))
        self.information.textChanged.connect(lambda: self.changed("information"))
        self.purpose.textChanged.connect(lambda: self.changed("purpose"))
        self.manner.currentIndexChanged.connect(self._manner_changed)
        self.documented_by.textChanged.connect(lambda: self.changed("documented_by"))
        self.given_on.dateChanged.connect(self._given_on_changed)
        self.valid_until.dateChanged.connect(self._valid_until_changed)
        self.ok_button.setText(self.tr("&Register consent"))
        self._who_changed()
        self._manner_changed()
        self._show_validity_note()
        self.finish_layout()
        self.resize(620, self.sizeHint().height())

    def _parties_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parties)
        row = QHBoxLayout()
        row.addWidget(self.new_kind)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_party_button)
        layout.addLayout(row)
        layout.addWidget(self.new_party_message)
        box.setFocusProxy(self.parties)
        return box

    def _valid_until_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.valid_until)
        layout.addWidget(self.validity_note)
        box.setFocusProxy(self.valid_until)
        return box

    # --- reacting ------------------------------------------------------------------------

    def add_party(self) -> Party | None:
        agency = enum_value(self.new_kind, Agency)
        try:
            party = Party(agency, self.new_name.text())
        except InvalidInput as error:
            set_field_message(self.new_party_message, error.text.render())
            return None
        set_field_message(self.new_party_message, "")
        add_party_item(self.parties, party, checked=True)
        self.new_name.clear()
        self.changed("parties")
        return party

    def _who_changed(self) -> None:
        self._show_who_warning()
        self.validate()

    def _manner_changed(self) -> None:
        oral = self.is_oral()
        self.documented_by.setPlaceholderText(
            self.tr("Required: who received the oral consent")
            if oral
            else self.tr("Optional for a written consent")
        )
        self.validate()

    def default_until(self) -> date:
        return default_valid_until(self._consents.rules, from_qdate(self.given_on.date()))

    def _given_on_changed(self) -> None:
        if not self._valid_until_touched:
            self.valid_until.blockSignals(True)
            self.valid_until.setDate(to_qdate(self.default_until()))
            self.valid_until.blockSignals(False)
        self._show_validity_note()
        self.changed("given_on")

    def _valid_until_changed(self) -> None:
        self._valid_until_touched = True
        self._show_validity_note()
        self.changed("valid_until")

    def _show_validity_note(self) -> None:
        self.validity_note.setText(
            self.tr("The programme's default is {days} days: up to and including {date}.").format(
                days=self._consents.rules.consent_validity_days,
                date=self.default_until().isoformat(),
            )
        )

    # --- checking and saving -------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not checked_parties(self.parties):
            problems["parties"] = self.tr(
                "Tick at least one party: a consent must say whom it is for."
            )
        if not self.information.toPlainText().strip():
            problems["information"] = self.tr("Say which information may be shared.")
        if not self.purpose.toPlainText().strip():
            problems["purpose"] = self.tr("Say for what purpose.")
        if self.is_oral() and not self.documented_by.text().strip():
            problems["documented_by"] = self.tr(
                "An oral consent must be documented: say who received it."
            )
        given = from_qdate(self.given_on.date())
        if given > date.today():
            problems["given_on"] = self.tr("The date is in the future.")
        if from_qdate(self.valid_until.date()) < given:
            problems["valid_until"] = self.tr("A consent cannot end before the day it was given.")
        return problems

    def record(self) -> ConsentRecord:
        """The consent as typed (for checks and tests); raises InvalidInput when incomplete."""
        return ConsentRecord(
            consenter=self.choice().consenter,
            parties=tuple(checked_parties(self.parties)),
            information=self.information.toPlainText(),
            purpose=self.purpose.toPlainText(),
            given_on=from_qdate(self.given_on.date()),
            valid_until=from_qdate(self.valid_until.date()),
            manner=enum_value(self.manner, Manner),
            documented_by=self.documented_by.text(),
        )

    def work(self) -> Callable[[], Any]:
        workspace, case_id = self._workspace, self._case_id
        guardian_id = self.choice().guardian_id
        parties = checked_parties(self.parties)
        information, purpose = self.information.toPlainText(), self.purpose.toPlainText()
        given, until = from_qdate(self.given_on.date()), from_qdate(self.valid_until.date())
        manner, documented_by = enum_value(self.manner, Manner), self.documented_by.text()
        return lambda: consent.register_consent(
            workspace,
            case_id,
            guardian_id,
            parties,
            information,
            purpose,
            given,
            until,
            manner,
            documented_by,
        )


# --- withdrawing ---------------------------------------------------------------------


def _consented(consents: CaseConsents) -> list[ConsenterChoice]:
    """Those who have given a consent (a withdrawal needs one), in column order."""
    given = {item.consenter for item in consents.history if isinstance(item, ConsentRecord)}
    return [choice for choice in consenter_choices(consents) if choice.consenter in given]


class WithdrawConsentDialog(_ConsentDialogBase):
    """Record a withdrawal, wholly or for ticked parties; ``result_value`` is its id."""

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        consents: CaseConsents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, case_id, consents, _consented(consents), parent)
        self.setObjectName("withdrawConsentDialog")
        self.setWindowTitle(self.tr("Withdraw consent"))
        today = date.today()
        self.who.setObjectName("withdrawer")
        self.whole = QRadioButton(self.tr("Everything this person has consented to"))
        self.whole.setObjectName("withdrawAll")
        self.some = QRadioButton(self.tr("Only the parties ticked below"))
        self.some.setObjectName("withdrawSome")
        self.whole.setChecked(True)
        scope_group = QButtonGroup(self)
        scope_group.addButton(self.whole)
        scope_group.addButton(self.some)
        self.parties: QListWidget = party_list()
        self.parties.setObjectName("withdrawParties")
        self.withdrawn_on = date_edit(today, latest=today)
        self.withdrawn_on.setObjectName("withdrawnOn")
        self.withdrawn_on.setMinimumDate(to_qdate(consents.birth_date))
        self.manner.setObjectName("withdrawManner")
        self.received_by = QLineEdit()
        self.received_by.setObjectName("receivedBy")

        intro = QLabel(
            self.tr(
                "From the date of withdrawal nothing may be shared on the basis of the "
                "withdrawn consent. What was shared before stays recorded."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.add_field(self.tr("&Who withdrew:"), self._who_box(), "consenter")
        self.add_field(self.tr("&Withdrawn:"), self._scope_box(), "parties")
        self.add_field(self.tr("&Date:"), self.withdrawn_on, "withdrawn_on")
        self.add_field(self.tr("&How it was received:"), self.manner)
        self.add_field(self.tr("&Received by:"), self.received_by, "received_by")

        self.who.currentIndexChanged.connect(self._who_changed)
        self.whole.toggled.connect(self._scope_changed)
        self.parties.itemChanged.connect(lambda _: self.changed("parties"))
        self.withdrawn_on.dateChanged.connect(lambda: self.changed("withdrawn_on"))
        self.manner.currentIndexChanged.connect(self._manner_changed)
        self.received_by.textChanged.connect(lambda: self.changed("received_by"))
        self.ok_button.setText(self.tr("&Record withdrawal"))
        self._who_changed()
        self.parties.setEnabled(False)
        self._manner_changed()
        self.finish_layout()
        self.resize(560, self.sizeHint().height())

    def _scope_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.whole)
        layout.addWidget(self.some)
        layout.addWidget(self.parties)
        box.setFocusProxy(self.whole)
        return box

    def _who_changed(self) -> None:
        self._show_who_warning()
        self.parties.clear()
        if self.choices:
            consenter = self.choice().consenter
            named = (
                party
                for item in self._consents.history
                if isinstance(item, ConsentRecord) and item.consenter == consenter
                for party in item.parties
            )
            for party in dict.fromkeys(named):
                add_party_item(self.parties, party)
        self.validate()

    def _scope_changed(self) -> None:
        self.parties.setEnabled(self.some.isChecked())
        self.changed("parties")

    def _manner_changed(self) -> None:
        self.received_by.setPlaceholderText(
            self.tr("Required: who received the oral withdrawal")
            if self.is_oral()
            else self.tr("Optional for a written withdrawal")
        )
        self.validate()

    def set_parties(self, parties: Sequence[Party]) -> None:
        """Withdraw only ``parties`` (ticks them; others unticked)."""
        self.some.setChecked(True)
        wanted = set(parties)
        for row in range(self.parties.count()):
            item = self.parties.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.choices:
            problems["consenter"] = self.tr(
                "Nobody has consented yet: there is nothing to withdraw."
            )
        if self.some.isChecked() and not checked_parties(self.parties):
            problems["parties"] = self.tr("Tick the parties the consent is withdrawn for.")
        if from_qdate(self.withdrawn_on.date()) > date.today():
            problems["withdrawn_on"] = self.tr("The date is in the future.")
        if self.is_oral() and not self.received_by.text().strip():
            problems["received_by"] = self.tr(
                "An oral withdrawal must be documented: say who received it."
            )
        return problems

    def work(self) -> Callable[[], Any]:
        workspace, case_id = self._workspace, self._case_id
        guardian_id = self.choice().guardian_id
        parties = checked_parties(self.parties) if self.some.isChecked() else []
        on = from_qdate(self.withdrawn_on.date())
        manner, received_by = enum_value(self.manner, Manner), self.received_by.text()
        return lambda: consent.withdraw_consent(
            workspace, case_id, guardian_id, on, parties, manner, received_by
        )
