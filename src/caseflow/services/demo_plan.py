"""The demo data's plan: who is referred to which programme, when, and when it closes.

Every case is planned before any row is written, so that case numbers
follow referral dates per programme and year (as the app numbers them) and
a person's later case starts only after their earlier one has closed (SSPF
at 14, SIG at 16, exit support at 22 ...). Everything is drawn from one
``random.Random`` in a fixed order: the same seed gives the same plan.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from caseflow.domain.cases import ClosingReason
from caseflow.domain.personnummer import TEST_SERIALS, Personnummer, Sex, age_at, is_test_number
from caseflow.domain.programmes import DEFAULT_RULES, Programme, age_in_range
from caseflow.domain.test_identities import generate_name

T = TypeVar("T")

YEARS_OF_HISTORY = 3

PROGRAMME_WEIGHTS: tuple[tuple[Programme, int], ...] = (
    (Programme.SSPF, 55),
    (Programme.SIG, 25),
    (Programme.EXIT, 12),
    (Programme.GVI, 8),
)


def _ages(spec: dict[tuple[int, int], int]) -> tuple[tuple[int, int], ...]:
    return tuple((age, weight) for (low, high), weight in spec.items() for age in range(low, high))


# Age at referral, as (age, weight); ages outside a programme's rules are dropped.
AGE_WEIGHTS: dict[Programme, tuple[tuple[int, int], ...]] = {
    Programme.SSPF: _ages({(12, 13): 2, (13, 14): 4, (14, 16): 6, (16, 17): 4, (17, 18): 2}),
    Programme.SIG: _ages({(15, 16): 3, (16, 18): 6, (18, 20): 4, (20, 23): 2, (23, 26): 1}),
    Programme.EXIT: _ages({(16, 18): 1, (18, 21): 3, (21, 30): 4, (30, 40): 2, (40, 46): 1}),
    Programme.GVI: _ages({(15, 16): 2, (16, 19): 5, (19, 22): 3, (22, 25): 2, (25, 30): 1}),
}

# Share of men among the people referred, by programme.
MALE_SHARE = {Programme.SSPF: 0.7, Programme.SIG: 0.85, Programme.EXIT: 0.9, Programme.GVI: 0.92}

# How long a case runs until it closes, in days (when it is not closed early).
DURATION_DAYS = {
    Programme.SSPF: (120, 540),
    Programme.SIG: (150, 720),
    Programme.EXIT: (180, 900),
    Programme.GVI: (60, 400),
}
EARLY_CLOSING_SHARE = 0.15
EARLY_CLOSING_DAYS = (5, 75)
EARLY_REASONS = (
    (ClosingReason.DECLINED, 5),
    (ClosingReason.MOVED, 2),
    (ClosingReason.TRANSFERRED, 2),
    (ClosingReason.CONSENT_WITHDRAWN, 1),
)
REGULAR_REASONS = (
    (ClosingReason.GOALS_REACHED, 60),
    (ClosingReason.DECLINED, 9),
    (ClosingReason.CONSENT_WITHDRAWN, 6),
    (ClosingReason.MOVED, 7),
    (ClosingReason.TRANSFERRED, 12),
    (ClosingReason.OTHER, 3),
)

# After a closed case, the chance of a later one and where it may be.
LATER_CASE_SHARE = 0.3
LATER_PROGRAMMES = {
    Programme.SSPF: (Programme.SIG, Programme.SSPF, Programme.GVI),
    Programme.SIG: (Programme.EXIT, Programme.GVI, Programme.SIG),
    Programme.GVI: (Programme.EXIT, Programme.SIG),
    Programme.EXIT: (Programme.EXIT,),
}
LATER_CASE_GAP_DAYS = (20, 300)

NO_NUMBER_SHARE = 0.03
SEX_NOT_RECORDED_SHARE = 0.03
PROTECTED_SHARE = {
    Programme.SSPF: 0.01,
    Programme.SIG: 0.03,
    Programme.EXIT: 0.15,
    Programme.GVI: 0.04,
}


def weighted(rng: random.Random, options: Sequence[tuple[T, int]]) -> T:
    """One option, drawn with its weight."""
    values = [value for value, _ in options]
    return rng.choices(values, weights=[weight for _, weight in options])[0]


@dataclass
class PersonPlan:
    sex: Sex  # for the name and the personnummer
    registered_sex: Sex | None  # what the record says (None: not recorded)
    birth_date: date
    first_name: str
    last_name: str
    personnummer: Personnummer | None
    protected_identity: bool
    first_case_age: int
    id: int = 0  # given once the plan is in referral order

    def age_on(self, on: date) -> int:
        return age_at(self.birth_date, on)


@dataclass
class CasePlan:
    person: PersonPlan
    programme: Programme
    referral_date: date
    closed_on: date | None
    closing_reason: ClosingReason | None
    first_of_person: bool
    id: int = 0
    year: int = 0
    serial: int = 0

    @property
    def case_number(self) -> str:
        return f"{self.programme.code}-{self.year}-{self.serial:04d}"


_SHIFTS = (0, 1, -1, 2, -2, 3, -3, 5, -5, 8, -8, 13, -13, 21, -21, 34, -34, 55, -55, 89, -89)
_SERIALS_BY_PARITY = {
    parity: tuple(serial for serial in TEST_SERIALS if serial % 2 == parity) for parity in (0, 1)
}


class NumberPool:
    """Hands out test personnummer that no one in the database has yet.

    ``in_use`` holds 12-digit numbers; the pool keeps their first eleven
    digits (birth date and serial), which decide the check digit, so that a
    free serial is found without building a number for every try.
    """

    def __init__(self, rng: random.Random, in_use: set[str]) -> None:
        self._rng = rng
        self._taken = {digits[:11] for digits in in_use}

    def draw(
        self, birth_date: date, sex: Sex, fits: Callable[[date], bool] = lambda _: True
    ) -> Personnummer | None:
        """A test number for ``birth_date`` or, when its serials are used up, a day near it.

        Only Skatteverket's test serials (980-999) are ever used; ``fits``
        says which birth dates are acceptable (the programme's ages).
        """
        serials = _SERIALS_BY_PARITY[0 if sex == "female" else 1]
        for shift in _SHIFTS:
            day = birth_date + timedelta(days=shift)
            if not fits(day):
                continue
            stem = f"{day.year:04d}{day.month:02d}{day.day:02d}"
            free = [serial for serial in serials if f"{stem}{serial}" not in self._taken]
            if not free:
                continue
            number = Personnummer.from_parts(day, free[self._rng.randrange(len(free))])
            if not is_test_number(number):  # never a number a real person can have
                raise AssertionError("not a test personnummer")
            self._taken.add(number.digits12()[:11])
            return number
        return None


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return date(day.year - years, 2, 28)


def _birth_date_for_age(rng: random.Random, on: date, age: int) -> date:
    latest = _years_before(on, age)
    earliest = _years_before(on, age + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


class Planner:
    """Draws people and case timelines until ``count`` cases are planned."""

    def __init__(self, rng: random.Random, today: date, numbers: NumberPool) -> None:
        self.rng = rng
        self.today = today
        self.start = _years_before(today, YEARS_OF_HISTORY) + timedelta(days=1)
        self.numbers = numbers

    def plan(self, count: int) -> list[CasePlan]:
        cases: list[CasePlan] = []
        span = (self.today - self.start).days
        while len(cases) < count:
            programme = weighted(self.rng, PROGRAMME_WEIGHTS)
            referral = self.start + timedelta(days=self.rng.randint(0, span))
            person = self._person(programme, referral)
            case = self._case(person, programme, referral, first=True)
            cases.append(case)
            while len(cases) < count and (later := self._later_case(case)) is not None:
                cases.append(later)
                case = later
        return cases

    def _person(self, programme: Programme, referral: date) -> PersonPlan:
        rng = self.rng
        rules = DEFAULT_RULES[programme]
        ages = [(a, w) for a, w in AGE_WEIGHTS[programme] if age_in_range(rules, a)] or [
            (rules.min_age, 1)
        ]
        age = weighted(rng, ages)
        sex: Sex = "male" if rng.random() < MALE_SHARE[programme] else "female"
        birth = _birth_date_for_age(rng, referral, age)
        number = None
        if rng.random() >= NO_NUMBER_SHARE:
            number = self.numbers.draw(
                birth,
                sex,
                lambda day: day <= referral and age_in_range(rules, age_at(day, referral)),
            )
            if number is not None:
                birth = number.birth_date
        first, last = generate_name(rng, sex)
        recorded: Sex | None = sex if rng.random() >= SEX_NOT_RECORDED_SHARE else None
        return PersonPlan(
            sex=sex,
            registered_sex=sex if number is not None else recorded,
            birth_date=birth,
            first_name=first,
            last_name=last,
            personnummer=number,
            protected_identity=rng.random() < PROTECTED_SHARE[programme],
            first_case_age=age_at(birth, referral),
        )

    def _case(
        self, person: PersonPlan, programme: Programme, referral: date, *, first: bool
    ) -> CasePlan:
        rng = self.rng
        if rng.random() < EARLY_CLOSING_SHARE:
            closes = referral + timedelta(days=rng.randint(*EARLY_CLOSING_DAYS))
            reason = weighted(rng, EARLY_REASONS)
        else:
            closes = referral + timedelta(days=rng.randint(*DURATION_DAYS[programme]))
            reason = weighted(rng, REGULAR_REASONS)
        rules = DEFAULT_RULES[programme]
        # A young person who grows out of the programme's ages is closed then.
        out_of_range = _years_before(person.birth_date, -(rules.max_age + 1))
        if referral < out_of_range < closes:
            closes, reason = out_of_range, ClosingReason.AGE_OUT_OF_RANGE
        if closes > self.today:
            return CasePlan(person, programme, referral, None, None, first)
        return CasePlan(person, programme, referral, closes, reason, first)

    def _later_case(self, case: CasePlan) -> CasePlan | None:
        rng = self.rng
        if case.closed_on is None or rng.random() >= LATER_CASE_SHARE:
            return None
        referral = case.closed_on + timedelta(days=rng.randint(*LATER_CASE_GAP_DAYS))
        if referral > self.today:
            return None
        age = case.person.age_on(referral)
        options = [
            p for p in LATER_PROGRAMMES[case.programme] if age_in_range(DEFAULT_RULES[p], age)
        ]
        if not options:
            return None
        return self._case(case.person, rng.choice(options), referral, first=False)


def number_cases(
    cases: list[CasePlan],
    next_case_id: int,
    next_person_id: int,
    counters: dict[tuple[str, int], int],
) -> list[CasePlan]:
    """Put the plan in referral order and give ids and case numbers.

    Serials continue ``counters`` (the last serial per programme and year),
    which is updated in place, exactly as the app's ``open_case`` would.
    """
    ordered = sorted(cases, key=lambda c: c.referral_date)  # stable: ties keep plan order
    for offset, case in enumerate(ordered):
        case.id = next_case_id + offset
        key = (case.programme.value, case.referral_date.year)
        counters[key] = counters.get(key, 0) + 1
        case.year, case.serial = key[1], counters[key]
        if case.first_of_person:
            case.person.id = next_person_id
            next_person_id += 1
    return ordered
