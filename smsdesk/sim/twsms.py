"""TwSMS JSON API 4.0, server side, read independently from the vendor document.

Endpoints: ``/json/sms_send.php``, ``/json/sms_query.php``, ``/json/smsmo_query.php``
(GET or POST, as documented). Points are charged by section 3: a Taiwan mobile
pays 1 point per standard message (70 Chinese / 160 English characters), long
messages 1 point per 67 / 153 characters up to 335 / 765; a foreign number pays
5 points and may not get a long message. "English" is read as: every character
is in the GSM 03.38 alphabet (basic or extension table); characters are counted
as written. A scheduled message that is deleted gets its points back.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlencode

import requests

from smsdesk.sim.server import ForcedAnswers, SimRequest, SimResponse, VendorSim

log = logging.getLogger("smsdesk.sim.twsms")

TAIPEI = timezone(timedelta(hours=8))

TEXTS = {
    "00000": "Success",
    "00001": "狀態尚未回復",
    "00010": "帳號或密碼格式錯誤",
    "00011": "帳號錯誤",
    "00012": "密碼錯誤",
    "00020": "通數不足",
    "00030": "IP無使用權限",
    "00031": "限制發送國際門號",
    "00040": "帳號已停用",
    "00041": "API未啟用",
    "00050": "sendtime格式錯誤",
    "00060": "expirytime 格式錯誤",
    "00100": "手機號碼格式錯誤",
    "00110": "沒有簡訊內容",
    "00120": "長簡訊不支援國際門號",
    "00130": "簡訊內容超過長度",
    "00140": "drurl格式錯誤",
    "00150": "sendtime預約的時間已經超過",
    "00170": "drurl帶入的網址無法連線",
    "00180": "簡訊內容帶有 Emoji圖形",
    "00300": "找不到 msgid",
    "00310": "預約尚未送出",
    "00400": "找不到 snumber 辨識碼",
    "00410": "沒有任何 mo 資料",
    "00420": "smsQuery指定查詢的格式錯誤",
    "00430": "moQuery指定查詢的格式錯誤",
    "99998": "資料處理異常，請重新發送",
    "99999": "系統錯誤，請通知系統廠商",
}

# GSM 03.38 basic table (without ESC) and extension table: the sim's reading of "英文".
GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = "\f^{}\\[~]|€"
_GSM = frozenset(GSM_BASIC + GSM_EXTENSION)


def is_english(text: str) -> bool:
    return all(ch in _GSM for ch in text)


def has_emoji(text: str) -> bool:
    """Pictographs (U+1F000-U+1FAFF), emoji presentation selector, keycaps."""
    return any(0x1F000 <= ord(ch) <= 0x1FAFF or ch in "\ufe0f\u20e3" for ch in text)


def points_for(text: str, mobile: str, *, long_allowed: bool = True) -> tuple[int | None, str]:
    """(points, "") or (None, refusal code) for one message to one vendor-format mobile."""
    english = is_english(text)
    n = len(text)
    standard, long_max, per = (160, 765, 153) if english else (70, 335, 67)
    taiwan = mobile.startswith("09")
    if n <= standard:
        return (1 if taiwan else 5), ""
    if not taiwan:
        return None, "00120"
    if not long_allowed or n > long_max:
        return None, "00130"
    return math.ceil(n / per), ""


@dataclass
class CallbackRequest:
    """An HTTP request a vendor makes to the customer's server (push/callback)."""

    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def emit(self, timeout: float = 5.0) -> requests.Response:
        with requests.Session() as session:
            return session.request(self.method, self.url, headers=self.headers, data=self.body or None,
                                   timeout=timeout)


def build_drurl(drurl: str, *, msgid: str, mobile: str, statuscode: str, statustext: str,
                downtime: str, code: str = "00000", text: str = "Success") -> CallbackRequest:
    """TwSMS's push: GET drurl with smsresp = URL-encoded JSON (doc section 4.1)."""
    payload = json.dumps({"code": code, "text": text, "msgid": msgid, "mobile": mobile,
                          "statuscode": statuscode, "statustext": statustext, "downtime": downtime},
                         ensure_ascii=False, separators=(",", ":"))
    joiner = "&" if "?" in drurl else "?"
    return CallbackRequest("GET", drurl + joiner + urlencode({"smsresp": payload}))


def emit_drurl(drurl: str, **fields: str) -> requests.Response:
    return build_drurl(drurl, **fields).emit()


@dataclass
class Account:
    username: str
    password: str
    balance: float = 1000
    enabled: bool = True
    api_enabled: bool = True
    international: bool = True
    snumbers: set[str] = field(default_factory=set)


