"""Minutes through the services: items per case, agreed actions, approval, corrections.

The shared sitting is the case that matters most: what is written about one
young person is never handed to another's case (JO 523-2010).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from caseflow.domain.cases import ActivityStatus, Agency
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import CaseNotOnAgenda, MinutesLocked, MinutesStatus
from caseflow.services import actions, cases, meetings, minutes, plans
from caseflow.services.actions import Scope
from caseflow.services.minutes import ActionInput, ItemInput
from caseflow.services.validation import ChangedMeanwhile, FieldError, NotFound
from tests.services.meeting_fixtures import TODAY, book, statements, young_person

LAST_WEEK = TODAY - timedelta(days=7)
ELSA_NOTES = "Elsa Ek har börjat komma i tid. Mamma Maria är nöjd."
OMAR_NOTES = "Omar Berg har slutat på fritidsgården."


@pytest.fixture
def elsa(social_worker):
    return young_person(social_worker, "Elsa", "Ek", serial=981)


@pytest.fixture
def omar(social_worker):
    return young_person(social_worker, "Omar", "Berg", serial=982, age_days=15 * 365)


@pytest.fixture
def shared(social_worker, elsa, omar):
    """A shared SSPF sitting last week about Elsa and Omar, minutes started."""
    meeting_id = book(social_worker, [elsa.case_id, omar.case_id])
    minutes.start_minutes(social_worker, meeting_id)
    return meeting_id


def _write(workspace, meeting_id, case_id, heading_index=0, **fields):
    """Write into the case's ``heading_index``-th item; returns its number."""
    item = minutes.get_minutes(workspace, meeting_id, case_id=case_id).items[heading_index]
    return minutes.save_item(
        workspace, meeting_id, item.number, ItemInput(case_id, item.heading, **fields)
    )


def _all_text(view):
    return "\n".join(
        text
        for item in view.items
        for text in (
            item.heading,
            item.notes,
            item.decisions,
            *(t for a in item.actions for t in (a.what, a.responsible)),
        )
    )


# --- drafting --------------------------------------------------------------------------


def test_start_makes_one_item_per_heading_per_case_once(social_worker, elsa, omar, shared):
    view = minutes.get_minutes(social_worker, shared)
    detail = meetings.get_meeting(social_worker, shared)
    assert [(i.case_id, i.heading) for i in view.items] == list(detail.agenda)
    assert [i.number for i in view.items] == list(range(1, 11))
    assert all(not i.notes and not i.actions for i in view.items)
    assert view.status is MinutesStatus.DRAFT
    again = minutes.start_minutes(social_worker, shared)
    assert len(again.items) == 10
    assert {i.case_number for i in again.for_case(omar.case_id)} == {omar.case_number}


def test_items_are_added_replaced_and_removed_in_a_draft(social_worker, elsa, shared):
    version = minutes.get_minutes(social_worker, shared).version
    number = minutes.save_item(
        social_worker,
        shared,
        None,
        ItemInput(elsa.case_id, "  Övrigt  ", notes="Skolan byter mentor."),
        expected_version=version,
    )
    assert number == 11
    with pytest.raises(ChangedMeanwhile):
        minutes.save_item(social_worker, shared, number, ItemInput(elsa.case_id, "Övrigt"), version)
    minutes.save_item(
        social_worker, shared, number, ItemInput(elsa.case_id, "Övrigt", decisions="Ny mentor.")
    )
    [item] = [i for i in minutes.get_minutes(social_worker, shared).items if i.number == number]
    assert (item.heading, item.notes, item.decisions) == ("Övrigt", "", "Ny mentor.")
    minutes.remove_item(social_worker, shared, number)
    assert number not in [i.number for i in minutes.get_minutes(social_worker, shared).items]
    # The number of a removed item is never given again.
    again = minutes.save_item(social_worker, shared, None, ItemInput(elsa.case_id, "Övrigt"))
    assert again == 12
    with pytest.raises(InvalidInput):
        minutes.remove_item(social_worker, shared, number)


