"""Search keys and index-friendly prefix conditions, on every engine.

SQLite's lower() and LIKE fold only ASCII, so 'Åsa' would not find 'ÅSA':
names are searched through keys the app writes with str.casefold(). A
prefix is matched as a range (key >= p AND key < p + U+10FFFF), which both
SQLite and PostgreSQL answer from an ordinary index.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import InstrumentedAttribute

_SPACES = re.compile(r"\s+")
_AFTER_EVERYTHING = "\U0010ffff"


def fold(text: str) -> str:
    """Case-folded, single-spaced: the form names are searched in."""
    return _SPACES.sub(" ", text.strip()).casefold()


def name_keys(first_name: str, last_name: str) -> tuple[str, str]:
    return fold(f"{first_name} {last_name}"), fold(f"{last_name} {first_name}")


def prefix(
    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None], text: str
) -> ColumnElement[bool]:
    return and_(column >= text, column < text + _AFTER_EVERYTHING)
