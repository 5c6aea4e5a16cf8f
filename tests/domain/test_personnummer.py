"""Personnummer parsing and formatting.

Property tests use only Skatteverket's test serial numbers (980-999), so no
generated number can be a real person's; fixed examples use 19121212-1212.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from caseflow.domain.errors import CaseflowError, InvalidInput
from caseflow.domain.personnummer import (
    TEST_SERIALS,
    DateBeforeBirth,
    InvalidPersonnummer,
    Personnummer,
    age_at,
    is_test_number,
    looks_like_personnummer,
    luhn_check_digit,
    normalise_search_digits,
    parse,
)

TODAY = date(2026, 3, 15)
CLASSIC = "19121212-1212"

birth_dates = st.dates(date(1900, 1, 1), date(2030, 12, 31))
test_serials = st.sampled_from(list(TEST_SERIALS))


def anniversary(birth: date, years: int) -> date:
    """The ``years``th birthday; 29 February falls on 1 March in other years."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:
        return date(birth.year + years, 3, 1)


@st.composite
def numbers(draw: st.DrawFn) -> Personnummer:
    coordination = draw(st.booleans())
    return Personnummer.from_parts(draw(birth_dates), draw(test_serials), coordination=coordination)


@st.composite
def number_and_day_under_100(draw: st.DrawFn) -> tuple[Personnummer, date]:
    """A number and a day on which the person is 0-99 years old."""
    number = draw(numbers())
    last = anniversary(number.birth_date, 100) - timedelta(days=1)
    return number, draw(st.dates(number.birth_date, last))


@st.composite
def number_and_day_over_100(draw: st.DrawFn) -> tuple[Personnummer, date]:
    """A number and a day on which the person is 100-199 years old."""
    number = draw(numbers())
    first = anniversary(number.birth_date, 100)
    last = anniversary(number.birth_date, 200) - timedelta(days=1)
    return number, draw(st.dates(first, last))


def every_form(number: Personnummer, today: date) -> list[str]:
    forms = [number.long(), number.digits12(), number.short(today), f"  {number.long()}\t\n"]
    if number.age_on(today) < 100:
        forms.append(number.short(today).replace("-", ""))
    return forms


# ------------------------------------------------------------------ examples


def test_the_classic_example_parses_in_every_form() -> None:
    number = parse(CLASSIC, TODAY)
    assert number.birth_date == date(1912, 12, 12)
    assert number.serial == "121"
    assert number.check_digit == 2
    assert number.century == 19
    assert number.sex == "male"
    assert not number.is_coordination_number
    assert not is_test_number(number)
    assert str(number) == number.long() == CLASSIC
    assert number.digits12() == "191212121212"
    assert number.short(TODAY) == "121212+1212"
    assert number.short(date(1990, 1, 1)) == "121212-1212"
    assert repr(number) == "Personnummer('19121212-1212')"
    for text in ("191212121212", "121212+1212", " 19121212-1212 "):
        assert parse(text, TODAY) == number


def test_ten_digits_without_plus_are_under_100() -> None:
    assert parse("121212-1212", TODAY).birth_date == date(2012, 12, 12)
    assert parse("1212121212", TODAY).birth_date == date(2012, 12, 12)
    assert parse("121212+1212", TODAY).birth_date == date(1912, 12, 12)


def test_a_birthday_later_this_year_means_last_century() -> None:
    # 261212 on 2026-03-15 cannot be 2026-12-12 (not born yet): it is 1926.
    number = Personnummer.from_parts(date(1926, 12, 12), 982)
    assert parse(number.short(TODAY), TODAY).birth_date == date(1926, 12, 12)
    born_today = Personnummer.from_parts(TODAY, 982)
    assert parse(born_today.short(TODAY), TODAY).birth_date == TODAY


def test_luhn_of_the_classic_example() -> None:
    assert luhn_check_digit("121212121") == 2


@pytest.mark.parametrize("birth", [date(2000, 2, 29), date(2024, 2, 29), date(1904, 2, 29)])
def test_leap_days_are_valid(birth: date) -> None:
    number = Personnummer.from_parts(birth, 986)
    assert parse(number.long(), TODAY).birth_date == birth
    assert parse(number.short(TODAY), TODAY).birth_date == birth


