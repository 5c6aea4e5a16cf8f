"""Key slots: one wrapped database key per user plus the recovery key, in NAME.keys."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caseflow.domain.errors import KeyFileMissing, StorageUnavailable, WrongCredentials
from caseflow.services import access
from caseflow.services.workspace import Workspace
from caseflow.storage import database
from caseflow.storage.kdf import DEFAULT_KDF, FAST_TEST_KDF, KdfParams
from caseflow.storage.keyslots import KeyFile, key_file_path
from tests.storage.helpers import (
    ADMIN,
    ADMIN_PASSPHRASE,
    OTHER_PASSPHRASE,
    add_user,
    sha256,
)

THIRD_PASSPHRASE = "Blå-tåget-går-klockan-sju-varje-dag"


def _can_unlock(path: Path, user: str, passphrase: str) -> bool:
    try:
        opened = database.unlock(path, user, passphrase)
    except WrongCredentials:
        return False
    opened.close()
    return True


def _key_document(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(key_file_path(path).read_text(encoding="utf-8"))
    return document


def _write_key_document(path: Path, document: dict[str, Any]) -> None:
    key_file_path(path).write_text(json.dumps(document), encoding="utf-8")


def _slot(document: dict[str, Any], user: str | None) -> dict[str, Any]:
    if user is None:
        return next(s for s in document["slots"] if s["kind"] == "recovery")
    return next(s for s in document["slots"] if s["user"] == user)


# --- adding, removing and changing slots -----------------------------------


def test_added_slot_unlocks_and_keeps_the_others(workspace: Workspace, db_path: Path) -> None:
    add_user(workspace, "bo")
    workspace.lock()

    assert KeyFile.load(key_file_path(db_path)).users() == [ADMIN, "bo"]
    assert _can_unlock(db_path, "bo", OTHER_PASSPHRASE)
    assert _can_unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    assert not _can_unlock(db_path, "bo", ADMIN_PASSPHRASE)


def test_removed_slot_no_longer_unlocks_but_the_others_do(
    workspace: Workspace, db_path: Path
) -> None:
    add_user(workspace, "bo")
    add_user(workspace, "cecilia", THIRD_PASSPHRASE)
    workspace.database.remove_user_slot("bo")
    workspace.lock()

    assert not _can_unlock(db_path, "bo", OTHER_PASSPHRASE)
    assert _can_unlock(db_path, "cecilia", THIRD_PASSPHRASE)
    assert _can_unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    assert KeyFile.load(key_file_path(db_path)).has_recovery()


def test_changing_a_passphrase_rewraps_one_slot_and_never_touches_the_database(
    closed_db: Path,
) -> None:
    db_before = sha256(closed_db)
    keys_before = sha256(key_file_path(closed_db))
    other_slots_before = [s for s in _key_document(closed_db)["slots"] if s["user"] != ADMIN]

    workspace = access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    access.change_passphrase(
        workspace, ADMIN_PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE, FAST_TEST_KDF
    )
    # While still open nothing was written to the file's pages either.
    assert sha256(closed_db) == db_before
    salt_before = closed_db.read_bytes()[:16]
    workspace.lock()

    # Locking appends to the audit log, but the file keeps its salt and key:
    # it was not re-encrypted (the untouched slots below still open it).
    assert closed_db.read_bytes()[:16] == salt_before, "the database file was re-encrypted"
    assert sha256(key_file_path(closed_db)) != keys_before
    assert [s for s in _key_document(closed_db)["slots"] if s["user"] != ADMIN] == (
        other_slots_before
    )
    assert not _can_unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    assert _can_unlock(closed_db, ADMIN, OTHER_PASSPHRASE)


def test_slot_change_at_storage_level_leaves_database_bytes_alone(closed_db: Path) -> None:
    db_before = sha256(closed_db)
    opened = database.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    try:
        opened.set_user_passphrase(ADMIN, THIRD_PASSPHRASE, FAST_TEST_KDF)
        opened.set_user_passphrase("bo", OTHER_PASSPHRASE, FAST_TEST_KDF)
        opened.remove_user_slot("bo")
    finally:
        opened.close()
    assert sha256(closed_db) == db_before
    assert _can_unlock(closed_db, ADMIN, THIRD_PASSPHRASE)


# --- the recovery key --------------------------------------------------------


def test_recovery_key_unlocks(created: access.NewDatabase, db_path: Path) -> None:
    created.workspace.lock()
    opened = database.unlock_with_recovery_key(db_path, created.recovery_key)
    opened.close()
    with pytest.raises(WrongCredentials):
        database.unlock_with_recovery_key(db_path, created.recovery_key.replace("-", "")[::-1])


def test_recover_access_sets_a_new_passphrase(created: access.NewDatabase, db_path: Path) -> None:
    created.workspace.lock()
    workspace = access.recover_access(
        db_path, created.recovery_key, ADMIN, THIRD_PASSPHRASE, THIRD_PASSPHRASE, FAST_TEST_KDF
    )
    assert workspace.user.username == ADMIN
    workspace.lock()

    assert not _can_unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    assert _can_unlock(db_path, ADMIN, THIRD_PASSPHRASE)
    # The recovery key is not used up by using it.
    database.unlock_with_recovery_key(db_path, created.recovery_key).close()


def test_renewing_the_recovery_key_invalidates_the_old_one(
    created: access.NewDatabase, db_path: Path
) -> None:
    new_key = access.renew_recovery_key(created.workspace, FAST_TEST_KDF)
    created.workspace.lock()

    assert new_key != created.recovery_key
    with pytest.raises(WrongCredentials):
        database.unlock_with_recovery_key(db_path, created.recovery_key)
    database.unlock_with_recovery_key(db_path, new_key).close()
    assert sum(s["kind"] == "recovery" for s in _key_document(db_path)["slots"]) == 1
    assert _can_unlock(db_path, ADMIN, ADMIN_PASSPHRASE)


def test_a_passphrase_never_opens_the_recovery_slot(created: access.NewDatabase) -> None:
    created.workspace.lock()
    key_file = KeyFile.load(key_file_path(created.workspace.path))
    with pytest.raises(WrongCredentials):
        key_file.unlock_recovery(ADMIN_PASSPHRASE)
    with pytest.raises(WrongCredentials):
        key_file.unlock_user(ADMIN, created.recovery_key)


# --- unknown users ----------------------------------------------------------


@pytest.mark.parametrize("user", ["nobody", ""])
def test_unknown_user_is_wrong_credentials(closed_db: Path, user: str) -> None:
    with pytest.raises(WrongCredentials):
        database.unlock(closed_db, user, ADMIN_PASSPHRASE)


# --- tampering ----------------------------------------------------------------


@pytest.fixture
def two_users(workspace: Workspace, db_path: Path) -> Path:
    add_user(workspace, "bo")
    workspace.lock()
    return db_path


def _swap_users(document: dict[str, Any]) -> None:
    admin, bo = _slot(document, ADMIN), _slot(document, "bo")
    admin["user"], bo["user"] = "bo", ADMIN


def _weaken_memory(document: dict[str, Any]) -> None:
    _slot(document, ADMIN)["kdf"]["memory_kib"] //= 2


def _weaken_iterations(document: dict[str, Any]) -> None:
    # A slot made with 1 iteration, claimed to have 2: the derived key differs.
    _slot(document, ADMIN)["kdf"]["iterations"] += 1


def _change_lanes(document: dict[str, Any]) -> None:
    _slot(document, ADMIN)["kdf"]["lanes"] = 2


def _change_database_id(document: dict[str, Any]) -> None:
    document["database_id"] = "0" * 32


def _flip_wrapped_key(document: dict[str, Any]) -> None:
    slot = _slot(document, ADMIN)
    raw = bytearray(base64.b64decode(slot["wrapped_key"]))
    raw[0] ^= 1
    slot["wrapped_key"] = base64.b64encode(bytes(raw)).decode()


def _change_salt(document: dict[str, Any]) -> None:
    _slot(document, ADMIN)["salt"] = base64.b64encode(os.urandom(16)).decode()


def _change_slot_id(document: dict[str, Any]) -> None:
    _slot(document, ADMIN)["id"] = "feedfacefeedface"


def _copy_bo_slot_over_admin(document: dict[str, Any]) -> None:
    copied = dict(_slot(document, "bo"), user=ADMIN)
    document["slots"] = [s for s in document["slots"] if s["user"] != ADMIN] + [copied]


@pytest.mark.parametrize(
    "tamper",
    [
        _swap_users,
        _weaken_memory,
        _weaken_iterations,
        _change_lanes,
        _change_database_id,
        _flip_wrapped_key,
        _change_salt,
        _change_slot_id,
        _copy_bo_slot_over_admin,
    ],
)
def test_tampered_slot_fails_authentication(
    two_users: Path, tamper: Callable[[dict[str, Any]], None]
) -> None:
    document = _key_document(two_users)
    tamper(document)
    _write_key_document(two_users, document)

    # Neither the admin's passphrase nor bo's opens the tampered admin slot.
    for passphrase in (ADMIN_PASSPHRASE, OTHER_PASSPHRASE):
        with pytest.raises(WrongCredentials):
            database.unlock(two_users, ADMIN, passphrase)


def test_changed_database_id_locks_out_everyone(created: access.NewDatabase) -> None:
    path = created.workspace.path
    created.workspace.lock()
    document = _key_document(path)
    _change_database_id(document)
    _write_key_document(path, document)
    with pytest.raises(WrongCredentials):
        database.unlock(path, ADMIN, ADMIN_PASSPHRASE)
    with pytest.raises(WrongCredentials):
        database.unlock_with_recovery_key(path, created.recovery_key)


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    """A change to one field of the admin slot (``kdf.lanes``) or the document (``/x``)."""

    def change(document: dict[str, Any]) -> None:
        if path.startswith("/"):
            document[path[1:]] = value
            return
        target = _slot(document, ADMIN)
        *parents, leaf = path.split(".")
        for parent in parents:
            target = target[parent]
        target[leaf] = value

    return change


def _b64(length: int) -> str:
    return base64.b64encode(os.urandom(length)).decode()


@pytest.mark.parametrize(
    "damage",
    [
        # Values Argon2id or AES-GCM would refuse with a raw ValueError.
        _set("kdf.lanes", 5000),
        _set("kdf.memory_kib", 4),
        _set("salt", _b64(4)),
        _set("nonce", ""),
        _set("nonce", _b64(16)),
        _set("wrapped_key", _b64(10)),
        # Values that would make one unlock take all memory or hours.
        _set("kdf.memory_kib", 2**40),
        _set("kdf.iterations", 10**9),
        # Wrong types and shapes.
        _set("kdf.iterations", True),
        _set("kdf.iterations", "3"),
        _set("kdf.algorithm", "pbkdf2"),
        _set("salt", "not base64!"),
        _set("kind", "master"),
        _set("user", None),
        _set("/slots", {"a": 1}),
        _set("/database_id", 7),
        _set("/version", 2),
        _set("/database_salt", "zz"),
        _set("/database_salt", "00ff"),
    ],
)
def test_damaged_key_file_fields_read_as_damaged_key_file(
    closed_db: Path, damage: Callable[[dict[str, Any]], None]
) -> None:
    document = _key_document(closed_db)
    damage(document)
    _write_key_document(closed_db, document)
    with pytest.raises(KeyFileMissing):
        database.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)


# --- parameters and contents of the key file -------------------------------


def test_default_kdf_is_argon2id_with_at_least_64_mib_and_3_iterations() -> None:
    assert DEFAULT_KDF.memory_kib >= 64 * 1024
    assert DEFAULT_KDF.iterations >= 3
    assert DEFAULT_KDF.to_dict()["algorithm"] == "argon2id"
    assert KdfParams.from_dict(DEFAULT_KDF.to_dict()) == DEFAULT_KDF


def test_slots_made_without_parameters_store_the_default(tmp_path: Path) -> None:
    path = tmp_path / "default.caseflow"
    created = access.create_database(
        path, ADMIN, "Alva Administratör", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE
    )
    created.workspace.lock()
    slots = _key_document(path)["slots"]
    assert {s["kind"] for s in slots} == {"user", "recovery"}
    for slot in slots:
        assert slot["kdf"]["algorithm"] == "argon2id"
        assert slot["kdf"]["memory_kib"] >= 64 * 1024
        assert slot["kdf"]["iterations"] >= 3


def _encodings(secret: str) -> list[bytes]:
    variants = {secret, secret.replace("-", ""), secret.casefold(), secret.upper()}
    found = []
    for variant in variants:
        found += [variant.encode("utf-8"), variant.encode("utf-16-le")]
        found.append(json.dumps(variant).encode("ascii"))  # JSON's \\u escapes
    return found


def test_key_file_holds_no_secret_in_clear(created: access.NewDatabase) -> None:
    workspace = created.workspace
    add_user(workspace, "bo")
    # The raw database key is private to storage; reading it here is the point.
    database_key: bytes = workspace.database._key
    path = workspace.path
    workspace.lock()
    data = key_file_path(path).read_bytes()

    secrets_in_clear = [
        *_encodings(ADMIN_PASSPHRASE),
        *_encodings(OTHER_PASSPHRASE),
        *_encodings(created.recovery_key),
        database_key,
        database_key.hex().encode(),
        database_key.hex().upper().encode(),
        base64.b64encode(database_key),
        base64.urlsafe_b64encode(database_key),
        base64.b32encode(database_key),
    ]
    for secret in secrets_in_clear:
        assert secret not in data
    # Half of the key is no better: look for any 8-byte window of it too.
    for start in range(len(database_key) - 8):
        assert database_key[start : start + 8] not in data


def test_key_file_is_written_atomically_without_leftovers(
    workspace: Workspace, db_path: Path
) -> None:
    for number in range(3):
        add_user(workspace, f"user{number}")
    workspace.database.renew_recovery_key(FAST_TEST_KDF)
    workspace.database.remove_user_slot("user1")
    workspace.lock()
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted(
        p.name for p in database.database_files(db_path) if p.exists()
    )
    assert not list(db_path.parent.glob("*.tmp"))


def test_failed_key_file_write_keeps_the_old_file_and_leaves_no_temp(
    workspace: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = key_file_path(db_path)
    before = keys.read_bytes()
    slots_before = workspace.database.key_file

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(StorageUnavailable):
        workspace.database.set_user_passphrase(ADMIN, THIRD_PASSPHRASE, FAST_TEST_KDF)
    monkeypatch.undo()

    assert keys.read_bytes() == before
    assert workspace.database.key_file == slots_before
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]
    workspace.lock()
    assert _can_unlock(db_path, ADMIN, ADMIN_PASSPHRASE)


def test_key_file_records_the_database_file_salt(closed_db: Path) -> None:
    key_file = KeyFile.load(key_file_path(closed_db))
    assert key_file.database_salt == closed_db.read_bytes()[:16]


def test_key_file_round_trips(closed_db: Path) -> None:
    key_file = KeyFile.load(key_file_path(closed_db))
    assert KeyFile.from_bytes(key_file.to_bytes()) == key_file
