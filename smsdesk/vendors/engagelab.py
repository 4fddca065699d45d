"""EngageLab SMS: template sends through ``POST /v1/messages`` (``engagelab-send-sms.txt``).

Reading of the document and the assumptions where it is silent:

* HTTP Basic ``dev_key:dev_secret`` (the "呼叫驗證" page is referenced, not included).
* Only template sends exist: ``template.id`` + ``params`` (the same values for every
  number of the request, so no per-recipient personalisation). A template variable
  without a value would go out literally as ``{{name}}``; when the template is known
  locally we refuse before sending.
* ``to`` is written as bare international digits (``886912345678``): the document shows
  both bare digits and ``+65…``; bare digits are its main example.
* ``plan_name`` carries ``SMS Desk`` and our ``client_ref`` so the job can be found in
  the EngageLab console; ``custom_args`` carries ``{"client_ref": ...}``.
* ``schedule_time`` (Unix seconds, rounded up) is checked before sending: at least 3
  minutes (plus 5 s for the request's travel) and at most 30 days ahead.
* No batch limit is documented; we send at most 100 numbers per request so that a
  partial or lost answer leaves few numbers in doubt.
* What is knowable per recipient: the answer has only counts (``total_count``,
  ``accepted_count``) and, for a single number, ``message_id``. All accepted → all
  submitted; none accepted → all failed (with a code: a refusal, nothing accepted);
  ``0 < accepted < total``, or an error ``code`` together with ``accepted_count > 0``
  (HTTP 200 "部分異常"), → every number ``unknown``: some were accepted but we cannot
  tell which, so none may be resent automatically. Single-number requests are exact.
* 3004 (the same template to the same number while its code is valid) is per number, but
  the answer does not say which: the request is halved until each refused number stands
  alone, so only those numbers fail with the reason and the others are sent.
* There is no status query, balance or reply API in the document.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from smsdesk.core.redact import redact
from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, join_list, translate
from smsdesk.vendors.base import (
    AccountConfig,
    Capabilities,
    ErrorEntry,
    ErrorKind,
    FieldSpec,
    OutcomeUnknown,
    RecipientResult,
    SendRequest,
    SendResult,
    TemplateChoice,
    VendorClient,
    VendorError,
    VendorSpec,
    error_from_catalogue,
)
from smsdesk.vendors.http import HttpPolicy, RateLimiter
from smsdesk.vendors.pacing import pace_for

VENDOR = "engagelab"
DEFAULT_BASE_URL = "https://smsapi.engagelab.com"
SEND_PATH = "/v1/messages"

SCHEDULE_MIN_AHEAD = timedelta(minutes=3)
# The request's own travel time. A larger margin would only refuse times EngageLab might
# accept; a time it refuses comes back as 3003 (nothing sent) anyway.
SCHEDULE_MARGIN = timedelta(seconds=5)
SCHEDULE_MAX_AHEAD = timedelta(days=30)

CAPABILITIES = Capabilities(
    batch_max=100,
    per_recipient_variables=False,
    template_only=True,
    native_schedule=True,
    schedule_min_ahead=SCHEDULE_MIN_AHEAD,
    schedule_max_ahead=SCHEDULE_MAX_AHEAD,
    schedule_format="Unix seconds",
    schedule_step=timedelta(seconds=1),
    schedule_window_strict=True,
    cancel_scheduled=False,
    status_query=False,
    push_callbacks=False,
    balance=False,
    # EngageLab's answer names no price and it has no balance query: SMS Desk counts what it sends
    # in messages, one per message part it accepted.
    cost_unit="messages",
    reports_cost=False,
    international=True,
    throughput_per_s=10.0,  # undocumented; 100 numbers a request keeps 1,000 numbers/s
    extras=("templates",),
)

_E = ErrorEntry
ERRORS: dict[str, ErrorEntry] = {
    "1000": _E(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "EngageLab had an internal error. Try again in a few minutes; if it keeps "
        "happening, contact EngageLab support.")),
    "2001": _E(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "EngageLab did not accept the Dev Key and Dev Secret. Copy both from the "
        "API key page of the EngageLab SMS console into the account settings.")),
    "2002": _E(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "This EngageLab API key has expired or was disabled. Enable it or create a new "
        "key in the EngageLab SMS console and enter it in the account settings.")),
    "2004": _E(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "This EngageLab API key is not allowed to send SMS. Give the key permission "
        "for the SMS send API in the EngageLab console, or use a key that has it.")),
    "3001": _E(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP(
        "VendorErrors", "EngageLab could not read the request ({text}). This is a problem in SMS Desk; "
        "please report it with the code shown.")),
    "3002": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "EngageLab refused a value in the request: {text}. Check the numbers, the "
        "template ID and the template values, then send again.")),
    "3003": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "EngageLab refused the request: {text}. Correct what it names and send again.")),
    "3004": _E(ErrorKind.RATE_LIMITED, QT_TRANSLATE_NOOP(
        "VendorErrors", "EngageLab does not send the same template to the same number again while the "
        "earlier code is still valid. Nothing was sent to this number; wait until that code expires, then "
        "send to it again.")),
    "4001": _E(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "EngageLab does not know this template ({text}). Check the template ID in the "
        "EngageLab SMS console (the template must be approved) and in the account's template list.")),
    "5001": _E(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP(
        "VendorErrors", "EngageLab could not send the message: {text}. Check the numbers and the template; "
        "if it is unclear, contact EngageLab support with this text.")),
}

_BY_HTTP: dict[int, str] = {401: "2001", 403: "2004", 404: "4001", 500: "1000"}
LIMIT_CODE = "3004"  # the per-template, per-number frequency rule

_DIGITS = re.compile(r"^\+([1-9]\d{6,14})$")


def format_phone(e164: str) -> str:
    """``+886912345678`` -> ``886912345678`` (international digits, no plus)."""
    number = (e164 or "").strip().replace(" ", "")
    match = _DIGITS.match(number)
    if match is None:
        raise VendorError(
            ErrorKind.BAD_NUMBER,
            translate("VendorErrors",
                      "{number} is not a complete international number. Write it with the country "
                      "code, e.g. +886912345678.").format(number=number),
            vendor=VENDOR, sent=False,
        )
    return match.group(1)


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    params: tuple[str, ...]
    preview: str = ""


_VAR = re.compile(r"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")


def template_params(preview: str) -> tuple[str, ...]:
    """Variable names used in a template text, in order of first use."""
    seen: dict[str, None] = {}
    for name in _VAR.findall(preview or ""):
        seen.setdefault(name, None)
    return tuple(seen)


def templates(account: AccountConfig) -> list[Template]:
    """The templates the user entered for this account (setting ``templates``)."""
    out: list[Template] = []
    for item in account.setting("templates") or []:
        if not isinstance(item, Mapping):
            continue
        tid = str(item.get("id") or "").strip()
        if not tid:
            continue
        preview = str(item.get("preview") or "")
        raw = item.get("params")
        params = tuple(str(p).strip() for p in raw if str(p).strip()) if isinstance(raw, (list, tuple)) else ()
        out.append(Template(tid, str(item.get("name") or tid).strip(), params or template_params(preview), preview))
    return out


def render_preview(template: Template, params: Mapping[str, Any]) -> str:
    """The template text with ``{{name}}`` replaced; missing values stay visible as ``{{name}}``."""
    def sub(match: re.Match[str]) -> str:
        value = params.get(match.group(1))
        return match.group(0) if value is None or value == "" else str(value)
    return _VAR.sub(sub, template.preview)


def missing_params(template: Template, params: Mapping[str, Any]) -> list[str]:
    return [p for p in template.params if params.get(p) is None or str(params.get(p)) == ""]



def required_params(account: AccountConfig, template_id: str, template_text: str) -> tuple[str, ...]:
    """VendorSpec.required_params: the entered template's parameters, else the ``{{name}}`` in its text."""
    for tpl in templates(account):
        if tpl.id == template_id:
            return tpl.params
    return template_params(template_text)


