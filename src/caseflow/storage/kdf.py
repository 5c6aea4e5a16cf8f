"""Passphrase key derivation with Argon2id, parameters stored per key slot."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_LENGTH = 32
SALT_LENGTH = 16
# Upper limits accepted from a key file (see KdfParams.from_dict).
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about half a second on an office PC."""

    memory_kib: int = 128 * 1024
    iterations: int = 3
    lanes: int = 4

    def to_dict(self) -> dict[str, int | str]:
        return {
            "algorithm": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> KdfParams:
        """Read parameters from a key file; ValueError when they cannot be real.

        A damaged or hand-edited key file must end in "damaged", not in
        Argon2's own ValueError (lanes > memory / 8) or in an unlock that
        tries to take all memory or hours: real parameters sit far inside
        these limits.
        """
        if raw.get("algorithm") != "argon2id":
            raise ValueError("unsupported key derivation")
        memory, iterations, lanes = raw["memory_kib"], raw["iterations"], raw["lanes"]
        # type() rather than isinstance(): JSON true would pass as the int 1.
        if not (type(memory) is int and type(iterations) is int and type(lanes) is int):
            raise ValueError("bad key derivation parameters")
        if not (
            1 <= lanes <= MAX_LANES
            and 8 * lanes <= memory <= MAX_MEMORY_KIB
            and 1 <= iterations <= MAX_ITERATIONS
        ):
            raise ValueError("key derivation parameters out of range")
        return cls(memory_kib=memory, iterations=iterations, lanes=lanes)


DEFAULT_KDF = KdfParams()
# Only for tests and benchmarks that create many slots: never the default.
FAST_TEST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte wrapping key from a passphrase or recovery key."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))
