"""What a case report may hold for its reader, and on which basis it is handed out.

A follow-up report (uppföljningsrapport) printed for the case file holds the
whole follow-up: case facts, every consent, the factors, the plan, the
meetings with their notes. A report handed to a recipient (the school, the
police) is a disclosure: it may hold only what consent, or a recorded legal
ground, covers for that recipient on the day it is printed
(``caseflow.domain.consent.coverage``).

A consent names the information it covers in free text ("Skolgång och
närvaro, fritid, hälsa ..."), not as categories a program could match, so
the report cannot cut itself to that text. It prints the text on its first
page instead, so that the worker and the reader see the limit, and holds a
fixed, conservative subset that an SSPF or SIG consent normally covers: the
young person's identity, the programme and status, the goals of the joint
plan with their status at each follow-up, the risk and protective factors
about the young person, the meetings whose minutes are approved, and the
actions that social services and the recipient's own kind of agency agreed
to. A recipient copy leaves out (``ReportScope``):

- free text written in the case: the referral reason, assessment summaries
  and factor comments, follow-up summaries, notes on goal statuses, the
  notes and decisions of the minutes, and the journal (the journal is not
  in any copy: its count only, in the file copy);
- the family factors: they describe the guardians and the home, other
  people whose details the young person's consent does not lift (JO 523-2010
  criticised a child's file that held a parent's details);
- other agencies' actions and the people responsible there: each agency
  keeps its own record, and what another party does is its information;
- contact details (the young person's, the parties' contacts) and the other
  parties of the case, consents and legal grounds for other parties, and
  the written reasons for legal grounds;
- minutes that are not approved yet (they can still change).

A protected identity (skyddad identitet) is marked in every copy and its
contact details are never printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from caseflow.domain.assessment import FACTORS_BY_KEY, LifeDomain
from caseflow.domain.cases import Agency
from caseflow.domain.consent import (
    CaseConsents,
    ConsentRecord,
    Coverage,
    Party,
    RecordedGround,
    birthday,
    coverage,
    eighteenth_birthday,
    item_date,
    join_names,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

# Parties that run the case: their actions are in every copy.
OWN_AGENCIES: frozenset[Agency] = frozenset({Agency.SOCIAL_SERVICES})

# Factors about other people than the young person (the guardians, the home).
THIRD_PERSON_DOMAINS: frozenset[LifeDomain] = frozenset({LifeDomain.FAMILY})

RECIPIENT_NAMED = QT_TRANSLATE_NOOP("CaseReport", "{name} ({kind})")
CONSENT_GIVEN = QT_TRANSLATE_NOOP("CaseReport", "consent given on {date} by {names}")
# Consents given on different days, each already a list of names: a comma marks the seam.
CONSENTS_AND = QT_TRANSLATE_NOOP("CaseReport", "{first}, and {second}")
PREPARED_UNDER_CONSENT = QT_TRANSLATE_NOOP(
    "CaseReport", "Prepared for {recipient} under {consents}, valid until {until}."
)
PREPARED_UNDER_GROUND = QT_TRANSLATE_NOOP(
    "CaseReport",
    "Prepared for {recipient} on the legal ground {ground}, recorded on {date}, "
    "valid until {until}.",
)

OMITTED_FREE_TEXT = QT_TRANSLATE_NOOP(
    "CaseReport",
    "Free text written in the case: the referral reason, assessment summaries and "
    "comments, follow-up summaries, notes on goals, and the notes and decisions of minutes.",
)
OMITTED_JOURNAL = QT_TRANSLATE_NOOP("CaseReport", "The journal.")
OMITTED_FAMILY = QT_TRANSLATE_NOOP(
    "CaseReport", "The family factors: they describe the guardians and the home."
)
OMITTED_OTHER_AGENCIES = QT_TRANSLATE_NOOP(
    "CaseReport", "Actions of other agencies and the people responsible there."
)
OMITTED_CONTACTS = QT_TRANSLATE_NOOP(
    "CaseReport",
    "Contact details, the other parties of the case, and consents or legal grounds "
    "that concern other parties.",
)
OMITTED_DRAFT_MINUTES = QT_TRANSLATE_NOOP("CaseReport", "Minutes that are not approved yet.")

_BAD_RECIPIENT = QT_TRANSLATE_NOOP(
    "CaseReport",
    "“{text}” is not a recipient. Write the kind of party, optionally with a name after "
    "a colon, for example “school:Vasaskolan” or “police”. Kinds: {kinds}.",
)


# ------------------------------------------------------------------- recipients


def parse_recipient(text: str) -> Party:
    """A recipient written as ``kind[:name]``: "school:Vasaskolan", "police".

    The kind is a key of ``Agency`` (case and "-" or "_" do not matter);
    raises ``InvalidInput`` that lists the kinds for anything else.
    """
    kind, _, name = text.strip().partition(":")
    key = kind.strip().casefold().replace("-", "_").replace(" ", "_")
    try:
        agency = Agency(key)
    except ValueError:
        kinds = ", ".join(a.value for a in Agency)
        raise InvalidInput(_BAD_RECIPIENT.format(text=text.strip(), kinds=kinds)) from None
    return Party(agency, name)


def recipient_label(party: Party) -> Text:
    """The recipient in a sentence: "Vasaskolan (School)", or the kind alone."""
    if party.name:
        return RECIPIENT_NAMED.format(name=party.name, kind=party.agency.label)
    return party.agency.label


# ------------------------------------------------------------------------ scope


@dataclass(frozen=True)
class ReportScope:
    """What a report for ``recipient`` may hold; no recipient means the case file's copy."""

    recipient: Party | None = None

    @property
    def internal(self) -> bool:
        return self.recipient is None

    @property
    def free_text(self) -> bool:
        """Notes, summaries, comments, decisions and the referral reason."""
        return self.internal

    @property
    def other_parties(self) -> bool:
        """The case's parties and contacts, every consent, withdrawal and legal ground."""
        return self.internal

    def shows_factor(self, key: str) -> bool:
        if self.internal:
            return True
        factor = FACTORS_BY_KEY.get(key)
        return factor is not None and factor.domain not in THIRD_PERSON_DOMAINS

    def shows_action(self, agency: Agency) -> bool:
        """An action of ``agency``: the file copy shows all, a recipient its own kind's."""
        if self.recipient is None:
            return True
        return agency in OWN_AGENCIES or agency is self.recipient.agency

    def shows_minutes(self, approved: bool) -> bool:
        return self.internal or approved

    def shows_contacts(self, protected_identity: bool) -> bool:
        """The young person's contact details: never with a protected identity."""
        return self.internal and not protected_identity

    def omitted(self) -> tuple[Text, ...]:
        """What a recipient copy leaves out, to print on its first page."""
        if self.internal:
            return ()
        return (
            OMITTED_FREE_TEXT,
            OMITTED_JOURNAL,
            OMITTED_FAMILY,
            OMITTED_OTHER_AGENCIES,
            OMITTED_CONTACTS,
            OMITTED_DRAFT_MINUTES,
        )


