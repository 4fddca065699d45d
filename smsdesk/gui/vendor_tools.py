"""Vendor tools: Tencent templates, signatures and statistics; SepSMS OTP test.

Every vendor call runs on the worker; while one runs, the dialog's action buttons
are disabled (one client per dialog, so calls never overlap on its session).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import phones
from smsdesk.core.accounts import Account, AccountError
from smsdesk.core.settings import account_region
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.widgets import add_row_for, ask, initial_size
from smsdesk.i18n import fmt_time, translate
from smsdesk.vendors.base import AccountConfig, OutcomeUnknown, Unsupported, VendorClient, VendorError
from smsdesk.vendors.http import HttpPolicy

# Tools this dialog implements, offered where the driver declares them in capabilities.extras.
_TOOLS = ("templates", "signatures", "statistics", "otp")


def tools_for(account: Account) -> list[str]:
    """The vendor tools this account offers (empty when none)."""
    spec = account.spec
    extras = set(spec.capabilities.extras)
    if spec.saved_templates is not None:
        extras.discard("templates")  # kept in the account's settings: the account dialog lists them
    return [t for t in _TOOLS if t in extras]


def describe_error(exc: BaseException) -> str:
    """A failed tool call in words, never a traceback."""
    if isinstance(exc, (VendorError, OutcomeUnknown)):
        return exc.message
    if isinstance(exc, (AccountError, Unsupported, ValueError)):
        return str(exc)
    return translate("VendorTools", "The request stopped with an unexpected problem ({kind}). Try again; if it "
                     "keeps happening, send the log file to support.").format(kind=type(exc).__name__)


def _status_tone(status: int) -> theme.Tone:
    return {0: theme.Tone.OK, 2: theme.Tone.ERROR}.get(status, theme.Tone.WARNING)


Editor = TypeVar("Editor", bound=QDialog)


class _Tab(QWidget):
    """A tab with a message line; runs vendor calls through its dialog."""

    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Result"))

    def show_message(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setText(text)
        theme.set_tone(self.message, theme.Tone.ERROR if error else theme.Tone.OK if ok else None)

    def show_error(self, exc: BaseException) -> None:
        self.show_message(describe_error(exc), error=True)

    def run(self, fn: Callable[[Any], Any], on_result: Callable[[Any], None], busy_text: str) -> None:
        self.show_message(busy_text)
        self.dialog.run(fn, on_result, self.show_error)

    def set_busy(self, busy: bool) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


# -- Tencent templates and signatures --------------------------------------------------------


class TemplateEditor(QDialog):
    """Text, type, name and note of a new or changed template."""

    def __init__(self, parent: QWidget, template: Any | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit template {id}").format(id=template.id) if template
                            else self.tr("Add a template"))
        form = QFormLayout(self)
        self.text = QPlainTextEdit(template.text if template else "")
        self.text.setAccessibleName(self.tr("Template text"))
        self.text.setTabChangesFocus(True)  # Tab goes on to Type; a template has no tab characters
        self.text.setPlaceholderText(self.tr("e.g. Your order {1} is ready for pickup."))
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Template type"))
        self.type.addItem(self.tr("Notification"), 0)
        self.type.addItem(self.tr("Marketing"), 1)
        self.type.addItem(self.tr("Voice"), 2)
        if template:
            self.type.setCurrentIndex(self.type.findData(int(template.type)))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Template name"))
        self.remark = QLineEdit()
        self.remark.setAccessibleName(self.tr("Note for the reviewer"))
        self.remark.setPlaceholderText(self.tr("optional: why and where you use it"))
        form.addRow(self.tr("&Text:"), self.text)
        hint = QLabel(self.tr("Write {1}, {2}, ... where SMS Desk fills in values. Tencent Cloud reviews every "
                              "new or changed template before it can be used."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("T&ype:"), self.type)
        form.addRow(self.tr("&Name:"), self.title)
        form.addRow(self.tr("N&ote:"), self.remark)
        self.error = QLabel()
        theme.set_tone(self.error, theme.Tone.ERROR)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        initial_size(self, 520, 320)

    def _accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("Write the template text."))
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText().strip(), "tpl_type": int(self.type.currentData()),
                "title": self.title.text().strip(), "remark": self.remark.text().strip()}


class SignatureEditor(QDialog):
    """Text, note and optional document picture of a new or changed signature."""

    def __init__(self, parent: QWidget, signature: Any | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit signature {id}").format(id=signature.id) if signature
                            else self.tr("Add a signature"))
        form = QFormLayout(self)
        self.text = QLineEdit(signature.text if signature else "")
        self.text.setAccessibleName(self.tr("Signature text"))
        self.text.setPlaceholderText(self.tr("e.g. Lin Bakery"))
        self.remark = QLineEdit()
        self.remark.setAccessibleName(self.tr("Note for the reviewer"))
        self.picture = QLineEdit()
        self.picture.setAccessibleName(self.tr("Document picture"))
        self.picture.setPlaceholderText(self.tr("optional: a screenshot of a business document"))
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.setIcon(icon("browse"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.picture, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&Signature:"), self.text)
        hint = QLabel(self.tr("2 to 12 letters, digits or Chinese characters, without brackets: write Lin Bakery "
                              "for [Lin Bakery]. Tencent Cloud reviews it before it can be used."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("N&ote:"), self.remark)
        add_row_for(form, self.tr("&Picture:"), row, self.picture)
        self.error = QLabel()
        theme.set_tone(self.error, theme.Tone.ERROR)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.pic: bytes | None = None
        self.resize(520, 260)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a document picture"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.picture.setText(path)

    def _accept(self) -> None:
        text = self.text.text().strip().strip("[]\u3010\u3011").strip()
        if not text:
            self.error.setText(self.tr("Write the signature."))
            return
        self.text.setText(text)
        self.pic = None
        if self.picture.text().strip():
            try:
                self.pic = Path(self.picture.text().strip()).read_bytes()
            except OSError as exc:
                self.error.setText(self.tr("The picture could not be read ({error}). Choose another file.").format(
                    error=exc.strerror or type(exc).__name__))
                return
        self.accept()

    def values(self) -> dict[str, Any]:
        return {"text": self.text.text().strip(), "remark": self.remark.text().strip(), "pic": self.pic}


class _ApprovalTab(_Tab):
    """Shared shape of the Templates and Signatures tabs: a table, Add/Edit/Delete/Reload."""

    with_type = False

    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__(dialog)
        self.items: list[Any] = []
        self.editor: QDialog | None = None
        self.confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        headers = [self.tr("ID"), self.tr("Text")]
        if self.with_type:
            headers.append(self.tr("Type"))
        headers += [self.tr("Status"), self.tr("Reason")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.setFocusProxy(self.table)  # the tab opens on its list
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add\u2026"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.add_button.setIcon(icon("add"))
        self.edit_button.setIcon(icon("edit"))
        self.delete_button.setIcon(icon("delete"))
        self.reload_button.setIcon(icon("refresh"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.reload_button.clicked.connect(self.reload)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        self.extra_buttons(buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._busy = False
        self._update_buttons()

    # hooks for subclasses
    def extra_buttons(self, layout: QHBoxLayout) -> None:
        pass

    def type_label(self, item: Any) -> str:
        return ""

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        self.add_button.setEnabled(not self._busy)
        self.reload_button.setEnabled(not self._busy)
        self.edit_button.setEnabled(not self._busy and selected)
        self.delete_button.setEnabled(not self._busy and selected)

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def show_items(self, items: list[Any]) -> None:
        keep = getattr(self.selected(), "id", None)
        self.items = sorted(items, key=lambda i: i.id)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = [str(item.id), item.text]
            if self.with_type:
                cells.append(self.type_label(item))
            cells += [item.status.label, item.reply if int(item.status) == 2 else ""]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
            status_cell = self.table.item(row, len(cells) - 2)
            assert status_cell is not None  # set just above
            theme.tint(status_cell, _status_tone(int(item.status)))
        self.table.resizeRowsToContents()
        if keep is not None:
            for row, item in enumerate(self.items):
                if item.id == keep:
                    self.table.selectRow(row)
        self._update_buttons()

    def open_editor(self, editor: Editor, on_accept: Callable[[Editor], None]) -> None:
        self.editor = editor
        editor.accepted.connect(lambda: on_accept(editor))
        editor.open()

    def ask_delete(self, question: str, on_yes: Callable[[], None]) -> None:
        self.confirm = ask(self, self.tr("Delete"), question, self.tr("Delete"), on_yes)

    def add(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def delete(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError


class TemplatesTab(_ApprovalTab):
    with_type = True

    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__(dialog)
        self.table.setAccessibleName(self.tr("Templates"))
        self.intro.setText(self.tr("The message templates of this Tencent Cloud application. Only approved "
                                   "templates can be sent; a rejected one shows the reviewer's reason."))

    def type_label(self, item: Any) -> str:
        return [self.tr("Notification"), self.tr("Marketing"), self.tr("Voice")][int(item.type)]

    def reload(self) -> None:
        self.run(lambda c: c.all_templates(), self._loaded, self.tr("Loading templates\u2026"))

    def _loaded(self, templates: list[Any]) -> None:
        self.show_items(templates)
        self.show_message(self.tr("{n} templates.").format(n=len(templates)))

    def add(self) -> None:
        self.open_editor(TemplateEditor(self), self._add)

    def _add(self, editor: TemplateEditor) -> None:
        values = editor.values()
        self.run(lambda c: c.add_template(values.pop("text"), values.pop("tpl_type"), **values),
                 self._added, self.tr("Submitting the template\u2026"))

    def _added(self, template: Any) -> None:
        self.show_items([*self.items, template])
        self.show_message(self.tr("Template {id} was submitted and waits for Tencent Cloud's approval.").format(
            id=template.id), ok=True)

    def edit(self) -> None:
        template = self.selected()
        if template is not None and not self._busy:
            self.open_editor(TemplateEditor(self, template), lambda e: self._edit(template.id, e))

    def _edit(self, tpl_id: int, editor: TemplateEditor) -> None:
        values = editor.values()
        self.run(lambda c: c.modify_template(tpl_id, values.pop("text"), values.pop("tpl_type"), **values),
                 self._edited, self.tr("Saving the template\u2026"))

    def _edited(self, template: Any) -> None:
        self.show_items([t for t in self.items if t.id != template.id] + [template])
        self.show_message(self.tr("Template {id} was changed and waits for Tencent Cloud's approval again.").format(
            id=template.id), ok=True)

    def delete(self) -> None:
        template = self.selected()
        if template is None or self._busy:
            return
        self.ask_delete(self.tr("Delete template {id} \u201c{text}\u201d at Tencent Cloud? Messages can no longer "
                                "be sent with it. This cannot be undone.").format(id=template.id, text=template.text),
                        lambda: self.run(lambda c: c.delete_templates([template.id]),
                                         lambda _r: self._deleted(template.id),
                                         self.tr("Deleting the template\u2026")))

    def _deleted(self, tpl_id: int) -> None:
        self.show_items([t for t in self.items if t.id != tpl_id])
        self.show_message(self.tr("Template {id} was deleted.").format(id=tpl_id), ok=True)


class SignaturesTab(_ApprovalTab):
    """Tencent v5 can look signatures up only by ID, so the IDs seen here are remembered."""

    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__(dialog)
        self.table.setAccessibleName(self.tr("Signatures"))
        self.intro.setText(self.tr("Signatures added here (or looked up by ID) are listed with their approval "
                                   "status. Tencent Cloud cannot list all signatures: to see one made in the SMS "
                                   "console, use Look up ID with the ID shown there."))

    def extra_buttons(self, layout: QHBoxLayout) -> None:
        self.lookup_button = QPushButton(self.tr("&Look up ID\u2026"))
        self.lookup_button.setToolTip(self.tr("Show a signature made in the Tencent Cloud console, by its ID"))
        self.lookup_button.setIcon(icon("search"))
        self.lookup_button.clicked.connect(self.lookup)
        layout.addWidget(self.lookup_button)
        self.lookup_dialog: QInputDialog | None = None

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "lookup_button"):
            self.lookup_button.setEnabled(not self._busy)

    # The remembered IDs, per account, in the app settings.
    def _key(self) -> str:
        return f"vendor_tools/account-{self.dialog.account.id}/signature_ids"

    def known_ids(self) -> list[int]:
        raw = self.dialog.ctx.settings.value(self._key(), "[]")
        try:
            return [int(i) for i in json.loads(str(raw))]
        except (TypeError, ValueError):
            return []

    def _remember(self, ids: list[int]) -> None:
        self.dialog.ctx.settings.setValue(self._key(), json.dumps(sorted(set(ids))))

    def reload(self) -> None:
        ids = self.known_ids()
        if not ids:
            self.show_items([])
            self.show_message(self.tr("No signatures yet. Add one, or look one up by its ID."))
            return
        self.run(lambda c: c.get_signatures(ids), self._loaded, self.tr("Loading signatures\u2026"))

    def _loaded(self, signatures: list[Any]) -> None:
        # IDs Tencent no longer knows were deleted (e.g. in the console): forget them.
        self._remember([s.id for s in signatures])
        self.show_items(signatures)
        self.show_message(self.tr("{n} signatures.").format(n=len(signatures)))

    def lookup(self) -> None:
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Look up a signature"))
        box.setLabelText(self.tr("Signature ID (shown in the Tencent Cloud SMS console):"))
        box.setInputMode(QInputDialog.InputMode.IntInput)
        box.setIntRange(1, 2_000_000_000)
        box.accepted.connect(lambda: self._lookup(box.intValue()))
        self.lookup_dialog = box
        box.open()

    def _lookup(self, sign_id: int) -> None:
        self.run(lambda c: c.get_signatures([sign_id]), lambda found: self._looked_up(sign_id, found),
                 self.tr("Looking up the signature\u2026"))

    def _looked_up(self, sign_id: int, found: list[Any]) -> None:
        if not found:
            self.show_message(self.tr("Tencent Cloud has no signature with ID {id} in this application. Check "
                                      "the ID in the SMS console.").format(id=sign_id), error=True)
            return
        self._remember([*self.known_ids(), sign_id])
        self.show_items([s for s in self.items if s.id != sign_id] + found)
        self.show_message(self.tr("Signature {id} added to the list.").format(id=sign_id), ok=True)

    def add(self) -> None:
        self.open_editor(SignatureEditor(self), self._add)

    def _add(self, editor: SignatureEditor) -> None:
        values = editor.values()
        self.run(lambda c: c.add_signature(values.pop("text"), **values), self._added,
                 self.tr("Submitting the signature\u2026"))

    def _added(self, signature: Any) -> None:
        self._remember([*self.known_ids(), signature.id])
        self.show_items([*self.items, signature])
        self.show_message(self.tr("Signature {id} was submitted and waits for Tencent Cloud's approval.").format(
            id=signature.id), ok=True)

    def edit(self) -> None:
        signature = self.selected()
        if signature is not None and not self._busy:
            self.open_editor(SignatureEditor(self, signature), lambda e: self._edit(signature.id, e))

    def _edit(self, sign_id: int, editor: SignatureEditor) -> None:
        values = editor.values()
        self.run(lambda c: c.modify_signature(sign_id, values.pop("text"), **values), self._edited,
                 self.tr("Saving the signature\u2026"))

    def _edited(self, signature: Any) -> None:
        self.show_items([s for s in self.items if s.id != signature.id] + [signature])
        self.show_message(self.tr("Signature {id} was changed and waits for Tencent Cloud's approval again.").format(
            id=signature.id), ok=True)

    def delete(self) -> None:
        signature = self.selected()
        if signature is None or self._busy:
            return
        self.ask_delete(self.tr("Delete signature {id} \u201c{text}\u201d at Tencent Cloud? Messages can no "
                                "longer be sent with it. This cannot be undone.").format(
                                    id=signature.id, text=signature.text),
                        lambda: self.run(lambda c: c.delete_signatures([signature.id]),
                                         lambda _r: self._deleted(signature.id),
                                         self.tr("Deleting the signature\u2026")))

    def _deleted(self, sign_id: int) -> None:
        self._remember([i for i in self.known_ids() if i != sign_id])
        self.show_items([s for s in self.items if s.id != sign_id])
        self.show_message(self.tr("Signature {id} was deleted.").format(id=sign_id), ok=True)


# -- Tencent statistics -----------------------------------------------------------------------


class StatisticsTab(_Tab):
    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__(dialog)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        today = QDate.currentDate()
        self.begin = QDateEdit(today.addDays(-6))
        self.end = QDateEdit(today)
        for edit, name in ((self.begin, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setIcon(icon("show"))
        self.show_button.clicked.connect(self.load)
        self.setFocusProxy(self.begin)  # the tab opens on its first field
        for text, edit in ((self.tr("&From:"), self.begin), (self.tr("&To:"), self.end)):
            label = QLabel(text)
            label.setBuddy(edit)
            top.addWidget(label)
            top.addWidget(edit)
        top.addWidget(self.show_button)
        top.addStretch(1)
        layout.addLayout(top)
        note = QLabel(self.tr("Whole days in China time (UTC+8, the same as Taiwan), both days included."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def set_busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)

    def _row(self, key: str, label: str, value: int) -> None:
        widget = QLabel(str(value))
        widget.setAccessibleName(label.rstrip(":"))
        self.form.addRow(label, widget)
        self.values[key] = widget

    def load(self) -> None:
        b, e = self.begin.date(), self.end.date()
        if b > e:
            self.show_message(self.tr("The From date is after the To date. Choose a From date on or before the "
                                      "To date."), error=True)
            return
        # Naive datetimes are Beijing time for the client; the end hour is included.
        begin = datetime(b.year(), b.month(), b.day(), 0)
        end = datetime(e.year(), e.month(), e.day(), 23)
        self.run(lambda c: (c.delivery_statistics(begin, end), c.report_statistics(begin, end)), self._loaded,
                 self.tr("Loading statistics\u2026"))

    def _loaded(self, result: tuple[Any, Any]) -> None:
        delivery, report = result
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values.clear()
        heading = QLabel(self.tr("Sending"))
        heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(heading)
        self._row("submitted", self.tr("Submitted:"), delivery.request)
        self._row("accepted", self.tr("Accepted:"), delivery.success)
        self._row("billed", self.tr("Billed (long messages count per part):"), delivery.bill_number)
        heading = QLabel(self.tr("Delivery reports"))
        heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(heading)
        self._row("reports", self.tr("Reports received:"), report.status)
        self._row("delivered", self.tr("Delivered:"), report.status_success)
        self._row("failed", self.tr("Not delivered:"), report.status_fail)
        for i, (label, n) in enumerate(report.failure_breakdown()):
            self._row(f"fail_{i}", "    " + self.tr("{reason}:").format(reason=label), n)
        self.show_message(self.tr("Statistics from {begin} to {end}.").format(
            begin=self.begin.date().toString("yyyy-MM-dd"), end=self.end.date().toString("yyyy-MM-dd")))


# -- SepSMS OTP test --------------------------------------------------------------------------


class OtpTab(_Tab):
    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__(dialog)
        self.sent: Any | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Try a one-time-code flow: SepSMS sends a code to a phone, then you type the "
                               "code you received to check it. Each code sent costs a message."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.phone.setPlaceholderText(self.tr("a Thai mobile, e.g. 081 234 5678 or +66 81 234 5678"))
        self.template = QLineEdit()
        self.template.setAccessibleName(self.tr("Message"))
        self.template.setPlaceholderText(self.tr("optional, e.g. Your code is {code} (ref {ref})"))
        self.ttl = QSpinBox()
        self.ttl.setRange(60, 600)
        self.ttl.setValue(300)
        self.ttl.setSingleStep(30)
        self.ttl.setSuffix(self.tr(" seconds"))
        self.ttl.setAccessibleName(self.tr("Code valid for"))
        self.length = QSpinBox()
        self.length.setRange(4, 8)
        self.length.setValue(6)
        self.length.setSuffix(self.tr(" digits"))
        self.length.setAccessibleName(self.tr("Code length"))
        self.send_button = QPushButton(self.tr("&Send code"))
        self.send_button.setIcon(icon("send"))
        self.send_button.clicked.connect(self.send)
        self.setFocusProxy(self.phone)  # the tab opens on its first field
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Message:"), self.template)
        form.addRow("", QLabel(self.tr("Leave empty for SepSMS's standard text. Write {code} where the code goes "
                                       "and, if you like, {ref} for the reference.")))
        form.addRow(self.tr("&Valid for:"), self.ttl)
        form.addRow(self.tr("Code &length:"), self.length)
        form.addRow("", self.send_button)
        self.sent_info = QLabel()
        self.sent_info.setWordWrap(True)
        self.sent_info.setAccessibleName(self.tr("Code sent"))
        form.addRow(self.sent_info)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code received"))
        self.code.setPlaceholderText(self.tr("the code from the message"))
        self.code.returnPressed.connect(self.verify)
        self.verify_button = QPushButton(self.tr("Ve&rify"))  # Alt+V is "Valid for"
        self.verify_button.setIcon(icon("verify"))
        self.verify_button.clicked.connect(self.verify)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.verify_button)
        add_row_for(form, self.tr("&Code:"), row, self.code)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._busy = False
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy and self.sent is not None)
        self.code.setEnabled(self.sent is not None)

    def send(self) -> None:
        if self._busy:
            return
        number = phones.normalize(self.phone.text(), account_region(self.dialog.ctx.settings, self.dialog.account.spec))
        if number.e164 is None:
            self.show_message(phones.describe(number.reason) if self.phone.text().strip()
                              else self.tr("Enter the phone number to send the code to."), error=True)
            return
        template = self.template.text().strip() or None
        if template is not None and "{code}" not in template:
            self.show_message(self.tr("The message must contain {code} where SepSMS puts the code."), error=True)
            return
        phone, ttl, length = number.e164, self.ttl.value(), self.length.value()
        self.run(lambda c: c.send_otp(phone, template=template, ttl_seconds=ttl, code_length=length),
                 self._sent, self.tr("Sending the code\u2026 SepSMS allows 5 codes a minute, so this can take a few "
                                         "seconds after the previous one."))

    def _sent(self, sent: Any) -> None:
        self.sent = sent
        expires = (fmt_time(sent.expires_at, seconds=True) if sent.expires_at
                   else self.tr("unknown"))
        self.sent_info.setText(self.tr("Code sent to {phone}. Reference: {ref}. Valid until {time}.").format(
            phone=phones.display(sent.destination, account_region(self.dialog.ctx.settings, self.dialog.account.spec)),
            ref=sent.reference, time=expires))
        self.code.clear()
        self.set_busy(False)
        self.show_message(self.tr("Type the code the phone received, then choose Verify."))
        self.code.setFocus()

    def verify(self) -> None:
        if self._busy or self.sent is None:
            return
        pin = self.code.text().strip()
        if not pin:
            self.show_message(self.tr("Type the code the phone received."), error=True)
            return
        reference = self.sent.reference
        self.run(lambda c: c.verify_otp(reference, pin), self._verified, self.tr("Checking the code\u2026"))

    def _verified(self, result: Any) -> None:
        if result.verified:
            self.show_message(self.tr("Verified: the code is correct."), ok=True)
        else:
            self.show_message(self.tr("Not verified: {reason}").format(reason=result.message), error=True)


# -- the dialog -------------------------------------------------------------------------------


class VendorToolsDialog(QDialog):
    """Vendor-specific tools for one account; tabs depend on :func:`tools_for`."""

    def __init__(self, ctx: AppContext, account: Account, parent: QWidget | None = None, *,
                 http_factory: Callable[[AccountConfig], HttpPolicy] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.account = ctx, account
        self._http_factory = http_factory
        self._client: VendorClient | None = None
        self._busy = False
        self._closing = False
        self._queue: list[tuple[Callable[[Any], Any], Callable[[Any], None], Callable[[BaseException], None]]] = []
        self.setWindowTitle(self.tr("Vendor tools \u2014 {name}").format(name=account.name))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tools: dict[str, _Tab] = {}
        makers: dict[str, tuple[type[_Tab], str]] = {
            "templates": (TemplatesTab, self.tr("Templates")),
            "signatures": (SignaturesTab, self.tr("Signatures")),
            "statistics": (StatisticsTab, self.tr("Statistics")),
            "otp": (OtpTab, self.tr("OTP test")),
        }
        for tool in tools_for(account):
            cls, title = makers[tool]
            tab = cls(self)
            self.tools[tool] = tab
            self.tabs.addTab(tab, title)
        if not self.tools:
            layout.addWidget(QLabel(self.tr("{vendor} offers no extra tools.").format(vendor=account.spec.label)))
        layout.addWidget(self.tabs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.finished.connect(self._on_finished)
        self.resize(860, 520)
        if self.tools:
            self.tabs.currentWidget().setFocus()  # its list or first field, not the tab bar
        # Enter in a field must not press whichever button Qt picks as default ("Send code" costs a
        # message; Enter in the code field already verifies). Space still presses a focused button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        # Lists show what the vendor has right away.
        for tool in ("templates", "signatures"):
            listed = self.tools.get(tool)
            if isinstance(listed, _ApprovalTab):
                listed.reload()

    @property
    def busy(self) -> bool:
        return self._busy

    def _client_now(self) -> VendorClient:
        if self._client is None:
            kwargs: dict[str, Any] = {}
            if self._http_factory is not None:
                kwargs["http"] = self._http_factory(self.ctx.accounts.config(self.account))
            self._client = self.ctx.accounts.client(self.account, **kwargs)
        return self._client

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for tab in self.tools.values():
            tab.set_busy(busy)

    def run(self, fn: Callable[[Any], Any], on_result: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        """Run ``fn(client)`` on the worker; one call at a time, later ones wait their turn."""
        if self._closing:
            return
        if self._busy:
            self._queue.append((fn, on_result, on_error))
            return
        try:
            client = self._client_now()
        except (AccountError, VendorError, ValueError) as exc:
            on_error(exc)
            return
        self._set_busy(True)
        self.ctx.worker.submit(fn, client, on_result=on_result, on_error=on_error, on_finished=self._done)

    def _done(self) -> None:
        if self._closing:
            self._close_client()
            return
        self._set_busy(False)
        if self._queue:
            self.run(*self._queue.pop(0))

    def _on_finished(self, _result: int) -> None:
        self._closing = True
        if not self._busy:
            self._close_client()

    def _close_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
