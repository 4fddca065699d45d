"""Which language SMS Desk starts in: the lists Windows and macOS report, and the overrides.

``QLocale.uiLanguages()`` is what Qt reads from Windows (the display-language order in Settings →
Time & language), macOS (Preferred languages) and, on Linux, LANGUAGE/LC_ALL/LC_MESSAGES/LANG.
The first language in it that SMS Desk has wins.
"""

from __future__ import annotations

import locale
import os
import subprocess
import sys

import pytest

from smsdesk.i18n import language_for_ui_languages, pick_language

# What the systems report (Qt 6.8+: Windows lists the script-expanded tag first, macOS likewise).
CASES = [
    (["zh-Hant-TW", "en-US"], "zh_TW"),  # Windows, Chinese (Traditional, Taiwan) display language
    (["zh-TW"], "zh_TW"),  # older Qt on Windows
    (["zh-Hant-TW", "zh-TW", "zh-Hant", "zh"], "zh_TW"),  # Linux LANG=zh_TW.UTF-8
    (["zh-Hant-HK", "zh-HK"], "zh_TW"),
    (["zh-HK"], "zh_TW"),
    (["zh-MO"], "zh_TW"),
    (["zh-Hant"], "zh_TW"),
    (["zh-Hant-TW-u-ca-roc"], "zh_TW"),  # a calendar extension
    (["zh_TW.UTF-8"], "zh_TW"),  # a POSIX name, should one reach here
    (["en-TW", "zh-Hant-TW"], "en"),  # macOS, English first with Taiwan as the region: first wins
    (["en-US", "zh-TW"], "en"),
    (["zh-Hans-CN", "zh-CN", "zh-Hans", "zh"], None),  # Simplified Chinese: not offered
    (["zh-CN"], None),
    (["zh-Hans-TW"], None),  # Simplified script in Taiwan is still Simplified
    (["zh-SG"], None),
    (["zh"], None),
    (["ja-JP", "zh-Hant-TW"], "zh_TW"),  # no Japanese: the next language we have
    (["zh-Hans-CN", "zh-Hant-TW"], "zh_TW"),
    (["fr-FR", "de-DE"], None),
    (["C"], None),
    ([""], None),
    ([], None),
]


@pytest.mark.parametrize(("tags", "expected"), CASES)
def test_ui_languages_map_to_a_catalogue(tags: list[str], expected: str | None) -> None:
    assert language_for_ui_languages(tags) == expected


@pytest.mark.parametrize(("tags", "expected"), [(t, e or "en") for t, e in CASES])
def test_pick_language_falls_back_to_english(tags: list[str], expected: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMSDESK_LANG", raising=False)
    assert pick_language("system", ui_languages=tags) == expected
    assert pick_language(None, ui_languages=tags) == expected


def test_settings_and_smsdesk_lang_override_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_LANG", "zh_TW")
    assert pick_language("system", ui_languages=["en-US"]) == "zh_TW"
    assert pick_language("en", ui_languages=["zh-Hant-TW"]) == "en"  # Settings win over SMSDESK_LANG
    monkeypatch.setenv("SMSDESK_LANG", "en")
    assert pick_language(None, ui_languages=["zh-Hant-TW"]) == "en"
    assert pick_language("zh_TW", ui_languages=["en-US"]) == "zh_TW"
    monkeypatch.setenv("SMSDESK_LANG", "system")
    assert pick_language(None, ui_languages=["zh-TW"]) == "zh_TW"


def test_windows_getlocale_no_longer_matters(monkeypatch: pytest.MonkeyPatch) -> None:
    # What Python reports on Taiwanese Windows; it used to decide (and gave English).
    monkeypatch.delenv("SMSDESK_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("Chinese (Traditional)_Taiwan", "950"))
    assert pick_language(None, ui_languages=["zh-Hant-TW", "zh-TW"]) == "zh_TW"
    assert pick_language(None, ui_languages=["en-US"]) == "en"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt reads LANG only on Linux; Windows and "
                    "macOS report the display languages set in their settings")
@pytest.mark.parametrize(("lang", "expected"), [("zh_TW.UTF-8", "zh_TW"), ("zh_HK.UTF-8", "zh_TW"),
                                                ("zh_CN.UTF-8", "en"), ("en_US.UTF-8", "en"), ("C", "en")])
def test_the_system_languages_come_from_qt(lang: str, expected: str) -> None:
    # A child process: Qt reads the environment once, when QLocale.system() is first asked.
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "SMSDESK_LANG")}
    env["LANG"] = lang
    code = "from smsdesk.i18n import pick_language, system_ui_languages; print(pick_language(), system_ui_languages())"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == expected, result.stdout
