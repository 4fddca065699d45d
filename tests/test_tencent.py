"""Tencent Cloud SMS v5: the client against the simulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
import requests

from smsdesk.core.states import State
from smsdesk.sim import tencent as simmod
from smsdesk.sim.server import Fault, Simulator
from smsdesk.vendors import get_spec
from smsdesk.vendors.base import (
    AccountConfig,
    ErrorKind,
    MessageRef,
    OutcomeUnknown,
    SendRequest,
    Unsupported,
    VendorError,
)
from smsdesk.vendors.http import HttpPolicy
from smsdesk.vendors.tencent import (
    CALLBACK_ANSWER,
    ERRORS,
    PER_NUMBER_LIMITS,
    SPEC,
    Approval,
    TemplateType,
    TencentClient,
    compute_sig,
    format_phone,
    parse_delivery_callback,
    parse_reply_callback,
    plan_requests,
    split_phone,
)

APPKEY = "5f03a35d00ee52a21327ab048186a2c4"
APPID = "1400012345"
SIGN = "Tencent Cloud"
CN1, CN2, CN3 = "+8613788888888", "+8613788888889", "+8613700000001"
TW, HK = "+886912345678", "+85291234567"
API = "/v5/tlssmssvr/"


class Env:
    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.t: simmod.Sim = sim.vendors["tencent"]  # type: ignore[assignment]
        self.account = self.t.add_account(APPID, APPKEY)
        self.t.add_sign(SIGN)
        self.tpl = self.t.add_template(
            "Your {1} is {2}. This verification code is valid for {3} minutes.")
        self.free = self.t.add_template("{1}")  # any text, for length and fee tests
        self._clients: list[TencentClient] = []

    def client(self, *, appkey: str = APPKEY, clock: Callable[[], float] = time.time,
               **settings: Any) -> TencentClient:
        account = AccountConfig("t", "tencent", settings={"sdkappid": APPID, "sign": SIGN, **settings},
                                secrets={"appkey": appkey}, base_url=self.sim.base_url("tencent"))
        http = HttpPolicy(secrets=[appkey], read_timeout=0.5, connect_timeout=0.5, backoff=0.01)
        client = TencentClient(account, http=http, clock=clock)
        self._clients.append(client)
        return client

    def request(self, *phones: str, **kw: Any) -> SendRequest:
        kw.setdefault("template_id", str(self.tpl))
        kw.setdefault("params", {"1": "verification code", "2": "1234", "3": "4"})
        return SendRequest(list(phones), **kw)

    def calls(self, api: str) -> list[Any]:
        return self.sim.requests_to("tencent", API + api)

    def close(self) -> None:
        for c in self._clients:
            c.close()


@pytest.fixture
def env(sim: Simulator) -> Iterator[Env]:
    e = Env(sim)
    yield e
    e.close()
    # The App Key never travels: not in any URL, not in any body.
    for r in sim.log:
        assert APPKEY not in r.url and APPKEY.encode() not in r.body


def bodies(entries: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in entries]


# -- signature ------------------------------------------------------------------

@pytest.mark.parametrize(("mobile", "expected"), [
    ("13788888888", "ecab4881ee80ad3d76bb1da68387428ca752eb885e52621a3129dcf4d9bc4fd4"),
    ("13788888888,13788888889", "be66bb4aeb54701ed0637d0996a0b75111d5b8eda9b3a71bdc579a3d26f3edfb"),
    (None, "c13e54f047ed75e821e698730c72d030dc30e5b510b3f8a0fb6fb7605283d7df"),
])
def test_document_sig_vectors(mobile: str | None, expected: str) -> None:
    assert compute_sig(APPKEY, "7226249334", 1457336869, mobile) == expected
    assert simmod.sig_of(APPKEY, "7226249334", 1457336869, mobile) == expected


# -- sending ----------------------------------------------------------------------

def test_single_china_send(env: Env) -> None:
    client = env.client()
    params = {"3": "4", "1": "verification code", "2": "1234"}
    result = client.send(env.request(CN1, params=params, client_ref="job-7"))
    [call] = env.calls("sendsms")
    body = json.loads(call.body)
    assert set(body) == {"tel", "tpl_id", "params", "sig", "time", "sign", "ext", "extend"}
    assert body["tel"] == {"nationcode": "86", "mobile": "13788888888"}
    assert body["params"] == ["verification code", "1234", "4"]
    assert body["tpl_id"] == env.tpl and body["sign"] == SIGN and body["ext"] == "job-7"
    assert abs(body["time"] - time.time()) < 5
    rnd = dict(p.split("=") for p in call.raw_query.split("&"))
    assert rnd["sdkappid"] == APPID
    assert body["sig"] == compute_sig(APPKEY, rnd["random"], body["time"], "13788888888")
    [r] = result.recipients
    msg = env.t.message(CN1)
    # 93 characters with the signature: two UCS-2 parts.
    assert r.state is State.SUBMITTED and r.vendor_msg_id == msg["sid"] and r.points == 2
    assert result.points == 2
    assert msg["text"] == ("【Tencent Cloud】Your verification code is 1234. "
                           "This verification code is valid for 4 minutes.")


def test_international_send_uses_sendisms(env: Env) -> None:
    client = env.client()
    [r] = client.send(env.request(TW)).recipients
    [call] = env.calls("sendisms")
    body = json.loads(call.body)
    assert body["tel"] == "+886912345678"
    rnd = dict(p.split("=") for p in call.raw_query.split("&"))["random"]
    assert body["sig"] == compute_sig(APPKEY, rnd, body["time"], "+886912345678")
    assert r.state is State.SUBMITTED and r.vendor_msg_id == env.t.message(TW)["sid"]
    assert env.t.message(TW)["text"].startswith("[Tencent Cloud]Your")


def test_bulk_maps_detail_per_number(env: Env) -> None:
    env.account.blacklist.add(CN2)
    result = env.client().send(env.request(CN1, CN2, CN3))
    [call] = env.calls("sendmultisms2")
    body = json.loads(call.body)
    assert [t["mobile"] for t in body["tel"]] == ["13788888888", "13788888889", "13700000001"]
    rnd = dict(p.split("=") for p in call.raw_query.split("&"))["random"]
    assert body["sig"] == compute_sig(APPKEY, rnd, body["time"], "13788888888,13788888889,13700000001")
    ok1, bad, ok3 = result.recipients
    assert (ok1.phone, ok1.state, ok1.vendor_msg_id) == (CN1, State.SUBMITTED, env.t.message(CN1)["sid"])
    assert ok3.state is State.SUBMITTED
    assert bad.state is State.FAILED and bad.error is not None
    assert (bad.error.code, bad.error.kind) == ("1015", ErrorKind.BAD_NUMBER)
    assert ok3.points == 2 and result.points == 4  # 93 UCS-2 characters each: two parts
    assert len(env.calls("send")) == 1


def test_450_numbers_take_exactly_three_requests(env: Env) -> None:
    client = env.client()
    phones = [f"+86137{i:08d}" for i in range(450)]
    assert [len(p.phones) for p in plan_requests(phones)] == [200, 200, 50]
    step = client.capabilities.batch_max
    assert step == 200
    # The engine's way: honour batch_max.
    states = []
    for i in range(0, len(phones), step):
        states += [r.state for r in client.send(env.request(*phones[i:i + step])).recipients]
    assert states == [State.SUBMITTED] * 450
    assert [len(b["tel"]) for b in bodies(env.calls("sendmultisms2"))] == [200, 200, 50]
    assert len(env.sim.requests_to("tencent")) == 3
    # A caller that ignores batch_max gets the same split from send() itself.
    result = client.send(env.request(*phones))
    assert len(result.recipients) == 450 and len(env.sim.requests_to("tencent")) == 6
    assert len(env.t.messages) == 900


def test_mixed_numbers_route_and_lost_answer_marks_only_its_recipients(env: Env) -> None:
    env.sim.inject("tencent", Fault.TIMEOUT, path="sendisms")
    result = env.client().send(env.request(TW, CN1, HK, CN2))
    assert [r.phone for r in result.recipients] == [TW, CN1, HK, CN2]
    tw, cn1, hk, cn2 = result.recipients
    assert tw.state is State.UNKNOWN and tw.error is not None
    assert [cn1.state, hk.state, cn2.state] == [State.SUBMITTED] * 3
    assert len(env.calls("sendmultisms2")) == 1 and len(env.calls("sendisms")) == 2  # never resent
    assert {m["phone"] for m in env.t.messages} == {TW, CN1, HK, CN2}  # the lost one was accepted


def test_account_wide_refusal_after_an_accepted_request_fails_the_rest(env: Env) -> None:
    env.t.force_error(1033, path="sendisms")
    result = env.client().send(env.request(CN1, CN2, TW, HK))
    cn1, cn2, tw, hk = result.recipients
    assert [cn1.state, cn2.state] == [State.SUBMITTED] * 2
    assert tw.state is hk.state is State.FAILED
    assert tw.error is hk.error and tw.error is not None and tw.error.code == "1033"
    assert len(env.calls("sendisms")) == 1  # HK was not tried


def test_account_wide_refusal_before_anything_raises(env: Env) -> None:
    with pytest.raises(VendorError) as err:
        env.client(appkey="0" * 32).send(env.request(CN1, CN2, TW))
    assert err.value.code == "1001" and err.value.kind is ErrorKind.AUTH
    assert APPKEY not in str(err.value)


def test_bad_numbers_fail_without_a_request(env: Env) -> None:
    result = env.client().send(env.request("+86123", CN1, "0912345678"))
    bad1, ok, bad2 = result.recipients
    assert bad1.state is bad2.state is State.FAILED
    assert bad1.error is not None and bad1.error.kind is ErrorKind.BAD_NUMBER and not bad1.error.sent
    assert ok.state is State.SUBMITTED
    assert len(env.sim.requests_to("tencent")) == 1 and len(env.calls("sendsms")) == 1


@pytest.mark.parametrize(("change", "kind"), [
    ({"schedule_at": datetime.now(UTC) + timedelta(hours=1)}, ErrorKind.SCHEDULING),
    ({"template_id": None}, ErrorKind.BAD_CONTENT),
    ({"template_id": "abc"}, ErrorKind.BAD_CONTENT),
    ({"params": {"1": "a", "3": "c"}}, ErrorKind.BAD_CONTENT),
    ({"params": {"one": "a"}}, ErrorKind.BAD_CONTENT),
    ({"text": "x" * 451}, ErrorKind.BAD_CONTENT),
])
def test_request_checked_before_sending(env: Env, change: dict[str, Any], kind: ErrorKind) -> None:
    with pytest.raises(VendorError) as err:
        env.client().send(env.request(CN1, **change))
    assert err.value.kind is kind and not err.value.sent and err.value.message
    assert env.sim.requests_to("tencent") == []


def test_missing_credentials_checked_before_sending(env: Env) -> None:
    with pytest.raises(VendorError) as err:
        env.client(appkey="").send(env.request(CN1))
    assert err.value.kind is ErrorKind.AUTH and not err.value.sent
    assert env.sim.requests_to("tencent") == []


@pytest.mark.parametrize(("phone", "extra", "fee"), [
    (CN1, 70 - 15, 1), (CN1, 71 - 15, 2), (CN1, 134 - 15, 2), (CN1, 135 - 15, 3),
    (TW, 160 - 17, 1), (TW, 161 - 17, 2), (TW, 306 - 17, 2), (TW, 307 - 17, 3),
])
def test_fee_by_segments(env: Env, phone: str, extra: int, fee: int) -> None:
    # "【Tencent Cloud】" (UCS-2 in China) and "[Tencent Cloud]" (GSM abroad) are 15 characters;
    # GSM counts "[" and "]" twice (extension table), so the latter takes 17 septets.
    [r] = env.client().send(env.request(phone, template_id=str(env.free), params={"1": "a" * extra})).recipients
    assert r.state is State.SUBMITTED and r.points == fee
    assert len(env.t.message(phone)["text"]) == extra + 15


def test_450_character_limit_is_the_vendors_too(env: Env) -> None:
    env.client().send(env.request(CN1, template_id=str(env.free), params={"1": "a" * 435}))
    with pytest.raises(VendorError) as err:
        env.client().send(env.request(CN2, template_id=str(env.free), params={"1": "a" * 436}))
    assert err.value.code == "1017" and err.value.kind is ErrorKind.BAD_CONTENT


# -- every error code -------------------------------------------------------------

def _send(env: Env, phone: str = CN1, client: TencentClient | None = None, **kw: Any) -> Exception:
    """The error of a one-number send: raised for the request, or the number's own failure."""
    try:
        result = (client or env.client()).send(env.request(phone, **kw))
    except (VendorError, OutcomeUnknown) as exc:
        assert str(getattr(exc, "code", "")) not in PER_NUMBER_LIMITS  # those never stop a whole request
        return exc
    [r] = result.recipients
    if r.state is State.FAILED and r.error is not None and r.error.code in PER_NUMBER_LIMITS:
        return r.error
    raise AssertionError("no error")


