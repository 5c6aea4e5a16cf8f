"""The new-case wizard's first step: find the person by personnummer, or register them."""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from shiboken6 import isValid

from caseflow.domain import personnummer as pnr
from caseflow.services import cases as case_service
from caseflow.services import people
from caseflow.services.cases import CaseListRow
from caseflow.services.people import PersonInput, PersonSummary
from caseflow.services.validation import optional_text, required_text
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.new_case_fields import (
    INFO_STYLE,
    FieldWithProblem,
    date_edit,
    problem_of,
    to_date,
)
from caseflow.ui.errors import message_for
from caseflow.ui.worker import run_for

EARLIER_CASES_SHOWN = 6
_NO_BIRTH_DATE = QDate(1900, 1, 1)  # shown as "Choose a date": nothing chosen yet


class Lookup(enum.Enum):
    NONE = "none"  # no valid number typed (or no number at all)
    SEARCHING = "searching"
    FOUND = "found"
    NEW = "new"
    FAILED = "failed"


class PersonPage(QWizardPage):
    """Emits ``person_changed`` when what would be registered changes."""

    person_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lookup = Lookup.NONE
        self._lookup_generation = 0
        self._touched: set[str] = set()
        self._sex_chosen = False
        self.found: PersonSummary | None = None
        self.earlier_cases: list[CaseListRow] = []
        self.setTitle(self.tr("Who is the case about?"))
        self.setSubTitle(
            self.tr(
                "Start with the personnummer. If the person is already registered, the new "
                "case is opened on the same record, next to their earlier cases."
            )
        )

        self.personnummer = QLineEdit()
        self.personnummer.setObjectName("personnummer")
        self.personnummer.setPlaceholderText(self.tr("YYYYMMDD-NNNN or YYMMDD-NNNN"))
        self.personnummer.setMaximumWidth(280)
        self.personnummer_field = FieldWithProblem(self.personnummer)
        self.no_number = QCheckBox(self.tr("&Without personnummer (give the birth date instead)"))
        self.no_number.setObjectName("noPersonnummer")
        self.lookup_label = QLabel(wordWrap=True)
        self.lookup_label.setObjectName("personLookup")
        self.lookup_label.setStyleSheet(INFO_STYLE)
        self.lookup_label.setVisible(False)

        top = QFormLayout()
        top.addRow(self.tr("&Personnummer:"), self.personnummer_field)
        top.addRow("", self.no_number)

        self.details = QGroupBox(self.tr("New person"))
        self.details.setObjectName("newPersonDetails")
        self.birth_date = date_edit("birthDate")
        self.birth_date.setMinimumDate(_NO_BIRTH_DATE)
        self.birth_date.setSpecialValueText(self.tr("Choose a date"))
        self.birth_date.setDate(_NO_BIRTH_DATE)
        self.no_number_reason = QLineEdit()
        self.no_number_reason.setObjectName("noNumberReason")
        self.no_number_reason.setPlaceholderText(
            self.tr("For example: newly arrived, number not yet given")
        )
        self.first_name = QLineEdit()
        self.first_name.setObjectName("firstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("lastName")
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.addItem(self.tr("Not stated"), "")
        self.sex.addItem(self.tr("Female"), "female")
        self.sex.addItem(self.tr("Male"), "male")
        self.sex.addItem(self.tr("Other"), "other")
        self.sex.setMaximumWidth(280)
        self.school = QLineEdit()
        self.school.setObjectName("school")
        self.school_class = QLineEdit()
        self.school_class.setObjectName("schoolClass")
        self.school_class.setMaximumWidth(160)
        self.protected_identity = QCheckBox(
            self.tr("Protected &identity: hide address and contact details")
        )
        self.protected_identity.setObjectName("protectedIdentity")

        self.fields: dict[str, FieldWithProblem] = {
            "personnummer": self.personnummer_field,
            "birth_date": FieldWithProblem(self.birth_date),
            "no_number_reason": FieldWithProblem(self.no_number_reason),
            "first_name": FieldWithProblem(self.first_name),
            "last_name": FieldWithProblem(self.last_name),
            "sex": FieldWithProblem(self.sex),
            "school": FieldWithProblem(self.school),
            "school_class": FieldWithProblem(self.school_class),
        }
        self._form = QFormLayout(self.details)
        for key, text in (
            ("birth_date", self.tr("Birth &date:")),
            ("no_number_reason", self.tr("&Reason there is no number:")),
            ("first_name", self.tr("&First name:")),
            ("last_name", self.tr("&Last name:")),
            ("sex", self.tr("&Sex (as registered):")),
            ("school", self.tr("Sc&hool:")),
            ("school_class", self.tr("&Class:")),
        ):
            self._form.addRow(text, self.fields[key])
        self._form.addRow("", self.protected_identity)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lookup_label)
        layout.addWidget(self.details)
        layout.addStretch()

        self.personnummer.textChanged.connect(self._number_changed)
        self.no_number.toggled.connect(self._number_changed)
        self.birth_date.dateChanged.connect(lambda: self._edited("birth_date"))
        self.sex.activated.connect(self._sex_activated)
        for key, edit in (
            ("no_number_reason", self.no_number_reason),
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("school", self.school),
            ("school_class", self.school_class),
        ):
            edit.textEdited.connect(lambda _, key=key: self._edited(key))
        self.protected_identity.toggled.connect(self.person_changed)
        self._number_changed()

    # --- what the user typed ---------------------------------------------------

    def has_typed_input(self) -> bool:
        edits = (
            self.personnummer,
            self.no_number_reason,
            self.first_name,
            self.last_name,
            self.school,
            self.school_class,
        )
        return any(edit.text().strip() for edit in edits)

    def existing_person_id(self) -> int | None:
        return self.found.id if self._lookup is Lookup.FOUND and self.found else None

    def person_birth_date(self) -> date | None:
        """The birth date of the person the case will be about, once it is known."""
        if self.found is not None and self._lookup is Lookup.FOUND:
            return self.found.birth_date
        if self.no_number.isChecked():
            chosen = self.birth_date.date()
            return None if chosen == _NO_BIRTH_DATE else to_date(chosen)
        number = self._parsed_number()
        return number.birth_date if number else None

    def person_name(self) -> str:
        if self.found is not None and self._lookup is Lookup.FOUND:
            return self.found.full_name
        return f"{self.first_name.text().strip()} {self.last_name.text().strip()}".strip()

    def person_input(self) -> PersonInput:
        without = self.no_number.isChecked()
        return PersonInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            personnummer=None if without else self.personnummer.text(),
            birth_date=self.person_birth_date() if without else None,
            no_number_reason=self.no_number_reason.text() if without else None,
            sex=str(self.sex.currentData()) or None,
            school=self.school.text(),
            school_class=self.school_class.text(),
            protected_identity=self.protected_identity.isChecked(),
        )

    # --- validation ------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """What is wrong now, by field (every field, touched or not)."""
        found: dict[str, str] = {}
        if not self.no_number.isChecked():
            found["personnummer"] = problem_of(lambda: pnr.parse(self.personnummer.text()))
        else:
            if self.birth_date.date() == _NO_BIRTH_DATE:
                found["birth_date"] = self.tr("Choose the birth date.")
            found["no_number_reason"] = problem_of(
                lambda: required_text("no_number_reason", self.no_number_reason.text(), 1000)
            )
        if self._needs_details():
            found["first_name"] = problem_of(
                lambda: required_text("first_name", self.first_name.text(), 100)
            )
            found["last_name"] = problem_of(
                lambda: required_text("last_name", self.last_name.text(), 100)
            )
            found["school"] = problem_of(lambda: optional_text("school", self.school.text(), 200))
            found["school_class"] = problem_of(
                lambda: optional_text("school_class", self.school_class.text(), 50)
            )
        return {key: text for key, text in found.items() if text}

    def show_problem(self, field: str, text: str) -> bool:
        """Show a service's complaint next to its field; False if the field is not here."""
        holder = self.fields.get(field)
        if holder is None:
            return False
        self._touched.add(field)
        holder.show_problem(text)
        holder.field.setFocus()
        return True

    def isComplete(self) -> bool:
        if self.problems():
            return False
        return self.no_number.isChecked() or self._lookup in (Lookup.FOUND, Lookup.NEW)

    def _needs_details(self) -> bool:
        return self.no_number.isChecked() or self._lookup is Lookup.NEW

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        for key, holder in self.fields.items():
            holder.show_problem(problems.get(key, "") if key in self._touched else "")
        self.completeChanged.emit()
        self.person_changed.emit()

    # --- finding the person ------------------------------------------------------

    def _parsed_number(self) -> pnr.Personnummer | None:
        if self.no_number.isChecked():
            return None
        try:
            return pnr.parse(self.personnummer.text())
        except pnr.InvalidPersonnummer:
            return None

    def _number_changed(self) -> None:
        without = self.no_number.isChecked()
        self.personnummer.setEnabled(not without)
        if self.personnummer.text().strip():
            self._touched.add("personnummer")
        for key in ("birth_date", "no_number_reason"):
            self._form.setRowVisible(self.fields[key], without)
        self._lookup_generation += 1  # an answer for the old text is of no use
        self.found, self.earlier_cases = None, []
        number = self._parsed_number()
        if number is None:
            self._set_lookup(Lookup.NONE)
        else:
            self._find(number)
            if not self._sex_chosen:
                self.sex.setCurrentIndex(self.sex.findData(number.sex))
        self._refresh()

    def _find(self, number: pnr.Personnummer) -> None:
        self._set_lookup(Lookup.SEARCHING)
        workspace, generation, text = self._workspace, self._lookup_generation, number.long()

        def work() -> tuple[PersonSummary | None, list[CaseListRow]]:
            person = people.find_by_personnummer(workspace, text)
            if person is None:
                return None, []
            return person, case_service.cases_of_person(workspace, person.id)

        run_for(
            self,
            work,
            lambda result: self._found(generation, *result),
            lambda error: self._lookup_failed(generation, error),
        )

    def _found(
        self, generation: int, person: PersonSummary | None, earlier: list[CaseListRow]
    ) -> None:
        if not isValid(self) or generation != self._lookup_generation:
            return
        self.found, self.earlier_cases = person, earlier
        self._set_lookup(Lookup.FOUND if person else Lookup.NEW)
        self._refresh()

    def _lookup_failed(self, generation: int, error: BaseException) -> None:
        if not isValid(self) or generation != self._lookup_generation:
            return
        self._set_lookup(Lookup.FAILED, message_for(error))
        self._refresh()

    @property
    def lookup(self) -> Lookup:
        return self._lookup

    def _set_lookup(self, state: Lookup, error: str = "") -> None:
        self._lookup = state
        without = self.no_number.isChecked()
        self.details.setVisible(without or state is Lookup.NEW)
        match state:
            case Lookup.NONE:
                text = ""
            case Lookup.SEARCHING:
                text = self.tr("Looking for the person…")
            case Lookup.FOUND:
                text = self._found_text()
            case Lookup.NEW:
                text = self.tr(
                    "Nobody with this personnummer is registered yet. Fill in the details "
                    "below to register the person."
                )
            case Lookup.FAILED:
                text = error
        self.lookup_label.setText(text)
        self.lookup_label.setVisible(bool(text) and not without)

    def _found_text(self) -> str:
        person = self.found
        assert person is not None
        lines = [
            self.tr("Already registered: %1, %2. The new case is opened on this record.")
            .replace("%1", person.full_name)
            .replace("%2", person.personnummer or person.birth_date.isoformat())
        ]
        if person.protected_identity:
            lines.append(self.tr("Protected identity: address and contact details are hidden."))
        if self.earlier_cases:
            lines.append(self.tr("Earlier cases:"))
            for row in self.earlier_cases[:EARLIER_CASES_SHOWN]:
                lines.append(
                    self.tr("• %1 – %2, referred %3")
                    .replace("%1", row.case_number)
                    .replace("%2", row.status.label.render())
                    .replace("%3", row.referral_date.isoformat())
                )
            hidden = len(self.earlier_cases) - EARLIER_CASES_SHOWN
            if hidden > 0:
                lines.append(self.tr("… and %n more.", "", hidden))
        else:
            lines.append(self.tr("No earlier cases."))
        return "\n".join(lines)

    def _sex_activated(self) -> None:
        self._sex_chosen = True
        self.person_changed.emit()
