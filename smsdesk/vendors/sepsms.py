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
import hashlib
import hmac
import json
import re
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from smsdesk.core.redact import redact
from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_number, translate
from smsdesk.vendors import sepsms_push
from smsdesk.vendors.base import (
    AccountConfig,
    Balance,
    Capabilities,
    ErrorEntry,
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

VENDOR = "sepsms"
DEFAULT_BASE_URL = "https://sepsms.com/api/v2"

SEND_PER_MINUTE = 120
OTP_PER_MINUTE = 5
ALL_PER_MINUTE = 2400
SCHEDULE_MIN_AHEAD = timedelta(minutes=1)
OTP_TTL_RANGE = (60, 600)
OTP_CODE_LENGTH_RANGE = (4, 8)
WEBHOOK_TOLERANCE = 300

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

_E = ErrorEntry
ERRORS: dict[str, ErrorEntry] = {
    "auth.invalid_credentials": _E(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS did not accept the API key. Copy the key (it starts with sk_sep_) from the "
        "SepSMS developer dashboard into the account settings; if it was lost, create a new key "
        "there, as a key is shown only once.")),
    "auth.key_revoked": _E(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "This SepSMS API key was revoked or disabled. Create a new key in the SepSMS developer "
        "dashboard and enter it in the account settings.")),
    "auth.insufficient_scope": _E(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "This SepSMS API key is not allowed to do this ({text}). In the SepSMS developer "
        "dashboard give the key the scopes sms:send, sms:read and credit:read (and otp:send, "
        "otp:verify for OTP), or create a key that has them.")),
    "auth.ip_not_allowed": _E(ErrorKind.IP_NOT_ALLOWED, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "The SepSMS API key is limited to certain IP addresses and this computer's address is "
        "not one of them. Add the office's public IP address to the key's allowed IPs in the "
        "SepSMS developer dashboard.")),
    "credit.insufficient": _E(ErrorKind.BALANCE, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "The SepSMS account does not have enough credit for this send. Nothing was sent. Top up "
        "credit in the SepSMS dashboard, then send again.")),
    "rate_limit.exceeded": _E(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS limits how many requests can be made per minute and did not accept this one. "
        "Nothing was sent; wait a minute and try again.")),
    "rate_limit.otp": _E(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS allows only 5 OTP codes per minute from one address. Nothing was sent; wait a "
        "minute and try again.")),
    "validation.invalid_json": _E(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS could not read the request. This is a problem in SMS Desk; please report it "
        "with the code shown.")),
    "validation.origin_required": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "No sender name was given. Enter your approved SepSMS sender name (origin) in the "
        "account settings.")),
    "validation.origin_not_approved": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS has not approved this sender name. Enter a sender name exactly as approved in "
        "the SepSMS dashboard, or ask SepSMS to approve it.")),
    "validation.message_required": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "The message is empty. Write the message text, then send again.")),
    "validation.message_too_long": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS refused the message because it is too long ({text}). Shorten the text and "
        "send again.")),
    "validation.recipients_required": _E(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP(
        "VendorErrors", "No phone number was given. Add recipients, then send again.")),
    "validation.invalid_recipient": _E(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS refused a phone number ({text}). SepSMS only reaches Thai mobile numbers; "
        "correct or remove the number and send again.")),
    "validation.invalid_variables": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS refused the personalised values ({text}). Check the columns used in the "
        "message and send again.")),
    "validation.invalid_scheduled_time": _E(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS refused the scheduled time ({text}). Choose a time in the future and send "
        "again.")),
    "validation.invalid_template": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS refused the OTP message: it must contain {{code}} where the code goes.")),
    "validation.invalid_parameter": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "SepSMS refused a value in the request: {text}. Correct it and try again.")),
    "message.not_found": _E(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS does not know this message. It may belong to another API key or account; "
        "check the account settings.")),
    "message.not_cancellable": _E(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS could not cancel this message because it is already being sent or was sent.")),
    "message.already_cancelled": _E(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "VendorErrors", "This scheduled message was already cancelled.")),
    "otp.not_found": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "SepSMS does not know this OTP reference. Check it, or send a new code.")),
    "otp.expired": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "This OTP code has expired. Send a new code.")),
    "otp.too_many_attempts": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "Too many wrong codes were tried for this OTP. Send a new code.")),
    "otp.already_verified": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "This OTP code was already used. Send a new code if needed.")),
    "server.internal_error": _E(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "SepSMS had an internal problem. Try again in a few minutes.")),
}

