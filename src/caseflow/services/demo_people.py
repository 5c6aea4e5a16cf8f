"""Demo people and their guardians (vårdnadshavare), as rows.

Numbers come from ``NumberPool`` (Skatteverket's test range only); phone
numbers from PTS's series for fiction; e-mail addresses at example.com.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from caseflow.domain.personnummer import Sex
from caseflow.domain.programmes import AGE_OF_MAJORITY
from caseflow.domain.test_identities import generate_name
from caseflow.services import demo_texts as texts
from caseflow.services.demo_plan import NumberPool, PersonPlan
from caseflow.services.demo_rows import Batch, Clock, Ids
from caseflow.storage.search import name_keys

_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e"})


@dataclass(frozen=True)
class PersonContext:
    """What journal texts say about a person: name, pronoun, family, school."""

    first_name: str
    pronoun: str  # han / hon
    relatives: tuple[str, ...]  # "mamma", "pappa", ...: who {parent} may be
    school: str | None
    custodians: int  # guardians with custody (vårdnadshavare), 0 for an adult

    @property
    def possessive(self) -> str:
        """Swedish genitive: "Emmas", but "Elias" stays "Elias"."""
        name = self.first_name
        return name if name.endswith(("s", "x", "z")) else name + "s"


def _phone(rng: random.Random) -> str:
    return texts.fiction_phone(rng.randint(texts.FICTION_PHONE_FIRST, texts.FICTION_PHONE_LAST))


def _email(rng: random.Random, first: str, last: str) -> str:
    local = f"{first}.{last}".translate(_ASCII).lower()
    return f"{local}{rng.randint(1, 99)}@example.com"


def _address(rng: random.Random) -> str:
    street = rng.choice(texts.STREETS)
    return (
        f"{street} {rng.randint(1, 80)}, {rng.randint(100, 199)} {rng.randint(10, 99)} {texts.TOWN}"
    )


def _school(rng: random.Random, age: int) -> tuple[str | None, str | None]:
    if age <= 15:
        grade = min(max(age - 6, 6), 9)
        return rng.choice(texts.PRIMARY_SCHOOLS), f"{grade}{rng.choice('ABCD')}"
    if age <= 18:
        programme = rng.choice(texts.UPPER_SECONDARY_PROGRAMMES)
        return rng.choice(texts.UPPER_SECONDARY_SCHOOLS), f"{programme}{min(age - 15, 3)}"
    return None, None


def add_person(
    rng: random.Random,
    person: PersonPlan,
    first_referral: date,
    batch: Batch,
    ids: Ids,
    clock: Clock,
    numbers: NumberPool,
) -> PersonContext:
    """The person's row and their guardians' rows (for someone under 18)."""
    age = person.first_case_age
    adult = age >= AGE_OF_MAJORITY
    school, school_class = _school(rng, age)
    address = _address(rng) if rng.random() < 0.85 else None
    key, key_reversed = name_keys(person.first_name, person.last_name)
    number = person.personnummer
    digits = number.digits12() if number is not None else None
    created = clock.working(rng, first_referral)
    batch.add(
        "persons",
        id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        name_key=key,
        name_key_reversed=key_reversed,
        personnummer=digits,
        personnummer_short=digits[2:] if digits else None,
        is_coordination_number=False,
        birth_date=person.birth_date,
        no_number_reason=None if number else rng.choice(texts.NO_NUMBER_REASONS),
        sex=person.registered_sex,
        phone=_phone(rng) if rng.random() < (0.85 if adult else 0.6) else None,
        email=(
            _email(rng, person.first_name, person.last_name)
            if rng.random() < (0.5 if adult else 0.25)
            else None
        ),
        address=address,
        school=school,
        school_class=school_class,
        protected_identity=person.protected_identity,
        version=1,
        created_at=created,
        updated_at=created,
    )
    relatives: tuple[str, ...] = ("mamma", "pappa", "en anhörig", "storebror")
    custodians = 0
    if not adult:
        relatives, custodians = _add_guardians(rng, person, address, batch, ids, created, numbers)
    return PersonContext(
        first_name=person.first_name,
        pronoun="hon" if person.sex == "female" else "han",
        relatives=relatives,
        school=school,
        custodians=custodians,
    )


def _add_guardians(
    rng: random.Random,
    person: PersonPlan,
    address: str | None,
    batch: Batch,
    ids: Ids,
    created: datetime,
    numbers: NumberPool,
) -> tuple[tuple[str, ...], int]:
    """The guardians' rows; returns who {parent} may be and how many have custody."""
    sexes: list[Sex] = (
        ["female", "male"] if rng.random() < 0.7 else [rng.choice(["female", "male"])]
    )
    rng.shuffle(sexes)
    custody = [True] * len(sexes)
    if len(sexes) == 2 and rng.random() < 0.12:
        custody[rng.randrange(2)] = False
    no_information = [False] * len(sexes)
    if len(sexes) == 2 and rng.random() < 0.05:
        no_information[rng.randrange(2)] = True
    relatives: list[str] = []
    for sex, has_custody, blocked in zip(sexes, custody, no_information, strict=True):
        first, surname = generate_name(rng, sex)
        if rng.random() < 0.75:
            surname = person.last_name
        number = None
        if rng.random() < 0.92:
            born = person.birth_date - timedelta(days=rng.randint(20 * 365, 45 * 365))
            drawn = numbers.draw(born, sex)
            number = drawn.digits12() if drawn is not None else None
        batch.add(
            "guardians",
            id=ids.take("guardians"),
            person_id=person.id,
            name=f"{first} {surname}",
            personnummer=number,
            phone=_phone(rng) if rng.random() < 0.9 else None,
            email=_email(rng, first, surname) if rng.random() < 0.4 else None,
            address=address if rng.random() < 0.8 else _address(rng),
            has_custody=has_custody,
            no_information=blocked,
            created_at=created,
        )
        if not blocked:
            relatives.append("mamma" if sex == "female" else "pappa")
    return tuple(relatives) or ("en anhörig",), sum(custody)
