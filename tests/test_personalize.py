"""{column} placeholders: parsing, rendering from messy rows, template parameters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from smsdesk.core.personalize import (
    Rendered,
    fill_template,
    format_value,
    longest_rendering,
    placeholders,
    render,
    render_params,
    render_rows,
    unknown_placeholders,
)

# -- parsing ---------------------------------------------------------------------------


def test_placeholders_in_order_without_duplicates() -> None:
    text = "{姓名}您好，{門市}本週特價，{姓名}專屬 {Coupon Code}"
    assert placeholders(text) == ["姓名", "門市", "Coupon Code"]


def test_placeholder_names_are_trimmed() -> None:
    assert placeholders("Hi { name }!") == ["name"]


@pytest.mark.parametrize(
    "text",
    [
        "no placeholders",
        "{{not a placeholder}}",
        "empty {} and blank {   }",
        "lone { brace",
        "lone } brace",
        "across {a\nb} lines",
        "",
    ],
)
def test_texts_without_placeholders(text: str) -> None:
    assert placeholders(text) == []


def test_escaped_braces_render_literally() -> None:
    r = render("{{name}} is {name}; json: {{\"a\": 1}}", {"name": "Amy"})
    assert r.text == '{name} is Amy; json: {"a": 1}'
    assert r.missing == []


def test_triple_braces() -> None:
    assert render("{{{name}}}", {"name": "Amy"}).text == "{Amy}"


def test_stray_braces_are_kept() -> None:
    r = render("a { b } c {} d { e", {"b": "B"})
    assert r.text == "a B c {} d { e"
    assert render("50% off }:)", {}).text == "50% off }:)"


# -- rendering ---------------------------------------------------------------------------


def test_render_chinese_columns() -> None:
    r = render("{姓名}您好，您在{門市}的訂單已到貨。", {"姓名": "王小明", "門市": "台北信義店"})
    assert r == Rendered("王小明您好，您在台北信義店的訂單已到貨。", [])


def test_missing_and_blank_values_render_empty_and_are_reported() -> None:
    r = render("{a}|{b}|{c}|{d}|{a}", {"a": "", "b": None, "c": "  ", "e": "x"})
    assert r.text == "||||"
    assert r.missing == ["a", "b", "c", "d"]


def test_values_are_trimmed() -> None:
    assert render("[{name}]", {"name": "  王小明 \n"}).text == "[王小明]"


def test_values_are_not_expanded_again() -> None:
    r = render("{a} {b}", {"a": "{b}", "b": "{{x}}"})
    assert r.text == "{b} {{x}}"


def test_columns_match_loosely_when_not_exact() -> None:
    row = {"Name ": "Amy", "ＳＴＯＲＥ": "Taipei", "Coupon  code": "X1"}
    r = render("{name} {store} {coupon code}", row)
    assert r.text == "Amy Taipei X1"
    assert r.missing == []


def test_exact_column_wins_over_loose_match() -> None:
    assert render("{name}/{Name}", {"Name": "upper", "name": "lower"}).text == "lower/upper"


def test_unknown_placeholders() -> None:
    assert unknown_placeholders("{姓名} {門巿} {NAME}", ["姓名", "門市", "name"]) == ["門巿"]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (912345678.0, "912345678"),
        (100, "100"),
        (2.5, "2.5"),
        (float("nan"), ""),
        (True, "TRUE"),
        (Decimal("100.00"), "100"),
        (Decimal("1.50"), "1.50"),
        (dt.date(2024, 5, 1), "2024-05-01"),
        (dt.datetime(2024, 5, 1), "2024-05-01"),
        (dt.datetime(2024, 5, 1, 14, 30, 15), "2024-05-01 14:30"),
        (dt.time(9, 5), "09:05"),
        ("  text ", "text"),
    ],
)
def test_format_value(value: object, text: str) -> None:
    assert format_value(value) == text
    assert render("{v}", {"v": value}).text == text


def test_render_rows_with_changing_columns() -> None:
    rows = [{"name": "Amy"}, {"Name": "Bob"}, {"other": "x"}, {"name": "Cy"}]
    out = list(render_rows("Hi {name}", rows))
    assert [r.text for r in out] == ["Hi Amy", "Hi Bob", "Hi ", "Hi Cy"]
    assert [r.missing for r in out] == [[], [], ["name"], []]


# -- longest rendering -----------------------------------------------------------------------


def test_longest_rendering_picks_the_most_segments() -> None:
    rows = [{"n": "Amy"}, {"n": "x" * 200}, {"n": "Bob"}]
    index, rendered = longest_rendering("Hi {n}", rows) or (None, None)
    assert index == 1
    assert rendered is not None and rendered.text == "Hi " + "x" * 200


def test_longest_rendering_prefers_a_row_that_forces_ucs2() -> None:
    # 125 GSM characters fit one SMS; a Chinese name makes 74 UCS-2 units = 2 SMS.
    text = "x" * 70 + " {n}"
    rows = [{"n": "Alexander" * 6}, {"n": "王小明"}, {"n": "Bo"}]
    best = longest_rendering(text, rows)
    assert best is not None and best[0] == 1


def test_longest_rendering_same_segments_uses_fill_ratio() -> None:
    rows = [{"n": "a" * 100}, {"n": "王" * 60}]  # 100/160 GSM vs 60/70 UCS-2
    best = longest_rendering("{n}", rows)
    assert best is not None and best[0] == 1


def test_longest_rendering_custom_key_and_no_rows() -> None:
    rows = [{"n": "aaa"}, {"n": "b"}, {"n": "cc"}]
    best = longest_rendering("{n}", rows, key=lambda s: -len(s))
    assert best is not None and best[1].text == "b"
    assert longest_rendering("{n}", []) is None


def test_longest_rendering_reports_missing() -> None:
    best = longest_rendering("{n}{m}", [{"n": "long value"}])
    assert best is not None and best[1].missing == ["m"]


# -- template parameters ---------------------------------------------------------------------


def test_render_params_with_placeholders() -> None:
    params = {"1": "{姓名}", "2": "訂單 {order}", "3": "fixed", "4": "{blank}"}
    r = render_params(params, {"姓名": "王小明", "order": 12345.0, "blank": ""})
    assert r.values == {"1": "王小明", "2": "訂單 12345", "3": "fixed", "4": ""}
    assert r.missing == ["blank"]
    assert r.empty == ["4"]


def test_fill_numbered_template() -> None:
    tpl = "Your {1} is {2}. Valid for {3} minutes. {10}"
    out = fill_template(tpl, {"1": "code", "2": "1234", "3": "4"}, "numbered")
    assert out == "Your code is 1234. Valid for 4 minutes. {10}"


def test_fill_double_brace_template() -> None:
    tpl = "Hi {{name}}, welcome to EngageLab. {{ promo }} {{missing}}"
    out = fill_template(tpl, {"name": "Bob", "promo": "30%"}, "double_brace")
    assert out == "Hi Bob, welcome to EngageLab. 30% {{missing}}"