# Codes not in ERRORS are classified by prefix so new codes still stop or pause a job correctly.
_PREFIX_KINDS: tuple[tuple[str, ErrorKind], ...] = (
    ("auth.", ErrorKind.AUTH),
    ("credit.", ErrorKind.BALANCE),
    ("rate_limit", ErrorKind.RATE_LIMITED),
    ("validation.", ErrorKind.BAD_CONTENT),
    ("otp.", ErrorKind.BAD_CONTENT),
    ("message.", ErrorKind.UNKNOWN),
    ("server.", ErrorKind.TRANSIENT),
)

_PREFIX_MESSAGES: dict[ErrorKind, str] = {
    ErrorKind.AUTH: QT_TRANSLATE_NOOP(
        "VendorErrors",
        "SepSMS refused the API key: {text}. Check the key and its scopes in the SepSMS "
        "developer dashboard."),
    ErrorKind.BALANCE: QT_TRANSLATE_NOOP(
        "VendorErrors", "SepSMS reported a credit problem: {text}. Check the credit in the SepSMS dashboard."),
    ErrorKind.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "VendorErrors", "SepSMS asked us to slow down: {text}. Nothing was sent; try again in a minute."),
    ErrorKind.BAD_CONTENT: QT_TRANSLATE_NOOP(
        "VendorErrors", "SepSMS refused the request: {text}. Correct it and try again."),
    ErrorKind.TRANSIENT: QT_TRANSLATE_NOOP(
        "VendorErrors", "SepSMS had a temporary problem: {text}. Try again in a few minutes."),
}

# Per-number statuses (assumed names; the document shows "success" and "pending").
STATUS_MAP: dict[str, State] = {
    "scheduled": State.SCHEDULED,
    "pending": State.SUBMITTED,
    "queued": State.SUBMITTED,
    "processing": State.SUBMITTED,
    "sending": State.SUBMITTED,
    "sent": State.SUBMITTED,
    "success": State.DELIVERED,
    "delivered": State.DELIVERED,
    "failed": State.FAILED,
    "fail": State.FAILED,
    "undelivered": State.FAILED,
    "rejected": State.FAILED,
    "blocked": State.FAILED,
    "refunded": State.FAILED,
    "expired": State.EXPIRED,
    "cancelled": State.CANCELLED,
    "canceled": State.CANCELLED,
}

_THAI_MOBILE = re.compile(r"^\+66([689]\d{8})$")


def format_phone(e164: str) -> str:
    """``+66812345678`` -> ``66812345678``; SepSMS reaches Thai mobile numbers only."""
    number = (e164 or "").strip().replace(" ", "")
    match = _THAI_MOBILE.match(number)
    if match is None:
        if number.startswith("+66"):
            message = translate(
                "VendorErrors",
                "{number} is not a Thai mobile number. SepSMS only delivers to Thai mobile "
                "numbers (+66 followed by 9 digits starting with 6, 8 or 9).",
            ).format(number=number)
        else:
            message = translate(
                "VendorErrors",
                "{number} is not a Thai number. SepSMS only delivers to Thai mobile networks; "
                "send to this number through another vendor account.",
            ).format(number=number)
        raise VendorError(ErrorKind.BAD_NUMBER, message, vendor=VENDOR, sent=False)
    return "66" + match.group(1)


def to_e164(msisdn: str) -> str:
    """A SepSMS number (``66…`` or ``0…``) back to E.164."""
    digits = re.sub(r"\D", "", msisdn or "")
    if digits.startswith("0"):
        digits = "66" + digits[1:]
    return "+" + digits


