"""The Qt binding we install must survive a long-running app.

PySide6 6.12.0 on Python 3.11 loses a reference to None on every call of a Qt
method returning void, so a busy GUI aborts with "none_dealloc" after a while;
pyproject.toml excludes it. Run in a child process so a crash fails this test
instead of killing the test session.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
before = sys.getrefcount(None)
for _ in range(300_000):
    widget.update()
after = sys.getrefcount(None)
print(before, after)
"""


def test_many_void_qt_calls_do_not_corrupt_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = map(int, result.stdout.split())
    assert after >= before - 100, "a Qt call is leaking references to None"
