"""The DemoSMS driver. Its invented protocol (JSON over HTTP, key in ``X-Demo-Key``):

* ``POST /v2/send`` ``{"to": [E.164...], "text", "at": epoch seconds or null}`` ->
  ``{"accepted": [{"to", "id"}...], "credits", "balance"}``; 401 bad key, 402 no credit,
  422 ``{"error": "schedule"}`` for a time outside 10 minutes to 2 days ahead;
* ``POST /v2/status`` ``{"ids": [...]}`` -> ``{"reports": [{"id", "to", "status", "at"}]}``,
  status ``queued``, ``delivered`` or ``failed``;
* ``GET /v2/balance`` -> ``{"balance"}``.

Pricing: one credit per started 100 characters, any alphabet.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from smsdesk.core.segments import Cost, CostRule, TextInfo
from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP
from smsdesk.vendors.base import (
    Balance,
    Capabilities,
    ErrorKind,
    FieldSpec,
    MessageRef,
    RecipientResult,
    SendRequest,
    SendResult,
    StatusReport,
    VendorClient,
    VendorError,
    VendorSpec,
)

VENDOR = "demosms"
PART = 100
_STATES = {"queued": State.SUBMITTED, "delivered": State.DELIVERED, "failed": State.FAILED}


def _price(info: TextInfo, text: str, phone: str | None, long_sms: bool) -> Cost:
    parts = max(1, math.ceil(info.chars / PART))
    return Cost(parts, parts, info.encoding, info.chars, info.chars, PART, True)


class DemoClient(VendorClient):
    vendor = VENDOR
    display_name = QT_TRANSLATE_NOOP("Vendor", "DemoSMS")
    default_base_url = "https://api.demosms.invalid"
    capabilities = Capabilities(
        batch_max=50, native_schedule=True, schedule_min_ahead=timedelta(minutes=10),
        schedule_max_ahead=timedelta(days=2), schedule_step=timedelta(seconds=1),
        schedule_window_strict=True, status_query=True, status_horizon=timedelta(days=3),
        balance=True, balance_unit="credits", throughput_per_s=20.0, report_delay_s=1.0,
    )

    def _call(self, method: str, path: str, *, send: bool, body: Any = None) -> Any:
        response = self.http.request(method, self.url(path), send=send, vendor=VENDOR, json=body,
                                     headers={"X-Demo-Key": self.account.secret("api_key")})
        if response.status_code in (401, 402, 422):
            kind = {401: ErrorKind.AUTH, 402: ErrorKind.BALANCE, 422: ErrorKind.SCHEDULING}[response.status_code]
            raise VendorError(kind, f"DemoSMS refused the request (HTTP {response.status_code}).",
                              vendor=VENDOR, code=str(response.status_code), http_status=response.status_code)
        return self.http.json(response, send=send, vendor=VENDOR)

    def send(self, request: SendRequest) -> SendResult:
        at = request.schedule_at.timestamp() if request.schedule_at is not None else None
        data = self._call("POST", "/v2/send", send=True,
                          body={"to": request.phones, "text": request.text, "at": at})
        ids = {item["to"]: str(item["id"]) for item in data.get("accepted", [])}
        results = [RecipientResult(p, State.SCHEDULED if at and p in ids else
                                   State.SUBMITTED if p in ids else State.FAILED, ids.get(p))
                   for p in request.phones]
        return SendResult(results, points=float(data["credits"]), balance_after=float(data["balance"]))

    def query_status(self, refs: list[MessageRef]) -> list[StatusReport]:
        data = self._call("POST", "/v2/status", send=False,
                          body={"ids": [r.vendor_msg_id for r in refs if r.vendor_msg_id]})
        return [StatusReport(r["to"], _STATES[r["status"]], r["status"], r["id"],
                             datetime.fromtimestamp(r["at"], UTC), dedupe_key=f"{VENDOR}:{r['id']}:{r['status']}")
                for r in data["reports"] if r["status"] != "queued"]

    def balance(self) -> Balance:
        return Balance(float(self._call("GET", "/v2/balance", send=False)["balance"]), "credits")


SPEC = VendorSpec(
    id=VENDOR,
    name=DemoClient.display_name,
    client=DemoClient,
    fields=(FieldSpec("api_key", QT_TRANSLATE_NOOP("AccountFields", "API key"), secret=True, required=True),
            FieldSpec("sender", QT_TRANSLATE_NOOP("AccountFields", "Sender name"))),
    capabilities=DemoClient.capabilities,
    default_base_url=DemoClient.default_base_url,
    cost_rule=VENDOR,
    pricing=CostRule(_price),
)
