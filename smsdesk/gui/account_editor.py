"""The account edit form, built from the vendor's ``FieldSpec``s, so a new vendor field shows up
without GUI changes. Secrets go to the system keychain through ``Accounts``; when there is none
the user may keep them for this session only (never in a file). "Test connection" runs
``client.test_connection()`` on a worker thread with the values typed in the form, saved or not.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import paths
from smsdesk.core.accounts import Account, AccountError
from smsdesk.core.credentials import KeyringUnavailable
from smsdesk.core.redact import redact
from smsdesk.gui import theme
from smsdesk.gui.account_connection import HttpFactory, default_http, describe_test_error, run_connection_test
from smsdesk.gui.account_fields import (
    TemplatesEditor,
    available_specs,
    clean_text,
    digits_validator,
    link_label,
    with_help,
)
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.keychain_notice import KeychainNotice
from smsdesk.gui.widgets import help_label, tab_through
from smsdesk.gui.worker import Task
from smsdesk.i18n import translate
from smsdesk.vendors import get_spec
from smsdesk.vendors.base import (
    AccountConfig,
    FieldSpec,
    OutcomeUnknown,
    Unsupported,
    VendorError,
    VendorSpec,
    unit_label,
)

log = logging.getLogger("smsdesk.gui.accounts")


class AccountEditor(QDialog):
    """Add, edit or duplicate one account. ``saved`` carries the account id."""

    saved = Signal(int)
    test_finished = Signal(bool, str)  # success, the words shown

    def __init__(self, ctx: AppContext, account: Account | None = None, *, copy_of: Account | None = None,
                 http_factory: HttpFactory = default_http, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.copy_of = copy_of
        self.http_factory = http_factory
        self.saved_id: int | None = None
        self.keyring_box: QMessageBox | None = None
        self.test_task: Task | None = None
        self.test_ok: bool | None = None
        self.inputs: dict[str, QWidget] = {}
        self._saved_secrets: set[str] = set()
        self._session_secrets: set[str] = set()
        source = account or copy_of
        if account is not None:
            title = self.tr("Edit account \u201c{name}\u201d").format(name=account.name)
        elif copy_of is not None:
            title = self.tr("Duplicate account \u201c{name}\u201d").format(name=copy_of.name)
        else:
            title = self.tr("Add an account")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumSize(640, 620)
        layout = QVBoxLayout(self)

        self.keychain_notice = KeychainNotice(ctx.accounts.credentials, self, only_problems=True)
        layout.addWidget(self.keychain_notice)

        top = QFormLayout()
        self.vendor = QComboBox()
        self.vendor.setAccessibleName(self.tr("Vendor"))
        if source is not None:
            self.vendor.addItem(source.spec.label, source.vendor)
            self.vendor.setEnabled(False)
        else:
            for spec in available_specs():
                self.vendor.addItem(spec.label, spec.id)
        top.addRow(self.tr("&Vendor:"), self.vendor)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Account name"))
        self.name.setPlaceholderText(self.tr("A name you recognise, e.g. Shop TwSMS"))
        top.addRow(self.tr("Account &name:"), self.name)
        layout.addLayout(top)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: focused fields scroll into view
        layout.addWidget(self.scroll_area, 1)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setIcon(icon("test-connection"))
        self.test_button.setToolTip(self.tr("Check these details with the vendor now, without sending a "
                                            "message. Unsaved changes are used."))
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_tone(self.error, theme.Tone.ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.vendor.currentIndexChanged.connect(self._vendor_changed)
        self._build_form(self.spec, source)
        if account is not None:
            self.name.setText(account.name)
        elif copy_of is not None:
            self.name.setText(self._unique_name(self.tr("{name} (copy)").format(name=copy_of.name)))
        else:
            self.name.setText(self._unique_name(self.spec.label) if self.vendor.count() else "")

    # -- form construction ---------------------------------------------------
    @property
    def spec(self) -> VendorSpec:
        if self.account is not None:
            return self.account.spec
        if self.copy_of is not None:
            return self.copy_of.spec
        return get_spec(str(self.vendor.currentData()))

    def _unique_name(self, base: str) -> str:
        name, n = base, 2
        while self.ctx.accounts.find(name) is not None:
            name, n = f"{base} {n}", n + 1
        return name

    def _vendor_changed(self) -> None:
        old_default = self._default_name
        if not self.name.text().strip() or self.name.text() == old_default:
            self.name.setText(self._unique_name(self.spec.label))
        self._build_form(self.spec, None)
        self.test_result.clear()
        self.test_ok = None

    def _build_form(self, spec: VendorSpec, source: Account | None) -> None:
        self._default_name = self._unique_name(spec.label)
        settings: dict[str, Any] = dict(source.settings) if source is not None else {}
        self.inputs = {}
        self._saved_secrets, self._session_secrets = set(), set()
        if self.account is not None:
            credentials = self.ctx.accounts.credentials
            for f in spec.secret_fields:
                if credentials.get(self.account.key, f.key):
                    self._saved_secrets.add(f.key)
                if credentials.is_session_only(self.account.key, f.key):
                    self._session_secrets.add(f.key)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 4, 0)  # line up with the vendor and name rows above
        if spec.help:
            self.vendor_help = QLabel(translate("VendorHelp", spec.help))
            self.vendor_help.setWordWrap(True)
            self.vendor_help.setTextFormat(Qt.TextFormat.PlainText)
            self.vendor_help.setFrameShape(QLabel.Shape.StyledPanel)
            self.vendor_help.setMargin(8)
            layout.addWidget(self.vendor_help)
        if self.copy_of is not None and spec.secret_fields:
            note = QLabel(self.tr("Passwords and keys are not copied: enter them again."))
            note.setWordWrap(True)
            layout.addWidget(note)

        # One form for plain and advanced rows keeps their columns aligned.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        for f in spec.fields:
            if not f.advanced:
                self._add_field(form, f, settings)
        if not spec.fields:
            form.addRow(help_label(self.tr("This practice account needs no setup: nothing is really sent and "
                                            "nothing is charged.")))
        layout.addLayout(form)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setToolTip(self.tr("Server address, speed limits and settings most accounts never "
                                                "need"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        form.addRow(self.advanced_toggle)
        first_advanced = form.rowCount()
        adv = form
        caps = spec.capabilities

        self.base_url = QLineEdit((source.base_url or "") if source is not None else "")
        self.base_url.setPlaceholderText(spec.default_base_url)
        self.base_url.setAccessibleName(self.tr("Server address"))
        self.base_url_warning = QLabel(self.tr("\u26a0 This address is not encrypted (http://): the password and "
                                               "messages travel unprotected. Use it only for a test server on "
                                               "this computer or network."))
        self.base_url_warning.setWordWrap(True)
        theme.set_tone(self.base_url_warning, theme.Tone.WARNING)
        self.base_url.textChanged.connect(self._base_url_changed)
        if not spec.is_sandbox:
            url_box = with_help(self.base_url, self.tr("Leave empty to use the vendor's address. Change it only "
                                                        "when the vendor tells you to, or to use a test server."))
            url_layout = url_box.layout()
            assert url_layout is not None  # with_help gave it a box, since there is help text
            url_layout.addWidget(self.base_url_warning)
            adv.addRow(self.tr("Server &address:"), url_box)
            link_label(adv, url_box, self.base_url)
        self._base_url_changed(self.base_url.text())

        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 64)
        self.concurrency.setValue(int(settings.get("concurrency") or caps.default_concurrency))
        self.concurrency.setAccessibleName(self.tr("Requests at once"))
        self.concurrency.setToolTip(self.tr(
            "At most how many requests SMS Desk sends to the vendor at the same time; it sends fewer while the "
            "vendor answers slowly or asks it to slow down"))
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0.1, 1000.0)
        self.rate.setDecimals(1)
        self.rate.setSuffix(self.tr(" per second"))
        self.rate.setValue(float(settings.get("rate_per_s") or caps.default_rate_per_s))
        self.rate.setAccessibleName(self.tr("Requests per second"))
        adv.addRow(self.tr("Requests at &once:"), self.concurrency)
        rate_box = with_help(self.rate, self.tr(
            "The defaults follow the vendor's documented limits. Lower them if the vendor says there are too "
            "many requests."))
        adv.addRow(self.tr("Requests per &second:"), rate_box)
        link_label(adv, rate_box, self.rate)

        self.low_balance = QDoubleSpinBox()
        self.low_balance.setRange(0.0, 1e9)
        self.low_balance.setDecimals(0)
        self.low_balance.setSpecialValueText(self.tr("Automatic"))
        if caps.balance_unit:
            self.low_balance.setSuffix(" " + unit_label(caps.balance_unit))
        low = self.account.low_balance if self.account is not None else (
            self.copy_of.low_balance if self.copy_of is not None else None)
        self.low_balance.setValue(float(low or 0))
        self.low_balance.setAccessibleName(self.tr("Low-balance warning"))
        self.low_balance.setToolTip(self.tr("The Balances tab and a notification warn you when a reading is "
                                            "below this; Automatic: below 100 or the cost of the last job, "
                                            "whichever is more"))
        if caps.balance:
            adv.addRow(self.tr("&Warn when the balance is below:"), self.low_balance)

        for f in spec.fields:
            if f.advanced:
                self._add_field(adv, f, settings)
        self.advanced_rows = list(range(first_advanced, form.rowCount()))
        layout.addStretch(1)
        self._toggle_advanced(False)
        self.scroll_area.setWidget(content)  # deletes the previous vendor's form
        tab_through(self.name, content)

    def _add_field(self, form: QFormLayout, f: FieldSpec, settings: dict[str, Any]) -> None:
        label = translate("AccountFields", f.label)
        value = settings.get(f.key, f.default)
        help_text = translate("AccountFields", f.help) if f.help else ""
        widget: QWidget
        if f.kind == "bool":
            check = QCheckBox(label)
            check.setChecked(bool(value))
            widget = check
            form.addRow(QLabel(), with_help(widget, help_text))  # "" would size the row by sizeHint
        elif f.kind == "templates":
            widget = TemplatesEditor(value, spec=self.spec)
            form.addRow(QLabel(label + ":"))
            form.addRow(with_help(widget, help_text))
        else:
            edit = QLineEdit()
            if f.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                if f.key in self._session_secrets:
                    edit.setPlaceholderText(self.tr("kept for this session only \u2014 leave empty to keep"))
                elif f.key in self._saved_secrets:
                    edit.setPlaceholderText(self.tr("saved \u2014 leave empty to keep"))
            else:
                edit.setText("" if value is None else str(value))
                if f.kind == "int":
                    edit.setValidator(digits_validator(edit))
                    if f.default is not None:
                        edit.setPlaceholderText(str(f.default))
            widget = edit
            box = with_help(widget, help_text)
            form.addRow(label + ":", box)
            link_label(form, box, widget)
        widget.setAccessibleName(label)
        self.inputs[f.key] = widget

    def _toggle_advanced(self, on: bool) -> None:
        for row in self.advanced_rows:
            self.form.setRowVisible(row, on)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if on:
            self.scroll_area.ensureWidgetVisible(self.advanced_toggle)

    def _base_url_changed(self, text: str) -> None:
        self.base_url_warning.setVisible(clean_text(text).lower().startswith("http://"))

    # -- reading the form ------------------------------------------------------
    def _collect(self) -> tuple[str, dict[str, Any], dict[str, str], str | None, float | None]:
        """name, settings, typed secrets, base URL, low balance; ValueError(message) when incomplete."""
        spec = self.spec
        problems: list[str] = []
        name = clean_text(self.name.text())
        if not name:
            problems.append(self.tr("Give the account a name."))
        settings: dict[str, Any] = {}
        secrets: dict[str, str] = {}
        for f in spec.fields:
            widget = self.inputs[f.key]
            label = translate("AccountFields", f.label)
            if isinstance(widget, QCheckBox):
                settings[f.key] = widget.isChecked()
            elif isinstance(widget, TemplatesEditor):
                problems += widget.problems()
                settings[f.key] = widget.value()
                if f.required and not settings[f.key]:
                    problems.append(self.tr("Add at least one template."))
            elif isinstance(widget, QLineEdit):
                text = clean_text(widget.text())
                if widget.text() != text:
                    widget.setText(text)  # show the trimmed value the user will get
                if f.secret:
                    if text:
                        secrets[f.key] = text
                    elif f.required and f.key not in self._saved_secrets:
                        problems.append(self.tr("Enter the {field}.").format(field=label))
                    continue
                if f.kind == "int":
                    settings[f.key] = int(text) if text else None
                else:
                    settings[f.key] = text
                if f.required and not text:
                    problems.append(self.tr("Enter the {field}.").format(field=label))
        caps = spec.capabilities
        # Only deviations are stored, so a later version's better defaults still apply.
        settings["concurrency"] = (self.concurrency.value()
                                   if self.concurrency.value() != caps.default_concurrency else None)
        settings["rate_per_s"] = (self.rate.value()
                                  if abs(self.rate.value() - caps.default_rate_per_s) > 0.05 else None)
        base_url = clean_text(self.base_url.text()) or None
        if base_url and not base_url.lower().startswith(("http://", "https://")):
            problems.append(self.tr("The server address must start with https:// (or http:// for a test server)."))
        low = self.low_balance.value() if caps.balance and self.low_balance.value() > 0 else None
        if problems:
            raise ValueError("\n".join(problems))
        return name, settings, secrets, base_url, low

    def config(self) -> tuple[AccountConfig, tuple[str, ...]]:
        """The unsaved form as an AccountConfig, and the secrets to take from the keychain."""
        name, settings, secrets, base_url, _low = self._collect()
        keep = tuple(f.key for f in self.spec.secret_fields
                     if f.key not in secrets and f.key in self._saved_secrets)
        config = AccountConfig(name=name, vendor=self.spec.id, settings=settings, secrets=secrets,
                               base_url=base_url, data_dir=str(paths.home()))
        return config, keep

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- test connection -------------------------------------------------------
    def test_connection(self) -> None:
        try:
            config, keep = self.config()
        except ValueError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        if self.test_task is not None:
            self.test_task.cancel()
        self.test_ok = None
        self.test_button.setEnabled(False)
        theme.set_tone(self.test_result, None)
        self.test_result.setText(self.tr("Testing the connection\u2026"))
        key = self.account.key if self.account is not None else ""
        task = self.ctx.worker.submit(
            run_connection_test, self.spec, config, self.ctx.accounts.credentials, key, keep, self.http_factory,
            on_result=lambda text: self._test_done(task, True, str(text)),
            on_error=lambda exc: self._test_done(task, False, self._failure_text(exc)),
        )
        self.test_task = task

    def _failure_text(self, exc: BaseException) -> str:
        if not isinstance(exc, (VendorError, OutcomeUnknown, Unsupported, AccountError)):
            log.warning("connection test failed unexpectedly: %s", redact(repr(exc)))
        else:
            log.info("connection test of %s failed: %s", self.spec.id, exc)  # in English (notes.EnglishFilter)
        return describe_test_error(exc)

    def _test_done(self, task: Task, ok: bool, text: str) -> None:
        if task is not self.test_task:  # an earlier test the user already replaced
            return
        self.test_task = None
        self.test_ok = ok
        self.test_button.setEnabled(True)
        theme.set_tone(self.test_result, theme.Tone.OK if ok else theme.Tone.ERROR)
        self.test_result.setText(("\u2713 " if ok else "\u2717 ") + text)
        self.test_finished.emit(ok, text)

    # -- saving ------------------------------------------------------------------
    def save(self, session_only: bool = False) -> None:
        try:
            name, settings, secrets, base_url, low = self._collect()
        except ValueError as exc:
            self._show_error(str(exc))
            return
        accounts = self.ctx.accounts
        try:
            if self.account is None:
                account = accounts.add(name, self.spec.id, settings, secrets, base_url=base_url,
                                       session_only=session_only)
                if low is not None:
                    account = accounts.update(account, low_balance=low)
            else:
                account = accounts.update(self.account, name=name, settings=settings, secrets=secrets,
                                          base_url=base_url, low_balance=low, session_only=session_only)
        except KeyringUnavailable as exc:
            self._offer_session_only(exc)
            return
        except AccountError as exc:
            self._show_error(str(exc))
            return
        self.saved_id = account.id
        self.saved.emit(account.id)
        self.accept()

    def _offer_session_only(self, exc: KeyringUnavailable) -> None:
        self.keychain_notice.refresh()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The password cannot be saved"), str(exc),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Keep for this session only: SMS Desk uses the password until it is "
                                       "closed and asks for it again next time. Cancel: nothing is saved."))
        self.session_button = box.addButton(self.tr("Keep for this session only"),
                                            QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(self.session_button)
        box.buttonClicked.connect(self._keyring_answer)
        self.keyring_box = box
        box.open()

    def _keyring_answer(self, button: object) -> None:
        if button is self.session_button:
            self.save(session_only=True)
        else:
            self._show_error(self.tr("Not saved: no system keychain is available. Choose \u201cKeep for this "
                                     "session only\u201d to use the account now."))

    def done(self, result: int) -> None:
        if self.test_task is not None:  # its answer would arrive at a closed form
            self.test_task.cancel()
            self.test_task = None
        super().done(result)
