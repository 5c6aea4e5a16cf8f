"""The manager statistics as CSV, for Excel as Swedish offices use it.

UTF-8 with a byte order mark (so that Excel reads å, ä and ö right),
semicolons between fields (Swedish Excel uses the comma for decimals), and
CRLF line ends. The file starts with a block saying what it is (title,
period, programmes, unit, what the marks mean); then one block per table:
its title, a header row, its rows, its totals and measures, a blank line.
Suppressed counts are written as they are printed ("<5", ".."), never as
their values.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from caseflow.domain.statistics import LEGEND
from caseflow.domain.text import Text, Translate
from caseflow.reports.statistics_report import (
    PERIOD,
    PROGRAMMES,
    TITLE,
    UNIT,
    StatisticsData,
    StatisticsTable,
)

BOM = "\ufeff"
# A field starting with one of these is a formula to Excel; a unit name is data.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(data: StatisticsData, translate: Translate | None = None) -> str:
    """The tables of ``data`` as one CSV text, BOM first."""

    def t(text: Text | str) -> str:
        return text if isinstance(text, str) else text.render(translate)

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([t(TITLE)])
    writer.writerow([t(PERIOD), data.period_from.isoformat(), data.period_to.isoformat()])
    writer.writerow([t(PROGRAMMES), *data.programme_codes])
    writer.writerow([t(UNIT), _data(t(data.imprint.unit))])
    writer.writerow([t(LEGEND)])
    for table in data.tables:
        writer.writerow([])
        _table(writer, table, t)
    return BOM + out.getvalue()


def _table(writer: Any, table: StatisticsTable, t: Callable[[Text | str], str]) -> None:
    writer.writerow([t(table.title)])
    writer.writerow(["", *(t(header) for header in table.columns)])
    for row in table.rows:
        writer.writerow([t(row.label), *(cell.text for cell in row.cells)])
    if table.total is not None:
        writer.writerow([t(table.total.label), *(cell.text for cell in table.total.cells)])
    for measure in table.measures:
        writer.writerow([t(measure.label), *(t(value) for value in measure.values)])
    if table.note is not None:
        writer.writerow([t(table.note)])


def _data(text: str) -> str:
    """Text from the database, kept from being read as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text
