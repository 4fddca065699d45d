"""Schedules that keep their promise: held jobs, run-due from cron, overdue jobs, all-or-nothing windows.

Real child processes of ``smsdesk-cli`` over one data folder, against the simulator on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from smsdesk.core.jobs import Jobs, JobStatus
from smsdesk.core.leases import JobLease
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.sim.server import Fault, Simulator

TESTS = Path(__file__).resolve().parent
APPID, APPKEY, SIGN = "1400012345", "5f03a35d00ee52a21327ab048186a2c4", "Shop"
TW_USER, TW_PASS = "shop", "tw-Secret-pa55"


def tw_phones(n: int) -> list[str]:
    return [f"09{52_000_000 + i:08d}" for i in range(n)]


@dataclass
class Cli:
    sim: Simulator
    home: Path
    env: dict[str, str]
    store: Store
    template: int = 0

    def args(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "smsdesk.cli", "--home", str(self.home), *args]

    def run(self, *args: str, stdin: str | None = None, timeout: float = 240) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.args(*args), input=stdin, env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(self.args(*args), env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)

    def tencent_sent(self) -> list[str]:
        return [m["phone"] for m in self.sim.vendors["tencent"].messages]  # type: ignore[attr-defined]

    def schedule_tencent(self, phones: list[str], at: datetime) -> int:
        out = self.run("send", "--account", "T", "--to", *phones, "--template", str(self.template),
                       "--param", "1=Opening at noon", "--at", at.isoformat(), "--yes", "--json")
        assert out.returncode == 0, out.stderr
        data = json.loads(out.stdout)
        assert data["status"] == "scheduled" and data["scheduled"] == len(phones)
        assert "run-due" in data["note"]  # how it goes out without the window
        return int(data["job"])

    def move_schedule(self, job: int, at: datetime) -> None:
        """Time passes: the job's moment is now ``at`` (what the clock would do, without waiting)."""
        self.store.execute("UPDATE jobs SET schedule_at=? WHERE id=?", (at.astimezone(UTC).isoformat(), job))

    def job(self, job: int) -> Any:
        return Jobs(self.store).get(job)

    def shop(self) -> tuple[Any, Any]:
        """The TwSMS account for this process too (its password in this process's keyring)."""
        from smsdesk.core.accounts import Accounts

        accounts = Accounts(self.store)
        account = next(a for a in accounts.all() if a.name == "Shop")
        return accounts, accounts.update(account, secrets={"password": TW_PASS})


