"""The one vendor interface: capabilities, requests, results and error kinds.

Every vendor module implements :class:`VendorClient` and publishes a
:class:`VendorSpec`. The GUI reads capabilities to show only what a vendor can
do; the send engine relies on the contract documented on :meth:`VendorClient.send`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from smsdesk.core.states import State
from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_number, translate

if TYPE_CHECKING:
    from smsdesk.core.segments import CostRule
    from smsdesk.vendors.http import HttpPolicy
    from smsdesk.vendors.push import PushParser


class ErrorKind(StrEnum):
    AUTH = "auth"
    IP_NOT_ALLOWED = "ip-not-allowed"
    BALANCE = "balance"
    BAD_NUMBER = "bad-number"
    BAD_CONTENT = "bad-content"
    RATE_LIMITED = "rate-limited"
    SCHEDULING = "scheduling"
    # An account setting or permission every request of the account trips over (TwSMS's
    # drurl codes, a SepSMS sender not approved): the job pauses instead of failing each batch.
    ACCOUNT = "account"
    TRANSIENT = "transient"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return translate("ErrorKind", _KIND_LABELS[self])

    @property
    def stops_job(self) -> bool:
        """Errors that will fail every further request of the account too."""
        return self in (ErrorKind.AUTH, ErrorKind.IP_NOT_ALLOWED, ErrorKind.BALANCE, ErrorKind.ACCOUNT)


_KIND_LABELS = {
    ErrorKind.AUTH: QT_TRANSLATE_NOOP("ErrorKind", "Sign-in problem"),
    ErrorKind.IP_NOT_ALLOWED: QT_TRANSLATE_NOOP("ErrorKind", "This computer's address is not allowed"),
    ErrorKind.BALANCE: QT_TRANSLATE_NOOP("ErrorKind", "Not enough credit"),
    ErrorKind.BAD_NUMBER: QT_TRANSLATE_NOOP("ErrorKind", "Phone number refused"),
    ErrorKind.BAD_CONTENT: QT_TRANSLATE_NOOP("ErrorKind", "Message text refused"),
    ErrorKind.RATE_LIMITED: QT_TRANSLATE_NOOP("ErrorKind", "Too many requests"),
    ErrorKind.SCHEDULING: QT_TRANSLATE_NOOP("ErrorKind", "Schedule refused"),
    ErrorKind.ACCOUNT: QT_TRANSLATE_NOOP("ErrorKind", "Account setting refused"),
    ErrorKind.TRANSIENT: QT_TRANSLATE_NOOP("ErrorKind", "Temporary problem"),
    ErrorKind.UNKNOWN: QT_TRANSLATE_NOOP("ErrorKind", "Unexpected error"),
}


class VendorError(Exception):
    """The vendor (or the road to it) refused a request; nothing was accepted.

    ``message`` is translated and says what to do next; ``code``/``text`` keep the
    vendor's own words for support. ``sent`` is False when the request surely did
    not reach the vendor (so retrying later is safe).
    """

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        vendor: str = "",
        code: str | None = None,
        text: str = "",
        http_status: int | None = None,
        retry_after: float | None = None,
        sent: bool = True,
        source: tuple[str, str, dict[str, Any]] | None = None,
    ) -> None:
        self.kind = kind
        # (context, English source, arguments) of ``message``: lets a stored note be shown in
        # another language later (core.notes).
        self.source = source
        self.message = message
        self.vendor = vendor
        self.code = code
        self.text = text
        self.http_status = http_status
        self.retry_after = retry_after
        self.sent = sent
        super().__init__(self.__str__())

    def __str__(self) -> str:
        tail = " ".join(x for x in (self.code or "", self.text) if x)
        return f"{self.message} ({tail})" if tail else self.message

    def as_dict(self) -> dict[str, Any]:
        return {"kind": str(self.kind), "code": self.code, "text": self.text, "message": self.message}


def local_refusal(kind: ErrorKind, reason: str, *, vendor: str, code: str | None = None) -> VendorError:
    """A check SMS Desk made before anything left: worded as ours, not as the vendor's refusal.

    ``reason`` is translated and says what to change; ``code`` is the vendor code the same
    problem would get from the vendor, for support.
    """
    return VendorError(kind, translate("Vendor", "SMS Desk did not send it: {reason}").format(reason=reason),
                       vendor=vendor, code=code, sent=False)


class OutcomeUnknown(Exception):
    """A send whose answer was lost: it may or may not have been accepted.

    The recipients of that request become ``unknown`` and are never resent
    automatically.
    """

    def __init__(self, message: str, *, vendor: str = "", detail: str = "") -> None:
        self.message = message
        self.vendor = vendor
        self.detail = detail
        super().__init__(f"{message} ({detail})" if detail else message)


class Unsupported(Exception):
    """The vendor does not offer this operation; the message says so in words."""


def unsupported(vendor_name: str, what: str) -> Unsupported:
    return Unsupported(
        translate("Vendor", "{vendor} does not offer {what}.").format(vendor=vendor_name, what=what)
    )


@dataclass(frozen=True)
class ErrorEntry:
    kind: ErrorKind
    message: str  # marked with QT_TRANSLATE_NOOP("VendorErrors", ...); may hold {text}


def error_from_catalogue(
    catalogue: Mapping[str, ErrorEntry],
    vendor: str,
    code: str,
    text: str = "",
    *,
    http_status: int | None = None,
    **fmt: Any,
) -> VendorError:
    entry = catalogue.get(code)
    if entry is None:
        unknown = QT_TRANSLATE_NOOP(
            "VendorErrors",
            "The vendor answered with an error this version of SMS Desk does not know. "
            "Contact the vendor's support with the code shown.",
        )
        return VendorError(ErrorKind.UNKNOWN, translate("VendorErrors", unknown), vendor=vendor, code=code,
                           text=text, http_status=http_status, source=("VendorErrors", unknown, {}))
    message = translate("VendorErrors", entry.message).format(text=text, **fmt)
    return VendorError(entry.kind, message, vendor=vendor, code=code, text=text, http_status=http_status,
                       source=("VendorErrors", entry.message, {"text": text, **fmt}))


@dataclass(frozen=True)
class Capabilities:
    batch_max: int = 1  # recipients per request; 1 means single sends only
    per_recipient_variables: bool = False
    template_only: bool = False  # sends name a vendor template instead of free text
    native_schedule: bool = False
    schedule_min_ahead: timedelta | None = None
    schedule_max_ahead: timedelta | None = None
    schedule_format: str = ""  # the vendor's documented form, e.g. YYYYMMDDHHII
    # The precision of that form: a scheduled time is rounded up to it, so nothing leaves early.
    schedule_step: timedelta = timedelta(0)
    # The form is read as Taiwan wall-clock time (it carries no offset): times are shown in it.
    schedule_taiwan_time: bool = False
    # The vendor refuses a time inside schedule_min_ahead or beyond schedule_max_ahead outright,
    # so core.schedule.validate names that window (others send an early time at once).
    schedule_window_strict: bool = False
    cancel_scheduled: bool = False
    status_query: bool = False
    status_horizon: timedelta | None = None  # after this, status queries stop
    # The vendor can list a number's delivery reports over a time range without a message id
    # (VendorClient.find_reports): "Check with vendor" for unknown outcomes.
    can_find_by_phone: bool = False
    push_callbacks: bool = False
    replies_poll: bool = False
    replies_callback: bool = False
    balance: bool = False
    balance_unit: str = ""  # in English, one of UNITS; shown through unit_label()
    # What a send costs is counted in this unit ("" = the balance unit). A vendor whose answer
    # names no cost (reports_cost False) is charged one unit per accepted message part.
    cost_unit: str = ""
    reports_cost: bool = True
    # The vendor gives back what a message that was not delivered cost (failed or expired).
    refunds_undelivered: bool = False
    # Vendor statuses of numbers it refused without charging (SepSMS "blocked"): their failure is no refund.
    uncharged_statuses: tuple[str, ...] = ()
    international: bool = True
    # Pace. ``throughput_per_s``: the requests/s the vendor documents for one account (undocumented:
    # a gentle figure the driver explains). Nothing ever sends faster. The defaults follow it:
    # ``default_rate_per_s`` 0 means the throughput itself, ``default_concurrency`` 0 means enough
    # requests in flight to reach that rate at TYPICAL_LATENCY_S, ``burst`` 0 a small bank of tokens.
    throughput_per_s: float = 10.0
    default_rate_per_s: float = 0.0
    default_concurrency: int = 0
    burst: float = 0.0
    # Delivery reports: seconds after a send when the vendor's report is usually ready (None:
    # undocumented). Polling asks first then, and backs off from there (core.tracking.poll_gap).
    report_delay_s: float | None = None
    extras: tuple[str, ...] = ()  # "otp", "templates", "signatures", "statistics"

    @property
    def money_unit(self) -> str:
        """The unit a job's cost is counted and shown in."""
        return self.cost_unit or self.balance_unit or "points"
    def __post_init__(self) -> None:
        # Frozen: the derived defaults are filled in once, so every reader sees plain numbers.
        # Without a named rate, leave room for the burst: no second carries more than documented.
        rate = self.default_rate_per_s or self.throughput_per_s - (burst_for(self.throughput_per_s) - 1)
        rate = min(rate, self.throughput_per_s)
        object.__setattr__(self, "default_rate_per_s", rate)
        if self.default_concurrency <= 0:
            object.__setattr__(self, "default_concurrency", concurrency_for(rate))
        if self.burst <= 0:
            object.__setattr__(self, "burst", min(burst_for(rate), max(1.0, self.throughput_per_s - rate + 1)))


