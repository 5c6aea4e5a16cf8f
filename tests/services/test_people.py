"""People and guardians through the services, on a real encrypted database."""

from __future__ import annotations

from datetime import date

import pytest

from caseflow.domain.errors import PermissionDenied
from caseflow.services import people
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.validation import ChangedMeanwhile, FieldError
from tests.helpers import login, pnr_in_test_range

BORN = date(2010, 1, 1)


def test_second_registration_with_same_number_in_another_form_finds_existing(social_worker):
    number = pnr_in_test_range(BORN)
    first = people.register_person(social_worker, PersonInput("Åsa", "Öberg", number))
    short_form = f"{number[2:8]}-{number[8:]}"
    second = people.register_person(social_worker, PersonInput("Åsa", "Öberg", short_form))
    assert first.existing is False
    assert second.existing is True
    assert second.person_id == first.person_id
    found = people.find_by_personnummer(social_worker, number[2:])
    assert found is not None and found.id == first.person_id


def test_invalid_personnummer_is_refused_with_field_and_message(social_worker):
    number = pnr_in_test_range(BORN)
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    with pytest.raises(FieldError) as error:
        people.register_person(social_worker, PersonInput("Ali", "Said", broken))
    assert error.value.field == "personnummer"
    assert "check digit" in str(error.value)


def test_person_without_number_needs_birth_date_and_reason(social_worker):
    with pytest.raises(FieldError) as missing_date:
        people.register_person(social_worker, PersonInput("Noa", "Berg"))
    assert missing_date.value.field == "birth_date"
    with pytest.raises(FieldError) as missing_reason:
        people.register_person(social_worker, PersonInput("Noa", "Berg", birth_date=BORN))
    assert missing_reason.value.field == "no_number_reason"
    made = people.register_person(
        social_worker,
        PersonInput("Noa", "Berg", birth_date=BORN, no_number_reason="Nyanländ, väntar på nummer"),
    )
    detail = people.get_person(social_worker, made.person_id)
    assert detail.personnummer is None
    assert detail.birth_date == BORN


def test_protected_identity_hides_contacts_until_revealed(social_worker):
    made = people.register_person(
        social_worker,
        PersonInput(
            "Elin",
            "Ek",
            pnr_in_test_range(BORN, 981),
            address="Hemlig väg 1",
            phone="070-0000000",
            protected_identity=True,
        ),
    )
    people.add_guardian(social_worker, made.person_id, GuardianInput("Maria Ek", phone="070-1"))
    hidden = people.get_person(social_worker, made.person_id)
    assert hidden.contacts_hidden and hidden.protected_identity
    assert hidden.address is None and hidden.phone is None
    assert hidden.guardians[0].phone is None
    shown = people.get_person(social_worker, made.person_id, reveal=True)
    assert shown.address == "Hemlig väg 1"
    assert shown.guardians[0].phone == "070-1"


def test_update_refuses_a_change_made_meanwhile(social_worker):
    made = people.register_person(
        social_worker, PersonInput("Liam", "Nord", pnr_in_test_range(BORN, 982))
    )
    detail = people.get_person(social_worker, made.person_id)
    people.update_person(
        social_worker,
        made.person_id,
        PersonInput("Liam", "Nord", pnr_in_test_range(BORN, 982)),
        detail.version,
    )
    with pytest.raises(ChangedMeanwhile):
        people.update_person(
            social_worker,
            made.person_id,
            PersonInput("Liam", "X", pnr_in_test_range(BORN, 982)),
            detail.version,
        )
    assert people.get_person(social_worker, made.person_id).last_name == "Nord"


def test_guardians_with_custody_and_no_information_flag(social_worker):
    made = people.register_person(
        social_worker, PersonInput("Saga", "Lund", pnr_in_test_range(BORN, 983))
    )
    first = people.add_guardian(
        social_worker,
        made.person_id,
        GuardianInput("Anna Lund", pnr_in_test_range(date(1980, 5, 5), 984), has_custody=True),
    )
    people.add_guardian(
        social_worker,
        made.person_id,
        GuardianInput("Per Lund", has_custody=False, no_information=True),
    )
    guardians = people.get_person(social_worker, made.person_id).guardians
    assert [(g.name, g.has_custody, g.no_information) for g in guardians] == [
        ("Anna Lund", True, False),
        ("Per Lund", False, True),
    ]
    people.remove_guardian(social_worker, first)
    assert [g.name for g in people.get_person(social_worker, made.person_id).guardians] == [
        "Per Lund"
    ]


def test_manager_cannot_read_or_register_people(team_database):
    manager = login(team_database, "chef")
    try:
        with pytest.raises(PermissionDenied):
            people.register_person(manager, PersonInput("A", "B", pnr_in_test_range(BORN, 985)))
        with pytest.raises(PermissionDenied):
            people.find_by_personnummer(manager, pnr_in_test_range(BORN, 985))
    finally:
        manager.lock()


def test_saving_a_protected_person_without_revealing_keeps_the_hidden_contacts(social_worker):
    made = people.register_person(
        social_worker,
        PersonInput(
            "Elin",
            "Ek",
            pnr_in_test_range(BORN, 988),
            address="Hemlig väg 1",
            protected_identity=True,
        ),
    )
    hidden = people.get_person(social_worker, made.person_id)
    changed = PersonInput(
        "Elin", "Ek", pnr_in_test_range(BORN, 988), school="Vasaskolan", protected_identity=True
    )
    people.update_person(social_worker, made.person_id, changed, hidden.version)
    kept = people.get_person(social_worker, made.person_id, reveal=True)
    assert kept.school == "Vasaskolan" and kept.address == "Hemlig väg 1"
    people.update_person(social_worker, made.person_id, changed, kept.version, contacts_shown=True)
    assert people.get_person(social_worker, made.person_id, reveal=True).address is None
