"""Timing: median, min and max of repeated runs, encrypted and plain interleaved."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Action = Callable[[], object]


@dataclass(frozen=True)
class Figures:
    """Milliseconds over the runs: wall-clock time, and the median CPU time of this process.

    On a machine shared with other work the wall-clock time includes waiting
    for a core; the CPU time does not (nor waiting for the disk).
    """

    median: float
    low: float
    high: float
    runs: int
    cpu: float | None = None

    @classmethod
    def of(cls, samples: list[float], cpu: list[float] | None = None) -> Figures:
        return cls(
            statistics.median(samples),
            min(samples),
            max(samples),
            len(samples),
            statistics.median(cpu) if cpu else None,
        )


@dataclass
class Measurement:
    """One row of the results: an operation at one size, encrypted and (if any) plain."""

    name: str
    group: str  # which target applies (``targets.TARGETS``), or "" for information only
    encrypted: Figures | None = None
    plain: Figures | None = None
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.encrypted is None or self.plain is None or self.plain.median <= 0:
            return None
        return self.encrypted.median / self.plain.median


def elapsed_ms(action: Action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def paired(
    encrypted: Action,
    plain: Action | None,
    repeat: int,
    *,
    warm_up: bool = True,
    after: Action | None = None,
) -> tuple[Figures, Figures | None]:
    """Run the encrypted and the plain action in turn ``repeat`` times.

    Alternating rather than one series after the other: on a shared machine
    the load changes over minutes, and both sides should meet the same load.
    One untimed warm-up each first (the page caches are warm in a running
    app); ``after`` tidies up after every run, untimed.
    """
    sides = [encrypted] if plain is None else [encrypted, plain]
    samples: list[list[float]] = [[] for _ in sides]
    cpu: list[list[float]] = [[] for _ in sides]
    if warm_up:
        for action in sides:
            action()
            if after is not None:
                after()
    for _ in range(repeat):
        for index, action in enumerate(sides):
            started = time.process_time()
            samples[index].append(elapsed_ms(action))
            cpu[index].append((time.process_time() - started) * 1000)
            if after is not None:
                after()
    first = Figures.of(samples[0], cpu[0])
    return first, (Figures.of(samples[1], cpu[1]) if plain is not None else None)
