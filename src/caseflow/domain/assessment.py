"""Risk and protective factors for the mapping (kartläggning), kept as data.

The catalogue follows the usual grouping in Swedish crime-prevention work
(individual, family, school, peers, leisure and local community). An
assessment records for each factor whether it is present, absent or not
known; ``compare_assessments`` tells what changed between two mappings, which
is what a follow-up meeting discusses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text


class LifeDomain(StrEnum):
    """An area of the young person's life (livsområde)."""

    INDIVIDUAL = "individual"
    FAMILY = "family"
    SCHOOL = "school"
    PEERS = "peers"
    LEISURE_COMMUNITY = "leisure_community"

    @property
    def label(self) -> Text:
        return _DOMAIN_LABELS[self]


_DOMAIN_LABELS = {
    LifeDomain.INDIVIDUAL: QT_TRANSLATE_NOOP("Domain", "Individual"),
    LifeDomain.FAMILY: QT_TRANSLATE_NOOP("Domain", "Family"),
    LifeDomain.SCHOOL: QT_TRANSLATE_NOOP("Domain", "School"),
    LifeDomain.PEERS: QT_TRANSLATE_NOOP("Domain", "Friends and peers"),
    LifeDomain.LEISURE_COMMUNITY: QT_TRANSLATE_NOOP("Domain", "Leisure and local community"),
}


class FactorKind(StrEnum):
    """Risk factor (riskfaktor) or protective factor (skyddsfaktor)."""

    RISK = "risk"
    PROTECTIVE = "protective"

    @property
    def label(self) -> Text:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    FactorKind.RISK: QT_TRANSLATE_NOOP("Domain", "Risk factor"),
    FactorKind.PROTECTIVE: QT_TRANSLATE_NOOP("Domain", "Protective factor"),
}


class FactorPresence(StrEnum):
    """Whether a factor is present for the young person, as assessed."""

    PRESENT = "present"
    ABSENT = "absent"
    UNKNOWN = "unknown"

    @property
    def label(self) -> Text:
        return _PRESENCE_LABELS[self]


_PRESENCE_LABELS = {
    FactorPresence.PRESENT: QT_TRANSLATE_NOOP("Domain", "Present"),
    FactorPresence.ABSENT: QT_TRANSLATE_NOOP("Domain", "Absent"),
    FactorPresence.UNKNOWN: QT_TRANSLATE_NOOP("Domain", "Not known"),
}


@dataclass(frozen=True)
class FactorDefinition:
    """One factor of the catalogue; ``key`` is stable and stored with assessments."""

    key: str
    domain: LifeDomain
    kind: FactorKind
    label: Text


def _factor(domain: LifeDomain, kind: FactorKind, key: str, label: Text) -> FactorDefinition:
    # Keys carry their domain so that they stay unique when the catalogue grows.
    return FactorDefinition(f"{domain.value}.{key}", domain, kind, label)


_I, _F, _S = LifeDomain.INDIVIDUAL, LifeDomain.FAMILY, LifeDomain.SCHOOL
_P, _L = LifeDomain.PEERS, LifeDomain.LEISURE_COMMUNITY
_R, _PR = FactorKind.RISK, FactorKind.PROTECTIVE

# The catalogue's order is the order forms and reports list the factors in.
# Keys are stored with assessments: never change or reuse one.
# fmt: off
CATALOGUE: tuple[FactorDefinition, ...] = (
    _factor(_I, _R, "early_antisocial_behaviour",
            QT_TRANSLATE_NOOP("Domain", "Early antisocial behaviour")),
    _factor(_I, _R, "substance_use",
            QT_TRANSLATE_NOOP("Domain", "Alcohol or drug use")),
    _factor(_I, _R, "impulsivity",
            QT_TRANSLATE_NOOP("Domain", "Impulsivity, acting without thinking")),
    _factor(_I, _R, "procriminal_attitudes",
            QT_TRANSLATE_NOOP("Domain", "Attitudes that accept crime or violence")),
    _factor(_I, _PR, "social_skills",
            QT_TRANSLATE_NOOP("Domain", "Good social skills")),
    _factor(_I, _PR, "positive_attitude_to_school",
            QT_TRANSLATE_NOOP("Domain", "Positive attitude to school")),
    _factor(_F, _R, "family_conflicts",
            QT_TRANSLATE_NOOP("Domain", "Serious conflicts in the family")),
    _factor(_F, _R, "parental_crime_or_abuse",
            QT_TRANSLATE_NOOP("Domain", "Parent with crime or substance abuse")),
    _factor(_F, _R, "harsh_or_inconsistent_parenting",
            QT_TRANSLATE_NOOP("Domain", "Harsh or inconsistent parenting")),
    _factor(_F, _PR, "parental_supervision",
            QT_TRANSLATE_NOOP("Domain", "Parents know where and with whom the young person is")),
    _factor(_F, _PR, "close_relationship_with_parent",
            QT_TRANSLATE_NOOP("Domain", "Close relationship with a parent")),
    _factor(_S, _R, "truancy",
            QT_TRANSLATE_NOOP("Domain", "Truancy")),
    _factor(_S, _R, "low_attainment",
            QT_TRANSLATE_NOOP("Domain", "Low attainment at school")),
    _factor(_S, _R, "behaviour_problems_at_school",
            QT_TRANSLATE_NOOP("Domain", "Behaviour problems at school")),
    _factor(_S, _PR, "attachment_to_school",
            QT_TRANSLATE_NOOP("Domain", "Attachment to school")),
    _factor(_S, _PR, "trusted_adult_at_school",
            QT_TRANSLATE_NOOP("Domain", "A trusted adult at school")),
    _factor(_P, _R, "criminal_peers",
            QT_TRANSLATE_NOOP("Domain", "Friends who commit crimes")),
    _factor(_P, _R, "gang_contacts",
            QT_TRANSLATE_NOOP("Domain", "Contacts with a criminal network or gang")),
    _factor(_P, _R, "bullied_or_excluded",
            QT_TRANSLATE_NOOP("Domain", "Bullied or left out by peers")),
    _factor(_P, _PR, "prosocial_friends",
            QT_TRANSLATE_NOOP("Domain", "Friends who do not commit crimes")),
    _factor(_P, _PR, "belonging_to_a_group",
            QT_TRANSLATE_NOOP("Domain", "Belongs to a group with positive activities")),
    _factor(_L, _R, "unstructured_time_in_risky_places",
            QT_TRANSLATE_NOOP("Domain", "Much unsupervised time where crime occurs")),
    _factor(_L, _R, "crime_in_neighbourhood",
            QT_TRANSLATE_NOOP("Domain", "Drugs, weapons or crime common in the neighbourhood")),
    _factor(_L, _PR, "structured_leisure_activity",
            QT_TRANSLATE_NOOP("Domain", "Regular structured leisure activity")),
    _factor(_L, _PR, "trusted_adult_in_community",
            QT_TRANSLATE_NOOP("Domain", "A trusted adult outside the family and school")),
)
# fmt: on

