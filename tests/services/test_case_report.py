"""The case follow-up report through the services, on a real encrypted database.

One case with everything a follow-up report shows: a mapping and two
follow-ups (factors over time), a plan with goals and activities of three
agencies, a shared meeting with approved minutes and agreed actions, a draft
meeting, consents for the school and leisure, none for the police, journal
entries, and a second young person on the same meeting whose minutes must
never leak in.
"""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from caseflow.domain.accounts import Role
from caseflow.domain.assessment import FactorPresence, LifeDomain
from caseflow.domain.cases import (
    ActivityStatus,
    Agency,
    CaseStatus,
    GoalStatus,
    JournalEntryType,
    ReferralSource,
)
from caseflow.domain.errors import InvalidInput, PermissionDenied
from caseflow.domain.meetings import GoalReview
from caseflow.domain.programmes import Programme
from caseflow.services import (
    access,
    assessments,
    case_report,
    cases,
    consent,
    follow_ups,
    journal,
    meetings,
    minutes,
    people,
    plans,
)
from caseflow.services.assessments import FactorEntry
from caseflow.services.case_report import NotCovered, parse_recipient
from caseflow.services.cases import AgencyView
from caseflow.services.consent import Party
from caseflow.services.minutes import ActionInput, ItemInput
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.validation import NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.models import JournalEntry, Person
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.helpers import add_user, login, pnr_in_test_range, put_settings

TODAY = date.today()
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)
LEISURE = Party(Agency.LEISURE, "Fritidsgården Ugglan")

# Free text that only the case file's copy may hold.
REFERRAL_REASON = "Skolan oroar sig för frånvaro och nya kamrater"
MEETING_NOTES = "Mötesanteckning: Elsa berättade om bråk med en granne"
DECISION = "Beslut: fortsatt samordning i SSPF"
FOLLOW_UP_SUMMARY = "Uppföljning: närvaron har blivit bättre sedan mentorssamtalen"
GOAL_NOTE = "Notering om målet: tre sena ankomster"
FACTOR_COMMENT = "Kommentar om kamraterna i centrum"
PHONE = "070-555 12 34"
ADDRESS = "Storgatan 12, 123 45 Exempelstad"
# The other young person on the same sitting.
OTHER_NOTES = "Anteckning om Kalle Ström som aldrig får synas i Elsas rapport"


@dataclass(frozen=True)
class Story:
    case_id: int
    case_number: str
    other_case_id: int
    person_id: int
    mother: int
    father: int
    approved_meeting: int
    draft_meeting: int


def _person(workspace, first, last, born, serial, **extra) -> int:
    return people.register_person(
        workspace, PersonInput(first, last, pnr_in_test_range(born, serial), **extra)
    ).person_id


def _open(workspace, person, referred) -> int:
    case = cases.open_case(
        workspace, person, Programme.SSPF, referred, ReferralSource.SCHOOL, REFERRAL_REASON
    ).case_id
    cases.change_status(workspace, case, CaseStatus.MAPPING, referred)
    cases.change_status(workspace, case, CaseStatus.ACTIVE, referred + timedelta(days=5))
    return case


def _factors(**presence: FactorPresence) -> dict[str, FactorEntry]:
    return {key.replace("__", "."): FactorEntry(value) for key, value in presence.items()}


