"""Scheduling rules: quiet hours, each vendor's time format and limits (no Qt).

Rules are keyed by vendor id; ``local`` (also ``tencent`` and ``sandbox``, which
have no native scheduling) means SMS Desk holds the job and sends it itself.

Vendor forms, from the documents:

* TwSMS ``sendtime``: ``YYYYMMDDHHII`` (24-hour clock), read as Taiwan time.
* SMS-Get ``send_date`` ``YYYY/MM/DD`` + ``hour`` ``00``-``23`` + ``min`` ``00``-``59``,
  Taiwan time.
* SepSMS ``scheduledTime``: ISO 8601 with the UTC offset (seconds precision).
* EngageLab ``schedule_time``: Unix seconds, at least 3 minutes and at most 30 days
  after now.

Minute-precision vendors get the time rounded *up* to the next whole minute (and
EngageLab up to the whole second), so a message never leaves before the chosen
time, nor inside quiet hours that end at that time.

Taiwan has had no daylight saving since 1979, so Taiwan time is the fixed UTC+8
offset (no tz database needed; Windows has none without the tzdata package).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from smsdesk.i18n import fmt_datetime, translate

TAIPEI = timezone(timedelta(hours=8), "Asia/Taipei")

ENGAGELAB_MIN_AHEAD = timedelta(minutes=3)
ENGAGELAB_MAX_AHEAD = timedelta(days=30)

NATIVE_RULES = ("twsms", "smsget", "sepsms", "engagelab")
LOCAL_RULES = ("local", "tencent", "sandbox")

_VENDOR_NAMES = {
    "twsms": "TwSMS",
    "smsget": "SMS-Get",
    "sepsms": "SepSMS",
    "engagelab": "EngageLab",
    "tencent": "Tencent Cloud SMS",
    "sandbox": "Sandbox",
}


def _require_aware(when: datetime, what: str = "when") -> None:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime")


def _check_rule(rule: str) -> None:
    if rule not in NATIVE_RULES and rule not in LOCAL_RULES:
        raise ValueError(f"unknown schedule rule {rule!r}")


def ceil_minute(when: datetime) -> datetime:
    if when.second or when.microsecond:
        return when.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return when


def ceil_second(when: datetime) -> datetime:
    if when.microsecond:
        return when.replace(microsecond=0) + timedelta(seconds=1)
    return when


def effective_time(rule: str, when: datetime) -> datetime:
    """The instant the vendor will actually be given for ``when``."""
    _require_aware(when)
    if rule in ("twsms", "smsget"):
        return ceil_minute(when)
    if rule in ("sepsms", "engagelab"):
        return ceil_second(when)
    return when


# -- vendor forms --------------------------------------------------------------------


def twsms_sendtime(when: datetime) -> str:
    _require_aware(when)
    return ceil_minute(when).astimezone(TAIPEI).strftime("%Y%m%d%H%M")


def smsget_schedule(when: datetime) -> tuple[str, str, str]:
    """(send_date ``YYYY/MM/DD``, hour ``HH``, min ``MM``) in Taiwan time."""
    _require_aware(when)
    local = ceil_minute(when).astimezone(TAIPEI)
    return local.strftime("%Y/%m/%d"), f"{local.hour:02d}", f"{local.minute:02d}"


def sepsms_scheduled_time(when: datetime, tz: tzinfo | None = None) -> str:
    """ISO 8601 with offset, in ``when``'s own zone unless ``tz`` is given."""
    _require_aware(when)
    t = ceil_second(when)
    if tz is not None:
        t = t.astimezone(tz)
    return t.isoformat(timespec="seconds")


def engagelab_schedule_time(when: datetime) -> int:
    _require_aware(when)
    return int(ceil_second(when).timestamp())


def vendor_params(rule: str, when: datetime) -> dict[str, Any]:
    """The request parameters that carry ``when`` for ``rule`` ({} for local scheduling)."""
    _check_rule(rule)
    _require_aware(when)
    if rule == "twsms":
        return {"sendtime": twsms_sendtime(when)}
    if rule == "smsget":
        date, hour, minute = smsget_schedule(when)
        return {"method": "2", "send_date": date, "hour": hour, "min": minute}
    if rule == "sepsms":
        return {"scheduledTime": sepsms_scheduled_time(when)}
    if rule == "engagelab":
        return {"schedule_time": engagelab_schedule_time(when)}
    return {}


