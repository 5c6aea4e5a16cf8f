"""The register extract (GDPR article 15) through the services, on a real encrypted database.

Elsa has two cases: an older one, closed, with a long journal, and an open
one with everything a case holds (consents, a withdrawal, a legal ground, a
disclosure, an assessment, a plan, a follow-up, a shared sitting with Kalle,
signed, corrected and unsigned journal entries). Kalle's part of the shared
sitting, his journal and his case's log must never reach Elsa's extract.
Nora has a protected identity; Amir has a samordningsnummer.
"""

from __future__ import annotations

import io
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
    Agency,
    CaseStatus,
    ClosingReason,
    GoalStatus,
    JournalEntryType,
    ReferralSource,
)
from caseflow.domain.consent import Manner, Party
from caseflow.domain.errors import PermissionDenied
from caseflow.domain.meetings import GoalReview
from caseflow.domain.personnummer import InvalidPersonnummer, Personnummer
from caseflow.domain.programmes import Programme
from caseflow.services import (
    access,
    assessments,
    cases,
    consent,
    follow_ups,
    journal,
    meeting_documents,
    meetings,
    minutes,
    people,
    plans,
    register_extract,
)
from caseflow.services.assessments import FactorEntry
from caseflow.services.cases import AgencyView
from caseflow.services.meetings import ParticipantInput
from caseflow.services.minutes import ActionInput, ItemInput
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.register_extract import UnknownPerson
from caseflow.services.workspace import Workspace
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.models import AuditLogEntry
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.helpers import add_user, login, pnr_in_test_range

TODAY = date.today()
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)
LEISURE = Party(Agency.LEISURE, "Fritidsgården Ugglan")

# What the extract must hold about Elsa.
REFERRAL_REASON = "Skolan oroar sig för frånvaro och nya kamrater"
PHONE = "070-555 12 34"
ADDRESS = "Storgatan 12, 123 45 Exempelstad"
JOURNAL_TEXT = "Journaltext: samtal med Elsa om skolan och fotbollen"
WRONG_TEXT = "Felaktig uppgift: Elsa var hemma på tisdagen"
CORRECTION_TEXT = "Rättelse: Elsa var i skolan på tisdagen"
UNSIGNED_TEXT = "Osignerat utkast som inte får skrivas ut"
MEETING_NOTES = "Mötesanteckning om Elsa: närvaron har blivit bättre"
DECISION = "Beslut: fortsatt samordning i SSPF"
AGREED_ACTION = "Skolan ordnar studiestöd åt Elsa"
GROUND_REASON = "Risk för brott: Elsa har setts med äldre kriminella"
DISCLOSED = "Uppgift om närvaro och stöd till mentorn"
FOLLOW_UP_SUMMARY = "Uppföljning: närvaron har blivit bättre sedan mentorssamtalen"
FACTOR_COMMENT = "Kommentar om kamraterna i centrum"
OPENING_REASON = "Kontroll inför samverkansmöte med skolan"
OLD_JOURNAL = "Gammal journalanteckning nummer {n} om Elsa"
OLD_ENTRIES = 90
# What it must never hold: Kalle's.
KALLE = "Kalle"
KALLE_NOTES = "Anteckning om Kalle Ström som aldrig får synas i Elsas utdrag"
KALLE_JOURNAL = "Kalles journaltext som aldrig får synas"
# Nora's protected address.
NORA_ADDRESS = "Hemlig väg 1, 999 99 Skyddad ort"


@dataclass(frozen=True)
class Story:
    elsa_pnr: str
    elsa_case: int
    elsa_case_number: str
    elsa_old_case_number: str
    kalle_pnr: str
    kalle_case: int
    kalle_case_number: str
    nora_pnr: str
    amir_pnr: str
    shared_meeting: int


def _person(workspace: Workspace, first: str, last: str, pnr: str, **extra: object) -> int:
    data = PersonInput(first, last, pnr, **extra)  # type: ignore[arg-type]
    return people.register_person(workspace, data).person_id


def _open(
    workspace: Workspace, person: int, referred: date, programme: Programme = Programme.SSPF
) -> int:
    case = cases.open_case(
        workspace, person, programme, referred, ReferralSource.SCHOOL, REFERRAL_REASON
    ).case_id
    cases.change_status(workspace, case, CaseStatus.MAPPING, referred)
    cases.change_status(workspace, case, CaseStatus.ACTIVE, referred + timedelta(days=5))
    return case