# ------------------------------------------------------------------------ basis


@dataclass(frozen=True)
class ReportBasis:
    """Why a report may go to its recipient on ``on_date``: consents or legal grounds.

    ``consents`` are the records that count (one per person who must
    consent), ``grounds`` the legal grounds in force; ``valid_until`` is the
    last day the basis lasts if nothing new is recorded. ``statement`` is
    the sentence for the report's first page.
    """

    coverage: Coverage
    consents: tuple[ConsentRecord, ...]
    grounds: tuple[RecordedGround, ...]
    valid_until: date
    statement: Text

    @property
    def by_consent(self) -> bool:
        return self.coverage.by_consent

    @property
    def information(self) -> tuple[str, ...]:
        """The information the consents name, each text once."""
        return tuple(dict.fromkeys(record.information for record in self.consents))

    @property
    def purposes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(record.purpose for record in self.consents))


def report_basis(case: CaseConsents, party: Party, on_date: date) -> ReportBasis | None:
    """The basis for giving ``party`` a report on ``on_date``, or None when there is none.

    Consent is named first when both consent and a legal ground cover the
    party, as the disclosure register records it.
    """
    found = coverage(case, party, on_date)
    if not found.covered:
        return None
    recipient = recipient_label(party)
    known = _known_on(case, on_date)
    if found.by_consent:
        records = tuple(
            cell.record for cell in found.consenters if cell.consented and cell.record is not None
        )
        until = _last_day(known, party, on_date, _consent_ends(known, records), by_consent=True)
        by_day: dict[date, list[Text]] = {}
        for cell in found.consenters:
            if cell.consented and cell.record is not None:
                by_day.setdefault(cell.record.given_on, []).append(case.who(cell.consenter))
        given = [
            CONSENT_GIVEN.format(date=day.isoformat(), names=join_names(names))
            for day, names in sorted(by_day.items())
        ]
        consents = given[0]
        for more in given[1:]:
            consents = CONSENTS_AND.format(first=consents, second=more)
        statement = PREPARED_UNDER_CONSENT.format(
            recipient=recipient, consents=consents, until=until.isoformat()
        )
        return ReportBasis(found, records, found.grounds, until, statement)
    ends = [g.last_day for g in found.grounds]
    until = _last_day(known, party, on_date, ends, by_consent=False)
    ground = max(found.grounds, key=lambda g: (g.last_day, g.recorded_on))
    statement = PREPARED_UNDER_GROUND.format(
        recipient=recipient,
        ground=ground.ground.citation,
        date=ground.recorded_on.isoformat(),
        until=until.isoformat(),
    )
    return ReportBasis(found, (), found.grounds, until, statement)