def _forced(code: str, path: str = "get_template") -> Callable[[Env], Exception]:
    def run(env: Env) -> Exception:
        env.t.force_error(code, path=path)
        with pytest.raises(VendorError) as err:
            env.client().list_templates()
        return err.value
    return run


def _marketing_at(hour: int) -> Callable[[Env], Exception]:
    def run(env: Env) -> Exception:
        now = datetime.now(simmod.CHINA)
        offset = (now.replace(hour=hour, minute=30) - now).total_seconds()
        env.t.set_clock_offset(offset)  # the whole world is at that hour: the client's clock too
        tid = env.t.add_template("Sale today: {1}", tpl_type=1)
        return _send(env, client=env.client(clock=lambda: time.time() + offset),
                     template_id=str(tid), params={"1": "50% off"})
    return run


def _with(**options: Any) -> Callable[[Env], Exception]:
    def run(env: Env) -> Exception:
        for key, value in options.items():
            setattr(env.account, key, value)
        return _send(env)
    return run


def _limit(key: str, phone: str = CN1) -> Callable[[Env], Exception]:
    def run(env: Env) -> Exception:
        env.account.limits[key] = 1
        first = CN2 if key == "daily" else phone
        # A different text the first time, except where the same content is the point.
        params = {} if key == "same_content" else {"params": {"1": "a", "2": "1", "3": "4"}}
        env.client().send(env.request(first, **params))
        return _send(env, phone)
    return run


