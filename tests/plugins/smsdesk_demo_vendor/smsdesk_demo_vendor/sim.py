"""The DemoSMS simulator: the server side of the protocol in driver.py, mounted at /demosms."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Any

from smsdesk.sim.server import SimRequest, SimResponse, VendorSim

MIN_AHEAD, MAX_AHEAD = 600, 2 * 86400


@dataclass
class Message:
    id: str
    to: str
    text: str
    due: float  # when it counts as delivered


class Sim(VendorSim):
    prefix = "demosms"

    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[str, float] = {}  # api key -> credit
        self.messages: dict[str, Message] = {}
        self._ids = itertools.count(1)

    def add_account(self, key: str, credit: float = 100.0) -> None:
        with self.lock:
            self.keys[key] = credit

    def seed_demo(self) -> dict[str, Any]:
        self.add_account("demo-key")
        return {"api_key": "demo-key"}

    def handle(self, request: SimRequest) -> SimResponse | None:
        key = request.header("x-demo-key")
        with self.lock:
            if key not in self.keys:
                return SimResponse.of_json({"error": "key"}, 401)
            if request.method == "GET" and request.path == "/v2/balance":
                return SimResponse.of_json({"balance": self.keys[key]})
            if request.method != "POST":
                return None
            body = request.json()
            if request.path == "/v2/send":
                return self._send(key, body)
            if request.path == "/v2/status":
                now = time.time()
                found = [self.messages[i] for i in body["ids"] if i in self.messages]
                return SimResponse.of_json({"reports": [
                    {"id": m.id, "to": m.to, "at": m.due,
                     "status": "queued" if m.due > now else "failed" if m.to.endswith("0") else "delivered"}
                    for m in found]})
        return None

    def _send(self, key: str, body: dict[str, Any]) -> SimResponse:
        now = time.time()
        at = body.get("at")
        if at is not None and not now + MIN_AHEAD <= at <= now + MAX_AHEAD:
            return SimResponse.of_json({"error": "schedule"}, 422)
        per = max(1, -(-len(body["text"]) // 100))
        charged = per * len(body["to"])
        if charged > self.keys[key]:
            return SimResponse.of_json({"error": "credit"}, 402)
        self.keys[key] -= charged
        accepted = []
        for phone in body["to"]:
            msg = Message(f"d{next(self._ids)}", phone, body["text"], (at or now) + 0.2)
            self.messages[msg.id] = msg
            accepted.append({"to": phone, "id": msg.id})
        return SimResponse.of_json({"accepted": accepted, "credits": charged, "balance": self.keys[key]})
