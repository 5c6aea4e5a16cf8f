"""Unit-wide settings kept inside the encrypted database."""

from __future__ import annotations

import json

from caseflow import central_config
from caseflow.domain.accounts import Role
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Setting

AUTO_LOCK_KEY = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
AUTO_LOCK_RANGE = (1, 120)


def auto_lock_minutes(workspace: Workspace) -> int:
    """Minutes without keyboard or mouse activity before the app locks itself."""
    with workspace.transaction() as session:
        setting = session.get(Setting, AUTO_LOCK_KEY)
    # IT's central setting is the default when the unit has not chosen its own.
    default = central_config.current().auto_lock_minutes or DEFAULT_AUTO_LOCK_MINUTES
    if setting is None:
        return default
    value = json.loads(setting.value)
    return int(value) if isinstance(value, int) else default


def set_auto_lock_minutes(workspace: Workspace, minutes: int) -> None:
    workspace.require_role(Role.ADMINISTRATOR)
    low, high = AUTO_LOCK_RANGE
    if not low <= minutes <= high:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Auto-lock must be between {low} and {high} minutes."
            ).format(low=low, high=high)
        )
    with workspace.transaction() as session:
        setting = session.get(Setting, AUTO_LOCK_KEY)
        if setting is None:
            session.add(Setting(key=AUTO_LOCK_KEY, value=json.dumps(minutes)))
        else:
            setting.value = json.dumps(minutes)
