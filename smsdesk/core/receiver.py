"""Serving the callback receiver over HTTP, with waitress.

:class:`~smsdesk.core.callbacks.CallbackProcessor` decides what a push means; this
module only carries requests to it and keeps the server from being held open:

* waitress reads every connection on one event loop and hands only *complete*
  requests to a small, fixed pool of threads, so a client that trickles bytes
  costs a socket, not a thread;
* every request must arrive whole within :data:`REQUEST_DEADLINE` seconds of the
  connection opening (or of the previous answer on a kept-alive one); waitress's
  own ``channel_timeout`` only measures silence, which a trickling client never
  leaves;
* when the connection limit is reached the oldest waiting connections are dropped
  instead of no longer accepting, so a flood cannot keep a vendor out;
* headers and bodies are capped (431/413) before anything is buffered past them;
* :meth:`CallbackReceiver.stop` closes everything from the event loop's own thread
  and returns within a second or two, in the app and on Ctrl+C alike.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

# waitress has no type hints; types-waitress is not used: it mistypes what this module relies on
# (active_channels, trigger, effective_host/port, listen, float timeouts), so the names are Any here.
from waitress.adjustments import Adjustments  # type: ignore[import-untyped]
from waitress.channel import HTTPChannel  # type: ignore[import-untyped]
from waitress.server import TcpWSGIServer  # type: ignore[import-untyped]

from smsdesk.core.accounts import Accounts
from smsdesk.core.callbacks import (
    MAX_BODY,
    Answer,
    CallbackProcessor,
    ChangeListener,
    Rejected,
    callback_urls,
    safe_path,
)
from smsdesk.core.settings import DEFAULT_BIND
from smsdesk.core.store import Store
from smsdesk.core.tracking import OptOutRule
from smsdesk.i18n import translate
from smsdesk.vendors import get_spec

log = logging.getLogger("smsdesk.callbacks")

REQUEST_DEADLINE = 10.0  # seconds for a whole request to arrive
THREADS = 4  # pushes are small; the store takes one at a time anyway
CONNECTION_LIMIT = 1000
BACKLOG = 1024
MAX_HEADER = 16 * 1024
STOP_WAIT = 1.5  # seconds stop() waits for a request being handled

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

_STATUS_TEXT = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
                405: "Method Not Allowed", 413: "Payload Too Large", 500: "Internal Server Error"}


class _TokenFilter(logging.Filter):
    """waitress names the request path in some log lines; the path holds the account's token."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = safe_path(record.getMessage()), ()
        return True


for _name in ("waitress", "waitress.queue"):
    logging.getLogger(_name).addFilter(_TokenFilter())


def wsgi_app(processor: CallbackProcessor, max_body: int = MAX_BODY) -> WSGIApp:
    """The receiver as a WSGI application (waitress has already read the whole, capped body)."""

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        method = str(environ.get("REQUEST_METHOD") or "GET")
        path = str(environ.get("PATH_INFO") or "/")
        query = str(environ.get("QUERY_STRING") or "")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0:
            answer = Answer.text("bad length", 400)
        elif length > max_body:  # waitress refuses these first; kept for other servers
            answer = Answer.text("too large", 413)
        else:
            body = environ["wsgi.input"].read(length) if length else b""
            answer = _answer(processor, method, path, query, _headers(environ), body)
        start_response(f"{answer.status} {_STATUS_TEXT.get(answer.status, 'Status')}", [
            ("Content-Type", answer.content_type), ("Content-Length", str(len(answer.body)))])
        return [b"" if method == "HEAD" else answer.body]

    return app


def _answer(processor: CallbackProcessor, method: str, path: str, query: str, headers: dict[str, str],
            body: bytes) -> Answer:
    try:
        return processor.handle(method, path, query, headers, body)
    except Rejected as exc:
        log.info("callback %s %s rejected (%s): %s", method, safe_path(path), exc.status, exc)
        return Answer.text(str(exc), exc.status)
    except Exception:
        log.exception("callback %s failed", safe_path(path))
        return Answer.text("error", 500)


def _headers(environ: dict[str, Any]) -> dict[str, str]:
    """Request headers under their usual names (X-Webhook-Event, Content-Type, ...)."""
    out: dict[str, str] = {}
    for key, value in environ.items():
        if key.startswith("HTTP_"):
            name = key[5:]
        elif key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            name = key
        else:
            continue
        out["-".join(part.capitalize() for part in name.split("_"))] = str(value)
    return out