def _signed(workspace: Workspace, case: int, day: date, text: str, **extra: object) -> int:
    entry = journal.create_entry(workspace, case, day, JournalEntryType.CONTACT, text, **extra)  # type: ignore[arg-type]
    journal.sign_entry(workspace, entry)
    return entry


def _elsa(workspace: Workspace) -> tuple[str, int, int, int]:
    born = TODAY.replace(year=TODAY.year - 15) - timedelta(days=40)
    pnr = pnr_in_test_range(born, 986)
    person = _person(
        workspace,
        "Elsa",
        "Ek",
        pnr,
        phone=PHONE,
        address=ADDRESS,
        school="Vasaskolan",
        school_class="9B",
        sex="female",
    )
    mother = people.add_guardian(workspace, person, GuardianInput("Maria Ek", phone="070-1"))
    people.add_guardian(
        workspace, person, GuardianInput("Jonas Ek", has_custody=False, no_information=True)
    )
    # The older case, closed, with a long journal.
    old = _open(workspace, person, TODAY - timedelta(days=700))
    for n in range(1, OLD_ENTRIES + 1):
        _signed(workspace, old, TODAY - timedelta(days=690 - n), OLD_JOURNAL.format(n=n))
    cases.close_case(
        workspace, old, ClosingReason.GOALS_REACHED, "Målen nåddes", TODAY - timedelta(days=500)
    )
    case = _open(workspace, person, TODAY - timedelta(days=120))
    cases.set_agencies(
        workspace, case, [AgencyView(Agency.SCHOOL, "Vasaskolan", "Rektor Eva Holm 08-123")]
    )
    return pnr, old, case, mother


def _elsa_s_case(workspace: Workspace, case: int, mother: int) -> None:
    referred = TODAY - timedelta(days=120)
    assessments.record_assessment(
        workspace,
        case,
        referred + timedelta(days=10),
        {
            "school.truancy": FactorEntry(FactorPresence.PRESENT),
            "peers.criminal_peers": FactorEntry(FactorPresence.PRESENT, FACTOR_COMMENT),
        },
        "Kartläggning: oro för skolan och kamrater",
    )
    goal = plans.add_goal(
        workspace, case, "Går i skolan varje dag", LifeDomain.SCHOOL, TODAY + timedelta(days=90)
    )
    plans.add_activity(
        workspace, goal, "Mentorssamtal varje vecka", Agency.SCHOOL, "Mentor Lisa Berg", None
    )
    for who in (None, mother):
        record = consent.register_consent(
            workspace,
            case,
            who,
            [SCHOOL, LEISURE],
            "Skolgång och närvaro",
            "Samordnade insatser i SSPF",
            TODAY - timedelta(days=60),
        )
    consent.attach_form(
        workspace, record, "samtycke-maria.pdf", b"%PDF-1.4 scan", "application/pdf"
    )
    consent.withdraw_consent(
        workspace, case, None, TODAY - timedelta(days=10), [LEISURE], Manner.ORAL, "Sara Lind"
    )
    consent.record_legal_ground(
        workspace, case, "osl-10-18a", POLICE, GROUND_REASON, TODAY - timedelta(days=5)
    )
    consent.record_disclosure(workspace, case, SCHOOL, DISCLOSED, TODAY - timedelta(days=4))
    follow_ups.record_follow_up(
        workspace,
        case,
        TODAY - timedelta(days=30),
        [GoalReview(goal, GoalStatus.IN_PROGRESS, "Tre sena ankomster")],
        {"school.truancy": FactorEntry(FactorPresence.ABSENT)},
        FOLLOW_UP_SUMMARY,
    )
    _signed(workspace, case, TODAY - timedelta(days=3), JOURNAL_TEXT)
    wrong = _signed(workspace, case, TODAY - timedelta(days=2), WRONG_TEXT)
    _signed(workspace, case, TODAY - timedelta(days=1), CORRECTION_TEXT, corrects_id=wrong)
    journal.create_entry(workspace, case, TODAY, JournalEntryType.OTHER, UNSIGNED_TEXT)