def template_choices(account: AccountConfig) -> list[TemplateChoice]:
    """VendorSpec.saved_templates: the entered templates as Compose offers them."""
    return [TemplateChoice(t.id, t.name if t.name == t.id else f"{t.name} ({t.id})", t.preview, t.params)
            for t in templates(account)]

class EngageLabClient(VendorClient):
    vendor = VENDOR
    display_name = QT_TRANSLATE_NOOP("Vendor", "EngageLab")
    default_base_url = DEFAULT_BASE_URL
    capabilities = CAPABILITIES

    def __init__(self, account: AccountConfig, *, http: HttpPolicy | None = None) -> None:
        super().__init__(account, http=http)
        # Paces the extra requests that isolate a 3004 number within one send.
        self._limiter: RateLimiter = pace_for(self.capabilities, account.settings).limiter()

    def templates(self) -> list[Template]:
        return templates(self.account)

    def _auth(self) -> tuple[str, str]:
        key, secret = str(self.account.setting("dev_key") or ""), self.account.secret("dev_secret")
        if not key or not secret:
            raise VendorError(
                ErrorKind.AUTH,
                translate("VendorErrors", "The EngageLab Dev Key or Dev Secret is missing. Enter both in the "
                          "account settings."),
                vendor=VENDOR, sent=False,
            )
        return key, secret

    def check_schedule(self, when: datetime, now: datetime | None = None) -> int:
        """``schedule_time`` for ``when``, or VendorError(SCHEDULING) naming the rule."""
        if when.tzinfo is None:
            raise ValueError("schedule_at must be timezone-aware")
        now = now or datetime.now(UTC)
        if when - now < SCHEDULE_MIN_AHEAD + SCHEDULE_MARGIN:
            raise VendorError(
                ErrorKind.SCHEDULING,
                translate("VendorErrors",
                          "EngageLab needs a scheduled time at least 3 minutes after the request "
                          "reaches it. Choose a time at least 4 minutes from now."),
                vendor=VENDOR, sent=False,
            )
        if when - now > SCHEDULE_MAX_AHEAD:
            raise VendorError(
                ErrorKind.SCHEDULING,
                translate("VendorErrors",
                          "EngageLab cannot schedule more than 30 days ahead. Choose an earlier time."),
                vendor=VENDOR, sent=False,
            )
        return math.ceil(when.timestamp())  # never earlier than the chosen instant

    def build_body(self, request: SendRequest, phones: list[str] | None = None) -> dict[str, Any]:
        """The /v1/messages JSON for ``phones`` (default: all of ``request``), validated first."""
        phones = list(request.phones if phones is None else phones)
        if len(request.phones) > self.capabilities.batch_max:
            raise ValueError(f"at most {self.capabilities.batch_max} phones per EngageLab request")
        if len(set(request.phones)) != len(request.phones):
            raise ValueError("duplicate phones in one EngageLab request")
        if not phones:
            raise ValueError("no phones")
        if request.variables:
            raise ValueError("EngageLab has no per-recipient values; one template value set per request")
        template_id = (request.template_id or "").strip()
        if not template_id:
            raise VendorError(
                ErrorKind.BAD_CONTENT,
                translate("VendorErrors", "EngageLab only sends approved templates. Choose a template for "
                          "this message."),
                vendor=VENDOR, sent=False,
            )
        params = {str(k): "" if v is None else str(v) for k, v in request.params.items()}
        known = {t.id: t for t in self.templates()}.get(template_id)
        if known is not None:
            missing = missing_params(known, params)
            if missing:
                raise VendorError(
                    ErrorKind.BAD_CONTENT,
                    translate("VendorErrors",
                              "The template \"{name}\" needs a value for: {missing}. Without one, EngageLab "
                              "would send the placeholder text itself. Fill them in and send again.").format(
                        name=known.name, missing=join_list(missing)),
                    vendor=VENDOR, sent=False,
                )
        body: dict[str, Any] = {
            "to": [format_phone(p) for p in phones],
            "template": {"id": template_id, "params": params},
        }
        if request.schedule_at is not None:
            body["schedule_time"] = self.check_schedule(request.schedule_at)
        if request.client_ref:
            body["plan_name"] = f"SMS Desk {request.client_ref}"[:64]
            body["custom_args"] = {"client_ref": request.client_ref}
        return body

    def send(self, request: SendRequest) -> SendResult:
        # Numbers that cannot be written internationally fail alone; the rest still goes.
        refused, phones = self.split_refused(request.phones, format_phone)
        if not phones:
            if len(request.phones) > self.capabilities.batch_max:
                raise ValueError(f"at most {self.capabilities.batch_max} phones per EngageLab request")
            return SendResult(recipients=[refused[p] for p in request.phones])
        result = self._send_isolating(request, phones)
        if refused:
            by_phone = {r.phone: r for r in result.recipients} | refused
            result.recipients = [by_phone[p] for p in request.phones]
        return result

    def _send_isolating(self, request: SendRequest, phones: list[str]) -> SendResult:
        """Send; a 3004 refusal fails only the numbers it concerns, never the whole request.

        3004 is per template and number ("同一範本以及同一目標用戶") but the answer does not say
        which number, and it accepted nothing (accepted_count 0; an answer counting accepted
        numbers is read as unknown, never resent). So the request is split in halves and sent
        again until each refused number stands alone: it fails with the reason, the rest goes.
        """
        try:
            return self._send(request, phones)
        except VendorError as exc:
            if exc.code != LIMIT_CODE:
                raise
            if len(phones) == 1:
                return SendResult([RecipientResult(phones[0], State.FAILED, None, f"code {exc.code}", error=exc)])
        parts: list[SendResult] = []
        mid = len(phones) // 2
        for half in (phones[:mid], phones[mid:]):
            self._limiter.acquire()
            try:
                parts.append(self._send_isolating(request, half))
            except VendorError as exc:  # an earlier half may be accepted: this one fails, nothing is resent
                parts.append(SendResult([RecipientResult(p, State.FAILED, None, f"code {exc.code}", error=exc)
                                         for p in half]))
            except OutcomeUnknown as exc:
                doubt = VendorError(ErrorKind.UNKNOWN, exc.message, vendor=VENDOR, text=exc.detail)
                parts.append(SendResult([RecipientResult(p, State.UNKNOWN, None, "unknown", error=doubt)
                                         for p in half]))
        plans = [str(x) for part in parts for x in part.extra.get("plan_ids", [part.batch_id]) if x]
        return SendResult([r for part in parts for r in part.recipients],
                          batch_id=plans[0] if len(plans) == 1 else None, extra={"plan_ids": plans})

    def _send(self, request: SendRequest, phones: list[str]) -> SendResult:
        body = self.build_body(request, phones)
        response = self.http.request(
            "POST", self.base_url() + SEND_PATH, send=True, vendor=VENDOR,
            json=body, auth=self._auth(), headers={"Accept": "application/json"},
        )
        if response.status_code >= 400:
            data = _json_or_none(response)
            if isinstance(data, dict) and (_as_int(data.get("accepted_count")) or 0) > 0:
                # An error status that still reports accepted numbers: never treat as nothing sent.
                return self._result(request, phones, data, body, response.status_code)
            raise self._http_error(response, body)
        data = self.http.json(response, send=True, vendor=VENDOR)
        if not isinstance(data, dict):
            raise self._unknown(f"not an object: {redact(str(data)[:120], self.http.secrets)!r}")
        return self._result(request, phones, data, body, response.status_code)

    def _result(self, request: SendRequest, phones: list[str], data: dict[str, Any], body: dict[str, Any],
                http_status: int) -> SendResult:
        n = len(phones)
        code = _code(data.get("code"))
        plan_id = str(data.get("plan_id") or "") or None
        accepted = _as_int(data.get("accepted_count"))
        total = _as_int(data.get("total_count"))
        error = self._error(code, str(data.get("message") or ""), http_status, body) if code else None
        if error is not None and not accepted:
            raise error  # HTTP 200 carrying a code with nothing accepted: a refusal
        if plan_id is None or accepted is None or total is None:
            raise self._unknown(f"missing plan_id/total_count/accepted_count in {redact(str(data)[:160], self.http.secrets)!r}")
        scheduled = request.schedule_at is not None
        extra: dict[str, Any] = {"plan_id": plan_id, "total_count": total, "accepted_count": accepted}
        task = data.get("schedule_info")
        if isinstance(task, dict) and task.get("task_id") is not None:
            extra["task_id"] = str(task["task_id"])
        message_id = str(data.get("message_id") or "") or None
        if message_id:
            extra["message_id"] = message_id
        if code:
            extra["code"] = code
            extra["message"] = str(data.get("message") or "")
        if error is None and accepted >= n:
            state = State.SCHEDULED if scheduled else State.SUBMITTED
            ids = [message_id if n == 1 else None] * n
            recipients = [RecipientResult(p, state, mid, "accepted") for p, mid in zip(phones, ids, strict=True)]
        elif error is None and accepted == 0:
            refused = VendorError(
                ErrorKind.BAD_NUMBER,
                translate("VendorErrors", "EngageLab did not accept this number. Check that it is a valid "
                          "mobile number with its country code."),
                vendor=VENDOR, code="accepted_count=0",
            )
            recipients = [RecipientResult(p, State.FAILED, None, "not accepted", error=refused)
                          for p in phones]
        elif error is not None:
            doubt = VendorError(
                ErrorKind.UNKNOWN,
                translate("VendorErrors",
                          "EngageLab reported a problem ({text}) but counted {accepted} of {total} numbers "
                          "as accepted. These numbers are marked unknown and will not be resent "
                          "automatically; check the send records in the EngageLab console before sending "
                          "again.").format(text=error.text or error.code, accepted=accepted, total=total),
                vendor=VENDOR, code=error.code, text=error.text, http_status=http_status,
            )
            recipients = [RecipientResult(p, State.UNKNOWN, message_id if n == 1 else None,
                                          f"code {code}", error=doubt) for p in phones]
        else:
            doubt = VendorError(
                ErrorKind.UNKNOWN,
                translate("VendorErrors",
                          "EngageLab accepted {accepted} of {total} numbers of this request without saying "
                          "which. These numbers are marked unknown and will not be resent automatically; "
                          "check the send records in the EngageLab console before sending again.").format(
                    accepted=accepted, total=total),
                vendor=VENDOR, code=f"accepted {accepted}/{total}",
            )
            recipients = [RecipientResult(p, State.UNKNOWN, message_id if n == 1 else None,
                                          f"accepted {accepted}/{total}", error=doubt) for p in phones]
        return SendResult(recipients=recipients, batch_id=plan_id, extra=extra)

    def _error(self, code: str, text: str, http_status: int | None, body: dict[str, Any]) -> VendorError:
        err = error_from_catalogue(ERRORS, VENDOR, code, text, http_status=http_status)
        if code == "3003" and "schedule_time" in body:
            # 3003 is the generic business check; with a schedule it is nearly always the window.
            err = VendorError(
                ErrorKind.SCHEDULING,
                translate("VendorErrors", "EngageLab refused the scheduled time: {text}. It must be at least "
                          "3 minutes and at most 30 days from now.").format(text=text),
                vendor=VENDOR, code=code, text=text, http_status=http_status,
            )
        return err

    def _http_error(self, response: requests.Response, body: dict[str, Any]) -> VendorError:
        data = _json_or_none(response)
        status = response.status_code
        if isinstance(data, dict) and data.get("code") not in (None, "", 0, "0"):
            return self._error(_code(data.get("code")), str(data.get("message") or ""), status, body)
        code = _BY_HTTP.get(status)
        if code is not None and status != 404:
            return self._error(code, f"HTTP {status}", status, body)
        return VendorError(
            ErrorKind.UNKNOWN,
            translate("VendorErrors",
                      "EngageLab refused the request with an unexpected answer (HTTP {status}). Nothing was "
                      "sent; check the server address in the account settings, or contact EngageLab "
                      "support.").format(status=status),
            vendor=VENDOR, code=f"HTTP {status}", text=redact(response.text[:120], self.http.secrets), http_status=status,
        )

    def _unknown(self, detail: str) -> OutcomeUnknown:
        return OutcomeUnknown(
            translate("VendorErrors",
                      "EngageLab answered without the expected details, so it is not known whether the "
                      "message was accepted. It will not be resent automatically; check the EngageLab "
                      "console before sending again."),
            vendor=VENDOR, detail=detail,
        )

    def test_connection(self) -> str:
        """No read-only API exists, and any send costs money: only check the settings."""
        self._auth()
        if not self.templates():
            return translate("Vendor", "EngageLab has no test call that costs nothing. Settings look "
                             "complete, but add at least one template before sending.")
        return translate("Vendor", "EngageLab has no test call that costs nothing. Settings look complete; "
                         "the key is checked on the first send.")


