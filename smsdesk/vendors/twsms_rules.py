"""TwSMS rules checked before anything is sent: what the document refuses, and its pricing.

Pricing: the document counts *characters* ("字", spaces, newlines and symbols included).
We read "英文" as "every character is in the GSM-7 set (basic or extension)" and "中文" as
"anything else"; both count one per code point, an extension character included.
Standard SMS: 160 / 70 characters = 1 point. Longer text is sent as long SMS automatically:
one point per 153 / 67 characters, at most 765 / 335 characters (beyond: code 00130).
Taiwan (+886) numbers pay per segment; international numbers pay 5 points per message and
cannot take long SMS (code 00120). ``long_sms=False`` mirrors the ``lmsg=N`` setting.

The document (code 00180) refuses "Emoji圖形" without naming the set, so SMS Desk
refuses every character with the Unicode Emoji property (Unicode 14 emoji-data.txt),
text-style ones too (☎ ☺ ☀ ✈ ❤ ♥ © ™), but not the ASCII digits, ``#`` and ``*``
that carry it only as keycap bases. A message with one is skipped at plan time and
named in Compose rather than sent to be refused.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from typing import Any

from smsdesk.core.segments import (
    GSM7,
    GSM_SINGLE,
    UCS2_SINGLE,
    Cost,
    CostRule,
    TextInfo,
    char_rule,
    emoji_chars,
    is_taiwan,
)
from smsdesk.i18n import translate

# Code points with Emoji=Yes above U+007F, as inclusive ranges (generated from emoji-data.txt).
EMOJI_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122),
    (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328),
    (0x23CF, 0x23CF), (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB),
    (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2604), (0x260E, 0x260E),
    (0x2611, 0x2611), (0x2614, 0x2615), (0x2618, 0x2618), (0x261D, 0x261D), (0x2620, 0x2620),
    (0x2622, 0x2623), (0x2626, 0x2626), (0x262A, 0x262A), (0x262E, 0x262F), (0x2638, 0x263A),
    (0x2640, 0x2640), (0x2642, 0x2642), (0x2648, 0x2653), (0x265F, 0x2660), (0x2663, 0x2663),
    (0x2665, 0x2666), (0x2668, 0x2668), (0x267B, 0x267B), (0x267E, 0x267F), (0x2692, 0x2697),
    (0x2699, 0x2699), (0x269B, 0x269C), (0x26A0, 0x26A1), (0x26A7, 0x26A7), (0x26AA, 0x26AB),
    (0x26B0, 0x26B1), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26C8, 0x26C8), (0x26CE, 0x26CF),
    (0x26D1, 0x26D1), (0x26D3, 0x26D4), (0x26E9, 0x26EA), (0x26F0, 0x26F5), (0x26F7, 0x26FA),
    (0x26FD, 0x26FD), (0x2702, 0x2702), (0x2705, 0x2705), (0x2708, 0x270D), (0x270F, 0x270F),
    (0x2712, 0x2712), (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721),
    (0x2728, 0x2728), (0x2733, 0x2734), (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C),
    (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2763, 0x2764), (0x2795, 0x2797),
    (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
    (0x3297, 0x3297), (0x3299, 0x3299), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F170, 0x1F171),
    (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1E6, 0x1F1FF), (0x1F201, 0x1F202),
    (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A), (0x1F250, 0x1F251), (0x1F300, 0x1F321),
    (0x1F324, 0x1F393), (0x1F396, 0x1F397), (0x1F399, 0x1F39B), (0x1F39E, 0x1F3F0), (0x1F3F3, 0x1F3F5),
    (0x1F3F7, 0x1F4FD), (0x1F4FF, 0x1F53D), (0x1F549, 0x1F54E), (0x1F550, 0x1F567), (0x1F56F, 0x1F570),
    (0x1F573, 0x1F57A), (0x1F587, 0x1F587), (0x1F58A, 0x1F58D), (0x1F590, 0x1F590), (0x1F595, 0x1F596),
    (0x1F5A4, 0x1F5A5), (0x1F5A8, 0x1F5A8), (0x1F5B1, 0x1F5B2), (0x1F5BC, 0x1F5BC), (0x1F5C2, 0x1F5C4),
    (0x1F5D1, 0x1F5D3), (0x1F5DC, 0x1F5DE), (0x1F5E1, 0x1F5E1), (0x1F5E3, 0x1F5E3), (0x1F5E8, 0x1F5E8),
    (0x1F5EF, 0x1F5EF), (0x1F5F3, 0x1F5F3), (0x1F5FA, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CB, 0x1F6D2),
    (0x1F6D5, 0x1F6D8), (0x1F6DC, 0x1F6E5), (0x1F6E9, 0x1F6E9), (0x1F6EB, 0x1F6EC), (0x1F6F0, 0x1F6F0),
    (0x1F6F3, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF), (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA8A), (0x1FA8E, 0x1FAC6), (0x1FAC8, 0x1FAC8),
    (0x1FACD, 0x1FADC), (0x1FADF, 0x1FAEA), (0x1FAEF, 0x1FAF8),)
_STARTS = [lo for lo, _hi in EMOJI_RANGES]


def has_emoji_property(ch: str) -> bool:
    cp = ord(ch)
    i = bisect_right(_STARTS, cp) - 1
    return i >= 0 and EMOJI_RANGES[i][0] <= cp <= EMOJI_RANGES[i][1]


def refused_emoji(text: str) -> list[str]:
    """The distinct emoji in ``text`` as the user sees them, in order of first appearance.

    Sequences (skin tones, ZWJ families, flags, keycaps) stay one entry; any other
    character with the Emoji property is an entry of its own.
    """
    if all(ord(ch) < 0xA9 for ch in text):
        return []
    found = {text.find(c): c for c in emoji_chars(text)}
    covered = {i + k for i, c in found.items() for k in range(len(c))}
    for i, ch in enumerate(text):
        if i not in covered and has_emoji_property(ch) and ch not in found.values():
            found[i] = ch
    return [found[i] for i in sorted(found)]


def emoji_problem(text: str) -> str:
    """Why TwSMS cannot take ``text`` because of emoji, or ""."""
    emoji = refused_emoji(text)
    if not emoji:
        return ""
    return translate(
        "TwSMS", "TwSMS does not accept emoji or picture symbols. Remove {emoji} from the message, "
        "or replace them with words.").format(emoji=" ".join(emoji))


def refuses(text: str, phone: str | None, settings: Mapping[str, Any]) -> str:
    """VendorSpec.refuses for TwSMS: the plan skips what the document refuses."""
    return emoji_problem(text)


MAX_GSM, MAX_UCS2 = 765, 335
INTERNATIONAL_POINTS = 5


def price(info: TextInfo, text: str, phone: str | None, long_sms: bool) -> Cost:
    segs, units, per = char_rule(info)
    gsm = info.encoding == GSM7
    single = GSM_SINGLE if gsm else UCS2_SINGLE

    def refuse(problem: str) -> Cost:
        return Cost(segs, 0, info.encoding, info.chars, units, per, False, problem)

    # Emoji are refused by the driver (VendorSpec.refuses), which the planner and Compose ask.
    if not is_taiwan(phone):
        if info.chars > single:
            return refuse(
                translate(
                    "Segments",
                    "TwSMS cannot send long messages to numbers outside Taiwan: at most {limit} "
                    "characters for {phone} (the message has {chars}). Shorten the message or "
                    "send to this number separately.",
                ).format(limit=single, phone=phone, chars=info.chars)
            )
        return Cost(1, INTERNATIONAL_POINTS, info.encoding, info.chars, units, single, True)
    if not long_sms and info.chars > single:
        return refuse(
            translate(
                "Segments",
                "Long messages are turned off for this TwSMS account, so a message can have at "
                "most {limit} characters (this one has {chars}). Shorten it or turn long messages on.",
            ).format(limit=single, chars=info.chars)
        )
    limit = MAX_GSM if gsm else MAX_UCS2
    if info.chars > limit:
        if gsm:
            problem = translate(
                "Segments",
                "The message is {chars} characters long; TwSMS accepts at most {limit} characters "
                "of English text. Shorten it by {over} characters.",
            )
        else:
            problem = translate(
                "Segments",
                "The message is {chars} characters long; TwSMS accepts at most {limit} characters "
                "when the text contains Chinese or other non-English characters. Shorten it by "
                "{over} characters.",
            )
        return refuse(problem.format(chars=info.chars, limit=limit, over=info.chars - limit))
    return Cost(segs, segs, info.encoding, info.chars, units, per, True)


PRICING = CostRule(price, by_country=True)


def replies_ready(settings: Mapping[str, Any]) -> bool:
    """VendorSpec.replies_ready: TwSMS replies need the two-way code (snumber)."""
    return bool(str(settings.get("snumber") or "").strip())