def _shared_sitting(workspace: Workspace, elsa: int, kalle: int) -> int:
    starts = datetime.combine(TODAY - timedelta(days=40), datetime.min.time()).replace(hour=9)
    meeting = meetings.create_meeting(
        workspace,
        "sspf",
        starts,
        starts + timedelta(hours=1),
        "Rum 3",
        [elsa, kalle],
        invitees=[ParticipantInput("Sara Lind", Agency.SOCIAL_SERVICES, "handläggare")],
    )
    participant = meetings.get_meeting(workspace, meeting).participants[0].id
    meetings.record_attendance(workspace, meeting, participant, [elsa, kalle])
    minutes.save_item(
        workspace,
        meeting,
        None,
        ItemInput(
            elsa,
            "Insatser framåt",
            notes=MEETING_NOTES,
            decisions=DECISION,
            next_date=TODAY + timedelta(days=20),
            actions=(
                ActionInput(AGREED_ACTION, Agency.SCHOOL, "Anna Lund", TODAY + timedelta(days=5)),
            ),
        ),
    )
    minutes.save_item(workspace, meeting, None, ItemInput(kalle, "Kalles läge", notes=KALLE_NOTES))
    minutes.approve(workspace, meeting, TODAY - timedelta(days=39))
    return meeting


def build_story(path: Path) -> Story:
    """A database at ``path`` with the story; sara (social worker) is responsible for it all."""
    created = access.create_database(
        path, ADMIN, "Alva Administratör", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, FAST_TEST_KDF
    )
    add_user(created.workspace, "sara", "Sara Lind", Role.SOCIAL_WORKER)
    add_user(created.workspace, "olof", "Olof Berg", Role.SOCIAL_WORKER)
    add_user(created.workspace, "fia", "Fia Fält", Role.FIELD_ASSISTANT)
    add_user(created.workspace, "chef", "Carl Chef", Role.MANAGER)
    created.workspace.lock()
    workspace = login(path, "sara")
    try:
        elsa_pnr, old, elsa, mother = _elsa(workspace)
        kalle_born = TODAY.replace(year=TODAY.year - 15) - timedelta(days=80)
        kalle_pnr = pnr_in_test_range(kalle_born, 987)
        kalle = _open(
            workspace, _person(workspace, KALLE, "Ström", kalle_pnr), TODAY - timedelta(days=90)
        )
        _signed(workspace, kalle, TODAY - timedelta(days=1), KALLE_JOURNAL)
        _elsa_s_case(workspace, elsa, mother)
        meeting = _shared_sitting(workspace, elsa, kalle)
        meeting_documents.minutes_pdf(workspace, meeting, elsa)
        meeting_documents.minutes_pdf(workspace, meeting, kalle)
        nora_pnr = pnr_in_test_range(TODAY.replace(year=TODAY.year - 16), 988)
        nora = _person(
            workspace, "Nora", "Lund", nora_pnr, address=NORA_ADDRESS, protected_identity=True
        )
        _open(workspace, nora, TODAY - timedelta(days=30))
        amir_pnr = Personnummer.from_parts(
            TODAY.replace(year=TODAY.year - 17), 990, coordination=True
        ).digits12()
        _open(workspace, _person(workspace, "Amir", "Haddad", amir_pnr), TODAY - timedelta(days=20))
        old_number = cases.get_case(workspace, old).case_number
        elsa_number = cases.get_case(workspace, elsa).case_number
        kalle_number = cases.get_case(workspace, kalle).case_number
    finally:
        workspace.lock()
    # Another social worker opens Elsa's case with a reason: the log shows it.
    other = login(path, "olof")
    try:
        cases.get_case(other, elsa, reason=OPENING_REASON)
    finally:
        other.lock()
    return Story(
        elsa_pnr=elsa_pnr,
        elsa_case=elsa,
        elsa_case_number=elsa_number,
        elsa_old_case_number=old_number,
        kalle_pnr=kalle_pnr,
        kalle_case=kalle,
        kalle_case_number=kalle_number,
        nora_pnr=nora_pnr,
        amir_pnr=amir_pnr,
        shared_meeting=meeting,
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Story]:
    """The story built once per module; each test gets its own copy of the database."""
    path = tmp_path_factory.mktemp("extract") / "unit.caseflow"
    return path, build_story(path)


@pytest.fixture
def copied(template: tuple[Path, Story], tmp_path: Path) -> Path:
    source, _ = template
    for file in source.parent.iterdir():
        if file.name.startswith(source.name) and not file.name.endswith(".lock"):
            shutil.copy2(file, tmp_path / file.name)
    return tmp_path / source.name


