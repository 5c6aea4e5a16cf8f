"""Write a new Alembic revision by comparing the models with a database at head.

Usage: python tools/new_migration.py REV_ID "message"

Alembic cannot open the encrypted database from a URL, so this makes a
throwaway encrypted database at the current head and autogenerates against it.
Read and edit what it writes: autogenerate misses renames and server defaults.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from caseflow.storage import migrate
from caseflow.storage.keyslots import new_database_key
from caseflow.storage.sqlcipher import create_sqlcipher_engine


def main(rev_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_sqlcipher_engine(
            Path(folder) / "scratch.db", new_database_key(), create=True
        )
        if any((migrate.migrations_dir() / "versions").glob("*.py")):
            migrate.upgrade(engine)
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
