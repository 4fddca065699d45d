"""A shared workspace's address: ``postgresql://user@host:port/database``, and its password.

The password lives in the data folder's keychain entry ``workspace:<user>@<host>/<db>`` (core/credentials.py),
never in the URL that is stored, logged or shown: :attr:`WorkspaceUrl.display` and
:meth:`WorkspaceUrl.redact` leave it out. A password typed into a URL (as psql accepts it) is
used for this connection only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from smsdesk.i18n import translate

log = logging.getLogger("smsdesk.store")



def keychain_entry(user: str, host: str, database: str) -> str:
    return f"workspace:{user}@{host}/{database}"


@dataclass(frozen=True)
class WorkspaceUrl:
    user: str
    host: str
    port: int
    database: str
    query: str
    typed_password: str | None  # from the URL itself; never shown

    @classmethod
    def parse(cls, url: str) -> WorkspaceUrl:
        parts = urlsplit(url.strip())
        if parts.scheme.lower() not in ("postgresql", "postgres") or not parts.hostname:
            raise ValueError(translate("Store", "A shared workspace address looks like "
                                       "postgresql://user@server/database."))
        return cls(user=unquote(parts.username or ""), host=parts.hostname, port=parts.port or 5432,
                   database=unquote(parts.path.lstrip("/")) or unquote(parts.username or "") or "postgres",
                   query=parts.query, typed_password=unquote(parts.password) if parts.password else None)

    @property
    def host_display(self) -> str:
        return self.host if self.port == 5432 else f"{self.host}:{self.port}"

    @property
    def display(self) -> str:
        """The address without any password: what is stored, logged and shown."""
        user = f"{self.user}@" if self.user else ""
        return f"postgresql://{user}{self.host_display}/{self.database}"

    @property
    def keychain_entry(self) -> str:
        return keychain_entry(self.user, self.host, self.database)

    def password(self) -> str | None:
        if self.typed_password is not None:
            return self.typed_password
        try:  # the data folder's keychain entry, where Tools → Shared workspace keeps it (core/workspace.py)
            from smsdesk.core.credentials import Credentials

            return Credentials().get(self.keychain_entry, "password")
        except Exception as exc:  # no usable keychain: try without (trust/peer auth, .pgpass)
            log.info("no keychain for the shared workspace password: %s", type(exc).__name__)
            return None

    def conninfo(self) -> str:
        from psycopg.conninfo import make_conninfo

        extra = dict(pair.split("=", 1) for pair in self.query.split("&") if "=" in pair)
        password = self.password()
        return make_conninfo(
            "", host=self.host, port=self.port, dbname=self.database, user=self.user or None,
            password=password or None, application_name="smsdesk", connect_timeout=10,
            # A server that vanished is noticed within about half a minute, not hours.
            keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3,
            tcp_user_timeout=30_000, **{k: unquote(v) for k, v in extra.items()},
        )

    def redact(self, text: str) -> str:
        password = self.typed_password or None
        if password:
            text = text.replace(password, "***")
        return re.sub(r"(postgres(?:ql)?://[^:/@\s]*):[^@\s]*@", r"\1:***@", text)

    def connect_error(self, exc: Exception) -> Exception:
        """Why connecting failed, in words (kind "unreachable", "denied", "missing")."""
        from smsdesk.core.store import StoreError

        detail = self.redact(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
        low = str(exc).lower()
        if "password authentication failed" in low or "no password supplied" in low:
            return StoreError(translate(
                "Store", "The shared workspace server {server} refused the user {user}: the password is wrong "
                "or missing. Enter it again in Tools → Shared workspace.").format(
                    server=self.host_display, user=self.user), "denied")
        if "does not exist" in low and "database" in low:
            return StoreError(translate(
                "Store", "The shared workspace server {server} has no database {database}. Create it (see the "
                "README, “Shared workspace”) or correct the address.").format(
                    server=self.host_display, database=self.database), "missing")
        return self.unreachable(detail)

    def unreachable(self, error: object) -> Exception:
        """A lost or failed connection: kind "unreachable" (the send stops before its next request)."""
        from smsdesk.core.store import StoreError

        detail = self.redact(str(error).strip().splitlines()[0] if str(error).strip() else "connection lost")
        return StoreError(translate(
            "Store", "The shared workspace server {server} cannot be reached ({error}). SMS Desk stopped before "
            "the next message: nothing more was sent, and nothing will be sent twice. Check the network and "
            "that the server is running, then resume the job (Status tab, or smsdesk-cli resume).",
        ).format(server=self.host_display, error=detail), "unreachable")
