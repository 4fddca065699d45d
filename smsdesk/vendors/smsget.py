"""SMS-Get (sms-get.com) HTTP API client.

POST forms only (the password never goes in a URL). Up to 250 phones per send;
one message ID covers the whole request. SMS-Get offers no status query and no
cancel: delivery reports and replies arrive as callbacks (parsers below).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import unquote_plus

import phonenumbers

from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors import smsget_push, smsget_rules
from smsdesk.vendors.base import (
    Balance,
    Capabilities,
    ErrorEntry,
    ErrorKind,
    FieldSpec,
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
from smsdesk.vendors.smsget_rules import refuses

VENDOR = "smsget"
DEFAULT_BASE_URL = "https://sms-get.com"
SEND_PATH = "/api_send.php"
TWOWAY_PATH = "/api_send_twoway.php"
CREDIT_PATH = "/api_query_credit.php"
BATCH_MAX = 250
SCHEDULE_MIN_AHEAD = timedelta(minutes=1)

# Taiwan has had no daylight saving time since 1979; a fixed offset needs no tz database.
TAIPEI = timezone(timedelta(hours=8), "Asia/Taipei")

ERRORS: dict[str, ErrorEntry] = {
    "001": ErrorEntry(ErrorKind.UNKNOWN, QT_TRANSLATE_NOOP(
        "VendorErrors", "SMS-Get said a value in the request was missing or wrong (parameter error). "
        "Check the phone numbers and the message; if this keeps happening, contact SMS Desk support.")),
    "002": ErrorEntry(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "VendorErrors", "SMS-Get did not accept the scheduled date or time. Pick the date and time "
        "again.")),
    "003": ErrorEntry(ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "VendorErrors", "The scheduled time has already passed. Pick a time in the future and send "
        "again.")),
    "004": ErrorEntry(ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP(
        "VendorErrors", "The message is too long for SMS-Get. Shorten it and send again.")),
    "005": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "SMS-Get refused the username or password. Re-enter them in the account "
        "settings exactly as you use them to sign in at sms-get.com.")),
    "006": ErrorEntry(ErrorKind.IP_NOT_ALLOWED, QT_TRANSLATE_NOOP(
        "VendorErrors", "SMS-Get refused this computer's internet address. Sign in at sms-get.com, "
        "open the API settings page and allow the office's public IP address, then try again.")),
    "007": ErrorEntry(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP(
        "VendorErrors", "SMS-Get received no recipients. Add at least one phone number and send "
        "again.")),
    "008": ErrorEntry(ErrorKind.BAD_NUMBER, QT_TRANSLATE_NOOP(
        "VendorErrors", "SMS-Get takes at most 250 recipients per request. Send again; if this keeps "
        "happening, contact SMS Desk support.")),
    "009": ErrorEntry(ErrorKind.BALANCE, QT_TRANSLATE_NOOP(
        "VendorErrors", "The SMS-Get account does not have enough points. Buy more points at "
        "sms-get.com, then send the remaining messages.")),
    "010": ErrorEntry(ErrorKind.AUTH, QT_TRANSLATE_NOOP(
        "VendorErrors", "Two-way messaging is not enabled for this SMS-Get account. Apply for it with "
        "SMS-Get, or turn off two-way sending in the account settings.")),
}

# Delivery callback statuses. Only DELIVRD is documented; the others are the usual
# operator (SMPP) words. A report comes 24 hours after sending, so anything else is final.
STATUSES: dict[str, tuple[State, str]] = {
    "DELIVRD": (State.DELIVERED, ""),
    "ACCEPTD": (State.SUBMITTED, ""),
    "ENROUTE": (State.SUBMITTED, ""),
    "EXPIRED": (State.EXPIRED, QT_TRANSLATE_NOOP(
        "SmsgetStatus", "The message expired before it could be delivered; the phone may have been "
        "off or out of coverage.")),
    "DELETED": (State.CANCELLED, QT_TRANSLATE_NOOP("SmsgetStatus", "The message was deleted before it was sent.")),
    "UNDELIV": (State.FAILED, QT_TRANSLATE_NOOP("SmsgetStatus", "The message could not be delivered to the phone.")),
    "REJECTD": (State.FAILED, QT_TRANSLATE_NOOP("SmsgetStatus", "The operator rejected the message.")),
    "UNKNOWN": (State.FAILED, QT_TRANSLATE_NOOP("SmsgetStatus", "The operator marked the message as invalid.")),
}


@dataclass(frozen=True)
class Country:
    name: str  # QT_TRANSLATE_NOOP("Countries", ...)
    example: str  # the document's example of the vendor form
    lengths: tuple[int, ...]  # digits of the vendor form
    form: str  # "tw": 09...; "national": no country code; "us": 001...; "cc": code + number


# The document's country table ("手機號碼輸入格式"), by E.164 country code.
COUNTRIES: dict[int, Country] = {
    886: Country(QT_TRANSLATE_NOOP("Countries", "Taiwan"), "0912345XXX", (10,), "tw"),
    86: Country(QT_TRANSLATE_NOOP("Countries", "China"), "135XXXXX123", (11,), "national"),
    852: Country(QT_TRANSLATE_NOOP("Countries", "Hong Kong"), "54XXX123", (8,), "national"),
    853: Country(QT_TRANSLATE_NOOP("Countries", "Macau"), "85366XXX123", (11,), "cc"),
    81: Country(QT_TRANSLATE_NOOP("Countries", "Japan"), "8190XXXXX123", (12,), "cc"),
    60: Country(QT_TRANSLATE_NOOP("Countries", "Malaysia"), "6012XXXX123", (11, 12), "cc"),
    84: Country(QT_TRANSLATE_NOOP("Countries", "Vietnam"), "8412XXXX123", (11, 12), "cc"),
    62: Country(QT_TRANSLATE_NOOP("Countries", "Indonesia"), "628123XXX123", (12, 13), "cc"),
    66: Country(QT_TRANSLATE_NOOP("Countries", "Thailand"), "668123XX123", (11,), "cc"),
    61: Country(QT_TRANSLATE_NOOP("Countries", "Australia"), "614123XX123", (11,), "cc"),
    65: Country(QT_TRANSLATE_NOOP("Countries", "Singapore"), "658123X123", (10,), "cc"),
    63: Country(QT_TRANSLATE_NOOP("Countries", "Philippines"), "6397XXXXX123", (12,), "cc"),
    971: Country(QT_TRANSLATE_NOOP("Countries", "United Arab Emirates"), "9715XXXXX123", (12,), "cc"),
    855: Country(QT_TRANSLATE_NOOP("Countries", "Cambodia"), "8551XXXX123", (11, 12), "cc"),
    1: Country(QT_TRANSLATE_NOOP("Countries", "United States"), "001123XXXX123", (13,), "us"),
    82: Country(QT_TRANSLATE_NOOP("Countries", "South Korea"), "82112XXXX123", (11, 12), "cc"),
}


_TW_MOBILE = re.compile(r"\+8869\d{8}")


def _bad_number(message: str, phone: str) -> VendorError:
    return VendorError(ErrorKind.BAD_NUMBER, message, vendor=VENDOR, text=phone, sent=False)


def format_phone(e164: str, *, two_way: bool = False) -> str:
    """SMS-Get's form of one E.164 number, per the document's country table."""
    number = (e164 or "").strip()
    if _TW_MOBILE.fullmatch(number):  # nearly every number: no full parse (a million-recipient plan asks each)
        return "0" + number[4:]
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not re.fullmatch(r"\+[1-9]\d{6,14}", number):
        raise _bad_number(translate("SMS-Get", "{phone} is not a complete international phone number. "
                                    "Check the number in the list.").format(phone=number), number)
    # parse() always sets the country code; the stubs allow None, and 0 is in no table.
    cc, national = parsed.country_code or 0, str(parsed.national_number)
    if two_way and cc != 886:
        raise _bad_number(translate("SMS-Get", "Two-way messages can only go to Taiwan mobile numbers, so "
                                    "{phone} was not sent. Send to it without two-way, or remove "
                                    "it.").format(phone=number), number)
    country = COUNTRIES.get(cc)
    if country is None or (cc == 1 and phonenumbers.region_code_for_number(parsed) != "US"):
        raise _bad_number(translate(
            "SMS-Get", "SMS-Get cannot deliver to {phone}: it only reaches Taiwan, China, Hong Kong, Macau, "
            "Japan, Malaysia, Vietnam, Indonesia, Thailand, Australia, Singapore, the Philippines, the "
            "United Arab Emirates, Cambodia, the United States and South Korea. Use another vendor for "
            "this number.").format(phone=number), number)
    if country.form == "tw":
        vendor_form = "0" + national
        ok = re.fullmatch(r"09\d{8}", vendor_form) is not None
    elif country.form == "national":
        vendor_form = national
        ok = len(vendor_form) in country.lengths and (cc != 86 or vendor_form.startswith("1"))
    elif country.form == "us":
        vendor_form = "001" + national
        ok = len(vendor_form) in country.lengths
    else:
        vendor_form = f"{cc}{national}"
        ok = len(vendor_form) in country.lengths
    if not ok:
        raise _bad_number(translate(
            "SMS-Get", "{phone} does not look like a {country} mobile number as SMS-Get expects it (for "
            "example {example}, {digits} digits). Check the number in the list.").format(
                phone=number, country=translate("Countries", country.name), example=country.example,
                digits="/".join(str(n) for n in country.lengths)), number)
    return vendor_form


def to_e164(phone: str) -> str:
    """Back from SMS-Get's form to E.164 (inverse of :func:`format_phone`)."""
    digits = re.sub(r"\D", "", phone or "")
    if re.fullmatch(r"09\d{8}", digits):
        return "+886" + digits[1:]
    if re.fullmatch(r"001\d{10}", digits):
        return "+1" + digits[3:]
    if re.fullmatch(r"1\d{10}", digits):
        return "+86" + digits
    if re.fullmatch(r"\d{8}", digits):
        return "+852" + digits
    return "+" + digits


