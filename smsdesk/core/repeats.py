"""Same message, same people: who of a planned send already got this exact text recently.

Looked up on every account (a customer does not care which account sent it twice). A
message counts when it was accepted, delivered, is scheduled, or its outcome is unknown
(it may have arrived); failed and cancelled ones do not. "The same" means the same
rendered text, or for a template the same template with the same values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from smsdesk.core.jobs import PlannedRecipient
from smsdesk.core.sandbox_scope import hide_foreign
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import fmt_date, fmt_datetime, fmt_int, fmt_time, translate

_CHUNK = 500  # numbers per IN (...) query
RECEIVED = (State.SUBMITTED, State.DELIVERED, State.SCHEDULED, State.UNKNOWN)


@dataclass(frozen=True)
class Repeat:
    phone: str
    job_id: int
    sent_at: datetime


def find_repeats(store: Store, recipients: Sequence[PlannedRecipient], *, template_id: str | None,
                 window: timedelta, now: datetime | None = None) -> dict[str, Repeat]:
    """Recipients (by E.164) who got the same message within ``window`` before ``now``: the latest send."""
    now = now or datetime.now(UTC)
    cutoff = (now - window).astimezone(UTC).isoformat(timespec="milliseconds")
    wanted = {r.phone: r.rendered for r in recipients}
    phones = list(wanted)
    states = [str(s) for s in RECEIVED]
    found: dict[str, Repeat] = {}
    hidden, hidden_ids = hide_foreign(store, "j.account_id")  # another desk's practice is not a repeat here
    for start in range(0, len(phones), _CHUNK):
        chunk = phones[start:start + _CHUNK]
        rows = store.query(
            "SELECT m.phone, m.rendered, m.job_id, COALESCE(m.submitted_at, m.updated_at) AS at"
            " FROM messages m JOIN jobs j ON j.id = m.job_id"
            f" WHERE m.phone IN ({','.join('?' * len(chunk))})"
            f" AND m.state IN ({','.join('?' * len(states))})"
            " AND COALESCE(m.submitted_at, m.updated_at) >= ? AND j.template_id IS NOT DISTINCT FROM ?"
            + (f" AND {hidden}" if hidden else ""),
            (*chunk, *states, cutoff, template_id, *hidden_ids),
        )
        for row in rows:
            if row["rendered"] != wanted.get(row["phone"]):
                continue
            at = parse_time(row["at"])
            if at is None:
                continue
            seen = found.get(row["phone"])
            if seen is None or at > seen.sent_at:
                found[row["phone"]] = Repeat(row["phone"], int(row["job_id"]), at)
    return found


def when_words(at: datetime, now: datetime | None = None) -> str:
    """"today at 14:05", "yesterday at 09:30" or a date and time."""
    local, today = at.astimezone(), (now or datetime.now(UTC)).astimezone().date()
    if local.date() == today:
        return translate("Repeats", "today at {time}").format(time=fmt_time(local))
    if local.date() == today - timedelta(days=1):
        return translate("Repeats", "yesterday at {time}").format(time=fmt_time(local))
    if local.date() > today:  # scheduled for later
        return translate("Repeats", "on {date}").format(date=fmt_date(local))
    return translate("Repeats", "on {when}").format(when=fmt_datetime(local))


def repeat_sentence(repeated: int, total: int, last: datetime, now: datetime | None = None) -> str:
    """"412 of these 2,970 people got this exact message today at 14:05."""
    return translate("Repeats", "{n} of these {total} people got this exact message {when}.").format(
        n=fmt_int(repeated), total=fmt_int(total), when=when_words(last, now))
