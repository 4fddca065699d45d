"""The app's settings: every key, its default and the one way to read it, for the window and the CLI.

Everything is stored in the data folder's settings.ini (QSettings in INI format: the window's
``ctx.settings``, the CLI's ``cli_settings.app_settings()``) under these keys:

=============================  ==========================================================
``language``                   ``system`` (follow the computer), ``zh_TW`` or ``en``;
                               read at start, so a change needs a restart
``appearance``                 ``system`` (follow the computer's light/dark mode), ``light``
                               or ``dark``; applied at start and at once when changed
``phones/region``              ISO region for numbers written without a country code
                               (``TW`` by default)
``quiet/enabled``              ``true``/``false``: no sending during quiet hours
``quiet/start``                ``HH:MM`` local (Taipei) time the quiet hours begin
``quiet/end``                  ``HH:MM`` they end; start later than end crosses midnight
``send/repeat_hours``          hours the repeat guard looks back for the same message to the
                               same people (default 24; 0 turns it off)
``poll/status_seconds``        how often delivery status is asked for (seconds)
``poll/replies_seconds``       how often replies are fetched (seconds)
``notify/enabled``             ``true``/``false``: desktop notifications
``callbacks/enabled``          ``true``/``false``: run the callback receiver
``callbacks/bind``             address the receiver listens on (``127.0.0.1``, the default:
                               this computer only; ``0.0.0.0``: all)
``callbacks/port``             its TCP port
``callbacks/public_url``       the internet address vendors call (given to vendors)
``replies/optout_keywords``    comma-separated opt-out keywords; ``*word`` matches anywhere
                               in a reply, a plain word only the whole reply (core/optout_rules.py)
``replies/optout_ask``         ``true``: ask before putting a number on the opt-out list
``replies/first_days``         how many days back an account's first reply fetch reaches
                               (default 7; TwSMS asks one day per request)
=============================  ==========================================================

Low-balance thresholds, concurrency and rate are per account (account dialog).
The accessors take anything with QSettings' ``value(key, default)`` and never raise: a value
that is missing or cannot be read gives the default, one out of range the nearest allowed.
No Qt here, so core code and the CLI read settings exactly as the window does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING, Any, Protocol

from smsdesk.core.optout_rules import DEFAULT_OPTOUT_KEYWORDS, OptOutRule
from smsdesk.core.schedule import QuietHours

if TYPE_CHECKING:
    from smsdesk.vendors.base import VendorSpec

# -- keys ----------------------------------------------------------------------------

LANGUAGE = "language"
APPEARANCE = "appearance"
REGION = "phones/region"
QUIET_ENABLED = "quiet/enabled"
QUIET_START = "quiet/start"
QUIET_END = "quiet/end"
REPEAT_HOURS = "send/repeat_hours"  # look back this many hours for the same message; 0 = off
POLL_STATUS = "poll/status_seconds"
POLL_REPLIES = "poll/replies_seconds"
NOTIFY = "notify/enabled"
OPTOUT_KEYWORDS = "replies/optout_keywords"  # comma-separated; a reply that is one of them opts out
OPTOUT_ASK = "replies/optout_ask"  # ask before adding a number to the opt-out list
REPLIES_FIRST_DAYS = "replies/first_days"  # days back the first reply fetch of an account reaches
CALLBACKS_ENABLED = "callbacks/enabled"
CALLBACKS_BIND = "callbacks/bind"
CALLBACKS_PORT = "callbacks/port"
CALLBACKS_PUBLIC_URL = "callbacks/public_url"

# -- defaults and limits -------------------------------------------------------------

LANGUAGES = ("system", "zh_TW", "en")
APPEARANCES = ("system", "light", "dark")
DEFAULT_LANGUAGE = "system"
DEFAULT_APPEARANCE = "system"
DEFAULT_REGION = "TW"
DEFAULT_QUIET_ENABLED = False
DEFAULT_QUIET = ("21:00", "08:00")
DEFAULT_REPEAT_HOURS = 24
REPEAT_HOURS_MAX = 24 * 30
DEFAULT_POLL_STATUS = 60
DEFAULT_POLL_REPLIES = 60
POLL_MIN, POLL_MAX = 15, 3600  # below 15 s vendors start rate-limiting us
DEFAULT_NOTIFY = True
DEFAULT_OPTOUT_ASK = False
DEFAULT_REPLIES_FIRST_DAYS = 7
REPLIES_FIRST_DAYS_MAX = 365
DEFAULT_CALLBACKS_ENABLED = False
DEFAULT_BIND = "127.0.0.1"  # nothing outside this computer unless the user says so (core.receiver)
DEFAULT_PORT = 8787
DEFAULT_PUBLIC_URL = ""

# What each key means when it is not set, in the form the dialog writes it.
DEFAULTS: dict[str, Any] = {
    LANGUAGE: DEFAULT_LANGUAGE,
    APPEARANCE: DEFAULT_APPEARANCE,
    REGION: DEFAULT_REGION,
    QUIET_ENABLED: DEFAULT_QUIET_ENABLED,
    QUIET_START: DEFAULT_QUIET[0],
    QUIET_END: DEFAULT_QUIET[1],
    REPEAT_HOURS: DEFAULT_REPEAT_HOURS,
    POLL_STATUS: DEFAULT_POLL_STATUS,
    POLL_REPLIES: DEFAULT_POLL_REPLIES,
    NOTIFY: DEFAULT_NOTIFY,
    OPTOUT_KEYWORDS: ", ".join(DEFAULT_OPTOUT_KEYWORDS),
    OPTOUT_ASK: DEFAULT_OPTOUT_ASK,
    REPLIES_FIRST_DAYS: DEFAULT_REPLIES_FIRST_DAYS,
    CALLBACKS_ENABLED: DEFAULT_CALLBACKS_ENABLED,
    CALLBACKS_BIND: DEFAULT_BIND,
    CALLBACKS_PORT: DEFAULT_PORT,
    CALLBACKS_PUBLIC_URL: DEFAULT_PUBLIC_URL,
}


class SettingsSource(Protocol):
    def value(self, key: str, defaultValue: Any = ..., /) -> Any: ...  # noqa: N803 - QSettings' name


# -- coercion ------------------------------------------------------------------------


def as_bool(value: Any, default: bool) -> bool:
    # INI files hand back "true"/"false" strings; the same session hands back bools.
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def as_int(value: Any, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


def as_time(value: Any, default: str) -> time:
    try:
        return time.fromisoformat(str(value).strip())
    except (TypeError, ValueError):
        return time.fromisoformat(default)


def _text(settings: SettingsSource, key: str, default: str) -> str:
    return str(settings.value(key, default) or default).strip()


# -- typed accessors -----------------------------------------------------------------


def language(settings: SettingsSource) -> str:
    """``system``, ``zh_TW`` or ``en`` (hand it to ``i18n.pick_language``)."""
    value = _text(settings, LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def appearance(settings: SettingsSource) -> str:
    """``system``, ``light`` or ``dark`` (hand it to ``theme.install`` / ``theme.apply``)."""
    value = _text(settings, APPEARANCE, DEFAULT_APPEARANCE).lower()
    return value if value in APPEARANCES else DEFAULT_APPEARANCE


def default_region(settings: SettingsSource) -> str:
    from smsdesk.core.phones import is_valid_region  # TW without loading phonenumbers at start-up

    value = _text(settings, REGION, DEFAULT_REGION).upper()
    return value if is_valid_region(value) else DEFAULT_REGION


def account_region(settings: SettingsSource | None, spec: VendorSpec) -> str:
    """The region a number typed without a country code is read in for an account of ``spec``.

    The vendor's declared home region (SepSMS: Thailand, Tencent: mainland China), else the
    desk's default region setting (``settings`` None: its default). The planner, the CLI,
    Compose and the vendor tools all ask this.
    """
    if spec.home_region:
        return spec.home_region
    return default_region(settings) if settings is not None else DEFAULT_REGION


def phone_text(settings: SettingsSource, number: str, spec: VendorSpec | None = None) -> str:
    """A stored number as the user writes it: national form for the home country (0912-345-678),
    the account's (``spec``) when given, so a SepSMS number reads 081-234-5678 as typed."""
    from smsdesk.core.phones import display

    return display(number, account_region(settings, spec) if spec is not None else default_region(settings))


