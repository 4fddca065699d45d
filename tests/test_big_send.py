"""A big campaign's memory grows with the window of requests, not with the job.

300,000 contacts imported with ``smsdesk-cli import``, planned and sent with ``smsdesk-cli send``
to the SMS-Get simulator over real HTTP, each step in its own process (tests/support/bigsend.py).
Holding every recipient as an object took about 400 MB here (1.26 GB for 1,000,000); streamed,
planning and sending stay under 200 MB (README, "Limits": 1,000,000 under 400 MB).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.bigsend import big_send

from smsdesk.sim.server import Simulator

N = 300_000
BUDGET_MB = 200


@pytest.mark.slow
def test_planning_and_sending_300000_recipients_stay_under_budget(sim: Simulator, tmp_path: Path) -> None:
    steps = big_send(N, tmp_path / "home", sim)
    plan, send = steps["plan"], steps["send"]
    assert plan.returncode != 0 and "Nothing was sent" in plan.stderr  # planned, shown, not confirmed
    assert f"Recipients: {N}" in plan.stderr
    assert send.returncode == 0, send.stderr
    summary = json.loads(send.stdout)
    assert (summary["recipients"], summary["submitted"], summary["status"]) == (N, N, "done")
    sends = sim.requests_to("smsget", "/api_send.php")
    assert len(sends) == -(-N // 250)  # full requests of 250, as if the job had been read at once
    assert plan.peak_mb < BUDGET_MB, f"planning peaked at {plan.peak_mb:.0f} MB"
    assert send.peak_mb < BUDGET_MB, f"planning and sending peaked at {send.peak_mb:.0f} MB"
    assert list((tmp_path / "home" / "scratch").glob("plan-*.db")) == []  # the plans' scratch files are gone
