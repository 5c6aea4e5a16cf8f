"""Full-text search in journal entries and minutes items: SQLite FTS5 with trigrams.

Migration 0008 made the indexes (``journal_fts``, ``minutes_fts``) and the
triggers that keep them in step with every write. The trigram tokenizer
finds any fragment of three characters or more, so parts of Swedish
compounds are found ("skolk" in "skolkproblemen"), case-insensitively, with
å, ä and ö as letters of their own ("ö" does not find "o").

User text is never FTS5 syntax: every term becomes a quoted string, so
quotes, ``*``, ``NEAR``, ``OR`` and parentheses are searched for as
characters (or ignored when too short) and can neither break a query nor
widen it. Terms must all occur (AND). Hits come newest written first
(``rowid DESC``: ranking with bm25 costs hundreds of milliseconds at 500,000
entries), one more than asked so that the caller can say "more than N".
Matches are marked with ``MATCH_START`` and ``MATCH_END``, control
characters rather than HTML, so that a front end escapes the text first and
marks the matches its own way.

Who may read what is the services' decision, passed in as SQL (``Scope``).
PostgreSQL (team mode) will answer the same call with pg_trgm indexes.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    case,
    column,
    func,
    literal_column,
    null,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from caseflow.storage.models import Case, JournalEntry, Meeting, MinutesItem

MIN_TERM_LENGTH = 3  # the trigram tokenizer matches nothing shorter
MATCH_START = "\x02"
MATCH_END = "\x03"
ELLIPSIS = "…"

# The index tables (with their shadow tables name_data, name_idx, name_config),
# the tables they index and the columns indexed.
_INDEXED = {
    "journal_fts": ("journal_entries", ("text",)),
    "minutes_fts": ("minutes_items", ("heading", "notes", "decisions")),
}
INDEX_TABLES = tuple(_INDEXED)

_SPACE = re.compile(r"\s+")
# Control characters (our markers among them) are never part of a term.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def is_index_table(name: str) -> bool:
    """True for the full-text tables, which the models (and autogenerate) do not know."""
    return any(name == t or name.startswith(f"{t}_") for t in INDEX_TABLES)


# The server's trigram indexes (migration 0013): GIN indexes with an operator
# class, which the models do not describe either.
SERVER_INDEXES = (
    "ix_journal_entries_text_trgm",
    "ix_minutes_items_heading_trgm",
    "ix_minutes_items_notes_trgm",
    "ix_minutes_items_decisions_trgm",
)


def include_name(name: str | None, type_: str, parent_names: Mapping[str, str | None]) -> bool:
    """Alembic's ``include_name`` hook: comparisons with the models skip the search indexes.

    Migration 0008 made the file's by hand (FTS5 virtual tables, which models
    cannot describe) and 0013 the server's; without this, autogenerate would
    drop them.
    """
    if type_ == "table" and name is not None and is_index_table(name):
        return False
    return not (type_ == "index" and name in SERVER_INDEXES)


# --- the query ---------------------------------------------------------------------


@dataclass(frozen=True)
class Terms:
    """What a search text was split into: terms searched for and terms too short."""

    usable: tuple[str, ...]
    too_short: tuple[str, ...]


def _is_word_character(character: str) -> bool:
    return character.isalnum()


def _trimmed(word: str) -> str:
    # Punctuation around a word ("skolk," or "(mamma)") is not what is meant;
    # inside it ("e-post", "2024-05") it is.
    start, end = 0, len(word)
    while start < end and not _is_word_character(word[start]):
        start += 1
    while end > start and not _is_word_character(word[end - 1]):
        end -= 1
    return word[start:end]


def parse_terms(text: str) -> Terms:
    """Split ``text`` at white space into terms (each once, in order)."""
    usable: list[str] = []
    too_short: list[str] = []
    for word in _SPACE.split(_CONTROL.sub(" ", text)):
        term = _trimmed(word)
        if not term:
            continue
        target = usable if len(term) >= MIN_TERM_LENGTH else too_short
        if term.casefold() not in (t.casefold() for t in target):
            target.append(term)
    return Terms(tuple(usable), tuple(too_short))


def match_expression(terms: Terms) -> str | None:
    """The FTS5 MATCH expression: every usable term quoted, all required; None if none."""
    if not terms.usable:
        return None
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms.usable)


# --- the excerpt ---------------------------------------------------------------------

EXCERPT_BEFORE = 60
EXCERPT_LENGTH = 220


def excerpt(marked: str, before: int = EXCERPT_BEFORE, length: int = EXCERPT_LENGTH) -> str:
    """A single-line piece of ``marked`` text around its first match, cut between words.

    Cutting never leaves a match open: a match cut at the end is closed.
    """
    flat = _SPACE.sub(" ", marked).strip()
    first = flat.find(MATCH_START)
    start = max(0, first - before) if first >= 0 else 0
    if start > 0:
        space = flat.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = start + length
    if end < len(flat):
        space = flat.rfind(" ", max(first, start), end)
        end = space if space > start else end
    piece = flat[start:end].strip()
    if piece.count(MATCH_START) > piece.count(MATCH_END):
        piece += MATCH_END
    return (ELLIPSIS if start > 0 else "") + piece + (ELLIPSIS if end < len(flat) else "")


# --- searching -----------------------------------------------------------------------


class Source(enum.StrEnum):
    JOURNAL_ENTRY = "journal_entry"
    MINUTES_ITEM = "minutes_item"


@dataclass(frozen=True)
class Scope:
    """Which hits the user may see, as conditions on each hit's case (the ``Case`` row).

    ``cases`` None means every case; ``text_shown`` None means the matched
    text of every hit; where it is false a hit comes without an excerpt.
    Both are checked hit by hit as the index is read newest first (write them
    correlated, e.g. ``case_access.assigned_to_row``), so that a search costs
    what it reads, not what the unit holds: collecting a user's own cases as
    a list first took 3 ms per use at 10,000 cases, growing with them.
    """

    cases: ColumnElement[bool] | None = None
    text_shown: ColumnElement[bool] | None = None


@dataclass(frozen=True)
class Hit:
    source: Source
    record_id: int
    case_id: int
    case_number: str
    day: date
    # The matched text around its first match, with markers; None when it may not be shown.
    excerpt: str | None


@dataclass(frozen=True)
class Found:
    hits: list[Hit]  # newest first, at most the limit asked for
    more: bool  # there are more hits than returned


_JOURNAL_FTS = table("journal_fts", column("rowid", Integer))
_MINUTES_FTS = table("minutes_fts", column("rowid", Integer))


def _highlight(index: str, column_number: int, scope: Scope) -> Any:
    return _shown(
        func.highlight(literal_column(index), column_number, MATCH_START, MATCH_END), scope
    )


def _in_scope(scope: Scope) -> list[ColumnElement[bool]]:
    return [] if scope.cases is None else [scope.cases]


def journal_query(expression: str, scope: Scope, reader_id: int, limit: int) -> Select[Any]:
    """Matching journal entries, newest written first (id, case, number, date, marked text)."""
    fts = _JOURNAL_FTS
    return (
        select(
            JournalEntry.id,
            JournalEntry.case_id,
            Case.case_number,
            JournalEntry.entry_date,
            _highlight("journal_fts", 0, scope),
        )
        .select_from(fts)
        .join(JournalEntry, JournalEntry.id == fts.c.rowid)
        .join(Case, Case.id == JournalEntry.case_id)
        .where(
            literal_column("journal_fts").op("MATCH")(expression),
            # Unsigned entries are their author's work in progress.
            JournalEntry.signed_at.is_not(None) | (JournalEntry.author_id == reader_id),
            *_in_scope(scope),
        )
        .order_by(fts.c.rowid.desc())
        .limit(limit)
    )


def _journal(
    session: Session, expression: str, scope: Scope, reader_id: int, limit: int
) -> list[Hit]:
    query = journal_query(expression, scope, reader_id, limit)
    return [
        Hit(Source.JOURNAL_ENTRY, r[0], r[1], r[2], r[3], excerpt(r[4]) if r[4] else None)
        for r in session.connection().execute(query).all()
    ]


def minutes_query(expression: str, scope: Scope, limit: int) -> Select[Any]:
    """Matching minutes items, newest written first (id, case, number, meeting start,
    marked heading, notes and decisions)."""
    fts = _MINUTES_FTS
    return (
        select(
            MinutesItem.id,
            MinutesItem.case_id,
            Case.case_number,
            Meeting.starts_at,
            *(_highlight("minutes_fts", n, scope) for n in range(3)),
        )
        .select_from(fts)
        .join(MinutesItem, MinutesItem.id == fts.c.rowid)
        .join(Case, Case.id == MinutesItem.case_id)
        .join(Meeting, Meeting.id == MinutesItem.meeting_id)
        .where(
            literal_column("minutes_fts").op("MATCH")(expression),
            *_in_scope(scope),
        )
        .order_by(fts.c.rowid.desc())
        .limit(limit)
    )


def _minutes(session: Session, expression: str, scope: Scope, limit: int) -> list[Hit]:
    hits = []
    for row in session.connection().execute(minutes_query(expression, scope, limit)).all():
        starts_at: datetime = row[3]
        # Heading, notes, decisions: the first with a match (all are None if hidden).
        marked = next((text for text in row[4:] if text and MATCH_START in text), None)
        hits.append(
            Hit(
                Source.MINUTES_ITEM,
                row[0],
                row[1],
                row[2],
                starts_at.date(),
                excerpt(marked) if marked else None,
            )
        )
    return hits


def search(session: Session, terms: Terms, scope: Scope, reader_id: int, limit: int) -> Found:
    """Journal entries and minutes items matching every usable term, newest first.

    ``reader_id`` is the user searching: their own unsigned entries are
    searched, no one else's. Each source gives its newest ``limit + 1``
    hits (newest written: highest id); together they are shown by date.
    """
    expression = match_expression(terms)
    if expression is None:
        return Found([], False)
    if session.get_bind().dialect.name == "sqlite":
        hits = _journal(session, expression, scope, reader_id, limit + 1)
        hits += _minutes(session, expression, scope, limit + 1)
    else:
        hits = _server_journal(session, terms.usable, scope, reader_id, limit + 1)
        hits += _server_minutes(session, terms.usable, scope, limit + 1)
    hits.sort(key=lambda h: (h.day, h.source == Source.JOURNAL_ENTRY, h.record_id), reverse=True)
    return Found(hits[:limit], len(hits) > limit)


# --- on a server ----------------------------------------------------------------------
# PostgreSQL has no FTS5: each term is a case-insensitive substring (ILIKE), which
# the pg_trgm GIN indexes of migration 0013 answer from trigrams, as FTS5's trigram
# tokenizer does here; the matches are marked in Python the same way.


def _contains(column: Any, term: str) -> ColumnElement[bool]:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return cast(ColumnElement[bool], column.ilike(f"%{escaped}%", escape="\\"))


def _marked(text: str, terms: tuple[str, ...]) -> str | None:
    """``text`` with every match of a term marked; None when nothing in it matches."""
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    marked, count = pattern.subn(lambda m: f"{MATCH_START}{m.group(0)}{MATCH_END}", text)
    return marked if count else None


def _shown(text: Any, scope: Scope) -> Any:
    return text if scope.text_shown is None else case((scope.text_shown, text), else_=null())


def _server_journal(
    session: Session, terms: tuple[str, ...], scope: Scope, reader_id: int, limit: int
) -> list[Hit]:
    query = (
        select(
            JournalEntry.id,
            JournalEntry.case_id,
            Case.case_number,
            JournalEntry.entry_date,
            _shown(JournalEntry.text, scope),
        )
        .join(Case, Case.id == JournalEntry.case_id)
        .where(
            *(_contains(JournalEntry.text, term) for term in terms),
            JournalEntry.signed_at.is_not(None) | (JournalEntry.author_id == reader_id),
            *_in_scope(scope),
        )
        .order_by(JournalEntry.id.desc())
        .limit(limit)
    )
    hits = []
    for entry_id, case_id, number, day, text in session.connection().execute(query).all():
        marked = _marked(text, terms) if text else None
        hits.append(
            Hit(
                Source.JOURNAL_ENTRY,
                entry_id,
                case_id,
                number,
                day,
                excerpt(marked) if marked else None,
            )
        )
    return hits


def _server_minutes(
    session: Session, terms: tuple[str, ...], scope: Scope, limit: int
) -> list[Hit]:
    columns = (MinutesItem.heading, MinutesItem.notes, MinutesItem.decisions)
    query = (
        select(
            MinutesItem.id,
            MinutesItem.case_id,
            Case.case_number,
            Meeting.starts_at,
            *(_shown(column, scope) for column in columns),
        )
        .join(Case, Case.id == MinutesItem.case_id)
        .join(Meeting, Meeting.id == MinutesItem.meeting_id)
        .where(
            # Each term somewhere in the item, as FTS5 matches a row.
            *(or_(*(_contains(column, term) for column in columns)) for term in terms),
            *_in_scope(scope),
        )
        .order_by(MinutesItem.id.desc())
        .limit(limit)
    )
    hits = []
    for row in session.connection().execute(query).all():
        marked = next((m for text in row[4:] if text and (m := _marked(text, terms))), None)
        hits.append(
            Hit(
                Source.MINUTES_ITEM,
                row[0],
                row[1],
                row[2],
                row[3].date(),
                excerpt(marked) if marked else None,
            )
        )
    return hits


# --- bulk inserts ----------------------------------------------------------------------


@contextmanager
def indexed_in_bulk(connection: Connection) -> Iterator[None]:
    """Inside one transaction: index the rows inserted in the block in one go at its end.

    The insert triggers index row by row, and FTS5 writes its pending index
    to the file at every statement a trigger runs in: about 250 µs a journal
    entry against 25 µs for one INSERT ... SELECT. For the demo generator
    and benchmarks, which insert many rows with ids above every existing
    one and change none. The triggers are dropped and created again in the
    same transaction, so a failure rolls back both.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    highest = {
        indexed: connection.exec_driver_sql(
            f"SELECT coalesce(max(id), 0) FROM {indexed}"  # noqa: S608 - names are ours
        ).scalar_one()
        for indexed, _ in _INDEXED.values()
    }
    names = tuple(f"{indexed}_fts_insert" for indexed, _ in _INDEXED.values())
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)", names
    ).all()
    for name, _ in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for index, (indexed, columns) in _INDEXED.items():
        listed = ", ".join(columns)
        connection.exec_driver_sql(
            f"INSERT INTO {index}(rowid, {listed}) SELECT id, {listed} FROM {indexed} "  # noqa: S608 - names are ours
            "WHERE id > ? ORDER BY id",
            (highest[indexed],),
        )
    for _, sql in triggers:
        connection.exec_driver_sql(sql)
