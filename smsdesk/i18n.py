"""Translation hook shared by the Qt-free core and the Qt layers.

Core code calls ``translate(context, text)`` (a name pyside6-lupdate extracts) so
that every user-visible string lands in the .ts catalogue without importing Qt.
The GUI and the CLI install Qt's translator with :func:`install_qt_translator`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the core imports this module without Qt: Qt types only in annotations
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from smsdesk.core.timestamps import parse_time

_Translator = Callable[[str, str, "str | None", int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_translator: _Translator = _identity
_active_language = "en"
_installed: list[QTranslator] = []  # QTranslators we installed, so they can be removed again

_PACKAGE = Path(__file__).resolve().parent
# Where compiled catalogues are: inside the package (an installed wheel), next to it (a
# PyInstaller bundle's resources/, which is also a source checkout's resources/).
CATALOGUE_DIRS = (_PACKAGE / "resources" / "translations", _PACKAGE.parent / "resources" / "translations")
SOURCE_CATALOGUES = CATALOGUE_DIRS[1]  # the .ts sources, in a source checkout only


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` with the installed translator."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate keyword
    """Mark a string for extraction; translate it later with ``translate``."""
    return text


def join_list(items: Iterable[object]) -> str:
    """``items`` as a list inside a sentence: "a, b" in English, "a、b" in Chinese."""
    # A pattern rather than a bare ", ": translators see what is joined, and no catalogue entry
    # is only a separator with a trailing space.
    pattern = translate("List", "{list}, {item}")
    texts = [str(item) for item in items]
    joined = texts[0] if texts else ""
    for text in texts[1:]:
        joined = pattern.format(list=joined, item=text)
    return joined


def join_sentences(*sentences: str) -> str:
    """Sentences one after another: a space between them in English, none in Chinese (。ends them)."""
    pattern = translate("List", "{sentence} {next}")
    texts = [s for s in sentences if s]
    joined = texts[0] if texts else ""
    for text in texts[1:]:
        joined = pattern.format(sentence=joined, next=text)
    return joined


def headed(title: str, text: str) -> str:
    """A title and its text on one line (a status bar): "title: text", or "title：text" in Chinese."""
    return translate("List", "{title}: {text}").format(title=title, text=text)


class Formats(Protocol):
    """How numbers, dates and times read in the active language (see :func:`use_qt_locale`)."""

    def integer(self, n: int) -> str: ...
    def number(self, x: float, decimals: int) -> str: ...
    def date(self, d: date) -> str: ...
    def time(self, t: datetime, seconds: bool) -> str: ...


class _PlainFormats:
    """Without Qt (core tests, scripts): grouped digits and ISO-like dates, which sort as text."""

    def integer(self, n: int) -> str:
        return f"{n:,}"

    def number(self, x: float, decimals: int) -> str:
        text = f"{round(x, decimals):,.{decimals}f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    def date(self, d: date) -> str:
        return d.strftime("%Y-%m-%d")

    def time(self, t: datetime, seconds: bool) -> str:
        return t.strftime("%H:%M:%S" if seconds else "%H:%M")


_formats: Formats = _PlainFormats()


def fmt_int(n: int) -> str:
    """A count for people: "12,345" (the locale's digit grouping)."""
    return _formats.integer(int(n))


def fmt_number(x: float | None, decimals: int = 2) -> str:
    """Points, balances, prices: at most ``decimals`` places, no trailing zeros, never "1e+06"."""
    if x is None:
        return "-"
    return _formats.number(float(x), decimals)


def fmt_date(d: date) -> str:
    return _formats.date(d.date() if isinstance(d, datetime) else d)


def fmt_time(t: datetime, *, seconds: bool = False) -> str:
    """Wall-clock time in the computer's time zone (an aware ``t`` is converted first)."""
    return _formats.time(t.astimezone() if t.tzinfo else t, seconds)


def fmt_datetime(t: datetime, *, seconds: bool = False) -> str:
    local = t.astimezone() if t.tzinfo else t
    return f"{_formats.date(local.date())} {_formats.time(local, seconds)}"


def fmt_iso(iso: str | None, *, seconds: bool = False) -> str:
    """A stored ISO timestamp (UTC when it has no zone) as local date and time; junk shown as is."""
    try:
        value = parse_time(iso)
    except ValueError:
        return str(iso)
    return "" if value is None else fmt_datetime(value, seconds=seconds)


_default_before: list[QLocale] = []  # QLocale.setDefault is process-wide: remember what to restore


def _set_default_locale(locale: QLocale | None) -> None:
    from PySide6.QtCore import QLocale

    if locale is None:
        if _default_before:
            QLocale.setDefault(_default_before.pop())
        return
    if not _default_before:
        _default_before.append(QLocale())
    QLocale.setDefault(locale)


def datetime_edit_format() -> str:
    """A Qt display format for date-time editors in the active locale (to the minute)."""
    formats = _formats
    if isinstance(formats, QtFormats):
        return f"{formats.date_format} {formats.time_format}"
    return "yyyy-MM-dd HH:mm"


def set_formats(formats: Formats | None) -> None:
    global _formats
    _formats = formats or _PlainFormats()


def formatting_locale(language: str) -> QLocale:
    """The QLocale numbers and dates are written in for the UI ``language``.

    The system's regional format when it is in the same language (so a user's own choices,
    e.g. a 24-hour clock or day-first dates, are kept), else that language's usual format
    (Taiwan for Chinese, US for English), so an English UI never shows Chinese AM/PM markers.
    """
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if language == "zh_TW":
        if system.language() == QLocale.Language.Chinese and system.script() == QLocale.Script.TraditionalChineseScript:
            return system
        return QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class QtFormats:
    """Numbers, dates and times through a QLocale (digit grouping, date order, AM/PM)."""

    def __init__(self, locale: QLocale) -> None:
        from PySide6.QtCore import QLocale

        self.locale = locale
        short = QLocale.FormatType.ShortFormat
        date_format = self.locale.dateFormat(short)
        # Short formats may use two-digit years ("M/d/yy"); on a send log the year must be whole.
        if "yyyy" not in date_format:
            date_format = date_format.replace("yy", "yyyy")
        self.date_format = date_format
        self.time_format = self.locale.timeFormat(short)
        if ":ss" not in self.time_format:
            self.time_seconds = self.time_format.replace("mm", "mm:ss", 1)
        else:
            self.time_seconds = self.time_format

    def integer(self, n: int) -> str:
        return self.locale.toString(n)

    def number(self, x: float, decimals: int) -> str:
        from PySide6.QtCore import QLocale

        value = round(x, decimals)
        if value == int(value) and abs(value) < 2**53:
            return self.locale.toString(int(value))
        return self.locale.toString(value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)

    def date(self, d: date) -> str:
        from PySide6.QtCore import QDate

        return self.locale.toString(QDate(d.year, d.month, d.day), self.date_format)

    def time(self, t: datetime, seconds: bool) -> str:
        from PySide6.QtCore import QTime

        return self.locale.toString(QTime(t.hour, t.minute, t.second), self.time_seconds if seconds else self.time_format)


def set_translator(fn: _Translator | None) -> None:
    global _translator
    _translator = fn or _identity


# Which system display languages read as Traditional Chinese: an explicit Hant script, or a
# region that writes Traditional when the script is not given. zh-Hans, zh-CN, zh-SG and a bare
# "zh" mean Simplified Chinese, which SMS Desk does not have.
_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})


