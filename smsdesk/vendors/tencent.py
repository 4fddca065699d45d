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

The protocol's tables and pure readers live in :mod:`tencent_wire`, the console tools
(templates, signatures, statistics) in :mod:`tencent_console`; this module is the client
and the driver's declaration, and names everything a caller needs.
"""

from __future__ import annotations

import json
import secrets
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, cast
from urllib.parse import urlencode

import requests

from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors import tencent_push, tencent_rules
from smsdesk.vendors.base import (
    AccountConfig,
    Capabilities,
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
from smsdesk.vendors.tencent_console import (
    FAILURE_CATEGORIES,
    Approval,
    ConsoleApi,
    DeliveryStatistics,
    ReportStatistics,
    Signature,
    Template,
    TemplatePage,
    TemplateType,
)
from smsdesk.vendors.tencent_wire import (
    _UNKNOWN_ON_SEND,
    API_PREFIX,
    BULK_MAX,
    CALLBACK_ANSWER,
    CHINA_TZ,
    DEFAULT_BASE_URL,
    ERRORS,
    MAX_CHARS,
    PER_NUMBER_LIMITS,
    PULL_MAX,
    STATUS_HORIZON,
    TEMPLATE_PAGE_MAX,
    VENDOR,
    PlannedRequest,
    compute_sig,
    format_phone,
    parse_delivery_callback,
    parse_reply,
    parse_reply_callback,
    parse_report,
    phone_of,
    plan_requests,
    split_phone,
)

# The driver's public names, wherever they are defined (tests and the GUI import them from here).
__all__ = [
    "API_PREFIX", "BULK_MAX", "CALLBACK_ANSWER", "CHINA_TZ", "DEFAULT_BASE_URL", "ERRORS", "FAILURE_CATEGORIES",
    "MAX_CHARS", "PER_NUMBER_LIMITS", "PULL_MAX", "SPEC", "STATUS_HORIZON", "TEMPLATE_PAGE_MAX", "VENDOR",
    "Approval", "DeliveryStatistics", "PlannedRequest", "ReportStatistics", "Signature", "Template", "TemplatePage",
    "TemplateType", "TencentClient", "compute_sig", "format_phone", "parse_delivery_callback", "parse_reply",
    "parse_reply_callback", "parse_report", "plan_requests", "split_phone",
]


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


class TencentClient(ConsoleApi, VendorClient):
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
                if exc.code in PER_NUMBER_LIMITS and len(plan.phones) == 1:
                    phone = plan.phones[0]
                    results[phone] = RecipientResult(phone, State.FAILED, vendor_status=f"{exc.code} {exc.text}"
                                                     .strip(), error=exc)
                    continue
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
                by_phone[phone_of(item)].append(item)
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
    required_params=tencent_rules.required_params,
    clock_codes=("1021",),
    home_region="CN",  # the document's numbers are mainland ones; others need their +country code
    fill_template=tencent_rules.fill_template,
    plan_warning=tencent_rules.plan_warning,
)
