"""The HTTP policy for every vendor, in one place.

* One ``requests.Session`` per account: keep-alive, TLS verification on,
  connect and read timeouts on every call.
* Retry only when the request surely did not reach the vendor (connection
  refused, connect timeout, TLS handshake), when the vendor asks for a resend
  (:class:`ResendRequested`), or on 429/503 honouring ``Retry-After``.
* On a *send*, a read timeout, a reset after sending, another 5xx or an
  unparsable body raise :class:`OutcomeUnknown` and are never retried.
* Secrets travel in bodies or headers, never URLs; error texts are redacted.
"""

from __future__ import annotations

import email.utils
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from smsdesk import __version__
from smsdesk.core.redact import redact, register_secret
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors.base import ErrorKind, OutcomeUnknown, VendorError

if TYPE_CHECKING:
    import requests
    from requests import exceptions as rex

# ``requests`` (70-110 ms to import) is loaded on the first real request, not at start-up.

log = logging.getLogger("smsdesk.http")
T = TypeVar("T")


class WireGate(Protocol):
    """The sender's journal, told when a send request really goes on the wire (see :func:`send_gate`)."""

    def on_wire(self) -> None:
        """The request is about to leave: mark it in flight (raise to keep it from leaving)."""

    def off_wire(self) -> None:
        """It surely did not arrive and we wait before trying again: it is queued, not in flight."""


_gate: ContextVar[WireGate | None] = ContextVar("smsdesk_wire_gate", default=None)

# (latency in seconds, HTTP status, Retry-After seconds) of each answer: see observe_answers.
AnswerObserver = Callable[[float, int, "float | None"], None]
_observer: ContextVar[AnswerObserver | None] = ContextVar("smsdesk_answer_observer", default=None)


@contextmanager
def observe_answers(observer: AnswerObserver) -> Iterator[None]:
    """While inside, every HTTP answer this thread receives is reported to ``observer``.

    The send engine's adaptive pace learns each request's latency and status this way, without
    knowing how a driver talks to its vendor (retries after a 429 included).
    """
    token = _observer.set(observer)
    try:
        yield
    finally:
        _observer.reset(token)


@contextmanager
def send_gate(gate: WireGate) -> Iterator[None]:
    """While inside, every send request of this thread passes ``gate`` before it leaves.

    So a back-off (429, 'please resend') keeps the recipient queued rather than in
    flight: a crash while waiting never turns a message that did not leave into unknown.
    """
    token = _gate.set(gate)
    try:
        yield
    finally:
        _gate.reset(token)


class ResendRequested(Exception):
    """Raised by a client when the vendor's answer says to send again (e.g. TwSMS 99998)."""

    def __init__(self, error: VendorError, retry_after: float | None = None) -> None:
        self.error = error
        self.retry_after = retry_after
        super().__init__(str(error))


class _Retry(Exception):
    def __init__(self, delay: float | None, error: VendorError) -> None:
        self.delay = delay
        self.error = error


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def _connect_failed(exc: rex.ConnectionError) -> bool:
    """True when the TCP/TLS connection was never established (request not sent)."""
    from requests import exceptions as rex

    if isinstance(exc, (rex.ConnectTimeout, rex.SSLError, rex.ProxyError)):
        return True
    reason = exc.args[0] if exc.args else None
    inner = getattr(reason, "reason", reason)
    name = type(inner).__name__
    return name in ("NewConnectionError", "NameResolutionError", "ConnectTimeoutError")