@pytest.fixture
def story(template: tuple[Path, Story]) -> Story:
    return template[1]


@pytest.fixture
def sara(copied: Path) -> Iterator[Workspace]:
    workspace = login(copied, "sara")
    yield workspace
    workspace.lock()


def _pages(pdf: bytes) -> list[str]:
    """Each page's text with line breaks folded, so phrases split over lines still match."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _log(workspace: Workspace) -> list[AuditLogEntry]:
    with workspace.transaction() as session:
        rows = list(session.scalars(select(AuditLogEntry).order_by(AuditLogEntry.id)))
        session.expunge_all()
    return rows


# --- what the extract holds --------------------------------------------------------------------


def test_the_extract_holds_everything_stored_about_the_person(sara, story):
    pdf = register_extract.register_extract_pdf(sara, story.elsa_pnr)
    pages = _pages(pdf)
    text = " ".join(pages)
    expected = [
        "Register extract",
        "Elsa Ek",
        f"{story.elsa_pnr[:8]}-{story.elsa_pnr[8:]}",
        PHONE,
        ADDRESS,
        "Vasaskolan, 9B",
        "Maria Ek",
        "Jonas Ek",
        "Is not to be told about the case",
        story.elsa_case_number,
        story.elsa_old_case_number,
        REFERRAL_REASON,
        "Målen nåddes",
        "Rektor Eva Holm 08-123",
        "Skolgång och närvaro",
        "Signed form kept: samtycke-maria.pdf",
        "received by Sara Lind",
        "OSL 10 kap. 18 a §",
        GROUND_REASON,
        DISCLOSED,
        "Kartläggning: oro för skolan och kamrater",
        FACTOR_COMMENT,
        "Går i skolan varje dag",
        "Tre sena ankomster",
        FOLLOW_UP_SUMMARY,
        "Mentorssamtal varje vecka",
        MEETING_NOTES,
        DECISION,
        AGREED_ACTION,
        "Sara Lind (Social services)",
        JOURNAL_TEXT,
        WRONG_TEXT,
        f"Correction of entry 2: {CORRECTION_TEXT}",
        OLD_JOURNAL.format(n=1),
        OLD_JOURNAL.format(n=OLD_ENTRIES),
        "Entries being written and not yet signed: 1.",
        "Who has opened your records",
        OPENING_REASON,
        "Olof Berg",
    ]
    missing = [words for words in expected if words not in text]
    assert not missing
    assert UNSIGNED_TEXT not in text


def test_no_other_person_s_data_and_not_their_part_of_a_shared_sitting(sara, story):
    text = " ".join(_pages(register_extract.register_extract_pdf(sara, story.elsa_pnr)))
    assert MEETING_NOTES in text, "Elsa's own item of the shared sitting is there"
    for other in (KALLE, KALLE_NOTES, "Kalles läge", KALLE_JOURNAL, story.kalle_case_number):
        assert other not in text
    assert NORA_ADDRESS not in text and "Nora" not in text


def test_the_access_log_lists_who_opened_which_case_and_why(sara, story):
    data = register_extract.register_extract_data(
        sara, register_extract.find_person_id(sara, story.elsa_pnr)
    )
    log = data.access_log
    assert log is not None
    assert {a.case_number for a in log} <= {story.elsa_case_number, story.elsa_old_case_number}
    opened = [a for a in log if a.reason == OPENING_REASON]
    assert len(opened) == 1
    assert opened[0].user == "Olof Berg" and opened[0].action.render() == "Case opened"
    assert opened[0].case_number == story.elsa_case_number
    assert any(a.action.render() == "Report produced" and a.user == "Sara Lind" for a in log)
    assert [a.at for a in log] == sorted(a.at for a in log)


def test_the_journal_is_numbered_oldest_first_with_its_corrections(sara, story):
    data = register_extract.register_extract_data(
        sara, register_extract.find_person_id(sara, story.elsa_pnr)
    )
    old, current = data.cases
    assert old.case_number == story.elsa_old_case_number
    assert [j.number for j in old.journal] == list(range(1, OLD_ENTRIES + 1))
    assert old.journal[0].text == OLD_JOURNAL.format(n=1)
    assert [j.text for j in current.journal] == [JOURNAL_TEXT, WRONG_TEXT, CORRECTION_TEXT]
    assert current.journal[2].corrects == 2
    assert current.unsigned_entries == 1
    assert [m.items[0].heading for m in current.meetings] == ["Insatser framåt"]
    assert len(current.meetings[0].items) == 1


def test_the_long_journal_breaks_across_pages_under_a_repeated_header(sara, story):
    pages = _pages(register_extract.register_extract_pdf(sara, story.elsa_pnr))
    journal_pages = [p for p in pages if "Gammal journalanteckning nummer" in p]
    assert len(journal_pages) >= 2
    for page in journal_pages:
        assert "No. Date, type Written and signed Text" in page
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert f"{story.elsa_pnr[:8]}-{story.elsa_pnr[8:]}" in page
        assert "CONFIDENTIAL" in page
        assert "Printed by Sara Lind" in page


def test_producing_the_extract_is_logged_for_each_case(sara, story):
    before = len(_log(sara))
    register_extract.register_extract_pdf(sara, story.elsa_pnr)
    new = _log(sara)[before:]
    produced = [e for e in new if e.action == "report_produced"]
    assert sorted(e.case_number for e in produced) == sorted(
        [story.elsa_case_number, story.elsa_old_case_number]
    )
    assert all(e.detail == "register_extract" and e.username == "sara" for e in produced)
    # Nothing in the log names the person.
    assert all("Elsa" not in e.reason + e.detail and story.elsa_pnr not in e.record_id for e in new)


# --- finding the person ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        lambda pnr: pnr,
        lambda pnr: f"{pnr[:8]}-{pnr[8:]}",
        lambda pnr: f"{pnr[2:8]}-{pnr[8:]}",
        lambda pnr: f" {pnr[2:]} ",
    ],
)
def test_the_person_is_found_by_any_written_form(sara, story, written):
    found = register_extract.find_person_id(sara, written(story.elsa_pnr))
    assert found == register_extract.find_person_id(sara, story.elsa_pnr)


def test_a_samordningsnummer_finds_its_person(sara, story):
    data = register_extract.register_extract_data(
        sara, register_extract.find_person_id(sara, story.amir_pnr)
    )
    assert data.person.name == "Amir Haddad" and data.person.coordination_number
    text = " ".join(_pages(register_extract.register_extract_pdf(sara, story.amir_pnr)))
    assert "Coordination number" in text


def test_a_bad_number_and_an_unknown_person_are_refused_clearly(sara, story):
    with pytest.raises(InvalidPersonnummer):
        register_extract.find_person_id(sara, "19121212-1213")
    unknown = pnr_in_test_range(date(1990, 1, 1), 999)
    with pytest.raises(UnknownPerson) as refused:
        register_extract.find_person_id(sara, unknown)
    assert f"{unknown[:8]}-{unknown[8:]}" in str(refused.value)


# --- protected identity and who may -------------------------------------------------------------


def test_a_protected_identity_prints_its_contacts_and_says_so_on_every_page(sara, story):
    pages = _pages(register_extract.register_extract_pdf(sara, story.nora_pnr))
    assert NORA_ADDRESS in " ".join(pages)
    assert "This extract contains protected personal data" in pages[0]
    assert all("Protected personal data" in page for page in pages)


def test_staff_not_assigned_do_not_find_a_protected_identity(copied, story):
    olof = login(copied, "olof")
    try:
        with pytest.raises(UnknownPerson):
            register_extract.register_extract_pdf(olof, story.nora_pnr)
        # Elsa's cases are not Olof's: they open with the extract as the logged reason.
        before = len(_log(olof))
        register_extract.register_extract_pdf(olof, story.elsa_pnr)
        reasons = {e.reason for e in _log(olof)[before:] if e.action == "case_opened"}
        assert reasons == {"Register extract requested by the person (GDPR article 15)"}
    finally:
        olof.lock()


@pytest.mark.parametrize("username", ["fia", "chef", ADMIN])
def test_only_social_workers_produce_extracts(copied, story, username):
    workspace = (
        access.unlock(copied, ADMIN, ADMIN_PASSPHRASE)
        if username == ADMIN
        else login(copied, username)
    )
    try:
        with pytest.raises(PermissionDenied):
            register_extract.register_extract_pdf(workspace, story.elsa_pnr)
    finally:
        workspace.lock()
