"""The command line: the same services as the GUI, for administrators and scripts.

Exit codes: 0 done, 2 usage error or bad input, 3 wrong user or passphrase,
4 damaged, unreadable or busy database, 5 audit log broken (``audit verify``).
Messages go to stderr in the user's language, never with a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from caseflow import cli_admin, cli_reports, cli_server, i18n, logsetup, versions
from caseflow.domain.cases import CaseStatus
from caseflow.domain.errors import (
    CaseflowError,
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseNotFound,
    DatabaseTooNew,
    StorageUnavailable,
    WrongCredentials,
)
from caseflow.domain.programmes import Programme
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import access, calendar, cases, demo, info, meetings
from caseflow.services.workspace import Workspace

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_CREDENTIALS, EXIT_DATABASE = 0, 1, 2, 3, 4
log = logging.getLogger(__name__)


class UsageError(CaseflowError):
    pass


def _say(text: Text | str) -> None:
    print(str(text), file=sys.stderr)


def _exit_code(error: CaseflowError) -> int:
    if isinstance(error, WrongCredentials):
        return EXIT_CREDENTIALS
    if isinstance(
        error,
        DatabaseDamaged | DatabaseInUse | DatabaseNotFound | DatabaseTooNew | StorageUnavailable,
    ):
        return EXIT_DATABASE
    return EXIT_USAGE


# --- secrets ---------------------------------------------------------------


def _read_secret_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError):  # missing, unreadable or not UTF-8 text
        raise UsageError(
            QT_TRANSLATE_NOOP("Cli", "Cannot read the passphrase file {path}.").format(path=path)
        ) from None


def _prompt(text: Text) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "No passphrase given: use --passphrase-file, CASEFLOW_PASSPHRASE or run "
                "the command in a terminal.",
            )
        )
    return getpass.getpass(str(text) + " ")


def _passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file)
    if os.environ.get("CASEFLOW_PASSPHRASE"):
        return os.environ["CASEFLOW_PASSPHRASE"]
    return _prompt(QT_TRANSLATE_NOOP("Cli", "Passphrase:"))


def _secret(file_option: str | None, env_name: str, question: Text) -> str:
    """A password for a server: from its file option, its environment variable or a prompt."""
    if file_option:
        return _read_secret_file(file_option)
    if os.environ.get(env_name):
        return os.environ[env_name]
    if not sys.stdin.isatty():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "Cli", "No password given: use its file option, {variable} or a terminal."
            ).format(variable=env_name)
        )
    return getpass.getpass(str(question) + " ")


def _new_secret_pair(file_option: str | None, env_name: str) -> tuple[str, str]:
    """A new passphrase and its confirmation (the same text when it was not typed)."""
    if file_option:
        secret = _read_secret_file(file_option)
        return secret, secret
    if os.environ.get(env_name):
        return os.environ[env_name], os.environ[env_name]
    first = _prompt(QT_TRANSLATE_NOOP("Cli", "New passphrase:"))
    return first, _prompt(QT_TRANSLATE_NOOP("Cli", "The same passphrase again:"))


def _user(args: argparse.Namespace) -> str:
    user = args.user or os.environ.get("CASEFLOW_USER")
    if not user:
        raise UsageError(QT_TRANSLATE_NOOP("Cli", "Name the user with --user or CASEFLOW_USER."))
    return str(user)


# --- commands --------------------------------------------------------------


def _print_recovery_key(recovery_key: str) -> None:
    _say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Recovery key (shown only now; print it or write it down and keep it locked away):",
        )
    )
    print(recovery_key)


def cmd_init(args: argparse.Namespace) -> int:
    user = _user(args)
    passphrase, confirmation = _new_secret_pair(args.passphrase_file, "CASEFLOW_PASSPHRASE")
    created = access.create_database(
        Path(args.database), user, args.name or user, passphrase, confirmation
    )
    created.workspace.lock()
    _say(QT_TRANSLATE_NOOP("Cli", "Created the database {path}.").format(path=args.database))
    _print_recovery_key(created.recovery_key)
    return EXIT_OK


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    return _user(args), _passphrase(args)


def _open(args: argparse.Namespace) -> Workspace:
    return access.unlock(Path(args.database), _user(args), _passphrase(args))


def cmd_info(args: argparse.Namespace) -> int:
    workspace = _open(args)
    try:
        report = info.database_report(workspace)
    finally:
        workspace.lock()
    print(f"revision: {report.revision} (head {report.head_revision})")
    for table, count in sorted(report.row_counts.items()):
        print(f"rows {table}: {count}")
    if report.intact:
        print("integrity: ok")
        return EXIT_OK
    print(f"integrity: {len(report.integrity_problems)} problems")
    _say(DatabaseDamaged().text)
    return EXIT_DATABASE


def cmd_passwd(args: argparse.Namespace) -> int:
    user = _user(args)
    if args.recovery:
        key = (
            _read_secret_file(args.recovery_key_file)
            if args.recovery_key_file
            else _prompt(QT_TRANSLATE_NOOP("Cli", "Recovery key:"))
        )
        new, confirmation = _new_secret_pair(args.new_passphrase_file, "CASEFLOW_NEW_PASSPHRASE")
        access.recover_access(Path(args.database), key, user, new, confirmation).lock()
    else:
        current = _passphrase(args)
        workspace = access.unlock(Path(args.database), user, current)
        try:
            new, confirmation = _new_secret_pair(
                args.new_passphrase_file, "CASEFLOW_NEW_PASSPHRASE"
            )
            access.change_passphrase(workspace, current, new, confirmation)
        finally:
            workspace.lock()
    _say(QT_TRANSLATE_NOOP("Cli", "The passphrase of {user} was changed.").format(user=user))
    return EXIT_OK


DEMO_CASES_FOR_NEW_DATABASE = 300


def _say_demo_progress(done: int, total: int) -> None:
    _say(
        QT_TRANSLATE_NOOP("Cli", "Demo data: {done} of {total} cases written.").format(
            done=done, total=total
        )
    )


def cmd_demo(args: argparse.Namespace) -> int:
    path = Path(args.database)
    # Without --cases: a new database gets some cases; an existing one is only checked.
    count = args.cases
    if count is None:
        count = 0 if path.exists() else DEMO_CASES_FOR_NEW_DATABASE
    admin = None
    if args.user or os.environ.get("CASEFLOW_USER"):
        user = _user(args)
        if path.exists():
            secret = _passphrase(args)
            admin = (user, secret, secret)
        else:
            admin = (user, *_new_secret_pair(args.passphrase_file, "CASEFLOW_PASSPHRASE"))
    result = demo.create_or_fill(
        path,
        cases=count,
        seed=args.seed,
        fast_kdf=args.fast_kdf,
        progress=_say_demo_progress,
        admin=admin,
    )
    _say(QT_TRANSLATE_NOOP("Cli", "Demo database: {path}").format(path=path.resolve()))
    for account in result.accounts:
        print(f"{account.username}\t{account.role}\t{account.passphrase}\t{account.display_name}")
    if result.cases_added:
        _say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Added {cases} cases ({people} new people, {entries} journal entries); "
                "the database now holds {total} cases.",
            ).format(
                cases=result.cases_added,
                people=result.people_added,
                entries=result.journal_entries_added,
                total=result.total_cases,
            )
        )
    if result.recovery_key:
        _print_recovery_key(result.recovery_key)
    return EXIT_OK


CASE_COLUMNS = (
    "case_number",
    "programme",
    "status",
    "referral_date",
    "next_follow_up",
    "closed_on",
)
CASES_PAGE = 500


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _case_page(
    workspace: Workspace, case_filter: cases.CaseFilter, after: cases.Cursor | None
) -> cases.CasePage:
    # Oldest referral first; the keyset cursor costs the same on every page.
    return cases.list_cases(
        workspace,
        case_filter,
        sort=cases.SortKey.REFERRAL_DATE,
        descending=False,
        after=after,
        limit=CASES_PAGE,
    )


def cmd_cases(args: argparse.Namespace) -> int:
    """Case numbers, programmes, statuses and dates, oldest referral first; never people."""
    case_filter = cases.CaseFilter(
        programme=Programme(args.programme) if args.programme else None,
        status=CaseStatus(args.status) if args.status else None,
    )
    workspace = _open(args)
    try:
        # The first page comes before the header: a user who may not list
        # cases gets the message alone.
        page = _case_page(workspace, case_filter, None)
        print("\t".join(CASE_COLUMNS))
        while True:
            for row in page.rows:
                print(
                    "\t".join(
                        (
                            row.case_number,
                            row.programme.value,
                            row.status.value,
                            _iso(row.referral_date),
                            _iso(row.next_follow_up),
                            _iso(row.closed_on),
                        )
                    )
                )
            if page.next_cursor is None:
                break
            page = _case_page(workspace, case_filter, page.next_cursor)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, a pager) stopped early: not an error. Point stdout
        # at /dev/null so that Python's flush at exit does not complain.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        workspace.lock()
    return EXIT_OK


MEETING_COLUMNS = ("id", "date", "start", "type", "cases", "cancelled")
MEETINGS_PAGE = 500


def _print_meetings(workspace: Workspace, meeting_filter: meetings.MeetingFilter) -> None:
    offset = 0
    # The first page comes before the header, as for cases.
    page = meetings.list_meetings(workspace, meeting_filter, limit=MEETINGS_PAGE)
    print("\t".join(MEETING_COLUMNS))
    while page:
        for row in page:
            print(
                "\t".join(
                    (
                        str(row.id),
                        row.starts_at.date().isoformat(),
                        row.starts_at.strftime("%H:%M"),
                        row.type_key,
                        ",".join(row.case_numbers),
                        "cancelled" if row.cancelled else "",
                    )
                )
            )
        if len(page) < MEETINGS_PAGE:
            break
        offset += MEETINGS_PAGE
        page = meetings.list_meetings(workspace, meeting_filter, MEETINGS_PAGE, offset)
    sys.stdout.flush()


def cmd_meetings(args: argparse.Namespace) -> int:
    """Meetings in date order (id, date, start, type, case numbers), or an .ics file of them.

    Only case numbers: never a young person's name or personnummer.
    """
    cli_reports.check_period(args.from_date, args.to_date)
    meeting_filter = meetings.MeetingFilter(from_date=args.from_date, to_date=args.to_date)
    target = Path(args.ics) if args.ics else None
    if target is not None:
        cli_reports.check_target(target)
    workspace = _open(args)
    try:
        if target is None:
            _print_meetings(workspace, meeting_filter)
            return EXIT_OK
        ics = calendar.export_ics(workspace, meeting_filter=meeting_filter)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        workspace.lock()
    cli_reports.write_atomically(target, ics.encode("utf-8"))
    _say(
        QT_TRANSLATE_NOOP("Cli", "Wrote the calendar to {path} (meetings: {count}).").format(
            count=ics.count("BEGIN:VEVENT"), path=target
        )
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from caseflow import app  # Qt widgets load only when the GUI is wanted

    return app.run(
        database=Path(args.database) if args.database else None,
        user=args.user,
        quit_after=args.quit_after,
    )


# --- parsing ---------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        _say(QT_TRANSLATE_NOOP("Cli", "Usage error: {detail}").format(detail=message))
        raise SystemExit(EXIT_USAGE)


class _VersionAction(argparse.Action):
    """Caseflow's version, then Qt's, SQLCipher's and Python's: what IT asks for first."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(versions.version_text())
        parser.exit()


