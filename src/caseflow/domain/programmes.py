"""The programmes Caseflow supports and their rules, kept as data.

Local agreements differ (ages, how often to follow up, who must consent), so
each programme's rules are a plain value that can be stored as configuration
(``rules_to_dict`` / ``rules_from_dict``); ``DEFAULT_RULES`` holds the usual
practice described in the shared domain notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from caseflow.domain.errors import InvalidInput
from caseflow.domain.personnummer import age_at
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

# From 18 only the person's own consent counts (domain notes, OSL 12 kap.).
AGE_OF_MAJORITY = 18

# Ages outside this range are typing errors in configuration, not local practice.
_CONFIGURABLE_AGES = range(0, 131)


class Programme(StrEnum):
    """A programme; the value is the code used in case numbers."""

    SSPF = "SSPF"  # Socialtjänst, Skola, Polis, Fritid
    SIG = "SIG"  # Social insatsgrupp
    EXIT = "EXIT"  # Avhopparverksamhet / stöd att lämna kriminell livsstil
    GVI = "GVI"  # Group Violence Intervention

    @property
    def code(self) -> str:
        """The short code, as in "SSPF-2026-0042"."""
        return self.value

    @property
    def label(self) -> Text:
        """The programme's default display name."""
        return DEFAULT_RULES[self].name


@dataclass(frozen=True)
class ProgrammeRules:
    """What a programme expects: typical ages, follow-up and consent rules."""

    name: Text
    min_age: int
    max_age: int
    follow_up_interval_days: int
    consent_validity_days: int
    # The young person signs their own consent from this age (many
    # municipalities use 14 or 15); from 18 it is always required.
    own_consent_from_age: int
    guardian_consent_under_18: bool

    def __post_init__(self) -> None:
        for key in ("min_age", "max_age", "own_consent_from_age"):
            if getattr(self, key) not in _CONFIGURABLE_AGES:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Domain", "The programme setting {key} must be an age from 0 to 130."
                    ).format(key=key)
                )
        if self.min_age > self.max_age:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "The lowest typical age must not be above the highest.")
            )
        for key in ("follow_up_interval_days", "consent_validity_days"):
            if getattr(self, key) < 1:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Domain", "The programme setting {key} must be at least one day."
                    ).format(key=key)
                )


DEFAULT_RULES: Mapping[Programme, ProgrammeRules] = MappingProxyType(
    {
        Programme.SSPF: ProgrammeRules(
            name=QT_TRANSLATE_NOOP("Domain", "SSPF (social services, school, police, leisure)"),
            min_age=12,
            max_age=17,
            follow_up_interval_days=60,
            consent_validity_days=365,
            own_consent_from_age=15,
            guardian_consent_under_18=True,
        ),
        # Some municipalities run SIG up to 29: raise max_age in configuration.
        Programme.SIG: ProgrammeRules(
            name=QT_TRANSLATE_NOOP("Domain", "SIG (social intervention group)"),
            min_age=15,
            max_age=25,
            follow_up_interval_days=30,
            consent_validity_days=365,
            own_consent_from_age=15,
            guardian_consent_under_18=True,
        ),
        # Exit support is mostly for adults, but young people leaving a gang
        # are taken on too; a municipality serving adults only sets 18.
        Programme.EXIT: ProgrammeRules(
            name=QT_TRANSLATE_NOOP("Domain", "Exit support"),
            min_age=15,
            max_age=99,
            follow_up_interval_days=30,
            consent_validity_days=365,
            own_consent_from_age=15,
            guardian_consent_under_18=True,
        ),
        Programme.GVI: ProgrammeRules(
            name=QT_TRANSLATE_NOOP("Domain", "GVI (group violence intervention)"),
            min_age=15,
            max_age=29,
            follow_up_interval_days=30,
            consent_validity_days=365,
            own_consent_from_age=15,
            guardian_consent_under_18=True,
        ),
    }
)


def age_in_range(rules: ProgrammeRules, age: int) -> bool:
    """True when ``age`` lies in the programme's typical range (both ends included)."""
    return rules.min_age <= age <= rules.max_age


