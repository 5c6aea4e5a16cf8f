"""Passphrase rules and a strength estimate for the first-run wizard."""

from __future__ import annotations

import enum
import math
import secrets
import string

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

MIN_LENGTH = 12


class Strength(enum.IntEnum):
    TOO_WEAK = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    Strength.TOO_WEAK: QT_TRANSLATE_NOOP("Domain", "Too weak"),
    Strength.WEAK: QT_TRANSLATE_NOOP("Domain", "Weak"),
    Strength.FAIR: QT_TRANSLATE_NOOP("Domain", "Fair"),
    Strength.STRONG: QT_TRANSLATE_NOOP("Domain", "Strong"),
}

_COMMON = frozenset(
    {"password", "lösenord", "losenord", "sommar", "vinter", "qwerty", "123456", "caseflow"}
)


def estimate_bits(passphrase: str) -> float:
    """A rough entropy estimate: alphabet size by character classes times length.

    Repeated characters and well-known words count for little, so that
    'aaaaaaaaaaaa' or 'Sommar2026!!' do not look strong.
    """
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase or c in "åäö" for c in passphrase):
        pool += 29
    if any(c in string.ascii_uppercase or c in "ÅÄÖ" for c in passphrase):
        pool += 29
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)
    bits = effective_length * math.log2(max(pool, 2))
    lowered = passphrase.casefold()
    for word in _COMMON:
        if word in lowered:
            bits -= len(word) * math.log2(max(pool, 2)) * 0.8
    return max(bits, 0.0)


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_WEAK
    bits = estimate_bits(passphrase)
    if bits < 50:
        return Strength.WEAK
    if bits < 75:
        return Strength.FAIR
    return Strength.STRONG


def check_new_passphrase(passphrase: str, confirmation: str) -> None:
    """Raise InvalidInput when a new passphrase may not be used."""
    if len(passphrase) < MIN_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The passphrase must have at least {minimum} characters."
            ).format(minimum=MIN_LENGTH)
        )
    if strength(passphrase) < Strength.FAIR:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The passphrase is too easy to guess. Use several unrelated words or "
                "mix letters, digits and signs.",
            )
        )
    if passphrase != confirmation:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The two passphrases are not the same."))


_ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread


def one_time_passphrase() -> str:
    """A random passphrase for a new or reactivated account, to be changed at first unlock.

    Five groups of five characters (about 124 bits), easy to read out and type.
    """
    return "-".join("".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(5)) for _ in range(5))
