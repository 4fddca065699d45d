"""Recipients tab: saved contact lists and the shared opt-out list.

Left: the lists with their counts (New, Rename, Merge, Delete, Import) and the opt-out list.
Right: the selected list's contacts, a page at a time, with search. Every store access runs on
the worker (an import may hold the database for a moment; the GUI thread must never wait for it).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smsdesk.core.contacts import Contact, ContactList, ContactRepository, ContactsError, OptOut, Page
from smsdesk.core.settings import default_region, phone_text
from smsdesk.core.store import Store
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.import_dialog import ImportDialog, ImportOutcome, local_files
from smsdesk.gui.widgets import EmptyState, ask
from smsdesk.i18n import fmt_int, fmt_iso, join_list, join_sentences

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


# -- small dialogs ---------------------------------------------------------------------------
class ContactDialog(QDialog):
    """Add one contact by hand; stays open with the reason when the number cannot be used."""

    def __init__(self, lst: ContactList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lst = lst
        self.setWindowTitle(self.tr("Add a contact to \u201c{name}\u201d").format(name=lst.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 0912 345 678 or +886 912 345 678"))
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("Mobile number:"), self.phone)
        form.addRow(self.tr("Name:"), self.name)
        self.fields: dict[str, QLineEdit] = {}
        for column in lst.columns:
            edit = QLineEdit()
            edit.setAccessibleName(column)
            self.fields[column] = edit
            form.addRow(f"{column}:", edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # holds the number as typed
        theme.set_tone(self.error, theme.Tone.ERROR, box=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def values(self) -> tuple[str, str, dict[str, str]]:
        return self.phone.text(), self.name.text(), {k: e.text().strip() for k, e in self.fields.items()}

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.buttons.setEnabled(True)


class OptOutDialog(QDialog):
    """Type or paste numbers for the opt-out list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add numbers to the opt-out list"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Nobody on the opt-out list is sent messages again, from any account. "
                               "One number per line:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.numbers = QPlainTextEdit()
        self.numbers.setAccessibleName(self.tr("Numbers to opt out"))
        self.numbers.setTabChangesFocus(True)  # Tab goes on to the note, not into the list as a character
        self.numbers.setPlaceholderText("0912 345 678\n+886 923 456 789")
        layout.addWidget(self.numbers, 1)
        form = QFormLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. asked by phone on 3 May"))
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note (optional):"), self.note)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # holds the number as typed
        theme.set_tone(self.error, theme.Tone.ERROR, box=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the opt-out list"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(440, 340)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.buttons.setEnabled(True)


class MergeDialog(QDialog):
    """Pick the lists to merge into one."""

    def __init__(self, lists: list[ContactList], target: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge lists"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("List to merge into"))
        for lst in lists:
            self.target.addItem(self.tr("{name} ({count})").format(name=lst.name, count=fmt_int(lst.count)), lst.id)
        self.target.setCurrentIndex(max(0, self.target.findData(target)))
        form.addRow(self.tr("Merge into:"), self.target)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Copy the contacts of these lists into it:")))
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Lists to merge"))
        for lst in lists:
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=lst.name, count=fmt_int(lst.count)))
            item.setData(Qt.ItemDataRole.UserRole, lst.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sources.addItem(item)
        layout.addWidget(self.sources, 1)
        self.delete_sources = QCheckBox(self.tr("Delete those lists afterwards"))
        self.delete_sources.setChecked(True)
        layout.addWidget(self.delete_sources)
        note = QLabel(self.tr("A number in several lists is kept once; the target list's name and values win, "
                              "missing values are filled in."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._update)
        self.sources.itemChanged.connect(self._update)
        self._update()
        self.resize(420, 420)

    def target_id(self) -> int:
        return int(self.target.currentData())

    def source_ids(self) -> list[int]:
        target = self.target_id()
        ids = []
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            lid = int(item.data(Qt.ItemDataRole.UserRole))
            if item.checkState() == Qt.CheckState.Checked and lid != target:
                ids.append(lid)
        return ids

    def _update(self) -> None:
        target = self.target_id()
        self.sources.blockSignals(True)  # setFlags emits itemChanged, which calls this again
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            own = int(item.data(Qt.ItemDataRole.UserRole)) == target
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if own else flags | Qt.ItemFlag.ItemIsEnabled)
        self.sources.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.source_ids()))


