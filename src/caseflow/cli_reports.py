"""`caseflow report KIND …`: reports written to a file, and what report commands share.

``add_report_commands`` registers the ``report`` command and its kinds
(case, meeting, stats, extract) on the main parser (``caseflow.cli.build_parser``
calls it). Each kind has an ``_add_KIND`` function here that declares its
options and sets ``handler``; the handler takes the function that unlocks
the database, so this module needs nothing from ``caseflow.cli``. Input that
can be checked without the database (the target path, dates, a recipient, a
personnummer) is checked before the passphrase is asked for.

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

from caseflow import i18n
from caseflow.domain import personnummer
from caseflow.domain.cases import parse_case_number
from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import Programme
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import (
    case_report,
    meeting_documents,
    meetings,
    permissions,
    register_extract,
    statistics,
)
from caseflow.services.permissions import Action
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
    write_all_atomically([(path, data)])


def write_all_atomically(files: list[tuple[Path, bytes]]) -> None:
    """Write several files whole or not at all: a report and its CSV.

    Every file is written to its temporary file first; only when all are on
    disk are they renamed over their targets, so a full disk or a bad folder
    leaves every target as it was (a rename failing after an earlier one
    succeeded leaves that earlier file written whole, never a part of one).
    """
    for path, _ in files:
        check_target(path)
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            staged.append((_stage(path, data), path))
        for temporary, path in staged:
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise _cannot_write(path, error.strerror or str(error)) from None
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _stage(path: Path, data: bytes) -> str:
    """``data`` in a new temporary file beside ``path``, flushed to disk; returns its name."""
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise _cannot_write(path, error.strerror or str(error)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _cannot_write(path, error.strerror or str(error)) from None
        raise
    return temporary


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


# --- caseflow report case ----------------------------------------------------------------------


def cmd_report_case(open_workspace: OpenWorkspace, args: argparse.Namespace) -> int:
    """Write a case's follow-up report; a recipient's copy goes in the disclosure register.

    The disclosure is recorded only once the file is written; if recording
    fails (the basis ended meanwhile), the file is removed again, so that no
    copy leaves without its record.
    """
    target = Path(args.out)
    check_target(target)
    recipient = case_report.parse_recipient(args.recipient) if args.recipient else None
    workspace = open_workspace(args)
    try:
        if recipient is not None:  # recording the disclosure needs it: refuse before writing
            permissions.require(workspace, Action.WRITE_JOURNAL)
        case_id = case_report.find_case_id(workspace, args.case)
        day = date.today()
        # The recipient's basis is checked here, before anything is printed or written.
        data = case_report.case_report_data(workspace, case_id, recipient, day, args.reason)
        pdf = case_report.case_report_pdf(
            workspace, case_id, recipient, on_date=day, record=False, reason=args.reason
        )
        write_atomically(target, pdf)
        if data.recipient is not None:
            try:
                case_report.record_report_disclosure(workspace, data)
            except BaseException:
                with contextlib.suppress(OSError):
                    target.unlink()
                raise
    finally:
        workspace.lock()
    _say(QT_TRANSLATE_NOOP("Cli", "Wrote {path}.").format(path=target))
    if data.recipient is not None:
        _say(
            QT_TRANSLATE_NOOP(
                "Cli", "The copy for {recipient} is recorded in the case's disclosure register."
            ).format(recipient=data.recipient.label)
        )
    return EXIT_OK


def _add_case(kinds: Subcommands, common: _Common) -> None:
    case = kinds.add_parser(
        "case",
        help="a case's follow-up report, for the case file or for a recipient, as PDF",
        description="Write a case's follow-up report as a PDF file. With --recipient the "
        "report holds only what consent or a recorded legal ground covers for that "
        "recipient, and the copy is entered in the disclosure register.",
    )
    case.add_argument("database")
    common.add_credentials(case)
    case.add_argument("--case", required=True, metavar="NUMBER", help="the case number")
    case.add_argument(
        "--recipient",
        metavar="PARTY",
        help="who the copy is for, as KIND[:NAME]: school:Vasaskolan, police, leisure",
    )
    case.add_argument(
        "--reason",
        metavar="TEXT",
        help="why you open a case you are not assigned to (logged in the audit log)",
    )
    case.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    case.set_defaults(handler=partial(cmd_report_case, common.open_workspace))


# --- caseflow report stats ---------------------------------------------------------------------


def cmd_report_stats(open_workspace: OpenWorkspace, args: argparse.Namespace) -> int:
    """Write the manager statistics for a period as a PDF, and its tables as CSV if asked."""
    check_period(args.from_date, args.to_date)
    target = Path(args.out)
    csv_target = Path(args.csv) if args.csv else None
    check_target(target)
    if csv_target is not None:
        check_target(csv_target)
        if csv_target.resolve() == target.resolve():
            raise InvalidInput(QT_TRANSLATE_NOOP("Cli", "--csv must name another file than --out."))
    programmes = list(dict.fromkeys(args.programmes or ()))
    language = i18n.preferred_language()
    workspace = open_workspace(args)
    try:
        files = [
            (
                target,
                statistics.statistics_pdf(
                    workspace, args.from_date, args.to_date, programmes, language=language
                ),
            )
        ]
        if csv_target is not None:
            text = statistics.statistics_csv(workspace, args.from_date, args.to_date, programmes)
            files.append((csv_target, text.encode("utf-8")))
    finally:
        workspace.lock()
    write_all_atomically(files)
    for path, _ in files:
        _say(QT_TRANSLATE_NOOP("Cli", "Wrote {path}.").format(path=path))
    return EXIT_OK


def _add_stats(kinds: Subcommands, common: _Common) -> None:
    stats = kinds.add_parser(
        "stats",
        help="manager statistics for a period, as PDF (and CSV)",
        description="Write the manager statistics for a period and one or more programmes "
        "(all when none is named) as a PDF file, and the same tables as CSV with --csv. "
        "Counts from 1 to 4 are shown as <5.",
    )
    stats.add_argument("database")
    common.add_credentials(stats)
    stats.add_argument(
        "--from",
        dest="from_date",
        type=iso_date,
        required=True,
        metavar="DATE",
        help="the period's first day (YYYY-MM-DD)",
    )
    stats.add_argument(
        "--to",
        dest="to_date",
        type=iso_date,
        required=True,
        metavar="DATE",
        help="the period's last day (YYYY-MM-DD)",
    )
    stats.add_argument(
        "--programme",
        dest="programmes",
        action="extend",
        nargs="+",
        type=str.upper,
        choices=[p.value for p in Programme],
        metavar="P",
        help="only these programmes: " + ", ".join(p.value for p in Programme),
    )
    stats.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    stats.add_argument("--csv", metavar="FILE", help="also write the tables to this CSV file")
    stats.set_defaults(handler=partial(cmd_report_stats, common.open_workspace))


# --- caseflow report extract -------------------------------------------------------------------


def cmd_report_extract(open_workspace: OpenWorkspace, args: argparse.Namespace) -> int:
    """Write a person's register extract (GDPR article 15) as a PDF."""
    target = Path(args.out)
    check_target(target)
    _check_personnummer(args.personnummer)
    language = i18n.preferred_language()
    workspace = open_workspace(args)
    try:
        pdf = register_extract.register_extract_pdf(workspace, args.personnummer, language=language)
    finally:
        workspace.lock()
    write_atomically(target, pdf)
    _say(QT_TRANSLATE_NOOP("Cli", "Wrote {path}.").format(path=target))
    return EXIT_OK


def _check_personnummer(text: str) -> None:
    """A typing error in the number is told before the passphrase is asked for."""
    try:
        personnummer.parse(text)
    except personnummer.InvalidPersonnummer as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Cli", "{value} is not a personal identity number: {reason}").format(
                value=text.strip(), reason=error.text
            )
        ) from None


def _add_extract(kinds: Subcommands, common: _Common) -> None:
    extract = kinds.add_parser(
        "extract",
        help="a person's register extract (GDPR article 15), as PDF",
        description="Write everything stored about one person, across all their cases, and "
        "the log of who has opened their records, as a PDF file for the person.",
    )
    extract.add_argument("database")
    common.add_credentials(extract)
    extract.add_argument(
        "--personnummer",
        required=True,
        metavar="PNR",
        help="the person's personnummer or samordningsnummer (YYYYMMDD-NNNN)",
    )
    extract.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    extract.set_defaults(handler=partial(cmd_report_extract, common.open_workspace))


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
    _add_case(kinds, common)
    _add_meeting(kinds, common)
    _add_stats(kinds, common)
    _add_extract(kinds, common)
