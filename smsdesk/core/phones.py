"""Phone number normalization for numbers typed into messy spreadsheets.

``normalize(raw)`` turns one cell (text, int or float) into an E.164 number that
can receive SMS, or says why it can't. The common Taiwan mobile forms
(0912-345-678, 912345678, +886 912 345 678, 886912345678, numbers stored as
numbers) take a fast path that never calls ``phonenumbers`` (~25 µs per call);
everything else, including other countries, goes through ``phonenumbers``.
"""

from __future__ import annotations

import functools
import importlib
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

from smsdesk.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import phonenumbers
else:
    class _Lazy:
        """A module imported on its first attribute use: the fast path never pays its ~30-50 ms.
        A plain import under the hood, so threads racing to it are safe."""

        def __init__(self, name: str) -> None:
            self._name = name

        def __getattr__(self, attr: str) -> object:
            module = importlib.import_module(self._name)
            globals()[self._name] = module  # from now on the module itself, not this proxy
            return getattr(module, attr)

    phonenumbers = _Lazy("phonenumbers")

DEFAULT_REGION = "TW"

# Reason codes (stable, machine readable; tests and reports use them).
OK = "ok"
EMPTY = "empty"
NOT_A_NUMBER = "not_a_number"
TRUNCATED = "truncated"
TOO_SHORT = "too_short"
TOO_LONG = "too_long"
INVALID = "invalid"
NO_COUNTRY = "no_country"
LANDLINE = "landline"
NO_SMS = "no_sms"

_REASONS: dict[str, str] = {
    OK: QT_TRANSLATE_NOOP("Phones", "Valid mobile number."),
    EMPTY: QT_TRANSLATE_NOOP("Phones", "The phone number is missing. Fill it in or remove the row."),
    NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "Phones", "This is not a phone number (no digits found). Check that the right column is used."
    ),
    TRUNCATED: QT_TRANSLATE_NOOP(
        "Phones",
        "The spreadsheet shortened this number to scientific notation (such as 9.12E+08), so digits "
        "are lost. Format the column as Text, retype the number, and import again.",
    ),
    TOO_SHORT: QT_TRANSLATE_NOOP(
        "Phones", "The number has too few digits. Check for a missing digit."
    ),
    TOO_LONG: QT_TRANSLATE_NOOP(
        "Phones",
        "The number has too many digits. Check for extra digits or two numbers typed together.",
    ),
    INVALID: QT_TRANSLATE_NOOP(
        "Phones",
        "This is not a valid phone number. Check the digits; for a number from another country "
        "add its country code (for example +852 for Hong Kong).",
    ),
    NO_COUNTRY: QT_TRANSLATE_NOOP(
        "Phones",
        "The country of this number is unknown. Add the country code, for example +886 for Taiwan.",
    ),
    LANDLINE: QT_TRANSLATE_NOOP(
        "Phones",
        "This is a landline number; landlines cannot receive SMS. Use the customer's mobile number.",
    ),
    NO_SMS: QT_TRANSLATE_NOOP(
        "Phones",
        "This number cannot receive SMS (toll-free, premium-rate, VoIP, pager or call-forwarding "
        "number). Use the customer's mobile number.",
    ),
}


def describe(reason: str) -> str:
    """The translated, user-facing sentence for a reason code."""
    text = _REASONS.get(reason)
    return translate("Phones", text) if text is not None else reason


@dataclass(frozen=True, slots=True)
class PhoneResult:
    """What one cell's number turned out to be.

    ``e164`` is set only when the number can receive SMS. ``recognized`` keeps the
    E.164 form of a real but unusable number (a landline) for display. ``extra``
    holds the other numbers found in the same cell (E.164 where they parse, else
    the text as written); only the first usable one is ``e164``.
    """

    e164: str | None
    reason: str
    extra: tuple[str, ...] = ()
    is_mobile: bool = False
    recognized: str | None = None

    @property
    def ok(self) -> bool:
        return self.e164 is not None

    @property
    def reason_text(self) -> str:
        return describe(self.reason)


