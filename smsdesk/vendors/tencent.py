"""Tencent Cloud SMS, API v5 (``https://yun.tim.qq.com/v5/tlssmssvr/<api>``).

Every call is a JSON POST to ``<api>?sdkappid=..&random=..`` whose body carries
``time`` and ``sig = sha256(appkey=..&random=..&time=..[&mobile=..])``; the App
Key itself never leaves the computer.

Routing of a send (the bulk API is documented for mainland China only):
``+86`` numbers go in ``sendmultisms2`` batches of at most 200 (``sendsms`` when
only one), every other number goes alone through ``sendisms`` ("+..." form).
When one :meth:`TencentClient.send` needs several requests, a request whose
answer is lost marks only its own recipients ``unknown``.

Status: :meth:`query_status` reads ``pullstatus4mobile`` (it does not consume
the vendor's queue); ``pullstatus`` is a queue (each item is returned once) and
feeds :meth:`fetch_replies` and :meth:`pull_delivery_reports`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from enum import IntEnum
from typing import Any, cast
from urllib.parse import urlencode

import phonenumbers
import requests

from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors import tencent_push, tencent_rules
from smsdesk.vendors.base import (
    AccountConfig,
    Capabilities,
    ErrorEntry,
    ErrorKind,
    FieldSpec,
    MessageRef,
    OutcomeUnknown,
    RecipientResult,
    Reply,
    SendRequest,
    SendResult,
    StatusReport,
    VendorClient,
    VendorError,
    VendorSpec,
    error_from_catalogue,
)
from smsdesk.vendors.http import HttpPolicy, RateLimiter
from smsdesk.vendors.pacing import pace_for

VENDOR = "tencent"
DEFAULT_BASE_URL = "https://yun.tim.qq.com"
API_PREFIX = "/v5/tlssmssvr/"
BULK_MAX = 200
PULL_MAX = 100
TEMPLATE_PAGE_MAX = 50
MAX_CHARS = 450
STATUS_HORIZON = timedelta(days=7)  # our choice: the document names no retention period
CHINA_TZ = timezone(timedelta(hours=8))  # report times and statistics hours are Beijing time
# The documented answer a callback receiver gives Tencent.
CALLBACK_ANSWER: dict[str, Any] = {"result": 0, "errmsg": "OK"}

ERRORS: dict[str, ErrorEntry] = {
    "1001": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud rejected the request signature: the App Key does not belong to this SDK AppID. Copy the SDK AppID and App Key again from the SMS console (Application Management > Basic Info).")),
    "1002": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud found a forbidden word in the message. Change the wording of the template values and send again.")),
    "1003": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP("VendorErrors", "The request carried no signature because the App Key is empty. Enter the App Key in the account settings.")),
    "1004": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud could not read the request ({text}). Check the template ID and values; if it persists, report it to SMS Desk support.")),
    "1006": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP("VendorErrors", "This SDK AppID is not allowed to use this function. Pulling delivery reports and replies must be enabled by Tencent Cloud's SMS Helper; ask them to enable it.")),
    "1007": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud reported an error ({text}). Try again later; if it persists, contact Tencent Cloud's SMS Helper with the failed phone number.")),
    "1008": ErrorEntry(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud timed out while handling the request. Try again in a few minutes.")),
    "1009": ErrorEntry(ErrorKind.IP_NOT_ALLOWED, QT_TRANSLATE_NOOP("VendorErrors", "This computer's public IP address is not in the SDK AppID's IP allow-list. Add the office's public IP in the SMS console's application settings, or turn the allow-list off.")),
    "1011": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP("VendorErrors", "The server does not offer this Tencent Cloud SMS function. Check the server address in the account settings (normally leave it empty).")),
    "1012": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP("VendorErrors", "The SMS signature is not approved or has a wrong format. Use an approved signature (2 to 12 letters, digits or Chinese characters, without brackets) in the account settings, or leave it empty for the default signature.")),
    "1013": ErrorEntry(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud's sending-frequency rules stopped this message. Wait before sending to this number again, or relax the frequency rules in the SMS console.")),
    "1014": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP("VendorErrors", "The template is not approved, or the values do not match the approved template. Check in the SMS console that the template ID is approved and give exactly one value per placeholder.")),
    "1015": ErrorEntry(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP("VendorErrors", "This number is on Tencent Cloud's block list (the person unsubscribed or the carrier blocks it). Remove it from the list; Tencent Cloud's SMS Helper can explain details.")),
    "1016": ErrorEntry(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud says this phone number has a wrong format. Correct the number in the list.")),
    "1017": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP("VendorErrors", "The message is too long for Tencent Cloud (at most 450 characters including the signature). Shorten the template values.")),
    "1018": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud refused the voice verification code format. Use digits only.")),
    "1019": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud does not know this SDK AppID. Copy it again from the SMS console (Application Management > Application List).")),
    "1020": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP("VendorErrors", "This SDK AppID is disabled at Tencent Cloud. Enable the application in the SMS console or use another one.")),
    "1021": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud refused the request because this computer's clock differs from the correct time by more than 10 minutes. Set the date, time and time zone correctly (turn on automatic time) and try again.")),
    "1022": ErrorEntry(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP("VendorErrors", "The application's daily sending limit is reached. Send the rest tomorrow or raise the daily limit in the SMS console.")),
    "1023": ErrorEntry(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP("VendorErrors", "Too many messages to this number within 30 seconds. Wait a little before sending to it again, or change the limit in the SMS console.")),
    "1024": ErrorEntry(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP("VendorErrors", "Too many messages to this number within one hour. Send to it later, or change the limit in the SMS console.")),
    "1025": ErrorEntry(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP("VendorErrors", "Too many messages to this number today. Send to it tomorrow, or change the limit in the SMS console.")),
    "1026": ErrorEntry(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP("VendorErrors", "The same message was already sent to this number too many times today. Do not resend it; change the limit in the SMS console if needed.")),
    "1029": ErrorEntry(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP("VendorErrors", "Marketing messages may only be sent during the day (China time). Send it again during allowed hours.")),
    "1030": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud does not support this request (for example a voice template sent as SMS). Choose an SMS template.")),
    "1031": ErrorEntry(ErrorKind.BALANCE, QT_TRANSLATE_NOOP("VendorErrors", "The SMS package is used up. Buy more messages in the Tencent Cloud SMS console, then send again.")),
    "1032": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP("VendorErrors", "Personal Tencent Cloud accounts may not send marketing messages. Use a notification template, or verify the account as a business.")),
    "1033": ErrorEntry(ErrorKind.BALANCE, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud stopped the service because the account is in arrears. Pay the outstanding amount in the Tencent Cloud console.")),
    "1034": ErrorEntry(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP("VendorErrors", "A bulk request mixed mainland China and international numbers. Send them separately.")),
    "1036": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP("VendorErrors", "A template value is longer than Tencent Cloud allows (12 characters). Shorten the values.")),
    "1045": ErrorEntry(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud does not send SMS to this country or region with this function. Remove the number or use another vendor for it.")),
    "1046": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP("VendorErrors", "More than 200 numbers were sent in one bulk request. Send smaller groups.")),
    "1047": ErrorEntry(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP("VendorErrors", "The daily limit for international messages is reached. Send the rest tomorrow or ask Tencent Cloud to raise it.")),
    "60008": ErrorEntry(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP("VendorErrors", "Tencent Cloud timed out while processing the request. Try again in a few minutes.")),
}
# On a send these mean Tencent may have accepted it: the outcome is unknown.
_UNKNOWN_ON_SEND = frozenset({"1008", "60008"})


class Approval(IntEnum):
    APPROVED = 0
    PENDING = 1
    REJECTED = 2

    @property
    def label(self) -> str:
        return translate("Tencent", _APPROVAL_LABELS[self])


_APPROVAL_LABELS = {
    Approval.APPROVED: QT_TRANSLATE_NOOP("Tencent", "Approved"),
    Approval.PENDING: QT_TRANSLATE_NOOP("Tencent", "Waiting for approval"),
    Approval.REJECTED: QT_TRANSLATE_NOOP("Tencent", "Rejected"),
}


class TemplateType(IntEnum):
    NORMAL = 0
    MARKETING = 1
    VOICE = 2


@dataclass(frozen=True)
class Template:
    id: int
    text: str
    status: Approval
    type: TemplateType
    reply: str = ""  # the reviewer's reason when rejected


@dataclass(frozen=True)
class TemplatePage:
    total: int
    templates: list[Template]


@dataclass(frozen=True)
class Signature:
    id: int
    text: str
    status: Approval
    reply: str = ""


@dataclass(frozen=True)
class DeliveryStatistics:
    request: int  # messages submitted
    success: int  # submitted successfully
    bill_number: int  # billed (long messages count per part)


# pullcallbackstatus's status_fail_0..4, in order.
FAILURE_CATEGORIES = (
    QT_TRANSLATE_NOOP("Tencent", "Carrier internal error"),
    QT_TRANSLATE_NOOP("Tencent", "Number invalid or does not exist"),
    QT_TRANSLATE_NOOP("Tencent", "Phone out of service or switched off"),
    QT_TRANSLATE_NOOP("Tencent", "Number on a block list"),
    QT_TRANSLATE_NOOP("Tencent", "Carrier's frequency limit"),
)


@dataclass(frozen=True)
class ReportStatistics:
    success: int  # submitted successfully
    status: int  # delivery reports received
    status_success: int
    status_fail: int
    failures: tuple[int, ...]  # counts per FAILURE_CATEGORIES entry

    def failure_breakdown(self) -> list[tuple[str, int]]:
        return [(translate("Tencent", label), n) for label, n in zip(FAILURE_CATEGORIES, self.failures, strict=True)]


@dataclass(frozen=True)
class PlannedRequest:
    api: str  # sendsms | sendisms | sendmultisms2
    phones: tuple[str, ...]


# -- pure helpers ------------------------------------------------------------

def compute_sig(appkey: str, random: str | int, timestamp: str | int, mobile: str | None = None) -> str:
    """The documented ``sig``; ``mobile`` is the tel's mobile, or several joined with ","."""
    text = f"appkey={appkey}&random={random}&time={timestamp}"
    if mobile is not None:
        text += f"&mobile={mobile}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _bad_number(phone: str, message: str) -> VendorError:
    return VendorError(ErrorKind.BAD_NUMBER, message, vendor=VENDOR, text=phone, sent=False)