class _Channel(HTTPChannel):  # type: ignore[misc]  # waitress ships no type hints: its classes are Any
    """A connection that remembers since when it has been waiting for a request."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.waiting_since = self.creation_time

    def service(self) -> None:
        super().service()
        self.waiting_since = time.time()  # a kept-alive connection gets a fresh deadline


class _Server(TcpWSGIServer):  # type: ignore[misc]  # as _Channel
    channel_class = _Channel
    request_deadline = REQUEST_DEADLINE

    def _waiting(self) -> list[_Channel]:
        return [c for c in self.active_channels.values()
                if isinstance(c, _Channel) and not c.requests and not c.will_close]

    def maintenance(self, now: float) -> None:
        super().maintenance(now)  # channel_timeout: silent connections
        cutoff = now - self.request_deadline
        for channel in self._waiting():
            if channel.waiting_since < cutoff:
                channel.will_close = True

    def readable(self) -> bool:
        # At the limit, make room by dropping the connections that have waited longest
        # (a genuine push completes in milliseconds) rather than stop accepting.
        if self.accepting and len(self._map) >= self.adj.connection_limit:
            waiting = sorted(self._waiting(), key=lambda c: c.waiting_since)
            for channel in waiting[: max(1, len(waiting) // 10)]:
                channel.will_close = True
        return bool(super().readable())


class CallbackReceiver:
    """:func:`wsgi_app` served by waitress on a background thread."""

    def __init__(self, processor: CallbackProcessor, host: str = DEFAULT_BIND, port: int = 0,
                 max_body: int = MAX_BODY, *, threads: int = THREADS, deadline: float = REQUEST_DEADLINE,
                 connection_limit: int = CONNECTION_LIMIT) -> None:
        self.processor = processor
        self.max_body = max_body
        self._map: dict[int, Any] = {}
        adj = Adjustments(
            host=host, port=int(port), threads=threads, backlog=BACKLOG, connection_limit=connection_limit,
            channel_timeout=max(1, int(deadline)), cleanup_interval=1, asyncore_loop_timeout=1,
            asyncore_use_poll=True,  # select() stops at 1024 descriptors
            max_request_header_size=MAX_HEADER, max_request_body_size=max_body,
            inbuf_overflow=max_body, ident="SMSDeskCallbacks", expose_tracebacks=False,
        )
        # waitress's TCP server with our channel; the first address when a name has several.
        try:
            self._server = _Server(wsgi_app(processor, max_body), map=self._map, _start=False, adj=adj,
                                   sockinfo=adj.listen[0])
        except BaseException:  # e.g. the port is taken: the socket and wake-up pipe exist already
            _close_all(self._map)
            raise
        self._server.request_deadline = deadline
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._server.effective_host)

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> CallbackReceiver:
        self._server.accept_connections()
        self._thread = threading.Thread(target=self._server.run, name="callbacks", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening, drop every connection and let the worker threads go (~1 s at most)."""
        server = self._server
        if self._thread is not None and self._thread.is_alive():
            # The loop's sockets belong to its thread: close them there, which empties the map and ends the loop.
            server.trigger.pull_trigger(lambda: _close_all(self._map))
            self._thread.join(STOP_WAIT)
        else:
            _close_all(self._map)
        self._thread = None
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=STOP_WAIT)

    def __enter__(self) -> CallbackReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _close_all(socket_map: dict[int, Any]) -> None:
    for dispatcher in list(socket_map.values()):
        try:
            dispatcher.close()
        except OSError:
            pass
    socket_map.clear()


def sync_push_addresses(store: Store, accounts: Accounts, public_url: str | None) -> list[str]:
    """Point accounts whose vendor takes the report address with each send at the receiver.

    The driver decides (``VendorSpec.push_address``): it changes only an empty
    address or one SMS Desk set; ``public_url=None`` takes ours away. Returns the
    names of the accounts changed.
    """
    changed: list[str] = []
    for account in accounts.all():
        push_address = get_spec(account.vendor).push_address
        if push_address is None:
            continue
        wanted = callback_urls(store, account, public_url)["dr"] if public_url else ""
        update = push_address(account.settings, wanted, f"/cb/{account.id}/")
        if update:
            accounts.update(account, settings=update)
            changed.append(account.name)
    return changed


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
        wanted = (bind or DEFAULT_BIND, int(port)) if enabled else None
        if wanted != self._config:
            if self.receiver is not None:
                self.receiver.stop()
                self.receiver = None
            # Remembered even when listening fails: a settings change retries, not every tick.
            self._config = wanted
            self.problem = ""
            if wanted is not None:
                try:
                    self.receiver = CallbackReceiver(self.processor, wanted[0], wanted[1]).start()
                except OSError as exc:
                    self.problem = translate(
                        "Callbacks", "The callback receiver could not listen on {bind} port {port} ({error}). "
                        "Another program may use that port: choose another port in Settings.",
                    ).format(bind=bind, port=port, error=exc.strerror or exc)
        url = public_url.strip().rstrip("/") if enabled and self.receiver is not None else ""
        self._sync(url)
        return self.problem

    def _sync(self, url: str) -> None:
        if url == self.public_url:
            return
        self.public_url = url
        try:
            sync_push_addresses(self.store, self.accounts, url or None)
        except Exception as exc:  # the receiver still works; reports are then polled instead
            log.warning("could not update the delivery report addresses: %s", exc)

    def stop(self) -> None:
        """Stop the receiver and take back the report addresses it handed out."""
        if self.receiver is not None:
            self.receiver.stop()
            self.receiver = None
        self._config = None
        self._sync("")
