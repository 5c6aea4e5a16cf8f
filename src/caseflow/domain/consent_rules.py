"""The consent rules: who must consent on a date, and is a party covered.

Read ``caseflow.domain.consent`` for the rules in words; this module holds
them as code. Everything here is a pure function of a ``CaseConsents`` value
and a date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from caseflow.domain.consent_grounds import RecordedGround
from caseflow.domain.consent_records import (
    YOUNG_PERSON,
    Consenter,
    ConsentRecord,
    Guardian,
    HistoryItem,
    Party,
    Withdrawal,
    item_date,
)
from caseflow.domain.consent_texts import (
    CELL_CONSENTED,
    CELL_ENDED,
    CELL_GUARDIAN_AFTER_18,
    CELL_NO_CUSTODY,
    CELL_NO_GUARDIANS_IN_PROGRAMME,
    CELL_NOT_CONSENTED,
    CELL_TOO_YOUNG,
    CELL_WITHDRAWN,
    COVERED_BY_CONSENT,
    COVERED_BY_GROUND,
    GROUND_DOES_NOT_APPLY,
    GUARDIAN_ENDED,
    GUARDIAN_NAMED,
    GUARDIAN_NOT_CONSENTED,
    GUARDIAN_TITLE,
    GUARDIAN_WITHDREW,
    NO_CONSENT,
    NO_GUARDIAN_WITH_CUSTODY,
    NOBODY_CAN_CONSENT,
    THE_YOUNG_PERSON,
    TURNED_18,
    YOUNG_PERSON_ENDED,
    YOUNG_PERSON_NOT_CONSENTED,
    YOUNG_PERSON_TITLE,
    YOUNG_PERSON_WITHDREW,
    iso,
    join_names,
)
from caseflow.domain.personnummer import age_at
from caseflow.domain.programmes import (
    AGE_OF_MAJORITY,
    ProgrammeRules,
    needs_guardian_consent,
    needs_own_consent,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

# ------------------------------------------------------------------ the facts


def birthday(birth_date: date, years: int) -> date:
    """The day the person turns ``years`` old, as ``age_at`` counts it.

    Someone born on 29 February turns a year older on 1 March in other years.
    """
    try:
        return birth_date.replace(year=birth_date.year + years)
    except ValueError:
        return date(birth_date.year + years, 3, 1)


def eighteenth_birthday(birth_date: date) -> date:
    """The day guardians' consents stop counting and the person's own is needed."""
    return birthday(birth_date, AGE_OF_MAJORITY)


@dataclass(frozen=True)
class CaseConsents:
    """What the rules need to know about one case.

    ``guardians`` are the young person's guardians as registered now (custody
    and the no-information flag as they are today). ``history`` holds every
    consent and withdrawal in the order they were recorded, ``grounds``
    every recorded legal ground. Items dated after the day asked about are
    ignored, so one value answers for any date.
    """

    birth_date: date
    guardians: tuple[Guardian, ...]
    rules: ProgrammeRules
    history: tuple[HistoryItem, ...] = ()
    grounds: tuple[RecordedGround, ...] = ()

    def __post_init__(self) -> None:
        unique: dict[int, Guardian] = {}
        for guardian in self.guardians:
            unique.setdefault(guardian.id, guardian)  # the first entry wins
        object.__setattr__(self, "guardians", tuple(unique.values()))
        object.__setattr__(self, "history", tuple(self.history))
        object.__setattr__(self, "grounds", tuple(self.grounds))

    def guardian(self, consenter: Consenter) -> Guardian | None:
        return next((g for g in self.guardians if g.id == consenter.guardian_id), None)

    def consenters(self) -> tuple[Consenter, ...]:
        """The young person, then each guardian in order: the matrix columns."""
        return (YOUNG_PERSON, *(guardian.consenter for guardian in self.guardians))

    def who(self, consenter: Consenter) -> Text:
        """The consenter in a sentence: "the young person", "guardian Anna Berg"."""
        if consenter.is_young_person:
            return THE_YOUNG_PERSON
        return GUARDIAN_NAMED.format(name=self.name_of(consenter))

    def title(self, consenter: Consenter) -> Text:
        """The consenter as a column heading: "Young person", "Anna Berg (guardian)"."""
        if consenter.is_young_person:
            return YOUNG_PERSON_TITLE
        return GUARDIAN_TITLE.format(name=self.name_of(consenter))

    def name_of(self, consenter: Consenter) -> str:
        """A guardian's name as registered now, or as recorded if no longer registered."""
        guardian = self.guardian(consenter)
        return guardian.name if guardian is not None else consenter.name


# ------------------------------------------------------------- who must consent


