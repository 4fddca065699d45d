"""Tencent's templates and signatures: lists with add, edit and delete, each change waiting for approval."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.gui import theme
from smsdesk.gui.icons import icon
from smsdesk.gui.vendor_tool_tab import Editor, ToolTab, status_tone
from smsdesk.gui.widgets import add_row_for, ask, initial_size

if TYPE_CHECKING:
    from smsdesk.gui.vendor_tools import VendorToolsDialog


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


class ApprovalTab(ToolTab):
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
            theme.tint(status_cell, status_tone(int(item.status)))
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


class TemplatesTab(ApprovalTab):
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


class SignaturesTab(ApprovalTab):
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
