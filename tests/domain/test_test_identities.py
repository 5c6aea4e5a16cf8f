"""The demo generator makes only test personnummer and invented names."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseflow.domain.personnummer import Sex, age_at, is_test_number, parse
from caseflow.domain.test_identities import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    SURNAMES,
    generate_birth_date,
    generate_name,
    generate_personnummer,
    generate_sex,
)

sexes: st.SearchStrategy[Sex] = st.sampled_from(["female", "male"])
seeds = st.integers(0, 2**32)


@given(seeds, st.dates(date(1900, 1, 1), date(2030, 12, 31)), sexes)
def test_generated_numbers_are_valid_test_numbers(seed: int, birth: date, sex: Sex) -> None:
    number = generate_personnummer(random.Random(seed), birth, sex)
    assert number.birth_date == birth
    assert number.sex == sex
    assert is_test_number(number)
    assert not number.is_coordination_number
    assert parse(number.long(), date(2031, 1, 1)) == number
    assert parse(number.digits12(), date(2031, 1, 1)) == number


@given(seeds, st.dates(date(1900, 1, 1), date(2030, 12, 31)), sexes)
def test_same_seed_same_number(seed: int, birth: date, sex: Sex) -> None:
    first = generate_personnummer(random.Random(seed), birth, sex)
    assert generate_personnummer(random.Random(seed), birth, sex) == first


def test_every_test_serial_of_the_right_parity_is_used() -> None:
    rng = random.Random(1)
    birth = date(2010, 6, 1)
    female = {generate_personnummer(rng, birth, "female").serial for _ in range(500)}
    male = {generate_personnummer(rng, birth, "male").serial for _ in range(500)}
    assert female == {str(n) for n in range(980, 1000, 2)}
    assert male == {str(n) for n in range(981, 1000, 2)}


@given(seeds, sexes)
def test_names_come_from_the_lists(seed: int, sex: Sex) -> None:
    first, last = generate_name(random.Random(seed), sex)
    assert first in (FEMALE_FIRST_NAMES if sex == "female" else MALE_FIRST_NAMES)
    assert last in SURNAMES
    assert generate_name(random.Random(seed), sex) == (first, last)


def test_a_sequence_is_reproducible() -> None:
    def people(seed: int) -> list[tuple[str, str, str]]:
        rng = random.Random(seed)
        result = []
        for _ in range(50):
            sex = generate_sex(rng)
            birth = generate_birth_date(rng, date(2026, 3, 15), 12, 17)
            first, last = generate_name(rng, sex)
            result.append((first, last, generate_personnummer(rng, birth, sex).long()))
        return result

    assert people(42) == people(42)
    assert people(42) != people(43)


def test_name_lists_are_large_distinct_and_tidy() -> None:
    assert len(FEMALE_FIRST_NAMES) >= 40
    assert len(MALE_FIRST_NAMES) >= 40
    assert len(SURNAMES) >= 50
    for names in (FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES):
        assert len(set(names)) == len(names)
        assert all(name == name.strip() and name[:1].isupper() for name in names)
    assert not set(FEMALE_FIRST_NAMES) & set(MALE_FIRST_NAMES)
    # Swedish letters belong in the demo data so that search is tried on them.
    assert any(ch in "åäöÅÄÖ" for name in SURNAMES for ch in name)


def test_both_sexes_are_generated() -> None:
    rng = random.Random(7)
    assert {generate_sex(rng) for _ in range(100)} == {"female", "male"}


@given(
    seeds,
    st.dates(date(1950, 1, 1), date(2100, 12, 31)),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_birth_dates_give_the_asked_ages(seed: int, today: date, a: int, b: int) -> None:
    min_age, max_age = min(a, b), max(a, b)
    birth = generate_birth_date(random.Random(seed), today, min_age, max_age)
    assert min_age <= age_at(birth, today) <= max_age


@pytest.mark.parametrize("today", [date(2024, 2, 29), date(2025, 2, 28), date(2025, 3, 1)])
def test_birth_date_range_is_exact_at_both_ends(today: date) -> None:
    rng = random.Random(0)
    births = {generate_birth_date(rng, today, 17, 17) for _ in range(3000)}
    assert {age_at(birth, today) for birth in births} == {17}
    assert (max(births) - min(births)).days >= 360


def test_birth_date_needs_a_sensible_range() -> None:
    with pytest.raises(ValueError, match="min_age"):
        generate_birth_date(random.Random(0), date(2026, 1, 1), 18, 12)
