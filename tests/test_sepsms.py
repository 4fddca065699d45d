"""SepSMS client against the SepSMS simulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from smsdesk.core.states import State
from smsdesk.sim.server import Fault, Simulator
from smsdesk.vendors import get_spec
from smsdesk.vendors.base import (
    AccountConfig,
    ErrorKind,
    MessageRef,
    OutcomeUnknown,
    SendRequest,
    VendorError,
)
from smsdesk.vendors.http import HttpPolicy
from smsdesk.vendors.sepsms import (
    ERRORS,
    SEND_PER_MINUTE,
    SepSmsClient,
    error_from_body,
    format_phone,
    map_status,
)

A = "+66812345678"
B = "+66898765432"
C = "+66612345678"

ClientFactory = Callable[..., SepSmsClient]


@pytest.fixture
def sep(sim: Simulator) -> Any:
    return sim.vendors["sepsms"]


@pytest.fixture
def key(sep: Any) -> str:
    return sep.add_account(credit=1000, origins=("SEPSMS", "SHOP"))


@pytest.fixture
def make(sim: Simulator, key: str) -> Iterator[ClientFactory]:
    clients: list[SepSmsClient] = []

    def factory(api_key: str | None = None, *, origin: str = "SEPSMS", **settings: Any) -> SepSmsClient:
        account = AccountConfig("Sep", "sepsms", {"origin": origin, **settings},
                                {"api_key": api_key if api_key is not None else key},
                                base_url=sim.base_url("sepsms"))
        client = SepSmsClient(account, http=HttpPolicy(read_timeout=0.5, connect_timeout=0.5, backoff=0.01,
                                                       secrets=[api_key or key]))
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()


def _bodies(sim: Simulator, path: str) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in sim.requests_to("sepsms", path) if r.body]


def _refs(result: Any) -> list[MessageRef]:
    return [MessageRef(r.phone, r.vendor_msg_id, result.batch_id) for r in result.recipients]


# -- module surface -----------------------------------------------------------------


def test_spec_and_catalogue() -> None:
    spec = get_spec("sepsms")
    assert spec.client is SepSmsClient and spec.cost_rule == "sepsms"
    assert {f.key for f in spec.secret_fields} == {"api_key", "webhook_secret"}
    assert {f.key for f in spec.fields} >= {"api_key", "origin"}
    assert all(f.help for f in spec.fields)
    assert spec.capabilities.batch_max == 1000 and not spec.capabilities.international
    assert spec.capabilities.per_recipient_variables and spec.capabilities.cancel_scheduled
    for code, entry in ERRORS.items():
        err = error_from_body({"success": False, "error": {"code": code, "message": "why"}}, http_status=400)
        assert err is not None and err.kind is entry.kind and err.code == code
        assert "{" not in err.message.replace("{code}", "").replace("{ref}", ""), code


def test_error_codes_classified_by_prefix() -> None:
    def kind(code: str) -> ErrorKind:
        err = error_from_body({"success": False, "error": {"code": code, "message": "m"}})
        assert err is not None
        return err.kind

    assert kind("auth.totally_new") is ErrorKind.AUTH
    assert kind("credit.expired") is ErrorKind.BALANCE
    assert kind("rate_limit") is ErrorKind.RATE_LIMITED
    assert kind("validation.something") is ErrorKind.BAD_CONTENT
    assert kind("weird.code") is ErrorKind.UNKNOWN
    assert error_from_body({"result": {"uuid": "x"}}) is None


def test_format_phone_thai_mobiles_only() -> None:
    assert format_phone("+66812345678") == "66812345678"
    assert format_phone("+66612345678") == "66612345678"
    for bad, word in (("+886912345678", "not a Thai number"), ("+6621234567", "not a Thai mobile"),
                      ("+6681234567", "not a Thai mobile"), ("0812345678", "not a Thai number")):
        with pytest.raises(VendorError) as info:
            format_phone(bad)
        assert info.value.kind is ErrorKind.BAD_NUMBER and not info.value.sent
        assert word in info.value.message


def test_status_map_covers_sim_statuses() -> None:
    assert map_status("success") is State.DELIVERED
    assert map_status("FAILED") is State.FAILED
    assert map_status("blocked") is State.FAILED
    assert map_status("expired") is State.EXPIRED
    assert map_status("cancelled") is State.CANCELLED
    assert map_status("scheduled") is State.SCHEDULED
    assert map_status("pending") is State.SUBMITTED
    assert map_status("nonsense") is None


# -- sending -------------------------------------------------------------------------


def test_send_batch_charges_per_recipient_and_segment(sim: Simulator, sep: Any, key: str,
                                                      make: ClientFactory) -> None:
    client = make()
    thai = "สวัสดีคุณลูกค้า รับส่วนลด 10% วันนี้"
    result = client.send(SendRequest([A, B], thai, client_ref="job-1"))
    assert result.batch_id and result.points == 2
    assert [r.state for r in result.recipients] == [State.SUBMITTED, State.SUBMITTED]
    assert {r.vendor_msg_id for r in result.recipients} == {result.batch_id}
    assert result.extra["totalMsisdn"] == 2 and result.extra["refNo"].startswith("SP")
    body = _bodies(sim, "/message/send")[-1]
    assert body == {"origin": "SEPSMS", "recipients": ["66812345678", "66898765432"], "message": thai,
                    "scheduledTime": None}
    assert sep.credit(key) == 998
    # GSM: 161 chars = 2 parts; Thai (UCS-2): 71 chars = 2 parts; one recipient each.
    assert make().send(SendRequest([A], "x" * 161)).points == 2
    assert make().send(SendRequest([A], "ก" * 71)).recipients[0].points == 2
    assert make().send(SendRequest([A], "ก" * 70)).points == 1
    assert sep.credit(key) == 993
    assert client.balance().amount == 993


def test_variables_shape_and_server_side_rendering(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    client = make()
    result = client.send(SendRequest([A, B], "Hi {name}, code {code}",
                                     variables={A: {"name": "Somchai", "code": "1"}, B: {"name": "Nok", "code": "2"},
                                                "+66600000000": {"name": "not in this batch"}}))
    body = _bodies(sim, "/message/send")[-1]
    assert body["variables"] == {"66812345678": {"name": "Somchai", "code": "1"},
                                 "66898765432": {"name": "Nok", "code": "2"}}
    texts = {r.msisdn: r.text for r in sep.messages[result.batch_id].recipients.values()}
    assert texts == {"66812345678": "Hi Somchai, code 1", "66898765432": "Hi Nok, code 2"}


def test_request_validation_before_sending(sim: Simulator, make: ClientFactory) -> None:
    client = make()
    only_bad = client.send(SendRequest(["+886912345678"], "hi"))
    assert only_bad.recipients[0].state is State.FAILED and only_bad.recipients[0].error is not None
    assert only_bad.recipients[0].error.kind is ErrorKind.BAD_NUMBER and only_bad.batch_id is None
    with pytest.raises(ValueError):
        client.send(SendRequest([A, A], "hi"))
    with pytest.raises(VendorError) as info:
        client.send(SendRequest([A], "   "))
    assert info.value.kind is ErrorKind.BAD_CONTENT
    with pytest.raises(VendorError) as info:
        make(origin="").send(SendRequest([A], "hi"))
    assert info.value.code == "validation.origin_required"
    with pytest.raises(ValueError):
        client.send(SendRequest([A] * 1001, "hi"))
    with pytest.raises(VendorError) as info:
        make(api_key="").send(SendRequest([A], "hi"))
    assert info.value.kind is ErrorKind.AUTH
    assert sim.requests_to("sepsms") == []


def test_foreign_number_fails_alone(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    result = make().send(SendRequest(["+886912345678", A], "hi"))
    assert [(r.phone, r.state) for r in result.recipients] == [("+886912345678", State.FAILED), (A, State.SUBMITTED)]
    assert "not a Thai number" in str(result.recipients[0].error)
    assert _bodies(sim, "/message/send")[-1]["recipients"] == ["66812345678"]
    assert result.points == 1


def test_blocked_numbers(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    key = sep.add_account(blocked_numbers={"0812345678"})
    client = make(key)
    alone = client.send(SendRequest([A], "hi"))
    assert alone.recipients[0].state is State.FAILED and alone.recipients[0].error is not None
    assert alone.extra["blockedCount"] == 1 and sep.credit(key) == 1000
    mixed = client.send(SendRequest([A, B], "hi"))
    # The answer only counts blocked numbers; the per-number list, asked at once, tells which.
    assert [r.state for r in mixed.recipients] == [State.FAILED, State.SUBMITTED]
    assert mixed.recipients[0].error is not None and mixed.recipients[0].error.code == "blocked"
    reports = {r.phone: r.state for r in client.query_status(_refs(mixed))}
    assert reports == {A: State.FAILED, B: State.SUBMITTED}  # left out of /recipients: still blocked


# -- scheduling and cancel ---------------------------------------------------------------


def test_schedule_cancel_and_refund(sim: Simulator, sep: Any, key: str, make: ClientFactory) -> None:
    client = make()
    when = datetime.now(UTC) + timedelta(hours=2)
    result = client.send(SendRequest([A, B], "later", schedule_at=when))
    assert [r.state for r in result.recipients] == [State.SCHEDULED] * 2
    sent = _bodies(sim, "/message/send")[-1]["scheduledTime"]
    assert sent.endswith("Z") and datetime.fromisoformat(sent.replace("Z", "+00:00")) == when.replace(
        microsecond=when.microsecond // 1000 * 1000)
    assert sep.messages[result.batch_id].status == "scheduled" and sep.credit(key) == 998
    assert {r.state for r in client.query_status(_refs(result))} == {State.SCHEDULED}

    cancelled = client.cancel(_refs(result)[:1])  # one ref cancels the whole send
    assert [(r.phone, r.state) for r in cancelled] == [(A, State.CANCELLED)]
    assert sep.credit(key) == 1000
    assert {r.state for r in client.query_status(_refs(result))} == {State.CANCELLED}
    again = client.cancel(_refs(result))
    assert {r.state for r in again} == {State.CANCELLED}
    assert len(sim.requests_to("sepsms", "/cancel")) == 2


def test_cancel_after_release_is_refused(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    client = make()
    result = client.send(SendRequest([A], "later", schedule_at=datetime.now(UTC) + timedelta(minutes=5)))
    sep.release_scheduled(result.batch_id)
    [outcome] = client.cancel(_refs(result))
    assert outcome.state is State.SUBMITTED and outcome.error is not None
    assert outcome.error.code == "message.not_cancellable" and outcome.error.kind is ErrorKind.SCHEDULING
    [missing] = client.cancel([MessageRef(A, "no-such-uuid", "no-such-uuid")])
    assert missing.state is State.SCHEDULED and missing.error is not None
    assert missing.error.code == "message.not_found"


@pytest.mark.parametrize("ahead", [timedelta(seconds=-5), timedelta(seconds=30)])
def test_schedule_checked_before_sending(sim: Simulator, make: ClientFactory, ahead: timedelta) -> None:
    with pytest.raises(VendorError) as info:
        make().send(SendRequest([A], "x", schedule_at=datetime.now(UTC) + ahead))
    assert info.value.kind is ErrorKind.SCHEDULING and "1 minute" in info.value.message
    with pytest.raises(ValueError):
        make().send(SendRequest([A], "x", schedule_at=datetime.now() + timedelta(hours=1)))
    assert sim.requests_to("sepsms") == []


def test_sim_refuses_past_schedule(sim: Simulator, key: str) -> None:
    """The simulator's own rule, checked without the client's guard."""
    with requests.post(sim.base_url("sepsms") + "/message/send", headers={"X-API-Key": key}, json={
        "origin": "SEPSMS", "recipients": ["0812345678"], "message": "x",
        "scheduledTime": "2001-01-01T00:00:00Z"}, timeout=5) as response:
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "validation.invalid_scheduled_time"


# -- status, summary, balance ---------------------------------------------------------------


def test_query_status_per_number(sim: Simulator, sep: Any, key: str, make: ClientFactory) -> None:
    client = make()
    result = client.send(SendRequest([A, B, C], "hi"))
    refs = _refs(result)
    assert {r.state for r in client.query_status(refs)} == {State.SUBMITTED}
    sep.deliver(result.batch_id, A)
    sep.fail(result.batch_id, B, reason="absent subscriber")
    sep.deliver(result.batch_id, C, status="expired")
    first = client.query_status(refs)
    states = {r.phone: r.state for r in first}
    assert states == {A: State.DELIVERED, B: State.FAILED, C: State.EXPIRED}
    by_phone = {r.phone: r for r in first}
    assert by_phone[B].error_text == "absent subscriber" and by_phone[A].vendor_msg_id == result.batch_id
    assert by_phone[A].at is not None
    again = client.query_status(refs)
    assert [r.dedupe_key for r in again] == [r.dedupe_key for r in first]
    assert len({r.dedupe_key for r in first}) == 3
    assert sep.credit(key) == 1000 - 3 + 2  # failed and expired numbers refunded
    summary = client.message_summary(result.batch_id)
    assert summary.status == "completed" and summary.total == 3
    assert summary.dr_summary == {"success": 1, "failed": 1, "expired": 1} and summary.refunded == 2
    # A send of another key is invisible: no report, no crash.
    other = make(sep.add_account())
    assert other.query_status(refs) == []


def test_status_falls_back_to_unanimous_summary(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    client = make()
    result = client.send(SendRequest([A, B], "hi"))
    sep.recipients_endpoint = False
    assert {r.state for r in client.query_status(_refs(result))} == {State.SUBMITTED}
    sep.deliver(result.batch_id, A)
    assert client.query_status(_refs(result)) == []  # mixed counts: cannot say which number is which
    sep.deliver(result.batch_id, B)
    assert {(r.phone, r.state) for r in client.query_status(_refs(result))} == {
        (A, State.DELIVERED), (B, State.DELIVERED)}


def test_balance(sep: Any, key: str, make: ClientFactory) -> None:
    sep.set_credit(key, 18420)
    balance = make().balance()
    assert balance.amount == 18420 and balance.unit == "credits"
    assert "18,420" in make().test_connection()


# -- errors from real causes ------------------------------------------------------------------


def test_auth_errors(sim: Simulator, sep: Any, key: str, make: ClientFactory) -> None:
    wrong = "sk_sep_" + "0" * 32
    no_prefix = key.replace("sk_sep_", "sk_xxx_")
    revoked = sep.add_account()
    sep.revoke(revoked)
    read_only = sep.add_account(scopes={"sms:read"})
    fenced = sep.add_account(allowed_ips={"203.0.113.9"})
    cases: list[tuple[str, str, ErrorKind]] = [(wrong, "auth.invalid_credentials", ErrorKind.AUTH),
             (no_prefix, "auth.invalid_credentials", ErrorKind.AUTH),
             (revoked, "auth.key_revoked", ErrorKind.AUTH),
             (read_only, "auth.insufficient_scope", ErrorKind.AUTH),
             (fenced, "auth.ip_not_allowed", ErrorKind.IP_NOT_ALLOWED)]
    for api_key, code, kind in cases:
        with pytest.raises(VendorError) as info:
            make(api_key).send(SendRequest([A], "hi"))
        assert (info.value.code, info.value.kind) == (code, kind)
        assert info.value.kind.stops_job and info.value.http_status in (401, 403)
    assert sep.recipient_counts() == {}
    with pytest.raises(VendorError) as info:
        make(read_only).balance()
    assert info.value.code == "auth.insufficient_scope" and "credit:read" in info.value.text


def test_content_and_credit_errors(sim: Simulator, sep: Any, key: str, make: ClientFactory) -> None:
    def code_of(client: SepSmsClient, request: SendRequest) -> tuple[str | None, ErrorKind]:
        with pytest.raises(VendorError) as info:
            client.send(request)
        return info.value.code, info.value.kind

    assert code_of(make(origin="NOPE"), SendRequest([A], "hi")) == (
        "validation.origin_not_approved", ErrorKind.BAD_CONTENT)
    assert code_of(make(), SendRequest([A], "ก" * 671)) == ("validation.message_too_long", ErrorKind.BAD_CONTENT)
    sep.set_credit(key, 1)
    assert code_of(make(), SendRequest([A, B], "hi")) == ("credit.insufficient", ErrorKind.BALANCE)
    assert sep.recipient_counts() == {} and sep.credit(key) == 1


def test_sim_validation_errors_directly(sim: Simulator, key: str) -> None:
    """Codes the client's own checks keep it from provoking, produced by real causes."""
    url = sim.base_url("sepsms")

    def post(path: str, body: Any, raw: bytes | None = None) -> str:
        with requests.post(url + path, headers={"X-API-Key": key, "Content-Type": "application/json"},
                           data=raw if raw is not None else json.dumps(body), timeout=5) as response:
            assert response.status_code >= 400
            return response.json()["error"]["code"]

    base = {"origin": "SEPSMS", "recipients": ["0812345678"], "message": "x"}
    assert post("/message/send", None, b"{nope") == "validation.invalid_json"
    assert post("/message/send", {**base, "origin": ""}) == "validation.origin_required"
    assert post("/message/send", {**base, "message": ""}) == "validation.message_required"
    assert post("/message/send", {**base, "recipients": []}) == "validation.recipients_required"
    assert post("/message/send", {**base, "recipients": ["12345"]}) == "validation.invalid_recipient"
    assert post("/message/send", {**base, "variables": {"0812345678": "x"}}) == "validation.invalid_variables"
    assert post("/otp/send", {"destination": "0812345678", "origin": "SEPSMS", "template": "no code"}) == (
        "validation.invalid_template")
    assert post("/otp/send", {"destination": "0812345678", "origin": "SEPSMS", "ttlSeconds": 30}) == (
        "validation.invalid_parameter")
    assert post("/webhooks", {"url": "https://x", "events": ["dr.success"]}) == "auth.insufficient_scope"
    with requests.get(url + "/message/credit/balance", timeout=5) as response:
        assert response.status_code == 401
        assert response.json() == {"success": False, "error": {
            "code": "auth.invalid_credentials", "message": "API key is missing or invalid"}}


