"""TwSMS pushes to the callback receiver: drurl delivery reports (GET ``smsresp``).

TwSMS documents no signature; the receiver's path token is what verifies a push.
"""

from __future__ import annotations

from smsdesk.i18n import QT_TRANSLATE_NOOP
from smsdesk.vendors.push import PushAnswer, PushRejected, PushRequest, PushResult

PUSH_KINDS = {"dr": QT_TRANSLATE_NOOP("Callbacks", "sent with every message as drurl (nothing to set up)")}


def parse_push(kind: str, request: PushRequest) -> PushResult:
    from smsdesk.vendors.twsms import parse_drurl

    request.allow("GET", "POST")  # documented as GET; POST costs nothing to accept
    try:
        source = request.query if "smsresp=" in request.query else request.body.decode("utf-8")
        report = parse_drurl(source)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PushRejected(400, str(exc)) from None
    # None: drurl_check's probe, which only wants HTTP 200
    return PushResult(PushAnswer.text("OK"), reports=[report] if report is not None else [])
