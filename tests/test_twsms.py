"""TwSMS client against the TwSMS simulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import socket
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
from smsdesk.sim.twsms import Sim as TwsmsSim
from smsdesk.sim.twsms import build_drurl
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
from smsdesk.vendors.twsms import (
    ERRORS,
    TwsmsClient,
    format_phone,
    format_sendtime,
    parse_drurl,
    to_e164,
)
from smsdesk.vendors.twsms_rules import refused_emoji

USER = "shopkeeper"
PASSWORD = "tw-Secret-pa55"
SNUMBER = "12345"
TAIPEI = timezone(timedelta(hours=8))
SEND, QUERY, MO = "/json/sms_send.php", "/json/sms_query.php", "/json/smsmo_query.php"
TW_PHONE, TW_MOBILE = "+886912345678", "0912345678"

# Section 6 of the document, every code.
DOC_CODES = {
    "00000", "00001", "00010", "00011", "00012", "00020", "00030", "00031", "00040", "00041", "00050",
    "00060", "00100", "00110", "00120", "00130", "00140", "00150", "00170", "00180", "00300", "00310",
    "00400", "00410", "00420", "00430", "99998", "99999",
}

# Section 8, read independently of the client's table.
EXPECTED_STATES = {
    "DELIVRD": State.DELIVERED, "EXPIRED": State.EXPIRED, "DELETED": State.CANCELLED,
    "UNDELIV": State.FAILED, "ACCEPTD": State.SUBMITTED, "UNKNOWN": State.FAILED, "REJECTD": State.FAILED,
    "SYNTAXE": State.FAILED, "MOBERROR": State.FAILED, "MSGERROR": State.FAILED, "OTHERROR": State.FAILED,
    "REJERROR": State.FAILED, "REJMOBIL": State.FAILED,
}


@pytest.fixture
def tw(sim: Simulator) -> TwsmsSim:
    vendor = sim.vendors["twsms"]
    assert isinstance(vendor, TwsmsSim)
    vendor.add_account(USER, PASSWORD, balance=100, snumbers={SNUMBER})
    return vendor


@pytest.fixture
def make_client(sim: Simulator, tw: TwsmsSim) -> Iterator[Callable[..., TwsmsClient]]:
    made: list[TwsmsClient] = []

    def make(password: str = PASSWORD, username: str = USER, base_url: str | None = None,
             **settings: Any) -> TwsmsClient:
        account = AccountConfig("Shop", "twsms", {"username": username, **settings}, {"password": password},
                                base_url=base_url or sim.base_url("twsms"))
        policy = HttpPolicy(secrets=[password], read_timeout=0.5, connect_timeout=0.5, backoff=0.01)
        client = TwsmsClient(account, http=policy)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., TwsmsClient]) -> TwsmsClient:
    return make_client(snumber=SNUMBER)


@pytest.fixture(autouse=True)
def _no_secret_in_urls(request: pytest.FixtureRequest) -> Iterator[None]:
    sim: Simulator | None = request.getfixturevalue("sim") if "sim" in request.fixturenames else None
    yield
    for entry in sim.log if sim else ():
        if entry.vendor == "twsms":
            assert PASSWORD not in entry.url
            assert "password" not in entry.raw_query


def form_of(entry: LoggedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(entry.body.decode("utf-8"), keep_blank_values=True).items()}


def raw(sim: Simulator, path: str, **fields: str) -> dict[str, Any]:
    """A request straight to the simulator: checks its own reading of the document."""
    data = {"username": USER, "password": PASSWORD, **fields}
    with requests.Session() as session:
        return session.post(sim.base_url("twsms") + path, data=data, timeout=5).json()


def send_one(client: TwsmsClient, text: str = "您好，週年慶八折", phone: str = TW_PHONE,
             **kwargs: Any) -> str:
    result = client.send(SendRequest([phone], text, **kwargs))
    msgid = result.recipients[0].vendor_msg_id
    assert msgid
    return msgid


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Receiver:
    """A customer's web server that records what vendors push to it."""

    def __init__(self) -> None:
        received: list[tuple[str, str, bytes]] = []

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                received.append((self.command, self.path, self.rfile.read(length) if length else b""))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            do_GET = do_POST = _any  # noqa: N815 - stdlib names

            def log_message(self, *args: Any) -> None:
                pass

        self.received = received
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/twsmsResp.php"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


