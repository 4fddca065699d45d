"""Tencent Cloud SMS v5 on the wire: addresses, error codes, signatures, numbers and pushed reports.

Pure functions and tables, no requests: the client (:mod:`smsdesk.vendors.tencent`), its
console tools (:mod:`smsdesk.vendors.tencent_console`) and the callback receiver's reader
(:mod:`smsdesk.vendors.tencent_push`) share them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import phonenumbers

from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors.base import ErrorEntry, ErrorKind, Reply, StatusReport, VendorError

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
# Sending limits (the code list the document links; the text names none): refused for this number
# only, nothing sent or charged. The number fails with the reason and the rest of the job goes on.
PER_NUMBER_LIMITS = frozenset({"1022", "1023", "1024", "1025", "1026", "1047"})


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


def phone_of(item: dict[str, Any]) -> str:
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
    phone = phone_of(item)
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
    phone = phone_of(item)
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


def hour_of(value: datetime) -> int:
    """yyyymmddhh in Beijing time (naive datetimes are taken as Beijing time)."""
    local = value.astimezone(CHINA_TZ) if value.tzinfo else value
    return int(local.strftime("%Y%m%d%H"))
