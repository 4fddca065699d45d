"""TwSMS pushes to the callback receiver: drurl delivery reports (GET ``smsresp``).

TwSMS documents no signature; the receiver's path token is what verifies a push.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, unquote_plus

from smsdesk.i18n import QT_TRANSLATE_NOOP
from smsdesk.vendors.base import StatusReport
from smsdesk.vendors.push import PushAnswer, PushRejected, PushRequest, PushResult
from smsdesk.vendors.twsms_codes import status_report, to_e164

PUSH_KINDS = {"dr": QT_TRANSLATE_NOOP("Callbacks", "sent with every message as drurl (nothing to set up)")}


def parse_push(kind: str, request: PushRequest) -> PushResult:
    request.allow("GET", "POST")  # documented as GET; POST costs nothing to accept
    try:
        source = request.query if "smsresp=" in request.query else request.body.decode("utf-8")
        report = parse_drurl(source)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PushRejected(400, str(exc)) from None
    # None: drurl_check's probe, which only wants HTTP 200
    return PushResult(PushAnswer.text("OK"), reports=[report] if report is not None else [])


def parse_drurl(query: str | Mapping[str, Any]) -> StatusReport | None:
    """Parse TwSMS's push (GET to drurl with ``smsresp`` = URL-encoded JSON).

    None is ``drurl_check``'s probe: a request without ``smsresp`` that only wants HTTP 200.
    """
    if isinstance(query, str):
        raw = query.split("?", 1)[1] if "?" in query else query
        values = parse_qs(raw, keep_blank_values=True).get("smsresp")
        if values is None:
            return None
        payload = values[0]
    else:
        if "smsresp" not in query:
            return None
        value = query.get("smsresp", "")
        payload = value[0] if isinstance(value, list | tuple) and value else value
    payload = str(payload or "").strip()
    if payload.startswith("%7B") or payload.startswith("%7b"):  # still URL-encoded
        payload = unquote_plus(payload)
    try:
        data = json.loads(payload)
    except ValueError:
        raise ValueError("smsresp is not JSON") from None
    if not isinstance(data, dict) or not data.get("mobile"):
        raise ValueError("smsresp has no mobile")
    msgid = str(data.get("msgid") or "").strip() or None
    return status_report(data, phone=to_e164(str(data["mobile"])), msgid=msgid)


def drurl_update(settings: Mapping[str, Any], wanted: str, ours: str) -> dict[str, Any] | None:
    """The ``drurl`` setting that points TwSMS's pushes at our receiver (``wanted``), or None.

    TwSMS has no account-wide report address: ``drurl`` travels with every send, and
    an empty one means no push (the document: 此參數空白將不主動回報接收狀態), so
    stopping the receiver empties ours and later sends carry none. An address the
    user typed (one without ``ours`` in it) is never changed.
    """
    current = str(settings.get("drurl") or "").strip()
    mine = bool(current) and ours in current
    if current == wanted or (current and not mine) or (not wanted and not mine):
        return None
    return {"drurl": wanted}
