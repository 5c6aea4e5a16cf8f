"""Searching journal and minutes text: only what the user may read, logged without the words.

One unit: Sara and Olle are social workers, Fia a field assistant, Chef a
manager. Sara writes in her own cases, one of them about a person with a
protected identity, and one with Fia on its staff; Fia is invited to
a meeting about one of Sara's cases. Every text mentions "skolk".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import Agency, ClosingReason, JournalEntryType, ReferralSource
from caseflow.domain.errors import PermissionDenied
from caseflow.domain.programmes import Programme
from caseflow.services import audit, cases, drafts, fulltext, journal, minutes, people, retention
from caseflow.services.fulltext import MATCH_END, MATCH_START, QueryTooLong, TextKind
from caseflow.services.meetings import ParticipantInput
from caseflow.services.minutes import ItemInput
from caseflow.services.people import PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.server import ServerProfile
from tests.helpers import login, pnr_in_test_range
from tests.services.meeting_fixtures import TODAY, book, user_id, young_person

B, E = MATCH_START, MATCH_END
WHEN = TODAY - timedelta(days=2)


@dataclass(frozen=True)
class Unit:
    path: Path | ServerProfile
    own: int  # Sara's case
    own_entry: int
    draft: int  # Sara's unsigned entry in her case
    protected: int  # Sara's case about a person with a protected identity
    fias: int  # Sara's, Fia is on its staff
    fias_entry: int
    meeting_case: int  # Sara's case; Fia is invited to its meeting
    meeting_item: int


def _signed(workspace: Workspace, case_id: int, words: str) -> int:
    entry = journal.create_entry(workspace, case_id, WHEN, JournalEntryType.CONTACT, words)
    journal.sign_entry(workspace, entry)
    return entry


def _protected_case(workspace: Workspace) -> int:
    person = people.register_person(
        workspace,
        PersonInput(
            "Hemlig", "Person", pnr_in_test_range(date(2011, 6, 7), 990), protected_identity=True
        ),
    ).person_id
    return cases.open_case(
        workspace,
        person,
        Programme.SSPF,
        TODAY - timedelta(days=30),
        ReferralSource.SCHOOL,
        "Oro",
        workspace.user.id,
    ).case_id


@pytest.fixture
def unit(team_database: Path | ServerProfile) -> Unit:
    sara = login(team_database, "sara")
    try:
        fia = user_id(sara, "fia")
        own = young_person(sara, "Elsa", "Ek", serial=981).case_id
        own_entry = _signed(sara, own, "Samtal med Elsa om skolkproblemen i nian.")
        draft = journal.create_entry(
            sara, own, WHEN, JournalEntryType.OTHER, "Utkast: skolkdagarna räknas."
        )
        protected = _protected_case(sara)
        _signed(sara, protected, "Skyddad: skolkar från idrotten.")
        fias = young_person(sara, "Omar", "Berg", serial=982).case_id
        cases.set_staff(sara, fias, [fia])
        fias_entry = _signed(sara, fias, "Omar skolkade i tisdags.")
        meeting_case = young_person(sara, "Nils", "Ås", serial=983).case_id
        invitee = ParticipantInput("Fia Fält", Agency.SOCIAL_SERVICES, user_id=fia)
        meeting = book(sara, [meeting_case], invitees=[invitee])
        item = minutes.start_minutes(sara, meeting).for_case(meeting_case)[0]
        minutes.save_item(
            sara,
            meeting,
            item.number,
            ItemInput(meeting_case, item.heading, "Nils skolkar mindre sedan våren."),
        )
        item_id = minutes.get_minutes(sara, meeting, case_id=meeting_case).items[0].id
    finally:
        sara.lock()
    return Unit(
        team_database, own, own_entry, draft, protected, fias, fias_entry, meeting_case, item_id
    )


def _as(unit: Unit, username: str) -> Workspace:
    return login(unit.path, username)


def _found(
    workspace: Workspace, query: str = "skolk", **options
) -> dict[tuple[TextKind, int], str | None]:
    results = fulltext.search_text(workspace, query, **options)
    assert results.searched
    return {(row.kind, row.record_id): row.snippet for row in results.rows}


def _cases(workspace: Workspace, query: str = "skolk", **options) -> set[int]:
    return {row.case_id for row in fulltext.search_text(workspace, query, **options).rows}


def test_a_social_worker_reads_the_matches_in_her_own_cases(unit: Unit) -> None:
    sara = _as(unit, "sara")
    try:
        found = _found(sara)
        assert found[(TextKind.JOURNAL_ENTRY, unit.own_entry)] == (
            f"Samtal med Elsa om {B}skolk{E}problemen i nian."
        )
        assert found[(TextKind.JOURNAL_ENTRY, unit.draft)] == f"Utkast: {B}skolk{E}dagarna räknas."
        assert found[(TextKind.MINUTES_ITEM, unit.meeting_item)] == (
            f"Nils {B}skolk{E}ar mindre sedan våren."
        )
        assert _cases(sara) == {unit.own, unit.protected, unit.fias, unit.meeting_case}
        [row] = [r for r in fulltext.search_text(sara, "nian").rows]
        assert (row.kind, row.case_id, row.day) == (TextKind.JOURNAL_ENTRY, unit.own, WHEN)
        assert row.case_number == cases.get_case(sara, unit.own).case_number
        assert _cases(sara, "nian skolk", only_mine=True) == {unit.own}
    finally:
        sara.lock()


def test_a_colleague_finds_where_but_reads_only_after_opening_the_case(unit: Unit) -> None:
    olle = _as(unit, "olle")
    try:
        found = _found(olle)
        # Not a protected identity he is not assigned to, nor Sara's draft.
        assert _cases(olle) == {unit.own, unit.fias, unit.meeting_case}
        assert (TextKind.JOURNAL_ENTRY, unit.draft) not in found
        # Where, not what: reading the text needs the case opened with a reason.
        assert found[(TextKind.JOURNAL_ENTRY, unit.own_entry)] is None
        assert _cases(olle, only_mine=True) == set()
        cases.get_case(olle, unit.own, reason="Vikarierar för Sara under semestern")
        assert _found(olle)[(TextKind.JOURNAL_ENTRY, unit.own_entry)] == (
            f"Samtal med Elsa om {B}skolk{E}problemen i nian."
        )
        assert _found(olle)[(TextKind.JOURNAL_ENTRY, unit.fias_entry)] is None
        assert fulltext.search_text(olle, "Skyddad").rows == []
    finally:
        olle.lock()


def test_a_field_assistant_finds_text_only_in_the_cases_assigned_to_her(unit: Unit) -> None:
    fia = _as(unit, "fia")
    try:
        found = _found(fia)
        assert found == {
            (TextKind.JOURNAL_ENTRY, unit.fias_entry): f"Omar {B}skolk{E}ade i tisdags."
        }
        # Invited to the meeting is not assigned to the case.
        assert fulltext.search_text(fia, "våren").rows == []
        assert fulltext.search_text(fia, "Elsa").rows == []
    finally:
        fia.lock()


@pytest.mark.parametrize("username", ["chef", "admin"])
def test_managers_and_administrators_do_not_search_free_text(unit: Unit, username: str) -> None:
    workspace = _as(unit, username)
    try:
        with pytest.raises(PermissionDenied):
            fulltext.search_text(workspace, "skolk")
    finally:
        workspace.lock()


def test_a_search_is_logged_without_its_words(unit: Unit) -> None:
    sara = _as(unit, "sara")
    try:
        fulltext.search_text(sara, "skolkproblemen Elsa")
        fulltext.search_text(sara, "xy")  # nothing searched: nothing logged
    finally:
        sara.lock()
    chef = _as(unit, "chef")
    try:
        entries = audit.entries(chef, audit.AuditFilter(action=AuditAction.SEARCH_SHOWN))
    finally:
        chef.lock()
    assert [(e.record_type, e.detail) for e in entries] == [("fulltext", "1")]
    assert "skolk" not in repr(entries).casefold() and "elsa" not in repr(entries).casefold()


def test_short_terms_are_left_out_and_said(unit: Unit) -> None:
    sara = _as(unit, "sara")
    try:
        results = fulltext.search_text(sara, "i nian")
        assert results.too_short == ("i",)
        assert [r.record_id for r in results.rows] == [unit.own_entry]
        nothing = fulltext.search_text(sara, "om i  ")
        assert (nothing.searched, nothing.rows, nothing.too_short) == (False, [], ("om", "i"))
        with pytest.raises(QueryTooLong):
            fulltext.search_text(sara, "skolk " * 100)
    finally:
        sara.lock()


@pytest.mark.parametrize(
    "query", ['skolk OR "Omar"', "skolk*", "NEAR(skolk Omar)", "(tisdags) OR (nian)", '"']
)
def test_query_syntax_does_not_widen_what_a_field_assistant_finds(unit: Unit, query: str) -> None:
    fia = _as(unit, "fia")
    try:
        found = fulltext.search_text(fia, query)
        assert {r.case_id for r in found.rows} <= {unit.fias}
    finally:
        fia.lock()


def test_more_results_than_the_limit_are_said(unit: Unit) -> None:
    sara = _as(unit, "sara")
    try:
        results = fulltext.search_text(sara, "skolk", limit=2)
        assert len(results.rows) == 2 and results.more
        assert not fulltext.search_text(sara, "skolk", limit=50).more
    finally:
        sara.lock()


# --- retention ----------------------------------------------------------------------


def _old_closed_case(worker: Workspace, last_name: str, serial: int, words: str) -> int:
    person = people.register_person(
        worker, PersonInput("Tova", last_name, pnr_in_test_range(date(2003, 2, 3), serial))
    )
    opened = cases.open_case(
        worker,
        person.person_id,
        Programme.SSPF,
        date(2018, 3, 1),
        ReferralSource.SCHOOL,
        "Oro",
        worker.user.id,
    )
    entry = journal.create_entry(
        worker, opened.case_id, date(2018, 4, 1), JournalEntryType.CONTACT, words
    )
    journal.sign_entry(worker, entry)
    cases.close_case(
        worker, opened.case_id, ClosingReason.GOALS_REACHED, "Målen nådda.", date(2019, 6, 1)
    )
    return opened.case_id


def test_text_of_a_case_deleted_by_retention_is_not_found(
    team_database: Path | ServerProfile,
) -> None:
    sara = login(team_database, "sara")
    try:
        gone = _old_closed_case(sara, "Gallrad", 981, "Samtal om graffitimålningen.")
        kept = young_person(sara, "Kim", "Kvar", serial=984).case_id
        _signed(sara, kept, "Graffitin på skolan är borttagen.")
        assert _cases(sara, "graffiti") == {gone, kept}
        # Unsaved text about both cases, Sara's own (a server shows it to her alone).
        drafts.save_draft(sara, f"journal:case:{gone}:new", "Utkast", "Graffitisamtalet, del 2")
        drafts.save_draft(sara, f"journal:case:{kept}:new", "Utkast", "Skolan ringer")
    finally:
        sara.lock()
    chef = login(team_database, "chef")
    try:
        retention.delete_cases(chef, [gone], "Gallringsbeslut 2026", date(2026, 11, 25))
    finally:
        chef.lock()
    sara = login(team_database, "sara")
    try:
        assert _cases(sara, "graffiti") == {kept}
        assert fulltext.search_text(sara, "målningen").rows == []
        # The deleted case's drafts went with it, whoever's they were.
        assert drafts.load_draft(sara, f"journal:case:{gone}:new") is None
        assert drafts.load_draft(sara, f"journal:case:{kept}:new") is not None
    finally:
        sara.lock()
