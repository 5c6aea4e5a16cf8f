"""Consent histories for the demo cases, as rows: consents, withdrawals, grounds, disclosures.

Every case gets the history a social worker would have recorded, kept to the
consent rules (``caseflow.domain.consent``) and the programme's rules:

- The parties are the case's agencies as named on the case (the school, the
  police, the youth centre ...), never social services itself.
- Consents come from the young person from the programme's own-consent age,
  and from each guardian with custody while the person is under 18 (also a
  guardian flagged ``no_information``: the flag limits who is told, not who
  decides). The first are given a few days after the referral, before the
  mapping starts; most in writing, some orally and documented by the social
  worker; each valid for the programme's default validity and renewed some
  weeks before it runs out. The young person signs on reaching the
  own-consent age, and anew after turning 18, when the guardians' consents
  and their own earlier one stop counting.
- Open cases are mostly covered today for every party. Quotas (``QUOTAS``)
  give a share of them a history that is not: the consent ran out and was not
  renewed, a consenter withdrew everything, a consenter withdrew for one
  party (usually the police), the police was never included, a guardian never
  consented; and a share whose consent ends within 30 days. The first of each
  is due among the first open cases, so that a small demo shows every kind.
- Closed cases are renewed until the closing and never after, so their
  history ends; one closed because consent was withdrawn (and some that the
  young person declined) ends with the withdrawal.
- Legal grounds: where the police is not covered by consent, now and then
  OSL 10 kap. 18 a § for someone under 21, with a written reason, and the
  disclosure it allowed. Disclosures on consent at some follow-up meetings,
  only where the rules say the party was covered that day.
- ``choose_birthdays`` gives a small share of the young people in open SSPF
  and SIG cases a birth date that makes them 18 within 60 days (with a test
  personnummer for that date), so that the Översikt page has something to
  show.

Every date is before ``today``, and ``recorded_at`` follows the dates, so the
history reads back (recording order) as it happened. The histories are drawn
from a ``random.Random`` of their own, so that they leave the rest of the demo
data as it was, except for the chosen birth dates (their new numbers come from
the generator's ``NumberPool``, which keeps numbers unique). The same seed
gives the same rows.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import Enum

from caseflow.domain import consent as rules
from caseflow.domain.cases import Agency, CaseStatus, ClosingReason
from caseflow.domain.consent import (
    YOUNG_PERSON,
    CaseConsents,
    Consenter,
    Guardian,
    LegalGround,
    Manner,
    Party,
)
from caseflow.domain.personnummer import age_at
from caseflow.domain.programmes import (
    AGE_OF_MAJORITY,
    DEFAULT_RULES,
    Programme,
    ProgrammeRules,
    age_in_range,
    needs_guardian_consent,
    needs_own_consent,
)
from caseflow.services.demo_case import CaseContext
from caseflow.services.demo_plan import CasePlan, NumberPool
from caseflow.services.demo_rows import Batch, Clock, Ids, fill

# Young people who turn 18 soon: a share of the open cases in these programmes.
TURNS_18_PROGRAMMES = (Programme.SSPF, Programme.SIG)
TURNS_18_SHARE = 0.04
TURNS_18_WITHIN_DAYS = 60  # as the Översikt page asks
TURNS_18_DAYS = (3, 57)  # from today, for the birth dates chosen

RENEWED_BEFORE_END_DAYS = (3, 40)
ADULT_CONSENT_DAYS = (0, 21)  # after the 18th birthday
OWN_CONSENT_DAYS = (0, 14)  # after reaching the programme's own-consent age
LATE_SIGNER_SHARE = 0.25  # another guardian signs some days after the first
LATE_SIGNER_DAYS = (1, 6)
ORAL_SHARE = 0.12
ORAL_LATE_SHARE = 0.5  # of the late signers: by phone
NOT_YET_SHARE = 0.5  # received, not yet mapped: consent not in yet
CLOSED_EARLY_WITHOUT_CONSENT = 0.5
DECLINED_WITHDRAWAL_SHARE = 0.5
YOUNG_PERSON_WITHDRAWS = 0.6
ORAL_WITHDRAWAL_SHARE = 0.5  # told the social worker, who notes it
POLICE_WITHDRAWN_SHARE = 0.7
RECENT_WITHDRAWAL_DAYS = 45  # a whole withdrawal in an open case is recent
PARTY_WITHDRAWAL_DAYS = 240
EXPIRED_DAYS_AGO = (2, 80)  # when an expired consent ran out
ENDING_IN_DAYS = (2, 28)  # when an ending consent runs out
GROUND_SHARE = 0.5
GROUND_ID = "osl-10-18a"
DISCLOSURE_SHARE = 0.3


class Situation(Enum):
    """How an open case's consent stands today."""

    COVERED = "covered"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    WITHDRAWN_FOR_PARTY = "withdrawn_for_party"
    NO_POLICE = "no_police"
    GUARDIAN_MISSING = "guardian_missing"
    ENDING_SOON = "ending_soon"


