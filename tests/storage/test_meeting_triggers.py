"""The database itself keeps approved minutes final, whatever writes to the file.

The statements run through the workspace's own session, as any code with the
key could; the triggers of migration 0005 must refuse them. Deleting a whole
case (retention) still removes its part of the minutes.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from caseflow.services import minutes
from caseflow.services.minutes import ItemInput
from tests.services.meeting_fixtures import TODAY, book, young_person

FINAL = "approved minutes cannot be changed"


@pytest.fixture
def approved(social_worker):
    """Approved minutes of a shared sitting: one item about Elsa, one about Omar."""
    elsa = young_person(social_worker, "Elsa", "Ek", serial=981)
    omar = young_person(social_worker, "Omar", "Berg", serial=982)
    meeting_id = book(social_worker, [elsa.case_id, omar.case_id])
    view = minutes.start_minutes(social_worker, meeting_id)
    for case_id in (elsa.case_id, omar.case_id):
        item = view.for_case(case_id)[0]
        minutes.save_item(
            social_worker, meeting_id, item.number, ItemInput(case_id, item.heading, "Samtal.")
        )
    minutes.approve(social_worker, meeting_id, TODAY)
    return meeting_id, elsa, omar


def _run(workspace, sql, **params):
    with workspace.transaction() as session:
        return session.execute(text(sql), params)


def _items(workspace, meeting_id):
    return _run(
        workspace,
        "SELECT number, case_id, notes FROM minutes_items WHERE meeting_id = :m ORDER BY number",
        m=meeting_id,
    ).all()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE minutes_items SET notes = 'Ändrat i efterhand' WHERE meeting_id = :m",
        "UPDATE minutes_items SET case_id = case_id WHERE meeting_id = :m",
        "DELETE FROM minutes_items WHERE meeting_id = :m",
        "INSERT INTO minutes_items (meeting_id, case_id, number, heading, notes, decisions,"
        " written_by, written_on, created_at)"
        " SELECT :m, case_id, 99, 'Tillägg', 'Nytt', '', written_by, written_on, created_at"
        " FROM minutes_items WHERE meeting_id = :m LIMIT 1",
        "UPDATE meetings SET minutes_status = 'draft' WHERE id = :m",
        "UPDATE meetings SET approved_on = NULL WHERE id = :m",
        "UPDATE meetings SET starts_at = '2001-01-01 09:00:00.000000' WHERE id = :m",
        "UPDATE meetings SET place = 'Någon annanstans' WHERE id = :m",
        "UPDATE meetings SET cancelled = true WHERE id = :m",  # portable: SQLite takes it too
        "DELETE FROM meetings WHERE id = :m",
    ],
)
def test_approved_minutes_cannot_be_changed_by_sql(social_worker, approved, sql):
    meeting_id, _, _ = approved
    before = _items(social_worker, meeting_id)
    with pytest.raises(Exception, match=FINAL):
        _run(social_worker, sql, m=meeting_id)
    assert _items(social_worker, meeting_id) == before
    assert minutes.get_minutes(social_worker, meeting_id).status.value == "approved"


def test_a_correction_may_still_be_inserted(social_worker, approved):
    meeting_id, elsa, _ = approved
    first = minutes.get_minutes(social_worker, meeting_id, case_id=elsa.case_id).items[0]
    minutes.correct(
        social_worker, meeting_id, first.number, ItemInput(elsa.case_id, "Rättelse", "Rätt.")
    )
    assert len(_items(social_worker, meeting_id)) == 3


def test_draft_minutes_change_freely(social_worker):
    elsa = young_person(social_worker, "Elsa", "Ek", serial=981)
    meeting_id = book(social_worker, [elsa.case_id], TODAY - timedelta(days=1))
    minutes.start_minutes(social_worker, meeting_id)
    _run(social_worker, "UPDATE minutes_items SET notes = 'x' WHERE meeting_id = :m", m=meeting_id)
    _run(
        social_worker,
        "DELETE FROM minutes_items WHERE number = 1 AND meeting_id = :m",
        m=meeting_id,
    )
    assert [n for n, _, _ in _items(social_worker, meeting_id)] == [2, 3, 4, 5]


def test_retention_still_deletes_a_case_with_its_part_of_approved_minutes(social_worker, approved):
    meeting_id, elsa, omar = approved
    _run(social_worker, "DELETE FROM cases WHERE id = :c", c=elsa.case_id)
    assert [case for _, case, _ in _items(social_worker, meeting_id)] == [omar.case_id]
    _run(social_worker, "DELETE FROM cases WHERE id = :c", c=omar.case_id)
    assert _items(social_worker, meeting_id) == []
    # With no minutes left, the meeting itself may go too.
    _run(social_worker, "DELETE FROM meetings WHERE id = :m", m=meeting_id)
    assert _run(social_worker, "SELECT count(*) FROM meetings").scalar() == 0