def map_status(vendor_status: str) -> State | None:
    return STATUS_MAP.get((vendor_status or "").strip().lower())


def error_from_body(body: Any, *, http_status: int | None = None) -> VendorError | None:
    """The VendorError for a ``{"success": false, "error": {...}}`` body, else None."""
    if not isinstance(body, dict):
        return None
    err = body.get("error")
    if body.get("success") is not False and not isinstance(err, dict):
        return None
    if isinstance(err, dict):
        code = str(err.get("code") or "")
        text = str(err.get("message") or "")
    else:
        code, text = "", str(err or "")
    if code in ERRORS:
        return error_from_catalogue(ERRORS, VENDOR, code, text, http_status=http_status)
    for prefix, kind in _PREFIX_KINDS:
        if code.startswith(prefix) and kind in _PREFIX_MESSAGES:
            return VendorError(
                kind, translate("VendorErrors", _PREFIX_MESSAGES[kind]).format(text=text or code),
                vendor=VENDOR, code=code, text=text, http_status=http_status,
            )
    return error_from_catalogue(ERRORS, VENDOR, code or f"HTTP {http_status}", text, http_status=http_status)


def _iso_utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 (``...Z`` or with offset) or Unix seconds -> aware datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(float(value), UTC)
    text = str(value).strip()
    if text.isdigit():
        return datetime.fromtimestamp(int(text), UTC)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _dedupe_key(uuid: str, msisdn: str, status: str, at: Any) -> str:
    return f"{VENDOR}:{uuid}:{msisdn}:{status}:{at or ''}"


@dataclass(frozen=True)
class OtpSent:
    uuid: str
    reference: str
    destination: str  # E.164
    expires_at: datetime | None
    ttl_seconds: int | None


@dataclass(frozen=True)
class OtpVerification:
    reference: str
    verified: bool
    code: str = ""  # the vendor's reason code when not verified, e.g. otp.expired
    message: str = ""  # translated, for the user, when not verified


@dataclass(frozen=True)
class MessageSummary:
    uuid: str
    status: str
    origin: str = ""
    total: int | None = None
    dr_summary: dict[str, int] = field(default_factory=dict)
    refunded: int | None = None


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


# -- webhooks ---------------------------------------------------------------


