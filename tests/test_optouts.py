"""Opt-outs end to end: keyword rules, SMS-Get's two-way code, Tencent's reply pull, mid-campaign replies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.callbacks import CallbackProcessor, callback_urls
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.engine import Progress, SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.optout_guard import OPTED_OUT
from smsdesk.core.optout_rules import DEFAULT_OPTOUT_KEYWORDS, OptOutRule
from smsdesk.core.receiver import CallbackReceiver
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.tracking import fetch_replies, list_replies
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import VendorClient
from smsdesk.vendors.http import HttpPolicy
from smsdesk.vendors.smsget import parse_reply_callback

GET_USER, GET_PASS = "getter", "get-Secret-99"
TC_APPID, TC_KEY = "1400012345", "5f03a35d00ee52a21327ab048186a2c4"
TW_USER, TW_PASS = "shop", "tw-Secret-pa55"


class Env:
    def __init__(self, sim: Simulator, home: Path) -> None:
        self.sim = sim
        self.store = Store(home / "smsdesk.db")
        self.accounts = Accounts(self.store)
        self.jobs = Jobs(self.store)

    def client(self, account: Account) -> VendorClient:
        http = HttpPolicy(secrets=[GET_PASS, TC_KEY, TW_PASS], read_timeout=2, connect_timeout=0.5, backoff=0.01)
        return self.accounts.client(account, http=http)


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[Env]:
    e = Env(sim, home)
    yield e
    e.store.close()


@pytest.mark.parametrize("text, expected", [
    ("退訂", True), ("退订", True), ("回T退订", True), ("請幫我取消訂閱，謝謝", True), ("取消订阅", True),
    ("T", True), ("t", True), ("Ｔ", True), (" t。", True), ("TD", True), ("ｔｄ", True), ("STOP", True),
    ("Unsubscribe!", True), ("取消", True),
    ("Thanks", False), ("TDK", False), ("我要取消訂單", False), ("Please stop by tomorrow", False), ("好的", False),
])
def test_default_keywords_and_their_rules(text: str, expected: bool) -> None:
    assert OptOutRule().matches(text) is expected


def test_keyword_rules_from_settings() -> None:
    rule = OptOutRule.parse("*不要再傳， 停止", False)
    assert rule.matches("拜託不要再傳了") and rule.matches("停止") and not rule.matches("請停止嗎")
    # What older versions saved unchanged reads as today's default (with Simplified Chinese and T).
    assert OptOutRule.parse("STOP,UNSUBSCRIBE,退訂,取消訂閱,TD,取消").keywords == DEFAULT_OPTOUT_KEYWORDS
    assert OptOutRule().as_setting().startswith("STOP, UNSUBSCRIBE, *退訂")


def test_smsget_code_defaults_to_03_and_is_stripped() -> None:
    form = {"content": "0912345678|59c4e123|2025-01-01 21:08:07|03%E9%80%80%E8%A8%82"}
    [reply] = parse_reply_callback(form)
    assert reply.text == "退訂"
    [other] = parse_reply_callback({"content": "0912345678|59c4e124|2025-01-01 21:08:07|88ok"}, "88")
    assert other.text == "ok"


def test_smsget_two_way_callback_03_optout_without_a_code_setting(env: Env) -> None:
    get = env.sim.vendors["smsget"]
    get.add_account(GET_USER, GET_PASS, two_way=True)  # the simulator's code is the documented 03
    account = env.accounts.add("Get", "smsget", {"username": GET_USER, "two_way": True},
                               {"password": GET_PASS}, base_url=env.sim.base_url("smsget"))
    processor = CallbackProcessor(env.store, env.accounts)
    receiver = CallbackReceiver(processor, "127.0.0.1", 0).start()
    try:
        stop = get.inject_reply("+886912000022", "退訂")
        assert stop.text == "03退訂"  # as the customer typed it
        url = callback_urls(env.store, account, receiver.url)["reply"]
        assert get.reply_callback([stop], url=url).emit().text == "ok"
    finally:
        receiver.stop()
    [row] = list_replies(env.store)
    assert row.text == "退訂" and row.optout
    assert ContactRepository(env.store).is_opted_out("+886912000022")


def test_tencent_reply_pull_simplified_optout(env: Env) -> None:
    tc = env.sim.vendors["tencent"]
    tc.add_account(TC_APPID, TC_KEY)
    account = env.accounts.add("Cloud", "tencent", {"sdkappid": TC_APPID, "sign": "Shop"},
                               {"appkey": TC_KEY}, base_url=env.sim.base_url("tencent"))
    tc.inject_reply("+8613788880009", "回T退订")
    tc.inject_reply("+8613788880010", "好的")
    stored = fetch_replies(env.store, env.accounts, account, client_factory=env.client)
    assert stored.new == 2 and stored.optouts_added == ["+8613788880009"]
    repo = ContactRepository(env.store)
    assert repo.is_opted_out("+8613788880009") and not repo.is_opted_out("+8613788880010")


def test_number_opting_out_mid_campaign_is_not_sent_to(env: Env) -> None:
    tw = env.sim.vendors["twsms"]
    tw.add_account(TW_USER, TW_PASS, balance=1000)
    account = env.accounts.add("Shop", "twsms", {"username": TW_USER, "concurrency": 1},
                               {"password": TW_PASS}, base_url=env.sim.base_url("twsms"))
    phones = [f"+88691200{i:04d}" for i in range(6)]
    # A different text each: one request per recipient, so the reply lands between two of them.
    job, _ = env.jobs.create(account.id, [PlannedRecipient(p, rendered=f"Hi {i}") for i, p in enumerate(phones)],
                             text="Hi")
    late = phones[-1]

    def progress(p: Progress) -> Any:
        if p.requests == 1:  # the customer replies 退訂 after the first message left
            ContactRepository(env.store).add_optout(late, source="reply")

    summary = SendEngine(env.store, env.accounts, client_factory=env.client).run(job, progress=progress)
    row = env.jobs.find_message(job, late)
    assert row is not None and row.state is State.CANCELLED and row.error_kind == OPTED_OUT
    assert "opt-out" in row.error_text
    assert not any(late[4:].encode() in r.body + r.raw_query.encode() for r in env.sim.requests_to("twsms"))
    assert summary.counts["submitted"] + summary.counts["delivered"] == 5
    assert len(env.sim.requests_to("twsms", "/json/sms_send.php")) == 5
