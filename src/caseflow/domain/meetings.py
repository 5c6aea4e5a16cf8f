"""Cross-agency meetings (möten): preparation, minutes, agreed actions, follow-ups.

Import everything from here; the parts live in ``meetings_types`` (meeting
types as data), ``meetings_core`` (the meeting, participants, agenda,
attendance), ``meetings_minutes`` (minutes and agreed actions),
``meetings_consent`` (the consent gate on participants),
``meetings_followup`` (follow-up dates, overdue rules, the follow-up record)
and ``meetings_preparation`` (the field assistant's summary). Calendar
export is ``caseflow.domain.icalendar``.

The rules in words
------------------
- **Types are data.** SSPF meeting, SIG coordination meeting, network
  meeting and follow-up meeting are built in (``MeetingType``); each type
  (``MeetingTypeDef``) has an agenda template and a checklist, and a
  municipality adds or rewrites types in configuration.
- **One case per item.** A local SSPF group takes several young people in
  one sitting. The agenda repeats the type's headings for each case, and
  every item of the minutes belongs to exactly one case on the agenda. The
  minutes hold no text outside the items (no meeting-wide notes), so
  ``minutes_for_case`` gives a case its part and nothing said about another
  young person (JO 523-2010: a child's file must not hold others' details).
  An item cannot be moved to another case, and a correction belongs to the
  case of the item it corrects. ``other_case_mentions`` warns when an item
  seems to name another case's young person.
- **Approval locks.** Minutes are a draft (change, add, remove items freely)
  until approved by a named person on or after the meeting day; from then
  on they are locked like a signed journal entry: corrections are new items
  that refer to the item they correct, and both stay readable.
- **Agreed actions** say what, which agency and which person is
  responsible, and by when; they are not due before the meeting that agreed
  them. The next meeting or follow-up date agreed for a case comes after the
  meeting.
- **Follow-ups** are due the programme's interval after the last one
  (``next_follow_up_date``), unless a meeting agreed another date
  (``follow_up_due``). Work is overdue the day after its due date while it
  is not done or cancelled (``is_overdue``). A follow-up records each open
  goal's status, the factors looked at afresh, and a summary.
- **The consent gate.** Recording that a party took part requires the party
  to be covered on the meeting date, by consent or a recorded legal ground,
  for every case it was present for (``check_participation``,
  ``check_attendance``); otherwise ``ParticipantNotCovered`` says why, with
  the consent rules' own reasons. Social services runs the case and is
  exempt. The preparation summary shows every invitee's coverage on the
  meeting date and warns about anyone not covered.
- **Times** are local wall-clock times in Sweden; a meeting ends the day it
  starts.
"""

from __future__ import annotations

from caseflow.domain.meetings_consent import (
    NOT_COVERED,
    NOT_COVERED_IN_CASE,
    OWN_AGENCIES,
    OWN_AGENCY_REASON,
    ParticipantNotCovered,
    check_attendance,
    check_participation,
    join_reasons,
    not_covered_text,
    participation_coverage,
)
from caseflow.domain.meetings_core import (
    AgendaItem,
    Attendance,
    CaseNotOnAgenda,
    Meeting,
    MeetingCase,
    Participant,
    attendance,
    build_agenda,
)
from caseflow.domain.meetings_followup import (
    FollowUpRecord,
    FollowUpStatus,
    GoalReview,
    Settles,
    Tracked,
    days_overdue,
    follow_up_due,
    is_overdue,
    next_follow_up_date,
    open_items,
    overdue,
)
from caseflow.domain.meetings_minutes import (
    MENTIONS_OTHER_CASE,
    AgreedAction,
    MeetingMinutes,
    MinutesItem,
    MinutesLocked,
    MinutesStatus,
    check_item_case,
    check_minutes_transition,
    draft_minutes,
    mention_warnings,
    minutes_for_case,
    next_date_for_case,
    other_case_mentions,
)
from caseflow.domain.meetings_preparation import (
    ACTIONS_OVERDUE,
    FOLLOW_UP_OVERDUE,
    INVITEE_NOT_COVERED,
    NO_FOLLOW_UP_YET,
    GoalSummary,
    InviteeCoverage,
    PreparationSummary,
    invitee_coverage,
    preparation_summary,
)
from caseflow.domain.meetings_types import (
    MeetingType,
    MeetingTypeDef,
    default_meeting_types,
    find_meeting_type,
    meeting_type_from_dict,
    meeting_type_to_dict,
    meeting_types_from_config,
)

__all__ = [
    "ACTIONS_OVERDUE",
    "FOLLOW_UP_OVERDUE",
    "INVITEE_NOT_COVERED",
    "MENTIONS_OTHER_CASE",
    "NOT_COVERED",
    "NOT_COVERED_IN_CASE",
    "NO_FOLLOW_UP_YET",
    "OWN_AGENCIES",
    "OWN_AGENCY_REASON",
    "AgendaItem",
    "AgreedAction",
    "Attendance",
    "CaseNotOnAgenda",
    "FollowUpRecord",
    "FollowUpStatus",
    "GoalReview",
    "GoalSummary",
    "InviteeCoverage",
    "Meeting",
    "MeetingCase",
    "MeetingMinutes",
    "MeetingType",
    "MeetingTypeDef",
    "MinutesItem",
    "MinutesLocked",
    "MinutesStatus",
    "Participant",
    "ParticipantNotCovered",
    "PreparationSummary",
    "Settles",
    "Tracked",
    "attendance",
    "build_agenda",
    "check_attendance",
    "check_item_case",
    "check_minutes_transition",
    "check_participation",
    "days_overdue",
    "default_meeting_types",
    "draft_minutes",
    "find_meeting_type",
    "follow_up_due",
    "invitee_coverage",
    "is_overdue",
    "join_reasons",
    "meeting_type_from_dict",
    "meeting_type_to_dict",
    "meeting_types_from_config",
    "mention_warnings",
    "minutes_for_case",
    "next_date_for_case",
    "next_follow_up_date",
    "not_covered_text",
    "open_items",
    "other_case_mentions",
    "overdue",
    "participation_coverage",
    "preparation_summary",
]
