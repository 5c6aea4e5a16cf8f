"""Alembic environment: migrations always run on a connection Caseflow opened.

The database is encrypted, so Alembic never opens it from a URL; storage
passes the keyed connection in ``config.attributes["connection"]``.
"""

from alembic import context

from caseflow.storage import fulltext
from caseflow.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through caseflow.storage.migrate (tools/new_migration.py for new ones)."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode recreates the table. Every
    # migration that does so must also re-create triggers on that table.
    render_as_batch=True,
    compare_type=True,
    # The full-text index tables are made by hand (FTS5): not the models' business.
    include_name=fulltext.include_name,
)
with context.begin_transaction():
    context.run_migrations()
