"""How fast the case work feels at scale: list, search as you type, open, save.

    python benchmarks/case_work.py                 # 1,000 and 10,000 cases
    python benchmarks/case_work.py 50000           # the large size (builds it once, ~3 min)

Builds demo databases with `caseflow demo` (cached under benchmarks/cache/),
then times the services the GUI calls, each as the median of several runs
with min and max. Not part of the test suite: figures, not pass/fail.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from caseflow.domain.cases import JournalEntryType
from caseflow.services import access, assessments, cases, journal, plans
from caseflow.services.cases import CaseFilter
from caseflow.services.demo import DEMO_PASSPHRASE

CACHE = Path(__file__).resolve().parent / "cache"
RUNS = 7


def database(size: int) -> Path:
    path = CACHE / f"demo-{size}.caseflow"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        print(f"building {size} cases…", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "caseflow",
                "demo",
                str(path),
                "--cases",
                str(size),
                "--seed",
                "7",
            ],
            check=True,
            env=dict(os.environ, CASEFLOW_LANG="en"),
            capture_output=True,
        )
    return path


def timed(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), min(samples), max(samples)


def row(name: str, figures: tuple[float, float, float]) -> None:
    median, low, high = figures
    print(f"  {name:<44} {median:9.2f} ms   (min {low:.2f}, max {high:.2f})")


def measure(size: int) -> None:
    path = database(size)
    print(f"\n{size} cases, {path.stat().st_size / 1e6:.0f} MB")
    row(
        "unlock (with Argon2id key derivation)",
        timed(lambda: access.unlock(path, "socsek", DEMO_PASSPHRASE).lock(), runs=3),
    )
    workspace = access.unlock(path, "socsek", DEMO_PASSPHRASE)
    try:
        row(
            "case list, first page (200 rows)",
            timed(lambda: cases.list_cases(workspace, CaseFilter())),
        )
        for typed in ("a", "an", "ann", "anna", "anna b"):
            row(
                f"search keystroke '{typed}'",
                timed(lambda t=typed: cases.list_cases(workspace, CaseFilter(text=t), limit=50)),
            )
        first = cases.list_cases(workspace, CaseFilter(), limit=1).rows[0]
        number = first.personnummer or ""
        for typed in (number[:4], number[:8], number[2:]):
            row(
                f"search keystroke '{typed}'",
                timed(lambda t=typed: cases.list_cases(workspace, CaseFilter(text=t), limit=50)),
            )
        row(
            f"search keystroke '{first.case_number[:-2]}'",
            timed(
                lambda: cases.list_cases(
                    workspace, CaseFilter(text=first.case_number[:-2]), limit=50
                )
            ),
        )

        def open_case() -> None:
            cases.get_case(workspace, first.id)
            journal.list_entries(workspace, first.id)
            plans.get_plan(workspace, first.id)
            assessments.list_assessments(workspace, first.id)

        row("open a case (overview, journal, plan, mapping)", timed(open_case))
        row(
            "save a journal entry",
            timed(
                lambda: journal.create_entry(
                    workspace, first.id, date.today(), JournalEntryType.CONTACT, "Benchmark entry"
                )
            ),
        )
    finally:
        workspace.lock()


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1_000, 10_000]
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for size in sizes:
        measure(size)


if __name__ == "__main__":
    main(sys.argv[1:])
