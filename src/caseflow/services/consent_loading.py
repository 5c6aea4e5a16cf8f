"""Read consent histories from the database into the rules' ``CaseConsents``.

One loader serves one case (the Samtycke tab, the disclosure gate) and many
(the Översikt alerts over every active case of a user): seven queries in all,
never seven per case.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, select
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


def load_case_consents(
    session: Session, case_ids: Select[Any], in_force_on: date | None = None
) -> dict[int, CaseConsents]:
    """The rules' view (``CaseConsents``) of every case ``case_ids`` selects.

    The same values ``services.consent.case_consents`` builds for one case,
    in seven queries for all of them instead of seven per case: the alerts
    look at every active case of a user, and a user can have thousands.

    With ``in_force_on``, only what can make a case covered by consent that
    day: the consents in force then and the withdrawals up to it, no legal
    grounds, and no names or free text (``WITHHELD`` in their place: the
    rules decide by guardian ids, dates and parties). Enough for
    ``covered_by_consent`` on that day, a fraction of the history for the
    statistics, which ask it of every open case, and all a manager may read
    (on a server they have no privilege on the rest).
    """
    withheld = in_force_on is not None
    cases = (
        session.connection()
        .execute(
            select(Case.id, Case.programme, Case.person_id, Person.birth_date)
            .join(Person, Person.id == Case.person_id)
            .where(Case.id.in_(case_ids))
        )
        .all()
    )
    if not cases:
        return {}
    guardians: dict[int, list[rules.Guardian]] = {}
    for row in session.connection().execute(
        select(
            Guardian.id,
            Guardian.person_id,
            _text(Guardian.name, withheld),
            Guardian.has_custody,
            Guardian.no_information,
        )
        .where(Guardian.person_id.in_(select(Case.person_id).where(Case.id.in_(case_ids))))
        .order_by(Guardian.id)
    ):
        guardians.setdefault(row.person_id, []).append(
            rules.Guardian(row.id, row.name, row.has_custody, row.no_information)
        )
    history = _histories(session, case_ids, in_force_on)
    grounds = _recorded_grounds(session, case_ids) if in_force_on is None else {}
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


# What the statistics load in place of a name or a free text (never shown).
WITHHELD = "–"


def _text(column: Any, withheld: bool) -> Any:
    """``column``, or the placeholder where names and texts are withheld."""
    return literal(WITHHELD).label(column.key) if withheld else column


_Entry = tuple[datetime, int, int, "rules.HistoryItem"]
_MANNERS = {manner.value: manner for manner in Manner}


@functools.lru_cache(maxsize=4096)
def party_of(agency: str, name: str | None) -> Party:
    """A party as stored: its kind and optional name."""
    return Party(Agency(agency), name or "")


def consenter_of(guardian_id: int | None, name: str) -> rules.Consenter:
    """The young person (no guardian id) or the guardian who gave or withdrew consent."""
    return rules.Consenter(guardian_id, name) if guardian_id is not None else rules.YOUNG_PERSON


def _histories(
    session: Session, case_ids: Select[Any], in_force_on: date | None
) -> dict[int, list[_Entry]]:
    """Consents and withdrawals per case, keyed for the recording order (as one case's are)."""
    withheld = in_force_on is not None
    records_wanted: list[ColumnElement[bool]] = [ConsentRecord.case_id.in_(case_ids)]
    withdrawals_wanted: list[ColumnElement[bool]] = [ConsentWithdrawal.case_id.in_(case_ids)]
    if in_force_on is not None:
        records_wanted += [
            ConsentRecord.given_on <= in_force_on,
            ConsentRecord.valid_until >= in_force_on,
        ]
        withdrawals_wanted.append(ConsentWithdrawal.withdrawn_on <= in_force_on)
    # Sorted here rather than by the engine: its sort of every party row
    # took longer than the rest of the query at 50,000 cases.
    numbered: dict[int, list[tuple[int, Party]]] = {}
    for record_id, position, agency, name in (
        session.connection()
        .execute(
            select(
                ConsentParty.record_id,
                ConsentParty.position,
                ConsentParty.agency,
                ConsentParty.name,
            )
            .join(ConsentRecord, ConsentRecord.id == ConsentParty.record_id)
            .where(*records_wanted)
        )
        .all()
    ):
        numbered.setdefault(record_id, []).append((position, party_of(agency, name)))
    consent_parties = {
        record_id: [party for _, party in sorted(parties)]
        for record_id, parties in numbered.items()
    }
    withdrawal_parties: dict[int, list[Party]] = {}
    for withdrawal_id, agency, name in session.connection().execute(
        select(WithdrawalParty.withdrawal_id, WithdrawalParty.agency, WithdrawalParty.name)
        .join(ConsentWithdrawal, ConsentWithdrawal.id == WithdrawalParty.withdrawal_id)
        .where(*withdrawals_wanted)
        .order_by(WithdrawalParty.withdrawal_id, WithdrawalParty.position)
    ):
        withdrawal_parties.setdefault(withdrawal_id, []).append(party_of(agency, name))

    history: dict[int, list[_Entry]] = {}
    for (
        record_id,
        case_id,
        guardian_id,
        consenter_name,
        information,
        purpose,
        given_on,
        valid_until,
        manner,
        documented_by,
        recorded_at,
    ) in (
        session.connection()
        .execute(
            select(
                ConsentRecord.id,
                ConsentRecord.case_id,
                ConsentRecord.guardian_id,
                _text(ConsentRecord.consenter_name, withheld),
                _text(ConsentRecord.information, withheld),
                _text(ConsentRecord.purpose, withheld),
                ConsentRecord.given_on,
                ConsentRecord.valid_until,
                ConsentRecord.manner,
                _text(ConsentRecord.documented_by, withheld),
                ConsentRecord.recorded_at,
            ).where(*records_wanted)
        )
        .all()
    ):
        record = rules.ConsentRecord(
            consenter=consenter_of(guardian_id, consenter_name),
            parties=tuple(consent_parties.get(record_id, ())),
            information=information,
            purpose=purpose,
            given_on=given_on,
            valid_until=valid_until,
            manner=_MANNERS[manner],
            documented_by=documented_by,
            id=record_id,
        )
        history.setdefault(case_id, []).append((recorded_at, 0, record_id, record))
    for w in (
        session.connection()
        .execute(
            select(
                ConsentWithdrawal.id,
                ConsentWithdrawal.case_id,
                ConsentWithdrawal.guardian_id,
                _text(ConsentWithdrawal.consenter_name, withheld),
                ConsentWithdrawal.withdrawn_on,
                ConsentWithdrawal.manner,
                _text(ConsentWithdrawal.received_by, withheld),
                ConsentWithdrawal.recorded_at,
            ).where(*withdrawals_wanted)
        )
        .all()
    ):
        withdrawal = rules.Withdrawal(
            consenter=consenter_of(w.guardian_id, w.consenter_name),
            withdrawn_on=w.withdrawn_on,
            parties=tuple(withdrawal_parties.get(w.id, ())),
            manner=_MANNERS[w.manner],
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
    for g in session.connection().execute(
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
