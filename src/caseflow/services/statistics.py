"""Manager statistics (ledningsstatistik) for a period and one or more programmes.

``gather`` counts in the database (``caseflow.services.statistics_counts``,
whose docstring defines every figure), lays the counts out as tables with
one column per programme (and one for all of them when there are several),
and suppresses small counts across all tables at once
(``caseflow.domain.statistics``): the "new cases" of the overview are the
totals of the age, sex, referral and first-meeting tables, the "closed
cases" those of the closing reasons, so each is suppressed the same way
wherever it is printed. ``statistics_pdf`` and ``statistics_csv`` are what
the Rapporter area and ``caseflow report stats`` call.

Who may: managers (the statistics are theirs to report to the board) and
social workers (who run the programmes). Field assistants and
administrators may not: neither role reports on the unit's work. Managers
may not read cases; these tables are fit for them because they hold counts
only, every count from 1 to 4 suppressed, and never an id, a name, a
personnummer or a word written in a case.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from caseflow.domain.accounts import Role
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import ClosingReason, ReferralSource
from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import Programme
from caseflow.domain.statistics import (
    Cell,
    GridVariables,
    Solution,
    SuppressionPlan,
    add_grid,
    printable_median,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports.statistics_report import (
    MeasureRow,
    StatisticsData,
    StatisticsRow,
    StatisticsTable,
    render_statistics,
)
from caseflow.services import audit, programme_config
from caseflow.services import statistics_counts as counts
from caseflow.services.meeting_documents import imprint
from caseflow.services.statistics_counts import NOT_KNOWN, Counts, Period
from caseflow.services.statistics_csv import render_csv
from caseflow.services.workspace import Workspace

READERS = (Role.MANAGER, Role.SOCIAL_WORKER)

ALL_PROGRAMMES = QT_TRANSLATE_NOOP("Statistics", "All")
NO_VALUE = "–"
PERCENT = QT_TRANSLATE_NOOP("Statistics", "{value}%")

BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Statistics", "The period's first day ({start}) is after its last day ({end})."
)
UNKNOWN_PROGRAMME = QT_TRANSLATE_NOOP(
    "Statistics", "There is no programme {code}. Use SSPF, SIG, EXIT or GVI."
)

# --- the tables' words -------------------------------------------------------------------

CASES = QT_TRANSLATE_NOOP("Statistics", "Cases")
NEW = QT_TRANSLATE_NOOP("Statistics", "New (referred in the period)")
ACTIVE = QT_TRANSLATE_NOOP("Statistics", "Active (open at some time in the period)")
CLOSED = QT_TRANSLATE_NOOP("Statistics", "Closed in the period")
CLOSING_REASONS = QT_TRANSLATE_NOOP("Statistics", "Closing reasons (cases closed in the period)")
ALL_CLOSED = QT_TRANSLATE_NOOP("Statistics", "All closed cases")
AGE = QT_TRANSLATE_NOOP("Statistics", "Age at referral (new cases)")
AGE_LABELS = {
    "under_12": QT_TRANSLATE_NOOP("Statistics", "Under 12"),
    "12_14": QT_TRANSLATE_NOOP("Statistics", "12–14"),
    "15_17": QT_TRANSLATE_NOOP("Statistics", "15–17"),
    "18_20": QT_TRANSLATE_NOOP("Statistics", "18–20"),
    "21_plus": QT_TRANSLATE_NOOP("Statistics", "21 and older"),
}
ALL_NEW = QT_TRANSLATE_NOOP("Statistics", "All new cases")
SEX = QT_TRANSLATE_NOOP("Statistics", "Sex (new cases)")
SEX_LABELS = {
    "female": QT_TRANSLATE_NOOP("Statistics", "Female"),
    "male": QT_TRANSLATE_NOOP("Statistics", "Male"),
    "other": QT_TRANSLATE_NOOP("Statistics", "Other"),
    NOT_KNOWN: QT_TRANSLATE_NOOP("Statistics", "Not known"),
}
SOURCES = QT_TRANSLATE_NOOP("Statistics", "Referral sources (new cases)")
FIRST_MEETING = QT_TRANSLATE_NOOP("Statistics", "First meeting (new cases)")
MET = QT_TRANSLATE_NOOP("Statistics", "Met by the end of the period")
NOT_MET = QT_TRANSLATE_NOOP("Statistics", "Not met by the end of the period")
MEDIAN_DAYS = QT_TRANSLATE_NOOP("Statistics", "Median days from referral to first meeting")
FOLLOW_UPS = QT_TRANSLATE_NOOP("Statistics", "Follow-ups held in the period")
ON_TIME = QT_TRANSLATE_NOOP("Statistics", "On time")
LATE = QT_TRANSLATE_NOOP("Statistics", "Late")
ALL_FOLLOW_UPS = QT_TRANSLATE_NOOP("Statistics", "All follow-ups")
SHARE_ON_TIME = QT_TRANSLATE_NOOP("Statistics", "Share on time")
ACTIONS = QT_TRANSLATE_NOOP("Statistics", "Agreed actions")
DONE = QT_TRANSLATE_NOOP("Statistics", "Done (due in the period)")
OVERDUE = QT_TRANSLATE_NOOP("Statistics", "Open and overdue at the end of the period")
CONSENT = QT_TRANSLATE_NOOP("Statistics", "Consent on {date} (cases open that day)")
COVERED = QT_TRANSLATE_NOOP("Statistics", "With a valid consent")
NOT_COVERED = QT_TRANSLATE_NOOP("Statistics", "Without a valid consent")
ALL_OPEN = QT_TRANSLATE_NOOP("Statistics", "All open cases")
SHARE_COVERED = QT_TRANSLATE_NOOP("Statistics", "Share with a valid consent")

NOTE_CASES = QT_TRANSLATE_NOOP(
    "Statistics",
    "A case counts as active when it was open on at least one day of the period; "
    "new and closed cases are active too.",
)
NOTE_SEX = QT_TRANSLATE_NOOP(
    "Statistics",
    "Sex as registered for the person; where nothing is registered, from the personal "
    "identity number.",
)
NOTE_FIRST_MEETING = QT_TRANSLATE_NOOP(
    "Statistics",
    "The first meeting that was not cancelled, on or after the referral date. A median "
    "resting on fewer than 5 cases is not printed.",
)
NOTE_FOLLOW_UPS = QT_TRANSLATE_NOOP(
    "Statistics",
    "On time: held by the date agreed at the last meeting since the previous follow-up, "
    "or else within the programme's interval after the previous follow-up (or after "
    "work became active).",
)
NOTE_ACTIONS = QT_TRANSLATE_NOOP(
    "Statistics",
    "Overdue: still planned or in progress, due before the last day of the period, in a "
    "case open at its end. The status is today's.",
)
NOTE_CONSENT = QT_TRANSLATE_NOOP(
    "Statistics",
    "Valid consent: every person who must consent that day has consented to at least one "
    "party. A legal ground without consent does not count.",
)


# --- the public calls --------------------------------------------------------------------


def gather(
    workspace: Workspace,
    period_from: date,
    period_to: date,
    programmes: Sequence[Programme | str] = (),
) -> StatisticsData:
    """The statistics for the period and programmes (all programmes when none are given)."""
    workspace.require_role(*READERS)
    period = _period(period_from, period_to, programmes)
    with workspace.transaction() as session:
        names = tuple(
            programme_config.rules_for(session, Programme(code)).name for code in period.programmes
        )
        tables = _Tables(period).build(session)
    return StatisticsData(
        period_from=period.start,
        period_to=period.end,
        programme_codes=period.programmes,
        programme_names=names,
        imprint=imprint(workspace),
        tables=tables,
    )


def statistics_pdf(
    workspace: Workspace,
    period_from: date,
    period_to: date,
    programmes: Sequence[Programme | str] = (),
    translate: Translate | None = None,
    language: str = "",
) -> bytes:
    """The statistics as a PDF (A4, charts beside the tables); logged as a report produced.

    ``translate`` renders the report's words (default: the app's language);
    ``language`` is the PDF's language tag to go with it ("sv", "en").
    """
    data = gather(workspace, period_from, period_to, programmes)
    pdf = render_statistics(data, translate, language)
    _log(workspace, AuditAction.REPORT_PRODUCED, data, "pdf")
    return pdf


def statistics_csv(
    workspace: Workspace,
    period_from: date,
    period_to: date,
    programmes: Sequence[Programme | str] = (),
    translate: Translate | None = None,
) -> str:
    """The same tables as CSV for Excel (BOM, semicolons); logged as an export."""
    data = gather(workspace, period_from, period_to, programmes)
    text = render_csv(data, translate)
    _log(workspace, AuditAction.EXPORT, data, "csv")
    return text


# --- helpers -----------------------------------------------------------------------------


def _period(start: date, end: date, programmes: Sequence[Programme | str]) -> Period:
    if start > end:
        raise InvalidInput(BAD_PERIOD.format(start=start.isoformat(), end=end.isoformat()))
    if isinstance(programmes, str):  # one code given as a string, not a list of them
        programmes = [programmes]
    codes: list[str] = []
    for programme in programmes:
        code = programme.value if isinstance(programme, Programme) else programme.strip().upper()
        if code not in Programme.__members__.values():
            raise InvalidInput(UNKNOWN_PROGRAMME.format(code=code))
        if code not in codes:
            codes.append(code)
    # The programmes' own order, whatever order they were asked in.
    ordered = tuple(p.value for p in Programme if p.value in codes or not codes)
    return Period(start, end, ordered)


def _log(workspace: Workspace, action: AuditAction, data: StatisticsData, kind: str) -> None:
    detail = (
        f"statistics {data.period_from.isoformat()}..{data.period_to.isoformat()} "
        f"{','.join(data.programme_codes)} {kind}"
    )
    audit.record(workspace, action, record_type="statistics", detail=detail)


def format_percent(part: int | None, whole: int | None) -> Text | str:
    """A share in whole percent, or "–" unless both counts are printed and the whole is not 0.

    Both printed means the rest (whole minus part) may be known too: the
    suppression already made sure that gives nothing away.
    """
    if part is None or not whole:
        return NO_VALUE
    return PERCENT.format(value=math.floor(100 * part / whole + 0.5))


@dataclass(frozen=True)
class _Pending:
    """A table counted and added to the plan, to be laid out once the plan is solved."""

    key: str
    title: Text
    labels: Sequence[Text]
    grid: GridVariables
    total_label: Text | None = None
    note: Text | None = None
    # Figures that are not counts, worked out from the solved table.
    measures: Callable[[_Layout, GridVariables], tuple[MeasureRow, ...]] = lambda _, __: ()


class _Tables:
    """Counts every table, suppresses them all together, and lays them out."""

    def __init__(self, period: Period) -> None:
        self.period = period
        self.codes = period.programmes
        self.several = len(self.codes) > 1
        self.plan = SuppressionPlan()

    def build(self, session: Session) -> tuple[StatisticsTable, ...]:
        p = self.period
        cases = counts.case_counts(session, p)
        overview = self._grid([self._row(cases, k) for k in ("new", "active", "closed")], False)
        # Tables that break down the new (or closed) cases share those counts as totals.
        new, closed = self._margin(overview, 0), self._margin(overview, 2)
        days = counts.days_to_first_meeting(session, p)
        pending = [
            _Pending("cases", CASES, [NEW, ACTIVE, CLOSED], overview, note=NOTE_CASES),
            self._breakdown(
                "closing_reasons",
                CLOSING_REASONS,
                {r.value: r.label for r in ClosingReason},
                counts.closing_reasons(session, p),
                closed,
                ALL_CLOSED,
            ),
            self._breakdown("age", AGE, AGE_LABELS, counts.age_bands(session, p), new, ALL_NEW),
            self._breakdown(
                "sex", SEX, SEX_LABELS, counts.sexes(session, p), new, ALL_NEW, NOTE_SEX
            ),
            self._breakdown(
                "referral_sources",
                SOURCES,
                {s.value: s.label for s in ReferralSource},
                counts.referral_sources(session, p),
                new,
                ALL_NEW,
            ),
            self._first_meeting(cases, days, new),
            self._pair(
                "follow_ups",
                FOLLOW_UPS,
                counts.follow_ups(session, p),
                {"on_time": ON_TIME, "late": LATE},
                ALL_FOLLOW_UPS,
                NOTE_FOLLOW_UPS,
                SHARE_ON_TIME,
            ),
            self._pair(
                "actions",
                ACTIONS,
                counts.actions(session, p),
                {"done": DONE, "overdue": OVERDUE},
                None,
                NOTE_ACTIONS,
            ),
            self._pair(
                "consent",
                CONSENT.format(date=p.end.isoformat()),
                counts.consent_coverage(session, p),
                {"covered": COVERED, "not_covered": NOT_COVERED},
                ALL_OPEN,
                NOTE_CONSENT,
                SHARE_COVERED,
            ),
        ]
        layout = _Layout(self, self.plan.solve())
        return tuple(layout.table(table) for table in pending)

    # --- the kinds of table

    def _breakdown(
        self,
        key: str,
        title: Text,
        labels: Mapping[str, Text],
        found: Counts,
        margin: list[int],
        total_label: Text,
        note: Text | None = None,
    ) -> _Pending:
        """Categories × programmes, whose totals are counts of the overview."""
        keys = list(labels)
        grid = self._grid(self._categories(found, keys), True, margin)
        return _Pending(key, title, list(labels.values()), grid, total_label, note)

    def _first_meeting(
        self, cases: Counts, days: Mapping[str, list[int]], margin: list[int]
    ) -> _Pending:
        met = [len(days.get(code, [])) for code in self.codes]
        new = counts.per_programme(cases, self.codes, "new")
        grid = self._grid([met, [n - m for n, m in zip(new, met, strict=True)]], True, margin)
        medians = [printable_median(days.get(code, [])) for code in self.codes]
        if self.several:
            medians.append(printable_median([d for code in self.codes for d in days.get(code, [])]))
        row = MeasureRow(MEDIAN_DAYS, tuple(_days(m) for m in medians))
        return _Pending(
            "first_meeting",
            FIRST_MEETING,
            [MET, NOT_MET],
            grid,
            ALL_NEW,
            NOTE_FIRST_MEETING,
            lambda _, __: (row,),
        )

    def _pair(
        self,
        key: str,
        title: Text,
        found: Counts,
        labels: Mapping[str, Text],
        total_label: Text | None,
        note: Text,
        share: Text | None = None,
    ) -> _Pending:
        """Two rows (done and not), with their totals and the first row's share when asked."""
        grid = self._grid([self._row(found, k) for k in labels], total_label is not None)
        return _Pending(
            key,
            title,
            list(labels.values()),
            grid,
            total_label,
            note,
            (lambda layout, g: (layout.share(share, g),)) if share else (lambda _, __: ()),
        )

    # --- counts into the plan

    def _row(self, found: Counts, key: str) -> list[int]:
        return counts.per_programme(found, self.codes, key)

    def _categories(self, found: Counts, keys: Sequence[str]) -> list[list[int]]:
        known = set(keys)
        rows = {key: self._row(found, key) for key in keys}
        # A value no longer in the vocabulary counts as its last entry ("Other").
        for (code, key), n in found.items():
            if key not in known and code in self.codes:
                rows[keys[-1]][self.codes.index(code)] += n
        return [rows[key] for key in keys]

    def _grid(
        self, rows: list[list[int]], totals: bool, margin: list[int] | None = None
    ) -> GridVariables:
        return add_grid(
            self.plan, rows, row_totals=self.several, column_totals=totals, margin=margin
        )

    def _margin(self, grid: GridVariables, row: int) -> list[int]:
        """A row's counts and total, to be the column totals of a table breaking it down."""
        variables = list(grid.cells[row])
        if grid.row_totals is not None:
            variables.append(grid.row_totals[row])
        return variables


