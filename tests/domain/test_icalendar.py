"""iCalendar export: the exact text, escaping, folding, and a real parser reading it back."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseflow.domain.cases import CaseNumber
from caseflow.domain.icalendar import (
    DESCRIPTION,
    MAX_LINE_OCTETS,
    SUMMARY,
    TZID,
    CalendarEvent,
    calendar_event,
    clean_text,
    escape_text,
    fold_line,
    meeting_to_ics,
    meeting_uid,
    unescape_text,
    unfold,
)
from caseflow.domain.meetings import MeetingType, Participant, default_meeting_types
from caseflow.domain.personnummer import Sex
from caseflow.domain.programmes import Programme
from caseflow.domain.test_identities import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    SURNAMES,
    generate_name,
    generate_personnummer,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP
from tests.domain.test_meetings_helpers import INVITEES, N1, N2, meeting

STAMP = datetime(2026, 1, 10, 8, 30, 15, tzinfo=UTC)
PERSONNUMMER = re.compile(r"\d{6,8}[-+]?\d{4}")
WINTER = CalendarEvent(
    42,
    MeetingType.SSPF.label,
    (N1, N2),
    "Socialkontoret, rum 3",
    datetime(2026, 1, 15, 9, 0),
    datetime(2026, 1, 15, 11, 30),
)
SUMMER = CalendarEvent(
    43,
    MeetingType.SIG.label,
    (CaseNumber(Programme.SIG, 2026, 7),),
    "Vasaskolan; matsalen",
    datetime(2026, 6, 2, 13, 0),
    datetime(2026, 6, 2, 14, 0),
    sequence=3,
    cancelled=True,
)

EXPECTED = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Caseflow//Caseflow meetings//EN\r\n"
    "CALSCALE:GREGORIAN\r\n"
    "METHOD:PUBLISH\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Stockholm\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "TZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:meeting-42@caseflow.invalid\r\n"
    "DTSTAMP:20260110T083015Z\r\n"
    "DTSTART;TZID=Europe/Stockholm:20260115T090000\r\n"
    "DTEND;TZID=Europe/Stockholm:20260115T113000\r\n"
    "SUMMARY:SSPF meeting: SSPF-2026-0041\\, SSPF-2026-0042\r\n"
    "LOCATION:Socialkontoret\\, rum 3\r\n"
    "DESCRIPTION:Cases: SSPF-2026-0041\\, SSPF-2026-0042. The agenda\\, the partic\r\n"
    " ipants and the minutes are in Caseflow.\r\n"
    "SEQUENCE:0\r\n"
    "STATUS:CONFIRMED\r\n"
    "CLASS:PRIVATE\r\n"
    "TRANSP:OPAQUE\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def physical_lines(ics: str) -> list[str]:
    assert ics.endswith("\r\n")
    return ics[:-2].split("\r\n")


def content_lines(ics: str) -> list[str]:
    return unfold(ics)[:-2].split("\r\n")


def properties(ics: str, name: str) -> list[str]:
    """The raw (escaped) values of property ``name`` in the VEVENTs, in order."""
    prefix = re.compile(rf"{name}(;[^:]*)?:")
    found, inside = [], False
    for line in content_lines(ics):
        inside = line == "BEGIN:VEVENT" or (inside and line != "END:VEVENT")
        if inside and prefix.match(line):
            found.append(prefix.sub("", line, count=1))
    return found


# ------------------------------------------------------------- exact output


def test_the_exact_file_for_one_meeting() -> None:
    assert meeting_to_ics([WINTER], stamp=STAMP) == EXPECTED


def test_every_line_ends_in_crlf_and_no_bare_line_feed_or_return() -> None:
    ics = meeting_to_ics([WINTER, SUMMER], stamp=STAMP)
    assert "\n" not in ics.replace("\r\n", "")
    assert "\r" not in ics.replace("\r\n", "")


def test_one_vevent_per_meeting_in_the_order_given() -> None:
    ics = meeting_to_ics([SUMMER, WINTER], stamp=STAMP)
    assert ics.count("BEGIN:VEVENT") == ics.count("END:VEVENT") == 2
    assert properties(ics, "UID") == ["meeting-43@caseflow.invalid", "meeting-42@caseflow.invalid"]
    assert ics.count("BEGIN:VTIMEZONE") == 1
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert ics.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_cancelled_and_revised_meetings() -> None:
    ics = meeting_to_ics([SUMMER], stamp=STAMP)
    assert properties(ics, "STATUS") == ["CANCELLED"]
    assert properties(ics, "SEQUENCE") == ["3"]
    assert properties(ics, "SUMMARY") == ["SIG coordination meeting: SIG-2026-0007"]
    assert properties(ics, "LOCATION") == ["Vasaskolan\\; matsalen"]


def test_an_empty_calendar_still_holds_a_component() -> None:
    # RFC 5545 wants at least one component: the VTIMEZONE is always there.
    ics = meeting_to_ics([], stamp=STAMP)
    assert "BEGIN:VTIMEZONE" in ics
    assert "VEVENT" not in ics


def test_uids_are_stable_and_name_no_real_host() -> None:
    assert meeting_uid(42) == "meeting-42@caseflow.invalid"
    assert WINTER.uid == meeting_uid(42)
    first = meeting_to_ics([WINTER], stamp=STAMP)
    again = meeting_to_ics([WINTER], stamp=STAMP + timedelta(days=30))
    assert properties(first, "UID") == properties(again, "UID")
    assert properties(first, "DTSTAMP") != properties(again, "DTSTAMP")


def test_a_meeting_is_in_the_calendar_once() -> None:
    with pytest.raises(ValueError, match="meeting 42 is in the calendar twice"):
        meeting_to_ics([WINTER, WINTER], stamp=STAMP)


def test_dtstamp_is_utc() -> None:
    plus_two = datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    assert properties(meeting_to_ics([WINTER], stamp=plus_two), "DTSTAMP") == ["20260601T100000Z"]
    winter_time = datetime(2026, 1, 10, 9, 30, 15, tzinfo=timezone(timedelta(hours=1)))
    assert properties(meeting_to_ics([WINTER], stamp=winter_time), "DTSTAMP") == [
        "20260110T083015Z"
    ]
    with pytest.raises(ValueError, match="aware"):
        meeting_to_ics([WINTER], stamp=datetime(2026, 1, 1))


def test_dtstamp_defaults_to_now() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    (stamp,) = properties(meeting_to_ics([WINTER]), "DTSTAMP")
    after = datetime.now(UTC)
    written = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert before <= written <= after


def test_local_times_are_written_as_given_with_their_zone() -> None:
    ics = meeting_to_ics([SUMMER], stamp=STAMP)
    assert properties(ics, "DTSTART") == ["20260602T130000"]
    assert f"DTSTART;TZID={TZID}:20260602T130000" in content_lines(ics)
    event = CalendarEvent(
        1, "X", (N1,), "Y", datetime(999, 1, 2, 3, 4, 5, 999), datetime(999, 1, 2, 4, 0)
    )
    assert properties(meeting_to_ics([event], stamp=STAMP), "DTSTART") == ["09990102T030405"]


def test_texts_render_in_the_users_language() -> None:
    swedish = {
        SUMMARY.source: "{type}: {cases}",
        MeetingType.SSPF.label.source: "SSPF-möte",
        DESCRIPTION.source: "Ärenden: {cases}. Allt annat finns i Caseflow.",
    }
    ics = meeting_to_ics([WINTER], stamp=STAMP, translate=lambda c, s: swedish.get(s, s))
    assert properties(ics, "SUMMARY") == ["SSPF-möte: SSPF-2026-0041\\, SSPF-2026-0042"]
    assert unescape_text(properties(ics, "DESCRIPTION")[0]).startswith("Ärenden: SSPF-2026-0041")


# ----------------------------------------------------------- the event value


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"starts_at": datetime(2026, 1, 15, 9, tzinfo=UTC)}, "wall-clock"),
        ({"ends_at": datetime(2026, 1, 15, 12, tzinfo=UTC)}, "wall-clock"),
        ({"ends_at": datetime(2026, 1, 15, 9, 0)}, "ends after it starts"),
        ({"meeting_id": 0}, "stored meeting"),
        ({"sequence": -1}, "sequence from 0"),
    ],
)
def test_calendar_event_rules(changes: dict[str, object], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        replace(WINTER, **changes)  # type: ignore[arg-type]


def test_a_calendar_event_holds_case_numbers_never_names() -> None:
    with pytest.raises(TypeError, match="CaseNumber values only"):
        replace(WINTER, case_numbers=("Elsa Berg",))  # type: ignore[arg-type]
    assert replace(WINTER, case_numbers=[N1]).case_numbers == (N1,)  # type: ignore[arg-type]


def test_calendar_event_from_a_meeting() -> None:
    m = meeting()
    sspf = default_meeting_types()[0]
    event = calendar_event(m, sspf, sequence=2)
    assert event == CalendarEvent(
        10, sspf.label, m.case_numbers, m.place, m.starts_at, m.ends_at, 2
    )
    assert calendar_event(m, "Eget möte", cancelled=True).meeting_type == "Eget möte"
    assert calendar_event(m, sspf.label).cancelled is False
    with pytest.raises(ValueError, match="stored meeting"):
        calendar_event(meeting(meeting_id=None), sspf)


# -------------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("", ""),
        ("Rum 3", "Rum 3"),
        ("a,b", "a\\,b"),
        ("a;b", "a\\;b"),
        ("a\\b", "a\\\\b"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\nb"),
        ("a\rb", "a\\nb"),
        ("a\n\nb", "a\\n\\nb"),
        ("literal \\n", "literal \\\\n"),
        ("\\,", "\\\\\\,"),
        ("tab\there", "tab\there"),
        ("bell\x07 nul\x00 esc\x1b del\x7f", "bell nul esc del"),
        ('kolon: "citat"', 'kolon: "citat"'),
        ("Åsa Öberg – café", "Åsa Öberg – café"),
    ],
)
def test_escape_text(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped


@pytest.mark.parametrize(
    ("escaped", "text"),
    [
        ("a\\Nb", "a\nb"),
        ("a\\nb", "a\nb"),
        ("a\\xb", "a\\xb"),
        ("end\\", "end\\"),
        ("\\\\n", "\\n"),
    ],
)
def test_unescape_text(escaped: str, text: str) -> None:
    assert unescape_text(escaped) == text


any_text = st.text(max_size=300)
no_controls = st.text(
    st.characters(blacklist_categories=["Cs", "Cc"]) | st.just("\n") | st.just("\t"),
    max_size=300,
)


@given(any_text)
def test_any_text_round_trips_as_a_text_value_can_hold_it(text: str) -> None:
    assert unescape_text(escape_text(text)) == clean_text(text)


@given(no_controls)
def test_text_without_control_characters_round_trips_exactly(text: str) -> None:
    assert unescape_text(escape_text(text)) == text


@given(any_text)
def test_escaped_text_has_no_bare_special_characters(text: str) -> None:
    escaped = escape_text(text)
    assert "\n" not in escaped and "\r" not in escaped
    # Remove the escape pairs: no backslash, comma or semicolon may remain.
    rest = re.sub(r"\\[\\;,n]", "", escaped)
    assert not set(rest) & {"\\", ";", ","}
    assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", escaped)
    escaped.encode("utf-8")  # never a lone surrogate


# --------------------------------------------------------------------- folding


def test_a_line_of_75_octets_is_not_folded() -> None:
    assert fold_line("x" * 75) == "x" * 75
    assert fold_line("") == ""


def test_a_long_ascii_line_folds_at_75_then_74_plus_the_space() -> None:
    folded = fold_line("x" * 200)
    assert folded.split("\r\n") == ["x" * 75, " " + "x" * 74, " " + "x" * 51]


@pytest.mark.parametrize("char", ["ö", "€", "😀", "a\u0308"])
def test_folding_never_splits_a_character(char: str) -> None:
    for prefix in range(0, 8):
        line = "x" * prefix + char * 60
        folded = fold_line(line)
        for physical in folded.split("\r\n"):
            encoded = physical.encode("utf-8")
            assert len(encoded) <= MAX_LINE_OCTETS
            encoded.decode("utf-8")  # each line is whole UTF-8 on its own
        assert unfold(folded) == line


def test_folding_fills_lines_as_far_as_a_character_fits() -> None:
    # 37 two-octet letters fill 74 octets; the 38th would make 76.
    folded = fold_line("ö" * 40).split("\r\n")
    assert [len(p.encode()) for p in folded] == [74, 7]


@given(
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=400)
)
def test_any_line_folds_and_unfolds(line: str) -> None:
    folded = fold_line(line)
    physical = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= MAX_LINE_OCTETS for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert all(len(p) > 1 for p in physical[1:])  # no empty continuation
    assert unfold(folded) == line


@given(st.text(max_size=300), st.text(max_size=300))
def test_every_physical_line_of_a_file_is_short_and_whole(place: str, label: str) -> None:
    event = CalendarEvent(
        1, label, (N1,), place, datetime(2026, 1, 15, 9), datetime(2026, 1, 15, 10)
    )
    ics = meeting_to_ics([event], stamp=STAMP)
    for physical in physical_lines(ics):
        encoded = physical.encode("utf-8")
        assert len(encoded) <= MAX_LINE_OCTETS
        encoded.decode("utf-8")
    assert properties(ics, "LOCATION") == [escape_text(place)]
    assert unescape_text(properties(ics, "LOCATION")[0]) == clean_text(place)


# -------------------------------------------------------------- no identities


def _people(seed: int) -> tuple[list[str], list[str]]:
    """Invented names and test personnummer (in every written form) of six young people."""
    rng = random.Random(seed)
    names, numbers = [], []
    sexes: tuple[Sex, ...] = ("female", "male")
    for sex in sexes * 3:
        first, last = generate_name(rng, sex)
        names.append(f"{first} {last}")
        birth = date(2008, 1, 1) + timedelta(days=rng.randrange(3650))
        number = generate_personnummer(rng, birth, sex)
        numbers += [number.long(), number.short(date(2026, 1, 1)), number.digits12()]
    return names, numbers


@settings(max_examples=50)
@given(st.integers(0, 10**6), st.lists(st.integers(1, 10**7), min_size=1, max_size=6, unique=True))
def test_no_name_or_personnummer_reaches_summary_or_description(
    seed: int, serials: list[int]
) -> None:
    names, numbers = _people(seed)
    invitees = [
        Participant(name, p.agency, p.role, p.party)
        for name, p in zip(names, INVITEES, strict=False)
    ]
    numbers_ = [CaseNumber(Programme.SSPF, 2026, s) for s in serials]
    m = meeting(invitees=invitees)
    events = [
        CalendarEvent(i + 1, t.label, tuple(numbers_), "Rum 3", m.starts_at, m.ends_at)
        for i, t in enumerate(default_meeting_types())
    ]
    ics = meeting_to_ics(events, stamp=STAMP)
    shown = [
        unescape_text(v) for v in (*properties(ics, "SUMMARY"), *properties(ics, "DESCRIPTION"))
    ]
    for value in shown:
        assert not PERSONNUMMER.search(value), value
    whole = unfold(ics)
    for name in names:
        assert name not in whole
        assert name.split()[0] not in whole
    assert not any(number in whole for number in numbers)


def test_first_names_are_not_words_of_the_fixed_texts() -> None:
    # The check above would be blind if a first name were part of our own sentences.
    fixed = SUMMARY.source + DESCRIPTION.source + "".join(t.label.source for t in MeetingType)
    words = set(re.findall(r"\w+", fixed))
    assert not words & set(FEMALE_FIRST_NAMES + MALE_FIRST_NAMES + SURNAMES)


# ------------------------------------------------------------ a real parser


def parse(ics: str) -> Any:
    """The file as the icalendar package reads it (the test is skipped without it)."""
    icalendar = pytest.importorskip("icalendar")
    return icalendar.Calendar.from_ical(ics)


def test_a_real_parser_reads_the_file_back() -> None:
    calendar = parse(meeting_to_ics([WINTER, SUMMER], stamp=STAMP))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Caseflow//Caseflow meetings//EN"
    winter, summer = calendar.walk("VEVENT")
    assert str(winter["UID"]) == "meeting-42@caseflow.invalid"
    assert str(winter["SUMMARY"]) == "SSPF meeting: SSPF-2026-0041, SSPF-2026-0042"
    assert str(winter["LOCATION"]) == "Socialkontoret, rum 3"
    assert str(winter["DESCRIPTION"]) == (
        "Cases: SSPF-2026-0041, SSPF-2026-0042. The agenda, the participants and the minutes "
        "are in Caseflow."
    )
    assert winter.decoded("DTSTAMP") == STAMP
    stockholm = ZoneInfo("Europe/Stockholm")
    start = winter.decoded("DTSTART")
    assert start.replace(tzinfo=None) == datetime(2026, 1, 15, 9, 0)
    assert start.utcoffset() == timedelta(hours=1)
    assert start == datetime(2026, 1, 15, 9, 0, tzinfo=stockholm)
    assert winter.decoded("DTEND") == datetime(2026, 1, 15, 11, 30, tzinfo=stockholm)
    assert summer.decoded("DTSTART").utcoffset() == timedelta(hours=2)
    assert str(summer["LOCATION"]) == "Vasaskolan; matsalen"
    assert str(summer["STATUS"]) == "CANCELLED"
    assert int(summer["SEQUENCE"]) == 3
    assert str(summer["CLASS"]) == "PRIVATE"


def test_our_vtimezone_is_stockholms_time() -> None:
    """The VTIMEZONE alone (not the parser's own zone data) gives Sweden's offsets."""
    (component,) = parse(meeting_to_ics([], stamp=STAMP)).walk("VTIMEZONE")
    ours = component.to_tz(lookup_tzid=False)
    real = ZoneInfo("Europe/Stockholm")
    moments = []
    for year in range(1997, 2040):
        for month in (3, 10):
            last_sunday = max(
                date(year, month, day)
                for day in range(25, 32)
                if date(year, month, day).weekday() == 6
            )
            # Around the change (01:00 UTC on that Sunday): every 15 minutes, and hourly
            # from the day before to the day after.
            change = datetime.combine(last_sunday, datetime.min.time(), UTC) + timedelta(hours=1)
            moments += [change + timedelta(minutes=15 * k) for k in range(-8, 9)]
            moments += [change + timedelta(hours=k) for k in range(-25, 26)]
        moments += [datetime(year, m, 15, 12, tzinfo=UTC) for m in range(1, 13)]
    wrong = [t for t in moments if t.astimezone(ours).utcoffset() != t.astimezone(real).utcoffset()]
    assert wrong == []


@settings(max_examples=200)
@given(
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=200),
    st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=80),
)
def test_a_real_parser_reads_any_place_and_label_back(place: str, label: str) -> None:
    event = CalendarEvent(
        5, label, (N1,), place, datetime(2026, 3, 29, 9), datetime(2026, 3, 29, 10)
    )
    (parsed,) = parse(meeting_to_ics([event], stamp=STAMP)).walk("VEVENT")
    assert str(parsed["LOCATION"]) == clean_text(place)
    assert str(parsed["SUMMARY"]) == clean_text(f"{label}: SSPF-2026-0041")


def test_a_translated_label_reaches_the_parser() -> None:
    label = QT_TRANSLATE_NOOP("Domain", "Network meeting")
    event = CalendarEvent(
        6, label, (N1,), "Hemma", datetime(2026, 3, 29, 9), datetime(2026, 3, 29, 10)
    )
    ics = meeting_to_ics(
        [event], stamp=STAMP, translate=lambda c, s: {"Network meeting": "Nätverksmöte"}.get(s, s)
    )
    (parsed,) = parse(ics).walk("VEVENT")
    assert str(parsed["SUMMARY"]) == "Nätverksmöte: SSPF-2026-0041"
