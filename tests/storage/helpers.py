"""Helpers shared by the storage, services and CLI tests (plain functions, no fixtures)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from caseflow.domain.accounts import Role
from caseflow.services.workspace import Workspace
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.models import User
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

__all__ = [
    "ADMIN",
    "ADMIN_PASSPHRASE",
    "OTHER_PASSPHRASE",
    "add_user",
    "assert_clean_stderr",
    "file_states",
    "flip_byte",
    "run_cli",
    "sha256",
]

OTHER_PASSPHRASE = "Gul-ekorre-hoppar-över-staketet-17"
FileState = tuple[str, int]


def file_states(folder: Path) -> dict[str, FileState]:
    """Every file below ``folder``: relative name -> (sha256, mtime in ns)."""
    states: dict[str, FileState] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            states[str(path.relative_to(folder))] = (digest, path.stat().st_mtime_ns)
    return states


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def add_user(
    workspace: Workspace,
    username: str,
    passphrase: str = OTHER_PASSPHRASE,
    role: Role = Role.SOCIAL_WORKER,
    *,
    display_name: str | None = None,
    active: bool = True,
) -> None:
    """An account row plus its key slot: what user administration will do later."""
    with workspace.transaction() as session:
        session.add(
            User(
                username=username,
                display_name=display_name or username.title(),
                role=role.value,
                is_active=active,
            )
        )
    workspace.database.set_user_passphrase(username, passphrase, FAST_TEST_KDF)


_SECRET_VARIABLES = ("CASEFLOW_PASSPHRASE", "CASEFLOW_NEW_PASSPHRASE", "CASEFLOW_USER")


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m caseflow ARGS`` as a user would, in English unless ``env`` says otherwise."""
    full_env = {k: v for k, v in os.environ.items() if k not in _SECRET_VARIABLES}
    full_env["CASEFLOW_LANG"] = "en"
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "caseflow", *map(str, args)],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )


# What SQLCipher or Python print when they, not Caseflow, speak to the user.
FOREIGN_STDERR = ("Traceback", "ERROR CORE", "hmac check failed", "sqlcipher", "sqlite3")


def assert_clean_stderr(stderr: str) -> None:
    for foreign in FOREIGN_STDERR:
        assert foreign not in stderr, f"{foreign!r} in stderr:\n{stderr}"
