"""Minutes (protokoll/minnesanteckningar): items per case, agreed actions, approval.

See ``caseflow.domain.meetings`` for the rules in words. Every item of the
minutes is about exactly one case on the meeting's agenda, and the minutes
hold no text that is not in an item: so ``minutes_for_case`` can hand a case
its part of a shared sitting without anything said about another young person
(JO 523-2010). Approved minutes are locked like signed journal entries; a
correction is a new item that refers to the one it corrects, and both stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from caseflow.domain.cases import ActivityStatus, Agency
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings_core import AgendaItem, CaseNotOnAgenda, Meeting, clean
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

# -------------------------------------------------------------- agreed actions


@dataclass(frozen=True)
class AgreedAction:
    """An action agreed at a meeting (överenskommen åtgärd): what, who, by when.

    ``agency`` is responsible and ``responsible`` names the person there. It
    becomes a tracked activity on the case's action plan; ``status`` is that
    activity's status.
    """

    what: str
    agency: Agency
    responsible: str
    due: date
    status: ActivityStatus = ActivityStatus.PLANNED

    def __post_init__(self) -> None:
        object.__setattr__(self, "what", self.what.strip())
        object.__setattr__(self, "responsible", clean(self.responsible))
        if not self.what:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Say what the agreed action is."))
        if not self.responsible:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain", "Name the person responsible for the action at {agency}."
                ).format(agency=self.agency.label)
            )

    def check_due(self, meeting_date: date) -> None:
        """Raise ``InvalidInput`` when the action is due before the meeting that agreed it."""
        if self.due < meeting_date:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "The action “{what}” is due {due}, before the meeting on "
                    "{date} that agreed it.",
                ).format(what=self.what, due=self.due.isoformat(), date=meeting_date.isoformat())
            )


# ----------------------------------------------------------------------- items


@dataclass(frozen=True)
class MinutesItem:
    """One item of the minutes, about the case ``case_id`` alone.

    ``next_date`` is the date of the next meeting or follow-up agreed for the
    case. ``number`` identifies the item within its minutes (1, 2, ...; set
    when the item is added and never reused). A correction has ``corrects``
    set to the number of the item it corrects, and says who wrote it and when
    (``written_by``, ``written_on``).
    """

    case_id: int
    heading: str
    notes: str = ""
    decisions: str = ""
    actions: tuple[AgreedAction, ...] = ()
    next_date: date | None = None
    number: int = 0
    corrects: int | None = None
    written_by: str = ""
    written_on: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "heading", clean(self.heading))
        object.__setattr__(self, "notes", self.notes.strip())
        object.__setattr__(self, "decisions", self.decisions.strip())
        object.__setattr__(self, "actions", tuple(self.actions))
        object.__setattr__(self, "written_by", clean(self.written_by))
        if not self.heading:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "Every item of the minutes needs a heading.")
            )

    @property
    def is_empty(self) -> bool:
        """True when nothing has been written under the heading yet."""
        return not (self.notes or self.decisions or self.actions or self.next_date)

    @property
    def is_correction(self) -> bool:
        return self.corrects is not None

    def texts(self) -> tuple[str, ...]:
        """Every piece of text the item holds (what a leak check has to look at)."""
        return (
            self.heading,
            self.notes,
            self.decisions,
            *(text for a in self.actions for text in (a.what, a.responsible)),
            self.written_by,
        )


def check_item_case(meeting: Meeting, item: MinutesItem) -> None:
    """Raise ``CaseNotOnAgenda`` unless the item's case is on the meeting's agenda."""
    if item.case_id not in meeting.case_ids:
        raise CaseNotOnAgenda()


def _check_item(meeting: Meeting, item: MinutesItem) -> None:
    check_item_case(meeting, item)
    for action in item.actions:
        action.check_due(meeting.date)
    if item.next_date is not None and item.next_date <= meeting.date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Domain", "The next meeting or follow-up must be after this meeting ({date})."
            ).format(date=meeting.date.isoformat())
        )


def minutes_for_case(all_items: Iterable[MinutesItem], case_id: int) -> tuple[MinutesItem, ...]:
    """The items about ``case_id`` alone, corrections included, in number order.

    This is the only way a case (its file, its Möten tab, its reports and
    printouts) should see the minutes of a shared sitting: nothing written
    under another case's items is returned.
    """
    return tuple(sorted((i for i in all_items if i.case_id == case_id), key=lambda i: i.number))


def next_date_for_case(all_items: Iterable[MinutesItem], case_id: int) -> date | None:
    """The next meeting or follow-up date last agreed for ``case_id`` (corrections count)."""
    dates = [i.next_date for i in minutes_for_case(all_items, case_id) if i.next_date]
    return dates[-1] if dates else None


# --------------------------------------------------------------------- minutes


class MinutesStatus(StrEnum):
    """Draft (utkast) until approved (justerat); approved minutes are locked."""

    DRAFT = "draft"
    APPROVED = "approved"

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def is_locked(self) -> bool:
        return self is MinutesStatus.APPROVED


_STATUS_LABELS = {
    MinutesStatus.DRAFT: QT_TRANSLATE_NOOP("Domain", "Draft"),
    MinutesStatus.APPROVED: QT_TRANSLATE_NOOP("Domain", "Approved"),
}


class MinutesLocked(InvalidInput):
    """The minutes are approved: nothing in them changes any more."""

    default_text = QT_TRANSLATE_NOOP(
        "Domain",
        "The minutes are approved and locked. Add a correction instead: "
        "the original stays readable.",
    )


def check_minutes_transition(old: MinutesStatus, new: MinutesStatus) -> None:
    """Raise ``InvalidInput`` unless minutes may go from ``old`` to ``new``.

    The only step is from draft to approved: approved minutes never return to
    a draft.
    """
    if old is MinutesStatus.DRAFT and new is MinutesStatus.APPROVED:
        return
    if old is MinutesStatus.APPROVED and new is MinutesStatus.APPROVED:
        raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "The minutes are already approved."))
    if old is MinutesStatus.APPROVED:
        raise MinutesLocked()
    raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "The minutes are already a draft."))


_NO_SUCH_ITEM = QT_TRANSLATE_NOOP("Domain", "The minutes have no item {number}.")
_CORRECTION_ONLY_AFTER = QT_TRANSLATE_NOOP(
    "Domain", "Corrections are added to approved minutes; change the draft directly instead."
)


@dataclass(frozen=True)
class MeetingMinutes:
    """The minutes of one meeting: items, status, and who approved them when.

    Every value is valid: items are about cases on the agenda, numbers are
    unique, corrections refer to an earlier item of the same case and exist
    only in approved minutes. The methods return new values; a draft changes
    freely, approved minutes only grow by corrections. ``last_number`` is the
    highest item number ever given (store it with a draft), so that the
    number of a removed item is not given again.
    """

    meeting: Meeting
    items: tuple[MinutesItem, ...] = ()
    status: MinutesStatus = MinutesStatus.DRAFT
    approved_by: str = ""
    approved_on: date | None = None
    last_number: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(sorted(self.items, key=lambda i: i.number)))
        object.__setattr__(self, "approved_by", clean(self.approved_by))
        numbers = [item.number for item in self.items]
        object.__setattr__(self, "last_number", max([self.last_number, *numbers]))
        if any(n < 1 for n in numbers) or len(set(numbers)) != len(numbers):
            raise ValueError("minutes items need unique numbers from 1")
        for item in self.items:
            check_item_case(self.meeting, item)
            if item.corrects is not None:
                self._check_correction_link(item)
        approved = self.status is MinutesStatus.APPROVED
        if approved != (bool(self.approved_by) and self.approved_on is not None):
            raise ValueError("approved minutes, and only they, have an approver and a date")

    def _check_correction_link(self, item: MinutesItem) -> None:
        if self.status is MinutesStatus.DRAFT:
            raise InvalidInput(_CORRECTION_ONLY_AFTER)
        assert item.corrects is not None
        corrected = self.item(item.corrects)
        if corrected.number >= item.number:
            raise ValueError("a correction comes after the item it corrects")
        if corrected.case_id != item.case_id:
            raise InvalidInput(_CORRECTION_OTHER_CASE)
        if not item.written_by or item.written_on is None:
            raise InvalidInput(_CORRECTION_NEEDS_AUTHOR)

    # ------------------------------------------------------------- reading

    @property
    def is_locked(self) -> bool:
        return self.status.is_locked

    def item(self, number: int) -> MinutesItem:
        """The item numbered ``number``; ``InvalidInput`` when there is none."""
        for item in self.items:
            if item.number == number:
                return item
        raise InvalidInput(_NO_SUCH_ITEM.format(number=number))

    def for_case(self, case_id: int) -> tuple[MinutesItem, ...]:
        """This case's items only: see ``minutes_for_case``."""
        return minutes_for_case(self.items, case_id)

    def corrections_of(self, number: int) -> tuple[MinutesItem, ...]:
        """The corrections that refer to item ``number``, oldest first."""
        return tuple(item for item in self.items if item.corrects == number)

    def actions(self, case_id: int | None = None) -> tuple[AgreedAction, ...]:
        """The agreed actions, of one case when ``case_id`` is given."""
        items = self.items if case_id is None else self.for_case(case_id)
        return tuple(action for item in items for action in item.actions)

    # --------------------------------------------------------- drafting

    def _next_number(self) -> int:
        return self.last_number + 1

    def _require_draft(self) -> None:
        if self.is_locked:
            raise MinutesLocked()

    def add(self, item: MinutesItem) -> MeetingMinutes:
        """The draft with ``item`` added under a new number.

        Raises ``MinutesLocked`` once approved, ``CaseNotOnAgenda`` for a
        case the meeting did not take up, and ``InvalidInput`` for an action
        due before the meeting or a next date not after it.
        """
        self._require_draft()
        if item.corrects is not None:
            raise InvalidInput(_CORRECTION_ONLY_AFTER)
        _check_item(self.meeting, item)
        new = replace(item, number=self._next_number())
        return replace(self, items=(*self.items, new))

    def replace_item(self, number: int, item: MinutesItem) -> MeetingMinutes:
        """The draft with item ``number`` replaced by ``item`` (which keeps the number).

        An item cannot move to another case: what was written about one young
        person is not re-filed under another. Remove it and add a new item.
        """
        self._require_draft()
        old = self.item(number)
        if item.case_id != old.case_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "An item cannot be moved to another case. Remove it and write a new "
                    "item for the other case.",
                )
            )
        if item.corrects is not None:
            raise InvalidInput(_CORRECTION_ONLY_AFTER)
        _check_item(self.meeting, item)
        new = replace(item, number=number)
        return replace(self, items=tuple(new if i.number == number else i for i in self.items))

    def remove(self, number: int) -> MeetingMinutes:
        """The draft without item ``number``; its number is not used again."""
        self._require_draft()
        self.item(number)
        return replace(self, items=tuple(i for i in self.items if i.number != number))

    def approve(self, by: str, on: date) -> MeetingMinutes:
        """The minutes approved (justerade) by ``by`` on ``on``, and from then on locked.

        Needs at least one item with content, and a date on or after the
        meeting's.
        """
        check_minutes_transition(self.status, MinutesStatus.APPROVED)
        if not clean(by):
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Say who approves the minutes."))
        if on < self.meeting.date:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain", "Minutes can be approved on the day of the meeting ({date}) or later."
                ).format(date=self.meeting.date.isoformat())
            )
        if all(item.is_empty for item in self.items):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "Write something in the minutes before approving them.")
            )
        return replace(self, status=MinutesStatus.APPROVED, approved_by=by, approved_on=on)

    # -------------------------------------------------------- correcting

    def correct(self, number: int, item: MinutesItem, by: str, on: date) -> MeetingMinutes:
        """Approved minutes with a correction of item ``number`` added.

        The correction is about the same case as the item it corrects, says
        something, and is dated on or after the approval; the corrected item
        stays as it was.
        """
        if not self.is_locked:
            raise InvalidInput(_CORRECTION_ONLY_AFTER)
        corrected = self.item(number)
        if item.case_id != corrected.case_id:
            raise InvalidInput(_CORRECTION_OTHER_CASE)
        if item.is_empty:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Write what the correction says."))
        if not clean(by):
            raise InvalidInput(_CORRECTION_NEEDS_AUTHOR)
        assert self.approved_on is not None
        if on < self.approved_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain", "A correction cannot be dated before the approval ({date})."
                ).format(date=self.approved_on.isoformat())
            )
        _check_item(self.meeting, item)
        new = replace(
            item, number=self._next_number(), corrects=number, written_by=by, written_on=on
        )
        return replace(self, items=(*self.items, new))


