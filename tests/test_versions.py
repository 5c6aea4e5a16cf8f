"""What Caseflow is made of (``--version``), and updates that keep data, through the CLI.

A newer Caseflow opens a database an older one made (migrating it after a
backup) and refuses one a newer Caseflow made, with a clear message and
exit code 4. ``scripts/check-dist`` repeats the last two against the build.
"""

from __future__ import annotations

import platform
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import qVersion
from sqlalchemy import Boolean, Integer, String, column, insert, table
from sqlalchemy.orm import Session

import caseflow
from caseflow import versions
from caseflow.storage import database, migrate
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.keyslots import key_file_path
from caseflow.storage.models.base import UTCDateTime
from tests.storage.helpers import ADMIN, ADMIN_PASSPHRASE, assert_clean_stderr, run_cli, sha256

OLDEST = "0001"
USERS_AT_0001 = table(
    "users",
    column("id", Integer),
    column("username", String),
    column("display_name", String),
    column("role", String),
    column("is_active", Boolean),
    column("created_at", UTCDateTime()),
)


def test_versions_come_from_the_running_libraries() -> None:
    found = versions.collect()
    assert found.caseflow == caseflow.__version__
    assert found.qt == qVersion()
    assert found.python == platform.python_version()
    assert found.sqlite == sqlcipher3.sqlite_version
    assert found.sqlcipher[0].isdigit() and "community" in found.sqlcipher
    assert found.crypto_provider.startswith("OpenSSL")
    assert found.reportlab[0].isdigit()


def test_version_text_names_caseflow_first_then_its_foundations() -> None:
    text = versions.version_text(versions.collect())
    first, *rest = text.splitlines()
    assert first == f"Caseflow {caseflow.__version__}"
    names = [line.split()[0] for line in rest]
    assert names[:4] == ["Qt", "PySide6", "SQLCipher", "SQLite"]
    assert "Python" in names


def test_caseflow_version_on_the_command_line() -> None:
    result = run_cli("--version")
    assert result.returncode == 0, result.stderr
    assert_clean_stderr(result.stderr)
    lines = result.stdout.splitlines()
    assert lines[0] == f"Caseflow {caseflow.__version__}"
    assert any(line.split()[:2] == ["Qt", qVersion()] for line in lines)
    assert any(line.split()[0] == "SQLCipher" for line in lines[1:])
    assert any(line.split()[:2] == ["Python", platform.python_version()] for line in lines)


# --- updates that keep data --------------------------------------------------------------------


def _admin_at_0001(session: Session) -> None:
    session.execute(
        insert(USERS_AT_0001),
        [
            {
                "id": 1,
                "username": ADMIN,
                "display_name": "Alva Administratör",
                "role": "administrator",
                "is_active": True,
                "created_at": datetime(2026, 1, 2, 8, 30, tzinfo=UTC),
            }
        ],
    )


def _passphrase_env() -> dict[str, str]:
    return {"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE}


def test_an_older_database_is_upgraded_after_a_backup(db_path: Path) -> None:
    created = database.create(
        db_path, ADMIN, ADMIN_PASSPHRASE, _admin_at_0001, FAST_TEST_KDF, revision=OLDEST
    )
    created.database.close()
    before = sha256(db_path)

    shown = run_cli("info", db_path, "--user", ADMIN, env=_passphrase_env())

    assert shown.returncode == 0, shown.stderr
    assert_clean_stderr(shown.stderr)
    head = migrate.head_revision()
    assert f"revision: {head} (head {head})" in shown.stdout
    assert "rows users: 1" in shown.stdout and "integrity: ok" in shown.stdout
    copies = sorted(db_path.parent.glob(f"{db_path.name}.before-upgrade-{OLDEST}-*"))
    [backup] = [copy for copy in copies if not copy.name.endswith(".keys")]
    assert sha256(backup) == before  # the copy is the database as the old version left it
    assert key_file_path(backup).is_file()  # with its key file: it opens on its own


def test_a_database_from_a_newer_caseflow_is_refused_and_left_alone(db_path: Path) -> None:
    created = database.create(db_path, ADMIN, ADMIN_PASSPHRASE, _admin_at_0001, FAST_TEST_KDF)
    with created.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00d_from_2031'")
    created.database.close()
    files_before = sorted(p.name for p in db_path.parent.iterdir())
    before = sha256(db_path)

    refused = run_cli("info", db_path, "--user", ADMIN, env=_passphrase_env())

    assert refused.returncode == 4
    assert_clean_stderr(refused.stderr)
    assert refused.stderr.strip() == (
        "The database was made by a newer version of Caseflow. Update Caseflow to open it."
    )
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files_before  # no backup


# --- the bill of materials ---------------------------------------------------------------------


def _sbom_tool():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "tools" / "sbom.py"
    spec = importlib.util.spec_from_file_location("caseflow_sbom_tool", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sbom_finds_the_distributions_behind_bundled_modules_and_files() -> None:
    sbom = _sbom_tool()
    found = sbom.bundled_distributions(
        ["sqlalchemy.engine.base", "sqlcipher3.dbapi2", "PySide6", "caseflow.cli", "json"]
    )
    names = {dist.metadata["Name"].lower() for dist in found}
    assert {"sqlalchemy", "sqlcipher3"} <= names
    assert any(name.startswith("pyside6") for name in names)
    assert "caseflow" not in names  # the application itself is the SBOM's subject


def test_the_sbom_is_cyclonedx_with_versions_and_licences(tmp_path: Path) -> None:
    import json

    sbom = _sbom_tool()
    target = sbom.write_sbom(tmp_path / sbom.SBOM_NAME)  # without a build: the requirements
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["bomFormat"] == "CycloneDX" and document["specVersion"] == "1.5"
    assert document["metadata"]["component"]["version"] == caseflow.__version__
    components = {c["name"]: c for c in document["components"]}
    assert components["Qt"]["version"] == qVersion()
    sqlcipher_licence = components["SQLCipher"]["licenses"][0]["license"]
    assert sqlcipher_licence["id"] == "BSD-3-Clause"
    assert "ZETETIC LLC" in sqlcipher_licence["text"]["content"]
    assert components["sqlcipher3"]["licenses"][0]["license"]["id"] == "Zlib"
    assert components["SQLAlchemy"]["purl"].startswith("pkg:pypi/sqlalchemy@")
    for component in document["components"]:
        assert component["version"] and component["licenses"], component["name"]
    refs = {c["bom-ref"] for c in document["components"]}
    assert set(document["dependencies"][0]["dependsOn"]) == refs
