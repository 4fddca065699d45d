"""The Recipients tab's data: the worker-side reads and writes, and the paged table model over them.

Every function here runs on the worker (an import may hold the database for a moment; the GUI
thread must never wait for it).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from smsdesk.core.contacts import Contact, ContactList, ContactRepository, ContactsError, OptOut, Page
from smsdesk.core.settings import phone_text
from smsdesk.core.store import Store
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.i18n import fmt_iso

PAGE = 200
CACHE_PAGES = 50  # at most 10,000 rows in memory however far the user scrolls
OPTOUTS = -1  # the opt-out list's key among the list ids
MUTED = theme.Tone.MUTED  # opted-out rows
Index = QModelIndex | QPersistentModelIndex
AnyPage = Page[Contact] | Page[OptOut]
Fetch = Callable[[int, int], tuple[AnyPage, set[str]]]  # (offset, limit) -> rows and their opted-out phones


# -- worker-side functions -------------------------------------------------------------------
def load_overview(store: Store) -> tuple[list[ContactList], int]:
    repo = ContactRepository(store)
    return repo.lists(), repo.optouts(limit=1).total


def fetch_contacts(store: Store, list_id: int, query: str, offset: int, limit: int) -> tuple[Page[Contact], set[str]]:
    repo = ContactRepository(store)
    page = repo.search(list_id, query, offset=offset, limit=limit)
    return page, repo.opted_out(c.phone for c in page.items)


def fetch_optouts(store: Store, query: str, offset: int, limit: int) -> tuple[Page[OptOut], set[str]]:
    return ContactRepository(store).optouts(query, offset=offset, limit=limit), set()


def remove_rows(store: Store, list_id: int, query: str, known: list[Any], ranges: list[tuple[int, int]]) -> int:
    """Remove contacts (list_id > 0) or opt-outs: rows already shown by id, the rest by position."""
    repo = ContactRepository(store)
    if list_id == OPTOUTS:
        phones = list(known)
        for start, count in ranges:
            phones += [o.phone for o in repo.optouts(query, offset=start, limit=count).items]
        return sum(1 for p in dict.fromkeys(phones) if repo.remove_optout(p))
    ids = list(known)
    for start, count in ranges:
        ids += [c.id for c in repo.search(list_id, query, offset=start, limit=count).items]
    return repo.remove_contacts(ids)


def add_optouts(store: Store, region: str, numbers: list[str], note: str) -> tuple[int, int, list[tuple[str, str]]]:
    """Add typed numbers; returns (added, already there, [(number as typed, why it cannot be used)])."""
    repo = ContactRepository(store, region)
    added = already = 0
    bad: list[tuple[str, str]] = []
    for raw in numbers:
        try:
            if repo.add_optout(raw, "manual", note):
                added += 1
            else:
                already += 1
        except ContactsError as exc:
            bad.append((raw, str(exc)))
    return added, already, bad


def split_numbers(text: str) -> list[str]:
    """One number per line (commas and semicolons also separate; spaces inside a number do not)."""
    import re

    return [p.strip() for p in re.split(r"[\n,;，；、]+", text) if p.strip()]


# -- the paged table model -------------------------------------------------------------------
class ContactsModel(QAbstractTableModel):
    """The rows of one list (or of the opt-out list), fetched a page at a time on the worker.

    ``rowCount`` is the total from the first page; other pages are asked for when the view first
    paints one of their rows and show blank until they arrive (a few milliseconds).
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list_id: int | None = None
        self.columns: list[str] = []
        self.headers: list[str] = []
        self.fetch: Fetch | None = None
        self.total = 0
        self.loading = False
        self._pages: OrderedDict[int, list[tuple[Contact | OptOut, bool]]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self.sources = {
            "manual": self.tr("Added by hand"), "import": self.tr("Imported from a file"),
            "reply": self.tr("Replied to opt out"),
        }

    @property
    def optouts(self) -> bool:
        return self.list_id == OPTOUTS

    def set_source(self, list_id: int | None, columns: list[str], query: str = "") -> None:
        """Show a list (an id), the opt-out list (OPTOUTS) or nothing (None)."""
        self._generation += 1
        generation = self._generation
        self.list_id = list_id
        self.columns = list(columns)
        store = self.ctx.store
        if list_id is None:
            self.fetch = None
        elif list_id == OPTOUTS:
            self.fetch = lambda offset, limit: fetch_optouts(store, query, offset, limit)
        else:
            self.fetch = lambda offset, limit: fetch_contacts(store, list_id, query, offset, limit)
        if self.fetch is None:
            self._reset(generation, Page([], 0, 0, PAGE), set())
            return
        self.loading = True
        self.ctx.worker.submit(self.fetch, 0, PAGE, on_result=lambda r: self._reset(generation, *r),
                               on_error=lambda _exc: self._failed(generation))

    def reload(self) -> None:
        fetch = self.fetch
        if fetch is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.ctx.worker.submit(fetch, 0, PAGE, on_result=lambda r: self._reset(generation, *r),
                               on_error=lambda _exc: self._failed(generation))

    def _failed(self, generation: int) -> None:
        if isValid(self) and generation == self._generation:
            self._reset(generation, Page([], 0, 0, PAGE), set())

    def _reset(self, generation: int, page: AnyPage, opted: set[str]) -> None:
        if not isValid(self) or generation != self._generation:
            return  # another list or search was asked for meanwhile
        self.beginResetModel()
        if self.optouts:
            self.headers = [self.tr("Phone"), self.tr("How it was added"), self.tr("Note"), self.tr("Added")]
        elif self.list_id is None:
            self.headers = []
        else:
            self.headers = [self.tr("Phone"), self.tr("Name"), *self.columns]
        self.total = page.total
        self._pages.clear()
        self._pending.clear()
        self._pages[0] = [(item, getattr(item, "phone", "") in opted) for item in page.items]
        self.endResetModel()
        self.loading = False
        self.loaded.emit()

    def _request(self, page_no: int) -> None:
        if page_no in self._pending or self.fetch is None:
            return
        self._pending.add(page_no)
        generation = self._generation
        self.ctx.worker.submit(self.fetch, page_no * PAGE, PAGE,
                               on_result=lambda r: self._page(generation, page_no, *r),
                               on_error=lambda _exc: self._pending.discard(page_no))

    def _page(self, generation: int, page_no: int, page: AnyPage, opted: set[str]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._pending.discard(page_no)
        self._pages[page_no] = [(item, getattr(item, "phone", "") in opted) for item in page.items]
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        first = page_no * PAGE
        last = min(self.total, first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, max(0, self.columnCount() - 1)))

    # -- access --------------------------------------------------------------------------------
    def entry(self, row: int) -> tuple[Contact | OptOut, bool] | None:
        """The row's contact (or opt-out) and whether it is opted out; None while its page loads."""
        if not 0 <= row < self.total:
            return None
        page_no, offset = divmod(row, PAGE)
        page = self._pages.get(page_no)
        if page is None:
            self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def item(self, row: int) -> Contact | OptOut | None:
        entry = self.entry(row)
        return entry[0] if entry else None

    def cached(self, row: int) -> Contact | OptOut | None:
        """The row's item if its page is in memory (never asks the worker)."""
        page = self._pages.get(row // PAGE)
        if page is None or row % PAGE >= len(page):
            return None
        return page[row % PAGE][0]

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.ForegroundRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        item, opted = entry
        column = index.column()
        if isinstance(item, OptOut):
            if role == Qt.ItemDataRole.ForegroundRole:
                return None
            if column == 0:
                return phone_text(self.ctx.settings, item.phone)
            if column == 1:
                return self.sources.get(item.source, item.source)
            if column == 2:
                return item.note
            return fmt_iso(item.created_at)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.color(MUTED)) if opted else None
        if role == Qt.ItemDataRole.ToolTipRole and opted:
            return self.tr("On the opt-out list: kept in this list, but never sent messages.")
        if column == 0:
            return phone_text(self.ctx.settings, item.phone) + ("  " + self.tr("(opted out)") if opted and role == Qt.ItemDataRole.DisplayRole
                                 else "")
        if column == 1:
            return item.name
        key = self.columns[column - 2] if 0 <= column - 2 < len(self.columns) else ""
        return item.fields.get(key, "")