def language_for_ui_languages(tags: Iterable[str]) -> str | None:
    """``zh_TW``, ``en`` or None for the system's display languages, most preferred first.

    ``tags`` are BCP-47 tags as ``QLocale.uiLanguages()`` lists them (Windows' display language
    order, macOS's preferred languages, Linux's LANGUAGE/LC_ALL/LC_MESSAGES/LANG). The first
    language SMS Desk has a catalogue for wins, as Qt's own QTranslator.load(QLocale) decides:
    ['en-TW', 'zh-Hant-TW'] is English; ['ja-JP', 'zh-TW'] is Chinese; only unknown ones: None.
    """
    for tag in tags:
        # "zh_TW.UTF-8" and "zh-Hant-TW-u-ca-roc" alike: language, script, region, then extensions.
        parts = [p for p in tag.split(".")[0].split("@")[0].replace("_", "-").lower().split("-") if p]
        singleton = next((i for i, p in enumerate(parts) if len(p) == 1), len(parts))
        parts = parts[:singleton]
        if not parts:
            continue
        if parts[0] == "en":
            return "en"
        if parts[0] == "zh":
            script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
            region = next((p for p in parts[1:] if len(p) == 2 or (len(p) == 3 and p.isdigit())), None)
            if script == "hant" or (script is None and region in _TRADITIONAL_REGIONS):
                return "zh_TW"
    return None


