"""The Status tab's detail table: per-recipient rows of one job, fetched in pages on the worker."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from smsdesk.core.job_views import MessageLine, message_ids, message_lines
from smsdesk.core.phones import DEFAULT_REGION, display
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.gui import theme
from smsdesk.gui.models import alive
from smsdesk.i18n import fmt_iso

PAGE = 256
CACHE_PAGES = 64  # at most 16,384 rows' text in memory, however far the user scrolls
Index = QModelIndex | QPersistentModelIndex

# Submit ``fn(*args)`` somewhere (a worker thread) and call back with its result on the GUI thread.
Loader = Callable[[Callable[..., Any], tuple[Any, ...], Callable[[Any], None]], None]
Page = tuple[int, dict[int, MessageLine]]  # (epoch it was read in, lines by message id)


class MessagesModel(QAbstractTableModel):
    """Per-recipient rows of one job, straight from the store.

    Loading a job reads only the ids of the matching rows, in display order (one
    query, 8 bytes a row); the text of a row is read with its page of
    :data:`PAGE` rows when the view first paints it, and at most
    :data:`CACHE_PAGES` pages are kept. So a job of 100,000 recipients opens at
    once, scrolls anywhere, and memory stays flat.

    With a ``loader`` (the app's) nothing is read on the GUI thread: the id query and
    every page run on the worker, ``data()`` only looks in the cache. A page not read
    yet shows blank for the few milliseconds it takes; after a poll (:meth:`refresh_rows`)
    the old text stays on screen until the fresh page replaces it. ``loaded`` is
    emitted when the ids are in. Without a loader, reads are direct (scripts, tests).
    """

    loaded = Signal()

    COLUMN_KEYS = ("phone", "name", "state", "status", "updated", "problem")

    def __init__(self, store: Store, parent: Any = None, *, loader: Loader | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.loader = loader
        self.job_id: int | None = None
        self.states: list[State] | None = None
        self.search = ""
        self.order = "id"
        self.ids: array[int] = array("q")
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._pending: dict[int, int] = {}  # page number: the epoch it was asked for in
        self._generation = 0  # bumped when the ids change: older answers are dropped
        self._epoch = 0  # bumped when states change: cached pages are stale, read them again
        self.loading = False
        self.region = DEFAULT_REGION  # the home country: its numbers are shown the national way
        self.headers = [
            self.tr("Phone"), self.tr("Name"), self.tr("State"), self.tr("Vendor status"),
            self.tr("Updated"), self.tr("Problem"),
        ]
        self.header_tips = {
            2: self.tr("Submitted: sent, no report yet. Delivered or Failed: the vendor's report. Expired: the "
                       "phone stayed off. Unknown: it may or may not have gone out, and is not resent."),
            3: self.tr("The vendor's own status code, as it reported it"),
            5: self.tr("What went wrong, in words, and how an unknown outcome was resolved"),
        }

    # -- loading ------------------------------------------------------------
    def set_job(self, job_id: int | None, *, states: Iterable[State] | None = None, search: str = "") -> None:
        self.job_id = job_id
        self.states = list(states) if states is not None else None
        self.search = search
        self.reload()

    def reload(self) -> None:
        """Read the matching ids again (rows may have left a state filter)."""
        self._generation += 1
        generation = self._generation
        if self.job_id is None:
            self._apply(generation, array("q"))
            return
        args = (self.store, self.job_id)
        kwargs: _IdQuery = {"states": self.states, "search": self.search, "order": self.order}
        if self.loader is None:
            self._apply(generation, message_ids(*args, **kwargs))
            return
        self.loading = True
        self.loader(_load_ids, (generation, *args, kwargs), self._loaded_ids)

    @alive
    def _loaded_ids(self, result: tuple[int, array[int]]) -> None:
        self._apply(*result)

    def _apply(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return  # a newer filter or sort was asked for meanwhile
        self.beginResetModel()
        self.ids = ids
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()
        self.loading = False
        self.loaded.emit()

    def refresh_rows(self) -> None:
        """States changed (a poll or a callback): re-read what is shown, keep rows and scroll."""
        self._epoch += 1
        if self.loader is None:
            self._pages.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, self.columnCount() - 1))

    def states_changed(self) -> None:
        """Reports came in. Under a state filter, or sorted by a column that moves with the state,
        rows join or leave: read the ids again. Otherwise only the shown text changed."""
        if self.states is not None or self.order.lstrip("-") in ("state", "status", "updated", "problem"):
            self.reload()
        else:
            self.refresh_rows()

    def _keep(self, page_no: int, page: Page) -> None:
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)

    def _request(self, page_no: int) -> None:
        assert self.loader is not None
        if self._pending.get(page_no) == self._epoch:
            return  # already asked for
        self._pending[page_no] = self._epoch
        ids = self.ids[page_no * PAGE:(page_no + 1) * PAGE]  # a copy: the worker never sees self.ids
        self.loader(_load_page, (self._generation, self._epoch, page_no, self.store, ids), self._loaded_page)

    @alive
    def _loaded_page(self, result: tuple[int, int, int, dict[int, MessageLine]]) -> None:
        generation, epoch, page_no, lines = result
        if generation != self._generation:
            return  # the rows changed meanwhile: these ids are no longer where they were
        if self._pending.get(page_no) == epoch:
            del self._pending[page_no]
        kept = self._pages.get(page_no)
        if kept is not None and kept[0] > epoch:
            return  # a fresher read of this page is already shown
        self._keep(page_no, (epoch, lines))
        first = page_no * PAGE
        last = min(len(self.ids), first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- access ---------------------------------------------------------------
    def line(self, row: int) -> MessageLine | None:
        """The row's line from the cache (None while its page is read); asks for a missing or stale page."""
        if not 0 <= row < len(self.ids):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None or page[0] != self._epoch:
            if self.loader is None:
                page = (self._epoch, message_lines(self.store, self.ids[page_no * PAGE:(page_no + 1) * PAGE]))
                self._keep(page_no, page)
            else:
                self._request(page_no)
                if page is None:
                    return None
        else:
            self._pages.move_to_end(page_no)
        return page[1].get(self.ids[row])

    def cached_lines(self, rows: Iterable[int]) -> list[MessageLine]:
        """The lines of these rows that are in memory (never reads the store)."""
        out = []
        for row in sorted(set(rows)):
            page = self._pages.get(row // PAGE) if 0 <= row < len(self.ids) else None
            line = page[1].get(self.ids[row]) if page is not None else None
            if line is not None:
                out.append(line)
        return out

    def row_ids(self, rows: Iterable[int]) -> list[int]:
        """The message ids of these rows, in row order (for a worker to read)."""
        return [self.ids[r] for r in sorted(set(rows)) if 0 <= r < len(self.ids)]

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.header_tips.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            m = self.line(index.row())
            return theme.state_color(m.state) if m else None  # looked up now: follows the scheme
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        m = self.line(index.row())
        if m is None:
            return None
        if column == 0:
            return display(m.phone, self.region)
        if column == 1:
            return m.name
        if column == 2:
            return m.state.label
        if column == 3:
            return m.vendor_status
        if column == 4:
            return fmt_iso(m.updated_at)
        return m.error

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMN_KEYS[column] if 0 <= column < len(self.COLUMN_KEYS) else "id"
        wanted = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        if wanted != self.order:
            self.order = wanted
            self.reload()


class _IdQuery(TypedDict):
    """The filter and order :func:`message_ids` reads, passed to the loader thread as one value."""

    states: list[State] | None
    search: str
    order: str


def _load_ids(generation: int, store: Store, job_id: int, kwargs: _IdQuery) -> tuple[int, array[int]]:
    return generation, message_ids(store, job_id, **kwargs)


def _load_page(generation: int, epoch: int, page_no: int, store: Store,
               ids: Sequence[int]) -> tuple[int, int, int, dict[int, MessageLine]]:
    return generation, epoch, page_no, message_lines(store, ids)
