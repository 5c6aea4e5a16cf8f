"""Logg: entries listed and filtered, the chain verified (and found broken), CSV export."""

from __future__ import annotations

from pathlib import Path

from caseflow.domain.audit import AuditAction
from caseflow.services import audit
from caseflow.services.workspace import Workspace
from caseflow.ui.pages.audit_log import Column, LogPage

DROP_TRIGGERS = ("DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")


def _fill(workspace: Workspace, count: int) -> None:
    for i in range(count):
        audit.record(
            workspace,
            AuditAction.RECORD_WRITTEN,
            record_type="journal_entry",
            record_id=i,
            reason=f"reason {i}",
        )


def _page(qtbot, workspace: Workspace, page_size: int = 500) -> LogPage:
    page = LogPage(workspace, page_size=page_size)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading, timeout=5000)
    return page


def test_the_log_lists_entries_newest_first_in_pages_and_filters(qtbot, manager: Workspace) -> None:
    _fill(manager, 60)
    page = _page(qtbot, manager, page_size=20)
    model = page.model
    assert model.rowCount() == 20 and model.has_more
    first = model.index(0, Column.ACTION)
    assert model.data(first) == "Record written"
    assert model.data(model.index(0, Column.USER)) == "chef"
    assert model.data(model.index(0, Column.REASON)) == "reason 59"
    assert model.data(model.index(0, Column.RECORD)) == "journal_entry 59"
    assert "newest 20 entries" in page.count_label.text()
    page.table.scrollToBottom()  # the view asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=5000)

    page.action.setCurrentIndex(page.action.findData(AuditAction.LOGIN.value))
    page.apply_filters()
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 1, timeout=5000)
    assert model.data(model.index(0, Column.ACTION)) == "Logged in"
    page.username.setText("sara")
    page.apply_filters()
    qtbot.waitUntil(lambda: not model.is_loading, timeout=5000)
    assert model.rowCount() == 0 and page.count_label.text() == "No entries match the filters."


def test_verify_says_intact_then_names_the_broken_entry(qtbot, manager: Workspace) -> None:
    _fill(manager, 8)
    page = _page(qtbot, manager)
    page.verify_button.click()
    qtbot.waitUntil(lambda: "intact" in page.verdict.text(), timeout=10_000)
    total = audit.verify(manager).entries
    assert f"{total} entries checked" in page.verdict.text()

    victim = audit.entries(manager, audit.AuditFilter(), limit=1, offset=3)[0]
    with manager.database.engine.begin() as connection:
        for statement in DROP_TRIGGERS:
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(
            f"UPDATE audit_log SET reason = 'nothing happened' WHERE id = {victim.id}"
        )
    page.verify_button.click()
    qtbot.waitUntil(lambda: "BROKEN" in page.verdict.text(), timeout=10_000)
    assert f"entry {victim.id} " in page.verdict.text()
    assert "#7a0000" in page.verdict.styleSheet()


def test_export_writes_a_csv_with_a_byte_order_mark(
    qtbot, manager: Workspace, tmp_path: Path
) -> None:
    _fill(manager, 3)
    page = _page(qtbot, manager)
    target = tmp_path / "logg"
    page.export_to(target)
    qtbot.waitUntil(lambda: "exported to" in page.message.text(), timeout=10_000)
    written = tmp_path / "logg.csv"
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").splitlines()
    assert lines[0].startswith("id;at;username;action")
    assert sum(";record_written;" in line for line in lines) == 3
    assert not list(tmp_path.glob(".logg*.tmp"))
    # The export itself is logged.
    assert audit.entries(manager, audit.AuditFilter(action=AuditAction.EXPORT))


def test_other_roles_read_a_sentence_instead_of_the_log(qtbot, social_worker: Workspace) -> None:
    page = LogPage(social_worker)
    qtbot.addWidget(page)
    assert not page.may_read and not hasattr(page, "model")
