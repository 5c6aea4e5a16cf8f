"""The shared report page: metadata, header and footer on every page, tables that break.

Every check reads the PDF back with pypdf, as a reader's PDF viewer would.
"""

from __future__ import annotations

import io
import re
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

import pytest
from pypdf import PdfReader

from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.reports.document import (
    CONFIDENTIAL,
    Column,
    Imprint,
    ReportDocument,
    ReportInfo,
)

PRINTED_AT = datetime(2026, 3, 14, 9, 5, 31)
IMPRINT = Imprint("Fältgruppen Söder", "Örebro kommun", "Sara Lind", PRINTED_AT)
TRICKY = "Kim <b>& Co</b>"


def _info(**changes: object) -> ReportInfo:
    values: dict[str, object] = {
        "title": "Uppföljning – SSPF-2026-0042",
        "subject": "Testrapport",
        "identifier": "SSPF-2026-0042",
        "imprint": IMPRINT,
    }
    values.update(changes)
    return ReportInfo(**values)  # type: ignore[arg-type]


def _pages(pdf: bytes) -> tuple[PdfReader, list[str]]:
    """The reader and each page's text, whitespace folded (lines wrap)."""
    reader = PdfReader(io.BytesIO(pdf))
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def _long_table_report(rows: int = 120, **changes: object) -> bytes:
    doc = ReportDocument(_info(**changes))
    table = doc.table(
        [Column("Radnummer", 1.5, numeric=True), Column("Åtgärd", 4), Column("Ansvarig", 2)],
        [(n, f"Åtgärd nummer {n} för Åsa Öberg", f"Person {n}") for n in range(1, rows + 1)],
    )
    return doc.build([*doc.title("Rapport", "Undertitel"), doc.heading("Tabell"), table])


def test_metadata_names_the_report_and_the_unit():
    reader, _ = _pages(_long_table_report(5))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Uppföljning – SSPF-2026-0042"
    assert meta.author == "Fältgruppen Söder"
    assert meta.subject == "Testrapport"
    assert meta.creator == "Caseflow"


def test_every_page_has_its_number_of_the_count_the_marking_and_who_printed():
    reader, pages = _pages(_long_table_report())
    count = len(pages)
    assert count >= 3, "the table must run over several pages for this test"
    marking = CONFIDENTIAL.render()
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in text
        assert marking in text
        assert "SSPF-2026-0042" in text
        assert "Printed by Sara Lind, 2026-03-14 09:05" in text
        assert "Fältgruppen Söder" in text and "Örebro kommun" in text
    assert all(page.mediabox.width == pytest.approx(595.28, abs=0.1) for page in reader.pages)


def test_a_long_table_repeats_its_header_row_on_every_page():
    _, pages = _pages(_long_table_report())
    # The table starts under its heading on the first page, not on a page of its own.
    assert pages[0].index("Tabell Radnummer Åtgärd Ansvarig 1 Åtgärd nummer 1 för")
    seen_rows: list[int] = []
    for text in pages:
        numbers = [int(n) for n in re.findall(r"Åtgärd nummer (\d+) för Åsa Öberg", text)]
        assert numbers, "every page holds rows of the table"
        assert "Radnummer Åtgärd Ansvarig" in text
        seen_rows += numbers
    assert seen_rows == list(range(1, 121)), "every row once, in order"


