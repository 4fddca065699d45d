"""SepSMS edges the document leaves to the reader: blocked numbers and unknown refusals.

* ``blockedCount`` in a send's answer counts numbers SepSMS would not take (opted out,
  barred); it does not say which. The per-number list (``/recipients``) either marks
  them ``blocked`` or leaves them out, so a number is taken as blocked only when the
  counts agree: never guessed, since a number wrongly marked failed may be sent twice.
* An error code SMS Desk does not know, answering a send, is taken as account-wide
  (a sender name not approved, a suspended account): the job pauses with the code
  instead of failing every batch the same way. Nothing of that request was accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from smsdesk.core.states import State
from smsdesk.i18n import translate
from smsdesk.vendors.base import ErrorKind, StatusReport, VendorError

VENDOR = "sepsms"


def blocked_error() -> VendorError:
    return VendorError(ErrorKind.BAD_NUMBER, blocked_text(), vendor=VENDOR, code="blocked")


def blocked_text() -> str:
    return translate("VendorErrors", "SepSMS blocked this number (for example it opted out of messages).")


def blocked_among(rows: Iterable[Mapping[str, Any]], phones: Iterable[str], blocked: int,
                  e164: Any) -> list[str]:
    """Which of ``phones`` (E.164) are the ``blocked`` ones, or [] when the list cannot tell.

    ``rows`` is the /recipients answer; ``e164`` turns a SepSMS number back to E.164.
    """
    listed = {e164(str(r.get("msisdn") or "")): str(r.get("status") or "").strip().lower() for r in rows}
    flagged = [p for p in phones if listed.get(p) == "blocked"]
    absent = [p for p in phones if p not in listed]
    if blocked <= 0:
        return []
    if len(flagged) == blocked:
        return flagged
    if len(flagged) + len(absent) == blocked:
        return flagged + absent
    return []


def blocked_now(recipients: Callable[[str], list[dict[str, Any]]], uuid: str, phones: list[str], blocked: int,
                e164: Any) -> list[str]:
    """Right after a send with 0 < blocked < len(phones): ask the list which numbers they are."""
    if not blocked:
        return []
    try:
        return blocked_among(recipients(uuid), phones, blocked, e164)
    except Exception:  # the send was accepted: a failed look-up must not undo that; polling retries
        return []


def left_out(rows: Sequence[Mapping[str, Any]], phones: Iterable[str], total: Callable[[], int | None],
             e164: Any) -> list[str]:
    """Numbers of ``phones`` missing from /recipients, when the send's total (asked only then)
    says that many were left out."""
    listed = {e164(str(r.get("msisdn") or "")) for r in rows}
    absent = [p for p in phones if p not in listed]
    if not absent:
        return []
    count = total()
    return absent if count is not None and count - len(listed) >= len(absent) else []


def blocked_report(uuid: str, phone: str) -> StatusReport:
    return StatusReport(phone=phone, state=State.FAILED, vendor_status="blocked", vendor_msg_id=uuid,
                        error_text=blocked_text(), dedupe_key=f"{VENDOR}:{uuid}:{phone}:blocked:left-out")


def account_wide(err: VendorError) -> VendorError:
    """An unknown refusal of a send, as the account-wide error that pauses the job."""
    if err.kind is not ErrorKind.UNKNOWN or not err.code or err.code.startswith("HTTP"):
        return err
    message = translate(
        "VendorErrors",
        "SepSMS refused the send with a code this version of SMS Desk does not know ({code}: {text}). "
        "The send is paused so every batch is not refused the same way. Check the account in the "
        "SepSMS dashboard (sender name approval, API key, account status), then resume the send.",
    ).format(code=err.code, text=err.text or "-")
    return VendorError(ErrorKind.ACCOUNT, message, vendor=VENDOR, code=err.code, text=err.text,
                       http_status=err.http_status)
