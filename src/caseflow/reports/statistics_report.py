"""The manager statistics as a PDF: each table with a bar chart beside it.

Plain data in (``StatisticsData``, gathered and suppressed by
``caseflow.services.statistics``), PDF bytes out. Every number arrives as a
``Cell`` that knows how it may be printed: a suppressed count is printed as
its mark ("<5", "..") and drawn as no bar at all, with the mark where the
bar would be; a chart is never drawn from a true value the table hides.

The statistics hold counts only, so the pages carry no secrecy marking
(``ReportInfo.marking`` None): the tables are made to be handed to a board.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Table  # type: ignore[import-untyped]

from caseflow.domain.statistics import LEGEND, Cell
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports.document import (
    CONTENT_WIDTH,
    MUTED_COLOUR,
    TEXT_COLOUR,
    Column,
    Imprint,
    ReportDocument,
    ReportInfo,
    fit_text,
    table_style,
)

TITLE = QT_TRANSLATE_NOOP("Statistics", "Manager statistics")
PDF_TITLE = QT_TRANSLATE_NOOP("Statistics", "Manager statistics {start} – {end}")
PERIOD_TEXT = QT_TRANSLATE_NOOP("Statistics", "{start} – {end}")
SUBJECT = QT_TRANSLATE_NOOP("Statistics", "Counts of cases, without personal data")
PERIOD = QT_TRANSLATE_NOOP("Statistics", "Period")
PROGRAMMES = QT_TRANSLATE_NOOP("Statistics", "Programmes")
PROGRAMME_NAMED = QT_TRANSLATE_NOOP("Statistics", "{code}: {name}")
UNIT = QT_TRANSLATE_NOOP("Statistics", "Unit")
ABOUT = QT_TRANSLATE_NOOP(
    "Statistics",
    "Counts only: no name, personal identity number or text written in a case appears in "
    "this report. Each table has one column per programme. The bars show the rightmost "
    "column; a count that is not printed is not drawn either.",
)

BAR_COLOUR = colors.HexColor("#4a6f8a")
TABLE_SHARE = 0.6  # of the text width; the chart gets the rest
CHART_GAP = 4 * mm
LABEL_WIDTH = 30 * mm  # the chart's category labels
ROW_HEIGHT = 6.5 * mm
MIN_NUMBER_WIDTH = 9 * mm
CELL_PADDING = 14  # points: the table's left and right padding, and a little air
BLANK = " "  # the label column's header (an empty one would print as "–")


@dataclass(frozen=True)
class StatisticsRow:
    """A row of counts: one cell per programme, then the total over them when there are several."""

    label: Text
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class MeasureRow:
    """A figure that is not a count (a median, a share), already formatted per column."""

    label: Text
    values: tuple[Text | str, ...]


@dataclass(frozen=True)
class StatisticsTable:
    key: str  # stable: "cases", "age", ... (for the CSV and tests)
    title: Text
    columns: tuple[Text | str, ...]  # programme codes, then "All" when there are several
    rows: tuple[StatisticsRow, ...]
    total: StatisticsRow | None = None
    measures: tuple[MeasureRow, ...] = ()
    note: Text | None = None


@dataclass(frozen=True)
class StatisticsData:
    period_from: date
    period_to: date
    programme_codes: tuple[str, ...]
    programme_names: tuple[Text | str, ...]
    imprint: Imprint
    tables: tuple[StatisticsTable, ...]


def render_statistics(
    data: StatisticsData, translate: Translate | None = None, language: str = ""
) -> bytes:
    """The statistics report as PDF bytes."""
    start, end = data.period_from.isoformat(), data.period_to.isoformat()
    period = PERIOD_TEXT.format(start=start, end=end)
    info = ReportInfo(
        title=PDF_TITLE.format(start=start, end=end),
        subject=SUBJECT,
        identifier=period.render(translate),
        imprint=data.imprint,
        marking=None,
        language=language,
    )
    doc = ReportDocument(info, translate)
    programmes = "\n".join(
        doc.t(PROGRAMME_NAMED, code=code, name=name)
        for code, name in zip(data.programme_codes, data.programme_names, strict=True)
    )
    story: list[Flowable] = [
        *doc.title(TITLE, period),
        doc.key_values([(PERIOD, period), (PROGRAMMES, programmes), (UNIT, data.imprint.unit)]),
        doc.spacer(2),
        doc.paragraph(ABOUT, doc.styles.small),
        doc.paragraph(LEGEND, doc.styles.small),
    ]
    for table in data.tables:
        story.append(_section(doc, table))
    return doc.build(story)


def _section(doc: ReportDocument, table: StatisticsTable) -> Flowable:
    """A table's heading, the table with its chart beside it, and its note."""
    table_width = CONTENT_WIDTH * TABLE_SHARE
    chart_width = CONTENT_WIDTH - table_width - CHART_GAP
    numbers = _table(doc, table, table_width)
    chart = _chart(doc, table, chart_width)
    beside = Table(
        [[numbers, chart]],
        colWidths=[table_width + CHART_GAP, chart_width],
        hAlign="LEFT",
    )
    beside.setStyle(
        table_style(
            doc.styles.regular,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    )
    parts: list[Flowable] = [doc.heading(table.title, 2), beside]
    if table.note is not None:
        parts += [doc.spacer(1.5), doc.paragraph(table.note, doc.styles.small)]
    # A statistics table is short: it moves to the next page whole rather than split.
    return KeepTogether(parts)


def _table(doc: ReportDocument, table: StatisticsTable, width: float) -> Flowable:
    headers = [doc.t(header) for header in table.columns]
    rows: list[list[Any]] = [[row.label, *(cell.text for cell in row.cells)] for row in table.rows]
    if table.total is not None:
        rows.append(
            [
                doc.paragraph(table.total.label, doc.styles.cell_header),
                *(doc.paragraph(c.text, doc.styles.cell_header_right) for c in table.total.cells),
            ]
        )
    measures = [[doc.t(value) for value in m.values] for m in table.measures]
    rows += [[m.label, *values] for m, values in zip(table.measures, measures, strict=True)]
    # Number columns as wide as their widest entry (in bold, to be safe); labels get the rest.
    texts = [headers, *([c.text for c in row.cells] for row in table.rows), *measures]
    if table.total is not None:
        texts.append([c.text for c in table.total.cells])
    number_width = max(
        MIN_NUMBER_WIDTH,
        *(stringWidth(text, doc.styles.bold, 9) + CELL_PADDING for line in texts for text in line),
    )
    label_width = max(width - number_width * len(headers), width * 0.3)
    columns = [Column(BLANK, label_width)] + [
        Column(header, number_width, numeric=True) for header in headers
    ]
    flowable = doc.table(columns, rows)
    _fit_width(flowable, width)
    return flowable


def _fit_width(table: Any, width: float) -> None:
    """Narrow a table laid out over the whole text width to ``width``, keeping its shares.

    ``ReportDocument.table`` spreads a table over the page; here it shares
    the width with its chart. (Assigning reportlab's column widths before the
    table is wrapped is what its constructor does.)
    """
    scale = width / sum(table._argW)
    table._argW = table._colWidths = [w * scale for w in table._argW]


def _chart(doc: ReportDocument, table: StatisticsTable, width: float) -> Drawing:
    """Horizontal bars of the rightmost column, drawn from printed counts only."""
    cells = [row.cells[-1] for row in table.rows]
    labels = [
        fit_text(doc.t(row.label), doc.styles.regular, 7, LABEL_WIDTH - 2) for row in table.rows
    ]
    height = ROW_HEIGHT * len(cells) + 14 * mm
    drawing = Drawing(width, height)
    # Else the renderer starts in Helvetica and the page names a font it never embeds.
    drawing.initialFontName = doc.styles.regular
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = 8 * mm
    chart.width = width - LABEL_WIDTH - 8 * mm
    chart.height = ROW_HEIGHT * len(cells)
    chart.data = [[cell.shown or 0 for cell in cells]]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barWidth = 4 * mm
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1  # the first row on top, as in the table
    chart.categoryAxis.labels.fontName = doc.styles.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = TEXT_COLOUR
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    top = max((cell.shown or 0 for cell in cells), default=0)
    chart.valueAxis.valueMax = max(5, top * 1.2)
    chart.valueAxis.labels.fontName = doc.styles.regular
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = MUTED_COLOUR
    chart.valueAxis.strokeColor = MUTED_COLOUR
    chart.categoryAxis.strokeColor = MUTED_COLOUR
    chart.valueAxis.labelTextFormat = _whole
    chart.valueAxis.maximumTicks = 5
    # Each bar labelled with what the table prints: the count, "<5" or "..".
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[cell.text for cell in cells]]
    chart.barLabels.fontName = doc.styles.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = TEXT_COLOUR
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(
        String(
            LABEL_WIDTH,
            height - 4 * mm,
            doc.t(table.columns[-1]),
            fontName=doc.styles.bold,
            fontSize=7.5,
            fillColor=MUTED_COLOUR,
        )
    )
    return drawing


def _whole(value: float) -> str:
    return str(int(value)) if value == int(value) else ""
