"""SMS-Get client against the SMS-Get simulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import pytest
import requests

from smsdesk.core.states import State
from smsdesk.i18n import translate
from smsdesk.sim.server import Fault, LoggedRequest, Simulator
from smsdesk.sim.smsget import Sim as SmsgetSim
from smsdesk.sim.smsget import build_delivery_callback, build_reply_callback
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
from smsdesk.vendors.smsget import (
    ERRORS,
    SmsgetClient,
    chunks,
    format_phone,
    parse_delivery_callback,
    parse_reply_callback,
    to_e164,
)

USER = "bakery"
PASSWORD = "sg-Secret-pa55"
TAIPEI = timezone(timedelta(hours=8))
SEND, TWOWAY, CREDIT = "/api_send.php", "/api_send_twoway.php", "/api_query_credit.php"
TW_PHONE = "+886912345678"


@pytest.fixture
def sg(sim: Simulator) -> SmsgetSim:
    vendor = sim.vendors["smsget"]
    assert isinstance(vendor, SmsgetSim)
    vendor.add_account(USER, PASSWORD, balance=1000)
    return vendor


@pytest.fixture
def make_client(sim: Simulator, sg: SmsgetSim) -> Iterator[Callable[..., SmsgetClient]]:
    made: list[SmsgetClient] = []

    def make(password: str = PASSWORD, username: str = USER, **settings: Any) -> SmsgetClient:
        account = AccountConfig("Bakery", "smsget", {"username": username, **settings}, {"password": password},
                                base_url=sim.base_url("smsget"))
        policy = HttpPolicy(secrets=[password], read_timeout=0.5, connect_timeout=0.5, backoff=0.01)
        client = SmsgetClient(account, http=policy)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., SmsgetClient]) -> SmsgetClient:
    return make_client()


@pytest.fixture(autouse=True)
def _no_secret_in_urls(request: pytest.FixtureRequest) -> Iterator[None]:
    sim: Simulator | None = request.getfixturevalue("sim") if "sim" in request.fixturenames else None
    yield
    for entry in sim.log if sim else ():
        if entry.vendor == "smsget":
            assert PASSWORD not in entry.url
            assert "password" not in entry.raw_query


def form_of(entry: LoggedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(entry.body.decode("utf-8"), keep_blank_values=True).items()}


def raw(sim: Simulator, path: str, **fields: str) -> dict[str, Any]:
    """A request straight to the simulator: checks its own reading of the document."""
    data = {"username": USER, "password": PASSWORD, **fields}
    with requests.Session() as session:
        return session.post(sim.base_url("smsget") + path, data=data, timeout=5).json()


def body_form(body: bytes) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(body.decode("ascii"), keep_blank_values=True).items()}


# -- spec, catalogue, phone formats --------------------------------------------------------
def test_spec_is_registered_and_complete() -> None:
    spec = get_spec("smsget")
    assert spec.client is SmsgetClient
    assert spec.default_base_url == "https://sms-get.com"
    assert [f.key for f in spec.secret_fields] == ["password"]
    assert {f.key for f in spec.fields} >= {"username", "password", "two_way"}
    caps = spec.capabilities
    assert caps.batch_max == 250
    assert not caps.status_query and not caps.cancel_scheduled and not caps.replies_poll
    assert caps.push_callbacks and caps.replies_callback and caps.balance and caps.native_schedule
    assert spec.cost_rule == "smsget"


def test_catalogue_covers_every_documented_error_code() -> None:
    # 000 is success; 001-009 on every send, 010 only on two-way.
    assert set(ERRORS) == {f"{n:03d}" for n in range(1, 11)}
    for entry in ERRORS.values():
        message = translate("VendorErrors", entry.message)
        assert message.endswith(".") and len(message) > 30


# The document's table (手機號碼輸入格式), one number per country.
DOC_FORMATS = [
    ("+886912345678", "0912345678"),
    ("+8613512345123", "13512345123"),
    ("+85254123123", "54123123"),
    ("+85366123123", "85366123123"),
    ("+819012345123", "819012345123"),
    ("+60123456123", "60123456123"),
    ("+601123456123", "601123456123"),
    ("+84912345123", "84912345123"),
    ("+628123456123", "628123456123"),
    ("+66812345123", "66812345123"),
    ("+61412345123", "61412345123"),
    ("+6581234123", "6581234123"),
    ("+639712345123", "639712345123"),
    ("+971501234123", "971501234123"),
    ("+85512345123", "85512345123"),
    ("+12127365000", "0012127365000"),
    ("+821012345678", "821012345678"),
]


@pytest.mark.parametrize(("e164", "vendor_form"), DOC_FORMATS)
def test_format_phone_follows_the_country_table(e164: str, vendor_form: str) -> None:
    assert format_phone(e164) == vendor_form
    assert to_e164(vendor_form) == e164


@pytest.mark.parametrize(("phone", "words"), [
    ("+447700900123", "cannot deliver"),  # UK: not in the table
    ("+14162345678", "cannot deliver"),  # Canada shares +1 but is not listed
    ("+819012345", "Japan"),  # too short for Japan's 12 digits
    ("+886223456789", "Taiwan"),  # a Taiwan landline
    ("+8621234567", "China"),  # a Shanghai landline
    ("0912345678", "complete international"),
])
def test_format_phone_refuses_clearly(phone: str, words: str) -> None:
    with pytest.raises(VendorError) as err:
        format_phone(phone)
    assert err.value.kind is ErrorKind.BAD_NUMBER and not err.value.sent
    assert words in err.value.message


def test_two_way_takes_taiwan_mobiles_only() -> None:
    assert format_phone(TW_PHONE, two_way=True) == "0912345678"
    with pytest.raises(VendorError) as err:
        format_phone("+85254123123", two_way=True)
    assert "Two-way messages can only go to Taiwan" in err.value.message


def test_simulator_accepts_the_whole_table(sim: Simulator, sg: SmsgetSim) -> None:
    phones = ",".join(v for _, v in DOC_FORMATS)
    answer = raw(sim, SEND, method="1", sms_msg="hi", phone=phones)
    assert answer["error_code"] == "000"
    # Taiwan 1, China 4, the other fifteen 2 each.
    assert answer["error_msg"].split("|")[1:] == ["35", "965"]


# -- sending -----------------------------------------------------------------------------------
def test_send_one(sim: Simulator, sg: SmsgetSim, client: SmsgetClient) -> None:
    result = client.send(SendRequest([TW_PHONE], "麵包出爐囉\r\n快來"))
    (recipient,) = result.recipients
    assert recipient.state is State.SUBMITTED and recipient.vendor_msg_id == result.batch_id
    assert result.points == 1 and result.balance_after == 999 == sg.get_balance(USER)
    message = sg.messages[result.batch_id or ""]
    assert message.text == "麵包出爐囉\n快來"
    (entry,) = sim.requests_to("smsget", SEND)
    assert entry.method == "POST" and entry.raw_query == ""
    form = form_of(entry)
    assert form["method"] == "1" and form["phone"] == "0912345678"
    assert "send_date" not in form


def test_send_mixed_countries_and_points(sim: Simulator, sg: SmsgetSim, client: SmsgetClient) -> None:
    phones = [TW_PHONE, "+8613512345123", "+85254123123", "+819012345123", "+12127365000"]
    result = client.send(SendRequest(phones, "Fresh bread today"))
    assert [r.phone for r in result.recipients] == phones
    assert {r.state for r in result.recipients} == {State.SUBMITTED}
    assert result.points == 1 + 4 + 2 + 2 + 2
    assert form_of(sim.requests_to("smsget", SEND)[0])["phone"] == \
        "0912345678,13512345123,54123123,819012345123,0012127365000"


@pytest.mark.parametrize(("text", "parts"), [
    ("中" * 70, 1), ("中" * 71, 2), ("中" * 134, 2), ("中" * 135, 3),
    ("a" * 160, 1), ("a" * 161, 2), ("a" * 306, 2), ("a" * 307, 3), ("é" * 161, 2), ("中a" * 40, 2),
], ids=lambda v: f"{v[:2]}x{len(v)}" if isinstance(v, str) else str(v))
def test_points_per_part_and_country(sg: SmsgetSim, client: SmsgetClient, text: str, parts: int) -> None:
    result = client.send(SendRequest([TW_PHONE, "+8613512345123", "+6581234123"], text))
    assert result.points == parts * (1 + 4 + 2)


def test_unsupported_numbers_fail_alone(sim: Simulator, client: SmsgetClient) -> None:
    phones = [TW_PHONE, "+447700900123", "+85254123123"]
    result = client.send(SendRequest(phones, "hi"))
    states = [r.state for r in result.recipients]
    assert states == [State.SUBMITTED, State.FAILED, State.SUBMITTED]
    error = result.recipients[1].error
    assert error is not None and error.kind is ErrorKind.BAD_NUMBER and "+447700900123" in error.message
    assert form_of(sim.requests_to("smsget", SEND)[0])["phone"] == "0912345678,54123123"
    # Nobody left to send to: no request at all.
    result = client.send(SendRequest(["+447700900123"], "hi"))
    assert result.recipients[0].state is State.FAILED
    assert len(sim.requests_to("smsget")) == 1


def test_600_numbers_take_exactly_three_requests(sim: Simulator, sg: SmsgetSim, client: SmsgetClient) -> None:
    phones = [f"+8869{n:08d}" for n in range(600)]
    batches = list(chunks(phones, client.capabilities.batch_max))
    assert [len(b) for b in batches] == [250, 250, 100]
    results = [client.send(SendRequest(batch, "週末特賣")) for batch in batches]
    assert len(sim.requests_to("smsget", SEND)) == 3
    assert sum(len(r.recipients) for r in results) == 600
    assert sum(len(m.recipients) for m in sg.messages.values()) == 600
    assert sg.get_balance(USER) == 400 == results[-1].balance_after
    with pytest.raises(ValueError):
        client.send(SendRequest(phones[:251], "too many"))
    with pytest.raises(ValueError, match="duplicate"):
        client.send(SendRequest([TW_PHONE, TW_PHONE], "twice"))
    assert len(sim.requests_to("smsget", SEND)) == 3


def test_scheduled_send_in_taiwan_time(sim: Simulator, sg: SmsgetSim, client: SmsgetClient) -> None:
    when = (datetime.now(UTC) + timedelta(hours=5)).replace(second=0, microsecond=0)
    result = client.send(SendRequest([TW_PHONE, "+85254123123"], "明早見", schedule_at=when))
    assert {r.state for r in result.recipients} == {State.SCHEDULED}
    form = form_of(sim.requests_to("smsget", SEND)[0])
    local = when.astimezone(TAIPEI)
    assert form["method"] == "2"
    assert (form["send_date"], form["hour"], form["min"]) == (
        local.strftime("%Y/%m/%d"), local.strftime("%H"), local.strftime("%M"))
    assert sg.messages[result.batch_id or ""].send_at == when


def test_schedule_rules_checked_before_sending(sim: Simulator, client: SmsgetClient) -> None:
    for when in (datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC) + timedelta(seconds=10)):
        with pytest.raises(VendorError) as err:
            client.send(SendRequest([TW_PHONE], "hi", schedule_at=when))
        assert err.value.kind is ErrorKind.SCHEDULING and "one minute" in err.value.message
    with pytest.raises(ValueError, match="timezone"):
        client.send(SendRequest([TW_PHONE], "hi", schedule_at=datetime.now() + timedelta(hours=1)))
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "  "))
    assert err.value.kind is ErrorKind.BAD_CONTENT
    assert sim.requests_to("smsget") == []


def test_two_way_send(sim: Simulator, sg: SmsgetSim, make_client: Callable[..., SmsgetClient]) -> None:
    sg.accounts[USER].two_way = True
    client = make_client(two_way=True)
    result = client.send(SendRequest([TW_PHONE, "+8613512345123"], "回覆 1 預約"))
    assert [r.state for r in result.recipients] == [State.SUBMITTED, State.FAILED]
    assert result.points == 1
    (entry,) = sim.requests_to("smsget", TWOWAY)
    assert form_of(entry)["phone"] == "0912345678"
    assert sim.requests_to("smsget", SEND) == []


def test_two_way_not_enabled(sg: SmsgetSim, make_client: Callable[..., SmsgetClient]) -> None:
    with pytest.raises(VendorError) as err:
        make_client(two_way="true").send(SendRequest([TW_PHONE], "hi"))
    assert (err.value.kind, err.value.code) == (ErrorKind.AUTH, "010")
    assert "two-way" in err.value.message


# -- errors from real causes --------------------------------------------------------------------
def test_wrong_password(sg: SmsgetSim, make_client: Callable[..., SmsgetClient]) -> None:
    with pytest.raises(VendorError) as err:
        make_client(password="not-the-password").send(SendRequest([TW_PHONE], "hi"))
    assert (err.value.kind, err.value.code) == (ErrorKind.AUTH, "005")
    assert "password" in err.value.message and "account settings" in err.value.message
    assert err.value.text == "帳號密碼錯誤"
    assert "not-the-password" not in str(err.value)
    assert sg.messages == {}


def test_ip_not_allowed(sg: SmsgetSim, client: SmsgetClient) -> None:
    sg.allowed_ips = {"203.0.113.9"}
    for call in (lambda: client.send(SendRequest([TW_PHONE], "hi")), client.balance):
        with pytest.raises(VendorError) as err:
            call()
        assert (err.value.kind, err.value.code) == (ErrorKind.IP_NOT_ALLOWED, "006")
        assert "IP address" in err.value.message


def test_not_enough_points(sg: SmsgetSim, client: SmsgetClient) -> None:
    sg.set_balance(USER, 3)
    with pytest.raises(VendorError) as err:
        client.send(SendRequest(["+8613512345123"], "hi"))
    assert (err.value.kind, err.value.code) == (ErrorKind.BALANCE, "009")
    assert sg.get_balance(USER) == 3 and sg.messages == {}


def test_message_too_long(sg: SmsgetSim, client: SmsgetClient) -> None:
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "a" * (sg.max_chars + 1)))
    assert (err.value.kind, err.value.code) == (ErrorKind.BAD_CONTENT, "004")


@pytest.mark.parametrize(("path", "fields", "code"), [
    (SEND, {"method": "3", "sms_msg": "hi", "phone": "0912345678"}, "001"),
    (SEND, {"method": "1", "sms_msg": "", "phone": "0912345678"}, "001"),
    (SEND, {"method": "1", "sms_msg": "hi", "phone": "447700900123"}, "001"),
    (SEND, {"method": "1", "sms_msg": "hi", "phone": "0912345678", "username": ""}, "001"),
    (CREDIT, {"password": ""}, "001"),
    (SEND, {"method": "2", "sms_msg": "hi", "phone": "0912345678", "send_date": "2030-01-01",
            "hour": "10", "min": "00"}, "002"),
    (SEND, {"method": "2", "sms_msg": "hi", "phone": "0912345678", "send_date": "2030/01/01",
            "hour": "24", "min": "00"}, "002"),
    (SEND, {"method": "2", "sms_msg": "hi", "phone": "0912345678", "send_date": "2020/01/01",
            "hour": "10", "min": "00"}, "003"),
    (SEND, {"method": "1", "sms_msg": "hi", "phone": " , "}, "007"),
    (SEND, {"method": "1", "sms_msg": "hi", "phone": ",".join(f"09{n:08d}" for n in range(251))}, "008"),
    (TWOWAY, {"method": "1", "sms_msg": "hi", "phone": "0912345678"}, "010"),
])
def test_simulator_validates_like_the_document(sim: Simulator, sg: SmsgetSim, path: str,
                                               fields: dict[str, str], code: str) -> None:
    answer = raw(sim, path, **fields)
    assert answer["error_code"] == code and answer["stats"] is False and answer["error_msg"]
    assert sg.messages == {} and sg.get_balance(USER) == 1000


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_every_code_maps_through_the_client(sg: SmsgetSim, client: SmsgetClient, code: str) -> None:
    sg.force_error(code)
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "hi"))
    assert (err.value.code, err.value.kind, err.value.vendor) == (code, ERRORS[code].kind, "smsget")
    assert err.value.message == translate("VendorErrors", ERRORS[code].message)
    assert err.value.text


# -- transport faults --------------------------------------------------------------------------
@pytest.mark.parametrize(("fault", "processed"), [
    (Fault.HTTP_500, False), (Fault.TIMEOUT, True), (Fault.GARBAGE, True), (Fault.HTML, False),
    (Fault.DROP_AFTER_ACCEPT, True),
])
def test_send_fault_is_unknown_and_never_resent(sim: Simulator, sg: SmsgetSim, client: SmsgetClient,
                                                fault: Fault, processed: bool) -> None:
    sim.inject("smsget", fault, path=SEND)
    with pytest.raises(OutcomeUnknown):
        client.send(SendRequest([TW_PHONE, "+85254123123"], "hi"))
    assert len(sim.requests_to("smsget", SEND)) == 1
    assert len(sg.messages) == (1 if processed else 0)


def test_send_rate_limited_is_retried(sim: Simulator, sg: SmsgetSim, client: SmsgetClient) -> None:
    sim.inject("smsget", Fault.RATE_LIMIT, path=SEND)
    assert client.send(SendRequest([TW_PHONE], "hi")).recipients[0].state is State.SUBMITTED
    assert len(sim.requests_to("smsget", SEND)) == 2 and len(sg.messages) == 1


@pytest.mark.parametrize(("fault", "retried"), [
    (Fault.HTTP_500, True), (Fault.HTML, True), (Fault.DROP_AFTER_ACCEPT, True), (Fault.RATE_LIMIT, True),
    (Fault.TIMEOUT, False), (Fault.GARBAGE, False),
])
def test_read_faults(sim: Simulator, client: SmsgetClient, fault: Fault, retried: bool) -> None:
    sim.inject("smsget", fault, path=CREDIT)
    if retried:
        assert client.balance().amount == 1000
        assert len(sim.requests_to("smsget", CREDIT)) == 2
    else:
        with pytest.raises(VendorError) as err:
            client.balance()
        assert err.value.kind is ErrorKind.TRANSIENT
        assert len(sim.requests_to("smsget", CREDIT)) == 1


@pytest.mark.parametrize("answer", [
    {"stats": True, "error_code": "000", "error_msg": "oops"},
    {"stats": False, "error_code": "000", "error_msg": "123|1|999"},
    {"stats": True},
    ["000"],
])
def test_malformed_success_is_unknown(sim: Simulator, sg: SmsgetSim, client: SmsgetClient, answer: Any) -> None:
    sg.force_answer(answer)
    with pytest.raises(OutcomeUnknown):
        client.send(SendRequest([TW_PHONE], "hi"))
    assert len(sim.requests_to("smsget", SEND)) == 1


def test_stats_as_a_string_is_understood(sg: SmsgetSim, client: SmsgetClient) -> None:
    sg.force_answer({"stats": "True", "error_code": "000", "error_msg": "777|2|98"})
    result = client.send(SendRequest([TW_PHONE], "hi"))
    assert (result.batch_id, result.points, result.balance_after) == ("777", 2, 98)


# -- balance and what SMS-Get does not offer ------------------------------------------------------
def test_balance_and_connection_test(sim: Simulator, sg: SmsgetSim, client: SmsgetClient) -> None:
    sg.set_balance(USER, 321)
    balance = client.balance()
    assert balance.amount == 321 and balance.unit == "points"
    assert "321 points" in client.test_connection()
    assert {e.method for e in sim.requests_to("smsget", CREDIT)} == {"POST"}


def test_unsupported_operations_say_so(client: SmsgetClient) -> None:
    ref = MessageRef(TW_PHONE, "1")
    for call in (lambda: client.query_status([ref]), lambda: client.cancel([ref]), client.fetch_replies):
        with pytest.raises(Unsupported, match="SMS-Get does not offer"):
            call()


# -- callbacks -------------------------------------------------------------------------------------
def test_delivery_callback_round_trip(sg: SmsgetSim, client: SmsgetClient) -> None:
    phones = [TW_PHONE, "+8613512345123", "+12127365000"]
    result = client.send(SendRequest(phones, "hi"))
    sms_id = result.batch_id or ""
    at = datetime(2025, 6, 1, 21, 8, 7, tzinfo=TAIPEI)
    sg.deliver(sms_id, "DELIVRD", at=at)
    sg.fail(sms_id, "UNDELIV", phone="+8613512345123", at=at)
    callback = sg.delivery_callback(sms_id, "https://shop.example/receive.php")
    assert callback.method == "POST" and callback.url == "https://shop.example/receive.php"
    form = body_form(callback.body)
    assert form["sms_id"] == sms_id and "2025-06-01 21:08:07" in form["content"]
    reports = parse_delivery_callback(form)
    assert [(r.phone, r.state) for r in reports] == [
        (TW_PHONE, State.DELIVERED), ("+8613512345123", State.FAILED), ("+12127365000", State.DELIVERED)]
    assert {r.vendor_msg_id for r in reports} == {sms_id} and {r.at for r in reports} == {at}
    assert len({r.dedupe_key for r in reports}) == 3
    assert parse_delivery_callback(form) == reports  # a repeated callback dedupes
    assert reports[1].error_text


def test_delivery_callback_documented_sample_and_odd_spacing() -> None:
    content = ("0912345678|59c4e123|2013-01-01 \n21:08:07|DELIVRD, 0912000111|59c4e124|2013-01-01 21:09:00|"
               "EXPIRED,0912000222|59c4e125|2013-01-01 21:10:00|WHATEVER")
    reports = parse_delivery_callback({"sms_id": ["4711"], "content": [content]})
    assert [r.state for r in reports] == [State.DELIVERED, State.EXPIRED, State.FAILED]
    assert reports[0].at == datetime(2013, 1, 1, 21, 8, 7, tzinfo=TAIPEI)
    assert reports[2].vendor_status == "WHATEVER" and "WHATEVER" in reports[2].error_text
    assert parse_delivery_callback({"sms_id": "1", "content": ""}) == []


def test_reply_callback_round_trip(sg: SmsgetSim) -> None:
    at = datetime(2025, 6, 2, 9, 0, 1, tzinfo=TAIPEI)
    first = sg.inject_reply(TW_PHONE, "好, 我要 2 個|謝謝 +1", at=at)
    second = sg.inject_reply("+886933444555", "退訂", at=at + timedelta(seconds=5))
    callback = sg.reply_callback([first, second], url="https://shop.example/mo.php")
    form = body_form(callback.body)
    assert form["content"].startswith("0912345678|")
    assert "%E5%A5%BD" in form["content"]  # the reply itself stays URL-encoded inside content
    replies = parse_reply_callback(form, code="03")
    assert [(r.phone, r.text) for r in replies] == [(TW_PHONE, "好, 我要 2 個|謝謝 +1"), ("+886933444555", "退訂")]
    assert replies[0].received_at == at
    assert len({r.vendor_ref for r in replies}) == 2
    assert parse_reply_callback(form, code="03") == replies
    # Without an account code the documented 03 is the code: every reply starts with it.
    assert [r.text for r in parse_reply_callback(form)] == ["好, 我要 2 個|謝謝 +1", "退訂"]
    # Another account code: 03 is then the customer's own text.
    assert [r.text for r in parse_reply_callback(form, code="77")] == ["03好, 我要 2 個|謝謝 +1", "03退訂"]


def test_reply_callback_documented_sample() -> None:
    content = "0912345678|59c4e123|2013-01-01 21:08:07|03%E9%9B%99%E5%90%91%E7%B0%A1%E8%A8%8A%E5%9B%9E%E5%82%B3"
    (reply,) = parse_reply_callback({"content": content}, code="03")
    assert reply.text == "雙向簡訊回傳" and reply.phone == TW_PHONE


class _Receiver:
    def __init__(self) -> None:
        self.received: list[tuple[str, str, bytes]] = []
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                received.append((self.command, self.path, self.rfile.read(length)))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/receive.php"


def test_callbacks_are_emitted_as_form_posts(sim: Simulator, sg: SmsgetSim, client: SmsgetClient) -> None:
    receiver = _Receiver()
    try:
        sg.accounts[USER].callback_url = receiver.url
        sms_id = client.send(SendRequest([TW_PHONE], "hi")).batch_id or ""
        with requests.Session() as session:
            answer = session.post(f"{sim.url}/_sim/smsget/deliver", json={"sms_id": sms_id, "emit": True},
                                  timeout=5).json()
        assert answer["ok"]
        ((method, path, body),) = receiver.received
        assert (method, path) == ("POST", "/receive.php")
        (report,) = parse_delivery_callback(body_form(body))
        assert (report.phone, report.state, report.vendor_msg_id) == (TW_PHONE, State.DELIVERED, sms_id)
        response = build_reply_callback(receiver.url, [(TW_PHONE, "x1", datetime.now(TAIPEI), "03ok")]).emit()
        assert response.text == "ok"
        assert parse_reply_callback(body_form(receiver.received[1][2]), code="03")[0].text == "ok"
        assert build_delivery_callback(receiver.url, "1", []).emit().status_code == 200
    finally:
        receiver.server.shutdown()
        receiver.server.server_close()


def test_demo_account(sim: Simulator, make_client: Callable[..., SmsgetClient]) -> None:
    demo = sim.vendors["smsget"].seed_demo()
    client = make_client(username=demo["username"], password=demo["password"], two_way=True)
    assert client.send(SendRequest([TW_PHONE], "hi")).recipients[0].state is State.SUBMITTED
