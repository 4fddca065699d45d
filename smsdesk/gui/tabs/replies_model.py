"""The Replies tab's conversation list: a model over pages of conversations read on the worker.

The view asks for text only for the rows it paints, so a shop with a thousand conversations
costs the GUI thread a screenful, not a table of 5,000 items built at once; further pages are
read (on the worker) when the user scrolls near the end (``canFetchMore``/``fetchMore``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from smsdesk.core.replies import Conversation, list_conversations, unread_conversations
from smsdesk.core.store import Store
from smsdesk.gui import theme
from smsdesk.i18n import fmt_iso, join_list, translate

PAGE = 200  # conversations a page
Index = QModelIndex | QPersistentModelIndex



def conversations_page(store: Store, search: str, unread_only: bool, offset: int, generation: int,
                       limit: int = PAGE) -> tuple[int, int, list[Conversation], int | None]:
    """Worker: ``limit`` conversations from ``offset`` (and one more: is there another page?) and,
    from the start, how many numbers have unread replies."""
    rows = list_conversations(store, search=search, unread_only=unread_only, limit=limit + 1, offset=offset)
    unread = unread_conversations(store) if offset == 0 else None
    return generation, offset, rows, unread


class ConversationsModel(QAbstractTableModel):
    """Customer, last reply, received, account, marks and who handled each conversation, newest first."""

    def __init__(self, phone_text: Callable[[str], str], fetch_more: Callable[[int], None],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Conversation] = []
        self.more = False  # another page can be read
        self.fetching = False
        self._phone_text = phone_text  # the number as the user writes it (settings)
        self._fetch_more = fetch_more
        self.headers = [translate("RepliesTab", "Customer"), translate("RepliesTab", "Last reply"),
                        translate("RepliesTab", "Received"), translate("RepliesTab", "Account"),
                        translate("RepliesTab", "Marks"), translate("RepliesTab", "Handled by")]

    # -- contents ---------------------------------------------------------------------------
    def set_rows(self, rows: list[Conversation], limit: int = PAGE) -> None:
        """A new read from the start, ``limit`` rows asked for (the extra row only tells there is more)."""
        self.beginResetModel()
        self.rows = rows[:limit]
        self.more = len(rows) > limit
        self.fetching = False
        self.endResetModel()

    def append(self, offset: int, rows: list[Conversation]) -> None:
        """A further page, unless the list changed meanwhile (``offset`` no longer its end)."""
        self.fetching = False
        if offset != len(self.rows):
            return
        page = rows[:PAGE]
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.more = len(rows) > PAGE

    def row_of(self, phone: str | None) -> int:
        return next((i for i, c in enumerate(self.rows) if c.phone == phone), -1)

    def customer(self, c: Conversation) -> str:
        phone = self._phone_text(c.phone)
        return f"{c.contact} ({phone})" if c.contact else phone

    @staticmethod
    def marks(c: Conversation) -> str:
        marks = []
        if c.unread:
            marks.append(translate("RepliesTab", "{n} new").format(n=c.unread))
        if c.opted_out:
            marks.append(translate("RepliesTab", "Opted out"))
        elif c.optout_pending:
            marks.append(translate("RepliesTab", "Asked to stop"))
        if c.handled:
            marks.append(translate("RepliesTab", "Handled"))
        return join_list(marks)

    def text(self, row: int, column: int) -> str:
        """What the cell shows (also for tests and screen readers)."""
        c = self.rows[row]
        if column == 0:
            return self.customer(c)
        if column == 1:
            return " ".join(c.last_text.split())
        if column == 2:
            return fmt_iso(c.last_at)
        if column == 3:
            return c.account
        if column == 5:
            return c.handled_by if c.handled else ""
        return self.marks(c)

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        c, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return c.last_text
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return translate("RepliesTab", "The desk (computer) and user that marked the conversation handled")
        if role == Qt.ItemDataRole.FontRole and c.unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and (c.opted_out or c.optout_pending):
            return theme.color(theme.Tone.ERROR)  # looked up when painted: follows the colour scheme
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and self.more and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if self.canFetchMore(parent):
            self.fetching = True
            self._fetch_more(len(self.rows))
