"""Tencent Cloud SMS pricing: the network's segments, at most 450 characters (signature included)."""

from __future__ import annotations

from smsdesk.core.segments import Cost, CostRule, TextInfo, gsm_rule
from smsdesk.i18n import translate

MAX_CHARS = 450  # code points


def price(info: TextInfo, text: str, phone: str | None, long_sms: bool) -> Cost:
    segs, units, per = gsm_rule(info, text)
    if info.chars > MAX_CHARS:
        problem = translate(
            "Segments",
            "The message is {chars} characters long; Tencent Cloud SMS accepts at most "
            "{limit} characters (signature included). Shorten it by {over} characters.",
        ).format(chars=info.chars, limit=MAX_CHARS, over=info.chars - MAX_CHARS)
        return Cost(segs, 0, info.encoding, info.chars, units, per, False, problem)
    return Cost(segs, segs, info.encoding, info.chars, units, per, True)


PRICING = CostRule(price)