@dataclass
class Message:
    msgid: str
    username: str
    mobile: str
    message: str
    points: int
    created: datetime
    sendtime: datetime | None = None
    expirytime: int = 28800
    drurl: str = ""
    mo: bool = False
    long_allowed: bool = True
    statuscode: str = ""
    statustext: str = ""
    donetime: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "msgid": self.msgid, "username": self.username, "mobile": self.mobile,
            "message": self.message, "points": self.points, "created": self.created.isoformat(),
            "sendtime": self.sendtime.isoformat() if self.sendtime else None,
            "expirytime": self.expirytime, "drurl": self.drurl, "mo": self.mo,
            "statuscode": self.statuscode, "statustext": self.statustext,
            "donetime": self.donetime.isoformat() if self.donetime else None,
        }


@dataclass
class MoReply:
    seq: str
    username: str
    snumber: str
    mobile: str
    message: str
    date: datetime


def _form(request: SimRequest) -> dict[str, str]:
    """Query and body merged, read as UTF-8, or as Big5 (BIG5碼部分特殊字會變成?號) when not UTF-8."""
    values: dict[str, str] = {}
    for raw in (request.raw_query, request.body.decode("latin-1") if request.body else ""):
        try:
            parsed = parse_qs(raw, keep_blank_values=True, encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            parsed = parse_qs(raw, keep_blank_values=True, encoding="cp950", errors="replace")
            parsed = {k: [x.replace("\ufffd", "?") for x in v] for k, v in parsed.items()}
        values.update({k: v[0] for k, v in parsed.items()})
    return values


def _vendor_mobile(phone: str) -> str:
    """Accept E.164 in test helpers; store numbers the way TwSMS writes them."""
    phone = phone.strip()
    if phone.startswith("+886"):
        return "0" + phone[4:]
    return phone.lstrip("+")


class Sim(VendorSim):
    prefix = "twsms"

    def __init__(self) -> None:
        super().__init__()
        self.accounts: dict[str, Account] = {}
        self.messages: dict[str, Message] = {}
        self.replies: list[MoReply] = []
        self.allowed_ips: set[str] | None = None  # None: every address may call
        self.forced = ForcedAnswers()  # answers: any JSON value, even a malformed one
        self._next_msgid = 222160591
        self._next_seq = 221831

    @staticmethod
    def now() -> datetime:
        return datetime.now(TAIPEI)

    # -- test hooks ---------------------------------------------------------------
    def add_account(self, username: str, password: str, *, balance: float = 1000,
                    snumbers: set[str] | list[str] | tuple[str, ...] = (), enabled: bool = True,
                    api_enabled: bool = True, international: bool = True) -> Account:
        with self.lock:
            account = Account(username, password, balance, enabled, api_enabled, international,
                              set(snumbers))
            self.accounts[username] = account
            return account

    def force_error(self, code: str, *, path: str | None = None, times: int = 1,
                    **extra: Any) -> None:
        """The next matching request(s) answer ``code`` without being processed."""
        self.force_answer({"code": code, "text": TEXTS.get(code, "error"), **extra}, path=path, times=times)

    def force_answer(self, answer: Any, *, path: str | None = None, times: int = 1) -> None:
        self.forced.add(answer, path=path, times=times)

    def set_balance(self, username: str, points: float) -> None:
        with self.lock:
            self.accounts[username].balance = points

    def get_balance(self, username: str) -> float:
        with self.lock:
            return self.accounts[username].balance

    def find(self, msgid_or_phone: str) -> Message:
        """A message by msgid, or the latest one to a phone (E.164 or TwSMS form)."""
        with self.lock:
            if msgid_or_phone in self.messages:
                return self.messages[msgid_or_phone]
            mobile = _vendor_mobile(msgid_or_phone)
            for message in reversed(list(self.messages.values())):
                if message.mobile == mobile:
                    return message
            raise KeyError(msgid_or_phone)

    def deliver(self, msgid_or_phone: str, status: str = "DELIVRD", *, at: datetime | None = None,
                push: bool = True) -> Message:
        """Set a delivery status (any statustext); push it to drurl when one was given."""
        with self.lock:
            message = self.find(msgid_or_phone)
            message.statustext = status
            message.statuscode = "0" if status in ("DELIVRD", "ACCEPTD") else "-1"
            message.donetime = (at or self.now()).astimezone(TAIPEI)
        if push and message.drurl:
            try:
                self.drurl_request(message.msgid).emit(timeout=3)
            except requests.RequestException as exc:  # the vendor does not care
                log.info("drurl push to %s failed: %s", message.drurl, exc)
        return message

    def fail(self, msgid_or_phone: str, status: str = "UNDELIV", **kwargs: Any) -> Message:
        return self.deliver(msgid_or_phone, status, **kwargs)

    def drurl_request(self, msgid: str, drurl: str | None = None) -> CallbackRequest:
        with self.lock:
            message = self.messages[msgid]
            done = message.donetime or self.now()
            return build_drurl(drurl or message.drurl, msgid=message.msgid, mobile=message.mobile,
                               statuscode=message.statuscode or "0",
                               statustext=message.statustext or "ACCEPTD",
                               downtime=done.strftime("%Y%m%d%H%M%S"))

    def set_created(self, msgid: str, when: datetime) -> None:
        """Age a message (e.g. past the three-day outrange limit)."""
        with self.lock:
            self.messages[msgid].created = when

    def inject_reply(self, mobile: str, message: str, *, username: str | None = None,
                     snumber: str | None = None, at: datetime | None = None) -> MoReply:
        with self.lock:
            if username is None:
                username = next(iter(self.accounts))
            account = self.accounts[username]
            if snumber is None:
                snumber = sorted(account.snumbers)[0]
            reply = MoReply(str(self._next_seq), username, snumber, _vendor_mobile(mobile), message,
                            (at or self.now()).astimezone(TAIPEI))
            self._next_seq += 1
            self.replies.append(reply)
            return reply

    def pending(self, message: Message) -> bool:
        return (message.sendtime is not None and message.sendtime > self.now()
                and message.statustext != "DELETED")

    def control(self, action: str, payload: dict[str, Any]) -> Any:
        if action == "add_account":
            acct = self.add_account(payload["username"], payload["password"],
                                    balance=float(payload.get("balance", 1000)),
                                    snumbers=payload.get("snumbers", ()),
                                    enabled=bool(payload.get("enabled", True)),
                                    api_enabled=bool(payload.get("api_enabled", True)),
                                    international=bool(payload.get("international", True)))
            return {"username": acct.username}
        if action in ("deliver", "fail"):
            default = "DELIVRD" if action == "deliver" else "UNDELIV"
            message = self.deliver(payload["msgid"], payload.get("status", default),
                                   push=bool(payload.get("push", True)))
            return message.as_dict()
        if action == "inject_reply":
            reply = self.inject_reply(payload["mobile"], payload["message"], username=payload.get("username"),
                                      snumber=payload.get("snumber"))
            return {"seq": reply.seq}
        if action == "set_balance":
            self.set_balance(payload["username"], float(payload["points"]))
            return None
        if action == "get_balance":
            return self.get_balance(payload["username"])
        if action == "messages":
            return [m.as_dict() for m in self.messages.values()]
        if action == "force_error":
            self.force_error(str(payload["code"]), path=payload.get("path"), times=int(payload.get("times", 1)))
            return None
        if action == "allowed_ips":
            ips = payload.get("ips")
            self.allowed_ips = None if ips is None else set(ips)
            return None
        raise KeyError(action)

    def seed_demo(self) -> dict[str, Any]:
        with self.lock:
            if "demo" not in self.accounts:
                self.add_account("demo", "demo-password", balance=500, snumbers={"12345"})
                self.inject_reply("0911222333", "好的，謝謝", username="demo")
        return {"username": "demo", "password": "demo-password", "snumber": "12345"}

    # -- HTTP -------------------------------------------------------------------
    def handle(self, request: SimRequest) -> SimResponse | None:
        routes = {"/json/sms_send.php": self._send, "/json/sms_query.php": self._query,
                  "/json/smsmo_query.php": self._mo_query}
        route = routes.get(request.path)
        if route is None:
            return None
        form = _form(request)
        forced = self.forced.take(request.path)
        if forced is not None:
            return SimResponse.of_json(forced)
        account_or_code = self._authenticate(form, request.client)
        if isinstance(account_or_code, str):
            return self._answer(account_or_code, form, request)
        return route(account_or_code, form, request)

    def _answer(self, code: str, form: dict[str, str], request: SimRequest, **extra: Any) -> SimResponse:
        data: dict[str, Any] = {"code": code, "text": TEXTS[code], **extra}
        if request.path == "/json/sms_query.php" and form.get("checkip") == "Y":
            data["remote_ip"] = request.client
        return SimResponse.of_json(data)

    def _authenticate(self, form: dict[str, str], client: str) -> Account | str:
        username, password = form.get("username", ""), form.get("password", "")
        if not username or not password or len(username) > 50 or len(password) > 50:
            return "00010"
        account = self.accounts.get(username)
        if account is None:
            return "00011"
        if account.password != password:
            return "00012"
        if not account.enabled:
            return "00040"
        if not account.api_enabled:
            return "00041"
        if self.allowed_ips is not None and client not in self.allowed_ips:
            return "00030"
        return account

    def _send(self, account: Account, form: dict[str, str], request: SimRequest) -> SimResponse:
        mobile = form.get("mobile", "").strip()
        if re.fullmatch(r"8869\d{8}", mobile):  # 國碼+門號 for a Taiwan mobile: stored as 09...
            mobile = "0" + mobile[3:]
        taiwan = re.fullmatch(r"09\d{8}", mobile) is not None
        if (not taiwan and not re.fullmatch(r"[1-9]\d{7,14}", mobile)) or mobile.startswith("886"):
            return self._answer("00100", form, request)
        if not taiwan and not account.international:
            return self._answer("00031", form, request)
        message = form.get("message", "")
        if message == "":
            return self._answer("00110", form, request)
        if has_emoji(message):
            return self._answer("00180", form, request)
        long_allowed = form.get("lmsg", "Y").upper() != "N"
        points, refusal = points_for(message, mobile, long_allowed=long_allowed)
        if points is None:
            return self._answer(refusal, form, request)
        sendtime: datetime | None = None
        if form.get("sendtime"):
            try:
                if not re.fullmatch(r"\d{12}", form["sendtime"]):
                    raise ValueError
                sendtime = datetime.strptime(form["sendtime"], "%Y%m%d%H%M").replace(tzinfo=TAIPEI)
            except ValueError:
                return self._answer("00050", form, request)
            if sendtime <= self.now():
                return self._answer("00150", form, request)
        expiry = form.get("expirytime", "28800")
        if not re.fullmatch(r"\d+", expiry) or not 300 <= int(expiry) <= 28800:
            return self._answer("00060", form, request)
        drurl = form.get("drurl", "")
        if drurl:
            if not re.fullmatch(r"https?://[^\s/?#]+\S*", drurl):
                return self._answer("00140", form, request)
            if form.get("drurl_check", "Y").upper() != "N" and not self._reachable(drurl):
                return self._answer("00170", form, request)
        if account.balance < points:
            return self._answer("00020", form, request)
        account.balance -= points
        msgid = str(self._next_msgid)
        self._next_msgid += 1
        self.messages[msgid] = Message(
            msgid, account.username, mobile, message, points, self.now(), sendtime, int(expiry), drurl,
            form.get("mo", "N").upper() == "Y", long_allowed,
        )
        extra: dict[str, Any] = {"msgid": int(msgid)}
        if form.get("resp_point", "").upper() == "Y":
            extra["point"] = points
        return self._answer("00000", form, request, **extra)

    @staticmethod
    def _reachable(url: str) -> bool:
        try:
            with requests.Session() as session:
                return session.get(url, timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def _query(self, account: Account, form: dict[str, str], request: SimRequest) -> SimResponse:
        if form.get("checkpoint", "").upper() == "Y":
            balance = account.balance
            return self._answer("00000", form, request, point=int(balance) if balance == int(balance) else balance)
        mobile, msgid = form.get("mobile", "").strip(), form.get("msgid", "").strip()
        if not re.fullmatch(r"\d{8,11}", msgid) or not re.fullmatch(r"\d{8,15}", mobile):
            return self._answer("00420", form, request)
        message = self.messages.get(msgid)
        if message is None or message.username != account.username or message.mobile != mobile:
            return self._answer("00300", form, request)
        if self.now() - message.created > timedelta(days=3) and form.get("outrange", "").upper() != "Y":
            return self._answer("00300", form, request)
        if form.get("deltime", "").upper() == "Y":
            if not self.pending(message):
                # Already left: nothing to delete. Undocumented; see docs/simulator-assumptions.md.
                return self._answer("00300", form, request)
            message.statustext, message.statuscode, message.donetime = "DELETED", "-1", self.now()
            account.balance += message.points
            return self._answer("00000", form, request)
        if self.pending(message):
            return self._answer("00310", form, request)
        if not message.statustext:
            return self._answer("00001", form, request)
        assert message.donetime is not None
        return self._answer("00000", form, request, statuscode=message.statuscode,
                            statustext=message.statustext, donetime=message.donetime.strftime("%Y%m%d%H%M%S"))

    def _mo_query(self, account: Account, form: dict[str, str], request: SimRequest) -> SimResponse:
        snumber = form.get("snumber", "").strip()
        if not re.fullmatch(r"\d{5}", snumber):
            return self._answer("00430", form, request)
        if snumber not in account.snumbers:
            return self._answer("00400", form, request)
        sdate = form.get("sdate", "").strip() or self.now().date().isoformat()
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", sdate):
                raise ValueError
            day = datetime.strptime(sdate, "%Y-%m-%d").date()
        except ValueError:
            return self._answer("00430", form, request)
        found = [r for r in self.replies
                 if r.username == account.username and r.snumber == snumber and r.date.date() == day]
        if not found:
            return self._answer("00410", form, request)
        return self._answer("00000", form, request, moResp=[
            {"seq": r.seq, "date": r.date.strftime("%Y%m%d%H%M%S"), "mobile": r.mobile, "message": r.message}
            for r in found
        ])