def _json_or_none(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _code(value: Any) -> str:
    if value is None or value == "" or value == 0 or value == "0":
        return ""
    return str(value)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


SPEC = VendorSpec(
    id=VENDOR,
    saved_templates=template_choices,
    required_params=required_params,
    name=EngageLabClient.display_name,
    client=EngageLabClient,
    fields=(
        FieldSpec("dev_key", QT_TRANSLATE_NOOP("AccountFields", "Dev Key"), required=True,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields",
                      "In the EngageLab SMS console, open the API key settings and copy the Dev Key.")),
        FieldSpec("dev_secret", QT_TRANSLATE_NOOP("AccountFields", "Dev Secret"), secret=True, required=True,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields",
                      "The Dev Secret shown next to the Dev Key. The key must be enabled and allowed to use "
                      "the SMS send API.")),
        FieldSpec("templates", QT_TRANSLATE_NOOP("AccountFields", "Templates"), kind="templates",
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields",
                      "EngageLab only sends templates approved in its console. For each one, enter its ID, a "
                      "name, and the text with its variables written {{name}}, so SMS Desk can show a "
                      "preview and ask for every value.")),
    ),
    capabilities=CAPABILITIES,
    default_base_url=DEFAULT_BASE_URL,
    help=QT_TRANSLATE_NOOP(
        "VendorHelp",
        "EngageLab sends only message templates approved in the EngageLab SMS console. Before sending, "
        "create and get approval for your templates there, then copy the Dev Key and Dev Secret from the "
        "API key settings. Scheduled sends must be 3 minutes to 30 days ahead. EngageLab offers no balance "
        "or delivery-status query through this API."),
    cost_rule=VENDOR,
)