def _days(median: float | None) -> str:
    """A median in whole days (half days round up), or "–" when it is not printed."""
    return NO_VALUE if median is None else str(math.floor(median + 0.5))


class _Layout:
    """Turns the solved plan into the report's tables."""

    def __init__(self, tables: _Tables, solution: Solution) -> None:
        self.tables = tables
        self.solution = solution

    def table(self, pending: _Pending) -> StatisticsTable:
        grid = pending.grid
        rows = tuple(
            StatisticsRow(label, self._line(grid, r)) for r, label in enumerate(pending.labels)
        )
        total = None
        if grid.column_totals is not None and pending.total_label is not None:
            total = StatisticsRow(pending.total_label, self._totals(grid))
        return StatisticsTable(
            pending.key,
            pending.title,
            self._columns(),
            rows,
            total,
            pending.measures(self, grid),
            pending.note,
        )

    def share(self, label: Text, grid: GridVariables) -> MeasureRow:
        """The first row as a share of the totals row, where both are printed."""
        pairs = zip(self._line(grid, 0), self._totals(grid), strict=True)
        return MeasureRow(label, tuple(format_percent(p.shown, w.shown) for p, w in pairs))

    def _columns(self) -> tuple[str | Text, ...]:
        codes: tuple[str | Text, ...] = self.tables.codes
        return (*codes, ALL_PROGRAMMES) if self.tables.several else codes

    def _line(self, grid: GridVariables, row: int) -> tuple[Cell, ...]:
        cells = list(grid.cells[row])
        if grid.row_totals is not None:
            cells.append(grid.row_totals[row])
        return self.solution.row(cells)

    def _totals(self, grid: GridVariables) -> tuple[Cell, ...]:
        assert grid.column_totals is not None
        cells = list(grid.column_totals)
        if grid.grand_total is not None:
            cells.append(grid.grand_total)
        return self.solution.row(cells)