def _pull_disabled(env: Env) -> Exception:
    env.account.pull_enabled = False
    with pytest.raises(VendorError) as err:
        env.client().fetch_replies()
    return err.value


def _delete_missing(env: Env) -> Exception:
    with pytest.raises(VendorError) as err:
        env.client().delete_templates([999999])
    return err.value


def _blacklisted(env: Env) -> Exception:
    env.account.blacklist.add(CN1)
    return _send(env)


def _marketing_personal(env: Env) -> Exception:
    env.account.personal = True
    return _marketing_at(12)(env)


CAUSES: dict[str, Callable[[Env], Exception]] = {
    "1001": lambda env: _send(env, client=env.client(appkey="f" * 32)),
    "1002": lambda env: _send(env, params={"1": "casino", "2": "1", "3": "2"}),
    "1003": _forced("1003"),  # the client always signs; the sim's own 1003 is tested with a raw request
    "1004": _forced("1004"),
    "1006": _pull_disabled,
    "1007": _delete_missing,
    "1008": _forced("1008"),
    "1009": _with(allowed_ips={"203.0.113.9"}),
    "1011": _forced("1011"),
    "1012": lambda env: _send(env, client=env.client(sign="Unapproved")),
    "1013": _forced("1013"),
    "1014": lambda env: _send(env, template_id=str(env.t.add_template("Hi {1}", approved=False)),
                              params={"1": "x"}),
    "1015": _blacklisted,
    "1016": lambda env: _send(env, "+88691234"),
    "1017": lambda env: _send(env, template_id=str(env.free), params={"1": "x" * 440}),
    "1018": _forced("1018"),
    "1019": lambda env: _send(env, client=env.client(sdkappid="1400999999")),
    "1020": _with(enabled=False),
    "1021": lambda env: _send(env, client=env.client(clock=lambda: time.time() - 3600)),
    "1022": _limit("daily"),
    "1023": _limit("30s"),
    "1024": _limit("1h"),
    "1025": _limit("day"),
    "1026": _limit("same_content"),
    "1029": _marketing_at(23),
    "1030": lambda env: _send(env, template_id=str(env.t.add_template("Code {1}", tpl_type=2)),
                              params={"1": "1"}),
    "1031": _with(package=0),
    "1032": _marketing_personal,
    "1033": _with(arrears=True),
    "1034": _forced("1034"),  # the client never mixes; the sim's own 1034 is tested with a raw request
    "1036": lambda env: (setattr(env.account, "param_max", 12),
                         _send(env, params={"1": "a" * 13, "2": "1", "3": "2"}))[1],
    "1045": lambda env: _send(env, "+8502381234567"),
    "1046": _forced("1046"),
    "1047": _limit("intl_day", TW),
    "60008": _forced("60008"),
}