@pytest.mark.parametrize("text", ["19000229-9806", "20230229-9806", "21000229-9806"])
def test_leap_days_of_common_years_do_not_exist(text: str) -> None:
    with pytest.raises(InvalidPersonnummer) as raised:
        parse(text, date(2200, 1, 1))
    assert str(raised.value) == (f"The date in the personnummer does not exist ({text[:4]}-02-29).")


def test_1900_02_29_in_the_short_form_does_not_exist() -> None:
    # On 2000-02-28 the short form 000229 cannot be 2000 (future) so it is 1900.
    with pytest.raises(InvalidPersonnummer, match="1900-02-29"):
        parse("000229-9806", date(2000, 2, 28))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter a personnummer."),
        ("   ", "Enter a personnummer."),
        ("19121212 1212", "The personnummer contains characters other than digits, - and +."),
        ("1912121212l2", "The personnummer contains characters other than digits, - and +."),
        ("١٩١٢١٢١٢١٢١٢", "The personnummer contains characters other than digits, - and +."),
        ("12345", "The personnummer must have 10 or 12 digits."),
        ("12121212-121", "The personnummer must have 10 or 12 digits."),
        ("19121212-12120", "The personnummer must have 10 or 12 digits."),
        ("19121212+1212", "The + sign is only used with 10 digits (YYMMDD+NNNN)."),
        ("1212-121212", "The - or + must come just before the last four digits."),
        ("121212--1212", "The - or + must come just before the last four digits."),
        ("12121-21212", "The - or + must come just before the last four digits."),
        ("121212-+1212", "The - or + must come just before the last four digits."),
        ("+1212121212", "The - or + must come just before the last four digits."),
        ("1212121212-", "The - or + must come just before the last four digits."),
        ("19121312-1212", "The date in the personnummer does not exist (1912-13-12)."),
        ("19121200-1212", "The date in the personnummer does not exist (1912-12-00)."),
        ("19121232-1212", "The date in the personnummer does not exist (1912-12-32)."),
        ("19121295-1212", "The date in the personnummer does not exist (1912-12-95)."),
        ("19120231-1212", "The date in the personnummer does not exist (1912-02-31)."),
        ("19120291-1212", "The date in the personnummer does not exist (1912-02-31)."),
        ("19121212-0002", "The serial number 000 is not used."),
        ("19121212-1213", "The check digit is wrong: check the number for a typo."),
        ("29121212-1212", "The birth date in the personnummer (2912-12-12) is in the future."),
        ("18121212-1212", "The birth year 1812 is too early to be right: check the century."),
        ("00121212-1212", "The birth year 12 is too early to be right: check the century."),
    ],
)
def test_invalid_input_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(InvalidPersonnummer) as raised:
        parse(text, TODAY)
    assert str(raised.value) == message


def test_invalid_personnummer_is_both_an_input_error_and_a_value_error() -> None:
    assert issubclass(InvalidPersonnummer, InvalidInput)
    assert issubclass(InvalidPersonnummer, CaseflowError)
    assert issubclass(InvalidPersonnummer, ValueError)
    with pytest.raises(ValueError, match="check digit"):
        parse("19121212-1213", TODAY)


def test_plus_form_older_than_1840_is_refused() -> None:
    number = Personnummer.from_parts(date(1930, 1, 1), 980)
    with pytest.raises(InvalidPersonnummer, match="1830"):
        parse(number.short(TODAY).replace("-", "+"), TODAY)


def test_today_defaults_to_the_real_date() -> None:
    assert parse(CLASSIC) == parse(CLASSIC, TODAY)


@pytest.mark.parametrize(
    ("birth", "serial", "coordination"),
    [
        (date(1912, 12, 12), "000", False),
        (date(1912, 12, 12), "12", False),
        (date(1912, 12, 12), "1a1", False),
        (date(1812, 12, 12), "121", False),
    ],
)
def test_the_constructor_refuses_invalid_parts(
    birth: date, serial: str, coordination: bool
) -> None:
    with pytest.raises(InvalidPersonnummer):
        Personnummer.from_parts(birth, serial, coordination=coordination)


def test_the_constructor_refuses_a_wrong_check_digit() -> None:
    with pytest.raises(InvalidPersonnummer, match="check digit"):
        Personnummer(date(1912, 12, 12), "121", 3)
    assert Personnummer(date(1912, 12, 12), "121", 2) == parse(CLASSIC, TODAY)


