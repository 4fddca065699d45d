"""Whose Sandbox is it: on a shared workspace each desk practises on its own.

A Sandbox pretends to send from this computer (its messages, replies and credit live in the data
folder's sandbox.db), so on a shared PostgreSQL workspace every desk keeps its own Sandbox account:
its settings carry the desk id (core/desk.py) under :data:`SANDBOX_DESK`. The account list, the
jobs lists, the inbox and the balances leave out the Sandbox accounts of other desks (and a legacy
one that no desk has claimed yet). On SQLite (one desk) every Sandbox is this desk's.
"""

from __future__ import annotations

import json
from typing import Any

from smsdesk.core.desk import desk_id

SANDBOX_DESK = "desk_id"  # key in a Sandbox account's settings JSON: the desk it belongs to


def per_desk(store: Any) -> bool:
    """True on a shared workspace: there a Sandbox belongs to one desk."""
    return getattr(getattr(store, "dialect", None), "name", "sqlite") != "sqlite"


def settings_desk(settings: str | dict[str, Any] | None) -> str | None:
    """The desk id a Sandbox account's settings (JSON text or dict) name; None when unowned."""
    data = json.loads(settings or "{}") if isinstance(settings, str | type(None)) else settings
    value = data.get(SANDBOX_DESK) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


def visible(store: Any, is_sandbox: bool, settings: str | dict[str, Any] | None) -> bool:
    """Whether this desk shows an account: every real one, and a Sandbox only when it is this desk's."""
    if not is_sandbox or not per_desk(store):
        return True
    return settings_desk(settings) == desk_id(store)


def foreign_sandbox_ids(store: Any) -> list[int]:
    """Ids of the Sandbox accounts that are not this desk's (none on SQLite), removed ones included."""
    if not per_desk(store):
        return []
    mine = desk_id(store)
    return [int(r["id"]) for r in store.query("SELECT id, settings FROM accounts WHERE is_sandbox=1")
            if settings_desk(r["settings"]) != mine]


def hide_foreign(store: Any, column: str) -> tuple[str, list[int]]:
    """A WHERE term (and its arguments) that drops rows of ``column`` (an account id) naming another
    desk's Sandbox; ("", []) when there is nothing to hide. A NULL account (removed) stays."""
    ids = foreign_sandbox_ids(store)
    if not ids:
        return "", []
    marks = ",".join("?" * len(ids))
    return f"({column} IS NULL OR {column} NOT IN ({marks}))", ids
