"""Secrets live only in the OS keyring, one entry per account and field.

When no usable keyring exists (or it is locked) the caller is told in words and
may choose to keep the secret in memory for this session only. There is no
file fallback, ever.
"""

from __future__ import annotations

import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

from smsdesk.core.redact import register_secret
from smsdesk.i18n import translate

SERVICE = "SMS Desk"


class MemoryKeyring(KeyringBackend):
    """Process-lifetime secrets: the tests' backend and the session-only choice."""

    # Below keyring's 'fail' backend (0): only ever used when chosen explicitly, so a
    # machine without a keychain is told so instead of silently forgetting passwords.
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._data.pop((service, username), None) is None:
                raise PasswordDeleteError("not found")


class KeyringUnavailable(Exception):
    """No usable OS keyring; the message says so and what the user can do."""

    def __init__(self, detail: str, *, locked: bool = False) -> None:
        self.locked = locked
        msg = (
            translate(
                "Credentials",
                "The system keychain is locked, so the password cannot be saved. Unlock it "
                "and try again, or keep the password for this session only (you will be "
                "asked again next time).",
            )
            if locked
            else translate(
                "Credentials",
                "No system keychain is available on this computer, so the password cannot "
                "be saved. You can keep it for this session only (you will be asked again "
                "next time). SMS Desk never writes passwords to a file.",
            )
        )
        super().__init__(msg)
        self.detail = detail


def _entry(account_key: str, field: str) -> str:
    return f"{account_key}/{field}"


class Credentials:
    """Reads and writes account secrets; keeps session-only ones in memory."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session = MemoryKeyring()

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def backend_name(self) -> str:
        backend = self.backend
        name = getattr(backend, "name", type(backend).__name__)
        return str(name)

    def get(self, account_key: str, field: str) -> str | None:
        value = self._session.get_password(SERVICE, _entry(account_key, field))
        if value is None:
            try:
                value = self.backend.get_password(SERVICE, _entry(account_key, field))
            except (NoKeyringError, KeyringLocked):
                value = None
            except KeyringError:
                value = None
        register_secret(value)
        return value

    def set(self, account_key: str, field: str, value: str, *, session_only: bool = False) -> None:
        value = value.strip()
        register_secret(value)
        if session_only:
            self._session.set_password(SERVICE, _entry(account_key, field), value)
            return
        try:
            self.backend.set_password(SERVICE, _entry(account_key, field), value)
            try:  # the saved value now wins over an earlier session-only one
                self._session.delete_password(SERVICE, _entry(account_key, field))
            except PasswordDeleteError:
                pass
        except KeyringLocked as exc:
            raise KeyringUnavailable(type(exc).__name__, locked=True) from None
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            raise KeyringUnavailable(type(exc).__name__) from None

    def is_session_only(self, account_key: str, field: str) -> bool:
        return self._session.get_password(SERVICE, _entry(account_key, field)) is not None

    def delete(self, account_key: str, field: str) -> None:
        try:
            self._session.delete_password(SERVICE, _entry(account_key, field))
        except PasswordDeleteError:
            pass
        try:
            self.backend.delete_password(SERVICE, _entry(account_key, field))
        except (PasswordDeleteError, NoKeyringError, KeyringLocked, KeyringError):
            pass

    def usable(self) -> bool:
        from keyring.backends import fail

        return not isinstance(self.backend, fail.Keyring)
