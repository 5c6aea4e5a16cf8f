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


def test_losing_a_creation_race_removes_nothing_of_the_other_database(tmp_path, monkeypatch):
    from caseflow.domain.errors import DatabaseExists
    from caseflow.storage import database
    from caseflow.storage.kdf import FAST_TEST_KDF

    path = tmp_path / "race.caseflow"
    theirs = b"another process's database"

    def made_meanwhile(target):  # another process creates the file right after our check
        target.write_bytes(theirs)
        raise FileExistsError(target)

    monkeypatch.setattr(database, "_create_private_file", made_meanwhile)
    with pytest.raises(DatabaseExists):
        database.create(path, "admin", "Rätt-häst-batteri-42x", lambda s: None, FAST_TEST_KDF)
    assert path.read_bytes() == theirs
