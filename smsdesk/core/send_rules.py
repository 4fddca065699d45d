"""The rules every send follows, read from the one settings file, for the window and the CLI alike.

Quiet hours, the repeat guard ("same message, same people") and the opt-out keywords are
settings; the decisions made with them live in the planner (core/planner.py, core/repeats.py).
This module only reads them, from anything with QSettings' ``value(key, default)``, so the
CLI applies exactly what the window applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any, Protocol

from smsdesk.core.optout_rules import OptOutRule
from smsdesk.core.schedule import QuietHours

QUIET_ENABLED = "quiet/enabled"
QUIET_START = "quiet/start"
QUIET_END = "quiet/end"
DEFAULT_QUIET = ("21:00", "08:00")
REPEAT_HOURS = "send/repeat_hours"  # look back this many hours for the same message; 0 = off
DEFAULT_REPEAT_HOURS = 24
REPEAT_HOURS_MAX = 24 * 30
OPTOUT_KEYWORDS = "replies/optout_keywords"
OPTOUT_ASK = "replies/optout_ask"


class SettingsSource(Protocol):
    def value(self, key: str, defaultValue: Any = ..., /) -> Any: ...  # noqa: N803 - QSettings' name


def as_bool(value: Any, default: bool) -> bool:
    # INI files hand back "true"/"false" strings; the same session hands back bools.
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _hhmm(value: Any, default: str) -> time:
    try:
        return time.fromisoformat(str(value).strip())
    except (TypeError, ValueError):
        return time.fromisoformat(default)


def quiet_hours(settings: SettingsSource) -> QuietHours | None:
    """The quiet hours (Taipei time), or None when they are off."""
    if not as_bool(settings.value(QUIET_ENABLED), False):
        return None
    hours = QuietHours(_hhmm(settings.value(QUIET_START), DEFAULT_QUIET[0]),
                       _hhmm(settings.value(QUIET_END), DEFAULT_QUIET[1]))
    return hours if hours.enabled else None


def repeat_hours(settings: SettingsSource) -> int:
    try:
        hours = int(str(settings.value(REPEAT_HOURS, DEFAULT_REPEAT_HOURS)).strip())
    except (TypeError, ValueError):
        return DEFAULT_REPEAT_HOURS
    return max(0, min(REPEAT_HOURS_MAX, hours))


def optout_rule(settings: SettingsSource) -> OptOutRule:
    """The opt-out keywords and "ask first" (defaults when unset)."""
    return OptOutRule.parse(settings.value(OPTOUT_KEYWORDS), settings.value(OPTOUT_ASK, False))


@dataclass(frozen=True)
class SendRules:
    quiet_hours: QuietHours | None = None
    repeat_window: timedelta | None = timedelta(hours=DEFAULT_REPEAT_HOURS)  # None: no repeat guard

    @classmethod
    def from_settings(cls, settings: SettingsSource) -> SendRules:
        hours = repeat_hours(settings)
        return cls(quiet_hours(settings), timedelta(hours=hours) if hours else None)

    def plan_kwargs(self, *, ignore_quiet_hours: bool = False, allow_repeat: bool = False) -> dict[str, Any]:
        """What :func:`smsdesk.core.planner.plan_send` takes for these rules and overrides."""
        return {"quiet_hours": self.quiet_hours, "override_quiet_hours": ignore_quiet_hours,
                "repeat_window": self.repeat_window, "allow_repeat": allow_repeat}