@dataclass(frozen=True)
class Quota:
    """A share of the open cases that can show ``situation``, due from the ``first`` on.

    Expired and ending consents need a case open for about a year, the police
    left out a case with the police and another party, a missing guardian two
    guardians with custody: the shares count such cases only.
    """

    situation: Situation
    share: float
    first: int


QUOTAS = (
    Quota(Situation.EXPIRED, 0.22, 1),
    Quota(Situation.ENDING_SOON, 0.18, 2),
    Quota(Situation.WITHDRAWN_FOR_PARTY, 0.06, 2),
    Quota(Situation.NO_POLICE, 0.045, 3),
    Quota(Situation.WITHDRAWN, 0.03, 5),
    Quota(Situation.GUARDIAN_MISSING, 0.07, 2),
)

INFORMATION = {
    Programme.SSPF: (
        "Skolgång och närvaro, fritid, hälsa och familjesituation samt händelser som "
        "polisen känner till, i den mån det behövs för att samordna insatserna",
        "Uppgifter om {first} som behövs för samverkan i SSPF: skolsituation, fritid, "
        "mående och kontakter med polisen",
    ),
    Programme.SIG: (
        "Uppgifter om {firsts} livssituation, sysselsättning, hälsa, boende och "
        "brottslighet som behövs för att planera och följa upp insatserna",
        "Skolgång eller sysselsättning, hälsa, missbruk och kontakter med polisen",
    ),
    Programme.EXIT: (
        "Uppgifter om hotbild, boende, sysselsättning, hälsa och ekonomi som behövs för "
        "att {first} ska kunna lämna den kriminella miljön",
        "Boende, ekonomi, sysselsättning och säkerhet",
    ),
    Programme.GVI: (
        "Uppgifter om {firsts} situation, stödinsatser och kontakter med polisen som "
        "behövs inom GVI",
        "Sysselsättning, hälsa, fritid och risk för våld",
    ),
}
PURPOSE = {
    Programme.SSPF: "Att socialtjänst, skola, polis och fritid tillsammans ska ge {first} "
    "rätt stöd och förebygga brott",
    Programme.SIG: "Att ge {first} samordnat stöd för att bryta en kriminell utveckling",
    Programme.EXIT: "Att ge {first} stöd att lämna en kriminell livsstil på ett säkert sätt",
    Programme.GVI: "Att erbjuda {first} stöd och en väg bort från gruppvåld",
}
GROUND_REASONS = (
    "Särskilda omständigheter: {first} har vid flera tillfällen setts tillsammans med "
    "personer som polisen misstänker för rekrytering till kriminella nätverk. Uppgiften "
    "behövs för att förebygga att {han} begår brott.",
    "{first} uppges förvara föremål åt äldre personer i en kriminell grupp. Samtycke till "
    "kontakt med polisen saknas; uppgiften lämnas för att förebygga brott.",
    "Oro för att {first} är på väg in i narkotikaförsäljning i {place}. Polisen behöver "
    "uppgiften för att kunna förebygga brott.",
)
GROUND_DISCLOSURES = (
    "Uppgift om oro för att {first} rekryteras till en kriminell grupp",
    "Att {first} har kontakt med socialtjänsten och vad oron gäller",
)
CONSENT_DISCLOSURES = (
    "Vid uppföljningsmötet: hur {first} mår och hur arbetet enligt handlingsplanen går",
    "Att {first} deltar i {programme} och vem som är kontaktperson på socialtjänsten",
    "Uppgifter om {firsts} närvaro och skolsituation inför uppföljningen",
    "Aktuell handlingsplan och vad varje part har åtagit sig",
)


def _days(rng: random.Random, low: date, high: date) -> date:
    """A day from ``low`` to ``high`` (both included)."""
    return low + timedelta(days=rng.randint(0, (high - low).days))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return date(day.year - years, 2, 28)


