"""Team mode's engine: a PostgreSQL server reached over verified TLS as the user's own role.

A server profile (host, port, database, the certificate authority that
signed the server's certificate) is all a PC keeps; it holds no password.
Each Caseflow user is a PostgreSQL login role and signs in as themselves,
so that the server's own grants and row-level security decide what they
see (a shared login could be spoofed with one ``SET``).

Only ``sslmode=verify-full`` is used: the server must prove it is the
host named in the profile, with a certificate from the profile's
authority. A password never goes into a connection string or a URL
(which SQLAlchemy and libpq could echo in errors); it is handed to the
driver separately and not kept after the engine is made.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, exc

from caseflow.domain.errors import (
    CaseflowError,
    DatabaseInUse,
    InvalidInput,
    StorageUnavailable,
    WrongCredentials,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP

DEFAULT_PORT = 5432
_CONNECT_TIMEOUT_S = 10
# A host name or an address: letters, digits, dots, hyphens, colons (IPv6).
_HOST = re.compile(r"^[A-Za-z0-9.:-]{1,253}$")
# A database name as Caseflow creates them: no quoting needed anywhere.
_DATABASE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class ServerNotTrusted(StorageUnavailable):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The server could not prove that it is the server in the profile (its TLS "
        "certificate does not match the certificate authority or the host name). "
        "Nothing was sent to it. Ask IT to check the profile.",
    )


class ServerUnreachable(StorageUnavailable):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The Caseflow server cannot be reached. Check the network connection, or ask IT "
        "whether the server is running.",
    )


@dataclass(frozen=True)
class ServerProfile:
    """Where a team's database is: nothing secret, so a PC may remember it."""

    host: str
    port: int
    database: str
    root_cert: Path  # the authority that signed the server's certificate (sslrootcert)

    def __post_init__(self) -> None:
        if not _HOST.match(self.host):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The server name is not valid."))
        if not 0 < self.port < 65536:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The port must be 1–65535."))
        if not _DATABASE.match(self.database):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database name may hold lower-case letters a–z, digits and _ only.",
                )
            )

    def connect_args(self, user: str, password: str) -> dict[str, Any]:
        """libpq's keywords for a verified TLS connection as ``user``."""
        return {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": user,
            "password": password,
            "sslmode": "verify-full",
            "sslrootcert": str(self.root_cert),
            "application_name": "caseflow",
            "connect_timeout": _CONNECT_TIMEOUT_S,
        }


def create_server_engine(profile: ServerProfile, user: str, password: str) -> Engine:
    """An engine whose connections log in as ``user`` over verified TLS.

    Connects once before returning, so that a wrong password, an untrusted
    server or an unreachable one is told now, as a Caseflow error.
    """
    if not profile.root_cert.is_file():
        raise ServerNotTrusted()
    arguments = profile.connect_args(user, password)
    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: psycopg.connect(**arguments),
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=True,
    )
    try:
        with server_errors(), engine.connect():
            pass
    except BaseException:
        engine.dispose()
        raise
    return engine


def classify(error: BaseException) -> CaseflowError | None:
    """The Caseflow error for a driver error met while connecting, or None."""
    original = error.orig if isinstance(error, exc.DBAPIError) else error
    if not isinstance(original, psycopg.OperationalError):
        return None
    state = getattr(getattr(original, "diag", None), "sqlstate", None)
    text = str(original).lower()
    if state == "28P01" or "password authentication failed" in text:
        return WrongCredentials()
    if state == "28000" or "pg_hba.conf" in text:
        # No entry for this user or host: as much as the server will say.
        return WrongCredentials()
    if "certificate" in text or "ssl" in text:
        return ServerNotTrusted()
    if state in ("53300", "57P03"):
        return DatabaseInUse()
    return ServerUnreachable()


@contextmanager
def server_errors() -> Iterator[None]:
    """Translate a failed connection into what the user can act on; never the driver's text."""
    try:
        yield
    except (exc.DBAPIError, psycopg.OperationalError) as error:
        mapped = classify(error)
        if mapped is None:
            raise
        raise mapped from None  # the driver's text may name the host and user: not for logs


class BadProfile(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The server profile cannot be read. It is a small text file with host, port, "
        "database and root_cert (the certificate authority's file); ask IT for it.",
    )


def load_profile(path: Path) -> ServerProfile:
    """A profile from its TOML file; relative ``root_cert`` paths are beside the file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        root_cert = Path(str(raw["root_cert"]))
        return ServerProfile(
            host=str(raw["host"]),
            port=int(raw.get("port", DEFAULT_PORT)),
            database=str(raw["database"]),
            root_cert=root_cert if root_cert.is_absolute() else path.parent / root_cert,
        )
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, ValueError):
        raise BadProfile() from None


def admin_connection(
    profile: ServerProfile, user: str, password: str
) -> psycopg.Connection[tuple[object, ...]]:
    """An administrator's own connection (over verified TLS, autocommit) for setting up."""
    if not profile.root_cert.is_file():
        raise ServerNotTrusted()
    with server_errors():
        connection = psycopg.connect(**profile.connect_args(user, password), autocommit=True)
    return connection
