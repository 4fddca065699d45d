"""SMS-Get numbers the plan skips: the document's 16 countries, and two-way to Taiwan only.

The send would refuse them anyway (``smsget.format_phone``); asked at plan time they
are skipped with the reason instead of being priced and then failing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smsdesk.vendors.base import VendorError


def two_way(settings: Mapping[str, Any]) -> bool:
    value = settings.get("two_way")
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "on")
    return bool(value)


def refuses(text: str, phone: str | None, settings: Mapping[str, Any]) -> str:
    """VendorSpec.refuses for SMS-Get: why ``phone`` cannot get a message, or ""."""
    if phone is None:
        return ""
    from smsdesk.vendors.smsget import format_phone  # smsget imports this module for its SPEC

    try:
        format_phone(phone, two_way=two_way(settings))
    except VendorError as err:
        return err.message
    return ""
