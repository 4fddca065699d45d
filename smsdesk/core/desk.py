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

import threading
from typing import Any

from smsdesk.core import paths

WORKSPACE_URL = "workspace.url"
DESK_NAME = "workspace.desk_name"
DESK_ID_KEY = "workspace.desk_id"  # store kv, per desk: who "this desk" is in the workspace's records
_desk_id_lock = threading.Lock()


def ini_setting(key: str) -> str | None:
    """One plain string setting from settings.ini as QSettings wrote it; None when unset or unreadable.

    Read line by line rather than with configparser (a few ms of the start): QSettings writes
    ``[section]`` headers and ``key=value`` lines only; the last of a repeated key wins.
    """
    try:
        text = paths.settings_path().read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    want_section, _, name = key.rpartition("/")
    want_section = want_section or "General"
    section, found = "", None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line[0] == "[" and line[-1] == "]":
            section = line[1:-1].strip()
        elif section == want_section and "=" in line:
            k, _, v = line.partition("=")
            if k.strip() == name:
                found = v.strip()
    return None if found is None else (_unescape(found) or None)


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "0": "\0"}


def _unescape(text: str) -> str:
    """A value as QSettings escapes it: ``"..."`` keeps spaces and commas, ``\\x`` escapes, ``\\xhhhh`` a code."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == '"':
            i += 1
            continue
        if c == "\\" and i + 1 < len(text):
            c = text[i + 1]
            i += 1
            if c == "x":
                digits = ""
                while i + 1 < len(text) and len(digits) < 4 and text[i + 1] in "0123456789abcdefABCDEF":
                    digits += text[i + 1]
                    i += 1
                c = chr(int(digits, 16)) if digits else "x"
            else:
                c = _ESCAPES.get(c, c)
        out.append(c)
        i += 1
    return "".join(out)


def desk_name() -> str:
    import socket

    return (ini_setting(DESK_NAME) or socket.gethostname() or "?").strip()


def desk_id(store: Any) -> str:
    """This data folder's desk id, made on first use (``store``: a Store; its kv key stays on this desk)."""
    with _desk_id_lock:  # two worker threads at a first start make one id, not two
        value = str(store.get_kv(DESK_ID_KEY) or "")
        if not value:
            import secrets

            value = secrets.token_hex(8)
            store.set_kv(DESK_ID_KEY, value)
        return value


def os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some services, containers)
        return "?"


def who() -> str:
    """``<desk name> (<OS user>)``: recorded on a job when it is created and a reply when handled."""
    return f"{desk_name()} ({os_user()})"