def chunks(phones: Sequence[str], size: int = BATCH_MAX) -> Iterator[list[str]]:
    """Split a recipient list into requests of at most ``size`` phones."""
    for start in range(0, len(phones), size):
        yield list(phones[start:start + size])


def schedule_fields(when: datetime) -> dict[str, str]:
    """``send_date`` YYYY/MM/DD, ``hour`` 00-23 and ``min`` 00-59 in Taiwan time."""
    if when.tzinfo is None:
        raise ValueError("schedule_at must be timezone-aware")
    local = when.astimezone(TAIPEI)
    return {"send_date": local.strftime("%Y/%m/%d"), "hour": local.strftime("%H"), "min": local.strftime("%M")}


def check_schedule(when: datetime, now: datetime | None = None) -> None:
    if when.tzinfo is None:
        raise ValueError("schedule_at must be timezone-aware")
    now = now or datetime.now(TAIPEI)
    if when < now + SCHEDULE_MIN_AHEAD:
        raise VendorError(
            ErrorKind.SCHEDULING,
            translate("SMS-Get", "SMS-Get needs a scheduled time at least one minute in the future (it "
                      "schedules to the minute, Taiwan time). Pick a later time."),
            vendor=VENDOR, code="003", sent=False,
        )


# One callback record: phone|id|time|last field. The time holds a space (and the
# document's sample even a line break), so records are found by shape, not by splitting.
_RECORD = re.compile(
    r"(?P<phone>\+?\d+)\s*\|(?P<id>[^|,]*)\|(?P<time>\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}:\d{2})\s*\|"
    r"(?P<last>.*?)(?=\s*,\s*\+?\d+\s*\|[^|,]*\|\d{4}-\d{2}-\d{2}\s|\s*,?\s*$)",
    re.S,
)


