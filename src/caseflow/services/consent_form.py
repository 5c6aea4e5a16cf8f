"""What the printable consent form needs to know about a case, as plain data.

``caseflow.reports.consent_form`` turns the result into a PDF; this module
decides what may be printed on it:

- the parties are pre-ticked from the case's agencies (social services, the
  unit that hands out the form, always), and the usual SSPF kinds that are
  not on the case yet are offered unticked;
- the young person signs from the programme's own-consent age, each guardian
  with custody while the person is under 18 (as the consent rules count);
- contact details are printed only for a guardian who may receive
  information, and never when the person has a protected identity;
- a guardian flagged ``no_information`` must still consent, but must not learn
  about the case. The caller is told who they are (``PreparedForm.withheld_from``)
  and can ask for a form without the parties' names (``names=False``) to give them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import Agency
from caseflow.domain.consent import default_valid_until
from caseflow.domain.personnummer import age_at, format_digits12
from caseflow.domain.programmes import (
    AGE_OF_MAJORITY,
    Programme,
    needs_guardian_consent,
    needs_own_consent,
)
from caseflow.reports.consent_form import (
    UNIT_PLACEHOLDER,
    ConsentFormData,
    FormParty,
    FormSigner,
)
from caseflow.services import audit, case_access, programme_config
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Case, CaseAgency, Guardian, Person, User

# Offered unticked when the case does not have them yet: the SSPF four.
USUAL_PARTIES = (Agency.SCHOOL, Agency.POLICE, Agency.LEISURE)


@dataclass(frozen=True)
class PreparedForm:
    """The form's data, and the guardians who must not be given a form that names the parties."""

    data: ConsentFormData
    withheld_from: tuple[str, ...]


def form_data(workspace: Workspace, case_id: int, today: date, names: bool = True) -> PreparedForm:
    """The pre-filled consent form for a case as of ``today``.

    ``names=False`` leaves out the parties' names and every contact detail:
    the form for a guardian who must consent but must not be told about the
    case (not even which school the young person goes to). Logged as a
    report produced: the form carries the young person's name and number.
    """
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        case = session.get(Case, case_id)
        assert case is not None  # require_case raised NotFound otherwise
        person = session.get(Person, case.person_id)
        assert person is not None
        programme = Programme(case.programme)
        rules = programme_config.rules_for(session, programme)
        guardians = session.scalars(
            select(Guardian).where(Guardian.person_id == person.id).order_by(Guardian.id)
        ).all()
        agencies = session.scalars(
            select(CaseAgency).where(CaseAgency.case_id == case.id).order_by(CaseAgency.id)
        ).all()
        responsible = session.get(User, case.responsible_user_id or -1)
        contact_person = responsible.display_name if responsible else workspace.user.display_name

        age = age_at(person.birth_date, today)
        young_person_signs = needs_own_consent(rules, age)
        guardians_sign = needs_guardian_consent(rules, age)
        signers: list[FormSigner] = []
        if young_person_signs:
            signers.append(
                FormSigner(f"{person.first_name} {person.last_name}", is_young_person=True)
            )
        withheld: list[str] = []
        if guardians_sign:
            for guardian in guardians:
                if not guardian.has_custody:
                    continue
                if guardian.no_information:
                    withheld.append(guardian.name)
                printable = names and not guardian.no_information and not person.protected_identity
                signers.append(
                    FormSigner(guardian.name, contact=guardian.phone if printable else None)
                )

        data = ConsentFormData(
            unit=UNIT_PLACEHOLDER,
            case_number=case.case_number,
            person_name=f"{person.first_name} {person.last_name}",
            personnummer=format_digits12(person.personnummer),
            birth_date=person.birth_date,
            programme=rules.name,
            parties=_parties(agencies, names),
            signers=tuple(signers),
            young_person_signs=young_person_signs,
            own_consent_from_age=min(rules.own_consent_from_age, AGE_OF_MAJORITY),
            adult=age >= AGE_OF_MAJORITY,
            guardians_sign=guardians_sign,
            validity_days=rules.consent_validity_days,
            suggested_valid_until=default_valid_until(rules, today),
            contact_person=contact_person,
            printed_on=today,
            protected_identity=person.protected_identity,
        )
        audit.log(
            session,
            workspace.user,
            AuditAction.REPORT_PRODUCED,
            case_id=case.id,
            record_type="consent_form",
            detail="with names" if names else "without names",
        )
        return PreparedForm(data, tuple(withheld))


def _parties(agencies: Sequence[CaseAgency], names: bool) -> tuple[FormParty, ...]:
    found: list[FormParty] = [FormParty(Agency.SOCIAL_SERVICES.label, checked=True)]
    seen: set[tuple[Agency, str]] = {(Agency.SOCIAL_SERVICES, "")}
    for row in agencies:
        agency = Agency(row.agency)
        name = (row.name or "").strip() if names else ""
        key = (agency, name.casefold())
        if key in seen:
            continue
        seen.add(key)
        found.append(FormParty(agency.label, name, checked=True))
    kinds = {party_kind for party_kind, _ in seen}
    found.extend(FormParty(agency.label) for agency in USUAL_PARTIES if agency not in kinds)
    return tuple(found)
