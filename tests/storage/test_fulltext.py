"""Full-text search in the encrypted file: trigrams, Swedish letters, safe queries, in step.

The index is kept by triggers (migration 0008); these tests write through the
services and through plain SQL in the workspace's own session, and search
with ``storage.fulltext`` directly, every case in scope.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from caseflow.domain.cases import JournalEntryType
from caseflow.services import access, journal, minutes
from caseflow.services.minutes import ItemInput
from caseflow.services.workspace import Workspace
from caseflow.storage import database
from caseflow.storage.fulltext import (
    MATCH_END,
    MATCH_START,
    Found,
    Scope,
    Source,
    Terms,
    excerpt,
    indexed_in_bulk,
    match_expression,
    parse_terms,
    search,
)
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.models import Case, JournalEntry, Person, User
from tests.services.meeting_fixtures import TODAY, book, young_person
from tests.storage.helpers import ADMIN, ADMIN_PASSPHRASE

B, E = MATCH_START, MATCH_END


def _find(workspace: Workspace, query: str, limit: int = 50) -> Found:
    with workspace.transaction() as session:
        return search(session, parse_terms(query), Scope(), workspace.user.id, limit)


def _ids(workspace: Workspace, query: str) -> set[tuple[Source, int]]:
    return {(h.source, h.record_id) for h in _find(workspace, query).hits}


def _entry(workspace: Workspace, case_id: int, words: str, *, sign: bool = True) -> int:
    entry = journal.create_entry(
        workspace, case_id, TODAY - timedelta(days=3), JournalEntryType.CONTACT, words
    )
    if sign:
        journal.sign_entry(workspace, entry)
    return entry


@pytest.fixture
def case_id(social_worker: Workspace) -> int:
    return young_person(social_worker, "Elsa", "Ek").case_id


# --- the query text ---------------------------------------------------------------------


def test_terms_are_split_trimmed_and_short_ones_set_aside() -> None:
    assert parse_terms('  "skolk", (Mamma) e-post  i OR  skolk ') == Terms(
        ("skolk", "Mamma", "e-post"), ("i", "OR")
    )
    assert parse_terms("") == Terms((), ())
    assert parse_terms("a\x02bc\x03d") == Terms((), ("a", "bc", "d"))


def test_every_term_is_quoted_and_quotes_inside_are_doubled() -> None:
    assert match_expression(parse_terms('skolk mam"ma NEAR(x')) == ('"skolk" "mam""ma" "NEAR(x"')
    assert match_expression(parse_terms("at i")) is None


def test_an_excerpt_is_cut_between_words_around_the_first_match() -> None:
    before = " ".join(f"ord{n}" for n in range(40))
    after = " ".join(f"sist{n}" for n in range(80))
    marked = f"{before}\n\nhär {B}skolk{E}ar han {after}"
    piece = excerpt(marked, before=20, length=80)
    assert piece.startswith("…ord") and piece.endswith("…")
    assert f"här {B}skolk{E}ar han" in piece
    assert "\n" not in piece and "  " not in piece
    assert excerpt(f"kort {B}text{E}") == f"kort {B}text{E}"
    # A long match cut at the end is closed again.
    assert excerpt(f"{B}{'x' * 300}{E}", length=50).count(E) == 1


# --- finding ----------------------------------------------------------------------------


def test_parts_of_swedish_compound_words_are_found(social_worker, case_id) -> None:
    skolk = _entry(social_worker, case_id, "Samtal om skolkproblemen med mentorn.")
    vard = _entry(social_worker, case_id, "Möte med vårdnadshavare i hemmet.")
    assert _ids(social_worker, "skolk") == {(Source.JOURNAL_ENTRY, skolk)}
    assert _ids(social_worker, "problem") == {(Source.JOURNAL_ENTRY, skolk)}
    assert _ids(social_worker, "vård") == {(Source.JOURNAL_ENTRY, vard)}
    assert _ids(social_worker, "havare") == {(Source.JOURNAL_ENTRY, vard)}
    assert _ids(social_worker, "skolk mentor") == {(Source.JOURNAL_ENTRY, skolk)}
    assert _ids(social_worker, "skolk hemmet") == set()  # every term must occur


def test_case_is_folded_also_for_a_with_ring_and_o_with_dots(social_worker, case_id) -> None:
    upper = _entry(social_worker, case_id, "ÖVERENSKOMMELSE MED VÅRDNADSHAVARE")
    lower = _entry(social_worker, case_id, "överenskommelse om ärenden")
    both = {(Source.JOURNAL_ENTRY, upper), (Source.JOURNAL_ENTRY, lower)}
    assert _ids(social_worker, "Överens") == both
    assert _ids(social_worker, "ÖVERENS") == both
    assert _ids(social_worker, "vårdnad") == {(Source.JOURNAL_ENTRY, upper)}
    assert _ids(social_worker, "ÄRENDE") == {(Source.JOURNAL_ENTRY, lower)}


def test_a_o_and_o_with_dots_are_different_letters(social_worker, case_id) -> None:
    host = _entry(social_worker, case_id, "Samtal i höstas om läxor.")
    hos = _entry(social_worker, case_id, "Hembesök hos familjen, laxar till middag.")
    assert _ids(social_worker, "höst") == {(Source.JOURNAL_ENTRY, host)}
    assert _ids(social_worker, "hos") == {(Source.JOURNAL_ENTRY, hos)}
    assert _ids(social_worker, "läx") == {(Source.JOURNAL_ENTRY, host)}
    assert _ids(social_worker, "lax") == {(Source.JOURNAL_ENTRY, hos)}
    assert _ids(social_worker, "hösta") == {(Source.JOURNAL_ENTRY, host)}
    assert _ids(social_worker, "besok") == set()


def test_matches_are_marked_in_the_excerpt(social_worker, case_id) -> None:
    _entry(social_worker, case_id, "Samtal med Elsa om skolkproblemen. Hon vill byta skola.")
    [hit] = _find(social_worker, "SKOLK skola").hits
    assert hit.excerpt is not None
    assert f"om {B}skolk{E}problemen" in hit.excerpt
    assert f"byta {B}skola{E}." in hit.excerpt
    assert hit.case_number and hit.day == TODAY - timedelta(days=3)


def test_minutes_items_are_found_in_heading_notes_and_decisions(social_worker, case_id) -> None:
    meeting_id = book(social_worker, [case_id])
    view = minutes.start_minutes(social_worker, meeting_id)
    item = view.for_case(case_id)[0]
    minutes.save_item(
        social_worker,
        meeting_id,
        item.number,
        ItemInput(case_id, item.heading, "Elsa berättar om fritidsgården.", "Kontakt med BUP."),
    )
    [hit] = _find(social_worker, "fritidsgård").hits
    assert hit.source is Source.MINUTES_ITEM and hit.case_id == case_id
    assert hit.excerpt == f"Elsa berättar om {B}fritidsgård{E}en."
    assert hit.day == TODAY - timedelta(days=7)  # the meeting's day
    [decided] = _find(social_worker, "bup").hits
    assert decided.excerpt == f"Kontakt med {B}BUP{E}."
    # Changing a draft item changes what is found.
    minutes.save_item(
        social_worker, meeting_id, item.number, ItemInput(case_id, item.heading, "Ny text.")
    )
    assert _find(social_worker, "fritidsgård").hits == []
    assert len(_find(social_worker, "ny text").hits) == 1


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"skolk',
        "skolk*",
        "*",
        "skolk OR mamma",
        "skolk NEAR mamma",
        "NEAR(skolk mamma)",
        "(skolk) OR (mamma)",
        "skolk) OR (mamma",
        "text : skolk",
        "text:mamma",
        "{text}: mamma",
        "^skolk",
        "- mamma",
        "NOT mamma",
        "skolk AND NOT x",
        '\\"; DROP TABLE journal_entries; --',
    ],
)
def test_user_syntax_neither_breaks_nor_widens_a_search(social_worker, case_id, query) -> None:
    skolk = _entry(social_worker, case_id, "Skolkar ofta, enligt mentorn.")
    mamma = _entry(social_worker, case_id, "Samtal med mamma.")
    found = _ids(social_worker, query)
    # Whatever the operators would have meant, each term must occur as written.
    terms = parse_terms(query).usable
    for _, entry_id in found:
        entry_text = {skolk: "Skolkar ofta, enligt mentorn.", mamma: "Samtal med mamma."}[entry_id]
        assert all(t.casefold() in entry_text.casefold() for t in terms), (query, entry_id)
    assert (Source.JOURNAL_ENTRY, mamma) not in found or "mamma" in query.casefold()
    with social_worker.transaction() as session:
        assert session.scalar(select(JournalEntry.id).where(JournalEntry.id == skolk)) == skolk


def test_newest_first_and_more_than_the_limit_is_said(social_worker, case_id) -> None:
    written = [_entry(social_worker, case_id, f"Samtal nummer {n}.") for n in range(5)]
    found = _find(social_worker, "samtal", limit=3)
    assert [h.record_id for h in found.hits] == written[::-1][:3]
    assert found.more
    everything = _find(social_worker, "samtal", limit=5)
    assert len(everything.hits) == 5 and not everything.more


# --- in step with the data --------------------------------------------------------------


def _insert_entry(session: Session, case_id: int, author_id: int, words: str) -> int:
    entry = JournalEntry(
        case_id=case_id,
        entry_date=TODAY,
        entry_type=JournalEntryType.CONTACT.value,
        text=words,
        author_id=author_id,
    )
    session.add(entry)
    session.flush()
    return entry.id


def test_an_entry_is_found_in_the_transaction_that_writes_it(social_worker, case_id) -> None:
    me = social_worker.user.id
    with social_worker.transaction() as session:
        entry = _insert_entry(session, case_id, me, "Kuratorn ringde om frånvaron.")
        found = search(session, parse_terms("kurator"), Scope(), me, 10)
        assert [h.record_id for h in found.hits] == [entry]
    assert _ids(social_worker, "kurator") == {(Source.JOURNAL_ENTRY, entry)}


def test_a_rolled_back_entry_is_not_found(social_worker, case_id) -> None:
    me = social_worker.user.id

    def write_then_cancel() -> None:
        with social_worker.transaction() as session:
            _insert_entry(session, case_id, me, "Kuratorn ringde om frånvaron.")
            assert len(search(session, parse_terms("kurator"), Scope(), me, 10).hits) == 1
            raise RuntimeError("the user cancelled")

    with pytest.raises(RuntimeError):
        write_then_cancel()
    assert _find(social_worker, "kurator").hits == []


@pytest.mark.file_only  # the FTS5 index itself
def test_an_edited_draft_is_found_by_its_new_text_only(social_worker, case_id) -> None:
    entry = _entry(social_worker, case_id, "Utkast om fotbollsträningen.", sign=False)
    journal.update_entry(
        social_worker, entry, TODAY, JournalEntryType.CONTACT, "Utkast om simträningen."
    )
    assert _ids(social_worker, "fotboll") == set()
    assert _ids(social_worker, "simträn") == {(Source.JOURNAL_ENTRY, entry)}
    journal.delete_unsigned(social_worker, entry)
    assert _ids(social_worker, "simträn") == set()
    _integrity_check(social_worker)


def test_unsigned_entries_are_found_by_their_author_only(social_worker, case_id) -> None:
    entry = _entry(social_worker, case_id, "Utkast om fotbollsträningen.", sign=False)
    with social_worker.transaction() as session:
        other = session.scalar(select(User.id).where(User.username == ADMIN))
        assert other is not None
        assert search(session, parse_terms("fotboll"), Scope(), other, 10).hits == []
    assert _ids(social_worker, "fotboll") == {(Source.JOURNAL_ENTRY, entry)}


def test_a_refused_change_to_a_signed_entry_leaves_the_index_alone(social_worker, case_id):
    entry = _entry(social_worker, case_id, "Signerad text om handboll.")
    with (
        pytest.raises(Exception, match="signed journal entries"),
        social_worker.transaction() as session,
    ):
        session.execute(
            text("UPDATE journal_entries SET text = 'fotboll' WHERE id = :id"), {"id": entry}
        )
    assert _ids(social_worker, "handboll") == {(Source.JOURNAL_ENTRY, entry)}
    assert _ids(social_worker, "fotboll") == set()


def _integrity_check(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        for index in ("journal_fts", "minutes_fts"):
            # rank 1: also compare the index with the rows of the table it indexes.
            session.execute(
                text(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
            )


@pytest.mark.file_only  # the FTS5 index itself
def test_deleting_a_case_takes_its_text_out_of_the_index(social_worker, case_id) -> None:
    other = young_person(social_worker, "Omar", "Berg", serial=982).case_id
    gone = _entry(social_worker, case_id, "Elsa och skateparken.")
    kept = _entry(social_worker, other, "Omar och skateparken.")
    meeting_id = book(social_worker, [case_id, other])
    view = minutes.start_minutes(social_worker, meeting_id)
    for case in (case_id, other):
        item = view.for_case(case)[0]
        minutes.save_item(
            social_worker, meeting_id, item.number, ItemInput(case, item.heading, "Skateparken.")
        )
    minutes.approve(social_worker, meeting_id, TODAY)
    assert len(_find(social_worker, "skatepark").hits) == 4

    # As retention does: the case goes, its entries and items by the cascade.
    with social_worker.transaction() as session:
        session.execute(text("DELETE FROM cases WHERE id = :id"), {"id": case_id})
    found = _find(social_worker, "skatepark").hits
    assert {h.case_id for h in found} == {other}
    assert (Source.JOURNAL_ENTRY, kept) in {(h.source, h.record_id) for h in found}
    assert gone not in {h.record_id for h in found if h.source is Source.JOURNAL_ENTRY}
    _integrity_check(social_worker)


@pytest.mark.file_only  # the FTS5 index itself
def test_the_indexes_remove_deleted_text_at_once_and_fit_a_page(social_worker) -> None:
    with social_worker.transaction() as session:
        for index in ("journal_fts", "minutes_fts"):
            settings = dict(session.execute(text(f"SELECT k, v FROM {index}_config")).all())
            assert settings["secure-delete"] == 1
            assert settings["pgsz"] == 3900
            # External content: no copy of the text inside the index.
            assert not session.scalar(
                text("SELECT count(*) FROM sqlite_master WHERE name = :n"),
                {"n": f"{index}_content"},
            )


@pytest.mark.file_only  # the FTS5 index itself
def test_newest_first_needs_no_sort_of_all_matches(social_worker, case_id) -> None:
    """The plan walks the index backwards by rowid: LIMIT stops it early, whatever matches."""
    from caseflow.storage import fulltext

    _entry(social_worker, case_id, "Samtal.")
    mine = Case.responsible_user_id == social_worker.user.id
    scope = Scope(cases=mine, text_shown=mine)
    with social_worker.transaction() as session:
        query = fulltext.journal_query('"samtal"', scope, social_worker.user.id, 10)
        compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    top = [detail for _, parent, _, detail in plan if parent == 0]
    assert top[0].startswith("SCAN journal_fts VIRTUAL TABLE")
    assert not any("ORDER BY" in detail for detail in top), plan


# --- the migration ----------------------------------------------------------------------


def _fill_before_search(session: Session) -> None:
    """Rows written at revision 0007, before the index existed."""
    author = User(username=ADMIN, display_name="Alva Administratör", role="administrator")
    person = Person(
        first_name="Tova",
        last_name="Ek",
        name_key="tova ek",
        name_key_reversed="ek tova",
        birth_date=date(2011, 2, 3),
    )
    session.add(author)
    session.add(person)
    session.flush()
    case = Case(
        case_number="SSPF-2026-0001",
        programme="SSPF",
        year=2026,
        serial=1,
        status="received",
        person_id=person.id,
        referral_date=date(2026, 1, 5),
        referral_source="school",
        referral_reason="Oro",
    )
    session.add(case)
    session.flush()
    # The columns journal entries had at 0007 (the model has more since 0014).
    session.execute(
        text(
            "INSERT INTO journal_entries (case_id, entry_date, entry_type, text, author_id,"
            " created_at, updated_at) VALUES (:case_id, '2026-01-06', 'contact',"
            " 'Samtal om sommarlovsjobbet.', :author_id, '2026-01-06 10:00:00.000000',"
            " '2026-01-06 10:00:00.000000')"
        ),
        {"case_id": case.id, "author_id": author.id},
    )


def test_the_migration_indexes_the_rows_already_written(db_path: Path) -> None:
    created = database.create(
        db_path, ADMIN, ADMIN_PASSPHRASE, _fill_before_search, FAST_TEST_KDF, revision="0007"
    )
    created.database.close()
    workspace = access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert workspace.database.upgraded_from == "0007"
        with workspace.transaction() as session:
            found = search(session, parse_terms("lovsjobb"), Scope(), workspace.user.id, 10)
        assert [h.excerpt for h in found.hits] == [f"Samtal om sommar{B}lovsjobb{E}et."]
        _integrity_check(workspace)
    finally:
        workspace.lock()


# --- bulk inserts -----------------------------------------------------------------------


def _trigger_names(workspace: Workspace) -> set[str]:
    with workspace.transaction() as session:
        return set(
            session.scalars(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'")
            )
        )


@pytest.mark.file_only  # the FTS5 index itself
def test_rows_inserted_in_bulk_are_indexed_at_the_end(social_worker, case_id) -> None:
    triggers = _trigger_names(social_worker)
    assert len(triggers) == 6
    me = social_worker.user.id
    before = _entry(social_worker, case_id, "Tidigare anteckning om hembesöket.")
    with social_worker.database.engine.begin() as connection, indexed_in_bulk(connection):
        connection.execute(
            insert(JournalEntry),
            [
                {
                    "id": before + n,
                    "case_id": case_id,
                    "entry_date": TODAY,
                    "entry_type": "contact",
                    "text": f"Massinlagd anteckning nr{n:03d} om hembesöket.",
                    "author_id": me,
                    "signed_at": None,
                    "corrects_id": None,
                    "created_at": datetime.now(UTC),
                    "updated_at": datetime.now(UTC),
                }
                for n in range(1, 31)
            ],
        )
    assert len(_find(social_worker, "hembesök").hits) == 31
    assert len(_find(social_worker, "massinlagd nr017").hits) == 1
    assert _trigger_names(social_worker) == triggers
    _integrity_check(social_worker)
    # The triggers are back: a row written afterwards is indexed as it is written.
    later = _entry(social_worker, case_id, "Senare anteckning om hembesöket.")
    assert (Source.JOURNAL_ENTRY, later) in _ids(social_worker, "senare")


@pytest.mark.file_only  # the FTS5 index itself
def test_a_failed_bulk_insert_keeps_the_triggers(social_worker, case_id) -> None:
    triggers = _trigger_names(social_worker)

    def fail_inside() -> None:
        with social_worker.database.engine.begin() as connection, indexed_in_bulk(connection):
            raise RuntimeError("the generator stopped")

    with pytest.raises(RuntimeError):
        fail_inside()
    assert _trigger_names(social_worker) == triggers
    assert (Source.JOURNAL_ENTRY, _entry(social_worker, case_id, "Efteråt.")) in _ids(
        social_worker, "efteråt"
    )
