"""EngageLab ``POST /v1/messages`` server side, read independently from ``engagelab-send-sms.txt``.

HTTP Basic ``dev_key:dev_secret``; template sends only; ``schedule_time`` window 3 min -
30 days; error bodies ``{"plan_id", "total_count", "accepted_count", "code", "message"}``
with the documented HTTP status. Numbers that are not 7-15 international digits (an
optional leading ``+``) are not accepted: they lower ``accepted_count``; when none is
accepted the answer is HTTP 200 with code 5001 (one of the documented "HTTP 200 with a
code" cases). Templates may carry an OTP validity: the same template to the same number
inside it is refused with 3004.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from smsdesk.sim.server import ForcedAnswers, SimRequest, SimResponse, VendorSim

ERROR_STATUS: dict[int, int] = {
    1000: 500, 2001: 401, 2002: 401, 2004: 403,
    3001: 400, 3002: 400, 3003: 400, 3004: 400, 4001: 400, 5001: 400,
}
MIN_AHEAD = 3 * 60
MAX_AHEAD = 30 * 24 * 3600
_NUMBER = re.compile(r"^\+?([1-9]\d{6,14})$")
_VAR = re.compile(r"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")
_ids = itertools.count(1)
_id_lock = threading.Lock()


def _snowflake() -> str:
    with _id_lock:
        return str((int(time.time() * 1000) << 22) | (next(_ids) & 0x3FFFFF))


@dataclass
class SimTemplate:
    id: str
    content: str
    otp_ttl: int | None = None  # seconds a code stays valid (3004 rule)


@dataclass
class SimAccount:
    dev_key: str
    dev_secret: str
    disabled: bool = False
    may_send: bool = True
    templates: dict[str, SimTemplate] = field(default_factory=dict)


@dataclass
class SimPlan:
    plan_id: str
    dev_key: str
    to: list[str]  # accepted numbers, digits only
    rejected: list[str]
    template_id: str
    params: dict[str, str]
    text: str
    plan_name: str
    custom_args: dict[str, Any]
    schedule_time: int | None
    task_id: int | None
    message_ids: dict[str, str]
    created: float


@dataclass
class _Forced:
    code: int
    status: int | None
    message: str
    accepted: int | None  # not None: process the send, then answer HTTP 200 with the code


class _Refusal(Exception):
    def __init__(self, code: int, message: str, total: int = 0) -> None:
        self.code, self.message, self.total = code, message, total


class Sim(VendorSim):
    prefix = "engagelab"

    def __init__(self) -> None:
        super().__init__()
        self.accounts: dict[str, SimAccount] = {}
        self.plans: list[SimPlan] = []
        self.forced = ForcedAnswers()  # answers: _Forced, for the next requests in order
        self._last_sent: dict[tuple[str, str, str], float] = {}  # (key, template, number) -> time
        self._replies: list[SimResponse] = []
        self._partial: list[int] = []

    # -- test / demo hooks ------------------------------------------------------
    def add_account(self, dev_key: str, dev_secret: str, *, templates: dict[str, str] | None = None,
                    disabled: bool = False, may_send: bool = True) -> None:
        with self.lock:
            self.accounts[dev_key] = SimAccount(
                dev_key, dev_secret, disabled, may_send,
                {tid: SimTemplate(tid, text) for tid, text in (templates or {}).items()},
            )

    def add_template(self, dev_key: str, template_id: str, content: str, *, otp_ttl: int | None = None) -> None:
        with self.lock:
            self.accounts[dev_key].templates[template_id] = SimTemplate(template_id, content, otp_ttl)

    def disable(self, dev_key: str, disabled: bool = True) -> None:
        with self.lock:
            self.accounts[dev_key].disabled = disabled

    def set_permission(self, dev_key: str, may_send: bool) -> None:
        with self.lock:
            self.accounts[dev_key].may_send = may_send

    def force_error(self, code: int | str, *, times: int = 1, status: int | None = None,
                    message: str = "", accepted: int | None = None) -> None:
        """Answer the next request(s) with ``code``; ``accepted`` makes it the HTTP 200 partial case."""
        self.forced.add(_Forced(int(code), status, message or f"forced error {code}", accepted), times=times)

    def force_partial(self, accepted: int) -> None:
        """The next send accepts only its first ``accepted`` valid numbers (HTTP 200, no code)."""
        with self.lock:
            self._partial.append(accepted)

    def force_reply(self, body: Any, *, status: int = 200) -> None:
        """The next request gets exactly this JSON answer, unprocessed."""
        with self.lock:
            self._replies.append(SimResponse.of_json(body, status))

    def accepted_numbers(self) -> list[str]:
        with self.lock:
            return [n for p in self.plans for n in p.to]

    def control(self, action: str, payload: dict[str, Any]) -> Any:
        if action == "add_account":
            self.add_account(payload["dev_key"], payload["dev_secret"], templates=payload.get("templates"))
            return None
        if action == "add_template":
            self.add_template(payload["dev_key"], payload["id"], payload["content"], otp_ttl=payload.get("otp_ttl"))
            return None
        if action == "force_error":
            self.force_error(payload["code"], times=int(payload.get("times", 1)), status=payload.get("status"),
                             accepted=payload.get("accepted"))
            return None
        if action == "disable":
            self.disable(payload["dev_key"], bool(payload.get("disabled", True)))
            return None
        if action == "plans":
            with self.lock:
                return [{"plan_id": p.plan_id, "to": p.to, "rejected": p.rejected, "template_id": p.template_id,
                         "params": p.params, "text": p.text, "plan_name": p.plan_name,
                         "custom_args": p.custom_args, "schedule_time": p.schedule_time,
                         "task_id": p.task_id, "message_ids": p.message_ids} for p in self.plans]
        raise KeyError(action)

    def seed_demo(self) -> dict[str, Any]:
        templates = {
            "1233": "Verification code: {{code}}. This code will expire in 5 minutes.",
            "notification-template": "Your order {{order}} has shipped.",
            "marketing-template": "Hi from {{name}}! Enjoy {{promotion}} off this week.",
        }
        with self.lock:
            if "demo-dev-key" not in self.accounts:
                self.add_account("demo-dev-key", "demo-dev-secret", templates=templates)
        return {
            "dev_key": "demo-dev-key",
            "dev_secret": "demo-dev-secret",
            "templates": [{"id": tid, "name": tid, "params": list(dict.fromkeys(_VAR.findall(text))),
                           "preview": text} for tid, text in templates.items()],
        }

    # -- HTTP ------------------------------------------------------------------
    def handle(self, request: SimRequest) -> SimResponse | None:
        if request.path.rstrip("/") != "/v1/messages":
            return None
        if request.method != "POST":
            return SimResponse.of_text("method not allowed", 405)
        if self._replies:
            return self._replies.pop(0)
        forced = self.forced.take()
        if forced is not None and forced.accepted is None:
            return self._error(forced.code, forced.message, status=forced.status)
        try:
            acct = self._authenticate(request)
            plan = self._send(acct, request, forced)
        except _Refusal as refusal:
            return self._error(refusal.code, refusal.message, total=refusal.total)
        body: dict[str, Any] = {"plan_id": plan.plan_id, "total_count": len(plan.to) + len(plan.rejected),
                                "accepted_count": len(plan.to)}
        if body["total_count"] == 1 and plan.message_ids:
            body["message_id"] = next(iter(plan.message_ids.values()))
        if plan.task_id is not None:
            body["schedule_info"] = {"task_id": plan.task_id}
        if forced is not None:
            body.update(code=forced.code, message=forced.message)
        elif not plan.to:
            body.update(code=5001, message="no valid target: " + ", ".join(plan.rejected[:5]))
        return SimResponse.of_json(body, (forced.status or 200) if forced is not None else 200)

    def _authenticate(self, request: SimRequest) -> SimAccount:
        header = request.header("authorization")
        scheme, _, token = header.partition(" ")
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8") \
                if scheme.lower() == "basic" else ""
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        key, sep, secret = decoded.partition(":")
        acct = self.accounts.get(key) if sep else None
        if acct is None or acct.dev_secret != secret:
            raise _Refusal(2001, "authentication failed: invalid dev_key or dev_secret")
        if acct.disabled:
            raise _Refusal(2002, "authentication failed: key expired or disabled")
        if not acct.may_send:
            raise _Refusal(2004, "no permission to call this API")
        return acct

    def _send(self, acct: SimAccount, request: SimRequest, forced: _Forced | None) -> SimPlan:
        try:
            data = request.json()
        except (ValueError, UnicodeDecodeError):
            raise _Refusal(3001, "invalid request body: not JSON") from None
        if not isinstance(data, dict):
            raise _Refusal(3001, "invalid request body: not a JSON object")
        to = data.get("to")
        if not isinstance(to, list) or not to or not all(isinstance(n, str) for n in to):
            raise _Refusal(3002, "to must be a non-empty array of strings")
        total = len(to)
        template = data.get("template")
        if not isinstance(template, dict) or not isinstance(template.get("id"), str) or not template["id"]:
            raise _Refusal(3002, "template.id is required", total)
        params = template.get("params")
        if not isinstance(params, dict) or not all(isinstance(v, str) for v in params.values()):
            raise _Refusal(3002, "template.params must be an object of strings", total)
        plan_name = data.get("plan_name", "-")
        if not isinstance(plan_name, str):
            raise _Refusal(3002, "plan_name must be a string", total)
        custom_args = data.get("custom_args", {})
        if not isinstance(custom_args, dict):
            raise _Refusal(3002, "custom_args must be an object", total)
        schedule = data.get("schedule_time")
        if schedule is not None:
            if not isinstance(schedule, int) or isinstance(schedule, bool) or schedule <= 0:
                raise _Refusal(3002, "schedule_time must be a positive integer (Unix seconds)", total)
            now = time.time()
            if schedule < now + MIN_AHEAD:
                raise _Refusal(3003, "schedule_time must be at least 3 minutes later than the current time", total)
            if schedule > now + MAX_AHEAD:
                raise _Refusal(3003, "schedule_time cannot be more than 30 days from now", total)
        tpl = acct.templates.get(template["id"])
        if tpl is None:
            raise _Refusal(4001, f"template {template['id']} not found", total)
        valid: list[str] = []
        rejected: list[str] = []
        for number in to:
            match = _NUMBER.match(number.strip())
            (valid if match else rejected).append(match.group(1) if match else number)
        valid = list(dict.fromkeys(valid))
        now = time.time()
        if tpl.otp_ttl:
            for number in valid:
                last = self._last_sent.get((acct.dev_key, tpl.id, number))
                if last is not None and now - last < tpl.otp_ttl:
                    raise _Refusal(3004, f"frequency limit: template {tpl.id} already sent to {number}", total)
        keep = forced.accepted if forced is not None and forced.accepted is not None else (
            self._partial.pop(0) if self._partial else None)
        if keep is not None:
            rejected += valid[keep:]
            valid = valid[:keep]
        for number in valid:
            self._last_sent[(acct.dev_key, tpl.id, number)] = now
        text = _VAR.sub(lambda m: params.get(m.group(1), m.group(0)), tpl.content)
        plan = SimPlan(
            plan_id=_snowflake(), dev_key=acct.dev_key, to=valid, rejected=rejected, template_id=tpl.id,
            params=dict(params), text=text, plan_name=plan_name, custom_args=custom_args,
            schedule_time=schedule, task_id=int(_snowflake()) if schedule is not None and valid else None,
            message_ids={n: _snowflake() for n in valid}, created=now,
        )
        self.plans.append(plan)
        return plan

    @staticmethod
    def _error(code: int, message: str, *, status: int | None = None, total: int = 0) -> SimResponse:
        return SimResponse.of_json(
            {"plan_id": "", "total_count": total, "accepted_count": 0, "code": code, "message": message},
            status or ERROR_STATUS.get(code, 400),
        )