_EMPTY = PhoneResult(None, EMPTY)
_NOT_A_NUMBER = PhoneResult(None, NOT_A_NUMBER)
_TRUNCATED = PhoneResult(None, TRUNCATED)

# Dash look-alikes NFKC leaves alone, plus the CJK enumeration comma (a list separator).
_UNIFY = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u30fc": "-", "\uff70": "-", "\u301c": "-", "\u3001": ",", "\ufe50": ",",
})
# Characters that only decorate a number: separators, Excel's text markers (' and ="…").
_DECOR = str.maketrans("", "", " -.()[]'\"=\u00a0\u200b\u200e\u200f\ufeff")
# Between two numbers in one cell.
_SPLIT = re.compile(r"[/,;|\n\r\t]+|\s(?:or|and)\s|或|及", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # 912,345,678: a number cell shown with separators
_SCI = re.compile(r"\s*\+?(\d+)(?:\.(\d*))?[eE]\+?(\d+)\s*")
_WHOLE_FLOAT = re.compile(r"\s*(\d+)\.0+\s*")
_HAS_DIGIT = re.compile(r"\d")

@cache
def _no_sms_types() -> frozenset[int]:
    t = phonenumbers.PhoneNumberType
    return frozenset({
        t.TOLL_FREE, t.PREMIUM_RATE, t.SHARED_COST, t.VOIP, t.PAGER, t.UAN, t.VOICEMAIL,
        # Forwarding numbers (TW 099…, UK 070…): the carrier rarely delivers SMS to them.
        t.PERSONAL_NUMBER,
    })


def _tw_mobile(s: str, region: str) -> str | None:
    """E.164 for the usual Taiwan mobile spellings of ``s`` (digits, maybe a leading +).

    Mirrors phonenumbers' TW mobile pattern 9[0-8]\\d{7}; anything else (099…,
    landlines, odd lengths) returns None and takes the slow path.
    """
    nat = _tw_national(s, region)
    if nat is None or nat[1] == "9":
        return None
    return "+886" + nat


def _tw_national(s: str, region: str) -> str | None:
    """The 9-digit national number of a Taiwan 09… spelling of ``s``, else None."""
    n = len(s)
    if n == 10:
        if s[0] != "0" or s[1] != "9" or region != "TW":
            return None
        nat = s[1:]
    elif n == 9:
        if s[0] != "9" or region != "TW":
            return None
        nat = s
    elif n == 13:
        if not s.startswith(("+8869", "88609")):
            return None
        nat = s[4:]
    elif n == 12:
        if not s.startswith("8869"):
            return None
        nat = s[3:]
    elif n == 14:
        if not s.startswith("+88609"):
            return None
        nat = s[5:]
    else:
        return None
    if not nat.isdigit() or not nat.isascii():
        return None
    return nat


def quick(raw: object, region: str = DEFAULT_REGION) -> str | None:
    """E.164 for the common Taiwan mobile forms, else None (then call :func:`normalize`).

    Never calls phonenumbers and never builds a result object: the import loop
    runs this once per row. It accepts nothing that :func:`normalize` would reject.
    """
    # Exact type checks: bool is an int and must not pass for a number.
    if type(raw) is str:
        if raw.isdigit():
            return _tw_mobile(raw, region)
        if len(raw) > 24:
            return None
        # Dashes and spaces are by far the usual separators; str.replace beats translate.
        s = raw.replace("-", "").replace(" ", "")
        if not s[1:].isdigit():
            s = s.translate(_DECOR)
        return _tw_mobile(s, region)
    if type(raw) is float:
        if raw.is_integer() and 0 < raw < 1e16:
            return _tw_mobile(str(int(raw)), region)
        return None
    if type(raw) is int and raw > 0:
        return _tw_mobile(str(raw), region)
    return None


def normalize(raw: object, region: str = DEFAULT_REGION) -> PhoneResult:
    """Normalize one spreadsheet cell to an SMS-capable E.164 number.

    ``region`` is the country assumed for numbers written without a country code.
    """
    e164 = quick(raw, region)
    if e164 is not None:
        return PhoneResult(e164, OK, (), True)
    if raw is None:
        return _EMPTY
    if isinstance(raw, str):
        return _normalize_text(raw, region)
    if isinstance(raw, bool):
        return _NOT_A_NUMBER
    if isinstance(raw, int):
        return _slow(str(raw), region) if raw > 0 else _NOT_A_NUMBER
    if isinstance(raw, float):
        if not math.isfinite(raw) or raw <= 0 or not raw.is_integer() or raw >= 1e16:
            return _NOT_A_NUMBER
        return _slow(str(int(raw)), region)
    # dates, times and other typed cells are never phone numbers
    return _NOT_A_NUMBER


def _normalize_digits(digits: str, region: str) -> PhoneResult:
    """A number stored as a number: its leading 0 or + is gone."""
    e164 = _tw_mobile(digits, region)
    if e164 is not None:
        return PhoneResult(e164, OK, (), True)
    return _slow(digits, region)


def _normalize_text(s: str, region: str) -> PhoneResult:
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s).translate(_UNIFY)
    s = s.strip()
    if not s:
        return _EMPTY
    if _SPLIT.search(s):
        if _THOUSANDS.fullmatch(s):
            return _normalize_digits(s.replace(",", ""), region)
        return _several(s, region)
    return _one(s, region)