# -- spec, catalogue, phone numbers ------------------------------------------------------
def test_spec_is_registered_and_complete() -> None:
    spec = get_spec("twsms")
    assert spec.client is TwsmsClient
    assert spec.default_base_url == "https://api.twsms.com"
    assert [f.key for f in spec.secret_fields] == ["password"]
    assert {f.key for f in spec.fields} >= {"username", "password", "snumber"}
    assert spec.capabilities.batch_max == 1
    # Operators take 150-200 requests/s (doc section 1): never past 200, 180 by default.
    assert spec.capabilities.throughput_per_s == 200
    assert spec.capabilities.default_rate_per_s == 180
    assert spec.capabilities.default_concurrency >= 180 * 0.15  # enough in flight at 150 ms a request
    assert spec.capabilities.report_delay_s == 5
    assert spec.capabilities.cancel_scheduled and spec.capabilities.status_query
    assert spec.cost_rule == "twsms"


def test_catalogue_covers_every_documented_error_code() -> None:
    assert set(ERRORS) == DOC_CODES - {"00000"}  # 00000 is success
    for entry in ERRORS.values():
        message = translate("VendorErrors", entry.message)
        assert message.endswith(".") and len(message) > 30


@pytest.mark.parametrize(("e164", "vendor_form"), [
    ("+886912345678", "0912345678"),
    ("+85291234567", "85291234567"),
    ("+8613512345678", "8613512345678"),
    ("+12125550123", "12125550123"),
])
def test_format_phone(e164: str, vendor_form: str) -> None:
    assert format_phone(e164) == vendor_form
    assert to_e164(vendor_form) == e164


@pytest.mark.parametrize("bad", ["0912345678", "+886223456789", "+8869123", "", "+886 912 345 678"])
def test_format_phone_refuses_what_twsms_cannot_take(bad: str) -> None:
    with pytest.raises(VendorError) as err:
        format_phone(bad)
    assert err.value.kind is ErrorKind.BAD_NUMBER
    assert not err.value.sent


# -- sending -----------------------------------------------------------------------------
def test_send_to_taiwan(sim: Simulator, tw: TwsmsSim, client: TwsmsClient) -> None:
    result = client.send(SendRequest([TW_PHONE], "您好，週年慶\r\n八折"))
    (recipient,) = result.recipients
    assert recipient.state is State.SUBMITTED
    assert recipient.phone == TW_PHONE
    assert recipient.points == 1 and result.points == 1
    message = tw.messages[recipient.vendor_msg_id or ""]
    assert message.mobile == TW_MOBILE
    assert message.message == "您好，週年慶\n八折"  # line breaks as LF, as documented
    assert tw.get_balance(USER) == 99
    (entry,) = sim.requests_to("twsms", SEND)
    assert entry.method == "POST" and entry.raw_query == ""
    form = form_of(entry)
    assert form["resp_point"] == "Y" and form["mo"] == "Y"
    assert "sendtime" not in form and "lmsg" not in form and "drurl" not in form


def test_send_abroad_costs_five_points(tw: TwsmsSim, client: TwsmsClient) -> None:
    result = client.send(SendRequest(["+85291234567"], "Hello from Taipei"))
    assert result.points == 5
    assert tw.messages[result.recipients[0].vendor_msg_id or ""].mobile == "85291234567"


@pytest.mark.parametrize(("text", "points"), [
    ("中" * 70, 1), ("中" * 71, 2), ("中" * 134, 2), ("中" * 135, 3), ("中" * 335, 5),
    ("a" * 160, 1), ("a" * 161, 2), ("a" * 306, 2), ("a" * 307, 3), ("a" * 765, 5),
    ("{}" * 80, 1),  # GSM extension characters are still "English"
], ids=lambda v: f"{v[0]}x{len(v)}" if isinstance(v, str) else str(v))
def test_long_messages_are_charged_per_part(tw: TwsmsSim, client: TwsmsClient, text: str, points: int) -> None:
    result = client.send(SendRequest([TW_PHONE], text))
    assert result.points == points
    assert tw.get_balance(USER) == 100 - points


