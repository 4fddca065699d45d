"""A shared workspace's connection: its settings, its password in the keychain, and Test connection.

The URL kept in the settings (``workspace.url``) never holds the password: that lives in this
desk's keychain under ``workspace:<user>@<host>/<database>``. :func:`check_connection` tells,
in words, why a server cannot be used; the window runs it on a worker thread. Qt-free.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol
from urllib.parse import quote, unquote, urlsplit

from smsdesk.core.desk import DESK_NAME
from smsdesk.core.desk import WORKSPACE_URL as WORKSPACE_URL  # settings key: postgresql://user@host:port/db
from smsdesk.i18n import translate

WORKSPACE_DESK = DESK_NAME  # settings key: this desk's name (core/desk.py reads it without Qt)
DEFAULT_PORT = 5432
MIN_SERVER = 120000  # PostgreSQL 12: the oldest still receiving fixes when this was written
PASSWORD_FIELD = "password"


class CredentialStore(Protocol):
    """What core.credentials.Credentials offers (so this module does not import keyring)."""

    def get(self, account_key: str, field: str) -> str | None: ...

    def set(self, account_key: str, field: str, value: str, *, session_only: bool = False) -> None: ...


@dataclass(frozen=True)
class Workspace:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def url(self) -> str:
        """postgresql://user@host:port/database: safe to store and show (no password in it)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/{quote(self.database, safe='')}"

    @property
    def keychain_key(self) -> str:
        return f"workspace:{self.user}@{self.host}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> Workspace:
        """Parse a postgresql:// URL (a password in it is ignored here: it belongs in the keychain)."""
        parts = urlsplit(url.strip())
        if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
            raise ValueError(translate("Workspace", "A shared workspace address looks like "
                                       "postgresql://user@server/database, not \u201c{url}\u201d.").format(
                url=_without_password(url)))
        database = unquote(parts.path.lstrip("/"))
        user = unquote(parts.username or "")
        if not database or not user:
            raise ValueError(translate("Workspace", "The shared workspace address needs a user and a database: "
                                       "postgresql://user@server/database."))
        return cls(host=parts.hostname, database=database, user=user, port=parts.port or DEFAULT_PORT)

    def password(self, credentials: CredentialStore) -> str | None:
        return credentials.get(self.keychain_key, PASSWORD_FIELD)

    def save_password(self, credentials: CredentialStore, password: str) -> None:
        credentials.set(self.keychain_key, PASSWORD_FIELD, password)

    def connect_kwargs(self, password: str | None, *, timeout: int = 10) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"host": self.host, "port": self.port, "dbname": self.database,
                                  "user": self.user, "connect_timeout": timeout,
                                  "application_name": "SMS Desk"}
        if password:
            kwargs["password"] = password
        return kwargs


def password_from_url(url: str) -> str | None:
    """The password written into a URL (``--database postgresql://u:pw@h/db``), to move into the keychain."""
    secret = urlsplit(url.strip()).password
    return unquote(secret) if secret else None


def _without_password(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url
    return url.replace(":" + parts.password + "@", "@", 1)


def default_desk_name() -> str:
    return socket.gethostname().split(".")[0] or "desk"


# -- Test connection --------------------------------------------------------------------------


class Outcome(Enum):
    OK = "ok"
    UNREACHABLE = "unreachable"
    WRONG_PASSWORD = "wrong-password"
    NOT_ALLOWED = "not-allowed"  # pg_hba.conf has no line for this computer or user
    NO_DATABASE = "no-database"
    TOO_OLD = "too-old"
    FAILED = "failed"


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    message: str
    server_version: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


def version_verdict(ws: Workspace, version_num: int, version: str) -> Verdict:
    """OK for PostgreSQL 12 and newer, TOO_OLD below (``version_num`` as server_version_num)."""
    if version_num < MIN_SERVER:
        return Verdict(Outcome.TOO_OLD, translate(
            "Workspace", "The server runs PostgreSQL {version}, which is too old: a shared workspace needs "
            "PostgreSQL 12 or newer. Upgrade the server, or use another one.").format(version=version), version)
    return Verdict(Outcome.OK, translate(
        "Workspace", "Connected to PostgreSQL {version} on {host} as {user}: this server can hold the shared "
        "workspace.").format(version=version, host=ws.host, user=ws.user), version)


def classify_failure(ws: Workspace, error: str) -> Verdict:
    """A refused connection in words, from libpq's message (SQLSTATE is not given before login)."""
    low = error.lower()
    if "password authentication failed" in low or "no password supplied" in low or "password is required" in low:
        return Verdict(Outcome.WRONG_PASSWORD, translate(
            "Workspace", "The server refused the password for the user {user}. Check the user name and the "
            "password (they are case-sensitive) and try again.").format(user=ws.user))
    if "database" in low and "does not exist" in low:
        return _no_database(ws)
    if "no pg_hba.conf entry" in low or "pg_hba.conf rejects" in low:
        return Verdict(Outcome.NOT_ALLOWED, translate(
            "Workspace", "The server does not let {user} connect from this computer. Add a line for this "
            "computer's network to the server's pg_hba.conf (with scram-sha-256), reload the server and try "
            "again.").format(user=ws.user))
    if "timeout expired" in low or "could not translate host name" in low or "connection refused" in low:
        return _unreachable(ws, error)
    return Verdict(Outcome.FAILED, translate(
        "Workspace", "The server {host} did not accept the connection: {error}").format(
        host=ws.host, error=error.strip()))


def _no_database(ws: Workspace) -> Verdict:
    return Verdict(Outcome.NO_DATABASE, translate(
        "Workspace", "The server has no database named {database}. Check the name, or create it on the server "
        "(createdb -O {user} {database}) and try again.").format(database=ws.database, user=ws.user))


def _unreachable(ws: Workspace, error: str) -> Verdict:
    return Verdict(Outcome.UNREACHABLE, translate(
        "Workspace", "The server {host} cannot be reached on port {port} ({error}). Check the server's name and "
        "port, that PostgreSQL runs there and listens on the network (listen_addresses), and that no firewall "
        "blocks port {port}.").format(host=ws.host, port=ws.port, error=error.strip().splitlines()[0]))


def check_connection(ws: Workspace, password: str | None, *, timeout: int = 8) -> Verdict:
    """Connect once and say whether this server can hold a shared workspace, and if not, why."""
    import psycopg

    try:
        with socket.create_connection((ws.host, ws.port), timeout=timeout):
            pass
    except OSError as exc:
        return _unreachable(ws, exc.strerror or str(exc))
    try:
        conn = psycopg.connect(**ws.connect_kwargs(password, timeout=timeout))
    except psycopg.Error as exc:
        verdict = classify_failure(ws, str(exc))
        if verdict.outcome is Outcome.FAILED and ws.database != "postgres":
            # A server speaking another language: if the same login reaches "postgres", the database is missing.
            try:
                psycopg.connect(**Workspace(ws.host, "postgres", ws.user, ws.port).connect_kwargs(
                    password, timeout=timeout)).close()
            except psycopg.Error:
                return verdict
            return _no_database(ws)
        return verdict
    try:
        number = int(conn.info.server_version)
        version = (conn.info.parameter_status("server_version") or str(number)).split()[0]
    finally:
        conn.close()
    return version_verdict(ws, number, version)
