"""Expressions of the statistics queries that each engine spells its own way.

SQLite has no date type (dates are ISO text) and PostgreSQL subtracts dates
natively: ``days_between`` compiles to each engine's spelling. On a server a
manager counts people by sex without the privilege to read a personnummer:
``sex_digit`` reads the personnummer where the user may (the file) and asks
the server's ``caseflow_sex_digit`` (migration 0012) there. The services
build their queries with these and stay portable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
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


# A column of a model (``Person.id``) or of a query.
_Column = ColumnElement[Any] | QueryableAttribute[Any]


class sex_digit(FunctionElement[str]):  # noqa: N801  # reads as the SQL function it is
    """The sex digit of a person's personnummer (the third of its last four), or NULL.

    ``person_id`` and ``personnummer`` are the person's columns: the file reads
    the number; a server answers from the person's id, for the people the
    user may read, and only this digit of the number.
    """

    type = String()
    inherit_cache = True
    name = "sex_digit"

    def __init__(self, person_id: _Column, personnummer: _Column) -> None:
        super().__init__(person_id, personnummer)


@compiles(sex_digit)
def _sex_digit_from_number(element: sex_digit, compiler: SQLCompiler, **kw: Any) -> str:
    _, personnummer = list(element.clauses)
    return f"substr({compiler.process(personnummer, **kw)}, 11, 1)"


@compiles(sex_digit, "postgresql")
def _sex_digit_on_server(element: sex_digit, compiler: SQLCompiler, **kw: Any) -> str:
    person_id, _ = list(element.clauses)
    return f"caseflow_sex_digit({compiler.process(person_id, **kw)})"
