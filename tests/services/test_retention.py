"""Retention (gallring) end to end: due cases, a manager's deletion, nothing left in the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import func, select

from caseflow.domain.cases import ClosingReason, JournalEntryType, ReferralSource
from caseflow.domain.errors import InvalidInput, PermissionDenied
from caseflow.domain.programmes import Programme
from caseflow.domain.retention import DueReason, RetentionFacts, RetentionRule, due_date
from caseflow.services import audit, cases, journal, people, retention
from caseflow.services.people import PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.models import RetainedCaseCount
from tests.helpers import login, pnr_in_test_range

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV and 64-byte HMAC at each page's end
NAME = "Hemligsson"


def _decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file decrypted (free pages too): what the disk holds."""
    data = path.read_bytes()
    out = bytearray()
    for start in range(0, len(data), PAGE):
        page = data[start : start + PAGE]
        body_start = 16 if start == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(page[body_start : PAGE - RESERVE]) + decryptor.finalize()
    return bytes(out)


def _closed_case(worker: Workspace, last_name: str, born: date, serial: int) -> int:
    person = people.register_person(
        worker, PersonInput("Tova", last_name, pnr_in_test_range(born, serial))
    )
    opened = cases.open_case(
        worker,
        person.person_id,
        Programme.SSPF,
        date(2018, 3, 1),
        ReferralSource.SCHOOL,
        f"Orosanmälan om {last_name}",
        worker.user.id,
    )
    entry = journal.create_entry(
        worker,
        opened.case_id,
        date(2018, 4, 1),
        JournalEntryType.CONTACT,
        f"Samtal med {last_name} om skolan.",
    )
    journal.sign_entry(worker, entry)
    cases.close_case(
        worker, opened.case_id, ClosingReason.GOALS_REACHED, "Målen nådda.", date(2019, 6, 1)
    )
    return opened.case_id


def test_the_rule_keeps_research_birthdays_and_counts_from_the_last_entry() -> None:
    rule = RetentionRule(years_after_last_entry=5)
    facts = RetentionFacts(date(2019, 6, 1), date(2019, 8, 1), date(2004, 2, 3))
    found = due_date(rule, facts)
    assert found is not None and found.on == date(2024, 8, 1)
    assert (
        due_date(rule, RetentionFacts(date(2019, 6, 1), date(2019, 6, 1), date(2004, 2, 15)))
        is None
    )
    withdrawn = RetentionFacts(date(2019, 6, 1), date(2019, 6, 1), date(2004, 2, 3), True)
    early = due_date(RetentionRule(withdrawn_consent_days=30), withdrawn)
    assert early is not None and early.reason is DueReason.CONSENT_WITHDRAWN
    assert early.on == date(2019, 7, 1)
    assert due_date(RetentionRule(never_delete=True), facts) is None


def test_a_manager_deletes_a_due_case_and_nothing_of_it_stays_in_the_file(users: Path) -> None:
    worker = login(users, "sara")
    try:
        gone = _closed_case(worker, NAME, date(2003, 2, 3), 981)
        kept_research = _closed_case(worker, "Forskarsson", date(2003, 2, 15), 982)
        still_open = people.register_person(
            worker, PersonInput("Nils", "Öppensson", pnr_in_test_range(date(2009, 1, 2), 983))
        )
        cases.open_case(
            worker,
            still_open.person_id,
            Programme.SSPF,
            date(2018, 1, 1),
            ReferralSource.SCHOOL,
            "Oro",
            worker.user.id,
        )
        with pytest.raises(PermissionDenied):
            retention.delete_cases(worker, [gone], "Beslut 2026-11-01")
    finally:
        worker.lock()

    manager = login(users, "chef")
    try:
        due = retention.due_cases(manager, date(2026, 11, 25))
        assert [c.case_id for c in due] == [gone]
        assert due[0].reason is DueReason.PERIOD_ENDED
        with pytest.raises(InvalidInput):
            retention.delete_cases(manager, [gone, kept_research], "Beslut 2026-11-01")
        with pytest.raises(InvalidInput):
            retention.delete_cases(manager, [gone], "  ")
        result = retention.delete_cases(
            manager, [gone], "Gallringsbeslut enligt dokumenthanteringsplan", date(2026, 11, 25)
        )
        assert result.deleted == 1 and result.file_wiped
        assert retention.due_cases(manager, date(2026, 11, 25)) == []
        with manager.transaction() as session:
            counts = session.scalars(select(RetainedCaseCount)).all()
            assert [(c.programme, c.referral_year, c.closed_year, c.count) for c in counts] == [
                ("SSPF", 2018, 2019, 1)
            ]
        entry = audit.entries(
            manager, audit.AuditFilter(action=audit.AuditAction.RETENTION_DELETED)
        )
        assert len(entry) == 1 and NAME not in repr(entry[0])
        assert audit.verify(manager).intact
        key = manager.database._key
        path = manager.path
        with manager.transaction() as session:
            from caseflow.storage.models import Case

            assert session.scalar(select(func.count()).select_from(Case)) == 2
    finally:
        manager.lock()

    plain = _decrypted_pages(path, key)
    # The check can find a name: the other (kept) person is still there.
    assert b"Forskarsson" in plain
    assert NAME.encode() not in plain
    for wal in (path.with_name(path.name + "-wal"),):
        assert not wal.exists() or NAME.encode() not in _decrypted_pages(wal, key)
