"""Meeting types (mötestyper) as data: label, agenda template and checklist.

Caseflow knows four types (``MeetingType``); a municipality adds its own, or
rewrites the agenda of a built-in one, in configuration
(``meeting_type_to_dict`` / ``meeting_types_from_config``). A meeting stores
its type's ``key``, so a type added later is stored the same way as a
built-in one. See ``caseflow.domain.meetings`` for how the agenda is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


class MeetingType(StrEnum):
    """The built-in meeting types; the value is the stored key."""

    SSPF = "sspf"  # SSPF-möte (a local group, often several young people)
    SIG = "sig"  # SIG-samordningsmöte
    NETWORK = "network"  # nätverksmöte
    FOLLOW_UP = "follow_up"  # uppföljningsmöte

    @property
    def label(self) -> Text:
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    MeetingType.SSPF: QT_TRANSLATE_NOOP("Domain", "SSPF meeting"),
    MeetingType.SIG: QT_TRANSLATE_NOOP("Domain", "SIG coordination meeting"),
    MeetingType.NETWORK: QT_TRANSLATE_NOOP("Domain", "Network meeting"),
    MeetingType.FOLLOW_UP: QT_TRANSLATE_NOOP("Domain", "Follow-up meeting"),
}

_NEEDS_KEY = QT_TRANSLATE_NOOP(
    "Domain",
    "A meeting type needs a key of lower-case letters, digits, - and _ "
    "(at most 40 characters), and a name.",
)
_EMPTY_HEADING = QT_TRANSLATE_NOOP(
    "Domain", "An agenda item or checklist item of a meeting type must not be empty."
)
_NEEDS_AGENDA = QT_TRANSLATE_NOOP("Domain", "A meeting type needs at least one agenda item.")


def _clean(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class MeetingTypeDef:
    """One meeting type: its stable ``key``, display ``label``, agenda and checklist.

    ``agenda_template`` holds the headings every case on the agenda gets, in
    order (a shared sitting repeats them per young person, so that each
    heading's minutes belong to one case). ``checklist`` is what the field
    assistant prepares before the meeting. The agenda must not be empty.
    """

    key: str
    label: Text
    agenda_template: tuple[Text, ...]
    checklist: tuple[Text, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", self.key.strip())
        object.__setattr__(self, "agenda_template", tuple(self.agenda_template))
        object.__setattr__(self, "checklist", tuple(self.checklist))
        if not _KEY.fullmatch(self.key) or not self.label.source.strip():
            raise InvalidInput(_NEEDS_KEY)
        if any(not item.source.strip() for item in (*self.agenda_template, *self.checklist)):
            raise InvalidInput(_EMPTY_HEADING)
        if not self.agenda_template:
            raise InvalidInput(_NEEDS_AGENDA)


_WHAT_HAPPENED = QT_TRANSLATE_NOOP("Domain", "Since the last meeting: what has happened")
_FACTORS = QT_TRANSLATE_NOOP("Domain", "Risk and protective factors")
_ACTIONS_FOLLOW_UP = QT_TRANSLATE_NOOP("Domain", "Follow-up of agreed actions")
_NEW_ACTIONS = QT_TRANSLATE_NOOP("Domain", "New actions: what, who and by when")
_NEXT_FOLLOW_UP = QT_TRANSLATE_NOOP("Domain", "Next meeting or follow-up")
_GOALS = QT_TRANSLATE_NOOP("Domain", "Status of each goal")
_CHECK_CONSENT = QT_TRANSLATE_NOOP(
    "Domain", "Check that every invited party is covered by consent on the meeting date"
)
_INVITE = QT_TRANSLATE_NOOP(
    "Domain", "Invite the parties, the young person and the guardians; book a room"
)
_GATHER = QT_TRANSLATE_NOOP("Domain", "Gather open actions, goals and the last follow-up")


def default_meeting_types() -> tuple[MeetingTypeDef, ...]:
    """The built-in types with their usual agenda and checklist, in menu order."""
    return (
        MeetingTypeDef(
            MeetingType.SSPF.value,
            MeetingType.SSPF.label,
            (_WHAT_HAPPENED, _FACTORS, _ACTIONS_FOLLOW_UP, _NEW_ACTIONS, _NEXT_FOLLOW_UP),
            (
                _CHECK_CONSENT,
                _INVITE,
                _GATHER,
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "In a shared sitting, keep each young person's papers apart",
                ),
            ),
        ),
        MeetingTypeDef(
            MeetingType.SIG.value,
            MeetingType.SIG.label,
            (
                _GOALS,
                QT_TRANSLATE_NOOP("Domain", "Safety and risk"),
                QT_TRANSLATE_NOOP("Domain", "Each agency's actions since the last meeting"),
                _NEW_ACTIONS,
                _NEXT_FOLLOW_UP,
            ),
            (_CHECK_CONSENT, _INVITE, _GATHER),
        ),
        MeetingTypeDef(
            MeetingType.NETWORK.value,
            MeetingType.NETWORK.label,
            (
                QT_TRANSLATE_NOOP("Domain", "The young person's and the family's view"),
                QT_TRANSLATE_NOOP("Domain", "The network: who does what"),
                _NEW_ACTIONS,
                _NEXT_FOLLOW_UP,
            ),
            (_CHECK_CONSENT, _INVITE),
        ),
        MeetingTypeDef(
            MeetingType.FOLLOW_UP.value,
            MeetingType.FOLLOW_UP.label,
            (
                _GOALS,
                QT_TRANSLATE_NOOP("Domain", "Risk and protective factors now"),
                _ACTIONS_FOLLOW_UP,
                QT_TRANSLATE_NOOP("Domain", "Summary of the follow-up"),
                _NEXT_FOLLOW_UP,
            ),
            (_CHECK_CONSENT, _GATHER),
        ),
    )


def find_meeting_type(types: Iterable[MeetingTypeDef], key: str) -> MeetingTypeDef | None:
    """The type with ``key``, or None."""
    return next((t for t in types if t.key == key), None)


# --------------------------------------------------------------- configuration

_CONFIG_KEYS = frozenset({"key", "label", "agenda", "checklist"})


def meeting_type_to_dict(meeting_type: MeetingTypeDef) -> dict[str, Any]:
    """A JSON-compatible dict; texts are their English source strings."""
    return {
        "key": meeting_type.key,
        "label": meeting_type.label.source,
        "agenda": [item.source for item in meeting_type.agenda_template],
        "checklist": [item.source for item in meeting_type.checklist],
    }


def meeting_type_from_dict(data: Mapping[str, Any]) -> MeetingTypeDef:
    """A type read from configuration, raising ``InvalidInput`` on a bad value.

    A text that is one of Caseflow's source strings is translated; another is
    shown as written. ``checklist`` may be left out; ``agenda`` may not.
    """
    unknown = sorted(set(data) - _CONFIG_KEYS)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "Unknown meeting type setting: {key}.").format(
                key=unknown[0]
            )
        )
    key, label = data.get("key"), data.get("label")
    if not isinstance(key, str) or not isinstance(label, str):
        raise InvalidInput(_NEEDS_KEY)
    return MeetingTypeDef(
        key,
        Text("Domain", _clean(label)),
        _texts(data.get("agenda", [])),
        _texts(data.get("checklist", [])),
    )


def _texts(values: Any) -> tuple[Text, ...]:
    if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
        raise InvalidInput(_EMPTY_HEADING)
    return tuple(Text("Domain", _clean(v)) for v in values)


def meeting_types_from_config(data: Sequence[Mapping[str, Any]]) -> tuple[MeetingTypeDef, ...]:
    """The built-in types, each replaced by a configured type with its key, then the new ones.

    Two configured types with one key are refused: one of them would be lost.
    """
    configured = [meeting_type_from_dict(item) for item in data]
    keys = [t.key for t in configured]
    duplicate = next((k for i, k in enumerate(keys) if k in keys[:i]), None)
    if duplicate is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "The meeting type {key} is configured twice.").format(
                key=duplicate
            )
        )
    by_key = {t.key: t for t in configured}
    defaults = default_meeting_types()
    merged = [by_key.pop(t.key, t) for t in defaults]
    return (*merged, *by_key.values())
