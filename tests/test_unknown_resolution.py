"""Unknown outcomes resolved from the vendor's own reports, over real HTTP to the simulator.

Each vendor accepts a send and then the connection is cut (the "drop" fault), so
the row is ``unknown`` with no vendor id; the vendor's later report (pushed to the
callback receiver, pulled from its queue, or found by phone number) resolves it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.callbacks import CallbackProcessor, callback_urls
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, MessageRow, PlannedRecipient
from smsdesk.core.receiver import CallbackReceiver
from smsdesk.core.receiver import sync_push_addresses as sync_drurl
from smsdesk.core.resolution import Note, check_with_vendor, note_text
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.tracking import message_lines, refresh_job
from smsdesk.sim import engagelab as engagelab_sim
from smsdesk.sim import sepsms as sepsms_sim
from smsdesk.sim import smsget as smsget_sim
from smsdesk.sim import tencent as tencent_sim
from smsdesk.sim import twsms as twsms_sim
from smsdesk.sim.server import Fault, Simulator
from smsdesk.vendors.base import Unsupported, VendorClient
from smsdesk.vendors.http import HttpPolicy

TESTS = Path(__file__).resolve().parent
TW_USER, TW_PASS = "shop", "tw-Secret-pa55"
GET_USER, GET_PASS = "getter", "get-Secret-99"
SEP_KEY = "sk_sep_" + "c3" * 16
WEBHOOK_SECRET = "whsec_fedcba9876543210"
TC_APPID, TC_KEY = "1400054321", "6a03a35d00ee52a21327ab048186a2c4"
EL_KEY, EL_SECRET = "engage-dev", "engage-secret-1234"


class Env:
    def __init__(self, sim: Simulator, home: Path) -> None:
        self.sim = sim
        self.store = Store(home / "smsdesk.db")
        self.accounts = Accounts(self.store)
        self.jobs = Jobs(self.store)
        self.processor = CallbackProcessor(self.store, self.accounts)
        self.receiver = CallbackReceiver(self.processor, "127.0.0.1", 0).start()

    def close(self) -> None:
        self.receiver.stop()
        self.store.close()

    def client(self, account: Account) -> VendorClient:
        http = HttpPolicy(secrets=[TW_PASS, GET_PASS, SEP_KEY, TC_KEY, EL_SECRET], read_timeout=2,
                          connect_timeout=0.5, backoff=0.01)
        return self.accounts.client(account, http=http)

    def send(self, account: Account, phones: list[str], *, template_id: str | None = None,
             params: dict[str, str] | None = None) -> int:
        rendered = json.dumps(params or {"1": "x"}) if template_id else "hello"  # a template's values
        job, _ = self.jobs.create(account.id, [PlannedRecipient(p, rendered=rendered) for p in phones],
                                  text="" if template_id else "hello", template_id=template_id)
        SendEngine(self.store, self.accounts, client_factory=self.client).run(job)
        return job

    def dropped_send(self, account: Account, vendor: str, path: str, phones: list[str], **kw: Any) -> int:
        """The vendor records the send, then the connection is cut before its answer."""
        self.sim.inject(vendor, Fault.DROP_AFTER_ACCEPT, path=path)
        job = self.send(account, phones, **kw)
        for phone in phones:
            row = self.row(job, phone)
            assert row.state is State.UNKNOWN and row.vendor_msg_id is None
        return job

    def cb(self, account: Account, kind: str) -> str:
        return callback_urls(self.store, account, self.receiver.url)[kind]

    def row(self, job: int, phone: str) -> MessageRow:
        row = self.jobs.find_message(job, phone)
        assert row is not None
        return row

    def note(self, job: int, phone: str) -> tuple[str | None, dict[str, Any]]:
        r = self.store.query_one("SELECT resolution_code, resolution_args FROM messages WHERE job_id=? AND phone=?",
                                 (job, phone))
        assert r is not None
        return r[0], json.loads(r[1])


T = TypeVar("T")


def vendor(sim: Simulator, kind: type[T], name: str) -> T:
    found = sim.vendors[name]
    assert isinstance(found, kind)
    return found


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[Env]:
    e = Env(sim, home)
    yield e
    e.close()


def assert_resolved(env: Env, job: int, phone: str, state: State, vendor_id: str, code: Note = Note.REPORT) -> None:
    row = env.row(job, phone)
    assert (row.state, row.vendor_msg_id) == (state, vendor_id)
    assert env.note(job, phone)[0] == code
    [line] = message_lines(env.store, [row.id]).values()
    assert line.error.startswith(note_text(str(code), env.note(job, phone)[1]))  # the Status tab's note


# -- push: the callback receiver -------------------------------------------------------------------


def test_smsget_dropped_send_resolved_by_delivery_callback(env: Env) -> None:
    get = vendor(env.sim, smsget_sim.Sim, "smsget")
    get.add_account(GET_USER, GET_PASS)
    account = env.accounts.add("Get", "smsget", {"username": GET_USER}, {"password": GET_PASS},
                               base_url=env.sim.base_url("smsget"))
    a, b = "+886912100001", "+886912100002"
    job = env.dropped_send(account, "smsget", "api_send", [a, b])
    sms_id = get.find(a).sms_id
    get.deliver(sms_id, phone=a)
    get.fail(sms_id, phone=b)
    answer = get.delivery_callback(sms_id, url=env.cb(account, "dr")).emit()
    assert (answer.status_code, answer.text) == (200, "ok")
    assert_resolved(env, job, a, State.DELIVERED, sms_id)
    assert_resolved(env, job, b, State.FAILED, sms_id)  # one request, one sms_id for both


def test_twsms_dropped_send_resolved_by_drurl_push(env: Env) -> None:
    tw = vendor(env.sim, twsms_sim.Sim, "twsms")
    tw.add_account(TW_USER, TW_PASS, balance=100)
    account = env.accounts.add("Shop", "twsms", {"username": TW_USER}, {"password": TW_PASS},
                               base_url=env.sim.base_url("twsms"))
    sync_drurl(env.store, env.accounts, env.receiver.url)
    account = env.accounts.get(account.id)
    phone = "+886912100011"
    job = env.dropped_send(account, "twsms", "sms_send", [phone])
    tw.deliver(phone, "ACCEPTD")  # TwSMS recorded the drurl with the message and pushes to it
    assert_resolved(env, job, phone, State.SUBMITTED, tw.find(phone).msgid)
    # The stored msgid is polled like any other message's from now on.
    tw.deliver(phone, push=False)
    assert refresh_job(env.store, env.accounts, job, client_factory=env.client).applied == 1
    assert env.row(job, phone).state is State.DELIVERED
    assert env.sim.requests_to("twsms", "sms_query.php")


def test_sepsms_dropped_send_resolved_by_webhook(env: Env) -> None:
    sep = vendor(env.sim, sepsms_sim.Sim, "sepsms")
    sep.add_account(SEP_KEY, credit=100)
    account = env.accounts.add("Thai", "sepsms", {"origin": "SEPSMS"},
                               {"api_key": SEP_KEY, "webhook_secret": WEBHOOK_SECRET},
                               base_url=env.sim.base_url("sepsms"))
    sep.set_webhook(SEP_KEY, env.cb(account, "webhook"), WEBHOOK_SECRET, events=["dr.success", "dr.failed"])
    phone = "+66812340001"
    job = env.dropped_send(account, "sepsms", "/message/send", [phone])
    [(uuid, _)] = sep.deliver(phone)
    assert [s for _, _, s in sep.webhooks_sent] == [200]
    assert_resolved(env, job, phone, State.DELIVERED, uuid)


# -- pull: the report queue and by-phone queries ------------------------------------------------------


def tencent_account(env: Env, *, pull: bool = True) -> tuple[Account, tencent_sim.Sim, str]:
    tc = vendor(env.sim, tencent_sim.Sim, "tencent")
    tc.add_account(TC_APPID, TC_KEY, pull_enabled=pull)
    tc.add_sign("Shop")
    tpl = str(tc.add_template("Hello {1}"))
    account = env.accounts.add("Cloud", "tencent", {"sdkappid": TC_APPID, "sign": "Shop"}, {"appkey": TC_KEY},
                               base_url=env.sim.base_url("tencent"))
    return account, tc, tpl


def test_tencent_dropped_send_resolved_from_pull_queue(env: Env) -> None:
    account, tc, tpl = tencent_account(env)
    phone = "+8613788881001"
    job = env.dropped_send(account, "tencent", "sendsms", [phone], template_id=tpl)
    sid = tc.deliver(phone)["sid"]
    result = refresh_job(env.store, env.accounts, job, client_factory=env.client)
    assert result.applied == 1
    assert_resolved(env, job, phone, State.DELIVERED, sid)
    assert env.sim.requests_to("tencent", "pullstatus")  # the queue was asked although no row had an id


def test_engagelab_has_no_reports_so_unknown_stays_and_check_says_why(env: Env) -> None:
    el = vendor(env.sim, engagelab_sim.Sim, "engagelab")
    el.add_account(EL_KEY, EL_SECRET, templates={"t1": "Hi {{name}}"})
    templates = [{"id": "t1", "name": "Hi", "params": ["name"], "preview": "Hi {{name}}"}]
    account = env.accounts.add("Engage", "engagelab", {"dev_key": EL_KEY, "templates": templates},
                               {"dev_secret": EL_SECRET},
                               base_url=env.sim.base_url("engagelab"))
    phone = "+6591230001"
    job = env.dropped_send(account, "engagelab", "/v1/messages", [phone], template_id="t1",
                             params={"name": "Ann"})
    with pytest.raises(Unsupported, match="EngageLab"):
        check_with_vendor(env.store, env.accounts, job, client_factory=env.client)
    assert env.row(job, phone).state is State.UNKNOWN


# -- ambiguity ------------------------------------------------------------------------------------------


def test_two_unknowns_for_one_number_stay_unknown_and_say_so(env: Env) -> None:
    tw = vendor(env.sim, twsms_sim.Sim, "twsms")
    tw.add_account(TW_USER, TW_PASS, balance=100)
    account = env.accounts.add("Shop", "twsms", {"username": TW_USER}, {"password": TW_PASS},
                               base_url=env.sim.base_url("twsms"))
    sync_drurl(env.store, env.accounts, env.receiver.url)
    account = env.accounts.get(account.id)
    phone, other = "+886912100021", "+886912100022"
    first = env.dropped_send(account, "twsms", "sms_send", [phone])
    second = env.dropped_send(account, "twsms", "sms_send", [phone])
    third = env.dropped_send(account, "twsms", "sms_send", [other])
    tw.deliver(phone)  # about one of the two; nothing tells which
    for job in (first, second):
        row = env.row(job, phone)
        assert (row.state, row.vendor_msg_id) == (State.UNKNOWN, None)
        code, args = env.note(job, phone)
        assert (code, args["count"]) == (Note.AMBIGUOUS, 2)
        [line] = message_lines(env.store, [row.id]).values()
        assert line.error.startswith("Still unknown: 2 messages to this number")
    assert env.row(third, other).state is State.UNKNOWN and env.note(third, other)[0] is None
    tw.deliver(other)
    assert_resolved(env, third, other, State.DELIVERED, tw.find(other).msgid)


def test_report_of_a_message_we_know_does_not_resolve_an_unknown(env: Env) -> None:
    account, tc, tpl = tencent_account(env)
    phone = "+8613788881011"
    known = env.send(account, [phone], template_id=tpl)
    sid = env.row(known, phone).vendor_msg_id
    unknown = env.dropped_send(account, "tencent", "sendsms", [phone], template_id=tpl)
    tc.deliver(str(sid))  # the report of the first, accepted message
    refresh_job(env.store, env.accounts, unknown, client_factory=env.client)
    assert env.row(known, phone).state is State.DELIVERED
    assert env.row(unknown, phone).state is State.UNKNOWN and env.note(unknown, phone)[0] is None


# -- Check with vendor: Tencent pullstatus4mobile by number and time range ---------------------------------


def test_check_with_vendor_finds_tencent_message_by_phone(env: Env) -> None:
    account, tc, tpl = tencent_account(env, pull=False)  # no queue: only the by-phone query can tell
    a, b = "+8613788881021", "+8613788881022"
    job = env.dropped_send(account, "tencent", "sendmultisms2", [a, b], template_id=tpl)
    sid = tc.fail(a, "MK:0001", "Number is invalid")["sid"]
    result = check_with_vendor(env.store, env.accounts, job, client_factory=env.client)
    assert (result.asked, result.resolved, result.still_unknown) == (2, 1, 1)
    assert_resolved(env, job, a, State.FAILED, sid, Note.CHECKED)
    assert env.row(job, a).error_text.startswith("MK:0001")
    assert env.note(job, b)[0] == Note.NOTHING  # no report for b yet: it says so, and stays unknown
    assert env.row(job, b).state is State.UNKNOWN
    asked = env.sim.requests_to("tencent", "pullstatus4mobile")
    assert len(asked) == 2 and all(json.loads(r.body)["begin_time"] < json.loads(r.body)["end_time"] for r in asked)


def _child_env(home: Path, keyring_file: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SMSDESK_HOME"}
    env.update({
        "PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
        "SMSDESK_TEST_KEYRING": str(keyring_file),
        "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")]),
        "SMSDESK_LANG": "en",
    })
    return env


def test_cli_reconcile_resolves_tencent_unknown(sim: Simulator, tmp_path: Path) -> None:
    tc = vendor(sim, tencent_sim.Sim, "tencent")
    tc.add_account(TC_APPID, TC_KEY, pull_enabled=False)
    tc.add_sign("Shop")
    tpl = str(tc.add_template("Hello {1}"))
    home = tmp_path / "cli-home"
    env = _child_env(home, tmp_path / "keyring.json")
    cli = [sys.executable, "-m", "smsdesk.cli", "--home", str(home)]

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([*cli, *args], input=stdin, text=True, env=env, capture_output=True, timeout=120)

    added = run("account", "add", "Cloud", "--vendor", "tencent", "--set", f"sdkappid={TC_APPID}", "--set",
                "sign=Shop", "--base-url", sim.base_url("tencent"), "--secret-stdin", stdin=TC_KEY + "\n")
    assert added.returncode == 0, added.stderr
    phone = "+8613788881031"
    sim.inject("tencent", Fault.DROP_AFTER_ACCEPT, path="sendsms")
    sent = run("send", "--account", "Cloud", "--to", phone, "--template", tpl, "--param", "1=x", "--yes", "--json")
    job = json.loads(sent.stdout)["job"]
    assert run("status", str(job), "--json").stdout.count('"unknown"') >= 1
    before = run("reconcile", str(job), "--json")
    assert before.returncode == 3, before.stderr  # nothing reported yet: still unknown, and the exit code says so
    assert json.loads(before.stdout)["recipients"][0]["resolution"] == "nothing"
    sid = tc.deliver(phone)["sid"]
    done = run("reconcile", str(job), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["resolved"], data["still_unknown"]) == (1, 0)
    assert data["recipients"][0]["state"] == "delivered" and "Resolved by checking" in data["recipients"][0]["note"]
    status = json.loads(run("status", str(job), "--json").stdout)
    assert status["recipients"][0]["state"] == "delivered"
    text = run("reconcile", str(job))
    assert text.returncode == 0 and "no unknown" in text.stdout.lower()
    store = Store(home / "smsdesk.db")
    try:
        row = store.query_one("SELECT vendor_msg_id FROM messages WHERE job_id=?", (job,))
        assert row is not None and row[0] == sid
    finally:
        store.close()


# -- the Status tab's Check with vendor button --------------------------------------------------------------


def test_status_tab_check_with_vendor_button(qtbot: Any, home: Path, sim: Simulator) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from smsdesk.gui.context import AppContext
    from smsdesk.gui.tabs.status import StatusTab

    ctx = AppContext.open()
    try:
        tc = vendor(sim, tencent_sim.Sim, "tencent")
        tc.add_account(TC_APPID, TC_KEY, pull_enabled=False)
        tc.add_sign("Shop")
        tpl = str(tc.add_template("Hello {1}"))
        account = ctx.accounts.add("Cloud", "tencent", {"sdkappid": TC_APPID, "sign": "Shop"}, {"appkey": TC_KEY},
                                   base_url=sim.base_url("tencent"))
        phone = "+8613788881041"
        sim.inject("tencent", Fault.DROP_AFTER_ACCEPT, path="sendsms")
        job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient(phone, rendered=json.dumps({"1": "x"}))],
                                        template_id=tpl)
        SendEngine(ctx.store, ctx.accounts).run(job)
        tab = StatusTab(ctx)
        tab.poll_timer.stop()
        qtbot.addWidget(tab)
        tab.resize(1000, 700)
        tab.show()
        model = tab.model
        qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=10000)
        qtbot.waitUntil(lambda: model.data(model.index(0, 2)) == "Unknown", timeout=10000)  # its page, from the worker
        qtbot.waitUntil(lambda: tab.check_button.isVisible() and tab.check_button.isEnabled(), timeout=10000)
        messages: list[str] = []
        ctx.events.status_message.connect(messages.append)
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)  # nothing reported yet: it says so
        qtbot.waitUntil(lambda: "no message to this number" in (model.data(model.index(0, 5)) or ""),
                        timeout=10000)
        assert model.data(model.index(0, 2)) == "Unknown"
        qtbot.waitUntil(lambda: any("0 resolved, 1 still unknown" in m for m in messages), timeout=10000)
        tc.deliver(phone)
        qtbot.waitUntil(tab.check_button.isEnabled, timeout=10000)
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: model.data(model.index(0, 2)) == "Delivered", timeout=10000)
        assert model.data(model.index(0, 5)).startswith("Resolved by checking with the vendor at ")
        qtbot.waitUntil(lambda: not tab.check_button.isEnabled(), timeout=10000)  # no unknown left to ask about
        assert tab.check_button.isVisible()
        sandbox = next(a for a in ctx.accounts.all() if a.vendor == "sandbox")  # cannot find by number
        other, _ = Jobs(ctx.store).create(sandbox.id, [PlannedRecipient("+886912345678", rendered="hi")], text="hi")
        tab.reload()
        qtbot.waitUntil(lambda: tab.select_job(other), timeout=10000)
        qtbot.waitUntil(lambda: not tab.check_button.isVisible(), timeout=10000)
        tab.close()
    finally:
        for _ in range(20):
            ctx.worker.wait(10000)
            QApplication.processEvents()
            if not ctx.worker.busy:
                break
        ctx.worker.cancel_all()
        ctx.worker.wait(10000)
        ctx.store.close()


def test_report_dated_before_the_send_does_not_resolve(env: Env) -> None:
    import time

    account, tc, tpl = tencent_account(env)
    phone = "+8613788881051"
    job = env.dropped_send(account, "tencent", "sendsms", [phone], template_id=tpl)
    tc.deliver(phone, at=time.time() - 86400)  # a day before this job: another message's report
    refresh_job(env.store, env.accounts, job, client_factory=env.client)
    assert env.row(job, phone).state is State.UNKNOWN and env.note(job, phone)[0] is None
    sid = tc.deliver(phone)["sid"]
    refresh_job(env.store, env.accounts, job, client_factory=env.client)
    assert_resolved(env, job, phone, State.DELIVERED, sid)
