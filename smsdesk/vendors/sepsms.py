"""SepSMS REST API v2 (Thai networks): send, schedule, cancel, status, credit, OTP, webhooks.

Reading of ``sepsms-rest-api-v2.txt`` and the assumptions where it is silent:

* Base ``https://sepsms.com/api/v2``; every call carries ``X-API-Key`` (never the URL).
* Numbers are sent as ``66xxxxxxxxx``; only Thai mobile numbers (+66 6/8/9 + 8 digits)
  are taken, since the vendor reaches Thai networks only.
* ``variables`` (per-recipient personalisation) is assumed to be an object keyed by the
  recipient exactly as written in ``recipients``, each value an object of
  placeholder -> text; placeholders in ``message`` are written ``{name}``, e.g.
  ``{"66812345678": {"name": "Somchai"}}`` with ``"message": "Hi {name}"``.
* ``scheduledTime`` is sent as UTC ISO 8601 with milliseconds and ``Z`` (the form the
  vendor itself uses in ``expiresAt``). The document gives no window; we refuse times
  less than a minute ahead so a slow request cannot turn into an immediate send.
* Cancel: the document only says the ``sms:send`` scope covers cancelling; we assume
  ``POST /message/{uuid}/cancel``. It cancels the whole send (all its recipients).
* Per-number status: ``GET /message/{uuid}/recipients`` is named but its shape is not;
  we assume ``{"result": {"recipients": [{"msisdn", "status", "updatedAt"}, ...]}}``
  (one page). When that path answers 404 we fall back to the summary
  ``GET /message/{uuid}`` and use it only when every number shares one status.
* Errors are ``{"success": false, "error": {"code", "message"}}``; only
  ``auth.invalid_credentials`` is documented. :data:`ERRORS` lists the plausible set
  our simulator produces; unknown codes are classified by prefix (``auth.*``,
  ``credit.*``, ``rate_limit*``, ``validation.*``, ``otp.*``, ``message.*``).
* Rate limits (120 sends/min, 5 OTP/min/IP, 2,400 calls/min) are respected up front
  with token buckets; a 429's ``Retry-After`` (and ``RateLimit-Remaining: 0`` with
  ``RateLimit-Reset``) also pauses the bucket for every thread of this client.
* Webhooks: signed with HMAC-SHA256 in ``X-Webhook-Signature: t=<unix>,v1=<hex>``. The
  signing input is not documented; we assume the Stripe convention: the bytes
  ``f"{t}.".encode() + raw_body``, hex digest, several ``v1=`` values allowed during
  secret rotation, and a 300 s tolerance on ``t``. The event name travels in
  ``X-Webhook-Event``, outside what is signed, so the event is read from the body
  (``status`` and the fields each event carries) and a header that disagrees is refused.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from smsdesk.core.redact import redact
from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors import sepsms_push
from smsdesk.vendors.base import (
    AccountConfig,
    Balance,
    Capabilities,
    ErrorKind,
    FieldSpec,
    MessageRef,
    OutcomeUnknown,
    RecipientResult,
    SendRequest,
    SendResult,
    StatusReport,
    VendorClient,
    VendorError,
    VendorSpec,
    error_from_catalogue,
)
from smsdesk.vendors.http import HttpPolicy, RateLimiter, parse_retry_after
from smsdesk.vendors.sepsms_edges import account_wide, blocked_error, blocked_now, blocked_report, left_out
from smsdesk.vendors.sepsms_webhook import (
    WEBHOOK_EVENTS,
    WEBHOOK_TOLERANCE,
    WebhookEvent,
    WebhookVerificationError,
    body_events,
    parse_webhook,
    sign_webhook,
    verify_webhook,
    webhook_secrets,
)
from smsdesk.vendors.sepsms_wire import (
    ERRORS,
    STATUS_MAP,
    VENDOR,
    MessageSummary,
    OtpSent,
    OtpVerification,
    _as_float,
    _as_int,
    _dedupe_key,
    _group_by_batch,
    _iso_utc,
    _path_id,
    _safe_format,
    error_from_body,
    format_phone,
    map_status,
    parse_time,
    refuses,
    to_e164,
)

# The names other modules and tests import from here, wherever they now live.
__all__ = [
    "ERRORS",
    "SPEC",
    "STATUS_MAP",
    "VENDOR",
    "WEBHOOK_EVENTS",
    "WEBHOOK_TOLERANCE",
    "SepSmsClient",
    "WebhookEvent",
    "WebhookVerificationError",
    "body_events",
    "error_from_body",
    "format_phone",
    "map_status",
    "parse_time",
    "parse_webhook",
    "sign_webhook",
    "to_e164",
    "verify_webhook",
    "webhook_secrets",
]

DEFAULT_BASE_URL = "https://sepsms.com/api/v2"

SEND_PER_MINUTE = 120
OTP_PER_MINUTE = 5
ALL_PER_MINUTE = 2400
SCHEDULE_MIN_AHEAD = timedelta(minutes=1)
OTP_TTL_RANGE = (60, 600)
OTP_CODE_LENGTH_RANGE = (4, 8)

CAPABILITIES = Capabilities(
    # Undocumented maximum. 1,000 keeps a body near 15 KB and, with 120 sends/min,
    # 120k numbers/min, while bounding how many numbers one lost answer leaves unknown.
    batch_max=1000,
    per_recipient_variables=True,
    native_schedule=True,
    schedule_min_ahead=SCHEDULE_MIN_AHEAD,
    schedule_format="ISO 8601",
    schedule_step=timedelta(seconds=1),
    cancel_scheduled=True,
    status_query=True,
    push_callbacks=True,
    balance=True,
    balance_unit="credits",
    # Failed and expired deliveries are credited back (GET /message/{uuid} counts them: refundedCount).
    refunds_undelivered=True,
    uncharged_statuses=("blocked",),  # free at send (blockedCount), so never in refundedCount
    international=False,
    # "發送 SMS 120 次 / 分鐘" (Rate limits); the client's own per-minute limiter enforces it too.
    throughput_per_s=SEND_PER_MINUTE / 60,
    default_concurrency=2,
    extras=("otp",),
)


class SepSmsClient(VendorClient):
    vendor = VENDOR
    display_name = QT_TRANSLATE_NOOP("Vendor", "SepSMS")
    default_base_url = DEFAULT_BASE_URL
    capabilities = CAPABILITIES

    def __init__(self, account: AccountConfig, *, http: HttpPolicy | None = None) -> None:
        super().__init__(account, http=http)
        send_rate = float(SEND_PER_MINUTE)
        rate_per_s = account.setting("rate_per_s")
        if rate_per_s:  # the user may only slow down below the documented limit
            send_rate = min(send_rate, float(rate_per_s) * 60)
        self.send_limiter = RateLimiter(send_rate, 60)
        self.otp_limiter = RateLimiter(OTP_PER_MINUTE, 60, burst=OTP_PER_MINUTE)
        self.all_limiter = RateLimiter(ALL_PER_MINUTE, 60)
        self._pause_lock = threading.Lock()
        self._paused_until = 0.0

    # -- plumbing -----------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        key = self.account.secret("api_key")
        if not key:
            raise VendorError(
                ErrorKind.AUTH,
                translate("VendorErrors", "No SepSMS API key is set. Enter the key (sk_sep_...) in the account settings."),
                vendor=VENDOR, sent=False,
            )
        return {"X-API-Key": key, "Accept": "application/json"}

    def _limit_hook(self, limiter: RateLimiter) -> Any:
        def hook(response: requests.Response, *args: Any, **kwargs: Any) -> None:
            delay: float | None = None
            if response.status_code == 429:
                delay = parse_retry_after(response.headers.get("Retry-After"))
                if delay is None:
                    delay = 60.0 / SEND_PER_MINUTE
            elif response.headers.get("RateLimit-Remaining", "").strip() == "0":
                delay = parse_retry_after(response.headers.get("RateLimit-Reset"))
            if delay:
                limiter.block_for(delay)
                with self._pause_lock:
                    self._paused_until = max(self._paused_until, time.monotonic() + delay)
        return hook

    def paused_for(self) -> float:
        """Seconds left of the last pause SepSMS asked for (429 / RateLimit headers)."""
        with self._pause_lock:
            return max(0.0, self._paused_until - time.monotonic())

    def _call(self, method: str, path: str, *, send: bool, limiter: RateLimiter | None = None,
              body: Any = None) -> Any:
        headers = self._headers()
        self.all_limiter.acquire()
        if limiter is not None:
            limiter.acquire()
        kwargs: dict[str, Any] = {"headers": headers,
                                  "hooks": {"response": self._limit_hook(limiter or self.all_limiter)}}
        if body is not None:
            kwargs["json"] = body
        response = self.http.request(method, self.url(path), send=send, vendor=VENDOR, **kwargs)
        if response.status_code >= 400:
            raise self._http_error(response)
        data = self.http.json(response, send=send, vendor=VENDOR)
        err = error_from_body(data, http_status=response.status_code)
        if err is not None:
            raise err
        return data

    def _http_error(self, response: requests.Response) -> VendorError:
        try:
            data = response.json()
        except ValueError:
            data = None
        err = error_from_body(data, http_status=response.status_code)
        if err is not None:
            return err
        status = response.status_code
        if status in (401, 403):
            return error_from_catalogue(ERRORS, VENDOR, "auth.invalid_credentials", f"HTTP {status}",
                                        http_status=status)
        if status == 404:
            return VendorError(
                ErrorKind.UNKNOWN,
                translate("VendorErrors",
                          "The SepSMS server address did not answer as expected (not found). Check the "
                          "server address in the account settings, or leave it empty to use the default."),
                vendor=VENDOR, code=f"HTTP {status}", http_status=status,
            )
        return VendorError(
            ErrorKind.UNKNOWN,
            translate("VendorErrors",
                      "SepSMS refused the request with an unexpected answer. Nothing was sent; "
                      "contact SepSMS support with the code shown."),
            vendor=VENDOR, code=f"HTTP {status}", text=redact(response.text[:120], self.http.secrets), http_status=status,
        )

    @staticmethod
    def _result(data: Any) -> dict[str, Any] | None:
        result = data.get("result") if isinstance(data, dict) else None
        return result if isinstance(result, dict) else None

    def _unknown(self, detail: str) -> OutcomeUnknown:
        return OutcomeUnknown(
            translate("VendorErrors",
                      "SepSMS answered without the expected details, so it is not known whether the "
                      "message was accepted. It will not be resent automatically; check the SepSMS "
                      "dashboard before sending again."),
            vendor=VENDOR, detail=detail,
        )

    # -- sending ------------------------------------------------------------
    def _check_schedule(self, when: datetime, now: datetime | None = None) -> None:
        if when.tzinfo is None:
            raise ValueError("schedule_at must be timezone-aware")
        now = now or datetime.now(UTC)
        if when - now < SCHEDULE_MIN_AHEAD:
            raise VendorError(
                ErrorKind.SCHEDULING,
                translate("VendorErrors",
                          "The scheduled time has passed or is less than 1 minute away. SepSMS would "
                          "send at once; choose a time at least 1 minute from now."),
                vendor=VENDOR, sent=False,
            )

    def build_send_body(self, request: SendRequest, phones: list[str] | None = None) -> dict[str, Any]:
        """The /message/send JSON for ``phones`` (default: all of ``request``), validated first."""
        phones = list(request.phones if phones is None else phones)
        if len(request.phones) > self.capabilities.batch_max:
            raise ValueError(f"at most {self.capabilities.batch_max} phones per SepSMS request")
        if len(set(request.phones)) != len(request.phones):
            raise ValueError("duplicate phones in one SepSMS request")
        if request.template_id:
            raise ValueError("SepSMS sends free text, not vendor templates")
        if not phones:
            raise ValueError("no phones")
        origin = self.account.setting("origin") or ""
        if not origin:
            raise error_from_catalogue(ERRORS, VENDOR, "validation.origin_required")
        if not request.text.strip():
            raise VendorError(ErrorKind.BAD_CONTENT, translate(
                "VendorErrors", "The message is empty. Write the message text, then send again."),
                vendor=VENDOR, sent=False)
        if request.schedule_at is not None:
            self._check_schedule(request.schedule_at)
        by_phone = {p: format_phone(p) for p in phones}
        body: dict[str, Any] = {
            "origin": origin,
            "recipients": list(by_phone.values()),
            "message": request.text,
            "scheduledTime": _iso_utc(request.schedule_at) if request.schedule_at else None,
        }
        if request.variables:
            variables = {
                by_phone[phone]: {str(k): "" if v is None else str(v) for k, v in values.items()}
                for phone, values in request.variables.items() if phone in by_phone
            }
            if variables:
                body["variables"] = variables
        return body

    def send(self, request: SendRequest) -> SendResult:
        # Numbers SepSMS cannot take fail alone; the rest of the batch still goes.
        refused, phones = self.split_refused(request.phones, format_phone)
        if not phones:
            if len(request.phones) > self.capabilities.batch_max:
                raise ValueError(f"at most {self.capabilities.batch_max} phones per SepSMS request")
            return SendResult(recipients=[refused[p] for p in request.phones])
        body = self.build_send_body(request, phones)
        try:
            data = self._call("POST", "/message/send", send=True, limiter=self.send_limiter, body=body)
        except VendorError as err:
            raise account_wide(err) from None
        result = self._result(data)
        uuid = str(result.get("uuid") or "") if result else ""
        if not result or not uuid:
            raise self._unknown(f"no result.uuid in {redact(str(data)[:120], self.http.secrets)!r}")
        blocked = _as_int(result.get("blockedCount")) or 0
        credit = _as_float(result.get("totalCredit"))
        n = len(phones)
        scheduled = request.schedule_at is not None
        state = State.SCHEDULED if scheduled else State.SUBMITTED
        vendor_status = str(result.get("status") or "")
        results: dict[str, RecipientResult] = dict(refused)
        # The answer only counts blocked numbers; with 0 < blocked < n the list tells which.
        gone = set(phones) if blocked >= n else set(blocked_now(self.recipients, uuid, phones, blocked, to_e164))
        # A blocked number costs nothing: the request's credit belongs to the numbers that went.
        went = n - len(gone)
        per = credit / went if (credit is not None and went and (gone or n == 1)) else None
        results.update({p: RecipientResult(p, State.FAILED, uuid, "blocked", 0.0, blocked_error()) if p in gone
                        else RecipientResult(p, state, uuid, vendor_status, per) for p in phones})
        return SendResult(
            recipients=[results[p] for p in request.phones],
            batch_id=uuid,
            points=credit,
            extra={
                "refNo": result.get("refNo"),
                "totalMsisdn": result.get("totalMsisdn"),
                "blockedCount": blocked,
                "status": vendor_status,
            },
        )

    def cancel(self, refs: list[MessageRef]) -> list[RecipientResult]:
        """Cancel scheduled sends; a SepSMS cancel covers every recipient of the send."""
        out: list[RecipientResult] = []
        for uuid, group in _group_by_batch(refs).items():
            try:
                self._call("POST", f"/message/{_path_id(uuid)}/cancel", send=False, body={})
            except VendorError as err:
                if err.code == "message.already_cancelled":
                    out += [RecipientResult(r.phone, State.CANCELLED, uuid, "cancelled") for r in group]
                elif err.code == "message.not_cancellable":
                    out += [RecipientResult(r.phone, State.SUBMITTED, uuid, str(err.code), error=err)
                            for r in group]
                elif err.kind in (ErrorKind.AUTH, ErrorKind.IP_NOT_ALLOWED, ErrorKind.TRANSIENT,
                                  ErrorKind.RATE_LIMITED):
                    raise
                else:
                    out += [RecipientResult(r.phone, State.SCHEDULED, uuid, str(err.code or ""), error=err)
                            for r in group]
                continue
            out += [RecipientResult(r.phone, State.CANCELLED, uuid, "cancelled") for r in group]
        return out

    # -- reading ------------------------------------------------------------
    def message_summary(self, uuid: str) -> MessageSummary:
        data = self._call("GET", f"/message/{_path_id(uuid)}", send=False)
        result = self._result(data) or {}
        summary: dict[str, int] = {}
        for row in result.get("drSummary") or []:
            if isinstance(row, dict) and row.get("drStatus"):
                summary[str(row["drStatus"])] = _as_int(row.get("count")) or 0
        return MessageSummary(
            uuid=str(result.get("uuid") or uuid),
            status=str(result.get("status") or ""),
            origin=str(result.get("origin") or ""),
            total=_as_int(result.get("totalMsisdn")),
            dr_summary=summary,
            refunded=_as_int(result.get("refundedCount")),
        )

    def recipients(self, uuid: str) -> list[dict[str, Any]]:
        data = self._call("GET", f"/message/{_path_id(uuid)}/recipients", send=False)
        result = self._result(data) or {}
        rows = result.get("recipients")
        if not isinstance(rows, list):
            raise VendorError(
                ErrorKind.TRANSIENT,
                translate("VendorErrors", "SepSMS answered the status query in an unexpected form. Try again later."),
                vendor=VENDOR, text=redact(str(data)[:120], self.http.secrets),
            )
        return [r for r in rows if isinstance(r, dict)]

    def query_status(self, refs: list[MessageRef]) -> list[StatusReport]:
        reports: list[StatusReport] = []
        for uuid, group in _group_by_batch(refs).items():
            wanted = {_safe_format(r.phone): r.phone for r in group}
            try:
                rows = self.recipients(uuid)
            except VendorError as err:
                if err.code == "message.not_found":
                    continue  # another key's or a purged send: nothing to report
                if err.http_status != 404:
                    raise
                reports += self._from_summary(uuid, group)
                continue
            total = functools.partial(lambda u: self.message_summary(u).total, uuid)
            reports += [blocked_report(uuid, p) for p in left_out(rows, [r.phone for r in group], total, to_e164)]
            for row in rows:
                msisdn = str(row.get("msisdn") or "")
                phone = wanted.get(_safe_format(to_e164(msisdn)))
                status = str(row.get("status") or "")
                state = map_status(status)
                if phone is None or state is None:
                    continue
                at = parse_time(row.get("updatedAt"))
                reports.append(StatusReport(
                    phone=phone, state=state, vendor_status=status, vendor_msg_id=uuid, at=at,
                    error_text=str(row.get("reason") or row.get("error") or ""),
                    dedupe_key=_dedupe_key(uuid, to_e164(msisdn), status, row.get("updatedAt")),
                ))
        return reports

    def _from_summary(self, uuid: str, group: list[MessageRef]) -> list[StatusReport]:
        summary = self.message_summary(uuid)
        live = {k: v for k, v in summary.dr_summary.items() if v}
        if len(live) != 1:
            return []  # mixed outcomes: the summary cannot say which number got which
        status = next(iter(live))
        state = map_status(status)
        if state is None:
            return []
        return [StatusReport(phone=r.phone, state=state, vendor_status=status, vendor_msg_id=uuid,
                             dedupe_key=_dedupe_key(uuid, r.phone, status, "summary")) for r in group]

    def balance(self) -> Balance:
        data = self._call("GET", "/message/credit/balance", send=False)
        result = self._result(data) or {}
        amount = _as_float(result.get("balance"))
        if amount is None:
            raise VendorError(
                ErrorKind.TRANSIENT,
                translate("VendorErrors", "SepSMS answered the balance query in an unexpected form. Try again later."),
                vendor=VENDOR, text=redact(str(data)[:120], self.http.secrets),
            )
        return Balance(amount, translate("Vendor", "credits"))

    # -- OTP ----------------------------------------------------------------
    def send_otp(self, phone: str, *, template: str | None = None, ttl_seconds: int | None = None,
                 code_length: int | None = None) -> OtpSent:
        """Send a one-time code; SepSMS generates it and never returns it."""
        if template is not None and "{code}" not in template:
            raise VendorError(ErrorKind.BAD_CONTENT, translate(
                "VendorErrors",
                "The OTP message must contain {{code}} where SepSMS puts the code (and may contain "
                "{{ref}} for the reference).").format(), vendor=VENDOR, sent=False)
        lo, hi = OTP_TTL_RANGE
        if ttl_seconds is not None and not lo <= ttl_seconds <= hi:
            raise VendorError(ErrorKind.BAD_CONTENT, translate(
                "VendorErrors", "The OTP validity must be between {low} and {high} seconds.").format(
                low=lo, high=hi), vendor=VENDOR, sent=False)
        lo, hi = OTP_CODE_LENGTH_RANGE
        if code_length is not None and not lo <= code_length <= hi:
            raise VendorError(ErrorKind.BAD_CONTENT, translate(
                "VendorErrors", "The OTP code length must be between {low} and {high} digits.").format(
                low=lo, high=hi), vendor=VENDOR, sent=False)
        origin = self.account.setting("origin") or ""
        if not origin:
            raise error_from_catalogue(ERRORS, VENDOR, "validation.origin_required")
        body: dict[str, Any] = {"destination": format_phone(phone), "origin": origin}
        if template is not None:
            body["template"] = template
        if ttl_seconds is not None:
            body["ttlSeconds"] = ttl_seconds
        if code_length is not None:
            body["codeLength"] = code_length
        data = self._call("POST", "/otp/send", send=True, limiter=self.otp_limiter, body=body)
        result = self._result(data)
        if not result or not result.get("reference"):
            raise self._unknown(f"no result.reference in {redact(str(data)[:120], self.http.secrets)!r}")
        return OtpSent(
            uuid=str(result.get("uuid") or ""),
            reference=str(result["reference"]),
            destination=to_e164(str(result.get("destination") or body["destination"])),
            expires_at=parse_time(result.get("expiresAt")),
            ttl_seconds=_as_int(result.get("ttlSeconds")),
        )

    def verify_otp(self, reference: str, pin: str) -> OtpVerification:
        """Check a code the user typed; a wrong, expired or used code is ``verified=False``."""
        body = {"reference": reference.strip(), "pin": re.sub(r"\s", "", pin or "")}
        try:
            data = self._call("POST", "/otp/verify", send=False, body=body)
        except VendorError as err:
            if err.code and err.code.startswith("otp."):
                return OtpVerification(body["reference"], False, err.code, err.message)
            raise
        result = self._result(data) or {}
        if result.get("verified") is True:
            return OtpVerification(str(result.get("reference") or body["reference"]), True)
        return OtpVerification(
            str(result.get("reference") or body["reference"]), False, "otp.invalid_code",
            translate("VendorErrors", "The code is not correct. Check it and try again."),
        )



SPEC = VendorSpec(
    id=VENDOR,
    push_kinds=sepsms_push.PUSH_KINDS,
    parse_push=sepsms_push.parse_push,
    name=SepSmsClient.display_name,
    client=SepSmsClient,
    fields=(
        FieldSpec("api_key", QT_TRANSLATE_NOOP("AccountFields", "API key"), secret=True, required=True,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields",
                      "Create a key in the SepSMS developer dashboard; it looks like sk_sep_... and is "
                      "shown only once. Give it the scopes sms:send, sms:read and credit:read (otp:send "
                      "and otp:verify for OTP). If the key is limited to IP addresses, add this office's "
                      "public IP address.")),
        FieldSpec("origin", QT_TRANSLATE_NOOP("AccountFields", "Sender name"), required=True,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields",
                      "Your sender name (origin) exactly as SepSMS approved it.")),
        FieldSpec("webhook_secret", QT_TRANSLATE_NOOP("AccountFields", "Webhook signing secret"), secret=True,
                  advanced=True,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields",
                      "Only needed to receive delivery notifications. Webhooks are registered in the "
                      "SepSMS developer dashboard (not through the API); copy the endpoint's signing "
                      "secret here. While changing secrets, enter the old and new one separated by a "
                      "space.")),
    ),
    capabilities=CAPABILITIES,
    default_base_url=DEFAULT_BASE_URL,
    help=QT_TRANSLATE_NOOP(
        "VendorHelp",
        "SepSMS sends to Thai mobile networks only. Sign in to the SepSMS developer dashboard, "
        "create an API key (sk_sep_...) with the scopes you need, and copy it at once: it is shown "
        "only once. Each key can be limited to IP addresses and has its own per-minute limits "
        "(120 sends per minute). Use a sender name SepSMS has approved."),
    cost_rule=VENDOR,
    home_region="TH",  # the document's recipients: 0xxxxxxxxx or 66xxxxxxxxx
    refuses=refuses,
)
