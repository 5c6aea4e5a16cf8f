"""The consent gate for demo meetings: who may be recorded as present, and for which case.

A demo case's consent rows are in the batch, just written by
``demo_consent``; ``ConsentReader`` turns them into the rules' view
(``CaseConsents``) as ``services.consent_loading`` does from the database,
and ``CaseCoverage`` asks the rules (``participation_coverage``) whether a
participant's party is covered on a meeting date. Coverage changes only on
the days consents are given, run out or are withdrawn, legal grounds begin
or end, and birthdays: between those days one answer serves every meeting
of the case, so the rules are asked once per party and period.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime, timedelta

from caseflow.domain import consent as consent_rules
from caseflow.domain import meetings as rules
from caseflow.domain.consent import CaseConsents, Party
from caseflow.domain.personnummer import age_at
from caseflow.domain.programmes import DEFAULT_RULES
from caseflow.services.consent_loading import consenter_of, party_of
from caseflow.services.demo_case import CaseContext
from caseflow.services.demo_rows import Batch


class ConsentReader:
    """Reads each case's consent history from the batch; one per run of the generator."""

    def __init__(self) -> None:
        # A person's guardians are written with their first case, maybe in an earlier batch.
        self._guardians: dict[int, tuple[consent_rules.Guardian, ...]] = {}
        self._grounds = {g.id: g for g in consent_rules.default_legal_grounds()}

    def read(self, context: CaseContext, batch: Batch) -> CaseConsents:
        """The rules' view of the case's consent rows; call right after ``demo_consent``."""
        plan = context.plan
        if plan.first_of_person:
            self._guardians[plan.person.id] = tuple(
                consent_rules.Guardian(r["id"], r["name"], r["has_custody"], r["no_information"])
                for r in batch.trailing("guardians", "person_id", plan.person.id)
            )
        history: list[tuple[datetime, int, int, consent_rules.HistoryItem]] = []
        records = batch.trailing("consent_records", "case_id", plan.id)
        if records:
            parties = _parties(batch, "consent_parties", "record_id", {r["id"] for r in records})
            for r in records:
                record = consent_rules.ConsentRecord(
                    consenter_of(r["guardian_id"], r["consenter_name"]),
                    parties.get(r["id"], ()),
                    r["information"],
                    r["purpose"],
                    r["given_on"],
                    r["valid_until"],
                    consent_rules.Manner(r["manner"]),
                    r["documented_by"],
                    r["id"],
                )
                history.append((r["recorded_at"], 0, r["id"], record))
        withdrawals = batch.trailing("consent_withdrawals", "case_id", plan.id)
        if withdrawals:
            ids = {w["id"] for w in withdrawals}
            parties = _parties(batch, "withdrawal_parties", "withdrawal_id", ids)
            for w in withdrawals:
                withdrawal = consent_rules.Withdrawal(
                    consenter_of(w["guardian_id"], w["consenter_name"]),
                    w["withdrawn_on"],
                    parties.get(w["id"], ()),
                    consent_rules.Manner(w["manner"]),
                    w["received_by"],
                    w["id"],
                )
                history.append((w["recorded_at"], 1, w["id"], withdrawal))
        grounds = tuple(
            consent_rules.RecordedGround(
                self._grounds[g["ground_id"]],
                g["reason"],
                g["recorded_on"],
                party_of(g["agency"], g["party_name"]),
                g["valid_until"],
                id=g["id"],
            )
            for g in batch.trailing("recorded_legal_grounds", "case_id", plan.id)
        )
        return CaseConsents(
            plan.person.birth_date,
            self._guardians.get(plan.person.id, ()),
            DEFAULT_RULES[plan.programme],
            # In recording order, as the loader sorts them.
            tuple(item for *_, item in sorted(history, key=lambda h: h[:3])),
            grounds,
        )


def _parties(batch: Batch, table: str, key: str, owners: set[int]) -> dict[int, tuple[Party, ...]]:
    """The parties the rows just added to ``table`` give ``owners``, in position order."""
    found: dict[int, list[Party]] = {}
    rows = batch.trailing(table, key, owners)
    for row in sorted(rows, key=lambda r: (r[key], r["position"])):
        found.setdefault(row[key], []).append(party_of(row["agency"], row["name"]))
    return {owner: tuple(parties) for owner, parties in found.items()}


class CaseCoverage:
    """Whether a participant may be recorded as present for one case, on any date."""

    def __init__(self, consents: CaseConsents) -> None:
        self.consents = consents
        self._named: set[Party] = set()
        changes: set[date] = set()
        for item in consents.history:
            if isinstance(item, consent_rules.ConsentRecord):
                self._named.update(item.parties)
                changes.update((item.given_on, item.valid_until + timedelta(days=1)))
            else:
                changes.add(item.withdrawn_on)
        for ground in consents.grounds:
            self._named.add(ground.party)
            changes.update((ground.recorded_on, ground.last_day + timedelta(days=1)))
        self._changes = sorted(changes)
        self._covered: dict[tuple[Party, int, int], bool] = {}

    def covered(self, participant: rules.Participant, day: date) -> bool:
        """True when the rules let the participant be recorded as present on ``day``."""
        party = participant.party
        if participant.agency in rules.OWN_AGENCIES:
            return True
        if party not in self._named:
            return False  # no consent or legal ground ever named the party
        key = (party, bisect_right(self._changes, day), age_at(self.consents.birth_date, day))
        found = self._covered.get(key)
        if found is None:
            found = rules.participation_coverage(participant, self.consents, day).covered
            self._covered[key] = found
        return found
