"""Central settings: what a municipality's IT department sets for every user of a PC.

One TOML file at a system location that users cannot write
(``central_config_path``). Every key is optional; a value set there is the
default, and it is *locked* (shown greyed out in the app, "set by your IT
department") unless its name is listed in ``user_may_change``::

    unit_name = "Fältgruppen Söder"
    municipality_name = "Exempelkommunen"
    database_folder = "%USERPROFILE%\\Documents\\Caseflow"
    auto_lock_minutes = 5
    backup_folder = "\\\\fileserver\\caseflow-backup"
    backup_interval_hours = 4
    backup_keep = 30
    user_may_change = ["backup_interval_hours"]

    [team_server]          # validated only: team mode is not available yet
    host = "caseflow-db.kommun.local"
    port = 5432
    database = "caseflow"
    tls_root_cert = "C:\\ProgramData\\Caseflow\\root.crt"

A file that is not valid TOML is ignored as a whole; an unknown key or a
value of the wrong type is ignored alone. Either way the problems come back
as translated messages naming the line (``CentralConfig.problems``), which
the app shows at start, and Caseflow runs on with its own safe defaults.
Nothing here is secret, and nothing about people is ever read from this file.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

ENV_OVERRIDE = "CASEFLOW_CENTRAL_CONFIG"
FILE_NAME = "caseflow.toml"

# The same limits the app's own settings have (services.settings and
# ui.backup_scheduler; tests/test_central_config.py keeps them equal).
AUTO_LOCK_RANGE = (1, 120)
BACKUP_INTERVAL_RANGE = (1, 24 * 7)
BACKUP_KEEP_RANGE = (1, 365)
PORT_RANGE = (1, 65535)
MAX_NAME_LENGTH = 200

# The settings IT may set and then lock or leave to the users.
SETTING_NAMES = (
    "unit_name",
    "municipality_name",
    "database_folder",
    "team_server",
    "auto_lock_minutes",
    "backup_folder",
    "backup_interval_hours",
    "backup_keep",
)
TEAM_SERVER_KEYS = ("host", "port", "database", "tls_root_cert")
DEFAULT_TEAM_PORT = 5432
DEFAULT_TEAM_DATABASE = "caseflow"


def central_config_path() -> Path:
    """Where IT puts the file on this system (``CASEFLOW_CENTRAL_CONFIG`` overrides it)."""
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        # Windows' environment ignores case: this is %ProgramData%.
        program_data = os.environ.get("PROGRAMDATA") or "C:\\ProgramData"
        return Path(program_data) / "Caseflow" / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Caseflow") / FILE_NAME
    return Path("/etc/caseflow") / FILE_NAME


@dataclass(frozen=True)
class TeamServer:
    """Where a unit's shared PostgreSQL server is (team mode, not available yet)."""

    host: str
    port: int = DEFAULT_TEAM_PORT
    database: str = DEFAULT_TEAM_DATABASE
    tls_root_cert: Path | None = None


@dataclass(frozen=True)
class CentralConfig:
    """The values IT set (None: not set) and what was wrong with the file."""

    source: Path | None = None  # the file these values came from; None: there was none
    unit_name: str | None = None
    municipality_name: str | None = None
    database_folder: Path | None = None
    team_server: TeamServer | None = None
    auto_lock_minutes: int | None = None
    backup_folder: Path | None = None
    backup_interval_hours: int | None = None
    backup_keep: int | None = None
    user_may_change: frozenset[str] = frozenset()
    problems: tuple[Text, ...] = field(default=())

    def is_set(self, name: str) -> bool:
        return getattr(self, name) is not None

    def is_locked(self, name: str) -> bool:
        """IT set this value and users may not change it."""
        return self.is_set(name) and name not in self.user_may_change

    def locked_value(self, name: str) -> Any:
        """The value users must use, or None where they (or the app's default) decide."""
        return getattr(self, name) if self.is_locked(name) else None


# --- messages --------------------------------------------------------------------------------

