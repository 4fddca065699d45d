"""TwSMS's codes (document sections 6 and 8): what each result code means and what to do, and
which state each delivery status (statustext) puts a message in."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors.base import ErrorEntry, ErrorKind, StatusReport

VENDOR = "twsms"
# Taiwan has had no daylight saving time since 1979; a fixed offset needs no tz database.
TAIPEI = timezone(timedelta(hours=8), "Asia/Taipei")

ERRORS: dict[str, ErrorEntry] = {
    "00001": ErrorEntry(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS has no delivery report for this message yet. Check again later.")),
    "00010": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS says the username or password is not in a valid form. Re-enter both "
        "in the account settings exactly as you use them to sign in at www.twsms.com.")),
    "00011": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS does not know this username. Check the username in the account "
        "settings: it is the one you sign in to www.twsms.com with.")),
    "00012": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS refused the password. Re-enter the password in the account settings; "
        "if it was changed on www.twsms.com, use the new one.")),
    "00020": ErrorEntry(ErrorKind.BALANCE, QT_TRANSLATE_NOOP(
        "VendorErrors", "The TwSMS account does not have enough points for this message. Buy more "
        "points at www.twsms.com, then send the remaining messages.")),
    "00030": ErrorEntry(ErrorKind.IP_NOT_ALLOWED, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS refused this computer's internet address. Sign in at www.twsms.com, "
        "open Account settings (帳號設定) → API settings (API 設定) and add the office's public IP "
        "address to the allowed IPs, then try again. \"Test connection\" shows the address TwSMS sees.")),
    "00031": ErrorEntry(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP(
        "VendorErrors", "This TwSMS account may not send to numbers outside Taiwan. Ask TwSMS to "
        "allow international numbers, or remove the foreign numbers from the list.")),
    "00040": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "This TwSMS account has been disabled. Contact TwSMS customer service to "
        "reactivate it.")),
    "00041": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "The API is not enabled for this TwSMS account. Sign in at www.twsms.com, open "
        "Account settings (帳號設定) → API settings (API 設定), enable the API, then try again.")),
    "00050": ErrorEntry(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS did not accept the scheduled time. Pick the date and time again; if "
        "this keeps happening, contact SMS Desk support.")),
    "00060": ErrorEntry(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS did not accept the message validity period. In the account settings, "
        "set it to a whole number of seconds from 300 to 28800.")),
    "00100": ErrorEntry(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS says the phone number is not valid. Taiwan mobiles start with 09 and "
        "have 10 digits; foreign numbers need their country code. Correct the number in the list.")),
    "00110": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "The message is empty. Type the message text and send again.")),
    "00120": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS cannot send long messages to numbers outside Taiwan. Shorten the "
        "message to 70 characters (160 if it uses only English letters, digits and basic symbols), "
        "or send to the foreign numbers separately with a shorter text.")),
    "00130": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "The message is longer than TwSMS allows: 335 characters (765 if it uses only "
        "English letters, digits and basic symbols), or 70 (160) when long messages are turned off "
        "in the account settings. Shorten it and send again.")),
    # 00140 and 00170 concern the account's drurl, so every further send would get them too.
    "00140": ErrorEntry(ErrorKind.ACCOUNT, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS did not accept the delivery report address (drurl) in the account "
        "settings. Enter a complete address starting with http:// or https://, or clear it.")),
    "00150": ErrorEntry(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "VendorErrors", "The scheduled time has already passed. Pick a time in the future and send "
        "again.")),
    "00170": ErrorEntry(ErrorKind.ACCOUNT, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS could not reach the delivery report address (drurl) in the account "
        "settings; it must answer with HTTP 200. Check that the receiving service is running and "
        "reachable from the internet, or turn off the address check in the account settings.")),
    "00180": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "The message contains emoji or picture characters, which TwSMS does not "
        "accept. Remove them and send again.")),
    "00300": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS could not find this message for this phone number. Its records may "
        "have expired; check the message on www.twsms.com.")),
    "00310": ErrorEntry(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "This scheduled message has not been sent yet, so it has no delivery status. "
        "Check again after the scheduled time.")),
    "00400": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS does not know the two-way code (snumber) in the account settings. "
        "Copy the 5-digit code from www.twsms.com, or clear it if the account has no two-way number.")),
    "00410": ErrorEntry(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS has no replies for the requested day.")),
    "00420": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS did not understand the status query (phone number or message ID). "
        "If this keeps happening, contact SMS Desk support.")),
    "00430": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS did not understand the reply query. Check that the two-way code "
        "(snumber) in the account settings is the 5-digit code shown on www.twsms.com.")),
    "99998": ErrorEntry(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS had a data processing problem and did not accept the request, even "
        "after sending it again. Nothing was sent; try again in a few minutes.")),
    "99999": ErrorEntry(ErrorKind.TRANSIENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "TwSMS reported a system error and did not accept the request. Try again "
        "later; if this keeps happening, contact TwSMS customer service.")),
}

# statustext (section 8) -> our state and an explanation for failures.
STATUSES: dict[str, tuple[State, str]] = {
    "DELIVRD": (State.DELIVERED, ""),
    "ACCEPTD": (State.SUBMITTED, ""),
    "EXPIRED": (State.EXPIRED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "The message expired before it could be delivered; the phone may have been "
        "off or out of coverage for the whole validity period.")),
    "DELETED": (State.CANCELLED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "The message was deleted before it was sent.")),
    "UNDELIV": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "The message could not be delivered to the phone.")),
    # SMPP's UNKNOWN ("message is in invalid state") is final; the doc's "無效狀態" agrees.
    "UNKNOWN": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "The operator marked the message as invalid.")),
    "REJECTD": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "The operator rejected the message.")),
    "SYNTAXE": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "Sending failed at the operator.")),
    "MOBERROR": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "The phone number is wrong or not in service. Check the number.")),
    "MSGERROR": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "The operator refused the message content.")),
    "OTHERROR": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "A system error at TwSMS or the operator stopped the message.")),
    "REJERROR": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "TwSMS's keyword filter blocked the message. Reword the message and send it "
        "again.")),
    "REJMOBIL": (State.FAILED, QT_TRANSLATE_NOOP(
        "TwsmsStatus", "The recipient has asked not to receive advertising messages.")),
}

# Codes that answer a status query without giving a status.
_NO_STATUS_YET = frozenset({"00001", "00300", "00310"})


def to_e164(mobile: str) -> str:
    """Back from TwSMS's form (09xxxxxxxx or country code + number) to E.164."""
    digits = re.sub(r"[^\d+]", "", mobile or "")
    if digits.startswith("+"):
        return digits
    if re.fullmatch(r"09\d{8}", digits):
        return "+886" + digits[1:]
    if digits.startswith("00"):
        return "+" + digits[2:]
    return "+" + digits


