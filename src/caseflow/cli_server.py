"""``caseflow server init|user|check`` and ``caseflow migrate-to-server``: team mode for IT.

Each command names a server profile (a small TOML file: host, port,
database, root_cert) and logs in as the server administrator given with
``--admin``; that password comes from ``--admin-password-file``,
``CASEFLOW_SERVER_ADMIN_PASSWORD`` or a prompt, and a new user's from
``--password-file``, ``CASEFLOW_NEW_PASSWORD`` or a prompt (twice). No
password is kept anywhere. ``server check`` exits 6 when it finds a problem.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeAlias

from caseflow.domain.accounts import Role
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import team

Subcommands: TypeAlias = "argparse._SubParsersAction[Any]"
ReadSecret = Callable[[str | None, str, Text], str]
NewSecretPair = Callable[[str | None, str], tuple[str, str]]
OpenWorkspace = Callable[[argparse.Namespace], Any]
AddCredentials = Callable[[argparse.ArgumentParser], None]

EXIT_OK, EXIT_PROBLEMS_FOUND = 0, 6


def _say(text: Text | str) -> None:
    print(str(text), file=sys.stderr)


def add_server_commands(
    commands: Subcommands,
    read_secret: ReadSecret,
    new_secret_pair: NewSecretPair,
    add_credentials: AddCredentials,
    open_workspace: OpenWorkspace,
) -> None:
    def admin(args: argparse.Namespace) -> team.Administrator:
        password = read_secret(
            args.admin_password_file,
            "CASEFLOW_SERVER_ADMIN_PASSWORD",
            QT_TRANSLATE_NOOP("Cli", "Server administrator's password:"),
        )
        return team.Administrator(team.load_profile(Path(args.profile)), args.admin, password)

    def new_password(args: argparse.Namespace) -> tuple[str, str]:
        return new_secret_pair(args.password_file, "CASEFLOW_NEW_PASSWORD")

    server = commands.add_parser("server", help="prepare and look after a team-mode server")
    actions = server.add_subparsers(
        dest="server_action", metavar="ACTION", required=True, parser_class=type(server)
    )

    init = _with_admin(actions.add_parser("init", help="prepare an empty server database"))
    init.add_argument("--first-admin", required=True, help="Caseflow's first administrator")
    init.add_argument("--name", default="", help="their name as shown in Caseflow")
    init.add_argument("--password-file", help="the first administrator's password (first line)")
    init.set_defaults(
        handler=lambda args: _init(args, admin(args), new_password(args)),
    )

    user = actions.add_parser("user", help="add, deactivate or re-password a user")
    user_actions = user.add_subparsers(
        dest="user_action", metavar="ACTION", required=True, parser_class=type(user)
    )
    add = _with_admin(user_actions.add_parser("add", help="a new user and login"))
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--name", default="", help="their name as shown in Caseflow")
    add.add_argument("--password-file", help="the new user's password (first line)")
    add.set_defaults(handler=lambda args: _add(args, admin(args), new_password(args)))
    off = _with_admin(user_actions.add_parser("deactivate", help="end a user's access"))
    off.add_argument("username")
    off.set_defaults(handler=lambda args: _deactivate(args, admin(args)))
    passwd = _with_admin(user_actions.add_parser("passwd", help="set a user's new password"))
    passwd.add_argument("username")
    passwd.add_argument("--password-file", help="the new password (first line)")
    passwd.set_defaults(handler=lambda args: _passwd(args, admin(args), new_password(args)))

    check = _with_admin(actions.add_parser("check", help="find what is unsafe (exit 6)"))
    check.set_defaults(handler=lambda args: _check(admin(args)))

    move = commands.add_parser(
        "migrate-to-server", help="prepare an empty server database and copy a local one into it"
    )
    move.add_argument("database", help="the local database file")
    move.add_argument("--server", dest="profile", required=True, help="the server profile file")
    move.add_argument("--admin", required=True, help="the server administrator's login")
    move.add_argument("--admin-password-file")
    add_credentials(move)
    move.set_defaults(handler=lambda args: _move(args, open_workspace, admin(args)))


def _with_admin(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("profile", help="the server profile file (host, port, database, root_cert)")
    parser.add_argument("--admin", required=True, help="the server administrator's login")
    parser.add_argument("--admin-password-file", help="their password (first line)")
    return parser


def _init(args: argparse.Namespace, admin: team.Administrator, password: tuple[str, str]) -> int:
    team.initialise(admin, args.first_admin, args.name, *password)
    _say(
        QT_TRANSLATE_NOOP(
            "Cli", "Prepared {database} on {host}; {user} is its first administrator."
        ).format(database=admin.profile.database, host=admin.profile.host, user=args.first_admin)
    )
    return EXIT_OK


def _add(args: argparse.Namespace, admin: team.Administrator, password: tuple[str, str]) -> int:
    team.add_user(admin, args.username, args.name, Role(args.role), *password)
    _say(QT_TRANSLATE_NOOP("Cli", "Added the user {user}.").format(user=args.username))
    return EXIT_OK


def _deactivate(args: argparse.Namespace, admin: team.Administrator) -> int:
    team.deactivate_user(admin, args.username)
    _say(
        QT_TRANSLATE_NOOP(
            "Cli", "{user} can no longer log in; their open connections were ended."
        ).format(user=args.username)
    )
    return EXIT_OK


def _passwd(args: argparse.Namespace, admin: team.Administrator, password: tuple[str, str]) -> int:
    team.set_password(admin, args.username, *password)
    _say(QT_TRANSLATE_NOOP("Cli", "Set a new password for {user}.").format(user=args.username))
    return EXIT_OK


def _check(admin: team.Administrator) -> int:
    findings = team.check(admin)
    for finding in findings:
        print(f"- {finding}")
    if findings:
        return EXIT_PROBLEMS_FOUND
    _say(QT_TRANSLATE_NOOP("Cli", "No problems found."))
    return EXIT_OK


def _move(
    args: argparse.Namespace, open_workspace: OpenWorkspace, admin: team.Administrator
) -> int:
    workspace = open_workspace(args)
    try:
        report = team.move_to_server(workspace, admin)
    finally:
        workspace.lock()
    _say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Copied {rows} rows into {database} on {host}; the counts match and the audit "
            "log verifies on the server. Give each user a password with “caseflow server "
            "user passwd” before they log in.",
        ).format(rows=report.total, database=admin.profile.database, host=admin.profile.host)
    )
    return EXIT_OK