def _build(workspace) -> Story:
    born = TODAY.replace(year=TODAY.year - 15) - timedelta(days=40)
    person = _person(
        workspace,
        "Elsa",
        "Ek",
        born,
        986,
        phone=PHONE,
        address=ADDRESS,
        school="Vasaskolan",
        school_class="9B",
    )
    mother = people.add_guardian(workspace, person, GuardianInput("Maria Ek", phone="070-1"))
    father = people.add_guardian(workspace, person, GuardianInput("Jonas Ek"))
    referred = TODAY - timedelta(days=120)
    case = _open(workspace, person, referred)
    cases.set_agencies(
        workspace,
        case,
        [
            AgencyView(Agency.SCHOOL, "Vasaskolan", "Rektor Eva Holm 08-123"),
            AgencyView(Agency.POLICE, None, "Kommunpolis Olle Nord"),
        ],
    )
    other = _open(workspace, _person(workspace, "Kalle", "Ström", born, 987), referred)

    # The mapping.
    assessments.record_assessment(
        workspace,
        case,
        referred + timedelta(days=10),
        {
            **_factors(
                school__truancy=FactorPresence.PRESENT,
                peers__prosocial_friends=FactorPresence.ABSENT,
                family__parental_crime_or_abuse=FactorPresence.PRESENT,
            ),
            "peers.criminal_peers": FactorEntry(FactorPresence.PRESENT, FACTOR_COMMENT),
        },
        "Kartläggning: oro för skolan och kamrater",
    )

    # The plan.
    school_goal = plans.add_goal(
        workspace, case, "Går i skolan varje dag", LifeDomain.SCHOOL, TODAY + timedelta(days=90)
    )
    leisure_goal = plans.add_goal(
        workspace, case, "Har en fritidsaktivitet", LifeDomain.LEISURE_COMMUNITY, None
    )
    plans.add_activity(
        workspace,
        school_goal,
        "Mentorssamtal varje vecka",
        Agency.SCHOOL,
        "Mentor Lisa Berg",
        TODAY + timedelta(days=10),
    )
    plans.add_activity(
        workspace,
        leisure_goal,
        "Polisen håller orossamtal",
        Agency.POLICE,
        "Kommunpolis Olle Nord",
        TODAY - timedelta(days=3),
    )

    # A shared sitting with approved minutes, and a draft one.
    starts = datetime.combine(TODAY - timedelta(days=40), datetime.min.time()).replace(hour=9)
    approved = meetings.create_meeting(
        workspace, "sspf", starts, starts + timedelta(hours=1), "Rum 3", [case, other]
    )
    minutes.save_item(
        workspace,
        approved,
        None,
        ItemInput(
            case,
            "Insatser framåt",
            notes=MEETING_NOTES,
            decisions=DECISION,
            next_date=TODAY + timedelta(days=20),
            actions=(
                ActionInput(
                    "Skolan ordnar studiestöd",
                    Agency.SCHOOL,
                    "Speciallärare Anna Lund",
                    TODAY + timedelta(days=5),
                ),
                ActionInput(
                    "Polisen besöker familjen",
                    Agency.POLICE,
                    "Kommunpolis Olle Nord",
                    TODAY + timedelta(days=5),
                ),
                ActionInput(
                    "Socialtjänsten bokar nätverksmöte",
                    Agency.SOCIAL_SERVICES,
                    "Sara Lind",
                    TODAY - timedelta(days=30),
                ),
            ),
        ),
    )
    minutes.save_item(workspace, approved, None, ItemInput(other, "Kalles läge", notes=OTHER_NOTES))
    minutes.approve(workspace, approved, TODAY - timedelta(days=39))
    draft_starts = starts + timedelta(days=30)
    draft = meetings.create_meeting(
        workspace, "follow_up", draft_starts, draft_starts + timedelta(hours=1), "Rum 1", [case]
    )
    minutes.save_item(workspace, draft, None, ItemInput(case, "Utkast", notes="Utkastets text"))

    # Two follow-ups: the factors and goals change over time.
    follow_ups.record_follow_up(
        workspace,
        case,
        TODAY - timedelta(days=30),
        [
            GoalReview(school_goal, GoalStatus.IN_PROGRESS, GOAL_NOTE),
            GoalReview(leisure_goal, GoalStatus.NOT_STARTED),
        ],
        _factors(
            school__truancy=FactorPresence.PRESENT,
            peers__prosocial_friends=FactorPresence.PRESENT,
            family__parental_crime_or_abuse=FactorPresence.PRESENT,
        ),
        FOLLOW_UP_SUMMARY,
        meeting_id=approved,
    )
    follow_ups.record_follow_up(
        workspace,
        case,
        TODAY - timedelta(days=2),
        [
            GoalReview(school_goal, GoalStatus.ACHIEVED),
            GoalReview(leisure_goal, GoalStatus.IN_PROGRESS),
        ],
        _factors(
            school__truancy=FactorPresence.ABSENT,
            peers__prosocial_friends=FactorPresence.PRESENT,
            family__parental_crime_or_abuse=FactorPresence.PRESENT,
        ),
        "Andra uppföljningen",
    )

    # Consent: the school and leisure, by the young person and both guardians.
    for who in (None, mother, father):
        consent.register_consent(
            workspace,
            case,
            who,
            [SCHOOL, LEISURE],
            "Skolgång och närvaro",
            "Samordnade insatser i SSPF",
            TODAY - timedelta(days=20),
        )
    journal.create_entry(
        workspace, case, TODAY - timedelta(days=1), JournalEntryType.CONTACT, "Journaltext XYZ"
    )
    number = cases.get_case(workspace, case).case_number
    return Story(case, number, other, person, mother, father, approved, draft)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Story]:
    """The story built once per module; each test gets its own copy of the database."""
    path = tmp_path_factory.mktemp("story") / "unit.caseflow"
    created = access.create_database(
        path, ADMIN, "Alva Administratör", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, FAST_TEST_KDF
    )
    add_user(created.workspace, "sara", "Sara Lind", Role.SOCIAL_WORKER)
    add_user(created.workspace, "chef", "Carl Chef", Role.MANAGER)
    created.workspace.lock()
    workspace = login(path, "sara")
    try:
        return path, _build(workspace)
    finally:
        workspace.lock()


