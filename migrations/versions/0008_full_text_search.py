"""Full-text search in journal entries and minutes items (SQLite FTS5, trigram tokenizer).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 15:03:54.176193
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The index lives in the encrypted file next to the text it indexes. The
# trigram tokenizer indexes every three characters, so a search for "skolk"
# finds "skolkproblemen" and "vård" finds "vårdnadshavare": Swedish compounds
# are one word. It folds case (also of Å, Ä, Ö) but keeps diacritics:
# å, ä and ö are letters of their own, and "ö" must not find "o".
#
# External content: the index refers to the rows by id and reads their text
# from the tables themselves (for highlighting), so no text is stored twice.
# The triggers below keep it in step in the same transaction as every write;
# a 'delete' must be given the text exactly as it was indexed, which the
# AFTER triggers have in OLD. They also run for rows a foreign-key cascade
# deletes (retention deletes whole cases). Signed entries and approved items
# are refused by BEFORE triggers, so these never see such a change.
#
# secure-delete: a deleted row's trigrams are removed from the index at once
# instead of being shadowed until a merge, so nothing of a case deleted by
# retention stays readable in the index either. pgsz 3900: an FTS page then
# fits one 4096-byte SQLCipher page with its reserve. columnsize=0: results
# are never ranked (bm25 costs hundreds of milliseconds), so the sizes it
# needs are not kept.
#
# A later migration that recreates journal_entries or minutes_items (batch
# mode on SQLite) drops these triggers and must create them again.
_SQLITE_STATEMENTS = [
    # Journal entries: the text.
    """
CREATE VIRTUAL TABLE journal_fts USING fts5(
    text,
    content = 'journal_entries', content_rowid = 'id', columnsize = 0,
    tokenize = 'trigram case_sensitive 0 remove_diacritics 0')
""",
    "INSERT INTO journal_fts(journal_fts, rank) VALUES ('pgsz', 3900)",
    "INSERT INTO journal_fts(journal_fts, rank) VALUES ('secure-delete', 1)",
    """
CREATE TRIGGER journal_entries_fts_insert AFTER INSERT ON journal_entries
BEGIN
    INSERT INTO journal_fts(rowid, text) VALUES (NEW.id, NEW.text);
END
""",
    """
CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries
BEGIN
    INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END
""",
    """
CREATE TRIGGER journal_entries_fts_update AFTER UPDATE ON journal_entries
FOR EACH ROW WHEN NEW.id IS NOT OLD.id OR NEW.text IS NOT OLD.text
BEGIN
    INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    INSERT INTO journal_fts(rowid, text) VALUES (NEW.id, NEW.text);
END
""",
    # The entries written before this revision.
    "INSERT INTO journal_fts(journal_fts) VALUES ('rebuild')",
    # Minutes items: heading, notes and decisions.
    """
CREATE VIRTUAL TABLE minutes_fts USING fts5(
    heading, notes, decisions,
    content = 'minutes_items', content_rowid = 'id', columnsize = 0,
    tokenize = 'trigram case_sensitive 0 remove_diacritics 0')
""",
    "INSERT INTO minutes_fts(minutes_fts, rank) VALUES ('pgsz', 3900)",
    "INSERT INTO minutes_fts(minutes_fts, rank) VALUES ('secure-delete', 1)",
    """
CREATE TRIGGER minutes_items_fts_insert AFTER INSERT ON minutes_items
BEGIN
    INSERT INTO minutes_fts(rowid, heading, notes, decisions)
    VALUES (NEW.id, NEW.heading, NEW.notes, NEW.decisions);
END
""",
    """
CREATE TRIGGER minutes_items_fts_delete AFTER DELETE ON minutes_items
BEGIN
    INSERT INTO minutes_fts(minutes_fts, rowid, heading, notes, decisions)
    VALUES ('delete', OLD.id, OLD.heading, OLD.notes, OLD.decisions);
END
""",
    """
CREATE TRIGGER minutes_items_fts_update AFTER UPDATE ON minutes_items
FOR EACH ROW WHEN NEW.id IS NOT OLD.id OR NEW.heading IS NOT OLD.heading
    OR NEW.notes IS NOT OLD.notes OR NEW.decisions IS NOT OLD.decisions
BEGIN
    INSERT INTO minutes_fts(minutes_fts, rowid, heading, notes, decisions)
    VALUES ('delete', OLD.id, OLD.heading, OLD.notes, OLD.decisions);
    INSERT INTO minutes_fts(rowid, heading, notes, decisions)
    VALUES (NEW.id, NEW.heading, NEW.notes, NEW.decisions);
END
""",
    "INSERT INTO minutes_fts(minutes_fts) VALUES ('rebuild')",
]

_TRIGGER_NAMES = tuple(
    f"{table}_fts_{event}"
    for table in ("journal_entries", "minutes_items")
    for event in ("insert", "delete", "update")
)


def upgrade() -> None:
    # PostgreSQL (team mode) will search with pg_trgm indexes of its own.
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _SQLITE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS minutes_fts")
    op.execute("DROP TABLE IF EXISTS journal_fts")
