"""User accounts and roles (roller)."""

from __future__ import annotations

import enum
import re

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"  # administratör
    MANAGER = "manager"  # chef
    SOCIAL_WORKER = "social_worker"  # socialsekreterare
    FIELD_ASSISTANT = "field_assistant"  # fältassistent

    @property
    def label(self) -> Text:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Domain", "Administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Domain", "Manager"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Domain", "Social worker"),
    Role.FIELD_ASSISTANT: QT_TRANSLATE_NOOP("Domain", "Field assistant"),
}

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


def normalise_username(raw: str) -> str:
    """Return the canonical user name; raise InvalidInput when it is not allowed.

    User names are ASCII so that they survive every keyboard layout and can
    become server login roles in team mode unchanged.
    """
    name = raw.strip().casefold()
    if not _USERNAME.match(name):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A user name has 2 to 40 characters: letters a-z, digits, dot, dash or "
                "underscore, starting with a letter or digit.",
            )
        )
    return name