def test_an_item_stays_with_its_case(social_worker, elsa, omar, shared):
    item = minutes.get_minutes(social_worker, shared, case_id=elsa.case_id).items[0]
    with pytest.raises(InvalidInput):
        minutes.save_item(
            social_worker, shared, item.number, ItemInput(omar.case_id, item.heading, "x")
        )
    other = young_person(social_worker, "Nora", "Lund", serial=983)
    with pytest.raises(CaseNotOnAgenda):
        minutes.save_item(social_worker, shared, None, ItemInput(other.case_id, "Rubrik", "x"))


def test_bad_items_are_refused(social_worker, elsa, shared):
    for bad in (
        ItemInput(elsa.case_id, "   "),
        ItemInput(elsa.case_id, "x" * 301),
        ItemInput(elsa.case_id, "Rubrik", notes="x" * 20_001),
        ItemInput(elsa.case_id, "Rubrik", next_date=LAST_WEEK),  # not after the meeting
        ItemInput(
            elsa.case_id,
            "Rubrik",
            actions=(ActionInput("Ring", Agency.SCHOOL, "Eva", LAST_WEEK - timedelta(days=1)),),
        ),
        ItemInput(
            elsa.case_id, "Rubrik", actions=(ActionInput("Ring", Agency.SCHOOL, " ", TODAY),)
        ),
    ):
        with pytest.raises(InvalidInput):
            minutes.save_item(social_worker, shared, None, bad)
    with pytest.raises(NotFound):
        minutes.save_item(
            social_worker,
            shared,
            None,
            ItemInput(
                elsa.case_id,
                "Rubrik",
                actions=(
                    ActionInput("Ring", Agency.SCHOOL, "Eva", TODAY, responsible_user_id=999),
                ),
            ),
        )
    assert len(minutes.get_minutes(social_worker, shared).items) == 10


# --- separation of cases in a shared sitting ------------------------------------------


def test_a_case_never_sees_another_cases_part_of_a_shared_sitting(
    social_worker, elsa, omar, shared
):
    _write(social_worker, shared, elsa.case_id, notes=ELSA_NOTES, decisions="Fortsätt.")
    _write(
        social_worker,
        shared,
        omar.case_id,
        notes=OMAR_NOTES,
        actions=(ActionInput("Kontakta Omars tränare", Agency.LEISURE, "Lena", TODAY),),
    )
    elsas = minutes.get_minutes(social_worker, shared, case_id=elsa.case_id)
    assert {i.case_id for i in elsas.items} == {elsa.case_id}
    assert len(elsas.items) == 5
    assert "Omar" not in _all_text(elsas) and omar.case_number not in str(elsas)
    omars = minutes.get_minutes(social_worker, shared, case_id=omar.case_id)
    assert "Elsa" not in _all_text(omars) and elsa.case_number not in str(omars)

    [meeting] = minutes.case_meetings(social_worker, elsa.case_id)
    assert meeting.meeting.id == shared
    assert meeting.meeting.case_numbers == (elsa.case_number, "+1")
    assert {i.case_id for i in meeting.items} == {elsa.case_id}
    assert meeting.items[0].notes == ELSA_NOTES
    assert "Omar" not in str(meeting) and omar.case_number not in str(meeting)
    [meeting] = minutes.case_meetings(social_worker, omar.case_id)
    assert "Elsa" not in str(meeting) and elsa.case_number not in str(meeting)
    assert [a.what for i in meeting.items for a in i.actions] == ["Kontakta Omars tränare"]


