"""Two people, one case: a save over a change its author has not seen is refused.

The refusal says who changed the record, when and what; the refused text is
kept as the user's own draft, and the other person's change stays as it was.
On the file only one user works at a time (the file lock), so the second
user is simulated by locking and signing in again (the same steps run on a
server too); on a server two users, or one user on two computers, also work
at the same time, and of two concurrent saves from one version only one passes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from caseflow.domain.assessment import LifeDomain
from caseflow.domain.cases import ActivityStatus, Agency, CaseStatus, GoalStatus, JournalEntryType
from caseflow.services import cases, drafts, journal, meetings, minutes, people, plans
from caseflow.services.minutes import ItemInput
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.validation import ChangedMeanwhile, changed_fields, locked
from caseflow.services.workspace import Workspace
from caseflow.storage.models import RECORD_WRITES, JournalEntry
from caseflow.storage.server import ServerProfile
from tests.helpers import login
from tests.services.meeting_fixtures import TODAY, book, user_id, young_person

Database = Path | ServerProfile


def _just_now(moment: datetime) -> bool:
    return abs(datetime.now(UTC) - moment) < timedelta(minutes=2)


def _refused_draft(workspace: Workspace, conflict: ChangedMeanwhile) -> str:
    assert conflict.draft_key is not None
    kept = drafts.load_draft(workspace, conflict.draft_key)
    assert kept is not None
    return kept.content


@pytest.fixture
def elsa_case(social_worker: Workspace) -> int:
    """Elsa's case, with the field assistant Fia working in it (so she may read it)."""
    young = young_person(social_worker, "Elsa", "Ek", serial=981)
    cases.set_staff(social_worker, young.case_id, [user_id(social_worker, "fia")])
    return young.case_id


# --- a colleague's change -------------------------------------------------------------


def test_minutes_saved_over_a_colleagues_change_name_her_and_keep_the_text(
    team_database: Database, social_worker: Workspace, elsa_case: int
) -> None:
    meeting_id = book(social_worker, [elsa_case])
    opened = minutes.start_minutes(social_worker, meeting_id)  # Sara reads the minutes
    item = opened.items[0]
    social_worker.lock()  # one user per file at a time: Fia signs in on this PC

    fia = login(team_database, "fia")
    try:
        fias = ItemInput(elsa_case, item.heading, notes="Elsa kommer i tid nu (Fia).")
        minutes.save_item(fia, meeting_id, item.number, fias, opened.version)
    finally:
        fia.lock()

    sara = login(team_database, "sara")
    try:
        saras = ItemInput(elsa_case, item.heading, notes="Elsa har fått en mentor (Sara).")
        with pytest.raises(ChangedMeanwhile) as refused:
            minutes.save_item(sara, meeting_id, item.number, saras, opened.version)
        conflict = refused.value
        assert conflict.change is not None
        assert conflict.change.by == "Fia Fält" and not conflict.change.by_you
        assert _just_now(conflict.change.at)
        assert conflict.record == "meeting" and conflict.change.fields == ("minutes",)
        local = conflict.change.at.astimezone()
        message = str(conflict)
        assert message.startswith(
            f"Fia Fält changed this meeting at {local:%H:%M} on {local.date().isoformat()}"
            " (minutes) after you opened it. Your text is kept as a draft"
        )
        # Sara's text is hers to take up again; Fia's is what the minutes hold.
        assert "Elsa har fått en mentor (Sara)." in _refused_draft(sara, conflict)
        stored = minutes.get_minutes(sara, meeting_id).items[0]
        assert stored.notes == "Elsa kommer i tid nu (Fia)."
        # With the version she now sees, Sara's save goes through.
        latest = minutes.get_minutes(sara, meeting_id).version
        minutes.save_item(sara, meeting_id, item.number, saras, latest)
    finally:
        sara.lock()
    fia = login(team_database, "fia")
    try:
        assert all(conflict.draft_key != d.editor_key for d in drafts.list_drafts(fia))
    finally:
        fia.lock()


