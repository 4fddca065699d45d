"""SMS-Get pushes to the callback receiver: delivery reports and two-way replies (form posts).

SMS-Get documents no signature; the receiver's path token is what verifies a push.
"""

from __future__ import annotations

from smsdesk.i18n import QT_TRANSLATE_NOOP
from smsdesk.vendors.push import PushAnswer, PushRejected, PushRequest, PushResult

PUSH_KINDS = {
    "dr": QT_TRANSLATE_NOOP("Callbacks", "SMS-Get API settings \u2192 CallBack URL"),
    "reply": QT_TRANSLATE_NOOP("Callbacks", "SMS-Get API settings \u2192 two-way CallBack URL"),
}


def parse_push(kind: str, request: PushRequest) -> PushResult:
    from smsdesk.vendors.smsget import parse_delivery_callback, parse_reply_callback, two_way_code

    request.allow("POST", "GET")
    form = request.form()
    if kind == "dr":
        if not form.get("content"):
            raise PushRejected(400, "no content")
        try:
            reports = parse_delivery_callback(form)
        except ValueError as exc:
            raise PushRejected(400, str(exc)) from None
        if not reports:
            raise PushRejected(400, "no readable records")
        return PushResult(PushAnswer.text("ok"), reports=reports)
    try:
        replies = parse_reply_callback(form, two_way_code(request.settings))
    except ValueError as exc:
        raise PushRejected(400, str(exc)) from None
    if not replies:
        raise PushRejected(400, "no readable records")
    return PushResult(PushAnswer.text("ok"), replies=replies)
