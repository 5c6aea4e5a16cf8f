"""`caseflow report KIND …`: reports written to a file, and what report commands share.

``add_report_commands`` registers the ``report`` command and its kinds on
the main parser (``caseflow.cli.build_parser`` calls it). A new kind (case,
stats, extract) adds a ``_add_KIND`` function here that declares its options
and sets ``handler``; the handler takes the function that unlocks the
database, so this module needs nothing from ``caseflow.cli``.

Every report is written with ``write_atomically``: to a temporary file in
the target's folder, then renamed over the target. A failure at any point
(bad input, a missing record, a full disk) leaves nothing at the target path,
or the file that was there before. Errors are ``InvalidInput`` with a
translated message: the CLI prints it and exits with code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeAlias

from caseflow.domain.cases import parse_case_number
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import meeting_documents, meetings
from caseflow.services.validation import NotFound
from caseflow.services.workspace import Workspace

OpenWorkspace = Callable[[argparse.Namespace], Workspace]
Subcommands: TypeAlias = "argparse._SubParsersAction[Any]"
AddCredentials = Callable[[argparse.ArgumentParser], None]
EXIT_OK = 0
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class OutputError(InvalidInput):
    """The report (or calendar) could not be written where the user asked."""


@dataclass(frozen=True)
class _Common:
    """What every report command gets from the main CLI."""

    add_credentials: AddCredentials
    open_workspace: OpenWorkspace


def _say(text: Text) -> None:
    print(str(text), file=sys.stderr)


# --- what every report command shares ------------------------------------------------------


def iso_date(text: str) -> date:
    """An ``argparse`` type: a date written YYYY-MM-DD (a usage error, exit 2, otherwise)."""
    try:
        if not _ISO_DATE.fullmatch(text.strip()):
            raise ValueError(text)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            str(
                QT_TRANSLATE_NOOP(
                    "Cli", "{value} is not a date: write it as YYYY-MM-DD, for example 2026-03-31."
                ).format(value=text)
            )
        ) from None


def check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Cli", "The period starts ({start}) after it ends ({end}).").format(
                start=start.isoformat(), end=end.isoformat()
            )
        )


def _cannot_write(path: Path, reason: str) -> OutputError:
    return OutputError(
        QT_TRANSLATE_NOOP("Cli", "Cannot write {path}: {reason}").format(path=path, reason=reason)
    )


def check_target(path: Path) -> None:
    """Refuse, before any work is done, a target that clearly cannot be written."""
    folder = path.parent
    if path.is_dir():
        raise _cannot_write(path, str(QT_TRANSLATE_NOOP("Cli", "it is a folder.")))
    if not folder.is_dir():
        raise _cannot_write(path, str(QT_TRANSLATE_NOOP("Cli", "the folder does not exist.")))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _cannot_write(path, str(QT_TRANSLATE_NOOP("Cli", "you may not write in its folder.")))


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all.

    The bytes go to a temporary file (readable by the user alone) in the same
    folder, are flushed to disk, and the file is renamed over ``path``; on any
    failure the temporary file is removed. Raises ``OutputError``.
    """
    check_target(path)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise _cannot_write(path, error.strerror or str(error)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _cannot_write(path, error.strerror or str(error)) from None
        raise


# --- caseflow report meeting -------------------------------------------------------------------


def _meeting(workspace: Workspace, meeting_id: int) -> meetings.MeetingDetail:
    try:
        return meetings.get_meeting(workspace, meeting_id)
    except NotFound:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Cli", "There is no meeting {id}.").format(id=meeting_id)
        ) from None


def _case_of(detail: meetings.MeetingDetail, number: str | None, agenda: bool) -> int | None:
    """The case id ``--case NUMBER`` names on this meeting (None: the whole meeting)."""
    numbers = ", ".join(detail.case_numbers)
    if number is None:
        if not agenda and len(detail.cases) > 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Meeting {id} took up several cases ({cases}): its minutes are printed "
                    "one case at a time. Choose the case with --case.",
                ).format(id=detail.id, cases=numbers)
            )
        return None
    if agenda:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Cli", "--case is for the minutes: the agenda covers every case of the meeting."
            )
        )
    wanted = parse_case_number(number)
    for case in detail.cases:
        if parse_case_number(case.case_number) == wanted:
            return case.case_id
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Cli", "Case {case} is not on the agenda of meeting {id} (it has {cases})."
        ).format(case=number.strip().upper(), id=detail.id, cases=numbers)
    )


def cmd_report_meeting(open_workspace: OpenWorkspace, args: argparse.Namespace) -> int:
    """Write a meeting's agenda (``--agenda``) or one case's minutes as a PDF."""
    target = Path(args.out)
    check_target(target)
    workspace = open_workspace(args)
    try:
        detail = _meeting(workspace, args.meeting)
        case_id = _case_of(detail, args.case, args.agenda)
        if args.agenda:
            pdf = meeting_documents.agenda_pdf(workspace, detail.id)
        else:
            pdf = meeting_documents.minutes_pdf(workspace, detail.id, case_id)
    finally:
        workspace.lock()
    write_atomically(target, pdf)
    _say(QT_TRANSLATE_NOOP("Cli", "Wrote {path}.").format(path=target))
    return EXIT_OK


def _add_meeting(kinds: Subcommands, common: _Common) -> None:
    meeting = kinds.add_parser(
        "meeting",
        help="a meeting's minutes (one case at a time) or its agenda, as PDF",
        description="Write a meeting's minutes (default) or its agenda as a PDF file. "
        "The minutes of a meeting about several cases are printed one case at a time.",
    )
    meeting.add_argument("database")
    common.add_credentials(meeting)
    meeting.add_argument("--meeting", type=int, required=True, metavar="ID", help="meeting id")
    meeting.add_argument(
        "--case", metavar="NUMBER", help="the case whose part of the minutes to print"
    )
    meeting.add_argument("--agenda", action="store_true", help="print the agenda instead")
    meeting.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    meeting.set_defaults(handler=partial(cmd_report_meeting, common.open_workspace))


# --- registering -------------------------------------------------------------------------------


def add_report_commands(
    commands: Subcommands,
    add_credentials: AddCredentials,
    open_workspace: OpenWorkspace,
) -> None:
    """Register ``caseflow report KIND`` on the main parser's subcommands.

    ``add_credentials`` adds --user and --passphrase-file to a parser;
    ``open_workspace`` unlocks the database the parsed arguments name.
    """
    report = commands.add_parser("report", help="write a report as a PDF file")
    kinds = report.add_subparsers(
        dest="report_kind", metavar="KIND", required=True, parser_class=type(report)
    )
    common = _Common(add_credentials, open_workspace)
    _add_meeting(kinds, common)
