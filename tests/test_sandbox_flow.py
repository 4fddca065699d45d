"""The built-in Sandbox end to end through the CLI: send, deliver, reply, balance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from smsdesk.cli import main


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out)


def poll(fn: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


@pytest.fixture(autouse=True)
def fast_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0.3")


def test_send_then_delivered_then_replies(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    code, sent = cli(capsys, "send", "--account", "Sandbox", "--to", "0912345678", "0912 345 000",
                     "+886 912-345-677", "0912345678", "--message", "hi", "--yes", "--json")
    assert code == 0
    assert sent["recipients"] == 3 and sent["submitted"] == 3
    assert sent["skipped"] == 1 and sent["skipped_reasons"][0]["reason"] == "duplicate"
    assert sent["points"] == 3 and sent["unknown"] == 0 and sent["failed"] == 0
    job = sent["job"]

    def final() -> Any:
        _, status = cli(capsys, "status", str(job), "--refresh", "--json")
        states = {r["phone"]: r["state"] for r in status["recipients"]}
        return status if "submitted" not in states.values() else None

    status = poll(final)
    assert status, "sandbox never reported"
    states = {r["phone"]: r for r in status["recipients"]}
    assert states["+886912345678"]["state"] == "delivered"
    assert states["+886912345678"]["vendor_status"] == "DELIVRD"
    assert states["+886912345000"]["state"] == "failed"
    assert set(states["+886912345678"]) == {"phone", "state", "vendor_status", "error", "updated_at"}
    assert status["counts"]["delivered"] == 2

    def replies() -> Any:
        _, rows = cli(capsys, "replies", "--refresh", "--json")
        return rows

    rows = poll(replies)
    assert rows and rows[0]["phone"] == "+886912345677" and rows[0]["account"] == "Sandbox"
    assert set(rows[0]) == {"phone", "text", "received_at", "account", "contact"}

    code, balances = cli(capsys, "balance", "--json")
    assert code == 0
    assert balances == [{"account": "Sandbox", "vendor": "sandbox", "balance": 497.0, "unit": "points",
                         "read_at": balances[0]["read_at"], "error": None}]
    code, jobs = cli(capsys, "jobs", "--json")
    assert [j["job"] for j in jobs] == [job]
    assert set(jobs[0]) >= {"job", "account", "created_at", "recipients", "counts"}


def test_send_without_yes_and_without_terminal_refuses(capsys: pytest.CaptureFixture[str], home: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["send", "--account", "Sandbox", "--to", "0912345678", "--message", "hi"])
    captured = capsys.readouterr()
    assert code == 1
    assert "Recipients: 1" in captured.err and "Nothing was sent" in captured.err
    code, jobs = cli(capsys, "jobs", "--json")
    assert jobs == []


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send", "--account", "Sandbox", "--message", "hi"]) == 2
    assert main(["no-such-command"]) == 2
    assert main(["status", "999", "--json"]) == 1
    assert "no job number 999" in capsys.readouterr().err


def test_cli_as_a_real_process(tmp_path: Path) -> None:
    """The documented acceptance check, in a separate process with --home."""
    env = {**os.environ, "SMSDESK_SANDBOX_DELAY": "0.3"}
    env.pop("SMSDESK_HOME", None)
    home = tmp_path / "x"
    run = [sys.executable, "-m", "smsdesk.cli", "--home", str(home)]
    out = subprocess.run([*run, "send", "--account", "Sandbox", "--to", "0912345678", "--message", "hi",
                          "--yes", "--json"], capture_output=True, text=True, env=env, timeout=60, check=True)
    job = json.loads(out.stdout)["job"]

    def delivered() -> bool:
        res = subprocess.run([*run, "status", str(job), "--refresh", "--json"], capture_output=True, text=True,
                             env=env, timeout=60, check=True)
        data = json.loads(res.stdout)
        return data["recipients"][0]["state"] == "delivered" and data["recipients"][0]["phone"] == "+886912345678"

    assert poll(delivered, 15)
    assert (home / "smsdesk.db").exists()