def test_every_catalogued_code_has_a_cause() -> None:
    assert set(CAUSES) == set(ERRORS)
    for entry in ERRORS.values():
        assert entry.message.endswith(".") and "{" not in entry.message.replace("{text}", "")


@pytest.mark.parametrize("code", sorted(CAUSES, key=int))
def test_error_code(env: Env, code: str) -> None:
    exc = CAUSES[code](env)
    assert isinstance(exc, VendorError), exc
    assert exc.code == code and exc.kind is ERRORS[code].kind and exc.vendor == "tencent"
    assert exc.message and APPKEY not in str(exc)
    if code != "1021":
        assert exc.message == ERRORS[code].message.format(text=exc.text)


@pytest.mark.parametrize("code", ["1008", "60008"])
def test_vendor_timeout_on_a_send_is_unknown(env: Env, code: str) -> None:
    env.t.force_error(code, path="sendsms")
    with pytest.raises(OutcomeUnknown):
        env.client().send(env.request(CN1))
    assert len(env.calls("sendsms")) == 1


def test_unknown_code_is_kept(env: Env) -> None:
    exc = _forced("4242")(env)
    assert isinstance(exc, VendorError) and exc.kind is ErrorKind.UNKNOWN and exc.code == "4242"


# -- clock --------------------------------------------------------------------------

@pytest.mark.parametrize(("skew", "words"), [(-15 * 60, "15 minutes behind"), (20 * 60, "20 minutes ahead")])
def test_clock_error_names_the_difference(env: Env, skew: int, words: str) -> None:
    exc = _send(env, client=env.client(clock=lambda: time.time() + skew))
    assert isinstance(exc, VendorError) and exc.code == "1021" and exc.kind is ErrorKind.AUTH
    assert words in exc.message and "clock" in exc.message and "automatic time" in exc.message


def test_clock_within_ten_minutes_is_accepted(env: Env) -> None:
    client = env.client(clock=lambda: time.time() - 9 * 60)
    assert client.send(env.request(CN1)).recipients[0].state is State.SUBMITTED


