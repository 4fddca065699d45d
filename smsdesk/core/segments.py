"""Message length, encoding, segment and cost rules (no Qt).

Two encodings exist on the air: GSM-7 (GSM 03.38 basic set plus the extension
table, whose characters take an escape septet, so 2 septets each) and UCS-2 (any
other character forces the whole message into it).

Cost rules: ``gsm``, the network's own rule (GSM-7 160 septets, 153 per part when
concatenated, an escape pair never split; UCS-2 70 UTF-16 code units, 67 per part, a
surrogate pair never split, so an emoji counts 2; one point per segment), and each
vendor's own, declared by its driver as ``VendorSpec.pricing`` (a :class:`CostRule`)
and named by ``VendorSpec.cost_rule``. :func:`char_rule` is the character count the
TwSMS and SMS-Get documents use.

``chars`` is always the user-visible count in code points; ``units`` is what the
rule measures segments in (characters for the character rule, septets or UTF-16 code
units for gsm).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from smsdesk.i18n import translate

GSM7 = "GSM-7"
UCS2 = "UCS-2"

# GSM 03.38 default alphabet (0x1B, the escape, is not a character of its own).
GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: each costs the escape septet plus its own.
GSM_EXTENSION = "\f^{}\\[~]|€"

_BASIC = frozenset(GSM_BASIC)
_EXT = frozenset(GSM_EXTENSION)
_GSM = _BASIC | _EXT
_EXT_RE = re.compile("[" + re.escape(GSM_EXTENSION) + "]")

GSM_SINGLE, GSM_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67

GSM_RULE_NAME = "gsm"


def is_gsm_char(ch: str) -> bool:
    return ch in _GSM


@dataclass(frozen=True)
class TextInfo:
    chars: int  # code points, what a person counts
    encoding: str  # GSM7 or UCS2
    septets: int | None  # GSM-7 length (extension chars count 2); None when UCS-2
    utf16_units: int  # UCS-2 length (astral characters such as emoji count 2)
    extension_chars: int  # characters taken from the GSM extension table
    # (position, character) for every character that forces UCS-2; positions are
    # Python string indices (code points; see utf16_index for Qt cursors).
    ucs2_chars: tuple[tuple[int, str], ...] = ()

    @property
    def units(self) -> int:
        return self.septets if self.septets is not None else self.utf16_units

    @property
    def culprits(self) -> dict[str, list[int]]:
        """Each character that forces UCS-2, with all its positions, in order of appearance."""
        found: dict[str, list[int]] = {}
        for pos, ch in self.ucs2_chars:
            found.setdefault(ch, []).append(pos)
        return found


def _measure(text: str) -> tuple[str, int, int, int]:
    """(encoding, septets or 0, UTF-16 units, extension chars), at C speed for bulk estimates."""
    utf16 = len(text.encode("utf-16-le")) // 2
    ext = len(_EXT_RE.findall(text))
    if _GSM.issuperset(text):
        return GSM7, len(text) + ext, utf16, ext
    return UCS2, 0, utf16, ext


def analyze(text: str) -> TextInfo:
    encoding, septets, utf16, ext = _measure(text)
    if encoding == GSM7:
        return TextInfo(len(text), GSM7, septets, utf16, ext)
    culprits = tuple((i, ch) for i, ch in enumerate(text) if ch not in _GSM)
    return TextInfo(len(text), UCS2, None, utf16, ext, culprits)


def utf16_index(text: str, index: int) -> int:
    """Convert a code-point index into a UTF-16 index (Qt text cursor positions)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


# -- fixes for characters that force UCS-2 ------------------------------------------

_REPLACEMENTS: dict[str, str] = {
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "‹": "'", "›": "'", "´": "'", "`": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "「": '"', "」": '"', "『": '"', "』": '"',
    "【": "[", "】": "]", "〔": "(", "〕": ")",
    "，": ",", "、": ",", "。": ".", "．": ".", "：": ":", "；": ";", "！": "!", "？": "?",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹣": "-",
    "…": "...", "￥": "¥", "￡": "£", "\t": " ",
    "\u00a0": " ", "\u3000": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
    "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
    "\u205f": " ",
    # Invisible characters that only switch the encoding.
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
}


def gsm_replacement(ch: str) -> str | None:
    """An obvious GSM-7 stand-in for ``ch``, or None when there is none."""
    if ch in _GSM:
        return ch
    rep = _REPLACEMENTS.get(ch)
    if rep is not None:
        return rep
    cp = ord(ch)
    if 0xFF01 <= cp <= 0xFF5E:  # full-width ASCII: ０-９, Ａ-Ｚ, （）...
        half = chr(cp - 0xFEE0)
        return half if half in _GSM else _REPLACEMENTS.get(half)
    # Latin letters with accents the GSM set lacks: á -> a, ç -> c.
    decomposed = unicodedata.normalize("NFD", ch)
    if (
        len(decomposed) > 1
        and decomposed[0].isascii()
        and decomposed[0].isalpha()
        and all(unicodedata.combining(c) for c in decomposed[1:])
    ):
        return decomposed[0]
    return None


