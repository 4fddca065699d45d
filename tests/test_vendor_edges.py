"""Vendor edges as the documents describe them, over real HTTP to the simulators on 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import pytest
import requests

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.callbacks import MAX_BODY, CallbackProcessor, callback_urls
from smsdesk.core.drafts import Draft, Recipient, analyze_draft
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.planner import plan_send
from smsdesk.core.receiver import CallbackReceiver
from smsdesk.core.store import Store
from smsdesk.sim.sepsms import Sim as SepSim
from smsdesk.sim.server import Simulator
from smsdesk.sim.smsget import Sim as GetSim
from smsdesk.sim.twsms import Sim as TwSim
from smsdesk.vendors.base import AccountConfig, ErrorKind, SendRequest, VendorError
from smsdesk.vendors.http import HttpPolicy
from smsdesk.vendors.twsms import TwsmsClient

TW_USER, TW_PASS = "shop", "tw-Secret-pa55"
SEND = "/json/sms_send.php"


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    s = Store(home / "smsdesk.db")
    yield s
    s.close()


@pytest.fixture
def accounts(store: Store) -> Accounts:
    return Accounts(store)


def twsim(sim: Simulator) -> TwSim:
    return cast(TwSim, sim.vendors["twsms"])


def sepsim(sim: Simulator) -> SepSim:
    return cast(SepSim, sim.vendors["sepsms"])


def getsim(sim: Simulator) -> GetSim:
    return cast(GetSim, sim.vendors["smsget"])


def phones(n: int) -> list[str]:
    return [f"+8869{10_000_000 + i:08d}" for i in range(n)]


def run_job(store: Store, accounts: Accounts, account: Account, numbers: list[str], text: str = "hello") -> Any:
    job, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered=text) for p in numbers], text=text)
    return SendEngine(store, accounts).run(job)


def dead_url() -> str:
    with socket.socket() as s:  # a port nobody listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/dr"


# -- TwSMS ----------------------------------------------------------------------------------------


def twsms_account(sim: Simulator, accounts: Accounts, **settings: Any) -> Account:
    twsim(sim).add_account(TW_USER, TW_PASS, balance=100_000)
    return accounts.add("Shop", "twsms", {"username": TW_USER, **settings}, {"password": TW_PASS},
                        base_url=sim.base_url("twsms"))


def twsms_client(sim: Simulator, **settings: Any) -> TwsmsClient:
    config = AccountConfig("Shop", "twsms", {"username": TW_USER, **settings}, {"password": TW_PASS},
                           base_url=sim.base_url("twsms"))
    return TwsmsClient(config, http=HttpPolicy(secrets=[TW_PASS], read_timeout=2, backoff=0.01))


def test_twsms_unreachable_drurl_00170_pauses_the_job_after_one_window(
        sim: Simulator, store: Store, accounts: Accounts) -> None:
    account = twsms_account(sim, accounts, drurl=dead_url(), drurl_check=True)
    summary = run_job(store, accounts, account, phones(120))
    assert summary.status is JobStatus.PAUSED
    assert "drurl" in summary.note and "HTTP 200" in summary.note
    assert summary.counts["queued"] == 120  # surely not sent: all wait for resume
    tries = len(sim.requests_to("twsms", SEND))
    assert 1 <= tries <= TwsmsClient.capabilities.default_concurrency  # not one failing request each


def test_twsms_00140_from_the_vendor_pauses_the_job(sim: Simulator, store: Store, accounts: Accounts) -> None:
    account = twsms_account(sim, accounts)
    twsim(sim).force_error("00140", path=SEND, times=1000)
    summary = run_job(store, accounts, account, phones(60))
    assert summary.status is JobStatus.PAUSED and "drurl" in summary.note
    assert summary.counts["queued"] == 60 and summary.counts.get("failed", 0) == 0
    assert len(sim.requests_to("twsms", SEND)) <= TwsmsClient.capabilities.default_concurrency


def test_twsms_drurl_check_probe_is_answered_so_the_check_can_be_on(
        sim: Simulator, store: Store, accounts: Accounts) -> None:
    processor = CallbackProcessor(store, accounts)
    receiver = CallbackReceiver(processor, "127.0.0.1", 0, max_body=MAX_BODY).start()
    try:
        account = twsms_account(sim, accounts)
        drurl = callback_urls(store, account, receiver.url)["dr"]
        accounts.update(account, settings={"username": TW_USER, "drurl": drurl, "drurl_check": True})
        # The probe itself: a request without smsresp gets HTTP 200 and changes nothing.
        with requests.Session() as http:
            assert http.get(drurl, timeout=5).status_code == 200
            assert http.get(drurl + "?smsresp=" + quote("not json"), timeout=5).status_code == 400
        summary = run_job(store, accounts, accounts.get(account.id), phones(3))
        assert summary.status is JobStatus.DONE and summary.counts["submitted"] == 3
        sent = sim.requests_to("twsms", SEND)
        assert len(sent) == 3 and all(b"drurl_check=Y" in r.body for r in sent)
    finally:
        receiver.stop()


@pytest.mark.parametrize("symbol", ["✅", "❤", "☎", "☺", "☀", "✈", "♥", "©", "™", "🎉", "👍🏽", "1️⃣"])
def test_twsms_every_emoji_property_character_is_refused_locally(sim: Simulator, symbol: str) -> None:
    client = twsms_client(sim)
    try:
        with pytest.raises(VendorError) as err:
            client.send(SendRequest(["+886912345678"], f"週年慶 {symbol} 來店禮"))
    finally:
        client.close()
    assert err.value.kind is ErrorKind.BAD_CONTENT and not err.value.sent and err.value.code == "00180"
    assert err.value.message.startswith("SMS Desk did not send it:") and symbol in err.value.message
    assert sim.requests_to("twsms") == []


def test_twsms_text_symbols_without_the_emoji_property_still_go(sim: Simulator) -> None:
    twsim(sim).add_account(TW_USER, TW_PASS)
    client = twsms_client(sim)
    try:
        result = client.send(SendRequest(["+886912345678"], "★限時優惠☆ ※ ● ✓ #1 *note"))
    finally:
        client.close()
    assert result.recipients[0].error is None and len(sim.requests_to("twsms", SEND)) == 1


def test_twsms_emoji_skipped_at_plan_time_and_named_in_compose(
        sim: Simulator, store: Store, accounts: Accounts) -> None:
    account = twsms_account(sim, accounts)
    text = "今天營業 ☎ 02-2345-6789，天氣 ☀ 好"
    plan = plan_send(store, account, phones=["0912345678", "0912345679"], text=text)
    assert plan.recipients == [] and [s.reason for s in plan.skipped] == ["refused", "refused"]
    assert "☎" in plan.skipped[0].message and "☀" in plan.skipped[0].message
    assert "☎ ☀" in plan.describe()
    # Compose counts through the same driver rule and names the characters.
    draft = Draft("twsms", "twsms", text=text, recipients=[Recipient("+886912345678")])
    analysis = analyze_draft(draft)
    assert analysis.refused and "☎" in analysis.problem and "☀" in analysis.problem
    # The same text is fine on a vendor without the rule.
    assert not analyze_draft(Draft("sandbox", "sandbox", text=text, recipients=[Recipient("+886912345678")])).refused
    assert sim.requests_to("twsms") == []


@pytest.mark.parametrize(("settings", "phone", "text", "code"), [
    ({}, "+886223456789", "hi", "00100"),  # a landline
    ({}, "+85291234567", "中" * 71, "00120"),  # long text abroad
    ({"long_sms": False}, "+886912345678", "中" * 71, "00130"),
    ({"expirytime": 100}, "+886912345678", "hi", "00060"),
    ({"drurl": "www.example.com/dr"}, "+886912345678", "hi", "00140"),
])
def test_twsms_local_checks_are_worded_as_sms_desks(sim: Simulator, settings: dict[str, Any], phone: str,
                                                    text: str, code: str) -> None:
    client = twsms_client(sim, **settings)
    try:
        with pytest.raises(VendorError) as err:
            client.send(SendRequest([phone], text))
    finally:
        client.close()
    assert err.value.code == code and not err.value.sent
    assert err.value.message.startswith("SMS Desk did not send it:")
    assert "TwSMS did not accept" not in err.value.message and "TwSMS says" not in err.value.message
    assert sim.requests_to("twsms") == []


# -- SepSMS ---------------------------------------------------------------------------------------

THAI = ["+66812345678", "+66898765432", "+66611111111"]


def sepsms_account(sim: Simulator, accounts: Accounts, **kwargs: Any) -> tuple[Account, str]:
    key = sepsim(sim).add_account(**kwargs)
    account = accounts.add("Thai", "sepsms", {"origin": "SEPSMS"}, {"api_key": key},
                           base_url=sim.base_url("sepsms"))
    return account, key


def message_row(store: Store, phone: str) -> Any:
    return store.query_one("SELECT state, error_code, error_text FROM messages WHERE phone=?", (phone,))


def test_sepsms_blocked_numbers_end_failed_with_the_reason(sim: Simulator, store: Store,
                                                            accounts: Accounts) -> None:
    account, _key = sepsms_account(sim, accounts, blocked_numbers={"0812345678"})
    summary = run_job(store, accounts, account, THAI)
    assert summary.counts["failed"] == 1 and summary.counts["submitted"] == 2
    row = message_row(store, THAI[0])
    assert row["state"] == "failed" and row["error_code"] == "blocked" and "blocked" in row["error_text"]
    assert len(sim.requests_to("sepsms", "/message/send")) == 1


def test_sepsms_blocked_number_found_by_polling_when_the_first_look_up_fails(sim: Simulator) -> None:
    from smsdesk.vendors.base import MessageRef
    from smsdesk.vendors.sepsms import SepSmsClient

    key = sepsim(sim).add_account(blocked_numbers={"0812345678"})
    config = AccountConfig("Thai", "sepsms", {"origin": "SEPSMS"}, {"api_key": key},
                           base_url=sim.base_url("sepsms"))
    client = SepSmsClient(config, http=HttpPolicy(secrets=[key], read_timeout=2, backoff=0.01))
    try:
        sepsim(sim).force_error("server.internal_error", path="/recipients", status=500, times=5)
        result = client.send(SendRequest(THAI[:2], "hi"))
        assert [r.state.value for r in result.recipients] == ["submitted", "submitted"]  # cannot tell yet
        refs = [MessageRef(p, result.batch_id, result.batch_id) for p in THAI[:2]]
        reports = {r.phone: r for r in client.query_status(refs)}
    finally:
        client.close()
    assert reports[THAI[0]].state.value == "failed" and "blocked" in reports[THAI[0]].error_text
    assert THAI[1] not in reports or reports[THAI[1]].state.value != "failed"


def test_sepsms_unknown_account_wide_code_pauses_instead_of_failing_each_batch(
        sim: Simulator, store: Store, accounts: Accounts) -> None:
    account, _key = sepsms_account(sim, accounts)
    sepsim(sim).force_error("sender.not_approved", path="/message/send", status=403, times=100,
                                      message="Sender name is pending approval")
    numbers = [f"+668{10_000_000 + i:08d}" for i in range(12)]
    job, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered=f"Hi {i}") for i, p in
                                             enumerate(numbers)], text="Hi {n}")
    summary = SendEngine(store, accounts).run(job)
    assert summary.status is JobStatus.PAUSED
    assert "sender.not_approved" in summary.note and "paused" in summary.note
    assert summary.counts["queued"] == 12  # 12 different texts: 12 batches, none failed
    assert len(sim.requests_to("sepsms", "/message/send")) <= 2  # the default concurrency


# -- SMS-Get --------------------------------------------------------------------------------------


def smsget_account(sim: Simulator, accounts: Accounts, *, two_way: bool) -> Account:
    getsim(sim).add_account("getter", "get-Secret-99", two_way=two_way)
    return accounts.add("Get", "smsget", {"username": "getter", "two_way": two_way}, {"password": "get-Secret-99"},
                        base_url=sim.base_url("smsget"))


def test_smsget_numbers_outside_the_16_countries_are_skipped_at_plan_time(
        sim: Simulator, store: Store, accounts: Accounts) -> None:
    from smsdesk.core.planner import create_job

    account = smsget_account(sim, accounts, two_way=False)
    plan = plan_send(store, account, phones=["0912345678", "+85291234567", "+4915123456789", "+33612345678"],
                     text="週末特價")
    assert [r.phone for r in plan.recipients] == ["+886912345678", "+85291234567"]
    assert [(s.phone, s.reason) for s in plan.skipped] == [("+4915123456789", "refused"), ("+33612345678", "refused")]
    assert "only reaches Taiwan" in plan.skipped[0].message
    assert plan.points == 1 + 2  # priced only for who gets it
    summary = SendEngine(store, accounts).run(create_job(store, account, plan))
    assert summary.status is JobStatus.DONE and summary.counts["submitted"] == 2
    (sent,) = sim.requests_to("smsget", "/api_send.php")
    assert b"49151" not in sent.body and b"336" not in sent.body


def test_smsget_two_way_to_non_taiwan_numbers_is_skipped_at_plan_time(
        sim: Simulator, store: Store, accounts: Accounts) -> None:
    account = smsget_account(sim, accounts, two_way=True)
    plan = plan_send(store, account, phones=["0912345678", "+85291234567", "+8613512345678"], text="回覆 1 確認")
    assert [r.phone for r in plan.recipients] == ["+886912345678"]
    assert {s.phone for s in plan.skipped} == {"+85291234567", "+8613512345678"}
    assert all(s.reason == "refused" and "Two-way" in s.message for s in plan.skipped)
    # Compose names the same reason for the numbers typed in.
    draft = Draft("smsget", "smsget", text="回覆 1 確認", settings={"two_way": True},
                  recipients=[Recipient("+886912345678"), Recipient("+85291234567")])
    analysis = analyze_draft(draft)
    assert analysis.blocked == 1 and "Two-way" in analysis.blocked_problem
    assert sim.requests_to("smsget") == []


# -- the simulators follow the documents ----------------------------------------------------------


def tw_raw(sim: Simulator, path: str, body: bytes | dict[str, str]) -> dict[str, Any]:
    with requests.Session() as http:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        answer: dict[str, Any] = http.post(sim.base_url("twsms") + path, data=body, headers=headers,
                                           timeout=5).json()
        return answer


def test_twsms_sim_takes_country_code_plus_number(sim: Simulator) -> None:
    tw = twsim(sim)
    tw.add_account(TW_USER, TW_PASS, balance=100)
    sent = tw_raw(sim, SEND, {"username": TW_USER, "password": TW_PASS, "mobile": "886912345678",
                              "message": "hi", "resp_point": "Y"})
    assert sent["code"] == "00000" and sent["point"] == 1  # a Taiwan mobile, however written
    assert tw.messages[str(sent["msgid"])].mobile == "0912345678"
    abroad = tw_raw(sim, SEND, {"username": TW_USER, "password": TW_PASS, "mobile": "85291234567", "message": "hi",
                                "resp_point": "Y"})
    assert abroad["code"] == "00000" and abroad["point"] == 5
    assert tw_raw(sim, SEND, {"username": TW_USER, "password": TW_PASS, "mobile": "886223456789",
                              "message": "hi"})["code"] == "00100"  # a Taiwan landline is no mobile


def test_twsms_sim_reads_big5_text(sim: Simulator) -> None:
    tw = twsim(sim)
    tw.add_account(TW_USER, TW_PASS, balance=100)
    text = "台灣簡訊週年慶，全館八折"
    body = (f"username={TW_USER}&password={quote(TW_PASS)}&mobile=0912345678&resp_point=Y&message="
            + quote(text.encode("cp950"))).encode("ascii")
    sent = tw_raw(sim, SEND, body)
    assert sent["code"] == "00000" and sent["point"] == 1
    assert tw.messages[str(sent["msgid"])].message == text
    # UTF-8 still reads as UTF-8.
    utf8 = tw_raw(sim, SEND, {"username": TW_USER, "password": TW_PASS, "mobile": "0912345678", "message": text})
    assert tw.messages[str(utf8["msgid"])].message == text


def test_twsms_sim_deltime_after_the_message_left_is_a_failed_deletion(sim: Simulator) -> None:
    from datetime import datetime, timedelta

    tw = twsim(sim)
    tw.add_account(TW_USER, TW_PASS, balance=100)
    auth = {"username": TW_USER, "password": TW_PASS, "mobile": "0912345678"}
    now_sent = tw_raw(sim, SEND, {**auth, "message": "hi"})
    tw.deliver(str(now_sent["msgid"]), push=False)
    gone = tw_raw(sim, "/json/sms_query.php", {**auth, "msgid": str(now_sent["msgid"]), "deltime": "Y"})
    assert gone["code"] != "00000" and "statustext" not in gone  # not a status, not a success
    assert tw.messages[str(now_sent["msgid"])].statustext == "DELIVRD" and tw.get_balance(TW_USER) == 99
    later = (datetime.now(tw.now().tzinfo) + timedelta(days=1)).strftime("%Y%m%d%H%M")
    scheduled = tw_raw(sim, SEND, {**auth, "message": "hi", "sendtime": later})
    deleted = tw_raw(sim, "/json/sms_query.php", {**auth, "msgid": str(scheduled["msgid"]), "deltime": "Y"})
    assert deleted["code"] == "00000" and tw.get_balance(TW_USER) == 99  # refunded


@pytest.mark.parametrize(("phone", "code"), [
    ("0912345678", "000"), ("091234567", "001"),  # Taiwan: 10 digits
    ("13512345123", "000"), ("1351234512", "001"),  # China: 11
    ("54123123", "000"), ("541231234", "001"),  # Hong Kong: 8
    ("819012345123", "000"), ("81901234512", "001"),  # Japan: 12
    ("60123456123", "000"), ("601234561234", "000"), ("6012345612", "001"),  # Malaysia: 11 or 12
    ("66812345123", "000"), ("668123451234", "001"),  # Thailand: 11
    ("6581234123", "000"), ("65812341234", "001"),  # Singapore: 10
    ("0011234567123", "000"), ("001123456712", "001"),  # United States: 13
    ("4915123456789", "001"),  # Germany: not one of the 16
])
def test_smsget_sim_checks_each_countrys_number_length(sim: Simulator, phone: str, code: str) -> None:
    getsim(sim).add_account("getter", "get-Secret-99", balance=100)
    with requests.Session() as http:
        answer = http.post(sim.base_url("smsget") + "/api_send.php", timeout=5, data={
            "username": "getter", "password": "get-Secret-99", "method": "1", "sms_msg": "hi", "phone": phone}).json()
    assert answer["error_code"] == code