def test_an_activity_status_over_a_colleagues_change_is_refused(
    team_database: Database, social_worker: Workspace, elsa_case: int
) -> None:
    goal = plans.add_goal(
        social_worker, elsa_case, "Gå i skolan varje dag", LifeDomain.SCHOOL, None
    )
    activity = plans.add_activity(social_worker, goal, "Väckning", Agency.SCHOOL, "Mentor", None)
    [read] = plans.get_plan(social_worker, elsa_case)[0].activities
    social_worker.lock()
    fia = login(team_database, "fia")
    try:
        plans.set_activity_status(fia, activity, ActivityStatus.DONE, read.version)
    finally:
        fia.lock()
    sara = login(team_database, "sara")
    try:
        with pytest.raises(ChangedMeanwhile) as refused:
            plans.set_activity_status(sara, activity, ActivityStatus.CANCELLED, read.version)
        assert refused.value.change is not None and refused.value.change.by == "Fia Fält"
        assert refused.value.change.fields == ("status",)
        assert "Fia Fält changed this activity at" in str(refused.value)
        # Nothing typed, nothing kept; and Fia's status stands.
        assert refused.value.draft_key is None
        assert "Your change was not saved." in str(refused.value)
        [now] = plans.get_plan(sara, elsa_case)[0].activities
        assert now.status is ActivityStatus.DONE and now.version == read.version + 1
    finally:
        sara.lock()


def test_a_person_saved_over_a_colleagues_change_says_which_fields(
    team_database: Database, social_worker: Workspace
) -> None:
    young = young_person(social_worker, "Omar", "Berg", serial=983)
    cases.set_staff(social_worker, young.case_id, [user_id(social_worker, "olle")])
    person_id = cases.get_case(social_worker, young.case_id).person.id
    read = people.get_person(social_worker, person_id)  # Sara opens the person's details
    social_worker.lock()

    olle = login(team_database, "olle")
    try:
        theirs = PersonInput("Omar", "Berg", young.personnummer, phone="070-123 45 67")
        people.update_person(olle, person_id, theirs, read.version)
    finally:
        olle.lock()

    sara = login(team_database, "sara")
    try:
        mine = PersonInput("Omar", "Berg", young.personnummer, school="Vasaskolan")
        with pytest.raises(ChangedMeanwhile) as refused:
            people.update_person(sara, person_id, mine, read.version)
        conflict = refused.value
        assert conflict.change is not None and conflict.change.by == "Olle Berg"
        assert conflict.change.fields == ("phone",)
        assert "Olle Berg changed this person's details at" in str(conflict)
        assert "(phone) after you opened it" in str(conflict)
        assert "School: Vasaskolan" in _refused_draft(sara, conflict)
        kept = people.get_person(sara, person_id)
        assert (kept.phone, kept.school) == ("070-123 45 67", None)
    finally:
        sara.lock()


# --- the same user elsewhere ----------------------------------------------------------


def test_a_journal_entry_changed_in_another_window_keeps_this_windows_text(
    social_worker: Workspace, elsa_case: int
) -> None:
    entry = journal.create_entry(
        social_worker, elsa_case, TODAY, JournalEntryType.CONTACT, "Samtal med Elsa."
    )
    [opened] = journal.list_entries(social_worker, elsa_case)  # the first window reads it
    journal.update_entry(  # the other window saves first
        social_worker,
        entry,
        TODAY,
        JournalEntryType.CONTACT,
        "Samtal med Elsa och mamma.",
        opened.version,
    )
    with pytest.raises(ChangedMeanwhile) as refused:
        journal.update_entry(
            social_worker,
            entry,
            TODAY,
            JournalEntryType.CONTACT,
            "Samtal med Elsa om skolan.",
            opened.version,
        )
    conflict = refused.value
    assert conflict.change is not None and conflict.change.by_you
    assert conflict.change.fields == ("text",)
    assert conflict.record == "journal_entry" and conflict.case_number.startswith("SSPF-")
    assert str(conflict).startswith("You changed this journal entry yourself at")
    assert "in another window or on another computer" in str(conflict)
    assert _refused_draft(social_worker, conflict) == "Samtal med Elsa om skolan."
    titles = [d.title for d in drafts.list_drafts(social_worker)]
    assert any(t.startswith("Journal entry of") and conflict.case_number in t for t in titles)
    [stored] = journal.list_entries(social_worker, elsa_case)
    assert stored.text == "Samtal med Elsa och mamma." and stored.version == opened.version + 1