# -- the tab ---------------------------------------------------------------------------------
class RecipientsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lists: list[ContactList] = []
        self.optout_count = 0
        self.loaded_once = False
        self._loading = False
        self._reload_pending = False
        self._select_key: int | None = None
        self._shown: tuple[object, ...] = ()
        self.import_dialog: ImportDialog | None = None
        self.input_dialog: QInputDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.merge_dialog: MergeDialog | None = None
        self.contact_dialog: ContactDialog | None = None
        self.optout_dialog: OptOutDialog | None = None
        self.setAcceptDrops(True)
        self._build()
        ctx.events.lists_changed.connect(self.reload_lists)
        self.reload_lists()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)  # a notice below takes only the height its text needs

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Contact lists"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        ll.addWidget(heading)
        self.lists_view = QListWidget()
        self.lists_view.setAccessibleName(self.tr("Contact lists"))
        # Selection, not the current item: focusing an unselected view makes its first row current,
        # which must not switch away from the empty state to the opt-out list.
        self.lists_view.itemSelectionChanged.connect(self._list_selected)
        ll.addWidget(self.lists_view, 1)
        row1 = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setIcon(icon("add"))
        self.new_button.setToolTip(self.tr("Create an empty list and add contacts by hand"))
        self.new_button.clicked.connect(self.new_list)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setIcon(icon("edit"))
        self.rename_button.clicked.connect(self.rename_list)
        self.merge_button = QPushButton(self.tr("Merge\u2026"))
        self.merge_button.setIcon(icon("merge"))
        self.merge_button.setToolTip(self.tr("Copy the contacts of other lists into this one"))
        self.merge_button.clicked.connect(self.merge_lists)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setIcon(icon("delete"))
        self.delete_button.clicked.connect(self.delete_list)
        for b in (self.new_button, self.rename_button, self.merge_button, self.delete_button):
            row1.addWidget(b)
        ll.addLayout(row1)
        self.import_button = QPushButton(self.tr("Import a spreadsheet\u2026"))
        self.import_button.setIcon(icon("import"))
        self.import_button.setToolTip(self.tr("Excel or CSV; you can also drop the file on this tab"))
        self.import_button.clicked.connect(lambda: self.open_import())
        ll.addWidget(self.import_button)
        split.addWidget(left)

        self.right = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No contact lists yet"),
            self.tr("Import your customer spreadsheet (Excel or CSV) to make a list. Phone numbers are "
                    "cleaned up for you: a lost leading zero, full-width digits and +886 are all fine."),
            self.tr("Import a spreadsheet\u2026"),
            on_action=lambda: self.open_import(),  # not the method: clicked(bool) would fill its parameter
        )
        if self.empty.button is not None:
            self.empty.button.setIcon(icon("import"))
        self.right.addWidget(self.empty)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names and columns come from spreadsheets
        bl.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        bl.addWidget(self.subtitle)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, name or any column (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAcceptDrops(False)  # a dropped file is an import, not search text
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._show_rows)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.add_button = QPushButton(self.tr("Add contact\u2026"))
        self.add_button.setIcon(icon("add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.optout_import_button = QPushButton(self.tr("Import numbers\u2026"))
        self.optout_import_button.setIcon(icon("import"))
        self.optout_import_button.setToolTip(self.tr("Add every number of a spreadsheet or CSV file to the "
                                                     "opt-out list"))
        self.optout_import_button.clicked.connect(lambda: self.open_import(optouts=True))
        bar.addWidget(self.search, 1)
        for b in (self.add_button, self.remove_button, self.optout_import_button):
            bar.addWidget(b)
        bl.addLayout(bar)
        self.model = ContactsModel(self.ctx, self)
        self.model.loaded.connect(self._rows_loaded)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        bl.addWidget(self.table, 1)
        self.no_match = QLabel()
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.hide()
        bl.addWidget(self.no_match)
        self.right.addWidget(body)
        split.addWidget(self.right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 800])

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        outer.addWidget(self.message)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_search)
        self._update_buttons()

    # -- messages --------------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        """A line under the tab: problems stay until the next action; news also goes to the status bar."""
        self.message.setText(text)
        theme.set_tone(self.message, theme.Tone.ERROR if error else theme.Tone.NOTE, box=True)
        self.message.setVisible(bool(text))
        if text and not error:
            self.ctx.events.status_message.emit(text)

    def _failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        if isinstance(exc, ContactsError):
            self.show_message(str(exc), error=True)
        else:
            self.show_message(self.tr("That did not work ({error}). Nothing was changed. Try again.").format(
                error=exc), error=True)

    def focus_search(self) -> None:
        if self.right.currentIndex() == 1:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    # -- lists -----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.loaded_once:
            self.reload_lists()  # replies may have added opt-outs meanwhile

    def reload_lists(self) -> None:
        """Re-read the lists and counts on the worker (one read at a time)."""
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        self.ctx.worker.submit(load_overview, self.ctx.store, on_result=self._lists_loaded,
                               on_error=self._failed, on_finished=self._lists_done)

    def _lists_done(self) -> None:
        if not isValid(self):
            return
        self._loading = False
        if self._reload_pending:
            self._reload_pending = False
            self.reload_lists()

    def selected_key(self) -> int | None:
        items = self.lists_view.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def selected_list(self) -> ContactList | None:
        key = self.selected_key()
        return next((lst for lst in self.lists if lst.id == key), None)

    def _lists_loaded(self, overview: tuple[list[ContactList], int]) -> None:
        if not isValid(self):
            return
        self.lists, self.optout_count = overview
        self.loaded_once = True
        wanted = self._select_key if self._select_key is not None else self.selected_key()
        self._select_key = None
        self.lists_view.blockSignals(True)
        self.lists_view.clear()
        for lst in self.lists:
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=lst.name, count=fmt_int(lst.count)))
            item.setData(Qt.ItemDataRole.UserRole, lst.id)
            item.setToolTip(self.tr("{count} contacts; updated {time}").format(
                count=fmt_int(lst.count), time=fmt_iso(lst.updated_at)))
            self.lists_view.addItem(item)
        optout = QListWidgetItem(self.tr("Opt-out list ({count})").format(count=fmt_int(self.optout_count)))
        optout.setData(Qt.ItemDataRole.UserRole, OPTOUTS)
        optout.setToolTip(self.tr("Numbers that are never sent messages, from any account"))
        italic = QFont(self.lists_view.font())
        italic.setItalic(True)
        optout.setFont(italic)
        self.lists_view.addItem(optout)
        row = next((i for i in range(self.lists_view.count())
                    if self.lists_view.item(i).data(Qt.ItemDataRole.UserRole) == wanted), None)
        if row is None and self.lists:
            row = 0
        if row is not None:
            self.lists_view.setCurrentRow(row)
        self.lists_view.blockSignals(False)
        if self._signature() != self._shown:
            self._list_selected()
        else:
            self._update_buttons()  # nothing shown changed: keep the rows, the selection and the scroll

    def _signature(self) -> tuple[object, ...]:
        """What the table shows depends on; a reload with the same signature leaves it alone."""
        lst = self.selected_list()
        return (self.selected_key(), self.optout_count, lst and (lst.name, lst.count, lst.updated_at, tuple(lst.columns)),
                self.search.text().strip())

    def _list_selected(self) -> None:
        if self.selected_key() != self.model.list_id:
            self.search.blockSignals(True)  # a new list starts unfiltered
            self.search.clear()
            self.search.blockSignals(False)
        self._show_rows()
        self._update_buttons()

    def _show_rows(self) -> None:
        key = self.selected_key()
        lst = self.selected_list()
        self._shown = self._signature()
        if key is None or (key != OPTOUTS and lst is None):
            self.model.set_source(None, [])
            if not self.lists:
                self.right.setCurrentIndex(0)
                return
            self.right.setCurrentIndex(1)
            self.title.setText(self.tr("Choose a list on the left"))
            self.subtitle.setText("")
            return
        self.right.setCurrentIndex(1)
        if key == OPTOUTS:
            self.title.setText(self.tr("Opt-out list"))
            self.subtitle.setText(self.tr("{count} numbers. Nobody here is sent messages, from any account or "
                                          "vendor, even when the number is in a list.").format(
                count=fmt_int(self.optout_count)))
            self.search.setPlaceholderText(self.tr("Search number or note (Ctrl+F)"))
            self.model.set_source(OPTOUTS, [], self.search.text().strip())
        else:
            assert lst is not None
            self.title.setText(lst.name)
            columns = join_list(lst.columns)
            self.subtitle.setText(join_sentences(
                self.tr("{count} contacts.").format(count=fmt_int(lst.count)),
                self.tr("Columns for personalising messages: {columns}.").format(columns=columns) if columns else ""))
            self.search.setPlaceholderText(self.tr("Search number, name or any column (Ctrl+F)"))
            self.model.set_source(lst.id, lst.columns, self.search.text().strip())

    def _rows_loaded(self) -> None:
        empty = self.model.total == 0 and self.model.list_id is not None
        query = self.search.text().strip()
        if empty and query:
            self.no_match.setText(self.tr("Nothing matches \u201c{query}\u201d.").format(query=query))
        elif empty and self.model.optouts:
            self.no_match.setText(self.tr("Nobody has opted out yet. Replies such as \u201c退訂\u201d or STOP add "
                                          "numbers here; you can also add them by hand."))
        elif empty:
            self.no_match.setText(self.tr("This list is empty. Add contacts by hand, or import a spreadsheet "
                                          "into it."))
        self.no_match.setVisible(empty)
        if not self.model.optouts and self.model.columnCount():
            self.table.setColumnWidth(0, 190)
        self._update_buttons()

    def _update_buttons(self) -> None:
        key = self.selected_key()
        is_list = key is not None and key != OPTOUTS
        self.rename_button.setEnabled(is_list)
        self.delete_button.setEnabled(is_list)
        self.merge_button.setEnabled(is_list and len(self.lists) > 1)
        self.add_button.setText(self.tr("Add numbers\u2026") if key == OPTOUTS else self.tr("Add contact\u2026"))
        self.add_button.setEnabled(key is not None)
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.optout_import_button.setVisible(key == OPTOUTS)

    def select(self, key: int) -> bool:
        for i in range(self.lists_view.count()):
            if self.lists_view.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.lists_view.setCurrentRow(i)
                return True
        return False

    def _changed(self, text: str = "", select: int | None = None) -> None:
        """After a change in the store: say what happened, and let every tab re-read."""
        if not isValid(self):
            return
        if select is not None:
            self._select_key = select
        if text:
            self.show_message(text)
        self.ctx.events.lists_changed.emit()

    # -- list actions ----------------------------------------------------------------------------
    def _ask_text(self, title: str, label: str, value: str, done: Callable[[str], None]) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(done)
        self.input_dialog = dialog
        dialog.open()

    def new_list(self) -> None:
        self._ask_text(self.tr("New list"), self.tr("Name of the new list:"), "", self._create)

    def _create(self, name: str) -> None:
        self.show_message("")
        done = self.tr("The list \u201c{name}\u201d was created.")  # results may outlive the tab: no tr() there
        self.ctx.worker.submit(lambda: ContactRepository(self.ctx.store).create_list(name),
                               on_result=lambda lst: self._changed(done.format(name=lst.name), select=lst.id),
                               on_error=self._failed)

    def rename_list(self) -> None:
        lst = self.selected_list()
        if lst is None:
            return
        self._ask_text(self.tr("Rename list"), self.tr("New name for \u201c{name}\u201d:").format(name=lst.name),
                       lst.name, partial(self._rename, lst.id))

    def _rename(self, list_id: int, name: str) -> None:
        self.show_message("")
        done = self.tr("The list is now called \u201c{name}\u201d.")
        self.ctx.worker.submit(lambda: ContactRepository(self.ctx.store).rename_list(list_id, name),
                               on_result=lambda lst: self._changed(done.format(name=lst.name)),
                               on_error=self._failed)

    def delete_list(self) -> None:
        lst = self.selected_list()
        if lst is None:
            return
        self.confirm_box = ask(
            self, self.tr("Delete list"),
            self.tr("Delete the list \u201c{name}\u201d and its {count} contacts? This cannot be "
                    "undone. The opt-out list and messages already sent are not affected.").format(
                name=lst.name, count=fmt_int(lst.count)),
            self.tr("Delete"), partial(self._delete, lst.id, lst.name),
            icon=QMessageBox.Icon.Warning)

    def _delete(self, list_id: int, name: str) -> None:
        self.show_message("")
        done = self.tr("The list \u201c{name}\u201d and its {count} contacts were deleted.")
        self.ctx.worker.submit(lambda: ContactRepository(self.ctx.store).delete_list(list_id),
                               on_result=lambda n: self._changed(done.format(name=name, count=fmt_int(n))),
                               on_error=self._failed)

    def merge_lists(self) -> None:
        lst = self.selected_list()
        if lst is None or len(self.lists) < 2:
            return
        dialog = MergeDialog(self.lists, lst.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self._merge(d.target_id(), d.source_ids(),
                                                             d.delete_sources.isChecked()))
        self.merge_dialog = dialog
        dialog.open()

    def _merge(self, target: int, sources: list[int], delete: bool) -> None:
        if not sources:
            return
        self.show_message("")
        names = {lst.id: lst.name for lst in self.lists}
        done = self.tr("Merged {lists} into \u201c{name}\u201d: {count} new contacts there.")
        merged = join_list(f"\u201c{names.get(s, s)}\u201d" for s in sources)
        self.ctx.worker.submit(
            lambda: ContactRepository(self.ctx.store).merge_lists(target, sources, delete_sources=delete),
            on_result=lambda n: self._changed(done.format(lists=merged, name=names.get(target, ""), count=fmt_int(n)),
                                              select=target),
            on_error=self._failed)

    # -- contacts and opt-outs ---------------------------------------------------------------------
    def add(self) -> None:
        key = self.selected_key()
        if key == OPTOUTS:
            self.add_optouts()
            return
        lst = self.selected_list()
        if lst is None:
            return
        dialog = ContactDialog(lst, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.buttons.accepted.connect(lambda d=dialog: self._save_contact(d))
        self.contact_dialog = dialog
        dialog.open()

    def _save_contact(self, dialog: ContactDialog) -> None:
        phone, name, fields = dialog.values()
        region = default_region(self.ctx.settings)
        dialog.buttons.setEnabled(False)
        list_id = dialog.lst.id

        done = self.tr("{phone} was added to the list.")
        unexpected = self.tr("The contact could not be saved ({error}). Try again.")

        def saved(contact: Contact) -> None:
            if isValid(dialog):
                dialog.accept()
            self._changed(done.format(phone=phone_text(self.ctx.settings, contact.phone)))

        def failed(exc: Exception) -> None:
            if isValid(dialog):
                dialog.show_error(str(exc) if isinstance(exc, ContactsError) else unexpected.format(error=exc))

        self.ctx.worker.submit(
            lambda: ContactRepository(self.ctx.store, region).add_contact(list_id, phone, name, fields),
            on_result=saved, on_error=failed)

    def add_optouts(self) -> None:
        dialog = OptOutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.buttons.accepted.connect(lambda d=dialog: self._save_optouts(d))
        self.optout_dialog = dialog
        dialog.open()

    def _save_optouts(self, dialog: OptOutDialog) -> None:
        numbers = split_numbers(dialog.numbers.toPlainText())
        if not numbers:
            dialog.show_error(self.tr("Type at least one number, one per line."))
            return
        dialog.buttons.setEnabled(False)

        def saved(result: tuple[int, int, list[tuple[str, str]]]) -> None:
            if not isValid(self):
                return
            added, already, bad = result
            text = self.tr("{added} numbers added to the opt-out list.").format(added=fmt_int(added))
            if already:
                text = join_sentences(text, self.tr("{n} were on it already.").format(n=fmt_int(already)))
            if added or already:
                self._changed(text, select=OPTOUTS)
            if not isValid(dialog):
                return
            if bad:
                # Keep only what still needs fixing in the box, with the reasons.
                dialog.numbers.setPlainText("\n".join(raw for raw, _why in bad))
                dialog.show_error("\n".join(why for _raw, why in bad))
            else:
                dialog.accept()

        def failed(exc: Exception) -> None:
            if isValid(dialog):
                dialog.show_error(str(exc))

        self.ctx.worker.submit(add_optouts, self.ctx.store, default_region(self.ctx.settings), numbers,
                               dialog.note.text(), on_result=saved, on_error=failed)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        key = self.selected_key()
        if not rows or key is None:
            return
        known: list[Any] = []
        ranges: list[tuple[int, int]] = []
        for row in rows:
            item = self.model.cached(row)
            if item is not None:
                known.append(item.phone if isinstance(item, OptOut) else item.id)
            elif ranges and ranges[-1][0] + ranges[-1][1] == row:
                ranges[-1] = (ranges[-1][0], ranges[-1][1] + 1)
            else:
                ranges.append((row, 1))
        if key == OPTOUTS:
            text = self.tr("Take {n} numbers off the opt-out list? They can be sent messages again.").format(
                n=fmt_int(len(rows)))
            done = self.tr("{n} numbers were taken off the opt-out list.")
        else:
            lst = self.selected_list()
            text = self.tr("Remove {n} contacts from \u201c{name}\u201d? Their numbers are not opted out; they "
                           "are only taken off this list.").format(n=fmt_int(len(rows)), name=lst.name if lst else "")
            done = self.tr("{n} contacts were removed.")
        if len(rows) == 1:
            shown = self.model.cached(rows[0])
            if shown is not None:
                text += "\n\n" + phone_text(self.ctx.settings, shown.phone) + (f" {shown.name}" if isinstance(shown, Contact) and shown.name else "")
        query = self.search.text().strip()
        self.confirm_box = ask(self, self.tr("Remove"), text, self.tr("Remove"), lambda: self.ctx.worker.submit(
            remove_rows, self.ctx.store, key, query, known, ranges,
            on_result=lambda n: self._changed(done.format(n=fmt_int(n))), on_error=self._failed))

    # -- import ------------------------------------------------------------------------------------
    def open_import(self, path: str | Path | None = None, *, optouts: bool = False) -> ImportDialog:
        dialog = self.import_dialog
        if dialog is not None and isValid(dialog) and dialog.isVisible() and dialog.optouts == optouts:
            # It is window-modal, so already in front; a new file replaces the one being set up.
            if path is not None and not dialog.running and dialog.pages.currentIndex() == 0:
                dialog.set_file(path)
            return dialog
        dialog = ImportDialog(self.ctx, self, path, optouts=optouts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        if path is None:
            dialog.browse()  # the first thing to do; the import dialog stays if the user cancels it
        return dialog

    def _imported(self, outcome: ImportOutcome) -> None:
        if not isValid(self):
            return
        report = outcome.report
        self._select_key = OPTOUTS if outcome.optouts else getattr(report, "list_id", None)
        self.search.clear()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = local_files(event.mimeData())
        if not files:
            return
        event.acceptProposedAction()
        if len(files) > 1:
            self.show_message(self.tr("One file at a time: importing {name} now; drop the others after it.").format(
                name=Path(files[0]).name))
        self.open_import(files[0])