@dataclass(frozen=True)
class Fix:
    char: str
    replacement: str
    positions: tuple[int, ...]  # code-point indices of every occurrence


def ucs2_fixes(text: str) -> list[Fix]:
    """Replacements that would turn the text into GSM-7.

    Offered only when every character forcing UCS-2 has a replacement: a Chinese
    message is UCS-2 whatever we do, so then nothing is offered.
    """
    info = analyze(text)
    if info.encoding == GSM7:
        return []
    fixes: list[Fix] = []
    for ch, positions in info.culprits.items():
        rep = gsm_replacement(ch)
        if rep is None:
            return []
        fixes.append(Fix(ch, rep, tuple(positions)))
    return fixes


def apply_fixes(text: str, fixes: Iterable[Fix]) -> str:
    """Replace every occurrence of each fix's character (the user may pick a subset)."""
    table = {ord(f.char): f.replacement for f in fixes}
    return text.translate(table) if table else text


# -- emoji ---------------------------------------------------------------------------

# BMP characters whose default presentation is emoji (Unicode Emoji_Presentation=Yes).
# Text-style symbols such as ★ ☆ ♥ ✓ © ™ are not emoji unless followed by U+FE0F.
_BMP_EMOJI_RANGES = (
    (0x231A, 0x231B), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3), (0x25FD, 0x25FE),
    (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
    (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4),
    (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD),
    (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E),
    (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
)
_VS16 = "\ufe0f"
_ZWJ = "\u200d"
_KEYCAP = "\u20e3"
# Any character that can start or mark an emoji; lets emoji-free text skip the scan.
_EMOJI_HINT = re.compile(
    "[\U0001F000-\U0001FAFF\ufe0f\u20e3"
    + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _BMP_EMOJI_RANGES)
    + "]"
)


def _is_emoji_base(ch: str) -> bool:
    cp = ord(ch)
    if 0x1F000 <= cp <= 0x1FAFF:  # pictographs, emoticons, transport, flags...
        return True
    return any(lo <= cp <= hi for lo, hi in _BMP_EMOJI_RANGES)


def _is_emoji_tail(ch: str) -> bool:
    cp = ord(ch)
    return ch in (_VS16, _KEYCAP) or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F


def _joins(ch: str) -> bool:
    """Whether a ZWJ before ``ch`` continues an emoji (👩‍❤️‍👨, 🏃‍♀️), not ordinary text."""
    cp = ord(ch)
    return cp >= 0x1F000 or 0x2000 <= cp < 0x2E80


def emoji_chars(text: str) -> list[str]:
    """The distinct emoji in ``text``, in order, each as the user sees it.

    A sequence (skin tone, ZWJ family, flag, keycap, a symbol + U+FE0F) is one
    entry. TwSMS refuses any message containing one (code 00180).
    """
    if not _EMOJI_HINT.search(text):
        return []
    found: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        is_keycap = ch in "#*0123456789" and (
            nxt == _KEYCAP or (nxt == _VS16 and text[i + 2 : i + 3] == _KEYCAP)
        )
        styled = nxt == _VS16 and not ch.isspace() and not ch.isalnum()  # ❤️ ☎️ ©️
        if not (_is_emoji_base(ch) or styled or is_keycap):
            i += 1
            continue
        j = i + 1
        if 0x1F1E6 <= ord(ch) <= 0x1F1FF and j < n and 0x1F1E6 <= ord(text[j]) <= 0x1F1FF:
            j += 1  # a flag is a pair of regional indicators
        while j < n:
            if _is_emoji_tail(text[j]):
                j += 1
            elif text[j] == _ZWJ and j + 1 < n and _joins(text[j + 1]):
                j += 2
            else:
                break
        cluster = text[i:j]
        if cluster not in found:
            found.append(cluster)
        i = j
    return found


# -- segments and cost ---------------------------------------------------------------


@dataclass(frozen=True)
class Cost:
    segments: int
    points: int  # 0 when not allowed
    encoding: str
    chars: int
    units: int  # what this rule counts: characters, septets or UTF-16 units
    per_segment: int  # capacity of one segment of this message (160/70 single, 153/67 long)
    allowed: bool
    problem: str = ""  # translated, says what to do; empty when allowed
    # Translated: why this is an estimate where the vendor's document is silent (the rule then
    # takes the more expensive reading); shown by Compose's counter and the confirmation.
    note: str = ""


def _packed_segments(weights: Iterable[int], single: int, part: int, total: int) -> int:
    """Segments when a multi-unit character never straddles two parts."""
    if total == 0:
        return 0
    if total <= single:
        return 1
    segments, used = 1, 0
    for w in weights:
        if used + w > part:
            segments += 1
            used = 0
        used += w
    return segments


