"""Minutes by example: one case per item, agreed actions, approval locks, corrections."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from caseflow.domain.cases import ActivityStatus, Agency
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import (
    MENTIONS_OTHER_CASE,
    AgendaItem,
    AgreedAction,
    CaseNotOnAgenda,
    MeetingMinutes,
    MinutesItem,
    MinutesLocked,
    MinutesStatus,
    build_agenda,
    check_item_case,
    check_minutes_transition,
    default_meeting_types,
    draft_minutes,
    mention_warnings,
    minutes_for_case,
    next_date_for_case,
    other_case_mentions,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP
from tests.domain.test_meetings_helpers import (
    C1,
    C2,
    DAY,
    action,
    approved,
    item,
    meeting,
)

LATER = DAY + timedelta(days=3)


def draft(*items: MinutesItem) -> MeetingMinutes:
    minutes = MeetingMinutes(meeting())
    for i in items:
        minutes = minutes.add(i)
    return minutes


def shared_sitting() -> MeetingMinutes:
    """Three young people in one sitting, two items each, with distinct texts."""
    return draft(
        item(1, "Ettan: skolan går bra.", decisions="Ettan: fortsätt", actions=[action("Ettan A")]),
        item(2, "Tvåan: oro hemma.", actions=[action("Tvåan A", agency=Agency.POLICE)]),
        item(3, "Trean: ny fritidsaktivitet."),
        item(1, "Ettan: mentorn ringer.", next_date=date(2026, 3, 15)),
        item(2, "Tvåan: samtal med vårdnadshavare.", next_date=date(2026, 2, 15)),
        item(3, "Trean: inget nytt."),
    )


# -------------------------------------------------------------- agreed actions


def test_an_agreed_action() -> None:
    a = AgreedAction("  Ringa hem varje fredag\n", Agency.SCHOOL, " Johan  Holm ", date(2026, 2, 1))
    assert a.what == "Ringa hem varje fredag"
    assert a.responsible == "Johan Holm"
    assert a.status is ActivityStatus.PLANNED


def test_an_agreed_action_says_what() -> None:
    with pytest.raises(InvalidInput, match="Say what the agreed action is"):
        AgreedAction(" \n", Agency.SCHOOL, "Johan Holm", DAY)


@pytest.mark.parametrize("agency", list(Agency))
def test_an_agreed_action_names_the_responsible_person(agency: Agency) -> None:
    with pytest.raises(InvalidInput) as error:
        AgreedAction("Något", agency, "  ", DAY)
    assert str(error.value) == (
        f"Name the person responsible for the action at {agency.label.render()}."
    )


def test_an_action_is_not_due_before_the_meeting_that_agreed_it() -> None:
    action(due=DAY).check_due(DAY)
    action(due=DAY + timedelta(days=400)).check_due(DAY)
    with pytest.raises(InvalidInput) as error:
        action("Möte med skolan", due=DAY - timedelta(days=1)).check_due(DAY)
    assert str(error.value) == (
        "The action “Möte med skolan” is due 2026-01-14, before the meeting on "
        "2026-01-15 that agreed it."
    )


# ----------------------------------------------------------------------- items


def test_an_item_is_cleaned() -> None:
    i = MinutesItem(1, "  Sedan   förra\nmötet ", "  Rad ett\nRad två  ", "\n Beslut \n")
    assert i.heading == "Sedan förra mötet"
    assert i.notes == "Rad ett\nRad två"  # inner line breaks stay
    assert i.decisions == "Beslut"


def test_an_item_needs_a_heading() -> None:
    with pytest.raises(InvalidInput, match="needs a heading"):
        MinutesItem(1, "  ")


@pytest.mark.parametrize(
    ("fields", "empty"),
    [
        ({}, True),
        ({"notes": " \n "}, True),
        ({"notes": "x"}, False),
        ({"decisions": "x"}, False),
        ({"actions": (AgreedAction("x", Agency.SCHOOL, "y", DAY),)}, False),
        ({"next_date": DAY}, False),
    ],
)
def test_an_empty_item(fields: dict[str, object], empty: bool) -> None:
    assert MinutesItem(1, "Rubrik", **fields).is_empty is empty  # type: ignore[arg-type]


def test_an_items_texts_are_every_text_it_holds() -> None:
    i = item(
        2,
        "Anteckning",
        heading="Rubrik",
        decisions="Beslut",
        actions=[action("Gör", responsible="Ansvarig")],
    )
    assert i.texts() == ("Rubrik", "Anteckning", "Beslut", "Gör", "Ansvarig", "")


def test_an_item_refers_to_a_case_on_the_agenda() -> None:
    m = meeting(C1, C2)
    check_item_case(m, item(1))
    check_item_case(m, item(2))
    with pytest.raises(CaseNotOnAgenda):
        check_item_case(m, item(3))


# ----------------------------------------------------------- one case's part


def test_a_case_gets_its_own_items_only() -> None:
    minutes = shared_sitting()
    for case_id, name in ((1, "Ettan"), (2, "Tvåan"), (3, "Trean")):
        part = minutes_for_case(minutes.items, case_id)
        assert len(part) == 2
        assert all(i.case_id == case_id for i in part)
        text = " ".join(t for i in part for t in i.texts())
        others = {"Ettan", "Tvåan", "Trean"} - {name}
        assert name in text
        assert not any(other in text for other in others)
        assert minutes.for_case(case_id) == part


def test_a_case_gets_its_items_in_number_order_from_any_iterable() -> None:
    items = list(shared_sitting().items)
    part = minutes_for_case(reversed(items), 1)
    assert [i.number for i in part] == [1, 4]
    assert minutes_for_case(iter(items), 99) == ()
    assert minutes_for_case([], 1) == ()


def test_the_next_date_last_agreed_for_a_case() -> None:
    minutes = shared_sitting()
    assert next_date_for_case(minutes.items, 1) == date(2026, 3, 15)
    assert next_date_for_case(minutes.items, 2) == date(2026, 2, 15)
    assert next_date_for_case(minutes.items, 3) is None
    corrected = approved(minutes).correct(
        5, item(2, "Rättat datum", next_date=date(2026, 2, 20)), "Karin Lind", LATER
    )
    assert next_date_for_case(corrected.items, 2) == date(2026, 2, 20)


def test_a_cases_actions() -> None:
    minutes = shared_sitting()
    assert [a.what for a in minutes.actions(1)] == ["Ettan A"]
    assert [a.what for a in minutes.actions(3)] == []
    assert [a.what for a in minutes.actions()] == ["Ettan A", "Tvåan A"]


# ------------------------------------------------------------ state machine


def test_minutes_status_labels() -> None:
    assert MinutesStatus.DRAFT.label.render() == "Draft"
    assert MinutesStatus.APPROVED.label.render() == "Approved"
    assert not MinutesStatus.DRAFT.is_locked
    assert MinutesStatus.APPROVED.is_locked


@pytest.mark.parametrize(("old", "new"), list(itertools.product(MinutesStatus, repeat=2)))
def test_only_draft_to_approved(old: MinutesStatus, new: MinutesStatus) -> None:
    if (old, new) == (MinutesStatus.DRAFT, MinutesStatus.APPROVED):
        check_minutes_transition(old, new)
        return
    with pytest.raises(InvalidInput) as error:
        check_minutes_transition(old, new)
    message = str(error.value)
    if old is MinutesStatus.APPROVED and new is MinutesStatus.DRAFT:
        assert isinstance(error.value, MinutesLocked)
        assert "Add a correction instead" in message
    elif old is MinutesStatus.APPROVED:
        assert message == "The minutes are already approved."
    else:
        assert message == "The minutes are already a draft."


def test_new_minutes_are_an_empty_draft() -> None:
    minutes = MeetingMinutes(meeting())
    assert minutes.status is MinutesStatus.DRAFT
    assert not minutes.is_locked
    assert minutes.items == ()
    assert (minutes.approved_by, minutes.approved_on) == ("", None)


def test_adding_numbers_items_from_one() -> None:
    minutes = draft(item(1), item(2), replace(item(3), number=77))
    assert [i.number for i in minutes.items] == [1, 2, 3]
    assert [i.case_id for i in minutes.items] == [1, 2, 3]


def test_adding_returns_a_new_value() -> None:
    before = draft(item(1))
    after = before.add(item(2))
    assert len(before.items) == 1
    assert len(after.items) == 2


def test_an_item_for_a_case_not_on_the_agenda_is_refused() -> None:
    minutes = MeetingMinutes(meeting(C1, C2))
    with pytest.raises(CaseNotOnAgenda):
        minutes.add(item(3))


def test_an_item_with_an_action_due_before_the_meeting_is_refused() -> None:
    with pytest.raises(InvalidInput, match="before the meeting on 2026-01-15"):
        draft(item(1, actions=[action(due=DAY - timedelta(days=1))]))


@pytest.mark.parametrize("days", [-10, -1, 0])
def test_the_next_date_comes_after_the_meeting(days: int) -> None:
    with pytest.raises(InvalidInput, match=r"must be after this meeting \(2026-01-15\)"):
        draft(item(1, next_date=DAY + timedelta(days=days)))


def test_a_draft_cannot_hold_corrections() -> None:
    with pytest.raises(InvalidInput, match="Corrections are added to approved minutes"):
        draft(replace(item(1), corrects=1))
    with pytest.raises(InvalidInput, match="Corrections are added to approved minutes"):
        draft(item(1)).replace_item(1, replace(item(1), corrects=1))
    with pytest.raises(InvalidInput, match="Corrections are added to approved minutes"):
        draft(item(1)).correct(1, item(1), "Karin Lind", DAY)


def test_replacing_a_draft_item_keeps_its_number() -> None:
    minutes = draft(item(1), item(2), item(1))
    changed = minutes.replace_item(3, item(1, "Nytt innehåll"))
    assert [i.number for i in changed.items] == [1, 2, 3]
    assert changed.item(3).notes == "Nytt innehåll"
    assert changed.item(1) == minutes.item(1)


def test_an_item_cannot_move_to_another_case() -> None:
    minutes = draft(item(1), item(2))
    with pytest.raises(InvalidInput, match="cannot be moved to another case"):
        minutes.replace_item(1, item(2, "Går i skolan varje dag."))


def test_replacing_checks_the_new_content() -> None:
    minutes = draft(item(1))
    with pytest.raises(InvalidInput, match="before the meeting"):
        minutes.replace_item(1, item(1, actions=[action(due=date(2025, 1, 1))]))


def test_there_is_no_item_numbered_so() -> None:
    minutes = draft(item(1))
    for attempt in (
        lambda: minutes.item(9),
        lambda: minutes.replace_item(9, item(1)),
        lambda: minutes.remove(9),
        lambda: approved(minutes).correct(9, item(1), "Karin Lind", DAY),
    ):
        with pytest.raises(InvalidInput, match=r"The minutes have no item 9\."):
            attempt()


def test_removing_from_a_draft_never_reuses_numbers() -> None:
    minutes = draft(item(1), item(2), item(3)).remove(3).remove(1)
    assert [i.number for i in minutes.items] == [2]
    assert minutes.last_number == 3
    assert [i.number for i in minutes.add(item(1)).items] == [2, 4]


def test_a_loaded_draft_remembers_the_last_number_given() -> None:
    two = replace(item(2), number=2)
    assert MeetingMinutes(meeting(), (two,)).last_number == 2
    loaded = MeetingMinutes(meeting(), (two,), last_number=5)
    assert [i.number for i in loaded.add(item(1)).items] == [2, 6]
    # A stale counter never goes below the numbers in use.
    assert MeetingMinutes(meeting(), (two,), last_number=1).last_number == 2


def test_approval() -> None:
    minutes = approved(shared_sitting(), LATER)
    assert minutes.status is MinutesStatus.APPROVED
    assert minutes.is_locked
    assert minutes.approved_by == "Karin Lind"
    assert minutes.approved_on == LATER
    assert minutes.items == shared_sitting().items


def test_approval_on_the_meeting_day_but_not_before() -> None:
    assert approved(shared_sitting(), DAY).is_locked
    with pytest.raises(InvalidInput) as error:
        approved(shared_sitting(), DAY - timedelta(days=1))
    assert str(error.value) == (
        "Minutes can be approved on the day of the meeting (2026-01-15) or later."
    )


def test_approval_names_who_approves() -> None:
    with pytest.raises(InvalidInput, match="Say who approves the minutes"):
        shared_sitting().approve(" \t", DAY)
    assert shared_sitting().approve("  Karin   Lind ", DAY).approved_by == "Karin Lind"


def test_approval_needs_something_written() -> None:
    for minutes in (MeetingMinutes(meeting()), draft(MinutesItem(1, "Tom"))):
        with pytest.raises(InvalidInput, match="Write something in the minutes"):
            approved(minutes)
    # One item with content is enough; empty template headings may stay.
    assert approved(draft(MinutesItem(1, "Tom"), item(2))).is_locked


def test_approving_twice_is_refused() -> None:
    with pytest.raises(InvalidInput, match="already approved"):
        approved(approved(shared_sitting()))


def test_approved_minutes_do_not_change() -> None:
    minutes = approved(shared_sitting())
    attempts: tuple[Callable[[], object], ...] = (
        lambda: minutes.add(item(1)),
        lambda: minutes.replace_item(1, item(1, "Ändrat")),
        lambda: minutes.remove(1),
    )
    for attempt in attempts:
        with pytest.raises(MinutesLocked) as error:
            attempt()
        assert str(error.value) == (
            "The minutes are approved and locked. Add a correction instead: "
            "the original stays readable."
        )
    assert minutes == approved(shared_sitting())


# ---------------------------------------------------------------- corrections


def test_a_correction_is_a_new_linked_item() -> None:
    minutes = approved(shared_sitting())
    corrected = minutes.correct(2, item(2, "Rättelse: oron gäller skolan."), "Karin Lind", LATER)
    new = corrected.items[-1]
    assert new.number == 7
    assert new.corrects == 2
    assert new.is_correction
    assert (new.written_by, new.written_on) == ("Karin Lind", LATER)
    assert corrected.items[:-1] == minutes.items  # the original stays readable
    assert corrected.corrections_of(2) == (new,)
    assert corrected.corrections_of(1) == ()
    assert corrected.is_locked
    assert new in corrected.for_case(2)
    assert new not in corrected.for_case(1)


def test_a_correction_can_be_corrected() -> None:
    minutes = approved(shared_sitting())
    once = minutes.correct(1, item(1, "Första rättelsen"), "Karin Lind", LATER)
    twice = once.correct(7, item(1, "Andra rättelsen"), "Johan Holm", LATER)
    assert twice.item(8).corrects == 7
    assert [i.number for i in twice.for_case(1)] == [1, 4, 7, 8]


def test_a_correction_belongs_to_the_case_of_the_item_it_corrects() -> None:
    minutes = approved(shared_sitting())
    with pytest.raises(InvalidInput, match="same case as the item it corrects"):
        minutes.correct(1, item(2, "Fel ärende"), "Karin Lind", LATER)


def test_a_correction_says_something() -> None:
    with pytest.raises(InvalidInput, match="Write what the correction says"):
        approved(shared_sitting()).correct(1, MinutesItem(1, "Rättelse"), "Karin Lind", LATER)


def test_a_correction_says_who_wrote_it() -> None:
    with pytest.raises(InvalidInput, match="Say who writes the correction and when"):
        approved(shared_sitting()).correct(1, item(1), "  ", LATER)


def test_a_correction_is_not_dated_before_the_approval() -> None:
    minutes = approved(shared_sitting(), LATER)
    minutes.correct(1, item(1), "Karin Lind", LATER)
    with pytest.raises(InvalidInput, match=r"before the approval \(2026-01-18\)"):
        minutes.correct(1, item(1), "Karin Lind", LATER - timedelta(days=1))


def test_a_correction_follows_the_item_rules() -> None:
    minutes = approved(shared_sitting())
    with pytest.raises(InvalidInput, match="before the meeting"):
        minutes.correct(1, item(1, actions=[action(due=date(2025, 12, 1))]), "Karin Lind", DAY)
    with pytest.raises(InvalidInput, match="after this meeting"):
        minutes.correct(1, item(1, next_date=DAY), "Karin Lind", DAY)


def test_a_correction_may_add_a_forgotten_action() -> None:
    minutes = approved(shared_sitting()).correct(
        3, MinutesItem(3, "Rättelse", actions=(action("Glömd åtgärd"),)), "Karin Lind", LATER
    )
    assert [a.what for a in minutes.actions(3)] == ["Glömd åtgärd"]


# ----------------------------------------------------------------- invariants


def _approved_items() -> tuple[MinutesItem, ...]:
    return approved(shared_sitting()).correct(1, item(1), "Karin Lind", DAY).items


def test_loaded_minutes_are_checked() -> None:
    m = meeting()
    one, two = replace(item(1), number=1), replace(item(2), number=2)
    assert MeetingMinutes(m, (two, one)).items == (one, two)  # sorted by number
    with pytest.raises(ValueError, match="unique numbers"):
        MeetingMinutes(m, (one, one))
    with pytest.raises(ValueError, match="unique numbers"):
        MeetingMinutes(m, (replace(one, number=0),))
    with pytest.raises(CaseNotOnAgenda):
        MeetingMinutes(meeting(C1), (one, two))


def test_loaded_approval_is_checked() -> None:
    m, items = meeting(), _approved_items()
    ok = MeetingMinutes(m, items, MinutesStatus.APPROVED, "Karin Lind", DAY)
    assert ok.item(7).corrects == 1
    with pytest.raises(ValueError, match="approver"):
        MeetingMinutes(m, items[:1], MinutesStatus.APPROVED)
    with pytest.raises(ValueError, match="approver"):
        MeetingMinutes(m, items[:1], MinutesStatus.APPROVED, "Karin Lind")
    with pytest.raises(ValueError, match="approver"):
        MeetingMinutes(m, items[:1], MinutesStatus.DRAFT, "Karin Lind", DAY)


def test_loaded_corrections_are_checked() -> None:
    m, items = meeting(), _approved_items()
    fix = items[-1]
    base = items[:-1]

    def load(correction: MinutesItem, status: MinutesStatus = MinutesStatus.APPROVED) -> None:
        approver = ("Karin Lind", DAY) if status is MinutesStatus.APPROVED else ("", None)
        MeetingMinutes(m, (*base, correction), status, *approver)

    with pytest.raises(InvalidInput, match="Corrections are added to approved minutes"):
        load(fix, MinutesStatus.DRAFT)
    with pytest.raises(InvalidInput, match="no item 99"):
        load(replace(fix, corrects=99))
    with pytest.raises(ValueError, match="comes after the item it corrects"):
        load(replace(fix, number=100, corrects=100))
    with pytest.raises(InvalidInput, match="same case"):
        load(replace(fix, case_id=2))
    with pytest.raises(InvalidInput, match="who writes the correction"):
        load(replace(fix, written_by=""))
    with pytest.raises(InvalidInput, match="who writes the correction"):
        load(replace(fix, written_on=None))


# --------------------------------------------------------------- from agenda


def test_draft_minutes_from_the_agenda() -> None:
    m = meeting(C1, C2)
    sspf = default_meeting_types()[0]
    minutes = draft_minutes(m, build_agenda(sspf, m.cases))
    n = len(sspf.agenda_template)
    assert len(minutes.items) == 2 * n
    assert all(i.is_empty for i in minutes.items)
    assert [i.heading for i in minutes.for_case(2)] == [t.render() for t in sspf.agenda_template]
    assert draft_minutes(m).items == ()


def test_draft_minutes_keep_headings_in_the_language_they_were_written() -> None:
    from caseflow.domain.text import install_translator, reset_translator

    install_translator(
        lambda context, source: {"Safety and risk": "Säkerhet och risk"}.get(source, source)
    )
    try:
        minutes = draft_minutes(
            meeting(C1), [AgendaItem(1, QT_TRANSLATE_NOOP("Domain", "Safety and risk"))]
        )
    finally:
        reset_translator()
    assert minutes.items[0].heading == "Säkerhet och risk"


# ---------------------------------------------------------------- leak check

IDENTIFIERS = {
    1: ["Elsa Berg", "20100402-9802"],
    2: ["Noah Lindqvist", "201103159815"],
    3: ["Moa Åberg"],
}


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("Inget om andra.", ()),
        ("Noah Lindqvist var också där.", (2,)),
        ("noah  LINDQVIST\nvar där", (2,)),
        ("Sågs med Noah\nLindqvist.", (2,)),
        ("Noah Lindqvistsson är en annan person.", ()),
        ("Lindqvist-Noah", ()),
        ("Pn 201103159815 nämndes.", (2,)),
        ("Moa Åberg och Noah Lindqvist", (2, 3)),
        ("Elsa Berg själv", ()),  # the item's own young person is fine
    ],
)
def test_other_case_mentions(notes: str, expected: tuple[int, ...]) -> None:
    assert other_case_mentions(item(1, notes), IDENTIFIERS) == expected


def test_other_case_mentions_look_at_every_text_of_the_item() -> None:
    i = item(1, "", heading="Rubrik", actions=[action("Prata med Moa Åberg")])
    assert other_case_mentions(i, IDENTIFIERS) == (3,)
    assert other_case_mentions(item(1, decisions="Moa Åberg"), IDENTIFIERS) == (3,)


def test_too_short_or_empty_identifiers_are_ignored() -> None:
    assert other_case_mentions(item(1, "a b c"), {2: ["", "  ", "a", "b"]}) == ()


def test_mention_warnings_name_cases_by_number_only() -> None:
    m = meeting()
    warnings = mention_warnings(m, item(1, "Noah Lindqvist och Moa Åberg"), IDENTIFIERS)
    assert [w.source for w in warnings] == [MENTIONS_OTHER_CASE.source] * 2
    rendered = [w.render() for w in warnings]
    assert rendered[0] == (
        "This item about SSPF-2026-0041 seems to mention the young person of SSPF-2026-0042. "
        "What is said about one young person belongs in that person's file alone."
    )
    assert "SSPF-2026-0043" in rendered[1]
    assert not any("Noah" in r or "Moa" in r for r in rendered)
    # A case not on this meeting's agenda is not warned about.
    assert mention_warnings(meeting(C1, C2), item(1, "Moa Åberg"), IDENTIFIERS) == ()