def test_a_signature_elsewhere_refuses_the_change_and_says_so(
    social_worker: Workspace, elsa_case: int
) -> None:
    entry = journal.create_entry(
        social_worker, elsa_case, TODAY, JournalEntryType.CONTACT, "Samtal med Elsa."
    )
    [opened] = journal.list_entries(social_worker, elsa_case)
    journal.sign_entry(social_worker, entry, opened.version)
    with pytest.raises(ChangedMeanwhile) as refused:
        journal.update_entry(
            social_worker, entry, TODAY, JournalEntryType.CONTACT, "Ändrad.", opened.version
        )
    assert refused.value.change is not None and refused.value.change.fields == ("signed",)
    assert "(signed)" in str(refused.value)


def test_goal_status_case_status_and_team_are_versioned(
    social_worker: Workspace, elsa_case: int
) -> None:
    goal = plans.add_goal(social_worker, elsa_case, "Fritid", LifeDomain.LEISURE_COMMUNITY, None)
    [read] = plans.get_plan(social_worker, elsa_case)
    plans.record_goal_status(social_worker, goal, GoalStatus.IN_PROGRESS, TODAY, "", read.version)
    with pytest.raises(ChangedMeanwhile) as refused:
        plans.record_goal_status(
            social_worker, goal, GoalStatus.ACHIEVED, TODAY, "Har börjat i fotboll.", read.version
        )
    assert refused.value.record == "goal" and refused.value.change is not None
    assert _refused_draft(social_worker, refused.value) == "Har börjat i fotboll."
    assert plans.get_plan(social_worker, elsa_case)[0].status is GoalStatus.IN_PROGRESS

    case = cases.get_case(social_worker, elsa_case)
    cases.set_agencies(social_worker, elsa_case, [], case.version)
    with pytest.raises(ChangedMeanwhile) as refused:
        cases.change_status(
            social_worker, elsa_case, CaseStatus.MAPPING, TODAY, "Kartläggning.", case.version
        )
    assert refused.value.change is not None and refused.value.change.fields == ("agencies",)
    assert "this case" in str(refused.value)
    with pytest.raises(ChangedMeanwhile):
        cases.set_team(
            social_worker, elsa_case, social_worker.user.id, [], [], expected_version=case.version
        )
    assert cases.get_case(social_worker, elsa_case).status is CaseStatus.RECEIVED


def test_a_guardian_changed_meanwhile_keeps_the_typed_details(
    social_worker: Workspace, elsa_case: int
) -> None:
    person_id = cases.get_case(social_worker, elsa_case).person.id
    [maria, _] = people.get_person(social_worker, person_id, reveal=True).guardians
    people.update_guardian(
        social_worker, maria.id, GuardianInput("Maria Ek", phone="070-1"), maria.version
    )
    with pytest.raises(ChangedMeanwhile) as refused:
        people.update_guardian(
            social_worker,
            maria.id,
            GuardianInput("Maria Ek", email="maria@example.se"),
            maria.version,
        )
    assert refused.value.record == "guardian" and refused.value.change is not None
    assert refused.value.change.fields == ("phone",)
    assert "E-mail: maria@example.se" in _refused_draft(social_worker, refused.value)
    with pytest.raises(ChangedMeanwhile):
        people.remove_guardian(social_worker, maria.id, maria.version)
    [kept, _] = people.get_person(social_worker, person_id, reveal=True).guardians
    assert (kept.phone, kept.email, kept.version) == ("070-1", None, maria.version + 1)


def test_without_a_version_a_save_goes_through_and_old_raisers_still_read_well(
    social_worker: Workspace, elsa_case: int
) -> None:
    entry = journal.create_entry(social_worker, elsa_case, TODAY, JournalEntryType.CONTACT, "A")
    journal.update_entry(social_worker, entry, TODAY, JournalEntryType.CONTACT, "B")
    journal.update_entry(social_worker, entry, TODAY, JournalEntryType.CONTACT, "C")
    assert journal.list_entries(social_worker, elsa_case)[0].version == 3
    assert str(ChangedMeanwhile()).startswith("Someone else changed this record")
    assert changed_fields("updated: text, entry_date") == ("text", "entry_date")
    assert changed_fields("status done") == ("status",)
    assert changed_fields("created") == ()


