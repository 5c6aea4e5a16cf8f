"""What the case report and the register extract both print, and print alike.

Both lay out a case's facts, its consents, withdrawals and legal grounds, and
its items of meetings' minutes; both write their story section by section
(``Story``). The blocks here build those rows and cells once, on the page of
``caseflow.reports.document``.

A report's words stay in the report: each is translated in the report's own
context ("CaseReport", "RegisterExtract"), and the two do not always say the
same. So a block takes the words it prints from the caller (``CaseWords``,
``ClosingWords``, ``MinutesWords``, ``ConsentWords``). It takes the data as
the report's own data classes, which extend the ``…Facts`` classes here or
have what ``CaseLike`` names; a minutes item's few values come as they are.

Usage (in a report module)::

    CASE_WORDS = sections.CaseWords(PROGRAMME, STATUS, REFERRAL, REFERRAL_VALUE, REASON, WHO)
    pairs = [*sections.case_facts(case, CASE_WORDS), (STAFF, staff)]
    story.add(doc.heading(SECTION_CASE), doc.key_values(pairs))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from caseflow.domain.text import Text
from caseflow.reports.document import CONTENT_WIDTH, ReportDocument, format_time

Pair = tuple[Text | str, Any]  # a label and its value in ``ReportDocument.key_values``

# Column widths in points. A date ("2026-08-07", bold in a header) and a
# cell's padding need 76 points: narrower, reportlab breaks it at the hyphen.
DATE_WIDTH = 76.0


def remaining_width(*widths: float) -> float:
    """What is left of the text width for the one column that takes the rest."""
    return float(CONTENT_WIDTH) - sum(widths)


class Story:
    """A report's story, written section by section, then built into PDF bytes."""

    def __init__(self, doc: ReportDocument) -> None:
        self.doc = doc
        self.story: list[Flowable] = []

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def note(self, text: Text | str) -> None:
        """A short line in small print: "none recorded", "3 more not shown"."""
        self.add(self.doc.spacer(1), self.doc.paragraph(text, self.doc.styles.small))

    def pdf(self) -> bytes:
        return self.doc.build(self.story)


# --- a case's facts ----------------------------------------------------------------------


class CaseLike(Protocol):
    """The facts of a case both reports print (``CaseFacts``, ``CasePart``)."""

    @property
    def programme(self) -> Text: ...
    @property
    def status(self) -> Text: ...
    @property
    def referral_date(self) -> date: ...
    @property
    def referral_source(self) -> Text: ...
    @property
    def referral_reason(self) -> str | None: ...  # None: the copy leaves it out
    @property
    def responsible(self) -> str: ...
    @property
    def closed_on(self) -> date | None: ...
    @property
    def closing_reason(self) -> Text | None: ...
    @property
    def closing_summary(self) -> str | None: ...


@dataclass(frozen=True)
class CaseWords:
    programme: Text
    status: Text
    referral: Text
    referral_value: Text  # "{date}, from {source}"
    referral_reason: Text
    responsible: Text


@dataclass(frozen=True)
class ClosingWords:
    closed: Text
    closed_value: Text  # "{date}: {reason}"
    closing_summary: Text


def case_facts(case: CaseLike, words: CaseWords) -> list[Pair]:
    """Programme, status, the referral (and its reason, unless left out), who is responsible."""
    pairs: list[Pair] = [
        (words.programme, case.programme),
        (words.status, case.status),
        (
            words.referral,
            words.referral_value.format(
                date=case.referral_date.isoformat(), source=case.referral_source
            ),
        ),
    ]
    if case.referral_reason is not None:
        pairs.append((words.referral_reason, case.referral_reason))
    pairs.append((words.responsible, case.responsible))
    return pairs


def closing_facts(case: CaseLike, words: ClosingWords) -> list[Pair]:
    """When and why a closed case was closed, and its summary; nothing for an open case."""
    if case.closed_on is None:
        return []
    pairs: list[Pair] = [
        (
            words.closed,
            words.closed_value.format(
                date=case.closed_on.isoformat(), reason=case.closing_reason or ""
            ),
        )
    ]
    if case.closing_summary:
        pairs.append((words.closing_summary, case.closing_summary))
    return pairs


# --- consents, withdrawals and legal grounds ---------------------------------------------


