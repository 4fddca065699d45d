"""SMS-Get numbers the plan skips (the document's 16 countries, two-way to Taiwan only), and pricing.

Pricing reads characters as TwSMS does ("純英文" = GSM-7 set): 160 or 70 characters make one
message, longer text 153 / 67 per message. Points per message: Taiwan 1, mainland China
(+86) 4, everywhere else 2. The document gives no maximum.

The document is silent on emoji (and other characters beyond the basic plane): one character
each, or two as UTF-16 counts them? The estimate takes the more expensive reading, two, and
says it is an estimate (``Cost.note``); SMS-Get's answer names what it charged.

The send would refuse them anyway (``smsget.format_phone``); asked at plan time they
are skipped with the reason instead of being priced and then failing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from smsdesk.core.segments import Cost, CostRule, TextInfo, char_rule, is_taiwan
from smsdesk.i18n import translate
from smsdesk.vendors.base import VendorError


def two_way(settings: Mapping[str, Any]) -> bool:
    value = settings.get("two_way")
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "on")
    return bool(value)


def refuses(text: str, phone: str | None, settings: Mapping[str, Any]) -> str:
    """VendorSpec.refuses for SMS-Get: why ``phone`` cannot get a message, or ""."""
    if phone is None:
        return ""
    from smsdesk.vendors.smsget import format_phone  # smsget imports this module for its SPEC

    try:
        format_phone(phone, two_way=two_way(settings))
    except VendorError as err:
        return err.message
    return ""


def price(info: TextInfo, text: str, phone: str | None, long_sms: bool) -> Cost:
    rate = 1 if is_taiwan(phone) else 4 if phone and phone.startswith("+86") else 2
    if info.utf16_units > info.chars:  # emoji: the document does not say how they count
        segs, units, per = char_rule(dataclasses.replace(info, chars=info.utf16_units))
        return Cost(segs, segs * rate, info.encoding, info.chars, units, per, True, note=emoji_note())
    segs, units, per = char_rule(info)
    return Cost(segs, segs * rate, info.encoding, info.chars, units, per, True)


def emoji_note() -> str:
    return translate(
        "SmsGet", "This is an estimate: SMS-Get's document does not say how emoji are counted, so each one "
        "is counted as two characters, the more expensive reading. The cost may turn out lower.")


PRICING = CostRule(price, by_country=True)
