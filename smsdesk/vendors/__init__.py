"""Vendor clients behind one interface (no Qt).

Each vendor module defines ``SPEC: VendorSpec``; :func:`get_spec` imports it lazily.
"""

from __future__ import annotations

import importlib

from smsdesk.vendors.base import VendorSpec

# The built-in practice vendor every new data file gets an account of (no money, no network).
SANDBOX = "sandbox"

VENDOR_MODULES: dict[str, str] = {
    "sandbox": "smsdesk.vendors.sandbox",
    "twsms": "smsdesk.vendors.twsms",
    "smsget": "smsdesk.vendors.smsget",
    "sepsms": "smsdesk.vendors.sepsms",
    "engagelab": "smsdesk.vendors.engagelab",
    "tencent": "smsdesk.vendors.tencent",
}


def get_spec(vendor: str) -> VendorSpec:
    try:
        module = importlib.import_module(VENDOR_MODULES[vendor])
    except KeyError:
        raise KeyError(vendor) from None
    spec: VendorSpec = module.SPEC
    return spec


def all_specs() -> list[VendorSpec]:
    return [get_spec(v) for v in VENDOR_MODULES]
