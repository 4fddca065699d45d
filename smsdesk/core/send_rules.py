"""The rules every send follows, read from the one settings file, for the window and the CLI alike.

Quiet hours, the repeat guard ("same message, same people") and the opt-out keywords are
settings (read by core/settings.py); the decisions made with them live in the planner
(core/planner.py, core/repeats.py). This module bundles them for one send, so the CLI applies
exactly what the window applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from smsdesk.core.schedule import QuietHours
from smsdesk.core.settings import DEFAULT_REPEAT_HOURS, SettingsSource, quiet_hours, repeat_hours


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
