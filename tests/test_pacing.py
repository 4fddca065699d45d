"""The send pace: the limiter's token bank, its order and its ceiling; the drivers' declarations;
the adaptive window. Time is a fake clock passed in, never a sleep."""

from __future__ import annotations

import itertools
import threading

import pytest

from smsdesk.vendors import all_specs, get_spec
from smsdesk.vendors.base import Capabilities, ErrorKind, VendorError
from smsdesk.vendors.http import RateLimiter
from smsdesk.vendors.pacing import AdaptivePace, Pace, pace_for


class FakeTime:
    """A clock that moves only when someone sleeps on it."""

    def __init__(self) -> None:
        self.t = 500.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.t += seconds


def starts(limiter: RateLimiter, clock: FakeTime, n: int) -> list[float]:
    out = []
    for _ in range(n):
        limiter.acquire()
        out.append(clock())
    return out


def busiest(times: list[float], window: float) -> int:
    """The most starts inside any half-open window [t, t + window) (a microsecond of float slack)."""
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - window + 1e-6:
            j += 1
        best = max(best, i - j + 1)
    return best


def test_an_idle_spell_banks_at_most_the_burst() -> None:
    clock = FakeTime()
    limiter = RateLimiter(10, burst=4, clock=clock, sleep=clock.sleep)
    at = starts(limiter, clock, 6)
    assert at[:4] == [500.0] * 4  # the bank: four at once
    assert at[4:] == pytest.approx([500.1, 500.2])  # then one per 1/rate
    clock.t += 60  # a long pause banks four again, not 600
    at = starts(limiter, clock, 6)
    assert at[:4] == [at[0]] * 4 and at[4] - at[0] == pytest.approx(0.1)


def test_unused_tokens_are_not_thrown_away() -> None:
    clock = FakeTime()
    limiter = RateLimiter(10, burst=3, clock=clock, sleep=clock.sleep)
    starts(limiter, clock, 3)  # bank empty
    clock.t += 0.25  # 2.5 tokens earned while nobody asked
    at = starts(limiter, clock, 3)
    # Two go at once on what was earned; the half token counts towards the third.
    assert at[0] == at[1] == 500.25 and at[2] == pytest.approx(500.3)


def test_never_above_the_rate_over_any_window() -> None:
    clock = FakeTime()
    limiter = RateLimiter(180, burst=9, clock=clock, sleep=clock.sleep)
    at: list[float] = []
    for round_ in range(40):  # bursts, pauses and steady traffic mixed
        at += starts(limiter, clock, 50 + round_ * 7 % 90)
        clock.t += (round_ % 5) * 0.13
    assert len(at) > 2000
    assert busiest(at, 1.0) <= 180 + 9 - 1  # rate x window + the bank, as documented
    assert busiest(at, 10.0) <= 1800 + 9 - 1


def test_waiting_callers_are_served_first_come_first_served() -> None:
    clock = FakeTime()
    limiter = RateLimiter(5, burst=1, clock=clock, sleep=clock.sleep)
    order = [limiter.reserve() for _ in range(5)]  # five callers arriving in this order
    assert order == sorted(order) and len(set(order)) == 5
    assert [b - a for a, b in itertools.pairwise(order)] == pytest.approx([0.2] * 4)


def test_threads_each_get_their_own_token() -> None:
    """Sixteen threads reserving at one instant: no two share a slot and none is skipped."""
    clock = FakeTime()
    limiter = RateLimiter(100, burst=1, clock=clock, sleep=clock.sleep)
    got: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(16)

    def worker() -> None:
        barrier.wait()
        mine = [limiter.reserve() for _ in range(50)]
        with lock:
            got.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    got.sort()
    assert len(got) == 800
    assert got == pytest.approx([500.0 + i * 0.01 for i in range(800)])


def test_a_vendor_wait_stops_everyone_and_empties_the_bank() -> None:
    clock = FakeTime()
    limiter = RateLimiter(10, burst=5, clock=clock, sleep=clock.sleep)
    limiter.block_for(2.0)
    at = starts(limiter, clock, 3)
    assert at[0] == pytest.approx(502.0)
    assert at[1] - at[0] == pytest.approx(0.1)  # paced again at once, no banked burst


def test_a_wait_that_arrives_while_a_caller_sleeps_moves_it_after() -> None:
    clock = FakeTime()
    limiter = RateLimiter(1, burst=1, clock=clock, sleep=clock.sleep)
    limiter.acquire()

    def sleep(seconds: float) -> None:  # the vendor's 429 lands during this caller's wait
        clock.sleep(seconds)
        if clock() < 503:
            limiter.block_for(5)

    limiter._sleep = sleep
    limiter.acquire()
    assert clock() >= 501 + 5


