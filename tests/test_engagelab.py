"""EngageLab client against the EngageLab simulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import base64
import json
import math
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
    Unsupported,
    VendorError,
)
from smsdesk.vendors.engagelab import (
    ERRORS,
    EngageLabClient,
    Template,
    format_phone,
    render_preview,
    template_params,
    templates,
)
from smsdesk.vendors.http import HttpPolicy

KEY, SECRET = "devkey-123", "devsecret-abcdef"
TW, SG, PK = "+886912345678", "+6591234567", "+923700056581"
OTP_TEXT = "Verification code: {{code}}. This code will expire in 5 minutes."
TEMPLATES = [
    {"id": "1233", "name": "Verification", "params": ["code"], "preview": OTP_TEXT},
    {"id": "marketing-template", "name": "Promo", "preview": "Hi from {{name}}! Enjoy {{promotion}} off."},
]

ClientFactory = Callable[..., EngageLabClient]


@pytest.fixture
def eng(sim: Simulator) -> Any:
    vendor = sim.vendors["engagelab"]
    vendor.add_account(KEY, SECRET, templates={"1233": OTP_TEXT,
                                               "marketing-template": "Hi from {{name}}! Enjoy {{promotion}} off.",
                                               "unlisted": "Plain {{x}}"})
    return vendor


@pytest.fixture
def make(sim: Simulator, eng: Any) -> Iterator[ClientFactory]:
    clients: list[EngageLabClient] = []

    def factory(key: str = KEY, secret: str = SECRET, **settings: Any) -> EngageLabClient:
        account = AccountConfig("Eng", "engagelab", {"dev_key": key, "templates": TEMPLATES, **settings},
                                {"dev_secret": secret}, base_url=sim.base_url("engagelab"))
        client = EngageLabClient(account, http=HttpPolicy(read_timeout=0.5, connect_timeout=0.5, backoff=0.01,
                                                          secrets=[secret]))
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()


def otp(phones: list[str], **kw: Any) -> SendRequest:
    return SendRequest(phones, template_id="1233", params={"code": "039487"}, **kw)


def _bodies(sim: Simulator) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in sim.requests_to("engagelab", "/v1/messages")]


# -- module surface ---------------------------------------------------------------------------------


def test_spec_and_capabilities(make: ClientFactory) -> None:
    spec = get_spec("engagelab")
    assert spec.client is EngageLabClient and spec.cost_rule == "engagelab"
    assert [f.key for f in spec.secret_fields] == ["dev_secret"]
    assert {f.key for f in spec.fields} == {"dev_key", "dev_secret", "templates"}
    caps = spec.capabilities
    assert caps.template_only and caps.batch_max == 100 and not caps.per_recipient_variables
    assert not caps.balance and not caps.status_query and not caps.cancel_scheduled
    assert caps.schedule_max_ahead == timedelta(days=30) and caps.schedule_min_ahead >= timedelta(minutes=3)
    assert set(ERRORS) == {"1000", "2001", "2002", "2004", "3001", "3002", "3003", "3004", "4001", "5001"}
    client = make()
    for call in (client.balance, lambda: client.query_status([MessageRef(TW, "1")]),
                 lambda: client.cancel([MessageRef(TW, "1")]), client.fetch_replies):
        with pytest.raises(Unsupported) as info:
            call()
        assert "EngageLab does not offer" in str(info.value)


def test_format_phone() -> None:
    assert format_phone(TW) == "886912345678"
    assert format_phone(SG) == "6591234567"
    assert format_phone("+1 415 555 2671") == "14155552671"
    for bad in ("0912345678", "886912345678", "+0912345678", "+12345", "+1234567890123456"):
        with pytest.raises(VendorError) as info:
            format_phone(bad)
        assert info.value.kind is ErrorKind.BAD_NUMBER and "+886912345678" in info.value.message


def test_templates_and_preview() -> None:
    account = AccountConfig("Eng", "engagelab", {"templates": [*TEMPLATES, {"name": "no id"}, "junk"]})
    found = templates(account)
    assert [t.id for t in found] == ["1233", "marketing-template"]
    assert found[0] == Template("1233", "Verification", ("code",), OTP_TEXT)
    assert found[1].params == ("name", "promotion")  # taken from the preview when not listed
    assert render_preview(found[1], {"name": "EngageLab", "promotion": "30%"}) == "Hi from EngageLab! Enjoy 30% off."
    assert render_preview(found[1], {"name": "Bob"}) == "Hi from Bob! Enjoy {{promotion}} off."
    assert template_params("{{ a }} {{b}} {{a}}") == ("a", "b")
    assert templates(AccountConfig("Eng", "engagelab")) == []


# -- sending ------------------------------------------------------------------------------------------


def test_single_send_keeps_message_id(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    result = make().send(otp([TW], client_ref="job-7:b1"))
    [r] = result.recipients
    assert r.state is State.SUBMITTED and r.vendor_msg_id and r.vendor_msg_id == result.extra["message_id"]
    assert result.batch_id == result.extra["plan_id"] == eng.plans[-1].plan_id
    assert result.extra["total_count"] == result.extra["accepted_count"] == 1
    [body] = _bodies(sim)
    assert body == {"to": ["886912345678"], "template": {"id": "1233", "params": {"code": "039487"}},
                    "plan_name": "SMS Desk job-7:b1", "custom_args": {"client_ref": "job-7:b1"}}
    [entry] = sim.requests_to("engagelab")
    expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    assert entry.headers["authorization"] == expected
    assert entry.headers["content-type"] == "application/json"
    assert eng.plans[-1].text == "Verification code: 039487. This code will expire in 5 minutes."


def test_batch_send(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    request = SendRequest([TW, SG, PK], template_id="marketing-template",
                          params={"name": "EngageLab", "promotion": "30%"})
    result = make().send(request)
    assert [r.state for r in result.recipients] == [State.SUBMITTED] * 3
    assert all(r.vendor_msg_id is None for r in result.recipients)  # no per-number id for batches
    assert "message_id" not in result.extra and result.extra["accepted_count"] == 3
    assert eng.accepted_numbers() == ["886912345678", "6591234567", "923700056581"]
    assert "custom_args" not in _bodies(sim)[0] and "plan_name" not in _bodies(sim)[0]
    with pytest.raises(ValueError):
        make().send(otp([TW] * 101))
    with pytest.raises(ValueError):
        make().send(SendRequest([TW], template_id="1233", params={"code": "1"}, variables={TW: {"code": "2"}}))


def test_template_checks_before_sending(sim: Simulator, make: ClientFactory) -> None:
    with pytest.raises(VendorError) as info:
        make().send(SendRequest([TW], text="free text is not possible"))
    assert info.value.kind is ErrorKind.BAD_CONTENT and "template" in info.value.message
    with pytest.raises(VendorError) as info:
        make().send(SendRequest([TW, SG], template_id="marketing-template", params={"name": "Bob"}))
    assert info.value.kind is ErrorKind.BAD_CONTENT and "promotion" in info.value.message
    assert "Promo" in info.value.message
    with pytest.raises(VendorError) as info:
        make(secret="").send(otp([TW]))
    assert info.value.kind is ErrorKind.AUTH
    assert sim.requests_to("engagelab") == []


def test_unwritable_number_fails_alone(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    result = make().send(otp(["0912345678", TW]))
    assert [(r.phone, r.state) for r in result.recipients] == [("0912345678", State.FAILED), (TW, State.SUBMITTED)]
    assert result.recipients[0].error is not None and result.recipients[0].error.kind is ErrorKind.BAD_NUMBER
    assert _bodies(sim)[0]["to"] == ["886912345678"]
    # The single number actually sent gets its message_id.
    assert result.recipients[1].vendor_msg_id == result.extra["message_id"]
    only_bad = make().send(otp(["12345"]))
    assert only_bad.recipients[0].state is State.FAILED and len(sim.requests_to("engagelab")) == 1
    with pytest.raises(ValueError):
        make().send(otp([TW, TW]))


def test_template_not_in_local_list_is_sent_as_is(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    result = make().send(SendRequest([TW], template_id="unlisted", params={}))
    assert result.recipients[0].state is State.SUBMITTED
    assert eng.plans[-1].text == "Plain {{x}}"  # documented: unfilled variables go out literally


# -- scheduling -----------------------------------------------------------------------------------------


def test_scheduled_send(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    when = datetime.now(UTC) + timedelta(minutes=10)
    result = make().send(otp([TW, SG], schedule_at=when))
    assert [r.state for r in result.recipients] == [State.SCHEDULED] * 2
    assert result.extra["task_id"] == str(eng.plans[-1].task_id)
    assert _bodies(sim)[0]["schedule_time"] == math.ceil(when.timestamp())
    later = make().send(otp([PK], schedule_at=datetime.now(UTC) + timedelta(days=29, hours=23)))
    assert later.recipients[0].state is State.SCHEDULED


@pytest.mark.parametrize(("ahead", "words"), [
    (timedelta(minutes=-1), "at least 3 minutes"), (timedelta(minutes=2), "at least 3 minutes"),
    (timedelta(minutes=3), "at least 3 minutes"), (timedelta(days=30, minutes=1), "30 days"),
])
def test_schedule_window_checked_before_sending(sim: Simulator, make: ClientFactory, ahead: timedelta,
                                                words: str) -> None:
    with pytest.raises(VendorError) as info:
        make().send(otp([TW], schedule_at=datetime.now(UTC) + ahead))
    assert info.value.kind is ErrorKind.SCHEDULING and words in info.value.message and not info.value.sent
    assert sim.requests_to("engagelab") == []


def test_naive_schedule_is_a_programming_error(make: ClientFactory) -> None:
    with pytest.raises(ValueError):
        make().send(otp([TW], schedule_at=datetime.now() + timedelta(hours=1)))


def test_sim_schedule_window_answers_3003(sim: Simulator, eng: Any) -> None:
    """The simulator's own window check, without the client's guard."""
    for ahead, words in ((60, "at least 3 minutes"), (31 * 86400, "30 days")):
        with requests.post(sim.base_url("engagelab") + "/v1/messages", auth=(KEY, SECRET), timeout=5, json={
            "to": ["886912345678"], "template": {"id": "1233", "params": {"code": "1"}},
            "schedule_time": int(time.time()) + ahead,
        }) as response:
            assert response.status_code == 400
            data = response.json()
            assert data["code"] == 3003 and words in data["message"] and data["accepted_count"] == 0


def test_3003_on_a_scheduled_send_is_a_scheduling_error(eng: Any, make: ClientFactory) -> None:
    eng.force_error(3003, message="schedule_time must be at least 3 minutes later than the current time")
    with pytest.raises(VendorError) as info:
        make().send(otp([TW], schedule_at=datetime.now(UTC) + timedelta(minutes=5)))
    assert info.value.kind is ErrorKind.SCHEDULING and "3 minutes" in info.value.message
    eng.force_error(3003, message="signature not approved")
    with pytest.raises(VendorError) as info:
        make().send(otp([TW]))
    assert info.value.kind is ErrorKind.BAD_CONTENT and "signature not approved" in info.value.message


# -- errors from real causes --------------------------------------------------------------------------


def test_auth_errors(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    def refusal(client: EngageLabClient) -> VendorError:
        with pytest.raises(VendorError) as info:
            client.send(otp([TW]))
        return info.value

    wrong = refusal(make(secret="not-the-secret"))
    assert (wrong.code, wrong.kind, wrong.http_status) == ("2001", ErrorKind.AUTH, 401)
    assert "Dev Key" in wrong.message and "not-the-secret" not in str(wrong)
    assert refusal(make(key="nobody")).code == "2001"
    eng.disable(KEY)
    assert (refusal(make()).code, refusal(make()).kind) == ("2002", ErrorKind.AUTH)
    eng.disable(KEY, False)
    eng.set_permission(KEY, False)
    denied = refusal(make())
    assert (denied.code, denied.kind, denied.http_status) == ("2004", ErrorKind.AUTH, 403)
    assert eng.accepted_numbers() == []


def test_unknown_template_4001(eng: Any, make: ClientFactory) -> None:
    with pytest.raises(VendorError) as info:
        make().send(SendRequest([TW], template_id="no-such-template", params={}))
    assert info.value.code == "4001" and info.value.kind is ErrorKind.BAD_CONTENT
    assert "no-such-template" in info.value.message


def test_frequency_rule_3004_fails_only_that_number(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    eng.add_template(KEY, "1233", OTP_TEXT, otp_ttl=300)
    make().send(otp([TW]))
    before = len(sim.requests_to("engagelab", "/v1/messages"))
    result = make().send(otp([SG, TW]))
    sg, tw = result.recipients
    assert (sg.phone, sg.state) == (SG, State.SUBMITTED)
    assert (tw.phone, tw.state) == (TW, State.FAILED)
    assert tw.error is not None and tw.error.code == "3004" and tw.error.kind is ErrorKind.RATE_LIMITED
    assert "wait until that code expires" in tw.error.message
    assert eng.accepted_numbers() == ["886912345678", "6591234567"]  # each number sent once
    assert len(sim.requests_to("engagelab", "/v1/messages")) - before == 3  # the pair, then each half
    alone = make().send(otp([TW])).recipients[0]  # one number: its own failure, never a whole-request error
    assert alone.state is State.FAILED and alone.error is not None and alone.error.code == "3004"


def test_no_valid_number_is_200_with_5001(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    eng.force_partial(0)
    with pytest.raises(VendorError) as info:
        make().send(otp([TW, SG]))
    assert info.value.code == "5001" and info.value.http_status == 200
    assert [r.status for r in sim.requests_to("engagelab")] == [200]


def test_sim_param_and_body_errors(sim: Simulator, eng: Any) -> None:
    url = sim.base_url("engagelab") + "/v1/messages"

    def code(**kwargs: Any) -> int:
        with requests.post(url, auth=(KEY, SECRET), timeout=5, **kwargs) as response:
            assert response.status_code == 400
            return response.json()["code"]

    assert code(data=b"{nope", headers={"Content-Type": "application/json"}) == 3001
    assert code(json={"to": [], "template": {"id": "1233", "params": {}}}) == 3002
    assert code(json={"to": ["886912345678"], "template": {"id": "1233"}}) == 3002
    assert code(json={"to": ["886912345678"], "template": {"id": "1233", "params": {"code": 5}}}) == 3002
    assert code(json={"to": ["886912345678"], "template": {"id": "1233", "params": {}},
                      "schedule_time": "soon"}) == 3002
    with requests.post(url, json={}, timeout=5) as response:
        assert response.status_code == 401 and response.json()["code"] == 2001


@pytest.mark.parametrize("code", sorted(set(ERRORS) - {"1000"}))
def test_every_code_maps_on_error_status(sim: Simulator, eng: Any, make: ClientFactory, code: str) -> None:
    eng.force_error(code, message=f"vendor text {code}")
    error = _error_of(make(), otp([TW]))
    assert error.code == code and error.kind is ERRORS[code].kind
    assert error.text == f"vendor text {code}" and error.http_status and error.http_status >= 400
    assert len(sim.requests_to("engagelab")) == 1 and eng.accepted_numbers() == []


def _error_of(client: EngageLabClient, request: SendRequest) -> VendorError:
    """A one-number send's error: the request's, or (3004, per number) the number's own failure."""
    try:
        [r] = client.send(request).recipients
    except VendorError as exc:
        assert exc.code != "3004"
        return exc
    assert r.state is State.FAILED and r.error is not None and r.error.code == "3004"
    return r.error


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_every_code_maps_in_http_200(sim: Simulator, eng: Any, make: ClientFactory, code: str) -> None:
    eng.force_error(code, status=200, message=f"vendor text {code}")
    if code == "3004":  # per number: the pair is sent again in halves, and each goes
        assert [r.state for r in make().send(otp([TW, SG])).recipients] == [State.SUBMITTED] * 2
        assert len(sim.requests_to("engagelab")) == 3 and sorted(eng.accepted_numbers()) == ["6591234567",
                                                                                          "886912345678"]
        return
    with pytest.raises(VendorError) as info:
        make().send(otp([TW, SG]))
    assert info.value.code == code and info.value.kind is ERRORS[code].kind and info.value.http_status == 200
    assert len(sim.requests_to("engagelab")) == 1