def test_clock_error_without_measurable_difference_says_so_plainly(env: Env) -> None:
    env.t.set_clock_offset(30 * 60)  # the server is wrong; the Date header cannot tell
    exc = _send(env)
    assert isinstance(exc, VendorError) and exc.code == "1021"
    assert exc.message == ERRORS["1021"].message


# -- transport faults -------------------------------------------------------------

@pytest.mark.parametrize("fault", [Fault.HTTP_500, Fault.TIMEOUT, Fault.GARBAGE, Fault.HTML,
                                   Fault.DROP_AFTER_ACCEPT])
def test_send_fault_is_unknown_and_never_retried(env: Env, fault: Fault) -> None:
    env.sim.inject("tencent", fault)
    with pytest.raises(OutcomeUnknown):
        env.client().send(env.request(CN1))
    assert len(env.calls("sendsms")) == 1


def test_send_429_is_retried(env: Env) -> None:
    env.sim.inject("tencent", Fault.RATE_LIMIT)
    [r] = env.client().send(env.request(CN1)).recipients
    assert r.state is State.SUBMITTED and len(env.calls("sendsms")) == 2 and len(env.t.messages) == 1


def test_bulk_without_detail_is_unknown(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    original = env.t._api_sendmultisms2
    monkeypatch.setattr(env.t, "_api_sendmultisms2", lambda a, b: {k: v for k, v in original(a, b).items()
                                                                   if k != "detail"})
    with pytest.raises(OutcomeUnknown):
        env.client().send(env.request(CN1, CN2))


@pytest.mark.parametrize(("fault", "retried"), [
    (Fault.HTTP_500, True), (Fault.HTML, True), (Fault.DROP_AFTER_ACCEPT, True), (Fault.RATE_LIMIT, True),
    (Fault.TIMEOUT, False), (Fault.GARBAGE, False),
])
def test_read_faults(env: Env, fault: Fault, retried: bool) -> None:
    env.sim.inject("tencent", fault)
    client = env.client()
    if retried:
        assert client.list_templates().total == 2
        assert len(env.calls("get_template")) == 2
    else:
        with pytest.raises(VendorError) as err:
            client.list_templates()
        assert err.value.kind is ErrorKind.TRANSIENT
        assert len(env.calls("get_template")) == 1


def test_http_404_says_check_the_address(env: Env) -> None:
    account = AccountConfig("t", "tencent", settings={"sdkappid": APPID}, secrets={"appkey": APPKEY},
                            base_url=env.sim.url + "/nowhere")
    client = TencentClient(account, http=HttpPolicy(read_timeout=0.5, backoff=0.01))
    try:
        with pytest.raises(VendorError) as err:
            client.send(env.request(CN1))
    finally:
        client.close()
    assert err.value.http_status == 404 and "address" in err.value.message


# -- status and replies -----------------------------------------------------------

def test_query_status_maps_reports(env: Env) -> None:
    client = env.client()
    sent = client.send(env.request(CN1, CN2, CN3)).recipients
    client.send(env.request(CN1, params={"1": "other", "2": "9", "3": "1"}))  # a later, unrelated message
    env.t.deliver(sent[0].vendor_msg_id or "")
    env.t.fail(sent[1].vendor_msg_id or "", "EXPIRED", "Validity period expired", category=2)
    env.t.fail(sent[2].vendor_msg_id or "", "MK:0001", "Number does not exist", category=1)
    env.t.deliver(CN1)  # the unrelated message
    refs = [MessageRef(r.phone, r.vendor_msg_id, submitted_at=datetime.now(UTC)) for r in sent]
    reports = client.query_status(refs)
    by_phone = {r.phone: r for r in reports}
    assert len(reports) == 3
    assert by_phone[CN1].state is State.DELIVERED and by_phone[CN1].vendor_msg_id == sent[0].vendor_msg_id
    assert by_phone[CN2].state is State.EXPIRED
    assert by_phone[CN3].state is State.FAILED and "MK:0001" in by_phone[CN3].error_text
    assert by_phone[CN1].at is not None and by_phone[CN1].at.utcoffset() == timedelta(hours=8)
    assert len(env.calls("pullstatus4mobile")) == 3
    again = client.query_status(refs)  # pullstatus4mobile does not consume: same keys
    assert sorted(r.dedupe_key for r in again) == sorted(r.dedupe_key for r in reports)
    assert [json.loads(c.body)["type"] for c in env.calls("pullstatus4mobile")] == [0] * 6


def test_pull_delivery_queue_returns_each_report_once(env: Env) -> None:
    client = env.client()
    client.send(env.request(CN1, CN2))
    env.t.deliver(CN1)
    env.t.fail(CN2)
    reports = client.pull_delivery_reports()
    assert {(r.phone, r.state) for r in reports} == {(CN1, State.DELIVERED), (CN2, State.FAILED)}
    assert client.pull_delivery_reports() == []
    assert [json.loads(c.body)["type"] for c in env.calls("pullstatus")] == [0, 0]
    with pytest.raises(ValueError):
        client.pull_delivery_reports(101)


def test_fetch_replies_drains_the_queue(env: Env) -> None:
    for i in range(150):
        env.t.inject_reply(CN1 if i % 2 else TW, f"reply {i}", at=1_700_000_000 + i)
    client = env.client()
    replies = client.fetch_replies(datetime.now(UTC))
    assert len(replies) == 150 and len({r.vendor_ref for r in replies}) == 150
    assert [json.loads(c.body) | {"sig": "", "time": 0} for c in env.calls("pullstatus")] == [
        {"type": 1, "max": 100, "sig": "", "time": 0}] * 2
    assert replies[0].phone == TW and replies[0].text == "reply 0"
    assert replies[0].received_at == datetime.fromtimestamp(1_700_000_000, UTC)
    assert client.fetch_replies() == []


def test_fetch_replies_keeps_what_the_queue_handed_out(env: Env) -> None:
    for i in range(130):
        env.t.inject_reply(TW, f"reply {i}")
    env.t.force_error(1007, path="pullstatus", after=1)
    client = env.client()
    assert len(client.fetch_replies()) == 100  # the second pull failed; the first 100 are not dropped
    assert len(client.fetch_replies()) == 30
    env.t.force_error(1007, path="pullstatus")
    with pytest.raises(VendorError):
        client.fetch_replies()


def test_replies_of_one_mobile(env: Env) -> None:
    env.t.inject_reply(TW, "yes please", sign=SIGN)
    env.t.inject_reply(CN1, "no")
    now = datetime.now(UTC)
    client = env.client()
    [reply] = client.mobile_replies(TW, now - timedelta(hours=1), now + timedelta(minutes=1))
    assert (reply.phone, reply.text) == (TW, "yes please")
    assert client.mobile_replies(TW, now - timedelta(hours=3), now - timedelta(hours=2)) == []
    # The mobile pull does not consume the queue.
    assert len(client.fetch_replies()) == 2


# -- callbacks --------------------------------------------------------------------

class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[str, dict[str, str], bytes]]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((self.command, dict(self.headers), body))
        answer = json.dumps(CALLBACK_ANSWER).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[str, dict[str, str], bytes]]]]:
    received: list[tuple[str, dict[str, str], bytes]] = []
    handler = type("Receiver", (_Receiver,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sms/smscallback", received
    server.shutdown()
    server.server_close()


def test_delivery_callback_builder_matches_parser(env: Env, receiver: Any) -> None:
    url, received = receiver
    sent = env.client().send(env.request(CN1, TW)).recipients
    reports = [env.t.deliver(CN1), env.t.fail(TW, "UNDELIV", "Rejected by carrier")]
    request = simmod.build_delivery_callback(reports)
    assert request.method == "POST" and request.headers["Content-Type"].startswith("application/json")
    assert isinstance(json.loads(request.body), list)
    parsed = parse_delivery_callback(request.body)
    assert [(r.phone, r.state, r.vendor_msg_id) for r in parsed] == [
        (CN1, State.DELIVERED, sent[0].vendor_msg_id), (TW, State.FAILED, sent[1].vendor_msg_id)]
    assert parsed[1].error_text == "UNDELIV Rejected by carrier"
    # The same reports through the pull queue read identically.
    assert env.client().pull_delivery_reports() == parsed
    answer = simmod.emit_delivery_callback(url, reports)
    assert answer.json() == CALLBACK_ANSWER == {"result": 0, "errmsg": "OK"}
    assert received[0][0] == "POST" and parse_delivery_callback(received[0][2]) == parsed


def test_reply_callback_builder_matches_parser(env: Env, receiver: Any) -> None:
    url, received = receiver
    reply = env.t.inject_reply(CN1, "回覆 ok", sign=SIGN, extend="12", at=1_457_336_869)
    request = simmod.build_reply_callback(reply)
    assert json.loads(request.body) == {"nationcode": "86", "mobile": "13788888888", "text": "回覆 ok",
                                        "sign": SIGN, "time": 1457336869, "extend": "12"}
    parsed = parse_reply_callback(request.body)
    assert (parsed.phone, parsed.text) == (CN1, "回覆 ok")
    assert parsed.received_at == datetime(2016, 3, 7, 7, 47, 49, tzinfo=UTC)
    assert env.client().pull_replies() == [parsed]
    assert simmod.emit_reply_callback(url, reply).json() == CALLBACK_ANSWER
    assert parse_reply_callback(received[0][2]) == parsed


def test_callback_parsers_refuse_garbage() -> None:
    assert parse_delivery_callback(b"[{}]") == []
    for body in (b"not json", b"[1, 2]"):
        with pytest.raises(ValueError):
            parse_delivery_callback(body)
    for body in (b"[]", b'{"text": "no mobile"}', b"{"):
        with pytest.raises(ValueError):
            parse_reply_callback(body)


# -- templates, signatures, statistics ---------------------------------------------

def test_template_lifecycle(env: Env) -> None:
    client = env.client()
    added = client.add_template("Dear {1}, your parcel {2} has arrived.", TemplateType.NORMAL,
                                title="parcel", remark="order notices")
    assert added.status is Approval.PENDING and added.type is TemplateType.NORMAL
    assert _send(env, template_id=str(added.id), params={"1": "Amy", "2": "A1"}).code == "1014"  # type: ignore[attr-defined]
    env.t.approve_template(added.id)
    [got] = client.get_templates([added.id])
    assert got.status is Approval.APPROVED and got.status.label == "Approved"
    changed = client.modify_template(added.id, "Dear {1}, parcel {2} is here.", TemplateType.MARKETING)
    assert changed.status is Approval.PENDING and changed.type is TemplateType.MARKETING
    env.t.reject_template(added.id, "Add an opt-out notice")
    [got] = client.get_templates([added.id])
    assert got.status is Approval.REJECTED and got.reply == "Add an opt-out notice"
    page = client.list_templates(0, 2)
    assert page.total == 3 and len(page.templates) == 2
    assert [t.id for t in client.all_templates()] == sorted([env.tpl, env.free, added.id])
    assert json.loads(env.calls("get_template")[-1].body)["tpl_page"] == {"offset": 0, "max": 50}
    client.delete_templates([added.id])
    assert client.get_templates([added.id]) == []
    with pytest.raises(ValueError):
        client.list_templates(0, 51)


def test_signature_lifecycle(env: Env) -> None:
    client = env.client()
    added = client.add_signature("Acme Shop", remark="our shop", pic=b"\x89PNG...")
    body = json.loads(env.calls("add_sign")[0].body)
    assert body["pic"] == "iVBORy4uLg==" and body["text"] == "Acme Shop"
    assert added.status is Approval.PENDING
    env.t.reject_sign(added.id, "Business licence missing")
    [got] = client.get_signatures([added.id])
    assert (got.status, got.reply) == (Approval.REJECTED, "Business licence missing")
    changed = client.modify_signature(added.id, "Acme Store")
    assert changed.text == "Acme Store" and changed.status is Approval.PENDING
    env.t.approve_sign(added.id)
    assert client.get_signatures([added.id])[0].status is Approval.APPROVED
    signed = env.client(sign="Acme Store")
    assert signed.send(env.request(CN1)).recipients[0].state is State.SUBMITTED
    assert env.t.message(CN1)["text"].startswith("【Acme Store】")
    client.delete_signatures([added.id])
    assert client.get_signatures([added.id]) == []
    with pytest.raises(VendorError) as err:
        client.add_signature("[Bad]")
    assert err.value.code == "1012"


def test_lost_answer_to_add_template_is_not_retried(env: Env) -> None:
    env.sim.inject("tencent", Fault.DROP_AFTER_ACCEPT, path="add_template")
    with pytest.raises(VendorError) as err:
        env.client().add_template("Hello {1}")
    assert err.value.kind is ErrorKind.TRANSIENT and "Check the list" in err.value.message
    assert len(env.calls("add_template")) == 1


def test_statistics(env: Env) -> None:
    client = env.client()
    env.account.blacklist.add(CN3)
    client.send(env.request(CN1, CN2, CN3))
    client.send(env.request(TW, template_id=str(env.free), params={"1": "a" * 200}))  # 2 parts
    env.t.deliver(CN1)
    env.t.fail(CN2, "MK:0005", "Out of service", category=2)
    env.t.fail(TW, "MK:0004", "Blocked", category=3)
    now = datetime.now(UTC)
    sent = client.delivery_statistics(now - timedelta(hours=1), now)
    assert (sent.request, sent.success, sent.bill_number) == (4, 3, 6)  # 2 parts each
    body = json.loads(env.calls("pullsendstatus")[0].body)
    china = now.astimezone(simmod.CHINA)
    assert body["end_date"] == int(china.strftime("%Y%m%d%H")) and len(str(body["begin_date"])) == 10
    rep = client.report_statistics(now - timedelta(hours=1), now)
    assert (rep.success, rep.status, rep.status_success, rep.status_fail) == (3, 3, 1, 2)
    assert rep.failures == (0, 0, 1, 1, 0)
    assert rep.failure_breakdown()[3] == ("Number on a block list", 1)
    old = client.delivery_statistics(now - timedelta(days=3), now - timedelta(days=2))
    assert old.request == 0
    with pytest.raises(ValueError):
        client.report_statistics(now, now - timedelta(hours=2))


# -- spec, numbers, simulator -------------------------------------------------------

def test_spec_and_capabilities(env: Env) -> None:
    assert get_spec("tencent") is SPEC and SPEC.client is TencentClient
    assert {f.key for f in SPEC.secret_fields} == {"appkey"}
    assert [f.key for f in SPEC.fields] == ["sdkappid", "appkey", "sign", "extend"]
    assert all(f.help for f in SPEC.fields) and SPEC.help and SPEC.cost_rule == "tencent"
    caps = SPEC.capabilities
    assert (caps.batch_max, caps.native_schedule, caps.balance, caps.template_only) == (200, False, False, True)
    assert SPEC.default_base_url == "https://yun.tim.qq.com"
    client = env.client()
    with pytest.raises(Unsupported):
        client.balance()
    assert "2 templates" in client.test_connection()


def test_phone_format() -> None:
    assert split_phone(CN1) == ("86", "13788888888")
    assert split_phone(TW) == ("886", "912345678")
    assert format_phone(HK) == "+85291234567"
    for bad in ("13788888888", "+86 137", "+861234567890", "+8623456789012", "+", ""):
        with pytest.raises(VendorError) as err:
            format_phone(bad)
        assert err.value.kind is ErrorKind.BAD_NUMBER and err.value.message


def _raw(sim: Simulator, api: str, body: Any, *, appkey: str = APPKEY, mobile: str | None = None,
         sign: bool = True) -> dict[str, Any]:
    stamp, rnd = int(time.time()), "123456"
    if isinstance(body, dict):
        body = {**body, "time": stamp, **({"sig": simmod.sig_of(appkey, rnd, stamp, mobile)} if sign else {})}
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    url = f"{sim.base_url('tencent')}{API}{api}?sdkappid={APPID}&random={rnd}"
    return requests.post(url, data=data, timeout=2).json()


def test_simulator_refuses_malformed_requests(env: Env) -> None:
    tel = [{"nationcode": "86", "mobile": f"137{i:08d}"} for i in range(201)]
    base = {"tpl_id": env.tpl, "params": ["a", "b", "c"], "sign": ""}
    assert _raw(env.sim, "sendsms", {**base, "tel": {"nationcode": "86", "mobile": "13788888888"}},
                sign=False)["result"] == 1003
    assert _raw(env.sim, "sendsms", b"{not json")["result"] == 1004
    assert _raw(env.sim, "nosuchapi", {})["result"] == 1011
    assert _raw(env.sim, "sendmultisms2", {**base, "tel": tel},
                mobile=",".join(t["mobile"] for t in tel))["result"] == 1046
    mixed = [tel[0], {"nationcode": "886", "mobile": "912345678"}]
    assert _raw(env.sim, "sendmultisms2", {**base, "tel": mixed}, mobile="13700000000,912345678")["result"] == 1034
    abroad = [{"nationcode": "886", "mobile": "912345678"}, {"nationcode": "886", "mobile": "912345679"}]
    assert _raw(env.sim, "sendmultisms2", {**base, "tel": abroad}, mobile="912345678,912345679")["result"] == 1045
    answer = _raw(env.sim, "get_template", {"tpl_id": [1], "tpl_page": {"offset": 0, "max": 1}})
    assert answer["result"] == 1004 and "msg" in answer and "errmsg" not in answer
    assert _raw(env.sim, "pullstatus", {"type": 0, "max": 101})["result"] == 1004
    assert _raw(env.sim, "pullsendstatus", {"begin_date": 2016093400, "end_date": 2016093423})["result"] == 1004
    assert env.t.messages == []


def test_simulator_control_endpoint_and_demo(env: Env) -> None:
    def ctl(action: str, **payload: Any) -> Any:
        answer = requests.post(f"{env.sim.url}/_sim/tencent/{action}", json=payload, timeout=2).json()
        assert answer["ok"], answer
        return answer["result"]

    demo = env.t.seed_demo()
    account = AccountConfig("demo", "tencent", settings={"sdkappid": demo["sdkappid"], "sign": demo["sign"]},
                            secrets={"appkey": demo["appkey"]}, base_url=env.sim.base_url("tencent"))
    client = TencentClient(account, http=HttpPolicy(read_timeout=0.5, backoff=0.01))
    try:
        [r] = client.send(SendRequest([TW], template_id=str(demo["templates"][0]),
                                      params={"1": "4321", "2": "5"})).recipients
        assert r.state is State.SUBMITTED
        assert [x.state for x in client.pull_delivery_reports()] == [State.DELIVERED]  # demo auto-delivers
        ctl("inject_reply", args=[TW, "thanks"], sdkappid=demo["sdkappid"])
        assert [x.text for x in client.fetch_replies()] == ["thanks"]
    finally:
        client.close()
    assert ctl("add_account", sdkappid="1400077777", appkey="k" * 32) == {"sdkappid": "1400077777"}
    ctl("package", sdkappid="1400077777", value=5)
    assert ctl("package", sdkappid="1400077777") == 5
    assert any(m["phone"] == TW for m in ctl("messages"))
