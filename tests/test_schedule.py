"""Quiet hours, vendor schedule formats and schedule validation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from smsdesk import i18n
from smsdesk.core.schedule import (
    TAIPEI,
    QuietHours,
    earliest,
    effective_time,
    latest,
    validate,
)
from smsdesk.vendors.smsget import schedule_fields
from smsdesk.vendors.twsms import format_sendtime

NIGHT = QuietHours(time(21, 0), time(8, 0))
NOW = datetime(2025, 3, 10, 10, 0, 30, tzinfo=TAIPEI)  # a Monday morning in Taipei


def tpe(*args: int) -> datetime:
    return datetime(*args, tzinfo=TAIPEI)  # type: ignore[misc]


@pytest.fixture
def marked_translator() -> Iterator[list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []

    def fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        seen.append((context, text))
        return "\u00bb" + text

    i18n.set_translator(fake)
    try:
        yield seen
    finally:
        i18n.set_translator(None)


# -- Taipei time ---------------------------------------------------------------------


@pytest.mark.parametrize("month", range(1, 13))
def test_taipei_is_utc_plus_8_all_year(month: int) -> None:
    when = datetime(2025, month, 15, 12, tzinfo=UTC)
    assert when.astimezone(TAIPEI).utcoffset() == timedelta(hours=8)
    assert when.astimezone(TAIPEI).hour == 20


def test_taipei_matches_the_tz_database_when_present() -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        db = zoneinfo.ZoneInfo("Asia/Taipei")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no tz database on this machine")
    for month in (1, 4, 7, 10):
        when = datetime(2030, month, 1, tzinfo=UTC)
        assert when.astimezone(db).utcoffset() == when.astimezone(TAIPEI).utcoffset()


# -- quiet hours ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clock", "quiet"),
    [
        (time(20, 59, 59), False),
        (time(21, 0), True),
        (time(23, 59, 59), True),
        (time(0, 0), True),
        (time(3, 0), True),
        (time(7, 59, 59, 999999), True),
        (time(8, 0), False),
        (time(12, 0), False),
    ],
)
def test_quiet_hours_across_midnight(clock: time, quiet: bool) -> None:
    when = datetime.combine(datetime(2025, 3, 10).date(), clock, tzinfo=TAIPEI)
    assert NIGHT.contains(when) is quiet


def test_quiet_hours_use_taipei_time_for_utc_input() -> None:
    assert NIGHT.contains(datetime(2025, 3, 10, 13, 0, tzinfo=UTC))  # 21:00 in Taipei
    assert not NIGHT.contains(datetime(2025, 3, 10, 0, 0, tzinfo=UTC))  # 08:00 in Taipei
    assert NIGHT.contains(datetime(2025, 3, 9, 23, 59, tzinfo=UTC))  # 07:59 in Taipei


def test_next_allowed_before_midnight_is_next_morning() -> None:
    assert NIGHT.next_allowed(tpe(2025, 3, 10, 22, 15)) == tpe(2025, 3, 11, 8, 0)
    assert NIGHT.next_allowed(tpe(2025, 3, 10, 21, 0)) == tpe(2025, 3, 11, 8, 0)


def test_next_allowed_after_midnight_is_same_morning() -> None:
    assert NIGHT.next_allowed(tpe(2025, 3, 11, 0, 0)) == tpe(2025, 3, 11, 8, 0)
    assert NIGHT.next_allowed(tpe(2025, 3, 11, 7, 59, 59)) == tpe(2025, 3, 11, 8, 0)


def test_next_allowed_outside_quiet_hours_is_unchanged() -> None:
    when = tpe(2025, 3, 10, 12, 34, 56)
    assert NIGHT.next_allowed(when) is when


def test_next_allowed_keeps_the_callers_zone() -> None:
    when = datetime(2025, 12, 31, 14, 0, tzinfo=UTC)  # 22:00 on New Year's Eve in Taipei
    nxt = NIGHT.next_allowed(when)
    assert nxt.tzinfo is UTC
    assert nxt == datetime(2026, 1, 1, 0, 0, tzinfo=UTC)  # 08:00 on 1 January in Taipei


def test_same_day_quiet_window() -> None:
    lunch = QuietHours.parse("12:00", "13:30")
    assert not lunch.contains(tpe(2025, 3, 10, 11, 59))
    assert lunch.contains(tpe(2025, 3, 10, 12, 0))
    assert lunch.contains(tpe(2025, 3, 10, 13, 29))
    assert not lunch.contains(tpe(2025, 3, 10, 13, 30))
    assert lunch.next_allowed(tpe(2025, 3, 10, 12, 10)) == tpe(2025, 3, 10, 13, 30)


def test_equal_times_mean_no_quiet_hours() -> None:
    off = QuietHours.parse("22:00", "22:00")
    assert not off.enabled
    assert not off.contains(tpe(2025, 3, 10, 22, 0))


def test_quiet_hours_in_another_zone() -> None:
    tokyo = timezone(timedelta(hours=9))
    q = QuietHours(time(21, 0), time(8, 0), tokyo)
    assert q.contains(tpe(2025, 3, 10, 20, 30))  # 21:30 in Tokyo
    assert not NIGHT.contains(tpe(2025, 3, 10, 20, 30))
    assert q.next_allowed(tpe(2025, 3, 10, 20, 30)) == tpe(2025, 3, 11, 7, 0)


def test_quiet_hours_label() -> None:
    assert NIGHT.label == "21:00\u201308:00"


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        NIGHT.contains(datetime(2025, 3, 10, 22, 0))
    with pytest.raises(ValueError):
        validate("twsms", datetime(2025, 3, 10, 22, 0), NOW)
    with pytest.raises(ValueError):
        effective_time("twsms", datetime(2025, 3, 10, 22, 0))


# -- vendor formats: the driver's form of the time the rule rounds to -----------------


def twsms_sendtime(when: datetime) -> str:
    return format_sendtime(effective_time("twsms", when))


def smsget_schedule(when: datetime) -> tuple[str, str, str]:
    fields = schedule_fields(effective_time("smsget", when))
    return fields["send_date"], fields["hour"], fields["min"]


def test_twsms_sendtime_documented_example() -> None:
    assert twsms_sendtime(tpe(2012, 3, 12, 18, 30)) == "201203121830"


def test_twsms_sendtime_converts_to_taiwan_time() -> None:
    assert twsms_sendtime(datetime(2012, 3, 12, 10, 30, tzinfo=UTC)) == "201203121830"
    assert twsms_sendtime(datetime(2024, 12, 31, 16, 0, tzinfo=UTC)) == "202501010000"


def test_minute_precision_rounds_up() -> None:
    assert twsms_sendtime(tpe(2025, 3, 10, 18, 30, 1)) == "202503101831"
    assert twsms_sendtime(tpe(2025, 3, 10, 23, 59, 30)) == "202503110000"
    assert smsget_schedule(tpe(2025, 12, 31, 23, 59, 0, 1)) == ("2026/01/01", "00", "00")


def test_smsget_schedule_fields() -> None:
    assert smsget_schedule(tpe(2024, 1, 5, 9, 7)) == ("2024/01/05", "09", "07")
    assert smsget_schedule(datetime(2024, 1, 5, 1, 7, tzinfo=UTC)) == ("2024/01/05", "09", "07")


def test_second_precision_rounds_up_and_local_rules_keep_the_time() -> None:
    assert effective_time("sepsms", tpe(2026, 1, 15, 10, 35, 0, 500)) == tpe(2026, 1, 15, 10, 35, 1)
    assert effective_time("engagelab", tpe(2026, 1, 15, 10, 35, 0, 1)) == tpe(2026, 1, 15, 10, 35, 1)
    for rule in ("tencent", "sandbox", "local"):
        assert effective_time(rule, tpe(2026, 1, 15, 10, 35, 0, 500)) == tpe(2026, 1, 15, 10, 35, 0, 500)
    with pytest.raises(ValueError):
        effective_time("nosuch", tpe(2026, 1, 15, 10, 35))


# -- validation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "name"),
    [("twsms", "TwSMS"), ("smsget", "SMS-Get"), ("sepsms", "SepSMS"), ("engagelab", "EngageLab")],
)
def test_past_time_is_refused_naming_the_vendor(rule: str, name: str) -> None:
    problem = validate(rule, NOW - timedelta(minutes=5), NOW)
    assert problem is not None and name in problem


@pytest.mark.parametrize("rule", ["tencent", "sandbox", "local"])
def test_local_scheduling_only_needs_the_future(rule: str) -> None:
    assert validate(rule, NOW + timedelta(seconds=1), NOW) is None
    assert validate(rule, NOW + timedelta(days=400), NOW) is None
    problem = validate(rule, NOW, NOW)
    assert problem is not None and "passed" in problem


@pytest.mark.parametrize("rule", ["twsms", "smsget", "sepsms"])
def test_native_future_rules(rule: str) -> None:
    assert validate(rule, NOW, NOW) is not None  # "now" is not in the future
    assert validate(rule, NOW + timedelta(seconds=10), NOW) is None
    assert validate(rule, NOW + timedelta(days=365), NOW) is None  # no documented maximum


def test_twsms_message_shows_taiwan_time() -> None:
    problem = validate("twsms", datetime(2025, 3, 10, 1, 0, tzinfo=UTC), NOW)
    assert problem is not None and "2025-03-10 09:00" in problem and "Taiwan" in problem


@pytest.mark.parametrize(
    ("ahead", "ok"),
    [
        (timedelta(minutes=2, seconds=59), False),
        (timedelta(minutes=3), False),  # must be strictly later than 3 minutes ahead
        (timedelta(minutes=3, seconds=1), True),
        (timedelta(days=30), True),
        (timedelta(days=30, seconds=1), False),
    ],
)
def test_engagelab_window(ahead: timedelta, ok: bool) -> None:
    now = datetime(2025, 3, 10, 2, 0, 0, tzinfo=UTC)
    problem = validate("engagelab", now + ahead, now)
    assert (problem is None) is ok
    if not ok:
        assert problem is not None and "EngageLab" in problem
        assert ("3 minutes" in problem) or ("30 days" in problem)


def test_engagelab_problem_suggests_a_usable_time() -> None:
    now = datetime(2025, 3, 10, 2, 0, 20, tzinfo=UTC)
    problem = validate("engagelab", now + timedelta(minutes=1), now)
    assert problem is not None and "2025-03-10 02:05" in problem
    assert validate("engagelab", datetime(2025, 3, 10, 2, 5, tzinfo=UTC), now) is None


def test_lead_time_for_long_jobs() -> None:
    when = NOW + timedelta(minutes=2)
    assert validate("twsms", when, NOW) is None
    problem = validate("twsms", when, NOW, lead=timedelta(minutes=5))
    assert problem is not None and "5 minutes" in problem and "too soon" in problem
    problem = validate("engagelab", NOW + timedelta(minutes=5), NOW, lead=timedelta(minutes=4))
    assert problem is not None and "3 minutes" in problem


def test_quiet_hours_in_validation() -> None:
    problem = validate("twsms", tpe(2025, 3, 10, 22, 0), NOW, quiet=NIGHT)
    assert problem is not None and "quiet hours" in problem and "2025-03-11 08:00" in problem
    assert validate("twsms", tpe(2025, 3, 11, 8, 0), NOW, quiet=NIGHT) is None
    # 20:59:30 goes to TwSMS as 21:00, which is inside the quiet hours.
    assert validate("twsms", tpe(2025, 3, 10, 20, 59, 30), NOW, quiet=NIGHT) is not None
    assert validate("sepsms", tpe(2025, 3, 10, 20, 59, 30), NOW, quiet=NIGHT) is None


def test_earliest_and_latest() -> None:
    assert earliest("twsms", NOW) == tpe(2025, 3, 10, 10, 2)
    assert earliest("engagelab", NOW) == tpe(2025, 3, 10, 10, 5)
    assert validate("engagelab", earliest("engagelab", NOW), NOW) is None
    assert latest("engagelab", NOW) == NOW + timedelta(days=30)
    assert latest("twsms", NOW) is None


def test_unknown_rule() -> None:
    with pytest.raises(ValueError):
        validate("nosuch", NOW + timedelta(hours=1), NOW)


def test_messages_are_translated(marked_translator: list[tuple[str, str]]) -> None:
    problems = [
        validate("twsms", NOW - timedelta(hours=1), NOW),
        validate("sepsms", NOW - timedelta(hours=1), NOW),
        validate("local", NOW - timedelta(hours=1), NOW),
        validate("engagelab", NOW + timedelta(minutes=1), NOW),
        validate("engagelab", NOW + timedelta(days=31), NOW),
        validate("twsms", NOW + timedelta(minutes=1), NOW, lead=timedelta(minutes=3)),
        validate("local", tpe(2025, 3, 10, 23, 0), NOW, quiet=NIGHT),
    ]
    assert all(p is not None and p.startswith("\u00bb") for p in problems)
    # Sentences in "Schedule"; the vendor's name in it is translated too ("Vendor")
    assert {ctx for ctx, _ in marked_translator} == {"Schedule", "Vendor"}
    assert len({text for ctx, text in marked_translator if ctx == "Schedule"}) == len(problems)


def test_native_rules_follow_the_drivers_capabilities() -> None:
    from smsdesk.core.schedule import NATIVE_RULES

    assert "twsms" in NATIVE_RULES and "engagelab" in NATIVE_RULES
    assert "tencent" not in NATIVE_RULES and "sandbox" not in NATIVE_RULES  # held and sent by SMS Desk
    assert "local" not in NATIVE_RULES and "nosuch" not in NATIVE_RULES
    assert sorted(NATIVE_RULES) == ["engagelab", "sepsms", "smsget", "twsms"]
