"""Meeting types as data, the meeting value, participants, the agenda and attendance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from caseflow.domain.cases import Agency
from caseflow.domain.consent import Party
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import (
    AgendaItem,
    CaseNotOnAgenda,
    Meeting,
    MeetingCase,
    MeetingType,
    MeetingTypeDef,
    Participant,
    attendance,
    build_agenda,
    default_meeting_types,
    find_meeting_type,
    meeting_type_from_dict,
    meeting_type_to_dict,
    meeting_types_from_config,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from tests.domain.test_meetings_helpers import (
    C1,
    C2,
    DAY,
    END,
    FIELD_WORKER,
    MENTOR,
    N1,
    N2,
    N3,
    OFFICER,
    SCHOOL,
    START,
    meeting,
)

T = QT_TRANSLATE_NOOP

# ---------------------------------------------------------------------- types


def test_built_in_types_have_stable_keys_and_labels() -> None:
    assert [t.value for t in MeetingType] == ["sspf", "sig", "network", "follow_up"]
    assert [t.label.render() for t in MeetingType] == [
        "SSPF meeting",
        "SIG coordination meeting",
        "Network meeting",
        "Follow-up meeting",
    ]
    assert all(t.label.context == "Domain" for t in MeetingType)


def test_default_types_are_the_built_in_ones_in_menu_order() -> None:
    types = default_meeting_types()
    assert [t.key for t in types] == [t.value for t in MeetingType]
    assert [t.label for t in types] == [t.label for t in MeetingType]


@pytest.mark.parametrize("meeting_type", default_meeting_types(), ids=lambda t: t.key)
def test_every_default_type_has_an_agenda_and_a_checklist(meeting_type: MeetingTypeDef) -> None:
    assert meeting_type.agenda_template
    assert meeting_type.checklist
    texts = (*meeting_type.agenda_template, *meeting_type.checklist)
    assert all(isinstance(t, Text) and t.context == "Domain" for t in texts)
    assert all(t.render().strip() == t.render() and t.render() for t in texts)
    # Every meeting ends by agreeing when the case is looked at next.
    assert meeting_type.agenda_template[-1].render() == "Next meeting or follow-up"
    # Preparation always starts from the consent coverage of the invitees.
    assert meeting_type.checklist[0].render().startswith("Check that every invited party")


def test_default_types_are_fresh_values_each_time() -> None:
    assert default_meeting_types() == default_meeting_types()
    assert default_meeting_types() is not default_meeting_types()


@pytest.mark.parametrize(
    "key", ["", " ", "SSPF", "a b", "möte", "-start", "_start", "a" * 41, "a.b", "a/b"]
)
def test_meeting_type_keys_are_plain_lower_case(key: str) -> None:
    with pytest.raises(InvalidInput, match="key of lower-case letters"):
        MeetingTypeDef(key, T("Domain", "Label"), (T("Domain", "Item"),))


@pytest.mark.parametrize("key", ["a", "sspf", "sspf_2", "x-y", "0", "a" * 40])
def test_good_meeting_type_keys(key: str) -> None:
    assert MeetingTypeDef(f" {key} ", T("Domain", "L"), (T("Domain", "I"),)).key == key


def test_meeting_type_needs_a_label_and_non_empty_items() -> None:
    item = (T("Domain", "Item"),)
    with pytest.raises(InvalidInput, match="and a name"):
        MeetingTypeDef("x", T("Domain", "  "), item)
    with pytest.raises(InvalidInput, match="must not be empty"):
        MeetingTypeDef("x", T("Domain", "L"), (T("Domain", " "),))
    with pytest.raises(InvalidInput, match="must not be empty"):
        MeetingTypeDef("x", T("Domain", "L"), item, (T("Domain", ""),))
    with pytest.raises(InvalidInput, match="at least one agenda item"):
        MeetingTypeDef("x", T("Domain", "L"), ())


def test_meeting_type_sequences_become_tuples() -> None:
    t = MeetingTypeDef("x", T("Domain", "L"), [T("Domain", "I")], [T("Domain", "C")])  # type: ignore[arg-type]
    assert isinstance(t.agenda_template, tuple)
    assert isinstance(t.checklist, tuple)
    assert t.checklist == (T("Domain", "C"),)
    assert MeetingTypeDef("x", T("Domain", "L"), (T("Domain", "I"),)).checklist == ()


def test_find_meeting_type() -> None:
    types = default_meeting_types()
    found = find_meeting_type(types, "network")
    assert found is not None
    assert found.label.render() == "Network meeting"
    assert find_meeting_type(types, "nope") is None
    assert find_meeting_type((), "sspf") is None


@pytest.mark.parametrize("meeting_type", default_meeting_types(), ids=lambda t: t.key)
def test_types_round_trip_through_configuration(meeting_type: MeetingTypeDef) -> None:
    data = meeting_type_to_dict(meeting_type)
    assert data["key"] == meeting_type.key
    assert all(isinstance(v, str) for v in data["agenda"])
    assert meeting_type_from_dict(data) == meeting_type


def test_configured_texts_are_cleaned_and_translatable() -> None:
    t = meeting_type_from_dict(
        {"key": "gvi", "label": "  GVI-möte \n", "agenda": ["  Läget   nu "], "checklist": []}
    )
    assert t.label == Text("Domain", "GVI-möte")
    assert t.agenda_template == (Text("Domain", "Läget nu"),)
    assert meeting_type_from_dict({"key": "k", "label": "L", "agenda": ["I"]}).checklist == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"key": "k", "label": "L", "agenda": ["I"], "colour": "red"}, "Unknown meeting type"),
        ({"label": "L", "agenda": ["I"]}, "needs a key"),
        ({"key": "k", "agenda": ["I"]}, "needs a key"),
        ({"key": 3, "label": "L", "agenda": ["I"]}, "needs a key"),
        ({"key": "k", "label": "L"}, "at least one agenda item"),
        ({"key": "k", "label": "L", "agenda": []}, "at least one agenda item"),
        ({"key": "k", "label": "L", "agenda": "I"}, "must not be empty"),
        ({"key": "k", "label": "L", "agenda": ["I", 2]}, "must not be empty"),
        ({"key": "k", "label": "L", "agenda": ["I"], "checklist": [" "]}, "must not be empty"),
        ({"key": "K K", "label": "L", "agenda": ["I"]}, "needs a key"),
    ],
)
def test_bad_configuration_is_refused_with_a_message(data: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        meeting_type_from_dict(data)


def test_configuration_replaces_and_extends_the_built_in_types() -> None:
    assert meeting_types_from_config([]) == default_meeting_types()
    types = meeting_types_from_config(
        [
            {"key": "gvi_callin", "label": "GVI-samtal", "agenda": ["Budskapet"]},
            {"key": "sspf", "label": "SSPF-möte", "agenda": ["Läget", "Nästa möte"]},
        ]
    )
    assert [t.key for t in types] == ["sspf", "sig", "network", "follow_up", "gvi_callin"]
    assert [a.source for a in types[0].agenda_template] == ["Läget", "Nästa möte"]
    assert types[1] == default_meeting_types()[1]


def test_a_type_configured_twice_is_refused() -> None:
    item = {"key": "sig", "label": "SIG", "agenda": ["I"]}
    with pytest.raises(InvalidInput, match="The meeting type sig is configured twice"):
        meeting_types_from_config([item, item])


# ---------------------------------------------------------------- participants


def test_participant_fields_are_cleaned() -> None:
    p = Participant("  Johan   Holm ", Agency.SCHOOL, "  mentor \n i 8B ", SCHOOL)
    assert (p.name, p.role) == ("Johan Holm", "mentor i 8B")
    assert Participant("Johan Holm", Agency.SCHOOL, "", SCHOOL).role == ""


def test_participant_needs_a_name() -> None:
    with pytest.raises(InvalidInput, match="Enter the participant's name"):
        Participant(" \t", Agency.SCHOOL, "mentor", SCHOOL)


def test_participant_speaks_for_a_party_of_their_own_agency() -> None:
    with pytest.raises(InvalidInput) as error:
        Participant("Sara Ek", Agency.POLICE, "kontaktpolis", SCHOOL)
    assert str(error.value) == (
        "Sara Ek is from Police but is to speak for Vasaskolan: choose a party of their own agency."
    )


def test_participants_compare_by_value_and_party_ignores_case() -> None:
    a = Participant("Johan Holm", Agency.SCHOOL, "mentor", Party(Agency.SCHOOL, "VASASKOLAN"))
    assert a == MENTOR
    assert hash(a) == hash(MENTOR)


# -------------------------------------------------------------------- meetings


def test_a_shared_sitting() -> None:
    m = meeting()
    assert m.date == DAY
    assert m.case_ids == (1, 2, 3)
    assert m.case_numbers == (N1, N2, N3)
    assert m.is_shared
    assert not meeting(C2).is_shared
    assert m.case(2) == C2
    assert m.place == "Socialkontoret, rum 3"


def test_a_case_listed_twice_is_on_the_agenda_once() -> None:
    m = meeting(C1, C2, MeetingCase(1, N3), C1)
    assert m.cases == (C1, C2)


def test_invitees_listed_twice_are_invited_once() -> None:
    m = meeting(invitees=(MENTOR, OFFICER, MENTOR))
    assert m.invitees == (MENTOR, OFFICER)


def test_a_case_not_on_the_agenda() -> None:
    with pytest.raises(CaseNotOnAgenda) as error:
        meeting(C1).case(2)
    assert isinstance(error.value, InvalidInput)
    assert "not on the meeting's agenda" in str(error.value)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"type_key": "  "}, "Choose the type of meeting"),
        ({"place": " \n "}, "Enter where the meeting is held"),
        ({"end": START}, "must end after it starts"),
        ({"end": START - timedelta(minutes=1)}, "must end after it starts"),
        ({"end": START + timedelta(days=1)}, "must end on the day it starts"),
        ({"start": START.replace(hour=22), "end": END.replace(day=16, hour=0)}, "on the day"),
    ],
)
def test_meeting_rules(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        meeting(**changes)  # type: ignore[arg-type]


def test_a_meeting_needs_a_case() -> None:
    with pytest.raises(InvalidInput, match="at least one case"):
        Meeting("sspf", START, END, "Rum 3", ())


def test_meeting_times_are_local_wall_clock_times() -> None:
    with pytest.raises(ValueError, match="wall-clock"):
        meeting(start=START.replace(tzinfo=UTC), end=END.replace(tzinfo=UTC))
    with pytest.raises(ValueError, match="wall-clock"):
        meeting(end=END.replace(tzinfo=UTC))


def test_meeting_fields_are_cleaned() -> None:
    m = meeting(type_key=" sspf ", place="  Vasaskolan,\n  rum 12 ")
    assert m.type_key == "sspf"
    assert m.place == "Vasaskolan, rum 12"


def test_a_one_minute_meeting_at_the_end_of_the_day() -> None:
    m = meeting(start=datetime(2026, 1, 15, 23, 58), end=datetime(2026, 1, 15, 23, 59))
    assert m.date == DAY


# ---------------------------------------------------------------------- agenda


def test_agenda_takes_one_young_person_at_a_time() -> None:
    sspf = default_meeting_types()[0]
    agenda = build_agenda(sspf, meeting().cases)
    n = len(sspf.agenda_template)
    assert len(agenda) == 3 * n
    assert [a.case_id for a in agenda] == [1] * n + [2] * n + [3] * n
    assert [a.heading for a in agenda[:n]] == list(sspf.agenda_template)
    assert [a.heading for a in agenda[n:]] == list(sspf.agenda_template) * 2


def test_agenda_of_no_cases_is_empty() -> None:
    assert build_agenda(default_meeting_types()[0], ()) == ()


def test_agenda_headings_render_in_the_users_language() -> None:
    assert AgendaItem(1, T("Domain", "Safety and risk")).render() == "Safety and risk"
    assert AgendaItem(1, "Egen rubrik").render() == "Egen rubrik"
    swedish = AgendaItem(1, T("Domain", "Safety and risk")).heading
    assert isinstance(swedish, Text)
    assert swedish.render(lambda c, s: "Säkerhet och risk") == "Säkerhet och risk"


# ------------------------------------------------------------------ attendance


def test_attendance_covers_every_case_by_default() -> None:
    m = meeting()
    assert attendance(m, MENTOR).case_ids == (1, 2, 3)
    assert attendance(m, MENTOR).participant == MENTOR


def test_attendance_for_some_cases_keeps_agenda_order() -> None:
    m = meeting()
    assert attendance(m, OFFICER, [3, 1, 3]).case_ids == (1, 3)


def test_attendance_only_for_cases_on_the_agenda() -> None:
    with pytest.raises(CaseNotOnAgenda):
        attendance(meeting(C1, C2), FIELD_WORKER, [1, 3])


def test_attendance_needs_a_case() -> None:
    with pytest.raises(InvalidInput, match="present for"):
        attendance(meeting(), FIELD_WORKER, [])