# --- on a server, at the same time ------------------------------------------------------


@pytest.fixture
def server_database(team_server: object) -> Iterator[ServerProfile]:
    from tests.team_server import TeamServer

    assert isinstance(team_server, TeamServer)
    profile = team_server.new_database()
    try:
        yield profile
    finally:
        team_server.drop_database(profile)


def test_of_two_concurrent_saves_from_one_version_only_one_passes(
    server_database: ServerProfile,
) -> None:
    first, second = login(server_database, "sara"), login(server_database, "sara")
    try:
        young = young_person(first, "Elsa", "Ek", serial=984)
        entry = journal.create_entry(first, young.case_id, TODAY, JournalEntryType.CONTACT, "A")
        outcome: list[BaseException | int] = []
        # The first computer holds the entry's row (its save under way) ...
        with first.transaction() as session:
            row = locked(session, JournalEntry, entry)
            assert row is not None and row.version == 1

            def save_on_the_second_computer() -> None:
                try:
                    outcome.append(
                        journal.update_entry(
                            second, entry, TODAY, JournalEntryType.CONTACT, "Från dator 2", 1
                        )
                    )
                except ChangedMeanwhile as error:
                    outcome.append(error)

            waiting = threading.Thread(target=save_on_the_second_computer)
            waiting.start()
            waiting.join(timeout=1.0)
            assert waiting.is_alive()  # ... so the second one waits for it
            row.text, row.version = "Från dator 1", 2
        waiting.join(timeout=30)
        assert len(outcome) == 1 and isinstance(outcome[0], ChangedMeanwhile)
        assert [e.text for e in journal.list_entries(first, young.case_id)] == ["Från dator 1"]
    finally:
        second.lock()
        first.lock()


def test_the_server_shows_who_wrote_only_the_records_one_may_read(
    server_database: ServerProfile,
) -> None:
    sara = login(server_database, "sara")
    try:
        mine = young_person(sara, "Elsa", "Ek", serial=985)
        other = young_person(sara, "Omar", "Berg", serial=986)
        cases.set_staff(sara, mine.case_id, [user_id(sara, "fia")])
        in_mine = journal.create_entry(sara, mine.case_id, TODAY, JournalEntryType.CONTACT, "A")
        in_other = journal.create_entry(sara, other.case_id, TODAY, JournalEntryType.CONTACT, "B")
        journal.sign_entry(sara, in_mine)
        journal.sign_entry(sara, in_other)
    finally:
        sara.lock()
    fia = login(server_database, "fia")
    try:
        with fia.transaction() as session:
            seen = set(
                session.scalars(
                    select(RECORD_WRITES.c.record_id).where(
                        RECORD_WRITES.c.record_type == "journal_entry"
                    )
                )
            )
        # Sara's entries: the one in the case Fia works in, not the other.
        assert seen == {str(in_mine)}
    finally:
        fia.lock()


def test_a_meeting_booked_over_a_change_names_the_fields(
    social_worker: Workspace, elsa_case: int
) -> None:
    meeting_id = book(social_worker, [elsa_case])
    read = meetings.get_meeting(social_worker, meeting_id)
    later = datetime.combine(TODAY - timedelta(days=6), datetime.min.time()).replace(hour=13)
    meetings.update_meeting(
        social_worker,
        meeting_id,
        read.version,
        read.type_key,
        later,
        later + timedelta(hours=1),
        read.place,
        [elsa_case],
    )
    with pytest.raises(ChangedMeanwhile) as refused:
        meetings.update_meeting(
            social_worker,
            meeting_id,
            read.version,
            read.type_key,
            later,
            later + timedelta(hours=1),
            "Vasaskolan, rum 12",
            [elsa_case],
        )
    assert refused.value.change is not None and refused.value.change.fields == ("time",)
    assert "Place: Vasaskolan, rum 12" in _refused_draft(social_worker, refused.value)
    assert meetings.get_meeting(social_worker, meeting_id).place == read.place