@pytest.fixture
def copied(template, tmp_path) -> Path:
    source, _ = template
    for file in source.parent.iterdir():
        if file.name.startswith(source.name) and not file.name.endswith(".lock"):
            shutil.copy2(file, tmp_path / file.name)
    return tmp_path / source.name


@pytest.fixture
def social_worker(copied) -> Iterator[Workspace]:
    workspace = login(copied, "sara")
    yield workspace
    workspace.lock()


@pytest.fixture
def story(template) -> Story:
    return template[1]


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _flat(pages: list[str]) -> str:
    """The text with line breaks folded, so phrases split over lines still match."""
    return " ".join(" ".join(pages).split())


# --- the case file's copy ----------------------------------------------------------------


def test_file_copy_gathers_the_whole_follow_up(social_worker, story):
    data = case_report.case_report_data(social_worker, story.case_id)
    assert data.recipient is None
    assert data.case.case_number == story.case_number
    assert data.case.referral_reason == REFERRAL_REASON
    assert data.case.responsible == "Sara Lind"
    assert data.imprint.printed_by == "Sara Lind"
    assert data.person.name == "Elsa Ek" and data.person.age == 15
    assert re.fullmatch(r"\d{8}-98\d\d", data.person.personnummer or "")
    assert dict((label.source, value) for label, value in data.person.contacts)["Phone"] == PHONE

    # Factors over time: three assessments (the mapping and two follow-ups).
    factors = data.factors
    assert len(factors.dates) == 3 and factors.left_out == 0
    truancy = next(r for r in factors.rows if r.label.source == "Truancy")
    assert [p.source if p else None for p in truancy.presence] == ["Present", "Present", "Absent"]
    assert truancy.change is not None and truancy.change.source == "Improved"
    peers = next(r for r in factors.rows if r.label.source == "Friends who commit crimes")
    assert peers.presence[0] is not None and peers.presence[1] is None  # not reassessed
    assert [n.summary for n in factors.notes] == ["Kartläggning: oro för skolan och kamrater"]

    # Goals at each follow-up, and the follow-ups' own notes.
    plan = data.plan
    assert plan.follow_up_dates == (TODAY - timedelta(days=30), TODAY - timedelta(days=2))
    school_goal = plan.goals[0]
    assert [s.source if s else None for s in school_goal.at_follow_ups] == [
        "In progress",
        "Achieved",
    ]
    assert school_goal.status.source == "Achieved"
    assert [f.summary for f in plan.follow_ups] == ["Andra uppföljningen", FOLLOW_UP_SUMMARY]
    assert plan.follow_ups[1].notes[0].note == GOAL_NOTE
    assert {a.what for a in plan.activities} == {
        "Mentorssamtal varje vecka",
        "Polisen håller orossamtal",
    }

    # Meetings: this case's items alone; the file copy shows the draft, marked.
    approved, draft = data.meetings
    assert approved.status.source == "Approved"
    [item] = approved.items
    assert item.notes == MEETING_NOTES and item.decisions == DECISION
    assert len(item.actions) == 3
    assert draft.status.source == "Draft" and draft.items[0].notes == "Utkastets text"

    # Next steps: open actions by due date, the overdue one marked.
    open_actions = data.next_steps.open_actions
    assert [a.what for a in open_actions][:2] == [
        "Socialtjänsten bokar nätverksmöte",
        "Polisen håller orossamtal",
    ]
    assert open_actions[0].overdue and not open_actions[-1].overdue
    assert data.next_steps.next_follow_up is not None

    # Consent: the school and leisure are covered, the police is not.
    assert data.consent is not None
    covered = {str(line.party): line.covered for line in data.consent.coverage}
    assert covered == {"Vasaskolan": True, "Police": False, "Fritidsgården Ugglan": True}
    assert all(line.state.source == "In force" for line in data.consent.consents)
    assert data.journal is not None and data.journal.entries == 1
    assert data.parties is not None and len(data.parties) == 2
    assert data.actions_left_out == 0