def check_age(rules: ProgrammeRules, birth_date: date, on: date) -> Text | None:
    """A warning when the person's age on ``on`` is outside the typical range.

    Only a warning: local practice decides, and the worker may go on.
    """
    age = age_at(birth_date, on)
    if age_in_range(rules, age):
        return None
    return QT_TRANSLATE_NOOP(
        "Domain",
        "{programme} usually works with people aged {min_age} to {max_age}; this person is {age}.",
    ).format(programme=rules.name, min_age=rules.min_age, max_age=rules.max_age, age=age)


def needs_own_consent(rules: ProgrammeRules, age: int) -> bool:
    """Whether the young person's own consent (samtycke) is required at ``age``."""
    return age >= min(rules.own_consent_from_age, AGE_OF_MAJORITY)


def needs_guardian_consent(rules: ProgrammeRules, age: int) -> bool:
    """Whether the guardians' (vårdnadshavares) consent is required at ``age``.

    Guardians' consent stops counting on the 18th birthday.
    """
    return rules.guardian_consent_under_18 and age < AGE_OF_MAJORITY


_INT_KEYS = (
    "min_age",
    "max_age",
    "follow_up_interval_days",
    "consent_validity_days",
    "own_consent_from_age",
)
_BOOL_KEYS = ("guardian_consent_under_18",)
_KEYS = frozenset(field.name for field in fields(ProgrammeRules))


def rules_to_dict(rules: ProgrammeRules) -> dict[str, Any]:
    """The rules as a JSON-compatible dict; the name is its English source text."""
    data: dict[str, Any] = {"name": rules.name.source}
    data.update({key: getattr(rules, key) for key in (*_INT_KEYS, *_BOOL_KEYS)})
    return data


def rules_from_dict(data: Mapping[str, Any], base: ProgrammeRules | None = None) -> ProgrammeRules:
    """Rules read from configuration, raising ``InvalidInput`` on a bad value.

    Keys missing from ``data`` come from ``base`` (usually the programme's
    default rules); without a base every key is required. Unknown keys are
    refused so that a misspelt setting is not silently ignored.
    """
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "Unknown programme setting: {key}.").format(key=unknown[0])
        )
    merged: dict[str, Any] = rules_to_dict(base) if base is not None else {}
    merged.update(data)
    missing = sorted(_KEYS - set(merged))
    if missing:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "The programme setting {key} is missing.").format(
                key=missing[0]
            )
        )
    _check_types(merged)
    # A configured name is translated when it is one of our source texts
    # (the default names are) and shown as written otherwise.
    name = Text("Domain", merged["name"].strip())
    values = {key: merged[key] for key in (*_INT_KEYS, *_BOOL_KEYS)}
    return ProgrammeRules(name=name, **values)


def _check_types(merged: Mapping[str, Any]) -> None:
    if not isinstance(merged["name"], str) or not merged["name"].strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "The programme name must not be empty."))
    for key in _INT_KEYS:
        # bool is an int in Python; True as an age is a mistake.
        if not isinstance(merged[key], int) or isinstance(merged[key], bool):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain", "The programme setting {key} must be a whole number."
                ).format(key=key)
            )
    for key in _BOOL_KEYS:
        if not isinstance(merged[key], bool):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain", "The programme setting {key} must be yes or no."
                ).format(key=key)
            )


def all_rules_to_dict(rules: Mapping[Programme, ProgrammeRules]) -> dict[str, dict[str, Any]]:
    """Every programme's rules keyed by programme code."""
    return {programme.code: rules_to_dict(rules[programme]) for programme in rules}


def all_rules_from_dict(data: Mapping[str, Mapping[str, Any]]) -> dict[Programme, ProgrammeRules]:
    """Rules for every programme; a programme or key missing from ``data`` keeps its default."""
    result = dict(DEFAULT_RULES)
    for code, programme_data in data.items():
        try:
            programme = Programme(code)
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "Unknown programme: {code}.").format(code=code)
            ) from None
        result[programme] = rules_from_dict(programme_data, base=DEFAULT_RULES[programme])
    return result