def _not_required_reason(case: CaseConsents, consenter: Consenter, age: int) -> Text | None:
    """Why ``consenter`` need not consent at ``age``, or None when they must."""
    rules = case.rules
    if consenter.is_young_person:
        if needs_own_consent(rules, age):
            return None
        return CELL_TOO_YOUNG.format(age=min(rules.own_consent_from_age, AGE_OF_MAJORITY))
    if age >= AGE_OF_MAJORITY:
        return CELL_GUARDIAN_AFTER_18.format(date=iso(eighteenth_birthday(case.birth_date)))
    if not needs_guardian_consent(rules, age):
        return CELL_NO_GUARDIANS_IN_PROGRAMME
    guardian = case.guardian(consenter)
    if guardian is None or not guardian.has_custody:
        return CELL_NO_CUSTODY
    return None


def required_consenters(case: CaseConsents, on_date: date) -> tuple[Consenter, ...]:
    """Who must consent on ``on_date``: the young person and/or guardians with custody.

    Raises ``DateBeforeBirth`` for a date before the person was born.
    """
    age = age_at(case.birth_date, on_date)
    return tuple(
        consenter
        for consenter in case.consenters()
        if _not_required_reason(case, consenter, age) is None
    )


# ------------------------------------------------------------ one consenter


class CellStatus(StrEnum):
    """One consenter's standing for one party: a cell of the matrix."""

    CONSENTED = "consented"
    NOT_CONSENTED = "not_consented"
    NOT_REQUIRED = "not_required"

    @property
    def label(self) -> Text:
        return _CELL_LABELS[self]


_CELL_LABELS = {
    CellStatus.CONSENTED: QT_TRANSLATE_NOOP("Domain", "Consented"),
    CellStatus.NOT_CONSENTED: QT_TRANSLATE_NOOP("Domain", "No valid consent"),
    CellStatus.NOT_REQUIRED: QT_TRANSLATE_NOOP("Domain", "Not required"),
}


@dataclass(frozen=True)
class ConsenterStatus:
    """One cell: a consenter's standing for a party on a date.

    ``reason`` is the short text for the cell. ``record`` is the consent that
    counts (when consented) or the latest one that stopped counting.
    """

    consenter: Consenter
    status: CellStatus
    reason: Text
    record: ConsentRecord | None = None

    @property
    def required(self) -> bool:
        return self.status is not CellStatus.NOT_REQUIRED

    @property
    def consented(self) -> bool:
        return self.status is CellStatus.CONSENTED


@dataclass(frozen=True)
class _Standing:
    """A consent record as it stands on the day asked about."""

    index: int
    record: ConsentRecord
    stopped_on: date | None  # the first day it no longer counts
    withdrawal: Withdrawal | None


@dataclass(frozen=True)
class _Scope:
    """The facts on one day: age and the history up to and including that day."""

    case: CaseConsents
    on_date: date
    age: int
    records: tuple[tuple[int, ConsentRecord], ...]
    withdrawals: tuple[tuple[int, Withdrawal], ...]

    @classmethod
    def of(cls, case: CaseConsents, on_date: date) -> _Scope:
        age = age_at(case.birth_date, on_date)
        known = [(i, item) for i, item in enumerate(case.history) if item_date(item) <= on_date]
        return cls(
            case,
            on_date,
            age,
            tuple((i, item) for i, item in known if isinstance(item, ConsentRecord)),
            tuple((i, item) for i, item in known if isinstance(item, Withdrawal)),
        )

    @property
    def adult(self) -> bool:
        return self.age >= AGE_OF_MAJORITY

    @property
    def turned_18_on(self) -> date:
        return eighteenth_birthday(self.case.birth_date)


def _stands(
    index: int, record: ConsentRecord, withdrawals: Iterable[tuple[int, Withdrawal]], on_date: date
) -> _Standing:
    # A withdrawal reaches the consents given before it; on the same day the
    # recording order decides (withdraw everything, then sign a new consent).
    hits = [
        withdrawal
        for position, withdrawal in withdrawals
        if record.given_on < withdrawal.withdrawn_on
        or (record.given_on == withdrawal.withdrawn_on and index < position)
    ]
    first = min(hits, key=lambda w: w.withdrawn_on, default=None)
    if first is not None and first.withdrawn_on <= record.valid_until:
        return _Standing(index, record, first.withdrawn_on, first)
    if record.valid_until < on_date:
        return _Standing(index, record, record.valid_until + timedelta(days=1), None)
    return _Standing(index, record, None, None)


def _standings(scope: _Scope, consenter: Consenter, party: Party) -> list[_Standing]:
    withdrawals = [
        (i, w) for i, w in scope.withdrawals if w.consenter == consenter and w.applies_to(party)
    ]
    return [
        _stands(i, record, withdrawals, scope.on_date)
        for i, record in scope.records
        if record.consenter == consenter
        and record.names(party)
        # From 18 only a consent the person gave as an adult counts.
        and not (consenter.is_young_person and scope.adult and record.given_on < scope.turned_18_on)
    ]