def test_case_meetings_lists_every_meeting_of_the_case_newest_first(social_worker, elsa, omar):
    alone = book(social_worker, [elsa.case_id], TODAY - timedelta(days=40))
    together = book(social_worker, [elsa.case_id, omar.case_id], TODAY - timedelta(days=10))
    not_hers = book(social_worker, [omar.case_id], TODAY - timedelta(days=5))
    for meeting_id in (alone, together, not_hers):
        minutes.start_minutes(social_worker, meeting_id)
    found = minutes.case_meetings(social_worker, elsa.case_id)
    assert [m.meeting.id for m in found] == [together, alone]
    assert [m.meeting.case_numbers for m in found] == [
        (elsa.case_number, "+1"),
        (elsa.case_number,),
    ]
    assert all(len(m.items) == 5 for m in found)
    assert all(i.case_id == elsa.case_id for m in found for i in m.items)
    with pytest.raises(NotFound):
        minutes.case_meetings(social_worker, 4711)


def test_case_meetings_cost_the_same_for_two_meetings_or_six(social_worker, elsa, omar):
    def cost():
        with statements(social_worker) as seen:
            found = minutes.case_meetings(social_worker, elsa.case_id)
        return len(found), len(seen)

    for n in range(6):
        meeting_id = book(social_worker, [elsa.case_id, omar.case_id], TODAY - timedelta(days=n))
        minutes.start_minutes(social_worker, meeting_id)
        _write(social_worker, meeting_id, elsa.case_id, notes=f"Möte {n}.")
        if n == 1:
            two = cost()
    six = cost()
    assert (two[0], six[0]) == (2, 6)
    assert six[1] == two[1]


# --- agreed actions --------------------------------------------------------------------


def test_agreed_actions_become_tracked_activities_of_the_case(social_worker, elsa, omar, shared):
    due = TODAY + timedelta(days=14)
    ring = ActionInput("Ring skolan", Agency.SOCIAL_SERVICES, "Sara Lind", due)
    schema = ActionInput("Nytt schema", Agency.SCHOOL, "Eva Mentor", due)
    number = _write(social_worker, shared, elsa.case_id, 3, actions=(ring, schema))
    [item] = [i for i in minutes.get_minutes(social_worker, shared).items if i.number == number]
    assert [(a.what, a.agency, a.responsible, a.due) for a in item.actions] == [
        ("Ring skolan", Agency.SOCIAL_SERVICES, "Sara Lind", due),
        ("Nytt schema", Agency.SCHOOL, "Eva Mentor", due),
    ]
    rows = actions.list_actions(social_worker, TODAY, Scope.ALL)
    assert [(r.what, r.case_id, r.case_number) for r in rows] == [
        ("Ring skolan", elsa.case_id, elsa.case_number),
        ("Nytt schema", elsa.case_id, elsa.case_number),
    ]
    assert {(r.meeting_id, r.meeting_date) for r in rows} == {(shared, LAST_WEEK)}
    assert actions.list_actions(social_worker, TODAY, Scope.ALL, case_id=omar.case_id) == []
    with social_worker.transaction() as session:
        from caseflow.storage.models import Activity

        stored = session.query(Activity).order_by(Activity.id).all()
        assert [(a.case_id, a.minutes_item_id, a.goal_id) for a in stored] == [
            (elsa.case_id, item.id, None),
            (elsa.case_id, item.id, None),
        ]

    # Saving the item again keeps an unchanged action (and its status), replaces a
    # changed one, and drops one no longer agreed.
    ring_id = item.actions[0].id
    plans.set_activity_status(social_worker, ring_id, ActivityStatus.IN_PROGRESS)
    later = ActionInput("Nytt schema", Agency.SCHOOL, "Eva Mentor", due + timedelta(days=7))
    _write(social_worker, shared, elsa.case_id, 3, actions=(ring, later))
    [item] = [i for i in minutes.get_minutes(social_worker, shared).items if i.number == number]
    assert [(a.id == ring_id, a.status, a.due) for a in item.actions] == [
        (True, ActivityStatus.IN_PROGRESS, due),
        (False, ActivityStatus.PLANNED, due + timedelta(days=7)),
    ]
    for _ in range(2):  # the same action twice, saved twice: still two
        _write(social_worker, shared, elsa.case_id, 3, actions=(ring, ring))
        [item] = [i for i in minutes.get_minutes(social_worker, shared).items if i.number == number]
        assert [a.what for a in item.actions] == ["Ring skolan", "Ring skolan"]
        assert len(actions.list_actions(social_worker, TODAY, Scope.ALL)) == 2

    minutes.remove_item(social_worker, shared, number)
    assert actions.list_actions(social_worker, TODAY, Scope.ALL) == []