def _first(form: Mapping[str, Any], key: str) -> str:
    value = form.get(key, "")
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    return str(value or "")


def _records(content: str) -> list[dict[str, str]]:
    content = content.strip()
    if "|" not in content and "%7C" in content.upper():
        content = unquote_plus(content)  # handed over still URL-encoded
    return [m.groupdict() for m in _RECORD.finditer(content)]


def _parse_time(value: str) -> datetime | None:
    try:
        return datetime.strptime(" ".join(value.split()), "%Y-%m-%d %H:%M:%S").replace(tzinfo=TAIPEI)
    except ValueError:
        return None


def parse_delivery_callback(form: Mapping[str, Any]) -> list[StatusReport]:
    """SMS-Get's delivery callback: ``sms_id`` and ``content`` = records ``phone|id|time|status``.

    ``vendor_msg_id`` is the request's ``sms_id`` (what :meth:`SmsgetClient.send` stored);
    the per-recipient id only feeds the dedupe key.
    """
    sms_id = _first(form, "sms_id").strip() or None
    reports: list[StatusReport] = []
    for record in _records(_first(form, "content")):
        status = record["last"].strip().upper()
        time_text = " ".join(record["time"].split())
        if status in STATUSES:
            state, why = STATUSES[status]
            error_text = translate("SmsgetStatus", why) if why else ""
        else:
            state = State.FAILED
            error_text = translate("SmsgetStatus", "SMS-Get reported the status {status}; the message was "
                                   "not delivered.").format(status=status or "-")
        phone = to_e164(record["phone"])
        key = "|".join((VENDOR, sms_id or "", record["id"].strip(), phone, status, time_text))
        reports.append(StatusReport(phone=phone, state=state, vendor_status=status, vendor_msg_id=sms_id,
                                    at=_parse_time(time_text), error_text=error_text, dedupe_key=key))
    return reports


