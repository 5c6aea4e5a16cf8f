"""The audit log (loggning) as a hash chain: what makes an entry, how a break is found.

Social services must be able to show who opened which record, when and why
(OSL, Socialstyrelsen's SOSFS 2011:9 on access logs). The log is append-only
in the database (triggers refuse UPDATE and DELETE), and each entry also
carries the SHA-256 of its own content and of the entry before it. Whoever
edits, removes or reorders an entry with the key and raw SQL must then
recompute every later hash, and even that is caught against any copy, print
or backup of a later entry's hash. ``first_broken`` names the first entry
whose link or content does not add up.

Entries name users, cases (by id and number) and record ids, never a young
person's name or personnummer: the log outlives the cases it mentions
(retention deletes a case but keeps the log), and must not keep what was
deleted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

GENESIS = "0" * 64


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCK = "lock"
    CASE_OPENED = "case_opened"
    CASE_LIST_SHOWN = "case_list_shown"
    SEARCH_SHOWN = "search_shown"
    RECORD_WRITTEN = "record_written"
    REPORT_PRODUCED = "report_produced"
    EXPORT = "export"
    ACCOUNT_CHANGED = "account_changed"
    SETTINGS_CHANGED = "settings_changed"
    BACKUP = "backup"
    RETENTION_DELETED = "retention_deleted"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("Audit", "Logged in"),
    AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("Audit", "Failed login"),
    AuditAction.LOCK: QT_TRANSLATE_NOOP("Audit", "Locked"),
    AuditAction.CASE_OPENED: QT_TRANSLATE_NOOP("Audit", "Case opened"),
    AuditAction.CASE_LIST_SHOWN: QT_TRANSLATE_NOOP("Audit", "Case list shown"),
    AuditAction.SEARCH_SHOWN: QT_TRANSLATE_NOOP("Audit", "Search shown"),
    AuditAction.RECORD_WRITTEN: QT_TRANSLATE_NOOP("Audit", "Record written"),
    AuditAction.REPORT_PRODUCED: QT_TRANSLATE_NOOP("Audit", "Report produced"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("Audit", "Export"),
    AuditAction.ACCOUNT_CHANGED: QT_TRANSLATE_NOOP("Audit", "Account changed"),
    AuditAction.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("Audit", "Settings changed"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("Audit", "Backup"),
    AuditAction.RETENTION_DELETED: QT_TRANSLATE_NOOP("Audit", "Deleted by retention"),
}


@dataclass(frozen=True)
class AuditEntry:
    """One entry as stored; ``hash`` covers every other field and ``prev_hash``."""

    id: int
    at: datetime
    user_id: int | None
    username: str
    action: str
    case_id: int | None = None
    case_number: str = ""
    record_type: str = ""
    record_id: str = ""
    reason: str = ""
    detail: str = ""
    prev_hash: str = GENESIS
    hash: str = ""

    def content(self) -> bytes:
        """The canonical bytes the hash is taken over (the id included: order counts)."""
        fields = {
            "id": self.id,
            "at": self.at.isoformat(timespec="microseconds"),
            "user_id": self.user_id,
            "username": self.username,
            "action": self.action,
            "case_id": self.case_id,
            "case_number": self.case_number,
            "record_type": self.record_type,
            "record_id": self.record_id,
            "reason": self.reason,
            "detail": self.detail,
            "prev_hash": self.prev_hash,
        }
        return json.dumps(
            fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        ).encode()

    def computed_hash(self) -> str:
        return hashlib.sha256(self.content()).hexdigest()


def first_broken(entries: Iterable[AuditEntry], previous: str = GENESIS) -> AuditEntry | None:
    """The first entry (in id order) whose content or link to the one before is wrong.

    ``previous`` is the hash the first entry must link to (the genesis value
    for a whole log). Returns None when the whole chain holds.
    """
    last_id: int | None = None
    for entry in entries:
        if last_id is not None and entry.id <= last_id:
            return entry
        if entry.prev_hash != previous or entry.computed_hash() != entry.hash:
            return entry
        previous = entry.hash
        last_id = entry.id
    return None