@dataclass
class _Event:
    """A consent given or a withdrawal, before it becomes rows."""

    day: date
    consenter: Consenter
    parties: tuple[Party, ...]
    withdrawal: bool = False
    manner: Manner = Manner.WRITTEN
    by: str = ""  # documented_by (consent) or received_by (withdrawal)


@dataclass(frozen=True)
class _Form:
    """What every consent of one case says, and the young person's name as recorded."""

    information: str
    purpose: str
    young_person: str


@dataclass
class _Ground:
    party: Party
    day: date
    valid_until: date | None
    reason: str


@dataclass
class _Case:
    """What one case's history is drawn from."""

    context: CaseContext
    parties: tuple[Party, ...]
    consents: CaseConsents  # birth date, guardians and rules; no history
    start: date
    last: date  # the last day anything can be dated: before today, by the closing
    turns_18: date
    own_consent_age: date
    _required: dict[int, tuple[Consenter, ...]] = field(default_factory=dict)

    @property
    def programme_rules(self) -> ProgrammeRules:
        return self.consents.rules

    @property
    def police(self) -> Party | None:
        return next((p for p in self.parties if p.agency is Agency.POLICE), None)

    def required(self, on: date) -> tuple[Consenter, ...]:
        """Who must consent on ``on``, as ``rules.required_consenters`` says, kept per age."""
        age = age_at(self.consents.birth_date, on)
        found = self._required.get(age)
        if found is None:
            own = [YOUNG_PERSON] if needs_own_consent(self.programme_rules, age) else []
            guardians = needs_guardian_consent(self.programme_rules, age)
            found = self._required[age] = (
                *own,
                *(g.consenter for g in self.consents.guardians if guardians and g.has_custody),
            )
        return found


class _Quotas:
    def __init__(self) -> None:
        self.seen: Counter[Situation] = Counter()
        self.given: Counter[Situation] = Counter()

    def due(self, possible: set[Situation]) -> list[Situation]:
        """Of the ``possible`` situations, those owed at this open case, most owed first."""
        owed = []
        for quota in QUOTAS:
            situation = quota.situation
            if situation in possible:
                self.seen[situation] += 1
                if self.seen[situation] >= quota.first:
                    seen_since = self.seen[situation] - quota.first
                    owed.append((1 + quota.share * seen_since - self.given[situation], quota))
        return [q.situation for debt, q in sorted(owed, key=lambda o: -o[0]) if debt >= 1]


