"""Passphrase key derivation with Argon2id, parameters stored per key slot."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_LENGTH = 32
SALT_LENGTH = 16


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
    def from_dict(cls, raw: dict[str, object]) -> KdfParams:
        if raw.get("algorithm") != "argon2id":
            raise ValueError("unsupported key derivation")
        memory, iterations, lanes = raw["memory_kib"], raw["iterations"], raw["lanes"]
        if not all(isinstance(v, int) and v > 0 for v in (memory, iterations, lanes)):
            raise ValueError("bad key derivation parameters")
        assert isinstance(memory, int) and isinstance(iterations, int) and isinstance(lanes, int)
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
