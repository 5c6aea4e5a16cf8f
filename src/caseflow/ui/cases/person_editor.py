"""Edit a person's details and their guardians (vårdnadshavare).

Both validate as the user types and say what is wrong next to the field.
The person editor keeps what was typed when saving fails. When someone else
saved the same person meanwhile it says who, when and which fields, and
offers the saved version; what the user typed is also kept as their draft
(the service keeps it), so loading the saved version loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain import personnummer as pnr
from caseflow.services import people, permissions
from caseflow.services.people import GuardianInput, GuardianView, PersonDetail, PersonInput
from caseflow.services.permissions import Action
from caseflow.services.validation import ChangedMeanwhile, FieldError
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import (
    MessageArea,
    ServiceDialog,
    date_edit,
    from_qdate,
    run_for,
    set_field_message,
    to_qdate,
    with_message,
)
from caseflow.ui.errors import message_for


def personnummer_problem(text: str) -> str:
    """What is wrong with a typed personnummer, or "" (an empty field is no problem here)."""
    if not text.strip():
        return ""
    try:
        pnr.parse(text)
    except pnr.InvalidPersonnummer as error:
        return error.text.render()
    return ""


def _text_or_none(text: str) -> str | None:
    return text if text.strip() else None


def _address_box() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(56)
    return edit


class PersonEditor(QWidget):
    """The person's own details.

    Emits ``saved(PersonDetail)`` after a save, ``reveal_requested`` /
    ``hide_requested`` for the protected details and ``reload_requested``
    when the user gives up their changes after a conflict.
    """

    saved = Signal(object)
    reveal_requested = Signal()
    hide_requested = Signal()
    reload_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personEditor")
        self._workspace = workspace
        self._may_edit = permissions.may(workspace, Action.EDIT_CASE)
        self.person: PersonDetail | None = None
        self._baseline: PersonInput | None = None
        self._loading = False
        self._saving = False
        self._editable = False
        self._touched: set[str] = set()
        self._was_dirty = False
        self._refused = False  # a save was refused: the next set_person is the saved version
        self.messages: dict[str, QLabel] = {}

        self.message = MessageArea()
        self.message.setObjectName("personMessage")
        self.protected_note = QLabel()
        self.protected_note.setWordWrap(True)
        self.protected_note.setObjectName("protectedNote")
        self.reveal_button = QPushButton(self.tr("Sho&w protected details…"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(self._reveal_or_hide)
        protected_row = QVBoxLayout()
        protected_row.addWidget(self.protected_note)
        protected_row.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.personnummer = QLineEdit()
        self.personnummer.setObjectName("personnummer")
        self.personnummer.setPlaceholderText(self.tr("YYYYMMDD-NNNN, or empty"))
        self.birth_date = date_edit(latest=date.today())
        self.no_number_reason = QLineEdit()
        self.no_number_reason.setPlaceholderText(self.tr("Only when there is no personnummer"))
        self.sex = QComboBox()
        for text, value in (
            (self.tr("Not recorded"), None),
            (self.tr("Female"), "female"),
            (self.tr("Male"), "male"),
            (self.tr("Other"), "other"),
        ):
            self.sex.addItem(text, value)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.address = _address_box()
        self.address.setObjectName("address")
        self.school = QLineEdit()
        self.school_class = QLineEdit()
        self.protected_identity = QCheckBox(
            self.tr("Protected identit&y (skyddade personuppgifter)")
        )
        self.protected_identity.setObjectName("protectedIdentity")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("F&irst name:"), self.first_name, "first_name")
        self._row(form, self.tr("Las&t name:"), self.last_name, "last_name")
        self._row(form, self.tr("Personn&ummer:"), self.personnummer, "personnummer")
        self._row(form, self.tr("&Birth date:"), self.birth_date, "birth_date")
        self._row(form, self.tr("Why &no number:"), self.no_number_reason, "no_number_reason")
        self._row(form, self.tr("Se&x (as registered):"), self.sex, "sex")
        self._row(form, self.tr("P&hone:"), self.phone, "phone")
        self._row(form, self.tr("&E-mail:"), self.email, "email")
        self._row(form, self.tr("Add&ress:"), self.address, "address")
        self._row(form, self.tr("S&chool:"), self.school, "school")
        self._row(form, self.tr("Cl&ass:"), self.school_class, "school_class")
        form.addRow("", self.protected_identity)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("savePerson")
        self.save_button.setToolTip(self.tr("Save the person's details (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("Un&do changes"))
        self.undo_button.clicked.connect(self.undo)
        self.reload_button = QPushButton(self.tr("Load the saved &version"))
        self.reload_button.setToolTip(
            self.tr("Show the person as saved; your changes stay in your drafts")
        )
        self.reload_button.setObjectName("reloadPerson")
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.reload_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(protected_row)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch()

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self._connect_changes()
        self._set_editable(False)
        self._update_buttons()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        box, message = with_message(widget)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        self.messages[field] = message

    def _connect_changes(self) -> None:
        for field, line in (
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("personnummer", self.personnummer),
            ("no_number_reason", self.no_number_reason),
            ("phone", self.phone),
            ("email", self.email),
            ("school", self.school),
            ("school_class", self.school_class),
        ):
            line.textChanged.connect(lambda _=None, f=field: self._edited(f))
        self.address.textChanged.connect(lambda: self._edited("address"))
        self.birth_date.dateChanged.connect(lambda: self._edited("birth_date"))
        self.sex.currentIndexChanged.connect(lambda: self._edited("sex"))
        self.protected_identity.toggled.connect(lambda: self._edited("protected_identity"))

    # --- showing -------------------------------------------------------------------

    def set_person(self, person: PersonDetail) -> None:
        """Show ``person`` as saved; what was typed before is replaced."""
        self.person = person
        self._loading = True
        try:
            self.first_name.setText(person.first_name)
            self.last_name.setText(person.last_name)
            self.personnummer.setText(person.personnummer or "")
            self.birth_date.setDate(to_qdate(person.birth_date))
            self.no_number_reason.setText(person.no_number_reason or "")
            self.sex.setCurrentIndex(max(0, self.sex.findData(person.sex)))
            self.phone.setText(person.phone or "")
            self.email.setText(person.email or "")
            self.address.setPlainText(person.address or "")
            self.school.setText(person.school or "")
            self.school_class.setText(person.school_class or "")
            self.protected_identity.setChecked(person.protected_identity)
        finally:
            self._loading = False
        self._touched.clear()
        self._baseline = self.current_input()
        self.reload_button.setVisible(False)
        self._show_protection(person)
        self._set_editable(self._may_edit and not person.contacts_hidden)
        self.validate()
        self._update_buttons()
        if self._refused:
            self._refused = False
            self.message.show_text(
                self.tr(
                    "The saved version is shown. Your changes are kept under File → Unsaved "
                    "drafts: make them again where they still apply."
                )
            )

    def _show_protection(self, person: PersonDetail) -> None:
        hidden_text = self.tr("Hidden: protected identity")
        for line in (self.phone, self.email):
            line.setPlaceholderText(hidden_text if person.contacts_hidden else "")
        self.address.setPlaceholderText(hidden_text if person.contacts_hidden else "")
        self.reveal_button.setVisible(person.protected_identity)
        if not person.protected_identity:
            self.protected_note.setVisible(False)
            return
        self.protected_note.setVisible(True)
        if person.contacts_hidden:
            self.protected_note.setText(
                self.tr(
                    "Address and contacts are hidden because the person has a protected "
                    "identity. Show them only when your work needs it; to change this "
                    "record, show them first."
                )
            )
            self.reveal_button.setText(self.tr("Sho&w protected details…"))
        else:
            self.protected_note.setText(
                self.tr("Protected details are shown. Make sure nobody else can see the screen.")
            )
            self.reveal_button.setText(self.tr("Hide protected details"))

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.first_name,
            self.last_name,
            self.personnummer,
            self.no_number_reason,
            self.phone,
            self.email,
            self.school,
            self.school_class,
        ):
            widget.setReadOnly(not editable)
        self.address.setReadOnly(not editable)
        for other in (self.sex, self.protected_identity, self.birth_date):
            other.setEnabled(editable)
        self._editable = editable
        self._update_identity_fields()

    def _update_identity_fields(self) -> None:
        # With a personnummer the birth date comes from it; without, both are asked for.
        has_number = bool(self.personnummer.text().strip())
        editable = self._editable
        self.birth_date.setEnabled(editable and not has_number)
        self.no_number_reason.setReadOnly(not editable or has_number)
        if has_number and not personnummer_problem(self.personnummer.text()):
            birth = pnr.parse(self.personnummer.text()).birth_date
            self._loading, was_loading = True, self._loading
            self.birth_date.setDate(to_qdate(birth))
            self._loading = was_loading

    # --- state ---------------------------------------------------------------------

    def current_input(self) -> PersonInput:
        number = self.personnummer.text().strip()
        return PersonInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            personnummer=number or None,
            birth_date=None if number else from_qdate(self.birth_date.date()),
            no_number_reason=None if number else _text_or_none(self.no_number_reason.text()),
            sex=self.sex.currentData(),
            phone=_text_or_none(self.phone.text()),
            email=_text_or_none(self.email.text()),
            address=_text_or_none(self.address.toPlainText()),
            school=_text_or_none(self.school.text()),
            school_class=_text_or_none(self.school_class.text()),
            protected_identity=self.protected_identity.isChecked(),
        )

    def has_unsaved_changes(self) -> bool:
        return self._baseline is not None and self.current_input() != self._baseline

    def problems(self) -> dict[str, str]:
        data = self.current_input()
        problems: dict[str, str] = {}
        required = self.tr("This field must be filled in.")
        if not data.first_name.strip():
            problems["first_name"] = required
        if not data.last_name.strip():
            problems["last_name"] = required
        if data.personnummer:
            problem = personnummer_problem(data.personnummer)
            if problem:
                problems["personnummer"] = problem
        elif not data.no_number_reason:
            problems["no_number_reason"] = self.tr(
                "Without a personnummer, say why there is none (and check the birth date)."
            )
        if data.email and "@" not in data.email:
            problems["email"] = self.tr("An e-mail address must contain @.")
        return problems

    def validate(self, show_all: bool = False) -> bool:
        problems = self.problems()
        for field, label in self.messages.items():
            shown = show_all or field in self._touched
            set_field_message(label, problems.get(field, "") if shown else "")
        return not problems

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        self._touched.add(field)
        if field == "personnummer":
            self._update_identity_fields()
        self.validate()
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_changes()
        editable = self._editable
        valid = not self.problems()
        self.save_button.setEnabled(editable and dirty and valid and not self._saving)
        self.undo_button.setEnabled(editable and dirty and not self._saving)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # --- actions -------------------------------------------------------------------

    def undo(self) -> None:
        if self.person is not None:
            self.message.clear_message()
            self.set_person(self.person)

    def _reveal_or_hide(self) -> None:
        if self.person is not None and self.person.contacts_hidden:
            self.reveal_requested.emit()
        else:
            self.hide_requested.emit()

    def save(self) -> None:
        person = self.person
        if person is None or not self._editable or self._saving:
            return
        if not self.has_unsaved_changes():
            return
        if not self.validate(show_all=True):
            self.message.show_text(self.tr("Correct the fields marked below first."), error=True)
            return
        workspace, data, version = self._workspace, self.current_input(), person.version
        shown = not person.contacts_hidden
        self._saving = True
        self._set_editable(False)  # what is typed now would be replaced by the saved values
        self._update_buttons()
        self.message.clear_message()
        run_for(
            self,
            lambda: people.update_person(workspace, person.id, data, version, contacts_shown=shown),
            self._saved,
            self._save_failed,
        )

    def _saved(self, person: PersonDetail) -> None:
        self._saving = False
        self.set_person(person)
        self.message.show_text(self.tr("Saved."))
        self.saved.emit(person)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._set_editable(self._may_edit)
        self._update_buttons()
        if isinstance(error, FieldError) and error.field in self.messages:
            set_field_message(self.messages[error.field], message_for(error))
            self.message.show_text(self.tr("Not saved: correct the field marked below."), True)
        elif isinstance(error, ChangedMeanwhile):
            # Who changed what and when; what the user typed stays in the fields
            # (and in their drafts) until they load the saved version.
            self._refused = True
            self.message.show_error(error)
            self.reload_button.setVisible(True)
            self.reload_button.setFocus()
        else:
            self.message.show_error(error)


class GuardianDialog(ServiceDialog):
    """Add a guardian or change one; the service call runs when OK is pressed."""

    def __init__(
        self,
        workspace: Workspace,
        person_id: int,
        guardian: GuardianView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guardianDialog")
        self.setWindowTitle(self.tr("Change guardian") if guardian else self.tr("Add guardian"))
        self._workspace = workspace
        self._person_id = person_id
        self._guardian = guardian
        self.name = QLineEdit(guardian.name if guardian else "")
        self.name.setObjectName("guardianName")
        self.personnummer = QLineEdit(guardian.personnummer or "" if guardian else "")
        self.personnummer.setObjectName("guardianPersonnummer")
        self.phone = QLineEdit(guardian.phone or "" if guardian else "")
        self.email = QLineEdit(guardian.email or "" if guardian else "")
        self.address = _address_box()
        self.address.setPlainText(guardian.address or "" if guardian else "")
        self.has_custody = QCheckBox(self.tr("Has &custody (vårdnad)"))
        self.has_custody.setChecked(guardian.has_custody if guardian else True)
        self.no_information = QCheckBox(
            self.tr("Must n&ot receive information about the young person")
        )
        self.no_information.setObjectName("guardianNoInformation")
        self.no_information.setChecked(guardian.no_information if guardian else False)
        self.add_field(self.tr("&Name:"), self.name, "guardian_name")
        self.add_field(self.tr("Personn&ummer:"), self.personnummer, "guardian_personnummer")
        self.add_field(self.tr("P&hone:"), self.phone, "guardian_phone")
        self.add_field(self.tr("&E-mail:"), self.email, "guardian_email")
        self.add_field(self.tr("Add&ress:"), self.address, "guardian_address")
        self.form.addRow("", self.has_custody)
        self.form.addRow("", self.no_information)
        self.name.textChanged.connect(lambda: self.changed("guardian_name"))
        self.personnummer.textChanged.connect(lambda: self.changed("guardian_personnummer"))
        self.email.textChanged.connect(lambda: self.changed("guardian_email"))
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.name.text().strip():
            problems["guardian_name"] = self.tr("Write the guardian's name.")
        problem = personnummer_problem(self.personnummer.text())
        if problem:
            problems["guardian_personnummer"] = problem
        email = self.email.text().strip()
        if email and "@" not in email:
            problems["guardian_email"] = self.tr("An e-mail address must contain @.")
        return problems

    def guardian_input(self) -> GuardianInput:
        return GuardianInput(
            name=self.name.text(),
            personnummer=_text_or_none(self.personnummer.text()),
            phone=_text_or_none(self.phone.text()),
            email=_text_or_none(self.email.text()),
            address=_text_or_none(self.address.toPlainText()),
            has_custody=self.has_custody.isChecked(),
            no_information=self.no_information.isChecked(),
        )

    def work(self) -> Callable[[], Any]:
        workspace, data = self._workspace, self.guardian_input()
        if self._guardian is None:
            person_id = self._person_id
            return lambda: people.add_guardian(workspace, person_id, data)
        guardian_id, version = self._guardian.id, self._guardian.version
        return lambda: people.update_guardian(workspace, guardian_id, data, version)
