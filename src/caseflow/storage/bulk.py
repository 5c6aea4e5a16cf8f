"""Batched inserts for generated data (the demo generator, benchmarks).

A Core ``insert()`` given a list of parameter sets runs one prepared
statement through the driver's ``executemany``: 42 µs a journal entry
against 98 µs through the ORM's unit of work (20,000 entries in one
transaction on a 2-core machine), and no objects to keep in memory. One
transaction per batch keeps the write-ahead log small.

Callers give every primary key themselves (so that rows can refer to each
other before they are written) and every column in every row of a table:
an executemany compiles its statement from the first row's keys.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select, union_all, update

from caseflow.storage import fulltext, migrate
from caseflow.storage.database import OpenDatabase
from caseflow.storage.errors import translated_errors
from caseflow.storage.models import Base, Case, CaseCounter, Guardian, Person

Rows = Mapping[str, Sequence[Mapping[str, Any]]]
CounterKey = tuple[str, int]  # (programme, year)


def _table(name: str) -> Table:
    table = Base.metadata.tables.get(name)
    if table is None:
        raise ValueError(f"unknown table {name}")
    return table


def next_ids(database: OpenDatabase, tables: Sequence[str]) -> dict[str, int]:
    """The first free integer id of each table (1 for an empty table)."""
    result = {}
    with translated_errors(), database.engine.connect() as connection:
        for name in tables:
            table = _table(name)
            highest = connection.execute(select(func.max(table.c.id))).scalar_one()
            result[name] = (highest or 0) + 1
    return result


def case_counters(database: OpenDatabase) -> dict[CounterKey, int]:
    """The last case serial used per (programme, year)."""
    with translated_errors(), database.engine.connect() as connection:
        rows = connection.execute(
            select(CaseCounter.programme, CaseCounter.year, CaseCounter.last_serial)
        ).all()
    return {(programme, year): serial for programme, year, serial in rows}


def count_cases(database: OpenDatabase) -> int:
    with translated_errors(), database.engine.connect() as connection:
        return int(connection.execute(select(func.count(Case.id))).scalar_one())


def personnummer_in_use(database: OpenDatabase) -> set[str]:
    """Every 12-digit number already held by a person or a guardian."""
    query = union_all(
        select(Person.personnummer).where(Person.personnummer.is_not(None)),
        select(Guardian.personnummer).where(Guardian.personnummer.is_not(None)),
    )
    with translated_errors(), database.engine.connect() as connection:
        return {str(number) for number in connection.execute(query).scalars()}


def insert_batch(
    database: OpenDatabase, rows: Rows, counters: Mapping[CounterKey, int] | None = None
) -> None:
    """Insert ``rows`` (lists of column dicts per table) in one transaction.

    Tables are written parents first. ``counters`` raise the case counters
    to at least the given last serials in the same transaction, so that the
    app's next case number continues after the inserted cases even if a
    later batch fails.
    """
    tables = [table for table in Base.metadata.sorted_tables if rows.get(table.name)]
    unknown = set(rows) - set(Base.metadata.tables)
    if unknown:
        raise ValueError(f"unknown tables {sorted(unknown)}")
    with translated_errors(), database.engine.begin() as connection:
        with fulltext.indexed_in_bulk(connection):
            for table in tables:
                connection.execute(insert(table), list(rows[table.name]))
        if counters:
            existing = {
                (programme, year): serial
                for programme, year, serial in connection.execute(
                    select(CaseCounter.programme, CaseCounter.year, CaseCounter.last_serial)
                )
            }
            for (programme, year), serial in sorted(counters.items()):
                if (programme, year) not in existing:
                    connection.execute(
                        insert(CaseCounter).values(
                            programme=programme, year=year, last_serial=serial
                        )
                    )
                elif existing[(programme, year)] < serial:
                    connection.execute(
                        update(CaseCounter)
                        .where(CaseCounter.programme == programme, CaseCounter.year == year)
                        .values(last_serial=serial)
                    )


def analyze(database: OpenDatabase) -> None:
    """Gather the planner's statistics after a bulk load (STAT4: no analysis limit).

    Without them SQLite cannot tell a selective prefix from one that matches
    most people, and sorts every match of a one-character search
    (benchmarks/results.md, finding 1).
    """
    with translated_errors():
        migrate.gather_planner_statistics(database.engine)
