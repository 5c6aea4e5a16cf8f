"""The page every Caseflow report is printed on: A4, DejaVu Sans, a header and a footer.

A report module gathers nothing itself: it gets plain data, builds a story of
flowables with the helpers here, and ``ReportDocument.build`` returns the PDF
bytes. Every page then carries, whatever the report:

- the unit and municipality (top left) and the report's identifier, usually
  the case number (top right);
- a banner when the document is not final (``ReportInfo.banner``, for example
  "DRAFT – not approved"), in the header and across the page;
- the confidentiality marking (``CONFIDENTIAL``, "SEKRETESS enligt OSL 26 kap.
  1 §" in Swedish), "Printed by NAME, DATE TIME" and "Page X of Y".

"Page X of Y" needs the page count before the first page is finished, so the
canvas keeps each page until the story is laid out and draws the header and
footer when it saves (``_NumberedCanvas``): one layout pass, not two.

Every helper escapes what it is given: data is printed as it is, so a name
holding ``<b>&`` is printed literally, never read as markup. Words of the
report are ``Text`` (context "Reports" here) rendered with the ``translate``
callable the caller passes, as ``caseflow.reports.consent_form`` does.

A ``ReportDocument`` holds the state of one build; build reports on any
thread, one document per build (fonts are registered under a lock).

Usage::

    doc = ReportDocument(ReportInfo(title, subject, case_number, imprint), translate)
    story = [
        *doc.title(TITLE),
        doc.key_values([(DATE, "2026-05-04"), (PLACE, place)]),
        doc.heading(SECTION),
        doc.paragraph(notes),
        doc.table([Column(WHAT, 3), Column(DUE, 1)], rows),
    ]
    pdf = doc.build(story)
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak  # type: ignore[import-untyped]

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports.fonts import register_fonts

# --- the words on every page -------------------------------------------------------------

CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "Reports", "CONFIDENTIAL – Public Access to Information and Secrecy Act, chapter 26 section 1"
)
PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
PRINTED_BY = QT_TRANSLATE_NOOP("Reports", "Printed by {name}, {date} {time}")
NOTHING = "–"  # an empty value in a table or key–value block

# --- the page ----------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP_MARGIN = 24 * mm  # the header sits above the frame
BOTTOM_MARGIN = 22 * mm  # the footer's two lines sit below it
# A heading goes to the next page with what follows it only when less than this is left.
KEEP_WITH_NEXT_ROOM = 40 * mm
# The frame reportlab lays the story out in pads 6 points on each side.
FRAME_PADDING = 6
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * FRAME_PADDING
TEXT_COLOUR = colors.HexColor("#1a1a1a")
MUTED_COLOUR = colors.HexColor("#555555")
RULE_COLOUR = colors.HexColor("#999999")
GRID_COLOUR = colors.HexColor("#bbbbbb")
HEADER_FILL = colors.HexColor("#e6e6e6")
LABEL_FILL = colors.HexColor("#f2f2f2")
STRIPE_FILL = colors.HexColor("#f8f8f8")
MARKING_COLOUR = colors.HexColor("#8b0000")
DETAIL_SIZE = 7.5  # the small grey line under a cell's main text


_FRAME_BREAK = type(FrameBreak)  # reportlab exports an instance of its class

# --- what the caller says about the report -----------------------------------------------


@dataclass(frozen=True)
class Imprint:
    """Who prints, for which unit, and when: the same for every report of a print job.

    ``unit`` is the PDF's author and the header's first words; ``municipality``
    follows it when known. ``printed_at`` is local time.
    """

    unit: Text | str
    municipality: Text | str
    printed_by: str
    printed_at: datetime


@dataclass(frozen=True)
class ReportInfo:
    """What a report says about itself on every page and in the PDF's metadata.

    ``identifier`` is printed top right on every page: the case number, or
    the report's own identifier ("Meeting 12", a statistics period).
    ``marking`` is the confidentiality marking (None: no marking, only for a
    report that holds nothing about a person). ``banner`` is printed in the
    header and across every page (a draft's "DRAFT – not approved").
    ``language`` is the PDF's language tag ("sv", "en"), for screen readers.
    """

    title: Text | str
    subject: Text | str
    identifier: str
    imprint: Imprint
    marking: Text | str | None = CONFIDENTIAL
    banner: Text | str | None = None
    language: str = ""


@dataclass(frozen=True)
class Column:
    """A table column: its header, its share of the width, numbers set right."""

    header: Text | str
    width: float = 1.0
    numeric: bool = False


# --- styles ------------------------------------------------------------------------------


class ReportStyles:
    """The paragraph styles of every report, in DejaVu Sans."""

    def __init__(self, regular: str, bold: str) -> None:
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle(
            "body", fontName=regular, fontSize=10, leading=13.5, textColor=TEXT_COLOUR
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=8.5, leading=11, textColor=MUTED_COLOUR
        )
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=bold, fontSize=17, leading=21, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.body, fontSize=11.5, leading=15, textColor=MUTED_COLOUR
        )
        self.heading1 = ParagraphStyle(
            "heading1",
            parent=self.body,
            fontName=bold,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.heading2 = ParagraphStyle(
            "heading2",
            parent=self.heading1,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.heading3 = ParagraphStyle(
            "heading3",
            parent=self.heading1,
            fontSize=10,
            leading=13,
            spaceBefore=5,
            spaceAfter=2,
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=11.5)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.cell_header = ParagraphStyle("cell_header", parent=self.cell, fontName=bold)
        self.cell_header_right = ParagraphStyle(
            "cell_header_right", parent=self.cell_header, alignment=TA_RIGHT
        )
        self.label = ParagraphStyle("label", parent=self.cell, textColor=MUTED_COLOUR)

    def heading(self, level: int) -> ParagraphStyle:
        return {1: self.heading1, 2: self.heading2}.get(level, self.heading3)


def table_style(regular: str, commands: Iterable[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-string cells (even "") are set in ``regular``, not Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *commands])


# The frame and cell padding of every table of facts or rows, after its own lines and fills.
_FRAMED_CELLS: tuple[tuple[Any, ...], ...] = (
    ("BOX", (0, 0), (-1, -1), 0.5, RULE_COLOUR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
)


def markup(text: str) -> str:
    """``text`` as paragraph markup that prints it literally, keeping its line breaks."""
    return "<br/>".join(escape(line) for line in text.strip("\n").split("\n"))


def format_date(day: date | None) -> str:
    return day.isoformat() if day is not None else NOTHING


def format_time(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# --- the document ------------------------------------------------------------------------


class ReportDocument:
    """One report being built: its words, its styles and the helpers for its story."""

    def __init__(self, info: ReportInfo, translate: Translate | None = None) -> None:
        self.info = info
        self._translate = translate
        regular, bold = register_fonts()
        self.styles = ReportStyles(regular, bold)

    # --- words -----------------------------------------------------------------------

    def t(self, text: Text | str, **args: object) -> str:
        """``text`` in the report's language (a ``str`` is data and stays as it is)."""
        if isinstance(text, str):
            return text
        return (text.format(**args) if args else text).render(self._translate)

    def lines(self, texts: Iterable[Text | str]) -> str:
        """``texts`` in the report's language, one to a line (a cell's list of parties)."""
        return "\n".join(self.t(text) for text in texts)

    # --- flowables -------------------------------------------------------------------

    def title(self, text: Text | str, subtitle: Text | str | None = None) -> list[Flowable]:
        """The report's title on its first page, with an optional line under it."""
        parts: list[Flowable] = [self.paragraph(text, self.styles.title)]
        if subtitle:
            parts.append(self.paragraph(subtitle, self.styles.subtitle))
        parts.append(Spacer(1, 4 * mm))
        return parts

    def heading(self, text: Text | str, level: int = 1) -> Paragraph:
        """A section heading (level 1, 2 or 3); it stays on the page of what follows."""
        return self.paragraph(text, self.styles.heading(level))

    def paragraph(self, text: Text | str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain text, escaped, its line breaks kept; splits across pages."""
        return Paragraph(markup(self.t(text)), style or self.styles.body)

    def spacer(self, height_mm: float = 3) -> Spacer:
        return Spacer(1, height_mm * mm)

    def cell(self, value: Any, style: ParagraphStyle | None = None) -> Flowable:
        """A table cell: a flowable as it is, anything else as an escaped, wrapping paragraph."""
        if isinstance(value, Flowable):
            return value
        if value is None or value == "":
            text = NOTHING
        elif isinstance(value, Text):
            text = self.t(value)
        else:
            text = str(value)
        return Paragraph(markup(text), style or self.styles.cell)

    def two_lines(self, main: Text | str, detail: Text | str, comment: str = "") -> Paragraph:
        """A cell: ``main``, ``detail`` small and grey under it, and a comment in italics."""
        text = (
            f"{markup(self.t(main))}<br/>"
            f'<font size="{DETAIL_SIZE}" color="#{MUTED_COLOUR.hexval()[2:]}">'
            f"{markup(self.t(detail))}</font>"
        )
        if comment:
            text += f"<br/><i>{markup(comment)}</i>"
        return Paragraph(text, self.styles.cell)

    def box(
        self, paragraphs: Sequence[Flowable], colour: Any, top: float = 3, bottom: float = 3
    ) -> Table:
        """Paragraphs in a framed box the width of the page: a notice on the first page."""
        box = Table([[p] for p in paragraphs], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
        box.setStyle(
            table_style(
                self.styles.regular,
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, colour),
                    ("TOPPADDING", (0, 0), (-1, -1), top),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ],
            )
        )
        return box

    def key_values(
        self, pairs: Sequence[tuple[Text | str, Any]], label_share: float = 0.28
    ) -> Table:
        """A block of labelled facts: the label on the left, its value on the right."""
        rows = [[self.cell(label, self.styles.label), self.cell(value)] for label, value in pairs]
        label_width = CONTENT_WIDTH * label_share
        table = Table(
            rows or [["", ""]],
            colWidths=[label_width, CONTENT_WIDTH - label_width],
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            table_style(
                self.styles.regular,
                [
                    ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID_COLOUR),
                    *_FRAMED_CELLS,
                ],
            )
        )
        return table

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Any]],
        empty: Text | str | None = None,
    ) -> Flowable:
        """A table that breaks across pages and repeats its header row on each of them.

        Widths are shares of the page's text width. Cells wrap; a row taller
        than what is left of a page is split inside the row. Without rows the
        table is ``empty`` (a short line) when given, else just its header.
        """
        if not rows and empty is not None:
            return self.paragraph(empty, self.styles.small)
        total = sum(c.width for c in columns) or 1.0
        header = [
            self.cell(
                c.header, self.styles.cell_header_right if c.numeric else self.styles.cell_header
            )
            for c in columns
        ]
        body = [
            [
                self.cell(value, self.styles.cell_right if c.numeric else self.styles.cell)
                for c, value in zip(columns, row, strict=True)
            ]
            for row in rows
        ]
        table = Table(
            [header, *body],
            colWidths=[CONTENT_WIDTH * c.width / total for c in columns],
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            table_style(
                self.styles.regular,
                [
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL]),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE_COLOUR),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID_COLOUR),
                    *_FRAMED_CELLS,
                ],
            )
        )
        return table

    # --- building --------------------------------------------------------------------

    def build(self, story: Sequence[Flowable]) -> bytes:
        """Lay out ``story`` on A4 pages with header and footer; returns the PDF bytes."""
        info = self.info
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=self.t(info.title),
            author=self.t(info.imprint.unit),
            subject=self.t(info.subject),
            creator="Caseflow",
            lang=info.language or None,
            displayDocTitle=True,
            # Otherwise the canvas starts in Helvetica, a font it neither uses nor embeds.
            initialFontName=self.styles.regular,
            keepTogetherClass=_KeepWithNext,
        )
        doc.build(list(story), canvasmaker=partial(_NumberedCanvas, self._decorate))
        return buffer.getvalue()

    def _decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        """Header, footer and banner of one page, now that the page count is known."""
        s, info, imprint = self.styles, self.info, self.info.imprint
        left, right = MARGIN + FRAME_PADDING, PAGE_WIDTH - MARGIN - FRAME_PADDING
        width = right - left
        canvas.saveState()
        canvas.setFillColor(TEXT_COLOUR)
        # Header: the unit and municipality, the identifier, a rule.
        top = PAGE_HEIGHT - 13 * mm
        identifier = fit_text(info.identifier, s.bold, 9.5, width * 0.45)
        canvas.setFont(s.bold, 9.5)
        canvas.drawRightString(right, top, identifier)
        room = width - stringWidth(identifier, s.bold, 9.5) - 8 * mm
        unit = self.t(imprint.unit)
        municipality = self.t(imprint.municipality)
        canvas.drawString(left, top, fit_text(unit, s.bold, 9.5, room))
        if municipality:
            canvas.setFont(s.regular, 8.5)
            canvas.setFillColor(MUTED_COLOUR)
            canvas.drawString(left, top - 10.5, fit_text(municipality, s.regular, 8.5, room))
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(left, PAGE_HEIGHT - 19 * mm, right, PAGE_HEIGHT - 19 * mm)
        if info.banner:
            self._banner(canvas, self.t(info.banner), left, right)
        # Footer: a rule, the marking, who printed when, the page of how many.
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.line(left, 16 * mm, right, 16 * mm)
        if info.marking:
            canvas.setFont(s.bold, 8)
            canvas.setFillColor(MARKING_COLOUR)
            canvas.drawString(left, 12 * mm, fit_text(self.t(info.marking), s.bold, 8, width))
        page_text = self.t(PAGE_OF, page=page, pages=pages)
        canvas.setFont(s.regular, 8)
        canvas.setFillColor(MUTED_COLOUR)
        canvas.drawRightString(right, 8 * mm, page_text)
        printed = self.t(
            PRINTED_BY,
            name=imprint.printed_by,
            date=imprint.printed_at.date().isoformat(),
            time=format_time(imprint.printed_at),
        )
        room = width - stringWidth(page_text, s.regular, 8) - 8 * mm
        canvas.drawString(left, 8 * mm, fit_text(printed, s.regular, 8, room))
        canvas.restoreState()

    def _banner(self, canvas: Canvas, text: str, left: float, right: float) -> None:
        bold = self.styles.bold
        canvas.setFont(bold, 9.5)
        canvas.setFillColor(MARKING_COLOUR)
        middle = (left + right) / 2
        banner = fit_text(text, bold, 9.5, 70 * mm)
        canvas.drawCentredString(middle, PAGE_HEIGHT - 17.5 * mm, banner)
        # Across the page as well, faint enough to read the text beneath.
        canvas.saveState()
        canvas.setFillAlpha(0.10)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(40)
        size = 44.0
        while size > 16 and stringWidth(text, bold, size) > PAGE_HEIGHT * 0.8:
            size -= 2
        canvas.setFont(bold, size)
        canvas.drawCentredString(0, -size / 3, text)
        canvas.restoreState()


class _KeepWithNext(KeepTogether):  # type: ignore[misc]  # reportlab has no types
    """What platypus wraps a heading (``keepWithNext``) and the flowable after it in.

    Plain ``KeepTogether`` moves the pair to a new page whenever it does not
    fit, which leaves a page blank above a heading followed by a long table.
    This one moves it only when less than ``KEEP_WITH_NEXT_ROOM`` is left on
    the page; otherwise the table or text splits under its heading.
    """

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        if available_height > KEEP_WITH_NEXT_ROOM and parts and isinstance(parts[0], _FRAME_BREAK):
            return parts[1:]
        return parts


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    """Keeps every page until the document is saved, then decorates each with its
    number and the page count ("Page X of Y"). One instance per build."""

    def __init__(self, decorate: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate_page = decorate
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate_page(self, number, pages)
            super().showPage()
        super().save()
