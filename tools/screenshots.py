"""Screenshots of every tab and the main dialogs, for docs/screenshots/ (offscreen or under Xvfb).

    python tools/screenshots.py [--dark] [--out DIR] [zh_TW|en ...]

Each language runs in its own process with a fresh data folder filled through the
real code: a customer list imported from a generated .xlsx, a Sandbox send with
mixed outcomes, replies, and a TwSMS account for the account dialog.

``--dark`` takes them in the dark scheme (the Settings choice "Dark", as a user would see it
where the system cannot switch itself: Fusion's dark palette) and names them ``*-<language>-dark.png``;
``--out`` writes somewhere other than docs/screenshots (and then leaves the in-app help's
images in resources/help/img as they are).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CUSTOMERS = [
    ("王小明", "0912-345-678", "台北信義店"), ("陳美麗", 912345000, "台中公益店"), ("林大同", "０９２３４５６４４４", "高雄巨蛋店"),
    ("張雅婷", "+886 934 567 897", "台北信義店"), ("黃志豪", "0955123477", "新竹竹北店"), ("李佳穎", "0911-222-333", "台南中西店"),
    ("吳建宏", "02-2345-6789", "台北信義店"), ("蔡宜君", "0987654321", "桃園中壢店"),
]


def make_customers(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客戶"
    ws.append(["姓名", "手機", "門市"])
    for row in CUSTOMERS:
        ws.append(list(row))
    wb.save(path)
    return path


def pump(app: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def seed(ctx: object, folder: Path) -> Path:
    from smsdesk.core.importer import run_import
    from smsdesk.core.planner import create_job, plan_send
    from smsdesk.core.tracking import refresh_job, refresh_replies

    store, accounts = ctx.store, ctx.accounts  # type: ignore[attr-defined]
    sheet = make_customers(folder / "客戶名單.xlsx")
    run_import(store, sheet, "VIP 客戶")
    sandbox = accounts.all()[0]
    plan = plan_send(store, sandbox, lists=["VIP 客戶"], text="{姓名} 您好，{門市}週末全館 85 折，歡迎光臨！回覆「退訂」停止接收。")
    job = create_job(store, sandbox, plan)
    ctx.engine.run(job)  # type: ignore[attr-defined]
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        refresh_job(store, accounts, job)
        if refresh_replies(store, accounts, sandbox) >= 2:
            break
        time.sleep(0.2)
    # A TwSMS account on the local simulator, with a few balance readings for the trend.
    from smsdesk.core.balances import read_all
    from smsdesk.sim.server import Simulator

    sim = Simulator().start()
    sim.vendors["twsms"].add_account("myshop", "example-password", balance=1280, snumbers={"12345"})
    tw = accounts.add("門市 TwSMS", "twsms", {"username": "myshop", "snumber": "12345"},
                      {"password": "example-password"}, base_url=sim.base_url("twsms"))
    for left in (1280, 1105, 990, 870):
        sim.vendors["twsms"].set_balance("myshop", left)
        read_all(store, accounts, [tw])
    tencent = sim.vendors["tencent"]
    demo = tencent.seed_demo()
    tencent.add_template("{1} 您好，您的訂單 {2} 已可取貨，請於 7 日內至門市領取。", sdkappid=demo["sdkappid"])
    tencent.add_template("週年慶優惠：全館 85 折，至 {1} 止。", tpl_type=1, approved=False, sdkappid=demo["sdkappid"])
    accounts.add("騰訊雲簡訊", "tencent", {"sdkappid": demo["sdkappid"], "sign": demo["sign"]},
                 {"appkey": demo["appkey"]}, base_url=sim.base_url("tencent"))
    ctx.simulator = sim  # type: ignore[attr-defined]  # kept running for the Balances tab
    return sheet


def dialogs(app: object, ctx: object, window: object, out: Path, tag: str) -> None:
    """The confirmation, settings, first-run guide and vendor tools dialogs."""
    from smsdesk.core.planner import plan_send
    from smsdesk.gui.dialogs import ConfirmSendDialog
    from smsdesk.gui.settings_dialog import SettingsDialog
    from smsdesk.gui.vendor_tools import VendorToolsDialog
    from smsdesk.gui.welcome import WelcomeDialog

    accounts = ctx.accounts  # type: ignore[attr-defined]
    plan = plan_send(ctx.store, accounts.all()[0], lists=["VIP 客戶"],  # type: ignore[attr-defined]
                     text="{姓名} 您好，{門市}週末全館 85 折，歡迎光臨！回覆「退訂」停止接收。")
    shots = [
        ("confirm-dialog", ConfirmSendDialog(plan, window, balance_checked=True)),  # type: ignore[arg-type]
        ("settings-dialog", SettingsDialog(ctx, window)),  # type: ignore[arg-type]
        ("welcome-dialog", WelcomeDialog(window)),  # type: ignore[arg-type]
        ("vendor-tools", VendorToolsDialog(ctx, accounts.find("騰訊雲簡訊"), window)),  # type: ignore[arg-type]
    ]
    for name, dialog in shots:
        if name == "vendor-tools":
            dialog.resize(900, 420)
        dialog.show()
        pump(app, 2)
        dialog.grab().save(str(out / f"{name}-{tag}.png"))
        dialog.close()


HELP_IMG = ROOT / "resources" / "help" / "img"
HELP_IMAGES = ("compose", "import-dialog", "status", "account-dialog")


def empty_states(app: object, ctx: object, out: Path, tag: str) -> None:
    """What a new user sees first, on a small (1024x600) screen: the empty Recipients, Status, Replies."""
    from smsdesk.gui.main_window import MainWindow

    window = MainWindow(ctx)  # type: ignore[arg-type]
    window.resize(1024, 600)
    window.show()
    for tab in (window.recipients, window.status, window.replies):
        window.tabs.setCurrentWidget(tab)
        pump(app, 1.0)
        window.grab().save(str(out / f"empty-{type(tab).__name__.removesuffix('Tab').lower()}-{tag}.png"))
    window.close()


def report_and_guide(app: object, window: object, out: Path, tag: str) -> None:
    """The selected job's report on Status (summary, states, funnel, failure reasons) and the user guide."""
    from PySide6.QtCore import QRect

    status = window.status  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(status)  # type: ignore[attr-defined]
    pump(app, 2.5)
    top = status.summary.mapTo(status, status.summary.rect().topLeft())
    chart = status.report_chart
    bottom = chart.mapTo(status, chart.rect().bottomRight())
    status.grab(QRect(0, top.y() - 6, status.width(), bottom.y() - top.y() + 12)).save(
        str(out / f"job-report-{tag}.png"))
    window.open_help("status")  # type: ignore[attr-defined]
    guide = window.help_viewer  # type: ignore[attr-defined]
    guide.resize(860, 640)
    pump(app, 1.5)
    guide.grab().save(str(out / f"user-guide-{tag}.png"))
    guide.close()


