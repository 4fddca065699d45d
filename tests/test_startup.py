"""Start-up: the window paints before the heavy libraries and the other tabs are loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from smsdesk.gui.context import AppContext
from smsdesk.gui.main_window import TABS, MainWindow

# keyring too: the data folder's old keychain entries move on the first secret used, not at start.
HEAVY = ("openpyxl", "requests", "phonenumbers", "numpy", "keyring", "smsdesk.core.engine")
# A returning user's start (the Sandbox and the desk id exist) also skips the desk's name and id
# makers (core/desk.py), configparser (settings.ini is read line by line) and, on Linux, whose
# network-folder check reads the mount table, ctypes: a few ms each.
RETURNING = (*HEAVY, "socket", "secrets", "configparser", *(("ctypes",) if sys.platform.startswith("linux") else ()))

CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
HEAVY = %r

class Painted(QObject):
    first = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and self.first is None:
            self.first = {"loaded": [m for m in HEAVY if m in sys.modules], "tabs": sorted(obj._built)}
        elif self.first is not None and type(obj).__name__.endswith("Tab") and obj.isVisible():
            # the open tab's own content on screen: which tabs were built before it
            print(json.dumps({**self.first, "then": list(obj.window()._built)}), flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
hook = Painted()
app.installEventFilter(hook)
from smsdesk.gui.app import main
main([])
"""


def test_the_window_paints_before_heavy_libraries_and_other_tabs_load(home: Path) -> None:
    env = {**os.environ, "SMSDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    for modules in (HEAVY, RETURNING):  # the first start, then a returning one
        proc = subprocess.run([sys.executable, "-c", CHILD % (modules,)], env=env, capture_output=True, text=True,
                              timeout=120)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        assert lines, proc.stderr[-2000:]
        seen = json.loads(lines[-1])
        assert seen["loaded"] == []  # each loads when first needed: a file, a secret, a request, a number
        assert seen["tabs"] == []  # the frame, menus and tab bar paint first
        assert seen["then"] == ["compose"]  # then the tab that was open, before any other


def test_other_tabs_are_built_after_the_first_paint_or_when_asked_for(qtbot: QtBot, home: Path) -> None:
    ctx = AppContext.open()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert list(window._built) == ["compose"]  # the open tab only, before it is shown
    assert window.balances.table.rowCount() >= 0  # asking builds it at once, in its place
    assert window.tabs.widget(4) is window.balances and window.tabs.tabText(4) == "Balances"
    window.show()
    qtbot.waitUntil(lambda: len(window._built) == len(TABS), timeout=10_000)
    assert [window.tabs.widget(i) for i in range(len(TABS))] == [
        window.compose, window.recipients, window.status, window.replies, window.balances]
    assert window.tabs.currentWidget() is window.compose  # building the rest did not move the user
    window.close()
    ctx.close()


def test_a_window_that_never_paints_still_builds_its_tabs(qtbot: QtBot, home: Path) -> None:
    # Started minimized, a window may not paint for hours; Compose's scheduler must run anyway.
    from PySide6.QtCore import QEvent, QObject

    class NoPaint(QObject):
        """Swallows the window's paint events, as a minimized window gets none."""

        count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and obj is window:
                self.count += 1
                return True
            return False

    ctx = AppContext.open()
    window = MainWindow(ctx, open_tab_later=True)
    qtbot.addWidget(window)
    paints = NoPaint()
    window.installEventFilter(paints)
    window.show()
    qtbot.waitUntil(lambda: paints.count > 0, timeout=15_000)  # it would have painted by now
    assert window._built == {}
    qtbot.waitUntil(lambda: "compose" in window._built, timeout=15_000)
    qtbot.waitUntil(lambda: len(window._built) == len(TABS), timeout=15_000)
    window.close()
    ctx.close()


FROZEN = r"""
import gc, os
from PySide6.QtCore import QTimer
from smsdesk.gui import main_window

def look(window):
    if len(window._built) < len(main_window.TABS):
        looks.append(gc.get_freeze_count())  # still starting: nothing frozen yet
    else:
        print("FROZEN", gc.get_freeze_count(), max(looks, default=-1), flush=True)
        os._exit(0)

def show(self):
    shown(self)
    timer = QTimer(self, interval=1)
    timer.timeout.connect(lambda: look(self))
    timer.start()

looks = []
shown, main_window.MainWindow.show = main_window.MainWindow.show, show
from smsdesk.gui.app import main
main([])
"""


def test_the_start_ends_by_freezing_what_lives_as_long_as_the_window(home: Path) -> None:
    # A full collection over the window, its tabs and the imports stalled the GUI thread 30-60 ms;
    # once the last tab is built they are frozen out of the cyclic collector (gui/app.py).
    env = {**os.environ, "SMSDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", FROZEN], env=env, capture_output=True, text=True, timeout=60)
    [line] = [line for line in proc.stdout.splitlines() if line.startswith("FROZEN")] or [proc.stderr[-2000:]]
    _word, frozen, before = line.split()
    assert int(before) == 0 and int(frozen) > 10_000, line
