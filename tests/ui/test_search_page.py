"""Sök: search as you type, matches in bold (escaped), Enter opens the case."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from caseflow.domain.cases import JournalEntryType
from caseflow.services import cases, fulltext, journal
from caseflow.services.workspace import Workspace
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.search import page as search_page
from caseflow.ui.search.page import CASE, KIND, TEXT, SearchPage
from caseflow.ui.search.snippet import MARKUP_ROLE, to_markup
from tests.helpers import login
from tests.services.meeting_fixtures import TODAY, user_id, young_person

WRITTEN = TODAY - timedelta(days=1)


def _signed(workspace: Workspace, case_id: int, words: str) -> int:
    entry = journal.create_entry(workspace, case_id, WRITTEN, JournalEntryType.CONTACT, words)
    journal.sign_entry(workspace, entry)
    return entry


@pytest.fixture
def texts(users: Path) -> dict[str, int]:
    """Sara's case (one entry with markup-like text) and Fia's, which Sara is not assigned to."""
    sara = login(users, "sara")
    try:
        own = young_person(sara, "Elsa", "Ek", serial=981).case_id
        _signed(sara, own, "Elsa berättar om skolkproblemen. Hon skrev <b>inte</b> & ritade.")
        _signed(sara, own, "Samtal med mentorn om frånvaron.")
        theirs = young_person(
            sara, "Omar", "Berg", serial=982, responsible_user_id=user_id(sara, "fia")
        ).case_id
        cases.get_case(sara, theirs, reason="Skriver in anteckning från samverkansmötet")
        _signed(sara, theirs, "Omar skolkar från slöjden.")
    finally:
        sara.lock()
    return {"own": own, "theirs": theirs}


@pytest.fixture
def worker(users: Path, texts: dict[str, int]) -> Iterator[Workspace]:
    """Sara again, in a new session: Omar's case is not opened with a reason in this one."""
    workspace = login(users, "sara")
    yield workspace
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    workspace.lock()


def _page(qtbot, workspace: Workspace) -> SearchPage:
    keeper = DraftKeeper(workspace)
    page = SearchPage(workspace, keeper)
    keeper.setParent(page)
    qtbot.addWidget(page)
    page.resize(1100, 560)
    page.show()
    return page


def _type(qtbot, page: SearchPage, text: str) -> None:
    with qtbot.waitSignal(page.search_done, timeout=10_000):
        page.search.clear()
        qtbot.keyClicks(page.search, text)


def _rows(page: SearchPage) -> list[list[str]]:
    tree = page.tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def test_markers_become_bold_only_after_escaping() -> None:
    B, E = fulltext.MATCH_START, fulltext.MATCH_END
    assert to_markup(f"om {B}skolk{E}en <i>&") == "om <b>skolk</b>en &lt;i&gt;&amp;"
    assert to_markup(f"{B}<script>{E}") == "<b>&lt;script&gt;</b>"
    # Unbalanced markers (a stray control character in the text) still give balanced markup.
    assert to_markup(f"a{E}b{B}c") == "ab<b>c</b>"


def test_typing_searches_once_and_shows_the_matches_in_bold(
    qtbot, worker, texts, monkeypatch, tmp_path
):
    calls: list[str] = []
    real = fulltext.search_text

    def counted(workspace, query, *args, **kwargs):
        calls.append(query)
        return real(workspace, query, *args, **kwargs)

    monkeypatch.setattr(fulltext, "search_text", counted)
    page = _page(qtbot, worker)
    qtbot.waitUntil(page.search.hasFocus, timeout=2000)
    _type(qtbot, page, "skolk")
    assert calls == ["skolk"]  # one search after the pause, not one per key

    rows = _rows(page)
    number = cases.get_case(worker, texts["own"]).case_number
    assert [r[CASE] for r in rows].count(number) == 1 and len(rows) == 2
    own_row = next(r for r in range(2) if rows[r][CASE] == number)
    item = page.tree.topLevelItem(own_row)
    assert rows[own_row][KIND] == "Journal entry"
    assert item.text(TEXT) == "Elsa berättar om skolkproblemen. Hon skrev <b>inte</b> & ritade."
    assert item.data(TEXT, MARKUP_ROLE) == (
        "Elsa berättar om <b>skolk</b>problemen. Hon skrev &lt;b&gt;inte&lt;/b&gt; &amp; ritade."
    )
    other = page.tree.topLevelItem(1 - own_row)
    assert other.text(TEXT) == "Not your case: open it to read the text."
    assert other.data(TEXT, MARKUP_ROLE) is None
    assert page.status.text().startswith("2 match(es).")
    assert "not assigned" in page.status.text()

    page.grab().save(str(tmp_path / "search_page.png"))


