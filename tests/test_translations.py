"""The committed catalogues: complete, faithful to the sources, Taiwanese, and usable by Qt.

These tests read resources/translations/*.ts and the current sources; a string added to the code
without a translation fails here with its context and text.
"""

from __future__ import annotations

import importlib.util
import os
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
ZH = TS_DIR / "smsdesk_zh_TW.ts"
EN = TS_DIR / "smsdesk_en.ts"


def _load_tool() -> object:
    spec = importlib.util.spec_from_file_location("smsdesk_translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one per numerus form, else one
    kind: str  # the translation's type attribute ("" when finished)

    @property
    def finished(self) -> bool:
        return not self.kind and bool(self.translations) and all(t.strip() for t in self.translations)

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                texts: tuple[str, ...] = ()
                kind = "missing"
            else:
                forms = tr.findall("numerusform")
                texts = tuple(f.text or "" for f in forms) if forms else (tr.text or "",)
                kind = tr.get("type", "")
            out.append(Message(name, msg.findtext("source") or "", texts, kind))
    return out


def first(offenders: list[object], n: int = 15) -> str:
    shown = "\n  ".join(str(o) for o in offenders[:n])
    more = f"\n  … and {len(offenders) - n} more" if len(offenders) > n else ""
    return f"{len(offenders)} offender(s):\n  {shown}{more}"


@pytest.fixture(scope="module")
def zh() -> list[Message]:
    return read_ts(ZH)


@pytest.fixture(scope="module")
def en() -> list[Message]:
    return read_ts(EN)


# -- completeness -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [ZH, EN], ids=lambda p: p.name)
def test_catalogue_has_no_unfinished_empty_vanished_or_obsolete_entry(path: Path) -> None:
    messages = read_ts(path)
    assert len(messages) > 100, f"{path.name} looks truncated"
    bad = [f"{m} ({m.kind or 'empty'})" for m in messages if not m.finished]
    assert not bad, f"{path.name}: " + first(bad)


def test_both_catalogues_name_their_language() -> None:
    assert ET.parse(ZH).getroot().get("language") == "zh_TW"
    assert ET.parse(EN).getroot().get("language") == "en"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What pyside6-lupdate finds in the current sources, into a scratch catalogue."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    tool.lupdate(ts, "zh_TW", quiet=True)  # type: ignore[attr-defined]
    return read_ts(ts)


def test_every_string_in_the_code_is_translated(extracted: list[Message], zh: list[Message],
                                                 en: list[Message]) -> None:
    assert len(extracted) > 100, "lupdate found almost nothing: is the source list right?"
    for name, catalogue in (("smsdesk_zh_TW.ts", zh), ("smsdesk_en.ts", en)):
        done = {(m.context, m.source) for m in catalogue if m.finished}
        missing = [m for m in extracted if (m.context, m.source) not in done]
        assert not missing, (f"{name} lacks these strings (run `python tools/translations.py update` "
                             f"and translate them): " + first(missing))


def english_forms(m: Message) -> tuple[str, ...]:
    """What the English catalogue holds: the source, or for a plural "segment(s)" its two forms."""
    if len(m.translations) > 1 and "(s)" in m.source:
        return (m.source.replace("(s)", ""), m.source.replace("(s)", "s"))
    return tuple(m.source for _ in m.translations)


def test_english_translations_equal_their_sources(en: list[Message]) -> None:
    bad = [m for m in en if m.translations != english_forms(m)]
    assert not bad, first(bad)
    plurals = [m for m in en if len(m.translations) > 1]
    assert plurals, "no plural forms: English would say segment(s)"


# -- fidelity: placeholders, accelerators, markup ---------------------------------------------

_BRACES = re.compile(r"\{[^{}]*\}")
_QT_ARGS = re.compile(r"%(?:n|L?\d+)")
_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_ACCEL = re.compile(r"&([^&\s])")


def format_fields(text: str) -> set[tuple[str, str, str]]:
    """The str.format fields, with their spec and conversion (so {points:g} must stay :g)."""
    try:
        return {(f, spec or "", conv or "") for _, f, spec, conv in string.Formatter().parse(text) if f is not None}
    except ValueError:
        return {("<unparseable>", text, "")}


def accelerators(text: str) -> list[str]:
    return _ACCEL.findall(text.replace("&&", ""))


def _pairs(messages: list[Message]) -> list[tuple[Message, str]]:
    return [(m, t) for m in messages for t in m.translations]


@pytest.mark.parametrize("which", ["zh", "en"])
def test_placeholders_match_the_source(which: str, request: pytest.FixtureRequest) -> None:
    messages: list[Message] = request.getfixturevalue(which)
    bad = []
    for m, t in _pairs(messages):
        if set(_BRACES.findall(t)) != set(_BRACES.findall(m.source)):
            bad.append(f"{m}: braces {sorted(set(_BRACES.findall(t)))}")
        elif format_fields(t) != format_fields(m.source):
            bad.append(f"{m}: format fields {sorted(format_fields(t))}")
        elif sorted(_QT_ARGS.findall(t)) != sorted(_QT_ARGS.findall(m.source)):
            bad.append(f"{m}: %-arguments {_QT_ARGS.findall(t)}")
    assert not bad, first(bad)


def test_markup_and_line_breaks_match_the_source(zh: list[Message]) -> None:
    bad = [f"{m} -> {t!r}" for m, t in _pairs(zh)
           if sorted(_TAGS.findall(t)) != sorted(_TAGS.findall(m.source)) or t.count("\n") != m.source.count("\n")
           or t.count(";;") != m.source.count(";;")]  # Qt file-dialog filter separators
    assert not bad, first(bad)


def test_accelerators_are_kept_once_and_written_the_taiwan_way(zh: list[Message]) -> None:
    bad = []
    for m, t in _pairs(zh):
        want, got = accelerators(m.source), accelerators(t)
        if len(got) > 1 or len(got) != len(want):
            bad.append(f"{m}: accelerators {got} in {t!r}")
        elif want and got[0].lower() != want[0].lower():
            bad.append(f"{m}: accelerator &{got[0]} instead of &{want[0]}")
        elif want and re.search(r"[\u4e00-\u9fff]", t) and f"(&{got[0]})" not in t:
            bad.append(f"{m}: write the accelerator as “…(&{want[0].upper()})”, got {t!r}")
    assert not bad, first(bad)


def test_leading_and_trailing_space_is_kept_where_text_is_glued_on(zh: list[Message]) -> None:
    # A suffix such as " seconds" is appended to a number; losing its space glues them together.
    bad = [f"{m} -> {t!r}" for m, t in _pairs(zh)
           if (m.source.startswith(" ") and not t.startswith((" ", "（")))
           or (m.source.endswith(" ") and not t.endswith(" "))]
    assert not bad, first(bad)


# -- Taiwanese, not Mainland ------------------------------------------------------------------

# Characters used only in simplified Chinese (發 設 帳 … are the Taiwan forms). Characters that are
# also ordinary traditional ones (除, 余, 台, 后) are left out. Common in SMS software, so a string
# translated for the Mainland shows at least one.
SIMPLIFIED_ONLY = set(
    "发设账帐认据务们这么时间条动点击开关为与户选项号码额删导简讯费网络请输误错确记录页应该过还没从将"
    "对话区语国际湾广机线连态绝达库预约计签试样报标题处数长业订阅状类复编辑进钟当经变个创检测链储载币"
    "价钱红显隐换组织带扫验证满单双传递继续启闭转让优"
)
# Mainland wording written in traditional characters, with the Taiwan word to use instead.
MAINLAND_TERMS = {
    "短信": "簡訊", "信息": "訊息", "默認": "預設", "設置": "設定", "賬號": "帳號", "賬戶": "帳戶",
    "模板": "範本", "服務器": "伺服器", "網絡": "網路", "軟件": "軟體", "數據": "資料", "登錄": "登入",
    "激活": "啟用", "視頻": "影片", "質量": "品質", "文本": "文字", "鏈接": "連結", "導入": "匯入",
    "導出": "匯出", "運營商": "電信業者", "充值": "加值", "短消息": "簡訊", "屏幕": "螢幕", "程序": "程式",
}


def test_no_simplified_characters(zh: list[Message]) -> None:
    bad = [f"{m} -> {''.join(sorted(set(t) & SIMPLIFIED_ONLY))} in {t!r}"
           for m, t in _pairs(zh) if set(t) & SIMPLIFIED_ONLY]
    assert not bad, first(bad)


def test_no_mainland_terms(zh: list[Message]) -> None:
    bad = []
    for m, t in _pairs(zh):
        for term, taiwan in MAINLAND_TERMS.items():
            if term in t:
                bad.append(f"{m}: {term} (use {taiwan}) in {t!r}")
        if re.search(r"手機號(?!碼)", t):
            bad.append(f"{m}: 手機號 (use 手機號碼 or 門號) in {t!r}")
    assert not bad, first(bad)


def test_the_chosen_words_are_used(zh: list[Message]) -> None:
    by_key = {(m.context, m.source): m.translations[0] for m in zh}
    assert by_key[("State", "Delivered")] == "已送達"
    assert by_key[("State", "Expired")] == "已逾時"
    assert by_key[("State", "Unknown")] == "不明"
    assert by_key[("State", "Cancelled")] == "已取消"
    joined = "".join(t for _, t in _pairs(zh))
    for word in ("簡訊", "門號", "點數", "預約", "帳號", "密碼", "設定", "匯入", "退訂", "範本", "廠商", "重新整理"):
        assert word in joined, word


_CJK = r"[\u3400-\u9fff]"


def test_chinese_sentences_use_full_width_punctuation(zh: list[Message]) -> None:
    # A half-width , ; : ! ? right after a Chinese character, or a full stop ending a Chinese sentence.
    half = re.compile(rf"{_CJK}[,;:!?]|{_CJK}\.(?:\s|$)|[,;:!?]{_CJK}")
    # ";;" separates the filters of a Qt file dialog ("Excel (*.xlsx);;所有檔案 (*)"): Qt needs it as is.
    bad = [f"{m} -> {t!r}" for m, t in _pairs(zh) if half.search(t.replace(";;", "\n"))]
    assert not bad, first(bad)


# Names and codes that stay as they are in every language.
UNTRANSLATED_ON_PURPOSE = {
    "EngageLab", "SepSMS", "TwSMS", "SMS-Get", "Tencent Cloud SMS", "Dev Key", "Dev Secret",
    "SDK AppID", "App Key", "ID",  # "ID" as in 簽名 ID, 查詢 ID: Taiwan UIs keep it
}


def test_every_zh_translation_is_chinese(zh: list[Message]) -> None:
    # A string copied over in English would pass the completeness test; this catches it.
    bad = [f"{m} -> {t!r}" for m, t in _pairs(zh)
           if not re.search(_CJK, t) and t not in UNTRANSLATED_ON_PURPOSE
           and re.search(r"[A-Za-z]", _BRACES.sub("", m.source))]  # "{points:g} {unit}" has no words
    assert not bad, first(bad)


# -- Qt can use it ------------------------------------------------------------------------------

def test_zh_catalogue_compiles_and_translates(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    built = tool.compile_all(tmp_path)  # type: ignore[attr-defined]
    qm = tmp_path / "smsdesk_zh_TW.qm"
    assert qm in built and qm.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("State", "Delivered") == "已送達"
    assert translator.translate("State", "Failed") == "失敗"
    assert translator.translate("MainWindow", "Compose") == "撰寫"
    assert translator.translate("MainWindow", "&Settings…") == "設定(&S)…"
    assert translator.translate("List", "{list}, {item}") == "{list}、{item}"  # i18n.join_list
    job = translator.translate("Engine", "There is no job number {job}.")
    assert job.format(job=7) == "沒有編號 7 的工作。"
    assert translator.translate("State", "No such string") == ""


def test_cli_speaks_chinese(tmp_path: Path) -> None:
    env = {**os.environ, "SMSDESK_HOME": str(tmp_path / "home"), "SMSDESK_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "smsdesk.cli", "--lang", "zh_TW", "status", "999"],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert "999" in proc.stderr
    assert "沒有" in proc.stderr and "工作" in proc.stderr, proc.stderr
    assert "There is no job" not in proc.stderr
    english = subprocess.run([sys.executable, "-m", "smsdesk.cli", "--lang", "en", "status", "999"],
                             cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert english.returncode == 1 and "There is no job number 999" in english.stderr
