"""Search on PostgreSQL: trigram indexes over journal and minutes text (pg_trgm).

The file searches with FTS5's trigram tokenizer (0008); the server answers the
same searches (each term a case-insensitive substring, so parts of compound
words are found) from GIN indexes of trigrams. pg_trgm is a trusted
extension: the database's owner may create it.

Nothing changes on SQLite.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-25 19:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    "ix_journal_entries_text_trgm": ("journal_entries", "text"),
    "ix_minutes_items_heading_trgm": ("minutes_items", "heading"),
    "ix_minutes_items_notes_trgm": ("minutes_items", "notes"),
    "ix_minutes_items_decisions_trgm": ("minutes_items", "decisions"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, (table, column) in _INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
