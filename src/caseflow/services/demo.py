"""A demo database with invented accounts, for trying Caseflow and for benchmarks.

Demo passphrases are printed and are the same every time: a demo database
must never hold real data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caseflow.domain.accounts import Role
from caseflow.services import access
from caseflow.storage.kdf import DEFAULT_KDF, FAST_TEST_KDF

DEMO_ADMIN = "admin"
DEMO_PASSPHRASE = "demo-Lösenord-2026"  # noqa: S105 - published; demo data only


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: Role
    passphrase: str


@dataclass(frozen=True)
class DemoResult:
    accounts: list[DemoAccount]
    recovery_key: str | None


def create_or_fill(path: Path, *, fast_kdf: bool = False) -> DemoResult:
    """Create the demo database at ``path`` if it does not exist yet."""
    accounts = [DemoAccount(DEMO_ADMIN, Role.ADMINISTRATOR, DEMO_PASSPHRASE)]
    if path.exists():
        access.unlock(path, DEMO_ADMIN, DEMO_PASSPHRASE).lock()
        return DemoResult(accounts, None)
    kdf = FAST_TEST_KDF if fast_kdf else DEFAULT_KDF
    created = access.create_database(
        path, DEMO_ADMIN, "Demo Administratör", DEMO_PASSPHRASE, DEMO_PASSPHRASE, kdf
    )
    created.workspace.lock()
    return DemoResult(accounts, created.recovery_key)
