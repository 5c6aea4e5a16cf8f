"""Team mode against the local file: the same operations on a server, and a load test.

    python -m benchmarks.server [--size S|M|L] [--repeat 5] [--load-users 20] [--load-minutes 10]

Starts a throwaway PostgreSQL server on this machine (``tools/pg_sandbox.py``,
TLS on loopback), moves the benchmark's cached demo database of that size
onto it the way IT does (``caseflow migrate-to-server``), gives the
benchmark user a password, and times each operation of ``benchmarks.operations``
signed in to the server and on the encrypted file in turn, printing the
ratio. Then ``--load-users`` simulated users (threads, each their own login
session) read case lists, open cases, search and write journal entries for
``--load-minutes``; it prints the throughput and the 95th percentile of each
operation, and checks that every entry written is there and the audit chain
is whole (nothing lost, nothing forked). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date

import psycopg
from psycopg import sql

from benchmarks import datasets
from benchmarks import operations as ops
from caseflow.domain.audit import first_broken
from caseflow.domain.cases import JournalEntryType
from caseflow.services import access, cases, fulltext, journal, team
from caseflow.services.workspace import Workspace
from caseflow.storage import audit_chain
from caseflow.storage.server import ServerProfile
from tools import pg_sandbox

IT_ADMIN, IT_PASSWORD = "bench_it", "bench it password 2026"
MANAGER = "chef"  # the demo manager: the statistics as they read them
USER_PASSWORD = "Benchmark-lösenord-2026"
DATABASE = "caseflow_bench"
SEED = 7  # as benchmarks.run: the same cached databases


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(action: Callable[[], object], repeat: int) -> list[float]:
    action()  # warm-up, untimed
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def _server(sandbox: pg_sandbox.Sandbox, dataset: datasets.Dataset) -> ServerProfile:
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as connection:
        connection.execute(
            sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
                sql.Identifier(IT_ADMIN), sql.Literal(IT_PASSWORD)
            )
        )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
    profile = ServerProfile(pg_sandbox.HOST, sandbox.port, DATABASE, sandbox.root_cert)
    administrator = team.Administrator(profile, IT_ADMIN, IT_PASSWORD)
    local = access.unlock(dataset.encrypted, datasets.USER, datasets.PASSPHRASE)
    started = time.perf_counter()
    try:
        report = team.move_to_server(local, administrator)
    finally:
        local.lock()
    print(f"moved {report.total:,} rows to the server in {time.perf_counter() - started:.0f} s")
    with psycopg.connect(sandbox.superuser_conninfo(DATABASE), autocommit=True) as connection:
        users = [str(row[0]) for row in connection.execute("SELECT username FROM users")]
    for user in users:
        team.set_password(administrator, user, USER_PASSWORD, USER_PASSWORD)
    return profile


def compare(profile: ServerProfile, dataset: datasets.Dataset, repeat: int) -> None:
    """Each operation on the server and on the file: median ms and the ratio."""
    bench_case = dataset.case.id
    named: dict[str, ops.Operation] = {
        "case list first page": ops.first_page,
        "search name 'Is'": ops.search("Is"),
        "search case number 'EXIT-2'": ops.search("EXIT-2"),
        "open a case (300 entries)": ops.open_case(bench_case),
        "free text 'förmedling'": lambda w: fulltext.search_text(w, "förmedling", 50),
        "case report": ops.case_report_pdf(bench_case),
    }
    on_server = access.sign_in(profile, datasets.USER, USER_PASSWORD)
    on_file = access.unlock(dataset.encrypted, datasets.USER, datasets.PASSPHRASE)
    writer = ops.JournalWriter(bench_case)
    try:
        print(f"{'operation':40} {'server ms':>10} {'file ms':>10} {'ratio':>7}")
        rows = [
            *named.items(),
            ("save a journal entry", writer.save),
            ("yearly statistics (social worker)", ops.yearly_statistics),
        ]
        for name, operation in rows:
            _compare_one(name, operation, on_server, on_file, repeat)
        writer.remove()
    finally:
        on_server.lock()
        on_file.lock()
    # One user per file at a time: the manager signs in once the social worker is out.
    on_server = access.sign_in(profile, MANAGER, USER_PASSWORD)
    on_file = access.unlock(dataset.encrypted, MANAGER, datasets.PASSPHRASE)
    try:
        _compare_one(
            "yearly statistics (manager)", ops.yearly_statistics, on_server, on_file, repeat
        )
    finally:
        on_server.lock()
        on_file.lock()


def _compare_one(
    name: str, operation: ops.Operation, on_server: Workspace, on_file: Workspace, repeat: int
) -> None:
    try:
        server = _median_ms(_timed(lambda: operation(on_server), repeat))
    except Exception as error:  # noqa: BLE001 - reported with the figures
        # The kind only: a server's message quotes the statement and its values.
        cause = getattr(error, "orig", None) or error
        print(f"{name:40} failed on the server: {type(cause).__name__}")
        return
    local = _median_ms(_timed(lambda: operation(on_file), repeat))
    print(f"{name:40} {server:10.1f} {local:10.1f} {server / local:6.2f}×")


def load(profile: ServerProfile, dataset: datasets.Dataset, users: int, minutes: float) -> None:
    """``users`` sessions at once for ``minutes``: throughput, p95, nothing lost or forked."""
    deadline = time.monotonic() + minutes * 60
    timings: dict[str, list[float]] = defaultdict(list)
    written: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()

    def one_user(number: int) -> None:
        rng = random.Random(number)
        workspace: Workspace = access.sign_in(profile, datasets.USER, USER_PASSWORD)
        try:
            own = cases.list_cases(
                workspace, cases.CaseFilter(responsible_user_id=workspace.user.id), limit=200
            ).rows
            while time.monotonic() < deadline:
                kind = rng.choice(("list", "open", "search", "write"))
                case_id = rng.choice(own).id
                started = time.perf_counter()
                if kind == "list":
                    ops.first_page(workspace)
                elif kind == "open":
                    ops.open_case(case_id)(workspace)
                elif kind == "search":
                    fulltext.search_text(workspace, rng.choice(ops.FREE_TEXTS), 50)
                else:
                    entry = journal.create_entry(
                        workspace,
                        case_id,
                        date.today(),
                        JournalEntryType.CONTACT,
                        f"Lasttest {number}: samtal om skolan.",
                    )
                    with lock:
                        written.append(entry)
                elapsed = time.perf_counter() - started
                with lock:
                    timings[kind].append(elapsed)
        except Exception as error:  # noqa: BLE001 - reported with the figures
            with lock:
                errors.append(f"user {number}: {type(error).__name__}: {error}")
        finally:
            workspace.lock()

    threads = [threading.Thread(target=one_user, args=(n,)) for n in range(users)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - started
    total = sum(len(samples) for samples in timings.values())
    print(
        f"\nload: {users} users for {seconds:.0f} s, {total:,} operations, {total / seconds:.1f}/s"
    )
    for kind, samples in sorted(timings.items()):
        p95 = statistics.quantiles(samples, n=20)[-1] * 1000 if len(samples) > 1 else 0.0
        print(
            f"  {kind:8} {len(samples):7,} ops   median {_median_ms(samples):7.1f} ms   "
            f"p95 {p95:7.1f} ms"
        )
    for error in errors:
        print(f"  ERROR {error}")
    _check_nothing_lost(profile, written)


def _check_nothing_lost(profile: ServerProfile, written: list[int]) -> None:
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from caseflow.storage.models import JournalEntry

    engine = create_engine(
        "postgresql+psycopg://",
        connect_args={**profile.connect_args(IT_ADMIN, IT_PASSWORD)},
    )
    try:
        with Session(engine) as session:
            found = set(
                session.scalars(select(JournalEntry.id).where(JournalEntry.id.in_(written)))
            )
            broken = first_broken(audit_chain.walk(session))
    finally:
        engine.dispose()
    lost = len(written) - len(found)
    print(
        f"  entries written {len(written):,}, found {len(found):,}, lost {lost}; "
        f"audit chain {'whole' if broken is None else f'BROKEN at {broken.id}'}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="S", help="S (1,000 cases), M (10,000) or L (50,000)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--load-users", type=int, default=20)
    parser.add_argument("--load-minutes", type=float, default=10.0)
    args = parser.parse_args(argv)
    dataset = datasets.ensure(args.size, SEED)
    sandbox = pg_sandbox.start()
    try:
        profile = _server(sandbox, dataset)
        compare(profile, dataset, args.repeat)
        if args.load_users > 0 and args.load_minutes > 0:
            load(profile, dataset, args.load_users, args.load_minutes)
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
