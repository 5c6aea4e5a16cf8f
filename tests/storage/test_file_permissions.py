"""The database, its WAL and its key file are readable by their owner only."""

from __future__ import annotations

import os
import stat

import pytest

from caseflow.services import drafts
from caseflow.storage.keyslots import key_file_path


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_wal_and_key_file_are_private(workspace, db_path):
    drafts.save_draft(workspace, "test:perm", "Titel", "Text")  # makes the -wal file
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    for path in (db_path, key_file_path(db_path), wal):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, (path.name, oct(mode))
