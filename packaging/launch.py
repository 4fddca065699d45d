"""Entry point of the frozen app: PyInstaller runs this file as __main__.

Normally it only creates the QApplication (so the window icon is set before any
window exists) and hands over to ``smsdesk.gui.app.main``.

Smoke mode (env ``SMSDESK_SMOKE=1``, used by CI and tests/test_bundle.py): the app
starts exactly as a user would start it; once the main window is shown, a few
things PyInstaller could have left out are checked (lazily imported vendor modules,
phone metadata, spreadsheet readers, the compiled catalogues), the results are
printed, then ``SMOKE OK <window title>`` and the app quits through its normal
shutdown path with exit code 0. Anything else prints ``SMOKE FAIL <reason>`` and
exits 1; a watchdog makes sure a hung start cannot block CI forever.

A windowed Windows build may have no stdout at all, so every smoke line is also
appended to the file named by ``SMSDESK_SMOKE_FILE`` when that is set.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable

SMOKE = os.environ.get("SMSDESK_SMOKE") == "1"
_state = {"ok": False}


def _say(line: str) -> None:
    if sys.stdout is not None:
        try:
            print(line, flush=True)
        except OSError:
            pass
    target = os.environ.get("SMSDESK_SMOKE_FILE")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


def _fail(reason: str) -> None:
    _say(f"SMOKE FAIL {reason}")
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

    from smsdesk.core import paths

    book = openpyxl.Workbook()
    book.active.append(["phone", "name"])  # type: ignore[union-attr]
    book.active.append(["0912345678", "Smoke"])  # type: ignore[union-attr]
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

    from smsdesk.i18n import qm_path

    path = qm_path("zh_TW")
    if path is None:
        raise RuntimeError("no compiled zh_TW catalogue")
    if not QTranslator().load(str(path)):
        raise RuntimeError(f"Qt could not load {path}")
    return str(path)


def _check_keyring() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _check_icons() -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor

    from smsdesk.gui import icons

    # Every action icon's SVG is in the bundle and QtSvg draws it (a blank button is easy to miss).
    for name in icons.NAMES:
        image = icons.render(name, QSize(24, 24), QColor("black")).toImage()
        if not any(image.pixelColor(x, y).alpha() for y in range(24) for x in range(24)):
            raise RuntimeError(f"the action icon {name} draws nothing")
    return f"{len(icons.NAMES)} action icons drawn"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("vendors", _check_vendors),
    ("phones", _check_phones),
    ("spreadsheets", _check_spreadsheets),
    ("catalogue", _check_catalogue),
    ("keyring", _check_keyring),
    ("icons", _check_icons),
)


def _arm_smoke(app: object) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    timeout = float(os.environ.get("SMSDESK_SMOKE_TIMEOUT", "120"))
    watchdog = threading.Timer(timeout, _fail, args=(f"the app did not start and quit within {timeout:g} s",))
    watchdog.daemon = True
    watchdog.start()

    timer = QTimer(app)  # type: ignore[arg-type]
    timer.setInterval(50)

    def poll() -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMainWindow) and w.isVisible()), None)
        if window is None:
            return
        timer.stop()
        for name, check in CHECKS:
            try:
                _say(f"SMOKE CHECK {name}: {check()}")
            except Exception:
                _fail(f"check {name} failed:\n{traceback.format_exc()}")
        _state["ok"] = True
        _say(f"SMOKE OK {window.windowTitle()}")
        QApplication.quit()

    timer.timeout.connect(poll)
    timer.start()


def main() -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from smsdesk import APP_NAME, ORG_NAME
    from smsdesk.gui.app import main as app_main
    from smsdesk.gui.app import set_high_dpi_policy
    from smsdesk.resources_path import app_icon

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    set_high_dpi_policy()  # before the QApplication: Qt reads it only then
    app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setWindowIcon(app_icon())
    if SMOKE:
        _arm_smoke(app)
    code = app_main(sys.argv)
    if SMOKE and not _state["ok"]:
        _fail(f"the app exited with code {code} before its main window was shown")
    return code


if __name__ == "__main__":
    if sys.argv[1:2] == ["--smsdesk-sheet-child"]:  # the import's reading process (core/sheet_child.py)
        from smsdesk.core.sheet_child import run

        sys.exit(run(sys.argv[2:]))
    try:
        sys.exit(main())
    except SystemExit:
        raise
    except BaseException:
        if SMOKE:
            _fail(f"the app crashed:\n{traceback.format_exc()}")
        raise
