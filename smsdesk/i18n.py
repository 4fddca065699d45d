"""Translation hook shared by the Qt-free core and the Qt layers.

Core code calls ``translate(context, text)`` (a name pyside6-lupdate extracts) so
that every user-visible string lands in the .ts catalogue without importing Qt.
The GUI and the CLI install Qt's translator with :func:`install_qt_translator`.
"""

from __future__ import annotations

import locale
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

_Translator = Callable[[str, str, "str | None", int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_translator: _Translator = _identity
_active_language = "en"
_installed: list[object] = []  # QTranslators we installed, so they can be removed again

_PACKAGE = Path(__file__).resolve().parent
# A source checkout keeps catalogues in resources/; a built wheel copies them into the package.
CATALOGUE_DIRS = (_PACKAGE / "resources" / "translations", _PACKAGE.parent / "resources" / "translations")
TRANSLATIONS_DIR = CATALOGUE_DIRS[1]


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


def set_translator(fn: _Translator | None) -> None:
    global _translator
    _translator = fn or _identity


def pick_language(preference: str | None = None) -> str:
    """Return ``zh_TW`` or ``en``: zh_TW for any Chinese locale, English otherwise."""
    pref = (preference or "").strip()
    if pref and pref != "system":
        return "zh_TW" if pref.lower().startswith("zh") else "en"
    env = os.environ.get("SMSDESK_LANG")
    if env:
        return pick_language(env)
    names = [os.environ.get(k, "") for k in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")]
    try:
        names.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for name in names:
        if name and name.lower().startswith("zh"):
            return "zh_TW"
        if name and name not in ("C", "POSIX", "C.UTF-8"):
            return "en"
    return "en"


def active_language() -> str:
    return _active_language


def _catalogue(language: str, suffix: str) -> Path | None:
    for folder in CATALOGUE_DIRS:
        candidate = folder / f"smsdesk_{language}{suffix}"
        if candidate.exists():
            return candidate
    return None


def qm_path(language: str) -> Path | None:
    """A compiled catalogue no older than its .ts source, compiling one if needed."""
    ts = _catalogue(language, ".ts")
    qm = _catalogue(language, ".qm")
    # A frozen app ships compiled catalogues and cannot recompile them.
    if qm is not None and (ts is None or getattr(sys, "frozen", False) or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    return compile_catalogue(language)


def install_qt_translator(app: object, language: str) -> bool:
    """Route ``translate`` through Qt and load the catalogue for ``language``."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    global _active_language
    _active_language = language
    set_translator(lambda c, t, d=None, n=-1: QCoreApplication.translate(c, t, d, n))
    if language == "en":
        return True
    path = qm_path(language)
    if path is None:
        return False
    translator = QTranslator(app)  # type: ignore[arg-type]
    if not translator.load(str(path)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _install_qt_own_catalogue(app, language)
    return True


def uninstall_qt_translators() -> None:
    """Back to English (tests, and switching language without a restart)."""
    from PySide6.QtCore import QCoreApplication

    global _active_language
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())  # type: ignore[arg-type]
    _active_language = "en"
    set_translator(None)


def _install_qt_own_catalogue(app: object, language: str) -> None:
    """Qt's own buttons (OK, Cancel, Yes) in the same language, when Qt ships it."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    qt = QTranslator(app)  # type: ignore[arg-type]
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", folder):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)


def compile_catalogue(language: str) -> Path | None:
    """Compile smsdesk_<language>.ts with pyside6-lrelease into the data folder's cache."""
    import shutil
    import subprocess

    ts = _catalogue(language, ".ts")
    tool = shutil.which("pyside6-lrelease")
    if ts is None or tool is None:
        return None
    from smsdesk.core import paths

    cache = paths.home() / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    qm = cache / f"smsdesk_{language}.qm"
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    try:
        subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return qm if qm.exists() else None
