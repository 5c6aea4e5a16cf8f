"""Read consent histories from the database into the rules' ``CaseConsents``.

One loader serves one case (the Samtycke tab, the disclosure gate) and many
(the Översikt alerts over every active case of a user): seven queries in all,
never seven per case.
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from caseflow.domain import consent as rules
from caseflow.domain.cases import Agency
from caseflow.domain.consent import CaseConsents, Manner, Party
from caseflow.domain.programmes import Programme, ProgrammeRules
from caseflow.services import programme_config
from caseflow.storage.models import (
    Case,
    ConsentParty,
    ConsentRecord,
    ConsentWithdrawal,
    Guardian,
    Person,
    RecordedLegalGround,
    WithdrawalParty,
)


def load_case_consents(session: Session, case_ids: Select[Any]) -> dict[int, CaseConsents]:
    """The rules' view (``CaseConsents``) of every case ``case_ids`` selects.

    The same values ``services.consent.case_consents`` builds for one case,
    in seven queries for all of them instead of seven per case: the alerts
    look at every active case of a user, and a user can have thousands.
    """
    cases = session.execute(
        select(Case.id, Case.programme, Case.person_id, Person.birth_date)
        .join(Person, Person.id == Case.person_id)
        .where(Case.id.in_(case_ids))
    ).all()
    if not cases:
        return {}
    guardians: dict[int, list[rules.Guardian]] = {}
    for row in session.execute(
        select(
            Guardian.id,
            Guardian.person_id,
            Guardian.name,
            Guardian.has_custody,
            Guardian.no_information,
        )
        .where(Guardian.person_id.in_(select(Case.person_id).where(Case.id.in_(case_ids))))
        .order_by(Guardian.id)
    ):
        guardians.setdefault(row.person_id, []).append(
            rules.Guardian(row.id, row.name, row.has_custody, row.no_information)
        )
    history = _histories(session, case_ids)
    grounds = _recorded_grounds(session, case_ids)
    programme_rules: dict[str, ProgrammeRules] = {}
    found: dict[int, CaseConsents] = {}
    for case_id, programme, person_id, birth_date in cases:
        if programme not in programme_rules:
            programme_rules[programme] = programme_config.rules_for(session, Programme(programme))
        found[case_id] = CaseConsents(
            birth_date=birth_date,
            guardians=tuple(guardians.get(person_id, ())),
            rules=programme_rules[programme],
            history=tuple(item for _, _, _, item in sorted(history.get(case_id, []))),
            grounds=tuple(grounds.get(case_id, ())),
        )
    return found


_Entry = tuple[datetime, int, int, "rules.HistoryItem"]


@functools.lru_cache(maxsize=4096)
def party_of(agency: str, name: str | None) -> Party:
    """A party as stored: its kind and optional name."""
    return Party(Agency(agency), name or "")


def consenter_of(guardian_id: int | None, name: str) -> rules.Consenter:
    """The young person (no guardian id) or the guardian who gave or withdrew consent."""
    return rules.Consenter(guardian_id, name) if guardian_id is not None else rules.YOUNG_PERSON


def _histories(session: Session, case_ids: Select[Any]) -> dict[int, list[_Entry]]:
    """Consents and withdrawals per case, keyed for the recording order (as one case's are)."""
    consent_parties: dict[int, list[Party]] = {}
    for record_id, agency, name in session.execute(
        select(ConsentParty.record_id, ConsentParty.agency, ConsentParty.name)
        .join(ConsentRecord, ConsentRecord.id == ConsentParty.record_id)
        .where(ConsentRecord.case_id.in_(case_ids))
        .order_by(ConsentParty.record_id, ConsentParty.position)
    ):
        consent_parties.setdefault(record_id, []).append(party_of(agency, name))
    withdrawal_parties: dict[int, list[Party]] = {}
    for withdrawal_id, agency, name in session.execute(
        select(WithdrawalParty.withdrawal_id, WithdrawalParty.agency, WithdrawalParty.name)
        .join(ConsentWithdrawal, ConsentWithdrawal.id == WithdrawalParty.withdrawal_id)
        .where(ConsentWithdrawal.case_id.in_(case_ids))
        .order_by(WithdrawalParty.withdrawal_id, WithdrawalParty.position)
    ):
        withdrawal_parties.setdefault(withdrawal_id, []).append(party_of(agency, name))

    history: dict[int, list[_Entry]] = {}
    for r in session.execute(
        select(
            ConsentRecord.id,
            ConsentRecord.case_id,
            ConsentRecord.guardian_id,
            ConsentRecord.consenter_name,
            ConsentRecord.information,
            ConsentRecord.purpose,
            ConsentRecord.given_on,
            ConsentRecord.valid_until,
            ConsentRecord.manner,
            ConsentRecord.documented_by,
            ConsentRecord.recorded_at,
        ).where(ConsentRecord.case_id.in_(case_ids))
    ):
        record = rules.ConsentRecord(
            consenter=consenter_of(r.guardian_id, r.consenter_name),
            parties=tuple(consent_parties.get(r.id, ())),
            information=r.information,
            purpose=r.purpose,
            given_on=r.given_on,
            valid_until=r.valid_until,
            manner=Manner(r.manner),
            documented_by=r.documented_by,
            id=r.id,
        )
        history.setdefault(r.case_id, []).append((r.recorded_at, 0, r.id, record))
    for w in session.execute(
        select(
            ConsentWithdrawal.id,
            ConsentWithdrawal.case_id,
            ConsentWithdrawal.guardian_id,
            ConsentWithdrawal.consenter_name,
            ConsentWithdrawal.withdrawn_on,
            ConsentWithdrawal.manner,
            ConsentWithdrawal.received_by,
            ConsentWithdrawal.recorded_at,
        ).where(ConsentWithdrawal.case_id.in_(case_ids))
    ):
        withdrawal = rules.Withdrawal(
            consenter=consenter_of(w.guardian_id, w.consenter_name),
            withdrawn_on=w.withdrawn_on,
            parties=tuple(withdrawal_parties.get(w.id, ())),
            manner=Manner(w.manner),
            received_by=w.received_by,
            id=w.id,
        )
        history.setdefault(w.case_id, []).append((w.recorded_at, 1, w.id, withdrawal))
    return history


def _recorded_grounds(
    session: Session, case_ids: Select[Any]
) -> dict[int, list[rules.RecordedGround]]:
    known = {ground.id: ground for ground in programme_config.legal_grounds(session)}
    grounds: dict[int, list[rules.RecordedGround]] = {}
    for g in session.execute(
        select(
            RecordedLegalGround.id,
            RecordedLegalGround.case_id,
            RecordedLegalGround.ground_id,
            RecordedLegalGround.reason,
            RecordedLegalGround.agency,
            RecordedLegalGround.party_name,
            RecordedLegalGround.recorded_on,
            RecordedLegalGround.valid_until,
        ).where(RecordedLegalGround.case_id.in_(case_ids))
    ):
        if g.ground_id not in known:
            continue  # a ground the unit retired: it no longer covers anything
        grounds.setdefault(g.case_id, []).append(
            rules.RecordedGround(
                ground=known[g.ground_id],
                reason=g.reason,
                recorded_on=g.recorded_on,
                party=party_of(g.agency, g.party_name),
                valid_until=g.valid_until,
                id=g.id,
            )
        )
    return grounds
