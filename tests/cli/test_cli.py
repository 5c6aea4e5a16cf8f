"""The command line: init, info and passwd, exit codes 0/2/3/4, messages without tracebacks.

Subprocess tests run ``python -m caseflow`` as an administrator's script would;
the wider matrix of exit codes calls ``cli.main`` in-process, which takes the
same code path from argument parsing to exit code, for speed.
"""

from __future__ import annotations

import json
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import caseflow
from caseflow import cli, paths
from caseflow.domain.errors import WrongCredentials
from caseflow.services import access, info
from caseflow.storage import database, migrate
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.keyslots import key_file_path
from caseflow.storage.models import Base
from tests.storage.helpers import (
    ADMIN,
    ADMIN_PASSPHRASE,
    OTHER_PASSPHRASE,
    assert_clean_stderr,
    run_cli,
    sha256,
)

RECOVERY_KEY = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}$")
WRONG_CREDENTIALS = "The user name or the passphrase is wrong. Nothing was changed."


def _secret_file(folder: Path, name: str, secret: str) -> Path:
    path = folder / name
    path.write_text(secret + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def _can_unlock(path: Path, user: str, passphrase: str) -> bool:
    try:
        access.unlock(path, user, passphrase).lock()
    except WrongCredentials:
        return False
    return True


# --- as a subprocess -------------------------------------------------------------


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"Caseflow {caseflow.__version__}"
    # Then the components IT asks about: Qt, SQLCipher and Python among them.
    names = [line.split()[0] for line in lines[1:] if line.strip()]
    assert {"Qt", "SQLCipher", "Python"} <= set(names)


def test_init_then_info(tmp_path: Path) -> None:
    db = tmp_path / "unit.caseflow"
    passphrase_file = _secret_file(tmp_path, "pass.txt", ADMIN_PASSPHRASE)

    created = run_cli("init", db, "--user", ADMIN, "--passphrase-file", passphrase_file)
    assert created.returncode == 0, created.stderr
    assert_clean_stderr(created.stderr)
    assert "Created the database" in created.stderr
    # stdout is the recovery key alone, so that a script can capture it.
    recovery_key = created.stdout.strip()
    assert RECOVERY_KEY.match(recovery_key), created.stdout
    assert db.is_file() and key_file_path(db).is_file()

    shown = run_cli("info", db, "--user", ADMIN, env={"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE})
    assert shown.returncode == 0, shown.stderr
    assert_clean_stderr(shown.stderr)
    lines = shown.stdout.splitlines()
    head = migrate.head_revision()
    assert lines[0] == f"revision: {head} (head {head})"
    for table in Base.metadata.tables:
        # One user, the database's facts, and the audit entry of init's lock.
        expected = 1 if table in ("users", "database_info", "audit_log") else 0
        assert f"rows {table}: {expected}" in lines
    assert lines[-1] == "integrity: ok"

    database.unlock_with_recovery_key(db, recovery_key).close()
    # The command line makes slots at full cost, never the fast test parameters.
    for slot in json.loads(key_file_path(db).read_text())["slots"]:
        assert slot["kdf"]["memory_kib"] >= 64 * 1024
        assert slot["kdf"]["iterations"] >= 3


def test_unknown_option_is_a_usage_error(closed_db: Path) -> None:
    result = run_cli("info", closed_db, "--user", ADMIN, "--verbose-please")
    assert result.returncode == 2
    assert "--verbose-please" in result.stderr
    assert_clean_stderr(result.stderr)


def test_missing_database_exits_4(tmp_path: Path) -> None:
    result = run_cli(
        "info",
        tmp_path / "nowhere.caseflow",
        "--user",
        ADMIN,
        env={"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE},
    )
    assert result.returncode == 4
    assert "There is no database at that place." in result.stderr
    assert_clean_stderr(result.stderr)
    assert list(tmp_path.iterdir()) == []


def test_passwd_with_new_passphrase_file(closed_db: Path, tmp_path: Path) -> None:
    salt_before = closed_db.read_bytes()[:16]
    new_file = _secret_file(tmp_path, "new.txt", OTHER_PASSPHRASE)
    result = run_cli(
        "passwd",
        closed_db,
        "--user",
        ADMIN,
        "--new-passphrase-file",
        new_file,
        env={"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr
    assert "The passphrase of admin was changed." in result.stderr
    assert_clean_stderr(result.stderr)
    # Not re-encrypted: the salt is the same (the audit log's pages may change).
    assert closed_db.read_bytes()[:16] == salt_before
    assert not _can_unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    assert _can_unlock(closed_db, ADMIN, OTHER_PASSPHRASE)


def _swedish(context: str, source: str) -> str | None:
    """The finished Swedish translation of ``source``, or None while it is unfinished."""
    ts = paths.resources_dir() / "translations" / "caseflow_sv.ts"
    for element in ET.parse(ts).getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        unfinished = any(
            m.find("translation") is None or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
            for m in element.iter("message")
        )
        if unfinished:
            return None
        for message in element.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation")
    return None


def test_wrong_passphrase_in_swedish(closed_db: Path) -> None:
    result = run_cli(
        "info",
        closed_db,
        "--user",
        ADMIN,
        env={"CASEFLOW_PASSPHRASE": "fel-fel-fel", "CASEFLOW_LANG": "sv"},
    )
    assert result.returncode == 3
    assert result.stdout == ""
    assert_clean_stderr(result.stderr)
    expected = _swedish("Errors", WRONG_CREDENTIALS)
    if expected is None:
        pytest.skip("the Swedish translations of context Errors are not finished yet")
    assert expected in result.stderr
    assert WRONG_CREDENTIALS not in result.stderr


# --- in-process: the exit-code matrix ---------------------------------------------


@pytest.fixture
def no_secrets_in_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("CASEFLOW_PASSPHRASE", "CASEFLOW_NEW_PASSPHRASE", "CASEFLOW_USER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEFLOW_LANG", "en")
    return monkeypatch


def _main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as leaving:  # argparse's own exit for usage errors
        code = int(leaving.code or 0)
    err = capsys.readouterr().err
    assert_clean_stderr(err)
    return code, err


def test_init_without_user(
    tmp_path: Path, no_secrets_in_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    no_secrets_in_env.setenv("CASEFLOW_PASSPHRASE", ADMIN_PASSPHRASE)
    code, err = _main(capsys, "init", tmp_path / "x.caseflow")
    assert (code, "--user" in err) == (2, True)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("passphrase", ["kort", "aaaaaaaaaaaaaaaaaaaa", "Sommar2026!!"])
def test_init_with_a_weak_passphrase(
    tmp_path: Path,
    no_secrets_in_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    passphrase: str,
) -> None:
    no_secrets_in_env.setenv("CASEFLOW_PASSPHRASE", passphrase)
    code, err = _main(capsys, "init", tmp_path / "x.caseflow", "--user", ADMIN)
    assert code == 2
    assert "passphrase" in err
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def fast_init(no_secrets_in_env: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """``init`` in-process with cheap key slots (the subprocess test uses the real cost)."""
    create = access.create_database

    def create_fast(*args: Any, **kwargs: Any) -> access.NewDatabase:
        return create(*args, **{**kwargs, "kdf": FAST_TEST_KDF})

    no_secrets_in_env.setattr(access, "create_database", create_fast)
    return no_secrets_in_env


def test_init_takes_user_and_passphrase_from_the_environment(
    tmp_path: Path, fast_init: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "unit.caseflow"
    fast_init.setenv("CASEFLOW_PASSPHRASE", ADMIN_PASSPHRASE)
    fast_init.setenv("CASEFLOW_USER", "asa")
    code, err = _main(capsys, "init", db, "--name", "Åsa Öberg")
    assert code == 0, err
    workspace = access.unlock(db, "asa", ADMIN_PASSPHRASE)
    try:
        assert workspace.user.display_name == "Åsa Öberg"
    finally:
        workspace.lock()


def test_init_over_an_existing_database(
    closed_db: Path, no_secrets_in_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(closed_db), sha256(key_file_path(closed_db))
    no_secrets_in_env.setenv("CASEFLOW_PASSPHRASE", OTHER_PASSPHRASE)
    code, err = _main(capsys, "init", closed_db, "--user", ADMIN)
    assert code == 2
    assert "already exists" in err
    assert (sha256(closed_db), sha256(key_file_path(closed_db))) == before


@pytest.mark.parametrize(
    ("arguments", "env", "expected"),
    [
        (["--user", "nobody"], {"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE}, 3),
        (["--user", "Inte Giltig!"], {"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE}, 3),
        (["--user", ADMIN], {"CASEFLOW_PASSPHRASE": OTHER_PASSPHRASE}, 3),
        ([], {"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE}, 2),  # no user at all
        (["--user", ADMIN], {}, 2),  # no passphrase and no terminal to ask in
        (["--user", ADMIN, "--passphrase-file", "/no/such/file"], {}, 2),
        (["--user", ADMIN], {"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE}, 0),
        ([], {"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE, "CASEFLOW_USER": ADMIN}, 0),
    ],
)
def test_info_exit_codes(
    closed_db: Path,
    no_secrets_in_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    env: dict[str, str],
    expected: int,
) -> None:
    for name, value in env.items():
        no_secrets_in_env.setenv(name, value)
    code, err = _main(capsys, "info", closed_db, *arguments)
    assert code == expected, err
    if expected:
        assert err.strip()


def test_info_on_a_missing_key_file(
    closed_db: Path, no_secrets_in_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file_path(closed_db).unlink()
    no_secrets_in_env.setenv("CASEFLOW_PASSPHRASE", ADMIN_PASSPHRASE)
    code, err = _main(capsys, "info", closed_db, "--user", ADMIN)
    assert code == 4
    assert "key file" in err


def test_passwd_with_the_recovery_key(
    created: access.NewDatabase,
    tmp_path: Path,
    no_secrets_in_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = created.workspace.path
    created.workspace.lock()
    # As printed, then typed back in lower case: the CLI accepts it.
    key_file = _secret_file(tmp_path, "recovery.txt", created.recovery_key.lower())
    no_secrets_in_env.setenv("CASEFLOW_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    code, err = _main(
        capsys, "passwd", db, "--user", ADMIN, "--recovery", "--recovery-key-file", key_file
    )
    assert code == 0, err
    assert "The passphrase of admin was changed." in err
    assert not _can_unlock(db, ADMIN, ADMIN_PASSPHRASE)
    assert _can_unlock(db, ADMIN, OTHER_PASSPHRASE)


def test_passwd_refuses_a_weak_new_passphrase(
    closed_db: Path, no_secrets_in_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keys_before = sha256(key_file_path(closed_db))
    no_secrets_in_env.setenv("CASEFLOW_PASSPHRASE", ADMIN_PASSPHRASE)
    no_secrets_in_env.setenv("CASEFLOW_NEW_PASSPHRASE", "kort")
    code, _ = _main(capsys, "passwd", closed_db, "--user", ADMIN)
    assert code == 2
    assert sha256(key_file_path(closed_db)) == keys_before
    # The failed attempt locked the database again.
    assert _can_unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)


def test_passwd_with_the_wrong_current_passphrase(
    closed_db: Path, no_secrets_in_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keys_before = sha256(key_file_path(closed_db))
    no_secrets_in_env.setenv("CASEFLOW_PASSPHRASE", "fel-fel-fel-fel")
    no_secrets_in_env.setenv("CASEFLOW_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    code, _ = _main(capsys, "passwd", closed_db, "--user", ADMIN)
    assert code == 3
    assert sha256(key_file_path(closed_db)) == keys_before


@pytest.mark.parametrize(
    ("recovery_key", "expected"),
    [("ABCDE-" * 7 + "ABCDE", 3), ("not a recovery key", 2), (None, 2)],
)
def test_passwd_with_a_bad_recovery_key(
    closed_db: Path,
    tmp_path: Path,
    no_secrets_in_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    recovery_key: str | None,
    expected: int,
) -> None:
    no_secrets_in_env.setenv("CASEFLOW_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    arguments: list[str | Path] = ["passwd", closed_db, "--user", ADMIN, "--recovery"]
    if recovery_key is not None:  # None: no file, and no terminal to ask in
        arguments += ["--recovery-key-file", _secret_file(tmp_path, "r.txt", recovery_key)]
    code, _ = _main(capsys, *arguments)
    assert code == expected
    assert _can_unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    logger = logging.getLogger("caseflow")
    saved = (list(logger.handlers), logger.level, logger.propagate)
    yield
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    handlers, level, propagate = saved
    for handler in handlers:
        logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = propagate


def test_an_unexpected_error_is_logged_without_its_message(
    closed_db: Path,
    tmp_path: Path,
    no_secrets_in_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    no_secrets_in_env.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    no_secrets_in_env.setenv("CASEFLOW_PASSPHRASE", ADMIN_PASSPHRASE)

    def broken(*_: object) -> None:
        raise RuntimeError("Ebba Ärlig 20101010-1010")

    no_secrets_in_env.setattr(info, "database_report", broken)
    code, err = _main(capsys, "info", closed_db, "--user", ADMIN)
    assert code == 1
    assert "unexpected error" in err
    assert "Ebba" not in err
    log_text = (paths.log_dir() / "caseflow.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log_text
    assert "Ebba" not in log_text and "20101010" not in log_text
    # The database was locked again despite the error.
    assert _can_unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)


def test_a_passphrase_file_that_is_not_text_is_a_usage_error(tmp_path, capsys):
    from caseflow import cli

    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    code = cli.main(
        ["info", str(tmp_path / "x.db"), "--user", "admin", "--passphrase-file", str(binary)]
    )
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err