def test_each_driver_declares_its_documented_pace() -> None:
    tw = get_spec("twsms").capabilities
    assert tw.throughput_per_s == 200  # "Operator 可處理 150~200 requests/sec"
    assert tw.default_rate_per_s + tw.burst - 1 <= tw.throughput_per_s
    sep = get_spec("sepsms").capabilities
    assert sep.throughput_per_s == pytest.approx(120 / 60)  # "發送 SMS 120 次 / 分鐘"
    for spec in all_specs():
        caps = spec.capabilities
        assert 0 < caps.default_rate_per_s <= caps.throughput_per_s, spec.id
        assert caps.default_rate_per_s + caps.burst - 1 <= caps.throughput_per_s + 1e-9, spec.id
        assert 1 <= caps.default_concurrency <= 64 and caps.burst >= 1, spec.id


def test_defaults_follow_the_throughput_when_a_driver_names_only_that() -> None:
    fast = Capabilities(throughput_per_s=400)
    assert fast.default_rate_per_s == pytest.approx(391)  # room for the 10-token bank
    assert fast.default_concurrency == 64  # 391/s at 150 ms: as many as allowed
    slow = Capabilities(throughput_per_s=4)
    assert (slow.default_rate_per_s, slow.burst, slow.default_concurrency) == (4, 1, 4)


def test_advanced_settings_are_a_ceiling_below_the_documented_rate() -> None:
    caps = get_spec("twsms").capabilities
    assert pace_for(caps, {}) == Pace(180, caps.default_concurrency, caps.burst)
    slower = pace_for(caps, {"rate_per_s": 20, "concurrency": "3"})
    assert (slower.rate_per_s, slower.concurrency) == (20, 3) and slower.burst == 1
    capped = pace_for(caps, {"rate_per_s": 1000, "concurrency": 500})
    # Below the document by the default's room for a bank, paced evenly: the room is for requests
    # the network bunches together (the vendor counts arrivals; tests/test_adaptive_send.py).
    assert capped.rate_per_s == 191 and capped.concurrency == 64 and capped.burst == 1
    assert pace_for(caps, {"rate_per_s": 185}) == Pace(185, caps.default_concurrency, 1)
    assert pace_for(caps, {"rate_per_s": "", "concurrency": None}).rate_per_s == 180


def test_adaptive_window_grows_while_latency_is_flat_and_never_past_the_ceiling() -> None:
    clock = FakeTime()
    pace = AdaptivePace(Pace(180, 36, 9), start=4, clock=clock, sleep=clock.sleep)
    assert pace.slots() == 4
    for _ in range(200):
        pace.on_result(0.10, 200)
        clock.t += 0.01
    # 180/s x 0.1 s x 1.5 + 1 = 28 slots keep the rate busy; more would only queue.
    assert pace.slots() == 28
    wide = AdaptivePace(Pace(180, 12, 9), clock=clock)
    for _ in range(200):
        wide.on_result(0.10, 200)
    assert wide.slots() == 12  # the account's setting is the ceiling
    assert pace.limiter.rate == 180  # the documented rate still paces every request


def test_adaptive_window_gives_way_on_429_and_rising_latency() -> None:
    clock = FakeTime()
    pace = AdaptivePace(Pace(180, 36, 9), start=20, clock=clock, sleep=clock.sleep)
    for _ in range(20):
        pace.on_result(0.1, 200)
    before = pace.slots()
    pace.on_result(0.1, 429, retry_after=2)
    assert pace.slots() == before // 2
    assert pace.limiter.reserve() >= clock() + 2  # the vendor's wait holds everyone
    pace.on_result(0.1, 503)  # within the same round trip: not halved twice
    assert pace.slots() == before // 2
    clock.t += 1
    n = pace.slots()
    for _ in range(5):
        pace.on_result(0.5, 200)  # queueing at the vendor: latency x5
    assert pace.slots() < n
    for _ in range(20):
        clock.t += 1
        pace.on_result(0.6, 200)
    assert pace.slots() >= 1


def test_a_driver_without_http_is_measured_as_one_answer_per_send() -> None:
    clock = FakeTime()
    pace = AdaptivePace(Pace(180, 36, 9), start=4, clock=clock, sleep=clock.sleep)

    def answer() -> str:
        clock.t += 0.1  # the Sandbox's own round trip
        return "ok"

    for _ in range(10):
        assert pace.measure(answer) == "ok"
    assert pace.slots() == 14  # slow start: one more per answer as quick as the first
    wide = pace.slots()

    def refused() -> str:
        raise VendorError(ErrorKind.RATE_LIMITED, "slow down", retry_after=3.0, sent=False)

    with pytest.raises(VendorError):
        pace.measure(refused)
    assert pace.slots() == wide // 2
    assert pace.limiter.reserve() >= clock() + 3.0  # its Retry-After holds every sender