def system_ui_languages() -> list[str]:
    """What the system reports as its display languages (Qt asks Windows, macOS or the env)."""
    from PySide6.QtCore import QLocale

    return list(QLocale.system().uiLanguages())


def pick_language(preference: str | None = None, ui_languages: Iterable[str] | None = None) -> str:
    """``zh_TW`` or ``en``: the Settings choice, else SMSDESK_LANG, else the system's languages.

    An explicit choice (Settings, SMSDESK_LANG, ``--lang``) of any Chinese means zh_TW, the only
    Chinese there is. ``ui_languages`` defaults to :func:`system_ui_languages`; English when
    nothing in it is a language SMS Desk has.
    """
    pref = (preference or "").strip()
    if pref and pref != "system":
        return "zh_TW" if pref.lower().startswith("zh") else "en"
    env = os.environ.get("SMSDESK_LANG", "").strip()
    if env and env != "system":
        return pick_language(env)
    tags = system_ui_languages() if ui_languages is None else ui_languages
    return language_for_ui_languages(tags) or "en"


def active_language() -> str:
    return _active_language


def _source_checkout() -> bool:
    """Running from a git checkout (or an editable install), where only the .ts may exist."""
    return not getattr(sys, "frozen", False) and (_PACKAGE.parent / "pyproject.toml").is_file()


def qm_path(language: str) -> Path | None:
    """The compiled catalogue for ``language``, or None when the installation lacks it.

    A wheel and a bundle ship the .qm compiled at build time (setup.py, packaging/smsdesk.spec)
    and are never compiled at run time; only a source checkout compiles its .ts when no
    up-to-date .qm exists, as a convenience for developers.
    """
    name = f"smsdesk_{language}.qm"
    if not _source_checkout():
        return next((folder / name for folder in CATALOGUE_DIRS if (folder / name).is_file()), None)
    ts = SOURCE_CATALOGUES / f"smsdesk_{language}.ts"
    qm = SOURCE_CATALOGUES / name
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    return compile_catalogue(language) if ts.is_file() else None


def install_qt_translator(app: QCoreApplication, language: str) -> bool:
    """Route ``translate`` through Qt and load the catalogue for ``language``."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    global _active_language
    _active_language = language
    set_translator(QCoreApplication.translate)
    locale = formatting_locale(language)
    set_formats(QtFormats(locale))
    _set_default_locale(locale)  # Qt's own widgets (date editors, calendars) write the same way
    path = qm_path(language)
    if path is None:
        return language == "en"  # English reads from the sources; only its plural forms need the catalogue
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    if language != "en":
        _install_qt_own_catalogue(app, language)
    return True


def uninstall_qt_translators() -> None:
    """Back to English (tests, and switching language without a restart)."""
    from PySide6.QtCore import QCoreApplication

    global _active_language
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    _active_language = "en"
    set_translator(None)
    set_formats(None)
    _set_default_locale(None)


def _install_qt_own_catalogue(app: QCoreApplication, language: str) -> None:
    """Qt's own buttons (OK, Cancel, Yes) in the same language, when Qt ships it."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", folder):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)


def compile_catalogue(language: str) -> Path | None:
    """Compile the checkout's smsdesk_<language>.ts into the data folder's cache (developers only)."""
    from smsdesk.core import paths

    ts = SOURCE_CATALOGUES / f"smsdesk_{language}.ts"
    if not ts.is_file():
        return None
    qm = paths.home() / "cache" / f"smsdesk_{language}.qm"
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    from smsdesk import qt_tools  # subprocess: only to compile, not on every start
    try:
        return qt_tools.compile_ts(ts, qm, timeout=60)
    except qt_tools.CompileError:
        return None
