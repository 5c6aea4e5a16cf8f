"""The case list query: filters, search as you type, keyset pages.

Keyset pagination (WHERE (sort, id) > (last sort, last id)) costs the same
for the thousandth page as for the first; OFFSET grows with the page number.
Search by case number, personnummer (any form, by prefix) or name (prefix
of first or last name) runs through indexed columns only.

Who may see what is the services' decision, passed in as SQL: which cases
the list may hold (``visible``) and, per row, whether it may show who the
case is about (``identity_shown``). A row whose identity is hidden is not
found by name or personnummer, and sorts by name as if it had none, so that
its place among the names does not hint at the name either.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    null,
    or_,
    select,
    tuple_,
)
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


class SearchKind(enum.StrEnum):
    """What a search text was taken as (logged instead of the text, which may be a personnummer)."""

    CASE_NUMBER = "case_number"
    PERSONNUMMER = "personnummer"
    NAME = "name"


def search_kind(text: str) -> SearchKind:
    cleaned = text.strip()
    if looks_like_case_number_prefix(cleaned):
        return SearchKind.CASE_NUMBER
    if normalise_search_digits(cleaned).isdigit():
        return SearchKind.PERSONNUMMER
    return SearchKind.NAME


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
    # None where the user may not see who the case is about: managers, and
    # protected identities for everyone not assigned to the case.
    person_name: str | None
    personnummer: str | None
    protected_identity: bool


def _sort_column(sort: SortKey, identity_shown: ColumnElement[bool] | None) -> ColumnElement[Any]:
    if sort is SortKey.NAME:
        if identity_shown is None:
            return literal("")
        # Hidden names sort first, together, in case-id order.
        return case((identity_shown, Person.name_key_reversed), else_=literal(""))
    columns: dict[SortKey, ColumnElement[Any]] = {
        SortKey.REFERRAL_DATE: Case.referral_date,  # type: ignore[dict-item]
        SortKey.CASE_NUMBER: Case.case_number,  # type: ignore[dict-item]
        SortKey.PROGRAMME: Case.programme,  # type: ignore[dict-item]
        SortKey.STATUS: Case.status,  # type: ignore[dict-item]
        SortKey.NEXT_FOLLOW_UP: func.coalesce(Case.next_follow_up, _NO_DATE),
    }
    return columns[sort]


def _text_condition(
    text: str, identity_shown: ColumnElement[bool] | None
) -> ColumnElement[bool] | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    kind = search_kind(cleaned)
    if kind is SearchKind.CASE_NUMBER:
        return prefix(Case.case_number, normalise_case_number_prefix(cleaned))
    if identity_shown is None:
        return false()
    if kind is SearchKind.PERSONNUMMER:
        digits = normalise_search_digits(cleaned)
        found = or_(prefix(Person.personnummer, digits), prefix(Person.personnummer_short, digits))
    else:
        key = fold(cleaned)
        found = or_(prefix(Person.name_key, key), prefix(Person.name_key_reversed, key))
    # Whom the user may not see by name, they cannot find by name either.
    return and_(found, identity_shown)


def _identity_columns(identity_shown: ColumnElement[bool] | None) -> list[ColumnElement[Any]]:
    if identity_shown is None:
        # Not even read: a server grants this role no privilege on these columns.
        return [
            null().label("first_name"),
            null().label("last_name"),
            null().label("personnummer"),
            false().label("identity_shown"),
        ]
    return [
        Person.first_name,  # type: ignore[list-item]
        Person.last_name,  # type: ignore[list-item]
        Person.personnummer,  # type: ignore[list-item]
        identity_shown.label("identity_shown"),
    ]


def _filtered(
    case_filter: CaseFilter,
    visible: Select[Any] | None,
    identity_shown: ColumnElement[bool] | None,
) -> Select[*tuple[Any, ...]]:
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
            Person.protected_identity,
            *_identity_columns(identity_shown),
        )
        .join(Person, Person.id == Case.person_id)
        .outerjoin(User, User.id == Case.responsible_user_id)
    )
    conditions: list[ColumnElement[bool]] = []
    if visible is not None:
        # "+ 0": SQLite would otherwise fetch every listed case by id and
        # sort them all; this way it walks the sort order and stops after a page.
        conditions.append((Case.id + 0).in_(visible))
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
        text_condition = _text_condition(case_filter.text, identity_shown)
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
    visible: Select[Any] | None,
    identity_shown: ColumnElement[bool] | None,
) -> tuple[list[CaseListRow], Cursor | None]:
    """One page of rows and the cursor for the next page (None at the end).

    ``visible`` selects the ids of the cases the list may hold (None: all);
    ``identity_shown`` is true for rows whose name and personnummer may be shown
    (None: for none, and they are not read at all).
    """
    column = _sort_column(sort, identity_shown)
    query = _filtered(case_filter, visible, identity_shown).add_columns(column.label("sort_value"))
    if after is not None:
        key = tuple_(column, Case.id)
        query = query.where(
            key < (after.value, after.id) if descending else key > (after.value, after.id)
        )
    order = (column.desc(), Case.id.desc()) if descending else (column.asc(), Case.id.asc())
    results = session.execute(query.order_by(*order).limit(limit + 1)).all()
    rows = [_row(r) for r in results[:limit]]
    more = len(results) > limit
    last = results[limit - 1] if more else None
    return rows, (Cursor(last.sort_value, last.id) if last is not None else None)


def _row(result: Any) -> CaseListRow:
    shown = bool(result.identity_shown)
    return CaseListRow(
        id=result.id,
        case_number=result.case_number,
        programme=Programme(result.programme),
        status=CaseStatus(result.status),
        referral_date=result.referral_date,
        next_follow_up=result.next_follow_up,
        closed_on=result.closed_on,
        responsible=result.display_name,
        person_name=f"{result.first_name} {result.last_name}" if shown else None,
        personnummer=format_digits12(result.personnummer) if shown else None,
        protected_identity=bool(result.protected_identity),
    )
