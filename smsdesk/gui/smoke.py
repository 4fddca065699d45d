"""Smoke mode (``SMSDESK_SMOKE=1``): start as a user would, check what an install can lack, quit.

Used by CI on the frozen Windows and macOS apps (with their native ``windows`` and ``cocoa``
platform plugins), by tests/test_bundle.py and on an installed wheel (``SMSDESK_SMOKE=1 smsdesk``).
Once the main window is shown it checks the vendor modules that are imported by name, phone
metadata, the spreadsheet readers, the compiled catalogues (shipped, never compiled at start),
the keyring (a real write, read and delete; the fail backend or a plain-text file fails), the
action icons, the platform plugin and the language, prints ``SMOKE CHECK <name>: <result>``
lines and ``SMOKE OK <window title>`` and quits with exit code 0. Anything else prints
``SMOKE FAIL <reason>`` and exits 1; a watchdog ends a hung start after
``SMSDESK_SMOKE_TIMEOUT`` seconds (default 120).

``SMSDESK_SMOKE_PLATFORM`` (e.g. ``windows``, ``cocoa``, ``xcb``) and ``SMSDESK_SMOKE_LANGUAGE``
(``zh_TW`` or ``en``) make the platform plugin and the UI language part of the check. A
windowed Windows build may have no stdout at all, so every line is also appended to the file
named by ``SMSDESK_SMOKE_FILE``. These are diagnostics for developers and CI, not UI text.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt loads only once the smoke run is armed
    from PySide6.QtWidgets import QApplication

_state = {"armed": False, "ok": False}


def enabled() -> bool:
    return os.environ.get("SMSDESK_SMOKE") == "1"


def passed() -> bool:
    return _state["ok"]


def say(line: str) -> None:
    if sys.stdout is not None:
        try:
            print(line, flush=True)
        except OSError:
            pass
    target = os.environ.get("SMSDESK_SMOKE_FILE")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


def fail(reason: str) -> None:
    say(f"SMOKE FAIL {reason}")
    # Exit from wherever we are (a nested dialog loop, a stuck thread): nothing to save in a smoke run.
    os._exit(1)


def _check_vendors() -> str:
    from smsdesk.vendors import all_specs

    return ", ".join(spec.id for spec in all_specs())


def _check_phones() -> str:
    from smsdesk.core import phones

    # A Taiwan mobile takes a fast path; a UK and a Japanese mobile need phonenumbers' metadata modules.
    found = []
    for raw in ("0912-345-678", "+44 7400 123456", "+81 90-1234-5678"):
        result = phones.normalize(raw, "TW")
        if not result.ok:
            raise RuntimeError(f"the valid mobile number {raw} was rejected: {result.reason_text}")
        found.append(str(result.e164))
    return ", ".join(found)


def _check_spreadsheets() -> str:
    import openpyxl
    import python_calamine
    from openpyxl.worksheet.worksheet import Worksheet

    from smsdesk.core import paths

    book = openpyxl.Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook's one sheet
    sheet.append(["phone", "name"])
    sheet.append(["0912345678", "Smoke"])
    target = paths.home() / "smoke.xlsx"
    book.save(target)
    rows = python_calamine.CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    from smsdesk.core.importer import preview

    seen = preview(target)  # through the reading child process, as an import does
    target.unlink()
    if rows[1][1] != "Smoke" or [r.values for r in seen.rows] != [["0912345678", "Smoke"]]:
        raise RuntimeError(f"read back {rows!r} and {seen.rows!r}")
    return f"openpyxl {openpyxl.__version__}, calamine read {len(rows)} rows, the import's reader {len(seen.rows)}"


def _check_catalogue() -> str:
    from PySide6.QtCore import QTranslator

    from smsdesk.core import paths
    from smsdesk.i18n import qm_path

    found = []
    for language, sample in (("zh_TW", "{list}、{item}"), ("en", "{list}, {item}")):
        path = qm_path(language)
        if path is None:
            raise RuntimeError(f"no compiled {language} catalogue in this installation")
        if path.resolve().is_relative_to(paths.home().resolve()):
            raise RuntimeError(f"{path} was compiled at start instead of shipped")
        translator = QTranslator()
        if not translator.load(str(path)):
            raise RuntimeError(f"Qt could not load {path}")
        if translator.translate("List", "{list}, {item}") != sample:
            raise RuntimeError(f"{path} does not translate (got {translator.translate('List', '{list}, {item}')!r})")
        found.append(str(path))
    return ", ".join(found)


def _check_keyring() -> str:
    import secrets

    import keyring

    from smsdesk.core.keychain import Safety, describe_backend

    backend = keyring.get_keyring()
    info = describe_backend(backend)
    technical = f"{type(backend).__module__}.{type(backend).__name__}"
    if info.safety in (Safety.FAILING, Safety.PLAIN_FILE, Safety.UNENCRYPTED):
        raise RuntimeError(f"unusable keyring backend {technical} ({info.safety.value}): {info.warning}")
    # A real round trip under a name of its own: a keychain that exists but refuses fails here.
    service, user, value = "SMS Desk smoke test", f"smoke-{secrets.token_hex(4)}", secrets.token_hex(8)
    backend.set_password(service, user, value)
    try:
        if backend.get_password(service, user) != value:
            raise RuntimeError(f"{technical} did not return what was saved")
    finally:
        backend.delete_password(service, user)
    return f"{technical} ({info.name}): saved, read back and deleted an entry"


def _check_icons() -> str:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QColor

    from smsdesk.gui import icons

    # Every action icon's SVG is installed and QtSvg draws it (a blank button is easy to miss).
    for name in icons.NAMES:
        image = icons.render(name, QSize(24, 24), QColor(Qt.GlobalColor.black)).toImage()
        if not any(image.pixelColor(x, y).alpha() for y in range(24) for x in range(24)):
            raise RuntimeError(f"the action icon {name} draws nothing")
    return f"{len(icons.NAMES)} action icons drawn"


def _check_platform() -> str:
    from PySide6.QtGui import QGuiApplication

    name = QGuiApplication.platformName()
    expected = os.environ.get("SMSDESK_SMOKE_PLATFORM")
    if expected and name != expected:
        raise RuntimeError(f"the {name!r} platform plugin is running, expected {expected!r}")
    return name


def _check_language(window: object) -> str:
    from PySide6.QtWidgets import QMainWindow

    from smsdesk.i18n import active_language

    assert isinstance(window, QMainWindow)
    menus = " ".join(action.text().replace("&", "") for action in window.menuBar().actions())
    expected = os.environ.get("SMSDESK_SMOKE_LANGUAGE")
    if expected and active_language() != expected:
        raise RuntimeError(f"the UI is in {active_language()}, expected {expected} (menus: {menus})")
    return f"{active_language()} (menus: {menus})"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("vendors", _check_vendors),
    ("phones", _check_phones),
    ("spreadsheets", _check_spreadsheets),
    ("catalogue", _check_catalogue),
    ("keyring", _check_keyring),
    ("icons", _check_icons),
    ("platform", _check_platform),
)


def arm(app: QApplication) -> None:
    """Watch for the main window, run the checks, quit; once per process."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if _state["armed"]:
        return
    _state["armed"] = True
    timeout = float(os.environ.get("SMSDESK_SMOKE_TIMEOUT", "120"))
    watchdog = threading.Timer(timeout, fail, args=(f"the app did not start and quit within {timeout:g} s",))
    watchdog.daemon = True
    watchdog.start()

    timer = QTimer(app)
    timer.setInterval(50)

    def poll() -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMainWindow) and w.isVisible()), None)
        if window is None:
            return
        timer.stop()
        checks = [*CHECKS, ("language", lambda: _check_language(window))]
        for name, check in checks:
            try:
                say(f"SMOKE CHECK {name}: {check()}")
            except Exception:
                fail(f"check {name} failed:\n{traceback.format_exc()}")
        _state["ok"] = True
        say(f"SMOKE OK {window.windowTitle()}")
        QApplication.quit()

    timer.timeout.connect(poll)
    timer.start()


def finished(code: int) -> int:
    """The exit code of a smoke run: a failure when the app quit before the checks passed."""
    if enabled() and not passed():
        fail(f"the app exited with code {code} before its main window was shown")
    return code