_CANNOT_PARSE = QT_TRANSLATE_NOOP(
    "CentralConfig",
    "The central settings file {path} has an error on line {line}, column {column}: "
    "{detail}. Caseflow uses none of its settings until your IT department corrects it.",
)
_CANNOT_READ = QT_TRANSLATE_NOOP(
    "CentralConfig",
    "The central settings file {path} cannot be read. Caseflow uses its own defaults "
    "until your IT department corrects it.",
)
_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "CentralConfig",
    "Line {line} of the central settings file {path}: “{key}” is not a Caseflow setting. "
    "It is ignored.",
)
_WRONG_VALUE = QT_TRANSLATE_NOOP(
    "CentralConfig",
    "Line {line} of the central settings file {path}: “{key}” must be {expected}. "
    "It is ignored and Caseflow's default is used.",
)
_NOT_A_SETTING_NAME = QT_TRANSLATE_NOOP(
    "CentralConfig",
    "Line {line} of the central settings file {path}: “{name}” in user_may_change is not "
    "the name of a setting. It is ignored.",
)
_TEXT = QT_TRANSLATE_NOOP("CentralConfig", "a text of 1 to {length} characters")
_NUMBER = QT_TRANSLATE_NOOP("CentralConfig", "a whole number from {low} to {high}")
_FOLDER = QT_TRANSLATE_NOOP("CentralConfig", "a full folder path in quotes")
_FILE = QT_TRANSLATE_NOOP("CentralConfig", "a full file path in quotes")
_HOST = QT_TRANSLATE_NOOP("CentralConfig", "a server name or IP address in quotes")
_TABLE = QT_TRANSLATE_NOOP("CentralConfig", "a [team_server] section with at least a host")
_NAMES = QT_TRANSLATE_NOOP("CentralConfig", "a list of setting names in quotes")


class _Invalid(Exception):
    """A value of the wrong type or out of range; carries what was expected."""

    def __init__(self, expected: Text) -> None:
        super().__init__(expected.source)
        self.expected = expected


# --- values ------------------------------------------------------------------------------------


def _name(value: object) -> str:
    if not isinstance(value, str):
        raise _Invalid(_TEXT.format(length=MAX_NAME_LENGTH))
    text = " ".join(value.split())
    if not 1 <= len(text) <= MAX_NAME_LENGTH:
        raise _Invalid(_TEXT.format(length=MAX_NAME_LENGTH))
    return text


def _whole(low: int, high: int) -> Callable[[object], int]:
    def parse(value: object) -> int:
        # bool is an int to Python, never to an IT department.
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise _Invalid(_NUMBER.format(low=low, high=high))
        return value

    return parse


def _absolute_path(expected: Text) -> Callable[[object], Path]:
    def parse(value: object) -> Path:
        if not isinstance(value, str) or not value.strip():
            raise _Invalid(expected)
        # %USERPROFILE%, $HOME and ~ let one file serve every user of the PC.
        expanded = os.path.expanduser(os.path.expandvars(value.strip()))
        path = Path(expanded)
        if not (path.is_absolute() or _is_windows_absolute(expanded)):
            raise _Invalid(expected)
        return path

    return parse


def _is_windows_absolute(text: str) -> bool:
    return bool(re.match(r"^([A-Za-z]:[\\/]|\\\\[^\\]+\\)", text))


def _host(value: object) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9.:\[\]_-]{1,253}", value):
        raise _Invalid(_HOST)
    return value


_folder = _absolute_path(_FOLDER)
_file = _absolute_path(_FILE)

_PARSERS: Mapping[str, Callable[[object], object]] = {
    "unit_name": _name,
    "municipality_name": _name,
    "database_folder": _folder,
    "auto_lock_minutes": _whole(*AUTO_LOCK_RANGE),
    "backup_folder": _folder,
    "backup_interval_hours": _whole(*BACKUP_INTERVAL_RANGE),
    "backup_keep": _whole(*BACKUP_KEEP_RANGE),
}


# --- where a key is written ------------------------------------------------------------------


def _line_of(text: str, key: str, table: str | None = None, after: int = 0) -> int:
    """The 1-based line that sets ``key`` (in ``[table]``), for the message; 0 if not found."""
    current: str | None = None
    pattern = re.compile(rf"""^\s*(["']?){re.escape(key)}\1\s*=""")
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"^\s*\[\s*([^\]\s]+)\s*\]", line)
        if header:
            current = header.group(1).strip("\"'")
            if table is None and current == key:
                return number
            continue
        if number > after and current == table and pattern.match(line):
            return number
    return 0


