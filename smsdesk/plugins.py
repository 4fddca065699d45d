"""Entry-point plugins: vendor drivers and their simulators (no Qt).

A package adds a vendor by declaring ``<id> = "module:SPEC"`` (or just ``"module"``,
which must hold ``SPEC``) in the ``smsdesk.vendors`` entry-point group, and optionally
its simulator in ``smsdesk.simulators`` (``<prefix> = "module:Sim"``). SMS Desk declares
its own drivers there too; the built-in table below covers runs where the package
metadata is missing or stale (a source checkout on PYTHONPATH, the PyInstaller bundle).
Nothing is imported until it is asked for, and a plugin that fails to load is skipped
with a logged warning: one broken package must never stop the app.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Mapping
from typing import Any

log = logging.getLogger("smsdesk.plugins")

VENDOR_GROUP = "smsdesk.vendors"
SIMULATOR_GROUP = "smsdesk.simulators"


def discover(group: str, builtins: Mapping[str, str]) -> dict[str, str]:
    """Name -> "module[:attr]" for ``group``: the built-ins first, in their order, then plugins by name.

    A plugin may not take a built-in's name (a warning says so); the first of two plugins with
    one name wins.
    """
    from importlib import metadata  # scans sys.path: only when a registry is first asked

    found = dict(builtins)
    try:
        points = sorted(metadata.entry_points(group=group), key=lambda ep: ep.name)
    except Exception:  # unreadable metadata of some installed package: keep the built-ins
        log.warning("Could not read the %s entry points; using the built-in ones only", group, exc_info=True)
        return found
    for ep in points:
        known = found.get(ep.name)
        if known is None:
            found[ep.name] = ep.value
        elif known != ep.value:
            log.warning("Plugin entry point %s = %s in group %s ignored: %r is already provided by %s",
                        ep.name, ep.value, group, ep.name, known)
    return found


def load(target: str, attr: str) -> Any:
    """Import "module[:attr]"; a bare module yields its ``attr``. Import errors propagate."""
    module_name, _, obj_path = target.partition(":")
    obj: Any = importlib.import_module(module_name.strip())
    for part in (obj_path.strip().split(".") if obj_path.strip() else [attr]):
        obj = getattr(obj, part)
    return obj
