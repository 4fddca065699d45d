"""SepSMS REST API v2 server side, read independently from ``sepsms-rest-api-v2.txt``.

Enforces what the document states (``X-API-Key`` with ``sk_sep_`` keys, scopes, per-key
IP lists, 120 sends/min, 5 OTP/min per IP, 2,400 calls/min, numbers ``0xxxxxxxxx`` or
``66xxxxxxxxx``) and fills the gaps the way a plausible vendor would: credits charged per
recipient per segment (GSM 7-bit 160/153, otherwise UCS-2 70/67; blocked numbers are
free), ``POST /message/{uuid}/cancel`` refunds a scheduled send, per-number status at
``GET /message/{uuid}/recipients``. Webhooks are signed HMAC-SHA256 over
``"<t>." + body`` and sent in ``X-Webhook-Signature: t=<t>,v1=<hex>``.
"""

from __future__ import annotations

import hmac
import logging
import math
import re
import secrets
import string
import threading
import time
import uuid as uuidlib
from collections import Counter
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import requests

from smsdesk.sim.sepsms_state import (
    _FINAL,
    ALL_SCOPES,
    BANGKOK,
    ERROR_STATUS,
    MAX_SEGMENTS,
    OTP_MAX_ATTEMPTS,
    SimAccount,
    SimMessage,
    SimOtp,
    SimRecipient,
    _fill,
    _Forced,
    _iso,
    _now,
    _Refusal,
    _Window,
    build_webhook,
    emit_webhook,
    normalise,
    segments,
)
from smsdesk.sim.server import ForcedAnswers, SimRequest, SimResponse, VendorSim

__all__ = ["Sim", "build_webhook", "emit_webhook", "segments"]

log = logging.getLogger("smsdesk.sim.sepsms")