def split_phone(e164: str) -> tuple[str, str]:
    """(nationcode, mobile) of an E.164 number, as ``sendsms``'s ``tel`` takes them."""
    if not re.fullmatch(r"\+[1-9]\d{6,14}", e164 or ""):
        raise _bad_number(e164, translate(
            "Tencent", "This is not a complete international phone number (+ country code and number)."))
    try:
        country = str(phonenumbers.parse(e164, None).country_code)
    except phonenumbers.NumberParseException:
        raise _bad_number(e164, translate(
            "Tencent", "The country code of this phone number is not known. Check the number.")) from None
    mobile = e164[1 + len(country):]
    if country == "86" and not re.fullmatch(r"1\d{10}", mobile):
        raise _bad_number(e164, translate(
            "Tencent", "Mainland China mobile numbers have 11 digits starting with 1. Check the number."))
    return country, mobile


def format_phone(e164: str) -> str:
    """The universal "+<country><number>" form ``sendisms`` takes (validated)."""
    country, mobile = split_phone(e164)
    return f"+{country}{mobile}"


def plan_requests(phones: Iterable[str]) -> list[PlannedRequest]:
    """Group valid E.164 numbers into the requests Tencent accepts."""
    china = [p for p in phones if p.startswith("+86")]  # country codes are prefix-free
    plans = [PlannedRequest("sendisms", (p,)) for p in phones if not p.startswith("+86")]
    chunks = [tuple(china[i:i + BULK_MAX]) for i in range(0, len(china), BULK_MAX)]
    plans[:0] = [PlannedRequest("sendmultisms2" if len(c) > 1 else "sendsms", c) for c in chunks]
    return plans


