"""Calendar export through the services, read back by a real RFC 5545 parser."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from caseflow.services import calendar, meetings
from caseflow.services.meetings import MeetingFilter
from caseflow.services.validation import NotFound
from tests.services.meeting_fixtures import MENTOR, TODAY, at, book, statements, young_person

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DAY = TODAY + timedelta(days=10)


@pytest.fixture
def elsa(social_worker):
    return young_person(social_worker, "Elsa", "Ekström", serial=981)


@pytest.fixture
def omar(social_worker):
    return young_person(social_worker, "Omar", "Bergqvist", serial=982, age_days=15 * 365)


def _uid(meeting_id):
    return f"meeting-{meeting_id}@caseflow.invalid"


def _events(ics):
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}


def test_export_is_a_valid_calendar_with_one_event_per_meeting(social_worker, elsa, omar):
    shared = book(social_worker, [elsa.case_id, omar.case_id], DAY, invitees=[MENTOR])
    single = book(social_worker, [omar.case_id], DAY + timedelta(days=1), type_key="sig")
    ics = calendar.export_ics(social_worker)
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    parsed = icalendar.Calendar.from_ical(ics)
    assert str(parsed["VERSION"]) == "2.0"
    events = _events(ics)
    assert set(events) == {
        _uid(shared),
        _uid(single),
    }
    first = events[_uid(shared)]
    assert str(first["SUMMARY"]) == f"SSPF meeting: {elsa.case_number}, {omar.case_number}"
    assert str(first["LOCATION"]) == "Stadshuset, rum 3"
    assert first.decoded("DTSTART") == at(DAY, 9).replace(tzinfo=STOCKHOLM)
    assert first.decoded("DTEND") == at(DAY, 10, 30).replace(tzinfo=STOCKHOLM)
    assert (str(first["STATUS"]), int(first["SEQUENCE"])) == ("CONFIRMED", 0)
    second = events[_uid(single)]
    assert str(second["SUMMARY"]) == f"SIG coordination meeting: {omar.case_number}"


def test_no_name_or_personnummer_of_a_young_person_reaches_the_file(social_worker, elsa, omar):
    book(social_worker, [elsa.case_id, omar.case_id], DAY, invitees=[MENTOR])
    ics = calendar.export_ics(social_worker)
    for young in (elsa, omar):
        for secret in (
            young.first_name,
            young.last_name,
            young.personnummer,
            young.personnummer[2:],
            f"{young.personnummer[2:8]}-{young.personnummer[8:]}",
            f"{young.personnummer[:8]}-{young.personnummer[8:]}",
        ):
            assert secret.casefold() not in ics.casefold()
    # Nor who is invited.
    assert MENTOR.name not in ics


def test_sequence_rises_after_a_change_and_cancelling_is_exported(social_worker, elsa):
    meeting_id = book(social_worker, [elsa.case_id], DAY)
    uid = _uid(meeting_id)
    before = _events(calendar.export_ics(social_worker, [meeting_id]))[uid]
    detail = meetings.get_meeting(social_worker, meeting_id)
    meetings.update_meeting(
        social_worker,
        meeting_id,
        detail.version,
        detail.type_key,
        at(DAY, 13),
        at(DAY, 14),
        "Fritidsgården",
        [elsa.case_id],
    )
    moved = _events(calendar.export_ics(social_worker, [meeting_id]))[uid]
    assert int(moved["SEQUENCE"]) > int(before["SEQUENCE"])
    assert moved.decoded("DTSTART") == at(DAY, 13).replace(tzinfo=STOCKHOLM)
    assert str(moved["LOCATION"]) == "Fritidsgården"
    meetings.cancel_meeting(social_worker, meeting_id)
    cancelled = _events(calendar.export_ics(social_worker, [meeting_id]))[uid]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) > int(moved["SEQUENCE"])


def test_export_of_chosen_meetings_or_a_filter(social_worker, elsa, omar):
    hers = book(social_worker, [elsa.case_id], DAY)
    his = book(social_worker, [omar.case_id], DAY + timedelta(days=20))
    assert set(_events(calendar.export_ics(social_worker, [his]))) == {_uid(his)}
    in_period = calendar.export_ics(
        social_worker, meeting_filter=MeetingFilter(from_date=DAY, to_date=DAY)
    )
    assert set(_events(in_period)) == {_uid(hers)}
    with pytest.raises(NotFound):
        calendar.export_ics(social_worker, [hers, 4711])
    empty = icalendar.Calendar.from_ical(
        calendar.export_ics(social_worker, meeting_filter=MeetingFilter(type_key="network"))
    )
    assert empty.walk("VEVENT") == []


def test_export_costs_the_same_for_two_meetings_or_six(social_worker, elsa, omar):
    def cost():
        with statements(social_worker) as seen:
            events = _events(calendar.export_ics(social_worker))
        return len(events), len(seen)

    for n in range(6):
        book(social_worker, [elsa.case_id, omar.case_id][: 1 + n % 2], DAY + timedelta(days=n))
        if n == 1:
            two = cost()
    six = cost()
    assert (two[0], six[0]) == (2, 6)
    assert six[1] == two[1]