@pytest.fixture
def cli(sim: Simulator, tmp_path: Path) -> Iterator[Cli]:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "SMSDESK_HOME"}
    env.update({"PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
                "SMSDESK_TEST_KEYRING": str(tmp_path / "keyring.json"), "SMSDESK_LANG": "en",
                "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])})
    tencent = sim.vendors["tencent"]
    tencent.add_account(APPID, APPKEY)  # type: ignore[attr-defined]
    tencent.add_sign(SIGN)  # type: ignore[attr-defined]
    template = tencent.add_template("{1}")  # type: ignore[attr-defined]
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100_000)  # type: ignore[attr-defined]
    home.mkdir()
    c = Cli(sim, home, env, Store(home / "smsdesk.db"), template)
    for args, secret in (
            (("T", "--vendor", "tencent", "--set", f"sdkappid={APPID}", "--set", f"sign={SIGN}",
              "--base-url", sim.base_url("tencent")), APPKEY),
            (("Shop", "--vendor", "twsms", "--set", f"username={TW_USER}", "--set", "rate_per_s=2",
              "--base-url", sim.base_url("twsms")), TW_PASS)):
        added = c.run("account", "add", *args, "--secret-stdin", stdin=secret + "\n")
        assert added.returncode == 0, added.stderr
    yield c
    c.store.close()


def test_resume_leaves_a_held_job_scheduled_and_two_racing_run_dues_send_it_once(cli: Cli) -> None:
    phones = ["+886912345678", "+886912345679", "+886912345680"]
    job = cli.schedule_tencent(phones, datetime.now(UTC) + timedelta(hours=1))

    resumed = cli.run("resume", str(job))
    assert resumed.returncode == 0, resumed.stderr
    assert f"Job {job} is scheduled for" in resumed.stdout and "run-due" in resumed.stdout
    assert cli.job(job).status is JobStatus.SCHEDULED  # not Done: nothing was due
    assert Jobs(cli.store).counts(job)["scheduled"] == 3
    early = cli.run("run-due", "--json")
    assert early.returncode == 0, early.stderr
    assert json.loads(early.stdout)["next"]["job"] == job and cli.tencent_sent() == []

    cli.move_schedule(job, datetime.now(UTC) - timedelta(minutes=1))
    lease = JobLease(cli.store, job)  # another sender holds it: run-due says so and leaves it
    lease.acquire()
    try:
        busy = json.loads(cli.run("run-due", "--json").stdout)
    finally:
        lease.release()
    assert busy["sent"] == [] and [b["job"] for b in busy["busy"]] == [job] and cli.tencent_sent() == []
    assert cli.job(job).status is JobStatus.SCHEDULED

    cli.sim.set_latency("tencent", 1.5)  # the first sender still holds the job when the second looks
    racers = [cli.start("run-due", "--json") for _ in range(2)]
    outputs = [r.communicate(timeout=240) for r in racers]
    assert [r.returncode for r in racers] == [0, 0], outputs
    runs = [json.loads(out) for out, _err in outputs]
    assert sorted(len(r["sent"]) for r in runs) == [0, 1]  # one sent it; the other found it busy or done
    sent = next(r["sent"][0] for r in runs if r["sent"])
    assert sent["job"] == job and sent["submitted"] == 3 and sent["status"] == "done"
    assert sorted(cli.tencent_sent()) == ["+886912345678", "+886912345679", "+886912345680"]  # once each
    assert cli.run("run-due").stdout.strip() == "No scheduled job is due."
    assert len(cli.tencent_sent()) == 3


def test_cancel_of_a_finished_job_is_refused_and_changes_nothing(cli: Cli) -> None:
    sent = cli.run("send", "--account", "T", "--to", "+886912345678", "--template", str(cli.template),
                   "--param", "1=Hello", "--yes", "--json")
    assert sent.returncode == 0, sent.stderr
    job = json.loads(sent.stdout)["job"]
    before = (cli.job(job), Jobs(cli.store).counts(job))
    assert before[0].status is JobStatus.DONE
    refused = cli.run("cancel", str(job))
    assert refused.returncode == 1
    assert f"Job {job} has finished" in refused.stderr and "Nothing was changed" in refused.stderr
    assert (cli.job(job), Jobs(cli.store).counts(job)) == before


def test_an_overdue_schedule_needs_late_ok(cli: Cli) -> None:
    job = cli.schedule_tencent(["+886912345678", "+886912345679"], datetime.now(UTC) + timedelta(hours=1))
    cli.move_schedule(job, datetime.now(UTC) - timedelta(minutes=30))  # the computer was off

    held = cli.run("run-due")
    assert held.returncode == 0, held.stderr
    assert f"Job {job} was scheduled for" in held.stdout and "30 minutes ago" in held.stdout
    assert "run-due --late-ok" in held.stdout and f"smsdesk-cli cancel {job}" in held.stdout
    assert cli.tencent_sent() == [] and cli.job(job).status is JobStatus.SCHEDULED
    listed = json.loads(cli.run("run-due", "--json").stdout)
    assert listed["sent"] == [] and [h["job"] for h in listed["held_late"]] == [job]
    assert listed["held_late"][0]["late_minutes"] == 30

    late = cli.run("run-due", "--late-ok", "--json")
    assert late.returncode == 0, late.stderr
    data = json.loads(late.stdout)
    assert [s["job"] for s in data["sent"]] == [job] and data["sent"][0]["submitted"] == 2
    assert data["held_late"] == [] and data["unknown"] == 0
    assert len(cli.tencent_sent()) == 2 and cli.job(job).status is JobStatus.DONE


def test_run_due_exits_3_when_recipients_end_unknown(cli: Cli) -> None:
    job = cli.schedule_tencent(["+886912345678"], datetime.now(UTC) + timedelta(hours=1))
    cli.move_schedule(job, datetime.now(UTC) - timedelta(seconds=5))
    cli.sim.inject("tencent", Fault.DROP_AFTER_ACCEPT)  # accepted, then the answer is lost
    out = cli.run("run-due")
    assert out.returncode == 3, (out.stdout, out.stderr)
    assert "1 recipients are unknown" in out.stdout
    assert Jobs(cli.store).counts(job)["unknown"] == 1 and len(cli.tencent_sent()) == 1


def test_a_schedule_part_of_the_job_could_miss_is_refused_whole(cli: Cli) -> None:
    phones = tw_phones(150)
    refused = cli.run("send", "--account", "Shop", "--to", *phones, "--message", "Sale tomorrow",
                      "--at", (datetime.now(UTC) + timedelta(seconds=75)).isoformat(), "--yes")
    assert refused.returncode == 1
    assert "150 requests" in refused.stderr and "nothing was sent" in refused.stderr
    # the balance is read before planning (as the window does); nothing is sent
    assert [r.path for r in cli.sim.requests_to("twsms") if r.path != "/json/sms_query.php"] == []
    assert Jobs(cli.store).list() == []
    suggested = re.search(r"Choose (\d{4}-\d\d-\d\d \d\d:\d\d) or later", refused.stderr)
    assert suggested, refused.stderr
    when = datetime.strptime(suggested.group(1), "%Y-%m-%d %H:%M").astimezone()
    assert when - datetime.now(UTC) > timedelta(seconds=200)  # 75 s of sending, TwSMS's minute, margins

    accepted = cli.run("send", "--account", "Shop", "--to", *phones, "--message", "Sale tomorrow",
                       "--at", when.isoformat(), "--yes", "--json")
    assert accepted.returncode == 0, accepted.stderr
    data = json.loads(accepted.stdout)
    assert data["scheduled"] == 150 and data["queued"] == 0 and data["status"] == "done"
    messages = cli.sim.vendors["twsms"].messages.values()  # type: ignore[attr-defined]
    assert len(messages) == 150 and all(m.sendtime == when for m in messages)


def test_a_part_the_driver_refuses_midway_pauses_and_send_now_sends_the_rest(cli: Cli) -> None:
    # As if the vendor were slower than planned: the job is written past the planner (20 at 2/s,
    # 66 s ahead), so the first requests still meet TwSMS's minute and the later ones cannot.
    from smsdesk.core.engine import SendEngine
    from smsdesk.core.jobs import PlannedRecipient

    accounts, account = cli.shop()
    when = datetime.now(UTC) + timedelta(seconds=66)
    phones = [f"+8869{52_000_000 + i:08d}" for i in range(20)]
    job, _ = Jobs(cli.store).create(account.id, [PlannedRecipient(p, rendered="Sale") for p in phones],
                                    text="Sale", schedule_at=when)
    summary = SendEngine(cli.store, accounts).run(job).as_json()
    assert summary["status"] == "paused" and summary["failed"] == 0
    scheduled, rest = summary["scheduled"], summary["queued"]
    assert scheduled >= 1 and rest >= 1 and scheduled + rest == 20
    assert f"resume {job} --send-now" in summary["note"] and f"cancel {job}" in summary["note"]

    again = cli.run("resume", str(job))  # would only be refused again: the user must choose
    assert again.returncode == 1 and "--send-now" in again.stderr
    assert Jobs(cli.store).counts(job)["queued"] == rest and len(cli.sim.vendors["twsms"].messages) == scheduled

    now = cli.run("resume", str(job), "--send-now", "--json")
    assert now.returncode == 0, now.stderr
    (done,) = json.loads(now.stdout)["jobs"]
    assert done["status"] == "done" and done["scheduled"] == scheduled and done["submitted"] == rest
    sent = list(cli.sim.vendors["twsms"].messages.values())  # type: ignore[attr-defined]
    assert len(sent) == 20 and len({m.mobile for m in sent}) == 20
    assert sum(m.sendtime is None for m in sent) == rest


def test_a_vendor_refusing_the_time_midway_pauses_and_cancel_cancels_there_too(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from smsdesk.core.engine import SendEngine
    from smsdesk.core.jobs import PlannedRecipient

    twsms = cli.sim.vendors["twsms"]
    # After two accepted messages the vendor's clock runs 15 minutes ahead, past the chosen time.
    monkeypatch.setattr(twsms, "now", lambda: datetime.now(UTC) + (
        timedelta(minutes=15) if len(twsms.messages) >= 2 else timedelta(0)))  # type: ignore[attr-defined]
    accounts, account = cli.shop()
    phones = [f"+8869{52_000_000 + i:08d}" for i in range(6)]
    job, _ = Jobs(cli.store).create(account.id, [PlannedRecipient(p, rendered="Sale") for p in phones],
                                    text="Sale", schedule_at=datetime.now(UTC) + timedelta(minutes=10))
    summary = SendEngine(cli.store, accounts).run(job)
    assert summary.status is JobStatus.PAUSED and summary.counts[str(State.FAILED)] == 0
    assert summary.counts[str(State.SCHEDULED)] == 2 and summary.counts[str(State.QUEUED)] == 4  # not lost
    assert "already passed" in summary.note and f"resume {job} --send-now" in summary.note

    monkeypatch.undo()  # the vendor's clock is right again: what it holds is still ahead, so it can delete it
    cancelled = cli.run("cancel", str(job), "--json")  # the rest here, and what TwSMS holds for that time
    assert cancelled.returncode == 0, cancelled.stderr
    assert json.loads(cancelled.stdout)["cancelled"] == 6 and cli.job(job).status is JobStatus.CANCELLED
    deletes = [r for r in cli.sim.requests_to("twsms", "sms_query") if b"deltime=Y" in r.body]
    assert len(deletes) == 2


@pytest.mark.parametrize(("vendor", "settings", "secrets", "kind", "too_soon", "safe"), [
    # SepSMS sends at once what is under a minute ahead; EngageLab refuses under 3 minutes from arrival.
    ("sepsms", {"origin": "SHOP"}, {"api_key": "sk_sep_test"}, "text", timedelta(seconds=50), timedelta(minutes=3)),
    ("engagelab", {"dev_key": "dk"}, {"dev_secret": "ds"}, "template", timedelta(minutes=3, seconds=3),
     timedelta(minutes=5)),
])
def test_each_native_window_is_checked_from_the_drivers_capabilities(
        home: Path, vendor: str, settings: dict[str, str], secrets: dict[str, str], kind: str,
        too_soon: timedelta, safe: timedelta) -> None:
    from smsdesk.core.accounts import Accounts
    from smsdesk.core.planner import PlanError, plan_send

    store = Store(home / "smsdesk.db")
    try:
        account = Accounts(store).add("V", vendor, settings, secrets)
        what: dict[str, Any] = ({"text": "Sale"} if kind == "text"
                                else {"template_id": "1", "params": {"name": "Lee"}})
        now = datetime.now(UTC)
        with pytest.raises(PlanError, match=r"Nothing was sent\. Choose .* or later"):
            plan_send(store, account, phones=["0912345678"], schedule_at=now + too_soon, now=now, **what)
        plan = plan_send(store, account, phones=["0912345678"], schedule_at=now + safe, now=now, **what)
        assert plan.schedule_at is not None and not plan.local_schedule
        assert Jobs(store).list() == []
    finally:
        store.close()
