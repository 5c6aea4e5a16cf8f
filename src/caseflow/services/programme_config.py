"""Configuration kept as data in the database: programme rules and legal grounds.

Local agreements differ and laws change, so neither is code: the defaults
come from the domain, and a unit's own values (set by an administrator) are
stored as JSON settings that override them.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from caseflow.domain.consent import LegalGround, default_legal_grounds, legal_ground_from_dict
from caseflow.domain.programmes import (
    DEFAULT_RULES,
    Programme,
    ProgrammeRules,
    rules_from_dict,
)
from caseflow.storage.models import Setting

PROGRAMME_RULES_KEY = "programme_rules"
LEGAL_GROUNDS_KEY = "legal_grounds"


def _setting(session: Session, key: str) -> object:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else None


def rules_for(session: Session, programme: Programme) -> ProgrammeRules:
    """The programme's rules: the unit's own where set, else the defaults."""
    stored = _setting(session, PROGRAMME_RULES_KEY)
    base = DEFAULT_RULES[programme]
    if isinstance(stored, dict) and isinstance(stored.get(programme.value), dict):
        return rules_from_dict(stored[programme.value], base)
    return base


def legal_grounds(session: Session) -> tuple[LegalGround, ...]:
    """The default grounds, then those the unit added (an added id replaces a default)."""
    grounds = {g.id: g for g in default_legal_grounds()}
    stored = _setting(session, LEGAL_GROUNDS_KEY)
    if isinstance(stored, list):
        for raw in stored:
            ground = legal_ground_from_dict(raw)
            grounds[ground.id] = ground
    return tuple(grounds.values())
