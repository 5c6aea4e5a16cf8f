"""No plaintext of user data anywhere on disk: files, journals, temp files, logs."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import exc, text

from caseflow import logsetup
from caseflow.domain.errors import DatabaseDamaged
from caseflow.services import access, drafts, settings
from caseflow.services.workspace import Workspace
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.models import Setting, User
from tests.storage.helpers import ADMIN, ADMIN_PASSPHRASE, add_user

MARKER = "Markörtext-Zebra-7781"
PERSONNUMMER = "19121212-1212"
SECRETS = (MARKER, PERSONNUMMER, PERSONNUMMER.replace("-", ""), "Zebra-7781")

# The folder conftest.py isolated the whole test run into (XDG_* live below it).
RUN_FOLDER = Path(os.environ["XDG_CONFIG_HOME"]).parent


@dataclass(frozen=True)
class Isolated:
    root: Path
    database: Path


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Isolated:
    """Settings, data, state, cache and temp files of this test all go below tmp_path."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    temp = tmp_path / "tmp"
    temp.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    data = tmp_path / "data"
    data.mkdir()
    return Isolated(tmp_path, data / "unit.caseflow")


def _encodings(secret: str) -> list[bytes]:
    forms = {secret, secret.casefold(), secret.upper()}
    return [form.encode(codec) for form in forms for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def _assert_no_plaintext(*folders: Path) -> list[Path]:
    """Search every file below ``folders``; return them so tests can say what was searched."""
    searched = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            searched.append(path)
            data = path.read_bytes()
            for secret in SECRETS:
                for encoded in _encodings(secret):
                    assert encoded not in data, f"{secret!r} in clear in {path}"
    return searched


def _write_markers(workspace: Workspace) -> None:
    drafts.save_draft(workspace, "journal-1", f"Utkast {MARKER}", f"{MARKER} {PERSONNUMMER} " * 50)
    drafts.save_draft(workspace, f"case {MARKER}", MARKER, MARKER)
    add_user(workspace, "bo", display_name=f"Bo {MARKER}")
    settings.set_auto_lock_minutes(workspace, 15)
    with workspace.transaction() as session:
        session.add(Setting(key="unit_name", value=json.dumps(f"Enhet {MARKER}")))


def test_marker_text_is_nowhere_on_disk(isolated: Isolated) -> None:
    created = access.create_database(
        isolated.database,
        ADMIN,
        f"Alva {MARKER} {PERSONNUMMER}",
        ADMIN_PASSPHRASE,
        ADMIN_PASSPHRASE,
        FAST_TEST_KDF,
    )
    workspace = created.workspace
    try:
        _write_markers(workspace)
        # Open: the recent writes live in the -wal file, which must be searched too.
        wal = isolated.database.with_name(isolated.database.name + "-wal")
        assert wal.stat().st_size > 0
        searched = _assert_no_plaintext(isolated.root, RUN_FOLDER)
        assert wal in searched
    finally:
        workspace.lock()

    searched = _assert_no_plaintext(isolated.root, RUN_FOLDER)
    assert isolated.database in searched
    assert isolated.database.with_name(isolated.database.name + ".keys") in searched

    # And the data really is in there: the test searched for something that exists.
    workspace = access.unlock(isolated.database, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert MARKER in workspace.user.display_name
        assert drafts.load_draft(workspace, "journal-1") is not None
        _assert_no_plaintext(isolated.root, RUN_FOLDER)
    finally:
        workspace.lock()


def test_deleted_text_leaves_no_plaintext(isolated: Isolated) -> None:
    created = access.create_database(
        isolated.database, ADMIN, "Alva", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, FAST_TEST_KDF
    )
    workspace = created.workspace
    try:
        drafts.save_draft(workspace, "note", MARKER, MARKER * 100)
        drafts.discard_draft(workspace, "note")
    finally:
        workspace.lock()
    _assert_no_plaintext(isolated.root)


@pytest.fixture
def caseflow_log(isolated: Isolated) -> Iterator[Path]:
    """The app's own log file, configured as the app does, put back afterwards."""
    logger = logging.getLogger("caseflow")
    saved = (list(logger.handlers), logger.level, logger.propagate)
    path = logsetup.configure_logging(isolated.root / "logs")
    yield path
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    handlers, level, propagate = saved
    for handler in handlers:
        logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = propagate


def test_log_of_storage_errors_holds_no_personal_data(
    isolated: Isolated, caseflow_log: Path
) -> None:
    log = logging.getLogger("caseflow.services.test")
    created = access.create_database(
        isolated.database, ADMIN, "Alva", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, FAST_TEST_KDF
    )
    workspace = created.workspace
    try:
        # A constraint violation: SQLAlchemy's message quotes the parameters.
        with (
            pytest.raises(exc.IntegrityError) as duplicate,
            workspace.transaction() as session,
        ):
            session.add(User(username=ADMIN, display_name=f"{MARKER} {PERSONNUMMER}", role="x"))
        assert MARKER in str(duplicate.value)  # the test is only worth something if so
        try:
            raise duplicate.value
        except exc.IntegrityError:
            log.exception("saving a user failed")

        # A driver error that storage translates: the quoted text stays in __cause__.
        with (
            pytest.raises(DatabaseDamaged) as translated,
            workspace.transaction() as session,
        ):
            session.execute(text("INSERT INTO no_such_table VALUES (:v)"), {"v": MARKER})
        assert MARKER in str(translated.value.__cause__)
        try:
            raise translated.value
        except DatabaseDamaged:
            log.exception("saving a note failed")
        log.error("failed for %s", workspace.user.username)
    finally:
        workspace.lock()
    for handler in logging.getLogger("caseflow").handlers:
        handler.flush()

    written = caseflow_log.read_text(encoding="utf-8")
    assert "IntegrityError" in written
    assert "DatabaseDamaged" in written
    for secret in SECRETS:
        assert secret not in written
    assert "no_such_table" not in written  # statements are not logged either
    _assert_no_plaintext(isolated.root, RUN_FOLDER)
