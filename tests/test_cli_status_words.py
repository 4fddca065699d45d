"""``jobs`` and ``status`` word a job's status as the Status tab does (core.job_progress)."""

from __future__ import annotations

import json

import pytest

from smsdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_a_job_waiting_for_reports_is_not_called_done(home: object, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "3600")  # the reports are an hour away
    code, out = run(capsys, "send", "--account", "Sandbox", "--to", "0912345678", "--message", "Hi", "--yes",
                    "--json")
    assert code == 0 and json.loads(out)["submitted"] == 1
    code, out = run(capsys, "jobs")
    assert code == 0 and "Waiting for reports" in out and "Done" not in out
    code, out = run(capsys, "status", "1")
    assert code == 0 and out.splitlines()[0].endswith("Waiting for reports")
    code, out = run(capsys, "jobs", "--json")
    assert json.loads(out)[0]["status"] == "done"  # the machine-readable value stays the job's own


def test_a_job_with_every_report_in_is_done(home: object, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0")
    code, _ = run(capsys, "send", "--account", "Sandbox", "--to", "0912345678", "--message", "Hi", "--yes", "--json")
    assert code == 0
    code, out = run(capsys, "status", "1", "--refresh")
    assert code == 0 and out.splitlines()[0].endswith("Done"), out
    code, out = run(capsys, "jobs")
    assert "Done" in out and "Waiting for reports" not in out
