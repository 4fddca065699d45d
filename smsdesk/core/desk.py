"""This computer as the shared workspace knows it: its desk name, and who did something.

Read from the data folder's settings.ini without Qt (the CLI opens its store before any
Qt import): ``workspace.url`` (the shared workspace, see core/store.py:open_store) and
``workspace.desk_name`` (default: the computer's name). The window writes both keys with
QSettings, which keeps them in the file's ``[General]`` section.

The desk id (:func:`desk_id`) is a random token kept in this desk's own store keys: on a shared
workspace in the data folder's desk-kv.json (core/pg_store.py LOCAL_KV), never in the shared
database, so it stays the same for one data folder and differs between desks.
"""

from __future__ import annotations

import configparser
import getpass
import secrets
import socket
import threading
from typing import Any

from smsdesk.core import paths

WORKSPACE_URL = "workspace.url"
DESK_NAME = "workspace.desk_name"
DESK_ID_KEY = "workspace.desk_id"  # store kv, per desk: who "this desk" is in the workspace's records
_desk_id_lock = threading.Lock()


def ini_setting(key: str) -> str | None:
    """One plain string setting from settings.ini as QSettings wrote it; None when unset or unreadable."""
    path = paths.settings_path()
    if not path.exists():
        return None
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeError):
        return None
    section, _, name = key.rpartition("/")
    section = section or "General"
    if not parser.has_option(section, name):
        return None
    value = parser.get(section, name).strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value or None


def desk_name() -> str:
    return (ini_setting(DESK_NAME) or socket.gethostname() or "?").strip()


def desk_id(store: Any) -> str:
    """This data folder's desk id, made on first use (``store``: a Store; its kv key stays on this desk)."""
    with _desk_id_lock:  # two worker threads at a first start make one id, not two
        value = str(store.get_kv(DESK_ID_KEY) or "")
        if not value:
            value = secrets.token_hex(8)
            store.set_kv(DESK_ID_KEY, value)
        return value


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some services, containers)
        return "?"


def who() -> str:
    """``<desk name> (<OS user>)``: recorded on a job when it is created and a reply when handled."""
    return f"{desk_name()} ({os_user()})"
