"""The cost shown before sending equals what the vendor (simulator) charges, message by message.

The simulators read the vendors' documents independently of core.segments, so
agreement over a corpus at every length boundary is a real check.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator

import pytest

from smsdesk.core import segments
from smsdesk.sim.server import Simulator
from smsdesk.vendors import get_spec
from smsdesk.vendors.base import AccountConfig, SendRequest, VendorError
from smsdesk.vendors.http import RateLimiter
from smsdesk.vendors.smsget import SmsgetClient
from smsdesk.vendors.twsms import TwsmsClient

BOUNDARIES = [1, 2, 69, 70, 71, 133, 134, 135, 159, 160, 161, 305, 306, 307, 334, 335, 336, 459, 460, 461,
              764, 765, 766]
ASCII = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,!?-:;()'\"@#%&*+=/"
GSM_EXT = "{}[]~^|€\\"
CHINESE = "您好歡迎光臨本店週末特價全館八五折會員再享好禮感謝支持台灣簡訊測試訂單已出貨請查收"
SYMBOLS = "，。！？「」、：；（）…“”‘’—★"
EMOJI = ["😀", "🎉", "👍🏻", "❤️"]
PHONES = ["+886912345678", "+886987654321", "+8613800138000", "+85261234567", "+6591234567", "+14155550123",
          "+819012345678", "+66812345678"]


def corpus(seed: int = 7, size: int = 1200) -> Iterator[tuple[str, str]]:
    rng = random.Random(seed)
    kinds = ["ascii", "ext", "chinese", "mixed", "symbols", "emoji"]
    n = 0
    while n < size:
        kind = kinds[n % len(kinds)]
        length = BOUNDARIES[(n // len(kinds)) % len(BOUNDARIES)] + rng.choice([0, 0, 0, 1, -1])
        length = max(1, length)
        if kind == "ascii":
            text = "".join(rng.choice(ASCII) for _ in range(length))
        elif kind == "ext":
            text = "".join(rng.choice(ASCII + GSM_EXT * 3) for _ in range(length))
        elif kind == "chinese":
            text = "".join(rng.choice(CHINESE) for _ in range(length))
        elif kind == "mixed":
            text = "".join(rng.choice(ASCII + CHINESE) for _ in range(length))
        elif kind == "symbols":
            text = "".join(rng.choice(ASCII + SYMBOLS) for _ in range(length))
        else:
            text = "".join(rng.choice(ASCII) for _ in range(max(0, length - 1))) + rng.choice(EMOJI)
        text = text.strip() or "x"
        phone = PHONES[0] if rng.random() < 0.6 else rng.choice(PHONES)
        yield text, phone
        n += 1


def _client(cls: type, sim: Simulator, vendor: str) -> object:
    config = AccountConfig("corpus", vendor, {"username": "corpus"}, {"password": "corpus-pass"},
                           base_url=sim.base_url(vendor))
    return cls(config)


@pytest.mark.parametrize("vendor, cls", [("twsms", TwsmsClient), ("smsget", SmsgetClient)])
def test_estimate_equals_charged_points(sim: Simulator, vendor: str, cls: type) -> None:
    sim.vendors[vendor].add_account("corpus", "corpus-pass", balance=10_000_000)
    client = _client(cls, sim, vendor)
    checked = refused_both = 0
    mismatches: list[tuple[str, str, int, float | None]] = []
    try:
        for text, phone in corpus():
            estimate = segments.cost(vendor, text, phone)
            if get_spec(vendor).refusal(text, phone, {}):  # the driver's own refusals (TwSMS emoji)
                estimate = dataclasses.replace(estimate, allowed=False)
            before = sim.vendors[vendor].get_balance("corpus")
            try:
                result = client.send(SendRequest([phone], text))  # type: ignore[attr-defined]
            except VendorError:
                charged = None
            else:
                r = result.recipients[0]
                charged = None if r.error is not None else before - sim.vendors[vendor].get_balance("corpus")
            if charged is None:
                if estimate.allowed:
                    mismatches.append((text, phone, estimate.points, None))
                else:
                    refused_both += 1
                continue
            checked += 1
            # Where the document is silent (Cost.note: SMS-Get's emoji) the estimate is the dearer
            # reading, so it may only be more than the simulator's own choice, never less.
            exact = estimate.points == charged or (estimate.note and estimate.points >= charged)
            if not estimate.allowed or not exact:
                mismatches.append((text, phone, estimate.points if estimate.allowed else -1, charged))
    finally:
        client.close()  # type: ignore[attr-defined]
    assert not mismatches, mismatches[:10]
    assert checked + refused_both >= 1000
    assert checked >= 600  # the rest are refusals (emoji on TwSMS, long text abroad) agreed by both


def test_sepsms_estimate_equals_charged_credits(sim: Simulator) -> None:
    from smsdesk.vendors.sepsms import SepSmsClient

    key = sim.vendors["sepsms"].add_account(credit=10_000_000)
    sim.vendors["sepsms"].set_send_budget(100_000)  # the per-minute limit is tested elsewhere
    config = AccountConfig("corpus", "sepsms", {"origin": "SEPSMS", "rate_per_s": 10_000},
                           {"api_key": key}, base_url=sim.base_url("sepsms"))
    client = SepSmsClient(config)
    # The client paces sends at the documented 120/minute; this test checks prices, not pacing.
    client.send_limiter = client.all_limiter = RateLimiter(100_000, 1)
    mismatches = []
    checked = 0
    try:
        for text, _phone in corpus(seed=11, size=1400):
            phone = "+66812345678"  # SepSMS reaches Thai networks only
            estimate = segments.cost("sepsms", text, phone)
            if estimate.segments > 10:  # the simulator's own cap; the document names none
                continue
            before = sim.vendors["sepsms"].credit(key)
            result = client.send(SendRequest([phone], text))
            charged = before - sim.vendors["sepsms"].credit(key)
            checked += 1
            if result.recipients[0].error is not None or estimate.points != charged:
                mismatches.append((text, estimate.points, charged))
    finally:
        client.close()
    assert not mismatches, mismatches[:10]
    assert checked >= 1000