DEFAULT_TWO_WAY_CODE = "03"  # the document: "請務必加上您的雙向簡訊代碼 03"


def two_way_code(settings: Mapping[str, Any]) -> str:
    """The account's two-way code: what it was set to, else the documented 03."""
    return str(settings.get("two_way_code") or "").strip() or DEFAULT_TWO_WAY_CODE


def parse_reply_callback(form: Mapping[str, Any], code: str | None = None) -> list[Reply]:
    """SMS-Get's two-way callback: ``content`` = records ``phone|id|time|URL-encoded reply``.

    Recipients must start a reply with the account's two-way code (``03`` unless the
    account says otherwise) for SMS-Get to route it to us, so every reply begins with it:
    it is routing, not content, and is removed before the reply is stored or matched
    against the opt-out keywords ("03退訂" is the opt-out 退訂).
    """
    code = (code or "").strip() or DEFAULT_TWO_WAY_CODE
    replies: list[Reply] = []
    for record in _records(_first(form, "content")):
        received = _parse_time(record["time"])
        if received is None:
            continue
        text = unquote_plus(record["last"].strip())
        if text.startswith(code):
            text = text[len(code):].lstrip()
        phone = to_e164(record["phone"])
        digest = hashlib.sha1(record["last"].encode("utf-8")).hexdigest()[:10]
        ref = f"{VENDOR}-mo:{record['id'].strip()}:{phone}:{received:%Y%m%d%H%M%S}:{digest}"
        replies.append(Reply(phone=phone, text=text, received_at=received, vendor_ref=ref))
    return replies


