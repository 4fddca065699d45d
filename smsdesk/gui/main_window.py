"""The main window: five tabs, a menu, a status bar; geometry remembered.

Start-up shows the window first: its frame, menus and tab bar paint before any tab is built
(``open_tab_later``, as ``app.main`` starts it; otherwise the tab the user left open is built
in the constructor). Right after the first paint the open tab is built, then the others, with
their history, balances and scheduler, one per event-loop turn, or at once when something
asks for them (``window.status`` builds the Status tab).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from smsdesk import APP_NAME, __version__
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.notify import Notifier
from smsdesk.gui.watch import AccountsWatcher
from smsdesk.gui.widgets import ask
from smsdesk.i18n import fmt_number

if TYPE_CHECKING:
    from smsdesk.core.accounts import Account
    from smsdesk.gui.tabs.balances import BalancesTab
    from smsdesk.gui.tabs.compose import ComposeTab
    from smsdesk.gui.tabs.recipients import RecipientsTab
    from smsdesk.gui.tabs.replies import RepliesTab
    from smsdesk.gui.tabs.status import StatusTab


UNPAINTED_BUILD_MS = 2000


class _SendingTab(Protocol):
    """A tab that can run a send of its own (Compose, Status): stopped before the window quits."""

    def halt_sending(self) -> None: ...


# In tab order: attribute, module, class.
TABS = (
    ("compose", "smsdesk.gui.tabs.compose", "ComposeTab"),
    ("recipients", "smsdesk.gui.tabs.recipients", "RecipientsTab"),
    ("status", "smsdesk.gui.tabs.status", "StatusTab"),
    ("replies", "smsdesk.gui.tabs.replies", "RepliesTab"),
    ("balances", "smsdesk.gui.tabs.balances", "BalancesTab"),
)


class MainWindow(QMainWindow):
    all_built = Signal()  # the last tab exists: the start is over (app.main then freezes the heap)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, open_tab_later: bool = False) -> None:
        """``open_tab_later`` (the app's start): even the open tab is built after the first paint."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._built: dict[str, QWidget] = {}
        self._closed = False
        labels = (self.tr("Compose"), self.tr("Recipients"), self.tr("Status"), self.tr("Replies"),
                  self.tr("Balances"))
        self._labels = dict(zip((t[0] for t in TABS), labels, strict=True))
        for name, _module, _cls in TABS:
            self.tabs.addTab(QWidget(), self._labels[name])  # a placeholder until the tab is built
        self.setCentralWidget(self.tabs)
        self._menus()
        self.statusBar().showMessage(self.tr("Ready"))
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        ctx.events.compose_to.connect(self._compose_to)
        self.notifier = Notifier(self, ctx.settings)
        self.quit_box: QMessageBox | None = None
        self._quitting = False
        self._quit_watch = QTimer(self, interval=300)  # while the quit question is up
        self._quit_watch.timeout.connect(self._check_quit_question)
        # Accounts added from the command line meanwhile: on a database write, on coming to the front
        # and on changing tab (see AccountsWatcher).
        self.accounts_watcher: AccountsWatcher | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        if not open_tab_later:
            self._watch_accounts()
        self.resize(1100, 680)  # with a title bar and a taskbar, still inside a 1366×768 screen
        geometry = ctx.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        saved = str(ctx.settings.value("window/tab", 0) or 0)
        index = int(saved) if saved.isdigit() and int(saved) < len(TABS) else 0
        if not open_tab_later:
            self._tab(TABS[index][0])
        self.tabs.setCurrentIndex(index)
        self.tabs.currentChanged.connect(lambda i: self._tab(TABS[i][0]) if 0 <= i < len(TABS) else None)
        from smsdesk.gui.live_refresh import LiveRefresh

        self.live = LiveRefresh(self)  # other desks' and programs' changes show without F5
        self._painted = False
        # A window started minimized may not paint for a long time; its tabs (and the scheduler in
        # Compose) are built anyway.
        QTimer.singleShot(UNPAINTED_BUILD_MS, self, self._start_building)
        if ctx.recovered_unknown:
            self.statusBar().showMessage(self.tr(
                "SMS Desk stopped while sending last time: {n} messages may or may not have gone out and are "
                "marked Unknown (not resent). See the Status tab."
            ).format(n=ctx.recovered_unknown))
        if ctx.store.repaired_from is not None:
            from smsdesk.core.store_faults import repaired_notice

            self.statusBar().showMessage(repaired_notice(ctx.store.repaired_from))

    # -- tabs, built on demand ------------------------------------------------------------
    def _tab(self, name: str) -> QWidget:
        built = self._built.get(name)
        if built is not None:
            return built
        index, (_name, module, cls) = next((i, t) for i, t in enumerate(TABS) if t[0] == name)
        widget: QWidget = getattr(importlib.import_module(module), cls)(self.ctx)
        self._built[name] = widget
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # swapping a placeholder is not the user changing tabs
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, self._labels[name])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        if name == "balances":
            cast("BalancesTab", widget).low_balance.connect(self._low_balance)  # built from TABS as above
        if len(self._built) == len(TABS):
            self.all_built.emit()
        return widget

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._start_building()  # the window is on screen: now the tabs
        return super().event(event)

    def _start_building(self) -> None:
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._build_next)

    def _tab_changed(self, _index: int) -> None:
        if self.accounts_watcher is not None:
            self.accounts_watcher.timer.start()

    def _watch_accounts(self) -> None:
        if self.accounts_watcher is None:
            self.accounts_watcher = AccountsWatcher(self.ctx, self)

    def _build_next(self) -> None:
        """After the first paint: the next tab not built yet, one per event-loop turn."""
        if self._closed or not self.isVisible():  # closed (its store may be gone) or never shown
            return
        self._watch_accounts()  # before any tab reads the accounts, as in the constructor
        current = TABS[self.tabs.currentIndex()][0] if 0 <= self.tabs.currentIndex() < len(TABS) else None
        waiting = sorted((name for name, _m, _c in TABS if name not in self._built), key=lambda n: n != current)
        if waiting:
            self._tab(waiting[0])
            if len(waiting) > 1:
                QTimer.singleShot(0, self, self._build_next)

    @property
    def compose(self) -> ComposeTab:
        return cast("ComposeTab", self._tab("compose"))  # TABS names this class for "compose"

    @property
    def recipients(self) -> RecipientsTab:
        return cast("RecipientsTab", self._tab("recipients"))  # TABS names this class for "recipients"

    @property
    def status(self) -> StatusTab:
        return cast("StatusTab", self._tab("status"))  # TABS names this class for "status"

    @property
    def replies(self) -> RepliesTab:
        return cast("RepliesTab", self._tab("replies"))  # TABS names this class for "replies"

    @property
    def balances(self) -> BalancesTab:
        return cast("BalancesTab", self._tab("balances"))  # TABS names this class for "balances"

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        new = QAction(icon("new-message"), self.tr("&New message"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.tabs.setCurrentWidget(self.compose))
        file_menu.addAction(new)
        refresh = QAction(icon("refresh"), self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh_current)
        file_menu.addAction(refresh)
        import_action = QAction(icon("import"), self.tr("&Import a spreadsheet\u2026"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.open_import)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction(icon("quit"), self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        tools = bar.addMenu(self.tr("&Tools"))
        accounts = QAction(icon("accounts"), self.tr("&Accounts\u2026"), self)
        accounts.setShortcut(QKeySequence("Ctrl+Shift+A"))
        accounts.triggered.connect(self.open_accounts)
        tools.addAction(accounts)
        settings = QAction(icon("settings"), self.tr("&Settings\u2026"), self)
        # Windows has no standard Preferences key: Ctrl+, there, as on macOS.
        settings.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                              or [QKeySequence("Ctrl+,")])
        settings.triggered.connect(self.open_settings)
        tools.addAction(settings)
        workspace = QAction(icon("merge"), self.tr("Shared &workspace\u2026"), self)
        workspace.triggered.connect(self.open_workspace)
        tools.addAction(workspace)
        # One entry per account whose vendor offers tools (templates, OTP test...).
        self.vendor_tools_menu = tools.addMenu(icon("vendor-tools"), self.tr("&Vendor tools"))
        self.vendor_tools_menu.aboutToShow.connect(self._fill_vendor_tools)
        help_menu = bar.addMenu(self.tr("&Help"))
        user_guide = QAction(icon("help"), self.tr("&User guide"), self)
        # F1 everywhere, and the platform's own help key where it has another (Ctrl+? on macOS).
        user_guide.setShortcuts([QKeySequence(Qt.Key.Key_F1), *[
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) if k != QKeySequence(Qt.Key.Key_F1)]])
        user_guide.triggered.connect(lambda: self.open_help())
        help_menu.addAction(user_guide)
        about = QAction(icon("about"), self.tr("&About SMS Desk"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)
        guide = QAction(icon("help"), self.tr("&Getting started\u2026"), self)
        guide.triggered.connect(self._show_guide)
        help_menu.addAction(guide)

    def open_import(self) -> None:
        self.tabs.setCurrentWidget(self.recipients)
        self.recipients.open_import()

    def open_help(self, section: str = "") -> None:
        from smsdesk.gui.help_viewer import show_help

        self.help_viewer = show_help(self, section)

    def open_accounts(self) -> None:
        from smsdesk.gui.accounts_dialog import AccountManagerDialog

        self.accounts_dialog = AccountManagerDialog(self.ctx, self)
        self.accounts_dialog.open()

    def open_settings(self) -> None:
        from smsdesk.gui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.ctx, self)
        self.settings_dialog.open()

    def open_workspace(self) -> None:
        from smsdesk.gui.workspace_dialog import WorkspaceDialog

        self.workspace_dialog = WorkspaceDialog(self.ctx, self)
        self.workspace_dialog.moved.connect(self._moved_to_workspace)
        self.workspace_dialog.open()

    def _moved_to_workspace(self, _report: object) -> None:
        """This desk's data is in the workspace now: working on in the old file would split the history."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Shared workspace"), self.tr(
            "This desk's data is now in the shared workspace. SMS Desk closes now: start it again to work in the "
            "shared workspace."), QMessageBox.StandardButton.Ok, self)
        box.finished.connect(lambda _r: self.close())
        self.moved_box = box
        box.open()

    def show_welcome_if_first_run(self) -> bool:
        """The first-run guide, once (until the user asks for it again)."""
        from smsdesk.gui.welcome import SHOWN_KEY, WelcomeDialog

        if str(self.ctx.settings.value(SHOWN_KEY, "false")).lower() == "true":
            return False
        self.welcome = WelcomeDialog(self)
        self.welcome.try_sandbox.connect(lambda: self.tabs.setCurrentWidget(self.compose))
        self.welcome.add_account.connect(self.open_accounts)
        self.welcome.finished.connect(lambda _r: self.ctx.settings.setValue(
            SHOWN_KEY, "false" if self.welcome.again.isChecked() else "true"))
        self.welcome.open()
        return True

    def _fill_vendor_tools(self) -> None:
        from smsdesk.gui.vendor_tools import tools_for

        menu = self.vendor_tools_menu
        menu.clear()
        eligible = [a for a in self.ctx.accounts.all() if tools_for(a)]
        for account in eligible:
            action = menu.addAction(f"{account.name} ({account.spec.label})")
            action.triggered.connect(lambda _checked=False, a=account: self.open_vendor_tools(a))
        if not eligible:
            empty = menu.addAction(self.tr("No account has vendor tools (Tencent, SepSMS)"))
            empty.setEnabled(False)

    def open_vendor_tools(self, account: Account) -> None:
        from smsdesk.gui.vendor_tools import VendorToolsDialog

        self.vendor_tools_dialog = VendorToolsDialog(self.ctx, account, self)
        self.vendor_tools_dialog.open()

    def refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is self._built.get("balances"):
            self.balances.refresh_all()
        elif widget is self._built.get("status"):
            self.status.refresh_selected()
        elif widget is self._built.get("replies"):
            self.replies.refresh()

    def _show_guide(self) -> None:
        from smsdesk.gui.welcome import SHOWN_KEY

        self.ctx.settings.setValue(SHOWN_KEY, "false")
        self.show_welcome_if_first_run()

    def about(self) -> None:
        from smsdesk.core import paths

        QMessageBox.about(
            self,
            self.tr("About SMS Desk"),
            self.tr("<b>SMS Desk</b> {version}<br>Send, schedule and track SMS to your customers.<br><br>"
                    "Data folder: {home}<br>Password storage: {keyring}").format(
                version=__version__, home=paths.home(), keyring=self.ctx.accounts.credentials.backend_name()),
        )

    def _quit_anyway(self) -> None:
        self._quitting = True
        for name in ("compose", "status"):
            tab = self._built.get(name)
            if tab is not None:
                cast(_SendingTab, tab).halt_sending()  # both tabs named here run sends of their own
        self.ctx.sends.halt_all()  # Send again and scheduled jobs too: each stops before its next request
        self.close()

    def _quit_box_closed(self, _result: int = 0) -> None:
        self.quit_box = None
        self._quit_watch.stop()

    def _check_quit_question(self) -> None:
        """The send the quit question asks about has stopped: the question is moot, take it away."""
        if self.quit_box is not None and not self.sending():
            self.quit_box.reject()
            self.statusBar().showMessage(self.tr("The send has stopped; nothing is under way now."), 15000)

    def _low_balance(self, account: str, balance: float) -> None:
        self.notifier.notify(self.tr("Low balance"), self.tr("{account} has {balance} left. Top up before your "
                                                             "next send.").format(account=account, balance=fmt_number(balance)))

    def _compose_to(self, phone: str, account: str) -> None:
        self.compose.prefill(phone, account)
        self.tabs.setCurrentWidget(self.compose)

    def sending(self) -> bool:
        compose, status = self._built.get("compose"), self._built.get("status")
        return bool(getattr(compose, "sending", False) or getattr(status, "sending", False) or self.ctx.sends.jobs())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.sending() and not self._quitting:
            event.ignore()
            if self.quit_box is None:
                self.quit_box = ask(
                    self, self.tr("Messages are being sent"),
                    self.tr("A send is in progress. If you quit now it stops after the requests already "
                            "under way, and you can resume it later. Quit anyway?"),
                    self.tr("Quit and stop the send"), self._quit_anyway, keep=self.tr("Keep sending"),
                    go_icon="quit")
                self.quit_box.finished.connect(self._quit_box_closed)
                self._quit_watch.start()
            return
        self._quit_watch.stop()
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/tab", self.tabs.currentIndex())
        self.ctx.settings.sync()
        self._closed = True
        self.live.stop()
        event.accept()
