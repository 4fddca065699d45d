"""How fast one account sends: the driver's documented pace, the user's ceiling, and adaptation.

:func:`pace_for` turns a driver's :class:`~smsdesk.vendors.base.Capabilities` and the
account's Advanced settings into a :class:`Pace`; the settings only ever lower it, and
nothing exceeds the documented throughput. :class:`AdaptivePace` sits on top for the
send engine: it starts with a few requests in flight, adds more while the vendor's
answers come back as fast as before, and gives way on 429/503 or rising latency.
Qt-free and vendor-neutral: no vendor id is named here.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from smsdesk.vendors.base import MAX_CONCURRENCY, Capabilities, ErrorKind, VendorError, burst_for
from smsdesk.vendors.http import RateLimiter, observe_answers

T = TypeVar("T")


@dataclass(frozen=True)
class Pace:
    rate_per_s: float  # requests started per second, at most
    concurrency: int  # requests in flight, at most
    burst: float  # tokens an idle spell may bank (see RateLimiter)

    def limiter(self, *, clock: Callable[[], float] = time.monotonic,
                sleep: Callable[[float], None] = time.sleep) -> RateLimiter:
        return RateLimiter(self.rate_per_s, burst=self.burst, clock=clock, sleep=sleep)


def _positive(value: Any) -> float | None:
    try:
        number = float(str(value).strip()) if value is not None and str(value).strip() else None
    except ValueError:
        return None
    return number if number is not None and number > 0 and math.isfinite(number) else None


def pace_for(caps: Capabilities, settings: Mapping[str, Any]) -> Pace:
    """The account's pace: the driver's defaults; ``rate_per_s``/``concurrency`` settings as ceilings.

    A rate set above the driver's default is held below the documented throughput by the room
    the default leaves for a bank of tokens, and then paced evenly (no bank): that room absorbs
    requests the network bunches together, so the vendor never counts more than documented.
    """
    documented = caps.throughput_per_s
    ceiling = max(min(caps.default_rate_per_s, documented), documented - (burst_for(documented) - 1.0))
    rate = min(_positive(settings.get("rate_per_s")) or caps.default_rate_per_s, ceiling)
    concurrency = int(_positive(settings.get("concurrency")) or caps.default_concurrency)
    if rate > caps.default_rate_per_s:
        burst = 1.0
    else:
        burst = min(caps.burst, burst_for(rate), max(1.0, documented - rate + 1.0))
    return Pace(rate, max(1, min(concurrency, MAX_CONCURRENCY)), burst)


# Latency more than this times the quiet baseline means requests are queueing at the vendor.
RISING = 1.8
DECREASE = 0.75  # multiplicative back-off on a rising latency
BACKOFF_STATUSES = frozenset({429, 503})


class AdaptivePace:
    """Requests in flight that follow the vendor, never above the account's ceiling or rate.

    The engine calls :meth:`slots` to know how many requests may be in flight now, takes
    a token from :attr:`limiter` before each request, and reports every answer with
    :meth:`on_result` (its latency and HTTP status, or ``None`` without an answer).

    * Slow start: +1 slot per answer as fast as the quiet baseline (doubling each round
      trip) until the first sign of congestion, then +1 per round trip.
    * 429/503 halve the slots (and ``retry_after`` stops the limiter for that long);
      a latency above ``RISING`` x the baseline takes a quarter off, at most once per
      round trip so one slow round does not collapse the window.
    * More slots than the rate can use (rate x latency, plus a margin) are never opened.

    Thread-safe; the clock is injectable for tests.
    """

    def __init__(self, pace: Pace, *, start: int = 4, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.pace = pace
        self.limiter = pace.limiter(clock=clock, sleep=sleep)
        self._clock = clock
        self._lock = threading.Lock()
        self._window = float(max(1, min(start, pace.concurrency)))
        self._slow_start = True
        self._baseline: float | None = None  # the quietest recent latency
        self._smoothed: float | None = None
        self._last_decrease = float("-inf")

    def slots(self) -> int:
        with self._lock:
            return int(self._window)

    def _useful(self) -> float:
        """Slots beyond what the rate can keep busy only wait on the limiter."""
        if self._smoothed is None:
            return float(self.pace.concurrency)
        return max(2.0, math.ceil(self.pace.rate_per_s * self._smoothed * 1.5 - 1e-9) + 1.0)

    def on_result(self, latency_s: float | None, status: int | None = 200, *,
                  retry_after: float | None = None) -> None:
        """One request's answer: ``latency_s`` from sending to the answer, ``status`` its HTTP code."""
        now = self._clock()
        with self._lock:
            if status in BACKOFF_STATUSES:
                self._slow_start = False
                if now - self._last_decrease >= (self._baseline or 0.0):
                    self._window = max(1.0, self._window / 2)
                    self._last_decrease = now
                if retry_after:
                    self.limiter.block_for(retry_after)
                return
            if latency_s is None or latency_s < 0:
                return
            self._smoothed = latency_s if self._smoothed is None else 0.8 * self._smoothed + 0.2 * latency_s
            # The baseline follows the lows at once and drifts up slowly (a vendor that got slower).
            base = latency_s if self._baseline is None else min(latency_s, self._baseline * 1.002)
            self._baseline = base
            if latency_s > RISING * base and self._smoothed > RISING * base:
                self._slow_start = False
                if now - self._last_decrease >= self._smoothed:
                    self._window = max(1.0, self._window * DECREASE)
                    self._last_decrease = now
                return
            step = 1.0 if self._slow_start else 1.0 / max(1.0, self._window)
            ceiling = min(float(self.pace.concurrency), self._useful())
            self._window = min(ceiling, self._window + step) if self._window < ceiling else max(
                1.0, min(self._window, ceiling))

    def measure(self, request: Callable[[], T]) -> T:
        """Run one send ``request``, reporting each HTTP answer it gets to :meth:`on_result`.

        A driver without HTTP (the Sandbox) reports nothing itself: then the whole call is one
        answer, and a rate-limit error it raises counts as a 429.
        """
        answers = 0

        def answered(latency_s: float, status: int, retry_after: float | None) -> None:
            nonlocal answers
            answers += 1
            self.on_result(latency_s, status, retry_after=retry_after)

        started = self._clock()
        try:
            with observe_answers(answered):
                result = request()
        except VendorError as exc:
            if not answers:
                status = exc.http_status or (429 if exc.kind is ErrorKind.RATE_LIMITED else None)
                if status in BACKOFF_STATUSES:
                    self.on_result(None, status, retry_after=exc.retry_after)
            raise
        if not answers:
            self.on_result(self._clock() - started, 200)
        return result
