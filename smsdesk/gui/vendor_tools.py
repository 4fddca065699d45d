"""Vendor tools: Tencent templates, signatures and statistics; SepSMS OTP test.

Every vendor call runs on the worker; while one runs, the dialog's action buttons
are disabled (one client per dialog, so calls never overlap on its session).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.accounts import Account, AccountError
from smsdesk.gui.context import AppContext
from smsdesk.gui.vendor_approvals import ApprovalTab, SignaturesTab, TemplatesTab
from smsdesk.gui.vendor_otp import OtpTab
from smsdesk.gui.vendor_statistics import StatisticsTab
from smsdesk.gui.vendor_tool_tab import ToolTab
from smsdesk.vendors.base import AccountConfig, VendorClient, VendorError
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
        self.tools: dict[str, ToolTab] = {}
        makers: dict[str, tuple[type[ToolTab], str]] = {
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
            if isinstance(listed, ApprovalTab):
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
