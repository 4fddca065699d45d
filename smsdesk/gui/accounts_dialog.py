"""Account manager: list, add, edit, duplicate and remove vendor accounts.

The edit form is built from the vendor's ``FieldSpec``s, so a new vendor field
shows up without GUI changes. Secrets go to the system keychain through
``Accounts``; when there is none the user may keep them for this session only
(never in a file). "Test connection" runs ``client.test_connection()`` on a
worker thread with the values typed in the form, saved or not.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import paths
from smsdesk.core.accounts import Account, AccountError
from smsdesk.core.credentials import Credentials, KeyringUnavailable
from smsdesk.core.redact import redact
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.help_viewer import show_help
from smsdesk.gui.icons import icon
from smsdesk.gui.keychain_notice import KeychainNotice
from smsdesk.gui.widgets import help_label, tab_through
from smsdesk.gui.worker import Task
from smsdesk.i18n import join_sentences, translate
from smsdesk.vendors import VENDOR_MODULES, get_spec
from smsdesk.vendors.base import (
    AccountConfig,
    ErrorKind,
    FieldSpec,
    OutcomeUnknown,
    Unsupported,
    VendorError,
    VendorSpec,
    unit_label,
)
from smsdesk.vendors.http import HttpPolicy

log = logging.getLogger("smsdesk.gui.accounts")

HttpFactory = Callable[[AccountConfig], "HttpPolicy | None"]

# Characters a copy from a web page or PDF drags along with a key.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00a0"
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}(?![0-9A-Fa-f:])")
_TEMPLATE_VAR = re.compile(r"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")


def clean_text(value: str) -> str:
    """Trim what a paste brings along: spaces, line breaks and invisible characters."""
    return value.strip().strip(_INVISIBLE).strip()


def default_http(config: AccountConfig) -> HttpPolicy:
    """A test connection should answer within seconds, not wait like a send."""
    return HttpPolicy(secrets=[v for v in config.secrets.values() if v], connect_timeout=5.0,
                      read_timeout=15.0, max_attempts=2)


def available_specs() -> list[VendorSpec]:
    """Every real vendor (not the Sandbox) whose module loads."""
    specs = []
    for vendor in VENDOR_MODULES:
        try:
            spec = get_spec(vendor)
        except (ImportError, AttributeError):  # a vendor module being written must not break the dialog
            log.warning("vendor module %s could not be loaded", vendor, exc_info=True)
            continue
        if not spec.is_sandbox:
            specs.append(spec)
    return specs


# -- the connection test (runs on a worker thread) ---------------------------------------


def run_connection_test(spec: VendorSpec, config: AccountConfig, credentials: Credentials | None,
                        account_key: str, keep: tuple[str, ...], http_factory: HttpFactory) -> str:
    """Fill secrets left empty ("keep the saved one") from the keychain, then test."""
    if keep and credentials is not None:
        secrets = dict(config.secrets)
        for key in keep:
            saved = credentials.get(account_key, key)
            if saved:
                secrets[key] = saved
        config = replace(config, secrets=secrets)
    http = http_factory(config)
    try:
        client = spec.client(config, http=http)
    except Exception:
        if http is not None:
            http.close()
        raise
    try:
        return client.test_connection()
    finally:
        client.close()


def find_ip(*texts: str) -> str | None:
    for text in texts:
        for pattern in (_IPV4, _IPV6):
            match = pattern.search(text or "")
            if match:
                return match.group(0)
    return None


def _is_timeout(exc: VendorError) -> bool:
    return "Timeout" in (exc.text or "")


def describe_test_error(exc: BaseException) -> str:
    """What went wrong, in words, and what to do next."""
    if isinstance(exc, VendorError):
        return _describe_vendor_error(exc)
    if isinstance(exc, OutcomeUnknown):
        return "\n".join((
            translate("AccountDialog", "The vendor did not answer in time."),
            translate("AccountDialog", "Check the internet connection and test again in a few minutes. If it "
                      "keeps happening, the vendor's service may be down."),
        ))
    if isinstance(exc, (Unsupported, AccountError)):
        return str(exc)
    return translate("AccountDialog", "The test stopped with an unexpected problem ({kind}). Test again; if it "
                     "keeps happening, send the log file to support.").format(kind=type(exc).__name__)


def _clock_codes(vendor: str) -> tuple[str, ...]:
    try:
        return get_spec(vendor).clock_codes
    except KeyError:
        return ()


def _describe_vendor_error(exc: VendorError) -> str:
    detail = exc.message
    if exc.kind is ErrorKind.AUTH and exc.code is not None and exc.code in _clock_codes(exc.vendor):
        head = translate("AccountDialog", "This computer's clock is wrong.")
    elif exc.kind is ErrorKind.AUTH:
        head = translate("AccountDialog", "The vendor did not accept the sign-in details: check the username, "
                         "password or key.")
    elif exc.kind is ErrorKind.IP_NOT_ALLOWED:
        ip = find_ip(exc.message, exc.text)
        if ip:
            head = translate("AccountDialog", "The vendor refused this computer's public address {ip}. Add {ip} "
                             "to the IP allow-list in the vendor's settings, then test again.").format(ip=ip)
        else:
            head = translate("AccountDialog", "The vendor refused this computer's address. Check the IP "
                             "allow-list in the vendor's settings: it must include this office's public IP "
                             "address.")
    elif exc.kind is ErrorKind.TRANSIENT and _is_timeout(exc):
        head = translate("AccountDialog", "The vendor did not answer in time.")
        detail = translate("AccountDialog", "Check the internet connection and test again in a few minutes. "
                           "If it keeps happening, the vendor's service may be down, or the server address "
                           "under Advanced may be wrong.")
    elif exc.kind is ErrorKind.TRANSIENT and not exc.sent:
        # Nothing answered: the "answer" would be our own connection error's class name.
        return "\n".join((
            translate("AccountDialog", "Nothing answered at that address: check the address and your network."),
            join_sentences(detail, translate("AccountDialog", "If you changed the server address under "
                                                              "Advanced, check it.")),
        ))
    else:
        head = translate("AccountDialog", "{problem}.").format(problem=exc.kind.label)
    lines = [head, detail]
    words = " ".join(x for x in (exc.code or "", exc.text or "") if x)
    if words and not _is_timeout(exc):
        lines.append(translate("AccountDialog", "Vendor's answer: {words}").format(words=redact(words)[:200]))
    return "\n".join(lines)


# -- small widgets -------------------------------------------------------------------------


def _with_help(widget: QWidget, help_text: str) -> QWidget:
    """The input with its explanation right under it (a form row of its own drifts away)."""
    if not help_text:
        return widget
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(help_label(help_text))
    return box


class TemplatesEditor(QWidget):
    """EngageLab-style template list: id, name, parameter names, preview text."""

    def __init__(self, value: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Template ID"), self.tr("Name"), self.tr("Parameters (comma-separated)"),
            self.tr("Preview text"),
        ])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.table.setAccessibleName(self.tr("Templates"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add template"))
        self.add_button.setIcon(icon("add"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove template"))
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.set_value(value)

    def add_row(self, tid: str = "", name: str = "", params: str = "", preview: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((tid, name, params, preview)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or ([self.table.rowCount() - 1] if self.table.rowCount() else []):
            self.table.removeRow(row)

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for item in value if isinstance(value, list) else []:
            if not isinstance(item, dict):
                continue
            params = item.get("params") or []
            self.add_row(str(item.get("id") or ""), str(item.get("name") or ""),
                         ", ".join(str(p) for p in params) if isinstance(params, list) else str(params),
                         str(item.get("preview") or ""))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return clean_text(item.text()) if item is not None else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        # Typing the preview fills in the parameter names, unless the user wrote some.
        if item.column() == 3 and not self._cell(item.row(), 2):
            names = list(dict.fromkeys(_TEMPLATE_VAR.findall(item.text())))
            if names:
                self.table.setItem(item.row(), 2, QTableWidgetItem(", ".join(names)))

    def problems(self) -> list[str]:
        out: list[str] = []
        seen: set[str] = set()
        for row in range(self.table.rowCount()):
            tid = self._cell(row, 0)
            if not tid:
                if any(self._cell(row, c) for c in (1, 2, 3)):
                    out.append(self.tr("Template row {n} has no template ID. Copy the ID from the vendor's "
                                       "console or remove the row.").format(n=row + 1))
                continue
            if tid in seen:
                out.append(self.tr("The template ID {id} appears twice.").format(id=tid))
            seen.add(tid)
        return out

    def value(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            tid = self._cell(row, 0)
            if not tid:
                continue
            item = self.table.item(row, 3)
            preview = item.text().strip() if item else ""
            params = [p.strip() for p in self._cell(row, 2).split(",") if p.strip()]
            if not params:
                params = list(dict.fromkeys(_TEMPLATE_VAR.findall(preview)))
            out.append({"id": tid, "name": self._cell(row, 1) or tid, "params": params, "preview": preview})
        return out


# -- the edit form -------------------------------------------------------------------------


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
            url_box = _with_help(self.base_url, self.tr("Leave empty to use the vendor's address. Change it only "
                                                        "when the vendor tells you to, or to use a test server."))
            url_layout = url_box.layout()
            assert url_layout is not None  # _with_help gave it a box, since there is help text
            url_layout.addWidget(self.base_url_warning)
            adv.addRow(self.tr("Server &address:"), url_box)
            _link_label(adv, url_box, self.base_url)
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
        rate_box = _with_help(self.rate, self.tr(
            "The defaults follow the vendor's documented limits. Lower them if the vendor says there are too "
            "many requests."))
        adv.addRow(self.tr("Requests per &second:"), rate_box)
        _link_label(adv, rate_box, self.rate)

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
            form.addRow(QLabel(), _with_help(widget, help_text))  # "" would size the row by sizeHint
        elif f.kind == "templates":
            widget = TemplatesEditor(value)
            form.addRow(QLabel(label + ":"))
            form.addRow(_with_help(widget, help_text))
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
                    edit.setValidator(_digits_validator(edit))
                    if f.default is not None:
                        edit.setPlaceholderText(str(f.default))
            widget = edit
            box = _with_help(widget, help_text)
            form.addRow(label + ":", box)
            _link_label(form, box, widget)
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


def _link_label(form: QFormLayout, field: QWidget, widget: QWidget) -> None:
    """Make a row's label the buddy of the input inside its help box (its Alt+key and screen-reader label)."""
    label = form.labelForField(field)
    if isinstance(label, QLabel) and field is not widget:
        label.setBuddy(widget)


def _digits_validator(parent: QWidget) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(r"\d{0,9}", parent)


# -- the manager -------------------------------------------------------------------------


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
