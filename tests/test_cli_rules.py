"""smsdesk-cli applies the window's rules: quiet hours and the repeat guard, read from the same settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from smsdesk.cli import main
from smsdesk.core import paths
from smsdesk.core.schedule import TAIPEI


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    out = captured.out
    return code, (json.loads(out) if out.strip().startswith("{") else out), captured.err


def quiet_now() -> None:
    """Quiet hours around the present moment, as the Settings dialog saves them."""
    now = datetime.now(TAIPEI)
    s = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
    s.setValue("quiet/enabled", True)
    s.setValue("quiet/start", (now - timedelta(hours=2)).strftime("%H:%M"))
    s.setValue("quiet/end", (now + timedelta(hours=2)).strftime("%H:%M"))
    s.sync()


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SMSDESK_HOME": str(home), "SMSDESK_SANDBOX_DELAY": "0"}
    return subprocess.run([sys.executable, "-m", "smsdesk.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_cli_refuses_during_quiet_hours_without_the_override(home: Path) -> None:
    quiet_now()
    refused = run(home, "send", "--account", "Sandbox", "--to", "0912345678", "--message", "Hi", "--yes", "--json")
    assert refused.returncode != 0
    assert "quiet hours" in refused.stderr and refused.stdout == ""
    sent = run(home, "send", "--account", "Sandbox", "--to", "0912345678", "--message", "Hi", "--yes", "--json",
               "--ignore-quiet-hours")
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout)["submitted"] == 1
    jobs = run(home, "jobs", "--json")
    assert len(json.loads(jobs.stdout)) == 1  # the refused send left no job behind


def test_cli_skips_repeats_unless_allowed(capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0")
    args = ("send", "--account", "Sandbox", "--to", "0912345678", "0912345679", "--message", "Sale today",
            "--yes", "--json")
    code, first, _ = cli(capsys, *args)
    assert code == 0 and first["submitted"] == 2
    code, again, err = cli(capsys, "send", "--account", "Sandbox", "--to", "0912345678", "0912345671",
                           "--message", "Sale today", "--yes", "--json")
    assert code == 0 and again["submitted"] == 1
    assert [r["reason"] for r in again["skipped_reasons"]] == ["repeat"]
    assert "1 of these 2 people got this exact message today at" in err and "--allow-repeat" in err
    code, allowed, _ = cli(capsys, "send", "--account", "Sandbox", "--to", "0912345678", "--message",
                           "Sale today", "--yes", "--json", "--allow-repeat")
    assert code == 0 and allowed["submitted"] == 1 and allowed["skipped_reasons"] == []
    code, _, err = cli(capsys, "send", "--account", "Sandbox", "--to", "0912345678", "--message",
                       "Sale today", "--yes", "--json")
    assert code != 0 and "every number was skipped" in err