@dataclass(frozen=True)
class _Assessment:
    cell: ConsenterStatus
    missing: Text | None  # the sentence that says what is missing, when it is


def _assess(scope: _Scope, consenter: Consenter, party: Party) -> _Assessment:
    """One consenter's cell for ``party``, and the sentence for what is missing."""
    case = scope.case
    not_required = _not_required_reason(case, consenter, scope.age)
    if not_required is not None:
        return _Assessment(ConsenterStatus(consenter, CellStatus.NOT_REQUIRED, not_required), None)
    standings = _standings(scope, consenter, party)
    valid = [s for s in standings if s.stopped_on is None]
    if valid:
        best = max(valid, key=lambda s: (s.record.valid_until, s.record.given_on, s.index)).record
        reason = CELL_CONSENTED.format(date=iso(best.given_on), until=iso(best.valid_until))
        return _Assessment(ConsenterStatus(consenter, CellStatus.CONSENTED, reason, best), None)
    young = consenter.is_young_person
    name = case.name_of(consenter)
    if standings:
        last = max(standings, key=lambda s: (s.record.given_on, s.index))
        assert last.stopped_on is not None  # none is valid, so each has stopped
        day = iso(last.stopped_on)
        if last.withdrawal is not None:
            cell_text = CELL_WITHDRAWN.format(date=day)
            missing = (
                YOUNG_PERSON_WITHDREW.format(date=day)
                if young
                else GUARDIAN_WITHDREW.format(name=name, date=day)
            )
        else:
            cell_text = CELL_ENDED.format(date=day)
            missing = (
                YOUNG_PERSON_ENDED.format(date=day)
                if young
                else GUARDIAN_ENDED.format(name=name, date=day)
            )
        cell = ConsenterStatus(consenter, CellStatus.NOT_CONSENTED, cell_text, last.record)
        return _Assessment(cell, missing)
    if young and scope.adult and _named_before_18(scope, party):
        text = TURNED_18.format(date=iso(scope.turned_18_on))
        return _Assessment(ConsenterStatus(consenter, CellStatus.NOT_CONSENTED, text), text)
    missing = YOUNG_PERSON_NOT_CONSENTED if young else GUARDIAN_NOT_CONSENTED.format(name=name)
    cell = ConsenterStatus(consenter, CellStatus.NOT_CONSENTED, CELL_NOT_CONSENTED)
    return _Assessment(cell, missing)


def _named_before_18(scope: _Scope, party: Party) -> bool:
    return any(
        record.names(party) and record.given_on < scope.turned_18_on for _, record in scope.records
    )


# ------------------------------------------------------------------- coverage


@dataclass(frozen=True)
class Coverage:
    """Whether information may be shared with ``party`` on ``on_date``, and why.

    ``reasons`` is never empty: when covered, the first reasons say why; then
    come the reasons for what is missing (which, when a legal ground covers,
    are worth knowing all the same). ``consenters`` holds one cell per
    consenter, the young person first, then each guardian in order.
    """

    party: Party
    on_date: date
    age: int
    covered: bool
    by_consent: bool
    grounds: tuple[RecordedGround, ...]
    reasons: tuple[Text, ...]
    consenters: tuple[ConsenterStatus, ...]

    @property
    def label(self) -> Text:
        return _COVERED if self.covered else _NOT_COVERED

    def cell(self, consenter: Consenter) -> ConsenterStatus:
        return next(cell for cell in self.consenters if cell.consenter == consenter)


_COVERED = QT_TRANSLATE_NOOP("Domain", "Covered")
_NOT_COVERED = QT_TRANSLATE_NOOP("Domain", "Not covered")


def coverage(case: CaseConsents, party: Party, on_date: date) -> Coverage:
    """Whether ``party`` may be told about the young person on ``on_date``.

    Covered when every person who must consent that day has a consent in
    force for the party, or when a recorded legal ground covers it. Raises
    ``DateBeforeBirth`` for a date before the person was born.
    """
    scope = _Scope.of(case, on_date)
    assessments = [_assess(scope, consenter, party) for consenter in case.consenters()]
    required = [a.cell for a in assessments if a.cell.required]
    guardians_needed = needs_guardian_consent(case.rules, scope.age)
    custody_missing = guardians_needed and not any(
        not c.consenter.is_young_person for c in required
    )
    by_consent = bool(required) and not custody_missing and all(c.consented for c in required)
    in_force = [g for g in case.grounds if g.party == party and g.in_force(on_date)]
    applying = tuple(g for g in in_force if g.ground.applies(party, scope.age))

    reasons: list[Text] = []
    if by_consent:
        reasons.extend(_covered_by_consent(case, required))
    reasons.extend(
        COVERED_BY_GROUND.format(ground=g.ground.citation, date=iso(g.recorded_on))
        for g in applying
    )
    if not by_consent:
        reasons.extend(_missing(scope, party, assessments, required, custody_missing))
    reasons.extend(
        GROUND_DOES_NOT_APPLY.format(ground=g.ground.citation, date=iso(g.recorded_on))
        for g in in_force
        if g not in applying
    )
    return Coverage(
        party,
        on_date,
        scope.age,
        by_consent or bool(applying),
        by_consent,
        applying,
        tuple(reasons),
        tuple(a.cell for a in assessments),
    )