class Sim(VendorSim):
    prefix = "sepsms"

    def __init__(self) -> None:
        super().__init__()
        self.accounts: dict[str, SimAccount] = {}
        self.messages: dict[str, SimMessage] = {}
        self.otps: dict[str, SimOtp] = {}
        self.webhooks_sent: list[tuple[str, str, int | str]] = []  # (url, event, status|error)
        self.send_budget, self.send_window = 120, 60.0
        self.otp_budget, self.otp_window = 5, 60.0
        self.all_budget, self.all_window = 2400, 60.0
        self._windows: dict[tuple[str, str], _Window] = {}
        self.forced = ForcedAnswers()  # answers: _Forced
        self._ref_counter = 0
        self._replies: list[tuple[str | None, SimResponse]] = []
        self.emit_sync = True  # tests: webhooks posted before deliver() returns
        self.recipients_endpoint = True  # False: /message/{uuid}/recipients answers 404

    # -- test / demo hooks ---------------------------------------------------
    def add_account(self, api_key: str | None = None, *, credit: float = 1000.0,
                    origins: tuple[str, ...] | list[str] = ("SEPSMS",),
                    scopes: set[str] | frozenset[str] | None = None, allowed_ips: set[str] | None = None,
                    blocked_numbers: set[str] | None = None) -> str:
        key = api_key or "sk_sep_" + secrets.token_hex(16)
        if not key.startswith("sk_sep_"):
            raise ValueError("SepSMS keys start with sk_sep_")
        with self.lock:
            self.accounts[key] = SimAccount(
                key, credit, set(origins), set(ALL_SCOPES if scopes is None else scopes),
                set(allowed_ips) if allowed_ips is not None else None,
                blocked_numbers={normalise(n) or n for n in (blocked_numbers or ())},
            )
        return key

    def revoke(self, api_key: str) -> None:
        with self.lock:
            self.accounts[api_key].revoked = True

    def set_credit(self, api_key: str, credit: float) -> None:
        with self.lock:
            self.accounts[api_key].credit = credit

    def credit(self, api_key: str) -> float:
        with self.lock:
            return self.accounts[api_key].credit

    def set_send_budget(self, budget: int, window: float = 60.0) -> None:
        with self.lock:
            self.send_budget, self.send_window = budget, window
            self._windows = {k: w for k, w in self._windows.items() if k[1] != "send"}

    def set_otp_budget(self, budget: int, window: float = 60.0) -> None:
        with self.lock:
            self.otp_budget, self.otp_window = budget, window
            self._windows = {k: w for k, w in self._windows.items() if k[1] != "otp"}

    def set_webhook(self, api_key: str, url: str | None, secret: str = "",
                    events: tuple[str, ...] | list[str] = ("dr.success", "dr.failed"),
                    low_credit_threshold: float | None = None) -> None:
        with self.lock:
            acct = self.accounts[api_key]
            acct.webhook_url, acct.webhook_secret, acct.webhook_events = url, secret, set(events)
            acct.low_credit_threshold = low_credit_threshold

    def force_error(self, code: str, *, times: int = 1, path: str | None = None,
                    status: int | None = None, message: str = "") -> None:
        """The next matching request(s) answer with ``code`` without being processed."""
        self.forced.add(_Forced(code, status, message or f"forced {code}"), path=path, times=times)

    def force_reply(self, body: Any, *, status: int = 200, path: str | None = None) -> None:
        """The next matching request gets exactly this JSON answer, unprocessed."""
        with self.lock:
            self._replies.append((path, SimResponse.of_json(body, status)))

    def otp_code(self, reference: str) -> str:
        """What the handset would have received."""
        with self.lock:
            return self.otps[reference].code

    def expire_otp(self, reference: str) -> None:
        with self.lock:
            self.otps[reference].expires_at = _now() - timedelta(seconds=1)

    def release_scheduled(self, uuid: str | None = None) -> None:
        """Make scheduled sends due now (all, or one)."""
        with self.lock:
            for msg in self.messages.values():
                if msg.status == "scheduled" and (uuid is None or msg.uuid == uuid):
                    msg.scheduled_time = _now() - timedelta(seconds=1)
            self._tick()

    def recipient_counts(self) -> Counter[str]:
        """How many accepted, not-cancelled sends each number got (66... form)."""
        with self.lock:
            return Counter(n for m in self.messages.values() if m.status != "cancelled"
                           for n, r in m.recipients.items() if r.status != "blocked")

    def deliver(self, ref: str, phone: str | None = None, *, status: str = "success",
                reason: str = "") -> list[tuple[str, str]]:
        """Set the final status of a send's numbers (ref: uuid, or a number's latest send)."""
        with self.lock:
            self._tick()
            targets = self._targets(ref, phone)
            changed: list[tuple[SimMessage, SimRecipient]] = []
            for msg, rec in targets:
                if rec.status in _FINAL:
                    continue
                rec.status, rec.reason, rec.updated_at = status, reason, _now()
                if status in ("failed", "expired"):
                    self.accounts[msg.api_key].credit += rec.credit
                    msg.refunded += 1
                changed.append((msg, rec))
            done = []
            for msg in {id(m): m for m, _ in changed}.values():
                if all(r.status in _FINAL for r in msg.recipients.values()):
                    msg.status = "completed"
                    done.append(msg)
            hooks: list[tuple[str, str, dict[str, Any]]] = [(msg.api_key, "dr.success" if rec.status == "success" else "dr.failed",
                      {"smsUuid": msg.uuid, "msisdn": rec.msisdn, "txId": rec.tx_id, "status": rec.status,
                       **({"reason": rec.reason} if rec.reason else {})}) for msg, rec in changed]
            hooks += [(msg.api_key, "sms.completed", {
                "smsUuid": msg.uuid, "status": "completed", "totalMsisdn": len(msg.recipients),
                "drSummary": self._dr_summary(msg)}) for msg in done]
            result = [(m.uuid, r.msisdn) for m, r in changed]
        for api_key, event, payload in hooks:
            self._emit(api_key, event, payload)
        return result

    def fail(self, ref: str, phone: str | None = None, *, reason: str = "undeliverable") -> list[tuple[str, str]]:
        return self.deliver(ref, phone, status="failed", reason=reason)

    def _targets(self, ref: str, phone: str | None) -> list[tuple[SimMessage, SimRecipient]]:
        if ref in self.messages:
            msg = self.messages[ref]
            want = normalise(_digits(phone)) if phone else None
            return [(msg, r) for n, r in msg.recipients.items() if want is None or n == want]
        number = normalise(_digits(ref))
        for msg in sorted(self.messages.values(), key=lambda m: m.created_at, reverse=True):
            if number in msg.recipients:
                return [(msg, msg.recipients[number])]
        raise KeyError(ref)

    def _emit(self, api_key: str, event: str, payload: dict[str, Any], *, sync: bool | None = None) -> None:
        """POST a webhook if the account registered one; inside a request handler, in a thread."""
        with self.lock:
            acct = self.accounts.get(api_key)
            if acct is None or not acct.webhook_url or event not in acct.webhook_events:
                return
            url, secret = acct.webhook_url, acct.webhook_secret

        def post() -> None:
            try:
                status: int | str = emit_webhook(url, event, payload, secret)
            except requests.RequestException as exc:
                status = type(exc).__name__
            with self.lock:
                self.webhooks_sent.append((url, event, status))

        if self.emit_sync if sync is None else sync:
            post()
        else:
            threading.Thread(target=post, daemon=True, name="sepsms-webhook").start()

    def control(self, action: str, payload: dict[str, Any]) -> Any:
        if action == "add_account":
            return self.add_account(payload.get("api_key"), credit=float(payload.get("credit", 1000)),
                                    origins=payload.get("origins", ["SEPSMS"]),
                                    scopes=set(payload["scopes"]) if "scopes" in payload else None,
                                    allowed_ips=set(payload["allowed_ips"]) if payload.get("allowed_ips") else None)
        if action == "set_credit":
            self.set_credit(payload["api_key"], float(payload["credit"]))
            return None
        if action == "credit":
            return self.credit(payload["api_key"])
        if action == "deliver":
            return self.deliver(payload["ref"], payload.get("phone"), status=payload.get("status", "success"))
        if action == "fail":
            return self.fail(payload["ref"], payload.get("phone"), reason=payload.get("reason", "undeliverable"))
        if action == "force_error":
            self.force_error(payload["code"], times=int(payload.get("times", 1)), path=payload.get("path"),
                             status=payload.get("status"))
            return None
        if action == "set_send_budget":
            self.set_send_budget(int(payload["budget"]), float(payload.get("window", 60)))
            return None
        if action == "otp_code":
            return self.otp_code(payload["reference"])
        if action == "set_webhook":
            self.set_webhook(payload["api_key"], payload.get("url"), payload.get("secret", ""),
                             payload.get("events", ["dr.success", "dr.failed"]))
            return None
        if action == "release_scheduled":
            self.release_scheduled(payload.get("uuid"))
            return None
        if action == "messages":
            with self.lock:
                return [self._message_json(m) | {"message": m.message,
                                                  "recipients": [self._recipient_json(r) for r in m.recipients.values()]}
                        for m in self.messages.values()]
        raise KeyError(action)

    def seed_demo(self) -> dict[str, Any]:
        key = "sk_sep_demo0000000000000000000000"
        if key not in self.accounts:
            self.add_account(key, credit=5000, origins=("SEPSMS", "SMSDESK"))
        return {"api_key": key, "origin": "SEPSMS"}

    # -- HTTP ------------------------------------------------------------------
    def handle(self, request: SimRequest) -> SimResponse | None:
        self._tick()
        for i, (path, reply) in enumerate(self._replies):
            if path is None or path in request.path:
                del self._replies[i]
                return reply
        try:
            forced = self.forced.take(request.path)
            if forced is not None:
                return self._error(forced.code, forced.message, status=forced.status)
            acct = self._authenticate(request)
            self._count("all", acct.api_key, self.all_budget, self.all_window, "rate_limit.exceeded")
            return self._route(request, acct)
        except _Refusal as refusal:
            return self._error(refusal.code, refusal.message, headers=refusal.headers)

    def _route(self, request: SimRequest, acct: SimAccount) -> SimResponse | None:
        path, method = request.path.rstrip("/") or "/", request.method
        if path == "/message/send" and method == "POST":
            self._need(acct, "sms:send")
            self._count("send", acct.api_key, self.send_budget, self.send_window, "rate_limit.exceeded")
            return self._send(acct, self._body(request))
        if path == "/message/credit/balance" and method == "GET":
            self._need(acct, "credit:read")
            return SimResponse.of_json({"result": {"balance": _num(acct.credit)}})
        if path == "/otp/send" and method == "POST":
            self._need(acct, "otp:send")
            self._count("otp", request.client, self.otp_budget, self.otp_window, "rate_limit.otp")
            return self._otp_send(acct, self._body(request))
        if path == "/otp/verify" and method == "POST":
            self._need(acct, "otp:verify")
            return self._otp_verify(acct, self._body(request))
        if path == "/webhooks":
            raise _Refusal("auth.insufficient_scope",
                           "Webhook endpoints are managed in the developer dashboard, not with API keys")
        match = re.fullmatch(r"/message/([^/]+)(/recipients|/cancel)?", path)
        if match is None:
            return None
        msg = self.messages.get(match.group(1))
        tail = match.group(2)
        if tail == "/cancel" and method == "POST":
            self._need(acct, "sms:send")
            return self._cancel(acct, msg)
        if method != "GET" or tail == "/cancel":
            return None
        self._need(acct, "sms:read")
        if msg is None or msg.api_key != acct.api_key:
            raise _Refusal("message.not_found", "Message not found")
        if tail == "/recipients":
            if not self.recipients_endpoint:
                return None
            # Blocked numbers are counted in blockedCount and left out here (docs/simulator-assumptions.md).
            return SimResponse.of_json({"result": {"uuid": msg.uuid, "recipients": [
                self._recipient_json(r) for r in msg.recipients.values() if r.status != "blocked"]}})
        return SimResponse.of_json({"result": self._message_json(msg)})

    # -- pieces ------------------------------------------------------------------
    def _authenticate(self, request: SimRequest) -> SimAccount:
        key = request.header("x-api-key").strip()
        acct = self.accounts.get(key) if key.startswith("sk_sep_") else None
        if acct is None:
            raise _Refusal("auth.invalid_credentials", "API key is missing or invalid")
        if acct.revoked:
            raise _Refusal("auth.key_revoked", "API key has been revoked")
        if acct.allowed_ips is not None and request.client not in acct.allowed_ips:
            raise _Refusal("auth.ip_not_allowed", f"IP {request.client} is not allowed for this API key")
        return acct

    @staticmethod
    def _need(acct: SimAccount, scope: str) -> None:
        if scope not in acct.scopes:
            raise _Refusal("auth.insufficient_scope", f"API key lacks scope {scope}")

    def _count(self, kind: str, who: str, budget: int, window: float, code: str) -> None:
        now = time.monotonic()
        slot = self._windows.get((who, kind))
        if slot is None or now - slot.started >= window:
            slot = self._windows[(who, kind)] = _Window(now)
        if slot.count >= budget:
            wait = max(0.01, slot.started + window - now)
            retry = str(math.ceil(wait)) if wait >= 1 else f"{wait:.2f}"
            raise _Refusal(code, "Too many requests, please retry later",
                           {"Retry-After": retry, "RateLimit-Remaining": "0"})
        slot.count += 1

    @staticmethod
    def _body(request: SimRequest) -> dict[str, Any]:
        if "json" not in request.header("content-type"):
            raise _Refusal("validation.invalid_json", "Content-Type must be application/json")
        try:
            data = request.json()
        except (ValueError, UnicodeDecodeError):
            raise _Refusal("validation.invalid_json", "Body is not valid JSON") from None
        if not isinstance(data, dict):
            raise _Refusal("validation.invalid_json", "Body must be a JSON object")
        return data

    @staticmethod
    def _origin(acct: SimAccount, data: dict[str, Any]) -> str:
        origin = data.get("origin")
        if not isinstance(origin, str) or not origin.strip():
            raise _Refusal("validation.origin_required", "origin is required")
        if origin not in acct.origins:
            raise _Refusal("validation.origin_not_approved", f"Sender name '{origin}' is not approved")
        return origin

    def _send(self, acct: SimAccount, data: dict[str, Any]) -> SimResponse:
        origin = self._origin(acct, data)
        message = data.get("message")
        if not isinstance(message, str) or not message.strip():
            raise _Refusal("validation.message_required", "message is required")
        recipients = data.get("recipients")
        if not isinstance(recipients, list) or not recipients:
            raise _Refusal("validation.recipients_required", "recipients must be a non-empty array")
        bad = [r for r in recipients if not isinstance(r, str) or normalise(r) is None]
        if bad:
            raise _Refusal("validation.invalid_recipient",
                           "Invalid msisdn: " + ", ".join(str(b) for b in bad[:5]))
        variables = data.get("variables")
        if variables is not None and not (
            isinstance(variables, dict)
            and all(isinstance(v, dict) and all(isinstance(x, str) for x in v.values()) for v in variables.values())
        ):
            raise _Refusal("validation.invalid_variables", "variables must map msisdn to an object of strings")
        scheduled = self._scheduled_time(data.get("scheduledTime"))
        unique: dict[str, str] = {}
        for r in recipients:
            unique.setdefault(normalise(r) or r, r)
        now = _now()
        plan: dict[str, SimRecipient] = {}
        total = 0.0
        blocked = 0
        for norm, given in unique.items():
            values: dict[str, str] = (variables or {}).get(given) or (variables or {}).get(norm) or {}
            text = re.sub(r"\{(\w+)\}", partial(_fill, values), message)
            parts = segments(text)
            if parts > MAX_SEGMENTS:
                raise _Refusal("validation.message_too_long",
                               f"Message is {parts} segments; the maximum is {MAX_SEGMENTS}")
            if norm in acct.blocked_numbers:
                blocked += 1
                plan[norm] = SimRecipient(given, text, 0.0, "blocked", now)
                continue
            plan[norm] = SimRecipient(given, text, float(parts), "scheduled" if scheduled else "pending", now)
            total += parts
        if total > acct.credit:
            raise _Refusal("credit.insufficient",
                           f"Insufficient credit: {_num(total)} required, {_num(acct.credit)} available")
        acct.credit -= total
        self._ref_counter += 1
        msg = SimMessage(
            uuid=str(uuidlib.uuid4()), ref_no=f"SP{now:%y%m%d}{self._ref_counter:06d}",
            api_key=acct.api_key, origin=origin, message=message, recipients=plan,
            scheduled_time=scheduled, status="scheduled" if scheduled else "pending",
            created_at=now, total_credit=total, blocked_count=blocked,
        )
        if blocked == len(plan):
            msg.status = "completed"
        self.messages[msg.uuid] = msg
        self._maybe_low_credit(acct)
        return SimResponse.of_json({"result": {
            "uuid": msg.uuid, "refNo": msg.ref_no, "totalMsisdn": len(plan), "totalCredit": _num(total),
            "blockedCount": blocked, "status": msg.status,
        }})

    @staticmethod
    def _scheduled_time(value: Any) -> datetime | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise _Refusal("validation.invalid_scheduled_time", "scheduledTime must be an ISO 8601 string")
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise _Refusal("validation.invalid_scheduled_time",
                           f"scheduledTime '{value}' is not ISO 8601") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=BANGKOK)
        if when <= _now():
            raise _Refusal("validation.invalid_scheduled_time", "scheduledTime must be in the future")
        return when

    def _cancel(self, acct: SimAccount, msg: SimMessage | None) -> SimResponse:
        if msg is None or msg.api_key != acct.api_key:
            raise _Refusal("message.not_found", "Message not found")
        if msg.status == "cancelled":
            raise _Refusal("message.already_cancelled", "Message was already cancelled")
        if msg.status != "scheduled":
            raise _Refusal("message.not_cancellable", "Only scheduled messages can be cancelled")
        now = _now()
        refund = 0.0
        for rec in msg.recipients.values():
            if rec.status == "scheduled":
                refund += rec.credit
                rec.status, rec.updated_at = "cancelled", now
        acct.credit += refund
        msg.status = "cancelled"
        return SimResponse.of_json({"result": {"uuid": msg.uuid, "status": "cancelled",
                                               "refundedCredit": _num(refund)}})

    def _otp_send(self, acct: SimAccount, data: dict[str, Any]) -> SimResponse:
        destination = data.get("destination")
        norm = normalise(destination) if isinstance(destination, str) else None
        if norm is None or not isinstance(destination, str):
            raise _Refusal("validation.invalid_recipient", f"Invalid destination: {destination}")
        self._origin(acct, data)
        template = data.get("template", "รหัส OTP ของคุณคือ {code} (Ref: {ref})")
        if not isinstance(template, str) or "{code}" not in template:
            raise _Refusal("validation.invalid_template", "template must contain {code}")
        ttl = data.get("ttlSeconds", 300)
        if not isinstance(ttl, int) or isinstance(ttl, bool) or not 60 <= ttl <= 600:
            raise _Refusal("validation.invalid_parameter", "ttlSeconds must be 60-600")
        length = data.get("codeLength", 6)
        if not isinstance(length, int) or isinstance(length, bool) or not 4 <= length <= 8:
            raise _Refusal("validation.invalid_parameter", "codeLength must be 4-8")
        code = "".join(secrets.choice(string.digits) for _ in range(length))
        ref = "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(6))
        text = template.replace("{code}", code).replace("{ref}", ref)
        cost = float(segments(text))
        if cost > acct.credit:
            raise _Refusal("credit.insufficient", "Insufficient credit")
        acct.credit -= cost
        expires = _now() + timedelta(seconds=ttl)
        otp = SimOtp(str(uuidlib.uuid4()), ref, code, destination, acct.api_key, expires, ttl)
        self.otps[ref] = otp
        return SimResponse.of_json({"result": {
            "uuid": otp.uuid, "reference": ref, "destination": destination,
            "expiresAt": _iso(expires), "ttlSeconds": ttl,
        }})

    def _otp_verify(self, acct: SimAccount, data: dict[str, Any]) -> SimResponse:
        reference, pin = data.get("reference"), data.get("pin")
        if not isinstance(reference, str) or not isinstance(pin, str):
            raise _Refusal("validation.invalid_parameter", "reference and pin are required strings")
        otp = self.otps.get(reference)
        if otp is None or otp.api_key != acct.api_key:
            raise _Refusal("otp.not_found", "OTP reference not found")
        if otp.verified:
            raise _Refusal("otp.already_verified", "OTP was already verified")
        if _now() >= otp.expires_at:
            raise _Refusal("otp.expired", "OTP has expired")
        if otp.attempts >= OTP_MAX_ATTEMPTS:
            raise _Refusal("otp.too_many_attempts", "Too many attempts")
        otp.attempts += 1
        ok = hmac.compare_digest(pin, otp.code)
        if ok:
            otp.verified = True
            self._emit(acct.api_key, "otp.verified", {
                "uuid": otp.uuid, "reference": reference, "destination": otp.destination}, sync=False)
        return SimResponse.of_json({"result": {"reference": reference, "verified": ok}})

    def _maybe_low_credit(self, acct: SimAccount) -> None:
        if acct.low_credit_threshold is not None and acct.credit < acct.low_credit_threshold:
            self._emit(acct.api_key, "credit.low",
                       {"balance": _num(acct.credit), "threshold": _num(acct.low_credit_threshold)}, sync=False)

    def _tick(self) -> None:
        now = _now()
        for msg in self.messages.values():
            if msg.status == "scheduled" and msg.scheduled_time is not None and msg.scheduled_time <= now:
                msg.status = "pending"
                for rec in msg.recipients.values():
                    if rec.status == "scheduled":
                        rec.status, rec.updated_at = "pending", now

    @staticmethod
    def _dr_summary(msg: SimMessage) -> list[dict[str, Any]]:
        counts = Counter(r.status for r in msg.recipients.values())
        return [{"drStatus": s, "count": c} for s, c in sorted(counts.items())]

    def _message_json(self, msg: SimMessage) -> dict[str, Any]:
        return {
            "uuid": msg.uuid, "refNo": msg.ref_no, "origin": msg.origin, "status": msg.status,
            "totalMsisdn": len(msg.recipients), "totalCredit": _num(msg.total_credit),
            "scheduledTime": _iso(msg.scheduled_time) if msg.scheduled_time else None,
            "drSummary": self._dr_summary(msg), "refundedCount": msg.refunded,
        }

    @staticmethod
    def _recipient_json(rec: SimRecipient) -> dict[str, Any]:
        out: dict[str, Any] = {"msisdn": rec.msisdn, "status": rec.status, "updatedAt": _iso(rec.updated_at)}
        if rec.reason:
            out["reason"] = rec.reason
        return out

    def _error(self, code: str, message: str, *, status: int | None = None,
               headers: dict[str, str] | None = None) -> SimResponse:
        http = status or ERROR_STATUS.get(code, 400)
        extra = dict(headers or {})
        if http == 429 and "Retry-After" not in extra:
            wait = self.simulator.retry_after if self.simulator is not None else 1.0
            extra.update({"Retry-After": f"{wait:g}", "RateLimit-Remaining": "0"})
        return SimResponse.of_json({"success": False, "error": {"code": code, "message": message}}, http, extra)


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone or "")
