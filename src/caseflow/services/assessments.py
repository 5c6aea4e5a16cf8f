"""Mapping (kartläggning): dated assessments of risk and protective factors.

Every call checks that the user may see the case (``case_access``); a new
assessment is logged (``audit.log``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from caseflow.domain.assessment import (
    FACTORS_BY_KEY,
    FactorChange,
    FactorPresence,
    compare_assessments,
)
from caseflow.domain.audit import AuditAction
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit, case_access, permissions
from caseflow.services.lookups import user_names
from caseflow.services.permissions import Action
from caseflow.services.validation import FieldError
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Assessment, AssessmentFactor


@dataclass(frozen=True)
class FactorEntry:
    presence: FactorPresence
    comment: str = ""


@dataclass(frozen=True)
class AssessmentView:
    id: int
    assessed_on: date
    author: str
    summary: str
    factors: dict[str, FactorEntry]


def record_assessment(
    workspace: Workspace,
    case_id: int,
    assessed_on: date,
    factors: Mapping[str, FactorEntry],
    summary: str = "",
) -> int:
    """Save one dated assessment; factors not given count as unknown."""
    permissions.require(workspace, Action.EDIT_CASE)
    unknown = [key for key in factors if key not in FACTORS_BY_KEY]
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown factor: {key}.").format(key=unknown[0])
        )
    if assessed_on > date.today():
        raise FieldError(
            "assessed_on",
            QT_TRANSLATE_NOOP("Errors", "An assessment cannot be dated in the future."),
        )
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        assessment = Assessment(
            case_id=case_id,
            assessed_on=assessed_on,
            author_id=workspace.user.id,
            summary=summary.strip(),
        )
        assessment.factors = [
            AssessmentFactor(
                factor_key=key, presence=entry.presence.value, comment=entry.comment.strip()
            )
            for key, entry in factors.items()
        ]
        session.add(assessment)
        session.flush()
        audit.log(
            session,
            workspace.user,
            AuditAction.RECORD_WRITTEN,
            case_id=case_id,
            record_type="assessment",
            record_id=assessment.id,
            detail="created",
        )
        return assessment.id


def list_assessments(workspace: Workspace, case_id: int) -> list[AssessmentView]:
    """Oldest first, so that they read left to right as change over time."""
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        rows = session.scalars(
            select(Assessment)
            .where(Assessment.case_id == case_id)
            .options(selectinload(Assessment.factors))
            .order_by(Assessment.assessed_on, Assessment.id)
        ).all()
        names = user_names(session)
        return [
            AssessmentView(
                a.id,
                a.assessed_on,
                names.get(a.author_id, "?"),
                a.summary,
                {
                    f.factor_key: FactorEntry(FactorPresence(f.presence), f.comment)
                    for f in a.factors
                },
            )
            for a in rows
        ]


def changes_between(older: AssessmentView, newer: AssessmentView) -> list[FactorChange]:
    """What improved, worsened or stayed the same from one assessment to the next."""
    return compare_assessments(
        {k: v.presence for k, v in older.factors.items()},
        {k: v.presence for k, v in newer.factors.items()},
    )
