"""The solver behind ``caseflow.domain.statistics``: which counts to suppress, and the proof.

Import from ``caseflow.domain.statistics``; the rules are described there.
Here is how they are carried out.

A reader's knowledge of each count is a range: a printed count is exact,
"<5" is 1 to 4, a withheld count is 5 or more, a hidden one is anything
from 0. Two checks decide whether a suppressed count from 1 to 4 is safe:

1. **Narrowing** (interval propagation): every sum narrows the ranges of
   its parts and its total, again until nothing changes. A count left with
   one possible value is revealed. Quick, and it finds what subtraction in
   a row or column, or a chain of them, gives away.
2. **A witness**: narrowing can miss what several sums reveal together (a
   column of "<5" cells that must add up to 4 because another row's total
   leaves no room). So a count counts as safe only once a second table is
   found, consistent with everything printed and with the marks, in which
   that count has another value. The search tries the true values first and
   narrows after each choice, so a witness close to the truth is found in a
   few steps. A search that runs out of steps counts as no witness: the
   solver then suppresses more rather than hope.

Suppressing more never spoils a witness (a withheld or hidden count allows
every value a printed one did), so each count needs one witness, and one
witness frees every count whose value it changes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

# Counts from 1 to MIN_COUNT - 1 are never printed.
MIN_COUNT = 5
_INF = math.inf
# Parts tried one by one, and the first of them in pairs, before settling
# for the first one found (pairs save about one withheld count in twenty).
_TRIES = 10
_PAIRED = 5
# Steps a witness search may take before it counts as not found; a trial
# of a part to withhold gets fewer (the first round after it gets them all).
_SEARCH_STEPS = 400
_TRY_STEPS = 60
# Times each sum may be narrowed again in one propagation, on average.
_NARROWING_ROUNDS = 8


class CellState(StrEnum):
    """How a count is printed."""

    SHOWN = "shown"
    SMALL = "small"  # 1 to 4: "<5"
    WITHHELD = "withheld"  # 5 or more, withheld to protect a small count: ".."
    HIDDEN = "hidden"  # any value, a whole row or column withheld: ".."

    @property
    def suppressed(self) -> bool:
        return self is not CellState.SHOWN


@dataclass(frozen=True)
class Sum:
    """``members`` add up to ``total`` (variable numbers of a plan)."""

    members: tuple[int, ...]
    total: int


def is_small(value: int) -> bool:
    """True for the counts that are never printed (1 to 4)."""
    return 0 < value < MIN_COUNT


Bounds = list[tuple[float, float]]


def decide(values: Sequence[int], sums: Sequence[Sum]) -> list[CellState]:
    """The printed state of every count, solving each group of linked counts on its own.

    Tables that share no count (the consent table and the age table) cannot
    give each other away, and each group is quicker to solve alone.
    """
    group = list(range(len(values)))

    def root(v: int) -> int:
        while group[v] != v:
            group[v] = group[group[v]]
            v = group[v]
        return v

    for s in sums:
        for m in s.members:
            group[root(m)] = root(s.total)
    members: dict[int, list[int]] = {}
    for v in range(len(values)):
        members.setdefault(root(v), []).append(v)
    states = [CellState.SHOWN] * len(values)
    for variables in members.values():
        index = {v: i for i, v in enumerate(variables)}
        local = [
            Sum(tuple(index[m] for m in s.members), index[s.total])
            for s in sums
            if s.total in index
        ]
        for v, state in zip(
            variables, Solver([values[v] for v in variables], local).decide(), strict=True
        ):
            states[v] = state
    return states


class Solver:
    """Decides the printed state of every count of one group of linked counts."""

    def __init__(self, values: Sequence[int], sums: Sequence[Sum]) -> None:
        self.values = list(values)
        self.sums = list(sums)
        self.states = [CellState.SMALL if is_small(v) else CellState.SHOWN for v in values]
        self.sums_of: list[list[Sum]] = [[] for _ in self.values]
        for s in self.sums:
            for variable in (*s.members, s.total):
                self.sums_of[variable].append(s)
        self.free: set[int] = set()  # small counts a witness has shown to be safe

    def decide(self) -> list[CellState]:
        # Every round suppresses or hides at least one more count, so this ends.
        while (revealed := self._first_revealed()) is not None:
            self._protect(*revealed)
        return list(self.states)

    # --- what a reader can work out

    def known(self, variable: int) -> tuple[float, float]:
        """What a reader who knows the rules knows of a count before adding anything up."""
        state, value = self.states[variable], self.values[variable]
        if state is CellState.SHOWN:
            return value, value
        if state is CellState.SMALL:
            return 1, MIN_COUNT - 1
        if state is CellState.WITHHELD:
            return MIN_COUNT, _INF
        return 0, _INF

    def bounds(self) -> Bounds:
        """Each count's range after narrowing through every sum."""
        bounds = [self.known(v) for v in range(len(self.values))]
        narrowed = self._narrow_from(bounds, self.sums)
        assert narrowed, "the true counts always fit their own sums"
        return bounds

    def _narrow_from(self, bounds: Bounds, start: Sequence[Sum]) -> bool:
        """Narrow through ``start`` and every sum a change reaches; False when a range empties.

        Ranges can creep up by one per round around a cycle of sums, so the
        work is capped: stopping early leaves ranges wider than they could be,
        which is safe (the witness decides, and a witness is checked in full).
        """
        pending = dict.fromkeys(start)
        work = _NARROWING_ROUNDS * len(self.sums)
        while pending and work > 0:
            work -= 1
            s = next(iter(pending))
            del pending[s]
            changed = _narrow(s, bounds)
            if changed is None:
                return False
            for variable in changed:
                pending.update(dict.fromkeys(self.sums_of[variable]))
        return True

    def _fits(self, values: Sequence[int]) -> bool:
        """Whether ``values`` add up in every sum."""
        return all(sum(values[m] for m in s.members) == values[s.total] for s in self.sums)

    def _sensitive(self, variable: int) -> bool:
        return self.states[variable].suppressed and is_small(self.values[variable])

    def _first_revealed(self) -> tuple[int, Bounds] | None:
        bounds = self.bounds()
        for variable, (low, high) in enumerate(bounds):
            if self._sensitive(variable) and low == high:
                return variable, bounds
        for variable in range(len(self.values)):
            if self._sensitive(variable) and variable not in self.free:
                witness = self._witness(variable, bounds)
                if witness is None:
                    return variable, bounds
                self.free.update(v for v, value in enumerate(witness) if value != self.values[v])
        return None

    def _is_safe(self, variable: int, steps: int) -> bool:
        bounds = self.bounds()
        low, high = bounds[variable]
        return low != high and self._witness(variable, bounds, steps) is not None

    # --- witnesses

    def _witness(
        self, variable: int, bounds: Bounds, budget: int = _SEARCH_STEPS
    ) -> list[int] | None:
        """A table consistent with the print in which ``variable`` has another value."""
        low, high = bounds[variable]
        true = self.values[variable]
        steps = [budget]
        for piece in ((low, true - 1), (true + 1, high)):
            if piece[0] > piece[1]:
                continue
            trial = list(bounds)
            trial[variable] = piece
            found = self._search(trial, variable, steps)
            if found is not None:
                return found
        return None

    def _search(self, bounds: Bounds, changed: int, steps: list[int]) -> list[int] | None:
        steps[0] -= 1
        if steps[0] < 0 or not self._narrow_from(bounds, self.sums_of[changed]):
            return None
        open_ = [v for v, (low, high) in enumerate(bounds) if low < high]
        if not open_:
            values = [int(low) for low, _ in bounds]
            return values if self._fits(values) else None
        variable = min(open_, key=lambda v: (bounds[v][1] - bounds[v][0], v))
        low, high = bounds[variable]
        true = self.values[variable]
        # The true value first: a witness is usually the truth with a few counts moved.
        near = min(max(true, low), high)
        for piece in ((near, near), (near + 1, high), (low, near - 1)):
            if piece[0] > piece[1]:
                continue
            trial = list(bounds)
            trial[variable] = piece
            found = self._search(trial, variable, steps)
            if found is not None:
                return found
            if steps[0] < 0:
                return None
        return None

    # --- suppressing more

    def _protect(self, variable: int, bounds: Bounds) -> None:
        """Suppress more around a count that can be worked out (rules 2 and 3).

        The parts worth withholding are first those of the sums the count
        belongs to, tightest first; a withheld part can itself be pinned by
        a sum it shares with printed counts (a column whose other rows are
        all printed), so the search goes on through the suppressed counts
        that are pinned too. The first part whose withholding makes the
        count safe is taken, else the first pair of parts that does;
        failing that, the first part found (the next round goes on from there).
        """
        candidates = self._candidates_near(variable, bounds)[:_TRIES]
        for chosen in (
            *((c,) for c in candidates),
            *itertools.combinations(candidates[:_PAIRED], 2),
        ):
            if self._frees(variable, chosen):
                return
        if candidates:
            self.states[candidates[0]] = CellState.WITHHELD
            return
        self._hide_around(variable, bounds)

    def _frees(self, variable: int, chosen: tuple[int, ...]) -> bool:
        """Withhold ``chosen`` if that makes ``variable`` safe; True when it did."""
        for candidate in chosen:
            self.states[candidate] = CellState.WITHHELD
        if self._is_safe(variable, _TRY_STEPS):
            return True
        for candidate in chosen:
            self.states[candidate] = CellState.SHOWN
        return False

    def _candidates_near(self, variable: int, bounds: Bounds) -> list[int]:
        found: dict[int, None] = {}
        queue, seen = [variable], {variable}
        while queue:
            current = queue.pop(0)
            sums = sorted(self.sums_of[current], key=lambda s: _width(s, current, bounds))
            for s in sums:
                found.update(dict.fromkeys(self._printed_parts(s)))
                for other in (*s.members, s.total):
                    low, high = bounds[other]
                    if other not in seen and self.states[other].suppressed and low == high:
                        seen.add(other)
                        queue.append(other)
        return list(found)

    def _printed_parts(self, s: Sum) -> list[int]:
        """The parts of ``s`` that may be withheld, best first: printed and non-zero,
        smallest first, parts of 6 or more before parts of exactly 5."""
        printed = [m for m in s.members if self.states[m] is CellState.SHOWN and self.values[m] > 0]
        return sorted(printed, key=lambda m: (self.values[m] <= MIN_COUNT, self.values[m], m))

    def _hide_around(self, variable: int, bounds: Bounds) -> None:
        """Rule 3: hide the parts of a sum the count belongs to, then that sum's total."""
        sums = sorted(self.sums_of[variable], key=lambda s: _width(s, variable, bounds))
        for s in sums:
            if any(self.states[m] is not CellState.HIDDEN for m in s.members):
                for m in s.members:
                    self.states[m] = CellState.HIDDEN
                return
        for s in sums:
            if self.states[s.total] is not CellState.HIDDEN:
                self.states[s.total] = CellState.HIDDEN
                return
        # Only the count itself is left: hide it, so that its mark says nothing.
        if self.states[variable] is not CellState.HIDDEN:
            self.states[variable] = CellState.HIDDEN
            return
        raise AssertionError("a hidden count is revealed by sums that are hidden entirely")


