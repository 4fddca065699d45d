"""Grab screenshots of the main window's tabs for docs/screenshots/ (offscreen or under Xvfb).

    SMSDESK_HOME=/tmp/shots python tools/screenshots.py [zh_TW|en ...]

Fills the Sandbox with a small demo first so the tabs show real content.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def demo_data(ctx: object) -> None:
    """A job with mixed states and a couple of replies, through the real engine."""
    from smsdesk.core.planner import create_job, plan_send
    from smsdesk.core.tracking import refresh_job, refresh_replies

    accounts = ctx.accounts  # type: ignore[attr-defined]
    store = ctx.store  # type: ignore[attr-defined]
    sandbox = accounts.all()[0]
    phones = ["0912345678", "0912345000", "0923456444", "0934567897", "0955123477", "0911222333"]
    plan = plan_send(store, sandbox, phones=phones, text="週末特價：全館商品 85 折，歡迎光臨！回覆「退訂」停止接收。")
    job = create_job(store, sandbox, plan)
    ctx.engine.run(job)  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        refresh_job(store, accounts, job)
        if refresh_replies(store, accounts, sandbox) >= 2:
            break
        time.sleep(0.2)


def main(languages: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SMSDESK_SANDBOX_DELAY", "0.2")
    if "SMSDESK_HOME" not in os.environ:
        os.environ["SMSDESK_HOME"] = tempfile.mkdtemp(prefix="smsdesk-shots-")
    from PySide6.QtWidgets import QApplication

    from smsdesk.gui.context import AppContext
    from smsdesk.gui.main_window import MainWindow
    from smsdesk.i18n import install_qt_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    seeded = False
    for language in languages:
        install_qt_translator(app, language)
        ctx = AppContext.open()
        if not seeded:
            demo_data(ctx)
            seeded = True
        window = MainWindow(ctx)
        window.resize(1100, 700)
        window.show()
        names = ["compose", "recipients", "status", "replies", "balances"]
        for index, name in enumerate(names):
            window.tabs.setCurrentIndex(index)
            if name == "balances":
                window.balances.refresh_all()
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            path = OUT / f"{name}-{language}.png"
            window.grab().save(str(path))
            print(path)
        if language == "zh_TW":
            window.tabs.setCurrentIndex(0)
            app.processEvents()
            window.grab().save(str(OUT / "main-window-zh_TW.png"))
        window.close()
        ctx.close()


if __name__ == "__main__":
    languages = sys.argv[1:] or ["zh_TW", "en"]
    if len(languages) > 1:
        # One process per language: Qt translators are process-wide.
        import subprocess

        for language in languages:
            subprocess.run([sys.executable, __file__, language], check=True)
    else:
        main(languages)
