"""Encoding, segment and cost rules, checked against hand-computed figures from the documents."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from smsdesk import i18n
from smsdesk.core.segments import (
    GSM7,
    GSM_BASIC,
    GSM_EXTENSION,
    UCS2,
    Fix,
    analyze,
    apply_fixes,
    cost,
    emoji_chars,
    estimate_job,
    gsm_replacement,
    ucs2_fixes,
    utf16_index,
)

TW = "+886912345678"
JP = "+819012345678"
CN = "+8613812345678"
HK = "+85251234567"

NOT_ALLOWED = None  # marker in the tables below
Maker = Callable[[int], str]
Table = dict[int, int | None]

# (length, expected segments) per text kind; NOT_ALLOWED where the vendor refuses.
BOUNDARIES = (69, 70, 71, 159, 160, 161, 334, 335, 336, 764, 765, 766)

# TwSMS, Taiwan number: 160/153 English, 70/67 Chinese, long SMS up to 765/335 characters.
TWSMS_GSM = dict(zip(BOUNDARIES, (1, 1, 1, 1, 1, 2, 3, 3, 3, 5, 5, NOT_ALLOWED), strict=True))
TWSMS_UCS2 = dict(zip(BOUNDARIES, (1, 1, 2, 3, 3, 3, 5, 5, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED,
                                   NOT_ALLOWED), strict=True))
# SMS-Get: same parts, no maximum.
SMSGET_GSM = dict(zip(BOUNDARIES, (1, 1, 1, 1, 1, 2, 3, 3, 3, 5, 5, 6), strict=True))
SMSGET_UCS2 = dict(zip(BOUNDARIES, (1, 1, 2, 3, 3, 3, 5, 5, 6, 12, 12, 12), strict=True))
# GSM network rule: extension characters are 2 septets, so "{" * n is 2n septets, 76 per part.
GSM_EXT = dict(zip(BOUNDARIES, (1, 1, 1, 3, 3, 3, 5, 5, 5, 11, 11, 11), strict=True))


def ascii_text(n: int) -> str:
    return ("Hello world 0123456789 " * 40)[:n]


def chinese_text(n: int) -> str:
    return ("親愛的會員您好本週末全館八折歡迎光臨" * 50)[:n]


def mixed_text(n: int) -> str:
    return "門" + ascii_text(n - 1)  # one Chinese character makes the whole text UCS-2


def ext_text(n: int) -> str:
    return "{" * n


@pytest.fixture
def marked_translator() -> Iterator[list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []

    def fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        seen.append((context, text))
        return "\u00bb" + text

    i18n.set_translator(fake)
    try:
        yield seen
    finally:
        i18n.set_translator(None)


# -- analyze -------------------------------------------------------------------------


def test_gsm_alphabet_tables_are_complete() -> None:
    assert len(GSM_BASIC) == 127 and len(set(GSM_BASIC)) == 127
    assert set(GSM_EXTENSION) == set("\f^{}\\[~]|€")
    assert not set(GSM_BASIC) & set(GSM_EXTENSION)


def test_analyze_ascii_is_gsm() -> None:
    info = analyze("Hello, world! @ 10:30")
    assert info.encoding == GSM7
    assert info.chars == info.septets == info.utf16_units == 21
    assert info.units == 21
    assert info.ucs2_chars == ()


@pytest.mark.parametrize("ch", list("{}[]~^|€\\\f"))
def test_extension_chars_cost_two_septets(ch: str) -> None:
    info = analyze("ab" + ch)
    assert info.encoding == GSM7
    assert info.chars == 3
    assert info.septets == 4
    assert info.extension_chars == 1


def test_gsm_accented_letters_stay_gsm_but_others_do_not() -> None:
    assert analyze("Ça coûte 5€ à Zürich, señor; Øre Å ß É").encoding == UCS2  # û is not GSM
    assert analyze("Ça va à Zürich, señor; Øre Å ß É ñ ü è é ù ì ò").encoding == GSM7
    assert analyze("ç").encoding == UCS2  # GSM 03.38 has only the capital Ç
    assert analyze("`").encoding == UCS2  # backtick is ASCII but not GSM


def test_analyze_chinese_and_culprit_positions() -> None:
    info = analyze("Hi 王先生, see “you”")
    assert info.encoding == UCS2
    assert info.septets is None
    assert info.ucs2_chars == ((3, "王"), (4, "先"), (5, "生"), (12, "“"), (16, "”"))
    assert info.culprits == {"王": [3], "先": [4], "生": [5], "“": [12], "”": [16]}


def test_analyze_emoji_counts_two_utf16_units() -> None:
    info = analyze("ok 😀")
    assert info.chars == 4
    assert info.utf16_units == 5
    assert info.units == 5
    assert info.culprits == {"😀": [3]}


def test_culprits_group_repeated_characters() -> None:
    assert analyze("a’b’c’").culprits == {"’": [1, 3, 5]}


def test_utf16_index_for_qt_cursors() -> None:
    text = "😀a😀b"
    assert utf16_index(text, 0) == 0
    assert utf16_index(text, 1) == 2
    assert utf16_index(text, 3) == 5
    assert utf16_index("abc", 2) == 2


def test_empty_text() -> None:
    info = analyze("")
    assert (info.chars, info.encoding, info.units) == (0, GSM7, 0)


# -- fixes ---------------------------------------------------------------------------


def test_fixes_turn_english_text_into_gsm() -> None:
    text = "Don’t miss “Sale”，today！ 50％ off… Tel：０９１２\u00a0345 – call—now"
    fixes = ucs2_fixes(text)
    by_char = {f.char: f.replacement for f in fixes}
    assert by_char == {
        "’": "'", "“": '"', "”": '"', "，": ",", "！": "!", "％": "%", "…": "...", "：": ":",
        "０": "0", "９": "9", "１": "1", "２": "2", "\u00a0": " ", "–": "-", "—": "-",
    }
    fixed = apply_fixes(text, fixes)
    assert fixed == "Don't miss \"Sale\",today! 50% off... Tel:0912 345 - call-now"
    assert analyze(fixed).encoding == GSM7


def test_fix_positions_point_at_every_occurrence() -> None:
    text = "‘a’ ‘b’"
    fixes = {f.char: f for f in ucs2_fixes(text)}
    assert fixes["‘"].positions == (0, 4)
    assert fixes["’"].positions == (2, 6)
    for f in fixes.values():
        assert all(text[p] == f.char for p in f.positions)


def test_fullwidth_letters_digits_and_brackets() -> None:
    text = "ＡＢＣ ｘｙｚ （１２３）"
    fixed = apply_fixes(text, ucs2_fixes(text))
    assert fixed == "ABC xyz (123)"


def test_no_fix_offered_for_chinese_or_emoji_text() -> None:
    assert ucs2_fixes("您好，歡迎光臨！") == []  # UCS-2 anyway: the full-width comma is fine
    assert ucs2_fixes("Don’t forget 😀") == []  # the emoji keeps it UCS-2
    assert ucs2_fixes("plain text") == []  # already GSM-7


def test_applying_a_subset_keeps_the_rest() -> None:
    text = "“Hi” – bye"
    quotes = [f for f in ucs2_fixes(text) if f.char in "“”"]
    assert apply_fixes(text, quotes) == '"Hi" – bye'
    assert apply_fixes(text, []) == text


def test_invisible_characters_are_removed() -> None:
    text = "Zero\u200bwidth\ufeff and soft\u00adhyphen"
    fixed = apply_fixes(text, ucs2_fixes(text))
    assert fixed == "Zerowidth and softhyphen"


def test_accented_latin_letters_lose_the_accent() -> None:
    text = "Café crème brûlée à São Paulo"
    fixes = {f.char: f.replacement for f in ucs2_fixes(text)}
    assert fixes == {"û": "u", "ã": "a"}  # é, è, à are GSM already


def test_every_replacement_is_gsm() -> None:
    candidates = [chr(c) for c in range(0xFF01, 0xFF5F)] + list("‘’“”，、。：；！？–—…\u00a0\u3000\t「」【】")
    for ch in candidates:
        rep = gsm_replacement(ch)
        assert rep is not None, ch
        assert analyze(rep).encoding == GSM7, (ch, rep)


def test_characters_without_obvious_replacement() -> None:
    for ch in ("王", "😀", "ก", "★", "Ж"):
        assert gsm_replacement(ch) is None


def test_fix_is_a_value() -> None:
    assert Fix("’", "'", (1,)) == Fix("’", "'", (1,))


# -- emoji ---------------------------------------------------------------------------


def test_emoji_detection() -> None:
    text = "Sale 🎉🎉 ok👍🏽 love ❤️ key 1️⃣ flag 🇹🇼 family 👨\u200d👩\u200d👧 done ✅ ⭐"
    assert emoji_chars(text) == ["🎉", "👍🏽", "❤️", "1️⃣", "🇹🇼", "👨\u200d👩\u200d👧", "✅", "⭐"]


def test_emoji_sequences_and_stray_joiners() -> None:
    text = "🏃\u200d♀️ run 👩\u200d❤️\u200d👨 x👍\u200dabc \ufe0flone ☎️ ©️"
    assert emoji_chars(text) == ["🏃\u200d♀️", "👩\u200d❤️\u200d👨", "👍", "☎️", "©️"]


def test_text_symbols_are_not_emoji() -> None:
    # Big5-era symbols common in Taiwanese promotions are text, not emoji.
    assert emoji_chars("★限時優惠★ ☆ ♥ ※ ● © ™ ✓ 1. #3 *note") == []
    assert emoji_chars("台灣簡訊 𠮷野家") == []  # an astral CJK character is not an emoji


# -- cost: TwSMS ---------------------------------------------------------------------


@pytest.mark.parametrize("n", BOUNDARIES)
@pytest.mark.parametrize(
    ("make", "table"),
    [(ascii_text, TWSMS_GSM), (ext_text, TWSMS_GSM), (chinese_text, TWSMS_UCS2), (mixed_text, TWSMS_UCS2)],
    ids=["ascii", "extension", "chinese", "mixed"],
)
def test_twsms_taiwan_boundaries(make: Maker, table: Table, n: int) -> None:
    text = make(n)
    c = cost("twsms", text, TW)
    assert c.chars == n
    assert c.units == n  # TwSMS counts characters, extension characters included
    expected = table[n]
    if expected is NOT_ALLOWED:
        assert not c.allowed
        assert c.points == 0
        assert str(n) in c.problem
        assert ("765" if c.encoding == GSM7 else "335") in c.problem
    else:
        assert c.allowed and c.problem == ""
        assert (c.segments, c.points) == (expected, expected)
        single = 160 if c.encoding == GSM7 else 70
        long_part = 153 if c.encoding == GSM7 else 67
        assert c.per_segment == (single if expected == 1 else long_part)


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        (ascii_text(159), True), (ascii_text(160), True), (ascii_text(161), False),
        (chinese_text(69), True), (chinese_text(70), True), (chinese_text(71), False),
        (mixed_text(70), True), (mixed_text(71), False), (ext_text(160), True), (ext_text(161), False),
    ],
)
def test_twsms_international_is_five_points_and_never_long(text: str, allowed: bool) -> None:
    c = cost("twsms", text, JP)
    assert c.allowed is allowed
    if allowed:
        assert (c.segments, c.points) == (1, 5)
    else:
        assert c.points == 0
        assert JP in c.problem and "outside Taiwan" in c.problem


def test_twsms_without_phone_counts_as_taiwan() -> None:
    assert cost("twsms", ascii_text(161)).points == 2


def test_twsms_emoji_are_the_drivers_refusal_not_a_price() -> None:
    # The TwSMS driver refuses emoji (VendorSpec.refuses, tests/test_vendor_edges.py); the price stays a price.
    assert cost("twsms", "Happy birthday 🎂🎂 from us 🎉", TW).allowed


def test_twsms_long_sms_switched_off() -> None:
    assert cost("twsms", ascii_text(160), TW, long_sms=False).allowed
    c = cost("twsms", ascii_text(161), TW, long_sms=False)
    assert not c.allowed and "160" in c.problem
    c = cost("twsms", chinese_text(71), TW, long_sms=False)
    assert not c.allowed and "70" in c.problem


# -- cost: SMS-Get -------------------------------------------------------------------


@pytest.mark.parametrize("n", BOUNDARIES)
@pytest.mark.parametrize(
    ("make", "table"),
    [(ascii_text, SMSGET_GSM), (ext_text, SMSGET_GSM), (chinese_text, SMSGET_UCS2), (mixed_text, SMSGET_UCS2)],
    ids=["ascii", "extension", "chinese", "mixed"],
)
@pytest.mark.parametrize(("phone", "rate"), [(TW, 1), (CN, 4), (HK, 2), (JP, 2), (None, 1)])
def test_smsget_boundaries_and_rates(make: Maker, table: Table, n: int, phone: str | None, rate: int) -> None:
    c = cost("smsget", make(n), phone)
    assert c.allowed
    assert c.segments == table[n]
    assert c.points == table[n] * rate
    assert c.units == n


def test_smsget_counts_emoji_at_the_dearer_reading_and_says_so() -> None:
    # The document is silent on emoji: two characters each (UTF-16), an estimate.
    assert cost("smsget", "😀" * 35, TW).segments == 1
    assert cost("smsget", "😀" * 36, TW).segments == 2
    assert cost("smsget", "😀" * 70, TW).segments == 3
    assert "estimate" in cost("smsget", "😀", TW).note
    assert cost("smsget", "您" * 70, TW).note == ""


# -- cost: GSM network rule (SepSMS, EngageLab, Tencent, Sandbox) ---------------------


GSM_RULES = ("gsm", "sepsms", "engagelab", "tencent", "sandbox")


@pytest.mark.parametrize("rule", GSM_RULES)
@pytest.mark.parametrize("n", BOUNDARIES)
@pytest.mark.parametrize(
    ("make", "table"),
    [(ascii_text, SMSGET_GSM), (chinese_text, SMSGET_UCS2), (mixed_text, SMSGET_UCS2), (ext_text, GSM_EXT)],
    ids=["ascii", "chinese", "mixed", "extension"],
)
def test_gsm_rule_boundaries(rule: str, make: Maker, table: Table, n: int) -> None:
    c = cost(rule, make(n), JP)
    if rule == "tencent" and n > 450:
        assert not c.allowed and c.points == 0
        assert "450" in c.problem and str(n) in c.problem
        return
    assert c.allowed
    assert (c.segments, c.points) == (table[n], table[n])


def test_gsm_rule_extension_boundary_single_message() -> None:
    assert cost("gsm", "{" * 80).segments == 1  # 160 septets
    assert cost("gsm", "{" * 81).segments == 2  # 162 septets
    assert cost("gsm", "a" * 159 + "€").units == 161
    assert cost("gsm", "a" * 158 + "€").segments == 1


def test_gsm_rule_never_splits_an_escape_pair() -> None:
    # 306 septets would fit two 153-septet parts, but the escape pair cannot straddle them.
    text = "a" * 152 + "{" + "a" * 152
    c = cost("gsm", text)
    assert c.units == 306
    assert c.segments == 3
    assert cost("gsm", "a" * 151 + "{" + "a" * 153).segments == 2


@pytest.mark.parametrize(
    ("n_emoji", "segments"), [(34, 1), (35, 1), (36, 2), (66, 2), (67, 3), (99, 3), (100, 4)]
)
def test_gsm_rule_emoji_are_two_units_and_not_split(n_emoji: int, segments: int) -> None:
    c = cost("gsm", "😀" * n_emoji)
    assert c.encoding == UCS2
    assert c.units == 2 * n_emoji
    assert c.chars == n_emoji
    assert c.segments == segments  # 33 emoji per 67-unit part


@pytest.mark.parametrize(("units", "segments"), [(69, 1), (70, 1), (71, 2), (134, 2), (135, 3)])
def test_gsm_rule_mixed_emoji_and_chinese(units: int, segments: int) -> None:
    text = "😀" + "中" * (units - 2)
    assert cost("engagelab", text).segments == segments


def test_tencent_450_character_limit() -> None:
    assert cost("tencent", chinese_text(450), CN).allowed
    assert cost("tencent", chinese_text(450), CN).segments == 7
    assert not cost("tencent", chinese_text(451), CN).allowed
    assert cost("tencent", ascii_text(450)).segments == 3
    assert cost("sepsms", chinese_text(451)).allowed  # only Tencent has that limit


def test_thai_text_is_ucs2() -> None:
    c = cost("sepsms", "สวัสดีคุณลูกค้า รับส่วนลด 10% วันนี้", "+66812345678")
    assert c.encoding == UCS2 and c.segments == 1


# -- cost: common ----------------------------------------------------------------------


@pytest.mark.parametrize("rule", ["twsms", "smsget", *GSM_RULES])
def test_empty_message_is_refused(rule: str) -> None:
    c = cost(rule, "", TW)
    assert not c.allowed
    assert (c.segments, c.points) == (0, 0)
    assert "empty" in c.problem


def test_unknown_rule_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="nosuch"):
        cost("nosuch", "hi")


def test_problems_are_translated(marked_translator: list[tuple[str, str]]) -> None:
    problems = [
        cost("twsms", ascii_text(161), JP).problem,
        cost("twsms", ascii_text(161), TW, long_sms=False).problem,
        cost("twsms", ascii_text(766), TW).problem,
        cost("twsms", chinese_text(336), TW).problem,
        cost("tencent", ascii_text(451)).problem,
        cost("gsm", "").problem,
    ]
    assert all(p.startswith("\u00bb") for p in problems)
    assert {ctx for ctx, _ in marked_translator} == {"Segments"}
    # The catalogue key is the literal template, not the formatted sentence.
    assert all("{" in text for _, text in marked_translator[:-1])


# -- estimate_job --------------------------------------------------------------------------


def test_estimate_job_totals() -> None:
    items = [
        ("Hi Amy", TW),  # 1 segment, 1 point
        ("Hi 王小明", TW),  # 1, 1
        (chinese_text(71), TW),  # 2, 2
        ("Hi Bob", JP),  # international: 1 segment, 5 points
        (ascii_text(161), JP),  # refused: long SMS abroad
        (chinese_text(336), TW),  # refused: longer than 335
        ("Hi Amy", TW),  # duplicate text, counted again
    ]
    est = estimate_job("twsms", items)
    assert est.messages == 7
    assert est.allowed == 5
    assert est.segments == 1 + 1 + 2 + 1 + 1
    assert est.points == 1 + 1 + 2 + 5 + 1
    assert est.max_segments == 2
    assert est.ucs2_messages == 3  # counted over the allowed messages
    assert [i for i, _ in est.blocked] == [4, 5]
    assert JP in est.blocked[0][1]
    assert "335" in est.blocked[1][1]


def test_estimate_job_smsget_rates_by_country() -> None:
    text = ascii_text(200)  # 2 segments
    est = estimate_job("smsget", [(text, TW), (text, CN), (text, HK), (text, "+886287654321")])
    assert est.points == 2 * 1 + 2 * 4 + 2 * 2 + 2 * 1
    assert est.segments == 8


def test_estimate_job_empty() -> None:
    est = estimate_job("gsm", [])
    assert (est.messages, est.points, est.segments, est.blocked) == (0, 0, 0, [])
