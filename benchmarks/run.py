"""Caseflow's benchmark suite: one command, three sizes, a table and benchmarks/results.md.

    python -m benchmarks.run                            # S and M, 5 runs each
    python -m benchmarks.run --sizes S,M,L --repeat 5   # L: 50,000 cases, built once (minutes)

For each size it builds (once, cached in benchmarks/cache/) a demo database
with the demo generator and its unencrypted copy, then measures, each as the
median of several runs with min and max, on the encrypted database and on
the plain copy in turn: start of the app to the unlock dialog (a child
process, offscreen); unlock with and without the key derivation; the first
page of the case list; every keystroke of a search by name, personnummer
and case number, and of a free-text search; opening a case with 300
journal entries; saving a journal entry; a case report; a yearly statistics
report; a backup; peak memory. Then it prints a table, and writes the
figures, the machine, the load and each target of issue 8 (met, or missed
by how much and why) to the results file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks import datasets, machine, report
from benchmarks.datasets import Dataset
from benchmarks.timing import Figures, Measurement

REPO = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results.md"
LAST_RUN = "last-run.json"  # in the cache: the figures of the last run, for --render-only


@dataclass
class SizeResult:
    dataset: Dataset
    rows: list[Measurement]
    measuring_peak_mib: float
    app_peak_mib: float | None
    gui_peak_mib: float | None
    # (operation, peak so far) in the app-like process: where the peak rose.
    memory_steps: list[tuple[str, float]]
    load_before: str
    load_after: str
    seconds: float
    notes: list[str] = field(default_factory=list)


def _child_env(home: Path) -> dict[str, str]:
    """Children find this package, run offscreen, in English, with settings of their own."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CASEFLOW_LANG="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


def _module(name: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", f"benchmarks.{name}", *args]
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"benchmarks.{name} failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return result


def gui_start(dataset: Dataset, repeat: int, env: dict[str, str]) -> tuple[Measurement, float]:
    """Wall time from starting the process to the painted unlock dialog, and its peak memory."""
    samples, peaks = [], []
    command = [sys.executable, "-m", "benchmarks.gui_start", str(dataset.encrypted), dataset.user]
    for _ in range(repeat + 1):  # the first run warms the OS file cache, as a second start does
        started = time.perf_counter()
        child = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        shown = (time.perf_counter() - started) * 1000
        _, errors = child.communicate(timeout=120)
        if child.returncode != 0 or not line:
            sys.exit(f"the GUI did not reach the unlock dialog ({child.returncode}):\n{errors}")
        samples.append(shown)
        peaks.append(json.loads(line)["peak_mib"])
    row = Measurement(
        "start of the app to the unlock dialog", "", Figures.of(samples[1:]), note="process"
    )
    return row, max(peaks)


def measure_size(label: str, args: argparse.Namespace, home: Path) -> SizeResult:
    dataset = datasets.ensure(
        label, args.seed, fast_kdf=args.fast_kdf, cache=args.cache, rebuild=args.rebuild
    )
    print(
        f"\n== {dataset.label}: {dataset.cases:,} cases, "
        f"{dataset.counts.get('journal_entries', 0):,} journal entries, "
        f"{dataset.counts.get('meetings', 0):,} meetings",
        file=sys.stderr,
        flush=True,
    )
    env = _child_env(home)
    load_before, started = machine.load_average(), time.perf_counter()
    gui_row, gui_peak = gui_start(dataset, args.repeat, env)
    description = dataset.encrypted.with_suffix(".json")
    with tempfile.TemporaryDirectory(prefix="bench-out-") as folder:
        figures, memory = Path(folder) / "figures.json", Path(folder) / "memory.json"
        measure_args = ["--repeat", str(args.repeat), "--backup-repeat", str(args.backup_repeat)]
        _module("measure", str(description), "--out", str(figures), *measure_args, env=env)
        _module("measure", str(description), "--out", str(memory), "--memory-pass", env=env)
        measured = json.loads(figures.read_text())
        app_memory = json.loads(memory.read_text())
    rows = [gui_row, *(_row(r) for r in measured["rows"])]
    return SizeResult(
        dataset,
        rows,
        measured["peak_mib"],
        app_memory["peak_mib"],
        gui_peak,
        [(str(name), float(peak)) for name, peak in app_memory["steps"]],
        load_before,
        machine.load_average(),
        time.perf_counter() - started,
    )


def _row(raw: dict[str, object]) -> Measurement:
    figures = {k: Figures(**raw[k]) if raw[k] else None for k in ("encrypted", "plain")}  # type: ignore[arg-type]
    return Measurement(
        str(raw["name"]),
        str(raw["group"]),
        figures["encrypted"],
        figures["plain"],
        str(raw.get("note", "")),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="S,M", help="S, M, L or numbers of cases (default S,M)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each operation")
    parser.add_argument(
        "--backup-repeat", type=int, default=3, help="timed backups (they are slow)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULTS, help="the results file (markdown)")
    parser.add_argument("--cache", type=Path, default=datasets.CACHE)
    parser.add_argument("--rebuild", action="store_true", help="build the databases anew")
    parser.add_argument(
        "--fast-kdf", action="store_true", help="cheap key derivation (smoke tests only)"
    )
    parser.add_argument(
        "--render-only",
        action="store_true",
        help="write the results file again from the last run's figures (after editing findings)",
    )
    args = parser.parse_args(argv)
    saved = args.cache / LAST_RUN
    if args.render_only:
        results, described, command, args.repeat, args.backup_repeat = _load_run(saved)
    else:
        labels = [s for s in args.sizes.split(",") if s.strip()]
        described = machine.describe()
        results = []
        with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
            for label in labels:
                result = measure_size(label, args, Path(home))
                results.append(result)
                print(report.terminal_table(result), flush=True)
        given = sys.argv[1:] if argv is None else argv
        command = " ".join(["python -m benchmarks.run", *given])
        _save_run(saved, results, described, command, args)
    args.out.write_text(report.markdown(results, described, args, command))
    print(f"\nwrote {args.out}")


def _save_run(
    path: Path,
    results: list[SizeResult],
    described: dict[str, str],
    command: str,
    args: argparse.Namespace,
) -> None:
    payload = {
        "described": described,
        "command": command,
        "repeat": args.repeat,
        "backup_repeat": args.backup_repeat,
        "results": [asdict(r) for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, default=str, ensure_ascii=False, indent=1))


def _load_run(path: Path) -> tuple[list[SizeResult], dict[str, str], str, int, int]:
    if not path.exists():
        sys.exit(f"No saved run in {path}: run the benchmarks first.")
    payload = json.loads(path.read_text())
    results = []
    for raw in payload["results"]:
        fields = dict(raw)
        fields["dataset"] = datasets.from_dict(raw["dataset"])
        fields["rows"] = [_row(r) for r in raw["rows"]]
        fields["memory_steps"] = [(str(n), float(p)) for n, p in raw["memory_steps"]]
        results.append(SizeResult(**fields))
    return (
        results,
        payload["described"],
        payload["command"],
        payload["repeat"],
        payload["backup_repeat"],
    )


if __name__ == "__main__":
    main()