class RateLimiter:
    """A thread-safe pacer: ``rate`` requests per ``per`` seconds, banking up to ``burst``.

    Each :meth:`acquire` reserves the next free moment under the lock (a virtual
    schedule, GCRA), so callers go in the order they asked (FIFO), a token is never
    thrown away by a crowd waking at once, and an idle spell banks at most ``burst``
    tokens. In any window of ``w`` seconds at most ``burst - 1 + w * rate / per``
    requests start. Monotonic clock; both clock and sleep may be injected (tests).
    """

    def __init__(self, rate: float, per: float = 1.0, *, burst: float | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0 or per <= 0:
            raise ValueError("rate and per must be positive")
        self.rate = rate / per
        self.capacity = max(1.0, burst if burst is not None else rate / per)
        self._interval = 1.0 / self.rate
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        # The moment the bank is empty again; a request may start ``tolerance`` before it.
        self._tat = clock()  # a full bank
        self._blocked_until = float("-inf")

    @property
    def _tolerance(self) -> float:
        return (self.capacity - 1.0) * self._interval

    def block_for(self, seconds: float) -> None:
        """A vendor said 'wait' (429): nobody starts before then, and the bank is empty after."""
        with self._lock:
            until = self._clock() + max(0.0, seconds)
            self._blocked_until = max(self._blocked_until, until)
            self._tat = max(self._tat, until + self._tolerance)

    def reserve(self, n: float = 1.0) -> float:
        """Take the next ``n`` tokens; returns the monotonic moment the caller may start."""
        with self._lock:
            now = self._clock()
            start = max(now, self._tat - self._tolerance, self._blocked_until)
            if start - now < 1e-9:  # float dust in the schedule is not a reason to sleep
                start = now
            self._tat = max(self._tat, now) + n * self._interval
            return start

    def acquire(self, n: float = 1.0) -> None:
        """Wait for ``n`` tokens, in turn with the other callers."""
        while True:
            start = self.reserve(n)
            while (wait := start - self._clock()) > 0:
                self._sleep(wait)
            with self._lock:
                # A 429 that arrived while we waited: take a new place after it (rare).
                if self._blocked_until <= start or self._clock() >= self._blocked_until:
                    return


class HttpPolicy:
    def __init__(
        self,
        *,
        secrets: Iterable[str] = (),
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        max_attempts: int = 4,
        backoff: float = 0.5,
        max_wait: float = 60.0,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.secrets = [s for s in secrets if s]
        register_secret(*self.secrets)
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep
        self._session = _configured(session) if session is not None else None
        self._session_lock = threading.Lock()
        self.requests_made = 0
        self._count_lock = threading.Lock()

    @property
    def session(self) -> requests.Session:
        """Made on first use: a client that never goes online (the Sandbox) never loads requests."""
        with self._session_lock:
            if self._session is None:
                import requests.adapters

                session = requests.Session()
                # Enough pooled keep-alive connections for the engine's concurrency; with the
                # default 10, extra connections are opened and thrown away on every request.
                adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=64, max_retries=0)
                session.mount("https://", adapter)
                session.mount("http://", adapter)
                self._session = _configured(session)
            return self._session

    def close(self) -> None:
        with self._session_lock:
            if self._session is not None:
                self._session.close()

    # -- public -----------------------------------------------------------
    def request(self, method: str, url: str, *, send: bool, vendor: str = "", **kwargs: Any) -> requests.Response:
        """Perform one logical request with the retry rules above."""
        return self.call(lambda: self._once(method, url, send=send, vendor=vendor, **kwargs))

    def call(self, op: Callable[[], T]) -> T:
        """Run ``op``, retrying on :class:`ResendRequested` and safe transport failures."""
        last: VendorError | None = None
        for attempt in range(self.max_attempts):
            try:
                return op()
            except _Retry as r:
                last = r.error
                delay = r.delay
            except ResendRequested as r:
                last = r.error
                delay = r.retry_after
            if attempt + 1 >= self.max_attempts:
                break
            wait = delay if delay is not None else self.backoff * (2**attempt)
            if wait > self.max_wait:
                break
            log.info("retrying in %.2fs after: %s", wait, last)
            gate = _gate.get()
            if gate is not None:
                gate.off_wire()
            self.sleep(wait)
        assert last is not None
        raise last

    def json(self, response: requests.Response, *, send: bool, vendor: str = "") -> Any:
        """Parse a JSON body; on a send, an unreadable answer means 'unknown'."""
        try:
            return response.json()
        except (ValueError, json.JSONDecodeError):
            snippet = redact(response.text[:120], self.secrets)
            if send:
                raise OutcomeUnknown(
                    translate(
                        "Http",
                        "The vendor's answer could not be read, so it is not known whether "
                        "the message was accepted. It will not be resent automatically; "
                        "check its status before sending again.",
                    ),
                    vendor=vendor,
                    detail=f"HTTP {response.status_code}: {snippet!r}",
                ) from None
            raise VendorError(
                ErrorKind.TRANSIENT,
                translate("Http", "The vendor's answer could not be read. Try again in a few minutes."),
                vendor=vendor,
                text=f"HTTP {response.status_code}: {snippet!r}",
                http_status=response.status_code,
            ) from None

    # -- internals --------------------------------------------------------
    def _once(self, method: str, url: str, *, send: bool, vendor: str, **kwargs: Any) -> requests.Response:
        if send:
            gate = _gate.get()
            if gate is not None:
                gate.on_wire()
        from requests import exceptions as rex

        started = time.monotonic()
        with self._count_lock:
            self.requests_made += 1
        try:
            response = self.session.request(
                method, url, timeout=(self.connect_timeout, self.read_timeout), **kwargs
            )
        except rex.ConnectionError as exc:
            if _connect_failed(exc):
                source = (
                    QT_TRANSLATE_NOOP(
                        "Http",
                        "A secure (TLS) connection to the vendor could not be made. Check the "
                        "computer's date and time and any proxy or antivirus that inspects HTTPS.",
                    )
                    if isinstance(exc, rex.SSLError)
                    else QT_TRANSLATE_NOOP(
                        "Http",
                        "The vendor's server could not be reached. Check the internet "
                        "connection; nothing was sent.",
                    )
                )
                raise _Retry(None, VendorError(
                    ErrorKind.TRANSIENT, translate("Http", source), vendor=vendor,
                    text=redact(type(exc).__name__, self.secrets), sent=False, source=("Http", source, {}),
                )) from None
            if send:  # reset after the request left: it may have been accepted
                raise self._unknown(vendor, exc) from None
            raise _Retry(None, self._transient(vendor, exc)) from None
        except rex.Timeout as exc:  # read timeout
            if send:
                raise self._unknown(vendor, exc) from None
            raise self._transient(vendor, exc) from None
        except rex.RequestException as exc:
            raise self._transient(vendor, exc) from None
        log.debug("%s %s -> %s in %.0f ms", method, _strip_query(url), response.status_code,
                  (time.monotonic() - started) * 1000)
        status = response.status_code
        delay = parse_retry_after(response.headers.get("Retry-After")) if status in (429, 503) else None
        observer = _observer.get()
        if observer is not None:
            observer(time.monotonic() - started, status, delay)
        if status in (429, 503):
            kind = ErrorKind.RATE_LIMITED if status == 429 else ErrorKind.TRANSIENT
            raise _Retry(delay, VendorError(
                kind,
                translate(
                    "Http",
                    "The vendor asked us to slow down and did not accept the request. "
                    "Nothing was sent; try again in a few minutes.",
                ) if status == 429 else translate(
                    "Http",
                    "The vendor's service is temporarily unavailable and did not accept the "
                    "request. Nothing was sent; try again in a few minutes.",
                ),
                vendor=vendor, text=f"HTTP {status}", http_status=status, retry_after=delay, sent=False,
            ))
        if status >= 500:
            if send:
                raise OutcomeUnknown(
                    translate(
                        "Http",
                        "The vendor's server failed while handling the request, so it is not "
                        "known whether the message was accepted. It will not be resent "
                        "automatically; check its status before sending again.",
                    ),
                    vendor=vendor,
                    detail=f"HTTP {status}",
                )
            raise _Retry(None, VendorError(
                ErrorKind.TRANSIENT,
                translate("Http", "The vendor's server had a temporary failure. Try again in a few minutes."),
                vendor=vendor, text=f"HTTP {status}", http_status=status,
            ))
        return response

    def _unknown(self, vendor: str, exc: Exception) -> OutcomeUnknown:
        return OutcomeUnknown(
            translate(
                "Http",
                "The connection was lost after the request was sent, so it is not known "
                "whether the message was accepted. It will not be resent automatically; "
                "check its status before sending again.",
            ),
            vendor=vendor,
            detail=redact(type(exc).__name__, self.secrets),
        )

    def _transient(self, vendor: str, exc: Exception) -> VendorError:
        source = QT_TRANSLATE_NOOP("Http", "The connection to the vendor failed. Try again in a few minutes.")
        return VendorError(ErrorKind.TRANSIENT, translate("Http", source), vendor=vendor,
                           text=redact(type(exc).__name__, self.secrets), source=("Http", source, {}))


def _configured(session: requests.Session) -> requests.Session:
    session.verify = True
    session.headers["User-Agent"] = f"SMSDesk/{__version__}"
    return session


def _strip_query(url: str) -> str:
    return url.split("?", 1)[0]
