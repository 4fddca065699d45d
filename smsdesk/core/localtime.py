"""Wall-clock times typed or picked by the user, turned into instants without guessing.

Where daylight saving applies, some local times never happen (the clocks jump from
02:00 to 03:00) and some happen twice (01:30 before and after the clocks go back).
Converting such a time with ``astimezone()`` silently picks one answer, an hour off
for a scheduled send; :func:`resolve_local` refuses them instead and names the two
times that would work. Taiwan (Asia/Taipei) has had no daylight saving since 1979,
so there every time is simply accepted.

``tz=None`` means this computer's own zone (what the CLI and the window use); tests
and callers that know the zone pass a :class:`zoneinfo.ZoneInfo`. ``fold`` (PEP 495)
says which occurrence of a repeated time is meant: 0 the first, 1 the second.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

from smsdesk.i18n import translate


class LocalTimeError(ValueError):
    """A local time that does not exist or exists twice; ``choices`` are the two usable instants."""

    def __init__(self, kind: str, wall: datetime, choices: tuple[datetime, datetime], message: str) -> None:
        super().__init__(message)
        self.kind = kind  # "gap" | "ambiguous"
        self.wall = wall
        self.choices = choices


def _instant(wall: datetime, tz: tzinfo | None, fold: int) -> datetime:
    """``wall`` read in ``tz`` (the computer's zone when None) with ``fold``, as UTC."""
    moment = wall.replace(fold=fold)
    aware = moment.astimezone() if tz is None else moment.replace(tzinfo=tz)
    return aware.astimezone(UTC)


def _in_zone(instant: datetime, tz: tzinfo | None) -> datetime:
    """``instant`` in ``tz`` with a fixed offset: a fold=1 ZoneInfo time compares unequal to its own
    instant in UTC (PEP 495), which callers comparing times must never meet."""
    local = instant.astimezone() if tz is None else instant.astimezone(tz)
    offset = local.utcoffset()
    assert offset is not None
    name = local.tzname()
    return local.replace(tzinfo=timezone(offset, name) if name else timezone(offset), fold=0)


def _offset(instant: datetime, tz: tzinfo | None) -> timedelta | None:
    return _in_zone(instant, tz).utcoffset()


def _hm(when: datetime) -> str:
    return f"{when:%H:%M}"


def occurrence_label(when: datetime) -> str:
    """``01:30 EDT (UTC-04:00)``: one occurrence of a repeated time, told apart by its offset."""
    from smsdesk.core.drafts import utc_offset  # Compose's rules: not loaded by every CLI command

    name = when.tzname() or ""
    offset = utc_offset(when)
    named = name[:1].isalpha() and not name.startswith("UTC")  # "+1030" and "UTC-04" add nothing
    return f"{_hm(when)} {name} ({offset})" if named else f"{_hm(when)} ({offset})"


def resolve_local(wall: datetime, tz: tzinfo | None = None, fold: int | None = None) -> datetime:
    """The instant of the naive local time ``wall`` in ``tz``; raises :class:`LocalTimeError`.

    Aware datetimes are returned unchanged (their offset already says which instant).
    A repeated time needs ``fold``; a skipped one is always refused.
    """
    if wall.tzinfo is not None and wall.utcoffset() is not None:
        return wall
    wall = wall.replace(tzinfo=None)
    first, second = _instant(wall, tz, 0), _instant(wall, tz, 1)
    if _offset(first, tz) == _offset(second, tz) or first == second:
        return _in_zone(first, tz)
    lands = [_in_zone(i, tz).replace(tzinfo=None) == wall for i in (first, second)]
    if all(lands):
        earlier, later = sorted((first, second))
        if fold in (0, 1):
            return _in_zone((earlier, later)[fold], tz)
        a, b = _in_zone(earlier, tz), _in_zone(later, tz)
        raise LocalTimeError("ambiguous", wall, (a, b), translate(
            "LocalTime", "{when} happens twice in this computer's time zone: the clocks go back that night. "
            "Say which one you mean: {first} or {second}.").format(
            when=f"{wall:%Y-%m-%d %H:%M}", first=occurrence_label(a), second=occurrence_label(b)))
    change = _transition(min(first, second), max(first, second), tz)
    before, after = _in_zone(change - timedelta(minutes=1), tz), _in_zone(change, tz)
    raise LocalTimeError("gap", wall, (before, after), translate(
        "LocalTime", "{when} does not exist in this computer's time zone: the clocks go forward from {start} "
        "to {end} that night. Use {before} or {after}.").format(
        when=f"{wall:%Y-%m-%d %H:%M}", start=_hm(before + timedelta(minutes=1)), end=_hm(after),
        before=_hm(before), after=_hm(after)))


def _transition(lo: datetime, hi: datetime, tz: tzinfo | None) -> datetime:
    """The first instant (to the second) in (lo, hi] with hi's offset: when the clocks changed."""
    start = _offset(lo, tz)
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        if _offset(mid, tz) == start:
            lo = mid
        else:
            hi = mid
    return hi.replace(microsecond=0)  # zones change on a whole second, the only one in (lo, hi]
