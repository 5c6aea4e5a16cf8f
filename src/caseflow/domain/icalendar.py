"""Meetings as iCalendar (RFC 5545), written by hand: no dependency.

What a calendar entry may say
-----------------------------
Calendars are shared, synced to phones and shown to delegates, so an entry
carries as little as the work needs: the meeting type and the case numbers
(SUMMARY), the place (LOCATION) and a fixed sentence that the rest is in
Caseflow (DESCRIPTION). A ``CalendarEvent`` has no field for a name or a
personnummer, so none can reach the file; participants are not listed
either. Entries are marked ``CLASS:PRIVATE`` so that clients that share
calendars show only that the time is taken.

Times
-----
Meetings are booked in Swedish wall-clock time, so DTSTART and DTEND are
written as that local time with ``TZID=Europe/Stockholm`` and the file
carries a VTIMEZONE with the EU summer-time rules (last Sunday of March
02:00 → 03:00, last Sunday of October 03:00 → 02:00, since 1996). Writing
UTC instead would mean converting with a time-zone database at export:
``zoneinfo`` needs the ``tzdata`` package on Windows, and a 09:00 meeting
must stay at 09:00 whatever the rules do. Outlook, Google and Apple
calendars all read a TZID with its VTIMEZONE. If the EU stops changing the
clocks, ``VTIMEZONE`` here is the one place to change. DTSTAMP is UTC, as
the RFC requires.

Lines
-----
TEXT values are escaped (backslash, semicolon, comma, newline), control
characters the RFC does not allow in TEXT are dropped, lines are folded at
75 octets without splitting a UTF-8 character, and every line ends in CRLF.
UIDs are ``meeting-{id}@caseflow.invalid``: stable for a meeting, so an
exported meeting imported again updates the entry (with a higher
``sequence`` when it changed), and on the reserved ``.invalid`` domain so
that no real host is named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from caseflow.domain.cases import CaseNumber
from caseflow.domain.meetings_core import Meeting
from caseflow.domain.meetings_types import MeetingTypeDef
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate

PRODID = "-//Caseflow//Caseflow meetings//EN"
TZID = "Europe/Stockholm"
UID_DOMAIN = "caseflow.invalid"
MAX_LINE_OCTETS = 75

SUMMARY = QT_TRANSLATE_NOOP("Domain", "{type}: {cases}")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Domain", "Cases: {cases}. The agenda, the participants and the minutes are in Caseflow."
)

# EU rules (CET/CEST) as Outlook and Google write them; DTSTART is local time.
VTIMEZONE: tuple[str, ...] = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarEvent:
    """What a calendar entry of a meeting may hold: no names, no personnummer.

    ``starts_at`` and ``ends_at`` are Swedish wall-clock times (naive).
    ``sequence`` counts the meeting's revisions (RFC 5545 SEQUENCE), so that
    a calendar that imported an earlier version takes the new one.
    """

    meeting_id: int
    meeting_type: Text | str
    case_numbers: tuple[CaseNumber, ...]
    place: str
    starts_at: datetime
    ends_at: datetime
    sequence: int = 0
    cancelled: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "case_numbers", tuple(self.case_numbers))
        if self.starts_at.tzinfo is not None or self.ends_at.tzinfo is not None:
            raise ValueError("calendar times are Swedish wall-clock times without a time zone")
        if self.ends_at <= self.starts_at:
            raise ValueError("a calendar event ends after it starts")
        if self.meeting_id < 1 or self.sequence < 0:
            raise ValueError("a calendar event needs a stored meeting and a sequence from 0")
        if not all(isinstance(number, CaseNumber) for number in self.case_numbers):
            raise TypeError("case_numbers holds CaseNumber values only")

    @property
    def uid(self) -> str:
        return meeting_uid(self.meeting_id)


def meeting_uid(meeting_id: int) -> str:
    """The stable UID of a meeting's calendar entry."""
    return f"meeting-{meeting_id}@{UID_DOMAIN}"


