"""Key slots: the database key wrapped once per user and once for the recovery key.

The database key is 32 random bytes. Each slot wraps it with AES-GCM under a
key derived from one secret (a user's passphrase or the recovery key) with
Argon2id. The slot's own metadata (database id, slot id, kind, user, KDF
parameters, salt) is the AES-GCM associated data, so a slot cannot be moved
to another user or database, or weakened, without failing authentication.
Slots live in a small JSON file beside the database, readable before unlock;
it holds nothing but wrapped keys and parameters, user names, and the
SQLCipher file's salt (stored in clear in the database file's first bytes
anyway), which tells a key file of another database apart from damage.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseflow.domain.errors import KeyFileMissing, WrongCredentials, WrongRecoveryKey
from caseflow.storage.atomic import write_atomically
from caseflow.storage.kdf import DEFAULT_KDF, KdfParams, derive_key, new_salt

FORMAT = "caseflow-keyslots"
VERSION = 1
DATABASE_KEY_LENGTH = 32
NONCE_LENGTH = 12
TAG_LENGTH = 16
DATABASE_SALT_LENGTH = 16  # SQLCipher's per-file salt, the file's first 16 bytes
SlotKind = Literal["user", "recovery"]


def key_file_path(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def new_database_key() -> bytes:
    return secrets.token_bytes(DATABASE_KEY_LENGTH)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: SlotKind
    user: str | None
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def associated_data(self, database_id: str) -> bytes:
        bound = {
            "database_id": database_id,
            "slot_id": self.slot_id,
            "kind": self.kind,
            "user": self.user,
            "kdf": self.kdf.to_dict(),
            "salt": _b64(self.salt),
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "user": self.user,
            "kdf": self.kdf.to_dict(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> KeySlot:
        kind = raw["kind"]
        if kind not in ("user", "recovery"):
            raise ValueError("unknown slot kind")
        user = raw.get("user")
        if (kind == "user") != isinstance(user, str):
            raise ValueError("user slot without user")
        slot = cls(
            slot_id=str(raw["id"]),
            kind=kind,
            user=user,
            kdf=KdfParams.from_dict(raw["kdf"]),
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            wrapped_key=_unb64(raw["wrapped_key"]),
        )
        # Lengths that Argon2id or AES-GCM would refuse with their own
        # ValueError at unlock time: a damaged file is reported as such here.
        if (
            not 8 <= len(slot.salt) <= 64
            or len(slot.nonce) != NONCE_LENGTH
            or len(slot.wrapped_key) != DATABASE_KEY_LENGTH + TAG_LENGTH
        ):
            raise ValueError("bad slot field length")
        return slot


def _seal(
    database_id: str,
    kind: SlotKind,
    user: str | None,
    secret: str,
    database_key: bytes,
    params: KdfParams,
) -> KeySlot:
    unsealed = KeySlot(
        slot_id=secrets.token_hex(8),
        kind=kind,
        user=user,
        kdf=params,
        salt=new_salt(),
        nonce=os.urandom(12),
        wrapped_key=b"",
    )
    wrapping_key = derive_key(secret, unsealed.salt, params)
    wrapped = AESGCM(wrapping_key).encrypt(
        unsealed.nonce, database_key, unsealed.associated_data(database_id)
    )
    return replace(unsealed, wrapped_key=wrapped)


def _open(database_id: str, slot: KeySlot, secret: str) -> bytes | None:
    wrapping_key = derive_key(secret, slot.salt, slot.kdf)
    try:
        return AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.wrapped_key, slot.associated_data(database_id)
        )
    except InvalidTag:
        return None


@dataclass(frozen=True)
class KeyFile:
    """The set of slots of one database. Immutable: changes return a new KeyFile."""

    database_id: str
    slots: tuple[KeySlot, ...]
    # The SQLCipher salt of the database file these slots belong to. Only a
    # key that fits can check ``database_id`` (it lives inside the encrypted
    # file); the salt is readable before unlock, so a key file copied beside
    # the wrong database is reported as such instead of as a damaged database
    # or a wrong passphrase. Not secret and not authenticated: changing it
    # only makes unlocking refuse, which deleting the file does too.
    database_salt: bytes | None = None

    @classmethod
    def new(cls) -> KeyFile:
        return cls(database_id=secrets.token_hex(16), slots=())

    # --- reading -----------------------------------------------------------

    def users(self) -> list[str]:
        return sorted(s.user for s in self.slots if s.user is not None)

    def has_recovery(self) -> bool:
        return any(s.kind == "recovery" for s in self.slots)

    def fits_database_header(self, header: bytes) -> bool:
        """Whether a database file starting with ``header`` is the one these slots open.

        True when the key file predates the salt record or the header is too
        short to hold a salt (the file shape check reports that damage).
        """
        if self.database_salt is None or len(header) < DATABASE_SALT_LENGTH:
            return True
        return header[:DATABASE_SALT_LENGTH] == self.database_salt

    def unlock_user(self, user: str, passphrase: str) -> bytes:
        """Return the database key, or raise WrongCredentials.

        An unknown user costs the same key derivation as a wrong passphrase,
        so that timing does not tell which user names exist.
        """
        slots = [s for s in self.slots if s.kind == "user" and s.user == user]
        if not slots:
            derive_key(passphrase, new_salt(), DEFAULT_KDF)
            raise WrongCredentials()
        for slot in slots:
            key = _open(self.database_id, slot, passphrase)
            if key is not None:
                return key
        raise WrongCredentials()

    def unlock_recovery(self, recovery_key: str) -> bytes:
        for slot in self.slots:
            if slot.kind == "recovery":
                key = _open(self.database_id, slot, recovery_key)
                if key is not None:
                    return key
        raise WrongRecoveryKey()

    # --- changing ----------------------------------------------------------

    def with_user(
        self, user: str, passphrase: str, database_key: bytes, params: KdfParams = DEFAULT_KDF
    ) -> KeyFile:
        """Add a slot for ``user`` or replace the existing one (a passphrase change)."""
        slot = _seal(self.database_id, "user", user, passphrase, database_key, params)
        kept = tuple(s for s in self.slots if not (s.kind == "user" and s.user == user))
        return replace(self, slots=(*kept, slot))

    def with_database_salt(self, salt: bytes) -> KeyFile:
        if len(salt) != DATABASE_SALT_LENGTH:
            raise ValueError("SQLCipher salts are 16 bytes")
        return replace(self, database_salt=salt)

    def without_user(self, user: str) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.user != user))

    def with_recovery(
        self, recovery_key: str, database_key: bytes, params: KdfParams = DEFAULT_KDF
    ) -> KeyFile:
        """Replace the recovery slot: an old recovery key stops working."""
        slot = _seal(self.database_id, "recovery", None, recovery_key, database_key, params)
        kept = tuple(s for s in self.slots if s.kind != "recovery")
        return replace(self, slots=(*kept, slot))

    # --- the file ----------------------------------------------------------

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "database_id": self.database_id,
            "slots": [s.to_dict() for s in self.slots],
        }
        if self.database_salt is not None:
            document["database_salt"] = self.database_salt.hex()
        return json.dumps(document, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            document = json.loads(data.decode("utf-8"))
            if document.get("format") != FORMAT or document.get("version") != VERSION:
                raise ValueError("not a Caseflow key file")
            slots = tuple(KeySlot.from_dict(raw) for raw in document["slots"])
            database_id = document["database_id"]
            if not isinstance(database_id, str):
                raise ValueError("bad database id")
            salt_hex = document.get("database_salt")
            salt = None if salt_hex is None else bytes.fromhex(salt_hex)
            if salt is not None and len(salt) != DATABASE_SALT_LENGTH:
                raise ValueError("bad database salt")
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise KeyFileMissing() from error
        return cls(database_id=database_id, slots=slots, database_salt=salt)

    def save(self, path: Path) -> None:
        write_atomically(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = path.read_bytes()
        except OSError as error:
            # Not only a missing file: a folder or an unreadable file in its
            # place must also end in a clear message, not a traceback.
            raise KeyFileMissing() from error
        return cls.from_bytes(data)
