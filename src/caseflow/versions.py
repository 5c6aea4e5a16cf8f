"""What this Caseflow is made of: its own version and those of the libraries it runs on.

Shown by ``caseflow --version`` and the About dialog, so that IT can tell
which Qt, SQLCipher and Python a build carries without unpacking it. Each
version is read from the running library itself (not from package
metadata, which a PyInstaller build does not carry), so the answer is true
for the build as well as for a development checkout.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from typing import Any

import caseflow

UNKNOWN = "?"


@dataclass(frozen=True)
class Versions:
    caseflow: str
    python: str
    qt: str  # the Qt libraries actually loaded
    pyside: str
    sqlcipher: str  # e.g. "4.6.1 community"
    sqlite: str  # the SQLite inside SQLCipher
    crypto_provider: str  # the OpenSSL that SQLCipher encrypts with
    reportlab: str

    def lines(self) -> list[tuple[str, str]]:
        """(component, version) pairs in the order people ask for them."""
        return [
            ("Caseflow", self.caseflow),
            ("Qt", self.qt),
            ("PySide6", self.pyside),
            ("SQLCipher", self.sqlcipher),
            ("SQLite", self.sqlite),
            ("OpenSSL (SQLCipher)", self.crypto_provider),
            ("Python", self.python),
            ("reportlab", self.reportlab),
        ]


def _qt() -> tuple[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    return qVersion(), str(PySide6.__version__)


def _pragma(connection: Any, name: str) -> str:
    row = connection.execute(f"PRAGMA {name}").fetchone()
    return str(row[0]) if row else UNKNOWN


def _sqlcipher() -> tuple[str, str, str]:
    # The driver is storage's business; here it is only asked what it is. An
    # in-memory database with a throwaway key: no file is touched.
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        version = _pragma(connection, "cipher_version")
        connection.execute("PRAGMA key = 'versions'")
        connection.execute("CREATE TABLE probe (x)")  # the provider is chosen on first use
        provider = _pragma(connection, "cipher_provider_version")
    finally:
        connection.close()
    return version, str(sqlcipher3.sqlite_version), provider


def _reportlab() -> str:
    import reportlab  # type: ignore[import-untyped]

    return str(reportlab.Version)


def collect() -> Versions:
    qt, pyside = _qt()
    sqlcipher, sqlite, provider = _sqlcipher()
    return Versions(
        caseflow=caseflow.__version__,
        python=platform.python_version(),
        qt=qt,
        pyside=pyside,
        sqlcipher=sqlcipher,
        sqlite=sqlite,
        crypto_provider=provider,
        reportlab=_reportlab(),
    )


def version_text(versions: Versions | None = None) -> str:
    """``caseflow --version``: the first line names Caseflow, the rest its foundations."""
    versions = versions or collect()
    first, *rest = versions.lines()
    width = max(len(name) for name, _ in rest)
    return "\n".join([f"{first[0]} {first[1]}"] + [f"  {n:<{width}}  {v}" for n, v in rest])
