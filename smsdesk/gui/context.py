"""What the windows share: the store, accounts, the worker pool and settings.

Created once in ``app.main`` (or by a test) and passed down explicitly: no
module-level singletons for widgets or workers to reach into.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from smsdesk.core import paths
from smsdesk.core.accounts import Accounts
from smsdesk.core.credentials import Credentials
from smsdesk.core.store import Store
from smsdesk.gui.active_sends import ActiveSends
from smsdesk.gui.worker import Worker

if TYPE_CHECKING:  # the engine (batches, personalisation, HTTP policy) loads after the first paint
    from smsdesk.core.engine import SendEngine


class Events(QObject):
    """App-wide notifications between tabs (all emitted on the GUI thread)."""

    jobs_changed = Signal()
    job_created = Signal(int)
    accounts_changed = Signal()
    lists_changed = Signal()
    replies_changed = Signal()
    compose_to = Signal(str, str)  # phone, account name: "Reply" opens Compose prefilled
    status_message = Signal(str)
    balances_stale = Signal(int)  # account id: a send spent from it, so its balance shown is out of date


@dataclass
class AppContext:
    store: Store
    accounts: Accounts
    worker: Worker
    settings: QSettings
    events: Events = field(default_factory=Events)
    sends: ActiveSends = field(default_factory=ActiveSends)  # jobs this window is sending
    # Messages found in flight at start-up (the app stopped mid-send); now unknown.
    recovered_unknown: int = 0

    @property
    def engine(self) -> SendEngine:
        from smsdesk.core.engine import SendEngine

        return SendEngine(self.store, self.accounts)

    @classmethod
    def open(cls, *, credentials: Credentials | None = None) -> AppContext:
        from smsdesk.core.store import open_store

        store = open_store()
        accounts = Accounts(store, credentials)
        accounts.ensure_sandbox()
        settings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
        from smsdesk.core.jobs import Jobs

        recovered = Jobs(store).recover_inflight()
        return cls(store=store, accounts=accounts, worker=Worker(), settings=settings,
                   recovered_unknown=recovered)

    def close(self) -> None:
        self.worker.cancel_all()
        self.worker.wait(10000)
        self.settings.sync()
        self.store.close()