@pytest.mark.parametrize(("text", "phone", "settings", "code"), [
    ("中" * 336, TW_PHONE, {}, "00130"),
    ("a" * 766, TW_PHONE, {}, "00130"),
    ("中" * 71, "+85291234567", {}, "00120"),
    ("a" * 161, "+85291234567", {}, "00120"),
    ("中" * 71, TW_PHONE, {"long_sms": False}, "00130"),
    ("   ", TW_PHONE, {}, "00110"),
], ids=["zh-336", "en-766", "zh-71-abroad", "en-161-abroad", "zh-71-long-off", "blank"])
def test_text_refused_before_sending(sim: Simulator, make_client: Callable[..., TwsmsClient], text: str,
                                     phone: str, settings: dict[str, Any], code: str) -> None:
    client = make_client(**settings)
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([phone], text))
    assert err.value.kind is ErrorKind.BAD_CONTENT
    assert err.value.code == code and not err.value.sent
    assert sim.requests_to("twsms") == []


def test_long_sms_off_sends_lmsg_n(sim: Simulator, make_client: Callable[..., TwsmsClient]) -> None:
    make_client(long_sms=False).send(SendRequest([TW_PHONE], "中" * 70))
    assert form_of(sim.requests_to("twsms", SEND)[0])["lmsg"] == "N"


def test_emoji_is_refused_before_sending_and_named(sim: Simulator, client: TwsmsClient) -> None:
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "好消息😀 週年慶👍🏽 快來❤️"))
    assert err.value.kind is ErrorKind.BAD_CONTENT and err.value.code == "00180"
    for emoji in ("😀", "👍🏽", "❤️"):
        assert emoji in err.value.message
    assert sim.requests_to("twsms") == []


def test_emoji_detection() -> None:
    assert refused_emoji("★限時☆優惠 ※ ● ✓ 1. #3 *note") == []  # no Emoji property
    assert refused_emoji("♥ ☎ ☀") == ["♥", "☎", "☀"]  # text-style, but Emoji=Yes
    assert refused_emoji("🇹🇼 台灣") == ["🇹🇼"]
    assert refused_emoji("👨‍👩‍👧 1️⃣ 😀😀") == ["👨‍👩‍👧", "1️⃣", "😀"]


def test_sim_refuses_emoji_by_itself(sim: Simulator, tw: TwsmsSim) -> None:
    assert raw(sim, SEND, mobile=TW_MOBILE, message="hi 😀")["code"] == "00180"


def test_vendor_emoji_answer_maps_to_catalogue(tw: TwsmsSim, client: TwsmsClient) -> None:
    tw.force_error("00180")
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "hello"))
    assert err.value.kind is ErrorKind.BAD_CONTENT and err.value.code == "00180"


def test_more_than_one_phone_is_a_programming_error(client: TwsmsClient) -> None:
    with pytest.raises(ValueError, match="one phone"):
        client.send(SendRequest([TW_PHONE, "+886912345679"], "hi"))


# -- scheduling and cancelling -------------------------------------------------------------
def test_schedule_in_taiwan_time_then_cancel(sim: Simulator, tw: TwsmsSim, client: TwsmsClient) -> None:
    when = (datetime.now(UTC) + timedelta(hours=2)).replace(second=0, microsecond=0)
    result = client.send(SendRequest([TW_PHONE], "明天見", schedule_at=when))
    (recipient,) = result.recipients
    assert recipient.state is State.SCHEDULED
    form = form_of(sim.requests_to("twsms", SEND)[0])
    assert form["sendtime"] == when.astimezone(TAIPEI).strftime("%Y%m%d%H%M")
    assert form["sendtime"] == format_sendtime(when)
    msgid = recipient.vendor_msg_id or ""
    assert tw.messages[msgid].sendtime == when
    assert tw.get_balance(USER) == 99

    ref = MessageRef(TW_PHONE, msgid, submitted_at=datetime.now(UTC))
    assert client.query_status([ref]) == []  # 00310: not sent yet
    (cancelled,) = client.cancel([ref])
    assert cancelled.state is State.CANCELLED and cancelled.error is None
    assert form_of(sim.requests_to("twsms", QUERY)[-1])["deltime"] == "Y"
    assert tw.get_balance(USER) == 100  # points come back
    (report,) = client.query_status([ref])
    assert report.state is State.CANCELLED and report.vendor_status == "DELETED"