def test_file_copy_pdf_holds_the_free_text_but_never_another_case(social_worker, story):
    pdf = case_report.case_report_pdf(social_worker, story.case_id)
    text = _flat(_text(pdf))
    for expected in (REFERRAL_REASON, MEETING_NOTES, FOLLOW_UP_SUMMARY, PHONE, "Maria Ek"):
        assert expected in text
    assert OTHER_NOTES not in text and "Kalle" not in text
    assert "Journaltext XYZ" not in text  # the journal is counted, never printed
    assert "Journal entries: 1," in text
    # No disclosure for the file's own copy.
    assert consent.disclosures(social_worker, story.case_id) == []


# --- a copy for a recipient ---------------------------------------------------------------


def test_recipient_without_consent_is_refused_with_the_reason(social_worker, story):
    with pytest.raises(NotCovered) as refused:
        case_report.case_report_pdf(social_worker, story.case_id, POLICE)
    message = str(refused.value)
    assert "Police may not be told about this case" in message
    assert "No consent has been given for Police" in message
    assert consent.disclosures(social_worker, story.case_id) == []


def test_recipient_whose_consent_was_withdrawn_is_refused(social_worker, story):
    consent.withdraw_consent(social_worker, story.case_id, story.father, TODAY, [SCHOOL])
    with pytest.raises(NotCovered) as refused:
        case_report.case_report_data(social_worker, story.case_id, SCHOOL)
    assert "Withdrawn by guardian Jonas Ek" in str(refused.value)


