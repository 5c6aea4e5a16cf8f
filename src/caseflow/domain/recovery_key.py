"""The recovery key's readable form: groups of letters and digits that are hard to misread."""

from __future__ import annotations

import re

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP

# Crockford's base32 alphabet: no I, L, O or U, so nothing looks like 1, 0 or V.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
GROUP_SIZE = 5  # 8 x 5 characters = 200 bits
_CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def format_recovery_key(random_bytes: bytes) -> str:
    """Render 25 random bytes as eight dash-separated groups of five characters."""
    if len(random_bytes) * 8 < GROUPS * GROUP_SIZE * 5:
        raise ValueError("not enough randomness for a recovery key")
    number = int.from_bytes(random_bytes, "big")
    chars = []
    for _ in range(GROUPS * GROUP_SIZE):
        number, digit = divmod(number, 32)
        chars.append(ALPHABET[digit])
    text = "".join(chars)
    return "-".join(text[i : i + GROUP_SIZE] for i in range(0, len(text), GROUP_SIZE))


def normalise_recovery_key(typed: str) -> str:
    """Accept what a person types from a printout: any case, spaces, confusable letters."""
    compact = re.sub(r"[\s-]", "", typed).upper().translate(_CONFUSABLE)
    if len(compact) != GROUPS * GROUP_SIZE or any(c not in ALPHABET for c in compact):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A recovery key has eight groups of five letters and digits, "
                "for example ABCDE-12345-…",
            )
        )
    return "-".join(compact[i : i + GROUP_SIZE] for i in range(0, len(compact), GROUP_SIZE))
