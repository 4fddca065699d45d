"""Phone normalization: the messy forms found in real spreadsheets."""

from __future__ import annotations

import phonenumbers
import pytest

from smsdesk.core import phones
from smsdesk.core.phones import normalize, quick

MOBILE = "+886912345678"


@pytest.mark.parametrize(
    "raw",
    [
        "0912345678",
        "0912-345-678",
        "0912 345 678",
        "0912.345.678",
        "(0912)345-678",
        "０９１２－３４５－６７８",  # full-width digits and dash
        "０９１２　３４５　６７８",  # ideographic spaces
        "0912\u2013345\u2013678",  # en dashes
        "+886 912 345 678",
        "+886-912-345-678",
        "+886 0912345678",
        "+886 09-1234-5678",
        "＋８８６９１２３４５６７８",
        "886 912345678",
        "886912345678",
        "8860912345678",
        "912345678",  # leading zero lost
        "912345678.0",  # a number turned into text
        "9.12345678E8",
        "9.12345678e+08",
        912345678,
        912345678.0,
        9.12345678e8,
        886912345678,
        886912345678.0,
        " 0912345678 ",
        "'0912345678",  # Excel's text marker carried into a CSV
        '="0912345678"',  # Excel's CSV trick to keep a leading zero
        "912,345,678",  # a number cell shown with thousands separators
        "手機：0912-345-678",
        "Mobile: 0912 345 678",
    ],
)
def test_taiwan_mobile_forms(raw: object) -> None:
    result = normalize(raw)
    assert result.e164 == MOBILE, (raw, result)
    assert result.ok and result.reason == phones.OK and result.is_mobile
    assert result.extra == ()


@pytest.mark.parametrize(
    ("raw", "reason", "recognized"),
    [
        ("02-2345-6789", phones.LANDLINE, "+886223456789"),
        ("(02)23456789", phones.LANDLINE, "+886223456789"),
        ("+886-2-2345-6789", phones.LANDLINE, "+886223456789"),
        ("223456789", phones.LANDLINE, "+886223456789"),  # Taipei number without its 0
        ("07-123-4567", phones.LANDLINE, "+88671234567"),
        ("0800-123-456", phones.NO_SMS, "+886800123456"),  # toll-free
        ("0990123456", phones.NO_SMS, "+886990123456"),  # personal (forwarding) number
        ("070-1234-5678", phones.NO_SMS, "+8867012345678"),  # VoIP
    ],
)
def test_numbers_that_cannot_receive_sms(raw: str, reason: str, recognized: str) -> None:
    result = normalize(raw)
    assert result.e164 is None and not result.ok
    assert result.reason == reason
    assert result.recognized == recognized
    assert not result.is_mobile


def test_landline_reason_text_says_landline() -> None:
    assert "landline" in normalize("02-2345-6789").reason_text.lower()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", phones.EMPTY),
        ("   ", phones.EMPTY),
        (None, phones.EMPTY),
        ("abc", phones.NOT_A_NUMBER),
        ("無", phones.NOT_A_NUMBER),
        (True, phones.NOT_A_NUMBER),
        (0, phones.NOT_A_NUMBER),
        (-912345678, phones.NOT_A_NUMBER),
        (912345678.5, phones.NOT_A_NUMBER),
        (float("nan"), phones.NOT_A_NUMBER),
        (float("inf"), phones.NOT_A_NUMBER),
        ("1E999", phones.NOT_A_NUMBER),
        ("9.12346E+08", phones.TRUNCATED),  # Excel's 6-digit display: digits lost
        ("8.86912E+11", phones.TRUNCATED),
        ("0912", phones.TOO_SHORT),
        ("091234567", phones.TOO_SHORT),
        ("09123456789", phones.TOO_LONG),
        ("+88691234567", phones.TOO_SHORT),
        ("+886912345678999", phones.TOO_LONG),
        ("1234567", phones.INVALID),
    ],
)
def test_problems_have_reasons(raw: object, reason: str) -> None:
    result = normalize(raw)
    assert result.e164 is None
    assert result.reason == reason, (raw, result)
    assert result.reason_text and result.reason_text != reason  # a sentence, not the code


def test_dates_are_not_numbers() -> None:
    from datetime import date, datetime

    assert normalize(date(2024, 1, 2)).reason == phones.NOT_A_NUMBER
    assert normalize(datetime(2024, 1, 2, 3, 4)).reason == phones.NOT_A_NUMBER


@pytest.mark.parametrize(
    ("raw", "first", "extra"),
    [
        ("0912345678/0922333444", MOBILE, ("+886922333444",)),
        ("0912-345-678, 0922-333-444", MOBILE, ("+886922333444",)),
        ("0912345678；0922333444", MOBILE, ("+886922333444",)),
        ("0912345678、0922333444", MOBILE, ("+886922333444",)),
        ("0912345678\n0922333444", MOBILE, ("+886922333444",)),
        ("0912345678 或 0922333444", MOBILE, ("+886922333444",)),
        ("0912345678 0922333444", MOBILE, ("+886922333444",)),
        ("0912345678 / 0922333444 / 0933444555", MOBILE, ("+886922333444", "+886933444555")),
        # A landline first: the mobile is the usable number, the landline is reported.
        ("02-2345-6789 / 0912-345-678", MOBILE, ("+886223456789",)),
        ("0912345678 / call after 6pm", MOBILE, ("call after 6pm",)),
    ],
)
def test_several_numbers_in_one_cell(raw: str, first: str, extra: tuple[str, ...]) -> None:
    result = normalize(raw)
    assert result.e164 == first
    assert result.extra == extra


