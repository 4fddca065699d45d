"""One loopback HTTP server that hosts every vendor simulator.

Each vendor lives under its own prefix (``/twsms``, ``/smsget``, ``/sepsms``,
``/engagelab``, ``/tencent``, and a plugin's from the ``smsdesk.simulators`` entry points);
an account's base URL of
``http://127.0.0.1:PORT/<vendor>`` replaces the vendor's documented
scheme+host(+prefix) and keeps the documented paths.

Tests drive it in-process (:class:`Simulator` methods); demos and other
processes use the JSON control endpoints under ``/_sim/``.
"""

from __future__ import annotations

import abc
import json
import logging
import socket
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger("smsdesk.sim")

MAX_BODY = 8 * 1024 * 1024


class Fault(StrEnum):
    HTTP_500 = "500"  # answer 500 without processing
    TIMEOUT = "timeout"  # process, then hold the answer past the client's read timeout
    GARBAGE = "garbage"  # process, then answer 200 with unparsable bytes
    HTML = "html"  # a proxy's HTML error page; not processed
    RATE_LIMIT = "429"  # 429 with Retry-After; not processed
    DROP_AFTER_ACCEPT = "drop"  # process, then close the connection without answering


# Faults whose request was processed (the vendor accepted it) before the failure.
PROCESSED_FAULTS = frozenset({Fault.TIMEOUT, Fault.GARBAGE, Fault.DROP_AFTER_ACCEPT})


@dataclass
class SimRequest:
    method: str
    path: str  # below the vendor prefix, e.g. /json/sms_send.php
    raw_query: str
    headers: dict[str, str]
    body: bytes
    client: str = ""

    @property
    def query(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.raw_query, keep_blank_values=True).items()}

    def form(self) -> dict[str, str]:
        """Query string and urlencoded body merged (body wins), as PHP's $_REQUEST."""
        values = dict(self.query)
        ctype = self.headers.get("content-type", "")
        if self.body and "json" not in ctype:
            parsed = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
            values.update({k: v[0] for k, v in parsed.items()})
        return values

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)