def _narrow(s: Sum, bounds: Bounds) -> list[int] | None:
    """Narrow ``s``'s ranges by the sum: the counts whose range changed, None when one empties."""
    changed: list[int] = []
    lows = [bounds[m][0] for m in s.members]
    highs = [bounds[m][1] for m in s.members]
    low_sum = sum(lows)
    unbounded = sum(1 for high in highs if math.isinf(high))
    finite_high_sum = sum(high for high in highs if not math.isinf(high))
    total = _intersect(bounds, s.total, low_sum, _INF if unbounded else finite_high_sum)
    if total is None:
        return None
    if total:
        changed.append(s.total)
    total_low, total_high = bounds[s.total]
    for m, low, high in zip(s.members, lows, highs, strict=True):
        # The others' highest sum, without inf - inf.
        if math.isinf(high):
            others_high = _INF if unbounded > 1 else finite_high_sum
        else:
            others_high = _INF if unbounded else finite_high_sum - high
        result = _intersect(bounds, m, total_low - others_high, total_high - (low_sum - low))
        if result is None:
            return None
        if result:
            changed.append(m)
    return changed


def _intersect(bounds: Bounds, variable: int, low: float, high: float) -> bool | None:
    old_low, old_high = bounds[variable]
    # Counts are whole numbers: a range's ends are too.
    if math.isfinite(low):
        low = math.ceil(low)
    if math.isfinite(high):
        high = math.floor(high)
    new_low, new_high = max(old_low, low), min(old_high, high)
    if new_low > new_high:
        return None
    if (new_low, new_high) == (old_low, old_high):
        return False
    bounds[variable] = (new_low, new_high)
    return True


def _width(s: Sum, variable: int, bounds: Bounds) -> float:
    """How wide ``variable``'s range is by ``s`` alone, given the others' ranges."""
    low, high = bounds[variable]
    if variable == s.total:
        return high - low
    others_low = sum(bounds[m][0] for m in s.members if m != variable)
    others_high = sum(bounds[m][1] for m in s.members if m != variable)
    total_low, total_high = bounds[s.total]
    return (total_high - others_low) - (total_low - others_high)
