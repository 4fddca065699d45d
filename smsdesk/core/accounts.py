"""Vendor accounts: settings in the store, secrets in the keyring."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from smsdesk.core.credentials import Credentials
from smsdesk.core.desk import desk_id, desk_name
from smsdesk.core.sandbox_scope import SANDBOX_DESK, per_desk, settings_desk, visible
from smsdesk.core.store import Store, utcnow
from smsdesk.i18n import join_list, translate

if TYPE_CHECKING:  # the drivers load when an account is first used, not at start-up
    from smsdesk.vendors.base import AccountConfig, VendorClient, VendorSpec

SANDBOX_NAME = "Sandbox"
LEGACY_SECRETS_KEY = "keychain_legacy_adopted"


class AccountError(Exception):
    """A user-facing problem with an account (message is translated)."""


@dataclass
class Account:
    id: int
    name: str
    vendor: str
    settings: dict[str, Any] = field(default_factory=dict)
    base_url: str | None = None
    is_sandbox: bool = False
    low_balance: float | None = None

    @property
    def spec(self) -> VendorSpec:
        from smsdesk.vendors import get_spec

        try:
            return get_spec(self.vendor)
        except KeyError:  # its plugin was uninstalled or is broken: a stand-in that says so
            from smsdesk.vendors.missing import missing_spec

            return missing_spec(self.vendor)

    @property
    def key(self) -> str:
        # Keyring entries are keyed by id so a rename keeps the secret.
        return f"account-{self.id}"

    def declared_setting(self, key: str, default: Any) -> Any:
        """The setting ``key`` when the vendor declares that field, else ``default``.

        How core reads a field only some vendors have (a Tencent signature, TwSMS's
        long-message switch) without naming the vendor.
        """
        if not any(f.key == key for f in self.spec.fields):
            return default
        value = self.settings.get(key)
        return default if value is None else value


def _row_to_account(row: Any) -> Account:
    return Account(
        id=row["id"],
        name=row["name"],
        vendor=row["vendor"],
        settings=json.loads(row["settings"] or "{}"),
        base_url=row["base_url"],
        is_sandbox=bool(row["is_sandbox"]),
        low_balance=row["low_balance"],
    )


ClientFactory = Callable[[Account], "VendorClient"]  # how tracking and replies get a vendor client (tests pass theirs)


class Accounts:
    def __init__(self, store: Store, credentials: Credentials | None = None) -> None:
        self.store = store
        self.credentials = credentials or Credentials()
        self.credentials.bind_folder(store.path.parent)  # the keychain entries of this data folder
        _ = self.credentials.service  # writes the folder's keychain-id on its first start
        if self.store.get_kv(LEGACY_SECRETS_KEY) != "1":
            # On the first secret used, not here: a start that reads no secret (the Sandbox, the
            # window's first paint) never loads keyring or asks the OS keychain.
            self.credentials.before_first_use(self._adopt_legacy_secrets)

    def _adopt_legacy_secrets(self) -> None:
        """Once per data folder: take over entries written before names had a folder id."""
        if self.store.closed or self.store.get_kv(LEGACY_SECRETS_KEY) == "1":
            return
        entries = [(a.key, f.key) for a in self.all() for f in a.spec.secret_fields]
        if self.credentials.adopt_legacy(entries):
            self.store.set_kv(LEGACY_SECRETS_KEY, "1")

    def ensure_sandbox(self) -> Account | None:
        """Create the built-in Sandbox account on first start (on a shared workspace: this desk's own).

        If the user later removes it while other accounts exist, it stays removed.
        """
        if per_desk(self.store):
            return self._ensure_desk_sandbox()
        existing = self.store.query_one(
            "SELECT * FROM accounts WHERE is_sandbox=1 AND removed_at IS NULL ORDER BY id LIMIT 1"
        )
        if existing:
            return _row_to_account(existing)
        if self.store.get_kv("sandbox_created") == "1" and self.all():
            return None
        return self._add_sandbox({})

    def _ensure_desk_sandbox(self) -> Account | None:
        mine = desk_id(self.store)
        rows = self.store.query("SELECT * FROM accounts WHERE is_sandbox=1 AND removed_at IS NULL ORDER BY id")
        for row in rows:
            if settings_desk(row["settings"]) == mine:
                return _row_to_account(row)
        for row in rows:  # made before each desk had its own: the first desk that starts takes it
            if settings_desk(row["settings"]) is None:
                claimed = json.dumps({**json.loads(row["settings"] or "{}"), SANDBOX_DESK: mine}, ensure_ascii=False)
                if self.store.execute("UPDATE accounts SET settings=?, updated_at=? WHERE id=? AND settings=?",
                                      (claimed, utcnow(), row["id"], row["settings"])).rowcount == 1:
                    self.store.set_kv("sandbox_created", "1")
                    return self.get(row["id"])
        if self.store.get_kv("sandbox_created") == "1" and self.all():
            return None
        return self._add_sandbox({SANDBOX_DESK: mine})

    def _add_sandbox(self, settings: dict[str, Any]) -> Account:
        from smsdesk.vendors import SANDBOX

        # On a workspace the plain name may be another desk's Sandbox (hidden here, still taken).
        label = desk_name() if per_desk(self.store) else "SMS Desk"
        names = [SANDBOX_NAME, f"{SANDBOX_NAME} ({label})", *(f"{SANDBOX_NAME} ({label} {n})" for n in range(2, 10))]
        for attempt, name in enumerate(n for n in names if not self._name_taken(n)):
            try:
                account = self.add(name, SANDBOX, settings, {}, is_sandbox=True)
            except (AccountError, sqlite3.IntegrityError):  # another desk took the name just now
                if attempt >= 2:
                    raise
                continue
            self.store.set_kv("sandbox_created", "1")
            return account
        raise AccountError(translate("Accounts", "An account named \u201c{name}\u201d already exists.").format(
            name=SANDBOX_NAME))

    def _name_taken(self, name: str) -> bool:
        """Any account of that name, another desk's Sandbox included (names are unique in the store)."""
        return self.store.query_one("SELECT 1 FROM accounts WHERE lower(name)=lower(?) AND removed_at IS NULL",
                                    (name.strip(),)) is not None

    def all(self) -> list[Account]:
        return [_row_to_account(r) for r in self.store.query(
            "SELECT * FROM accounts WHERE removed_at IS NULL ORDER BY is_sandbox DESC, name"
        ) if visible(self.store, bool(r["is_sandbox"]), r["settings"])]

    def fingerprint(self) -> tuple[object, ...]:
        """Changes whenever an account is added, edited or removed, by this process or another
        (the command line): a cheap check before re-reading the accounts."""
        row = self.store.query_one("SELECT count(*), max(id), max(updated_at), max(removed_at) FROM accounts")
        return tuple(row) if row else ()

    def find(self, name: str) -> Account | None:
        row = self.store.query_one(
            "SELECT * FROM accounts WHERE name=? AND removed_at IS NULL", (name.strip(),)
        )
        if row is None or not visible(self.store, bool(row["is_sandbox"]), row["settings"]):
            return None
        return _row_to_account(row)

    def get(self, account_id: int) -> Account:
        row = self.store.query_one("SELECT * FROM accounts WHERE id=?", (account_id,))
        if row is None:
            raise AccountError(translate("Accounts", "That account no longer exists."))
        return _row_to_account(row)

    def require(self, name: str) -> Account:
        account = self.find(name)
        if account is None:
            names = join_list(a.name for a in self.all()) or "-"
            raise AccountError(
                translate("Accounts", "There is no account named \u201c{name}\u201d. Accounts: {names}.").format(
                    name=name, names=names
                )
            )
        return account

    def add(
        self,
        name: str,
        vendor: str,
        settings: dict[str, Any],
        secrets: dict[str, str],
        *,
        base_url: str | None = None,
        is_sandbox: bool = False,
        session_only: bool = False,
    ) -> Account:
        from smsdesk.vendors import get_spec

        name = name.strip()
        if not name:
            raise AccountError(translate("Accounts", "Give the account a name."))
        try:
            spec = get_spec(vendor)
        except KeyError:
            raise AccountError(
                translate("Accounts", "Unknown vendor \u201c{vendor}\u201d.").format(vendor=vendor)
            ) from None
        if self._name_taken(name):
            raise AccountError(
                translate("Accounts", "An account named \u201c{name}\u201d already exists.").format(name=name)
            )
        clean = _clean_settings(spec, settings)
        _check_required(spec, clean, secrets)
        now = utcnow()
        with self.store.transaction() as db:
            cur = db.execute(
                "INSERT INTO accounts(name, vendor, settings, base_url, is_sandbox, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?) RETURNING id",
                (name, vendor, json.dumps(clean, ensure_ascii=False), _clean_url(base_url),
                 int(is_sandbox), now, now),
            )
            account_id = int(cur.fetchone()[0])
        account = self.get(account_id)
        try:
            for key, value in secrets.items():
                if value and value.strip():
                    self.credentials.set(account.key, key, value, session_only=session_only)
        except Exception:
            self.store.execute("DELETE FROM accounts WHERE id=?", (account_id,))
            raise
        return account

    def update(
        self,
        account: Account,
        *,
        name: str | None = None,
        settings: dict[str, Any] | None = None,
        secrets: dict[str, str] | None = None,
        base_url: str | Literal[False] | None = False,  # False: keep the current one
        low_balance: float | bool | None = False,
        session_only: bool = False,
    ) -> Account:
        spec = account.spec
        new_name = (name or account.name).strip()
        if new_name.lower() != account.name.lower() and self._name_taken(new_name):
            raise AccountError(
                translate("Accounts", "An account named \u201c{name}\u201d already exists.").format(name=new_name)
            )
        merged = dict(account.settings)
        if settings:
            merged.update(_clean_settings(spec, settings))
        url = account.base_url if base_url is False else _clean_url(base_url)
        low = account.low_balance if low_balance is False else low_balance
        self.store.execute(
            "UPDATE accounts SET name=?, settings=?, base_url=?, low_balance=?, updated_at=? WHERE id=?",
            (new_name, json.dumps(merged, ensure_ascii=False), url, low, utcnow(), account.id),
        )
        for key, value in (secrets or {}).items():
            if value and value.strip():
                self.credentials.set(account.key, key, value, session_only=session_only)
        return self.get(account.id)

    def remove(self, account: Account) -> None:
        """Delete the account and its keyring entries; jobs keep their history."""
        for f in account.spec.secret_fields:
            self.credentials.delete(account.key, f.key)
        with self.store.transaction() as db:
            used = db.execute("SELECT COUNT(*) FROM jobs WHERE account_id=?", (account.id,)).fetchone()[0]
            if used:
                # A Sandbox keeps its desk: its history stays that desk's (core/sandbox_scope.py).
                owner = settings_desk(account.settings) if account.is_sandbox else None
                db.execute(
                    "UPDATE accounts SET name=?, settings=?, removed_at=? WHERE id=?",
                    (f"{account.name} (#{account.id})", json.dumps({SANDBOX_DESK: owner} if owner else {}),
                     utcnow(), account.id),
                )
            else:
                db.execute("DELETE FROM accounts WHERE id=?", (account.id,))

    def config(self, account: Account) -> AccountConfig:
        from smsdesk.core import paths
        from smsdesk.vendors.base import AccountConfig

        secrets = {}
        for f in account.spec.secret_fields:
            value = self.credentials.get(account.key, f.key)
            if value:
                secrets[f.key] = value
        return AccountConfig(
            name=account.name,
            vendor=account.vendor,
            settings=dict(account.settings),
            secrets=secrets,
            base_url=account.base_url,
            data_dir=str(paths.home()),
        )

    def missing_secrets(self, account: Account) -> list[str]:
        return [
            f.key for f in account.spec.secret_fields
            if f.required and not self.credentials.get(account.key, f.key)
        ]

    def client(self, account: Account, **kwargs: Any) -> VendorClient:
        missing = self.missing_secrets(account)
        if missing:
            raise AccountError(
                translate(
                    "Accounts",
                    "The password or key of \u201c{name}\u201d is not saved on this computer ({fields}). "
                    "Open Accounts and enter it again.",
                ).format(name=account.name, fields=join_list(missing))
            )
        return account.spec.client(self.config(account), **kwargs)


def _clean_settings(spec: VendorSpec, settings: dict[str, Any]) -> dict[str, Any]:
    secret_keys = {f.key for f in spec.secret_fields}
    known = {f.key: f for f in spec.fields}
    clean: dict[str, Any] = {}
    for key, value in settings.items():
        if key in secret_keys:
            raise AccountError(
                translate("Accounts", "\u201c{key}\u201d is a secret; it is kept in the system keychain, not in settings.").format(key=key)
            )
        field_spec = known.get(key)
        if isinstance(value, str):
            value = value.strip()
            if field_spec is not None and field_spec.kind == "bool":
                value = value.lower() in ("1", "true", "yes", "y", "on")
            elif field_spec is not None and field_spec.kind == "int" and value:
                try:
                    value = int(value)
                except ValueError:
                    raise AccountError(
                        translate("Accounts", "\u201c{key}\u201d must be a whole number.").format(key=key)
                    ) from None
        clean[key] = value
    return clean


def _check_required(spec: VendorSpec, settings: dict[str, Any], secrets: dict[str, str]) -> None:
    missing = [
        f.key for f in spec.fields
        if f.required and not (secrets.get(f.key) if f.secret else settings.get(f.key))
    ]
    if missing:
        raise AccountError(
            translate("Accounts", "{vendor} needs: {fields}.").format(
                vendor=spec.label, fields=join_list(missing)
            )
        )


def _clean_url(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise AccountError(
            translate("Accounts", "The base URL must start with https:// (or http:// for a local test server).")
        )
    return url