def test_enter_and_double_click_open_the_case(qtbot, worker, texts):
    page = _page(qtbot, worker)
    _type(qtbot, page, "mentorn")
    assert len(_rows(page)) == 1
    with qtbot.waitSignal(page.open_case_requested, timeout=2000) as opened:
        qtbot.keyClick(page.search, "\r")
    assert opened.args == [texts["own"]]

    # Down from the field into the list, Enter there.
    _type(qtbot, page, "skolk")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.tree.hasFocus()
    page.tree.setCurrentItem(page.tree.topLevelItem(1))
    expected = page.selected_case_id()
    with qtbot.waitSignal(page.open_case_requested, timeout=2000) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [expected]

    # A double-click is a press, a release and a double-click, as a mouse makes it.
    item = page.tree.topLevelItem(0)
    centre = page.tree.visualItemRect(item).center()
    viewport = page.tree.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.open_case_requested, timeout=2000) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [page.selected_case_id()]


def test_enter_right_after_typing_opens_a_single_match(qtbot, worker, texts):
    page = _page(qtbot, worker)
    with qtbot.waitSignal(page.open_case_requested, timeout=10_000) as opened:
        qtbot.keyClicks(page.search, "mentorn")
        qtbot.keyClick(page.search, "\r")
    assert opened.args == [texts["own"]]


def test_too_short_words_and_too_many_matches_are_said(qtbot, worker, texts, monkeypatch):
    page = _page(qtbot, worker)
    _type(qtbot, page, "om xy")
    assert _rows(page) == []
    assert page.status.text() == ("Left out: “om”, “xy”. Search words need at least 3 characters.")
    _type(qtbot, page, "i skolk")
    assert page.status.text().startswith("Left out: “i”.")
    assert len(_rows(page)) == 2

    monkeypatch.setattr(search_page, "RESULT_LIMIT", 1)
    _type(qtbot, page, "skolk")
    assert len(_rows(page)) == 1
    assert page.status.text().startswith(
        "More than 1 matches: the newest 1 are shown. Add a word to find fewer."
    )

    with qtbot.waitSignal(page.search_done, timeout=10_000):
        page.only_mine.setChecked(True)
    [mine] = _rows(page)
    assert mine[TEXT].startswith("Elsa berättar")
    assert page.status.text() == "1 match(es)."


def test_an_answer_to_older_typing_is_dropped(qtbot, worker, texts, monkeypatch):
    release = threading.Event()
    real = fulltext.search_text

    def slow_for_skolk(workspace, query, *args, **kwargs):
        if query == "skolk":
            release.wait(5)
        return real(workspace, query, *args, **kwargs)

    monkeypatch.setattr(fulltext, "search_text", slow_for_skolk)
    page = _page(qtbot, worker)
    page.search.setText("skolk")
    page.search_now()  # on its way, held back
    with qtbot.waitSignal(page.search_done, timeout=10_000):
        page.search.setText("mentorn")
        page.search_now()
    assert [r[TEXT] for r in _rows(page)] == ["Samtal med mentorn om frånvaron."]
    release.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert [r[TEXT] for r in _rows(page)] == ["Samtal med mentorn om frånvaron."]


def test_a_manager_reads_a_sentence(qtbot, users):
    manager = login(users, "chef")
    try:
        page = _page(qtbot, manager)
        assert not page.applies
        assert "Your role does not read case files" in page.explanation.text()
    finally:
        manager.lock()