def test_cancel_after_sending_fails_per_message(tw: TwsmsSim, client: TwsmsClient) -> None:
    msgid = send_one(client)
    tw.deliver(msgid)
    (result,) = client.cancel([MessageRef(TW_PHONE, msgid)])
    assert result.state is State.DELIVERED
    assert result.error is not None and "could not be cancelled" in result.error.message


def test_schedule_rules_checked_before_sending(sim: Simulator, client: TwsmsClient) -> None:
    for when in (datetime.now(UTC) - timedelta(minutes=5), datetime.now(UTC) + timedelta(seconds=20)):
        with pytest.raises(VendorError) as err:
            client.send(SendRequest([TW_PHONE], "hi", schedule_at=when))
        assert err.value.kind is ErrorKind.SCHEDULING and "one minute" in err.value.message
    with pytest.raises(ValueError, match="timezone"):
        client.send(SendRequest([TW_PHONE], "hi", schedule_at=datetime.now() + timedelta(hours=1)))
    assert sim.requests_to("twsms") == []


def test_expirytime_setting(sim: Simulator, make_client: Callable[..., TwsmsClient]) -> None:
    make_client(expirytime=300).send(SendRequest([TW_PHONE], "hi"))
    assert form_of(sim.requests_to("twsms", SEND)[0])["expirytime"] == "300"
    with pytest.raises(VendorError) as err:
        make_client(expirytime="100").send(SendRequest([TW_PHONE], "hi"))
    assert err.value.code == "00060" and "300 to 28800" in err.value.message
    assert len(sim.requests_to("twsms", SEND)) == 1


# -- delivery reports: drurl push and passive query -------------------------------------------
def test_drurl_is_checked_only_when_asked(sim: Simulator, make_client: Callable[..., TwsmsClient]) -> None:
    dead = f"http://127.0.0.1:{closed_port()}/twsmsResp.php"
    make_client(drurl=dead).send(SendRequest([TW_PHONE], "hi"))
    form = form_of(sim.requests_to("twsms", SEND)[-1])
    assert form["drurl"] == dead and form["drurl_check"] == "N"
    with pytest.raises(VendorError) as err:
        make_client(drurl=dead, drurl_check=True).send(SendRequest([TW_PHONE], "hi"))
    assert err.value.code == "00170" and "drurl" in err.value.message
    alive = sim.url + "/_sim/log"
    make_client(drurl=alive, drurl_check=True).send(SendRequest([TW_PHONE], "hi"))
    assert form_of(sim.requests_to("twsms", SEND)[-1])["drurl_check"] == "Y"


def test_bad_drurl_refused_before_sending(sim: Simulator, make_client: Callable[..., TwsmsClient]) -> None:
    with pytest.raises(VendorError) as err:
        make_client(drurl="www.example.com/resp").send(SendRequest([TW_PHONE], "hi"))
    assert err.value.code == "00140" and not err.value.sent
    assert sim.requests_to("twsms") == []


def test_drurl_push_reaches_receiver_and_parses(tw: TwsmsSim, make_client: Callable[..., TwsmsClient],
                                                receiver: Receiver) -> None:
    client = make_client(drurl=receiver.url)
    msgid = send_one(client)
    at = datetime(2025, 3, 1, 9, 30, 15, tzinfo=TAIPEI)
    tw.deliver(msgid, "DELIVRD", at=at)
    ((method, path, _),) = receiver.received
    assert method == "GET" and path.startswith("/twsmsResp.php?smsresp=%7B")
    report = parse_drurl(path)
    assert (report.phone, report.state, report.vendor_msg_id, report.at) == (TW_PHONE, State.DELIVERED, msgid, at)
    # A receiver that already split the query gets the same report.
    as_dict = {k: v[0] for k, v in parse_qs(path.split("?", 1)[1]).items()}
    assert parse_drurl(as_dict) == report
    # Same report twice: same dedupe key; the passive query agrees on the state.
    (queried,) = client.query_status([MessageRef(TW_PHONE, msgid)])
    assert queried.state is State.DELIVERED and queried.at == at


