"""Programme rules as data: defaults, age checks and configuration round trips."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseflow.domain.errors import InvalidInput
from caseflow.domain.personnummer import age_at
from caseflow.domain.programmes import (
    DEFAULT_RULES,
    Programme,
    ProgrammeRules,
    age_in_range,
    all_rules_from_dict,
    all_rules_to_dict,
    check_age,
    needs_guardian_consent,
    needs_own_consent,
    rules_from_dict,
    rules_to_dict,
)
from caseflow.domain.text import Text

SSPF = DEFAULT_RULES[Programme.SSPF]


def test_programme_codes() -> None:
    assert [p.code for p in Programme] == ["SSPF", "SIG", "EXIT", "GVI"]
    assert Programme("GVI") is Programme.GVI
    assert str(Programme.SIG) == "SIG"


def test_every_programme_has_default_rules_and_a_label() -> None:
    assert set(DEFAULT_RULES) == set(Programme)
    for programme in Programme:
        assert programme.label == DEFAULT_RULES[programme].name
        assert programme.label.context == "Domain"
        assert str(programme.label)


@pytest.mark.parametrize(
    ("programme", "min_age", "max_age", "follow_up"),
    [
        (Programme.SSPF, 12, 17, 60),
        (Programme.SIG, 15, 25, 30),
        (Programme.EXIT, 15, 99, 30),
        (Programme.GVI, 15, 29, 30),
    ],
)
def test_defaults_follow_the_domain_notes(
    programme: Programme, min_age: int, max_age: int, follow_up: int
) -> None:
    rules = DEFAULT_RULES[programme]
    assert (rules.min_age, rules.max_age) == (min_age, max_age)
    assert rules.follow_up_interval_days == follow_up
    assert rules.consent_validity_days == 365
    assert rules.guardian_consent_under_18


def test_default_rules_cannot_be_changed() -> None:
    with pytest.raises(TypeError):
        DEFAULT_RULES[Programme.SSPF] = SSPF  # type: ignore[index]


@pytest.mark.parametrize(("age", "expected"), [(11, False), (12, True), (17, True), (18, False)])
def test_age_in_range_includes_both_ends(age: int, expected: bool) -> None:
    assert age_in_range(SSPF, age) is expected


def test_check_age_warns_outside_the_typical_range() -> None:
    assert check_age(SSPF, date(2012, 3, 15), date(2026, 3, 15)) is None
    warning = check_age(SSPF, date(2008, 3, 15), date(2026, 3, 15))
    assert warning is not None
    assert str(warning) == (
        "SSPF (social services, school, police, leisure) usually works with people "
        "aged 12 to 17; this person is 18."
    )


def test_check_age_counts_the_birthday() -> None:
    assert check_age(SSPF, date(2008, 3, 16), date(2026, 3, 15)) is None
    assert check_age(SSPF, date(2008, 3, 15), date(2026, 3, 15)) is not None


@given(st.sampled_from(list(Programme)), st.dates(date(1900, 1, 1), date(2030, 12, 31)), st.data())
def test_check_age_agrees_with_age_in_range(
    programme: Programme, birth: date, data: st.DataObject
) -> None:
    rules = DEFAULT_RULES[programme]
    on = data.draw(st.dates(birth, date(2130, 12, 31)))
    warning = check_age(rules, birth, on)
    assert (warning is None) == age_in_range(rules, age_at(birth, on))
    if warning is not None:
        assert warning.args["age"] == age_at(birth, on)


@pytest.mark.parametrize(
    ("age", "own", "guardians"),
    [(12, False, True), (14, False, True), (15, True, True), (17, True, True), (18, True, False)],
)
def test_who_must_consent(age: int, own: bool, guardians: bool) -> None:
    assert needs_own_consent(SSPF, age) is own
    assert needs_guardian_consent(SSPF, age) is guardians


def test_own_consent_is_always_needed_from_18() -> None:
    late = replace(SSPF, own_consent_from_age=25)
    assert not needs_own_consent(late, 17)
    assert needs_own_consent(late, 18)
    no_guardians = replace(SSPF, guardian_consent_under_18=False)
    assert not needs_guardian_consent(no_guardians, 12)


# ------------------------------------------------------------- configuration


@pytest.mark.parametrize("programme", list(Programme))
def test_default_rules_round_trip_through_json(programme: Programme) -> None:
    rules = DEFAULT_RULES[programme]
    data = json.loads(json.dumps(rules_to_dict(rules)))
    assert rules_from_dict(data) == rules
    assert rules_from_dict(data, base=SSPF) == rules


rules_strategy = st.builds(
    lambda name, a, b, follow, valid, own, guardians: ProgrammeRules(
        Text("Domain", name), min(a, b), max(a, b), follow, valid, own, guardians
    ),
    st.text(min_size=1, max_size=30).filter(lambda s: s == s.strip() and s != ""),
    st.integers(0, 130),
    st.integers(0, 130),
    st.integers(1, 3650),
    st.integers(1, 3650),
    st.integers(0, 130),
    st.booleans(),
)


@given(rules_strategy)
def test_any_rules_round_trip(rules: ProgrammeRules) -> None:
    assert rules_from_dict(rules_to_dict(rules)) == rules
    assert rules_to_dict(rules_from_dict(rules_to_dict(rules))) == rules_to_dict(rules)


def test_a_partial_dict_keeps_the_base() -> None:
    sig = DEFAULT_RULES[Programme.SIG]
    rules = rules_from_dict({"max_age": 29}, base=sig)
    assert rules == replace(sig, max_age=29)


def test_all_rules_round_trip_and_fill_in_defaults() -> None:
    assert all_rules_from_dict(all_rules_to_dict(DEFAULT_RULES)) == dict(DEFAULT_RULES)
    assert all_rules_from_dict({}) == dict(DEFAULT_RULES)
    local = all_rules_from_dict({"SIG": {"max_age": 29}})
    assert local[Programme.SIG].max_age == 29
    assert local[Programme.SSPF] == SSPF


def test_unknown_programme_in_configuration() -> None:
    with pytest.raises(InvalidInput, match="Unknown programme: ABC"):
        all_rules_from_dict({"ABC": {}})


def full(**changes: Any) -> dict[str, Any]:
    data = rules_to_dict(SSPF)
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (full(max_agee=18), "Unknown programme setting: max_agee."),
        ({"min_age": 12}, "The programme setting consent_validity_days is missing."),
        (full(min_age="12"), "The programme setting min_age must be a whole number."),
        (full(min_age=12.0), "The programme setting min_age must be a whole number."),
        (full(min_age=True), "The programme setting min_age must be a whole number."),
        (
            full(guardian_consent_under_18="yes"),
            "The programme setting guardian_consent_under_18 must be yes or no.",
        ),
        (full(name="  "), "The programme name must not be empty."),
        (full(name=None), "The programme name must not be empty."),
        (full(min_age=18, max_age=17), "The lowest typical age must not be above the highest."),
        (full(max_age=131), "The programme setting max_age must be an age from 0 to 130."),
        (
            full(own_consent_from_age=-1),
            "The programme setting own_consent_from_age must be an age from 0 to 130.",
        ),
        (
            full(follow_up_interval_days=0),
            "The programme setting follow_up_interval_days must be at least one day.",
        ),
        (
            full(consent_validity_days=-5),
            "The programme setting consent_validity_days must be at least one day.",
        ),
    ],
)
def test_bad_configuration_is_refused_with_a_reason(data: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        rules_from_dict(data)
    assert str(raised.value) == message


def test_configured_name_is_stripped_and_kept() -> None:
    rules = rules_from_dict(full(name=" SSPF Norra "))
    assert str(rules.name) == "SSPF Norra"