TYPICAL_LATENCY_S = 0.15  # a send's round trip to a vendor in Taiwan, TLS kept open
MAX_CONCURRENCY = 64


def concurrency_for(rate_per_s: float, latency_s: float = TYPICAL_LATENCY_S) -> int:
    """Requests in flight needed to keep ``rate_per_s`` going when each takes ``latency_s``.

    A third more than the bare product, so slots waiting on a slow answer do not leave the
    rate unused; at least 4 so a few slow answers never stop the flow.
    """
    return max(4, min(MAX_CONCURRENCY, math.ceil(rate_per_s * latency_s * 4 / 3)))


def burst_for(rate_per_s: float) -> float:
    """A small bank of tokens (5 % of a second, 1 to 10): idle slots never throw the rate away,
    yet no second carries more than the rate plus this."""
    return max(1.0, min(10.0, rate_per_s * 0.05))


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # marked with QT_TRANSLATE_NOOP("AccountFields", ...)
    secret: bool = False
    required: bool = False
    kind: str = "text"  # text | bool | int | templates
    help: str = ""
    advanced: bool = False
    default: Any = None


@dataclass(frozen=True)
class MessageRef:
    """Enough to ask the vendor about one recipient of an earlier send."""

    phone: str  # E.164
    vendor_msg_id: str | None = None
    vendor_batch_id: str | None = None
    submitted_at: datetime | None = None


