"""SepSMS's wire forms, read from ``sepsms-rest-api-v2.txt``: error bodies and their words, per-number
statuses, numbers and times (see smsdesk/vendors/sepsms.py for the assumptions where it is silent)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors.base import (
    ErrorEntry,
    ErrorKind,
    MessageRef,
    VendorError,
    error_from_catalogue,
    local_refusal,
)

VENDOR = "sepsms"

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
        raise local_refusal(ErrorKind.BAD_NUMBER, message, vendor=VENDOR)  # checked here: worded as ours
    return "66" + match.group(1)


def refuses(text: str, phone: str | None, settings: Mapping[str, Any]) -> str:
    """VendorSpec.refuses: a number SepSMS cannot reach is skipped at plan time with the reason,
    not priced and then failed at send."""
    if phone is None:
        return ""
    try:
        format_phone(phone)
    except VendorError as err:
        return err.message
    return ""


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