def _phone_of(item: dict[str, Any]) -> str:
    mobile = str(item.get("mobile") or "").strip()
    return mobile if mobile.startswith("+") else f"+{str(item.get('nationcode') or '').strip()}{mobile}"


def _china_time(value: Any) -> datetime | None:
    try:
        return datetime.strptime(str(value), "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA_TZ)
    except ValueError:
        return None


def parse_report(item: dict[str, Any]) -> StatusReport | None:
    """One delivery report (callback, pullstatus or pullstatus4mobile item); None if not one."""
    status = str(item.get("report_status") or "").strip().upper()
    if status not in ("SUCCESS", "FAIL") or not item.get("mobile"):
        return None
    code = str(item.get("errmsg") or "").strip()
    if status == "SUCCESS":
        state = State.DELIVERED
    else:
        state = State.EXPIRED if code.upper() == "EXPIRED" else State.FAILED
    received = str(item.get("user_receive_time") or "")
    sid = str(item.get("sid") or "") or None
    phone = _phone_of(item)
    detail = " ".join(x for x in (code, str(item.get("description") or "").strip()) if x)
    return StatusReport(
        phone=phone, state=state, vendor_status=code or status, vendor_msg_id=sid,
        at=_china_time(received), error_text="" if state is State.DELIVERED else detail,
        dedupe_key="|".join((VENDOR, sid or "", phone, status, code, received)),
    )


def parse_reply(item: dict[str, Any]) -> Reply:
    """One reply (callback body, or a pullstatus type 1 item)."""
    if not item.get("mobile") or "text" not in item:
        raise ValueError("not a Tencent reply")
    try:
        received = datetime.fromtimestamp(int(item["time"]), UTC)
    except (KeyError, TypeError, ValueError, OverflowError):
        received = datetime.now(UTC)  # a queue item is handed out once: keep it even without a time
    phone = _phone_of(item)
    key = json.dumps([phone, item.get("time"), item.get("text"), item.get("sign"), item.get("extend")],
                     ensure_ascii=False)
    return Reply(
        phone=phone, text=str(item["text"]), received_at=received,
        vendor_ref=f"{VENDOR}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:24]}",
    )


def _loads(body: bytes | str) -> Any:
    return json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)