@pytest.mark.parametrize("code", sorted(c for c in ERRORS if not c.startswith(("rate_limit", "server."))))
def test_every_catalogue_code_on_the_wire(sim: Simulator, sep: Any, make: ClientFactory, code: str) -> None:
    sep.force_error(code, message=f"vendor says {code}")
    with pytest.raises(VendorError) as info:
        make().balance()
    assert info.value.code == code and info.value.kind is ERRORS[code].kind
    assert info.value.text == f"vendor says {code}"
    assert len(sim.requests_to("sepsms")) == 1


def test_forced_rate_limit_code_is_retried(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    sep.force_error("rate_limit.exceeded", path="/message/send")
    result = make().send(SendRequest([A], "hi"))
    assert result.recipients[0].state is State.SUBMITTED
    assert [r.status for r in sim.requests_to("sepsms", "/message/send")] == [429, 200]
    sep.force_error("server.internal_error", path="/message/send")
    with pytest.raises(OutcomeUnknown):
        make().send(SendRequest([B], "hi"))
    assert sep.recipient_counts() == {"66812345678": 1}


# -- faults --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", [Fault.HTTP_500, Fault.TIMEOUT, Fault.GARBAGE, Fault.HTML,
                                   Fault.DROP_AFTER_ACCEPT])
