"""What a vendor pushes to the callback receiver, in neutral records (no Qt, no store).

A driver that pushes declares its path kinds in ``VendorSpec.push_kinds`` and reads a
verified request with ``VendorSpec.parse_push(kind, request)``; the receiver
(:mod:`smsdesk.core.callbacks`) applies the :class:`PushResult` and answers with
:attr:`PushResult.answer`. Nothing vendor-specific is decided outside the driver.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from smsdesk.core.states import State
from smsdesk.vendors.base import Reply, StatusReport


class PushRejected(Exception):
    """The push is not one to read: ``status`` is the HTTP answer (400, 401, 405...)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class PushRequest:
    method: str
    query: str
    headers: Mapping[str, str]
    body: bytes
    settings: Mapping[str, Any]  # the account's settings
    secret: Callable[[str], str]  # the account's stored secret by field key ("" when none)

    def allow(self, *methods: str) -> None:
        if self.method not in methods:
            raise PushRejected(405, "method not allowed")

    def form(self) -> dict[str, str]:
        """Query and URL-encoded body fields together (the body wins)."""
        values = {k: v[0] for k, v in parse_qs(self.query, keep_blank_values=True).items()}
        if self.body:
            try:
                text = self.body.decode("utf-8")
            except UnicodeDecodeError:
                raise PushRejected(400, "body is not UTF-8") from None
            values.update({k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()})
        return values


@dataclass(frozen=True)
class BatchReport:
    """A report naming a send, not a number: it concerns every recipient of that send.

    The receiver finds them by ``batch_id`` (as message or batch id); each one's report is
    deduped by ``f"{key_prefix}:{phone}:{key_suffix}"``.
    """

    batch_id: str
    state: State
    vendor_status: str
    error_text: str
    key_prefix: str
    key_suffix: str


@dataclass(frozen=True)
class PushAnswer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"

    @classmethod
    def text(cls, text: str, status: int = 200) -> PushAnswer:
        return cls(status, text.encode("utf-8"))

    @classmethod
    def json(cls, data: Any, status: int = 200) -> PushAnswer:
        return cls(status, json.dumps(data).encode("utf-8"), "application/json")


@dataclass
class PushResult:
    answer: PushAnswer
    reports: list[StatusReport] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    batches: list[BatchReport] = field(default_factory=list)
    notice: str = ""  # a translated sentence for the user (an event the app cannot act on)


PushParser = Callable[[str, PushRequest], PushResult]
