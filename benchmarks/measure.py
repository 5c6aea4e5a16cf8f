"""Time every operation at one size; run by ``benchmarks.run`` as a child process per size.

    python -m benchmarks.measure DESCRIPTION.json --repeat 5 --out FIGURES.json
    python -m benchmarks.measure DESCRIPTION.json --memory-pass --out FIGURES.json

A process per size so that each size's peak memory is its own. The memory
pass is an app-like process: Qt and the whole interface imported, a
QApplication, the encrypted database only, every operation once; its peak
resident memory is what the target of 400 MB is checked against.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from benchmarks import operations as ops
from benchmarks import plain
from benchmarks.datasets import PASSPHRASE, USER, Dataset, _load, schema_key
from benchmarks.machine import peak_rss_mib
from benchmarks.timing import Action, Figures, Measurement, elapsed_ms, paired
from caseflow.services import access
from caseflow.services.workspace import Workspace
from caseflow.storage import database as storage_database


class Bench:
    def __init__(self, dataset: Dataset, repeat: int, backup_repeat: int, scratch: Path) -> None:
        self.dataset = dataset
        self.repeat = repeat
        self.backup_repeat = backup_repeat
        self.scratch = scratch
        self.rows: list[Measurement] = []

    def add(self, row: Measurement) -> None:
        self.rows.append(row)
        # The memory pass reads where the peak rose from this.
        row.extra["peak_mib"] = peak_rss_mib()
        print(f"  {row.name}", file=sys.stderr, flush=True)

    # --- unlocking ---------------------------------------------------------------------

    def unlock(self) -> None:
        """Each run opens and closes the database: nothing else may hold it meanwhile."""
        path, plain_path = self.dataset.encrypted, self.dataset.plain
        key_file = storage_database._load_key_file(path)
        key = key_file.unlock_user(USER, PASSPHRASE)
        samples: dict[str, list[float]] = {
            name: [] for name in ("kdf", "unlock", "open", "cold", "plain open", "plain cold")
        }

        def timed_open(name: str, opener: Callable[[], Workspace], cold: str) -> None:
            holder: list[Workspace] = []
            samples[name].append(elapsed_ms(lambda: holder.append(opener())))
            workspace = holder[0]
            try:
                samples[cold].append(elapsed_ms(lambda: ops.first_page(workspace)))
            finally:
                workspace.lock()

        def known_key() -> Workspace:
            opened = storage_database._open_with_key(
                path, storage_database._load_key_file(path), key, storage_database._locked(path)
            )
            return Workspace(opened, plain.current_user(opened, USER))

        for _ in range(self.repeat):
            samples["kdf"].append(elapsed_ms(lambda: key_file.unlock_user(USER, PASSPHRASE)))
            timed_open("unlock", lambda: access.unlock(path, USER, PASSPHRASE), "cold")
            timed_open("open", known_key, "cold")
            timed_open(
                "plain open", lambda: plain.open_workspace(plain_path, key_file, USER), "plain cold"
            )
        self.add(
            Measurement(
                "unlock with passphrase (Argon2id + open)",
                "unlock",
                Figures.of(samples["unlock"]),
            )
        )
        self.add(
            Measurement("  of which key derivation (Argon2id)", "", Figures.of(samples["kdf"]))
        )
        self.add(
            Measurement(
                "open with the known key (no key derivation)",
                "query",
                Figures.of(samples["open"]),
                Figures.of(samples["plain open"]),
            )
        )
        # Two cold samples per run on the encrypted side (after unlock and after
        # the known-key open): the file is read anew by a fresh connection each time.
        self.add(
            Measurement(
                "case list first page, right after opening (cold)",
                "page",
                Figures.of(samples["cold"]),
                Figures.of(samples["plain cold"]),
            )
        )

    # --- the operations on an open database --------------------------------------------

    def pair(
        self,
        name: str,
        group: str,
        operation: ops.Operation,
        encrypted: Workspace,
        plain_ws: Workspace | None,
        after: Action | None = None,
        *,
        same_answer: bool = True,
    ) -> None:
        """Time ``operation`` on both databases; the warm-up checks they answer alike."""
        note = ""
        first = operation(encrypted)
        if plain_ws is not None:
            answer = operation(plain_ws)
            if same_answer and answer != first:
                note = "the plain copy answered differently"
                print(f"  warning: {name}: {note}", file=sys.stderr)
        if after is not None:
            after()
        figures, plain_figures = paired(
            lambda: operation(encrypted),
            (lambda: operation(plain_ws)) if plain_ws is not None else None,
            self.repeat,
            warm_up=False,
            after=after,
        )
        self.add(Measurement(name, group, figures, plain_figures, note))

    def operations(self, encrypted: Workspace, plain_ws: Workspace | None) -> None:
        case = self.dataset.case
        self.pair("case list first page (200 rows)", "page", ops.first_page, encrypted, plain_ws)
        for kind, text in ops.case_keystrokes(case):
            shown = text if kind != "personnummer" else _masked(text)
            self.pair(
                f"search {kind}: '{shown}'", "keystroke", ops.search(text), encrypted, plain_ws
            )
        self.fulltext(encrypted, plain_ws)
        for part, operation in ops.open_case_parts(case.id).items():
            self.pair(f"  open case: {part}", "", operation, encrypted, plain_ws)
        self.pair(
            f"open a case with {case.journal_entries} journal entries",
            "open",
            ops.open_case(case.id),
            encrypted,
            plain_ws,
        )
        writer = ops.JournalWriter(case.id)
        self.pair(
            "save a journal entry",
            "save",
            writer.save,
            encrypted,
            plain_ws,
            after=writer.remove,
            same_answer=False,
        )
        # PDFs carry their creation time and an id: equal in content, not in bytes.
        report = ops.case_report_pdf(case.id)
        self.pair("case report (PDF)", "report", report, encrypted, plain_ws, same_answer=False)
        self.pair(
            f"yearly statistics {ops.statistics_year()} (PDF)",
            "statistics",
            ops.yearly_statistics,
            encrypted,
            plain_ws,
            same_answer=False,
        )
        self.backup(encrypted, plain_ws)

    def fulltext(self, encrypted: Workspace, plain_ws: Workspace | None) -> None:
        search_text = ops.fulltext_search()
        if search_text is None:
            self.add(
                Measurement(
                    "free-text search in journal and minutes",
                    "keystroke",
                    note="not built yet (services.fulltext.search_text)",
                )
            )
            return
        for word in ops.FREE_TEXTS:
            for text in ops.typed(word):
                self.pair(
                    f"free text: '{text}'",
                    "keystroke",
                    lambda w, t=text: search_text(w, t),
                    encrypted,
                    plain_ws,
                )

    def backup(self, encrypted: Workspace, plain_ws: Workspace | None) -> None:
        folder = self.scratch / "backups"
        folder.mkdir(exist_ok=True)

        def tidy() -> None:
            for made in folder.iterdir():
                made.unlink()

        def plain_backup() -> None:
            assert plain_ws is not None
            database_id = plain_ws.database.key_file.database_id
            plain.backup_to(self.dataset.plain, database_id, folder / "backup.sqlite")

        figures, plain_figures = paired(
            lambda: ops.backup(folder)(encrypted),
            plain_backup if plain_ws is not None else None,
            self.backup_repeat,
            warm_up=False,
            after=tidy,
        )
        self.add(Measurement("backup (verified copy)", "", figures, plain_figures))


def _masked(text: str) -> str:
    # Test-range numbers, but the results file need not spell one out either.
    return text[:8] + "".join("•" if c.isdigit() else c for c in text[8:])


def measure(dataset: Dataset, repeat: int, backup_repeat: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-", dir=dataset.encrypted.parent) as folder:
        bench = Bench(dataset, repeat, backup_repeat, Path(folder))
        bench.unlock()
        encrypted = access.unlock(dataset.encrypted, USER, PASSPHRASE)
        key_file = encrypted.database.key_file
        plain_ws = plain.open_workspace(dataset.plain, key_file, USER)
        try:
            bench.operations(encrypted, plain_ws)
        finally:
            encrypted.lock()
            plain_ws.lock()
    return {"rows": [asdict(r) for r in bench.rows], "peak_mib": peak_rss_mib()}


def memory_pass(dataset: Dataset) -> dict[str, object]:
    """Every operation once on the encrypted database, in a process with Qt and the UI loaded."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseflow.app import create_application
    from caseflow.ui import controller  # noqa: F401 - the whole interface, as the app loads it

    application = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="bench-", dir=dataset.encrypted.parent) as folder:
        bench = Bench(dataset, 1, 1, Path(folder))
        before = peak_rss_mib()
        encrypted = access.unlock(dataset.encrypted, USER, PASSPHRASE)
        try:
            bench.operations(encrypted, None)
        finally:
            encrypted.lock()
    application.processEvents()
    steps = [("Qt, the interface and a QApplication", before)]
    steps += [(row.name.strip(), row.extra["peak_mib"]) for row in bench.rows]
    return {"rows": [], "peak_mib": peak_rss_mib(), "steps": steps}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("description", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--backup-repeat", type=int, default=3)
    parser.add_argument("--memory-pass", action="store_true")
    args = parser.parse_args(argv)
    dataset = _load(args.description)
    if schema_key() != dataset.schema:
        # Unlocking would upgrade the cached copy, and the upgrade would be timed.
        sys.exit(
            f"The schema changed since {dataset.encrypted.name} was built (now {schema_key()}): "
            "run benchmarks.run again, it builds the database anew."
        )
    if args.memory_pass:
        result = memory_pass(dataset)
    else:
        result = measure(dataset, args.repeat, args.backup_repeat)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
