"""Copy a local database, row for row, into an empty server database.

Every table the models know is copied in the order of its foreign keys, a
chunk of rows at a time in id order (a correction comes after what it
corrects), with ids, case numbers, signatures and the audit log exactly as
they are. On the server, Caseflow's own triggers stand aside meanwhile: the
audit log's seal would otherwise stamp the copied history anew, and the
final-records triggers would refuse approved minutes being written. The
foreign keys stay checked. Sequences then continue after the highest id.

The copy is one transaction: it is all there, or nothing is. Afterwards the
row counts are compared table by table and the audit chain is verified on
the server; any difference is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, func, insert, select, text, tuple_
from sqlalchemy.orm import Session

from caseflow.domain.audit import first_broken
from caseflow.domain.errors import CaseflowError, InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.storage import audit_chain, migrate
from caseflow.storage.models import Base

_CHUNK = 2_000


class TargetNotEmpty(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The server database is not empty. Caseflow copies a database only into an empty "
        "one; nothing was written.",
    )


class SchemaMismatch(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The local database and the server database are at different versions of "
        "Caseflow's schema. Open the local database with this version of Caseflow first "
        "(it upgrades it), and prepare the server with the same version.",
    )


class CopyNotFaithful(CaseflowError):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The copy on the server does not match the local database, so it was not kept. "
        "The local database is unchanged.",
    )


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]  # table name -> rows copied (and found on the server)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _chunks(connection: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    """The table's rows in primary-key order, a chunk at a time (keyset, never OFFSET)."""
    key = tuple_(*table.primary_key.columns)
    last: tuple[object, ...] | None = None
    while True:
        query = select(table).order_by(*table.primary_key.columns).limit(_CHUNK)
        if last is not None:
            query = query.where(key > tuple_(*last))
        rows = [dict(row._mapping) for row in connection.execute(query)]
        if not rows:
            return
        yield rows
        last = tuple(rows[-1][column.name] for column in table.primary_key.columns)


def _check_target(target: Connection) -> None:
    if migrate.current_revision(target) != migrate.head_revision():
        raise SchemaMismatch()
    if any(_count(target, table) for table in _tables()):
        raise TargetNotEmpty()


def copy_into(source: Engine, target: Engine) -> CopyReport:
    """Copy every row of ``source`` (a local database) into the empty ``target`` (a server).

    ``target`` must be PostgreSQL, migrated to this version's schema and
    reached as the owner of its tables. Raises ``TargetNotEmpty``,
    ``SchemaMismatch`` or ``CopyNotFaithful``; on any error nothing stays
    on the server.
    """
    with source.connect() as reading:
        if migrate.current_revision(reading) != migrate.head_revision():
            raise SchemaMismatch()
        with target.begin() as writing:
            _check_target(writing)
            copied = _copy_tables(reading, writing)
            _continue_sequences(writing)
            _check_copy(writing, copied)
    with target.begin() as analysing:
        # Statistics for the copied rows before anyone signs in: without them
        # the planner guesses (a case-list page took 25 times as long at 10,000
        # cases until autovacuum came round).
        analysing.execute(text("ANALYZE"))
    return CopyReport(copied)


def _copy_tables(reading: Connection, writing: Connection) -> dict[str, int]:
    copied: dict[str, int] = {}
    quote = writing.dialect.identifier_preparer.quote
    for table in _tables():
        # Only Caseflow's own triggers; the foreign keys' stay on.
        writing.execute(text(f"ALTER TABLE {quote(table.name)} DISABLE TRIGGER USER"))
        count = 0
        for rows in _chunks(reading, table):
            writing.execute(insert(table), rows)
            count += len(rows)
        writing.execute(text(f"ALTER TABLE {quote(table.name)} ENABLE TRIGGER USER"))
        copied[table.name] = count
    return copied


def _continue_sequences(writing: Connection) -> None:
    """Each serial id continues after the highest copied one."""
    for table in _tables():
        for column in table.primary_key.columns:
            sequence = writing.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name},
            ).scalar_one()
            if sequence is None:
                continue
            highest = select(func.max(column)).scalar_subquery()
            writing.execute(select(func.setval(sequence, func.coalesce(highest, 0) + 1, False)))


def _check_copy(writing: Connection, copied: dict[str, int]) -> None:
    found = {table.name: _count(writing, table) for table in _tables()}
    if found != copied:
        raise CopyNotFaithful()
    with Session(bind=writing) as session:
        if first_broken(audit_chain.walk(session)) is not None:
            raise CopyNotFaithful()