@dataclass
class SendRequest:
    phones: list[str]  # E.164, at most capabilities.batch_max
    text: str = ""  # the same rendered text for every phone
    template_id: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    # Per-recipient values when the vendor personalises server-side (capabilities.per_recipient_variables):
    # ``text`` then writes placeholders ``{key}`` (key an ASCII word, no other brace) and every phone
    # has every key, "" when it has no value, so the driver sends exactly the approved text.
    variables: dict[str, dict[str, str]] | None = None
    schedule_at: datetime | None = None  # timezone-aware
    client_ref: str | None = None  # our tag, echoed by vendors that support one


@dataclass
class RecipientResult:
    phone: str
    state: State
    vendor_msg_id: str | None = None
    vendor_status: str = ""
    points: float | None = None
    error: VendorError | None = None


@dataclass
class SendResult:
    recipients: list[RecipientResult]
    batch_id: str | None = None
    points: float | None = None  # charged for the whole request, when reported
    balance_after: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StatusReport:
    phone: str  # E.164
    state: State
    vendor_status: str = ""
    vendor_msg_id: str | None = None
    at: datetime | None = None
    error_text: str = ""
    # Identical reports share a key so the store applies them once.
    dedupe_key: str = ""


@dataclass(frozen=True)
class Reply:
    phone: str  # E.164
    text: str
    received_at: datetime
    vendor_ref: str  # unique per account, for dedupe


@dataclass(frozen=True)
class TemplateChoice:
    """A vendor template a template-only send can name."""

    id: str
    label: str
    text: str  # the vendor's template text; "" when SMS Desk does not know it
    params: tuple[str, ...]  # the parameters to fill: Tencent "1", "2"...; EngageLab variable names


@dataclass(frozen=True)
class Balance:
    amount: float | None
    unit: str
    detail: str = ""


@dataclass(frozen=True)
class BalanceSubstitute:
    """What a vendor without a balance query tells instead (Tencent: this month's send statistics).

    ``text`` is the translated sentence the Balances tab and ``smsdesk-cli balance`` show;
    ``figures`` the same numbers by the vendor's own names, for ``--json``.
    """

    text: str
    figures: Mapping[str, int] = field(default_factory=dict)
    begin: datetime | None = None  # the period the figures cover
    end: datetime | None = None


