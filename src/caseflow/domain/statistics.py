"""Small-count suppression (röjandekontroll) for the manager statistics.

In a small municipality a count of 1 to 4 can point at a person ("the one
girl aged 12 referred by the police"). So no count from 1 to 4 is printed,
and no printed number lets a reader work such a count out.

The rules
---------
A report's counts are variables tied together by sums: the cells of a
table, each row's total, each column's total, the grand total. Tables share
variables: the "new cases" per programme of the overview are the column
totals of the age, sex and referral tables, so one decision about them
holds in every table (a total hidden in one table and printed in another
hides nothing). ``SuppressionPlan`` holds the variables and the sums;
``solve`` decides how each is printed (``CellState``):

1. **Small counts** (primary suppression): every count from 1 to 4, cell or
   total, is printed as ``<5``. Zero is printed: "nobody" reveals nobody.
2. **Withheld counts** (secondary suppression): a sum whose parts are all
   printed but one gives that one away by subtraction. So wherever a
   suppressed count could be worked out, the smallest printed non-zero part
   of a sum it belongs to is withheld too and printed as ``..``; parts of 6
   or more are preferred to parts of exactly 5 (explained below). A part is
   a cell, or a row's or column's total as a part of the grand total; a
   grand total is never withheld this way (it is what a board reads first).
3. **Hidden rows** (the last resort): when a sum has no printed part left
   to withhold (say five age bands with one case each and a total of 5),
   every part of that sum is printed as ``..``, zeros included; if even that
   does not do, its total too.

"Could be worked out" is checked, not assumed. A reader who knows these
rules knows more than the printed numbers: a ``<5`` lies from 1 to 4, a
withheld count is at least 5 (only non-zero printed counts are withheld,
and those are 5 or more), a hidden one is any number. A suppressed count
from 1 to 4 is safe only when a second table exists that agrees with
everything printed, marks included, and gives that count another value;
the solver (``caseflow.domain.statistics_audit``) finds one or suppresses
more. That is why a withheld 5 is avoided: cells 1 (``<5``) and 5 (``..``)
summing to a printed 6 leave only 1 + 5, since the withheld cell is known
to be at least 5. It is also why "exactly one suppressed count in a row
or column" is only where the rule starts: two ``<5`` cells of 4 and 4 with
a printed 8 give both away, and so can several rows and columns together.

Medians are printed only when they rest on at least ``MIN_COUNT`` values:
the median of three waiting times is one young person's waiting time.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from caseflow.domain.statistics_audit import MIN_COUNT, CellState, Sum, decide, is_small
from caseflow.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "LEGEND",
    "MIN_COUNT",
    "SMALL_MARK",
    "WITHHELD_MARK",
    "Cell",
    "CellState",
    "GridVariables",
    "Solution",
    "Sum",
    "SuppressionPlan",
    "add_grid",
    "is_small",
    "printable_median",
]

SMALL_MARK = "<5"
WITHHELD_MARK = ".."

LEGEND = QT_TRANSLATE_NOOP(
    "Statistics",
    "<5: from 1 to 4 (small counts are not printed, so that no one can be recognised). "
    "..: withheld, so that a small count cannot be worked out from the totals.",
)


@dataclass(frozen=True)
class Cell:
    """A count as printed. ``value`` is the true count: never print it unless ``shown``."""

    value: int
    state: CellState

    @property
    def shown(self) -> int | None:
        """The value when it may be printed (and drawn), else None."""
        return self.value if self.state is CellState.SHOWN else None

    @property
    def text(self) -> str:
        if self.state is CellState.SHOWN:
            return str(self.value)
        return SMALL_MARK if self.state is CellState.SMALL else WITHHELD_MARK


# ------------------------------------------------------------------ the plan


class SuppressionPlan:
    """The counts of one report and the sums that tie them, to be suppressed together."""

    def __init__(self) -> None:
        self.values: list[int] = []
        self.sums: list[Sum] = []

    def count(self, value: int) -> int:
        """A new count; returns its variable number."""
        if value < 0:
            raise ValueError("a count cannot be negative")
        self.values.append(value)
        return len(self.values) - 1

    def total(self, members: Sequence[int]) -> int:
        """A new count that is the sum of ``members``; returns its variable number."""
        variable = self.count(sum(self.values[m] for m in members))
        self.sums.append(Sum(tuple(members), variable))
        return variable

    def tie(self, members: Sequence[int], total: int) -> None:
        """Declare that ``members`` add up to the existing count ``total``."""
        if sum(self.values[m] for m in members) != self.values[total]:
            raise ValueError("the members do not add up to the total")
        self.sums.append(Sum(tuple(members), total))

    def solve(self) -> Solution:
        """Decide how every count is printed (see the module's rules)."""
        states = decide(self.values, self.sums)
        return Solution(tuple(Cell(v, st) for v, st in zip(self.values, states, strict=True)))


@dataclass(frozen=True)
class Solution:
    """The printed form of every count of a plan."""

    cells: tuple[Cell, ...]

    def __getitem__(self, variable: int) -> Cell:
        return self.cells[variable]

    def row(self, variables: Iterable[int]) -> tuple[Cell, ...]:
        return tuple(self.cells[v] for v in variables)


# ----------------------------------------------------------------- tables


@dataclass(frozen=True)
class GridVariables:
    """The variable numbers of a table: cells by row, then the totals (None when absent)."""

    cells: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...] | None
    column_totals: tuple[int, ...] | None
    grand_total: int | None


def add_grid(
    plan: SuppressionPlan,
    counts: Sequence[Sequence[int]],
    *,
    row_totals: bool,
    column_totals: bool,
    margin: Sequence[int] | None = None,
) -> GridVariables:
    """Add a table of counts (rows × columns) with the totals asked for.

    ``row_totals`` adds a total per row (the "Total" column), ``column_totals``
    a total per column (the "Total" row). ``margin`` makes existing variables
    the column totals (and, with row totals, the grand total as its last
    entry): the table then breaks down counts printed elsewhere, and shares
    their suppression.
    """
    cells = tuple(tuple(plan.count(value) for value in row) for row in counts)
    columns = len(cells[0]) if cells else 0
    rows_total = tuple(plan.total(row) for row in cells) if row_totals else None
    if not column_totals:
        return GridVariables(cells, rows_total, None, None)
    by_column = [tuple(row[c] for row in cells) for c in range(columns)]
    if margin is not None:
        expected = columns + (1 if row_totals else 0)
        if len(margin) != expected:
            raise ValueError("the margin does not match the table")
        for members, total in zip(by_column, margin, strict=False):
            plan.tie(members, total)
        columns_total = tuple(margin[:columns])
        grand = margin[columns] if row_totals else None
    else:
        columns_total = tuple(plan.total(members) for members in by_column)
        grand = plan.total(columns_total) if row_totals else None
    if rows_total is not None and grand is not None:
        plan.tie(rows_total, grand)
    return GridVariables(cells, rows_total, columns_total, grand)


# ---------------------------------------------------------------- medians


def printable_median(values: Sequence[float]) -> float | None:
    """The median of ``values``, or None when it rests on fewer than ``MIN_COUNT``."""
    if len(values) < MIN_COUNT:
        return None
    return float(statistics.median(values))