# --- approval and locking --------------------------------------------------------------


def test_approval_locks_the_minutes_and_drops_empty_items(social_worker, elsa, omar, shared):
    _write(social_worker, shared, elsa.case_id, notes=ELSA_NOTES)
    _write(social_worker, shared, omar.case_id, 2, notes=OMAR_NOTES)
    minutes.approve(social_worker, shared, TODAY)
    view = minutes.get_minutes(social_worker, shared)
    assert view.status is MinutesStatus.APPROVED
    assert (view.approved_by, view.approved_on) == ("Sara Lind", TODAY)
    assert [(i.case_id, i.notes) for i in view.items] == [
        (elsa.case_id, ELSA_NOTES),
        (omar.case_id, OMAR_NOTES),
    ]
    number = view.items[0].number
    for call in (
        lambda: minutes.save_item(
            social_worker, shared, number, ItemInput(elsa.case_id, "Ny rubrik", "Ändrat")
        ),
        lambda: minutes.save_item(social_worker, shared, None, ItemInput(elsa.case_id, "Ny", "x")),
        lambda: minutes.remove_item(social_worker, shared, number),
    ):
        with pytest.raises(MinutesLocked):
            call()
    with pytest.raises(InvalidInput):
        minutes.approve(social_worker, shared, TODAY)
    assert minutes.get_minutes(social_worker, shared).items == view.items
    # Starting the minutes again changes nothing.
    assert minutes.start_minutes(social_worker, shared).items == view.items


def test_approval_is_refused_for_empty_minutes_and_bad_dates(social_worker, elsa, shared):
    with pytest.raises(InvalidInput):  # nothing written under any heading
        minutes.approve(social_worker, shared, TODAY)
    _write(social_worker, shared, elsa.case_id, notes=ELSA_NOTES)
    with pytest.raises(FieldError):
        minutes.approve(social_worker, shared, TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput):  # before the meeting
        minutes.approve(social_worker, shared, LAST_WEEK - timedelta(days=1))
    with pytest.raises(ChangedMeanwhile):
        minutes.approve(social_worker, shared, TODAY, expected_version=1)
    assert minutes.get_minutes(social_worker, shared).status is MinutesStatus.DRAFT
    assert len(minutes.get_minutes(social_worker, shared).items) == 10


def test_a_future_meeting_cannot_be_approved(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], TODAY + timedelta(days=3))
    minutes.start_minutes(social_worker, meeting_id)
    _write(social_worker, meeting_id, elsa.case_id, notes="Förberett.")
    with pytest.raises(InvalidInput):
        minutes.approve(social_worker, meeting_id, TODAY)


def test_a_cancelled_meeting_gets_no_minutes(social_worker, elsa, shared):
    _write(social_worker, shared, elsa.case_id, notes=ELSA_NOTES)
    meetings.cancel_meeting(social_worker, shared)
    with pytest.raises(InvalidInput):
        minutes.approve(social_worker, shared, TODAY)
    with pytest.raises(InvalidInput):
        _write(social_worker, shared, elsa.case_id, notes="Mer.")


# --- corrections -----------------------------------------------------------------------


