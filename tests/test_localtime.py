"""Local times that do not exist or happen twice are refused, naming the two that work."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smsdesk.core.localtime import LocalTimeError, occurrence_label, resolve_local

NY = ZoneInfo("America/New_York")


def _refused(wall: datetime, zone: str) -> LocalTimeError:
    with pytest.raises(LocalTimeError) as info:
        resolve_local(wall, ZoneInfo(zone))
    return info.value


# zone, a skipped wall time, the last minute before the jump, the first one after
GAPS = [
    ("America/New_York", datetime(2027, 3, 14, 2, 30), "01:59", "03:00"),
    ("Europe/London", datetime(2027, 3, 28, 1, 30), "00:59", "02:00"),
    ("Australia/Sydney", datetime(2027, 10, 3, 2, 0), "01:59", "03:00"),
    ("Australia/Lord_Howe", datetime(2027, 10, 3, 2, 15), "01:59", "02:30"),  # a half-hour shift
]


@pytest.mark.parametrize(("zone", "wall", "before", "after"), GAPS)
def test_skipped_times_are_refused_with_both_neighbours(zone: str, wall: datetime, before: str, after: str) -> None:
    error = _refused(wall, zone)
    assert error.kind == "gap" and "does not exist" in str(error)
    assert f"Use {before} or {after}." in str(error)
    first, second = error.choices
    assert (f"{first:%H:%M}", f"{second:%H:%M}") == (before, after)
    assert second - first == timedelta(minutes=1)  # adjacent instants: nothing in between is lost
    for choice in error.choices:  # both are real times that resolve to themselves
        assert resolve_local(choice.replace(tzinfo=None), ZoneInfo(zone)) == choice


# zone, a repeated wall time, the first and the second occurrence's labels
FOLDS = [
    ("America/New_York", datetime(2027, 11, 7, 1, 30), "01:30 EDT (UTC-04:00)", "01:30 EST (UTC-05:00)"),
    ("Europe/London", datetime(2027, 10, 31, 1, 15), "01:15 BST (UTC+01:00)", "01:15 GMT (UTC+00:00)"),
    ("Australia/Sydney", datetime(2027, 4, 4, 2, 30), "02:30 AEDT (UTC+11:00)", "02:30 AEST (UTC+10:00)"),
    ("Australia/Lord_Howe", datetime(2027, 4, 4, 1, 45), "01:45 (UTC+11:00)", "01:45 (UTC+10:30)"),
]


@pytest.mark.parametrize(("zone", "wall", "first", "second"), FOLDS)
def test_repeated_times_are_refused_naming_both_offsets(zone: str, wall: datetime, first: str, second: str) -> None:
    error = _refused(wall, zone)
    assert error.kind == "ambiguous" and "happens twice" in str(error)
    assert f"{first} or {second}" in str(error)
    a, b = error.choices
    assert b - a == a.utcoffset() - b.utcoffset()  # type: ignore[operator]  # the hour (or half) repeated
    assert [occurrence_label(c) for c in error.choices] == [first, second]
    assert resolve_local(wall, ZoneInfo(zone), fold=0) == a
    assert resolve_local(wall, ZoneInfo(zone), fold=1) == b
    # written with its offset, the time is no longer in question
    assert resolve_local(wall.replace(tzinfo=timezone(b.utcoffset()))) == b  # type: ignore[arg-type]


def test_results_compare_as_instants() -> None:
    # A fold=1 ZoneInfo time is never == its own UTC instant (PEP 495); ours carry a fixed offset.
    second = resolve_local(datetime(2027, 11, 7, 1, 30), NY, fold=1)
    assert second == datetime(2027, 11, 7, 6, 30, tzinfo=UTC) and second.fold == 0
    assert resolve_local(datetime(2027, 7, 1, 12, 0), NY) == datetime(2027, 7, 1, 16, 0, tzinfo=UTC)


def test_taipei_has_no_skipped_or_repeated_times() -> None:
    taipei = ZoneInfo("Asia/Taipei")
    start = datetime(2027, 1, 1)
    for hours in range(0, 365 * 24, 7):  # every seventh hour of the year, incl. other zones' change nights
        wall = start + timedelta(hours=hours, minutes=30)
        assert resolve_local(wall, taipei).utcoffset() == timedelta(hours=8)
    for _, wall, _, _ in GAPS + [(z, w, "", "") for z, w, _, _ in FOLDS]:
        assert resolve_local(wall, taipei) == wall.replace(tzinfo=timezone(timedelta(hours=8)))


def test_ordinary_and_aware_times_pass() -> None:
    assert resolve_local(datetime(2027, 3, 14, 3, 0), NY) == datetime(2027, 3, 14, 7, 0, tzinfo=UTC)
    assert resolve_local(datetime(2027, 3, 14, 1, 59), NY) == datetime(2027, 3, 14, 6, 59, tzinfo=UTC)
    aware = datetime(2027, 3, 14, 2, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert resolve_local(aware, NY) is aware
    with pytest.raises(LocalTimeError):
        resolve_local(datetime(2027, 3, 14, 2, 30), NY, fold=1)  # no fold makes a skipped time exist


# -- the command line, in the computer's own zone (TZ) ------------------------------------------------


def _cli_at(home: Path, zone: str, at: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SMSDESK_HOME=str(home), TZ=zone)
    return subprocess.run([sys.executable, "-m", "smsdesk.cli", "send", "--account", "Nobody", "--to",
                           "0912345678", "--message", "hi", "--at", at, "--yes"],
                          capture_output=True, text=True, env=env, timeout=60)


def test_cli_refuses_a_skipped_at(home: Path) -> None:
    done = _cli_at(home, "America/New_York", "2027-03-14T02:30")
    assert done.returncode == 2, done.stderr
    assert "does not exist" in done.stderr and "Use 01:59 or 03:00." in done.stderr
    assert "--at 2027-03-14T01:59 or --at 2027-03-14T03:00" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_refuses_a_repeated_at_and_takes_it_with_an_offset(home: Path) -> None:
    done = _cli_at(home, "America/New_York", "2027-11-07T01:30")
    assert done.returncode == 2, done.stderr
    assert "01:30 EDT (UTC-04:00) or 01:30 EST (UTC-05:00)" in done.stderr
    assert "--at 2027-11-07T01:30-04:00 or --at 2027-11-07T01:30-05:00" in done.stderr
    written = _cli_at(home, "America/New_York", "2027-11-07T01:30-05:00")
    assert written.returncode == 1 and "Nobody" in written.stderr  # past --at: it failed on the account


def test_cli_in_taipei_takes_the_same_time(home: Path) -> None:
    done = _cli_at(home, "Asia/Taipei", "2027-03-14T02:30")
    assert done.returncode == 1 and "does not exist" not in done.stderr and "Nobody" in done.stderr
