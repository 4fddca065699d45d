"""The Recipients tab's edits: new, rename, merge and delete lists; add and remove contacts and opt-outs.

A mixin of :class:`~smsdesk.gui.tabs.recipients.RecipientsTab` (which owns the widgets and the
selection). Every change runs on the worker and ends in ``_changed``, so every tab re-reads.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QTableView, QWidget
from shiboken6 import isValid

from smsdesk.core.contacts import Contact, ContactList, ContactRepository, ContactsError, OptOut
from smsdesk.core.settings import default_region, phone_text
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.recipients_dialogs import ContactDialog, MergeDialog, OptOutDialog
from smsdesk.gui.tabs.recipients_model import OPTOUTS, ContactsModel, add_optouts, remove_rows, split_numbers
from smsdesk.gui.widgets import ask
from smsdesk.i18n import fmt_int, join_list, join_sentences


class RecipientsEditing(QWidget):
    """What changes lists, contacts and opt-outs (the tab shows them)."""

    ctx: AppContext
    lists: list[ContactList]
    model: ContactsModel
    search: QLineEdit
    table: QTableView
    input_dialog: QInputDialog | None
    confirm_box: QMessageBox | None
    merge_dialog: MergeDialog | None
    contact_dialog: ContactDialog | None
    optout_dialog: OptOutDialog | None
    if TYPE_CHECKING:
        selected_key: Callable[[], int | None]
        selected_list: Callable[[], ContactList | None]
        show_message: Callable[..., None]
        _changed: Callable[..., None]
        _failed: Callable[[Exception], None]

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
