"""The SepSMS simulator's rules and records: scopes, segments, signed webhooks, and the accounts,
messages and OTPs it keeps (the server side is smsdesk/sim/sepsms.py)."""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import requests

ALL_SCOPES = frozenset({
    "sms:send", "sms:read", "otp:send", "otp:verify", "credit:read", "webhooks:read", "webhooks:write",
})

# Status codes of the error codes this simulator produces.
ERROR_STATUS: dict[str, int] = {
    "auth.invalid_credentials": 401,
    "auth.key_revoked": 401,
    "auth.insufficient_scope": 403,
    "auth.ip_not_allowed": 403,
    "credit.insufficient": 402,
    "rate_limit.exceeded": 429,
    "rate_limit.otp": 429,
    "validation.invalid_json": 400,
    "validation.origin_required": 400,
    "validation.origin_not_approved": 400,
    "validation.message_required": 400,
    "validation.message_too_long": 400,
    "validation.recipients_required": 400,
    "validation.invalid_recipient": 400,
    "validation.invalid_variables": 400,
    "validation.invalid_scheduled_time": 400,
    "validation.invalid_template": 400,
    "validation.invalid_parameter": 400,
    "message.not_found": 404,
    "message.not_cancellable": 409,
    "message.already_cancelled": 409,
    "otp.not_found": 404,
    "otp.expired": 400,
    "otp.too_many_attempts": 400,
    "otp.already_verified": 409,
    "server.internal_error": 500,
}

MAX_SEGMENTS = 10
OTP_MAX_ATTEMPTS = 5
BANGKOK = timezone(timedelta(hours=7))
_NUMBER = re.compile(r"^(?:0|66)(\d{9})$")
_FINAL = frozenset({"success", "failed", "expired", "blocked", "cancelled"})

_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXT = set("^{}\\[~]|€\f")


def segments(text: str) -> int:
    """SMS parts: GSM 7-bit 160 (153 per part), else UCS-2 70 (67 per part)."""
    if all(c in _GSM_BASIC or c in _GSM_EXT for c in text):
        units = sum(2 if c in _GSM_EXT else 1 for c in text)
        single, part = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    if units <= single:
        return 1
    return math.ceil(units / part)


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def _fill(values: dict[str, str], match: re.Match[str]) -> str:
    """One ``{name}`` placeholder: its variable, or left as written when the number has none."""
    return values.get(match.group(1), match.group(0))


def _now() -> datetime:
    return datetime.now(UTC)


def normalise(number: str) -> str | None:
    match = _NUMBER.match(number) if isinstance(number, str) else None
    return "66" + match.group(1) if match else None


# -- webhooks ----------------------------------------------------------------


@dataclass(frozen=True)
class WebhookRequest:
    method: str
    headers: dict[str, str]
    body: bytes


def build_webhook(event: str, payload: dict[str, Any], secret: str | list[str], *,
                  timestamp: int | None = None) -> WebhookRequest:
    """The POST SepSMS makes to a registered URL (several secrets: one v1 each, as in rotation)."""
    ts = int(time.time()) if timestamp is None else int(timestamp)
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    keys = [secret] if isinstance(secret, str) else list(secret)
    sigs = [hmac.new(k.encode("utf-8"), str(ts).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
            for k in keys]
    signature = ",".join([f"t={ts}", *(f"v1={s}" for s in sigs)])
    return WebhookRequest("POST", {
        "Content-Type": "application/json",
        "X-Webhook-Event": event,
        "X-Webhook-Timestamp": str(ts),
        "X-Webhook-Signature": signature,
    }, body)


def emit_webhook(url: str, event: str, payload: dict[str, Any], secret: str | list[str], *,
                 timestamp: int | None = None, timeout: float = 5.0) -> int:
    """Deliver one webhook; returns the receiver's HTTP status."""
    req = build_webhook(event, payload, secret, timestamp=timestamp)
    with requests.Session() as session:
        response = session.request(req.method, url, data=req.body, headers=req.headers, timeout=timeout)
        return response.status_code


# -- state -------------------------------------------------------------------


@dataclass
class SimAccount:
    api_key: str
    credit: float = 1000.0
    origins: set[str] = field(default_factory=lambda: {"SEPSMS"})
    scopes: set[str] = field(default_factory=lambda: set(ALL_SCOPES))
    allowed_ips: set[str] | None = None
    revoked: bool = False
    blocked_numbers: set[str] = field(default_factory=set)
    webhook_url: str | None = None
    webhook_secret: str = ""
    webhook_events: set[str] = field(default_factory=set)
    low_credit_threshold: float | None = None


@dataclass
class SimRecipient:
    msisdn: str  # as given in the request
    text: str
    credit: float
    status: str
    updated_at: datetime
    tx_id: str = field(default_factory=lambda: secrets.token_hex(8))
    reason: str = ""


@dataclass
class SimMessage:
    uuid: str
    ref_no: str
    api_key: str
    origin: str
    message: str
    recipients: dict[str, SimRecipient]  # normalised 66... -> recipient
    scheduled_time: datetime | None
    status: str
    created_at: datetime
    total_credit: float
    blocked_count: int
    refunded: int = 0


@dataclass
class SimOtp:
    uuid: str
    reference: str
    code: str
    destination: str
    api_key: str
    expires_at: datetime
    ttl: int
    attempts: int = 0
    verified: bool = False


@dataclass
class _Window:
    started: float
    count: int = 0


@dataclass
class _Forced:
    code: str
    status: int | None
    message: str


class _Refusal(Exception):
    def __init__(self, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        self.code, self.message, self.headers = code, message, headers or {}


