"""Secrets live only in the OS keyring, one entry per account and field.

When no usable keyring exists (or it is locked) the caller is told in words and
may choose to keep the secret in memory for this session only. There is no
file fallback, ever.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from smsdesk.core.redact import register_secret
from smsdesk.i18n import translate

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from smsdesk.core.memory_keyring import MemoryKeyring as MemoryKeyring

# ``keyring`` (60-100 ms to import, more while it probes the system's backends) loads on the
# first secret read or written, not at start-up.

SERVICE = "SMS Desk"


def __getattr__(name: str) -> Any:
    # PYTHON_KEYRING_BACKEND=smsdesk.core.credentials.MemoryKeyring names it here.
    if name == "MemoryKeyring":
        from smsdesk.core.memory_keyring import MemoryKeyring

        return MemoryKeyring
    raise AttributeError(name)


class _SessionSecrets:
    """Session-only secrets: this process's memory, nothing else."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._data.get((service, username))

    def set(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._data[(service, username)] = password

    def pop(self, service: str, username: str) -> None:
        with self._lock:
            self._data.pop((service, username), None)


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
        self._session = _SessionSecrets()

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def backend_name(self) -> str:
        backend = self.backend
        name = getattr(backend, "name", type(backend).__name__)
        return str(name)

    def get(self, account_key: str, field: str) -> str | None:
        value = self._session.get(SERVICE, _entry(account_key, field))
        if value is None:
            from keyring.errors import KeyringError

            try:
                value = self.backend.get_password(SERVICE, _entry(account_key, field))
            except KeyringError:  # none, locked or failing: the caller asks the user
                value = None
        register_secret(value)
        return value

    def set(self, account_key: str, field: str, value: str, *, session_only: bool = False) -> None:
        value = value.strip()
        register_secret(value)
        if session_only:
            self._session.set(SERVICE, _entry(account_key, field), value)
            return
        from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

        try:
            self.backend.set_password(SERVICE, _entry(account_key, field), value)
            self._session.pop(SERVICE, _entry(account_key, field))  # the saved value now wins
        except KeyringLocked as exc:
            raise KeyringUnavailable(type(exc).__name__, locked=True) from None
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            raise KeyringUnavailable(type(exc).__name__) from None

    def is_session_only(self, account_key: str, field: str) -> bool:
        return self._session.get(SERVICE, _entry(account_key, field)) is not None

    def delete(self, account_key: str, field: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        self._session.pop(SERVICE, _entry(account_key, field))
        try:
            self.backend.delete_password(SERVICE, _entry(account_key, field))
        except (PasswordDeleteError, KeyringError):
            pass

    def usable(self) -> bool:
        from keyring.backends import fail

        return not isinstance(self.backend, fail.Keyring)
