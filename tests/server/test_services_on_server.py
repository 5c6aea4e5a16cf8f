"""The same services on a server: a social worker signs in to a team database (a demo
database moved there) and works as on the local file, within what the server allows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from caseflow.domain.cases import JournalEntryType
from caseflow.domain.errors import WrongCredentials
from caseflow.services import access, backups, cases, fulltext, journal, team
from caseflow.services.workspace import Workspace
from caseflow.storage.fulltext import MATCH_END, MATCH_START
from caseflow.storage.models import AuditLogEntry
from caseflow.storage.server import ServerProfile
from tests.server.conftest import ServerDatabase, move_demo_to_server

SARA_PASSWORD = "Saras-lösenord-på-servern-1"


@pytest.fixture
def team_profile(empty_server_database: ServerDatabase, tmp_path: Path) -> ServerProfile:
    """A demo database moved onto the server the way IT does it, and Sara's password."""
    administrator = move_demo_to_server(empty_server_database, tmp_path, cases=30)
    team.set_password(administrator, "socsek", SARA_PASSWORD, SARA_PASSWORD)
    return administrator.profile


@pytest.fixture
def sara(team_profile: ServerProfile) -> Iterator[Workspace]:
    workspace = access.sign_in(team_profile, "socsek", SARA_PASSWORD)
    yield workspace
    workspace.lock()


def test_the_case_list_and_a_case_come_from_the_server(sara: Workspace) -> None:
    page = cases.list_cases(sara, cases.CaseFilter(responsible_user_id=sara.user.id))
    assert page.rows and all(row.responsible == sara.user.display_name for row in page.rows)
    own = page.rows[0]
    detail = cases.get_case(sara, own.id)
    assert detail.case_number == own.case_number


def test_a_journal_entry_is_written_signed_and_final_on_the_server(sara: Workspace) -> None:
    own = cases.list_cases(sara, cases.CaseFilter(responsible_user_id=sara.user.id)).rows[0]
    entry_id = journal.create_entry(
        sara, own.id, date.today(), JournalEntryType.PHONE_CALL, "Samtal med skolan, på servern."
    )
    journal.sign_entry(sara, entry_id)
    entries = journal.list_entries(sara, own.id)
    written = next(entry for entry in entries if entry.id == entry_id)
    assert written.text == "Samtal med skolan, på servern." and written.signed_at is not None
    # The server sealed what the services logged, under Sara's own login.
    with sara.transaction() as session:
        logged = session.execute(
            select(AuditLogEntry.username, AuditLogEntry.record_id)
            .where(AuditLogEntry.user_id == sara.user.id)
            .order_by(AuditLogEntry.id.desc())
            .limit(1)
        ).one()
    assert tuple(logged) == ("socsek", str(entry_id))


def test_a_wrong_password_changes_nothing(team_profile: ServerProfile) -> None:
    with pytest.raises(WrongCredentials):
        access.sign_in(team_profile, "socsek", SARA_PASSWORD + "x")


def test_what_only_a_file_has_is_refused_with_a_message(sara: Workspace, tmp_path: Path) -> None:
    from caseflow.storage.server_database import OnlyForLocalFiles

    with pytest.raises(OnlyForLocalFiles):
        backups.backup_now(sara, tmp_path)
    with pytest.raises(OnlyForLocalFiles):
        access.change_passphrase(
            sara, SARA_PASSWORD, "Ett-nytt-lösenord-2026", "Ett-nytt-lösenord-2026"
        )


def test_search_finds_parts_of_words_on_the_server_as_in_the_file(sara: Workspace) -> None:
    own = cases.list_cases(sara, cases.CaseFilter(responsible_user_id=sara.user.id)).rows[0]
    entry_id = journal.create_entry(
        sara, own.id, date.today(), JournalEntryType.CONTACT, "Fotbollsträningen på Navet gick bra."
    )
    journal.sign_entry(sara, entry_id)
    found = fulltext.search_text(sara, "TRÄNING navet")  # a part of a compound, any case
    hit = next(row for row in found.rows if row.record_id == entry_id)
    assert hit.snippet is not None
    assert f"{MATCH_START}träning{MATCH_END}" in hit.snippet
    assert f"{MATCH_START}Navet{MATCH_END}" in hit.snippet
    assert not fulltext.search_text(sara, "tränings_navet").rows  # LIKE's wildcards are text
    # Å, ä and ö are letters of their own, as in the file.
    assert not [
        row for row in fulltext.search_text(sara, "tranin").rows if row.record_id == entry_id
    ]