_CORRECTION_OTHER_CASE = QT_TRANSLATE_NOOP(
    "Domain", "A correction belongs to the same case as the item it corrects."
)
_CORRECTION_NEEDS_AUTHOR = QT_TRANSLATE_NOOP("Domain", "Say who writes the correction and when.")


def draft_minutes(meeting: Meeting, agenda: Iterable[AgendaItem] = ()) -> MeetingMinutes:
    """New draft minutes with one empty item per agenda heading, in agenda order.

    Headings are rendered in the user's language now: the minutes keep the
    words they were written under.
    """
    minutes = MeetingMinutes(meeting)
    for entry in agenda:
        minutes = minutes.add(MinutesItem(entry.case_id, entry.render()))
    return minutes


# ---------------------------------------------------------------- leak check


def _pattern(term: str) -> re.Pattern[str] | None:
    words = term.casefold().split()
    if not words or len("".join(words)) < 2:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")


def other_case_mentions(
    item: MinutesItem, identifiers_by_case: Mapping[int, Iterable[str]]
) -> tuple[int, ...]:
    """The other cases whose young person the item seems to mention.

    ``identifiers_by_case`` gives, per case on the agenda, what identifies its
    young person (names, personnummer as written). A term is found as a whole
    word, ignoring case and spacing. This is a warning, not a rule: siblings
    share a surname, and the worker decides; but a child's file must not hold
    what belongs to another (JO 523-2010).
    """
    text = "\n".join(item.texts()).casefold()
    found = []
    for case_id, terms in identifiers_by_case.items():
        if case_id == item.case_id:
            continue
        patterns = (p for p in map(_pattern, terms) if p is not None)
        if any(p.search(text) for p in patterns):
            found.append(case_id)
    return tuple(found)


MENTIONS_OTHER_CASE = QT_TRANSLATE_NOOP(
    "Domain",
    "This item about {case} seems to mention the young person of {other}. What is said "
    "about one young person belongs in that person's file alone.",
)


def mention_warnings(
    meeting: Meeting, item: MinutesItem, identifiers_by_case: Mapping[int, Iterable[str]]
) -> tuple[Text, ...]:
    """One ``MENTIONS_OTHER_CASE`` warning per other case the item seems to mention.

    The warning names cases by their case numbers only.
    """
    case = meeting.case(item.case_id).case_number
    return tuple(
        MENTIONS_OTHER_CASE.format(case=str(case), other=str(meeting.case(other).case_number))
        for other in other_case_mentions(item, identifiers_by_case)
        if other in meeting.case_ids
    )