def _add_credentials(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help="user name (or CASEFLOW_USER)")
    parser.add_argument(
        "--passphrase-file", help="read the passphrase from the first line of this file"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="caseflow", description="Caseflow")
    parser.add_argument(
        "--version", action=_VersionAction, help="show the versions of Caseflow, Qt, SQLCipher…"
    )
    parser.add_argument("--database", help="open this database in the GUI")
    parser.add_argument("--user", help="user name to suggest in the GUI")
    parser.add_argument("--quit-after", type=float, help=argparse.SUPPRESS)
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    init = commands.add_parser("init", help="create a new encrypted database")
    init.add_argument("database")
    _add_credentials(init)
    init.add_argument("--name", help="the administrator's full name")
    init.set_defaults(handler=cmd_init)

    show = commands.add_parser("info", help="schema revision, row counts and integrity check")
    show.add_argument("database")
    _add_credentials(show)
    show.set_defaults(handler=cmd_info)

    passwd = commands.add_parser("passwd", help="change a user's passphrase")
    passwd.add_argument("database")
    _add_credentials(passwd)
    passwd.add_argument("--new-passphrase-file", help="read the new passphrase from this file")
    passwd.add_argument(
        "--recovery", action="store_true", help="use the recovery key instead of the passphrase"
    )
    passwd.add_argument("--recovery-key-file", help="read the recovery key from this file")
    passwd.set_defaults(handler=cmd_passwd)

    demo_cmd = commands.add_parser("demo", help="create or fill a database with synthetic data")
    demo_cmd.add_argument("database")
    demo_cmd.add_argument(
        "--cases",
        type=int,
        help=f"synthetic cases to add (default: {DEMO_CASES_FOR_NEW_DATABASE} for a new "
        "database, none for an existing one)",
    )
    demo_cmd.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    _add_credentials(demo_cmd)  # as for init; without them the published demo administrator
    demo_cmd.add_argument("--fast-kdf", action="store_true", help=argparse.SUPPRESS)
    demo_cmd.set_defaults(handler=cmd_demo)

    list_cmd = commands.add_parser(
        "cases", help="list case numbers, programmes, statuses and dates (no personal data)"
    )
    list_cmd.add_argument("database")
    _add_credentials(list_cmd)
    list_cmd.add_argument(
        "--programme",
        type=str.upper,
        choices=[p.value for p in Programme],
        help="only this programme",
    )
    list_cmd.add_argument(
        "--status", type=str.lower, choices=[s.value for s in CaseStatus], help="only this status"
    )
    list_cmd.set_defaults(handler=cmd_cases)

    meetings_cmd = commands.add_parser(
        "meetings",
        help="list meetings (id, date, start, type, case numbers) or export them to iCalendar",
    )
    meetings_cmd.add_argument("database")
    _add_credentials(meetings_cmd)
    meetings_cmd.add_argument(
        "--from",
        dest="from_date",
        type=cli_reports.iso_date,
        metavar="DATE",
        help="only meetings on or after this day (YYYY-MM-DD)",
    )
    meetings_cmd.add_argument(
        "--to",
        dest="to_date",
        type=cli_reports.iso_date,
        metavar="DATE",
        help="only meetings on or before this day (YYYY-MM-DD)",
    )
    meetings_cmd.add_argument(
        "--ics", metavar="FILE", help="write the meetings to this iCalendar (.ics) file instead"
    )
    meetings_cmd.set_defaults(handler=cmd_meetings)

    cli_reports.add_report_commands(commands, _add_credentials, _open)
    cli_admin.add_admin_commands(commands, _add_credentials, _credentials, _open)
    cli_server.add_server_commands(commands, _secret, _new_secret_pair, _add_credentials, _open)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    i18n.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except CaseflowError as error:
        _say(error.text)
        return _exit_code(error)
    except KeyboardInterrupt:
        return EXIT_USAGE
    except Exception:  # the last line of defence: no traceback reaches a user
        log_file = logsetup.configure_logging()
        log.exception("unexpected error in the command line")
        _say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Caseflow met an unexpected error. Details (without personal data) are in {log}.",
            ).format(log=log_file)
        )
        return EXIT_UNEXPECTED
