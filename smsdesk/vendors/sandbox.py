"""The built-in Sandbox: a vendor simulated in-process, for trying the app for free.

It keeps its own little database (``sandbox.db`` in the data folder) so that
a send from one process can be followed from another, exactly like a real
vendor. Behaviour is deterministic, so people and tests can rely on it:

* every send is accepted if the sandbox credit covers it (it starts at 500 points);
* about 3 seconds later the message is delivered, except numbers ending in
  ``000`` (failed: number not in service) and ``444`` (expired: phone off);
* numbers ending in ``7`` reply "好的，謝謝！" a few seconds after delivery, and
  numbers ending in ``77`` reply "退訂" (an opt-out keyword).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from smsdesk.core.segments import cost
from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_number, translate
from smsdesk.vendors.base import (
    AccountConfig,
    Balance,
    Capabilities,
    ErrorKind,
    MessageRef,
    RecipientResult,
    Reply,
    SendRequest,
    SendResult,
    StatusReport,
    VendorClient,
    VendorError,
    VendorSpec,
)
from smsdesk.vendors.http import HttpPolicy

START_CREDIT = 500.0
# Seconds from send to delivery report; SMSDESK_SANDBOX_DELAY lets demos and tests go faster.
DEFAULT_DELAY = 3.0

_locks: dict[str, threading.Lock] = {}


def _now() -> datetime:
    return datetime.now(UTC)


def outcome_for(phone: str) -> tuple[State, str]:
    """The fixed outcome of a sandbox send to ``phone`` (see the module docstring)."""
    if phone.endswith("000"):
        return State.FAILED, "UNDELIV"
    if phone.endswith("444"):
        return State.EXPIRED, "EXPIRED"
    return State.DELIVERED, "DELIVRD"


def _why(state: State) -> str:
    if state is State.FAILED:
        return translate("Sandbox", "The number is not in service (practice: numbers ending in 000 fail). "
                                    "Check the number with the customer.")
    if state is State.EXPIRED:
        return translate("Sandbox", "The phone was off or out of reach until the message expired (practice: "
                                    "numbers ending in 444). Try again later.")
    return ""


def reply_for(phone: str) -> str | None:
    if phone.endswith("77"):
        return "退訂"
    if phone.endswith("7"):
        return "好的，謝謝！"
    return None


class SandboxClient(VendorClient):
    vendor = "sandbox"
    display_name = QT_TRANSLATE_NOOP("Vendor", "Sandbox (free practice account)")
    capabilities = Capabilities(
        batch_max=100,
        native_schedule=False,
        status_query=True,
        status_horizon=timedelta(days=30),
        replies_poll=True,
        balance=True,
        balance_unit="points",
        throughput_per_s=200.0,
        default_concurrency=4,  # in-process: more threads only queue on its database
        report_delay_s=DEFAULT_DELAY * 4 / 3,  # every report is in by then (see _delay)
        extras=("topup",),
    )

    def __init__(self, account: AccountConfig, *, http: HttpPolicy | None = None) -> None:
        super().__init__(account, http=http)
        folder = Path(account.data_dir or ".")
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "sandbox.db"
        self._lock = _locks.setdefault(str(self.path), threading.Lock())
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS messages (
                id TEXT PRIMARY KEY, phone TEXT NOT NULL, text TEXT NOT NULL,
                points REAL NOT NULL, submitted_at TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS messages_phone ON messages(phone);
            CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """
        )
        self.db.execute("INSERT OR IGNORE INTO state VALUES ('credit', ?)", (str(START_CREDIT),))

    def close(self) -> None:
        self.db.close()
        super().close()

    # -- vendor operations --------------------------------------------------
    def _credit(self) -> float:
        return float(self.db.execute("SELECT value FROM state WHERE key='credit'").fetchone()[0])

    def send(self, request: SendRequest) -> SendResult:
        if len(request.phones) > self.capabilities.batch_max:
            raise ValueError("batch too large")
        priced = [(phone, cost("gsm", request.text, phone)) for phone in request.phones]
        needed = sum(c.points for _, c in priced)
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                credit = self._credit()
                if needed > credit:
                    raise VendorError(
                        ErrorKind.BALANCE,
                        translate(
                            "Sandbox",
                            "The Sandbox has {credit} practice points left and this needs {needed}. "
                            "Use \u201cTop up the Sandbox\u201d on the Balances tab to get more.",
                        ).format(credit=fmt_number(credit), needed=fmt_number(needed)),
                        vendor=self.vendor, code="balance",
                    )
                now = _now().isoformat()
                results = []
                for phone, c in priced:
                    msg_id = uuid.uuid4().hex[:12]
                    self.db.execute("INSERT INTO messages VALUES (?,?,?,?,?)",
                                    (msg_id, phone, request.text, c.points, now))
                    results.append(RecipientResult(phone, State.SUBMITTED, msg_id, "ACCEPTD", c.points))
                self.db.execute("UPDATE state SET value=? WHERE key='credit'", (str(credit - needed),))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        return SendResult(results, batch_id=None, points=needed, balance_after=credit - needed)

    def query_status(self, refs: list[MessageRef]) -> list[StatusReport]:
        now = _now()
        reports = []
        for ref in refs:
            row = self.db.execute("SELECT phone, submitted_at FROM messages WHERE id=?",
                                  (ref.vendor_msg_id,)).fetchone()
            if row is None:
                continue
            submitted = datetime.fromisoformat(row[1])
            if now - submitted < _delay(ref.vendor_msg_id or ""):
                continue
            state, status = outcome_for(row[0])
            at = submitted + _delay(ref.vendor_msg_id or "")
            reports.append(StatusReport(row[0], state, status, ref.vendor_msg_id, at, _why(state),
                                        dedupe_key=f"sandbox:{ref.vendor_msg_id}:{status}"))
        return reports

    def fetch_replies(self, since: datetime | None = None) -> list[Reply]:
        now = _now()
        replies = []
        for msg_id, phone, submitted_at in self.db.execute(
            "SELECT id, phone, submitted_at FROM messages ORDER BY submitted_at"
        ):
            text = reply_for(phone)
            if text is None or outcome_for(phone)[0] is not State.DELIVERED:
                continue
            at = datetime.fromisoformat(submitted_at) + _delay(msg_id) + _reply_delay()
            if at <= now and (since is None or at > since):
                replies.append(Reply(phone, text, at, f"sandbox-reply:{msg_id}"))
        return replies

    def balance(self) -> Balance:
        return Balance(self._credit(), "points")

    def test_connection(self) -> str:
        return translate("Sandbox", "The Sandbox is ready: {credit} practice points left. Nothing is really sent.").format(
            credit=fmt_number(self._credit())
        )

    def top_up(self, points: float = START_CREDIT) -> float:
        with self._lock:
            credit = self._credit() + points
            self.db.execute("UPDATE state SET value=? WHERE key='credit'", (str(credit),))
        return credit


def _base_delay() -> float:
    try:
        return max(0.0, float(os.environ.get("SMSDESK_SANDBOX_DELAY", DEFAULT_DELAY)))
    except ValueError:
        return DEFAULT_DELAY


def _delay(msg_id: str) -> timedelta:
    # base +/- a third, fixed per message so repeated polls agree (2-4 s by default).
    base = _base_delay()
    jitter = (zlib.crc32(msg_id.encode()) % 1000) / 1000 * 2 - 1
    return timedelta(seconds=base + jitter * base / 3)


def _reply_delay() -> timedelta:
    return timedelta(seconds=_base_delay() * 5 / 3)


SPEC = VendorSpec(
    id="sandbox",
    name=SandboxClient.display_name,
    client=SandboxClient,
    fields=(),
    capabilities=SandboxClient.capabilities,
    help=QT_TRANSLATE_NOOP(
        "VendorHelp",
        "The Sandbox is a practice account built into SMS Desk. Nothing is really sent and "
        "nothing is charged: it accepts messages, reports them delivered a few seconds later "
        "(numbers ending in 000 fail, 444 expire) and numbers ending in 7 reply.",
    ),
    cost_rule="gsm",
    is_sandbox=True,
)
