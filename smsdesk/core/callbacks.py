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
import json
import logging
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from smsdesk.core.accounts import Account, AccountError, Accounts
from smsdesk.core.store import Store
from smsdesk.core.tracking import OptOutRule, StoredReplies, apply_account_reports, store_replies
from smsdesk.i18n import translate
from smsdesk.vendors.base import Reply, StatusReport

log = logging.getLogger("smsdesk.callbacks")

MAX_BODY = 256 * 1024

# What each vendor can push, by path kind.
KINDS: dict[str, tuple[str, ...]] = {
    "twsms": ("dr",),
    "smsget": ("dr", "reply"),
    "sepsms": ("webhook",),
    "tencent": ("dr", "reply"),
}
_TOKEN_KEY = "callbacks.token.{id}"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")

# on_change(kind, payload): "status" (set of job ids), "replies" (StoredReplies), "notice" (sentence)
ChangeListener = Callable[[str, Any], None]


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
    return {kind: base + callback_path(store, account, kind) for kind in KINDS.get(account.vendor, ())}


def describe_urls(store: Store, account: Account, public_url: str) -> list[str]:
    """Lines telling the user which address goes where in the vendor's console."""
    urls = callback_urls(store, account, public_url)
    labels = {
        ("twsms", "dr"): translate("Callbacks", "sent with every message as drurl (nothing to set up)"),
        ("smsget", "dr"): translate("Callbacks", "SMS-Get API settings \u2192 CallBack URL"),
        ("smsget", "reply"): translate("Callbacks", "SMS-Get API settings \u2192 two-way CallBack URL"),
        ("sepsms", "webhook"): translate(
            "Callbacks", "SepSMS developer dashboard \u2192 Webhooks (events dr.success, dr.failed); copy its "
            "signing secret into the account"),
        ("tencent", "dr"): translate("Callbacks", "Tencent Cloud SMS console \u2192 delivery status callback URL"),
        ("tencent", "reply"): translate("Callbacks", "Tencent Cloud SMS console \u2192 reply callback URL"),
    }
    return [f"{account.name}: {labels.get((account.vendor, k), k)}: {u}" for k, u in urls.items()]


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"

    @classmethod
    def text(cls, text: str, status: int = 200) -> Answer:
        return cls(status, text.encode("utf-8"))

    @classmethod
    def json(cls, data: Any, status: int = 200) -> Answer:
        return cls(status, json.dumps(data).encode("utf-8"), "application/json")


