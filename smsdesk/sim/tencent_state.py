"""The Tencent simulator's state: accounts, result codes and the request field readers."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

CHINA = timezone(timedelta(hours=8))

ERRMSG = {
    1001: "sig verification failed", 1002: "content contains sensitive words",
    1003: "sig field missing or empty", 1004: "failed to parse request package",
    1006: "no permission", 1007: "other error", 1008: "request to send timed out",
    1009: "request ip not in whitelist", 1011: "rest api does not exist",
    1012: "signature format error or signature not approved",
    1013: "hit the frequency limit policy",
    1014: "template not approved or content does not match the approved template",
    1015: "mobile number in blacklist", 1016: "mobile number format error",
    1017: "content too long", 1018: "voice verification code format error",
    1019: "sdkappid does not exist", 1020: "sdkappid disabled",
    1021: "request time exception: differs from server time by more than 10 minutes",
    1022: "daily limit of business messages exceeded", 1023: "mobile limit within 30 seconds exceeded",
    1024: "mobile limit within 1 hour exceeded", 1025: "mobile daily limit exceeded",
    1026: "same content to the same mobile limit exceeded", 1029: "marketing sms time limit",
    1030: "request not supported", 1031: "package balance insufficient",
    1032: "personal users may not send marketing sms", 1033: "service stopped: account in arrears",
    1034: "bulk request mixes domestic and international numbers", 1036: "template parameter exceeds 12 characters",
    1045: "sms to this region not supported", 1046: "more than 200 mobile numbers in one bulk request",
    1047: "daily limit of international sms exceeded", 60008: "processing request timed out",
}


class Refused(Exception):
    def __init__(self, code: int, text: str = "") -> None:
        self.code, self.text = code, text or ERRMSG.get(code, "error")
        super().__init__(f"{code} {self.text}")


@dataclass
class Account:
    sdkappid: str
    appkey: str
    enabled: bool = True
    allowed_ips: set[str] | None = None  # None: no IP allow-list
    pull_enabled: bool = True  # pullstatus needs SMS Helper to switch it on
    personal: bool = False
    arrears: bool = False
    package: int | None = None  # billed messages left; None: unlimited
    param_max: int | None = None  # longest template value, when the account has that rule
    limits: dict[str, int] = field(default_factory=dict)  # daily, 30s, 1h, day, same_content, intl_day
    blacklist: set[str] = field(default_factory=set)  # E.164
    templates: dict[int, dict[str, Any]] = field(default_factory=dict)
    signs: dict[int, dict[str, Any]] = field(default_factory=dict)
    delivery_queue: deque[dict[str, Any]] = field(default_factory=deque)
    reply_queue: deque[dict[str, Any]] = field(default_factory=deque)
    reports: list[tuple[float, int, dict[str, Any]]] = field(default_factory=list)  # (at, category, report)
    replies: list[dict[str, Any]] = field(default_factory=list)
    submissions: list[dict[str, Any]] = field(default_factory=list)  # every per-number attempt


def int_field(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(1004, "field must be a number")
    return value


def id_list(value: Any) -> list[int]:
    items = value if isinstance(value, list) else [value]
    return [int_field(v) for v in items]


def hour_start(value: Any) -> datetime:
    try:
        return datetime.strptime(str(int_field(value)), "%Y%m%d%H").replace(tzinfo=CHINA)
    except ValueError:
        raise Refused(1004, "date must be yyyymmddhh") from None
