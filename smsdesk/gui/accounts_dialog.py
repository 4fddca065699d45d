"""Account manager: list, add, edit, duplicate and remove vendor accounts (the form is account_editor)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.accounts import Account, AccountError
from smsdesk.gui.account_connection import HttpFactory, default_http
from smsdesk.gui.account_editor import AccountEditor
from smsdesk.gui.context import AppContext
from smsdesk.gui.help_viewer import show_help
from smsdesk.gui.icons import icon
from smsdesk.gui.keychain_notice import KeychainNotice
from smsdesk.i18n import translate


class AccountManagerDialog(QDialog):
    """Every account; Add / Edit / Duplicate / Remove. Emits ``ctx.events.accounts_changed``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 http_factory: HttpFactory = default_http) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.http_factory = http_factory
        self.editor: AccountEditor | None = None
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumSize(620, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your SMS vendor accounts.")))
        self.keychain_notice = KeychainNotice(ctx.accounts.credentials, self)
        layout.addWidget(self.keychain_notice)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(self._selection_changed)
        row.addWidget(self.list, 1)
        column = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add\u2026"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.duplicate_button = QPushButton(self.tr("&Duplicate\u2026"))
        self.duplicate_button.setToolTip(self.tr("A new account with the same settings; passwords and keys are "
                                                 "not copied"))
        self.remove_button = QPushButton(self.tr("&Remove\u2026"))
        self.add_button.setIcon(icon("add"))
        self.edit_button.setIcon(icon("edit"))
        self.duplicate_button.setIcon(icon("duplicate"))
        self.remove_button.setIcon(icon("delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.edit_button, self.duplicate_button, self.remove_button):
            column.addWidget(button)
        column.addStretch(1)
        row.addLayout(column)
        layout.addLayout(row, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Help)
        buttons.rejected.connect(self.reject)
        buttons.helpRequested.connect(lambda: show_help(self, "accounts"))
        self.help_button = buttons.button(QDialogButtonBox.StandardButton.Help)
        layout.addWidget(buttons)
        self.reload()

    # -- list --------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.selected_id()
        self.list.clear()
        for account in self.ctx.accounts.all():
            item = QListWidgetItem(self._label(account))
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.list.addItem(item)
            if account.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._selection_changed()

    def _label(self, account: Account) -> str:
        if account.is_sandbox:
            return self.tr("{name} (practice: nothing is really sent)").format(name=account.name)
        text = self.tr("{name} \u2014 {vendor}").format(name=account.name, vendor=account.spec.label)
        credentials = self.ctx.accounts.credentials
        if self.ctx.accounts.missing_secrets(account):
            text += self.tr(" \u2014 password needed")
        elif any(credentials.is_session_only(account.key, f.key) for f in account.spec.secret_fields):
            text += self.tr(" \u2014 password kept for this session only")
        return text

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected(self) -> Account | None:
        account_id = self.selected_id()
        if account_id is None:
            return None
        try:
            return self.ctx.accounts.get(account_id)
        except AccountError:
            return None

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            account = self.ctx.accounts.get(int(self.list.item(row).data(Qt.ItemDataRole.UserRole)))
            if account.name == name:
                self.list.setCurrentRow(row)
                return
        raise KeyError(name)

    def _selection_changed(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(account is not None)
        self.duplicate_button.setEnabled(account is not None and not account.is_sandbox)
        if account is None:
            self.details.setText(self.tr("No account selected. Press Add to set up an SMS vendor account."))
        elif account.is_sandbox:
            self.details.setText(self.tr("The Sandbox is for practice: it accepts messages, reports them "
                                         "delivered and sends a few replies, without sending or charging "
                                         "anything."))
        elif self.ctx.accounts.missing_secrets(account):
            self.details.setText(self.tr("The password or key of this account is not saved on this computer. "
                                         "Press Edit and enter it again."))
        else:
            self.details.setText(translate("VendorHelp", account.spec.help))

    # -- actions -----------------------------------------------------------------
    def _open_editor(self, editor: AccountEditor) -> None:
        self.editor = editor
        editor.saved.connect(self._saved)
        editor.open()

    def add(self) -> None:
        self._open_editor(AccountEditor(self.ctx, http_factory=self.http_factory, parent=self))

    def edit_selected(self) -> None:
        account = self.selected()
        if account is not None:
            self._open_editor(AccountEditor(self.ctx, account, http_factory=self.http_factory, parent=self))

    def duplicate_selected(self) -> None:
        account = self.selected()
        if account is not None and not account.is_sandbox:
            self._open_editor(AccountEditor(self.ctx, copy_of=account, http_factory=self.http_factory, parent=self))

    def _saved(self, account_id: int) -> None:
        self.reload(account_id)
        self.ctx.events.accounts_changed.emit()

    def remove_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove account"),
                          self.tr("Remove the account \u201c{name}\u201d?").format(name=account.name),
                          QMessageBox.StandardButton.Cancel, self)
        info = []
        if account.spec.secret_fields:
            info.append(self.tr("Its saved password or key is removed from the system keychain too."))
        info.append(self.tr("Messages already sent with it stay in the history."))
        box.setInformativeText(" ".join(info))
        self.remove_confirm_button = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button, a=account: self._remove_answer(button, a))
        self.confirm = box
        box.open()

    def _remove_answer(self, button: object, account: Account) -> None:
        if button is not self.remove_confirm_button:
            return
        self.ctx.accounts.remove(account)
        self.reload()
        self.ctx.events.accounts_changed.emit()
