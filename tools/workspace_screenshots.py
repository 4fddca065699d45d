"""Screenshots of Settings → Shared workspace and the network-share refusal, for docs/screenshots/.

    python tools/workspace_screenshots.py [--dark] [--url postgresql://user@host:port/db] [zh_TW|en ...]

Test connection runs against ``--url`` (a running server; trust or a saved PGPASSWORD), so the
picture shows the server's real answer. One process per language, each with a fresh data folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def pump(app: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def main(language: str, url: str, dark: bool, out: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from smsdesk import APP_NAME
    from smsdesk.core.netfs import NetworkFolder, Remote
    from smsdesk.core.workspace import Workspace
    from smsdesk.gui import theme
    from smsdesk.gui.context import AppContext
    from smsdesk.gui.workspace_dialog import WorkspaceDialog
    from smsdesk.i18n import install_qt_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_qt_translator(app, language)
    theme.install(app, "dark" if dark else "light")
    tag = f"{language}-dark" if dark else language
    out.mkdir(parents=True, exist_ok=True)
    ctx = AppContext.open()
    ws = Workspace.from_url(url)
    dialog = WorkspaceDialog(ctx)
    dialog.host.setText(ws.host)
    dialog.port.setValue(ws.port)
    dialog.database.setText(ws.database)
    dialog.user.setText(ws.user)
    dialog.desk.setText("櫃台 2" if language == "zh_TW" else "Counter 2")
    dialog.show()
    dialog.test_button.click()
    deadline = time.monotonic() + 30
    while not dialog.test_button.isEnabled() and time.monotonic() < deadline:
        pump(app, 0.1)
    pump(app, 0.5)
    dialog.grab().save(str(out / f"workspace-dialog-{tag}.png"))
    dialog.close()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      str(NetworkFolder(Remote(r"\\nas\shop\SMS Desk", "unc"))))
    box.show()
    pump(app, 0.5)
    box.grab().save(str(out / f"network-share-refused-{tag}.png"))
    box.close()
    ctx.close()
    print("\n".join(str(p) for p in sorted(out.glob(f"*-{tag}.png")) if "workspace" in p.name or "refused" in p.name))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Screenshots of the shared workspace dialog.")
    parser.add_argument("languages", nargs="*", default=["zh_TW", "en"])
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--url", default="postgresql://smsdesk@127.0.0.1:55432/postgres")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if len(args.languages) > 1 or "SMSDESK_HOME" not in os.environ:
        for language in args.languages:  # Qt translators are process-wide: one process per language
            env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "SMSDESK_HOME": tempfile.mkdtemp(prefix="smsdesk-shots-"),
                   "PYTHON_KEYRING_BACKEND": "smsdesk.core.credentials.MemoryKeyring"}
            flags = ["--dark"] * args.dark + ["--url", args.url, "--out", str(args.out.resolve())]
            subprocess.run([sys.executable, __file__, *flags, language], check=True, env=env)
    else:
        main(args.languages[0], args.url, args.dark, args.out)
