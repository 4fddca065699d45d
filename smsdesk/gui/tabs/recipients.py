"""Recipients tab: saved contact lists and the shared opt-out list.

Left: the lists with their counts (New, Rename, Merge, Delete, Import) and the opt-out list.
Right: the selected list's contacts, a page at a time, with search. Every store access runs on
the worker (an import may hold the database for a moment; the GUI thread must never wait for it):
the reads and the table model are in recipients_model, the edits in recipients_edits, the small
dialogs in recipients_dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smsdesk.core.contacts import ContactList, ContactsError
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.import_dialog import ImportDialog, local_files
from smsdesk.gui.import_work import ImportOutcome
from smsdesk.gui.tabs.recipients_dialogs import ContactDialog, MergeDialog, OptOutDialog
from smsdesk.gui.tabs.recipients_edits import RecipientsEditing
from smsdesk.gui.tabs.recipients_model import OPTOUTS, ContactsModel, load_overview
from smsdesk.gui.widgets import EmptyState
from smsdesk.i18n import fmt_int, fmt_iso, join_list, join_sentences


class RecipientsTab(RecipientsEditing):
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
