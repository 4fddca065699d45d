"""Delivery status polling and the replies inbox, over any vendor that offers them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.engine import parse_time
from smsdesk.core.jobs import Jobs
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.i18n import translate
from smsdesk.vendors.base import MessageRef, Unsupported

log = logging.getLogger("smsdesk.tracking")

PENDING_STATES = (State.SUBMITTED, State.UNKNOWN, State.SCHEDULED)
QUERY_CHUNK = 100


@dataclass
class RefreshResult:
    job: int
    asked: int
    applied: int


def refresh_job(store: Store, accounts: Accounts, job_id: int,
                cancelled: Callable[[], bool] | None = None) -> RefreshResult:
    """Ask the vendor about every recipient of the job that is not final yet."""
    jobs = Jobs(store)
    job = jobs.get(job_id)
    if job is None:
        raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    account = accounts.get(job.account_id)
    if not account.spec.capabilities.status_query:
        raise Unsupported(translate(
            "Tracking",
            "{vendor} does not answer status questions; delivery reports arrive only through the "
            "callback receiver (Settings \u2192 Callbacks).",
        ).format(vendor=account.spec.label))
    pending = [m for m in jobs.messages(job_id, states=PENDING_STATES) if m.vendor_msg_id or m.vendor_batch_id]
    if not pending:
        return RefreshResult(job_id, 0, 0)
    client = accounts.client(account)
    applied = 0
    try:
        by_id = {m.vendor_msg_id: m for m in pending if m.vendor_msg_id}
        by_phone = {m.phone: m for m in pending}
        for start in range(0, len(pending), QUERY_CHUNK):
            if cancelled is not None and cancelled():
                break
            chunk = pending[start:start + QUERY_CHUNK]
            refs = [MessageRef(m.phone, m.vendor_msg_id, m.vendor_batch_id, parse_time(m.submitted_at))
                    for m in chunk]
            for report in client.query_status(refs):
                message = by_id.get(report.vendor_msg_id) if report.vendor_msg_id else None
                message = message or by_phone.get(report.phone)
                if message is None:
                    continue
                if jobs.apply_report(
                    message.id, report.state, vendor_status=report.vendor_status, source="poll",
                    event_at=report.at.isoformat() if report.at else None,
                    dedupe_key=report.dedupe_key or None, error_text=report.error_text,
                ):
                    applied += 1
    finally:
        client.close()
    return RefreshResult(job_id, len(pending), applied)


@dataclass
class ReplyRow:
    id: int
    account: str
    phone: str
    text: str
    received_at: str
    contact: str
    is_read: bool
    handled: bool
    optout: bool


def refresh_replies(store: Store, accounts: Accounts, account: Account) -> int:
    """Fetch new replies of one account into the inbox; returns how many were new."""
    if not account.spec.capabilities.replies_poll:
        return 0
    row = store.query_one("SELECT MAX(received_at) FROM replies WHERE account_id=?", (account.id,))
    since = parse_time(row[0]) if row and row[0] else None
    client = accounts.client(account)
    try:
        replies = client.fetch_replies(since)
    finally:
        client.close()
    return store_replies(store, account, replies)


def store_replies(store: Store, account: Account, replies: list) -> int:
    new = 0
    with store.transaction() as db:
        for r in replies:
            cur = db.execute(
                "INSERT OR IGNORE INTO replies(account_id, phone, text, received_at, vendor_ref)"
                " VALUES (?,?,?,?,?)",
                (account.id, r.phone, r.text, r.received_at.astimezone(UTC).isoformat(timespec="milliseconds"),
                 r.vendor_ref),
            )
            new += cur.rowcount
    return new


def list_replies(store: Store, *, search: str = "", limit: int = 1000) -> list[ReplyRow]:
    sql = (
        "SELECT r.id, COALESCE(a.name, '') AS account, r.phone, r.text, r.received_at, r.is_read,"
        " r.handled, r.optout, COALESCE((SELECT c.name FROM contacts c WHERE c.phone = r.phone"
        " AND c.name != '' LIMIT 1), '') AS contact FROM replies r LEFT JOIN accounts a ON a.id = r.account_id"
    )
    args: tuple = ()
    if search:
        sql += " WHERE r.phone LIKE ? OR r.text LIKE ?"
        args = (f"%{search}%", f"%{search}%")
    sql += " ORDER BY r.received_at DESC LIMIT ?"
    return [
        ReplyRow(r["id"], r["account"], r["phone"], r["text"], r["received_at"], r["contact"],
                 bool(r["is_read"]), bool(r["handled"]), bool(r["optout"]))
        for r in store.query(sql, (*args, limit))
    ]
