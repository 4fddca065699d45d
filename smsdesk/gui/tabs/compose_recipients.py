"""Compose's "To": the ticked saved lists (their members read on the worker) and the typed numbers."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import personalize
from smsdesk.core.accounts import Account
from smsdesk.core.contacts import ContactList, ContactRepository
from smsdesk.core.drafts import Recipient, load_members, split_numbers
from smsdesk.core.phones import normalize
from smsdesk.core.settings import account_region, default_region
from smsdesk.gui.context import AppContext
from smsdesk.gui.controls import tick_on_click
from smsdesk.i18n import fmt_int, join_list


class RecipientsPicker(QWidget):
    """Who the message goes to, in the planner's order: typed numbers first, then list members."""

    changed = Signal()  # the recipients changed (or their loading started or ended)
    failed = Signal(str, str)  # title, text: a ticked list could not be read

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_of: Callable[[], Account | None] = lambda: None  # numbers are read in its home region
        self._lists: dict[int, ContactList] = {}
        self.members: list[Recipient] = []
        self._members_gen = 0
        self.members_loading = False
        self._typed_cache: dict[str, str | None] = {}
        to_layout = QVBoxLayout(self)
        to_layout.setContentsMargins(0, 0, 0, 0)
        boxes = QHBoxLayout()
        self.lists = QListWidget()
        self.lists.setAccessibleName(self.tr("Contact lists"))
        self.lists.setToolTip(self.tr("Tick the saved lists to send to"))
        self.lists.setMaximumHeight(96)
        self.lists.setWordWrap(True)
        self.lists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists.itemChanged.connect(self._lists_ticked)
        tick_on_click(self.lists)  # a click on the name ticks the list, not only a click on its box
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("And/or phone numbers, one per line "
                                                   "(0912-345-678, +886 912 345 678 \u2026)"))
        self.recipients.setAccessibleName(self.tr("Phone numbers"))
        self.recipients.setMaximumHeight(96)
        self.recipients.setTabChangesFocus(True)
        self.recipients.textChanged.connect(self.changed)
        boxes.addWidget(self.lists, 1)
        boxes.addWidget(self.recipients, 1)
        to_layout.addLayout(boxes)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        to_layout.addWidget(self.summary)

    def reload_lists(self) -> None:
        self.ctx.worker.submit(lambda store: ContactRepository(store).lists(), self.ctx.store,
                               on_result=self._lists_loaded)

    def _lists_loaded(self, lists: list[ContactList]) -> None:
        checked = set(self.checked_list_ids())
        self._lists = {lst.id: lst for lst in lists}
        self.lists.blockSignals(True)
        self.lists.clear()
        for lst in lists:
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=lst.name, count=lst.count))
            item.setData(Qt.ItemDataRole.UserRole, lst.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if lst.id in checked else Qt.CheckState.Unchecked)
            if lst.columns:
                item.setToolTip(self.tr("Columns: {columns}").format(columns=join_list(lst.columns)))
            self.lists.addItem(item)
        if not lists:
            item = QListWidgetItem(self.tr("No saved lists yet: import one on the Recipients tab."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lists.addItem(item)
        self.lists.blockSignals(False)
        self._lists_ticked()

    def checked_list_ids(self) -> list[int]:
        ids = []
        for i in range(self.lists.count()):
            item = self.lists.item(i)
            list_id = item.data(Qt.ItemDataRole.UserRole)
            if list_id is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(list_id))
        return ids

    def set_list_checked(self, name: str, checked: bool = True) -> None:
        for i in range(self.lists.count()):
            item = self.lists.item(i)
            list_id = item.data(Qt.ItemDataRole.UserRole)
            if list_id is not None and self._lists[int(list_id)].name == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_lists(self) -> list[ContactList]:
        return [self._lists[i] for i in self.checked_list_ids() if i in self._lists]

    def _lists_ticked(self, *_: Any) -> None:
        self._members_gen += 1
        gen = self._members_gen
        chosen = [(lst.id, lst.name) for lst in self.chosen_lists()]
        if not chosen:
            self.members = []
            self.members_loading = False
            self.changed.emit()
            return
        self.members_loading = True
        self.changed.emit()
        self.ctx.worker.submit(load_members, self.ctx.store, chosen,
                               on_result=partial(self._members_loaded, gen),
                               on_error=partial(self._members_failed, gen))

    def _members_loaded(self, gen: int, members: list[Recipient]) -> None:
        if gen != self._members_gen:
            return
        self.members = members
        self.members_loading = False
        self.changed.emit()

    def _members_failed(self, gen: int, exc: Exception) -> None:
        if gen == self._members_gen:
            self.members_loading = False
            self.failed.emit(self.tr("The list could not be read"), str(exc))
            self.changed.emit()

    def typed_recipients(self) -> list[Recipient]:
        account = self.account_of()
        region = account_region(self.ctx.settings, account.spec) if account else default_region(self.ctx.settings)
        out = []
        for raw in split_numbers(self.recipients.toPlainText()):
            key = f"{region}:{raw}"
            if key not in self._typed_cache:
                if len(self._typed_cache) > 20_000:
                    self._typed_cache.clear()
                self._typed_cache[key] = normalize(raw, region).e164
            e164 = self._typed_cache[key]
            out.append(Recipient(e164 or raw, "", {}, valid=e164 is not None))
        return out

    def all_recipients(self) -> list[Recipient]:
        """Typed numbers first, then list members: the planner's order."""
        return self.typed_recipients() + self.members

    def columns(self) -> list[str]:
        cols: list[str] = [personalize.name_placeholder()]
        for lst in self.chosen_lists():
            cols += [c for c in lst.columns if c not in cols]
        return cols

    def show_total(self, total: int) -> None:
        """How many of ``total`` recipients come from the lists and how many were typed."""
        from_lists = len(self.members)
        typed = total - from_lists
        if total:
            self.summary.setText(self.tr("{lists} from lists, {typed} typed").format(
                lists=fmt_int(from_lists), typed=fmt_int(typed)))
        else:
            self.summary.setText("")
