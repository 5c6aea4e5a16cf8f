"""Invented people for demos and tests: test personnummer and common names.

Only Skatteverket's test personnummer (serial number 980-999) are made here,
so a generated person can never be a real one. Names are combined at random
from common Swedish first names and surnames. Everything is deterministic
for a given ``random.Random``, so a demo database can be rebuilt exactly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseflow.domain.personnummer import TEST_SERIALS, Personnummer, Sex

FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "Agnes", "Alice", "Alva", "Amanda", "Amina", "Anna", "Astrid", "Ebba",
    "Elin", "Ella", "Elsa", "Emma", "Fatima", "Freja", "Hanna", "Ida",
    "Ingrid", "Johanna", "Julia", "Karin", "Klara", "Lina", "Linnea", "Lova",
    "Maja", "Malin", "Maria", "Matilda", "Moa", "Nora", "Olivia", "Sara",
    "Saga", "Selma", "Signe", "Sofia", "Stina", "Tilda", "Vera", "Wilma",
)  # fmt: skip

MALE_FIRST_NAMES: tuple[str, ...] = (
    "Adam", "Albin", "Alexander", "Ali", "Anton", "Arvid", "Axel", "Daniel",
    "Elias", "Elliot", "Emil", "Erik", "Filip", "Gustav", "Hampus", "Hugo",
    "Isak", "Jakob", "Johan", "Jonas", "Karl", "Leo", "Liam", "Lucas",
    "Ludvig", "Melvin", "Mohammed", "Måns", "Nils", "Noah", "Olle", "Oliver",
    "Oscar", "Otto", "Sixten", "Theo", "Viktor", "Vincent", "William", "Yusuf",
)  # fmt: skip

SURNAMES: tuple[str, ...] = (
    "Ahmed", "Ali", "Andersson", "Axelsson", "Bengtsson", "Berg", "Berglund",
    "Bergström", "Björk", "Danielsson", "Ekström", "Eriksson", "Forsberg",
    "Fredriksson", "Gustafsson", "Hansson", "Henriksson", "Holm", "Håkansson",
    "Isaksson", "Jakobsson", "Jansson", "Johansson", "Jonsson", "Jönsson",
    "Karlsson", "Larsson", "Lind", "Lindberg", "Lindgren", "Lindqvist",
    "Lindström", "Lundberg", "Lundgren", "Lundqvist", "Magnusson", "Mattsson",
    "Mohamed", "Nilsson", "Nyström", "Olofsson", "Olsson", "Persson",
    "Pettersson", "Sandberg", "Sjöberg", "Svensson", "Söderberg", "Wallin",
    "Åberg",
)  # fmt: skip


def generate_personnummer(rng: random.Random, birth_date: date, sex: Sex) -> Personnummer:
    """A test personnummer (serial 980-999) for ``birth_date`` and ``sex``.

    The last digit of the serial is even for women and odd for men, as in
    real numbers, so the registered sex reads back correctly.
    """
    parity = 0 if sex == "female" else 1
    serials = [serial for serial in TEST_SERIALS if serial % 2 == parity]
    return Personnummer.from_parts(birth_date, rng.choice(serials))


def generate_name(rng: random.Random, sex: Sex) -> tuple[str, str]:
    """An invented (first name, surname) pair of common Swedish names."""
    first_names = FEMALE_FIRST_NAMES if sex == "female" else MALE_FIRST_NAMES
    return rng.choice(first_names), rng.choice(SURNAMES)


def generate_sex(rng: random.Random) -> Sex:
    """Female or male with equal chance."""
    return "female" if rng.random() < 0.5 else "male"


def generate_birth_date(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    """A birth date that makes the person ``min_age``-``max_age`` years old on ``today``."""
    if not 0 <= min_age <= max_age:
        raise ValueError("need 0 <= min_age <= max_age")
    # Latest: the min_age birthday is today; earliest: the day after the
    # (max_age + 1) birthday. 29 February moves to 28 February when needed.
    latest = _years_before(today, min_age)
    earliest = _years_before(today, max_age + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


def _years_before(day: date, years: int) -> date:
    year = day.year - years
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year without it
        return date(year, 2, 28)