def test_parse_drurl_documented_sample() -> None:
    sample = ("smsresp=%7B%22code%22%3A%2200000%22%2C%22text%22%3A%22Success%22%2C%22msgid%22%3A%2212345"
              "678%22%2C%22mobile%22%3A%220911222333%22%2C%22statuscode%22%3A%220%22%2C%22statustext%22"
              "%3A%22DELIVRD%22%2C%22downtime%22%3A%2220180520183042%22%7D")
    report = parse_drurl(sample)
    assert report.phone == "+886911222333" and report.vendor_msg_id == "12345678"
    assert report.state is State.DELIVERED
    assert report.at == datetime(2018, 5, 20, 18, 30, 42, tzinfo=TAIPEI)
    failed = build_drurl("http://x/r.php", msgid="1", mobile="0911222333", statuscode="-1",
                         statustext="REJMOBIL", downtime="20180520183042")
    report = parse_drurl(failed.url)
    assert report.state is State.FAILED and "advertising" in report.error_text
    with pytest.raises(ValueError):
        parse_drurl("smsresp=not-json")


@pytest.mark.parametrize(("statustext", "state"), sorted(EXPECTED_STATES.items()))
def test_every_statustext_maps_to_a_state(tw: TwsmsSim, client: TwsmsClient, statustext: str,
                                          state: State) -> None:
    msgid = send_one(client)
    tw.deliver(msgid, statustext)
    (report,) = client.query_status([MessageRef(TW_PHONE, msgid)])
    assert report.state is state and report.vendor_status == statustext
    assert (report.error_text != "") == (state in (State.FAILED, State.EXPIRED, State.CANCELLED))


def test_query_dedupe_key_is_stable(tw: TwsmsSim, client: TwsmsClient) -> None:
    msgid = send_one(client)
    ref = MessageRef(TW_PHONE, msgid)
    tw.deliver(msgid, "ACCEPTD")
    first, again = client.query_status([ref]), client.query_status([ref])
    assert first[0].dedupe_key == again[0].dedupe_key
    tw.deliver(msgid, "DELIVRD")
    assert client.query_status([ref])[0].dedupe_key != first[0].dedupe_key


def test_query_without_status_yet_or_unknown_id(sim: Simulator, client: TwsmsClient) -> None:
    msgid = send_one(client)
    # 00001: it left, its report is not back yet (a scheduled message past its time answers so too).
    (report,) = client.query_status([MessageRef(TW_PHONE, msgid, submitted_at=datetime.now(UTC))])
    assert (report.state, report.vendor_status, report.vendor_msg_id) == (State.SUBMITTED, "00001", msgid)
    assert len(sim.requests_to("twsms", QUERY)) == 1
    assert client.query_status([MessageRef(TW_PHONE, "99999999")]) == []  # 00300, then outrange
    forms = [form_of(e) for e in sim.requests_to("twsms", QUERY)[1:]]
    assert ["outrange" in f for f in forms] == [False, True]


def test_old_messages_are_queried_with_outrange(sim: Simulator, tw: TwsmsSim, client: TwsmsClient) -> None:
    msgid = send_one(client)
    four_days_ago = datetime.now(UTC) - timedelta(days=4)
    tw.set_created(msgid, four_days_ago)
    tw.deliver(msgid)
    (report,) = client.query_status([MessageRef(TW_PHONE, msgid, submitted_at=four_days_ago)])
    assert report.state is State.DELIVERED
    (entry,) = sim.requests_to("twsms", QUERY)
    assert form_of(entry)["outrange"] == "Y"
    # Sim check: without outrange the old record is not found.
    assert raw(sim, QUERY, mobile=TW_MOBILE, msgid=msgid)["code"] == "00300"


