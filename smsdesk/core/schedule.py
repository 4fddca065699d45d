"""Scheduling rules: quiet hours and each vendor's schedule window (no Qt).

A rule is a vendor id or ``local``; a vendor without native scheduling (and ``local``)
means SMS Desk holds the job and sends it itself. What a vendor accepts is read from its
driver's declared capabilities (``schedule_step``, ``schedule_taiwan_time``,
``schedule_min_ahead``, ``schedule_max_ahead``, ``schedule_window_strict``); the wire
forms themselves are built by the drivers.

Times are rounded *up* to the vendor's precision (a whole minute for forms without
seconds), so a message never leaves before the chosen time, nor inside quiet hours
that end at that time.

Taiwan has had no daylight saving since 1979, so Taiwan time is the fixed UTC+8
offset (no tz database needed; Windows has none without the tzdata package).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

from smsdesk.i18n import fmt_datetime, fmt_number, translate

if TYPE_CHECKING:  # the drivers' base loads with the first driver, not with the settings at start-up
    from smsdesk.vendors.base import Capabilities

TAIPEI = timezone(timedelta(hours=8), "Asia/Taipei")

LOCAL = "local"


def _caps(rule: str) -> tuple[str, Capabilities]:
    """(vendor name, capabilities) of a rule; a vendor without native scheduling is held locally."""
    from smsdesk.vendors import get_spec
    from smsdesk.vendors.base import Capabilities

    if rule == LOCAL:
        return "", Capabilities()
    try:
        spec = get_spec(rule)
    except KeyError:
        raise ValueError(f"unknown schedule rule {rule!r}") from None
    return spec.label, spec.capabilities


class _NativeRules:
    """The vendor ids that schedule natively, from their capabilities (a driver loads when asked)."""

    def __contains__(self, rule: object) -> bool:
        if not isinstance(rule, str) or rule == LOCAL:
            return False
        try:
            return _caps(rule)[1].native_schedule
        except ValueError:  # not a vendor
            return False

    def __iter__(self) -> Iterator[str]:
        from smsdesk.vendors import all_specs

        return iter([s.id for s in all_specs() if s.capabilities.native_schedule])


NATIVE_RULES = _NativeRules()


def _require_aware(when: datetime, what: str = "when") -> None:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime")


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
    caps = _caps(rule)[1]
    if not caps.native_schedule or caps.schedule_step <= timedelta(0):
        return when
    if caps.schedule_step >= timedelta(minutes=1):
        return ceil_minute(when)
    return ceil_second(when)


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
    caps = _caps(rule)[1]
    _require_aware(now, "now")
    ahead = (caps.schedule_min_ahead or timedelta(0)) if caps.schedule_window_strict else timedelta(0)
    return ceil_minute(now + ahead + timedelta(minutes=1))


def latest(rule: str, now: datetime) -> datetime | None:
    """The latest time the rule accepts, or None when the vendor sets no limit."""
    caps = _caps(rule)[1]
    _require_aware(now, "now")
    if caps.schedule_window_strict and caps.schedule_max_ahead is not None:
        return now + caps.schedule_max_ahead
    return None


def _minutes(delta: timedelta) -> str:
    return fmt_number(delta.total_seconds() / 60, 1)


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
    vendor, caps = _caps(rule)
    _require_aware(when)
    now = now or datetime.now(UTC)
    _require_aware(now, "now")
    eff = effective_time(rule, when)
    start_by = now + lead
    strict = caps.native_schedule and caps.schedule_window_strict

    if when <= now:
        if not caps.native_schedule:
            return translate(
                "Schedule", "The scheduled time {when} has already passed. Choose a time in the future."
            ).format(when=_fmt(when))
        if caps.schedule_taiwan_time:
            return translate(
                "Schedule",
                "{vendor} only accepts a scheduled time in the future (to the minute, Taiwan time), "
                "and {when} Taiwan time has already passed. Choose a later time.",
            ).format(vendor=vendor, when=_fmt_taipei(when))
        if not strict:
            return translate(
                "Schedule",
                "{vendor} only accepts a scheduled time in the future, and {when} has already passed. "
                "Choose a later time.",
            ).format(vendor=vendor, when=_fmt(when))
    elif when <= start_by and not strict:
        return translate(
            "Schedule",
            "Submitting this job takes about {minutes} minutes, so {when} is too soon. "
            "Choose {earliest} or later.",
        ).format(
            minutes=max(1, round(lead.total_seconds() / 60)),
            when=_fmt(when),
            earliest=_fmt(earliest(rule, start_by).astimezone(when.tzinfo)),
        )

    if strict:
        least = caps.schedule_min_ahead or timedelta(0)
        # "strictly later than now by at least" the minimum: exactly the minimum is refused.
        if eff - start_by <= least:
            return translate(
                "Schedule",
                "{vendor} only accepts a scheduled time at least {minutes} minutes from now. "
                "Choose {earliest} or later, or send now.",
            ).format(vendor=vendor, minutes=_minutes(least),
                     earliest=_fmt(earliest(rule, start_by).astimezone(when.tzinfo)))
        most = caps.schedule_max_ahead
        if most is not None and eff - now > most:
            return translate(
                "Schedule",
                "{vendor} only accepts a scheduled time up to {days} days ahead. "
                "Choose a time before {latest}.",
            ).format(vendor=vendor, days=fmt_number(most.total_seconds() / 86400, 1),
                     latest=_fmt((now + most).astimezone(when.tzinfo)))

    if quiet is not None and quiet.contains(eff):
        nxt = quiet.next_allowed(eff)
        return translate(
            "Schedule",
            "{when} is inside the quiet hours ({hours}) when no messages are sent. "
            "Choose {next} or later.",
        ).format(when=_fmt(when), hours=quiet.label, next=_fmt(nxt.astimezone(when.tzinfo)))
    return None
