"""The statistics PDF: tables and charts read back, nothing hidden drawn, no person in it."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from sqlalchemy import select

from caseflow.domain.statistics import Cell, CellState
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.reports.document import Imprint
from caseflow.reports.statistics_report import (
    MeasureRow,
    StatisticsData,
    StatisticsRow,
    StatisticsTable,
    _chart,
    render_statistics,
)
from caseflow.services import access, demo, statistics
from caseflow.storage.models import Guardian, Person

S, W = CellState.SHOWN, CellState.WITHHELD
L = CellState.SMALL


def _label(text: str):  # type: ignore[no-untyped-def]
    return QT_TRANSLATE_NOOP("Statistics", text)


AGES = StatisticsTable(
    key="age",
    title=_label("Age at referral (new cases)"),
    columns=("SSPF", "SIG", _label("All")),
    rows=(
        StatisticsRow(_label("12–14"), (Cell(11, S), Cell(0, S), Cell(11, S))),
        StatisticsRow(_label("15–17"), (Cell(13, S), Cell(3, L), Cell(916, W))),
        StatisticsRow(_label("18–20"), (Cell(0, S), Cell(4, L), Cell(4, L))),
        StatisticsRow(_label("21 and older"), (Cell(917, W), Cell(2, L), Cell(24, S))),
    ),
    total=StatisticsRow(_label("All new cases"), (Cell(46, S), Cell(9, S), Cell(55, S))),
    measures=(MeasureRow(_label("Median days"), ("17", "–", "12")),),
    note=_label("Age in whole years on the day of referral."),
)
CASES = StatisticsTable(
    key="cases",
    title=_label("Cases"),
    columns=("SSPF", "SIG", _label("All")),
    rows=(
        StatisticsRow(
            _label("New (referred in the period)"), (Cell(46, S), Cell(9, S), Cell(55, S))
        ),
    ),
)
DATA = StatisticsData(
    period_from=date(2025, 1, 1),
    period_to=date(2025, 6, 30),
    programme_codes=("SSPF", "SIG"),
    programme_names=(_label("SSPF (social services, school, police, leisure)"), "SIG"),
    imprint=Imprint("Fältgruppen Söder", "Malmö stad", "Carl Chef", datetime(2025, 7, 2, 9, 30)),
    tables=(CASES, AGES),
)


def _text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_report_reads_back_with_its_tables_and_numbers() -> None:
    reader, text = _text(render_statistics(DATA))
    assert "Manager statistics" in text
    assert "2025-01-01 – 2025-06-30" in text
    assert "SSPF: SSPF (social services, school, police, leisure)" in text
    assert "Fältgruppen Söder" in text and "Malmö stad" in text
    for heading in ("Cases", "Age at referral (new cases)"):
        assert heading in text
    assert "All new cases 46 9 55" in text
    assert "12–14 11 0 11" in text
    assert "15–17 13 <5 .." in text
    assert "Median days 17 – 12" in text
    assert "Age in whole years on the day of referral." in text
    assert "<5: from 1 to 4" in text  # the legend
    assert "Printed by Carl Chef, 2025-07-02 09:30" in text
    assert "Page 1 of" in text
    assert "CONFIDENTIAL" not in text  # counts only: no secrecy marking
    assert reader.metadata is not None
    assert reader.metadata.title == "Manager statistics 2025-01-01 – 2025-06-30"
    assert reader.metadata.author == "Fältgruppen Söder"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_a_hidden_count_is_neither_printed_nor_drawn() -> None:
    _, text = _text(render_statistics(DATA))
    # The withheld cells' true values are nowhere in the file's text.
    assert "916" not in text and "917" not in text
    # The chart's bars come from printed counts only; the others get their mark.
    from caseflow.reports.document import ReportDocument, ReportInfo

    doc = ReportDocument(ReportInfo("t", "s", "i", DATA.imprint))
    drawing = _chart(doc, AGES, 200)
    (chart,) = [c for c in drawing.contents if isinstance(c, HorizontalBarChart)]
    assert chart.data == [[11, 0, 0, 24]]
    assert chart.barLabelArray == [["11", "..", "<5", "24"]]


def test_fonts_are_embedded_dejavu_only() -> None:
    reader, _ = _text(render_statistics(DATA))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_the_words_follow_the_translate_callable() -> None:
    swedish = {
        "Manager statistics": "Ledningsstatistik",
        "Age at referral (new cases)": "Ålder vid aktualisering (nya ärenden)",
        "All": "Alla",
    }
    _, text = _text(render_statistics(DATA, lambda context, source: swedish.get(source, source)))
    assert "Ledningsstatistik" in text
    assert "Ålder vid aktualisering (nya ärenden)" in text
    assert "Alla" in text


# --------------------------------------------------------------- the demo database

PERSONNUMMER = re.compile(r"\d{6,8}[-+]?\d{4}")
DEMO_TODAY = date.today() - timedelta(days=3)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.caseflow"
    demo.create_or_fill(path, cases=40, seed=11, fast_kdf=True, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_people(demo_db: Path) -> list[str]:
    """Every demo person's and guardian's full name (read as the social worker)."""
    workspace = access.unlock(demo_db, "socsek", demo.DEMO_PASSPHRASE)
    try:
        with workspace.transaction() as session:
            names = [
                f"{first} {last}"
                for first, last in session.execute(select(Person.first_name, Person.last_name))
            ]
            names += list(session.scalars(select(Guardian.name)))
            numbers = [n for n in session.scalars(select(Person.personnummer)) if n]
    finally:
        workspace.lock()
    assert len(names) > 40 and numbers
    return names


def test_the_demo_statistics_hold_no_personnummer_and_no_name(
    demo_db: Path, demo_people: list[str]
) -> None:
    manager = access.unlock(demo_db, "chef", demo.DEMO_PASSPHRASE)
    try:
        pdf = statistics.statistics_pdf(manager, DEMO_TODAY - timedelta(days=3 * 365), DEMO_TODAY)
        csv = statistics.statistics_csv(manager, DEMO_TODAY - timedelta(days=3 * 365), DEMO_TODAY)
    finally:
        manager.lock()
    reader, text = _text(pdf)
    raw = "\n".join(page.extract_text() for page in reader.pages)
    assert "Referral sources (new cases)" in text  # the report is there
    for found in (raw, text, csv):
        assert PERSONNUMMER.search(found) is None
        for name in demo_people:
            assert name not in found
    # Nor a case number, nor a word of the demo's free text.
    assert re.search(r"(SSPF|SIG|EXIT|GVI)-\d{4}-\d+", text) is None
