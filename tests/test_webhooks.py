"""SepSMS webhooks: the simulator's signed requests against the client's verifier and parser."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from smsdesk.core.states import State
from smsdesk.sim.sepsms import build_webhook, emit_webhook
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import AccountConfig, SendRequest
from smsdesk.vendors.http import HttpPolicy
from smsdesk.vendors.sepsms import (
    WEBHOOK_EVENTS,
    SepSmsClient,
    WebhookVerificationError,
    body_events,
    parse_webhook,
    sign_webhook,
    verify_webhook,
    webhook_secrets,
)

SECRET = "whsec_current_0123456789"
OLD = "whsec_previous_9876543210"
T = 1737020405
DR = {"smsUuid": "9f8b2c1e-0000", "msisdn": "66812345678", "txId": "8f3a1c9d", "status": "success"}


def _reason(headers: dict[str, str], body: bytes, secrets: list[str] | str = SECRET, now: float = T + 1) -> str:
    with pytest.raises(WebhookVerificationError) as info:
        verify_webhook(headers, body, secrets, now=now)
    assert str(info.value)  # a sentence for the log / user
    return info.value.reason


def test_valid_webhook_and_documented_headers() -> None:
    req = build_webhook("dr.success", DR, SECRET, timestamp=T)
    assert req.method == "POST"
    assert req.headers["X-Webhook-Event"] == "dr.success"
    assert req.headers["X-Webhook-Timestamp"] == str(T)
    assert req.headers["X-Webhook-Signature"] == f"t={T},v1={sign_webhook(req.body, SECRET, T)}"
    assert verify_webhook(req.headers, req.body, SECRET, now=T + 299) is True
    assert verify_webhook(req.headers, req.body, [OLD, SECRET], now=T - 299) is True
    lowered = {k.lower(): v for k, v in req.headers.items()}
    assert verify_webhook(lowered, req.body, SECRET, now=T) is True


def test_tampered_body_wrong_secret_rejected() -> None:
    req = build_webhook("dr.success", DR, SECRET, timestamp=T)
    tampered = req.body.replace(b"success", b"failed!")
    assert tampered != req.body
    assert _reason(req.headers, tampered) == "mismatch"
    assert _reason(req.headers, req.body, secrets="whsec_someone_else") == "mismatch"
    assert _reason(req.headers, req.body + b" ") == "mismatch"


@pytest.mark.parametrize("now", [T + 301, T - 301, T + 86400])
def test_stale_or_future_timestamp_rejected(now: int) -> None:
    req = build_webhook("dr.success", DR, SECRET, timestamp=T)
    assert _reason(req.headers, req.body, now=now) == "stale"


def test_missing_and_garbled_headers() -> None:
    req = build_webhook("dr.success", DR, SECRET, timestamp=T)
    good_sig = sign_webhook(req.body, SECRET, T)
    no_sig = {k: v for k, v in req.headers.items() if k != "X-Webhook-Signature"}
    assert _reason(no_sig, req.body) == "missing"
    assert _reason({**no_sig, "X-Webhook-Signature": "  "}, req.body) == "missing"
    for garbled in ("garbage", f"v1={good_sig}", f"t={T}", f"t=abc,v1={good_sig}", f"t={T},v1=xyz",
                    f"t={T},t={T},v1={good_sig}", f"t={T},v1={good_sig[:-2]}"):
        assert _reason({**no_sig, "X-Webhook-Signature": garbled}, req.body) == "malformed", garbled
    # The timestamp header must agree with t= when present.
    assert _reason({**req.headers, "X-Webhook-Timestamp": str(T + 5)}, req.body) == "timestamp-mismatch"
    # Without X-Webhook-Timestamp the t= value alone is enough.
    no_ts = {k: v for k, v in req.headers.items() if k != "X-Webhook-Timestamp"}
    assert verify_webhook(no_ts, req.body, SECRET, now=T) is True
    assert _reason(req.headers, req.body, secrets=[]) == "no-secret"
    assert _reason(req.headers, req.body, secrets=["  "]) == "no-secret"


def test_several_v1_values_for_key_rotation() -> None:
    req = build_webhook("dr.failed", DR, [OLD, SECRET], timestamp=T)
    assert req.headers["X-Webhook-Signature"].count("v1=") == 2
    assert verify_webhook(req.headers, req.body, SECRET, now=T)
    assert verify_webhook(req.headers, req.body, OLD, now=T)
    assert verify_webhook(req.headers, req.body, ["whsec_other", SECRET], now=T)
    assert verify_webhook(req.headers, req.body, f" whsec_other  {OLD} ", now=T)  # the setting's form
    assert _reason(req.headers, req.body, secrets=["whsec_other"]) == "mismatch"
    # Unknown schemes next to v1 are ignored.
    extra = {**req.headers, "X-Webhook-Signature": req.headers["X-Webhook-Signature"] + ",v0=deadbeef"}
    assert verify_webhook(extra, req.body, SECRET, now=T)


def test_secrets_from_account_setting() -> None:
    account = AccountConfig("x", "sepsms", secrets={"webhook_secret": f" {OLD}  {SECRET} "})
    assert webhook_secrets(account) == [OLD, SECRET]
    assert webhook_secrets(AccountConfig("x", "sepsms")) == []


# -- parsing every documented event -------------------------------------------------------------


def _parse(event: str, payload: dict[str, Any]) -> Any:
    req = build_webhook(event, payload, SECRET, timestamp=T)
    verify_webhook(req.headers, req.body, SECRET, now=T)
    return parse_webhook(req.headers, req.body)


def test_parse_delivery_reports() -> None:
    ok = _parse("dr.success", DR)
    assert ok.known and ok.batch_id == DR["smsUuid"] and ok.at is not None and ok.at.timestamp() == T
    [report] = ok.reports
    assert (report.phone, report.state, report.vendor_msg_id) == ("+66812345678", State.DELIVERED, DR["smsUuid"])
    assert report.dedupe_key and _parse("dr.success", DR).reports[0].dedupe_key == report.dedupe_key
    failed = _parse("dr.failed", {**DR, "status": "failed", "reason": "absent subscriber"})
    assert failed.reports[0].state is State.FAILED and failed.reports[0].error_text == "absent subscriber"
    assert failed.reports[0].dedupe_key != report.dedupe_key
    local = _parse("dr.success", {**DR, "msisdn": "0812345678"})
    assert local.reports[0].phone == "+66812345678"


def test_parse_send_events() -> None:
    sent = _parse("sms.sent", {"smsUuid": "u1", "msisdn": "66898765432", "status": "sent"})
    assert sent.reports[0].state is State.SUBMITTED and sent.reports[0].phone == "+66898765432"
    failed_batch = _parse("sms.failed", {"smsUuid": "u1", "status": "failed", "reason": "origin suspended"})
    assert failed_batch.reports == () and failed_batch.batch_state is State.FAILED
    assert failed_batch.batch_id == "u1"
    failed_one = _parse("sms.failed", {"smsUuid": "u1", "msisdn": "66898765432", "status": "failed"})
    assert failed_one.reports[0].state is State.FAILED
    with pytest.raises(ValueError, match="does not say"):  # only the unsigned header would say "failed"
        _parse("sms.failed", {"smsUuid": "u1", "msisdn": "66898765432"})
    completed = _parse("sms.completed", {"smsUuid": "u1", "status": "completed", "totalMsisdn": 2,
                                         "drSummary": [{"drStatus": "success", "count": 2}]})
    assert completed.known and completed.batch_id == "u1" and completed.reports == ()
    assert completed.batch_state is None


def test_parse_account_events() -> None:
    otp = _parse("otp.verified", {"uuid": "o1", "reference": "A3K9X2", "destination": "66812345678"})
    assert otp.otp_reference == "A3K9X2"
    low = _parse("credit.low", {"balance": 120, "threshold": 500})
    assert low.balance == 120 and "120" in low.message
    order = _parse("order.completed", {"orderId": "ord-1", "credit": 10000, "balance": 10120})
    assert order.balance == 10120 and order.message and order.data["orderId"] == "ord-1"
    future = _parse("sms.something_new", {"x": 1})
    assert not future.known and future.data == {"x": 1}
    assert set(WEBHOOK_EVENTS) == {"sms.sent", "sms.failed", "sms.completed", "dr.success", "dr.failed",
                                          "otp.verified", "credit.low", "order.completed"}


def test_event_comes_from_the_signed_body() -> None:
    req = build_webhook("dr.success", DR, SECRET, timestamp=T)
    no_header = {k: v for k, v in req.headers.items() if k != "X-Webhook-Event"}
    assert parse_webhook(no_header, req.body).event == "dr.success"  # the body alone says it
    # The header is not signed: renaming a captured push is refused, whatever the new name.
    for other in ("dr.failed", "sms.failed", "sms.sent", "credit.low", "sms.completed", "sms.something_new"):
        relabelled = {**req.headers, "X-Webhook-Event": other}
        assert verify_webhook(relabelled, req.body, SECRET, now=T)  # the signature still matches...
        with pytest.raises(ValueError, match="signed body"):  # ...but the body disagrees
            parse_webhook(relabelled, req.body)
    failed = build_webhook("dr.failed", {**DR, "status": "failed"}, SECRET, timestamp=T)
    assert parse_webhook({**failed.headers, "X-Webhook-Event": "sms.failed"}, failed.body).reports[0].state \
        is State.FAILED  # both names mean the same failure
    with pytest.raises(ValueError, match="signed body"):
        parse_webhook({**failed.headers, "X-Webhook-Event": "dr.success"}, failed.body)
    low = build_webhook("credit.low", {"balance": 5, "threshold": 100}, SECRET, timestamp=T)
    with pytest.raises(ValueError, match="signed body"):
        parse_webhook({**low.headers, "X-Webhook-Event": "order.completed"}, low.body)
    assert body_events({"x": 1}) == frozenset() and body_events({"event": "dr.success"}) == {"dr.success"}
    with pytest.raises(ValueError, match="neither"):
        parse_webhook({}, b'{"x": 1}')


def test_parse_rejects_unreadable() -> None:
    req = build_webhook("dr.success", DR, SECRET, timestamp=T)
    with pytest.raises(ValueError):
        parse_webhook(req.headers, b"\xff{not json")
    with pytest.raises(ValueError):
        parse_webhook(req.headers, b"[1, 2]")


# -- over HTTP ------------------------------------------------------------------------------------


class _Receiver:
    def __init__(self) -> None:
        self.got: list[tuple[dict[str, str], bytes]] = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.arrived:
                    receiver.got.append((dict(self.headers.items()), body))
                    receiver.arrived.notify_all()
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/sepsms"

    def wait_for(self, count: int, timeout: float = 5.0) -> list[tuple[dict[str, str], bytes]]:
        with self.arrived:
            assert self.arrived.wait_for(lambda: len(self.got) >= count, timeout=timeout)
            return list(self.got)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    r = _Receiver()
    yield r
    r.close()


def test_emit_webhook_over_http(receiver: _Receiver) -> None:
    assert emit_webhook(receiver.url, "credit.low", {"balance": 5, "threshold": 100}, SECRET) == 204
    [(headers, body)] = receiver.wait_for(1)
    assert verify_webhook(headers, body, SECRET)
    assert parse_webhook(headers, body).balance == 5


def test_simulator_pushes_signed_delivery_reports(sim: Simulator, receiver: _Receiver) -> None:
    sep = sim.vendors["sepsms"]
    key = sep.add_account()
    sep.set_webhook(key, receiver.url, SECRET, events=["dr.success", "dr.failed", "sms.completed"])
    account = AccountConfig("Sep", "sepsms", {"origin": "SEPSMS"}, {"api_key": key, "webhook_secret": SECRET},
                            base_url=sim.base_url("sepsms"))
    client = SepSmsClient(account, http=HttpPolicy(read_timeout=0.5, connect_timeout=0.5, backoff=0.01))
    try:
        result = client.send(SendRequest(["+66812345678", "+66898765432"], "hi"))
    finally:
        client.close()
    sep.deliver(str(result.batch_id), "+66812345678")
    sep.fail(str(result.batch_id), "+66898765432", reason="absent")
    got = receiver.wait_for(3)
    events = [parse_webhook(h, b) for h, b in got if verify_webhook(h, b, webhook_secrets(account))]
    assert [e.event for e in events] == ["dr.success", "dr.failed", "sms.completed"]
    states = {r.phone: r.state for e in events for r in e.reports}
    assert states == {"+66812345678": State.DELIVERED, "+66898765432": State.FAILED}
    assert {r.vendor_msg_id for e in events for r in e.reports} == {result.batch_id}
    assert json.loads(got[2][1])["drSummary"] == [{"drStatus": "failed", "count": 1},
                                                  {"drStatus": "success", "count": 1}]
    assert [s for _, _, s in sep.webhooks_sent] == [204, 204, 204]
