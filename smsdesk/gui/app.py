"""Start the desktop app: language, logging, crash dialog, main window."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from types import TracebackType
from typing import cast

from smsdesk import APP_NAME, ORG_NAME

# The Qt-free modules the start needs (AppContext.open, the window's first paint), imported before
# main() imports PySide6: PySide6 reads the source of every module imported after it (its
# __feature__ check), ~15 ms of each start.
from smsdesk.core import accounts, jobs, leases, live, netfs, paths, sandbox_scope  # noqa: F401
from smsdesk.core.notes import EnglishFilter
from smsdesk.core.redact import RedactingFilter, redact
from smsdesk.core.settings import appearance, language
from smsdesk.core.store import StoreError

log = logging.getLogger("smsdesk")


def setup_logging() -> logging.Handler:
    """A rotating log under the data folder; every line passes the secret filter."""
    from smsdesk.core.rotating_log import RotatingLog

    handler = RotatingLog(paths.log_dir() / "smsdesk.log", max_bytes=1_000_000, backups=5)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(EnglishFilter())  # first: the redacting filter formats the line
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback (redacted) and tell the user in words; never crash silently."""
    text = redact("".join(traceback.format_exception(exc_type, exc, tb)))
    log.error("unhandled exception:\n%s", text)
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "Something went wrong"),
                      QApplication.translate(
                          "App",
                          "SMS Desk ran into an unexpected problem. Your data is safe; messages being "
                          "sent are tracked and can be resumed. Details were written to the log in {path}.",
                      ).format(path=paths.log_dir()))
    box.setDetailedText(text)
    box.exec()


def set_high_dpi_policy() -> None:
    """Scale by the screen's exact factor (125 %, 150 % on Windows laptops), never rounded to 1x or 2x
    (too small or too big). Qt reads it only when the QApplication is created, so call it before."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def freeze_startup_heap() -> None:
    """Once the window and its tabs exist, keep what lives as long as they do out of the cyclic GC.

    A full collection walks every tracked object while it holds the interpreter lock, whichever
    thread runs it: over the imports, the window, its tabs and a session's data one took 30-60 ms,
    and the GUI thread stood still for it (bench_gui_stalls: Status open and polling of a 100,000
    job). Frozen objects are still freed by reference counting; the collection just before means
    no garbage is frozen with them.
    """
    gc.collect()
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from smsdesk.gui import theme
    from smsdesk.gui.context import AppContext
    from smsdesk.gui.main_window import MainWindow
    from smsdesk.i18n import install_qt_translator, pick_language

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    if QApplication.instance() is None:  # packaging/launch.py makes its own, after setting the policy
        set_high_dpi_policy()
    # cast: instance() is typed QCoreApplication, but the only one ever made here is a QApplication.
    app = cast("QApplication | None", QApplication.instance()) or QApplication(argv if argv is not None else sys.argv)
    from smsdesk.resources_path import app_icon

    app.setWindowIcon(app_icon())
    setup_logging()
    sys.excepthook = excepthook
    settings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
    install_qt_translator(app, pick_language(language(settings)))
    # Before any window exists, so the first paint is already in the chosen (or the system's) scheme.
    theme.install(app, appearance(settings))
    try:
        ctx = AppContext.open()
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    from smsdesk.gui import smoke

    if smoke.enabled():  # SMSDESK_SMOKE=1: check the installation once the window is up, then quit
        smoke.arm(app)
    window = MainWindow(ctx, open_tab_later=True)
    window.all_built.connect(freeze_startup_heap)  # emitted once, by the last tab built
    window.show()
    window.show_welcome_if_first_run()
    code = app.exec()
    ctx.close()
    return smoke.finished(int(code))


if __name__ == "__main__":
    sys.exit(main())