def test_internal_error_1000_on_send_is_unknown(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    eng.force_error(1000)
    with pytest.raises(OutcomeUnknown):
        make().send(otp([TW]))
    assert len(sim.requests_to("engagelab")) == 1


# -- partial acceptance ------------------------------------------------------------------------------


def test_code_with_accepted_numbers_is_unknown(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    """The document's own example: HTTP 200, accepted_count 1 and code 1."""
    eng.force_error(1, status=200, message="err xxxx", accepted=1)
    result = make().send(otp([TW]))
    [r] = result.recipients
    assert r.state is State.UNKNOWN and r.error is not None and "err xxxx" in r.error.message
    assert r.vendor_msg_id and result.batch_id and result.extra["code"] == "1"
    assert eng.accepted_numbers() == ["886912345678"]


def test_partial_batch_is_unknown_not_resent(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    eng.force_partial(2)
    result = make().send(otp([TW, SG, PK]))
    assert [r.state for r in result.recipients] == [State.UNKNOWN] * 3
    assert result.recipients[0].error is not None and "2 of 3" in result.recipients[0].error.message
    assert result.extra["accepted_count"] == 2 and result.extra["total_count"] == 3


def test_single_number_not_accepted_is_failed(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    eng.force_reply({"plan_id": "42", "total_count": 1, "accepted_count": 0})
    [r] = make().send(otp([TW])).recipients
    assert r.state is State.FAILED and r.error is not None and r.error.kind is ErrorKind.BAD_NUMBER


def test_error_status_with_accepted_numbers_is_unknown(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    eng.force_reply({"plan_id": "43", "total_count": 2, "accepted_count": 1, "code": 5001, "message": "half"},
                    status=400)
    result = make().send(otp([TW, SG]))
    assert [r.state for r in result.recipients] == [State.UNKNOWN] * 2


@pytest.mark.parametrize("body", [{}, {"plan_id": "1"}, {"total_count": 1, "accepted_count": 1}, [1, 2]])
def test_malformed_success_is_unknown(sim: Simulator, eng: Any, make: ClientFactory, body: Any) -> None:
    eng.force_reply(body)
    with pytest.raises(OutcomeUnknown):
        make().send(otp([TW]))


def test_unexpected_http_answers(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    client = EngageLabClient(AccountConfig("Eng", "engagelab", {"dev_key": KEY}, {"dev_secret": SECRET},
                                           base_url=sim.base_url("engagelab") + "/wrong"),
                             http=HttpPolicy(read_timeout=0.5, connect_timeout=0.5, backoff=0.01))
    try:
        with pytest.raises(VendorError) as info:
            client.send(otp([TW]))
    finally:
        client.close()
    assert info.value.kind is ErrorKind.UNKNOWN and info.value.http_status == 404
    assert "server address" in info.value.message


# -- faults ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", [Fault.HTTP_500, Fault.TIMEOUT, Fault.GARBAGE, Fault.HTML,
                                   Fault.DROP_AFTER_ACCEPT])
def test_send_faults_become_unknown_never_retried(sim: Simulator, eng: Any, make: ClientFactory,
                                                  fault: Fault) -> None:
    sim.inject("engagelab", fault)
    with pytest.raises(OutcomeUnknown):
        make().send(otp([TW, SG]))
    assert len(sim.requests_to("engagelab")) == 1


def test_send_429_is_retried_and_sent_once(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    sim.inject("engagelab", Fault.RATE_LIMIT)
    result = make().send(otp([TW, SG]))
    assert [r.state for r in result.recipients] == [State.SUBMITTED] * 2
    assert [r.status for r in sim.requests_to("engagelab")] == [None, 200]
    assert eng.accepted_numbers() == ["886912345678", "6591234567"]


def test_connection_check_costs_nothing(sim: Simulator, make: ClientFactory) -> None:
    assert "template" not in make().test_connection()
    assert "at least one template" in make(templates=[]).test_connection()
    with pytest.raises(VendorError):
        make(secret="").test_connection()
    assert sim.requests_to("engagelab") == []


def test_secret_never_in_urls(sim: Simulator, eng: Any, make: ClientFactory) -> None:
    make().send(otp([TW], client_ref="r1"))
    make().send(otp([SG], schedule_at=datetime.now(UTC) + timedelta(hours=1)))
    with pytest.raises(VendorError):
        make(secret="another-secret-value").send(otp([TW]))
    assert len(sim.log) == 3
    for entry in sim.log:
        assert SECRET not in entry.url and "another-secret-value" not in entry.url and KEY not in entry.url
        assert SECRET not in entry.body.decode()
        assert entry.headers["authorization"].startswith("Basic ")