def _truthy(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _number(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "on")
    return bool(value)


class SmsgetClient(VendorClient):
    vendor = VENDOR
    display_name = QT_TRANSLATE_NOOP("Vendor", "SMS-Get")
    default_base_url = DEFAULT_BASE_URL
    capabilities = Capabilities(
        batch_max=BATCH_MAX,
        native_schedule=True,
        schedule_min_ahead=SCHEDULE_MIN_AHEAD,
        schedule_format="YYYY/MM/DD HH:MM",
        schedule_step=timedelta(minutes=1),
        schedule_taiwan_time=True,
        cancel_scheduled=False,  # no API to delete a scheduled send
        status_query=False,  # reports come only as callbacks
        push_callbacks=True,
        replies_poll=False,
        replies_callback=True,  # two-way accounts only
        balance=True,
        balance_unit="points",
        international=True,
        # Undocumented; each request carries up to 250 phones, so a gentle pace is plenty.
        throughput_per_s=5.0,
        default_concurrency=2,
    )


    def _auth(self) -> dict[str, str]:
        return {"username": self.account.setting("username") or "", "password": self.account.secret("password")}

    def _post(self, path: str, form: dict[str, str], *, send: bool) -> dict[str, Any]:
        response = self.http.request("POST", self.url(path), data=form, send=send, vendor=VENDOR)
        if response.status_code in (404, 405):
            # The web server, not the API, answered: the request was not processed.
            raise VendorError(
                ErrorKind.UNKNOWN,
                translate("SMS-Get", "The server address in the account settings does not offer the "
                          "SMS-Get API (HTTP {status}). Check or clear the address; nothing was "
                          "sent.").format(status=response.status_code),
                vendor=VENDOR, text=f"HTTP {response.status_code}", http_status=response.status_code,
            )
        data = self.http.json(response, send=send, vendor=VENDOR)
        code = str(data.get("error_code") or "").strip() if isinstance(data, dict) else ""
        if not isinstance(data, dict) or not code:
            if send:
                raise OutcomeUnknown(
                    translate("SMS-Get", "SMS-Get's answer had no result code, so it is not known whether "
                              "the messages were accepted. They will not be resent automatically; check "
                              "the sending record on sms-get.com before sending again."),
                    vendor=VENDOR, detail=str(data)[:120],
                )
            raise VendorError(
                ErrorKind.TRANSIENT,
                translate("SMS-Get", "SMS-Get's answer could not be read. Try again in a few minutes."),
                vendor=VENDOR, text=str(data)[:120],
            )
        if code != "000":
            raise error_from_catalogue(ERRORS, VENDOR, code, str(data.get("error_msg") or ""))
        return data

    def send(self, request: SendRequest) -> SendResult:
        phones = list(request.phones)
        if not phones or len(phones) > BATCH_MAX:
            raise ValueError(f"SMS-Get takes 1 to {BATCH_MAX} phones per request, got {len(phones)}")
        if len(set(phones)) != len(phones):
            raise ValueError("duplicate phones in one SMS-Get request would be sent (and charged) twice")
        text = request.text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise VendorError(ErrorKind.BAD_CONTENT, translate(
                "SMS-Get", "The message is empty. Type the message text and send again."),
                vendor=VENDOR, sent=False)
        two_way = _as_bool(self.account.setting("two_way"))
        form = self._auth()
        form.update(method="1", sms_msg=text)
        if request.schedule_at is not None:
            check_schedule(request.schedule_at)
            form["method"] = "2"
            form.update(schedule_fields(request.schedule_at))

        results: dict[str, RecipientResult] = {}
        numbers: list[str] = []
        for phone in phones:
            try:
                numbers.append(format_phone(phone, two_way=two_way))
            except VendorError as error:
                results[phone] = RecipientResult(phone, State.FAILED, error=error)
        accepted = [p for p in phones if p not in results]
        if not accepted:
            return SendResult(recipients=[results[p] for p in phones])
        form["phone"] = ",".join(numbers)

        data = self._post(TWOWAY_PATH if two_way else SEND_PATH, form, send=True)
        parts = str(data.get("error_msg") or "").split("|")
        msgid = parts[0].strip() if len(parts) == 3 else ""
        if not msgid or _truthy(data.get("stats")) is False:
            raise OutcomeUnknown(
                translate("SMS-Get", "SMS-Get reported success without a message ID, so the messages cannot "
                          "be tracked. They will not be resent automatically; check the sending record on "
                          "sms-get.com."),
                vendor=VENDOR, detail=str(data)[:120],
            )
        state = State.SCHEDULED if request.schedule_at is not None else State.SUBMITTED
        for phone in accepted:
            results[phone] = RecipientResult(phone, state, vendor_msg_id=msgid, vendor_status="000")
        return SendResult(recipients=[results[p] for p in phones], batch_id=msgid,
                          points=_number(parts[1]), balance_after=_number(parts[2]))

    def balance(self) -> Balance:
        data = self._post(CREDIT_PATH, self._auth(), send=False)
        amount = _number(str(data.get("error_msg") or "").rsplit("|", 1)[-1])
        if amount is None:
            raise VendorError(
                ErrorKind.UNKNOWN,
                translate("SMS-Get", "SMS-Get answered the balance query without a balance. Check the "
                          "balance on sms-get.com."),
                vendor=VENDOR, text=str(data.get("error_msg") or "")[:120],
            )
        return Balance(amount, "points")


SPEC = VendorSpec(
    id=VENDOR,
    push_kinds=smsget_push.PUSH_KINDS,
    parse_push=smsget_push.parse_push,
    name=SmsgetClient.display_name,
    client=SmsgetClient,
    fields=(
        FieldSpec("username", QT_TRANSLATE_NOOP("AccountFields", "Username"), required=True,
                  help=QT_TRANSLATE_NOOP("AccountFields", "The username you sign in to sms-get.com with "
                                         "(up to 20 characters).")),
        FieldSpec("password", QT_TRANSLATE_NOOP("AccountFields", "Password"), secret=True, required=True,
                  help=QT_TRANSLATE_NOOP("AccountFields", "Your sms-get.com password. If the API settings "
                                         "page limits access by IP address, allow this office's public "
                                         "IP address there.")),
        FieldSpec("two_way", QT_TRANSLATE_NOOP("AccountFields", "Send as two-way messages"), kind="bool",
                  default=False,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields", "On: recipients can reply (the account needs SMS-Get's two-way "
                      "service). Two-way messages only go to Taiwan mobile numbers and cost 1 point per "
                      "message part.")),
        FieldSpec("two_way_code", QT_TRANSLATE_NOOP("AccountFields", "Two-way reply code"), advanced=True,
                  default=DEFAULT_TWO_WAY_CODE,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields", "The code your customers put in front of a reply (03 unless SMS-Get "
                      "gave your account another one). SMS Desk removes it from received replies.")),
    ),
    capabilities=SmsgetClient.capabilities,
    default_base_url=DEFAULT_BASE_URL,
    help=QT_TRANSLATE_NOOP(
        "VendorHelp", "Use your sms-get.com username and password. For delivery reports and replies, set "
        "the CallBack URLs on SMS-Get's API settings page (reports arrive about 24 hours after sending). "
        "Per message part: Taiwan 1 point, mainland China 4, other countries 2; two-way messages (Taiwan "
        "only) 1. A part holds 70 characters (160 in English letters only); longer messages are split "
        "into parts of 67 (153)."),
    cost_rule=VENDOR,
    pricing=smsget_rules.PRICING,
    refuses=refuses,
    home_region="TW",  # the document's single number: 09xx123xxx (Taiwan, 10 digits)
)