def test_cell_with_only_unusable_numbers_reports_the_first_problem() -> None:
    result = normalize("02-2345-6789 / 03-345-6789")
    assert result.e164 is None
    assert result.reason == phones.LANDLINE
    assert result.extra == ("+88633456789",)


@pytest.mark.parametrize(
    ("raw", "region", "e164", "mobile"),
    [
        ("+852 9123 4567", "TW", "+85291234567", True),
        ("85291234567", "TW", "+85291234567", True),  # + lost in a number cell
        ("0085291234567", "TW", "+85291234567", True),  # international prefix 00
        ("+44 7911 123456", "TW", "+447911123456", True),
        ("+1 650 253 0000", "TW", "+16502530000", False),  # US: fixed-line-or-mobile
        ("9123 4567", "HK", "+85291234567", True),
        ("07911 123456", "GB", "+447911123456", True),
        ("+886 912 345 678", "HK", MOBILE, True),
        ("886912345678", "US", MOBILE, True),
    ],
)
def test_international_numbers(raw: str, region: str, e164: str, mobile: bool) -> None:
    result = normalize(raw, region=region)
    assert result.e164 == e164
    assert result.is_mobile is mobile


def test_default_region_changes_meaning_of_national_numbers() -> None:
    assert normalize("0912345678", region="TW").e164 == MOBILE
    assert normalize("0912345678", region="US").e164 is None
    assert normalize("0912345678", region="US").reason == phones.INVALID
    assert quick("0912345678", region="US") is None


def test_fast_path_agrees_with_phonenumbers_for_every_mobile_prefix() -> None:
    # The fast path mirrors phonenumbers' TW mobile pattern; check every 09xx prefix.
    for prefix in range(900, 1000):
        digits = f"0{prefix}123456"
        fast = quick(digits)
        parsed = phonenumbers.parse(digits, "TW")
        is_mobile = (
            phonenumbers.is_valid_number(parsed)
            and phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE
        )
        expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) if is_mobile else None
        assert fast == expected, digits
        assert normalize(digits).e164 == expected


def test_fast_path_never_calls_phonenumbers(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("phonenumbers called on the fast path")

    monkeypatch.setattr(phones.phonenumbers, "parse", boom)
    for raw in ("0912345678", "0912-345-678", "+886 912 345 678", "886912345678", 912345678.0, 912345678):
        assert normalize(raw).e164 == MOBILE
        assert quick(raw) == MOBILE


@pytest.mark.parametrize("raw", ["0912345678/0922333444", "02-2345-6789", "abc", "９１２", "1E5", "0990123456"])
def test_quick_accepts_nothing_normalize_rejects(raw: str) -> None:
    fast = quick(raw)
    assert fast is None or fast == normalize(raw).e164


def test_describe_every_reason_is_a_sentence() -> None:
    for code in (phones.OK, phones.EMPTY, phones.NOT_A_NUMBER, phones.TRUNCATED, phones.TOO_SHORT,
                 phones.TOO_LONG, phones.INVALID, phones.NO_COUNTRY, phones.LANDLINE, phones.NO_SMS):
        text = phones.describe(code)
        assert text.endswith(".") and len(text) > 15, code


def test_reasons_go_through_the_translator() -> None:
    from smsdesk import i18n

    seen: list[tuple[str, str]] = []

    def fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        seen.append((context, text))
        return "翻譯"

    i18n.set_translator(fake)
    try:
        assert normalize("02-2345-6789").reason_text == "翻譯"
    finally:
        i18n.set_translator(None)
    assert seen and seen[0][0] == "Phones"


PERSONAL_FORMS = ("0{n}", "0{n3}-{n6}", "{n}", "+886{n}", "+886 {n3} {n6}", "886{n}")


def test_every_099x_prefix_is_answered_as_phonenumbers_does_without_calling_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    cases = []
    for prefix in range(990, 1000):
        for tail in ("000000", "123456", "999999"):
            n = f"{prefix}{tail}"
            parsed = phonenumbers.parse("0" + n, "TW")
            assert phonenumbers.is_valid_number(parsed)
            assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.PERSONAL_NUMBER
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            forms: list[object] = [f.format(n=n, n3=n[:3], n6=n[3:]) for f in PERSONAL_FORMS]
            cases += [(raw, e164) for raw in [*forms, int(n), float(n)]]
    phones._slow.cache_clear()
    calls: list[object] = []
    real_parse = phonenumbers.parse
    monkeypatch.setattr(phonenumbers, "parse", lambda *a, **k: calls.append(a) or real_parse(*a, **k))
    for raw, e164 in cases:
        result = normalize(raw)
        assert (result.e164, result.reason, result.recognized) == (None, phones.NO_SMS, e164), raw
        assert quick(raw) is None
    assert calls == []
    assert normalize("0990123456", "HK").reason != phones.OK  # another home country: phonenumbers decides
    assert calls


def test_slow_answers_are_cached_per_input(monkeypatch: pytest.MonkeyPatch) -> None:
    phones._slow.cache_clear()
    calls: list[object] = []
    real_parse = phonenumbers.parse
    monkeypatch.setattr(phonenumbers, "parse", lambda *a, **k: calls.append(a) or real_parse(*a, **k))
    first = [normalize("02-2345-6789"), normalize("+852 9123 4567")]
    again = [normalize("02-2345-6789"), normalize("+852 9123 4567")]
    assert first == again and first[0].reason == phones.LANDLINE and first[1].ok
    assert len(calls) == 2  # the repeats came from the cache
