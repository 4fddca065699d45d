"""The README's vendor table and account instructions, written from the drivers' declarations.

``tools/vendor_table.py`` puts them into README.md between the ``vendor-table`` markers and
``tests/test_readme_vendors.py`` fails when the README no longer matches the drivers, so the
table never says what a driver does not declare. English, like the README.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from smsdesk.vendors import BUILTIN_VENDORS, SANDBOX, get_spec
from smsdesk.vendors.base import AccountConfig, VendorSpec

BEGIN = "<!-- vendor-table: written by tools/vendor_table.py from the drivers; do not edit by hand -->"
END = "<!-- /vendor-table -->"

# A number the driver has no reason to treat as home: its batch limit abroad.
ABROAD = "+14155550123"
_REGIONS = {"TW": "Taiwan (+886)", "TH": "Thailand (+66)", "CN": "mainland China (+86)"}
COLUMNS = ("vendor", "what you need", "numbers without +country code", "sends", "scheduling", "status",
           "replies", "balance")


def shipped_specs() -> list[VendorSpec]:
    """The vendors SMS Desk ships with a real service behind them, in the registry's order."""
    return [get_spec(v) for v in BUILTIN_VENDORS if v != SANDBOX]


def _duration(delta: timedelta) -> str:
    minutes = round(delta.total_seconds() / 60)
    if minutes < 60 * 24:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    days = round(minutes / (60 * 24))
    return f"{days} day{'s' if days != 1 else ''}"


def _region(spec: VendorSpec) -> str:
    if not spec.home_region:
        return "the default country (Settings)"
    return _REGIONS.get(spec.home_region, spec.home_region)


def _needs(spec: VendorSpec) -> str:
    parts = []
    for f in spec.fields:
        if f.kind == "templates":
            parts.append(f"{f.label} you enter")
        elif f.required:
            parts.append(f"{f.label} (secret)" if f.secret else f"{f.label} (`{f.key}`)")
    return ", ".join(parts)


def _sends(spec: VendorSpec) -> str:
    caps = spec.capabilities
    what = "approved templates" if caps.template_only else "free text"
    if caps.batch_max <= 1:
        size = "one number per request"
    else:
        size = f"up to {caps.batch_max:,} numbers per request"
        client = spec.client(AccountConfig("", spec.id))
        try:
            abroad = client.batch_limit(ABROAD)
        finally:
            client.close()
        if caps.international and abroad < caps.batch_max:
            size += " (numbers abroad: one per request)" if abroad == 1 else f" (numbers abroad: {abroad})"
    parts = [what, size]
    if caps.per_recipient_variables:
        parts.append("per-recipient variables")
    if not caps.international:
        parts.append("home country only")
    return "; ".join(parts)


def _scheduling(spec: VendorSpec) -> str:
    caps = spec.capabilities
    if not caps.native_schedule:
        return "none: SMS Desk sends at the time (keep the app running)"
    parts = [f"`{caps.schedule_format}`" + (", Taiwan time" if caps.schedule_taiwan_time else "")]
    window = []
    if caps.schedule_min_ahead:
        window.append(f"at least {_duration(caps.schedule_min_ahead)}")
    if caps.schedule_max_ahead:
        window.append(f"at most {_duration(caps.schedule_max_ahead)}")
    if window:
        parts.append(" and ".join(window) + " ahead")
    if caps.cancel_scheduled:
        parts.append("cancel")
    return "; ".join(parts)


def _status(spec: VendorSpec) -> str:
    caps = spec.capabilities
    parts = []
    if caps.status_query:
        parts.append("asked" + (f" for {_duration(caps.status_horizon)}" if caps.status_horizon else ""))
    if caps.push_callbacks:
        parts.append("pushed to the callback receiver")
    return "; ".join(parts) or "none"


def _replies(spec: VendorSpec) -> str:
    caps = spec.capabilities
    parts = []
    if caps.replies_poll:
        parts.append("fetched")
    if caps.replies_callback:
        parts.append("pushed to the callback receiver")
    return "; ".join(parts) or "\u2013"


def _balance(spec: VendorSpec) -> str:
    caps = spec.capabilities
    return caps.balance_unit if caps.balance else "not offered"


def row(spec: VendorSpec) -> list[str]:
    return [f"**{spec.name}**", _needs(spec), _region(spec), _sends(spec), _scheduling(spec), _status(spec),
            _replies(spec), _balance(spec)]


def vendor_table(specs: Iterable[VendorSpec] | None = None) -> str:
    """The Markdown table and each vendor's account instructions (its declared help)."""
    specs = list(shipped_specs() if specs is None else specs)
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(row(spec)) + " |" for spec in specs]
    lines.append("")
    lines.append("Where to find what each account needs, as the account dialog says it:")
    lines.append("")
    lines += [f"- **{spec.name}**: {spec.help}" for spec in specs if spec.help]
    return "\n".join(lines)


def readme_block(specs: Iterable[VendorSpec] | None = None) -> str:
    return f"{BEGIN}\n{vendor_table(specs)}\n{END}"


def replace_block(readme: str, block: str) -> str:
    """``readme`` with the text between the markers replaced by ``block``; ValueError without markers."""
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        raise ValueError("README.md has no vendor-table markers")
    return readme[:start] + block + readme[end + len(END):]
