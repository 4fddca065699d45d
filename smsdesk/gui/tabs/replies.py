"""Replies tab: customers' answers from every account that can receive them, by phone number.

Replies are fetched on worker threads (TwSMS ``smsmo_query``, Tencent's reply
queue, the Sandbox) and pushed by vendors to the callback receiver (SMS-Get
two-way, Tencent), which :class:`CallbackHost` runs when it is turned on in
Settings.
"""

from __future__ import annotations

import html
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.callbacks import describe_urls
from smsdesk.core.receiver import CallbackService
from smsdesk.core.settings import (
    callback_settings,
    notifications_enabled,
    optout_rule,
    phone_text,
    replies_first_days,
    replies_poll_seconds,
)
from smsdesk.core.tracking import (
    Conversation,
    OptOutRule,
    StoredReplies,
    ThreadItem,
    confirm_optout,
    conversation_thread,
    fetch_all_replies,
    mark_read,
    set_handled,
)
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.models import alive
from smsdesk.gui.tabs.replies_model import PAGE, ConversationsModel, conversations_page
from smsdesk.gui.widgets import EmptyState, focus_all
from smsdesk.i18n import fmt_int, fmt_iso, headed, join_sentences

SETTINGS_SYNC_MS = 5000


def _fetch(store: Any, accounts: Any, rule: OptOutRule, task: Any, first_days: int | None = None
           ) -> tuple[StoredReplies, list[str]]:
    return fetch_all_replies(store, accounts, rule=rule, cancelled=task.cancelled, first_days=first_days)


def _thread_of(store: Any, phone: str) -> tuple[str, list[ThreadItem]]:
    return phone, conversation_thread(store, phone)


class CallbackHost(QObject):
    """Runs the callback receiver inside the app while Settings say so.

    The receiver's threads report changes through ``changed``, which Qt queues to
    the GUI thread.
    """

    changed = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = CallbackService(ctx.store, ctx.accounts, self.changed.emit, optout_rule(ctx.settings))
        self.problem = ""
        service = self.service
        self.destroyed.connect(lambda *_: service.stop())
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(service.stop)

    def sync(self) -> str:
        """Match the receiver to the current settings; returns a new problem, if any."""
        cb = callback_settings(self.ctx.settings)
        problem = self.service.apply(cb.enabled, cb.bind, cb.port, cb.public_url, optout_rule(self.ctx.settings))
        fresh = problem if problem and problem != self.problem else ""
        self.problem = problem
        return fresh

    @property
    def running(self) -> bool:
        return self.service.running

    def stop(self) -> None:
        self.service.stop()


class RepliesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0  # of the list's reads: a page of an older read is dropped
        self._filter: tuple[str, bool] = ("", False)  # the search and "unread only" of the last read
        self._restoring = False  # re-selecting the current conversation after a read is not the user choosing
        self.current_phone: str | None = None
        self.last_notification: tuple[str, str] | None = None
        self._problems: list[str] = []
        self._fetching = False
        self._loading = False
        self._reload_pending = False
        self._unread = 0
        self.tray: QSystemTrayIcon | None = None

        outer = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search phone, name or text"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search replies"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        # Ctrl+F anywhere in this tab goes to its search box (as on the Recipients tab).
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(partial(focus_all, self.search))
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.unread_only = QCheckBox(self.tr("Unread only"))
        self.unread_only.toggled.connect(self.reload)
        self.refresh_button = QPushButton(self.tr("Check for replies"))
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.setToolTip(self.tr("Ask every account that can receive replies (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.urls_button = QPushButton(self.tr("Receiver addresses\u2026"))
        self.urls_button.setIcon(icon("receiver-addresses"))
        self.urls_button.setToolTip(self.tr("The addresses to enter in each vendor's console so that it sends "
                                            "delivery reports and replies to SMS Desk"))
        self.urls_button.clicked.connect(self.show_callback_urls)
        self.urls_button.hide()
        controls.addWidget(self.search, 1)
        controls.addWidget(self.unread_only)
        controls.addWidget(self.urls_button)
        controls.addWidget(self.refresh_button)
        outer.addLayout(controls)

        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No replies yet"),
            self.tr("When customers answer your messages, their replies appear here, grouped by phone "
                    "number, so you can answer them by hand. Replies are checked every minute; SMS-Get "
                    "and Tencent Cloud replies need the callback receiver (Settings)."),
        )
        self.stack.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = ConversationsModel(lambda phone: phone_text(self.ctx.settings, phone), self._fetch_page, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Conversations"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        split.addWidget(self.table)

        panel = QWidget()
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(6, 0, 0, 0)
        self.who = QLabel()
        font = self.who.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.who.setFont(font)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pl.addWidget(self.who)
        self.last_sent = QLabel()
        self.last_sent.setWordWrap(True)
        pl.addWidget(self.last_sent)
        self.optout_bar = QFrame()
        self.optout_bar.setObjectName("optoutBar")
        ob = QHBoxLayout(self.optout_bar)
        ob.setContentsMargins(6, 4, 6, 4)
        theme.set_tone(self.optout_bar, theme.Tone.NOTE, box=True)
        self.optout_label = QLabel()
        self.optout_label.setWordWrap(True)
        self.optout_button = QPushButton(self.tr("Add to opt-out list"))
        self.optout_button.setToolTip(self.tr("Never send this number messages again, from any account"))
        self.optout_button.setIcon(icon("opt-out"))
        self.optout_button.clicked.connect(self.confirm_optout)
        ob.addWidget(self.optout_label, 1)
        ob.addWidget(self.optout_button)
        self.optout_bar.hide()
        pl.addWidget(self.optout_bar)
        self.conversation = QTextBrowser()
        self.conversation.setOpenLinks(False)
        self.conversation.setAccessibleName(self.tr("Conversation"))
        pl.addWidget(self.conversation, 1)
        buttons = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setIcon(icon("reply"))
        self.reply_button.setToolTip(self.tr("Write to this customer on the Compose tab, from the same account"))
        self.reply_button.clicked.connect(self.reply)
        self.handled_button = QPushButton(self.tr("Mark handled"))
        self.handled_button.setToolTip(self.tr("Note that this conversation needs nothing more from you (it shows "
                                               "as Handled in the list)"))
        self.handled_button.setIcon(icon("mark-handled"))
        self.handled_button.clicked.connect(self.toggle_handled)
        self.unread_button = QPushButton(self.tr("Mark unread"))
        self.unread_button.setToolTip(self.tr("Show this conversation as new again, to come back to it later"))
        self.unread_button.setIcon(icon("mark-unread"))
        self.unread_button.clicked.connect(self.mark_unread)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.handled_button)
        buttons.addWidget(self.unread_button)
        buttons.addStretch(1)
        pl.addLayout(buttons)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.stack.addWidget(split)
        outer.addWidget(self.stack)

        self.callbacks = CallbackHost(ctx, self)
        self.callbacks.changed.connect(self._pushed)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.settings_timer = QTimer(self)
        self.settings_timer.setInterval(SETTINGS_SYNC_MS)
        self.settings_timer.timeout.connect(self.sync_settings)
        self.settings_timer.start()
        ctx.events.replies_changed.connect(self.reload)
        self.sync_settings()
        self._set_panel(None)
        self.reload()

    # -- settings, receiver ----------------------------------------------------------------
    def _poll_ms(self) -> int:
        return replies_poll_seconds(self.ctx.settings) * 1000

    def sync_settings(self) -> None:
        """Follow changed settings: polling interval, opt-out rule, callback receiver."""
        interval = self._poll_ms()
        if self.timer.interval() != interval or not self.timer.isActive():
            self.timer.start(interval)
        problem = self.callbacks.sync()
        if problem:
            self.ctx.events.status_message.emit(problem)
        self.urls_button.setVisible(self.callbacks.running and bool(self.callbacks.service.public_url))

    def callback_url_lines(self) -> list[str]:
        public = self.callbacks.service.public_url
        if not public:
            return []
        return [line for account in self.ctx.accounts.all()
                for line in describe_urls(self.ctx.store, account, public)]

    def show_callback_urls(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Callback receiver addresses"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        intro = QLabel(self.tr("Enter each address where the vendor's console asks for a callback or webhook "
                               "URL. Each address carries a secret part: keep it private, like a password."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        text = QPlainTextEdit("\n".join(self.callback_url_lines()) or self.tr("No account can push reports."))
        text.setReadOnly(True)
        text.setMinimumSize(640, 180)
        text.setAccessibleName(self.tr("Callback addresses"))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.open()
        return dialog

    def notifications_on(self) -> bool:
        return notifications_enabled(self.ctx.settings)

    @alive
    def _pushed(self, kind: str, payload: Any) -> None:
        """A vendor pushed something to the callback receiver (already stored)."""
        if kind == "replies":
            self._arrived(payload)
        elif kind == "status":
            self.ctx.events.jobs_changed.emit()
        elif kind == "notice":
            self.ctx.events.status_message.emit(str(payload))

    # -- list -----------------------------------------------------------------------------------
    @property
    def conversations(self) -> list[Conversation]:
        """The conversations read so far (pages), newest first."""
        return self.model.rows

    def reload(self) -> None:
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        self._generation += 1
        search, unread_only = self.search.text().strip(), self.unread_only.isChecked()
        # The same list again: as many as are loaded now, so a conversation chosen far down stays
        # in it, and selected. Another search: its first page.
        same = (search, unread_only) == self._filter
        self._filter = (search, unread_only)
        limit = max(PAGE, len(self.model.rows)) if same else PAGE
        self.ctx.worker.submit(conversations_page, self.ctx.store, search, unread_only, 0, self._generation, limit,
                               on_result=partial(self._show, limit=limit), on_finished=self._loaded)

    def _fetch_page(self, offset: int) -> None:
        """The view scrolled near the end of what is read: the next page, on the worker."""
        search, unread_only = self._filter  # the list's own search, even while a new one is being typed
        self.ctx.worker.submit(conversations_page, self.ctx.store, search, unread_only, offset, self._generation,
                               on_result=self._more)

    @alive
    def _loaded(self) -> None:
        self._loading = False
        if self._reload_pending:
            self._reload_pending = False
            self.reload()

    @alive
    def _show(self, result: tuple[int, int, list[Conversation], int | None], limit: int = PAGE) -> None:
        generation, _offset, rows, unread = result
        if generation != self._generation:
            return
        filtered = bool(self.search.text().strip() or self.unread_only.isChecked())
        self.stack.setCurrentIndex(1 if rows or filtered else 0)
        self._restoring = True
        try:
            self.model.set_rows(rows, limit)
            row = self.model.row_of(self.current_phone)
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._restoring = False
        current = self.current()
        self._set_panel(current)
        if current is not None:
            self._load_thread(current.phone)
        if unread is not None:
            self._set_unread(unread)

    @alive
    def _more(self, result: tuple[int, int, list[Conversation], int | None]) -> None:
        generation, offset, rows, _unread = result
        if generation == self._generation:
            self.model.append(offset, rows)
        else:
            self.model.fetching = False  # a newer read replaced the list: it pages from its own start

    def _set_unread(self, n: int) -> None:
        """Show the number of unread conversations on the tab itself."""
        self._unread = n
        tabs = self.parent()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parent()
        if isinstance(tabs, QTabWidget):
            index = tabs.indexOf(self)
            if index >= 0:
                tabs.setTabText(index, self.tr("Replies ({n})").format(n=fmt_int(n)) if n else self.tr("Replies"))

    def current(self) -> Conversation | None:
        return next((c for c in self.conversations if c.phone == self.current_phone), None)

    def select_phone(self, phone: str) -> bool:
        for i, c in enumerate(self.conversations):
            if c.phone == phone:
                self.table.selectRow(i)
                return True
        return False

    def _selected(self) -> None:
        if self._restoring:
            return
        selected = self.table.selectionModel().selectedRows()
        if not selected or not 0 <= selected[0].row() < len(self.conversations):
            self.current_phone = None
            self._set_panel(None)
            return
        c = self.conversations[selected[0].row()]
        self.current_phone = c.phone
        self._set_panel(c)
        self._load_thread(c.phone)
        if c.unread:
            self.ctx.worker.submit(mark_read, self.ctx.store, c.phone, on_result=self._changed)

    # -- one conversation -------------------------------------------------------------------------
    def _set_panel(self, c: Conversation | None) -> None:
        for w in (self.reply_button, self.handled_button, self.unread_button):
            w.setEnabled(c is not None)
        if c is None:
            self.who.setText(self.tr("Choose a conversation") if self.conversations else "")
            self.last_sent.setText("")
            self.optout_bar.hide()
            self.conversation.clear()
            return
        phone = phone_text(self.ctx.settings, c.phone)
        self.who.setText(f"{c.contact} \u00b7 {phone}" if c.contact else phone)
        if c.last_sent is not None:
            self.last_sent.setText(self.tr("Last message we sent ({when}, {account}, {state}): {text}").format(
                when=fmt_iso(c.last_sent.at), account=c.last_sent.account, state=c.last_sent.state.label,
                text=c.last_sent.text))
        else:
            self.last_sent.setText(self.tr("SMS Desk has not sent this number a message."))
        self.handled_button.setText(self.tr("Mark not handled") if c.handled else self.tr("Mark handled"))
        if c.opted_out:
            self.optout_label.setText(self.tr("This number is on the opt-out list: it gets no more messages."))
            self.optout_button.hide()
            self.optout_bar.show()
        elif c.optout_pending:
            self.optout_label.setText(self.tr("This customer replied with an opt-out keyword. Add the number "
                                              "to the opt-out list so it gets no more messages?"))
            self.optout_button.show()
            self.optout_bar.show()
        else:
            self.optout_bar.hide()

    def _load_thread(self, phone: str) -> None:
        self.ctx.worker.submit(_thread_of, self.ctx.store, phone, on_result=self._show_thread)

    @alive
    def _changed(self, _result: object = None) -> None:
        self.reload()

    @alive
    def _show_thread(self, result: tuple[str, list[ThreadItem]]) -> None:
        phone, items = result
        if phone != self.current_phone:
            return
        self._thread_shown = result
        parts = []
        for item in items:
            align, colour = ("left", theme.surface(theme.Surface.INBOUND).name()) if item.inbound else \
                ("right", theme.surface(theme.Surface.OUTBOUND).name())
            who = self.tr("Customer") if item.inbound else self.tr("We sent")
            meta = " \u00b7 ".join(x for x in (who, fmt_iso(item.at), item.account, item.detail) if x)
            parts.append(
                f"<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:8px'><tr><td align='{align}'>"
                f"<div style='background:{colour}; padding:6px;'><small>{html.escape(meta)}</small><br>"
                f"{html.escape(item.text).replace(chr(10), '<br>')}</div></td></tr></table>")
        self.conversation.setHtml("".join(parts))
        self.conversation.verticalScrollBar().setValue(self.conversation.verticalScrollBar().maximum())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        # The bubbles' colours are baked into the conversation's HTML: redo it for the new scheme.
        shown = getattr(self, "_thread_shown", None)
        if event.type() == QEvent.Type.PaletteChange and shown is not None:
            bar = self.conversation.verticalScrollBar()
            position = bar.value()
            self._show_thread(shown)
            bar.setValue(position)
        super().changeEvent(event)

    def reply(self) -> None:
        c = self.current()
        if c is not None:
            self.ctx.events.compose_to.emit(c.phone, c.account)

    def toggle_handled(self) -> None:
        c = self.current()
        if c is not None:
            self.ctx.worker.submit(set_handled, self.ctx.store, c.phone, not c.handled, on_result=self._changed)

    def mark_unread(self) -> None:
        c = self.current()
        if c is not None:
            phone = c.phone
            self.current_phone = None  # otherwise selecting it again marks it read
            self.table.clearSelection()
            self.ctx.worker.submit(mark_read, self.ctx.store, phone, False, on_result=self._changed)

    def confirm_optout(self) -> None:
        c = self.current()
        if c is not None:
            self.ctx.worker.submit(confirm_optout, self.ctx.store, c.phone, on_result=self._optout_done)

    @alive
    def _optout_done(self, added: bool) -> None:
        if added:
            self.ctx.events.status_message.emit(self.tr("The number was added to the opt-out list."))
            self.ctx.events.lists_changed.emit()
        self.reload()

    # -- fetching ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._fetching:
            return
        self._fetching = True
        self.refresh_button.setEnabled(False)
        self.ctx.worker.submit(_fetch, self.ctx.store, self.ctx.accounts, optout_rule(self.ctx.settings),
                               first_days=replies_first_days(self.ctx.settings),
                               wants_task=True, on_result=self._fetched, on_finished=self._fetch_done)

    @alive
    def _fetch_done(self) -> None:
        self._fetching = False
        self.refresh_button.setEnabled(True)

    @alive
    def _fetched(self, outcome: tuple[StoredReplies, list[str]]) -> None:
        stored, problems = outcome
        if problems and problems != self._problems:  # once, not every minute
            self.ctx.events.status_message.emit("; ".join(problems))
        self._problems = problems
        if stored.new:
            self._arrived(stored)

    def _arrived(self, stored: StoredReplies) -> None:
        self.ctx.events.replies_changed.emit()  # reloads this tab too
        if stored.optouts_added:
            self.ctx.events.lists_changed.emit()
        self.notify(stored)

    def notify(self, stored: StoredReplies) -> None:
        """A desktop notification about new replies, unless turned off in Settings."""
        if not stored.new or not self.notifications_on():
            return
        title = self.tr("{n} new replies").format(n=fmt_int(stored.new)) if stored.new > 1 else self.tr("New reply")
        text = self.tr("Open the Replies tab to read and answer them.")
        if stored.optouts_added:
            text = join_sentences(text, self.tr("{n} asked to stop and were added to the opt-out list.").format(
                n=fmt_int(len(stored.optouts_added))))
        elif stored.optouts_asked:
            text = join_sentences(text, self.tr("{n} asked to stop; confirm on the Replies tab.").format(
                n=fmt_int(len(stored.optouts_asked))))
        self.last_notification = (title, text)
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            icon = self.window().windowIcon() if self.window() else QIcon()
            if icon.isNull():
                icon = QApplication.windowIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("SMS Desk")
            self.tray.messageClicked.connect(self._show_me)
            self.tray.show()
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        else:
            self.ctx.events.status_message.emit(headed(title, text))

    def _show_me(self) -> None:
        tabs = self.parent()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parent()
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(self)
        window = self.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