def _one(s: str, region: str) -> PhoneResult:
    """One number written as text."""
    if "e" in s or "E" in s:
        sci = _SCI.fullmatch(s)
        if sci is not None:
            return _scientific(s, sci, region)
    elif "." in s:
        whole = _WHOLE_FLOAT.fullmatch(s)  # "912345678.0": a number turned into text
        if whole is not None:
            return _normalize_digits(whole.group(1), region)
    compact = s.translate(_DECOR)
    if compact.isdigit() or (compact[:1] == "+" and compact[1:].isdigit()):
        e164 = _tw_mobile(compact, region)
        if e164 is not None:
            return PhoneResult(e164, OK, (), True)
        hint = _tw_length_hint(compact, region)
        if hint is not None:
            return PhoneResult(None, hint)
        if compact[0] != "+" and len(compact) > 15:
            # Digits run together with only spaces between them: two numbers?
            parts = s.split()
            if len(parts) > 1 and all(len(p.translate(_DECOR)) >= 8 for p in parts):
                return _several("\n".join(parts), region)
        return _slow(compact, region)
    if not _HAS_DIGIT.search(s):
        return _NOT_A_NUMBER
    # Labels or extensions around the number ("手機: 0912…", "ext. 12"): phonenumbers copes.
    return _slow(s, region)


def _tw_length_hint(compact: str, region: str) -> str | None:
    """A Taiwan mobile with a digit missing or added says so, not just "invalid"."""
    if compact.startswith("+8869"):
        length = len(compact) - 4
    elif compact.startswith("09") and region == "TW":
        length = len(compact) - 1
    else:
        return None
    if length < 9:
        return TOO_SHORT
    if 9 < length <= 12:  # longer runs may be two numbers typed together
        return TOO_LONG
    return None


def _scientific(s: str, m: re.Match[str], region: str) -> PhoneResult:
    """9.12345678E+08 is a number; 9.12346E+08 lost digits and must not be guessed."""
    try:
        value = Decimal(s.strip().lstrip("+"))
    except InvalidOperation:
        return _NOT_A_NUMBER
    if int(m.group(3)) > 20 or value != value.to_integral_value():
        return _NOT_A_NUMBER
    digits = str(int(value))
    written = (m.group(1) + (m.group(2) or "")).lstrip("0")
    if len(written) < len(digits):  # the exponent padded zeros that were never typed
        return _TRUNCATED
    return _normalize_digits(digits, region)


