"""Translatable user-facing text that the domain can carry without knowing Qt.

The domain and the services describe what went wrong with a ``Text``: a
translation context, the English source string and named arguments. The
front ends (ui/, cli.py) install a translator at start-up; until then text
renders in English. ``QT_TRANSLATE_NOOP`` is named so that ``pyside6-lupdate``
collects these strings into the ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

Translate = Callable[[str, str], str]


def _identity(context: str, source: str) -> str:
    return source


_translate: Translate = _identity


def install_translator(translate: Translate) -> None:
    """Make every ``Text`` render through ``translate(context, source)``."""
    global _translate
    _translate = translate


def reset_translator() -> None:
    install_translator(_identity)


@dataclass(frozen=True)
class Text:
    """A user-facing message: rendered in the user's language when shown."""

    context: str
    source: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def format(self, **args: Any) -> Text:
        return Text(self.context, self.source, MappingProxyType({**self.args, **args}))

    def render(self, translate: Translate | None = None) -> str:
        template = (translate or _translate)(self.context, self.source)
        if not self.args:
            return template
        rendered = {
            k: v.render(translate) if isinstance(v, Text) else v for k, v in self.args.items()
        }
        return template.format(**rendered)

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark ``source`` for translation in ``context`` without translating it yet."""
    return Text(context, source)