def calendar_event(
    meeting: Meeting,
    meeting_type: MeetingTypeDef | Text | str,
    *,
    sequence: int = 0,
    cancelled: bool = False,
) -> CalendarEvent:
    """The calendar entry of a stored meeting: its type's label, case numbers, place, times."""
    if meeting.id is None:
        raise ValueError("only a stored meeting has a stable calendar UID")
    label = meeting_type.label if isinstance(meeting_type, MeetingTypeDef) else meeting_type
    return CalendarEvent(
        meeting.id,
        label,
        meeting.case_numbers,
        meeting.place,
        meeting.starts_at,
        meeting.ends_at,
        sequence,
        cancelled,
    )


def meeting_to_ics(
    events: Iterable[CalendarEvent],
    *,
    stamp: datetime | None = None,
    translate: Translate | None = None,
) -> str:
    """An iCalendar file (text with CRLF line ends) holding one VEVENT per event.

    ``stamp`` is when the file is made (DTSTAMP; aware, default now); texts
    render through ``translate`` or the installed translator. Two events of
    one meeting are refused: their UIDs would clash.
    """
    stamp = datetime.now(UTC) if stamp is None else stamp
    if stamp.tzinfo is None:
        raise ValueError("the stamp must be an aware datetime")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *VTIMEZONE,
    ]
    seen: set[int] = set()
    for event in events:
        if event.meeting_id in seen:
            raise ValueError(f"meeting {event.meeting_id} is in the calendar twice")
        seen.add(event.meeting_id)
        lines.extend(_vevent(event, _utc(stamp), translate))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def _vevent(event: CalendarEvent, dtstamp: str, translate: Translate | None) -> list[str]:
    cases = ", ".join(str(number) for number in event.case_numbers)
    label = event.meeting_type
    summary = SUMMARY.format(type=label, cases=cases).render(translate)
    description = DESCRIPTION.format(cases=cases).render(translate)
    return [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{dtstamp}",
        f"DTSTART;TZID={TZID}:{_local(event.starts_at)}",
        f"DTEND;TZID={TZID}:{_local(event.ends_at)}",
        f"SUMMARY:{escape_text(summary)}",
        f"LOCATION:{escape_text(event.place)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"SEQUENCE:{event.sequence}",
        f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}",
        "CLASS:PRIVATE",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]


def _local(moment: datetime) -> str:
    # Written by hand: strftime("%Y") does not pad years before 1000 everywhere.
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    )


def _utc(moment: datetime) -> str:
    return _local(moment.astimezone(UTC).replace(tzinfo=None)) + "Z"


# -------------------------------------------------------------- TEXT values

# RFC 5545 TEXT allows HTAB but no other control character (CONTROL, 3.3.11);
# a newline is written as \n. Lone surrogates cannot be written in UTF-8.
_NOT_ALLOWED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_LINE_BREAK = re.compile(r"\r\n|\r")
_ESCAPED = re.compile(r"\\([\\;,nN])")


def clean_text(value: str) -> str:
    """``value`` as a TEXT value can hold it: line breaks as \\n, no other controls."""
    return _NOT_ALLOWED.sub("", _LINE_BREAK.sub("\n", value))


def escape_text(value: str) -> str:
    """A TEXT property value (RFC 5545, 3.3.11): \\\\, \\;, \\, and \\n escaped."""
    return (
        clean_text(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def unescape_text(value: str) -> str:
    """The text an escaped TEXT value stands for (the inverse of ``escape_text``)."""
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


# ------------------------------------------------------------------ folding


def fold_line(line: str, limit: int = MAX_LINE_OCTETS) -> str:
    """``line`` folded (RFC 5545, 3.1) so that no line exceeds ``limit`` octets in UTF-8.

    A continuation starts with one space, which counts; a character is never
    split between lines.
    """
    parts: list[str] = []
    current: list[str] = []
    size, room = 0, limit
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > room:
            parts.append("".join(current))
            current, size, room = [], 0, limit - 1
        current.append(char)
        size += octets
    parts.append("".join(current))
    return "\r\n ".join(parts)


def unfold(text: str) -> str:
    """Folded lines joined again: every CRLF followed by a space or a tab removed."""
    return re.sub(r"\r\n[ \t]", "", text)
