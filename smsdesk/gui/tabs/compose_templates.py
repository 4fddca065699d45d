"""Compose's template page, for vendors that send only approved templates: the choice and its values."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.accounts import Account
from smsdesk.core.drafts import load_templates, saved_templates
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.widgets import tab_through
from smsdesk.vendors.base import TemplateChoice


class TemplatePage(QWidget):
    """The account's templates (asked from the vendor on the worker, or read from its settings)."""

    changed = Signal()  # another template, or one of its values was edited

    def __init__(self, ctx: AppContext, account: Callable[[], Account | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._account = account  # the Compose tab's current account, asked each time
        self._templates: dict[int, list[TemplateChoice] | str] = {}  # account id -> templates or error
        self._templates_loading: set[int] = set()
        self.param_edits: dict[str, QLineEdit] = {}
        self.insert_target: QLineEdit | None = None  # the value field last focused
        tp = QVBoxLayout(self)
        tp.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.template.currentIndexChanged.connect(self._template_changed)
        self.reload_templates_button = QPushButton(self.tr("Reload templates"))
        self.reload_templates_button.setToolTip(self.tr("Fetch the approved templates from the vendor again"))
        self.reload_templates_button.setIcon(icon("refresh"))
        self.reload_templates_button.clicked.connect(lambda: self.load(force=True))
        row.addWidget(self.template, 1)
        row.addWidget(self.reload_templates_button)
        tp.addLayout(row)
        self.template_info = QLabel()
        self.template_info.setWordWrap(True)
        self.template_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tp.addWidget(self.template_info)
        self.params_box = QWidget()
        self.params_form = QFormLayout(self.params_box)
        self.params_form.setContentsMargins(0, 0, 0, 0)
        tp.addWidget(self.params_box)

    def forget_settings_templates(self, accounts: dict[int, Account]) -> None:
        """Account settings (EngageLab templates, Tencent sign) may have changed: read them again."""
        self._templates = {k: v for k, v in self._templates.items() if self._fetched(accounts, k)}

    @staticmethod
    def _fetched(accounts: dict[int, Account], account_id: int) -> bool:
        """The account's templates were asked from the vendor (kept until Reload), not read from its settings."""
        account = accounts.get(account_id)
        return account is not None and account.spec.fetch_templates is not None

    def load(self, force: bool = False) -> None:
        account = self._account()
        if account is None or not account.spec.capabilities.template_only:
            return
        if account.spec.saved_templates is not None:
            self._templates[account.id] = saved_templates(account)
        elif force or account.id not in self._templates:
            if account.id in self._templates_loading:
                return
            self._templates_loading.add(account.id)
            self._templates.pop(account.id, None)
            self.ctx.worker.submit(
                load_templates, self.ctx.accounts, account,
                on_result=partial(self._templates_loaded, account.id),
                on_error=lambda exc: self._templates_loaded(account.id, str(exc)),
            )
        self._fill_templates()

    def _templates_loaded(self, account_id: int, result: list[TemplateChoice] | str) -> None:
        self._templates_loading.discard(account_id)
        self._templates[account_id] = result
        account = self._account()
        if account is not None and account.id == account_id:
            self._fill_templates()

    def _fill_templates(self) -> None:
        account = self._account()
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        found = self._templates.get(account.id) if account is not None else None
        self.reload_templates_button.setVisible(account is not None and account.spec.fetch_templates is not None)
        if account is None:
            pass
        elif account.id in self._templates_loading:
            self.template_info.setText(self.tr("Loading the approved templates from {vendor}\u2026").format(
                vendor=account.spec.label))
        elif isinstance(found, str):
            self.template_info.setText(self.tr("The templates could not be loaded: {error} Then press Reload "
                                               "templates.").format(error=found))
        elif not found:
            if account.spec.saved_templates is not None:
                self.template_info.setText(self.tr("No templates yet. Add each approved {vendor} template (its "
                                                   "ID and text) to this account in Tools \u2192 Accounts.").format(
                    vendor=account.spec.label))
            else:
                self.template_info.setText(self.tr("{vendor} has no approved SMS templates for this account. "
                                                   "Apply for one in the vendor's console, then press Reload "
                                                   "templates.").format(vendor=account.spec.label))
        else:
            for t in found:
                self.template.addItem(t.label, t.id)
            index = self.template.findData(current)
            self.template.setCurrentIndex(max(0, index))
        self.template.setEnabled(self.template.count() > 0)
        self.template.blockSignals(False)
        self._template_changed()

    def current_template(self) -> TemplateChoice | None:
        account = self._account()
        if account is None or not account.spec.capabilities.template_only:
            return None
        found = self._templates.get(account.id)
        if not isinstance(found, list):
            return None
        tid = self.template.currentData()
        return next((t for t in found if t.id == tid), None)

    def _template_changed(self) -> None:
        tpl = self.current_template()
        old = {k: e.text() for k, e in self.param_edits.items()}
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.param_edits = {}
        self.insert_target = None
        if tpl is not None:
            if tpl.text:
                self.template_info.setText(tpl.text)
            else:
                self.template_info.setText(self.tr("Template {id}. Its text is not entered in the account "
                                                   "settings, so the preview and the cost are estimates.").format(
                    id=tpl.id))
            numbered = tpl.params and all(p.isdigit() for p in tpl.params)
            for name in tpl.params:
                edit = QLineEdit(old.get(name, ""))
                label = "{" + name + "}" if numbered else name
                edit.setAccessibleName(self.tr("Template value {name}").format(name=label))
                edit.setPlaceholderText(self.tr("Value for {name}; may use placeholders such as {{name}}").format(
                    name=label))
                edit.textChanged.connect(lambda _text: self.changed.emit())
                edit.installEventFilter(self)
                self.params_form.addRow(label + ":", edit)
                self.param_edits[name] = edit
            if not tpl.params:
                self.params_form.addRow(QLabel(self.tr("This template has no values to fill in.")))
            tab_through(self.reload_templates_button, self.params_box)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.insert_target = watched
        return super().eventFilter(watched, event)

    def insert(self, token: str) -> None:
        """Insert at the value field last focused (the first one when none was)."""
        target = self.insert_target
        if target not in self.param_edits.values():
            target = next(iter(self.param_edits.values()), None)
        if target is not None:
            target.insert(token)
            target.setFocus()

    def values(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.param_edits.items()}