def test_school_copy_holds_only_what_consent_covers(social_worker, story):
    pdf = case_report.case_report_pdf(social_worker, story.case_id, SCHOOL)
    pages = _text(pdf)
    first = " ".join(pages[0].split())
    until = (TODAY - timedelta(days=20) + timedelta(days=364)).isoformat()
    given = (TODAY - timedelta(days=20)).isoformat()
    assert (
        f"Prepared for Vasaskolan (School) under consent given on {given} by the young "
        f"person, guardian Maria Ek and guardian Jonas Ek, valid until {until}." in first
    )
    assert "Skolgång och närvaro" in first and "Samordnade insatser i SSPF" in first
    text = _flat(pages)
    # What the copy holds: the goals, the school's and social services' actions.
    for expected in (
        "Elsa Ek",
        "Går i skolan varje dag",
        "Mentorssamtal varje vecka",
        "Skolan ordnar studiestöd",
        "Socialtjänsten bokar nätverksmöte",
        "Truancy",
    ):
        assert expected in text
    # What it leaves out.
    for absent in (
        REFERRAL_REASON,
        MEETING_NOTES,
        DECISION,
        FOLLOW_UP_SUMMARY,
        GOAL_NOTE,
        FACTOR_COMMENT,
        "Kartläggning: oro",
        PHONE,
        ADDRESS,
        "Parent with crime",  # a family factor: about the parents
        "Polisen besöker familjen",  # the police's actions
        "Polisen håller orossamtal",
        "Kommunpolis Olle Nord",
        "Rektor Eva Holm",  # the parties' contacts
        "Fritidsgården Ugglan",  # another party of the same consent
        "Utkastets text",  # draft minutes
        "Journal",
        OTHER_NOTES,
    ):
        assert absent not in text, absent
    assert "Actions of other agencies left out of this copy: 2." in text


def test_handing_out_a_copy_records_the_disclosure(social_worker, story):
    case_report.case_report_pdf(social_worker, story.case_id, SCHOOL)
    [row] = consent.disclosures(social_worker, story.case_id)
    assert row.party == SCHOOL and row.disclosed_on == TODAY
    assert row.basis.source == "Consent"
    assert story.case_number in row.what


def test_a_preview_records_nothing_until_handed_out(social_worker, story):
    data = case_report.case_report_data(social_worker, story.case_id, SCHOOL)
    case_report.case_report_pdf(social_worker, story.case_id, SCHOOL, record=False)
    assert consent.disclosures(social_worker, story.case_id) == []
    case_report.record_report_disclosure(social_worker, data)
    assert len(consent.disclosures(social_worker, story.case_id)) == 1


def test_police_copy_on_a_recorded_legal_ground(social_worker, story):
    consent.record_legal_ground(
        social_worker,
        story.case_id,
        "osl-10-18a",
        POLICE,
        "Särskild risk för brott enligt skolans signal",
        TODAY,
    )
    data = case_report.case_report_data(social_worker, story.case_id, POLICE)
    assert data.recipient is not None and not data.recipient.by_consent
    pdf = case_report.case_report_pdf(social_worker, story.case_id, POLICE)
    first = " ".join(_text(pdf)[0].split())
    assert (
        f"Prepared for Police on the legal ground OSL 10 kap. 18 a §, recorded on "
        f"{TODAY.isoformat()}, valid until {TODAY.isoformat()}." in first
    )
    text = _flat(_text(pdf))
    assert "Polisen besöker familjen" in text and "Skolan ordnar studiestöd" not in text
    assert "Särskild risk" not in text  # the ground's written reason stays in the file
    [row] = consent.disclosures(social_worker, story.case_id)
    assert row.basis.source == "Legal ground"


# --- protected identity -------------------------------------------------------------------


def test_protected_identity_is_marked_and_its_contacts_never_printed(story, social_worker):
    with social_worker.transaction() as session:
        session.get(Person, story.person_id).protected_identity = True
    for recipient in (None, SCHOOL):
        data = case_report.case_report_data(social_worker, story.case_id, recipient)
        assert data.person.protected_identity and data.person.contacts == ()
        text = _flat(_text(case_report.case_report_pdf(social_worker, story.case_id, recipient)))
        assert "Protected identity (skyddade personuppgifter)" in text
        for contact in (PHONE, ADDRESS, "9B", "070-1"):
            assert contact not in text


# --- every page ---------------------------------------------------------------------------