class WebhookVerificationError(ValueError):
    """An incoming webhook failed the signature check; ``reason`` says why."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason  # missing | malformed | stale | timestamp-mismatch | mismatch | no-secret
        super().__init__(message)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def sign_webhook(body: bytes, secret: str, timestamp: int) -> str:
    """The hex HMAC-SHA256 of ``"<t>." + body`` (our assumed signing input)."""
    return hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def verify_webhook(headers: Mapping[str, str], body: bytes, secrets: list[str] | str, *,
                   now: float | None = None, tolerance: float = WEBHOOK_TOLERANCE) -> bool:
    """Return True for an authentic, fresh webhook; raise WebhookVerificationError otherwise.

    ``secrets`` may be a list or one string; a string holding several secrets separated
    by spaces (the account setting during rotation) is split.
    """
    candidates = [s.strip() for s in (secrets.split() if isinstance(secrets, str) else secrets) if s and s.strip()]
    if not candidates:
        raise WebhookVerificationError("no-secret", translate(
            "Webhooks", "No SepSMS webhook secret is set, so notifications cannot be checked. Copy the "
            "signing secret from the SepSMS developer dashboard into the account settings."))
    raw = _header(headers, "X-Webhook-Signature")
    if not raw or not raw.strip():
        raise WebhookVerificationError("missing", translate(
            "Webhooks", "The notification has no X-Webhook-Signature header and was ignored."))
    timestamp: int | None = None
    signatures: list[str] = []
    for part in raw.split(","):
        key, sep, value = part.strip().partition("=")
        key, value = key.strip(), value.strip()
        if not sep:
            raise WebhookVerificationError("malformed", _malformed())
        if key == "t":
            if timestamp is not None or not value.isdigit():
                raise WebhookVerificationError("malformed", _malformed())
            timestamp = int(value)
        elif key == "v1":
            if not re.fullmatch(r"[0-9a-fA-F]{64}", value):
                raise WebhookVerificationError("malformed", _malformed())
            signatures.append(value.lower())
    if timestamp is None or not signatures:
        raise WebhookVerificationError("malformed", _malformed())
    header_ts = _header(headers, "X-Webhook-Timestamp")
    if header_ts is not None and header_ts.strip() != str(timestamp):
        raise WebhookVerificationError("timestamp-mismatch", translate(
            "Webhooks", "The notification's timestamp headers disagree; it was ignored."))
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise WebhookVerificationError("stale", translate(
            "Webhooks", "The notification is too old or dated in the future (more than {seconds} "
            "seconds from this computer's clock) and was ignored. Check the computer's date and time."
        ).format(seconds=int(tolerance)))
    matched = False
    for secret in candidates:
        expected = sign_webhook(body, secret, timestamp)
        for given in signatures:
            # Compare every pair so timing does not reveal which secret matched.
            matched |= hmac.compare_digest(expected, given)
    if not matched:
        raise WebhookVerificationError("mismatch", translate(
            "Webhooks", "The notification's signature does not match the webhook secret, so it was "
            "ignored. Check that the secret in the account settings is the one shown in the SepSMS "
            "developer dashboard."))
    return True


def _malformed() -> str:
    return translate("Webhooks", "The notification's X-Webhook-Signature header is not readable; it was ignored.")


WEBHOOK_EVENTS = (
    "sms.sent", "sms.failed", "sms.completed", "dr.success", "dr.failed",
    "otp.verified", "credit.low", "order.completed",
)


@dataclass(frozen=True)
class WebhookEvent:
    event: str
    known: bool
    at: datetime | None
    data: dict[str, Any]
    batch_id: str | None = None  # smsUuid
    reports: tuple[StatusReport, ...] = ()
    # sms.* without a msisdn concerns every recipient of the send.
    batch_state: State | None = None
    otp_reference: str | None = None
    balance: float | None = None
    message: str = ""  # translated sentence for events shown to the user


def body_events(data: Mapping[str, Any]) -> frozenset[str]:
    """The events a webhook body can be, read from the body alone.

    The signature covers the timestamp and the body, not ``X-Webhook-Event``, so the
    header can only *name* what the signed body already says; this is what it says.
    ``dr.*`` bodies carry ``status`` (the document's ``"status": "success"``); a failed
    status fits ``dr.failed`` and ``sms.failed`` alike, which mean the same here.
    """
    named = data.get("event")
    if isinstance(named, str) and named.strip():
        return frozenset({named.strip()})
    status = str(data.get("status") or "").strip().lower()
    if "orderId" in data:
        return frozenset({"order.completed"})
    if "threshold" in data and "balance" in data:
        return frozenset({"credit.low"})
    if "reference" in data and "smsUuid" not in data:
        return frozenset({"otp.verified"})
    if "drSummary" in data or "totalMsisdn" in data or status == "completed":
        return frozenset({"sms.completed"})
    if not data.get("smsUuid"):
        return frozenset()
    state = map_status(status)
    if state is State.DELIVERED:
        return frozenset({"dr.success"})
    if state in (State.FAILED, State.EXPIRED):
        return frozenset({"dr.failed", "sms.failed"})
    if state is State.SUBMITTED:
        return frozenset({"sms.sent"})
    return frozenset()


def _event_of(header: str, data: Mapping[str, Any]) -> str:
    """The event, from the signed body; a header that disagrees with it is refused."""
    fits = body_events(data)
    if header and fits and header not in fits:
        raise ValueError(f"X-Webhook-Event says {header!r} but the signed body is {' or '.join(sorted(fits))}")
    if header in WEBHOOK_EVENTS and not fits:
        raise ValueError(f"X-Webhook-Event says {header!r} but the signed body does not say so")
    if header:
        return header  # one the body fits, or a new kind that nothing here acts on
    if not fits:
        raise ValueError("neither the signed body nor X-Webhook-Event says what happened")
    if len(fits) == 1:
        return next(iter(fits))
    return "dr.failed" if data.get("txId") else "sms.failed"  # same effect either way


def parse_webhook(headers: Mapping[str, str], body: bytes) -> WebhookEvent:
    """Read a (verified) SepSMS webhook; what happened is taken from the signed body.

    The document sends the event name in ``X-Webhook-Event``, outside the signature:
    it is accepted only when the body agrees (:func:`body_events`), so a captured push
    replayed under another name is refused.

    Payloads other than ``dr.*`` are undocumented; assumed shapes:
    ``sms.sent|sms.failed`` ``{"smsUuid", "msisdn"?, "status", "reason"?}``,
    ``sms.completed`` ``{"smsUuid", "status", "totalMsisdn", "drSummary"}``,
    ``otp.verified`` ``{"uuid", "reference", "destination"}``,
    ``credit.low`` ``{"balance", "threshold"}``, ``order.completed``
    ``{"orderId", "credit", "balance"?}``.
    """
    try:
        data = json.loads(body.decode("utf-8")) if body else {}
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"webhook body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("webhook body is not a JSON object")
    event = _event_of((_header(headers, "X-Webhook-Event") or "").strip(), data)
    ts_raw = _header(headers, "X-Webhook-Timestamp")
    if ts_raw is None:
        sig = _header(headers, "X-Webhook-Signature") or ""
        match = re.search(r"(?:^|,)\s*t=(\d+)", sig)
        ts_raw = match.group(1) if match else None
    at = parse_time(ts_raw.strip()) if ts_raw and ts_raw.strip().isdigit() else None
    uuid = str(data.get("smsUuid") or "") or None
    known = event in WEBHOOK_EVENTS

    if event in ("dr.success", "dr.failed", "sms.sent", "sms.failed"):
        status = str(data.get("status") or "")
        state = map_status(status)  # _event_of made sure the body's status fits the event
        assert state is not None
        msisdn = str(data.get("msisdn") or "")
        if msisdn:
            phone = to_e164(msisdn)
            report = StatusReport(
                phone=phone, state=state, vendor_status=status, vendor_msg_id=uuid, at=at,
                error_text=str(data.get("reason") or data.get("errorMessage") or ""),
                dedupe_key=_dedupe_key(uuid or "", phone, status, data.get("txId") or ts_raw),
            )
            return WebhookEvent(event, known, at, data, uuid, (report,))
        return WebhookEvent(event, known, at, data, uuid, batch_state=state)
    if event == "sms.completed":
        return WebhookEvent(event, known, at, data, uuid)
    if event == "otp.verified":
        return WebhookEvent(event, known, at, data, uuid, otp_reference=str(data.get("reference") or "") or None)
    if event == "credit.low":
        amount = _as_float(data.get("balance"))
        message = translate("Webhooks", "SepSMS credit is running low: {amount} credits left. Top up in the "
                            "SepSMS dashboard to keep sending.").format(
            amount=fmt_number(amount))
        return WebhookEvent(event, known, at, data, balance=amount, message=message)
    if event == "order.completed":
        amount = _as_float(data.get("balance"))
        message = translate("Webhooks", "A SepSMS credit purchase was completed.")
        return WebhookEvent(event, known, at, data, balance=amount, message=message)
    return WebhookEvent(event, known, at, data, uuid)


def webhook_secrets(account: AccountConfig) -> list[str]:
    """The account's webhook secret(s); several may be entered separated by spaces (rotation)."""
    return account.secret("webhook_secret").split()


# -- helpers ----------------------------------------------------------------


def _group_by_batch(refs: Iterable[MessageRef]) -> dict[str, list[MessageRef]]:
    groups: dict[str, list[MessageRef]] = {}
    for ref in refs:
        key = ref.vendor_batch_id or ref.vendor_msg_id
        if key:
            groups.setdefault(key, []).append(ref)
    return groups


def _path_id(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9._-]+", value):
        raise ValueError(f"not a SepSMS message id: {value!r}")
    return value


def _safe_format(e164: str) -> str:
    return re.sub(r"\D", "", e164 or "")


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


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
)