class Rejected(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


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
        if kind not in KINDS.get(account.vendor, ()):
            raise Rejected(404, f"{account.vendor} has no {kind} callback")
        handler: Callable[..., Answer] = getattr(self, f"_{account.vendor}_{kind}")
        with self._write:
            return handler(account, method, query, headers, body)

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

    @staticmethod
    def _methods(method: str, allowed: tuple[str, ...]) -> None:
        if method not in allowed:
            raise Rejected(405, "method not allowed")

    # -- vendors ---------------------------------------------------------------
    def _twsms_dr(self, account: Account, method: str, query: str, headers: dict[str, str], body: bytes) -> Answer:
        from smsdesk.vendors.twsms import parse_drurl

        self._methods(method, ("GET", "POST"))  # documented as GET; POST costs nothing to accept
        try:
            source = query if "smsresp=" in query else body.decode("utf-8")
            report = parse_drurl(source)
        except (ValueError, UnicodeDecodeError) as exc:
            raise Rejected(400, str(exc)) from None
        if report is not None:  # None: drurl_check's probe, which only wants HTTP 200
            self.apply_reports(account, [report])
        return Answer.text("OK")

    def _smsget_dr(self, account: Account, method: str, query: str, headers: dict[str, str], body: bytes) -> Answer:
        from smsdesk.vendors.smsget import parse_delivery_callback

        self._methods(method, ("POST", "GET"))
        form = _form(query, body)
        if not form.get("content"):
            raise Rejected(400, "no content")
        try:
            reports = parse_delivery_callback(form)
        except ValueError as exc:
            raise Rejected(400, str(exc)) from None
        if not reports:
            raise Rejected(400, "no readable records")
        self.apply_reports(account, reports)
        return Answer.text("ok")

    def _smsget_reply(self, account: Account, method: str, query: str, headers: dict[str, str],
                      body: bytes) -> Answer:
        from smsdesk.vendors.smsget import parse_reply_callback, two_way_code

        self._methods(method, ("POST", "GET"))
        form = _form(query, body)
        try:
            replies = parse_reply_callback(form, two_way_code(account.settings))
        except ValueError as exc:
            raise Rejected(400, str(exc)) from None
        if not replies:
            raise Rejected(400, "no readable records")
        self.apply_replies(account, replies)
        return Answer.text("ok")

    def _sepsms_webhook(self, account: Account, method: str, query: str, headers: dict[str, str],
                        body: bytes) -> Answer:
        from smsdesk.vendors.sepsms import WebhookVerificationError, parse_webhook, verify_webhook

        self._methods(method, ("POST",))
        secret_list = (self.accounts.credentials.get(account.key, "webhook_secret") or "").split()
        try:  # the signature first: nothing of an unverified body is read
            verify_webhook(headers, body, secret_list)
        except WebhookVerificationError as exc:
            raise Rejected(401, f"{exc.reason}: {exc}") from None
        try:
            event = parse_webhook(headers, body)
        except ValueError as exc:
            raise Rejected(400, str(exc)) from None
        reports = list(event.reports)
        if event.batch_state is not None and event.batch_id:
            reports += self._sepsms_batch(account, event.batch_id, event.batch_state, event.event,
                                          str(event.data.get("status") or event.event),
                                          str(event.data.get("reason") or ""),
                                          int(event.at.timestamp()) if event.at else 0)
        if reports:
            self.apply_reports(account, reports)
        if event.message:
            self._notice(event.message)
        return Answer.json({"ok": True})

    def _sepsms_batch(self, account: Account, uuid: str, state: Any, event: str, status: str, reason: str,
                      stamp: int) -> list[StatusReport]:
        """sms.sent / sms.failed without a number concern every recipient of that send."""
        rows = self.store.query(
            "SELECT m.phone FROM messages m WHERE m.job_id IN (SELECT id FROM jobs WHERE account_id = ?)"
            " AND (m.vendor_msg_id = ? OR m.vendor_batch_id = ?)", (account.id, uuid, uuid))
        return [StatusReport(phone=r[0], state=state, vendor_status=status, vendor_msg_id=uuid,
                             error_text=reason, dedupe_key=f"sepsms:{uuid}:{r[0]}:{event}:{stamp}")
                for r in rows]

    def _tencent_dr(self, account: Account, method: str, query: str, headers: dict[str, str], body: bytes) -> Answer:
        from smsdesk.vendors.tencent import CALLBACK_ANSWER, parse_delivery_callback

        self._methods(method, ("POST",))
        try:
            reports = parse_delivery_callback(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise Rejected(400, str(exc)) from None
        if not reports:
            raise Rejected(400, "no readable reports")
        self.apply_reports(account, reports)
        return Answer.json(CALLBACK_ANSWER)

    def _tencent_reply(self, account: Account, method: str, query: str, headers: dict[str, str],
                       body: bytes) -> Answer:
        from smsdesk.vendors.tencent import CALLBACK_ANSWER, parse_reply_callback

        self._methods(method, ("POST", "GET"))  # the document says "HTTP POST/GET/JSON"
        try:
            reply = parse_reply_callback(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise Rejected(400, str(exc)) from None
        self.apply_replies(account, [reply])
        return Answer.json(CALLBACK_ANSWER)


def _form(query: str, body: bytes) -> dict[str, str]:
    values = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
    if body:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Rejected(400, "body is not UTF-8") from None
        values.update({k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()})
    return values


def safe_path(text: str) -> str:
    """A path (or request line) without its token, for logs."""
    return re.sub(r"(/cb/[^/\s?]*/)[^/\s?]+", r"\1***", text)
