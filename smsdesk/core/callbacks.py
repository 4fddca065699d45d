"""The optional callback receiver: vendors push delivery reports and replies here.

Served over HTTP by :mod:`smsdesk.core.receiver` (inside the app or by
``smsdesk-cli callbacks serve``).
Each account has its own paths, with a random token only SMS Desk and the vendor
know, so the receiver knows whose messages a push concerns and ignores pushes
from anyone else::

    /cb/<account id>/<token>/dr       TwSMS drurl (GET smsresp), SMS-Get delivery (POST),
                                      Tencent delivery (POST JSON array)
    /cb/<account id>/<token>/reply    SMS-Get two-way (POST), Tencent reply (POST JSON)
    /cb/<account id>/<token>/webhook  SepSMS webhooks (POST; HMAC signature checked first)
    /                                 a plain "running" page, to test reachability

TwSMS, SMS-Get and Tencent document no signature, so the path token is what
verifies them; SepSMS is verified by its signature before anything is read.
Nothing unverified or malformed reaches the store (404/401/400), bodies over
``max_body`` get 413, and a replayed push changes nothing (reports are deduped by
key and only move forward; replies are unique per vendor reference).
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import threading
from collections.abc import Callable, Mapping
from typing import Any

from smsdesk.core.accounts import Account, AccountError, Accounts
from smsdesk.core.optout_rules import OptOutRule
from smsdesk.core.replies import StoredReplies, store_replies
from smsdesk.core.store import Store
from smsdesk.core.tracking import apply_account_reports
from smsdesk.i18n import translate
from smsdesk.vendors.base import Reply, StatusReport
from smsdesk.vendors.push import BatchReport, PushAnswer, PushRejected, PushRequest

log = logging.getLogger("smsdesk.callbacks")

MAX_BODY = 256 * 1024

REPLY_KIND = "reply"  # the path kind that carries replies (VendorSpec.push_kinds)
_TOKEN_KEY = "callbacks.token.{id}"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")

# on_change(kind, payload): "status" (set of job ids), "replies" (StoredReplies), "notice" (sentence)
ChangeListener = Callable[[str, Any], None]


def push_kinds(account: Account) -> Mapping[str, str]:
    """The path kinds the account's vendor pushes to, each with where it is set up (untranslated).

    The capabilities decide: nothing without ``push_callbacks``, no ``reply`` path without
    ``replies_callback``.
    """
    spec = account.spec
    caps = spec.capabilities
    if spec.parse_push is None or not caps.push_callbacks:
        return {}
    return {k: v for k, v in spec.push_kinds.items() if k != REPLY_KIND or caps.replies_callback}


def callback_token(store: Store, account_id: int) -> str:
    """The account's path token, made on first use and kept in the data file."""
    key = _TOKEN_KEY.format(id=account_id)
    token = store.get_kv(key)
    if not token:
        token = secrets.token_urlsafe(18)
        store.set_kv(key, token)
    return token


def callback_path(store: Store, account: Account, kind: str) -> str:
    return f"/cb/{account.id}/{callback_token(store, account.id)}/{kind}"


def callback_urls(store: Store, account: Account, public_url: str) -> dict[str, str]:
    """The addresses to give the vendor for this account (empty when it pushes nothing)."""
    base = public_url.strip().rstrip("/")
    return {kind: base + callback_path(store, account, kind) for kind in push_kinds(account)}


def describe_urls(store: Store, account: Account, public_url: str) -> list[str]:
    """Lines telling the user which address goes where in the vendor's console."""
    urls = callback_urls(store, account, public_url)
    labels = push_kinds(account)
    return [f"{account.name}: {translate('Callbacks', labels[k])}: {u}" for k, u in urls.items()]


# The receiver's answer and refusal are the drivers' (vendors/push.py): one shape end to end.
Answer = PushAnswer
Rejected = PushRejected


RUNNING_PAGE = "SMS Desk callback receiver is running."


class CallbackProcessor:
    """Turns one verified push into store changes (no HTTP here, so it is easy to test)."""

    def __init__(self, store: Store, accounts: Accounts, on_change: ChangeListener | None = None,
                 rule: OptOutRule | None = None) -> None:
        self.store = store
        self.accounts = accounts
        self.on_change = on_change
        self.rule = rule or OptOutRule()
        self._write = threading.Lock()  # one push at a time reaches the store

    def handle(self, method: str, path: str, query: str, headers: dict[str, str], body: bytes) -> Answer:
        parts = [p for p in path.split("/") if p]
        if not parts and method in ("GET", "HEAD"):
            return Answer.text(RUNNING_PAGE)
        if len(parts) != 4 or parts[0] != "cb" or not parts[1].isdigit() or not _TOKEN.fullmatch(parts[2]):
            raise Rejected(404, "unknown path")
        try:
            account = self.accounts.get(int(parts[1]))
        except AccountError:
            raise Rejected(404, "unknown account") from None
        expected = self.store.get_kv(_TOKEN_KEY.format(id=account.id)) or ""
        if not expected or not hmac.compare_digest(expected.encode(), parts[2].encode()):
            raise Rejected(404, "unknown path")
        kind = parts[3]
        parse = account.spec.parse_push
        if parse is None or kind not in push_kinds(account):
            raise Rejected(404, f"{account.vendor} has no {kind} callback")
        request = PushRequest(method, query, headers, body, account.settings,
                              lambda key: self.accounts.credentials.get(account.key, key) or "")
        result = parse(kind, request)  # PushRejected answers 4xx before the store is touched
        with self._write:
            reports = result.reports + [r for batch in result.batches for r in self._batch_reports(account, batch)]
            if reports:
                self.apply_reports(account, reports)
            if result.replies:
                self.apply_replies(account, result.replies)
            self._notice(result.notice)
        return result.answer

    # -- applying -------------------------------------------------------------
    def apply_reports(self, account: Account, reports: list[StatusReport]) -> int:
        changed = apply_account_reports(self.store, account.id, reports, source="callback")
        if changed and self.on_change:
            self.on_change("status", set(changed))
        return sum(changed.values())

    def apply_replies(self, account: Account, replies: list[Reply]) -> StoredReplies:
        stored = store_replies(self.store, account, replies, self.rule)
        if stored.new and self.on_change:
            self.on_change("replies", stored)
        return stored

    def _notice(self, text: str) -> None:
        if text and self.on_change:
            self.on_change("notice", text)

    def _batch_reports(self, account: Account, batch: BatchReport) -> list[StatusReport]:
        """A report naming a send: one for every recipient of it."""
        rows = self.store.query(
            "SELECT m.phone FROM messages m WHERE m.job_id IN (SELECT id FROM jobs WHERE account_id = ?)"
            " AND (m.vendor_msg_id = ? OR m.vendor_batch_id = ?)", (account.id, batch.batch_id, batch.batch_id))
        return [StatusReport(phone=r[0], state=batch.state, vendor_status=batch.vendor_status,
                             vendor_msg_id=batch.batch_id, error_text=batch.error_text,
                             dedupe_key=f"{batch.key_prefix}:{r[0]}:{batch.key_suffix}")
                for r in rows]


def safe_path(text: str) -> str:
    """A path (or request line) without its token, for logs."""
    return re.sub(r"(/cb/[^/\s?]*/)[^/\s?]+", r"\1***", text)
