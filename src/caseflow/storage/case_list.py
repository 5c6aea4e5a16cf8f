"""The case list query: filters, search as you type, keyset pages.

Keyset pagination (WHERE (sort, id) > (last sort, last id)) costs the same
for the thousandth page as for the first; OFFSET grows with the page number.
Search by case number, personnummer (any form, by prefix) or name (prefix
of first or last name) runs through indexed columns only.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from caseflow.domain.cases import (
    CaseStatus,
    looks_like_case_number_prefix,
    normalise_case_number_prefix,
)
from caseflow.domain.personnummer import format_digits12, normalise_search_digits
from caseflow.domain.programmes import Programme
from caseflow.storage.models import Case, Person, User
from caseflow.storage.search import fold, prefix

_NO_DATE = date(9999, 12, 31)


class SortKey(enum.StrEnum):
    REFERRAL_DATE = "referral_date"
    CASE_NUMBER = "case_number"
    PROGRAMME = "programme"
    STATUS = "status"
    NAME = "name"
    NEXT_FOLLOW_UP = "next_follow_up"


@dataclass(frozen=True)
class CaseFilter:
    programme: Programme | None = None
    status: CaseStatus | None = None
    responsible_user_id: int | None = None
    text: str | None = None
    person_id: int | None = None
    open_only: bool = False


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: its last row's sort value and id."""

    value: Any
    id: int


@dataclass(frozen=True)
class CaseListRow:
    id: int
    case_number: str
    programme: Programme
    status: CaseStatus
    referral_date: date
    next_follow_up: date | None
    closed_on: date | None
    responsible: str | None
    # None for roles that see case lists without identities (managers).
    person_name: str | None
    personnummer: str | None
    protected_identity: bool


def _sort_column(sort: SortKey) -> ColumnElement[Any]:
    columns: dict[SortKey, ColumnElement[Any]] = {
        SortKey.REFERRAL_DATE: Case.referral_date,  # type: ignore[dict-item]
        SortKey.CASE_NUMBER: Case.case_number,  # type: ignore[dict-item]
        SortKey.PROGRAMME: Case.programme,  # type: ignore[dict-item]
        SortKey.STATUS: Case.status,  # type: ignore[dict-item]
        SortKey.NAME: Person.name_key_reversed,  # type: ignore[dict-item]
        SortKey.NEXT_FOLLOW_UP: func.coalesce(Case.next_follow_up, _NO_DATE),
    }
    return columns[sort]


def _text_condition(text: str) -> ColumnElement[bool] | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    if looks_like_case_number_prefix(cleaned):
        return prefix(Case.case_number, normalise_case_number_prefix(cleaned))
    digits = normalise_search_digits(cleaned)
    if digits.isdigit():
        return or_(prefix(Person.personnummer, digits), prefix(Person.personnummer_short, digits))
    key = fold(cleaned)
    return or_(prefix(Person.name_key, key), prefix(Person.name_key_reversed, key))


def _filtered(case_filter: CaseFilter) -> Select[*tuple[Any, ...]]:
    query = (
        select(
            Case.id,
            Case.case_number,
            Case.programme,
            Case.status,
            Case.referral_date,
            Case.next_follow_up,
            Case.closed_on,
            User.display_name,
            Person.first_name,
            Person.last_name,
            Person.personnummer,
            Person.protected_identity,
        )
        .join(Person, Person.id == Case.person_id)
        .outerjoin(User, User.id == Case.responsible_user_id)
    )
    conditions: list[ColumnElement[bool]] = []
    if case_filter.programme is not None:
        conditions.append(Case.programme == case_filter.programme.value)
    if case_filter.status is not None:
        conditions.append(Case.status == case_filter.status.value)
    if case_filter.open_only:
        conditions.append(Case.status != CaseStatus.CLOSED.value)
    if case_filter.responsible_user_id is not None:
        conditions.append(Case.responsible_user_id == case_filter.responsible_user_id)
    if case_filter.person_id is not None:
        conditions.append(Case.person_id == case_filter.person_id)
    if case_filter.text:
        text_condition = _text_condition(case_filter.text)
        if text_condition is not None:
            conditions.append(text_condition)
    return query.where(and_(*conditions)) if conditions else query


def page(
    session: Session,
    case_filter: CaseFilter,
    sort: SortKey,
    descending: bool,
    after: Cursor | None,
    limit: int,
    *,
    with_identities: bool,
) -> tuple[list[CaseListRow], Cursor | None]:
    """One page of rows and the cursor for the next page (None at the end)."""
    column = _sort_column(sort)
    query = _filtered(case_filter).add_columns(column.label("sort_value"))
    if after is not None:
        key = tuple_(column, Case.id)
        query = query.where(
            key < (after.value, after.id) if descending else key > (after.value, after.id)
        )
    order = (column.desc(), Case.id.desc()) if descending else (column.asc(), Case.id.asc())
    results = session.execute(query.order_by(*order).limit(limit + 1)).all()
    rows = [_row(r, with_identities) for r in results[:limit]]
    more = len(results) > limit
    last = results[limit - 1] if more else None
    return rows, (Cursor(last.sort_value, last.id) if last is not None else None)


def _row(result: Any, with_identities: bool) -> CaseListRow:
    return CaseListRow(
        id=result.id,
        case_number=result.case_number,
        programme=Programme(result.programme),
        status=CaseStatus(result.status),
        referral_date=result.referral_date,
        next_follow_up=result.next_follow_up,
        closed_on=result.closed_on,
        responsible=result.display_name,
        person_name=f"{result.first_name} {result.last_name}" if with_identities else None,
        personnummer=format_digits12(result.personnummer) if with_identities else None,
        protected_identity=bool(result.protected_identity),
    )
