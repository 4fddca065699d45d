"""TwSMS (台灣簡訊) JSON API 4.0 client.

Every call is a POST form so the password never appears in a URL. TwSMS takes
one mobile per send request; scheduled sends use ``sendtime`` in Taiwan time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from smsdesk.core import segments
from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_number, translate
from smsdesk.vendors import twsms_push, twsms_rules
from smsdesk.vendors.base import (
    Balance,
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
    local_refusal,
    unsupported,
)
from smsdesk.vendors.http import ResendRequested
from smsdesk.vendors.twsms_codes import (
    _NO_STATUS_YET,
    ERRORS,
    STATUSES,
    TAIPEI,
    VENDOR,
    parse_time,
    status_report,
    to_e164,
)
from smsdesk.vendors.twsms_push import drurl_update, parse_drurl
from smsdesk.vendors.twsms_rules import emoji_problem, refuses

__all__ = ["ERRORS", "SPEC", "STATUSES", "TAIPEI", "VENDOR", "TwsmsClient", "drurl_update", "format_phone", "format_sendtime",
           "parse_drurl", "parse_time", "status_report", "to_e164"]

DEFAULT_BASE_URL = "https://api.twsms.com"
SEND_PATH = "/json/sms_send.php"
QUERY_PATH = "/json/sms_query.php"
MO_PATH = "/json/smsmo_query.php"


EXPIRY_MIN, EXPIRY_MAX = 300, 28800
# Records older than this need outrange=Y (documented: "超過三天以上的紀錄").
OUTRANGE_AFTER = timedelta(days=3)
# moQuery asks one day (sdate) per request and the document sets no limit on how far back;
# the first fetch reaches as far as the app's setting (core.settings.replies_first_days) says,
# and no fetch asks more than a year of days.
REPLY_DAYS_MAX = 366
SCHEDULE_MIN_AHEAD = timedelta(minutes=1)

# Lengths from the document, section 3 "message". "英文" (English) is read as text made
# only of GSM 03.38 characters; characters are counted as written (code points).
STANDARD_GSM, STANDARD_UCS2 = 160, 70
LONG_MAX_GSM, LONG_MAX_UCS2 = 765, 335
LONG_PART_GSM, LONG_PART_UCS2 = 153, 67



# -- pure helpers ----------------------------------------------------------------
def format_phone(e164: str) -> str:
    """TwSMS form: Taiwan mobiles as 09xxxxxxxx, others as country code + number (no + or 00)."""
    number = (e164 or "").strip()
    if not re.fullmatch(r"\+[1-9]\d{6,14}", number):
        raise local_refusal(ErrorKind.BAD_NUMBER, translate(
            "TwSMS", "{phone} is not a complete international phone number. Check the number "
            "in the list.").format(phone=number), vendor=VENDOR, code="00100")
    if number.startswith("+886"):
        national = number[4:]
        if not re.fullmatch(r"9\d{8}", national):
            raise local_refusal(ErrorKind.BAD_NUMBER, translate(
                "TwSMS", "{phone} is not a Taiwan mobile number (09xxxxxxxx); text messages "
                "can only go to mobiles. Check the number in the list.").format(phone=number),
                vendor=VENDOR, code="00100")
        return "0" + national
    return number[1:]


def normalize_text(text: str) -> str:
    """TwSMS wants line breaks as LF only (doc section 2.6)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, *, international: bool, long_allowed: bool = True) -> None:
    """Refuse before sending what TwSMS would refuse (00110, 00180, 00120, 00130)."""
    if not text.strip():
        raise _local_error("00110")
    emoji = emoji_problem(text)
    if emoji:
        raise local_refusal(ErrorKind.BAD_CONTENT, emoji, vendor=VENDOR, code="00180")
    gsm = segments.analyze(text).encoding == segments.GSM7
    count = len(text)
    standard = STANDARD_GSM if gsm else STANDARD_UCS2
    if count <= standard:
        return
    if international:
        raise local_refusal(ErrorKind.BAD_CONTENT, translate(
            "TwSMS", "The message has {count} characters, but TwSMS cannot send long messages "
            "to numbers outside Taiwan: at most {limit} characters. Shorten the message or "
            "send to foreign numbers separately.").format(count=count, limit=standard),
            vendor=VENDOR, code="00120")
    if not long_allowed:
        raise local_refusal(ErrorKind.BAD_CONTENT, translate(
            "TwSMS", "The message has {count} characters; with long messages turned off in the "
            "account settings TwSMS allows {limit}. Shorten the message or allow long "
            "messages.").format(count=count, limit=standard), vendor=VENDOR, code="00130")
    limit = LONG_MAX_GSM if gsm else LONG_MAX_UCS2
    if count > limit:
        raise local_refusal(ErrorKind.BAD_CONTENT, translate(
            "TwSMS", "The message has {count} characters; TwSMS allows at most {limit}. "
            "Shorten it and send again.").format(count=count, limit=limit), vendor=VENDOR, code="00130")


