"""Tencent Cloud SMS v5 server side, read from the API document alone.

It must not import the client: tests then compare two independent readings.
Answers ``{"result": code, "errmsg"|"msg": text}`` with the vendor's numeric
codes (the document links the code list; 1001..1047 and 60008 as Tencent
publishes them). Requests live under ``/tencent/v5/tlssmssvr/<api>``.

The accounts and field readers are in :mod:`tencent_state`, the console APIs (templates,
signatures, statistics) in :mod:`tencent_console`, the callbacks Tencent makes to the
business in :mod:`tencent_callbacks`; this module sends and pulls, and names them all.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import phonenumbers

from smsdesk.sim.server import ForcedAnswers, SimRequest, SimResponse, VendorSim
from smsdesk.sim.tencent_callbacks import (
    CallbackRequest,
    build_delivery_callback,
    build_reply_callback,
    emit_delivery_callback,
    emit_reply_callback,
)
from smsdesk.sim.tencent_console import ConsoleApis
from smsdesk.sim.tencent_state import CHINA, ERRMSG, Account, Refused, int_field

__all__ = ["CHINA", "ERRMSG", "Account", "CallbackRequest", "Refused", "Sim", "build_delivery_callback",
           "build_reply_callback", "emit_delivery_callback", "emit_reply_callback", "segments", "sig_of"]

PREFIX = "/v5/tlssmssvr/"
WINDOW = 600  # seconds a request's time may differ from the server's
BULK_LIMIT = 200
MAX_LEN = 450

# Template and signature APIs answer with "msg" instead of "errmsg".
_MSG_APIS = frozenset({"add_template", "mod_template", "del_template", "get_template",
                       "add_sign", "mod_sign", "del_sign", "get_sign"})

_GSM = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
           "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
_GSM_EXT = set("^{}\\[~]|€\f")


def segments(text: str) -> int:
    """Billed parts: GSM 160 (153 per part), otherwise UCS-2 70 (67 per part)."""
    if all(c in _GSM or c in _GSM_EXT for c in text):
        n = sum(2 if c in _GSM_EXT else 1 for c in text)
        return 1 if n <= 160 else math.ceil(n / 153)
    n = sum(2 if ord(c) > 0xFFFF else 1 for c in text)
    return 1 if n <= 70 else math.ceil(n / 67)


def sig_of(appkey: str, rnd: str, stamp: Any, mobile: str | None) -> str:
    raw = f"appkey={appkey}&random={rnd}&time={stamp}" + (f"&mobile={mobile}" if mobile is not None else "")
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class Sim(ConsoleApis, VendorSim):
    prefix = "tencent"

    def __init__(self) -> None:
        super().__init__()
        self.accounts: dict[str, Account] = {}
        self.messages: list[dict[str, Any]] = []
        self.clock_offset = 0.0  # seconds added to the real time (tests move the server's clock)
        self.sensitive_words = {"casino", "賭場"}
        self.unsupported_regions = {"850"}
        self.auto_deliver = False
        self.forced = ForcedAnswers(exact=True)  # answers: result codes; paths are API names
        self._next_id = 1000

    # -- test and demo hooks ------------------------------------------------
    def now(self) -> float:
        return time.time() + self.clock_offset

    def set_clock_offset(self, seconds: float) -> None:
        self.clock_offset = float(seconds)

    def add_account(self, sdkappid: str, appkey: str, **options: Any) -> Account:
        with self.lock:
            for key in ("allowed_ips", "blacklist"):  # lists when they come from the control endpoint
                if options.get(key) is not None:
                    options[key] = set(options[key])
            account = Account(str(sdkappid), appkey, **options)
            self.accounts[account.sdkappid] = account
            return account

    def account(self, sdkappid: str | None = None) -> Account:
        return self.accounts[sdkappid] if sdkappid else next(iter(self.accounts.values()))

    def force_error(self, code: int | str, *, path: str | None = None, times: int = 1, after: int = 0) -> None:
        """After ``after`` matching requests, the next ``times`` (to ``path``, e.g. "sendsms") answer ``code``."""
        self.forced.add(int(code), path=path, times=times, after=after)

    def _id(self) -> int:
        self._next_id += 1
        return self._next_id

    def add_template(self, text: str, *, tpl_type: int = 0, approved: bool = True,
                     sdkappid: str | None = None) -> int:
        with self.lock:
            tid = self._id()
            self.account(sdkappid).templates[tid] = {"id": tid, "text": text, "type": tpl_type,
                                                     "status": 0 if approved else 1, "reply": ""}
            return tid

    def add_sign(self, text: str, *, approved: bool = True, sdkappid: str | None = None) -> int:
        with self.lock:
            sid = self._id()
            self.account(sdkappid).signs[sid] = {"id": sid, "text": text, "status": 0 if approved else 1,
                                                 "reply": ""}
            return sid

    def _review(self, table: str, item_id: int, status: int, reason: str, sdkappid: str | None) -> None:
        with self.lock:
            record = getattr(self.account(sdkappid), table)[int(item_id)]
            record.update(status=status, reply=reason)

    def approve_template(self, tpl_id: int, sdkappid: str | None = None) -> None:
        self._review("templates", tpl_id, 0, "", sdkappid)

    def reject_template(self, tpl_id: int, reason: str = "Content not compliant", sdkappid: str | None = None) -> None:
        self._review("templates", tpl_id, 2, reason, sdkappid)

    def approve_sign(self, sign_id: int, sdkappid: str | None = None) -> None:
        self._review("signs", sign_id, 0, "", sdkappid)

    def reject_sign(self, sign_id: int, reason: str = "Document missing", sdkappid: str | None = None) -> None:
        self._review("signs", sign_id, 2, reason, sdkappid)

    def message(self, ref: str) -> dict[str, Any]:
        """A message by sid, or the latest one to an E.164 phone."""
        for msg in self.messages[::-1]:  # not reversed(): typeshed's overload makes its items Any
            if ref in (msg["sid"], msg["phone"]):
                return msg
        raise KeyError(ref)

    def _report(self, ref: str, status: str, errmsg: str, description: str, category: int,
                at: float | None) -> dict[str, Any]:
        with self.lock:
            msg = self.message(ref)
            when = self.now() if at is None else at
            report = {
                "user_receive_time": datetime.fromtimestamp(when, CHINA).strftime("%Y-%m-%d %H:%M:%S"),
                "nationcode": msg["nationcode"], "mobile": msg["mobile"], "report_status": status,
                "errmsg": errmsg, "description": description, "sid": msg["sid"],
            }
            msg["status"] = errmsg
            account = self.accounts[msg["sdkappid"]]
            account.reports.append((when, category, report))
            account.delivery_queue.append(report)
            return dict(report)

    def deliver(self, ref: str, *, at: float | None = None) -> dict[str, Any]:
        """Delivery report SUCCESS/DELIVRD for a message (sid or phone); returns the report."""
        return self._report(ref, "SUCCESS", "DELIVRD", "The SMS message is successfully sent", 0, at)

    def fail(self, ref: str, errmsg: str = "UNDELIV", description: str = "Delivery failed", *,
             category: int = 0, at: float | None = None) -> dict[str, Any]:
        """A FAIL report; ``category`` is pullcallbackstatus's status_fail_<n> bucket."""
        return self._report(ref, "FAIL", errmsg, description, category, at)

    def inject_reply(self, phone: str, text: str, *, sign: str = "", extend: str = "",
                     at: float | None = None, sdkappid: str | None = None) -> dict[str, Any]:
        with self.lock:
            number = phonenumbers.parse(phone, None)
            reply = {"nationcode": str(number.country_code), "mobile": phone[1 + len(str(number.country_code)):],
                     "text": text, "sign": sign, "time": int(self.now() if at is None else at), "extend": extend}
            account = self.account(sdkappid)
            account.replies.append(reply)
            account.reply_queue.append(reply)
            return dict(reply)

    def control(self, action: str, payload: dict[str, Any]) -> Any:
        if action == "add_account":
            account = self.add_account(payload.pop("sdkappid"), payload.pop("appkey"), **payload)
            return {"sdkappid": account.sdkappid}
        if action == "messages":
            return self.messages
        if action == "package":
            account = self.account(payload.get("sdkappid"))
            if "value" in payload:
                account.package = payload["value"]
            return account.package
        simple = {"set_clock_offset", "force_error", "add_template", "add_sign", "approve_template",
                  "reject_template", "approve_sign", "reject_sign", "deliver", "fail", "inject_reply"}
        if action in simple:
            return getattr(self, action)(*payload.pop("args", []), **payload)
        raise KeyError(action)

    def seed_demo(self) -> dict[str, Any]:
        account = self.add_account("1400009099", "demo-appkey-5f03a35d00ee52a2")
        self.auto_deliver = True
        self.add_sign("SMS Desk", sdkappid=account.sdkappid)
        tpl = [self.add_template("Your verification code is {1}. It is valid for {2} minutes.",
                                 sdkappid=account.sdkappid),
               self.add_template("Hello {1}, your order {2} is ready for pickup.", sdkappid=account.sdkappid)]
        return {"sdkappid": account.sdkappid, "appkey": account.appkey, "sign": "SMS Desk", "templates": tpl}

    # -- HTTP ---------------------------------------------------------------
    def handle(self, request: SimRequest) -> SimResponse | None:
        if not request.path.startswith(PREFIX):
            return None
        api = request.path[len(PREFIX):]
        msg_key = "msg" if api in _MSG_APIS else "errmsg"
        try:
            return SimResponse.of_json({"result": 0, msg_key: "OK" if msg_key == "errmsg" else "",
                                        **self._dispatch(api, request)})
        except Refused as exc:
            return SimResponse.of_json({"result": exc.code, msg_key: exc.text})

    def _dispatch(self, api: str, request: SimRequest) -> dict[str, Any]:
        handler: Callable[[Account, dict[str, Any]], dict[str, Any]] | None = getattr(self, f"_api_{api}", None)
        if handler is None:
            raise Refused(1011)
        forced = self.forced.take(api)
        if forced is not None:
            raise Refused(forced)
        query = request.query
        account = self.accounts.get(query.get("sdkappid", ""))
        if account is None:
            raise Refused(1019)
        if not account.enabled:
            raise Refused(1020)
        if account.allowed_ips is not None and request.client not in account.allowed_ips:
            raise Refused(1009, f"request ip {request.client} not in whitelist")
        if account.arrears:
            raise Refused(1033)
        if request.method != "POST":
            raise Refused(1004, "POST a JSON body")
        try:
            body = request.json()
        except (ValueError, UnicodeDecodeError):
            raise Refused(1004) from None
        if not isinstance(body, dict):
            raise Refused(1004)
        if not body.get("sig"):
            raise Refused(1003)
        stamp = int_field(body.get("time"))
        if abs(stamp - self.now()) > WINDOW:
            raise Refused(1021)
        mobile = self._sig_mobile(api, body)
        if body["sig"] != sig_of(account.appkey, query.get("random", ""), stamp, mobile):
            raise Refused(1001)
        return handler(account, body)

    @staticmethod
    def _sig_mobile(api: str, body: dict[str, Any]) -> str | None:
        tel = body.get("tel")
        if api == "sendsms":
            if not isinstance(tel, dict):
                raise Refused(1004, "tel must be an object")
            return str(tel.get("mobile", ""))
        if api == "sendisms":
            if not isinstance(tel, str):
                raise Refused(1004, "tel must be a string such as +8613788888888")
            return tel
        if api == "sendmultisms2":
            if not isinstance(tel, list) or not tel or not all(isinstance(t, dict) for t in tel):
                raise Refused(1004, "tel must be a list of objects")
            return ",".join(str(t.get("mobile", "")) for t in tel)
        return None

    # -- sending --------------------------------------------------------------
    def _content(self, account: Account, body: dict[str, Any], *, china: bool) -> tuple[str, dict[str, Any]]:
        """The rendered text (signature included) after the request-wide checks."""
        tpl = account.templates.get(int_field(body.get("tpl_id")))
        if tpl is None or tpl["status"] != 0:
            raise Refused(1014)
        if tpl["type"] == 2:
            raise Refused(1030, "voice templates cannot be sent as sms")
        if tpl["type"] == 1:
            if account.personal:
                raise Refused(1032)
            if not 8 <= datetime.fromtimestamp(self.now(), CHINA).hour < 22:
                raise Refused(1029)
        params = body.get("params", [])
        if not isinstance(params, list) or not all(isinstance(p, str) for p in params):
            raise Refused(1004, "params must be a list of strings")
        wanted = max((int(n) for n in re.findall(r"\{(\d+)\}", tpl["text"])), default=0)
        if len(params) != wanted:
            raise Refused(1014, f"template {tpl['id']} takes {wanted} params, got {len(params)}")
        if account.param_max and any(len(p) > account.param_max for p in params):
            raise Refused(1036)
        if any(w in p.lower() for p in params for w in self.sensitive_words):
            raise Refused(1002)
        sign = str(body.get("sign") or "").strip()
        approved = [s["text"] for s in account.signs.values() if s["status"] == 0]
        if (sign and sign not in approved) or not approved:
            raise Refused(1012)
        name = sign or approved[0]
        text = re.sub(r"\{(\d+)\}", lambda m: params[int(m.group(1)) - 1], tpl["text"])
        text = (f"【{name}】" if china else f"[{name}]") + text
        if len(text) > MAX_LEN:
            raise Refused(1017)
        return text, tpl

    def _number_check(self, account: Account, nationcode: str, mobile: str, text: str) -> str:
        """Per-number checks; returns the E.164 number."""
        if nationcode in self.unsupported_regions:
            raise Refused(1045)
        phone = f"+{nationcode}{mobile}"
        if nationcode == "86":
            if not re.fullmatch(r"1\d{10}", mobile):
                raise Refused(1016)
        else:
            try:
                valid = phonenumbers.is_valid_number(phonenumbers.parse(phone, None))
            except phonenumbers.NumberParseException:
                valid = False
            if not valid or not mobile.isdigit():
                raise Refused(1016)
        if phone in account.blacklist:
            raise Refused(1015)
        now = self.now()
        ok = [s for s in account.submissions if s["ok"]]
        mine = [s for s in ok if s["phone"] == phone]
        checks = [
            ("daily", 1022, [s for s in ok if now - s["at"] < 86400]),
            ("30s", 1023, [s for s in mine if now - s["at"] < 30]),
            ("1h", 1024, [s for s in mine if now - s["at"] < 3600]),
            ("day", 1025, [s for s in mine if now - s["at"] < 86400]),
            ("same_content", 1026, [s for s in mine if now - s["at"] < 86400 and s["text"] == text]),
            ("intl_day", 1047, [s for s in ok if now - s["at"] < 86400 and not s["phone"].startswith("+86")]
             if nationcode != "86" else []),
        ]
        for key, code, recent in checks:
            if key in account.limits and len(recent) >= account.limits[key]:
                raise Refused(code)
        return phone

    def _submit(self, account: Account, body: dict[str, Any], api: str, tpl: dict[str, Any],
                nationcode: str, mobile: str, text: str) -> dict[str, Any]:
        now = self.now()
        try:
            phone = self._number_check(account, nationcode, mobile, text)
        except Refused:
            account.submissions.append({"at": now, "phone": f"+{nationcode}{mobile}", "ok": False,
                                        "fee": 0, "text": text})
            raise
        fee = segments(text)
        if account.package is not None:
            if account.package < fee:
                raise Refused(1031)
            account.package -= fee
        sid = f"{secrets.randbelow(9) + 1}:{secrets.token_hex(8)}{datetime.fromtimestamp(now, CHINA):%Y%m%d}"
        account.submissions.append({"at": now, "phone": phone, "ok": True, "fee": fee, "text": text})
        self.messages.append({
            "sid": sid, "sdkappid": account.sdkappid, "api": api, "phone": phone, "nationcode": nationcode,
            "mobile": mobile, "text": text, "fee": fee, "tpl_id": tpl["id"], "params": list(body["params"]),
            "sign": body.get("sign", ""), "ext": body.get("ext", ""), "extend": body.get("extend", ""),
            "submitted_at": now, "status": None,
        })
        if self.auto_deliver:
            self.deliver(sid)
        return {"sid": sid, "fee": fee}

    def _single(self, account: Account, body: dict[str, Any], api: str, nationcode: str,
                mobile: str) -> dict[str, Any]:
        text, tpl = self._content(account, body, china=nationcode == "86")
        return {"ext": body.get("ext", ""), **self._submit(account, body, api, tpl, nationcode, mobile, text)}

    def _api_sendsms(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        tel = body["tel"]
        return self._single(account, body, "sendsms", str(tel.get("nationcode", "")), str(tel.get("mobile", "")))

    def _api_sendisms(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        tel = body["tel"]
        try:
            code = str(phonenumbers.parse(tel, None).country_code)
        except phonenumbers.NumberParseException:
            raise Refused(1016) from None
        return self._single(account, body, "sendisms", code, tel[1 + len(code):])

    def _api_sendmultisms2(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        tels = [(str(t.get("nationcode", "")), str(t.get("mobile", ""))) for t in body["tel"]]
        if len(tels) > BULK_LIMIT:
            raise Refused(1046)
        china = {code == "86" for code, _ in tels}
        if len(china) > 1:
            raise Refused(1034)
        if china != {True}:
            raise Refused(1045, "bulk sending is available for mainland China numbers only")
        text, tpl = self._content(account, body, china=True)
        if account.package is not None and account.package < segments(text) * len(tels):
            raise Refused(1031)
        detail = []
        for code, mobile in tels:
            item: dict[str, Any] = {"mobile": mobile, "nationcode": code}
            try:
                item.update(result=0, errmsg="OK", **self._submit(account, body, "sendmultisms2", tpl, code,
                                                                  mobile, text))
            except Refused as exc:
                item.update(result=exc.code, errmsg=exc.text)
            detail.append(item)
        return {"ext": body.get("ext", ""), "detail": detail}

    # -- pulls ----------------------------------------------------------------
    @staticmethod
    def _pull_args(body: dict[str, Any]) -> tuple[int, int]:
        kind, limit = int_field(body.get("type")), int_field(body.get("max"))
        if kind not in (0, 1) or not 1 <= limit <= 100:
            raise Refused(1004, "type must be 0 or 1 and max 1..100")
        return kind, limit

    def _api_pullstatus(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        kind, limit = self._pull_args(body)
        if not account.pull_enabled:
            raise Refused(1006, "pulling is not enabled for this sdkappid")
        queue = account.delivery_queue if kind == 0 else account.reply_queue
        data = [queue.popleft() for _ in range(min(limit, len(queue)))]
        return {"errmsg": "ok", "count": len(data), "data": data}

    def _api_pullstatus4mobile(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        kind, limit = self._pull_args(body)
        begin, end = int_field(body.get("begin_time")), int_field(body.get("end_time"))
        who = (str(body.get("nationcode", "")), str(body.get("mobile", "")))
        if kind == 0:
            items = [r for at, _, r in account.reports if begin <= at <= end]
        else:
            items = [r for r in account.replies if begin <= r["time"] <= end]
        data = [r for r in items if (r["nationcode"], r["mobile"]) == who][:limit]
        return {"errmsg": "ok", "count": len(data), "data": data}
