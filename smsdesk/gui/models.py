"""Table models backed by the store, fetched in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from smsdesk.core.jobs import Jobs, MessageRow
from smsdesk.core.states import State
from smsdesk.core.store import Store

PAGE = 500
Index = QModelIndex | QPersistentModelIndex


class MessagesModel(QAbstractTableModel):
    """Per-recipient rows of one job, loaded page by page as the view scrolls."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.jobs = Jobs(store)
        self.job_id: int | None = None
        self.rows: list[MessageRow] = []
        self.total = 0
        self.states: list[State] | None = None
        self.search = ""
        self.order = "id"
        self.headers = [
            self.tr("Phone"), self.tr("Name"), self.tr("State"), self.tr("Vendor status"),
            self.tr("Updated"), self.tr("Problem"),
        ]

    def set_job(self, job_id: int | None, *, states: list[State] | None = None, search: str = "") -> None:
        self.beginResetModel()
        self.job_id, self.states, self.search = job_id, states, search
        self.rows = []
        self.total = self._count() if job_id is not None else 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_job(self.job_id, states=self.states, search=self.search)

    def _count(self) -> int:
        assert self.job_id is not None
        return self.jobs.message_count(self.job_id, states=self.states, search=self.search)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt API
        return self.job_id is not None and not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt API
        if self.job_id is None:
            return
        page = self.jobs.messages(self.job_id, states=self.states, search=self.search,
                                  offset=len(self.rows), limit=PAGE, order=self.order)
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        m = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return m.phone
        if column == 1:
            return m.contact_name
        if column == 2:
            return m.state.label
        if column == 3:
            return m.vendor_status
        if column == 4:
            from smsdesk.gui.tabs.balances import local_time

            return local_time(m.updated_at)
        return m.error_text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = ["phone", "name", "state", "status", "updated", "id"][column]
        self.order = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        self.reload()
