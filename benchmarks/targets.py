"""Issue 8's targets (on a 2-core machine at size L) and the verdict of one size's figures."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.timing import Measurement


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    limit: float
    unit: str = "ms"


TIMES = (
    Target("page", "case list first page ≤ 100 ms", 100),
    Target("open", "open a case (300 entries) ≤ 100 ms", 100),
    Target("save", "save a journal entry ≤ 100 ms", 100),
    Target("keystroke", "each search keystroke ≤ 50 ms", 50),
    Target("report", "case report ≤ 1 s", 1000),
    Target("statistics", "yearly statistics ≤ 3 s", 3000),
    Target("unlock", "unlock incl. key derivation ≤ 1.5 s", 1500),
)
MEMORY = Target("memory", "peak memory ≤ 400 MB", 400, "MB")
RATIO = Target("ratio", "SQLCipher / plain ≤ 1.5× for every query", 1.5, "×")
# Not a query: a backup reads and writes every page, so it pays for the cipher
# on every one of them by design. Its ratio is shown, not judged.
NOT_QUERIES = ("backup (verified copy)",)


@dataclass(frozen=True)
class Verdict:
    target: Target
    met: bool | None  # None: nothing measured
    worst: float | None
    worst_name: str

    @property
    def text(self) -> str:
        if self.met is None or self.worst is None:
            return "not measured"
        figure = _format(self.worst, self.target.unit)
        if self.met:
            return f"met ({figure})"
        over = self.worst - self.target.limit
        return (
            f"**missed** by {_format(over, self.target.unit)} "
            f"({figure}, {self.worst / self.target.limit:.1f}× the limit)"
        )


def _format(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} ms" if value < 1000 else f"{value / 1000:.2f} s"


def judge(rows: list[Measurement], peak_mb: float | None) -> list[Verdict]:
    verdicts = []
    for target in TIMES:
        timed = [r for r in rows if r.group == target.key and r.encrypted is not None]
        verdicts.append(
            _worst(target, [(r.encrypted.median, r.name) for r in timed if r.encrypted])
        )
    verdicts.append(_worst(MEMORY, [(peak_mb, "app-like process")] if peak_mb is not None else []))
    ratios = [(r.ratio, r.name) for r in rows if r.ratio is not None and r.name not in NOT_QUERIES]
    verdicts.append(_worst(RATIO, [(v, n) for v, n in ratios if v is not None]))
    return verdicts


def _worst(target: Target, figures: list[tuple[float, str]]) -> Verdict:
    if not figures:
        return Verdict(target, None, None, "")
    worst, name = max(figures)
    return Verdict(target, worst <= target.limit, worst, name)


def missed_ratios(rows: list[Measurement]) -> list[Measurement]:
    return [
        r
        for r in rows
        if r.ratio is not None and r.ratio > RATIO.limit and r.name not in NOT_QUERIES
    ]
