"""Callbacks exactly as Tencent sends them to the business's URL (delivery reports, replies)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests


@dataclass
class CallbackRequest:
    """A callback exactly as Tencent sends it to the business's URL."""

    method: str
    headers: dict[str, str]
    body: bytes
    query: str = ""  # a GET reply carries its fields here

    def send(self, url: str, timeout: float = 5.0) -> requests.Response:
        if self.query:
            url += ("&" if "?" in url else "?") + self.query
        return requests.request(self.method, url, data=self.body or None, headers=self.headers, timeout=timeout)


def _json_callback(data: Any) -> CallbackRequest:
    return CallbackRequest("POST", {"Content-Type": "application/json; charset=utf-8"},
                           json.dumps(data, ensure_ascii=False).encode("utf-8"))


def build_delivery_callback(reports: list[dict[str, Any]]) -> CallbackRequest:
    """Delivery status notification: a JSON array (one callback may carry several reports)."""
    return _json_callback(list(reports))


def build_reply_callback(reply: dict[str, Any], method: str = "POST") -> CallbackRequest:
    """SMS reply notification ("HTTP POST/GET/JSON"): one JSON object POSTed, or by GET the
    same fields as query parameters (a GET has no body)."""
    if method == "GET":
        return CallbackRequest("GET", {}, b"", urlencode({k: str(v) for k, v in reply.items()}))
    return _json_callback(dict(reply))


def emit_delivery_callback(url: str, reports: list[dict[str, Any]], timeout: float = 5.0) -> requests.Response:
    return build_delivery_callback(reports).send(url, timeout)


def emit_reply_callback(url: str, reply: dict[str, Any], timeout: float = 5.0,
                        method: str = "POST") -> requests.Response:
    return build_reply_callback(reply, method).send(url, timeout)
