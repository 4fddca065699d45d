"""SepSMS pushes to the callback receiver: signed webhooks (HMAC checked before anything is read)."""

from __future__ import annotations

from smsdesk.i18n import QT_TRANSLATE_NOOP
from smsdesk.vendors.push import BatchReport, PushAnswer, PushRejected, PushRequest, PushResult

PUSH_KINDS = {
    "webhook": QT_TRANSLATE_NOOP(
        "Callbacks", "SepSMS developer dashboard \u2192 Webhooks (events dr.success, dr.failed); copy its "
        "signing secret into the account"),
}


def parse_push(kind: str, request: PushRequest) -> PushResult:
    from smsdesk.vendors.sepsms_webhook import WebhookVerificationError, parse_webhook, verify_webhook
    from smsdesk.vendors.sepsms_wire import VENDOR

    request.allow("POST")
    secret_list = request.secret("webhook_secret").split()
    try:  # the signature first: nothing of an unverified body is read
        verify_webhook(request.headers, request.body, secret_list)
    except WebhookVerificationError as exc:
        raise PushRejected(401, f"{exc.reason}: {exc}") from None
    try:
        event = parse_webhook(request.headers, request.body)
    except ValueError as exc:
        raise PushRejected(400, str(exc)) from None
    batches = []
    if event.batch_state is not None and event.batch_id:
        # sms.sent / sms.failed without a number concern every recipient of that send
        stamp = int(event.at.timestamp()) if event.at else 0
        batches.append(BatchReport(
            batch_id=event.batch_id, state=event.batch_state,
            vendor_status=str(event.data.get("status") or event.event),
            error_text=str(event.data.get("reason") or ""),
            key_prefix=f"{VENDOR}:{event.batch_id}", key_suffix=f"{event.event}:{stamp}"))
    return PushResult(PushAnswer.json({"ok": True}), reports=list(event.reports), batches=batches,
                      notice=event.message)