# -- replies, balance, connection test ---------------------------------------------------------
def test_fetch_replies_walks_the_days(sim: Simulator, tw: TwsmsSim, client: TwsmsClient) -> None:
    now = datetime.now(TAIPEI)
    tw.inject_reply("0911222333", "好，我要預約", at=now)
    tw.inject_reply("+886933444555", "退訂", at=now - timedelta(days=2))
    tw.inject_reply("0911222333", "太舊了", at=now - timedelta(days=10))

    since = now - timedelta(days=3)
    replies = client.fetch_replies(since)
    assert sorted(r.text for r in replies) == ["好，我要預約", "退訂"]
    assert {r.phone for r in replies} == {"+886911222333", "+886933444555"}
    assert len({r.vendor_ref for r in replies}) == 2
    assert all(r.received_at.tzinfo is not None for r in replies)
    forms = [form_of(e) for e in sim.requests_to("twsms", MO)]
    days = [(since + timedelta(days=i)).date().isoformat() for i in range(4)]
    assert [f["sdate"] for f in forms] == days and {f["snumber"] for f in forms} == {SNUMBER}

    assert [r.text for r in client.fetch_replies()] == ["好，我要預約"]  # today only
    before = len(sim.requests_to("twsms", MO))
    assert len(client.fetch_replies(now - timedelta(days=30))) == 3
    assert len(sim.requests_to("twsms", MO)) - before == 31  # the document sets no limit: every day asked
    before = len(sim.requests_to("twsms", MO))
    client.fetch_replies(now - timedelta(days=1000))
    assert len(sim.requests_to("twsms", MO)) - before == 366  # but never more than a year of requests


def test_fetch_replies_needs_a_known_snumber(make_client: Callable[..., TwsmsClient]) -> None:
    with pytest.raises(Unsupported, match="snumber"):
        make_client().fetch_replies()
    with pytest.raises(VendorError) as err:
        make_client(snumber="54321").fetch_replies()
    assert err.value.code == "00400" and "two-way code" in err.value.message


def test_balance_and_connection_test(tw: TwsmsSim, client: TwsmsClient) -> None:
    balance = client.balance()
    assert balance.amount == 100 and balance.unit == "points"
    message = client.test_connection()
    assert "100 points" in message and "127.0.0.1" in message


def test_ip_not_allowed_names_the_address(sim: Simulator, tw: TwsmsSim, client: TwsmsClient) -> None:
    tw.allowed_ips = {"203.0.113.9"}
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "hi"))
    assert err.value.kind is ErrorKind.IP_NOT_ALLOWED and err.value.code == "00030"
    assert err.value.kind.stops_job
    with pytest.raises(VendorError) as err:
        client.test_connection()
    assert err.value.code == "00030" and "127.0.0.1" in err.value.message
    assert form_of(sim.requests_to("twsms", QUERY)[-1])["checkip"] == "Y"
    tw.allowed_ips = {"127.0.0.1"}
    assert client.balance().amount == 100


# -- errors from real causes -------------------------------------------------------------------
def test_wrong_password(tw: TwsmsSim, make_client: Callable[..., TwsmsClient]) -> None:
    with pytest.raises(VendorError) as err:
        make_client(password="not-the-password").send(SendRequest([TW_PHONE], "hi"))
    assert err.value.kind is ErrorKind.AUTH and err.value.code == "00012"
    assert "password" in err.value.message and "account settings" in err.value.message
    assert "not-the-password" not in str(err.value)
    assert tw.messages == {}


@pytest.mark.parametrize(("setup", "code", "kind"), [
    ("unknown-user", "00011", ErrorKind.AUTH),
    ("empty-password", "00010", ErrorKind.AUTH),
    ("disabled", "00040", ErrorKind.AUTH),
    ("api-off", "00041", ErrorKind.AUTH),
    ("no-points", "00020", ErrorKind.BALANCE),
    ("domestic-only", "00031", ErrorKind.BAD_NUMBER),
])
def test_account_errors(tw: TwsmsSim, make_client: Callable[..., TwsmsClient], setup: str, code: str,
                        kind: ErrorKind) -> None:
    phone, client = TW_PHONE, make_client()
    if setup == "unknown-user":
        client = make_client(username="nobody")
    elif setup == "empty-password":
        client = make_client(password="")
    elif setup == "disabled":
        tw.accounts[USER].enabled = False
    elif setup == "api-off":
        tw.accounts[USER].api_enabled = False
    elif setup == "no-points":
        tw.set_balance(USER, 4)
        phone = "+85291234567"
    elif setup == "domestic-only":
        tw.accounts[USER].international = False
        phone = "+85291234567"
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([phone], "hi"))
    assert (err.value.kind, err.value.code) == (kind, code)
    assert err.value.message == translate("VendorErrors", ERRORS[code].message)
    assert tw.messages == {}


