"""Date arithmetic for the statistics queries, written once per engine.

SQLite has no date type (dates are ISO text) and PostgreSQL subtracts dates
natively, so "days from one date to another" is the one expression the
statistics need that the engines spell differently. ``days_between`` is a
SQLAlchemy expression that compiles to each engine's spelling; the services
build their queries with it and stay portable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement[int]):  # noqa: N801  # reads as the SQL function it is
    """Whole days from ``earlier`` to ``later`` (dates or timestamps; the time is ignored).

    Negative when ``later`` is before ``earlier``.
    """

    type = Integer()
    inherit_cache = True
    name = "days_between"

    def __init__(self, later: ColumnElement[Any], earlier: ColumnElement[Any]) -> None:
        super().__init__(later, earlier)


@compiles(days_between)
def _days_between_standard(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL (and standard SQL engines): date minus date is an integer.
    later, earlier = list(element.clauses)
    return (
        f"(CAST({compiler.process(later, **kw)} AS DATE)"
        f" - CAST({compiler.process(earlier, **kw)} AS DATE))"
    )


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    # date() drops the time of a timestamp; julianday() of two midnights differs by whole days.
    later, earlier = list(element.clauses)
    return (
        f"CAST(julianday(date({compiler.process(later, **kw)}))"
        f" - julianday(date({compiler.process(earlier, **kw)})) AS INTEGER)"
    )
