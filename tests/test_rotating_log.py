"""The app's log rolls over by size and keeps a fixed number of old files, in order."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from smsdesk.core.rotating_log import RotatingLog


def test_the_log_rolls_over_by_size_and_keeps_its_backups_in_order(tmp_path: Path) -> None:
    path = tmp_path / "smsdesk.log"
    handler = RotatingLog(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test.rotating")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(60):
            log.warning("line %02d 台北", n)  # 13 bytes with the line break: UTF-8 counts, not characters
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["smsdesk.log", "smsdesk.log.1", "smsdesk.log.2"]
    for name in files:
        assert 0 < (tmp_path / name).stat().st_size <= 200
    kept = "".join((tmp_path / name).read_text(encoding="utf-8") for name in reversed(files)).splitlines()
    assert kept == [f"line {n:02d} 台北" for n in range(60 - len(kept), 60)]  # the newest, none lost between
    assert len(kept) > 30


def test_the_window_does_not_load_logging_handlers(tmp_path: Path) -> None:
    code = ("import sys\n"
            "from smsdesk.gui.app import setup_logging\n"
            "setup_logging()\n"
            "import logging; logging.getLogger('smsdesk').warning('hello')\n"
            "assert 'logging.handlers' not in sys.modules and 'socket' not in sys.modules, 'loaded'\n"
            "import smsdesk.core.leases\n"
            "assert 'socket' not in sys.modules or sys.platform == 'win32'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120,
                   env={**os.environ, "SMSDESK_HOME": str(tmp_path)})
    assert "hello" in (tmp_path / "logs" / "smsdesk.log").read_text(encoding="utf-8")