def main(language: str, dark: bool = False, out: Path = OUT) -> None:
    from PySide6.QtWidgets import QApplication

    from smsdesk.gui import theme
    from smsdesk.gui.accounts_dialog import AccountEditor
    from smsdesk.gui.context import AppContext
    from smsdesk.gui.import_dialog import ImportDialog
    from smsdesk.gui.main_window import MainWindow
    from smsdesk.i18n import install_qt_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_qt_translator(app, language)
    theme.install(app, "dark" if dark else "light")  # docs show one scheme, whatever this computer uses
    tag = f"{language}-dark" if dark else language
    out.mkdir(parents=True, exist_ok=True)
    ctx = AppContext.open()
    empty_states(app, ctx, out, tag)
    sheet = seed(ctx, Path(os.environ["SMSDESK_HOME"]))
    window = MainWindow(ctx)
    window.resize(1180, 740)
    window.show()
    for index, name in enumerate(["compose", "recipients", "status", "replies", "balances"]):
        window.tabs.setCurrentIndex(index)
        if name == "balances":
            window.balances.refresh_all()
        if name == "compose":
            from PySide6.QtCore import Qt

            pump(app, 1.0)
            if window.compose.lists.count():
                window.compose.lists.item(0).setCheckState(Qt.CheckState.Checked)
            window.compose.message.setPlainText("{姓名} 您好，{門市}本週末全館 85 折，歡迎光臨！回覆「退訂」停止接收。")
        if name == "replies":
            pump(app, 1.0)
            if window.replies.model.rowCount():
                window.replies.table.selectRow(1)
        if name == "recipients" and window.recipients.lists_view.count():
            window.recipients.lists_view.setCurrentRow(0)
        pump(app, 2.5)
        window.grab().save(str(out / f"{name}-{tag}.png"))
        if name == "compose" and language == "zh_TW":
            window.grab().save(str(out / f"main-window-{tag}.png"))
    editor = AccountEditor(ctx, ctx.accounts.find("門市 TwSMS"), parent=window)
    editor.resize(760, 720)
    editor.show()
    pump(app, 1)
    editor.grab().save(str(out / f"account-dialog-{tag}.png"))
    editor.close()
    dialog = ImportDialog(ctx, window, sheet)
    dialog.resize(900, 640)
    dialog.show()
    pump(app, 3)
    dialog.grab().save(str(out / f"import-dialog-{tag}.png"))
    dialog.close()
    dialogs(app, ctx, window, out, tag)
    report_and_guide(app, window, out, tag)
    # The user guide shows the light screens of its own language; a run into another folder
    # (--out, a look before committing) leaves the app's help images alone.
    if not dark and out.resolve() == OUT.resolve():
        for name in HELP_IMAGES:
            shutil.copyfile(out / f"{name}-{tag}.png", HELP_IMG / f"{name}-{tag}.png")
    window.close()
    ctx.close()
    print("\n".join(str(p) for p in sorted(out.glob(f"*-{tag}.png"))))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Regenerate the documentation screenshots.")
    parser.add_argument("languages", nargs="*", default=["zh_TW", "en"])
    parser.add_argument("--dark", action="store_true", help="the dark scheme (files named *-<language>-dark.png)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder for the PNGs (default {OUT})")
    args = parser.parse_args()
    if len(args.languages) > 1 or "SMSDESK_HOME" not in os.environ:
        # One process and one fresh data folder per language: Qt translators are process-wide.
        for language in args.languages:
            env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "SMSDESK_HOME": tempfile.mkdtemp(prefix="smsdesk-shots-"), "SMSDESK_SANDBOX_DELAY": "0.2",
                   "PYTHON_KEYRING_BACKEND": "smsdesk.core.credentials.MemoryKeyring"}
            flags = ["--dark"] * args.dark + ["--out", str(args.out.resolve())]
            subprocess.run([sys.executable, __file__, *flags, language], check=True, env=env)
    else:
        main(args.languages[0], dark=args.dark, out=args.out)
