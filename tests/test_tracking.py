"""Delivery status polling, the replies inbox, opt-out keywords and export, against the simulator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import openpyxl
import pytest

from smsdesk.cli import main as cli_main
from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.planner import PlanError
from smsdesk.core.poll_schedule import LONGEST_GAP_S, poll_gap
from smsdesk.core.states import State
from smsdesk.core.store import open_store
from smsdesk.core.tracking import (
    OptOutRule,
    Poller,
    confirm_optout,
    conversation_thread,
    export_job,
    fetch_all_replies,
    jobs_overview,
    list_conversations,
    mark_read,
    message_ids,
    message_lines,
    plan_resend,
    poll_due,
    refresh_job,
    refresh_replies,
    set_handled,
    store_replies,
)
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import Reply, Unsupported, VendorClient
from smsdesk.vendors.http import HttpPolicy

TW_USER, TW_PASS, SNUMBER = "shop", "tw-Secret-pa55", "12345"
SEP_KEY = "sk_sep_" + "a1" * 16
TC_APPID, TC_KEY = "1400012345", "5f03a35d00ee52a21327ab048186a2c4"
GET_USER, GET_PASS = "getter", "get-Secret-99"
SECRETS = (TW_PASS, SEP_KEY, TC_KEY, GET_PASS)


def tw_phones(n: int, start: int = 0) -> list[str]:
    return [f"+8869{20_000_000 + start + i:08d}" for i in range(n)]


class Env:
    """A store, accounts for every vendor on the simulator, and fast clients."""

    def __init__(self, sim: Simulator, location: Path | str) -> None:
        self.sim = sim
        self.store = open_store(location)
        self.accounts = Accounts(self.store)
        self.jobs = Jobs(self.store)
        self.tw = sim.vendors["twsms"]
        self.sep = sim.vendors["sepsms"]
        self.tc = sim.vendors["tencent"]
        self.get = sim.vendors["smsget"]

    def client(self, account: Account) -> VendorClient:
        http = HttpPolicy(secrets=SECRETS, read_timeout=0.5, connect_timeout=0.5, backoff=0.01)
        return self.accounts.client(account, http=http)

    def twsms(self, **settings: Any) -> Account:
        self.tw.add_account(TW_USER, TW_PASS, balance=100_000, snumbers={SNUMBER})
        return self.accounts.add("Shop", "twsms", {"username": TW_USER, "snumber": SNUMBER, **settings},
                                 {"password": TW_PASS}, base_url=self.sim.base_url("twsms"))

    def sepsms(self) -> Account:
        self.sep.add_account(SEP_KEY, credit=10_000)
        return self.accounts.add("Thai", "sepsms", {"origin": "SEPSMS"}, {"api_key": SEP_KEY},
                                 base_url=self.sim.base_url("sepsms"))

    def tencent(self) -> tuple[Account, int]:
        self.tc.add_account(TC_APPID, TC_KEY)
        self.tc.add_sign("Shop")
        tpl = self.tc.add_template("Hello {1}")
        account = self.accounts.add("Cloud", "tencent", {"sdkappid": TC_APPID, "sign": "Shop"},
                                    {"appkey": TC_KEY}, base_url=self.sim.base_url("tencent"))
        return account, tpl

    def smsget(self) -> Account:
        self.get.add_account(GET_USER, GET_PASS, two_way=True)
        return self.accounts.add("Get", "smsget", {"username": GET_USER, "two_way": True, "two_way_code": "03"},
                                 {"password": GET_PASS}, base_url=self.sim.base_url("smsget"))

    def send(self, account: Account, phones: list[str], text: str = "hello", *,
             template_id: str | None = None) -> int:
        rendered = json.dumps({"1": text}) if template_id else text
        job_id, _ = self.jobs.create(account.id, [PlannedRecipient(p, f"N{p[-3:]}", rendered=rendered)
                                                  for p in phones], text="" if template_id else text,
                                     template_id=template_id)
        SendEngine(self.store, self.accounts, client_factory=self.client).run(job_id)
        return job_id

    def refresh(self, job_id: int) -> Any:
        return refresh_job(self.store, self.accounts, job_id, client_factory=self.client)

    def states(self, job_id: int) -> dict[str, State]:
        return {m.phone: m.state for m in self.jobs.messages(job_id)}

    def events(self) -> int:
        row = self.store.query_one("SELECT COUNT(*) FROM delivery_events WHERE source='poll'")
        return int(row[0]) if row else 0

    def no_secret_in_urls(self) -> None:
        for entry in self.sim.log:
            for secret in SECRETS:
                assert secret not in entry.url


@pytest.fixture
def env(sim: Simulator, store_url: str) -> Iterator[Env]:
    e = Env(sim, store_url)  # SQLite and PostgreSQL (tests/support/db.py)
    yield e
    e.no_secret_in_urls()
    e.store.close()


# -- TwSMS: per message, outrange after three days ----------------------------------------


def test_twsms_polling_forward_only_and_once(env: Env) -> None:
    account = env.twsms()
    a, b, c = tw_phones(3)
    job = env.send(account, [a, b, c])
    assert set(env.states(job).values()) == {State.SUBMITTED}
    first = env.refresh(job)  # no reports yet (00001): nothing changes
    assert (first.asked, first.applied) == (3, 0)
    env.tw.deliver(a, push=False)
    env.tw.fail(b, "MOBERROR", push=False)
    result = env.refresh(job)
    assert result.applied == 2 and result.asked == 3
    states = env.states(job)
    assert states == {a: State.DELIVERED, b: State.FAILED, c: State.SUBMITTED}
    row = env.jobs.find_message(job, b)
    assert row is not None and row.vendor_status == "MOBERROR" and "number" in row.error_text
    # Asking again only concerns the one still in flight; the same report is never applied twice.
    events = env.events()
    again = env.refresh(job)
    assert again.asked == 1 and again.applied == 0 and env.events() == events
    # A late "accepted" for a delivered message (out of order) never moves it back.
    env.tw.deliver(c, push=False)
    env.refresh(job)
    env.tw.deliver(c, "ACCEPTD", push=False)
    row_c = env.jobs.find_message(job, c)
    assert row_c is not None and row_c.state is State.DELIVERED
    assert env.states(job)[c] is State.DELIVERED
    pending = env.refresh(job)
    assert pending.asked == 0  # every recipient final: the vendor is not asked at all


def test_twsms_old_messages_use_outrange(env: Env) -> None:
    account = env.twsms()
    (a,) = tw_phones(1)
    job = env.send(account, [a])
    msg = env.jobs.find_message(job, a)
    assert msg is not None and msg.vendor_msg_id
    old = datetime.now(UTC) - timedelta(days=4)
    env.tw.set_created(msg.vendor_msg_id, old)
    env.store.execute("UPDATE messages SET submitted_at=? WHERE id=?", (old.isoformat(), msg.id))
    env.tw.deliver(a, push=False)
    assert env.refresh(job).applied == 1
    query = env.sim.requests_to("twsms", "/json/sms_query.php")[-1]
    assert parse_qs(query.body.decode())["outrange"] == ["Y"]
    assert "password" not in query.url


# -- SepSMS: per-number recipients, and the summary when that is missing -------------------


def test_sepsms_recipients_and_summary(env: Env) -> None:
    account = env.sepsms()
    a, b, c = "+66812345670", "+66812345671", "+66812345672"
    job = env.send(account, [a, b, c])
    uuid = env.jobs.find_message(job, a).vendor_msg_id  # type: ignore[union-attr]
    env.sep.deliver(uuid, a)
    env.sep.fail(uuid, b, reason="absent subscriber")
    before = len(env.sim.requests_to("sepsms", "/recipients"))
    result = env.refresh(job)
    assert result.applied == 2
    assert len(env.sim.requests_to("sepsms", "/recipients")) == before + 1  # one call for the whole batch
    assert env.states(job) == {a: State.DELIVERED, b: State.FAILED, c: State.SUBMITTED}
    assert env.jobs.find_message(job, b).error_text == "absent subscriber"  # type: ignore[union-attr]
    assert env.refresh(job).applied == 0  # repeated report: applied once
    # Without the per-number endpoint the unanimous summary still resolves a batch.
    job2 = env.send(account, ["+66812345673", "+66812345674"])
    uuid2 = env.jobs.find_message(job2, "+66812345673").vendor_msg_id  # type: ignore[union-attr]
    env.sep.recipients_endpoint = False
    env.sep.deliver(uuid2, "+66812345673")
    assert env.refresh(job2).applied == 0  # mixed: the summary cannot say who
    env.sep.deliver(uuid2, "+66812345674")
    assert env.refresh(job2).applied == 2
    assert set(env.states(job2).values()) == {State.DELIVERED}


# -- Tencent: pullstatus4mobile per number and the pullstatus queue -----------------------


def test_tencent_mobile_pull_and_queue(env: Env) -> None:
    account, tpl = env.tencent()
    a, b = "+8613788880001", "+8613788880002"
    job1 = env.send(account, [a, b], template_id=str(tpl))
    assert set(env.states(job1).values()) == {State.SUBMITTED}
    c = "+8613788880003"
    job2 = env.send(account, [c], template_id=str(tpl))
    env.tc.deliver(a)
    env.tc.fail(b, "MK:0001", "Number is invalid")
    env.tc.deliver(c)
    result = env.refresh(job1)
    # The queue hands every report out once, so the one for job 2 is applied too.
    assert result.applied == 2 and result.other_jobs == {job2}
    assert env.states(job1) == {a: State.DELIVERED, b: State.FAILED}
    assert env.states(job2) == {c: State.DELIVERED}
    assert env.sim.requests_to("tencent", "/pullstatus")  # the queue was drained
    # Pulling is not enabled for every application: per-number queries still work.
    env.tc.accounts[TC_APPID].pull_enabled = False
    d = "+8613788880004"
    job3 = env.send(account, [d], template_id=str(tpl))
    env.tc.deliver(d)
    result3 = env.refresh(job3)
    assert result3.applied == 1 and not result3.note
    assert env.sim.requests_to("tencent", "/pullstatus4mobile")
    events = env.events()
    assert env.refresh(job3).asked == 0 and env.events() == events


def test_vendors_without_status_query_say_so(env: Env) -> None:
    account = env.smsget()
    job = env.send(account, ["+886912000001"])
    with pytest.raises(Unsupported, match="callback receiver"):
        env.refresh(job)
    engage = env.accounts.add("Engage", "engagelab", {"dev_key": "k"}, {"dev_secret": "s" * 12})
    job2, _ = env.jobs.create(engage.id, [PlannedRecipient("+6591234567", rendered="{}")], template_id="1")
    with pytest.raises(Unsupported, match="console"):
        env.refresh(job2)


# -- the poller ---------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_poller_backoff_horizon_and_final(env: Env) -> None:
    account = env.twsms()
    a, b = tw_phones(2)
    job = env.send(account, [a, b])
    clock = Clock()
    poller = Poller(env.store, env.accounts, clock=clock, floor=60)
    first = poll_gap(5.0, 0.0)  # TwSMS: "Message Log 可於 5~10 sec"
    assert poller.due() == []  # just sent: the first question waits for the report
    clock.t += first
    assert poller.due() == [job]
    results = poll_due(poller, client_factory=env.client)
    assert len(results) == 1 and results[0].applied == 0  # type: ignore[union-attr]
    # Still within TwSMS's fast window, so the user's 60 s do not apply yet.
    gap = poll_gap(5.0, first)
    assert poller.next_due_in(job) == pytest.approx(gap, abs=0.5) and gap < 10
    clock.t += gap - 1
    assert poller.due() == []
    clock.t += 1
    env.tw.deliver(a, push=False)
    poll_due(poller, client_factory=env.client)
    assert poller.next_due_in(job) == pytest.approx(poll_gap(5.0, first + gap), abs=0.5)
    poller.poke(job)
    assert poller.due() == [job]
    env.tw.deliver(b, push=False)
    poll_due(poller, client_factory=env.client)
    assert set(env.states(job).values()) == {State.DELIVERED}
    clock.t += 10_000
    assert poller.due() == []  # every recipient final: no more questions


def test_poller_skips_old_jobs_and_vendors_without_query(env: Env) -> None:
    account = env.twsms()
    job = env.send(account, tw_phones(1))
    getter = env.smsget()
    env.send(getter, ["+886912000002"])
    now = datetime.now(UTC)
    poller = Poller(env.store, env.accounts, now=lambda: now)
    assert poller.candidates() == [job]
    late = Poller(env.store, env.accounts, now=lambda: now + timedelta(days=8))  # past TwSMS's 7 days
    assert late.candidates() == []
    # After a restart an old job starts with a long gap, not at 10 seconds.
    older = Poller(env.store, env.accounts, now=lambda: now + timedelta(days=2), clock=Clock())
    assert older.due() == [job]
    older.started(job)
    older.finished(job)
    assert older.next_due_in(job) == pytest.approx(LONGEST_GAP_S)


def test_poll_failure_is_reported_in_words(env: Env) -> None:
    account = env.twsms()
    job = env.send(account, tw_phones(1))
    env.tw.force_error("00012", path="sms_query")
    clock = Clock()
    clock.t += 3600
    poller = Poller(env.store, env.accounts, clock=clock)
    poller.poke(job)
    results = poll_due(poller, client_factory=env.client)
    assert isinstance(results[0], tuple) and "password" in results[0][1]


# -- replies --------------------------------------------------------------------------------


def test_replies_from_twsms_tencent_and_sandbox(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0")
    tw = env.twsms()
    env.tencent()
    sandbox = env.accounts.ensure_sandbox()
    assert sandbox is not None
    ContactRepository(env.store).add_contact(
        ContactRepository(env.store).create_list("VIP").id, "0911222333", name="王小明")
    env.send(tw, ["+886911222333"], "週末特價")
    later = datetime.now(UTC) + timedelta(seconds=2)  # replies carry whole seconds
    env.tw.inject_reply("0911222333", "好的，謝謝", at=later)
    env.tw.inject_reply("0911222334", "退訂")
    env.tc.inject_reply("+8613788880009", "OK")
    env.send(sandbox, ["+886911000007"], "hi")  # the Sandbox answers numbers ending in 7
    total, problems = fetch_all_replies(env.store, env.accounts, client_factory=env.client)
    assert problems == []
    assert total.new == 4
    assert total.optouts_added == ["+886911222334"]
    # Fetching again adds nothing (each reply is unique per account).
    again, _ = fetch_all_replies(env.store, env.accounts, client_factory=env.client)
    assert again.new == 0
    convs = {c.phone: c for c in list_conversations(env.store)}
    assert set(convs) == {"+886911222333", "+886911222334", "+8613788880009", "+886911000007"}
    wang = convs["+886911222333"]
    assert wang.contact == "王小明" and wang.account == "Shop" and wang.unread == 1
    assert wang.last_sent is not None and wang.last_sent.text == "週末特價"
    assert convs["+886911222334"].opted_out and not convs["+886911222334"].optout_pending
    assert ContactRepository(env.store).is_opted_out("+886911222334")
    thread = conversation_thread(env.store, "+886911222333")
    assert [i.inbound for i in thread] == [False, True]
    assert mark_read(env.store, "+886911222333") == 1
    assert set_handled(env.store, "+886911222333") == 1
    conv = next(c for c in list_conversations(env.store, search="王小明"))
    assert conv.unread == 0 and conv.handled
    assert [c.phone for c in list_conversations(env.store, search="0911222334")] == ["+886911222334"]
    assert {c.phone for c in list_conversations(env.store, unread_only=True)} == {
        "+886911222334", "+8613788880009", "+886911000007"}


def test_tencent_reply_queue_failure_is_reported(env: Env) -> None:
    env.tencent()
    env.tc.accounts[TC_APPID].pull_enabled = False
    total, problems = fetch_all_replies(env.store, env.accounts, client_factory=env.client)
    assert total.new == 0 and len(problems) == 1 and "Cloud" in problems[0]


def test_twsms_without_two_way_code_is_not_asked(env: Env) -> None:
    env.tw.add_account(TW_USER, TW_PASS)
    account = env.accounts.add("Plain", "twsms", {"username": TW_USER}, {"password": TW_PASS},
                               base_url=env.sim.base_url("twsms"))
    assert refresh_replies(env.store, env.accounts, account, client_factory=env.client) == 0
    assert not env.sim.requests_to("twsms", "/json/smsmo_query.php")


@pytest.mark.parametrize("text, expected", [
    ("STOP", True), ("stop!", True), ("ＳＴＯＰ", True), (" 退訂。", True), ("取消訂閱", True), ("td", True),
    ("Unsubscribe", True), ("取消", True), ("我要取消訂單", False), ("Please stop by tomorrow", False),
    ("", False), ("好的", False),
])
def test_optout_keywords(text: str, expected: bool) -> None:
    assert OptOutRule().matches(text) is expected


def test_optout_rule_from_settings() -> None:
    rule = OptOutRule.parse("STOP, 不要 ,", "true")
    assert rule.keywords == ("STOP", "不要") and rule.ask
    assert rule.matches("不要") and not rule.matches("退訂")
    assert OptOutRule.parse(None, None).keywords == OptOutRule().keywords
    assert OptOutRule.parse(["A", "B"], False).keywords == ("A", "B")


def test_optout_ask_first_then_confirm(env: Env) -> None:
    account = env.twsms()
    now = datetime.now(UTC)
    rule = OptOutRule(ask=True)
    stored = store_replies(env.store, account, [Reply("+886911333444", "退訂", now, "r1")], rule)
    assert stored.optouts_asked == ["+886911333444"] and stored.optouts_added == []
    conv = list_conversations(env.store)[0]
    assert conv.optout_reply and conv.optout_pending and not conv.opted_out
    assert confirm_optout(env.store, "+886911333444")
    assert list_conversations(env.store)[0].opted_out
    # The user takes the number off the list; a replay of the same reply does not put it back.
    ContactRepository(env.store).remove_optout("+886911333444")
    replay = store_replies(env.store, account, [Reply("+886911333444", "退訂", now, "r1")], OptOutRule())
    assert replay.new == 0 and replay.optouts_added == []
    assert not ContactRepository(env.store).is_opted_out("+886911333444")


# -- jobs list, detail rows, resend, export --------------------------------------------------


def test_jobs_overview_filters(env: Env) -> None:
    account = env.twsms()
    getter = env.smsget()
    j1 = env.send(account, tw_phones(2), "first sale")
    j2 = env.send(getter, ["+886912000003"], "second news")
    env.tw.deliver(tw_phones(2)[0], push=False)
    env.refresh(j1)
    all_jobs = jobs_overview(env.store)
    assert [o.job.id for o in all_jobs] == [j2, j1]
    one = all_jobs[1]
    assert one.account == "Shop" and one.total == 2 and one.counts["delivered"] == 1 and one.points == 2
    assert [o.job.id for o in jobs_overview(env.store, account_id=getter.id)] == [j2]
    assert [o.job.id for o in jobs_overview(env.store, state=State.DELIVERED)] == [j1]
    assert [o.job.id for o in jobs_overview(env.store, search="sale")] == [j1]
    assert [o.job.id for o in jobs_overview(env.store, search="0912000003")] == [j2]
    assert jobs_overview(env.store, since=datetime.now(UTC) + timedelta(hours=1)) == []
    assert [o.job.id for o in jobs_overview(env.store, search="100%")] == []


def test_detail_index_sorted_filtered(env: Env) -> None:
    account = env.twsms()
    phones = tw_phones(5)
    job = env.send(account, phones)
    env.tw.fail(phones[3], push=False)
    env.refresh(job)
    ids = message_ids(env.store, job)
    assert len(ids) == 5
    lines = message_lines(env.store, list(ids))
    assert [lines[i].phone for i in ids] == phones
    desc = message_ids(env.store, job, order="-phone")
    assert [lines[i].phone for i in desc] == phones[::-1]
    failed = message_ids(env.store, job, states=[State.FAILED])
    assert [lines[i].phone for i in failed] == [phones[3]]
    assert len(message_ids(env.store, job, search=phones[2][-4:])) == 1
    assert len(message_ids(env.store, job, search="0920000001")) == 1  # typed the local way


def test_plan_resend_makes_a_new_job(env: Env) -> None:
    account = env.twsms()
    a, b, c = tw_phones(3)
    job = env.send(account, [a, b, c], "Hi {name}")
    env.tw.deliver(a, push=False)
    env.tw.fail(b, push=False)
    env.refresh(job)
    env.store.execute("UPDATE messages SET state='unknown' WHERE job_id=? AND phone=?", (job, c))
    with pytest.raises(PlanError):
        plan_resend(env.store, account, job, [a])  # delivered: not offered
    plan = plan_resend(env.store, account, job, [a, b, c])
    assert [r.phone for r in plan.recipients] == [b, c]
    assert plan.recipients[0].name == f"N{b[-3:]}" and plan.points == 2
    assert any("not known" in w for w in plan.warnings)
    assert "job" in plan.describe()
    # Nothing changed in place.
    assert env.states(job) == {a: State.DELIVERED, b: State.FAILED, c: State.UNKNOWN}


def test_export_is_formula_safe(env: Env, tmp_path: Path) -> None:
    account = env.twsms()
    evil = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3", "@SUM(A1)", "\tTAB", "\rCR"]
    recipients = [PlannedRecipient(p, name, rendered="=1+1") for p, name in zip(tw_phones(6), evil, strict=True)]
    job, _ = env.jobs.create(account.id, recipients, text="=cmd|' /C calc'!A0")
    env.store.execute("UPDATE messages SET error_text='=2+2', vendor_status='@x' WHERE job_id=?", (job,))
    path = export_job(env.store, env.accounts, job, tmp_path / "report.xlsx")
    wb = openpyxl.load_workbook(path)
    summary, sheet = wb.worksheets
    assert summary["A1"].value == "Item" and summary["B2"].value == job
    values = [c for row in sheet.iter_rows(min_row=2) for c in row]
    texts = [c for c in values if isinstance(c.value, str)]
    assert {c.data_type for c in texts} == {"s"}  # nothing is a formula
    names = [sheet.cell(row=r, column=2).value for r in range(2, 8)]
    assert names[0] == evil[0] and names[1] == "+1+2"
    assert sheet.cell(row=2, column=2).quotePrefix
    assert sheet.cell(row=2, column=9).value == "=1+1" and sheet.cell(row=2, column=9).data_type == "s"
    message = next(r for r in summary.iter_rows() if r[0].value == "Message")
    assert message[1].data_type == "s" and message[1].value.startswith("=cmd")
    wb.close()


# -- the command line -------------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out, err


def test_cli_status_export_and_replies(env: Env, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    account = env.twsms()
    a, b = tw_phones(2)
    job = env.send(account, [a, b])
    env.tw.deliver(a, push=False)
    env.tw.inject_reply(a, "thanks")
    code, status, _ = run_cli(capsys, "status", str(job), "--refresh", "--json")
    assert code == 0
    rows = {r["phone"]: r for r in status["recipients"]}
    assert rows[a]["state"] == "delivered" and rows[b]["state"] == "submitted"
    assert set(rows[a]) == {"phone", "state", "vendor_status", "error", "updated_at"}
    assert status["counts"]["delivered"] == 1
    out = tmp_path / "job.xlsx"
    code, text, _ = run_cli(capsys, "export", str(job), str(out))
    assert code == 0 and str(out) in text
    wb = openpyxl.load_workbook(out)
    assert wb.worksheets[1].max_row == 3
    wb.close()
    code, _, err = run_cli(capsys, "export", "999", str(tmp_path / "x.xlsx"))
    assert code == 1 and "999" in err
    code, _, err = run_cli(capsys, "export", str(job), str(tmp_path / "x.csv"))
    assert code == 2 and ".xlsx" in err
    code, replies, _ = run_cli(capsys, "replies", "--refresh", "--json")
    assert code == 0
    assert [(r["phone"], r["text"], r["account"]) for r in replies] == [(a, "thanks", "Shop")]
    assert set(replies[0]) == {"phone", "text", "received_at", "account", "contact"}
