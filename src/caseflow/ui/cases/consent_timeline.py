"""The consent history as a timeline, newest first.

Consents, withdrawals, legal grounds and disclosures in one list: when, who,
how, for which parties, and the scanned forms attached to each consent
(press Enter on a form to read it). Nothing here is ever edited: the
history is append-only, and the timeline shows all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from caseflow.domain.consent import (
    CaseConsents,
    ConsentRecord,
    Party,
    RecordedGround,
    Withdrawal,
    item_date,
)
from caseflow.services.consent import AttachmentInfo, ConsentOverview, DisclosureView
from caseflow.ui.cases.consent_support import party_text
from caseflow.ui.cases.tab_support import format_date, tree_items

# What an item is, kept in the first column's UserRole.
KIND_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
CONSENT, WITHDRAWAL, GROUND, DISCLOSURE, ATTACHMENT, DETAIL = (
    "consent",
    "withdrawal",
    "ground",
    "disclosure",
    "attachment",
    "detail",
)
_WITHDRAWAL_COLOUR = "#7a0000"


@dataclass(frozen=True)
class _Entry:
    day: date
    order: tuple[Any, ...]  # breaks ties within a day: the recording order
    item: QTreeWidgetItem


def _kib(size: int) -> str:
    return f"{max(1, round(size / 1024))} kB"


class ConsentTimeline(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentTimeline")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Details")])
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)

    # --- filling ---------------------------------------------------------------------

    def show_history(self, overview: ConsentOverview, disclosures: list[DisclosureView]) -> None:
        consents = overview.consents
        entries: list[_Entry] = []
        for index, history_item in enumerate(consents.history):
            if isinstance(history_item, ConsentRecord):
                item = self._consent_item(consents, overview, history_item)
            else:
                item = self._withdrawal_item(consents, history_item)
            entries.append(_Entry(item_date(history_item), (1, index), item))
        for index, ground in enumerate(consents.grounds):
            entries.append(_Entry(ground.recorded_on, (0, index), self._ground_item(ground)))
        for index, disclosure in enumerate(disclosures):
            entries.append(
                _Entry(disclosure.disclosed_on, (2, index), self._disclosure_item(disclosure))
            )
        self.clear()
        entries.sort(key=lambda e: (e.day, e.order), reverse=True)
        for entry in entries:
            self.addTopLevelItem(entry.item)
        if not entries:
            empty = QTreeWidgetItem(
                ["", self.tr("No consent has been recorded for this case yet.")]
            )
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(empty)
        # Wide enough for "Consent withdrawn by guardian …", never pushing Details away.
        self.header().resizeSection(1, min(max(self.sizeHintForColumn(1) + 12, 260), 440))
        # Scanned forms are what one looks for: show them without a click.
        for attachment in self.attachment_items():
            parent = attachment.parent()
            if parent is not None:
                parent.setExpanded(True)

    def _top(self, kind: str, value: object, day: date, what: str, details: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([format_date(day), what, details])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, VALUE_ROLE, value)
        item.setToolTip(2, details)
        return item

    def _detail(self, parent: QTreeWidgetItem, label: str, text: str) -> QTreeWidgetItem:
        child = QTreeWidgetItem(["", label, text])
        child.setData(0, KIND_ROLE, DETAIL)
        child.setToolTip(2, text)
        parent.addChild(child)
        return child

    def _parties(self, parties: tuple[Party, ...]) -> str:
        return ", ".join(party_text(party) for party in parties)

    def _how(self, manner_label: str, received_by: str) -> str:
        if not received_by:
            return manner_label
        return self.tr("{manner}, documented by {name}").format(
            manner=manner_label, name=received_by
        )

    def _consent_item(
        self, consents: CaseConsents, overview: ConsentOverview, record: ConsentRecord
    ) -> QTreeWidgetItem:
        assert record.id is not None
        forms = overview.attachments.get(record.id, [])
        how = self._how(record.manner.label.render(), record.documented_by)
        details = self.tr("For {parties} · valid until {until} · {how}").format(
            parties=self._parties(record.parties), until=format_date(record.valid_until), how=how
        )
        what = self.tr("Consent given by {who}").format(who=consents.who(record.consenter).render())
        item = self._top(CONSENT, record.id, record.given_on, what, details)
        self._detail(item, self.tr("Information"), record.information)
        self._detail(item, self.tr("Purpose"), record.purpose)
        self._detail(item, self.tr("How"), how)
        self._recorded(item, overview.recorded_at.get(("consent", record.id)))
        if not forms:
            self._detail(item, self.tr("Scanned form"), self.tr("None attached yet"))
        for form in forms:
            self._attachment(item, form)
        return item

    def _attachment(self, parent: QTreeWidgetItem, form: AttachmentInfo) -> None:
        child = self._detail(
            parent,
            self.tr("Scanned form"),
            self.tr("{name} ({size}) – press Enter to read it").format(
                name=form.filename, size=_kib(form.size)
            ),
        )
        child.setData(0, KIND_ROLE, ATTACHMENT)
        child.setData(0, VALUE_ROLE, form)
        font = QFont()
        font.setUnderline(True)
        child.setFont(2, font)

    def _recorded(self, item: QTreeWidgetItem, recorded_at: datetime | None) -> None:
        if recorded_at is not None:
            stamp = recorded_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self._detail(item, self.tr("Recorded"), stamp)

    def _withdrawal_item(self, consents: CaseConsents, withdrawal: Withdrawal) -> QTreeWidgetItem:
        scope = (
            self.tr("Everything consented to so far")
            if withdrawal.is_whole
            else self.tr("For {parties}").format(parties=self._parties(withdrawal.parties))
        )
        how = self._how(withdrawal.manner.label.render(), withdrawal.received_by)
        what = self.tr("Consent withdrawn by {who}").format(
            who=consents.who(withdrawal.consenter).render()
        )
        item = self._top(
            WITHDRAWAL,
            withdrawal.id,
            withdrawal.withdrawn_on,
            what,
            self.tr("{scope} · {how}").format(scope=scope, how=how),
        )
        for column in range(3):
            item.setForeground(column, QBrush(QColor(_WITHDRAWAL_COLOUR)))
        self._detail(item, self.tr("How"), how)
        return item

    def _ground_item(self, ground: RecordedGround) -> QTreeWidgetItem:
        until = (
            self.tr("valid until {date}").format(date=format_date(ground.valid_until))
            if ground.valid_until
            else self.tr("for that day only")
        )
        item = self._top(
            GROUND,
            ground.id,
            ground.recorded_on,
            self.tr("Legal ground for {party}").format(party=party_text(ground.party)),
            self.tr("{citation} · {until} · {reason}").format(
                citation=ground.ground.citation, until=until, reason=ground.reason
            ),
        )
        self._detail(item, self.tr("Legal ground"), ground.ground.title.render())
        self._detail(item, self.tr("Reason"), ground.reason)
        return item

    def _disclosure_item(self, disclosure: DisclosureView) -> QTreeWidgetItem:
        item = self._top(
            DISCLOSURE,
            None,
            disclosure.disclosed_on,
            self.tr("Information given to {party}").format(party=party_text(disclosure.party)),
            self.tr("{what} · on the basis of: {basis}").format(
                what=disclosure.what, basis=disclosure.basis.render()
            ),
        )
        self._detail(item, self.tr("What"), disclosure.what)
        return item

    # --- selection -------------------------------------------------------------------

    def selected_record_id(self) -> int | None:
        """The consent the current item belongs to (the consent itself or one of its rows)."""
        item = self.currentItem()
        while item is not None:
            if item.data(0, KIND_ROLE) == CONSENT:
                value = item.data(0, VALUE_ROLE)
                return int(value) if value is not None else None
            item = item.parent()
        return None

    def selected_attachment(self) -> AttachmentInfo | None:
        item = self.currentItem()
        if item is not None and item.data(0, KIND_ROLE) == ATTACHMENT:
            value = item.data(0, VALUE_ROLE)
            return value if isinstance(value, AttachmentInfo) else None
        return None

    def select_record(self, record_id: int) -> bool:
        for item in tree_items(self):
            if item.data(0, KIND_ROLE) == CONSENT and item.data(0, VALUE_ROLE) == record_id:
                self.setCurrentItem(item)
                return True
        return False

    def attachment_items(self) -> list[QTreeWidgetItem]:
        return [item for item in tree_items(self) if item.data(0, KIND_ROLE) == ATTACHMENT]
