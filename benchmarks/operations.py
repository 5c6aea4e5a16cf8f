"""What is timed: the service calls the GUI makes, as the benchmark user (a social worker).

Each operation is a function of a workspace, so that the same call runs on
the encrypted database and on its plain copy. The benchmark case is one of
the user's own (``datasets``), so the case access rules ask for no reason.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.datasets import BenchCase
from caseflow.domain.cases import JournalEntryType
from caseflow.services import case_report, cases, consent, journal, minutes, plans, statistics
from caseflow.services.cases import CaseFilter
from caseflow.services.workspace import Workspace

PAGE_SIZE = 200  # caseflow.ui.cases.list_model.PAGE_SIZE: the list and its searches
FULLTEXT_LIMIT = 50  # "50+" while typing (design notes)
# Typed one character at a time: a compound part (arbetsförmedlingen) and a plain word.
FREE_TEXTS = ("förmedling", "missbruk")

Operation = Callable[[Workspace], object]


def typed(text: str) -> list[str]:
    """What the search field holds after each keystroke of ``text``."""
    return [text[:n] for n in range(1, len(text) + 1)]


def personnummer_as_typed(digits12: str) -> str:
    """The form people type: YYYYMMDD-NNNN."""
    return f"{digits12[:8]}-{digits12[8:]}"


def first_page(workspace: Workspace) -> object:
    return cases.list_cases(workspace, CaseFilter(), limit=PAGE_SIZE)


def search(text: str) -> Operation:
    return lambda workspace: cases.list_cases(workspace, CaseFilter(text=text), limit=PAGE_SIZE)


def open_case_parts(case_id: int) -> dict[str, Operation]:
    """What opening a case asks for: the case, then the tabs' first loads."""
    return {
        "get_case": lambda w: cases.get_case(w, case_id),
        "journal list": lambda w: journal.list_entries(w, case_id),
        "plan": lambda w: plans.get_plan(w, case_id),
        "consent overview": lambda w: consent.overview(w, case_id),
        "case meetings": lambda w: minutes.case_meetings(w, case_id),
    }


def open_case(case_id: int) -> Operation:
    parts = list(open_case_parts(case_id).values())

    def run(workspace: Workspace) -> None:
        for part in parts:
            part(workspace)

    return run


class JournalWriter:
    """Saves an entry (timed) and removes it again afterwards (untimed), per workspace."""

    def __init__(self, case_id: int) -> None:
        self.case_id = case_id
        self.written: list[tuple[Workspace, int]] = []

    def save(self, workspace: Workspace) -> int:
        entry = journal.create_entry(
            workspace,
            self.case_id,
            date.today(),
            JournalEntryType.CONTACT,
            "Samtal med den unge om skolan och fritiden; planen följs upp nästa vecka.",
        )
        self.written.append((workspace, entry))
        return entry

    def remove(self) -> None:
        while self.written:
            workspace, entry = self.written.pop()
            journal.delete_unsigned(workspace, entry)


def case_report_pdf(case_id: int) -> Operation:
    return lambda workspace: case_report.case_report_pdf(workspace, case_id)


def statistics_year() -> int:
    """The last whole calendar year (the demo data covers the three years up to today)."""
    return date.today().year - 1


def yearly_statistics(workspace: Workspace) -> bytes:
    year = statistics_year()
    return statistics.statistics_pdf(workspace, date(year, 1, 1), date(year, 12, 31))


def backup(folder: Path) -> Operation:
    return lambda workspace: workspace.database.backup_to(folder / "backup.caseflow")


# --- free-text search (services.fulltext, issue 8 point 3) ---------------------------


def fulltext_search() -> Callable[[Workspace, str], object] | None:
    """``services.fulltext.search_text`` when it exists, else None ("not built yet")."""
    try:
        module = importlib.import_module("caseflow.services.fulltext")
    except ModuleNotFoundError:
        return None
    function: Any = getattr(module, "search_text", None)
    if function is None:
        return None
    parameters = inspect.signature(function).parameters
    if "limit" in parameters:
        return lambda workspace, text: function(workspace, text, limit=FULLTEXT_LIMIT)
    return lambda workspace, text: function(workspace, text)


def case_keystrokes(case: BenchCase) -> list[tuple[str, str]]:
    """(kind, text so far) for every keystroke of a name, a personnummer and a case number."""
    strokes = [("name", t) for t in typed(case.name)]
    strokes += [("personnummer", t) for t in typed(personnummer_as_typed(case.personnummer))]
    strokes += [("case number", t) for t in typed(case.number)]
    return strokes