def parse_delivery_callback(body: bytes) -> list[StatusReport]:
    """The delivery callback: a JSON array of reports (empty ``{}`` items skipped)."""
    data = _loads(body)
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(i, dict) for i in items):
        raise ValueError("delivery callback items must be JSON objects")
    return [r for r in (parse_report(i) for i in items if i) if r is not None]


def parse_reply_callback(body: bytes) -> Reply:
    data = _loads(body)
    if not isinstance(data, dict):
        raise ValueError("reply callback must be a JSON object")
    return parse_reply(data)


def _hour(value: datetime) -> int:
    """yyyymmddhh in Beijing time (naive datetimes are taken as Beijing time)."""
    local = value.astimezone(CHINA_TZ) if value.tzinfo else value
    return int(local.strftime("%Y%m%d%H"))


def _ordered_params(params: dict[str, str]) -> list[str]:
    numbers = sorted(int(k) for k in params if str(k).isdigit())
    if len(numbers) != len(params):
        raise VendorError(ErrorKind.BAD_CONTENT, translate(
            "Tencent", "Template values must be numbered 1, 2, 3... like the template's placeholders."),
            vendor=VENDOR, sent=False)
    for expected, got in enumerate(numbers, 1):
        if got != expected:
            raise VendorError(ErrorKind.BAD_CONTENT, translate(
                "Tencent", "The template needs a value for {{{number}}}. Fill in every placeholder "
                "from {{1}} to {{{last}}} and send again.").format(number=expected, last=numbers[-1]),
                vendor=VENDOR, sent=False)
    return [str(params[str(n)]) for n in numbers]