def test_send_faults_become_unknown_never_retried(sim: Simulator, sep: Any, make: ClientFactory,
                                                  fault: Fault) -> None:
    sim.inject("sepsms", fault, path="/message/send")
    with pytest.raises(OutcomeUnknown):
        make().send(SendRequest([A, B], "hi"))
    assert len(sim.requests_to("sepsms", "/message/send")) == 1


def test_send_429_is_retried_once_accepted(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    sim.inject("sepsms", Fault.RATE_LIMIT, path="/message/send")
    result = make().send(SendRequest([A, B], "hi"))
    assert [r.state for r in result.recipients] == [State.SUBMITTED] * 2
    assert len(sim.requests_to("sepsms", "/message/send")) == 2
    assert sep.recipient_counts() == {"66812345678": 1, "66898765432": 1}


def test_malformed_success_answer_is_unknown(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    sep.force_reply({"result": {"status": "pending"}}, path="/message/send")
    with pytest.raises(OutcomeUnknown):
        make().send(SendRequest([A], "hi"))
    sep.force_reply({"result": {"uuid": "abc"}}, path="/otp/send")
    with pytest.raises(OutcomeUnknown):
        make().send_otp(A)
    assert len(sim.requests_to("sepsms")) == 2


@pytest.mark.parametrize(("fault", "attempts", "ok"), [
    (Fault.HTTP_500, 2, True), (Fault.HTML, 2, True), (Fault.RATE_LIMIT, 2, True),
    (Fault.DROP_AFTER_ACCEPT, 2, True), (Fault.TIMEOUT, 1, False), (Fault.GARBAGE, 1, False),
])
def test_read_faults(sim: Simulator, sep: Any, key: str, make: ClientFactory, fault: Fault, attempts: int,
                     ok: bool) -> None:
    sep.set_credit(key, 77)
    sim.inject("sepsms", fault, path="/message/credit/balance")
    if ok:
        assert make().balance().amount == 77
    else:
        with pytest.raises(VendorError) as info:
            make().balance()
        assert info.value.kind is ErrorKind.TRANSIENT
    assert len(sim.requests_to("sepsms", "/message/credit/balance")) == attempts


def test_status_query_fault_is_retried(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    client = make()
    result = client.send(SendRequest([A], "hi"))
    sim.inject("sepsms", Fault.HTTP_500, path="/recipients")
    assert [r.state for r in client.query_status(_refs(result))] == [State.SUBMITTED]
    assert len(sim.requests_to("sepsms", "/recipients")) == 2


# -- rate limits -----------------------------------------------------------------------------------


def test_429_budget_honoured_without_loss_or_duplicates(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    sep.set_send_budget(1, window=0.5)
    client = make()
    phones = [A, B, C]
    results = [client.send(SendRequest([p], f"hello {i}")) for i, p in enumerate(phones)]
    assert [r.recipients[0].state for r in results] == [State.SUBMITTED] * 3
    log = sim.requests_to("sepsms", "/message/send")
    assert 429 in [r.status for r in log]
    assert [r.status for r in log].count(200) == 3
    assert sep.recipient_counts() == {format_phone(p): 1 for p in phones}


def test_429_pauses_every_thread_of_the_client(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    """A 429's Retry-After also blocks the client's bucket, so other threads wait too."""
    sim.retry_after = 0.8
    sim.inject("sepsms", Fault.RATE_LIMIT, path="/message/credit/balance")
    client = make()
    worker = threading.Thread(target=client.balance)
    worker.start()
    deadline = time.monotonic() + 5
    while client.paused_for() == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert client.paused_for() > 0.5
    client.balance()  # no fault for this one, but it must wait for the vendor's pause
    worker.join(5)
    log = sim.requests_to("sepsms", "/message/credit/balance")
    assert [r.fault for r in log] == ["429", None, None]
    assert min(r.at for r in log[1:]) - log[0].at >= 0.7


def test_send_rate_respected_up_front(sim: Simulator, make: ClientFactory) -> None:
    client = make()
    assert client.send_limiter.rate == SEND_PER_MINUTE / 60
    assert client.otp_limiter.rate == 5 / 60
    assert make(rate_per_s=0.5).send_limiter.rate == 0.5
    assert make(rate_per_s=50).send_limiter.rate == SEND_PER_MINUTE / 60  # never above the vendor's limit
    started = time.monotonic()
    for phone in (A, B, C, A):
        client.send(SendRequest([phone], "x"))
    # Burst of 2, then one every 0.5 s (120/min).
    assert time.monotonic() - started >= 0.9
    stamps = [r.at for r in sim.requests_to("sepsms", "/message/send")]
    assert stamps[3] - stamps[1] >= 0.9


def test_sim_otp_limit_per_ip(sim: Simulator, sep: Any, key: str) -> None:
    sep.set_otp_budget(1, window=30)
    body = {"destination": "0812345678", "origin": "SEPSMS"}
    statuses = []
    for _ in range(2):
        with requests.post(sim.base_url("sepsms") + "/otp/send", headers={"X-API-Key": key}, json=body,
                           timeout=5) as response:
            statuses.append((response.status_code, response.headers.get("RateLimit-Remaining")))
    assert statuses == [(200, None), (429, "0")]


# -- OTP -------------------------------------------------------------------------------------------


def test_otp_send_and_verify(sim: Simulator, sep: Any, key: str, make: ClientFactory) -> None:
    client = make()
    sent = client.send_otp(A, template="รหัส {code} (Ref: {ref})", ttl_seconds=120, code_length=4)
    body = _bodies(sim, "/otp/send")[-1]
    assert body == {"destination": "66812345678", "origin": "SEPSMS", "template": "รหัส {code} (Ref: {ref})",
                    "ttlSeconds": 120, "codeLength": 4}
    assert sent.destination == A and sent.ttl_seconds == 120 and sent.expires_at is not None
    code = sep.otp_code(sent.reference)
    assert len(code) == 4 and sep.credit(key) == 999
    wrong = client.verify_otp(sent.reference, "99999")
    assert not wrong.verified and wrong.message
    assert client.verify_otp(sent.reference, f" {code} ").verified
    used = client.verify_otp(sent.reference, code)
    assert not used.verified and used.code == "otp.already_verified"
    unknown = client.verify_otp("NOPE00", "1234")
    assert not unknown.verified and unknown.code == "otp.not_found"


def test_otp_expiry_and_attempts(sim: Simulator, sep: Any, make: ClientFactory) -> None:
    client = make()
    sent = client.send_otp(B)
    for _ in range(5):
        assert not client.verify_otp(sent.reference, "x").verified
    assert client.verify_otp(sent.reference, sep.otp_code(sent.reference)).code == "otp.too_many_attempts"
    sep.expire_otp(sent.reference)
    expired = client.verify_otp(sent.reference, sep.otp_code(sent.reference))
    assert not expired.verified and expired.code == "otp.expired" and "new code" in expired.message


@pytest.mark.parametrize("kwargs", [{"template": "no placeholder"}, {"ttl_seconds": 59}, {"ttl_seconds": 601},
                                    {"code_length": 3}, {"code_length": 9}])
def test_otp_checked_before_sending(sim: Simulator, make: ClientFactory, kwargs: dict[str, Any]) -> None:
    with pytest.raises(VendorError) as info:
        make().send_otp(A, **kwargs)
    assert info.value.kind is ErrorKind.BAD_CONTENT and not info.value.sent
    assert "{" not in info.value.message.replace("{code}", "").replace("{ref}", "")
    assert sim.requests_to("sepsms") == []


def test_otp_send_lost_answer_is_unknown(sim: Simulator, make: ClientFactory) -> None:
    sim.inject("sepsms", Fault.DROP_AFTER_ACCEPT, path="/otp/send")
    with pytest.raises(OutcomeUnknown):
        make().send_otp(A)
    assert len(sim.requests_to("sepsms", "/otp/send")) == 1


# -- secrets ---------------------------------------------------------------------------------------


def test_api_key_only_in_header(sim: Simulator, sep: Any, key: str, make: ClientFactory) -> None:
    client = make()
    result = client.send(SendRequest([A], "hi", schedule_at=datetime.now(UTC) + timedelta(hours=1)))
    client.query_status(_refs(result))
    client.message_summary(str(result.batch_id))
    client.cancel(_refs(result))
    client.balance()
    client.verify_otp(client.send_otp(B).reference, "0000")
    with pytest.raises(VendorError) as info:
        make("sk_sep_wrongwrongwrong").balance()
    assert "sk_sep_wrongwrongwrong" not in str(info.value)
    assert len(sim.log) >= 8
    for entry in sim.log:
        assert key not in entry.url and "sk_sep_" not in entry.url
        assert key not in entry.body.decode("utf-8", "replace")
    assert all(e.headers.get("x-api-key", "").startswith("sk_sep_") for e in sim.log)