FACTORS_BY_KEY: Mapping[str, FactorDefinition] = MappingProxyType(
    {factor.key: factor for factor in CATALOGUE}
)


def factors_for(domain: LifeDomain, kind: FactorKind | None = None) -> tuple[FactorDefinition, ...]:
    """The catalogue's factors in ``domain`` (of ``kind``, when given), in order."""
    return tuple(
        factor
        for factor in CATALOGUE
        if factor.domain is domain and (kind is None or factor.kind is kind)
    )


class Change(StrEnum):
    """How one factor changed between two assessments."""

    IMPROVED = "improved"
    WORSENED = "worsened"
    UNCHANGED = "unchanged"
    NEWLY_ASSESSED = "newly_assessed"  # not known before, known now
    NO_LONGER_ASSESSED = "no_longer_assessed"  # known before, not known now

    @property
    def label(self) -> Text:
        return _CHANGE_LABELS[self]


_CHANGE_LABELS = {
    Change.IMPROVED: QT_TRANSLATE_NOOP("Domain", "Improved"),
    Change.WORSENED: QT_TRANSLATE_NOOP("Domain", "Worsened"),
    Change.UNCHANGED: QT_TRANSLATE_NOOP("Domain", "Unchanged"),
    Change.NEWLY_ASSESSED: QT_TRANSLATE_NOOP("Domain", "Newly assessed"),
    Change.NO_LONGER_ASSESSED: QT_TRANSLATE_NOOP("Domain", "No longer known"),
}


@dataclass(frozen=True)
class FactorChange:
    """One factor's presence in the older and the newer assessment, and the change."""

    factor: FactorDefinition
    before: FactorPresence
    after: FactorPresence
    change: Change


def classify_change(kind: FactorKind, before: FactorPresence, after: FactorPresence) -> Change:
    """The change of one factor of ``kind`` from ``before`` to ``after``.

    Improved means a risk factor went from present to absent or a protective
    factor from absent to present; worsened is the reverse.
    """
    unknown = FactorPresence.UNKNOWN
    if before is after:
        return Change.UNCHANGED
    if before is unknown:
        return Change.NEWLY_ASSESSED
    if after is unknown:
        return Change.NO_LONGER_ASSESSED
    good = FactorPresence.ABSENT if kind is FactorKind.RISK else FactorPresence.PRESENT
    return Change.IMPROVED if after is good else Change.WORSENED


def compare_assessments(
    older: Mapping[str, FactorPresence],
    newer: Mapping[str, FactorPresence],
    catalogue: Iterable[FactorDefinition] = CATALOGUE,
) -> list[FactorChange]:
    """What changed per factor between two assessments, in catalogue order.

    Every factor named in either assessment is listed; a factor missing from
    one of them counts as not known there. Raises ``InvalidInput`` for a key
    that is not in the catalogue.
    """
    factors = list(catalogue)
    known = {factor.key for factor in factors}
    unknown_keys = sorted((set(older) | set(newer)) - known)
    if unknown_keys:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "The assessment names an unknown factor: {key}.").format(
                key=unknown_keys[0]
            )
        )
    changes = []
    for factor in factors:
        if factor.key not in older and factor.key not in newer:
            continue
        before = older.get(factor.key, FactorPresence.UNKNOWN)
        after = newer.get(factor.key, FactorPresence.UNKNOWN)
        changes.append(
            FactorChange(factor, before, after, classify_change(factor.kind, before, after))
        )
    return changes