class TencentClient(VendorClient):
    vendor = VENDOR
    display_name = QT_TRANSLATE_NOOP("Vendor", "Tencent Cloud SMS")
    default_base_url = DEFAULT_BASE_URL
    capabilities = Capabilities(
        batch_max=BULK_MAX, template_only=True, native_schedule=False, status_query=True,
        status_horizon=STATUS_HORIZON, push_callbacks=True, replies_poll=True, can_find_by_phone=True,
        replies_callback=True, balance=False, international=True, throughput_per_s=10.0,  # undocumented for v5
        extras=("templates", "signatures", "statistics"),
    )

    def __init__(self, account: AccountConfig, *, http: HttpPolicy | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(account, http=http)
        self._clock = clock  # this computer's clock; Tencent refuses it when 10+ minutes off
        self._limiter: RateLimiter = pace_for(self.capabilities, account.settings).limiter()

    # -- transport ------------------------------------------------------------
    def _call(self, api: str, body: dict[str, Any], *, send: bool = False,
              mobile: str | None = None) -> dict[str, Any]:
        appkey, appid = self.account.secret("appkey"), str(self.account.setting("sdkappid") or "")
        if not appkey or not appid:
            raise VendorError(ErrorKind.AUTH, translate(
                "Tencent", "Enter the SDK AppID and App Key of your Tencent Cloud SMS application "
                "in the account settings."), vendor=VENDOR, sent=False)
        rnd = str(secrets.randbelow(9_000_000_000) + 1_000_000_000)
        now = int(self._clock())
        payload = {**body, "sig": compute_sig(appkey, rnd, now, mobile), "time": now}
        url = f"{self.base_url()}{API_PREFIX}{api}?" + urlencode({"sdkappid": appid, "random": rnd})
        resp = self.http.request(
            "POST", url, send=send, vendor=VENDOR,
            data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        if 400 <= resp.status_code < 500:
            raise VendorError(ErrorKind.UNKNOWN, translate(
                "Tencent", "Tencent Cloud refused the request (HTTP {status}). Check the server address in "
                "the account settings (normally leave it empty).").format(status=resp.status_code),
                vendor=VENDOR, text=f"HTTP {resp.status_code}", http_status=resp.status_code)
        data = self.http.json(resp, send=send, vendor=VENDOR)
        try:
            code = str(int(data["result"]))
        except (TypeError, KeyError, ValueError):
            detail = f"HTTP {resp.status_code}: {str(data)[:120]!r}"
            if send:
                raise OutcomeUnknown(translate(
                    "Tencent", "Tencent Cloud's answer had no result, so it is not known whether the "
                    "message was accepted. It will not be resent automatically; check its status "
                    "before sending again."), vendor=VENDOR, detail=detail) from None
            raise VendorError(ErrorKind.TRANSIENT, translate(
                "Tencent", "Tencent Cloud's answer could not be understood. Try again in a few minutes."),
                vendor=VENDOR, text=detail) from None
        if code != "0":
            raise self._error(code, data, resp, send=send)
        return cast("dict[str, Any]", data)  # data["result"] was read above, so the answer is an object

    def _error(self, code: str, data: dict[str, Any], resp: requests.Response, *, send: bool) -> Exception:
        text = str(data.get("errmsg") or data.get("msg") or "")
        if send and code in _UNKNOWN_ON_SEND:
            return OutcomeUnknown(translate(
                "Tencent", "Tencent Cloud timed out while handling the send, so it is not known whether "
                "the message was accepted. It will not be resent automatically; check its status "
                "before sending again."), vendor=VENDOR, detail=f"{code} {text}")
        clock = self._clock_message(resp) if code == "1021" else None
        if clock:
            return VendorError(ERRORS[code].kind, clock, vendor=VENDOR, code=code, text=text,
                               http_status=resp.status_code)
        return error_from_catalogue(ERRORS, VENDOR, code, text, http_status=resp.status_code)

    def _clock_message(self, resp: requests.Response) -> str | None:
        """Name the clock error in minutes, using the answer's Date header as the right time."""
        try:
            skew = self._clock() - parsedate_to_datetime(resp.headers["Date"]).timestamp()
        except (KeyError, TypeError, ValueError):
            return None
        minutes = round(abs(skew) / 60)
        if minutes < 1:
            return None
        if skew > 0:
            text = translate("Tencent", "This computer's clock is {minutes} minutes ahead of the correct time, "
                             "so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time "
                             "and time zone correctly (turn on automatic time) and try again.")
        else:
            text = translate("Tencent", "This computer's clock is {minutes} minutes behind the correct time, "
                             "so Tencent Cloud refused the request (it allows 10 minutes). Set the date, time "
                             "and time zone correctly (turn on automatic time) and try again.")
        return text.format(minutes=minutes)

    # -- sending --------------------------------------------------------------
    def _common_body(self, request: SendRequest) -> dict[str, Any]:
        if request.schedule_at is not None:
            raise VendorError(ErrorKind.SCHEDULING, translate(
                "Tencent", "Tencent Cloud SMS cannot schedule messages. Send it without a time, or let "
                "SMS Desk send it at the chosen time."), vendor=VENDOR, sent=False)
        if not str(request.template_id or "").strip().isdigit():
            raise VendorError(ErrorKind.BAD_CONTENT, translate(
                "Tencent", "Tencent Cloud sends only approved templates. Choose a template (its ID is the "
                "number shown in the SMS console)."), vendor=VENDOR, sent=False)
        if len(request.text) > MAX_CHARS:
            raise VendorError(ErrorKind.BAD_CONTENT, translate(
                "Tencent", "The message has {count} characters; Tencent Cloud takes at most 450. Shorten "
                "the template values.").format(count=len(request.text)), vendor=VENDOR, sent=False)
        return {
            "tpl_id": int(str(request.template_id).strip()), "params": _ordered_params(request.params),
            "sign": self.account.setting("sign") or "", "ext": request.client_ref or "",
            "extend": str(self.account.setting("extend") or ""),
        }

    def batch_limit(self, phone: str) -> int:
        # Bulk is documented for mainland China only; others go one per sendisms request,
        # so the engine runs them concurrently instead of one long sequential call.
        return BULK_MAX if phone.startswith("+86") else 1

    def send(self, request: SendRequest) -> SendResult:
        common = self._common_body(request)
        results: dict[str, RecipientResult] = {}
        valid: list[str] = []
        for phone in request.phones:
            try:
                split_phone(phone)
                valid.append(phone)
            except VendorError as exc:
                results[phone] = RecipientResult(phone, State.FAILED, error=exc)
        plans = plan_requests(valid)
        alone = len(plans) == 1 and not results  # exceptions may then speak for the whole request
        accepted = unknown = False
        for i, plan in enumerate(plans):
            if i:
                self._limiter.acquire()
            try:
                for r in self._send_plan(plan, common):
                    results[r.phone] = r
                    accepted = accepted or r.state is State.SUBMITTED
                    unknown = unknown or r.state is State.UNKNOWN
            except OutcomeUnknown as exc:
                if alone:
                    raise
                unknown = True
                err = VendorError(ErrorKind.UNKNOWN, exc.message, vendor=VENDOR, text=exc.detail)
                results.update({p: RecipientResult(p, State.UNKNOWN, error=err) for p in plan.phones})
            except VendorError as exc:
                if alone or (exc.kind.stops_job and not accepted and not unknown):
                    raise
                rest = plans[i:] if exc.kind.stops_job else [plan]  # the account refuses every later request too
                results.update({p: RecipientResult(p, State.FAILED, error=exc) for q in rest for p in q.phones})
                if exc.kind.stops_job:
                    break
        out = [results[p] for p in request.phones]
        fees = [r.points for r in out if r.points is not None]
        return SendResult(out, points=sum(fees) if fees else None)

    def _send_plan(self, plan: PlannedRequest, common: dict[str, Any]) -> list[RecipientResult]:
        if plan.api == "sendisms":
            tel = format_phone(plan.phones[0])
            data = self._call("sendisms", {**common, "tel": tel}, send=True, mobile=tel)
            return [self._accepted(plan.phones[0], data)]
        tels = [dict(zip(("nationcode", "mobile"), split_phone(p), strict=True)) for p in plan.phones]
        if plan.api == "sendsms":
            data = self._call("sendsms", {**common, "tel": tels[0]}, send=True, mobile=tels[0]["mobile"])
            return [self._accepted(plan.phones[0], data)]
        data = self._call("sendmultisms2", {**common, "tel": tels}, send=True,
                          mobile=",".join(t["mobile"] for t in tels))
        detail = data.get("detail")
        if not isinstance(detail, list):
            raise OutcomeUnknown(translate(
                "Tencent", "Tencent Cloud accepted the bulk request but sent no per-number results, so it "
                "is not known which messages were accepted. They will not be resent automatically."),
                vendor=VENDOR, detail=str(data)[:120])
        by_phone: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for item in detail:
            if isinstance(item, dict):
                by_phone[_phone_of(item)].append(item)
        out = []
        for phone in plan.phones:
            item = by_phone[phone].pop(0) if by_phone[phone] else {}
            out.append(self._detail_result(phone, item))
        return out

    def _accepted(self, phone: str, data: dict[str, Any]) -> RecipientResult:
        fee = data.get("fee")
        return RecipientResult(phone, State.SUBMITTED, vendor_msg_id=str(data.get("sid") or "") or None,
                               vendor_status=str(data.get("errmsg") or "OK"),
                               points=float(fee) if isinstance(fee, int | float) else None)

    def _detail_result(self, phone: str, item: dict[str, Any]) -> RecipientResult:
        try:
            code = str(int(item["result"]))
        except (KeyError, TypeError, ValueError):
            return RecipientResult(phone, State.UNKNOWN, vendor_status="no result", error=VendorError(
                ErrorKind.UNKNOWN, translate(
                    "Tencent", "Tencent Cloud's answer did not say whether this number was accepted. It will "
                    "not be resent automatically; check its status before sending again."), vendor=VENDOR))
        if code == "0":
            return self._accepted(phone, item)
        text = str(item.get("errmsg") or "")
        error = error_from_catalogue(ERRORS, VENDOR, code, text)
        return RecipientResult(phone, State.FAILED, vendor_status=f"{code} {text}".strip(), error=error)

    # -- status and replies -------------------------------------------------
    def _pull(self, kind: int, limit: int) -> list[dict[str, Any]]:
        if not 1 <= limit <= PULL_MAX:
            raise ValueError(f"limit must be 1..{PULL_MAX}")
        data = self._call("pullstatus", {"type": kind, "max": limit})
        return [i for i in data.get("data") or [] if isinstance(i, dict)]

    def pull_delivery_reports(self, limit: int = PULL_MAX) -> list[StatusReport]:
        """``pullstatus`` type 0: queued reports, each returned only once by Tencent."""
        return [r for r in map(parse_report, self._pull(0, limit)) if r is not None]

    def pull_replies(self, limit: int = PULL_MAX) -> list[Reply]:
        """``pullstatus`` type 1: queued replies, each returned only once by Tencent."""
        return [parse_reply(i) for i in self._pull(1, limit) if i.get("mobile")]

    def _pull_mobile(self, kind: int, phone: str, begin: datetime, end: datetime,
                     limit: int) -> list[dict[str, Any]]:
        if not 1 <= limit <= PULL_MAX:
            raise ValueError(f"limit must be 1..{PULL_MAX}")
        nationcode, mobile = split_phone(phone)
        data = self._call("pullstatus4mobile", {
            "type": kind, "max": limit, "begin_time": int(begin.timestamp()),
            "end_time": int(end.timestamp()), "nationcode": nationcode, "mobile": mobile,
        })
        return [i for i in data.get("data") or [] if isinstance(i, dict)]

    def mobile_delivery_reports(self, phone: str, begin: datetime, end: datetime,
                                limit: int = PULL_MAX) -> list[StatusReport]:
        items = self._pull_mobile(0, phone, begin, end, limit)
        return [r for r in map(parse_report, items) if r is not None]

    def find_reports(self, phone: str, begin: datetime, end: datetime) -> list[StatusReport]:
        """``pullstatus4mobile`` type 0: one number's reports over a time range, no sid needed."""
        return self.mobile_delivery_reports(phone, begin, end)

    def mobile_replies(self, phone: str, begin: datetime, end: datetime, limit: int = PULL_MAX) -> list[Reply]:
        return [parse_reply(i) for i in self._pull_mobile(1, phone, begin, end, limit) if i.get("mobile")]

    def query_status(self, refs: list[MessageRef]) -> list[StatusReport]:
        """One ``pullstatus4mobile`` per phone, from its earliest send until now."""
        by_phone: dict[str, list[MessageRef]] = defaultdict(list)
        for ref in refs:
            by_phone[ref.phone].append(ref)
        now = datetime.fromtimestamp(self._clock(), UTC)
        out: list[StatusReport] = []
        for phone, group in by_phone.items():
            sent = [r.submitted_at for r in group if r.submitted_at is not None]
            begin = min(sent) - timedelta(minutes=10) if sent else now - STATUS_HORIZON
            ids = {r.vendor_msg_id for r in group}
            reports = self.mobile_delivery_reports(phone, begin, now + timedelta(minutes=10))
            out += [r for r in reports if None in ids or r.vendor_msg_id in ids]
        return out

    def fetch_replies(self, since: datetime | None = None) -> list[Reply]:
        """Drains the reply queue; ``since`` is ignored since the queue hands out each reply once."""
        replies: list[Reply] = []
        for _ in range(50):  # bounded: 5,000 replies per call
            try:
                batch = self.pull_replies(PULL_MAX)
            except VendorError:
                if not replies:
                    raise
                break  # keep what the queue already handed out; the next call continues
            replies += batch
            if len(batch) < PULL_MAX:
                break
        return replies

    def test_connection(self) -> str:
        page = self.list_templates(0, 1)
        return translate("Tencent", "Connected to Tencent Cloud SMS. The application has {count} templates.").format(
            count=page.total)

    # -- templates and signatures -------------------------------------------
    def _create(self, api: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            return self._call(api, body, send=True)
        except OutcomeUnknown as exc:  # not money, but a blind retry could file it twice
            raise VendorError(ErrorKind.TRANSIENT, translate(
                "Tencent", "The answer was lost, so it is not known whether Tencent Cloud received the "
                "application. Check the list before submitting it again."), vendor=VENDOR, text=exc.detail) from None

    @staticmethod
    def _template(d: dict[str, Any]) -> Template:
        return Template(int(d["id"]), str(d.get("text") or ""), Approval(int(d.get("status", 1))),
                        TemplateType(int(d.get("type") or 0)), str(d.get("reply") or ""))

    @staticmethod
    def _signature(d: dict[str, Any]) -> Signature:
        return Signature(int(d["id"]), str(d.get("text") or ""), Approval(int(d.get("status", 1))),
                         str(d.get("reply") or ""))

    def add_template(self, text: str, tpl_type: TemplateType = TemplateType.NORMAL, *,
                     title: str = "", remark: str = "") -> Template:
        data = self._create("add_template", {"title": title, "remark": remark, "text": text, "type": int(tpl_type)})
        return self._template(data["data"])

    def modify_template(self, tpl_id: int, text: str, tpl_type: TemplateType = TemplateType.NORMAL, *,
                        title: str = "", remark: str = "") -> Template:
        data = self._call("mod_template", {"title": title, "remark": remark, "text": text,
                                           "tpl_id": int(tpl_id), "type": int(tpl_type)})
        return self._template(data["data"])

    def delete_templates(self, ids: Iterable[int]) -> None:
        self._call("del_template", {"tpl_id": [int(i) for i in ids]})

    def get_templates(self, ids: Iterable[int]) -> list[Template]:
        data = self._call("get_template", {"tpl_id": [int(i) for i in ids]})
        return [self._template(d) for d in data.get("data") or []]

    def list_templates(self, offset: int = 0, limit: int = 10) -> TemplatePage:
        if not 1 <= limit <= TEMPLATE_PAGE_MAX:
            raise ValueError(f"limit must be 1..{TEMPLATE_PAGE_MAX}")
        data = self._call("get_template", {"tpl_page": {"offset": int(offset), "max": int(limit)}})
        return TemplatePage(int(data.get("total") or 0), [self._template(d) for d in data.get("data") or []])

    def all_templates(self) -> list[Template]:
        out: list[Template] = []
        while True:
            page = self.list_templates(len(out), TEMPLATE_PAGE_MAX)
            out += page.templates
            if not page.templates or len(out) >= page.total:
                return out

    @staticmethod
    def _sign_body(text: str, remark: str, pic: bytes | None) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text, "remark": remark}
        if pic:
            body["pic"] = base64.b64encode(pic).decode("ascii")
        return body

    def add_signature(self, text: str, *, remark: str = "", pic: bytes | None = None) -> Signature:
        """``text`` without brackets; ``pic`` a document screenshot (sent Base64-encoded)."""
        return self._signature(self._create("add_sign", self._sign_body(text, remark, pic))["data"])

    def modify_signature(self, sign_id: int, text: str, *, remark: str = "", pic: bytes | None = None) -> Signature:
        data = self._call("mod_sign", {**self._sign_body(text, remark, pic), "sign_id": int(sign_id)})
        return self._signature(data["data"])

    def delete_signatures(self, ids: Iterable[int]) -> None:
        self._call("del_sign", {"sign_id": [int(i) for i in ids]})

    def get_signatures(self, ids: Iterable[int]) -> list[Signature]:
        data = self._call("get_sign", {"sign_id": [int(i) for i in ids]})
        return [self._signature(d) for d in data.get("data") or []]

    # -- statistics ---------------------------------------------------------
    def _stats(self, api: str, begin: datetime, end: datetime) -> dict[str, Any]:
        first, last = _hour(begin), _hour(end)
        if first > last:
            raise ValueError(translate("Tencent", "The start of the period must not be after its end."))
        return dict(self._call(api, {"begin_date": first, "end_date": last}).get("data") or {})

    def balance_substitute(self) -> str:
        # v5 has no balance query; this month's statistics are the closest useful figure.
        now = datetime.now(CHINA_TZ)
        begin = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        stats = self.delivery_statistics(begin, now)
        return translate(
            "Tencent", "No balance query in Tencent v5. This month: {request} submitted, {success} accepted, "
            "{billed} billed."
        ).format(request=stats.request, success=stats.success, billed=stats.bill_number)

    def delivery_statistics(self, begin: datetime, end: datetime) -> DeliveryStatistics:
        """``pullsendstatus`` for whole hours from ``begin`` to ``end`` (Beijing time)."""
        d = self._stats("pullsendstatus", begin, end)
        return DeliveryStatistics(int(d.get("request") or 0), int(d.get("success") or 0),
                                  int(d.get("bill_number") or 0))

    def report_statistics(self, begin: datetime, end: datetime) -> ReportStatistics:
        """``pullcallbackstatus`` for whole hours from ``begin`` to ``end`` (Beijing time)."""
        d = self._stats("pullcallbackstatus", begin, end)
        success, status, status_success, status_fail = (
            int(d.get(k) or 0) for k in ("success", "status", "status_success", "status_fail"))
        return ReportStatistics(success, status, status_success, status_fail, failures=tuple(int(d.get(f"status_fail_{i}") or 0)
                                                   for i in range(len(FAILURE_CATEGORIES))))


SPEC = VendorSpec(
    id=VENDOR,
    push_kinds=tencent_push.PUSH_KINDS,
    parse_push=tencent_push.parse_push,
    name=TencentClient.display_name,
    client=TencentClient,
    fields=(
        FieldSpec("sdkappid", QT_TRANSLATE_NOOP("AccountFields", "SDK AppID"), required=True,
                  help=QT_TRANSLATE_NOOP("AccountFields", "The number (such as 1400xxxxxx) of your SMS application: Tencent Cloud SMS console > Application Management > Application List.")),
        FieldSpec("appkey", QT_TRANSLATE_NOOP("AccountFields", "App Key"), secret=True, required=True,
                  help=QT_TRANSLATE_NOOP("AccountFields", "Shown with the SDK AppID under Application Management > Basic Info. SMS Desk keeps it in the system keychain and never sends it; requests carry only a signature made with it.")),
        FieldSpec("sign", QT_TRANSLATE_NOOP("AccountFields", "SMS signature"),
                  help=QT_TRANSLATE_NOOP("AccountFields", "An approved signature without brackets, e.g. Tencent Cloud for [Tencent Cloud]. Leave empty to use the default signature.")),
        FieldSpec("extend", QT_TRANSLATE_NOOP("AccountFields", "Extended code"), advanced=True,
                  help=QT_TRANSLATE_NOOP("AccountFields", "Digits only, and only if Tencent Cloud's SMS Helper enabled an extended code for you.")),
    ),
    capabilities=TencentClient.capabilities,
    default_base_url=DEFAULT_BASE_URL,
    help=QT_TRANSLATE_NOOP("VendorHelp", "Tencent Cloud SMS (API v5) sends only templates approved in its console; SMS Desk fills in the template values. Bulk sending is for mainland China numbers; other numbers are sent one by one. Delivery reports and replies can be pulled once Tencent Cloud's SMS Helper enables it, or pushed to a callback address set in the console. Requests carry the time: this computer's clock must be within 10 minutes of the correct time. If the application has an IP allow-list, add the office's public IP."),
    cost_rule=VENDOR,
    pricing=tencent_rules.PRICING,
    fetch_templates=tencent_rules.template_choices,
    clock_codes=("1021",),
    home_region="CN",  # the document's numbers are mainland ones; others need their +country code
    fill_template=tencent_rules.fill_template,
    plan_warning=tencent_rules.plan_warning,
)