@pytest.mark.parametrize(("path", "fields", "code"), [
    (SEND, {"mobile": TW_MOBILE, "message": "hi", "sendtime": "2025-01-01 10:00"}, "00050"),
    (SEND, {"mobile": TW_MOBILE, "message": "hi", "sendtime": "202501011000"}, "00150"),
    (SEND, {"mobile": TW_MOBILE, "message": "hi", "expirytime": "100"}, "00060"),
    (SEND, {"mobile": TW_MOBILE, "message": "hi", "expirytime": "28801"}, "00060"),
    (SEND, {"mobile": "0812345678", "message": "hi"}, "00100"),
    (SEND, {"mobile": "12345", "message": "hi"}, "00100"),
    (SEND, {"mobile": "8860812345678", "message": "hi"}, "00100"),
    (SEND, {"mobile": TW_MOBILE, "message": ""}, "00110"),
    (SEND, {"mobile": "85291234567", "message": "中" * 71}, "00120"),
    (SEND, {"mobile": TW_MOBILE, "message": "中" * 336}, "00130"),
    (SEND, {"mobile": TW_MOBILE, "message": "中" * 71, "lmsg": "N"}, "00130"),
    (SEND, {"mobile": TW_MOBILE, "message": "hi", "drurl": "not a url"}, "00140"),
    (SEND, {"mobile": TW_MOBILE, "message": "hi ❤️"}, "00180"),
    (QUERY, {"mobile": TW_MOBILE, "msgid": "12"}, "00420"),
    (QUERY, {"mobile": TW_MOBILE, "msgid": "12345678"}, "00300"),
    (MO, {"snumber": SNUMBER, "sdate": "2025/01/01"}, "00430"),
    (MO, {"snumber": "1234"}, "00430"),
    (MO, {"snumber": SNUMBER}, "00410"),
])
def test_simulator_validates_like_the_document(sim: Simulator, tw: TwsmsSim, path: str,
                                               fields: dict[str, str], code: str) -> None:
    answer = raw(sim, path, **fields)
    assert answer["code"] == code and answer["text"]
    assert tw.messages == {} and tw.get_balance(USER) == 100


def test_simulator_no_status_then_scheduled(sim: Simulator, tw: TwsmsSim) -> None:
    sent = raw(sim, SEND, mobile=TW_MOBILE, message="hi", resp_point="Y")
    assert sent["code"] == "00000" and sent["point"] == 1 and 8 <= len(str(sent["msgid"])) <= 11
    assert raw(sim, QUERY, mobile=TW_MOBILE, msgid=str(sent["msgid"]))["code"] == "00001"
    later = (datetime.now(TAIPEI) + timedelta(days=1)).strftime("%Y%m%d%H%M")
    scheduled = raw(sim, SEND, mobile=TW_MOBILE, message="hi", sendtime=later)
    assert "point" not in scheduled  # only with resp_point=Y
    assert raw(sim, QUERY, mobile=TW_MOBILE, msgid=str(scheduled["msgid"]))["code"] == "00310"


@pytest.mark.parametrize("code", sorted(set(ERRORS) - {"99998"}))
def test_every_code_maps_through_the_client(tw: TwsmsSim, client: TwsmsClient, code: str) -> None:
    tw.force_error(code)
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "hi"))
    assert err.value.code == code and err.value.vendor == "twsms"
    assert err.value.kind is ERRORS[code].kind
    assert err.value.text  # the vendor's own words are kept


def test_99998_is_resent_then_succeeds(sim: Simulator, tw: TwsmsSim, client: TwsmsClient) -> None:
    tw.force_error("99998", times=1)
    result = client.send(SendRequest([TW_PHONE], "hi"))
    assert result.recipients[0].state is State.SUBMITTED
    assert len(sim.requests_to("twsms", SEND)) == 2
    assert len(tw.messages) == 1