@dataclass
class AccountConfig:
    name: str
    vendor: str
    settings: dict[str, Any] = field(default_factory=dict)
    secrets: Mapping[str, str] = field(default_factory=dict)
    base_url: str | None = None
    data_dir: str | None = None  # for in-process vendors (Sandbox)

    def setting(self, key: str, default: Any = None) -> Any:
        value = self.settings.get(key, default)
        return value.strip() if isinstance(value, str) else value

    def secret(self, key: str) -> str:
        return (self.secrets.get(key) or "").strip()


class VendorClient:
    """Base class; vendors override what their capabilities declare.

    Contract for :meth:`send` (the send engine depends on it):

    * returns a :class:`SendResult` with one :class:`RecipientResult` per phone
      when the vendor answered (per-recipient refusals are ``failed`` results);
    * raises :class:`VendorError` when the vendor refused the whole request (or it
      surely never reached the vendor: ``sent=False``), so nothing was accepted;
    * raises :class:`OutcomeUnknown` when the answer was lost: read timeout, a
      connection reset after sending, a 5xx, or a body that cannot be parsed.
    """

    vendor: ClassVar[str] = ""
    display_name: ClassVar[str] = ""
    capabilities: ClassVar[Capabilities] = Capabilities()
    default_base_url: ClassVar[str] = ""  # the document's scheme+host(+prefix)

    def __init__(self, account: AccountConfig, *, http: HttpPolicy | None = None) -> None:
        from smsdesk.vendors.http import HttpPolicy

        self.account = account
        if http is None:
            try:
                read_timeout = float(str(account.setting("read_timeout") or 30).strip())
            except ValueError:
                read_timeout = 30.0
            http = HttpPolicy(secrets=[v for v in account.secrets.values() if v], read_timeout=read_timeout)
        self.http = http

    @property
    def name(self) -> str:
        return translate("Vendor", self.display_name)

    def base_url(self, default: str | None = None) -> str:
        """The account's override, else the documented address."""
        return (self.account.base_url or default or self.default_base_url).rstrip("/")

    def url(self, path: str) -> str:
        """A documented path under the account's (or the documented) base URL."""
        return self.base_url() + path

    def split_refused(self, phones: list[str], fmt: Callable[[str], str]) -> tuple[
            dict[str, RecipientResult], list[str]]:
        """Numbers the vendor cannot take fail alone (``fmt`` raises); the rest still goes."""
        refused: dict[str, RecipientResult] = {}
        for phone in phones:
            try:
                fmt(phone)
            except VendorError as err:
                refused[phone] = RecipientResult(phone, State.FAILED, error=err)
        return refused, [p for p in phones if p not in refused]

    def batch_limit(self, phone: str) -> int:
        """How many recipients like ``phone`` fit in one request (the engine groups by it)."""
        return max(1, self.capabilities.batch_max)

    def send(self, request: SendRequest) -> SendResult:
        raise unsupported(self.name, translate("Vendor", "sending"))

    def cancel(self, refs: list[MessageRef]) -> list[RecipientResult]:
        raise unsupported(self.name, translate("Vendor", "cancelling a scheduled message"))

    def query_status(self, refs: list[MessageRef]) -> list[StatusReport]:
        raise unsupported(self.name, translate("Vendor", "delivery status queries"))

    def find_reports(self, phone: str, begin: datetime, end: datetime) -> list[StatusReport]:
        """Delivery reports for ``phone`` sent between ``begin`` and ``end``, found without an id.

        Only for vendors declaring ``capabilities.can_find_by_phone``.
        """
        raise unsupported(self.name, translate("Vendor", "finding messages by phone number"))

    def fetch_replies(self, since: datetime | None = None) -> list[Reply]:
        raise unsupported(self.name, translate("Vendor", "fetching replies"))

    def balance(self) -> Balance:
        raise unsupported(self.name, translate("Vendor", "a balance query"))

    def balance_substitute(self) -> BalanceSubstitute:
        """For vendors without a balance query: what they can tell instead."""
        raise unsupported(self.name, translate("Vendor", "a balance query"))

    def test_connection(self) -> str:
        """Make the cheapest authenticated call; return a sentence for the user."""
        bal = self.balance()
        return translate("Vendor", "Connected. Balance: {amount} {unit}.").format(
            amount=fmt_number(bal.amount), unit=bal.unit
        )

    def close(self) -> None:
        self.http.close()


UNITS = (QT_TRANSLATE_NOOP("Vendor", "points"), QT_TRANSLATE_NOOP("Vendor", "credits"),
         QT_TRANSLATE_NOOP("Vendor", "messages"))