def covered_by_consent(case: CaseConsents, party: Party, on_date: date) -> bool:
    """``coverage(case, party, on_date).by_consent``, without building the reasons.

    For counting thousands of cases (the statistics' consent coverage),
    where the reasons' texts would cost more than the rules. Only consents
    in force on ``on_date`` and withdrawals up to it can change the answer.
    """
    scope = _Scope.of(case, on_date)
    required = _required_if_consent_can_cover(scope)
    return bool(required) and _all_consented(scope, required, party)


def _required_if_consent_can_cover(scope: _Scope) -> list[Consenter]:
    """Who must consent that day; empty when consent cannot cover anything then."""
    case = scope.case
    required = [
        consenter
        for consenter in case.consenters()
        if _not_required_reason(case, consenter, scope.age) is None
    ]
    if needs_guardian_consent(case.rules, scope.age) and all(
        consenter.is_young_person for consenter in required
    ):
        return []  # a guardian with custody must consent and none is registered
    return required


def _all_consented(scope: _Scope, required: list[Consenter], party: Party) -> bool:
    return all(
        any(standing.stopped_on is None for standing in _standings(scope, consenter, party))
        for consenter in required
    )


def _covered_by_consent(case: CaseConsents, cells: list[ConsenterStatus]) -> list[Text]:
    by_day: dict[date, list[Text]] = {}
    for cell in cells:
        if cell.record is not None:
            by_day.setdefault(cell.record.given_on, []).append(case.who(cell.consenter))
    return [
        COVERED_BY_CONSENT.format(date=iso(day), names=join_names(names))
        for day, names in sorted(by_day.items())
    ]


def _missing(
    scope: _Scope,
    party: Party,
    assessments: list[_Assessment],
    required: list[ConsenterStatus],
    custody_missing: bool,
) -> list[Text]:
    if not required and not custody_missing:
        return [NOBODY_CAN_CONSENT.format(age=scope.age)]
    missing: list[Text] = [NO_GUARDIAN_WITH_CUSTODY] if custody_missing else []
    if not any(record.names(party) for _, record in scope.records):
        return [*missing, NO_CONSENT.format(party=party.label)]
    missing.extend(a.missing for a in assessments if a.missing is not None)
    return missing


# --------------------------------------------------------------------- matrix


@dataclass(frozen=True)
class ConsentColumn:
    """A column of the matrix: a person who may have to consent."""

    consenter: Consenter
    title: Text
    required: bool


@dataclass(frozen=True)
class ConsentMatrix:
    """Parties × consenters on one date: each row a ``Coverage``, cells in column order."""

    on_date: date
    age: int
    columns: tuple[ConsentColumn, ...]
    rows: tuple[Coverage, ...]

    @property
    def all_covered(self) -> bool:
        return all(row.covered for row in self.rows)


def consent_matrix(case: CaseConsents, parties: Iterable[Party], on_date: date) -> ConsentMatrix:
    """The consent matrix for the Samtycke tab: every party's coverage on ``on_date``.

    Columns are the young person and every registered guardian (also those
    whose consent is not required, whose cells say why).
    """
    age = age_at(case.birth_date, on_date)
    required = set(required_consenters(case, on_date))
    columns = tuple(
        ConsentColumn(consenter, case.title(consenter), consenter in required)
        for consenter in case.consenters()
    )
    rows = tuple(coverage(case, party, on_date) for party in dict.fromkeys(parties))
    return ConsentMatrix(on_date, age, columns, rows)


def standing_consent(
    case: CaseConsents, consenter: Consenter, party: Party, on_date: date
) -> ConsentRecord | None:
    """The consent of ``consenter`` that counts for ``party`` on ``on_date``, if any.

    When several count, the one that lasts longest. None also when the
    consenter's consent is not required that day.
    """
    cell = _assess(_Scope.of(case, on_date), consenter, party).cell
    return cell.record if cell.consented else None
