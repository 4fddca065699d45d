"""Entry point of the frozen app: PyInstaller runs this file as __main__.

It only creates the QApplication (so the window icon is set before any window exists) and
hands over to ``smsdesk.gui.app.main``. Smoke mode (``SMSDESK_SMOKE=1``, used by CI and
tests/test_bundle.py) lives in ``smsdesk.gui.smoke``, so an installed wheel has it too.
"""

from __future__ import annotations

import sys
import traceback


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
    app.setWindowIcon(app_icon())  # type: ignore[union-attr]
    return app_main(sys.argv)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--smsdesk-sheet-child"]:  # the import's reading process (core/sheet_child.py)
        from smsdesk.core.sheet_child import run

        sys.exit(run(sys.argv[2:]))
    try:
        sys.exit(main())
    except SystemExit:
        raise
    except BaseException:
        from smsdesk.gui import smoke

        if smoke.enabled():
            smoke.fail(f"the app crashed:\n{traceback.format_exc()}")
        raise
