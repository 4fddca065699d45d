"""The callback receiver over real HTTP: every vendor's pushes, valid and hostile."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import requests

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.callbacks import (
    MAX_BODY,
    RUNNING_PAGE,
    CallbackProcessor,
    callback_token,
    callback_urls,
    describe_urls,
)
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.receiver import CallbackReceiver, CallbackService
from smsdesk.core.receiver import sync_push_addresses as sync_drurl
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.tracking import OptOutRule, list_replies
from smsdesk.sim import smsget as smsget_sim
from smsdesk.sim import tencent as tencent_sim
from smsdesk.sim.sepsms import build_webhook
from smsdesk.sim.server import Simulator
from smsdesk.sim.twsms import build_drurl
from smsdesk.vendors.base import VendorClient
from smsdesk.vendors.http import HttpPolicy

TW_USER, TW_PASS = "shop", "tw-Secret-pa55"
GET_USER, GET_PASS = "getter", "get-Secret-99"
SEP_KEY = "sk_sep_" + "b2" * 16
WEBHOOK_SECRET = "whsec_0123456789abcdef"
TC_APPID, TC_KEY = "1400012345", "5f03a35d00ee52a21327ab048186a2c4"
TC_OK = {"result": 0, "errmsg": "OK"}


class Env:
    def __init__(self, sim: Simulator, home: Path) -> None:
        self.sim = sim
        self.store = Store(home / "smsdesk.db")
        self.accounts = Accounts(self.store)
        self.jobs = Jobs(self.store)
        self.changes: list[tuple[str, Any]] = []
        self.processor = CallbackProcessor(self.store, self.accounts, lambda k, p: self.changes.append((k, p)))
        self.receiver = CallbackReceiver(self.processor, "127.0.0.1", 0, max_body=MAX_BODY).start()
        self.url = self.receiver.url
        self.http = requests.Session()

    def close(self) -> None:
        self.http.close()
        self.receiver.stop()
        self.store.close()
        for entry in self.sim.log:  # secrets travel in bodies and headers, never in URLs
            for secret in (TW_PASS, GET_PASS, SEP_KEY, TC_KEY, WEBHOOK_SECRET):
                assert secret not in entry.url

    def client(self, account: Account) -> VendorClient:
        http = HttpPolicy(secrets=[TW_PASS, GET_PASS, SEP_KEY, TC_KEY], read_timeout=2, connect_timeout=0.5,
                          backoff=0.01)
        return self.accounts.client(account, http=http)

    def send(self, account: Account, phones: list[str], *, template_id: str | None = None) -> int:
        rendered = json.dumps({"1": "x"}) if template_id else "hello"
        job, _ = self.jobs.create(account.id, [PlannedRecipient(p, rendered=rendered) for p in phones],
                                  text="" if template_id else "hello", template_id=template_id)
        SendEngine(self.store, self.accounts, client_factory=self.client).run(job)
        return job

    def cb(self, account: Account, kind: str) -> str:
        return callback_urls(self.store, account, self.url)[kind]

    def state(self, job: int, phone: str) -> State:
        row = self.jobs.find_message(job, phone)
        assert row is not None
        return row.state

    def events(self) -> int:
        row = self.store.query_one("SELECT COUNT(*) FROM delivery_events WHERE source='callback'")
        return int(row[0]) if row else 0

    def replies(self) -> int:
        row = self.store.query_one("SELECT COUNT(*) FROM replies")
        return int(row[0]) if row else 0

    def post(self, url: str, body: bytes, headers: dict[str, str] | None = None) -> requests.Response:
        return self.http.post(url, data=body, headers=headers or {}, timeout=5)

    def oversized(self, url: str) -> int:
        """Claim a body over the limit without sending it: answered 413 before it is read."""
        host, port = self.receiver.host, self.receiver.port
        path = url.split(str(port), 1)[1]
        with socket.create_connection((host, port), timeout=5) as s:
            s.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      f"Content-Length: {MAX_BODY + 1}\r\n\r\n".encode() + b"[" * 1024)
            answer = s.recv(4096).decode("latin-1")
        return int(answer.split()[1])


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[Env]:
    e = Env(sim, home)
    yield e
    e.close()


def wrong_token(url: str) -> str:
    parts = url.split("/")
    parts[-2] = "x" * len(parts[-2])
    return "/".join(parts)


# -- common -------------------------------------------------------------------------------------


def test_running_page_paths_and_methods(env: Env, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="smsdesk.callbacks")
    tw = env.accounts.add("Shop", "twsms", {"username": TW_USER}, {"password": TW_PASS})
    page = env.http.get(env.url + "/", timeout=5)
    assert page.status_code == 200 and page.text == RUNNING_PAGE
    good = env.cb(tw, "dr")
    assert good.startswith(f"{env.url}/cb/{tw.id}/") and good.endswith("/dr")
    assert callback_token(env.store, tw.id) in good and callback_token(env.store, tw.id) == callback_token(
        env.store, tw.id)
    for url in (env.url + "/cb", wrong_token(good), good.replace(f"/cb/{tw.id}/", "/cb/999/"),
                good[:-2] + "reply", good.replace(f"/cb/{tw.id}/", "/cb/x/")):
        assert env.http.get(url + "?smsresp=%7B%7D", timeout=5).status_code == 404
    assert env.http.put(good, data=b"", timeout=5).status_code == 405
    # A generator makes chunked encoding: read (within the same cap) and judged like any body.
    chunked = env.http.post(good, data=iter([b"smsresp=1"]), timeout=5)
    assert chunked.status_code == 400 and "mobile" in chunked.text
    huge = env.http.post(good, data=iter([b"x" * 65536] * (MAX_BODY // 65536 + 1)), timeout=5)
    assert huge.status_code == 413
    assert env.events() == 0 and env.replies() == 0
    token = callback_token(env.store, tw.id)
    assert caplog.records and all(token not in r.getMessage() for r in caplog.records)  # logs hide the token


def test_urls_per_vendor_and_descriptions(env: Env) -> None:
    get = env.accounts.add("Get", "smsget", {"username": GET_USER}, {"password": GET_PASS})
    sep = env.accounts.add("Thai", "sepsms", {"origin": "SEPSMS"}, {"api_key": SEP_KEY})
    engage = env.accounts.add("Engage", "engagelab", {"dev_key": "k"}, {"dev_secret": "s" * 12})
    assert set(callback_urls(env.store, get, "https://x.example/")) == {"dr", "reply"}
    assert set(callback_urls(env.store, sep, "https://x.example")) == {"webhook"}
    assert callback_urls(env.store, engage, "https://x.example") == {}
    lines = describe_urls(env.store, get, "https://x.example")
    assert len(lines) == 2 and "two-way" in lines[1] and lines[0].startswith("Get: ")
    assert callback_token(env.store, get.id) != callback_token(env.store, sep.id)


# -- TwSMS drurl ----------------------------------------------------------------------------------


def test_twsms_drurl_end_to_end(env: Env) -> None:
    env.sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100)
    account = env.accounts.add("Shop", "twsms", {"username": TW_USER}, {"password": TW_PASS},
                               base_url=env.sim.base_url("twsms"))
    assert sync_drurl(env.store, env.accounts, env.url) == ["Shop"]
    account = env.accounts.get(account.id)
    assert account.settings["drurl"] == env.cb(account, "dr")
    a, b = "+886912000001", "+886912000002"
    job = env.send(account, [a, b])
    tw = env.sim.vendors["twsms"]
    msg = tw.find(a)
    assert msg.drurl == env.cb(account, "dr")  # sent with each message
    sent = env.sim.requests_to("twsms", "/json/sms_send.php")[-1]
    assert b"drurl=" in sent.body and "drurl" not in sent.url
    # valid: TwSMS pushes the report
    tw.deliver(a)
    assert env.state(job, a) is State.DELIVERED
    assert env.changes and env.changes[-1][0] == "status" and env.changes[-1][1] == {job}
    # replayed: the same push again changes nothing
    events = env.events()
    again = tw.drurl_request(msg.msgid).emit()
    assert again.status_code == 200 and env.events() == events
    # stale: a late "accepted" after the delivery does not move it back
    late = build_drurl(env.cb(account, "dr"), msgid=msg.msgid, mobile="0912000001", statuscode="0",
                       statustext="ACCEPTD", downtime="20200101000000").emit()
    assert late.status_code == 200 and env.state(job, a) is State.DELIVERED
    # tampered: another number under a real msgid, or a guessed address
    forged = build_drurl(env.cb(account, "dr"), msgid=msg.msgid, mobile="0912000002", statuscode="-1",
                         statustext="UNDELIV", downtime="20240101000000").emit()
    assert forged.status_code == 200 and env.state(job, b) is State.SUBMITTED
    guessed = build_drurl(wrong_token(env.cb(account, "dr")), msgid=tw.find(b).msgid, mobile="0912000002",
                          statuscode="-1", statustext="UNDELIV", downtime="20240101000000").emit()
    assert guessed.status_code == 404 and env.state(job, b) is State.SUBMITTED
    # malformed and oversized
    assert env.http.get(env.cb(account, "dr") + "?smsresp=not-json", timeout=5).status_code == 400
    events = env.events()
    probe = env.http.get(env.cb(account, "dr"), timeout=5)  # drurl_check's probe: no smsresp
    assert probe.status_code == 200 and env.events() == events
    assert env.http.get(env.cb(account, "dr") + "?smsresp=" + quote('{"code":"00000"}'), timeout=5).status_code == 400
    assert env.oversized(env.cb(account, "dr")) == 413
    assert env.state(job, b) is State.SUBMITTED
    # turning the receiver off takes our drurl away again, a user's own is kept
    assert sync_drurl(env.store, env.accounts, None) == ["Shop"]
    assert env.accounts.get(account.id).settings["drurl"] == ""
    env.accounts.update(env.accounts.get(account.id), settings={"drurl": "https://mine.example/dr"})
    assert sync_drurl(env.store, env.accounts, env.url) == []


# -- SMS-Get delivery and two-way callbacks ---------------------------------------------------------


def test_smsget_delivery_callback(env: Env) -> None:
    get = env.sim.vendors["smsget"]
    get.add_account(GET_USER, GET_PASS, two_way=True)
    account = env.accounts.add("Get", "smsget", {"username": GET_USER}, {"password": GET_PASS},
                               base_url=env.sim.base_url("smsget"))
    a, b = "+886912000011", "+886912000012"
    job = env.send(account, [a, b])
    sms_id = env.jobs.find_message(job, a).vendor_msg_id  # type: ignore[union-attr]
    get.deliver(sms_id, phone=a)
    get.fail(sms_id, phone=b)
    request = get.delivery_callback(sms_id, url=env.cb(account, "dr"))
    answer = request.emit()
    assert (answer.status_code, answer.text) == (200, "ok")
    assert env.state(job, a) is State.DELIVERED and env.state(job, b) is State.FAILED
    events = env.events()
    assert request.emit().text == "ok" and env.events() == events  # replayed
    at = datetime.now(UTC) - timedelta(days=1)
    stale = smsget_sim.build_delivery_callback(env.cb(account, "dr"), sms_id, [("0912000011", "x", at, "UNDELIV")])
    assert stale.emit().text == "ok" and env.state(job, a) is State.DELIVERED  # final stays final
    forged = smsget_sim.build_delivery_callback(wrong_token(env.cb(account, "dr")), sms_id,
                                                [("0912000011", "x", at, "UNDELIV")])
    assert forged.emit().status_code == 404
    other_id = smsget_sim.build_delivery_callback(env.cb(account, "dr"), "99999999", [("0912000012", "x", at, "DELIVRD")])
    assert other_id.emit().text == "ok" and env.state(job, b) is State.FAILED
    for body in (b"sms_id=1", b"content=garbage&sms_id=1", b"\xff\xfe=\xff"):
        assert env.post(env.cb(account, "dr"), body, {"Content-Type": "application/x-www-form-urlencoded"}
                        ).status_code == 400
    assert env.oversized(env.cb(account, "dr")) == 413


def test_smsget_two_way_callback_and_optout(env: Env) -> None:
    get = env.sim.vendors["smsget"]
    get.add_account(GET_USER, GET_PASS, two_way=True, two_way_code="03")
    account = env.accounts.add("Get", "smsget", {"username": GET_USER, "two_way": True, "two_way_code": "03"},
                               {"password": GET_PASS}, base_url=env.sim.base_url("smsget"))
    env.send(account, ["+886912000021"])
    first = get.inject_reply("+886912000021", "好的")
    stop = get.inject_reply("+886912000022", "退訂")
    request = get.reply_callback([first, stop], url=env.cb(account, "reply"))
    assert request.emit().text == "ok"
    rows = {r.phone: r for r in list_replies(env.store)}
    assert rows["+886912000021"].text == "好的" and rows["+886912000021"].account == "Get"
    assert rows["+886912000022"].optout and ContactRepository(env.store).is_opted_out("+886912000022")
    kinds = [k for k, _ in env.changes]
    assert kinds == ["replies"] and env.changes[0][1].optouts_added == ["+886912000022"]
    assert request.emit().text == "ok" and env.replies() == 2  # replayed
    assert get.reply_callback([first], url=wrong_token(env.cb(account, "reply"))).emit().status_code == 404
    for body in (b"", b"content=", b"content=nothing-like-a-record"):
        assert env.post(env.cb(account, "reply"), body).status_code == 400
    assert env.oversized(env.cb(account, "reply")) == 413
    assert env.replies() == 2


# -- SepSMS webhooks ---------------------------------------------------------------------------------


def sep_setup(env: Env) -> tuple[Account, Any]:
    sep = env.sim.vendors["sepsms"]
    sep.add_account(SEP_KEY, credit=100)
    account = env.accounts.add("Thai", "sepsms", {"origin": "SEPSMS"},
                               {"api_key": SEP_KEY, "webhook_secret": WEBHOOK_SECRET},
                               base_url=env.sim.base_url("sepsms"))
    sep.set_webhook(SEP_KEY, env.cb(account, "webhook"), WEBHOOK_SECRET,
                    events=["dr.success", "dr.failed", "sms.completed", "credit.low"])
    return account, sep


def test_sepsms_webhooks(env: Env) -> None:
    account, sep = sep_setup(env)
    a, b = "+66812345670", "+66812345671"
    job = env.send(account, [a, b])
    uuid = env.jobs.find_message(job, a).vendor_msg_id  # type: ignore[union-attr]
    sep.deliver(uuid, a)
    assert env.state(job, a) is State.DELIVERED
    assert [s for _, _, s in sep.webhooks_sent] == [200]
    url = env.cb(account, "webhook")
    now = int(time.time())
    payload = {"smsUuid": uuid, "msisdn": "66812345671", "txId": "t1", "status": "failed", "reason": "absent"}
    req = build_webhook("dr.failed", payload, WEBHOOK_SECRET, timestamp=now)
    # tampered body, wrong secret, stale or missing signature: 401 and nothing written
    tampered = req.body.replace(b"failed", b"succes")
    assert env.post(url, tampered, req.headers).status_code == 401
    other = build_webhook("dr.failed", payload, "whsec_someone_else", timestamp=now)
    assert env.post(url, other.body, other.headers).status_code == 401
    stale = build_webhook("dr.failed", payload, WEBHOOK_SECRET, timestamp=now - 3600)
    assert env.post(url, stale.body, stale.headers).status_code == 401
    assert env.post(url, req.body, {"X-Webhook-Event": "dr.failed"}).status_code == 401
    assert env.state(job, b) is State.SUBMITTED
    # the event header is outside the signature: the signed body under another name is refused
    before = env.events()
    for name in ("dr.success", "sms.sent", "sms.completed", "credit.low"):
        relabelled = env.post(url, req.body, {**req.headers, "X-Webhook-Event": name})
        assert relabelled.status_code == 400 and "signed body" in relabelled.text
    delivered = build_webhook("dr.success", {**payload, "status": "success", "txId": "t2"}, WEBHOOK_SECRET,
                              timestamp=now)
    assert env.post(url, delivered.body, {**delivered.headers, "X-Webhook-Event": "dr.failed"}).status_code == 400
    assert env.state(job, b) is State.SUBMITTED and env.events() == before and not any(
        k == "notice" for k, _ in env.changes)
    # valid, then replayed
    ok = env.post(url, req.body, req.headers)
    assert ok.status_code == 200 and ok.json() == {"ok": True}
    assert env.state(job, b) is State.FAILED
    assert env.jobs.find_message(job, b).error_text == "absent"  # type: ignore[union-attr]
    events = env.events()
    assert env.post(url, req.body, req.headers).status_code == 200 and env.events() == events
    # malformed: signed but unreadable, or no event name
    bad = build_webhook("dr.failed", {}, WEBHOOK_SECRET, timestamp=now)
    garbled = b"not json"
    from smsdesk.vendors.sepsms import sign_webhook

    headers = dict(bad.headers, **{"X-Webhook-Signature": f"t={now},v1={sign_webhook(garbled, WEBHOOK_SECRET, now)}"})
    assert env.post(url, garbled, headers).status_code == 400
    no_event = {k: v for k, v in req.headers.items() if k != "X-Webhook-Event"}
    assert env.post(url, req.body, no_event).status_code == 200 and env.events() == events  # the body says it
    unnamed = build_webhook("dr.failed", {"smsUuid": uuid}, WEBHOOK_SECRET, timestamp=now)
    assert env.post(url, unnamed.body, unnamed.headers).status_code == 400  # only the header says "failed"
    assert env.oversized(url) == 413
    # credit.low becomes a notice for the user
    low = build_webhook("credit.low", {"balance": 5, "threshold": 100}, WEBHOOK_SECRET)
    assert env.post(url, low.body, low.headers).status_code == 200
    assert any(k == "notice" and "low" in str(p) for k, p in env.changes)


def test_sepsms_batch_event_and_missing_secret(env: Env) -> None:
    account, _ = sep_setup(env)
    a, b = "+66812345680", "+66812345681"
    job = env.send(account, [a, b])
    uuid = env.jobs.find_message(job, a).vendor_msg_id  # type: ignore[union-attr]
    req = build_webhook("sms.failed", {"smsUuid": uuid, "status": "failed", "reason": "route down"}, WEBHOOK_SECRET)
    assert env.post(env.cb(account, "webhook"), req.body, req.headers).status_code == 200
    assert env.state(job, a) is State.FAILED and env.state(job, b) is State.FAILED
    env.accounts.credentials.delete(account.key, "webhook_secret")
    again = build_webhook("dr.success", {"smsUuid": uuid, "msisdn": "66812345680", "status": "success"},
                          WEBHOOK_SECRET)
    assert env.post(env.cb(account, "webhook"), again.body, again.headers).status_code == 401


# -- Tencent delivery and reply callbacks --------------------------------------------------------------


def tencent_setup(env: Env) -> tuple[Account, Any, int]:
    tc = env.sim.vendors["tencent"]
    tc.add_account(TC_APPID, TC_KEY)
    tc.add_sign("Shop")
    tpl = tc.add_template("Hello {1}")
    account = env.accounts.add("Cloud", "tencent", {"sdkappid": TC_APPID, "sign": "Shop"}, {"appkey": TC_KEY},
                               base_url=env.sim.base_url("tencent"))
    return account, tc, tpl


def test_tencent_delivery_callback(env: Env) -> None:
    account, tc, tpl = tencent_setup(env)
    a, b = "+8613788880001", "+8613788880002"
    job = env.send(account, [a, b], template_id=str(tpl))
    url = env.cb(account, "dr")
    reports = [tc.deliver(a), tc.fail(b, "MK:0001", "Number is invalid")]
    request = tencent_sim.build_delivery_callback(reports)
    answer = request.send(url)
    assert answer.status_code == 200 and answer.json() == TC_OK
    assert env.state(job, a) is State.DELIVERED and env.state(job, b) is State.FAILED
    events = env.events()
    assert request.send(url).json() == TC_OK and env.events() == events  # replayed
    stale = dict(reports[0], report_status="FAIL", errmsg="EXPIRED", user_receive_time="2020-01-01 00:00:00")
    assert tencent_sim.build_delivery_callback([stale]).send(url).json() == TC_OK
    assert env.state(job, a) is State.DELIVERED
    forged = dict(reports[1], mobile="13788880001", report_status="SUCCESS", errmsg="DELIVRD")
    assert tencent_sim.build_delivery_callback([forged]).send(url).json() == TC_OK  # sid of b, number of a
    assert env.state(job, a) is State.DELIVERED and env.state(job, b) is State.FAILED
    assert tencent_sim.build_delivery_callback(reports).send(wrong_token(url)).status_code == 404
    for body in (b"{not json", b"[1, 2]", b"[]", b'[{"mobile": "1"}]', b"\xff"):
        assert env.post(url, body, {"Content-Type": "application/json"}).status_code == 400
    assert env.oversized(url) == 413


def test_tencent_reply_callback(env: Env) -> None:
    account, tc, _ = tencent_setup(env)
    env.processor.rule = OptOutRule(ask=True)
    url = env.cb(account, "reply")
    reply = tc.inject_reply("+8613788880005", "TD")
    request = tencent_sim.build_reply_callback(reply)
    assert request.send(url).json() == TC_OK
    [row] = list_replies(env.store)
    assert (row.phone, row.text, row.account, row.optout) == ("+8613788880005", "TD", "Cloud", True)
    assert not ContactRepository(env.store).is_opted_out("+8613788880005")  # asked first, per setting
    assert env.changes[-1][1].optouts_asked == ["+8613788880005"]
    assert request.send(url).json() == TC_OK and env.replies() == 1  # replayed
    old = dict(reply, time=int(time.time()) - 86400 * 30, text="late but real")
    assert tencent_sim.build_reply_callback(old).send(url).json() == TC_OK and env.replies() == 2
    assert tencent_sim.build_reply_callback(reply).send(wrong_token(url)).status_code == 404
    for body in (b"[]", b'{"mobile": "138"}', b"{oops"):
        assert env.post(url, body).status_code == 400
    assert env.oversized(url) == 413
    assert env.replies() == 2


# -- the service and the command ---------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_tencent_reply_callback_by_get_or_form_post(env: Env, method: str) -> None:
    """"HTTP POST/GET/JSON": a GET carries the reply's fields in the query string, a form POST in its body."""
    account, tc, _ = tencent_setup(env)
    url = env.cb(account, "reply")
    reply = tc.inject_reply("+8613788880006", "到貨了嗎？", sign="Shop", extend="01")
    if method == "GET":
        request = tencent_sim.build_reply_callback(reply, "GET")
        assert request.method == "GET" and not request.body and "mobile=13788880006" in request.query
        answer = request.send(url)
    else:
        answer = env.post(url, urlencode({k: str(v) for k, v in reply.items()}).encode(),
                          {"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 200 and answer.json() == TC_OK
    [row] = list_replies(env.store)
    assert (row.phone, row.text, row.account) == ("+8613788880006", "到貨了嗎？", "Cloud")
    # The same reply by JSON POST is the same reply: stored once.
    assert tencent_sim.build_reply_callback(reply).send(url).json() == TC_OK and env.replies() == 1
    assert env.http.get(url, timeout=5).status_code == 400  # a GET without fields is no reply
    assert env.http.get(url + "?mobile=138", timeout=5).status_code == 400
    assert env.http.get(wrong_token(url) + "?" + request_query(reply), timeout=5).status_code == 404
    assert env.replies() == 1


def request_query(reply: dict[str, Any]) -> str:
    return urlencode({k: str(v) for k, v in reply.items()})

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_service_follows_settings(env: Env) -> None:
    env.sim.vendors["twsms"].add_account(TW_USER, TW_PASS)
    tw = env.accounts.add("Shop", "twsms", {"username": TW_USER}, {"password": TW_PASS})
    service = CallbackService(env.store, env.accounts)
    try:
        port = free_port()
        assert service.apply(True, "127.0.0.1", port, "https://sms.example.com/") == ""
        assert service.running and requests.get(f"http://127.0.0.1:{port}/", timeout=5).text == RUNNING_PAGE
        assert env.accounts.get(tw.id).settings["drurl"].startswith("https://sms.example.com/cb/")
        assert service.apply(True, "127.0.0.1", port, "https://sms.example.com") == ""  # unchanged: no restart
        problem = CallbackService(env.store, env.accounts).apply(True, "127.0.0.1", port)
        assert "port" in problem and str(port) in problem  # taken by the first one
        service.apply(False, "127.0.0.1", port)
        assert not service.running and env.accounts.get(tw.id).settings["drurl"] == ""
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://127.0.0.1:{port}/", timeout=2)
    finally:
        service.stop()


def test_cli_callbacks_serve(home: Path) -> None:
    port = free_port()
    env = dict(os.environ, SMSDESK_HOME=str(home), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "smsdesk.cli", "callbacks", "serve", "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert f"127.0.0.1:{port}" in first, first + (proc.stderr.read() if proc.poll() is not None else "")
        answer = requests.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert answer.status_code == 200 and answer.text == RUNNING_PAGE
        assert requests.post(f"http://127.0.0.1:{port}/cb/1/{'x' * 24}/dr?" + urlencode({"smsresp": "{}"}),
                             timeout=5).status_code == 404
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