# -- quiet hours ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuietHours:
    """No sending from ``start`` (inclusive) to ``end`` (exclusive), local time in ``tz``.

    ``start`` later than ``end`` crosses midnight (21:00 to 08:00); equal times
    mean no quiet hours.
    """

    start: time
    end: time
    tz: tzinfo = TAIPEI

    @classmethod
    def parse(cls, start: str, end: str, tz: tzinfo = TAIPEI) -> QuietHours:
        return cls(time.fromisoformat(start), time.fromisoformat(end), tz)

    @property
    def enabled(self) -> bool:
        return self.start != self.end

    @property
    def label(self) -> str:
        return f"{self.start:%H:%M}\u2013{self.end:%H:%M}"

    def contains(self, when: datetime) -> bool:
        _require_aware(when)
        if not self.enabled:
            return False
        t = when.astimezone(self.tz).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end

    def next_allowed(self, when: datetime) -> datetime:
        """``when`` itself if allowed, else the end of this quiet period (in ``when``'s zone)."""
        if not self.contains(when):
            return when
        local = when.astimezone(self.tz)
        end = local.replace(
            hour=self.end.hour, minute=self.end.minute, second=self.end.second,
            microsecond=self.end.microsecond,
        )
        if end <= local:
            end += timedelta(days=1)
        return end.astimezone(when.tzinfo)


# -- validation ----------------------------------------------------------------------


def _fmt(when: datetime) -> str:
    return fmt_datetime(when.replace(tzinfo=None))  # the wall-clock time in when's own zone


def _fmt_taipei(when: datetime) -> str:
    return _fmt(when.astimezone(TAIPEI))


def earliest(rule: str, now: datetime) -> datetime:
    """The earliest time a picker should offer: the rule's minimum plus a minute of slack."""
    _check_rule(rule)
    _require_aware(now, "now")
    ahead = ENGAGELAB_MIN_AHEAD if rule == "engagelab" else timedelta(0)
    return ceil_minute(now + ahead + timedelta(minutes=1))


def latest(rule: str, now: datetime) -> datetime | None:
    """The latest time the rule accepts, or None when the vendor sets no limit."""
    _check_rule(rule)
    _require_aware(now, "now")
    return now + ENGAGELAB_MAX_AHEAD if rule == "engagelab" else None


def validate(
    rule: str,
    when: datetime,
    now: datetime | None = None,
    *,
    quiet: QuietHours | None = None,
    lead: timedelta = timedelta(0),
) -> str | None:
    """A translated sentence saying why ``when`` cannot be used, or None.

    ``lead`` is how long the job needs to submit everything before ``when`` (the
    engine knows its size and rate); every request must still meet the rule.
    """
    _check_rule(rule)
    _require_aware(when)
    now = now or datetime.now(UTC)
    _require_aware(now, "now")
    vendor = _VENDOR_NAMES.get(rule, "")
    eff = effective_time(rule, when)
    start_by = now + lead

    if when <= now:
        if rule in LOCAL_RULES:
            return translate(
                "Schedule", "The scheduled time {when} has already passed. Choose a time in the future."
            ).format(when=_fmt(when))
        if rule in ("twsms", "smsget"):
            return translate(
                "Schedule",
                "{vendor} only accepts a scheduled time in the future (to the minute, Taiwan time), "
                "and {when} Taiwan time has already passed. Choose a later time.",
            ).format(vendor=vendor, when=_fmt_taipei(when))
        if rule == "sepsms":
            return translate(
                "Schedule",
                "{vendor} only accepts a scheduled time in the future, and {when} has already passed. "
                "Choose a later time.",
            ).format(vendor=vendor, when=_fmt(when))
    elif when <= start_by and rule != "engagelab":
        return translate(
            "Schedule",
            "Submitting this job takes about {minutes} minutes, so {when} is too soon. "
            "Choose {earliest} or later.",
        ).format(
            minutes=max(1, round(lead.total_seconds() / 60)),
            when=_fmt(when),
            earliest=_fmt(earliest(rule, start_by).astimezone(when.tzinfo)),
        )

    if rule == "engagelab":
        # "strictly later than now by at least 3 minutes": exactly 3 minutes is refused.
        if eff - start_by <= ENGAGELAB_MIN_AHEAD:
            return translate(
                "Schedule",
                "EngageLab only accepts a scheduled time at least 3 minutes from now. "
                "Choose {earliest} or later, or send now.",
            ).format(earliest=_fmt(earliest(rule, start_by).astimezone(when.tzinfo)))
        if eff - now > ENGAGELAB_MAX_AHEAD:
            return translate(
                "Schedule",
                "EngageLab only accepts a scheduled time up to 30 days ahead. "
                "Choose a time before {latest}.",
            ).format(latest=_fmt((now + ENGAGELAB_MAX_AHEAD).astimezone(when.tzinfo)))

    if quiet is not None and quiet.contains(eff):
        nxt = quiet.next_allowed(eff)
        return translate(
            "Schedule",
            "{when} is inside the quiet hours ({hours}) when no messages are sent. "
            "Choose {next} or later.",
        ).format(when=_fmt(when), hours=quiet.label, next=_fmt(nxt.astimezone(when.tzinfo)))
    return None