class ConsentMaker:
    """Adds each demo case's consent history to the batch; one per run of the generator."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.quotas = _Quotas()
        self.situations: Counter[Situation] = Counter()
        self.grounds = 0
        self._guardians: dict[int, tuple[Guardian, ...]] = {}
        self._known_parties: dict[tuple[str, str], Party] = {}
        self._ground: LegalGround | None = rules.find_ground(
            rules.default_legal_grounds(), GROUND_ID
        )

    # --------------------------------------------------------------- birthdays

    def choose_birthdays(self, cases: Sequence[CasePlan], numbers: NumberPool) -> int:
        """Make a few young people in open SSPF/SIG cases turn 18 within 60 days.

        Only people with one case (their other cases' ages stay as planned),
        and only birth dates that keep the referral age in the programme's
        range; a person with a personnummer gets a new test number for the new
        date. Returns how many were changed.
        """
        today = self.today
        per_person = Counter(id(case.person) for case in cases)
        open_cases = [
            c for c in cases if c.closed_on is None and c.programme in TURNS_18_PROGRAMMES
        ]
        if not open_cases:
            return 0
        already = sum(
            1
            for c in open_cases
            if rules.turns_18_within(c.person.birth_date, today, TURNS_18_WITHIN_DAYS) is not None
        )
        wanted = max(1, round(TURNS_18_SHARE * len(open_cases))) - already
        keyed = [
            ((abs(c.person.age_on(today) - (AGE_OF_MAJORITY - 1)), self.rng.random()), c)
            for c in open_cases
            if per_person[id(c.person)] == 1
            and rules.turns_18_within(c.person.birth_date, today, TURNS_18_WITHIN_DAYS) is None
        ]
        changed = 0
        for _, case in sorted(keyed, key=lambda k: k[0]):
            if changed >= wanted:
                break
            changed += self._turn_18_soon(case, numbers)
        return changed

    def _turn_18_soon(self, case: CasePlan, numbers: NumberPool) -> bool:
        today, referral = self.today, case.referral_date
        programme_rules = DEFAULT_RULES[case.programme]
        soon = today + timedelta(days=TURNS_18_WITHIN_DAYS)

        def fits(day: date) -> bool:
            return (
                day <= referral
                and age_in_range(programme_rules, age_at(day, referral))
                and today < rules.eighteenth_birthday(day) <= soon
            )

        turns = today + timedelta(days=self.rng.randint(*TURNS_18_DAYS))
        born = _years_before(turns, AGE_OF_MAJORITY)
        if not fits(born):
            return False
        person = case.person
        if person.personnummer is not None:
            number = numbers.draw(born, person.sex, fits)
            if number is None:
                return False
            person.personnummer, born = number, number.birth_date
        person.birth_date = born
        person.first_case_age = age_at(born, referral)
        return True

    # ------------------------------------------------------------------ a case

    def add(self, context: CaseContext, batch: Batch, ids: Ids, clock: Clock) -> None:
        """The case's consent history; call right after ``add_case`` and ``add_work``."""
        plan = context.plan
        guardians = self._guardians_of(plan, batch)
        parties = self._parties(context, batch)
        last = min(plan.closed_on or self.today, self.today - timedelta(days=1))
        if not parties or last < plan.referral_date:
            return
        start = self._start(context, last)
        if start is None:
            return
        programme_rules = DEFAULT_RULES[plan.programme]
        birth = plan.person.birth_date
        case = _Case(
            context,
            parties,
            CaseConsents(birth, guardians, programme_rules),
            start,
            last,
            rules.eighteenth_birthday(birth),
            rules.birthday(birth, min(programme_rules.own_consent_from_age, AGE_OF_MAJORITY)),
        )
        events = self._events(case, self._rounds(case, last), last)
        grounds: list[_Ground] = []
        if plan.closed_on is None:
            situation, events = self._open(case, events)
            self.situations[situation] += 1
            grounds = self._grounds(case, situation, events)
        else:
            events = self._closed(case, events)
        self._write(case, events, grounds, batch, ids, clock)

    def _guardians_of(self, plan: CasePlan, batch: Batch) -> tuple[Guardian, ...]:
        """The person's guardians: the rows ``add_person`` has just added, for a first case."""
        person_id = plan.person.id
        if plan.first_of_person:
            found = []
            for row in reversed(batch.rows.get("guardians", [])):
                if row["person_id"] != person_id:
                    break
                found.append(
                    Guardian(row["id"], row["name"], row["has_custody"], row["no_information"])
                )
            if found:
                self._guardians[person_id] = tuple(reversed(found))
        return self._guardians.get(person_id, ())

    def _parties(self, context: CaseContext, batch: Batch) -> tuple[Party, ...]:
        """The case's agencies as ``add_case`` has just added them, without social services."""
        count = len(context.agencies)
        if not count:
            return ()
        rows = batch.rows["case_agencies"][-count:]
        assert all(row["case_id"] == context.plan.id for row in rows)
        found = []
        for row in rows:
            key = (row["agency"], row["name"])
            party = self._known_parties.get(key)
            if party is None:
                party = self._known_parties[key] = Party(Agency(key[0]), key[1])
            if party.agency is not Agency.SOCIAL_SERVICES:
                found.append(party)
        return tuple(found)

    def _start(self, context: CaseContext, last: date) -> date | None:
        """The first consent: after the referral, by the time the mapping starts."""
        rng, plan = self.rng, context.plan
        referral = plan.referral_date
        mapping = context.timeline.first(CaseStatus.MAPPING)
        if mapping is not None:
            start = referral + timedelta(days=rng.randint(1, max(1, (mapping - referral).days)))
        elif plan.closed_on is None:  # received, not mapped yet
            waited = (last - referral).days
            if waited < 1 or rng.random() < NOT_YET_SHARE:
                return None
            start = referral + timedelta(days=rng.randint(1, waited))
        else:  # closed before the mapping started
            if (
                plan.closing_reason is ClosingReason.DECLINED
                or rng.random() < CLOSED_EARLY_WITHOUT_CONSENT
            ):
                return None
            start = referral + timedelta(days=rng.randint(1, max(1, (last - referral).days)))
        return start if start <= last else None

    # ---------------------------------------------------------------- schedule

    def _rounds(self, case: _Case, stop: date) -> list[tuple[date, bool]]:
        """Days on which consent is given, up to ``stop``; True: the young person alone.

        Renewed some weeks before the consent runs out; after the 18th birthday
        the person gives their own, and the renewals count from then. Reaching
        the own-consent age, the young person signs too.
        """
        rng = self.rng
        days: list[date] = []
        day = case.start
        while day <= stop:
            days.append(day)
            following = rules.default_valid_until(case.programme_rules, day) - timedelta(
                days=rng.randint(*RENEWED_BEFORE_END_DAYS)
            )
            following = max(following, day + timedelta(days=1))
            if day < case.turns_18 <= following:
                following = case.turns_18 + timedelta(days=rng.randint(*ADULT_CONSENT_DAYS))
            day = following
        rounds = [(day, False) for day in days]
        own = case.own_consent_age
        if case.start < own <= stop and own < case.turns_18:
            joins = own + timedelta(days=rng.randint(*OWN_CONSENT_DAYS))
            if joins <= stop and not any(own <= day <= joins for day in days):
                rounds.append((joins, True))
                rounds.sort(key=lambda r: r[0])
        return rounds

    def _rounds_until(self, case: _Case, target: date) -> list[tuple[date, bool]]:
        """Rounds whose last one is on ``target``, and none after it."""
        rounds = self._rounds(case, target)
        days = [day for day, alone in rounds if not alone]
        if days[-1] != target:
            if (
                len(days) > 1
                and (target - days[-2]).days < case.programme_rules.consent_validity_days - 1
            ):
                rounds = [r for r in rounds if r[0] != days[-1]]
            rounds.append((target, False))
            rounds.sort(key=lambda r: r[0])
        return rounds

    def _events(self, case: _Case, rounds: list[tuple[date, bool]], stop: date) -> list[_Event]:
        """Who signs on each round; another guardian some days later (by ``stop``)."""
        rng = self.rng
        who = case.context.responsible.display_name
        events: list[_Event] = []
        for day, alone in rounds:
            signers = [c for c in case.required(day) if c.is_young_person or not alone]
            for index, consenter in enumerate(signers):
                signed, manner = day, Manner.WRITTEN
                if index > 0 and not consenter.is_young_person and rng.random() < LATE_SIGNER_SHARE:
                    signed = min(day + timedelta(days=rng.randint(*LATE_SIGNER_DAYS)), stop)
                    if consenter not in case.required(signed):  # turned 18 meanwhile
                        signed = day
                    if rng.random() < ORAL_LATE_SHARE:
                        manner = Manner.ORAL
                elif rng.random() < ORAL_SHARE:
                    manner = Manner.ORAL
                by = who if manner is Manner.ORAL else ""
                events.append(_Event(signed, consenter, case.parties, manner=manner, by=by))
        events.sort(key=lambda e: e.day)
        return events

    # -------------------------------------------------------------- situations

    def _open(self, case: _Case, events: list[_Event]) -> tuple[Situation, list[_Event]]:
        if events:
            for situation in self.quotas.due(self._possible(case)):
                changed = self._apply(situation, case, events)
                if changed is not None:
                    self.quotas.given[situation] += 1
                    return situation, changed
        return Situation.COVERED, events

    def _apply(
        self, situation: Situation, case: _Case, events: list[_Event]
    ) -> list[_Event] | None:
        """The events changed to show ``situation``, or None when the case cannot show it."""
        match situation:
            case Situation.EXPIRED:
                return self._until(case, EXPIRED_DAYS_AGO, ended=True)
            case Situation.ENDING_SOON:
                return self._until(case, ENDING_IN_DAYS, ended=False)
            case Situation.NO_POLICE:
                police = case.police
                if police is None or len(case.parties) < 2:
                    return None
                without = tuple(p for p in case.parties if p != police)
                return [replace(e, parties=without) for e in events]
            case Situation.GUARDIAN_MISSING:
                guardians = [c for c in case.required(self.today) if not c.is_young_person]
                if len(guardians) < 2:
                    return None
                missing = self.rng.choice(guardians)
                return [e for e in events if e.consenter != missing]
            case Situation.WITHDRAWN:
                return self._withdrawn(case, events)
            case Situation.WITHDRAWN_FOR_PARTY:
                return self._withdrawn_for_party(case, events)
            case _:
                return None

    def _possible(self, case: _Case) -> set[Situation]:
        """The situations the case can show, as far as can be told without drawing dates."""
        possible = {Situation.WITHDRAWN}
        if len(case.parties) > 1:
            possible.add(Situation.WITHDRAWN_FOR_PARTY)
            if case.police is not None:
                possible.add(Situation.NO_POLICE)
        if sum(not c.is_young_person for c in case.required(self.today)) > 1:
            possible.add(Situation.GUARDIAN_MISSING)
        if case.start <= self._last_given(case, EXPIRED_DAYS_AGO, ended=True)[1]:
            possible.add(Situation.EXPIRED)
        if case.start <= self._last_given(case, ENDING_IN_DAYS, ended=False)[1]:
            possible.add(Situation.ENDING_SOON)
        return possible

    def _last_given(self, case: _Case, days: tuple[int, int], *, ended: bool) -> tuple[date, date]:
        """The earliest and latest day of a last consent that ends ``days`` before/after today."""
        validity = case.programme_rules.consent_validity_days
        if ended:
            return (
                self.today - timedelta(days=days[1] + validity - 1),
                self.today - timedelta(days=days[0] + validity - 1),
            )
        return (
            self.today + timedelta(days=days[0] - validity + 1),
            self.today + timedelta(days=days[1] - validity + 1),
        )

    def _until(self, case: _Case, days: tuple[int, int], *, ended: bool) -> list[_Event] | None:
        """The last consent given on a day that makes it end ``days`` before or after today."""
        earliest, latest = self._last_given(case, days, ended=ended)
        if case.start > latest:
            return None
        target = _days(self.rng, max(case.start, earliest), latest)
        valid_until = rules.default_valid_until(case.programme_rules, target)
        # A birthday after the last consent would change why the party is not covered.
        horizon = self.today if ended else valid_until
        for birthday in (case.turns_18, case.own_consent_age):
            if target < birthday <= horizon:
                return None
        return self._events(case, self._rounds_until(case, target), target)

    def _consenter_with_events(
        self, case: _Case, events: list[_Event], on: date
    ) -> list[Consenter]:
        """Who must consent on ``on`` and has consented, the young person first."""
        given = {e.consenter for e in events if not e.withdrawal}
        return [c for c in case.required(on) if c in given]

    def _pick(self, candidates: list[Consenter]) -> Consenter:
        if candidates[0].is_young_person and (
            len(candidates) == 1 or self.rng.random() < YOUNG_PERSON_WITHDRAWS
        ):
            return candidates[0]
        guardians = [c for c in candidates if not c.is_young_person] or candidates
        return self.rng.choice(guardians)

    def _withdrawal(
        self, case: _Case, consenter: Consenter, day: date, parties: tuple[Party, ...]
    ) -> _Event:
        manner = Manner.ORAL if self.rng.random() < ORAL_WITHDRAWAL_SHARE else Manner.WRITTEN
        by = case.context.responsible.display_name if manner is Manner.ORAL else ""
        return _Event(day, consenter, parties, withdrawal=True, manner=manner, by=by)

    def _withdrawn(self, case: _Case, events: list[_Event]) -> list[_Event] | None:
        """A consenter withdrew everything lately; the case is still open."""
        yesterday = self.today - timedelta(days=1)
        candidates = self._consenter_with_events(case, events, self.today)
        if not candidates:
            return None
        consenter = self._pick(candidates)
        last_given = max(e.day for e in events if e.consenter == consenter)
        earliest = max(last_given, self.today - timedelta(days=RECENT_WITHDRAWAL_DAYS))
        earliest += timedelta(days=1)
        if earliest > yesterday:
            return None
        day = _days(self.rng, earliest, yesterday)
        return [*events, self._withdrawal(case, consenter, day, ())]

    def _withdrawn_for_party(self, case: _Case, events: list[_Event]) -> list[_Event] | None:
        """A consenter withdrew for one party; their later consents leave it out."""
        if len(case.parties) < 2:
            return None
        rng = self.rng
        police = case.police
        party = (
            police
            if police is not None and rng.random() < POLICE_WITHDRAWN_SHARE
            else rng.choice(case.parties)
        )
        candidates = self._consenter_with_events(case, events, self.today)
        if not candidates:
            return None
        consenter = self._pick(candidates)
        first_given = min(e.day for e in events if e.consenter == consenter)
        earliest = max(first_given, self.today - timedelta(days=PARTY_WITHDRAWAL_DAYS))
        earliest += timedelta(days=1)
        yesterday = self.today - timedelta(days=1)
        if earliest > yesterday:
            return None
        day = _days(rng, earliest, yesterday)
        left = tuple(p for p in case.parties if p != party)
        changed = [
            replace(e, parties=left) if e.consenter == consenter and e.day >= day else e
            for e in events
        ]
        changed.append(self._withdrawal(case, consenter, day, (party,)))
        changed.sort(key=lambda e: e.day)
        return changed

    def _closed(self, case: _Case, events: list[_Event]) -> list[_Event]:
        """A closed case: no renewal after the closing; a withdrawal when that was the reason."""
        reason = case.context.plan.closing_reason
        rng = self.rng
        withdrawn = reason is ClosingReason.CONSENT_WITHDRAWN or (
            reason is ClosingReason.DECLINED and rng.random() < DECLINED_WITHDRAWAL_SHARE
        )
        if not events or not withdrawn:
            return events
        candidates = self._consenter_with_events(case, events, case.last)
        if not candidates:
            return events
        consenter = self._pick(candidates)
        last_given = max(e.day for e in events if e.consenter == consenter)
        earliest = max(last_given + timedelta(days=1), case.last - timedelta(days=14))
        if earliest > case.last:
            return events
        day = _days(rng, earliest, case.last)
        return [*events, self._withdrawal(case, consenter, day, ())]

    def _grounds(self, case: _Case, situation: Situation, events: list[_Event]) -> list[_Ground]:
        """Now and then OSL 10 kap. 18 a § for the police where consent does not cover it."""
        police, ground, rng = case.police, self._ground, self.rng
        # The first case that can have one does, so that every demo shows one.
        if police is None or ground is None or (self.grounds and rng.random() >= GROUND_SHARE):
            return []
        if situation is Situation.NO_POLICE:
            earliest = case.start + timedelta(days=7)
        elif situation is Situation.WITHDRAWN_FOR_PARTY:
            withdrawal = next(e for e in events if e.withdrawal)
            if withdrawal.parties != (police,):
                return []
            earliest = withdrawal.day + timedelta(days=1)
        else:
            return []
        yesterday = self.today - timedelta(days=1)
        if earliest > yesterday:
            return []
        day = _days(rng, earliest, yesterday)
        if not ground.applies(police, age_at(case.consents.birth_date, day)):
            return []
        until = None
        if rng.random() < 0.4:
            until = min(day + timedelta(days=rng.randint(1, 14)), yesterday)
        reason = fill(rng.choice(GROUND_REASONS), case.context.values)
        self.grounds += 1
        return [_Ground(police, day, until, reason)]

    # -------------------------------------------------------------------- rows

    def _write(
        self,
        case: _Case,
        events: list[_Event],
        grounds: list[_Ground],
        batch: Batch,
        ids: Ids,
        clock: Clock,
    ) -> None:
        rng, context = self.rng, case.context
        plan, values = context.plan, context.values
        form = _Form(
            information=fill(rng.choice(INFORMATION[plan.programme]), values),
            purpose=fill(PURPOSE[plan.programme], values),
            young_person=f"{plan.person.first_name} {plan.person.last_name}",
        )
        # Disclosures need the rules' view of the history, to pick days it covered.
        meetings = [d for d in context.timeline.meetings if case.start <= d <= case.last]
        disclose = bool(meetings) and rng.random() < DISCLOSURE_SHARE
        history: list[rules.HistoryItem] = []
        minutes, previous = 0, None
        for event in sorted(events, key=lambda e: e.day):  # withdrawals were added last
            # Recorded in the order given: later on the same day, later in the day.
            minutes = (
                minutes + rng.randint(1, 20)
                if event.day == previous
                else rng.randint(7 * 60, 14 * 60)
            )
            previous = event.day
            recorded_at = clock.at(event.day, minutes)
            if event.withdrawal:
                item: rules.HistoryItem = self._withdrawal_rows(
                    case, form, event, recorded_at, batch, ids
                )
            else:
                item = self._consent_rows(case, form, event, recorded_at, batch, ids)
            if disclose:
                history.append(item)
        for ground in grounds:
            self._write_ground(case, ground, batch, ids, clock)
        if disclose:
            consents = replace(case.consents, history=tuple(history))
            self._disclosures(case, consents, meetings, batch, ids, clock)

    @staticmethod
    def _name(case: _Case, form: _Form, consenter: Consenter) -> str:
        if consenter.is_young_person:
            return form.young_person
        return case.consents.name_of(consenter)

    def _consent_rows(
        self,
        case: _Case,
        form: _Form,
        event: _Event,
        recorded_at: datetime,
        batch: Batch,
        ids: Ids,
    ) -> rules.ConsentRecord:
        record_id = ids.take("consent_records")
        valid_until = rules.default_valid_until(case.programme_rules, event.day)
        batch.add(
            "consent_records",
            id=record_id,
            case_id=case.context.plan.id,
            guardian_id=event.consenter.guardian_id,
            consenter_name=self._name(case, form, event.consenter),
            information=form.information,
            purpose=form.purpose,
            manner=event.manner.value,
            documented_by=event.by,
            given_on=event.day,
            valid_until=valid_until,
            recorded_by=case.context.responsible.id,
            recorded_at=recorded_at,
        )
        for position, party in enumerate(event.parties):
            batch.add(
                "consent_parties",
                record_id=record_id,
                position=position,
                agency=party.agency.value,
                name=party.name,
            )
        return rules.ConsentRecord(
            event.consenter,
            event.parties,
            form.information,
            form.purpose,
            event.day,
            valid_until,
            event.manner,
            event.by,
        )

    def _withdrawal_rows(
        self,
        case: _Case,
        form: _Form,
        event: _Event,
        recorded_at: datetime,
        batch: Batch,
        ids: Ids,
    ) -> rules.Withdrawal:
        withdrawal_id = ids.take("consent_withdrawals")
        batch.add(
            "consent_withdrawals",
            id=withdrawal_id,
            case_id=case.context.plan.id,
            guardian_id=event.consenter.guardian_id,
            consenter_name=self._name(case, form, event.consenter),
            withdrawn_on=event.day,
            manner=event.manner.value,
            received_by=event.by,
            recorded_by=case.context.responsible.id,
            recorded_at=recorded_at,
        )
        for position, party in enumerate(event.parties):
            batch.add(
                "withdrawal_parties",
                withdrawal_id=withdrawal_id,
                position=position,
                agency=party.agency.value,
                name=party.name,
            )
        return rules.Withdrawal(event.consenter, event.day, event.parties, event.manner, event.by)

    def _write_ground(
        self, case: _Case, ground: _Ground, batch: Batch, ids: Ids, clock: Clock
    ) -> None:
        rng, context = self.rng, case.context
        ground_id = ids.take("recorded_legal_grounds")
        recorded_at = clock.working(rng, ground.day)
        batch.add(
            "recorded_legal_grounds",
            id=ground_id,
            case_id=context.plan.id,
            ground_id=GROUND_ID,
            reason=ground.reason,
            agency=ground.party.agency.value,
            party_name=ground.party.name,
            recorded_on=ground.day,
            valid_until=ground.valid_until,
            recorded_by=context.responsible.id,
            recorded_at=recorded_at,
        )
        self._disclosure(
            case,
            ground.party,
            fill(rng.choice(GROUND_DISCLOSURES), context.values),
            ground.day,
            ground_id,
            batch,
            ids,
            clock,
        )

    def _disclosures(
        self,
        case: _Case,
        consents: CaseConsents,
        meetings: list[date],
        batch: Batch,
        ids: Ids,
        clock: Clock,
    ) -> None:
        """At one or two follow-up meetings, what a covered party was told."""
        rng, context = self.rng, case.context
        for day in rng.sample(meetings, min(len(meetings), rng.randint(1, 2))):
            party = rng.choice(case.parties)
            if not rules.coverage(consents, party, day).by_consent:
                continue
            what = fill(rng.choice(CONSENT_DISCLOSURES), context.values)
            self._disclosure(case, party, what, day, None, batch, ids, clock)

    def _disclosure(
        self,
        case: _Case,
        party: Party,
        what: str,
        day: date,
        ground_id: int | None,
        batch: Batch,
        ids: Ids,
        clock: Clock,
    ) -> None:
        batch.add(
            "disclosures",
            id=ids.take("disclosures"),
            case_id=case.context.plan.id,
            agency=party.agency.value,
            party_name=party.name,
            what=what,
            disclosed_on=day,
            basis="consent" if ground_id is None else "legal_ground",
            legal_ground_id=ground_id,
            recorded_by=case.context.responsible.id,
            recorded_at=clock.at(day, 15 * 60 + 30),
        )