def test_a_coordination_number_example() -> None:
    number = Personnummer.from_parts(date(1912, 12, 12), "121", coordination=True)
    assert number.long().startswith("19121272-121")
    parsed = parse(number.long(), TODAY)
    assert parsed.is_coordination_number
    assert parsed.birth_date == date(1912, 12, 12)
    assert parsed != parse(CLASSIC, TODAY)


@pytest.mark.parametrize(
    ("serial", "sex"), [(980, "female"), (981, "male"), (998, "female"), (999, "male")]
)
def test_sex_is_read_from_the_last_serial_digit(serial: int, sex: str) -> None:
    assert Personnummer.from_parts(date(2010, 5, 17), serial).sex == sex


@pytest.mark.parametrize(
    ("serial", "expected"), [(1, False), (979, False), (980, True), (998, True), (999, True)]
)
def test_test_numbers_have_serial_980_to_999(serial: int, expected: bool) -> None:
    assert is_test_number(Personnummer.from_parts(date(2010, 5, 17), serial)) is expected


# ------------------------------------------------------------------- ages


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2008, 5, 17), date(2026, 5, 16), 17),
        (date(2008, 5, 17), date(2026, 5, 17), 18),
        (date(2008, 5, 17), date(2008, 5, 17), 0),
        (date(2008, 12, 31), date(2009, 12, 30), 0),
        (date(2008, 12, 31), date(2009, 12, 31), 1),
        (date(2004, 2, 29), date(2005, 2, 28), 0),
        (date(2004, 2, 29), date(2005, 3, 1), 1),
        (date(2004, 2, 29), date(2008, 2, 28), 3),
        (date(2004, 2, 29), date(2008, 2, 29), 4),
        (date(2004, 2, 29), date(2022, 2, 28), 17),
        (date(2004, 2, 29), date(2022, 3, 1), 18),
        (date(2007, 3, 1), date(2024, 2, 29), 16),
    ],
)
def test_age_around_birthdays(birth: date, on: date, age: int) -> None:
    assert age_at(birth, on) == age
    assert Personnummer.from_parts(birth, 990).age_on(on) == age


def test_no_age_before_birth() -> None:
    with pytest.raises(DateBeforeBirth) as raised:
        age_at(date(2010, 5, 17), date(2010, 5, 16))
    assert "2010-05-16" in str(raised.value)
    assert isinstance(raised.value, InvalidInput)


@given(birth_dates, st.integers(0, 150), st.integers(-1, 1))
def test_age_changes_exactly_on_the_birthday(birth: date, years: int, shift: int) -> None:
    birthday = anniversary(birth, years)
    on = birthday + timedelta(days=shift)
    assume(on >= birth)
    assert age_at(birth, on) == (years if shift >= 0 else years - 1)


@given(birth_dates, st.integers(0, 60_000), st.integers(0, 60_000))
def test_age_never_decreases_and_grows_at_most_one_a_year(birth: date, a: int, b: int) -> None:
    earlier, later = birth + timedelta(days=min(a, b)), birth + timedelta(days=max(a, b))
    assert 0 <= age_at(birth, earlier) <= age_at(birth, later)
    assert age_at(birth, later) - age_at(birth, earlier) <= (later - earlier).days // 365 + 1


# ----------------------------------------------------------- round trips


@given(number_and_day_under_100())
def test_every_form_under_100_parses_back(case: tuple[Personnummer, date]) -> None:
    number, today = case
    assert "-" in number.short(today)
    for text in every_form(number, today):
        parsed = parse(text, today)
        assert parsed == number
        assert hash(parsed) == hash(number)
        assert parsed.long() == number.long()
        assert parsed.digits12() == number.digits12()
        assert parsed.is_coordination_number == number.is_coordination_number


@given(number_and_day_over_100())
def test_plus_form_gives_the_century_of_someone_100_or_older(
    case: tuple[Personnummer, date],
) -> None:
    number, today = case
    short = number.short(today)
    assert "+" in short
    parsed = parse(short, today)
    assert parsed == number
    assert parsed.age_on(today) >= 100


@given(numbers(), st.dates(date(1900, 1, 1), date(2200, 12, 31)))
def test_the_century_of_the_minus_form_makes_the_age_0_to_99(
    number: Personnummer, today: date
) -> None:
    text = number.short(date(9999, 1, 1)).replace("+", "-")
    try:
        parsed = parse(text, today)
    except InvalidPersonnummer:
        # Only a leap day that does not exist in the chosen year, or a year
        # before 1840, can fail; the digits themselves are valid.
        return
    assert parsed.birth_date <= today
    assert 0 <= parsed.age_on(today) <= 99
    assert parsed.birth_date.year % 100 == number.birth_date.year % 100


