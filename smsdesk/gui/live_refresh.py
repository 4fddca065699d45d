"""Show other desks' work without F5: the change feed (core/live.py) drives the tabs' reloads.

Reloads read the database only (never a vendor). At most one per :data:`COALESCE_MS`, however
many changes arrive (another desk's 10,000-recipient send commits thousands of times): the
visible tab and the Replies tab (its unread count is in the tab bar) reload at once, the others
when they are next shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from smsdesk.core.live import ChangeFeed, feed_for_store

if TYPE_CHECKING:
    from smsdesk.gui.main_window import MainWindow

COALESCE_MS = 1000
log = logging.getLogger("smsdesk.live")


def _password(ctx: Any) -> str | None:
    url = getattr(ctx.store, "url", None)
    if not url:
        return None
    from smsdesk.core.workspace import Workspace

    password: str | None = Workspace.from_url(str(url)).password(ctx.accounts.credentials)
    return password


class LiveRefresh(QObject):
    changed = Signal(str)  # emitted on the feed's thread, delivered queued on the GUI thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stale: set[str] = set()
        self.refreshes = 0  # for tests and the log: how often the tabs were reloaded
        self.timer = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.changed.connect(self._noted)
        window.tabs.currentChanged.connect(self._shown)
        try:
            self.feed: ChangeFeed | None = feed_for_store(window.ctx.store, self.changed.emit,
                                                          password=_password(window.ctx))
        except (AttributeError, ValueError) as exc:  # a store that says nowhere how to watch it: F5 still works
            log.warning("no live updates: %s", exc)
            self.feed = None
        else:
            self.feed.start()

    def _noted(self, _hint: str) -> None:
        if not self.timer.isActive():  # the first change starts the wait; the ones during it ride along
            self.timer.start()

    def _reload(self, name: str) -> None:
        tab: Any = self.window._built.get(name)
        if tab is None:
            return
        if name in ("status", "replies"):
            tab.reload()
        elif name == "recipients":
            tab.reload_lists()
        elif name == "balances":
            tab.show_stored()

    def refresh(self) -> None:
        ctx = self.window.ctx
        if ctx.store.closed:
            self.stop()
            return
        self.refreshes += 1
        if self.window.accounts_watcher is not None:  # built after the first paint
            self.window.accounts_watcher.check()  # accounts added or edited on another desk
        from smsdesk.gui.main_window import TABS

        index = self.window.tabs.currentIndex()
        visible = TABS[index][0] if 0 <= index < len(TABS) else ""
        for name in ("status", "replies", "recipients", "balances"):
            if name in (visible, "replies"):
                self._reload(name)
                self.stale.discard(name)
            else:
                self.stale.add(name)

    def _shown(self, index: int) -> None:
        from smsdesk.gui.main_window import TABS

        name = TABS[index][0] if 0 <= index < len(TABS) else ""
        if name in self.stale:
            self.stale.discard(name)
            self._reload(name)

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            self.feed.stop()