@dataclass
class SimResponse:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_json(cls, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> SimResponse:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return cls(status, body, {"Content-Type": "application/json; charset=utf-8", **(headers or {})})

    @classmethod
    def of_text(cls, text: str, status: int = 200) -> SimResponse:
        return cls(status, text.encode("utf-8"), {"Content-Type": "text/plain; charset=utf-8"})


@dataclass(frozen=True)
class LoggedRequest:
    vendor: str
    method: str
    path: str
    raw_query: str
    headers: dict[str, str]
    body: bytes
    at: float
    status: int | None
    fault: str | None

    @property
    def url(self) -> str:
        return f"/{self.vendor}{self.path}" + (f"?{self.raw_query}" if self.raw_query else "")


@dataclass
class _Forced:
    answer: Any
    path: str | None
    remaining: int
    skip: int


class ForcedAnswers:
    """Test hook shared by the vendor simulators: canned answers for the next matching requests.

    ``answer`` is whatever the simulator needs (a JSON body, an error code, a record);
    ``path`` limits it to requests whose path contains it (or equals it, with ``exact``);
    ``after`` lets that many matching requests through first.
    """

    def __init__(self, *, exact: bool = False) -> None:
        self._rules: list[_Forced] = []
        self._exact = exact
        self._lock = threading.Lock()

    def add(self, answer: Any, *, path: str | None = None, times: int = 1, after: int = 0) -> None:
        with self._lock:
            self._rules.append(_Forced(answer, path, times, after))

    def take(self, path: str = "") -> Any | None:
        with self._lock:
            for rule in list(self._rules):
                if rule.path is not None and not (rule.path == path if self._exact else rule.path in path):
                    continue
                if rule.skip > 0:
                    rule.skip -= 1
                    continue
                rule.remaining -= 1
                if rule.remaining <= 0:
                    self._rules.remove(rule)
                return rule.answer
        return None

    def __bool__(self) -> bool:
        with self._lock:
            return bool(self._rules)


class VendorSim(abc.ABC):
    """Base for one vendor's server side. Subclasses set ``prefix`` and ``handle``."""

    prefix = ""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.simulator: Simulator | None = None

    @abc.abstractmethod
    def handle(self, request: SimRequest) -> SimResponse | None:
        """Answer a request (None: unknown path, 404)."""

    def control(self, action: str, payload: dict[str, Any]) -> Any:
        """Demo/test control over HTTP (/_sim/<prefix>/<action>)."""
        raise KeyError(action)

    def seed_demo(self) -> dict[str, Any]:
        """Create the demo account used by ``smsdesk-cli simulate``; return its credentials."""
        return {}


@dataclass
class _FaultRule:
    fault: Fault
    path: str | None
    remaining: int


class Simulator:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, hold_seconds: float = 3.0,
                 retry_after: float = 1.0) -> None:
        self.host = host
        self.requested_port = port
        self.hold_seconds = hold_seconds  # how long a TIMEOUT fault holds the answer
        self.retry_after = retry_after
        self.vendors: dict[str, VendorSim] = {}
        self.log: list[LoggedRequest] = []
        self._faults: dict[str, deque[_FaultRule]] = defaultdict(deque)
        self.latency: dict[str, float] = defaultdict(float)
        # Requests being answered now, per vendor, and (vendor, monotonic time, in flight then)
        # at each arrival: what a sender's concurrency looks like from the vendor's side.
        self.in_flight: dict[str, int] = defaultdict(int)
        self.arrivals: list[tuple[str, float, int]] = []
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        for sim in _default_vendor_sims():
            self.add_vendor(sim)

    # -- lifecycle --------------------------------------------------------
    def add_vendor(self, sim: VendorSim) -> None:
        sim.simulator = self
        self.vendors[sim.prefix] = sim

    def start(self) -> Simulator:
        server = _Server((self.host, self.requested_port), _Handler)
        server.simulator = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="vendor-sim",
                                        kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "simulator not started"
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def base_url(self, vendor: str) -> str:
        return f"{self.url}/{vendor}"

    # -- faults and latency ----------------------------------------------
    def inject(self, vendor: str, fault: Fault | str, *, path: str | None = None, times: int = 1) -> None:
        with self._lock:
            self._faults[vendor].append(_FaultRule(Fault(fault), path, times))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def set_latency(self, vendor: str, seconds: float) -> None:
        self.latency[vendor] = seconds

    def _take_fault(self, vendor: str, path: str) -> Fault | None:
        with self._lock:
            rules = self._faults.get(vendor)
            if not rules:
                return None
            for rule in list(rules):
                if rule.path is None or rule.path in path:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        rules.remove(rule)
                    return rule.fault
        return None

    def requests_to(self, vendor: str, path: str | None = None) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.log if r.vendor == vendor and (path is None or path in r.path)]

    def _record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.log.append(entry)

    # -- dispatch ---------------------------------------------------------
    def dispatch(self, handler: _Handler, method: str) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            handler.reply(SimResponse.of_text("too large", 413))
            return
        body = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        segments = parts.path.split("/", 2)
        prefix = segments[1] if len(segments) > 1 else ""
        rest = "/" + (segments[2] if len(segments) > 2 else "")
        if prefix == "_sim":
            handler.reply(self._control(method, rest, body))
            return
        sim = self.vendors.get(prefix)
        if sim is None:
            handler.reply(SimResponse.of_text("not found", 404))
            return
        with self._lock:
            self.in_flight[prefix] += 1
            self.arrivals.append((prefix, time.monotonic(), self.in_flight[prefix]))
        try:
            self._answer(handler, sim, SimRequest(method, rest, parts.query, headers, body,
                                                  handler.client_address[0]), prefix, rest)
        finally:
            with self._lock:
                self.in_flight[prefix] -= 1

    def _answer(self, handler: _Handler, sim: VendorSim, request: SimRequest, prefix: str, rest: str) -> None:
        method, parts_query = request.method, request.raw_query
        fault = self._take_fault(prefix, rest)
        delay = self.latency.get(prefix, 0.0)
        if delay:
            time.sleep(delay)
        response: SimResponse | None = None
        if fault is None or fault in PROCESSED_FAULTS:
            try:
                with sim.lock:
                    response = sim.handle(request)
            except Exception:  # a simulator bug must show up as a 500, not a hang
                log.exception("simulator %s failed on %s", prefix, rest)
                response = SimResponse.of_text("simulator error", 500)
            if response is None:
                response = SimResponse.of_text("not found", 404)
        self._record(LoggedRequest(prefix, method, rest, parts_query, request.headers, request.body, time.time(),
                                   response.status if response and fault is None else None,
                                   str(fault) if fault else None))
        if fault is None:
            assert response is not None
            handler.reply(response)
        elif fault is Fault.HTTP_500:
            handler.reply(SimResponse.of_text("Internal Server Error", 500))
        elif fault is Fault.HTML:
            handler.reply(SimResponse(502, b"<html><head><title>502 Bad Gateway</title></head>"
                                           b"<body><h1>Bad Gateway</h1></body></html>",
                                      {"Content-Type": "text/html"}))
        elif fault is Fault.RATE_LIMIT:
            handler.reply(SimResponse.of_json({"error": "rate limited"}, 429,
                                              {"Retry-After": f"{self.retry_after:g}",
                                               "RateLimit-Remaining": "0"}))
        elif fault is Fault.GARBAGE:
            handler.reply(SimResponse(200, b"\x00\xffnot-json{{", {"Content-Type": "application/json"}))
        elif fault is Fault.TIMEOUT:
            self._stopping.wait(self.hold_seconds)
            handler.close_connection = True
            handler.abort()
        elif fault is Fault.DROP_AFTER_ACCEPT:
            handler.close_connection = True
            handler.abort()

    def _control(self, method: str, rest: str, body: bytes) -> SimResponse:
        try:
            payload = json.loads(body.decode("utf-8")) if body else {}
            action = rest.strip("/")
            if action == "log":
                return SimResponse.of_json([
                    {"vendor": r.vendor, "method": r.method, "url": r.url, "status": r.status,
                     "fault": r.fault, "at": r.at} for r in self.log
                ])
            if action == "fault":
                self.inject(payload["vendor"], payload["fault"], path=payload.get("path"),
                            times=int(payload.get("times", 1)))
                return SimResponse.of_json({"ok": True})
            if action == "latency":
                self.set_latency(payload["vendor"], float(payload["seconds"]))
                return SimResponse.of_json({"ok": True})
            vendor, _, sub = action.partition("/")
            sim = self.vendors[vendor]
            with sim.lock:
                return SimResponse.of_json({"ok": True, "result": sim.control(sub, payload)})
        except (KeyError, ValueError, TypeError) as exc:
            return SimResponse.of_json({"ok": False, "error": repr(exc)}, 400)

    def seed_demo(self) -> dict[str, dict[str, Any]]:
        return {name: sim.seed_demo() for name, sim in self.vendors.items()}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # a real vendor's listen backlog is not 5
    simulator: Simulator  # set by Simulator.start, read by every request

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up (a killed sender, a timeout) is part of what we simulate.
        log.debug("simulator connection from %s ended abruptly", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Without this, loopback requests stall ~40 ms each (Nagle + delayed ACK).
    disable_nagle_algorithm = True
    server_version = "SMSDeskSim/1"

    def _go(self) -> None:
        server = self.server
        assert isinstance(server, _Server)  # the only server these handlers are made for
        server.simulator.dispatch(self, self.command)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _go  # noqa: N815 - stdlib names

    def reply(self, response: SimResponse) -> None:
        self.send_response(response.status)
        for key, value in response.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    def abort(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.debug("sim: " + format, *args)


# Shipped simulators, also declared in pyproject.toml's smsdesk.simulators entry points.
BUILTIN_SIMULATORS: dict[str, str] = {
    name: f"smsdesk.sim.{name}:Sim" for name in ("twsms", "smsget", "sepsms", "engagelab", "tencent")
}


def _default_vendor_sims() -> list[VendorSim]:
    """Every simulator that loads: the built-ins (a bundle may leave theirs out), then plugins'."""
    from smsdesk import plugins

    sims: list[VendorSim] = []
    for prefix, target in plugins.discover(plugins.SIMULATOR_GROUP, BUILTIN_SIMULATORS).items():
        module_name = target.partition(":")[0]
        try:
            sim_class = plugins.load(target, "Sim")
        except ModuleNotFoundError as exc:
            if prefix in BUILTIN_SIMULATORS and exc.name == module_name:
                continue  # not shipped in this build
            if prefix in BUILTIN_SIMULATORS:
                raise
            log.warning("Simulator plugin %r (%s) could not be loaded and is skipped", prefix, target,
                        exc_info=True)
            continue
        except Exception:
            if prefix in BUILTIN_SIMULATORS:
                raise
            log.warning("Simulator plugin %r (%s) could not be loaded and is skipped", prefix, target,
                        exc_info=True)
            continue
        sim = sim_class()
        if not isinstance(sim, VendorSim) or sim.prefix != prefix:
            log.warning("Simulator plugin %r (%s) is not a VendorSim with that prefix and is skipped",
                        prefix, target)
            continue
        sims.append(sim)
    return sims


def serve_forever(host: str, port: int) -> None:  # pragma: no cover - interactive
    sim = Simulator(host, port).start()
    try:
        while True:
            time.sleep(3600)
    finally:
        sim.stop()
