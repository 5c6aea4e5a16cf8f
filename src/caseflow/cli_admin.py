"""``caseflow backup``, ``restore`` and ``audit verify|export``.

Backups take the user's passphrase only to unwrap the database key; the
database may be open in the app meanwhile. ``audit verify`` exits 0 when the
chain holds and 5 when it is broken, naming the first broken entry.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeAlias

from caseflow.cli_reports import check_period, check_target, iso_date, write_atomically
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import audit, backups, team

Subcommands: TypeAlias = "argparse._SubParsersAction[Any]"
AddCredentials = Callable[[argparse.ArgumentParser], None]
Credentials = Callable[[argparse.Namespace], tuple[str, str]]
OpenWorkspace = Callable[[argparse.Namespace], Any]

EXIT_OK, EXIT_AUDIT_BROKEN = 0, 5


def _say(text: Text | str) -> None:
    print(str(text), file=sys.stderr)


def add_admin_commands(
    commands: Subcommands,
    add_credentials: AddCredentials,
    credentials: Credentials,
    open_workspace: OpenWorkspace,
) -> None:
    backup = commands.add_parser(
        "backup", help="write a verified, encrypted copy (the app may have the database open)"
    )
    backup.add_argument("database")
    backup.add_argument("out", help="the backup file to write, or a folder to write it in")
    add_credentials(backup)
    backup.set_defaults(handler=lambda args: _backup(args, credentials))

    restore = commands.add_parser(
        "restore", help="put a verified backup in place of (or as) a database"
    )
    restore.add_argument("backup")
    restore.add_argument("database")
    restore.add_argument(
        "--force", action="store_true", help="replace an existing database (after verifying)"
    )
    add_credentials(restore)
    restore.set_defaults(handler=lambda args: _restore(args, credentials))

    audit_cmd = commands.add_parser("audit", help="verify or export the audit log")
    actions = audit_cmd.add_subparsers(
        dest="audit_action", metavar="ACTION", required=True, parser_class=type(audit_cmd)
    )
    verify = actions.add_parser("verify", help="check the hash chain (exit 5 when broken)")
    verify.add_argument("database", nargs="?", help="the local database (or give --server)")
    verify.add_argument(
        "--server", metavar="PROFILE", help="a team-mode server profile instead of a file"
    )
    add_credentials(verify)
    verify.set_defaults(handler=lambda args: _verify(args, open_workspace, credentials))
    export = actions.add_parser("export", help="write the log as CSV")
    export.add_argument("database")
    export.add_argument("--out", required=True)
    export.add_argument("--from", dest="from_date", type=iso_date)
    export.add_argument("--to", dest="to_date", type=iso_date)
    add_credentials(export)
    export.set_defaults(handler=lambda args: _export(args, open_workspace))


def _backup(args: argparse.Namespace, credentials: Credentials) -> int:
    user, passphrase = credentials(args)
    made = backups.backup_file(Path(args.database), user, passphrase, Path(args.out))
    _say(
        QT_TRANSLATE_NOOP("Cli", "Wrote and verified the backup {path} ({size} bytes).").format(
            path=made.path, size=made.size
        )
    )
    print(made.path)
    return EXIT_OK


def _restore(args: argparse.Namespace, credentials: Credentials) -> int:
    user, passphrase = credentials(args)
    backups.restore_file(Path(args.backup), user, passphrase, Path(args.database), force=args.force)
    _say(
        QT_TRANSLATE_NOOP("Cli", "Restored {backup} to {path} (verified).").format(
            backup=args.backup, path=args.database
        )
    )
    return EXIT_OK


def _verify(
    args: argparse.Namespace, open_workspace: OpenWorkspace, credentials: Credentials
) -> int:
    if (args.database is None) == (args.server is None):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Cli", "Name either a database file or a server profile.")
        )
    if args.server is not None:
        user, password = credentials(args)
        result = team.verify_audit(team.load_profile(Path(args.server)), user, password)
    else:
        workspace = open_workspace(args)
        try:
            result = audit.verify(workspace)
        finally:
            workspace.lock()
    if result.intact:
        print(f"audit: intact ({result.entries} entries)")
        return EXIT_OK
    broken = result.first_broken
    assert broken is not None
    print(f"audit: broken at entry {broken.id} ({broken.at.isoformat(timespec='seconds')})")
    _say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "The audit log has been changed: entry {id} and the ones after it cannot be trusted.",
        ).format(id=broken.id)
    )
    return EXIT_AUDIT_BROKEN


def _export(args: argparse.Namespace, open_workspace: OpenWorkspace) -> int:
    from_date: date | None = args.from_date
    to_date: date | None = args.to_date
    check_period(from_date, to_date)
    target = Path(args.out)
    check_target(target)
    workspace = open_workspace(args)
    try:
        text = audit.export_csv(workspace, audit.AuditFilter(from_date, to_date))
    finally:
        workspace.lock()
    write_atomically(target, ("\ufeff" + text).encode("utf-8"))
    _say(QT_TRANSLATE_NOOP("Cli", "Wrote the audit log to {path}.").format(path=target))
    return EXIT_OK
