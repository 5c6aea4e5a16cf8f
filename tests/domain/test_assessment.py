"""The factor catalogue and comparing two assessments."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseflow.domain.assessment import (
    CATALOGUE,
    FACTORS_BY_KEY,
    Change,
    FactorDefinition,
    FactorKind,
    FactorPresence,
    LifeDomain,
    classify_change,
    compare_assessments,
    factors_for,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import Text

P, A, U = FactorPresence.PRESENT, FactorPresence.ABSENT, FactorPresence.UNKNOWN
MISSING = None

# Every (before, after) pair, with MISSING meaning the key is not in that assessment.
PRESENCES = [MISSING, P, A, U]

# The expected change for a risk factor; a protective factor swaps improved
# and worsened.
EXPECTED_FOR_RISK = {
    (P, P): Change.UNCHANGED,
    (A, A): Change.UNCHANGED,
    (U, U): Change.UNCHANGED,
    (P, A): Change.IMPROVED,
    (A, P): Change.WORSENED,
    (U, P): Change.NEWLY_ASSESSED,
    (U, A): Change.NEWLY_ASSESSED,
    (P, U): Change.NO_LONGER_ASSESSED,
    (A, U): Change.NO_LONGER_ASSESSED,
}
SWAP = {Change.IMPROVED: Change.WORSENED, Change.WORSENED: Change.IMPROVED}

RISK = FACTORS_BY_KEY["individual.substance_use"]
PROTECTIVE = FACTORS_BY_KEY["leisure_community.structured_leisure_activity"]


def test_catalogue_keys_are_unique_and_indexed() -> None:
    keys = [factor.key for factor in CATALOGUE]
    assert len(set(keys)) == len(keys)
    assert list(FACTORS_BY_KEY) == keys
    for factor in CATALOGUE:
        assert factor.key.startswith(f"{factor.domain.value}.")
        assert factor.key.isascii()
        assert factor.key == factor.key.lower()


@pytest.mark.parametrize("domain", list(LifeDomain))
def test_every_domain_has_risk_and_protective_factors(domain: LifeDomain) -> None:
    assert 4 <= len(factors_for(domain)) <= 6
    assert factors_for(domain, FactorKind.RISK)
    assert factors_for(domain, FactorKind.PROTECTIVE)
    assert factors_for(domain) == tuple(f for f in CATALOGUE if f.domain is domain)


def test_catalogue_is_grouped_by_domain_in_order() -> None:
    domains = [factor.domain for factor in CATALOGUE]
    assert [d for d, _ in itertools.groupby(domains)] == list(LifeDomain)


def test_the_factors_named_in_the_brief_are_there() -> None:
    expected = {
        "individual.early_antisocial_behaviour": FactorKind.RISK,
        "individual.substance_use": FactorKind.RISK,
        "individual.impulsivity": FactorKind.RISK,
        "individual.social_skills": FactorKind.PROTECTIVE,
        "individual.positive_attitude_to_school": FactorKind.PROTECTIVE,
        "family.family_conflicts": FactorKind.RISK,
        "family.parental_supervision": FactorKind.PROTECTIVE,
        "school.truancy": FactorKind.RISK,
        "school.low_attainment": FactorKind.RISK,
        "school.attachment_to_school": FactorKind.PROTECTIVE,
        "peers.criminal_peers": FactorKind.RISK,
        "leisure_community.structured_leisure_activity": FactorKind.PROTECTIVE,
    }
    for key, kind in expected.items():
        assert FACTORS_BY_KEY[key].kind is kind


def test_labels_are_distinct_and_in_the_domain_context() -> None:
    labels = [factor.label for factor in CATALOGUE]
    assert all(label.context == "Domain" and label.source for label in labels)
    assert len({label.source for label in labels}) == len(labels)
    for enum in (LifeDomain, FactorKind, FactorPresence, Change):
        enum_labels = [member.label for member in enum]
        assert all(label.context == "Domain" and str(label) for label in enum_labels)
        assert len({label.source for label in enum_labels}) == len(enum_labels)


@pytest.mark.parametrize(
    ("before", "after"), [pair for pair in itertools.product(PRESENCES, PRESENCES)]
)
@pytest.mark.parametrize("factor", [RISK, PROTECTIVE], ids=["risk", "protective"])
def test_compare_every_presence_pair(
    factor: FactorDefinition, before: FactorPresence | None, after: FactorPresence | None
) -> None:
    older = {} if before is MISSING else {factor.key: before}
    newer = {} if after is MISSING else {factor.key: after}
    changes = compare_assessments(older, newer)
    if before is MISSING and after is MISSING:
        assert changes == []
        return
    [change] = changes
    assert change.factor == factor
    assert change.before == (before or U)
    assert change.after == (after or U)
    expected = EXPECTED_FOR_RISK[(before or U, after or U)]
    if factor.kind is FactorKind.PROTECTIVE:
        expected = SWAP.get(expected, expected)
    assert change.change is expected
    assert classify_change(factor.kind, before or U, after or U) is expected


def test_improvement_wording_matches_the_brief() -> None:
    assert classify_change(FactorKind.RISK, P, A) is Change.IMPROVED
    assert classify_change(FactorKind.PROTECTIVE, A, P) is Change.IMPROVED
    assert classify_change(FactorKind.RISK, A, P) is Change.WORSENED
    assert classify_change(FactorKind.PROTECTIVE, P, A) is Change.WORSENED


presences = st.sampled_from(list(FactorPresence))
assessments = st.dictionaries(st.sampled_from(list(FACTORS_BY_KEY)), presences)


@given(assessments, assessments)
def test_compare_lists_the_named_factors_in_catalogue_order(
    older: dict[str, FactorPresence], newer: dict[str, FactorPresence]
) -> None:
    changes = compare_assessments(older, newer)
    keys = [change.factor.key for change in changes]
    assert set(keys) == set(older) | set(newer)
    order = list(FACTORS_BY_KEY)
    assert keys == sorted(keys, key=order.index)


@given(assessments, assessments)
def test_swapping_the_assessments_reverses_the_change(
    older: dict[str, FactorPresence], newer: dict[str, FactorPresence]
) -> None:
    reverse = {
        Change.IMPROVED: Change.WORSENED,
        Change.WORSENED: Change.IMPROVED,
        Change.NEWLY_ASSESSED: Change.NO_LONGER_ASSESSED,
        Change.NO_LONGER_ASSESSED: Change.NEWLY_ASSESSED,
        Change.UNCHANGED: Change.UNCHANGED,
    }
    forward = compare_assessments(older, newer)
    backward = compare_assessments(newer, older)
    assert [reverse[c.change] for c in forward] == [c.change for c in backward]


@given(assessments)
def test_an_assessment_compared_with_itself_is_unchanged(
    assessment: dict[str, FactorPresence],
) -> None:
    assert all(c.change is Change.UNCHANGED for c in compare_assessments(assessment, assessment))


def test_unknown_factor_keys_are_refused() -> None:
    with pytest.raises(InvalidInput) as raised:
        compare_assessments({"individual.no_such_factor": P}, {})
    assert str(raised.value) == "The assessment names an unknown factor: individual.no_such_factor."


def test_a_local_catalogue_can_be_used() -> None:
    local = FactorDefinition(
        "individual.local_factor",
        LifeDomain.INDIVIDUAL,
        FactorKind.RISK,
        Text("Domain", "A locally added factor"),
    )
    [change] = compare_assessments({local.key: P}, {local.key: A}, catalogue=(*CATALOGUE, local))
    assert change.change is Change.IMPROVED
