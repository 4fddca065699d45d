"""SepSMS webhooks: the HMAC-SHA256 signature check and the events a verified body carries
(the assumptions where the document is silent are listed in smsdesk/vendors/sepsms.py)."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from smsdesk.core.states import State
from smsdesk.i18n import fmt_number, translate
from smsdesk.vendors.base import (
    AccountConfig,
    StatusReport,
)
from smsdesk.vendors.sepsms_wire import _as_float, _dedupe_key, map_status, parse_time, to_e164

WEBHOOK_TOLERANCE = 300

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

