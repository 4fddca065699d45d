"""SMS-Get HTTP API, server side, read independently from the vendor document.

Endpoints ``/api_send.php``, ``/api_send_twoway.php``, ``/api_query_credit.php``
(GET or POST). Charging per the document: a part holds 160 characters of pure
English (GSM 03.38 alphabet) or 70 otherwise; longer texts take 153 / 67 per
part; each part costs 1 point to Taiwan, 4 to mainland China, 2 elsewhere, and
1 on the two-way endpoint. The document sets no maximum length; this simulator
refuses more than ``max_chars`` (1000) characters with 004.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote_plus, urlencode

import requests

from smsdesk.sim.server import ForcedAnswers, SimRequest, SimResponse, VendorSim
from smsdesk.sim.twsms import CallbackRequest, is_english

TAIPEI = timezone(timedelta(hours=8))

TEXTS = {
    "001": "參數錯誤",
    "002": "預約時間參數錯誤",
    "003": "預約時間過期",
    "004": "訊息長度過長",
    "005": "帳號密碼錯誤",
    "006": "IP 無法存取",
    "007": "收件者人數為 0",
    "008": "收件人超過 250 人",
    "009": "點數不足",
    "010": "尚未申請雙向功能",
}

# The document's phone formats (手機號碼輸入格式) -> (country, points per part).
PHONE_FORMATS: tuple[tuple[str, str, int], ...] = (
    (r"09\d{8}", "TW", 1),
    (r"1\d{10}", "CN", 4),
    (r"\d{8}", "HK", 2),
    (r"853\d{8}", "MO", 2),
    (r"81\d{10}", "JP", 2),
    (r"60\d{9,10}", "MY", 2),
    (r"84\d{9,10}", "VN", 2),
    (r"62\d{10,11}", "ID", 2),
    (r"66\d{9}", "TH", 2),
    (r"61\d{9}", "AU", 2),
    (r"65\d{8}", "SG", 2),
    (r"63\d{10}", "PH", 2),
    (r"971\d{9}", "AE", 2),
    (r"855\d{8,9}", "KH", 2),
    (r"001\d{10}", "US", 2),
    (r"82\d{9,10}", "KR", 2),
)


def country_of(phone: str) -> tuple[str, int] | None:
    for pattern, country, points in PHONE_FORMATS:
        if re.fullmatch(pattern, phone):
            return country, points
    return None


def parts_for(text: str) -> int:
    n = len(text)
    single, per = (160, 153) if is_english(text) else (70, 67)
    return 1 if n <= single else math.ceil(n / per)


def _time(at: datetime) -> str:
    return at.astimezone(TAIPEI).strftime("%Y-%m-%d %H:%M:%S")


def build_delivery_callback(url: str, sms_id: str,
                            records: list[tuple[str, str, datetime, str]]) -> CallbackRequest:
    """The delivery callback: POST ``sms_id`` and ``content`` (records phone|id|time|status
    joined by commas) as a form body."""
    content = ",".join(f"{phone}|{rid}|{_time(at)}|{status}" for phone, rid, at, status in records)
    body = urlencode({"sms_id": sms_id, "content": content}).encode("ascii")
    return CallbackRequest("POST", url, {"Content-Type": "application/x-www-form-urlencoded"}, body)


def build_reply_callback(url: str, records: list[tuple[str, str, datetime, str]]) -> CallbackRequest:
    """The two-way callback: POST ``content`` = phone|id|time|URL-encoded UTF-8 reply, comma-joined."""
    content = ",".join(f"{phone}|{rid}|{_time(at)}|{quote_plus(text)}" for phone, rid, at, text in records)
    body = urlencode({"content": content}).encode("ascii")
    return CallbackRequest("POST", url, {"Content-Type": "application/x-www-form-urlencoded"}, body)


def emit_delivery_callback(url: str, sms_id: str,
                           records: list[tuple[str, str, datetime, str]]) -> requests.Response:
    return build_delivery_callback(url, sms_id, records).emit()


def emit_reply_callback(url: str, records: list[tuple[str, str, datetime, str]]) -> requests.Response:
    return build_reply_callback(url, records).emit()


@dataclass
class Account:
    username: str
    password: str
    balance: float = 1000
    two_way: bool = False
    two_way_code: str = "03"
    callback_url: str = ""
    twoway_callback_url: str = ""


@dataclass
class Recipient:
    phone: str  # as sent (vendor form)
    rid: str  # 簡訊辨識 ID
    points: int
    status: str = ""
    at: datetime | None = None


@dataclass
class Message:
    sms_id: str
    username: str
    text: str
    two_way: bool
    created: datetime
    send_at: datetime | None
    recipients: list[Recipient] = field(default_factory=list)

    @property
    def points(self) -> int:
        return sum(r.points for r in self.recipients)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sms_id": self.sms_id, "username": self.username, "text": self.text, "two_way": self.two_way,
            "created": self.created.isoformat(), "send_at": self.send_at.isoformat() if self.send_at else None,
            "points": self.points,
            "recipients": [{"phone": r.phone, "id": r.rid, "points": r.points, "status": r.status,
                            "at": r.at.isoformat() if r.at else None} for r in self.recipients],
        }


@dataclass
class MoReply:
    username: str
    phone: str
    rid: str
    text: str  # as the customer typed it, code included
    at: datetime


def _vendor_phone(phone: str) -> str:
    phone = phone.strip()
    if phone.startswith("+886"):
        return "0" + phone[4:]
    if phone.startswith("+86"):
        return phone[3:]
    if phone.startswith("+852"):
        return phone[4:]
    if phone.startswith("+1"):
        return "001" + phone[2:]
    return phone.lstrip("+")


class Sim(VendorSim):
    prefix = "smsget"

    def __init__(self) -> None:
        super().__init__()
        self.accounts: dict[str, Account] = {}
        self.messages: dict[str, Message] = {}
        self.replies: list[MoReply] = []
        self.allowed_ips: set[str] | None = None  # None: every address may call
        self.max_chars = 1000  # undocumented limit behind 004
        self.forced = ForcedAnswers()  # answers: any JSON value, even a malformed one
        self._next_id = 20240001
        self._next_rid = 0x59C4E123

    @staticmethod
    def now() -> datetime:
        return datetime.now(TAIPEI)

    # -- test hooks -------------------------------------------------------------
    def add_account(self, username: str, password: str, *, balance: float = 1000, two_way: bool = False,
                    two_way_code: str = "03", callback_url: str = "", twoway_callback_url: str = "") -> Account:
        with self.lock:
            account = Account(username, password, balance, two_way, two_way_code, callback_url,
                              twoway_callback_url)
            self.accounts[username] = account
            return account

    def force_error(self, code: str, *, path: str | None = None, times: int = 1) -> None:
        """The next matching request(s) answer ``code`` without being processed."""
        self.force_answer({"stats": False, "error_code": code, "error_msg": TEXTS.get(code, "error")},
                          path=path, times=times)

    def force_answer(self, answer: Any, *, path: str | None = None, times: int = 1) -> None:
        self.forced.add(answer, path=path, times=times)

    def set_balance(self, username: str, points: float) -> None:
        with self.lock:
            self.accounts[username].balance = points

    def get_balance(self, username: str) -> float:
        with self.lock:
            return self.accounts[username].balance

    def find(self, sms_id_or_phone: str) -> Message:
        with self.lock:
            if sms_id_or_phone in self.messages:
                return self.messages[sms_id_or_phone]
            phone = _vendor_phone(sms_id_or_phone)
            for message in reversed(list(self.messages.values())):
                if any(r.phone == phone for r in message.recipients):
                    return message
            raise KeyError(sms_id_or_phone)

    def deliver(self, sms_id_or_phone: str, status: str = "DELIVRD", *, phone: str | None = None,
                at: datetime | None = None) -> Message:
        """Set the status of every recipient of a message (or of ``phone`` only)."""
        with self.lock:
            message = self.find(sms_id_or_phone)
            only = _vendor_phone(phone) if phone else None
            if only is None and sms_id_or_phone not in self.messages:
                only = _vendor_phone(sms_id_or_phone)
            for recipient in message.recipients:
                if only is None or recipient.phone == only:
                    recipient.status, recipient.at = status, (at or self.now())
            return message

    def fail(self, sms_id_or_phone: str, status: str = "UNDELIV", **kwargs: Any) -> Message:
        return self.deliver(sms_id_or_phone, status, **kwargs)

    def delivery_callback(self, sms_id: str, url: str | None = None) -> CallbackRequest:
        """The callback SMS-Get would POST for ``sms_id`` (recipients with a status)."""
        with self.lock:
            message = self.messages[sms_id]
            target = url or self.accounts[message.username].callback_url
            records = [(r.phone, r.rid, r.at, r.status) for r in message.recipients if r.status and r.at]
            return build_delivery_callback(target, sms_id, records)

    def inject_reply(self, phone: str, text: str, *, username: str | None = None, with_code: bool = True,
                     at: datetime | None = None) -> MoReply:
        """A customer's reply; ``with_code`` puts the account's two-way code in front, as required."""
        with self.lock:
            account = self.accounts[username] if username else next(iter(self.accounts.values()))
            vendor_phone = _vendor_phone(phone)
            rid = next((r.rid for m in reversed(list(self.messages.values())) for r in m.recipients
                        if r.phone == vendor_phone and m.username == account.username), None)
            if rid is None:
                rid = self._new_rid()
            reply = MoReply(account.username, vendor_phone, rid,
                            (account.two_way_code if with_code else "") + text, at or self.now())
            self.replies.append(reply)
            return reply

    def reply_callback(self, replies: list[MoReply] | None = None, url: str | None = None) -> CallbackRequest:
        with self.lock:
            chosen = replies if replies is not None else list(self.replies)
            target = url or (self.accounts[chosen[0].username].twoway_callback_url if chosen else "")
            return build_reply_callback(target, [(r.phone, r.rid, r.at, r.text) for r in chosen])

    def control(self, action: str, payload: dict[str, Any]) -> Any:
        if action == "add_account":
            acct = self.add_account(payload["username"], payload["password"],
                                    balance=float(payload.get("balance", 1000)),
                                    two_way=bool(payload.get("two_way", False)),
                                    two_way_code=str(payload.get("two_way_code", "03")),
                                    callback_url=str(payload.get("callback_url", "")),
                                    twoway_callback_url=str(payload.get("twoway_callback_url", "")))
            return {"username": acct.username}
        if action in ("deliver", "fail"):
            default = "DELIVRD" if action == "deliver" else "UNDELIV"
            message = self.deliver(payload["sms_id"], payload.get("status", default), phone=payload.get("phone"))
            if payload.get("emit") and self.accounts[message.username].callback_url:
                self.delivery_callback(message.sms_id).emit()
            return message.as_dict()
        if action == "inject_reply":
            reply = self.inject_reply(payload["phone"], payload["text"], username=payload.get("username"))
            if payload.get("emit") and self.accounts[reply.username].twoway_callback_url:
                self.reply_callback([reply]).emit()
            return {"id": reply.rid}
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
                self.add_account("demo", "demo-password", balance=500, two_way=True)
        return {"username": "demo", "password": "demo-password"}

    # -- HTTP -------------------------------------------------------------------
    def handle(self, request: SimRequest) -> SimResponse | None:
        routes = {"/api_send.php": False, "/api_send_twoway.php": True}
        if request.path not in (*routes, "/api_query_credit.php"):
            return None
        forced = self.forced.take(request.path)
        if forced is not None:
            return SimResponse.of_json(forced)
        form = request.form()
        username, password = form.get("username", ""), form.get("password", "")
        if not username or not password:
            return self._error("001")
        account = self.accounts.get(username)
        if account is None or account.password != password:
            return self._error("005")
        if self.allowed_ips is not None and request.client not in self.allowed_ips:
            return self._error("006")
        if request.path == "/api_query_credit.php":
            return self._ok(f"{account.username}|{_points(account.balance)}")
        return self._send(account, form, two_way=routes[request.path])

    @staticmethod
    def _error(code: str) -> SimResponse:
        return SimResponse.of_json({"stats": False, "error_code": code, "error_msg": TEXTS[code]})

    @staticmethod
    def _ok(message: str) -> SimResponse:
        return SimResponse.of_json({"stats": True, "error_code": "000", "error_msg": message})

    def _new_rid(self) -> str:
        rid = f"{self._next_rid:08x}"
        self._next_rid += 1
        return rid

    def _send(self, account: Account, form: dict[str, str], *, two_way: bool) -> SimResponse:
        if two_way and not account.two_way:
            return self._error("010")
        method, text = form.get("method", ""), form.get("sms_msg", "")
        if method not in ("1", "2") or not text:
            return self._error("001")
        phones = [p.strip() for p in form.get("phone", "").split(",") if p.strip()]
        if not phones:
            return self._error("007")
        if len(phones) > 250:
            return self._error("008")
        countries = [country_of(p) for p in phones]
        if any(c is None for c in countries) or (two_way and any(c and c[0] != "TW" for c in countries)):
            return self._error("001")
        if len(text) > self.max_chars:
            return self._error("004")
        send_at: datetime | None = None
        if method == "2":
            date, hour, minute = form.get("send_date", ""), form.get("hour", ""), form.get("min", "")
            try:
                if not (re.fullmatch(r"\d{4}/\d{2}/\d{2}", date) and re.fullmatch(r"\d{2}", hour)
                        and re.fullmatch(r"\d{2}", minute)):
                    raise ValueError
                send_at = datetime.strptime(f"{date} {hour}:{minute}", "%Y/%m/%d %H:%M").replace(tzinfo=TAIPEI)
            except ValueError:
                return self._error("002")
            if send_at <= self.now():
                return self._error("003")
        parts = parts_for(text)
        per_part = [1 if two_way else c[1] for c in countries if c is not None]
        cost = sum(parts * p for p in per_part)
        if account.balance < cost:
            return self._error("009")
        account.balance -= cost
        sms_id = str(self._next_id)
        self._next_id += 1
        message = Message(sms_id, account.username, text, two_way, self.now(), send_at)
        message.recipients = [Recipient(phone, self._new_rid(), parts * p) for phone, p in zip(phones, per_part, strict=True)]
        self.messages[sms_id] = message
        return self._ok(f"{sms_id}|{cost}|{_points(account.balance)}")


def _points(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