def unit_label(unit: str | None) -> str:
    """A balance unit in the UI language: stored and declared in English, "points" when none."""
    unit = unit or "points"
    return translate("Vendor", unit) if unit in UNITS else unit


@dataclass(frozen=True)
class VendorSpec:
    id: str
    name: str  # marked with QT_TRANSLATE_NOOP("Vendor", ...)
    client: type[VendorClient]
    fields: tuple[FieldSpec, ...]
    capabilities: Capabilities
    default_base_url: str = ""
    help: str = ""  # where to find credentials, IP allow-lists...; QT_TRANSLATE_NOOP("VendorHelp", ...)
    cost_rule: str = "gsm"  # see core.segments.cost: "gsm", or this id with ``pricing``
    pricing: CostRule | None = None  # how a message is counted and charged (None: the network's rule)
    is_sandbox: bool = False
    # For vendors told the delivery report address with each send (an account setting):
    # push_address(settings, wanted, ours) -> the settings to change, or None to leave them.
    # ``wanted`` is the receiver's address ("" when it stops); an address containing ``ours``
    # is one SMS Desk set, any other one the user typed and is kept.
    push_address: Callable[[Mapping[str, Any], str, str], dict[str, Any] | None] | None = None
    # refuses(text, phone, settings) -> why this vendor can never take ``text`` for ``phone``
    # (E.164; None while no number is known) with these account settings, or "" when it can.
    # The planner skips such recipients and Compose names the reason; nothing is sent.
    refuses: Callable[[str, str | None, Mapping[str, Any]], str] | None = None
    # The callback receiver's path kinds this vendor pushes to ("dr", "reply", "webhook"), each
    # with where the address goes in the vendor's console (QT_TRANSLATE_NOOP("Callbacks", ...)),
    # and the reader of a verified push (smsdesk.vendors.push).
    push_kinds: Mapping[str, str] = field(default_factory=dict)
    parse_push: PushParser | None = None
    # Template-only vendors: the templates kept in the account's settings (read at once)...
    saved_templates: Callable[[AccountConfig], list[TemplateChoice]] | None = None
    # ...or the approved ones asked from the vendor (a request: call it on a worker thread).
    fetch_templates: Callable[[VendorClient], list[TemplateChoice]] | None = None
    # required_params(account, template_id, template_text): the parameters that template needs a
    # value for (() when unknown). A send leaving one empty is refused at plan time (core.template_values).
    required_params: Callable[[AccountConfig, str, str], tuple[str, ...]] | None = None
    # replies_ready(settings): whether these settings let replies be fetched (TwSMS needs its
    # two-way code); None means whenever the vendor offers replies_poll.
    replies_ready: Callable[[Mapping[str, Any]], bool] | None = None
    # Error codes that mean this computer's clock is off (signed requests): the account test says so.
    clock_codes: tuple[str, ...] = ()
    # ISO region a number typed without a country code is read in (SepSMS's 0xxxxxxxxx is Thai);
    # "" means the desk's default region setting. core.settings.account_region reads it.
    home_region: str = ""
    # fill_template(template_text, values, sign, phone) -> what a template delivers with ``values``
    # filled in (priced and previewed); ``sign`` is the account's signature setting ("" when none),
    # ``phone`` E.164 or None for a Taiwan number. None: ``{{name}}`` placeholders are filled.
    fill_template: Callable[[str, Mapping[str, str], str, str | None], str] | None = None
    # plan_warning(settings, template_send) -> a sentence the confirmation adds for these account
    # settings ("" when none): what the estimate cannot count.
    plan_warning: Callable[[Mapping[str, Any], bool], str] | None = None

    def render_template(self, template_text: str, values: Mapping[str, str], *, sign: str = "",
                        phone: str | None = None) -> str:
        if self.fill_template is not None:
            return self.fill_template(template_text, values, sign, phone)
        from smsdesk.core.personalize import fill_template

        return fill_template(template_text, values, "double_brace")

    def warning(self, settings: Mapping[str, Any], *, template_send: bool) -> str:
        return self.plan_warning(settings, template_send) if self.plan_warning is not None else ""

    def refusal(self, text: str, phone: str | None, settings: Mapping[str, Any]) -> str:
        return self.refuses(text, phone, settings) if self.refuses is not None else ""

    @property
    def label(self) -> str:
        return translate("Vendor", self.name)

    @property
    def secret_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.secret)
