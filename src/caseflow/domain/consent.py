"""Consent (samtycke): may a party be told about the young person on a date?

Import everything from here; the parts live in ``consent_records`` (the
values), ``consent_grounds`` (legal grounds without consent), ``consent_rules``
(coverage and the matrix) and ``consent_texts`` (the reasons' sentences). This
module adds the alerts for the Översikt page and who may receive information.

The shape
---------
The rules take one ``CaseConsents`` value (birth date, guardians, the
programme's rules, the whole append-only history of ``ConsentRecord`` and
``Withdrawal`` in recording order, and the ``RecordedGround`` list) plus a
date, rather than seven loose arguments: the service builds it once per case
and asks about any party and any date. ``coverage`` answers for one party,
``consent_matrix`` for the Samtycke tab (parties × consenters, each cell
consented / no valid consent / not required, with its reason). Results are
frozen values, so their sequences are tuples. The guardians are the register
as it is now (custody is not kept as history); consents from someone no
longer registered as a guardian do not count.

The rules in words
------------------
Who must consent on a date depends on the person's age that day
(``age_at``: someone born on 29 February has birthdays on 1 March in other
years) and the programme's rules (``ProgrammeRules``; nothing is hard-coded):

- Under 18: every guardian with custody, while the programme asks for
  guardians' consent; and the young person from the programme's own-consent
  age. A guardian without custody need not consent.
- From 18: only the person themself. Guardians' consents stop counting on the
  18th birthday (the day before they still count). A consent the young person
  gave before 18 does not carry over either: the domain notes say a new
  consent is needed from 18, and the safe reading is that the adult signs
  anew. The reason then reads "Turned 18 on {date}: their own consent is needed".
- A guardian flagged ``no_information`` must still consent when they have
  custody: the right to decide for the child comes with custody, while the
  flag says that nothing about the case may be told to them. So such a
  guardian is never offered as a recipient (``recipients_allowed``), and the
  worker asks for their consent without telling them about the case.
  ``recipients_allowed`` is stricter still: a guardian without custody is not
  offered either (they have no right to the child's information), and no
  guardian is once the person is 18.
- A young person under the own-consent age is not asked; a withdrawal they
  make then does not change coverage (the history still shows it; a
  municipality that wants their word to count earlier lowers the age).
- When nobody is asked (the programme does not ask guardians and the young
  person is under the own-consent age) or guardians are asked but none with
  custody is registered, no consent can cover a party: only a legal ground.

A consent counts on a date when it was given on or before that date, is
valid until on or after it, names the party, and no withdrawal has reached
it. Parties are the same when kind and name match (ignoring case and
spacing); a consent to "Vasaskolan" covers that school, not "the school" in
general. A withdrawal by the same consenter, of everything or naming the
party, reaches the consents given before its date, and those given on its
date but recorded before it; it takes effect on its date. A later consent
restores coverage from its own date. When several consents of one person
count, the one that lasts longest is shown. A consent's default last day is
``default_valid_until`` (the day given counts as day one of the programme's
validity). Nothing dated after the date asked about
counts (consents, withdrawals, grounds), so the rules answer "what did we know
then" as well as "now".

The dates in reasons are the first day without coverage: "Ended 2026-03-01"
for a consent valid until 2026-02-28, a withdrawal's date, the 18th birthday.

A recorded legal ground covers its party from the day recorded to its
``valid_until`` (that day only by default) when the ground applies to the
party's kind and the person's age (OSL 10 kap. 18 a § only to the police,
only under 21).

Reasons are whole translatable sentences, never pieced together from words
(a list of names goes through the translatable patterns "{first} and
{second}" and "{first}, {second}"), so that each reads well in Swedish:
"vårdnadshavare Anna Berg har inte
samtyckt", "samtycket från den unge upphörde 2026-03-01", "återkallat av den
unge 2026-05-10", "fyllde 18 år 2026-04-02: eget samtycke krävs". A covered
party's reasons start with why ("Covered by consent given on 2026-01-10 by
the young person and guardian Anna Berg"); an uncovered party's name what is
missing, one per person, or once "No consent has been given for {party}" when
nobody has ever consented to that party. The list is never empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from caseflow.domain.consent_grounds import (
    LegalGround,
    RecordedGround,
    default_legal_grounds,
    find_ground,
    legal_ground_from_dict,
    legal_ground_to_dict,
)
from caseflow.domain.consent_records import (
    YOUNG_PERSON,
    Consenter,
    ConsentRecord,
    Guardian,
    HistoryItem,
    Manner,
    Party,
    Withdrawal,
    default_valid_until,
    item_date,
)
from caseflow.domain.consent_rules import (
    CaseConsents,
    CellStatus,
    ConsentColumn,
    ConsenterStatus,
    ConsentMatrix,
    Coverage,
    birthday,
    consent_matrix,
    coverage,
    covered_by_consent,
    eighteenth_birthday,
    required_consenters,
    standing_consent,
)
from caseflow.domain.consent_texts import join_names
from caseflow.domain.personnummer import age_at
from caseflow.domain.programmes import AGE_OF_MAJORITY
from caseflow.domain.text import Text

__all__ = [
    "YOUNG_PERSON",
    "CaseConsents",
    "CellStatus",
    "ConsentColumn",
    "ConsentMatrix",
    "ConsentRecord",
    "Consenter",
    "ConsenterStatus",
    "Coverage",
    "ExpiringConsent",
    "Guardian",
    "HistoryItem",
    "LegalGround",
    "Manner",
    "Party",
    "RecordedGround",
    "Withdrawal",
    "birthday",
    "consent_matrix",
    "coverage",
    "covered_by_consent",
    "default_legal_grounds",
    "default_valid_until",
    "eighteenth_birthday",
    "expiring_consents",
    "find_ground",
    "item_date",
    "join_names",
    "legal_ground_from_dict",
    "legal_ground_to_dict",
    "recipients_allowed",
    "required_consenters",
    "standing_consent",
    "turns_18_within",
]


def recipients_allowed(
    guardians: Iterable[Guardian], birth_date: date, on_date: date
) -> tuple[Guardian, ...]:
    """The guardians who may be offered as recipients of information on ``on_date``.

    Never a guardian flagged ``no_information``; never one without custody;
    none at all from the person's 18th birthday.
    """
    if age_at(birth_date, on_date) >= AGE_OF_MAJORITY:
        return ()
    return tuple(g for g in guardians if g.has_custody and not g.no_information)


# ---------------------------------------------------------------------- alerts


@dataclass(frozen=True)
class ExpiringConsent:
    """A consent in force that ends soon and has not been renewed.

    ``parties`` are those for which this consent is the one that counts;
    ``valid_until`` is its last valid day.
    """

    consenter: Consenter
    who: Text
    record: ConsentRecord
    parties: tuple[Party, ...]
    valid_until: date


def expiring_consents(
    case: CaseConsents, today: date, within_days: int = 30
) -> tuple[ExpiringConsent, ...]:
    """Consents that count today and end within ``within_days`` (today included).

    Only consents of people who must consent today, and only where no other
    consent of theirs for the same party lasts longer (a renewed consent is
    not listed). Guardians' consents that stop at the 18th birthday are the
    ``turns_18_within`` alert's business, not this one's.
    """
    last_day = today + timedelta(days=within_days)
    found: dict[tuple[Consenter, ConsentRecord], list[Party]] = {}
    for consenter in required_consenters(case, today):
        for party in _parties_named_by(case, consenter, today):
            record = standing_consent(case, consenter, party, today)
            if record is not None and record.valid_until <= last_day:
                found.setdefault((consenter, record), []).append(party)
    order = {consenter: i for i, consenter in enumerate(case.consenters())}
    expiring = [
        ExpiringConsent(consenter, case.who(consenter), record, tuple(parties), record.valid_until)
        for (consenter, record), parties in found.items()
    ]
    return tuple(sorted(expiring, key=lambda e: (e.valid_until, order[e.consenter])))


def _parties_named_by(case: CaseConsents, consenter: Consenter, today: date) -> list[Party]:
    named = (
        party
        for item in case.history
        if isinstance(item, ConsentRecord)
        and item.consenter == consenter
        and item.given_on <= today
        for party in item.parties
    )
    return list(dict.fromkeys(named))


def turns_18_within(birth_date: date, today: date, days: int = 60) -> date | None:
    """The 18th birthday when it falls from ``today`` to ``days`` days after, else None.

    From that day guardians' consents stop counting and the person's own is needed.
    """
    turns_18 = eighteenth_birthday(birth_date)
    return turns_18 if today <= turns_18 <= today + timedelta(days=days) else None
