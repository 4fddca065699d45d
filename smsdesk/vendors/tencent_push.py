"""Tencent Cloud SMS pushes to the callback receiver: delivery reports and replies (JSON).

Tencent documents no signature; the receiver's path token is what verifies a push.
"""

from __future__ import annotations

from smsdesk.i18n import QT_TRANSLATE_NOOP
from smsdesk.vendors.push import PushAnswer, PushRejected, PushRequest, PushResult

PUSH_KINDS = {
    "dr": QT_TRANSLATE_NOOP("Callbacks", "Tencent Cloud SMS console \u2192 delivery status callback URL"),
    "reply": QT_TRANSLATE_NOOP("Callbacks", "Tencent Cloud SMS console \u2192 reply callback URL"),
}


def parse_push(kind: str, request: PushRequest) -> PushResult:
    from smsdesk.vendors.tencent import CALLBACK_ANSWER, parse_delivery_callback, parse_reply_callback

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
        reply = parse_reply_callback(request.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PushRejected(400, str(exc)) from None
    return PushResult(PushAnswer.json(CALLBACK_ANSWER), replies=[reply])