def test_swedish_text_and_markup_characters_are_printed_as_they_are():
    doc = ReportDocument(_info(identifier=TRICKY))
    story = [
        *doc.title(TRICKY),
        doc.paragraph(f"Ärendet gäller {TRICKY}.\nRad två: å ä ö Å Ä Ö é"),
        doc.key_values([("Namn", TRICKY), ("Tomt", ""), ("Inget", None)]),
        doc.table([Column("Namn"), Column("Antal", numeric=True)], [(TRICKY, 3)]),
    ]
    _, pages = _pages(doc.build(story))
    text = pages[0]
    assert text.count(TRICKY) >= 4  # title, paragraph, block, table, header
    assert "Ärendet gäller Kim <b>& Co</b>. Rad två: å ä ö Å Ä Ö é" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_the_font_is_embedded_and_no_base_font_is_used():
    reader, _ = _pages(_long_table_report(5))
    fonts = {
        str(font.get_object()["/BaseFont"]): font.get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts
    for font in fonts.values():
        descriptor = font["/FontDescriptor"]
        assert "/FontFile2" in descriptor  # the TrueType subset is embedded


def test_a_banner_is_on_every_page_and_a_marking_can_be_left_out():
    _, pages = _pages(_long_table_report(banner="UTKAST – ej justerat", marking=None))
    assert len(pages) > 1
    for text in pages:
        assert "UTKAST – ej justerat" in text
        assert CONFIDENTIAL.render() not in text
    _, plain = _pages(_long_table_report(5))
    assert "UTKAST" not in plain[0]


def test_the_words_follow_the_translate_callable():
    swedish = {
        "Page {page} of {pages}": "Sida {page} av {pages}",
        "Printed by {name}, {date} {time}": "Utskriven av {name}, {date} {time}",
        CONFIDENTIAL.source: "SEKRETESS enligt OSL 26 kap. 1 §",
        "Rubrik": "Rubrik på svenska",
    }

    def translate(context: str, source: str) -> str:
        assert context == "Reports"
        return swedish.get(source, source)

    doc = ReportDocument(_info(), translate)
    heading = QT_TRANSLATE_NOOP("Reports", "Rubrik")
    _, pages = _pages(doc.build([doc.heading(heading)]))
    assert len(pages) == 1
    assert "Sida 1 av 1" in pages[0]
    assert "SEKRETESS enligt OSL 26 kap. 1 §" in pages[0]
    assert "Utskriven av Sara Lind, 2026-03-14 09:05" in pages[0]
    assert "Rubrik på svenska" in pages[0]


def test_a_cell_taller_than_a_page_is_split_rather_than_failing():
    doc = ReportDocument(_info())
    huge = "\n".join(f"Rad {n} av en mycket lång anteckning." for n in range(1, 200))
    story = [
        doc.key_values([("Anteckning", huge)]),
        doc.table([Column("Vad"), Column("Text", 4)], [("Lång", huge)]),
    ]
    _, pages = _pages(doc.build(story))
    text = " ".join(pages)
    assert len(pages) >= 4
    assert text.count("Rad 199 av en mycket lång anteckning.") == 2


def test_an_empty_table_says_so_when_asked():
    doc = ReportDocument(_info())
    story = [doc.table([Column("Vad"), Column("När")], [], empty="Inga rader.")]
    _, pages = _pages(doc.build(story))
    assert "Inga rader." in pages[0] and "När" not in pages[0]


def test_a_long_unit_name_is_shortened_in_the_header_not_run_over_the_identifier():
    long_unit = "Enheten för förebyggande arbete bland unga " * 4
    imprint = Imprint(long_unit, "", "Sara Lind", PRINTED_AT)
    doc = ReportDocument(_info(imprint=imprint))
    reader, pages = _pages(doc.build([doc.paragraph("Innehåll")]))
    assert "…" in pages[0]
    assert "SSPF-2026-0042" in pages[0]
    assert reader.metadata is not None and reader.metadata.author == long_unit


def test_reports_build_side_by_side_on_worker_threads():
    def build(index: int) -> tuple[int, list[str]]:
        pdf = _long_table_report(60 + index, identifier=f"SIG-2026-{index:04d}")
        return index, _pages(pdf)[1]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(build, range(8)))
    for index, pages in results:
        count = len(pages)
        for number, text in enumerate(pages, start=1):
            assert f"SIG-2026-{index:04d}" in text
            assert f"Page {number} of {count}" in text
        assert f"Åtgärd nummer {60 + index} för Åsa Öberg" in pages[-1]