def _known_on(case: CaseConsents, on_date: date) -> CaseConsents:
    """The case as known on ``on_date``: later records do not extend the basis."""
    return replace(
        case,
        history=tuple(item for item in case.history if item_date(item) <= on_date),
        grounds=tuple(g for g in case.grounds if g.recorded_on <= on_date),
    )


def _consent_ends(case: CaseConsents, records: Iterable[ConsentRecord]) -> list[date]:
    """The days a consent basis may stop after: each consent's end, and birthdays.

    Guardians' consents stop at 18; a young person who need not consent now
    must from the programme's own-consent age.
    """
    ends = [record.valid_until for record in records]
    ends.append(eighteenth_birthday(case.birth_date) - timedelta(days=1))
    ends.append(birthday(case.birth_date, case.rules.own_consent_from_age) - timedelta(days=1))
    return ends


def _last_day(
    case: CaseConsents, party: Party, on_date: date, candidates: Sequence[date], by_consent: bool
) -> date:
    """The first candidate day after which the rules no longer cover ``party``.

    The rules decide, not this module: each candidate is tried in order.
    """
    for day in sorted({d for d in candidates if d >= on_date}):
        after = coverage(case, party, day + timedelta(days=1))
        if not (after.by_consent if by_consent else after.covered):
            return day
    return max(candidates, default=on_date)


# ----------------------------------------------------------------- consent state

IN_FORCE = QT_TRANSLATE_NOOP("CaseReport", "In force")
IN_FORCE_FOR = QT_TRANSLATE_NOOP("CaseReport", "In force for {parties}")
NO_LONGER_GUARDIAN = QT_TRANSLATE_NOOP("CaseReport", "No longer registered as a guardian")


def consent_state(case: CaseConsents, record: ConsentRecord, on_date: date) -> Text:
    """How one recorded consent stands on ``on_date``, in a few words.

    The rules decide: the record is judged alone with every withdrawal, so
    "In force" means it would cover its parties by itself; otherwise the
    rules' own short reason ("Withdrawn 2026-05-10", "Ended 2026-03-01",
    "Not required before age 15") says why not.
    """
    if all(c != record.consenter for c in case.consenters()):
        return NO_LONGER_GUARDIAN
    alone = replace(
        case,
        history=tuple(item for item in case.history if item == record or _is_withdrawal(item)),
        grounds=(),
    )
    in_force: list[Party] = []
    reason: Text | None = None
    for party in record.parties:
        cell = coverage(alone, party, on_date).cell(record.consenter)
        if cell.consented:
            in_force.append(party)
        elif reason is None:
            reason = cell.reason
    if reason is None:
        return IN_FORCE
    if in_force:
        labels = [p.label if isinstance(p.label, Text) else _plain(p.label) for p in in_force]
        return IN_FORCE_FOR.format(parties=join_names(labels))
    return reason


def _is_withdrawal(item: object) -> bool:
    return not isinstance(item, ConsentRecord)


def _plain(value: str) -> Text:
    """Data (a party's name) as a ``Text`` that renders as it is."""
    return Text("CaseReport", "{value}").format(value=value)