def format_sendtime(when: datetime) -> str:
    """``sendtime``: YYYYMMDDHHII in Taiwan time (24-hour clock)."""
    if when.tzinfo is None:
        raise ValueError("schedule_at must be timezone-aware")
    return when.astimezone(TAIPEI).strftime("%Y%m%d%H%M")


def check_schedule(when: datetime, now: datetime | None = None) -> None:
    if when.tzinfo is None:
        raise ValueError("schedule_at must be timezone-aware")
    now = now or datetime.now(TAIPEI)
    if when < now + SCHEDULE_MIN_AHEAD:
        raise local_refusal(ErrorKind.SCHEDULING, translate(
            "TwSMS", "TwSMS needs a scheduled time at least one minute in the future "
            "(it schedules to the minute, Taiwan time). Pick a later time."), vendor=VENDOR, code="00150")


_LOCAL = {
    "00110": (ErrorKind.BAD_CONTENT, QT_TRANSLATE_NOOP("TwSMS", "the message is empty. Type the message text.")),
    "00060": (ErrorKind.SCHEDULING, QT_TRANSLATE_NOOP(
        "TwSMS", "the message validity period in the account settings must be a whole number of "
        "seconds from 300 to 28800.")),
    "00140": (ErrorKind.ACCOUNT, QT_TRANSLATE_NOOP(
        "TwSMS", "the delivery report address (drurl) in the account settings is not a web address. "
        "Enter a complete address starting with http:// or https://, or clear it.")),
}


def _local_error(code: str) -> VendorError:
    kind, reason = _LOCAL[code]
    return local_refusal(kind, translate("TwSMS", reason), vendor=VENDOR, code=code)


def _as_bool(value: Any, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "on")
    return bool(value)