@dataclass(frozen=True)
class ConsentFacts:
    """A recorded consent: who gave it, for whom, what, why, how long, and how."""

    who: Text
    parties: tuple[Text | str, ...]
    information: str
    purpose: str
    given_on: date
    valid_until: date
    manner: Text


@dataclass(frozen=True)
class WithdrawalFacts:
    """A withdrawal; no parties means everything was withdrawn."""

    who: Text
    withdrawn_on: date
    parties: tuple[Text | str, ...]
    manner: Text


@dataclass(frozen=True)
class GroundFacts:
    """A legal ground recorded instead of consent: which, for which party, for how long."""

    citation: str
    title: Text | str  # "" for a ground the unit has since retired
    party: Text | str
    recorded_on: date
    valid_until: date


@dataclass(frozen=True)
class ConsentWords:
    information_and_purpose: Text  # "{information}\nPurpose: {purpose}"
    validity: Text  # "{start} – {end}\n{manner}"
    period: Text  # "{start} – {end}"
    everything: Text  # the parties of a withdrawal of everything


def _manner(doc: ReportDocument, manner: Text, note: str) -> str:
    return f"{doc.t(manner)}, {note}" if note else doc.t(manner)


def consent_cells(
    doc: ReportDocument,
    consent: ConsentFacts,
    words: ConsentWords,
    manner_note: str = "",
    text_note: str = "",
) -> list[Any]:
    """Who gave the consent, the parties, information and purpose, and validity.

    ``manner_note`` follows the manner ("received by …"); ``text_note`` is a
    line under the purpose (the signed forms kept).
    """
    text = doc.t(
        words.information_and_purpose, information=consent.information, purpose=consent.purpose
    )
    if text_note:
        text += "\n" + text_note
    validity = doc.t(
        words.validity,
        start=consent.given_on.isoformat(),
        end=consent.valid_until.isoformat(),
        manner=_manner(doc, consent.manner, manner_note),
    )
    return [consent.who, doc.lines(consent.parties), text, validity]


def withdrawal_cells(
    doc: ReportDocument, withdrawal: WithdrawalFacts, words: ConsentWords, manner_note: str = ""
) -> list[Any]:
    """Who withdrew, from when, from which parties (or everything), and how."""
    return [
        withdrawal.who,
        withdrawal.withdrawn_on.isoformat(),
        doc.lines(withdrawal.parties) or doc.t(words.everything),
        _manner(doc, withdrawal.manner, manner_note),
    ]


def ground_cells(doc: ReportDocument, ground: GroundFacts, words: ConsentWords) -> list[Any]:
    """The ground (citation and title), its party, and the period it covers."""
    return [
        f"{ground.citation}\n{doc.t(ground.title)}",
        ground.party,
        words.period.format(
            start=ground.recorded_on.isoformat(), end=ground.valid_until.isoformat()
        ),
    ]


# --- meetings and their minutes ----------------------------------------------------------


@dataclass(frozen=True)
class MinutesWords:
    meeting_heading: Text  # "{date} {time}, {kind} ({status})"
    item_heading: Text  # "§ {number} {heading}"
    correction_heading: Text  # "§ {number} {heading} (correction of § {corrects})"
    notes: Text
    decisions: Text
    next_date: Text


def meeting_heading(
    words: MinutesWords, starts_at: datetime, kind: Text | str, status: Text
) -> Text:
    """When the meeting was, what kind, and how its minutes stand."""
    return words.meeting_heading.format(
        date=starts_at.date().isoformat(), time=format_time(starts_at), kind=kind, status=status
    )


def item_heading(words: MinutesWords, number: int, heading: str, corrects: int | None) -> Text:
    """The item's heading, "§ 2 School"; a correction's names the item it corrects."""
    if corrects is not None:
        return words.correction_heading.format(number=number, heading=heading, corrects=corrects)
    return words.item_heading.format(number=number, heading=heading)


def item_facts(
    words: MinutesWords, notes: str | None, decisions: str | None, next_date: date | None
) -> list[Pair]:
    """The item's notes, decisions (None: left out) and next date, each only when there is one."""
    pairs: list[Pair] = []
    if notes:
        pairs.append((words.notes, notes))
    if decisions:
        pairs.append((words.decisions, decisions))
    if next_date is not None:
        pairs.append((words.next_date, next_date.isoformat()))
    return pairs