def quiet_start(settings: SettingsSource) -> time:
    """When the quiet hours begin (also while they are off: the dialog shows it)."""
    return as_time(settings.value(QUIET_START), DEFAULT_QUIET[0])


def quiet_end(settings: SettingsSource) -> time:
    return as_time(settings.value(QUIET_END), DEFAULT_QUIET[1])


def quiet_hours(settings: SettingsSource) -> QuietHours | None:
    """The quiet hours (Taipei time), or None when they are off."""
    if not as_bool(settings.value(QUIET_ENABLED), DEFAULT_QUIET_ENABLED):
        return None
    hours = QuietHours(quiet_start(settings), quiet_end(settings))
    return hours if hours.enabled else None


def repeat_hours(settings: SettingsSource) -> int:
    """How many hours back the repeat guard looks (0: off)."""
    return as_int(settings.value(REPEAT_HOURS), DEFAULT_REPEAT_HOURS, 0, REPEAT_HOURS_MAX)


def status_poll_seconds(settings: SettingsSource) -> int:
    return as_int(settings.value(POLL_STATUS), DEFAULT_POLL_STATUS, POLL_MIN, POLL_MAX)


def replies_poll_seconds(settings: SettingsSource) -> int:
    return as_int(settings.value(POLL_REPLIES), DEFAULT_POLL_REPLIES, POLL_MIN, POLL_MAX)


def replies_first_days(settings: SettingsSource) -> int:
    """How many days back the first reply fetch of an account reaches (later ones go on from the last reply)."""
    return as_int(settings.value(REPLIES_FIRST_DAYS), DEFAULT_REPLIES_FIRST_DAYS, 1, REPLIES_FIRST_DAYS_MAX)


def notifications_enabled(settings: SettingsSource) -> bool:
    return as_bool(settings.value(NOTIFY), DEFAULT_NOTIFY)


def optout_ask(settings: SettingsSource) -> bool:
    return as_bool(settings.value(OPTOUT_ASK), DEFAULT_OPTOUT_ASK)


def optout_rule(settings: SettingsSource) -> OptOutRule:
    """The opt-out keywords and "ask first" (defaults when unset)."""
    return OptOutRule.parse(settings.value(OPTOUT_KEYWORDS), optout_ask(settings))


@dataclass(frozen=True)
class CallbackSettings:
    enabled: bool
    bind: str
    port: int
    public_url: str  # "" when not set


def callback_settings(settings: SettingsSource) -> CallbackSettings:
    return CallbackSettings(
        enabled=as_bool(settings.value(CALLBACKS_ENABLED), DEFAULT_CALLBACKS_ENABLED),
        bind=_text(settings, CALLBACKS_BIND, DEFAULT_BIND),
        port=as_int(settings.value(CALLBACKS_PORT), DEFAULT_PORT, 1, 65535),
        public_url=_text(settings, CALLBACKS_PUBLIC_URL, DEFAULT_PUBLIC_URL).rstrip("/"),
    )
