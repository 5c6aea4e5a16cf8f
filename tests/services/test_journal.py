"""The journal: signing makes an entry final; corrections stay beside it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from caseflow.domain.cases import JournalEntryType, ReferralSource
from caseflow.domain.programmes import Programme
from caseflow.services import cases, journal, people
from caseflow.services.journal import EntrySigned, NotYourEntry
from caseflow.services.people import PersonInput
from caseflow.services.validation import FieldError
from caseflow.storage.models import User
from tests.helpers import login, pnr_in_test_range


@pytest.fixture
def case_id(social_worker) -> int:
    person = people.register_person(
        social_worker, PersonInput("Åsa", "Öberg", pnr_in_test_range(date(2011, 4, 5)))
    ).person_id
    return cases.open_case(
        social_worker, person, Programme.SSPF, date(2026, 3, 1), ReferralSource.POLICE, "Oro"
    ).case_id


def test_signed_entry_cannot_be_changed_or_removed(social_worker, case_id):
    entry = journal.create_entry(
        social_worker, case_id, date(2026, 3, 2), JournalEntryType.HOME_VISIT, "Hembesök."
    )
    journal.update_entry(
        social_worker,
        entry,
        date(2026, 3, 2),
        JournalEntryType.HOME_VISIT,
        "Hembesök hos familjen.",
    )
    journal.sign_entry(social_worker, entry)
    with pytest.raises(EntrySigned):
        journal.update_entry(
            social_worker, entry, date(2026, 3, 2), JournalEntryType.OTHER, "Ändrat"
        )
    with pytest.raises(EntrySigned):
        journal.delete_unsigned(social_worker, entry)
    with pytest.raises(EntrySigned):
        journal.sign_entry(social_worker, entry)
    [view] = journal.list_entries(social_worker, case_id)
    assert view.text == "Hembesök hos familjen." and view.signed


def test_the_database_itself_refuses_to_change_a_signed_entry(social_worker, case_id):
    entry = journal.create_entry(
        social_worker, case_id, date(2026, 3, 2), JournalEntryType.CONTACT, "Samtal."
    )
    journal.sign_entry(social_worker, entry)
    with (
        pytest.raises(Exception, match="signed journal entries"),
        social_worker.transaction() as session,
    ):
        session.execute(text("UPDATE journal_entries SET text = 'x' WHERE id = :id"), {"id": entry})
    assert journal.list_entries(social_worker, case_id)[0].text == "Samtal."


def test_correction_is_a_new_entry_shown_with_the_original(social_worker, case_id):
    original = journal.create_entry(
        social_worker, case_id, date(2026, 3, 2), JournalEntryType.PHONE_CALL, "Ringde mamma."
    )
    with pytest.raises(FieldError):  # unsigned entries are edited, not corrected
        journal.create_entry(
            social_worker,
            case_id,
            date(2026, 3, 3),
            JournalEntryType.OTHER,
            "x",
            corrects_id=original,
        )
    journal.sign_entry(social_worker, original)
    correction = journal.create_entry(
        social_worker,
        case_id,
        date(2026, 3, 3),
        JournalEntryType.OTHER,
        "Rättelse: det var pappa som ringdes.",
        corrects_id=original,
    )
    journal.sign_entry(social_worker, correction)
    top = journal.list_entries(social_worker, case_id)
    assert [v.id for v in top] == [original]
    assert [c.id for c in top[0].corrections] == [correction]
    assert top[0].text == "Ringde mamma."


def test_unsigned_entries_belong_to_their_author(team_database, social_worker, case_id):
    draft = journal.create_entry(
        social_worker, case_id, date(2026, 3, 2), JournalEntryType.CONTACT, "Utkast"
    )
    # The field assistant works in the case (assigned): else it would not be theirs to read.
    with social_worker.transaction() as session:
        fia = session.scalar(select(User.id).where(User.username == "fia"))
    cases.set_staff(social_worker, case_id, [fia])
    social_worker.lock()  # one user per process at a time, as on a real PC
    field_assistant = login(team_database, "fia")
    try:
        assert journal.list_entries(field_assistant, case_id) == []
        with pytest.raises(NotYourEntry):
            journal.sign_entry(field_assistant, draft)
    finally:
        field_assistant.lock()
    author = login(team_database, "sara")
    journal.sign_entry(author, draft)
    author.lock()
    field_assistant = login(team_database, "fia")
    try:
        assert [v.text for v in journal.list_entries(field_assistant, case_id)] == ["Utkast"]
    finally:
        field_assistant.lock()


def test_entries_cannot_be_empty_or_dated_in_the_future(social_worker, case_id):
    with pytest.raises(FieldError) as empty:
        journal.create_entry(
            social_worker, case_id, date(2026, 3, 2), JournalEntryType.CONTACT, "   "
        )
    assert empty.value.field == "text"
    with pytest.raises(FieldError) as future:
        journal.create_entry(
            social_worker, case_id, date(2999, 1, 1), JournalEntryType.CONTACT, "Text"
        )
    assert future.value.field == "entry_date"
