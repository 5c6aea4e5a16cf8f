"""Property-based tests of the consent rules over dates, ages and histories."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import assume, given
from hypothesis import strategies as st

from caseflow.domain.cases import Agency
from caseflow.domain.consent import (
    YOUNG_PERSON,
    CaseConsents,
    Consenter,
    ConsentRecord,
    Coverage,
    Guardian,
    HistoryItem,
    Party,
    RecordedGround,
    Withdrawal,
    birthday,
    consent_matrix,
    coverage,
    covered_by_consent,
    default_legal_grounds,
    eighteenth_birthday,
    expiring_consents,
    required_consenters,
    standing_consent,
)
from caseflow.domain.consent_texts import (
    COVERED_BY_CONSENT,
    COVERED_BY_GROUND,
    GUARDIAN_ENDED,
    GUARDIAN_NOT_CONSENTED,
    GUARDIAN_WITHDREW,
    NO_CONSENT,
    NO_GUARDIAN_WITH_CUSTODY,
    NOBODY_CAN_CONSENT,
    TURNED_18,
    YOUNG_PERSON_ENDED,
    YOUNG_PERSON_NOT_CONSENTED,
    YOUNG_PERSON_WITHDREW,
)
from caseflow.domain.personnummer import age_at
from caseflow.domain.programmes import ProgrammeRules
from caseflow.domain.text import Text
from tests.domain.test_consent_helpers import SSPF
from tests.domain.test_consent_texts import sv

DAY = timedelta(days=1)
PARTIES = (
    Party(Agency.SCHOOL, "Vasaskolan"),
    Party(Agency.SCHOOL, "Östra skolan"),
    Party(Agency.POLICE),
    Party(Agency.LEISURE, "Fritidsgården Navet"),
)
NAMES = {1: "Anna Berg", 2: "Erik Berg", 3: "Sara Holm", 4: "Olle Lind"}

COVERED_SOURCES = {COVERED_BY_CONSENT.source, COVERED_BY_GROUND.source}
MISSING_SOURCES = {
    text.source
    for text in (
        YOUNG_PERSON_NOT_CONSENTED,
        GUARDIAN_NOT_CONSENTED,
        YOUNG_PERSON_ENDED,
        GUARDIAN_ENDED,
        YOUNG_PERSON_WITHDREW,
        GUARDIAN_WITHDREW,
        TURNED_18,
        NO_CONSENT,
        NO_GUARDIAN_WITH_CUSTODY,
        NOBODY_CAN_CONSENT,
    )
}

# ----------------------------------------------------------------- strategies

births = st.dates(date(1995, 1, 1), date(2020, 12, 31))
rules_strategy = st.builds(
    lambda own, guardians: replace(
        SSPF, own_consent_from_age=own, guardian_consent_under_18=guardians
    ),
    st.integers(0, 20),
    st.booleans() | st.just(True),
)
guardians_strategy = st.lists(
    st.builds(
        lambda gid, custody, secret: Guardian(gid, NAMES[gid], custody, secret),
        st.integers(1, 3),
        st.booleans() | st.just(True),
        st.booleans(),
    ),
    max_size=3,
    unique_by=lambda g: g.id,
).map(tuple)
# Guardian 4 is never registered: consents from someone no longer a guardian.
consenters = st.sampled_from([YOUNG_PERSON, *(Consenter(gid, NAMES[gid]) for gid in NAMES)])
party_sets = st.lists(st.sampled_from(PARTIES), min_size=1, max_size=3, unique=True).map(tuple)


@st.composite
def records(
    draw: st.DrawFn, around: date, who: st.SearchStrategy[Consenter] = consenters
) -> ConsentRecord:
    given_on = around + draw(st.integers(-800, 200)) * DAY
    return ConsentRecord(
        draw(who),
        draw(party_sets),
        "School attendance",
        "Joint action plan",
        given_on,
        given_on + draw(st.integers(0, 800)) * DAY,
    )


@st.composite
def withdrawals(draw: st.DrawFn, around: date) -> Withdrawal:
    parties = draw(st.just(()) | party_sets)
    return Withdrawal(draw(consenters), around + draw(st.integers(-800, 200)) * DAY, parties)


@st.composite
def grounds(draw: st.DrawFn, around: date) -> RecordedGround:
    recorded_on = around + draw(st.integers(-30, 30)) * DAY
    span = draw(st.none() | st.integers(0, 60))
    return RecordedGround(
        draw(st.sampled_from(default_legal_grounds())),
        "A written reason",
        recorded_on,
        draw(st.sampled_from(PARTIES)),
        None if span is None else recorded_on + span * DAY,
    )


@st.composite
def rounds(
    draw: st.DrawFn, around: date, guardians: tuple[Guardian, ...], party: Party
) -> list[ConsentRecord]:
    """One consent form signed by the young person and every guardian on one day."""
    record = draw(records(around))
    if draw(st.booleans()):
        record = replace(record, parties=(party, *record.parties))
    who = [YOUNG_PERSON, *(g.consenter for g in guardians)]
    return [replace(record, consenter=consenter) for consenter in who]


@st.composite
def situations(draw: st.DrawFn) -> tuple[CaseConsents, Party, date]:
    """A case, a party and a date to ask about, with a history around that date.

    The history mixes whole consent rounds (so that parties are often
    covered) with single consents and withdrawals, in a random order.
    """
    birth = draw(births)
    # Mostly the ages the programmes work with, sometimes any age.
    age_days = draw(st.integers(12 * 365, 20 * 365) | st.integers(0, 30 * 365))
    on_date = birth + age_days * DAY
    guardians = draw(guardians_strategy.filter(bool) | guardians_strategy)
    party = draw(st.sampled_from(PARTIES))
    signed = draw(st.lists(rounds(on_date, guardians, party), max_size=3))
    history: list[HistoryItem] = [record for round_ in signed for record in round_]
    history += draw(st.lists(records(on_date), max_size=4))
    history += draw(st.lists(withdrawals(on_date), max_size=3))
    case = CaseConsents(
        birth,
        guardians,
        draw(rules_strategy),
        tuple(draw(st.permutations(history))),
        tuple(draw(st.lists(grounds(on_date), max_size=2))),
    )
    return case, party, on_date


def _with(case: CaseConsents, item: HistoryItem, position: int) -> CaseConsents:
    history = list(case.history)
    history.insert(position % (len(history) + 1), item)
    return replace(case, history=tuple(history))


def _shown(result: Coverage) -> tuple[object, ...]:
    """What a user sees of a coverage: the answer, the reasons and every cell."""
    return (
        result.covered,
        result.by_consent,
        result.grounds,
        [r.render() for r in result.reasons],
        [(c.consenter, c.status, c.reason.render(), c.record) for c in result.consenters],
    )


def _consent_possible(case: CaseConsents, on_date: date) -> bool:
    """Whether consent can cover anything on the day (someone asked, custody known)."""
    age = age_at(case.birth_date, on_date)
    guardians_needed = case.rules.guardian_consent_under_18 and age < 18
    custody_known = any(g.has_custody for g in case.guardians)
    return bool(required_consenters(case, on_date)) and (custody_known or not guardians_needed)


# ----------------------------------------------------------------- properties


@given(situations())
def test_reasons_are_never_empty_and_say_why(situation: tuple[CaseConsents, Party, date]) -> None:
    case, party, on_date = situation
    result = coverage(case, party, on_date)
    sources = [reason.source for reason in result.reasons]
    assert sources
    if result.covered:
        assert sources[0] in COVERED_SOURCES
    else:
        assert set(sources) & MISSING_SOURCES
        assert not set(sources) & COVERED_SOURCES
    assert (COVERED_BY_CONSENT.source in sources) == result.by_consent
    assert (COVERED_BY_GROUND.source in sources) == bool(result.grounds)
    assert result.covered == (result.by_consent or bool(result.grounds))
    # Every reason and every cell renders, in English and through the Swedish proposal.
    for text in (*result.reasons, *(cell.reason for cell in result.consenters)):
        assert text.render() and sv(text)


@given(situations())
def test_covered_by_consent_means_every_required_person_consented(
    situation: tuple[CaseConsents, Party, date],
) -> None:
    case, party, on_date = situation
    result = coverage(case, party, on_date)
    required = required_consenters(case, on_date)
    assert [c.consenter for c in result.consenters if c.required] == list(required)
    assert result.by_consent == (
        _consent_possible(case, on_date) and all(result.cell(who).consented for who in required)
    )
    for cell in result.consenters:
        if cell.consented:
            record = cell.record
            assert record is not None and record.consenter == cell.consenter
            assert record.given_on <= on_date <= record.valid_until and record.names(party)
            assert standing_consent(case, cell.consenter, party, on_date) == record


@given(situations(), withdrawals(date(2020, 1, 1)), st.integers(0, 20), st.integers(-4000, 4000))
def test_adding_a_withdrawal_never_increases_coverage(
    situation: tuple[CaseConsents, Party, date], item: Withdrawal, position: int, shift: int
) -> None:
    case, party, on_date = situation
    item = replace(item, withdrawn_on=on_date + (shift % 900 - 700) * DAY)
    before = coverage(case, party, on_date)
    after = coverage(_with(case, item, position), party, on_date)
    assert not after.covered or before.covered
    assert not after.by_consent or before.by_consent
    for old, new in zip(before.consenters, after.consenters, strict=True):
        assert not new.consented or old.consented


@given(situations(), records(date(2020, 1, 1)), st.integers(0, 20), st.integers(-4000, 4000))
def test_adding_a_consent_never_decreases_coverage(
    situation: tuple[CaseConsents, Party, date], item: ConsentRecord, position: int, shift: int
) -> None:
    case, party, on_date = situation
    length = item.valid_until - item.given_on
    given_on = on_date + (shift % 900 - 700) * DAY
    item = replace(item, given_on=given_on, valid_until=given_on + length)
    before = coverage(case, party, on_date)
    after = coverage(_with(case, item, position), party, on_date)
    assert not before.covered or after.covered
    for old, new in zip(before.consenters, after.consenters, strict=True):
        assert not old.consented or new.consented


@given(situations(), st.integers(0, 400))
def test_a_valid_consent_from_everyone_required_covers(
    situation: tuple[CaseConsents, Party, date], days_left: int
) -> None:
    case, party, on_date = situation
    fresh = [
        ConsentRecord(
            who, (party,), "Everything agreed", "Joint plan", on_date, on_date + days_left * DAY
        )
        for who in required_consenters(case, on_date)
    ]
    before = coverage(case, party, on_date)
    after = coverage(replace(case, history=(*case.history, *fresh)), party, on_date)
    assert not before.covered or after.covered
    assert after.by_consent == _consent_possible(case, on_date)


@given(
    situations(),
    st.lists(records(date(2020, 1, 1)) | withdrawals(date(2020, 1, 1)), max_size=5),
    st.lists(grounds(date(2020, 1, 1)), max_size=2),
    st.integers(1, 3000),
    st.integers(0, 20),
)
def test_nothing_dated_after_the_day_matters(
    situation: tuple[CaseConsents, Party, date],
    later: list[HistoryItem],
    later_grounds: list[RecordedGround],
    days_after: int,
    position: int,
) -> None:
    case, party, on_date = situation
    future = case
    for offset, item in enumerate(later):
        moved = on_date + (days_after + offset) * DAY
        if isinstance(item, ConsentRecord):
            item = replace(item, given_on=moved, valid_until=moved + DAY)
        else:
            item = replace(item, withdrawn_on=moved)
        future = _with(future, item, position + offset)
    moved_grounds = tuple(
        replace(g, recorded_on=on_date + days_after * DAY, valid_until=None) for g in later_grounds
    )
    future = replace(future, grounds=(*future.grounds, *moved_grounds))
    assert _shown(coverage(future, party, on_date)) == _shown(coverage(case, party, on_date))


def _in_force_only(case: CaseConsents, on_date: date) -> CaseConsents:
    """What the statistics load for a day: consents in force then, withdrawals up to it."""
    kept = tuple(
        item
        for item in case.history
        if (
            item.given_on <= on_date <= item.valid_until
            if isinstance(item, ConsentRecord)
            else item.withdrawn_on <= on_date
        )
    )
    return replace(case, history=kept, grounds=())


@given(situations())
def test_the_quick_answer_is_the_coverage_and_needs_only_what_is_in_force(
    situation: tuple[CaseConsents, Party, date],
) -> None:
    case, party, on_date = situation
    expected = coverage(case, party, on_date).by_consent
    assert covered_by_consent(case, party, on_date) == expected
    assert covered_by_consent(_in_force_only(case, on_date), party, on_date) == expected


@given(
    births,
    rules_strategy,
    guardians_strategy.filter(lambda gs: any(g.has_custody for g in gs)),
    st.integers(1, 700),
    st.integers(0, 900),
    st.sampled_from(PARTIES),
)
def test_guardians_consents_stop_counting_exactly_on_the_18th_birthday(
    birth: date,
    rules: ProgrammeRules,
    guardians: tuple[Guardian, ...],
    days_before: int,
    days_after: int,
    party: Party,
) -> None:
    rules = replace(rules, guardian_consent_under_18=True)
    turns_18 = eighteenth_birthday(birth)
    given_on = turns_18 - days_before * DAY
    everyone = [YOUNG_PERSON, *(g.consenter for g in guardians)]
    history = tuple(
        ConsentRecord(
            who, (party,), "Everything agreed", "Joint plan", given_on, turns_18 + days_after * DAY
        )
        for who in everyone
    )
    case = CaseConsents(birth, guardians, rules, history)
    assert coverage(case, party, turns_18 - DAY).covered
    on_the_day = coverage(case, party, turns_18)
    assert not on_the_day.covered
    assert [r.render() for r in on_the_day.reasons] == [
        f"Turned 18 on {turns_18.isoformat()}: their own consent is needed"
    ]
    assert [c.required for c in on_the_day.consenters] == [True] + [False] * len(guardians)
    # A consent the person gives on the birthday covers from that very day.
    adult = ConsentRecord(YOUNG_PERSON, (party,), "Everything", "Joint plan", turns_18, turns_18)
    assert coverage(replace(case, history=(*history, adult)), party, turns_18).covered


@given(births, st.integers(0, 120))
def test_birthdays_agree_with_age_at(birth: date, years: int) -> None:
    assume(birth.year + years <= 9999)
    day = birthday(birth, years)
    assert age_at(birth, day) == years
    if years:
        assert age_at(birth, day - DAY) == years - 1


@given(situations())
def test_the_matrix_is_the_coverage_of_each_party(
    situation: tuple[CaseConsents, Party, date],
) -> None:
    case, _, on_date = situation
    matrix = consent_matrix(case, PARTIES, on_date)
    assert [_shown(row) for row in matrix.rows] == [
        _shown(coverage(case, party, on_date)) for party in PARTIES
    ]
    assert [c.consenter for c in matrix.columns] == list(case.consenters())
    required = required_consenters(case, on_date)
    assert [c.consenter for c in matrix.columns if c.required] == list(required)


@given(situations(), st.integers(0, 60))
def test_expiring_consents_are_standing_and_end_within_the_window(
    situation: tuple[CaseConsents, Party, date], within: int
) -> None:
    case, _, today = situation
    required = required_consenters(case, today)
    for alert in expiring_consents(case, today, within):
        assert alert.consenter in required
        assert today <= alert.valid_until <= today + within * DAY
        for party in alert.parties:
            assert standing_consent(case, alert.consenter, party, today) == alert.record
    assert isinstance(case.who(YOUNG_PERSON), Text)