def _number(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


class TwsmsClient(VendorClient):
    vendor = VENDOR
    display_name = QT_TRANSLATE_NOOP("Vendor", "TwSMS")
    default_base_url = DEFAULT_BASE_URL
    capabilities = Capabilities(
        batch_max=1,
        native_schedule=True,
        schedule_min_ahead=SCHEDULE_MIN_AHEAD,
        schedule_format="YYYYMMDDHHII",
        schedule_step=timedelta(minutes=1),
        schedule_taiwan_time=True,
        cancel_scheduled=True,
        status_query=True,
        status_horizon=timedelta(days=7),
        push_callbacks=True,
        replies_poll=True,
        balance=True,
        balance_unit="points",
        international=True,
        # The platform takes 500 requests/s but operators only 150-200 (doc section 1): never past
        # 200, and 180 by default (with the burst, no second above 188) to spare a busy operator.
        throughput_per_s=200.0,
        default_rate_per_s=180.0,
        # "Message Log 可於 5~10 sec Response" (doc section 1): the first report is worth asking for then.
        report_delay_s=5.0,
    )

    # -- plumbing -----------------------------------------------------------

    def _auth(self) -> dict[str, str]:
        return {"username": self.account.setting("username") or "", "password": self.account.secret("password")}

    def _error(self, code: str, text: str = "") -> VendorError:
        return error_from_catalogue(ERRORS, VENDOR, code, text)

    def _post(self, path: str, form: dict[str, str], *, send: bool) -> dict[str, Any]:
        """One logical call; TwSMS's 99998 ("please resend") goes back to the policy."""

        def once() -> dict[str, Any]:
            response = self.http.request("POST", self.url(path), data=form, send=send, vendor=VENDOR)
            if response.status_code in (404, 405):
                # The web server, not the API, answered: the request was not processed.
                raise VendorError(
                    ErrorKind.UNKNOWN,
                    translate("TwSMS", "The server address in the account settings does not offer the "
                              "TwSMS API (HTTP {status}). Check or clear the address; nothing was "
                              "sent.").format(status=response.status_code),
                    vendor=VENDOR, text=f"HTTP {response.status_code}",
                    http_status=response.status_code,
                )
            data = self.http.json(response, send=send, vendor=VENDOR)
            if not isinstance(data, dict) or not str(data.get("code") or "").strip():
                if send:
                    raise OutcomeUnknown(
                        translate("TwSMS", "TwSMS's answer had no result code, so it is not known whether "
                                  "the message was accepted. It will not be resent automatically; check "
                                  "its status before sending again."),
                        vendor=VENDOR, detail=str(data)[:120],
                    )
                raise VendorError(
                    ErrorKind.TRANSIENT,
                    translate("TwSMS", "TwSMS's answer could not be read. Try again in a few minutes."),
                    vendor=VENDOR, text=str(data)[:120],
                )
            code = str(data["code"]).strip()
            if code == "99998":
                raise ResendRequested(self._error(code, str(data.get("text") or "")))
            return data

        return self.http.call(once)

    def _raise_for(self, data: Mapping[str, Any]) -> None:
        code = str(data.get("code") or "").strip()
        if code != "00000":
            raise self._error(code, str(data.get("text") or ""))

    # -- sending --------------------------------------------------------------
    def send(self, request: SendRequest) -> SendResult:
        if len(request.phones) != 1:
            raise ValueError("TwSMS sends to exactly one phone per request")
        phone = request.phones[0]
        mobile = format_phone(phone)
        text = normalize_text(request.text)
        long_allowed = _as_bool(self.account.setting("long_sms"), True)
        check_text(text, international=not mobile.startswith("09"), long_allowed=long_allowed)

        form = self._auth()
        form.update(mobile=mobile, message=text, resp_point="Y")
        if request.schedule_at is not None:
            check_schedule(request.schedule_at)
            form["sendtime"] = format_sendtime(request.schedule_at)
        expiry = self.account.setting("expirytime")
        if expiry not in (None, ""):
            seconds = _number(expiry)
            if seconds is None or seconds != int(seconds) or not EXPIRY_MIN <= seconds <= EXPIRY_MAX:
                raise _local_error("00060")
            form["expirytime"] = str(int(seconds))
        if self.account.setting("snumber"):
            form["mo"] = "Y"
        if not long_allowed:
            form["lmsg"] = "N"
        drurl = self.account.setting("drurl")
        if drurl:
            if not re.fullmatch(r"https?://[^\s/?#]+\S*", drurl):
                raise _local_error("00140")
            form["drurl"] = drurl
            # Off unless asked for: a receiver that is briefly down must not block sends (00170).
            form["drurl_check"] = "Y" if _as_bool(self.account.setting("drurl_check"), False) else "N"

        data = self._post(SEND_PATH, form, send=True)
        self._raise_for(data)
        msgid = str(data.get("msgid") or "").strip()
        if not msgid:
            raise OutcomeUnknown(
                translate("TwSMS", "TwSMS reported success without a message ID, so the message cannot be "
                          "tracked. It will not be resent automatically; check it on www.twsms.com."),
                vendor=VENDOR, detail=json.dumps(data, ensure_ascii=False)[:120],
            )
        points = _number(data.get("point"))
        state = State.SCHEDULED if request.schedule_at is not None else State.SUBMITTED
        return SendResult(
            recipients=[RecipientResult(phone=phone, state=state, vendor_msg_id=msgid,
                                        vendor_status=str(data.get("text") or ""), points=points)],
            points=points,
        )

    def cancel(self, refs: list[MessageRef]) -> list[RecipientResult]:
        """Delete scheduled messages (``deltime=Y``); a failed deletion keeps its state."""
        results: list[RecipientResult] = []
        for ref in refs:
            if not ref.vendor_msg_id:
                continue
            form = self._auth()
            form.update(mobile=format_phone(ref.phone), msgid=ref.vendor_msg_id, deltime="Y")
            data = self._post(QUERY_PATH, form, send=False)
            code = str(data.get("code") or "").strip()
            statustext = str(data.get("statustext") or "").strip().upper()
            if code == "00000" and statustext in ("", "DELETED"):
                results.append(RecipientResult(ref.phone, State.CANCELLED, ref.vendor_msg_id, "DELETED"))
                continue
            state = State.SCHEDULED  # unchanged as far as we know
            if code == "00000" or code in _NO_STATUS_YET:
                # The answer is a status, not a deletion: the message already left.
                if code == "00300":  # nothing left to delete: the status query tells where it went
                    data = self._query_one(ref, outrange=False)
                    code = str(data.get("code") or "").strip() or code
                if code == "00000":
                    state = status_report(data, phone=ref.phone, msgid=ref.vendor_msg_id).state
                elif code == "00001":
                    state = State.SUBMITTED
                error = VendorError(
                    ErrorKind.SCHEDULING,
                    translate("TwSMS", "This message could not be cancelled: TwSMS has already sent it "
                              "or no longer has it."),
                    vendor=VENDOR, code=code, text=statustext or str(data.get("text") or ""),
                )
            else:
                error = self._error(code, str(data.get("text") or ""))
                if error.kind.stops_job:
                    raise error
            results.append(RecipientResult(ref.phone, state, ref.vendor_msg_id, statustext or code,
                                           error=error))
        return results

    # -- reading --------------------------------------------------------------
    def query_status(self, refs: list[MessageRef]) -> list[StatusReport]:
        reports: list[StatusReport] = []
        now = datetime.now(TAIPEI)
        for ref in refs:
            if not ref.vendor_msg_id:
                continue
            # A naive time is taken as the computer's local time.
            old = ref.submitted_at is not None and now - ref.submitted_at.astimezone(TAIPEI) > OUTRANGE_AFTER
            data = self._query_one(ref, outrange=old)
            code = str(data.get("code") or "").strip()
            if code == "00300" and not old and ref.submitted_at is None:
                # Age unknown: the record may only be found by the slower extended search.
                data = self._query_one(ref, outrange=True)
                code = str(data.get("code") or "").strip()
            if code == "00001":
                # "狀態尚未回復": it has left TwSMS, only its report is not back. A scheduled message
                # past its time gets this (00310 while it still waits), so it is scheduled no more.
                reports.append(StatusReport(ref.phone, State.SUBMITTED, vendor_status=code,
                                            vendor_msg_id=ref.vendor_msg_id,
                                            dedupe_key=f"{VENDOR}|{ref.vendor_msg_id}|{ref.phone}|{code}"))
                continue
            if code in _NO_STATUS_YET:
                continue
            self._raise_for(data)
            reports.append(status_report(data, phone=ref.phone, msgid=ref.vendor_msg_id))
        return reports

    def _query_one(self, ref: MessageRef, *, outrange: bool) -> dict[str, Any]:
        form = self._auth()
        form.update(mobile=format_phone(ref.phone), msgid=str(ref.vendor_msg_id))
        if outrange:
            form["outrange"] = "Y"
        return self._post(QUERY_PATH, form, send=False)

    def fetch_replies(self, since: datetime | None = None) -> list[Reply]:
        snumber = self.account.setting("snumber")
        if not snumber:
            raise unsupported(self.name, translate(
                "TwSMS", "replies without a two-way code (snumber) in the account settings"))
        today = datetime.now(TAIPEI).date()
        if since is not None:
            since = since.astimezone(TAIPEI)  # a naive time is taken as the computer's local time
        first = since.date() if since is not None else today
        first = max(first, today - timedelta(days=REPLY_DAYS_MAX - 1))
        replies: list[Reply] = []
        day: date = first
        while day <= today:
            form = self._auth()
            form.update(snumber=str(snumber), sdate=day.isoformat())
            data = self._post(MO_PATH, form, send=False)
            code = str(data.get("code") or "").strip()
            day += timedelta(days=1)
            if code == "00410":
                continue
            self._raise_for(data)
            for item in data.get("moResp") or []:
                reply = self._reply(item, str(snumber))
                if reply is not None and (since is None or reply.received_at >= since):
                    replies.append(reply)
        return replies

    @staticmethod
    def _reply(item: Any, snumber: str) -> Reply | None:
        if not isinstance(item, dict):
            return None
        received = parse_time(item.get("date"))
        mobile = str(item.get("mobile") or "").strip()
        seq = str(item.get("seq") or "").strip()
        if received is None or not mobile or not seq:
            return None
        return Reply(phone=to_e164(mobile), text=str(item.get("message") or ""), received_at=received,
                     vendor_ref=f"{VENDOR}-mo:{snumber}:{seq}")

    def balance(self) -> Balance:
        form = self._auth()
        form["checkpoint"] = "Y"
        data = self._post(QUERY_PATH, form, send=False)
        self._raise_for(data)
        return self._balance_from(data)

    def _balance_from(self, data: Mapping[str, Any]) -> Balance:
        # The document does not name the field of a checkpoint answer; section 7 defines
        # "point", so that is read first.
        for key in ("point", "points", "quota"):
            amount = _number(data.get(key))
            if amount is not None:
                return Balance(amount, "points")
        raise VendorError(
            ErrorKind.UNKNOWN,
            translate("TwSMS", "TwSMS answered the balance query without a balance. Check the balance "
                      "on www.twsms.com."),
            vendor=VENDOR, text=json.dumps(data, ensure_ascii=False)[:120],
        )

    def test_connection(self) -> str:
        form = self._auth()
        form.update(checkpoint="Y", checkip="Y")
        data = self._post(QUERY_PATH, form, send=False)
        code = str(data.get("code") or "").strip()
        ip = str(data.get("remote_ip") or "").strip()
        if code == "00030" and ip:
            raise VendorError(
                ErrorKind.IP_NOT_ALLOWED,
                translate("TwSMS", "TwSMS refused this computer's public IP address {ip}. Sign in at "
                          "www.twsms.com, open Account settings (帳號設定) → API settings (API 設定), add "
                          "{ip} to the allowed IPs, then test again.").format(ip=ip),
                vendor=VENDOR, code=code, text=str(data.get("text") or ""),
            )
        self._raise_for(data)
        bal = self._balance_from(data)
        message = translate("Vendor", "Connected. Balance: {amount} {unit}.").format(
            amount=fmt_number(bal.amount), unit=bal.unit)
        if ip:
            message += " " + translate("TwSMS", "TwSMS sees this computer's address as {ip}.").format(ip=ip)
        return message


SPEC = VendorSpec(
    id=VENDOR,
    push_kinds=twsms_push.PUSH_KINDS,
    parse_push=twsms_push.parse_push,
    name=TwsmsClient.display_name,
    client=TwsmsClient,
    fields=(
        FieldSpec("username", QT_TRANSLATE_NOOP("AccountFields", "Username"), required=True,
                  help=QT_TRANSLATE_NOOP("AccountFields", "The username you sign in to www.twsms.com with.")),
        FieldSpec("password", QT_TRANSLATE_NOOP("AccountFields", "Password"), secret=True, required=True,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields", "Your TwSMS password. The API must be enabled under Account "
                      "settings (帳號設定) → API settings (API 設定); if an IP allow-list is set there, "
                      "add this office's public IP address.")),
        FieldSpec("snumber", QT_TRANSLATE_NOOP("AccountFields", "Two-way code (snumber)"),
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields", "Optional: the 5-digit two-way code from TwSMS. Needed to receive "
                      "replies; recipients then see the two-way number. Leave empty if you have none.")),
        FieldSpec("expirytime", QT_TRANSLATE_NOOP("AccountFields", "Message validity (seconds)"), kind="int",
                  advanced=True, default=28800,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields", "How long TwSMS keeps trying to deliver a message: 300 to 28800 "
                      "seconds (8 hours, the default).")),
        FieldSpec("long_sms", QT_TRANSLATE_NOOP("AccountFields", "Allow long messages"), kind="bool",
                  advanced=True, default=True,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields", "On: messages over 70 characters (160 in English letters only) "
                      "go as long SMS, up to 335 (765) characters, 1 point per 67 (153). Off: only "
                      "standard messages are allowed. Long SMS never go to numbers outside Taiwan.")),
        FieldSpec("drurl", QT_TRANSLATE_NOOP("AccountFields", "Delivery report address (drurl)"),
                  advanced=True,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields", "Optional web address where TwSMS pushes delivery reports. Leave "
                      "empty to have SMS Desk ask for the status instead.")),
        FieldSpec("drurl_check", QT_TRANSLATE_NOOP("AccountFields", "Check the report address before each send"),
                  kind="bool", advanced=True, default=False,
                  help=QT_TRANSLATE_NOOP(
                      "AccountFields", "On: TwSMS refuses to send when the delivery report address does "
                      "not answer HTTP 200 (error 00170).")),
    ),
    capabilities=TwsmsClient.capabilities,
    default_base_url=DEFAULT_BASE_URL,
    help=QT_TRANSLATE_NOOP(
        "VendorHelp", "Sign in at www.twsms.com. Under Account settings (帳號設定) → API settings (API 設定) "
        "enable the API and, if you use an IP allow-list, add this office's public IP address (Test "
        "connection shows it). A Taiwan mobile costs 1 point per message (long messages: 1 point per 67 "
        "characters, 153 in English letters only); a foreign number costs 5 points and cannot get long "
        "messages. Emoji are not accepted."),
    cost_rule=VENDOR,
    pricing=twsms_rules.PRICING,
    replies_ready=twsms_rules.replies_ready,
    push_address=drurl_update,
    refuses=refuses,
    home_region="TW",  # mobile: 09xxxxxxxx (Taiwan) or country code + number
)
