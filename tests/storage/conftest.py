"""Storage fixtures: a database large enough to span many pages, copied per test."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseflow.services import access, drafts
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.keyslots import key_file_path
from tests.storage.helpers import ADMIN, ADMIN_PASSPHRASE

DRAFT_COUNT = 300


@dataclass(frozen=True)
class BigDatabase:
    path: Path
    contents: dict[str, str]  # editor key -> content, as written


@pytest.fixture(scope="session")
def _big_database_template(tmp_path_factory: pytest.TempPathFactory) -> BigDatabase:
    folder = tmp_path_factory.mktemp("big-template")
    path = folder / "big.caseflow"
    created = access.create_database(
        path, ADMIN, "Alva Administratör", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, FAST_TEST_KDF
    )
    contents = {}
    try:
        for number in range(DRAFT_COUNT):
            key = f"case-{number}"
            # Distinct, incompressible-looking text so that rows fill whole pages.
            contents[key] = f"{number:04d} Anteckning om mötet. " * 60
            drafts.save_draft(created.workspace, key, f"Utkast {number}", contents[key])
    finally:
        created.workspace.lock()
    return BigDatabase(path, contents)


@pytest.fixture
def big_database(_big_database_template: BigDatabase, tmp_path: Path) -> BigDatabase:
    """A fresh copy (database + key file) of a ~1 MB database with 300 drafts."""
    source = _big_database_template.path
    target = tmp_path / source.name
    shutil.copy2(source, target)
    shutil.copy2(key_file_path(source), key_file_path(target))
    return BigDatabase(target, _big_database_template.contents)