def gsm_rule(info: TextInfo, text: str) -> tuple[int, int, int]:
    """(segments, units, per_segment) on the air."""
    if info.encoding == GSM7:
        units = info.units
        if info.extension_chars == 0:
            segs = 0 if units == 0 else (1 if units <= GSM_SINGLE else math.ceil(units / GSM_PART))
        else:
            segs = _packed_segments((2 if ch in _EXT else 1 for ch in text), GSM_SINGLE, GSM_PART, units)
        return segs, units, GSM_SINGLE if segs <= 1 else GSM_PART
    units = info.utf16_units
    if units == info.chars:
        segs = 1 if units <= UCS2_SINGLE else math.ceil(units / UCS2_PART)
    else:
        segs = _packed_segments((2 if ord(ch) > 0xFFFF else 1 for ch in text), UCS2_SINGLE, UCS2_PART, units)
    return segs, units, UCS2_SINGLE if segs <= 1 else UCS2_PART


def char_rule(info: TextInfo) -> tuple[int, int, int]:
    """(segments, units, per_segment) counting characters, as TwSMS and SMS-Get do."""
    single, part = (GSM_SINGLE, GSM_PART) if info.encoding == GSM7 else (UCS2_SINGLE, UCS2_PART)
    n = info.chars
    if n == 0:
        return 0, 0, single
    if n <= single:
        return 1, n, single
    return math.ceil(n / part), n, part


def is_taiwan(phone: str | None) -> bool:
    return not phone or phone.startswith("+886")


def empty_cost(info: TextInfo) -> Cost:
    return Cost(
        0, 0, info.encoding, 0, 0, GSM_SINGLE, False,
        translate("Segments", "The message is empty. Write the text before sending."),
    )


@dataclass(frozen=True)
class CostRule:
    """A vendor's pricing, declared by its driver (``VendorSpec.pricing``)."""

    # price(info, text, phone_e164, long_sms) -> Cost of one recipient's non-empty message;
    # phone None means a Taiwan number.
    price: Callable[[TextInfo, str, str | None, bool], Cost]
    # The price depends on the number's country (a Taiwan number's price is the one the
    # composer's counter shows per recipient); otherwise the number never changes it.
    by_country: bool = False


def _gsm_cost(info: TextInfo, text: str, phone: str | None, long_sms: bool) -> Cost:
    segs, units, per = gsm_rule(info, text)
    return Cost(segs, segs, info.encoding, info.chars, units, per, True)


GSM = CostRule(_gsm_cost)


@cache
def rule_for(rule: str) -> CostRule:
    """The pricing named ``rule``: ``gsm``, or the vendor id whose driver declares one."""
    if rule == GSM_RULE_NAME:
        return GSM
    from smsdesk.vendors import get_spec

    try:
        spec = get_spec(rule)
    except KeyError:
        raise ValueError(f"unknown cost rule {rule!r}") from None
    return spec.pricing or GSM


def cost(rule: str, text: str, phone_e164: str | None = None, *, long_sms: bool = True) -> Cost:
    """Segments and points one recipient costs under ``rule``.

    ``phone_e164`` None means "a Taiwan number" (the composer's counter before a
    recipient is known). ``long_sms`` is the account's long-message setting, for rules
    that read it.
    """
    pricing = rule_for(rule)
    encoding, septets, utf16, ext = _measure(text)
    # Culprit positions are not needed to price a message.
    info = TextInfo(len(text), encoding, septets if encoding == GSM7 else None, utf16, ext)
    if info.chars == 0:
        return empty_cost(info)
    return pricing.price(info, text, phone_e164, long_sms)


def price_key(rule: str, phone: str | None) -> str | None:
    """What of ``phone`` the price under ``rule`` depends on (a cache key): None when nothing."""
    if not rule_for(rule).by_country or is_taiwan(phone):
        return None
    return phone


@dataclass
class JobEstimate:
    messages: int = 0
    allowed: int = 0
    segments: int = 0  # over allowed messages
    points: int = 0  # over allowed messages
    max_segments: int = 0
    ucs2_messages: int = 0
    # (index in the input, translated problem) for every message that cannot be sent.
    blocked: list[tuple[int, str]] = field(default_factory=list)


def estimate_job(
    rule: str, rendered_texts_with_phones: Iterable[tuple[str, str | None]], *, long_sms: bool = True
) -> JobEstimate:
    """Totals over (rendered text, E.164 phone) pairs; refused messages cost nothing."""
    est = JobEstimate()
    # Only the country matters to every rule, so a text without placeholders is priced
    # once per country; bounded so 100,000 distinct texts don't pile up.
    cache: dict[tuple[str, str | None], Cost] = {}
    for index, (text, phone) in enumerate(rendered_texts_with_phones):
        key = (text, price_key(rule, phone))
        c = cache.get(key)
        if c is None:
            if len(cache) >= 256:
                cache.clear()
            c = cache[key] = cost(rule, text, phone, long_sms=long_sms)
        est.messages += 1
        if c.encoding == UCS2:
            est.ucs2_messages += 1
        if c.allowed:
            est.allowed += 1
            est.segments += c.segments
            est.points += c.points
            est.max_segments = max(est.max_segments, c.segments)
        else:
            est.blocked.append((index, c.problem))
    return est