@given(numbers())
def test_layout_of_the_forms(number: Personnummer) -> None:
    long = number.long()
    assert len(long) == 13
    assert long[8] == "-"
    assert long.replace("-", "") == number.digits12()
    assert number.digits12()[:4] == f"{number.birth_date.year:04d}"
    assert number.century == number.birth_date.year // 100
    day = int(long[6:8])
    assert day == number.birth_date.day + (60 if number.is_coordination_number else 0)
    assert number.sex == ("female" if int(number.serial[2]) % 2 == 0 else "male")
    assert is_test_number(number)


@given(numbers(), numbers())
def test_different_numbers_are_not_equal(a: Personnummer, b: Personnummer) -> None:
    assert (a == b) == (a.digits12() == b.digits12())


@given(number_and_day_under_100(), st.integers(0, 9), st.integers(1, 9))
def test_any_single_digit_change_is_caught(
    case: tuple[Personnummer, date], position: int, step: int
) -> None:
    number, today = case
    # Positions 0-9 of the ten digits the check digit covers (YYMMDDNNNC),
    # in the ten-digit and in the twelve-digit form.
    ten = number.digits12()[2:]
    changed = ten[:position] + str((int(ten[position]) + step) % 10) + ten[position + 1 :]
    with pytest.raises(InvalidPersonnummer):
        parse(changed, today)
    with pytest.raises(InvalidPersonnummer):
        parse(number.digits12()[:2] + changed, today)


@given(st.dates(date(1900, 1, 1), date(2030, 12, 31)), test_serials)
def test_coordination_numbers_keep_the_real_birth_date(birth: date, serial: int) -> None:
    number = Personnummer.from_parts(birth, serial, coordination=True)
    assert int(number.long()[6:8]) == birth.day + 60
    parsed = parse(number.long(), date(2031, 1, 1))
    assert parsed.is_coordination_number
    assert parsed.birth_date == birth
    assert parsed != Personnummer.from_parts(birth, serial)


def parse_or_error(text: str) -> Personnummer | InvalidPersonnummer:
    """The parsed number, or the error; any other exception fails the test."""
    try:
        return parse(text, TODAY)
    except InvalidPersonnummer as error:
        return error


@given(st.text(max_size=20))
def test_any_text_parses_or_says_what_is_wrong(text: str) -> None:
    result = parse_or_error(text)
    if isinstance(result, InvalidPersonnummer):
        assert str(result).strip()
        assert result.text.source.strip()


@given(st.from_regex(r"\s*[0-9+\-]{6,14}\s*", fullmatch=True))
def test_digit_strings_parse_or_say_what_is_wrong(text: str) -> None:
    result = parse_or_error(text)
    if isinstance(result, InvalidPersonnummer):
        assert str(result).strip()
    else:
        assert normalise_search_digits(text)[-10:] == result.digits12()[2:]


# --------------------------------------------------------------- search help


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("191212", True),
        ("19121212", True),
        ("191212121212", True),
        ("19121212-12", True),
        ("121212-1212", True),
        ("121212+1212", True),
        (" 19121212 1212 ", True),
        ("19121212-", True),
        ("12121", False),
        ("1912121212123", False),
        ("Andersson", False),
        ("", False),
        ("1912-1212", False),
        ("19121212+1212", False),
        ("19121212-12121", False),
    ],
)
def test_looks_like_personnummer(text: str, expected: bool) -> None:
    assert looks_like_personnummer(text) is expected


@given(number_and_day_under_100())
def test_every_written_form_looks_like_a_personnummer(case: tuple[Personnummer, date]) -> None:
    number, today = case
    for text in every_form(number, today):
        assert looks_like_personnummer(text)
    for length in range(6, 13):
        assert looks_like_personnummer(number.digits12()[:length])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19121212-1212", "191212121212"),
        ("121212+1212", "1212121212"),
        (" 1912 1212 ", "19121212"),
        ("", ""),
    ],
)
def test_normalise_search_digits(text: str, expected: str) -> None:
    assert normalise_search_digits(text) == expected


@given(numbers())
def test_normalised_long_form_is_the_stored_form(number: Personnummer) -> None:
    assert normalise_search_digits(number.long()) == number.digits12()
