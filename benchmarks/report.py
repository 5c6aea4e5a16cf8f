"""The printed table and benchmarks/results.md."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from benchmarks import findings, targets
from benchmarks.timing import Figures, Measurement

if TYPE_CHECKING:
    from benchmarks.run import SizeResult

MB_PER_MIB = 1.048576


def _ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _cell(figures: Figures | None) -> str:
    if figures is None:
        return ""
    return f"{_ms(figures.median)} ({_ms(figures.low)}–{_ms(figures.high)})"


def _cpu(figures: Figures | None) -> str:
    return _ms(figures.cpu) if figures is not None and figures.cpu is not None else ""


def _ratio(row: Measurement) -> str:
    return f"{row.ratio:.2f}×" if row.ratio is not None else ""


def app_peak_mb(result: SizeResult) -> float | None:
    return result.app_peak_mib * MB_PER_MIB if result.app_peak_mib is not None else None


def terminal_table(result: SizeResult) -> str:
    dataset = result.dataset
    lines = [
        f"\n{dataset.label}: {dataset.cases:,} cases — milliseconds, median (min–max)",
        f"{'operation':<52} {'SQLCipher':>24} {'plain SQLite':>24} {'ratio':>7}",
    ]
    for row in result.rows:
        if row.encrypted is None:
            lines.append(f"{row.name:<52} {row.note}")
            continue
        lines.append(
            f"{row.name[:52]:<52} {_cell(row.encrypted):>24} {_cell(row.plain):>24} "
            f"{_ratio(row):>7}"
        )
    lines.append(
        f"peak memory: app-like process {result.app_peak_mib:.0f} MiB, GUI to unlock dialog "
        f"{result.gui_peak_mib:.0f} MiB, measuring process (both databases) "
        f"{result.measuring_peak_mib:.0f} MiB"
    )
    for verdict in targets.judge(result.rows, app_peak_mb(result)):
        lines.append(f"  {verdict.target.label:<45} {verdict.text.replace('**', '')}")
    return "\n".join(lines)


def markdown(
    results: list[SizeResult], described: dict[str, str], args: argparse.Namespace, command: str
) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# Benchmark results",
        "",
        f"Written by `{command.strip()}` on {when}: {args.repeat} timed runs of each "
        f"operation ({args.backup_repeat} of a backup) after one untimed warm-up, the "
        "encrypted database and its plain copy in turn. Figures in milliseconds: "
        "median (min–max). Issue 8's targets apply at size L on a 2-core machine.",
        "",
        "## Machine",
        "",
        "| | |",
        "| --- | --- |",
        *(f"| {key} | {value} |" for key, value in described.items()),
        *(
            f"| load average during {r.dataset.label} (1/5/15 min) | before {r.load_before}, "
            f"after {r.load_after} |"
            for r in results
        ),
        "",
        "The machine is shared with other work while these run: a load average above the "
        "number of cores means the figures are slower than on an idle machine.",
        "",
        *_datasets(results),
        *_targets(results),
        *_figures(results),
        *_memory(results),
        *findings.section(),
    ]
    return "\n".join(out) + "\n"


def _datasets(results: list[SizeResult]) -> list[str]:
    lines = [
        "## Databases",
        "",
        "| size | cases | people | journal entries | meetings | minutes items | audit entries "
        "| encrypted | plain | built in | benchmark case |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        d, c = r.dataset, r.dataset.counts
        lines.append(
            f"| {d.label} | {d.cases:,} | {c.get('persons', 0):,} | "
            f"{c.get('journal_entries', 0):,} | {c.get('meetings', 0):,} | "
            f"{c.get('minutes_items', 0):,} | {c.get('audit_log', 0):,} | "
            f"{d.encrypted_bytes / 2**20:.0f} MiB | {d.plain_bytes / 2**20:.0f} MiB | "
            f"{d.build_seconds:.0f} s | {d.case.journal_entries} journal entries, "
            f"{d.case.meetings} meetings |"
        )
    lines += [
        "",
        "Built with `services.demo.create_or_fill` (seed "
        f"{results[0].dataset.seed if results else '?'}), on the day shown in the cache's "
        "JSON; the benchmark case is an open case of the benchmark user (the social worker "
        "`socsek`) whose journal was topped up to 300 signed entries.",
        "",
    ]
    return lines


def _targets(results: list[SizeResult]) -> list[str]:
    header = "| target | " + " | ".join(r.dataset.label for r in results) + " | why, where missed |"
    lines = ["## Targets", "", header, "| --- |" + " --- |" * (len(results) + 1)]
    verdicts = [targets.judge(r.rows, app_peak_mb(r)) for r in results]
    for index, target in enumerate((*targets.TIMES, targets.MEMORY, targets.RATIO)):
        cells = []
        missed = False
        for per_size in verdicts:
            verdict = per_size[index]
            text = verdict.text
            if verdict.met is False:
                missed = True
                if verdict.worst_name:
                    text += f": {verdict.worst_name.strip()}"
            cells.append(text)
        why = _why(target, results) if missed else ""
        lines.append(f"| {target.label} | " + " | ".join(cells) + f" | {why} |")
    lines.append("")
    for r in results:
        ratio_misses = targets.missed_ratios(r.rows)
        if ratio_misses:
            listed = ", ".join(_ratio_miss(m) for m in ratio_misses)
            lines += [
                f'Ratios above 1.5× at {r.dataset.label}: {listed}. "Overlapping" marks a '
                "difference the runs do not bear out: the fastest encrypted run was as fast as "
                "the slowest plain one.",
                "",
            ]
    return lines


def _why(target: targets.Target, results: list[SizeResult]) -> str:
    if target is not targets.RATIO:
        return findings.WHY.get(target.key, "")
    misses = [m for r in results for m in targets.missed_ratios(r.rows)]
    if all(_overlapping(m) for m in misses):
        return "Only within noise: the runs overlap (listed below)."
    return "See the ratios listed below."


def _overlapping(row: Measurement) -> bool:
    return (
        row.encrypted is not None
        and row.plain is not None
        and (row.encrypted.low <= row.plain.high)
    )


def _ratio_miss(row: Measurement) -> str:
    assert row.encrypted is not None
    assert row.plain is not None
    assert row.ratio is not None
    overlap = _overlapping(row)
    return (
        f"{row.name.strip()} {row.ratio:.2f}× "
        f"(+{row.encrypted.median - row.plain.median:.1f} ms{', overlapping' if overlap else ''})"
    )


def _figures(results: list[SizeResult]) -> list[str]:
    lines: list[str] = []
    for r in results:
        lines += [
            f"## {r.dataset.label}: {r.dataset.cases:,} cases",
            "",
            "| operation | SQLCipher | plain SQLite | ratio | CPU, SQLCipher | CPU, plain |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in r.rows:
            if row.encrypted is None:
                lines.append(f"| {row.name} | {row.note} | | | | |")
            else:
                name = (
                    row.name.replace("  ", "&nbsp;&nbsp;", 1) if row.name[:2] == "  " else row.name
                )
                lines.append(
                    f"| {name} | {_cell(row.encrypted)} | {_cell(row.plain)} | {_ratio(row)} "
                    f"| {_cpu(row.encrypted)} | {_cpu(row.plain)} |"
                )
        lines += ["", f"Measured in {r.seconds / 60:.1f} minutes.", ""]
    return lines


def _memory(results: list[SizeResult]) -> list[str]:
    lines = [
        "## Peak memory",
        "",
        "| size | app-like process | start to unlock dialog | measuring process (both databases) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.dataset.label} | {r.app_peak_mib:.0f} MiB | {r.gui_peak_mib:.0f} MiB | "
            f"{r.measuring_peak_mib:.0f} MiB |"
        )
    for r in results:
        rises = _rises(r.memory_steps)
        if rises:
            lines += ["", f"Where the app-like process's peak rose at {r.dataset.label}: {rises}."]
    lines += [
        "",
        "Peak resident memory (VmHWM, which is what `ru_maxrss` reports for a process "
        "started afresh). The app-like process imports Qt and the whole "
        "interface, makes a QApplication, unlocks the encrypted database and runs every "
        "operation above once: the target is judged on it. The measuring process holds the "
        "encrypted database and the plain copy open at once (two page caches).",
        "",
    ]
    return lines


def _rises(steps: list[tuple[str, float]], at_least: float = 10.0) -> str:
    """The steps after which the peak grew by ``at_least`` MiB or more."""
    found = []
    previous = 0.0
    for name, peak in steps:
        if peak - previous >= at_least:
            found.append(f"{name} +{peak - previous:.0f} MiB (to {peak:.0f})")
        previous = max(previous, peak)
    return "; ".join(found)