def test_99998_gives_up_after_the_policy_limit(sim: Simulator, tw: TwsmsSim, client: TwsmsClient) -> None:
    tw.force_error("99998", times=10)
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "hi"))
    assert err.value.code == "99998" and err.value.kind is ErrorKind.TRANSIENT
    assert len(sim.requests_to("twsms", SEND)) == client.http.max_attempts
    assert tw.messages == {}


# -- transport faults -------------------------------------------------------------------------
@pytest.mark.parametrize(("fault", "processed"), [
    (Fault.HTTP_500, False), (Fault.TIMEOUT, True), (Fault.GARBAGE, True), (Fault.HTML, False),
    (Fault.DROP_AFTER_ACCEPT, True),
])
def test_send_fault_is_unknown_and_never_resent(sim: Simulator, tw: TwsmsSim, client: TwsmsClient,
                                                fault: Fault, processed: bool) -> None:
    sim.inject("twsms", fault, path=SEND)
    with pytest.raises(OutcomeUnknown):
        client.send(SendRequest([TW_PHONE], "hi"))
    assert len(sim.requests_to("twsms", SEND)) == 1
    # Why "unknown": sometimes TwSMS did take (and charge) the message.
    assert len(tw.messages) == (1 if processed else 0)


def test_send_rate_limited_is_retried(sim: Simulator, tw: TwsmsSim, client: TwsmsClient) -> None:
    sim.inject("twsms", Fault.RATE_LIMIT, path=SEND)
    assert client.send(SendRequest([TW_PHONE], "hi")).recipients[0].state is State.SUBMITTED
    assert len(sim.requests_to("twsms", SEND)) == 2
    assert len(tw.messages) == 1


@pytest.mark.parametrize(("fault", "retried"), [
    (Fault.HTTP_500, True), (Fault.HTML, True), (Fault.DROP_AFTER_ACCEPT, True), (Fault.RATE_LIMIT, True),
    (Fault.TIMEOUT, False), (Fault.GARBAGE, False),
])
def test_read_faults(sim: Simulator, client: TwsmsClient, fault: Fault, retried: bool) -> None:
    sim.inject("twsms", fault, path=QUERY)
    if retried:
        assert client.balance().amount == 100
        assert len(sim.requests_to("twsms", QUERY)) == 2
    else:
        with pytest.raises(VendorError) as err:
            client.balance()
        assert err.value.kind is ErrorKind.TRANSIENT
        assert len(sim.requests_to("twsms", QUERY)) == 1


@pytest.mark.parametrize("answer", [{"code": "00000", "text": "Success"}, {"text": "Success", "msgid": 1}, []])
def test_malformed_success_is_unknown(sim: Simulator, tw: TwsmsSim, client: TwsmsClient, answer: Any) -> None:
    tw.force_answer(answer)
    with pytest.raises(OutcomeUnknown):
        client.send(SendRequest([TW_PHONE], "hi"))
    assert len(sim.requests_to("twsms", SEND)) == 1


def test_wrong_base_url_is_a_refusal_not_unknown(sim: Simulator, make_client: Callable[..., TwsmsClient]) -> None:
    client = make_client(base_url=sim.url + "/not-twsms")
    with pytest.raises(VendorError) as err:
        client.send(SendRequest([TW_PHONE], "hi"))
    assert err.value.http_status == 404 and "server address" in err.value.message


# -- simulator control for demos ----------------------------------------------------------------
def test_demo_account_and_http_control(sim: Simulator, make_client: Callable[..., TwsmsClient]) -> None:
    demo = sim.vendors["twsms"].seed_demo()
    client = make_client(username=demo["username"], password=demo["password"], snumber=demo["snumber"])
    msgid = send_one(client)
    with requests.Session() as session:
        answer = session.post(f"{sim.url}/_sim/twsms/deliver", json={"msgid": msgid, "status": "EXPIRED"},
                              timeout=5).json()
        assert answer["ok"] and answer["result"]["statustext"] == "EXPIRED"
        listed = session.post(f"{sim.url}/_sim/twsms/messages", json={}, timeout=5).json()["result"]
    assert [m["msgid"] for m in listed] == [msgid]
    assert client.query_status([MessageRef(TW_PHONE, msgid)])[0].state is State.EXPIRED
    assert client.fetch_replies()[0].text == "好的，謝謝"