def parse_time(value: Any) -> datetime | None:
    """YYYYMMDDHHIISS in Taiwan time -> aware datetime (None when absent or malformed)."""
    text = str(value or "").strip()
    try:
        return datetime.strptime(text, "%Y%m%d%H%M%S").replace(tzinfo=TAIPEI)
    except ValueError:
        return None


def status_report(data: Mapping[str, Any], *, phone: str, msgid: str | None) -> StatusReport:
    """One documented status answer (query or push) -> StatusReport."""
    statustext = str(data.get("statustext") or "").strip().upper()
    statuscode = str(data.get("statuscode") or "").strip()
    done = data.get("donetime") or data.get("downtime")  # the push sample spells it "downtime"
    if statustext in STATUSES:
        state, why = STATUSES[statustext]
        error_text = translate("TwsmsStatus", why) if why else ""
    elif statuscode == "-1":
        state, error_text = State.FAILED, translate("TwsmsStatus", "TwSMS reported the message as failed.")
    else:  # an undocumented status: leave the message in flight
        state, error_text = State.SUBMITTED, ""
    key = "|".join((VENDOR, msgid or "", phone, statustext or statuscode, str(done or "")))
    return StatusReport(phone=phone, state=state, vendor_status=statustext or statuscode,
                        vendor_msg_id=msgid, at=parse_time(done), error_text=error_text, dedupe_key=key)