def test_every_page_has_its_number_the_case_number_and_the_marking(social_worker, story):
    # Enough goals to run over several pages.
    for n in range(15):
        plans.add_goal(
            social_worker,
            story.case_id,
            f"Delmål {n} med en lång beskrivning " * 3,
            LifeDomain.INDIVIDUAL,
            None,
        )
    pdf = case_report.case_report_pdf(social_worker, story.case_id)
    reader = PdfReader(io.BytesIO(pdf))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert story.case_number in page
        assert "CONFIDENTIAL" in page
        assert "Printed by Sara Lind" in page
    assert reader.metadata is not None
    assert reader.metadata.title == f"Case follow-up report – {story.case_number}"
    assert reader.metadata.author == "Social services"


def test_unit_and_municipality_come_from_settings(social_worker, story):
    put_settings(
        social_worker,
        {"unit_name": "Ungdomsenheten", "municipality_name": "Exempelstads kommun"},
    )
    data = case_report.case_report_data(social_worker, story.case_id)
    assert data.imprint.unit == "Ungdomsenheten"
    text = _flat(_text(case_report.case_report_pdf(social_worker, story.case_id)))
    assert "Ungdomsenheten" in text and "Exempelstads kommun" in text


# --- input and permissions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("school:Vasaskolan", SCHOOL),
        ("School : Vasaskolan ", SCHOOL),
        ("police", POLICE),
        ("child-psychiatry", Party(Agency.CHILD_PSYCHIATRY)),
        ("other:Fryshuset", Party(Agency.OTHER, "Fryshuset")),
    ],
)
def test_recipients_are_parsed_from_text(text, party):
    assert parse_recipient(text) == party


@pytest.mark.parametrize("text", ["skolan", "", "polis:Nord", "other"])
def test_a_bad_recipient_says_what_to_write(text):
    with pytest.raises(InvalidInput) as bad:
        parse_recipient(text)
    assert "school:Vasaskolan" in str(bad.value) or "Other must have a name" in str(bad.value)


def test_a_missing_case_is_not_found(social_worker):
    with pytest.raises(NotFound):
        case_report.case_report_data(social_worker, 999)


def test_a_manager_may_not_print_a_case(story, copied):
    manager = login(copied, "chef")
    try:
        with pytest.raises(PermissionDenied):
            case_report.case_report_pdf(manager, story.case_id)
    finally:
        manager.lock()


# --- a long journal -----------------------------------------------------------------------
# (Its speed is measured in benchmarks/, not here.)


def test_a_case_with_300_journal_entries_reports_their_count_not_their_text(social_worker, story):
    with social_worker.transaction() as session:
        author = session.scalar(select(JournalEntry.author_id))
        session.add_all(
            JournalEntry(
                case_id=story.case_id,
                entry_date=TODAY - timedelta(days=n % 100),
                entry_type=JournalEntryType.CONTACT.value,
                text=f"Anteckning {n} " * 40,
                author_id=author,
            )
            for n in range(300)
        )
    pdf = case_report.case_report_pdf(social_worker, story.case_id)
    text = _flat(_text(pdf))
    assert "Journal entries: 301," in text
    assert "Anteckning 7 " not in text


def test_activity_status_is_the_outcome(social_worker, story):
    [activity] = [
        a
        for goal in plans.get_plan(social_worker, story.case_id)
        for a in goal.activities
        if a.agency is Agency.SCHOOL
    ]
    plans.set_activity_status(social_worker, activity.id, ActivityStatus.DONE)
    data = case_report.case_report_data(social_worker, story.case_id, SCHOOL)
    [line] = [a for a in data.plan.activities if a.what == "Mentorssamtal varje vecka"]
    assert line.status.source == "Done"
    assert all(a.what != "Mentorssamtal varje vecka" for a in data.next_steps.open_actions)


def test_a_case_is_found_by_its_number(social_worker, story):
    number = story.case_number
    assert case_report.find_case_id(social_worker, number.lower().replace("-", " - ")) == (
        story.case_id
    )
    with pytest.raises(NotFound, match=r"There is no case SSPF-2020-0007\."):
        case_report.find_case_id(social_worker, "SSPF-2020-7")
    with pytest.raises(InvalidInput, match="A case number looks like"):
        case_report.find_case_id(social_worker, "Elsa")