def test_a_correction_is_a_new_item_and_the_original_stays(social_worker, elsa, omar, shared):
    number = _write(social_worker, shared, elsa.case_id, notes=ELSA_NOTES)
    _write(social_worker, shared, omar.case_id, notes=OMAR_NOTES)
    with pytest.raises(InvalidInput):  # a draft is changed, not corrected
        minutes.correct(social_worker, shared, number, ItemInput(elsa.case_id, "Rättelse", "x"))
    minutes.approve(social_worker, shared, TODAY)
    before = minutes.get_minutes(social_worker, shared)
    correction = minutes.correct(
        social_worker,
        shared,
        number,
        ItemInput(
            elsa.case_id,
            "Rättelse",
            notes="Det var pappa Jonas som var nöjd.",
            actions=(ActionInput("Ring pappa", Agency.SOCIAL_SERVICES, "Sara", TODAY),),
        ),
    )
    after = minutes.get_minutes(social_worker, shared)
    assert correction == 11
    [original] = [i for i in after.items if i.number == number]
    [added] = [i for i in after.items if i.number == correction]
    assert original == next(i for i in before.items if i.number == number)
    assert original.notes == ELSA_NOTES
    assert (added.corrects, added.case_id, added.written_by) == (number, elsa.case_id, "Sara Lind")
    assert [a.what for a in added.actions] == ["Ring pappa"]
    assert after.status is MinutesStatus.APPROVED
    # The correction is Elsa's: it shows in her case and not in Omar's.
    assert correction in [
        i.number for i in minutes.get_minutes(social_worker, shared, elsa.case_id).items
    ]
    assert correction not in [
        i.number for i in minutes.get_minutes(social_worker, shared, omar.case_id).items
    ]
    assert [r.what for r in actions.list_actions(social_worker, TODAY, Scope.ALL)] == ["Ring pappa"]


def test_corrections_are_checked(social_worker, elsa, omar, shared):
    number = _write(social_worker, shared, elsa.case_id, notes=ELSA_NOTES)
    minutes.approve(social_worker, shared, TODAY)
    for bad in (
        ItemInput(omar.case_id, "Rättelse", "Fel ärende"),  # another case's item
        ItemInput(elsa.case_id, "Rättelse"),  # says nothing
    ):
        with pytest.raises(InvalidInput):
            minutes.correct(social_worker, shared, number, bad)
    with pytest.raises(InvalidInput):
        minutes.correct(social_worker, shared, 999, ItemInput(elsa.case_id, "Rättelse", "x"))
    with pytest.raises(FieldError):
        minutes.correct(
            social_worker,
            shared,
            number,
            ItemInput(elsa.case_id, "Rättelse", "x"),
            on=TODAY + timedelta(days=1),
        )
    assert len(minutes.get_minutes(social_worker, shared).items) == 1


# --- next dates ------------------------------------------------------------------------


def _activate(workspace, case_id, on):
    from caseflow.domain.cases import CaseStatus

    cases.change_status(workspace, case_id, CaseStatus.MAPPING, on)
    cases.change_status(workspace, case_id, CaseStatus.ACTIVE, on)


def test_a_next_date_agreed_in_approved_minutes_sets_the_next_follow_up(
    social_worker, elsa, omar, shared
):
    _activate(social_worker, elsa.case_id, TODAY - timedelta(days=100))
    before = cases.get_case(social_worker, elsa.case_id).next_follow_up
    assert before == TODAY - timedelta(days=40)  # 60 days after it became active
    agreed = TODAY + timedelta(days=20)
    _write(social_worker, shared, elsa.case_id, 4, next_date=agreed)
    _write(social_worker, shared, omar.case_id, notes=OMAR_NOTES)
    # A draft decides nothing yet.
    assert cases.get_case(social_worker, elsa.case_id).next_follow_up == before
    minutes.approve(social_worker, shared, TODAY)
    assert cases.get_case(social_worker, elsa.case_id).next_follow_up == agreed
    # Omar's case has not started: no follow-up is due for him yet.
    assert cases.get_case(social_worker, omar.case_id).next_follow_up is None
    # A correction with another date moves it again.
    [item] = [
        i
        for i in minutes.get_minutes(social_worker, shared, elsa.case_id).items
        if i.next_date == agreed
    ]
    sooner = TODAY + timedelta(days=10)
    minutes.correct(
        social_worker, shared, item.number, ItemInput(elsa.case_id, item.heading, next_date=sooner)
    )
    assert cases.get_case(social_worker, elsa.case_id).next_follow_up == sooner