def _line_of_item(text: str, item: str, after: int) -> int:
    """The line of a list item (a name in user_may_change) at or after line ``after``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if number >= after and re.search(rf"""["']{re.escape(item)}["']""", line):
            return number
    return after


# --- reading -----------------------------------------------------------------------------------


@dataclass
class _Reader:
    path: Path
    text: str
    problems: list[Text] = field(default_factory=list)

    def wrong(self, key: str, expected: Text, table: str | None = None) -> None:
        line = _line_of(self.text, key, table) or "?"
        self.problems.append(
            _WRONG_VALUE.format(line=line, path=str(self.path), key=key, expected=expected)
        )

    def unknown(self, key: str, table: str | None = None) -> None:
        line = _line_of(self.text, key, table) or "?"
        self.problems.append(_UNKNOWN_KEY.format(line=line, path=str(self.path), key=key))

    def team_server(self, value: object) -> TeamServer | None:
        if not isinstance(value, dict):
            self.wrong("team_server", _TABLE)
            return None
        valid = True
        for key in value.keys() - set(TEAM_SERVER_KEYS):
            self.unknown(key, "team_server")
            valid = False
        checks: dict[str, Callable[[object], object]] = {
            "host": _host,
            "port": _whole(*PORT_RANGE),
            "database": _name,
            "tls_root_cert": _file,
        }
        parsed: dict[str, Any] = {}
        if "host" not in value:
            self.wrong("team_server", _TABLE)
            return None
        for key, check in checks.items():
            if key not in value:
                continue
            try:
                parsed[key] = check(value[key])
            except _Invalid as invalid:
                self.wrong(key, invalid.expected, "team_server")
                valid = False
        return TeamServer(**parsed) if valid else None

    def user_may_change(self, value: object) -> frozenset[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.wrong("user_may_change", _NAMES)
            return frozenset()  # the safe reading: everything IT set stays locked
        start = _line_of(self.text, "user_may_change")
        names = set()
        for name in value:
            if name in SETTING_NAMES:
                names.add(name)
            else:
                line = _line_of_item(self.text, name, start)
                self.problems.append(
                    _NOT_A_SETTING_NAME.format(line=line, path=str(self.path), name=name)
                )
        return frozenset(names)

    def read(self, data: Mapping[str, object]) -> CentralConfig:
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key == "team_server":
                values[key] = self.team_server(value)
            elif key == "user_may_change":
                values[key] = self.user_may_change(value)
            elif key in _PARSERS:
                try:
                    values[key] = _PARSERS[key](value)
                except _Invalid as invalid:
                    self.wrong(key, invalid.expected)
            else:
                self.unknown(key)
        return replace(CentralConfig(self.path, **values), problems=tuple(self.problems))


def _syntax_position(error: tomllib.TOMLDecodeError) -> tuple[int, int, str]:
    # Python 3.14 gives lineno, colno and msg; before that they are only in the message.
    line, column = getattr(error, "lineno", None), getattr(error, "colno", None)
    message = str(getattr(error, "msg", None) or error)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)", message)
    if found:
        line = line or int(found.group(1))
        column = column or int(found.group(2))
        message = message[: found.start()] + message[found.end() :]
    return int(line or 0), int(column or 0), message.strip() or "?"


def load(path: Path | None = None) -> CentralConfig:
    """The central settings in ``path`` (default: this system's file); empty if there is none."""
    path = path or central_config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return CentralConfig()
    except OSError:
        return CentralConfig(path, problems=(_CANNOT_READ.format(path=str(path)),))
    try:
        text = raw.decode("utf-8-sig")  # Notepad writes a byte order mark
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        return CentralConfig(path, problems=(_CANNOT_READ.format(path=str(path)),))
    except tomllib.TOMLDecodeError as error:
        line, column, detail = _syntax_position(error)
        problem = _CANNOT_PARSE.format(path=str(path), line=line, column=column, detail=detail)
        return CentralConfig(path, problems=(problem,))
    return _Reader(path, text).read(data)


_cache: dict[tuple[str, int, int], CentralConfig] = {}


def current() -> CentralConfig:
    """This system's central settings, read again only when the file changed."""
    path = central_config_path()
    try:
        status = path.stat()
        stamp = (str(path), status.st_mtime_ns, status.st_size)
    except OSError:
        stamp = (str(path), -1, -1)
    if stamp not in _cache:
        _cache.clear()
        _cache[stamp] = load(path)
    return _cache[stamp]
