"""Who last wrote a record (``record_writes``, 0014) shows on a server only what the
records' own policies let a user read, even to a query written to make it talk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from caseflow.domain.cases import JournalEntryType
from caseflow.services import journal
from caseflow.storage.server import ServerProfile
from tests.helpers import login
from tests.services.meeting_fixtures import young_person


@pytest.mark.parametrize("team_database", ["server"], indirect=True)
def test_a_colleague_outside_the_case_learns_nothing_from_the_writes(
    team_database: Path | ServerProfile,
) -> None:
    sara = login(team_database, "sara")
    try:
        elsa = young_person(sara, "Elsa", "Ek", serial=981)
        entry = journal.create_entry(
            sara, elsa.case_id, date.today(), JournalEntryType.CONTACT, "Samtal med Elsa."
        )
        journal.update_entry(
            sara, entry, date.today(), JournalEntryType.CONTACT, "Samtal med Elsa och mamma.", 1
        )
        with sara.transaction() as session:
            seen_by_sara = session.execute(text("SELECT count(*) FROM record_writes")).scalar_one()
    finally:
        sara.lock()
    assert seen_by_sara > 0

    fia = login(team_database, "fia")  # a field assistant, not on Elsa's case
    try:
        with fia.transaction() as session:
            assert session.execute(text("SELECT count(*) FROM record_writes")).scalar_one() == 0
            # A cast that fails would name the detail of the first row it met:
            # the view's filter runs first, so it meets none.
            leaked = session.execute(
                text("SELECT count(*) FROM record_writes WHERE CAST(detail AS integer) = 0")
            ).scalar_one()
    finally:
        fia.lock()
    assert leaked == 0
