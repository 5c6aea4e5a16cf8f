"""Small-count suppression: no count from 1 to 4 is printed or can be worked out.

The property tests check the solver against an independent oracle: every
table consistent with what is printed (and with what a reader knows of the
marks: "<5" is 1 to 4, a withheld ".." is at least 5, a hidden one anything)
is enumerated, and each suppressed small count must take more than one value
across them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseflow.domain.statistics import (
    MIN_COUNT,
    SMALL_MARK,
    WITHHELD_MARK,
    Cell,
    CellState,
    GridVariables,
    Solution,
    SuppressionPlan,
    add_grid,
    is_small,
    printable_median,
)


def _grid(
    counts: Sequence[Sequence[int]], *, rows: bool = True, columns: bool = True
) -> tuple[SuppressionPlan, GridVariables, Solution]:
    plan = SuppressionPlan()
    grid = add_grid(plan, counts, row_totals=rows, column_totals=columns)
    return plan, grid, plan.solve()


def _texts(solution: Solution, grid: GridVariables) -> list[list[str]]:
    """The table as printed: each row with its total, then the totals row."""
    printed = []
    for r, row in enumerate(grid.cells):
        line = [solution[v].text for v in row]
        if grid.row_totals is not None:
            line.append(solution[grid.row_totals[r]].text)
        printed.append(line)
    if grid.column_totals is not None:
        line = [solution[v].text for v in grid.column_totals]
        if grid.grand_total is not None:
            line.append(solution[grid.grand_total].text)
        printed.append(line)
    return printed


# ------------------------------------------------------------------- the oracle

_SLACK = 4  # how far above the largest true count the oracle looks


def _domain(cell: Cell, cap: int) -> range:
    """What a reader who knows the rules knows of a printed count."""
    if cell.state is CellState.SHOWN:
        return range(cell.value, cell.value + 1)
    if cell.state is CellState.SMALL:
        return range(1, MIN_COUNT)
    if cell.state is CellState.WITHHELD:
        return range(MIN_COUNT, cap + 1)
    return range(cap + 1)


def _possible_values(plan: SuppressionPlan, solution: Solution) -> dict[int, set[int]]:
    """Every value each suppressed small count takes in some table consistent with the print.

    Depth-first over the counts that are not the total of any sum (the
    others follow from them), checking each sum as soon as its parts are
    known. The search looks only up to ``_SLACK`` above the true counts, so
    it can miss alternatives but never invents one: a count it finds with
    two possible values really has two.
    """
    cap = max(plan.values, default=0) + _SLACK
    totals = {s.total for s in plan.sums}
    base = [v for v in range(len(plan.values)) if v not in totals]
    watched = {
        v for v, cell in enumerate(solution.cells) if cell.state.suppressed and is_small(cell.value)
    }
    seen: dict[int, set[int]] = {v: set() for v in watched}
    domains = [_domain(cell, cap) for cell in solution.cells]

    def derive(values: dict[int, int]) -> bool:
        """Fill in totals whose parts are known; False on a contradiction."""
        progress = True
        while progress:
            progress = False
            for s in plan.sums:
                if all(m in values for m in s.members):
                    total = sum(values[m] for m in s.members)
                    if s.total in values:
                        if values[s.total] != total:
                            return False
                    elif total in domains[s.total]:
                        values[s.total] = total
                        progress = True
                    else:
                        return False
        return True

    def done() -> bool:
        return all(len(found) > 1 for found in seen.values())

    def search(i: int, values: dict[int, int]) -> None:
        if done():
            return
        if i == len(base):
            for v in watched:
                seen[v].add(values[v])
            return
        for value in domains[base[i]]:
            trial = dict(values)
            trial[base[i]] = value
            if derive(trial):
                search(i + 1, trial)
            if done():
                return

    search(0, {})
    return seen


def _assert_protected(plan: SuppressionPlan, solution: Solution) -> None:
    for variable, values in _possible_values(plan, solution).items():
        assert len(values) > 1, (variable, plan.values[variable], values)


def _assert_honest(plan: SuppressionPlan, solution: Solution) -> None:
    """Printed counts are true; marks say no more than the rules do."""
    for value, cell in zip(plan.values, solution.cells, strict=True):
        assert cell.value == value
        if is_small(value):
            assert cell.state.suppressed
        if cell.state is CellState.SHOWN:
            assert cell.text == str(value)
        if cell.state is CellState.SMALL:
            assert is_small(value)
            assert cell.text == SMALL_MARK
        if cell.state is CellState.WITHHELD:
            assert value >= MIN_COUNT
            assert cell.text == WITHHELD_MARK


# ------------------------------------------------------------------ examples


def test_a_cell_prints_its_value_only_when_shown() -> None:
    assert Cell(7, CellState.SHOWN).text == "7"
    assert Cell(7, CellState.SHOWN).shown == 7
    assert Cell(0, CellState.SHOWN).text == "0"
    assert Cell(3, CellState.SMALL).text == "<5"
    assert Cell(3, CellState.SMALL).shown is None
    assert Cell(9, CellState.WITHHELD).text == ".."
    assert Cell(9, CellState.WITHHELD).shown is None
    assert Cell(0, CellState.HIDDEN).text == ".."


@pytest.mark.parametrize(("value", "small"), [(0, False), (1, True), (4, True), (5, False)])
def test_small_counts_are_one_to_four(value: int, small: bool) -> None:
    assert is_small(value) is small


def test_nothing_small_means_nothing_suppressed() -> None:
    _, grid, solution = _grid([[5, 0, 12], [7, 30, 0]])
    assert _texts(solution, grid) == [
        ["5", "0", "12", "17"],
        ["7", "30", "0", "37"],
        ["12", "30", "12", "54"],
    ]


def test_one_small_cell_takes_a_partner_in_its_row_and_column() -> None:
    plan, grid, solution = _grid([[3, 10, 22], [8, 40, 15]])
    printed = _texts(solution, grid)
    assert printed[0][0] == SMALL_MARK
    # Its row and its column each have another suppressed count.
    assert sum(text in (SMALL_MARK, WITHHELD_MARK) for text in printed[0]) >= 2
    assert sum(row[0] in (SMALL_MARK, WITHHELD_MARK) for row in printed) >= 2
    # Totals stay: they are what a board reads.
    assert printed[0][3] == "35"
    assert printed[2] == ["11", "50", "37", "98"]
    _assert_protected(plan, solution)


def test_the_partner_is_the_smallest_cell_of_six_or_more() -> None:
    # 1 + 5 = 6 would give the 1 away (a withheld count is at least 5),
    # so the 6 is withheld rather than the 5.
    plan, grid, solution = _grid([[1, 5, 6, 20]], columns=False)
    assert _texts(solution, grid) == [[SMALL_MARK, "5", WITHHELD_MARK, "20", "32"]]
    _assert_protected(plan, solution)


def test_a_withheld_five_alone_does_not_protect_a_one() -> None:
    plan, grid, solution = _grid([[1, 5, 5, 30]], columns=False)
    printed = _texts(solution, grid)[0]
    assert printed[0] == SMALL_MARK
    assert printed[3] == WITHHELD_MARK  # 1 + 5 + 5 = 11 would pin the 1; 30 does not
    _assert_protected(plan, solution)


def test_two_small_cells_protect_each_other() -> None:
    plan, grid, solution = _grid([[2, 3, 40]], columns=False)
    assert _texts(solution, grid) == [[SMALL_MARK, SMALL_MARK, "40", "45"]]
    _assert_protected(plan, solution)


def test_small_cells_at_their_limits_are_not_given_away() -> None:
    # 4 + 4 = 8: both at the top of "<5", so a printed 8 would pin both.
    plan, grid, solution = _grid([[4, 4, 10]], columns=False)
    printed = _texts(solution, grid)[0]
    assert printed[:2] == [SMALL_MARK, SMALL_MARK]
    assert printed[2] == WITHHELD_MARK
    _assert_protected(plan, solution)


def test_a_small_total_is_small_too() -> None:
    _, grid, solution = _grid([[2, 0], [0, 1]])
    assert _texts(solution, grid) == [
        [SMALL_MARK, "0", SMALL_MARK],
        ["0", SMALL_MARK, SMALL_MARK],
        [SMALL_MARK, SMALL_MARK, SMALL_MARK],
    ]


def test_ones_that_add_up_to_five_are_hidden_with_their_zeros() -> None:
    # Five age bands with one case each: "<5" five times and a total of 5
    # would say "one each". Nothing printed is left to withhold, so the
    # column is hidden, zeros included.
    plan, grid, solution = _grid([[1], [1], [0], [1], [1], [1]], rows=False)
    printed = _texts(solution, grid)
    assert [row[0] for row in printed[:-1]] == [WITHHELD_MARK] * 6
    assert printed[-1] == ["5"]
    assert {solution[v[0]].state for v in grid.cells} == {CellState.HIDDEN}
    _assert_protected(plan, solution)


def test_a_partner_pinned_by_its_own_row_gets_a_partner_too() -> None:
    # The 1's column partner (7) is pinned by its row unless the 9 goes too.
    plan, _, solution = _grid([[1, 5, 10], [7, 0, 9]])
    _assert_protected(plan, solution)
    _assert_honest(plan, solution)


def test_a_table_breaking_down_printed_counts_shares_their_suppression() -> None:
    """New cases per programme (overview) and the same cases by age band."""
    plan = SuppressionPlan()
    overview = add_grid(plan, [[40, 3]], row_totals=True, column_totals=False)
    assert overview.row_totals is not None
    margin = [*overview.cells[0], overview.row_totals[0]]
    ages = add_grid(
        plan,
        [[12, 0], [20, 2], [8, 1]],
        row_totals=True,
        column_totals=True,
        margin=margin,
    )
    solution = plan.solve()
    # SIG's 3 new cases are "<5", so SSPF's 40 is withheld in the overview...
    assert solution.row(overview.cells[0]) == (
        Cell(40, CellState.WITHHELD),
        Cell(3, CellState.SMALL),
    )
    # ...and in the age table, whose printed SSPF cells must not add up to it.
    assert ages.column_totals == tuple(margin[:2])
    sspf = [solution[row[0]] for row in ages.cells]
    assert any(cell.state.suppressed for cell in sspf)
    _assert_protected(plan, solution)
    _assert_honest(plan, solution)


def test_a_margin_must_match_the_table() -> None:
    plan = SuppressionPlan()
    overview = add_grid(plan, [[10, 20]], row_totals=True, column_totals=False)
    with pytest.raises(ValueError, match="add up"):
        add_grid(
            plan,
            [[5, 5], [4, 14]],
            row_totals=True,
            column_totals=True,
            margin=[
                *overview.cells[0],
                overview.row_totals[0],  # type: ignore[index]
            ],
        )
    with pytest.raises(ValueError, match="does not match"):
        add_grid(plan, [[5, 5]], row_totals=False, column_totals=True, margin=[1])


def test_counts_cannot_be_negative() -> None:
    with pytest.raises(ValueError, match="negative"):
        SuppressionPlan().count(-1)


def test_a_median_needs_five_values() -> None:
    assert printable_median([3, 1, 2, 8]) is None
    assert printable_median([3, 1, 2, 8, 100]) == 3
    assert printable_median([1, 2, 3, 4, 5, 6]) == 3.5


# ------------------------------------------------------------------ properties

# Mostly small numbers, where suppression has work to do.
_counts = st.one_of(st.integers(0, 6), st.integers(0, 16))


@st.composite
def _tables(draw: st.DrawFn) -> tuple[list[list[int]], bool, bool]:
    rows = draw(st.integers(1, 3))
    columns = draw(st.integers(1, 3))
    counts = [[draw(_counts) for _ in range(columns)] for _ in range(rows)]
    row_totals = columns > 1 and draw(st.booleans())
    column_totals = rows > 1 and (draw(st.booleans()) or not row_totals)
    return counts, row_totals, column_totals


@settings(max_examples=250, deadline=None)
@given(_tables())
def test_no_small_count_can_be_worked_out(table: tuple[list[list[int]], bool, bool]) -> None:
    counts, rows, columns = table
    plan, grid, solution = _grid(counts, rows=rows, columns=columns)
    _assert_honest(plan, solution)
    _assert_protected(plan, solution)
    # The rule as a manager reads it: no row or column, with its total, has
    # exactly one suppressed count from 1 to 4 (subtraction would give it away).
    for s in plan.sums:
        suppressed = [v for v in (*s.members, s.total) if solution[v].state.suppressed]
        if len(suppressed) == 1:
            assert not is_small(solution[suppressed[0]].value), (counts, _texts(solution, grid))


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.integers(0, 14), min_size=2, max_size=3),
    st.integers(2, 3),
    st.data(),
)
def test_tables_sharing_totals_protect_each_other(
    new_cases: list[int], bands: int, data: st.DataObject
) -> None:
    """A breakdown of the overview's counts never gives a suppressed one away."""
    plan = SuppressionPlan()
    overview = add_grid(plan, [new_cases], row_totals=True, column_totals=False)
    assert overview.row_totals is not None
    # Split each programme's count over the bands at random.
    columns = []
    for total in new_cases:
        cuts = sorted(
            data.draw(st.lists(st.integers(0, total), min_size=bands - 1, max_size=bands - 1))
        )
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        columns.append(parts)
    counts = [[columns[c][r] for c in range(len(new_cases))] for r in range(bands)]
    add_grid(
        plan,
        counts,
        row_totals=True,
        column_totals=True,
        margin=[*overview.cells[0], overview.row_totals[0]],
    )
    solution = plan.solve()
    _assert_honest(plan, solution)
    _assert_protected(plan, solution)
