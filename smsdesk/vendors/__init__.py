"""Vendor clients behind one interface (no Qt): the registry of drivers.

Drivers are plugins of the ``smsdesk.vendors`` entry-point group (see smsdesk.plugins and
docs/adding-a-vendor.md); each gives a :class:`VendorSpec`, imported when first asked for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping

from smsdesk import plugins
from smsdesk.vendors.base import VendorSpec

log = logging.getLogger("smsdesk.vendors")

# The built-in practice vendor every new data file gets an account of (no money, no network).
SANDBOX = "sandbox"

# Shipped drivers, also declared as entry points in pyproject.toml (tests/test_vendor_plugin.py
# keeps the two equal); used as they are where no package metadata is found.
BUILTIN_VENDORS: dict[str, str] = {
    "sandbox": "smsdesk.vendors.sandbox:SPEC",
    "twsms": "smsdesk.vendors.twsms:SPEC",
    "smsget": "smsdesk.vendors.smsget:SPEC",
    "sepsms": "smsdesk.vendors.sepsms:SPEC",
    "engagelab": "smsdesk.vendors.engagelab:SPEC",
    "tencent": "smsdesk.vendors.tencent:SPEC",
}


class _Registry(Mapping[str, str]):
    """Vendor id -> where its spec loads from; built-ins first, then installed plugins."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._targets: dict[str, str] | None = None
        self._specs: dict[str, VendorSpec] = {}
        self._broken: set[str] = set()

    def _all(self) -> dict[str, str]:
        with self._lock:
            if self._targets is None:
                self._targets = plugins.discover(plugins.VENDOR_GROUP, BUILTIN_VENDORS)
            return self._targets

    def reload(self) -> None:
        """Look for installed plugins again (after sys.path changed)."""
        with self._lock:
            self._targets = None
            self._specs.clear()
            self._broken.clear()

    def __getitem__(self, vendor: str) -> str:
        # A plugin never takes a built-in's id, so a built-in needs no scan of the installed
        # packages' metadata (~15 ms at start-up); the first listing of all vendors does it.
        return BUILTIN_VENDORS.get(vendor) or self._all()[vendor]

    def __contains__(self, vendor: object) -> bool:
        return vendor in BUILTIN_VENDORS or vendor in self._all()

    def __iter__(self) -> Iterator[str]:
        # A plugin is listed only once it has loaded, so whoever walks the list can ask for each
        # spec; built-ins stay lazy (they are part of the app).
        ids = []
        for vendor in list(self._all()):
            if vendor not in BUILTIN_VENDORS:
                try:
                    self.spec(vendor)
                except KeyError:
                    continue
            ids.append(vendor)
        return iter(ids)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def spec(self, vendor: str) -> VendorSpec:
        cached = self._specs.get(vendor)
        if cached is not None:
            return cached
        target = self[vendor]  # KeyError: no such vendor
        if vendor in self._broken:
            raise KeyError(vendor)
        try:
            spec = plugins.load(target, "SPEC")
            if not isinstance(spec, VendorSpec) or spec.id != vendor:
                raise TypeError(f"{target} is not the VendorSpec of {vendor!r}")
        except Exception:
            if vendor in BUILTIN_VENDORS:
                raise  # our own driver: a bug to see, not a plugin to skip
            log.warning("Vendor plugin %r (%s) could not be loaded and is skipped", vendor, target, exc_info=True)
            self._broken.add(vendor)
            raise KeyError(vendor) from None
        self._specs[vendor] = spec
        return spec


# Every vendor id the registry knows (built-in and plugins), in a fixed order.
VENDOR_MODULES = _Registry()


def get_spec(vendor: str) -> VendorSpec:
    """The driver of ``vendor``; KeyError when no driver of that id loads."""
    return VENDOR_MODULES.spec(vendor)


def all_specs() -> list[VendorSpec]:
    """Every driver that loads; a broken plugin is left out (and logged)."""
    specs = []
    for vendor in list(VENDOR_MODULES):
        try:
            specs.append(get_spec(vendor))
        except KeyError:
            continue
    return specs


def reload() -> None:
    VENDOR_MODULES.reload()
