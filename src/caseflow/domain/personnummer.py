"""Swedish personal identity numbers (personnummer and samordningsnummer).

A personnummer is the birth date (YYMMDD or YYYYMMDD), a three-digit serial
number (födelsenummer) and a Luhn check digit computed over the ten-digit
form. A samordningsnummer (coordination number) is written like a
personnummer with 60 added to the day of birth.

The ten-digit form leaves out the century: ``-`` means the person is under
100 years old, ``+`` that they are 100 or older, so parsing it needs to know
the date "today". Every textual form of one number parses to equal values;
``digits12()`` is the normalised form for storing and searching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

Sex = Literal["female", "male"]

# Samordningsnummer add this to the day of birth (day 61-91).
COORDINATION_DAY_OFFSET = 60

# Skatteverket reserves serial numbers 980-999 for test personnummer.
TEST_SERIALS = range(980, 1000)

# Personnummer were introduced in 1947; nobody who got one was born long
# before 1840. An earlier year is a typo in the century digits.
EARLIEST_BIRTH_YEAR = 1840

_ALLOWED_CHARACTERS = re.compile(r"[0-9+\-]*")
_SEARCH_SEPARATORS = re.compile(r"[\s+\-]")
_LOOKS_LIKE = re.compile(r"[0-9]{6,12}|[0-9]{6}[+\-][0-9]{0,4}|[0-9]{8}-[0-9]{0,4}")


class InvalidPersonnummer(InvalidInput, ValueError):
    """The text is not a valid personnummer; ``text`` says what is wrong."""

    default_text = QT_TRANSLATE_NOOP("Domain", "The personnummer is not valid.")


class DateBeforeBirth(InvalidInput, ValueError):
    """An age was asked for on a date before the person was born."""

    default_text = QT_TRANSLATE_NOOP("Domain", "The date is before the person was born.")


def age_at(birth_date: date, on: date) -> int:
    """Age in whole years on ``on`` (ålder).

    Someone born on 29 February becomes a year older on 1 March in years
    without a 29 February. This is a choice (laws differ on it); it is made
    once, here, so every age rule in Caseflow follows it.
    """
    if on < birth_date:
        raise DateBeforeBirth(
            QT_TRANSLATE_NOOP("Domain", "The date {date} is before the person was born.").format(
                date=on.isoformat()
            )
        )
    not_yet_had_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    return on.year - birth_date.year - int(not_yet_had_birthday)


def luhn_check_digit(nine_digits: str) -> int:
    """The Luhn check digit (kontrollsiffra) of YYMMDDNNN."""
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


@dataclass(frozen=True, repr=False)
class Personnummer:
    """A valid personnummer or samordningsnummer.

    ``birth_date`` is the real date of birth, also for a samordningsnummer.
    Build one with ``parse`` or ``Personnummer.from_parts``; the constructor
    checks the same rules, so an invalid value cannot exist.
    """

    birth_date: date
    serial: str
    check_digit: int
    is_coordination_number: bool = False

    def __post_init__(self) -> None:
        _check_serial(self.serial)
        if self.birth_date.year < EARLIEST_BIRTH_YEAR:
            raise InvalidPersonnummer(_too_early(self.birth_date.year))
        if self.check_digit != luhn_check_digit(self._nine_digits()):
            raise InvalidPersonnummer(_WRONG_CHECK_DIGIT)

    @classmethod
    def from_parts(
        cls, birth_date: date, serial: str | int, *, coordination: bool = False
    ) -> Personnummer:
        """The number for a birth date and serial, with its check digit computed."""
        serial_text = f"{serial:03d}" if isinstance(serial, int) else serial
        _check_serial(serial_text)
        day = birth_date.day + (COORDINATION_DAY_OFFSET if coordination else 0)
        nine = f"{birth_date:%y%m}{day:02d}{serial_text}"
        return cls(birth_date, serial_text, luhn_check_digit(nine), coordination)

    @property
    def century(self) -> int:
        """The first two digits of the birth year (19 for 1912)."""
        return self.birth_date.year // 100

    @property
    def sex(self) -> Sex:
        """Sex as registered: the last digit of the serial is even for women."""
        return "female" if int(self.serial[2]) % 2 == 0 else "male"

    def long(self) -> str:
        """The twelve-digit form with a hyphen: YYYYMMDD-NNNN."""
        return f"{self.birth_date.year:04d}{self._date_digits()[2:]}-{self._last_four()}"

    def short(self, today: date | None = None) -> str:
        """The ten-digit form: YYMMDD-NNNN, or YYMMDD+NNNN from the 100th birthday."""
        separator = "+" if self.age_on(today or date.today()) >= 100 else "-"
        return f"{self._date_digits()}{separator}{self._last_four()}"

    def digits12(self) -> str:
        """The normalised form YYYYMMDDNNNN, for storing and searching."""
        return f"{self.birth_date.year:04d}{self._date_digits()[2:]}{self._last_four()}"

    def age_on(self, on: date) -> int:
        """Age in whole years on ``on``; see ``age_at``."""
        return age_at(self.birth_date, on)

    def __str__(self) -> str:
        return self.long()

    def __repr__(self) -> str:
        return f"Personnummer({self.long()!r})"

    def _date_digits(self) -> str:
        """YYMMDD as written, with the day plus 60 for a samordningsnummer."""
        offset = COORDINATION_DAY_OFFSET if self.is_coordination_number else 0
        return f"{self.birth_date:%y%m}{self.birth_date.day + offset:02d}"

    def _last_four(self) -> str:
        return f"{self.serial}{self.check_digit}"

    def _nine_digits(self) -> str:
        return self._date_digits() + self.serial


_SERIAL_000 = QT_TRANSLATE_NOOP("Domain", "The serial number 000 is not used.")
_WRONG_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "Domain", "The check digit is wrong: check the number for a typo."
)


def _check_serial(serial: str) -> None:
    if len(serial) != 3 or not serial.isascii() or not serial.isdigit():
        raise InvalidPersonnummer(
            QT_TRANSLATE_NOOP("Domain", "The serial number must have three digits.")
        )
    if serial == "000":
        raise InvalidPersonnummer(_SERIAL_000)


def _too_early(year: int) -> Text:
    return QT_TRANSLATE_NOOP(
        "Domain", "The birth year {year} is too early to be right: check the century."
    ).format(year=year)


def parse(text: str, today: date | None = None) -> Personnummer:
    """Read a personnummer or samordningsnummer in any usual written form.

    Accepts YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDDNNNN and
    YYYYMMDD-NNNN, with surrounding whitespace. A ten-digit form gets the
    century that makes the person 0-99 years old on ``today`` (``-`` or no
    separator) or 100 or older (``+``). Raises ``InvalidPersonnummer`` with a
    message that says what is wrong.
    """
    today = today or date.today()
    stripped = text.strip()
    if not stripped:
        raise InvalidPersonnummer(QT_TRANSLATE_NOOP("Domain", "Enter a personnummer."))
    if not _ALLOWED_CHARACTERS.fullmatch(stripped):
        raise InvalidPersonnummer(
            QT_TRANSLATE_NOOP(
                "Domain", "The personnummer contains characters other than digits, - and +."
            )
        )
    digits, separator = _split_separator(stripped)
    if len(digits) == 12:
        if separator == "+":
            raise InvalidPersonnummer(
                QT_TRANSLATE_NOOP("Domain", "The + sign is only used with 10 digits (YYMMDD+NNNN).")
            )
        year = int(digits[:4])
        digits = digits[2:]
    else:
        year = _year_for_short_form(digits, separator, today)
    birth_date, coordination = _birth_date(year, digits)
    if birth_date > today:
        raise InvalidPersonnummer(
            QT_TRANSLATE_NOOP(
                "Domain", "The birth date in the personnummer ({date}) is in the future."
            ).format(date=birth_date.isoformat())
        )
    return Personnummer(birth_date, digits[6:9], int(digits[9]), coordination)


def _split_separator(stripped: str) -> tuple[str, str]:
    """The digits and the separator ('' when none) of an allowed-character text."""
    digits = stripped.replace("-", "").replace("+", "")
    if len(digits) not in (10, 12):
        raise InvalidPersonnummer(
            QT_TRANSLATE_NOOP("Domain", "The personnummer must have 10 or 12 digits.")
        )
    separators = len(stripped) - len(digits)
    if separators == 0:
        return digits, ""
    if separators > 1 or stripped[-5] not in "+-":
        raise InvalidPersonnummer(
            QT_TRANSLATE_NOOP("Domain", "The - or + must come just before the last four digits.")
        )
    return digits, stripped[-5]


def _year_for_short_form(digits: str, separator: str, today: date) -> int:
    """The birth year of a ten-digit form, from its separator and ``today``."""
    two_digit_year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    if _is_coordination_day(day):
        day -= COORDINATION_DAY_OFFSET
    year = today.year - (today.year - two_digit_year) % 100
    # Compare as numbers, not dates: the date may not exist, and that error
    # is reported afterwards with the year the person would have.
    if (month, day) > (today.month, today.day) and year == today.year:
        year -= 100
    if separator == "+":
        year -= 100
    return year


def _is_coordination_day(day: int) -> bool:
    # Day 92-99 is neither a day nor a samordningsnummer: report it as typed.
    return COORDINATION_DAY_OFFSET < day <= COORDINATION_DAY_OFFSET + 31


def _birth_date(year: int, ten_digits: str) -> tuple[date, bool]:
    """The real birth date and whether the day marks a samordningsnummer."""
    month, day = int(ten_digits[2:4]), int(ten_digits[4:6])
    coordination = _is_coordination_day(day)
    if coordination:
        day -= COORDINATION_DAY_OFFSET
    if year < EARLIEST_BIRTH_YEAR:
        raise InvalidPersonnummer(_too_early(year))
    try:
        birth_date = date(year, month, day)
    except ValueError:
        raise InvalidPersonnummer(
            QT_TRANSLATE_NOOP(
                "Domain", "The date in the personnummer does not exist ({date})."
            ).format(date=f"{year:04d}-{month:02d}-{day:02d}")
        ) from None
    if ten_digits[6:9] == "000":
        raise InvalidPersonnummer(_SERIAL_000)
    if int(ten_digits[9]) != luhn_check_digit(ten_digits[:9]):
        raise InvalidPersonnummer(_WRONG_CHECK_DIGIT)
    return birth_date, coordination


def is_test_number(number: Personnummer) -> bool:
    """True for Skatteverket's test personnummer (serial number 980-999)."""
    return int(number.serial) in TEST_SERIALS


def looks_like_personnummer(text: str) -> bool:
    """Cheap check while typing a search: 6-12 digits, perhaps with - or +.

    True for a complete number and for the start of one from the full birth
    date on (``191212``, ``19121212-12``); spaces count as nothing.
    """
    return _LOOKS_LIKE.fullmatch(re.sub(r"\s", "", text)) is not None


def normalise_search_digits(text: str) -> str:
    """The text without - + and whitespace, for prefix search over ``digits12()``."""
    return _SEARCH_SEPARATORS.sub("", text)


def format_digits12(digits12: str | None) -> str | None:
    """The stored 12-digit form (YYYYMMDDNNNN) as people read it: YYYYMMDD-NNNN."""
    return f"{digits12[:8]}-{digits12[8:]}" if digits12 else None