def _several(s: str, region: str) -> PhoneResult:
    """A cell with more than one number: keep the first usable one, report the rest."""
    pieces = [p.strip() for p in _SPLIT.split(s)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return _EMPTY
    results = [_one(p, region) for p in pieces]
    if len(results) == 1:
        return results[0]
    chosen = next((i for i, r in enumerate(results) if r.ok), 0)
    extra = tuple(r.e164 or r.recognized or p for i, (r, p) in enumerate(zip(results, pieces, strict=True))
                  if i != chosen)
    first = results[chosen]
    return PhoneResult(first.e164, first.reason, extra, first.is_mobile, first.recognized)


@functools.lru_cache(maxsize=16384)
def _slow(text: str, region: str) -> PhoneResult:
    """phonenumbers for everything the fast path doesn't know; cached per input (a list repeats
    its landlines and odd spellings, and a result is immutable)."""
    nat = _tw_national(text, region)
    if nat is not None and nat[1] == "9" and (region == "TW" or text[0] == "+"):
        # 099…: phonenumbers' TW personal-number pattern 99\\d{7} (forwarding, see _no_sms_types),
        # answered without its ~50 µs parse; tests compare the two for every 099x prefix.
        return PhoneResult(None, NO_SMS, recognized="+886" + nat)
    parsed = _parse(text, region)
    if isinstance(parsed, str):
        return PhoneResult(None, parsed)
    if not phonenumbers.is_valid_number(parsed):
        alt = _retry_international(text, region)
        if alt is not None:
            parsed = alt
        else:
            return PhoneResult(None, _invalid_reason(parsed))
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    kind = phonenumbers.number_type(parsed)
    types = phonenumbers.PhoneNumberType
    if kind in (types.MOBILE, types.FIXED_LINE_OR_MOBILE):
        return PhoneResult(e164, OK, (), kind == types.MOBILE)
    if kind == types.FIXED_LINE:
        return PhoneResult(None, LANDLINE, recognized=e164)
    if kind in _no_sms_types():
        return PhoneResult(None, NO_SMS, recognized=e164)
    return PhoneResult(None, INVALID, recognized=e164)


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | str:
    error = phonenumbers.NumberParseException
    try:
        return phonenumbers.parse(text, region)
    except error as exc:
        if exc.error_type == error.INVALID_COUNTRY_CODE:
            alt = _retry_international(text, region)
            return alt if alt is not None else NO_COUNTRY
        if exc.error_type == error.NOT_A_NUMBER:
            return NOT_A_NUMBER
        if exc.error_type == error.TOO_LONG:
            return TOO_LONG
        return TOO_SHORT


def _retry_international(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    """A number whose + was lost (852…, 00852…): accept it when it is valid that way."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.lstrip().startswith("+") or len(digits) < 8:
        return None
    candidates = [digits[2:]] if digits.startswith("00") else []
    candidates.append(digits)
    for candidate in candidates:
        try:
            alt = phonenumbers.parse("+" + candidate, None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(alt):
            return alt
    return None


def _invalid_reason(parsed: phonenumbers.PhoneNumber) -> str:
    possible = phonenumbers.is_possible_number_with_reason(parsed)
    reasons = phonenumbers.ValidationResult
    if possible == reasons.TOO_SHORT:
        return TOO_SHORT
    if possible == reasons.TOO_LONG:
        return TOO_LONG
    if possible == reasons.INVALID_COUNTRY_CODE:
        return NO_COUNTRY
    return INVALID


# How a country's people separate the groups of a national number (phonenumbers uses spaces).
_NATIONAL_SEPARATOR = {"TW": "-"}


@functools.lru_cache(maxsize=65536)
def display(number: str, home: str = DEFAULT_REGION) -> str:
    """``number`` (E.164, as stored) the way people of ``home`` write it.

    A number of the home country in its national form (0912-345-678 and 02-2345-6789 for
    Taiwan); any other country's in international form (+852 9123 4567), so it is never
    mistaken for a local one. Text that is not a number is returned as it is. Cached: the
    tables call this for every painted cell.
    """
    if home == "TW" and len(number) == 13 and number.startswith("+8869") and number[1:].isdigit():
        n = number[4:]
        return f"0{n[:3]}-{n[3:6]}-{n[6:]}"
    if not number.startswith("+"):
        return number
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    if phonenumbers.region_code_for_number(parsed) == home:
        text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        separator = _NATIONAL_SEPARATOR.get(home)
        return text.replace(" ", separator) if separator else text
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def is_valid_region(region: str) -> bool:
    return region == "TW" or region in phonenumbers.SUPPORTED_REGIONS  # TW: no import at start-up
