"""People and their guardians: register, find, read and change.

One person has at most one record: registering a personnummer that is
already known returns the existing person instead of a copy.

A person is visible to whoever may see one of their cases
(``case_access.require_person``); a protected identity is found by
personnummer only by staff assigned to one of the person's cases. Every
change is logged (``audit.log``), naming the fields it changed.

Persons and guardians carry a version: a change made from an older version
is refused (``ChangedMeanwhile``: who changed the record, when, and which
fields), and what the user typed is kept as their draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseflow.domain import personnummer as pnr
from caseflow.domain.audit import AuditAction
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit, case_access, drafts, permissions
from caseflow.services.permissions import Action
from caseflow.services.validation import (
    FIELD_NAMES,
    ChangedMeanwhile,
    FieldError,
    NotFound,
    changes_detail,
    check_version,
    locked,
    optional_text,
    required_text,
)
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Guardian, Person
from caseflow.storage.search import name_keys

SEXES = ("female", "male", "other")


@dataclass(frozen=True)
class PersonInput:
    first_name: str
    last_name: str
    personnummer: str | None = None
    birth_date: date | None = None
    no_number_reason: str | None = None
    sex: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    school: str | None = None
    school_class: str | None = None
    protected_identity: bool = False


@dataclass(frozen=True)
class GuardianInput:
    name: str
    personnummer: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    has_custody: bool = True
    no_information: bool = False


@dataclass(frozen=True)
class GuardianView:
    id: int
    name: str
    personnummer: str | None
    phone: str | None
    email: str | None
    address: str | None
    has_custody: bool
    no_information: bool
    version: int | None = None  # None: saved whatever it is at (no version was read)


@dataclass(frozen=True)
class PersonSummary:
    id: int
    first_name: str
    last_name: str
    personnummer: str | None  # YYYYMMDD-NNNN, or None
    birth_date: date
    protected_identity: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class PersonDetail(PersonSummary):
    """A person as shown in the case workspace.

    When the person has a protected identity and it was not deliberately
    revealed, address and contacts are None and ``contacts_hidden`` is True.
    """

    version: int = 1
    no_number_reason: str | None = None
    sex: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    school: str | None = None
    school_class: str | None = None
    contacts_hidden: bool = False
    guardians: list[GuardianView] = field(default_factory=list)


@dataclass(frozen=True)
class Registered:
    person_id: int
    existing: bool


# --- validation ----------------------------------------------------------------


@dataclass(frozen=True)
class _Identity:
    digits12: str | None
    short: str | None
    coordination: bool
    birth_date: date
    no_number_reason: str | None


def _identity(data: PersonInput, today: date | None = None) -> _Identity:
    if data.personnummer and data.personnummer.strip():
        try:
            number = pnr.parse(data.personnummer, today)
        except pnr.InvalidPersonnummer as error:
            raise FieldError("personnummer", error.text) from None
        return _Identity(
            number.digits12(),
            number.digits12()[2:],
            number.is_coordination_number,
            number.birth_date,
            None,
        )
    if data.birth_date is None:
        raise FieldError(
            "birth_date",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Without a personnummer, give the birth date and say why there is no number.",
            ),
        )
    reason = optional_text("no_number_reason", data.no_number_reason, 1000)
    if reason is None:
        raise FieldError(
            "no_number_reason",
            QT_TRANSLATE_NOOP("Errors", "Say why the person has no personnummer."),
        )
    return _Identity(None, None, False, data.birth_date, reason)


def _apply(person: Person, data: PersonInput, identity: _Identity) -> None:
    person.first_name = required_text("first_name", data.first_name, 100)
    person.last_name = required_text("last_name", data.last_name, 100)
    person.name_key, person.name_key_reversed = name_keys(person.first_name, person.last_name)
    person.personnummer = identity.digits12
    person.personnummer_short = identity.short
    person.is_coordination_number = identity.coordination
    person.birth_date = identity.birth_date
    person.no_number_reason = identity.no_number_reason
    if data.sex is not None and data.sex not in SEXES:
        raise FieldError("sex", QT_TRANSLATE_NOOP("Errors", "Choose a value from the list."))
    person.sex = data.sex
    person.phone = optional_text("phone", data.phone, 50)
    person.email = optional_text("email", data.email, 200)
    if person.email is not None and "@" not in person.email:
        raise FieldError("email", QT_TRANSLATE_NOOP("Errors", "An e-mail address must contain @."))
    person.address = optional_text("address", data.address, 1000)
    person.school = optional_text("school", data.school, 200)
    person.school_class = optional_text("school_class", data.school_class, 50)
    person.protected_identity = data.protected_identity


def _guardian_number(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    try:
        return pnr.parse(text).digits12()
    except pnr.InvalidPersonnummer as error:
        raise FieldError("guardian_personnummer", error.text) from None


# --- reading -------------------------------------------------------------------


def summary_of(person: Person) -> PersonSummary:
    return PersonSummary(
        person.id,
        person.first_name,
        person.last_name,
        pnr.format_digits12(person.personnummer),
        person.birth_date,
        person.protected_identity,
    )


def _guardian_view(guardian: Guardian, hidden: bool) -> GuardianView:
    return GuardianView(
        guardian.id,
        guardian.name,
        pnr.format_digits12(guardian.personnummer),
        None if hidden else guardian.phone,
        None if hidden else guardian.email,
        None if hidden else guardian.address,
        guardian.has_custody,
        guardian.no_information,
        guardian.version,
    )


def detail_of(person: Person, reveal: bool = False) -> PersonDetail:
    hidden = person.protected_identity and not reveal
    return PersonDetail(
        id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        personnummer=pnr.format_digits12(person.personnummer),
        birth_date=person.birth_date,
        protected_identity=person.protected_identity,
        version=person.version,
        no_number_reason=person.no_number_reason,
        sex=person.sex,
        phone=None if hidden else person.phone,
        email=None if hidden else person.email,
        address=None if hidden else person.address,
        school=person.school,
        school_class=person.school_class,
        contacts_hidden=hidden,
        # A protected person's guardians usually share the address: hidden too.
        guardians=[_guardian_view(g, hidden) for g in person.guardians],
    )


def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound()
    return person


def _visible(session: Session, workspace: Workspace, person_id: int) -> Person:
    """The person, once the user may see one of their cases."""
    case_access.require_person(session, workspace, person_id)
    return _load(session, person_id)


def _written(
    session: Session, workspace: Workspace, record_type: str, record_id: int, what: str
) -> None:
    audit.log(
        session,
        workspace.user,
        AuditAction.RECORD_WRITTEN,
        record_type=record_type,
        record_id=record_id,
        detail=what,
    )


def get_person(workspace: Workspace, person_id: int, *, reveal: bool = False) -> PersonDetail:
    """A person with guardians; protected contacts only when ``reveal`` is asked for."""
    with workspace.transaction() as session:
        return detail_of(_visible(session, workspace, person_id), reveal)


def find_by_personnummer(workspace: Workspace, text: str) -> PersonSummary | None:
    """The person with this number, typed in any of its forms, if the user may find them.

    Logged as a search shown (the kind of search, never the number).
    """
    permissions.require(workspace, Action.SEE_IDENTITIES)
    try:
        digits = pnr.parse(text).digits12()
    except pnr.InvalidPersonnummer:
        return None
    with workspace.transaction() as session:
        person = session.scalar(
            select(Person).where(
                Person.personnummer == digits, case_access.person_findable(workspace)
            )
        )
        audit.log(
            session,
            workspace.user,
            AuditAction.SEARCH_SHOWN,
            record_type="person",
            detail="personnummer",
        )
        return summary_of(person) if person else None


# --- writing -------------------------------------------------------------------


def register_person(workspace: Workspace, data: PersonInput) -> Registered:
    """Create a person, or find the one who already has this personnummer."""
    permissions.require(workspace, Action.EDIT_CASE)
    identity = _identity(data)
    with workspace.transaction() as session:
        if identity.digits12 is not None:
            existing = session.scalar(
                select(Person.id).where(Person.personnummer == identity.digits12)
            )
            if existing is not None:
                return Registered(existing, existing=True)
        person = Person()
        _apply(person, data, identity)
        session.add(person)
        session.flush()
        _written(session, workspace, "person", person.id, "created")
        return Registered(person.id, existing=False)


def update_person(
    workspace: Workspace,
    person_id: int,
    data: PersonInput,
    expected_version: int,
    *,
    contacts_shown: bool = False,
) -> PersonDetail:
    """Save changes; refuse if someone saved another change since ``expected_version``.

    A protected person's address and contacts change only when the editor had
    them deliberately revealed (``contacts_shown``): otherwise the hidden
    values are kept, never overwritten by the empty fields a user was shown.
    A refused change is kept as the user's draft (the fields, one a line).
    """
    permissions.require(workspace, Action.EDIT_CASE)
    identity = _identity(data)
    try:
        with workspace.transaction() as session:
            return _update_person(
                session, workspace, person_id, data, identity, expected_version, contacts_shown
            )
    except ChangedMeanwhile as conflict:
        what = QT_TRANSLATE_NOOP("Drafts", "Details of {name}").format(
            name=f"{data.first_name} {data.last_name}".strip()
        )
        drafts.keep_refused(workspace, conflict, person_id, what, _person_lines(data))
        raise


def _update_person(
    session: Session,
    workspace: Workspace,
    person_id: int,
    data: PersonInput,
    identity: _Identity,
    expected_version: int,
    contacts_shown: bool,
) -> PersonDetail:
    case_access.require_person(session, workspace, person_id)
    person = locked(session, Person, person_id)
    if person is None:
        raise NotFound()
    check_version(
        session,
        workspace.user.id,
        person.version,
        expected_version,
        "person",
        [("person", person_id)],
    )
    if identity.digits12 is not None and identity.digits12 != person.personnummer:
        taken = session.scalar(select(Person.id).where(Person.personnummer == identity.digits12))
        if taken is not None:
            raise FieldError(
                "personnummer",
                QT_TRANSLATE_NOOP("Errors", "Another person already has that personnummer."),
            )
    if person.protected_identity and not contacts_shown:
        data = replace(data, phone=person.phone, email=person.email, address=person.address)
    before = _values(person, _PERSON_FIELDS)
    _apply(person, data, identity)
    person.version += 1
    session.flush()
    changed = [f for f, old in before.items() if getattr(person, f) != old]
    _written(session, workspace, "person", person.id, changes_detail("updated", changed))
    return detail_of(person, reveal=contacts_shown)


_PERSON_FIELDS = (
    "first_name",
    "last_name",
    "personnummer",
    "birth_date",
    "no_number_reason",
    "sex",
    "phone",
    "email",
    "address",
    "school",
    "school_class",
    "protected_identity",
)
_GUARDIAN_FIELDS = (
    "name",
    "personnummer",
    "phone",
    "email",
    "address",
    "has_custody",
    "no_information",
)


def _values(row: Person | Guardian, fields: tuple[str, ...]) -> dict[str, object]:
    return {f: getattr(row, f) for f in fields}


def _person_lines(data: PersonInput) -> str:
    return drafts.field_lines(
        (FIELD_NAMES[f], str(v) if v is not None else None)
        for f, v in (
            ("first_name", data.first_name),
            ("last_name", data.last_name),
            ("personnummer", data.personnummer),
            ("birth_date", data.birth_date),
            ("no_number_reason", data.no_number_reason),
            ("phone", data.phone),
            ("email", data.email),
            ("address", data.address),
            ("school", data.school),
            ("school_class", data.school_class),
        )
    )


def add_guardian(workspace: Workspace, person_id: int, data: GuardianInput) -> int:
    permissions.require(workspace, Action.EDIT_CASE)
    with workspace.transaction() as session:
        person = _visible(session, workspace, person_id)
        guardian = Guardian(person_id=person.id)
        _apply_guardian(guardian, data)
        session.add(guardian)
        session.flush()
        _written(session, workspace, "guardian", guardian.id, "created")
        return guardian.id


def _guardian(
    session: Session,
    workspace: Workspace,
    guardian_id: int,
    expected_version: int | None = None,
) -> Guardian:
    """The guardian, once the user may see the person: locked, and at ``expected_version``."""
    guardian = locked(session, Guardian, guardian_id)
    if guardian is None:
        raise NotFound()
    case_access.require_person(session, workspace, guardian.person_id)
    check_version(
        session,
        workspace.user.id,
        guardian.version,
        expected_version,
        "guardian",
        [("guardian", guardian_id)],
    )
    return guardian


def update_guardian(
    workspace: Workspace,
    guardian_id: int,
    data: GuardianInput,
    expected_version: int | None = None,
) -> None:
    """Change a guardian's details; refused (and kept as a draft) when the guardian is no
    longer at ``expected_version`` (None: whatever it is at)."""
    permissions.require(workspace, Action.EDIT_CASE)
    try:
        with workspace.transaction() as session:
            guardian = _guardian(session, workspace, guardian_id, expected_version)
            before = _values(guardian, _GUARDIAN_FIELDS)
            _apply_guardian(guardian, data)
            guardian.version += 1
            changed = [f for f, old in before.items() if getattr(guardian, f) != old]
            _written(
                session, workspace, "guardian", guardian.id, changes_detail("updated", changed)
            )
    except ChangedMeanwhile as conflict:
        what = QT_TRANSLATE_NOOP("Drafts", "Guardian {name}").format(name=data.name.strip())
        lines = drafts.field_lines(
            (FIELD_NAMES[f], v)
            for f, v in (
                ("name", data.name),
                ("personnummer", data.personnummer),
                ("phone", data.phone),
                ("email", data.email),
                ("address", data.address),
            )
        )
        drafts.keep_refused(workspace, conflict, guardian_id, what, lines)
        raise


def remove_guardian(
    workspace: Workspace, guardian_id: int, expected_version: int | None = None
) -> None:
    permissions.require(workspace, Action.EDIT_CASE)
    with workspace.transaction() as session:
        guardian = _guardian(session, workspace, guardian_id, expected_version)
        _written(session, workspace, "guardian", guardian.id, "removed")
        session.delete(guardian)


def _apply_guardian(guardian: Guardian, data: GuardianInput) -> None:
    guardian.name = required_text("guardian_name", data.name, 200)
    guardian.personnummer = _guardian_number(data.personnummer)
    guardian.phone = optional_text("guardian_phone", data.phone, 50)
    guardian.email = optional_text("guardian_email", data.email, 200)
    guardian.address = optional_text("guardian_address", data.address, 1000)
    guardian.has_custody = data.has_custody
    guardian.no_information = data.no_information
