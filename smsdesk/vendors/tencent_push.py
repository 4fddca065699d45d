"""Tencent Cloud SMS pushes to the callback receiver: delivery reports and replies.

Tencent documents no signature; the receiver's path token is what verifies a push.
Delivery reports come as a POSTed JSON array. The reply callback's protocol is
"HTTP POST/GET/JSON": a JSON object in the body, or (a GET has no body) the same
fields as query parameters, which a form-encoded POST body may carry too.
"""

from __future__ import annotations

from typing import Any

from smsdesk.i18n import QT_TRANSLATE_NOOP
from smsdesk.vendors.push import PushAnswer, PushRejected, PushRequest, PushResult
from smsdesk.vendors.tencent_wire import (
    CALLBACK_ANSWER,
    parse_delivery_callback,
    parse_reply,
    parse_reply_callback,
)

PUSH_KINDS = {
    "dr": QT_TRANSLATE_NOOP("Callbacks", "Tencent Cloud SMS console \u2192 delivery status callback URL"),
    "reply": QT_TRANSLATE_NOOP("Callbacks", "Tencent Cloud SMS console \u2192 reply callback URL"),
}


def parse_push(kind: str, request: PushRequest) -> PushResult:
    if kind == "dr":
        request.allow("POST")
        try:
            reports = parse_delivery_callback(request.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise PushRejected(400, str(exc)) from None
        if not reports:
            raise PushRejected(400, "no readable reports")
        return PushResult(PushAnswer.json(CALLBACK_ANSWER), reports=reports)
    request.allow("POST", "GET")  # the document says "HTTP POST/GET/JSON"
    try:
        if request.body.lstrip().startswith(b"{"):
            reply = parse_reply_callback(request.body)
        else:
            reply = parse_reply(_fields(request))
    except (ValueError, UnicodeDecodeError) as exc:
        raise PushRejected(400, str(exc)) from None
    return PushResult(PushAnswer.json(CALLBACK_ANSWER), replies=[reply])


def _fields(request: PushRequest) -> dict[str, Any]:
    """The reply's fields from the query string (GET) or a form-encoded body."""
    fields: dict[str, Any] = dict(request.form())
    if not fields:
        raise ValueError("no reply fields in the body or the query string")
    if str(fields.get("time", "")).isdigit():
        fields["time"] = int(fields["time"])  # a number, as in the JSON form: the same reply dedupes once
    return fields
