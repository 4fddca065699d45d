"""The optional callback receiver: vendors push delivery reports and replies here.

One small HTTP server (run inside the app or by ``smsdesk-cli callbacks serve``).
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
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from smsdesk.core.accounts import Account, AccountError, Accounts
from smsdesk.core.store import Store
from smsdesk.core.tracking import OptOutRule, StoredReplies, apply_account_reports, store_replies
from smsdesk.i18n import translate
from smsdesk.vendors.base import Reply, StatusReport

log = logging.getLogger("smsdesk.callbacks")

MAX_BODY = 256 * 1024
READ_TIMEOUT = 10.0  # seconds a vendor may take to send its request; a stalled one is dropped

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


def sync_drurl(store: Store, accounts: Accounts, public_url: str | None) -> list[str]:
    """Point TwSMS accounts' drurl at the receiver (or take it away when it is off).

    Only an empty drurl or one SMS Desk set itself is changed; an address the user
    typed is left alone. Returns the names of the accounts changed.
    """
    changed: list[str] = []
    for account in accounts.all():
        if account.vendor != "twsms":
            continue
        current = str(account.settings.get("drurl") or "").strip()
        ours = bool(current) and f"/cb/{account.id}/" in current
        wanted = callback_urls(store, account, public_url)["dr"] if public_url else ""
        if current == wanted or (current and not ours):
            continue
        if not wanted and not ours:
            continue
        accounts.update(account, settings={"drurl": wanted})
        changed.append(account.name)
    return changed


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
        handler = getattr(self, f"_{account.vendor}_{kind}")
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


def _safe_path(text: str) -> str:
    """A path (or request line) without its token, for logs."""
    return re.sub(r"(/cb/[^/\s?]*/)[^/\s?]+", r"\1***", text)


class CallbackReceiver:
    """The HTTP face of :class:`CallbackProcessor`, on a background thread."""

    def __init__(self, processor: CallbackProcessor, host: str = "127.0.0.1", port: int = 0,
                 max_body: int = MAX_BODY) -> None:
        self.processor = processor
        self.max_body = max_body
        self._server = ThreadingHTTPServer((host, port), _Handler)
        self._server.daemon_threads = True
        self._server.receiver = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        host = self._server.server_address[0]
        return f"http://{host}:{self.port}"

    def start(self) -> CallbackReceiver:
        self._thread = threading.Thread(target=self._server.serve_forever, name="callbacks",
                                        kwargs={"poll_interval": 0.2}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> CallbackReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "SMSDeskCallbacks/1"
    timeout = READ_TIMEOUT

    def _go(self) -> None:
        receiver: CallbackReceiver = self.server.receiver  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
            self._reply(Answer.text("length required", 411))
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if length < 0:
                raise ValueError
        except ValueError:
            self.close_connection = True
            self._reply(Answer.text("bad length", 400))
            return
        if length > receiver.max_body:
            # Not read: the connection is closed after the answer.
            self.close_connection = True
            self._reply(Answer.text("too large", 413))
            return
        try:
            body = self.rfile.read(length) if length else b""
        except OSError:  # the sender stalled past the timeout or went away
            self.close_connection = True
            return
        if len(body) != length:
            self.close_connection = True
            self._reply(Answer.text("incomplete body", 400))
            return
        headers = dict(self.headers.items())
        try:
            answer = receiver.processor.handle(self.command, parts.path, parts.query, headers, body)
        except Rejected as exc:
            log.info("callback %s %s rejected (%s): %s", self.command, _safe_path(parts.path), exc.status, exc)
            answer = Answer.text(str(exc), exc.status)
        except Exception:
            log.exception("callback %s failed", _safe_path(parts.path))
            answer = Answer.text("error", 500)
        self._reply(answer)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = _go  # noqa: N815 - stdlib names

    def _reply(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.debug("callbacks: %s", _safe_path(format % args))


class CallbackService:
    """Runs (or stops) the receiver to match the settings; shared by the app and the CLI.

    Qt-free: the GUI calls :meth:`apply` when settings may have changed and turns
    ``on_change`` calls (made on the receiver's threads) into signals.
    """

    def __init__(self, store: Store, accounts: Accounts, on_change: ChangeListener | None = None,
                 rule: OptOutRule | None = None) -> None:
        self.store = store
        self.accounts = accounts
        self.processor = CallbackProcessor(store, accounts, on_change, rule)
        self.receiver: CallbackReceiver | None = None
        self._config: tuple[str, int] | None = None
        self.public_url = ""
        self.problem = ""

    @property
    def running(self) -> bool:
        return self.receiver is not None

    def apply(self, enabled: bool, bind: str, port: int, public_url: str = "",
              rule: OptOutRule | None = None) -> str:
        """Start, restart or stop; returns a problem in words ("" when all is well)."""
        if rule is not None:
            self.processor.rule = rule
        wanted = (bind, int(port)) if enabled else None
        if wanted != self._config:
            if self.receiver is not None:
                self.receiver.stop()
                self.receiver = None
            # Remembered even when listening fails: a settings change retries, not every tick.
            self._config = wanted
            self.problem = ""
            if wanted is not None:
                try:
                    self.receiver = CallbackReceiver(self.processor, bind, int(port)).start()
                except OSError as exc:
                    self.problem = translate(
                        "Callbacks", "The callback receiver could not listen on {bind} port {port} ({error}). "
                        "Another program may use that port: choose another port in Settings.",
                    ).format(bind=bind, port=port, error=exc.strerror or exc)
        url = public_url.strip().rstrip("/") if enabled and self.receiver is not None else ""
        if url != self.public_url:
            self.public_url = url
            try:
                sync_drurl(self.store, self.accounts, url or None)
            except Exception as exc:  # the receiver still works; TwSMS is then polled instead
                log.warning("could not update TwSMS drurl: %s", exc)
        return self.problem

    def stop(self) -> None:
        if self.receiver is not None:
            self.receiver.stop()
            self.receiver = None
        self._config = None
