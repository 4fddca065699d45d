"""Secrets live only in the OS keyring, one entry per account and field.

Entries are named ``SMS Desk <folder id>`` / ``account-<id>/<field>``: the service name says
which data folder they belong to (``core.keychain``). When no usable keyring exists (or it is
locked) the caller is told in words and may choose to keep the secret in memory for this
session only. SMS Desk has no file fallback, ever.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smsdesk.core import keychain
from smsdesk.core.redact import register_secret
from smsdesk.i18n import translate

# keyring is imported on the first secret read or written, not at start-up: with jaraco's
# helpers (urllib.request, importlib_metadata) it costs ~35 ms, a sixth of the window's start.
if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    MemoryKeyring: type[KeyringBackend]


class _SessionSecrets:
    """Process-lifetime secrets (the session-only choice), without keyring."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._data.get((service, username))

    def set(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._data[(service, username)] = password

    def delete(self, service: str, username: str) -> None:
        with self._lock:
            self._data.pop((service, username), None)


def _memory_keyring_class() -> type[KeyringBackend]:
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        """Process-lifetime secrets: the tests' backend (``PYTHON_KEYRING_BACKEND``)."""

        # Below keyring's 'fail' backend (0): only ever used when chosen explicitly, so a
        # machine without a keychain is told so instead of silently forgetting passwords.
        priority = -1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring's KeyringBackend.__init__ is unannotated
            self._secrets = _SessionSecrets()

        def get_password(self, service: str, username: str) -> str | None:
            return self._secrets.get(service, username)

        def set_password(self, service: str, username: str, password: str) -> None:
            self._secrets.set(service, username, password)

        def delete_password(self, service: str, username: str) -> None:
            if self._secrets.get(service, username) is None:
                raise PasswordDeleteError("not found")
            self._secrets.delete(service, username)

    MemoryKeyring.__qualname__ = "MemoryKeyring"  # keychain names backends by module.qualname
    return MemoryKeyring


_class_lock = threading.Lock()


def __getattr__(name: str) -> Any:
    """``MemoryKeyring`` is made on first access, so importing this module stays keyring-free."""
    if name == "MemoryKeyring":
        with _class_lock:
            cls = globals().get("_MemoryKeyring")
            if cls is None:
                cls = globals()["_MemoryKeyring"] = _memory_keyring_class()
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    """Reads and writes one data folder's account secrets; keeps session-only ones in memory.

    ``folder`` is the data folder whose entries these are; without one, the first use binds
    the current ``paths.home()`` (``Accounts`` binds the store's folder). ``before_first_use``
    runs once, before the keyring is first touched (``Accounts`` adopts legacy entries there).
    """

    def __init__(self, backend: KeyringBackend | None = None, *, folder: Path | None = None) -> None:
        self._backend = backend
        self._session = _SessionSecrets()
        self._folder = folder
        self._service: str | None = None
        self._first_use: Callable[[], None] | None = None
        self._first_use_lock = threading.RLock()
        self.last_error: str | None = None  # the keyring's last failure, for the Accounts dialog

    @property
    def folder(self) -> Path | None:
        return self._folder

    def bind_folder(self, folder: Path) -> None:
        """Serve ``folder``'s entries; a Credentials never switches folders once bound."""
        folder = Path(folder).resolve()
        if self._folder is not None and Path(self._folder).resolve() != folder:
            raise ValueError(f"these credentials already serve {self._folder}")
        self._folder = folder

    def before_first_use(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` once, just before the first read, write or delete in the keyring."""
        with self._first_use_lock:
            self._first_use = hook

    def _used(self) -> None:
        if self._first_use is None:
            return
        with self._first_use_lock:  # re-entrant: the hook itself reads the keyring
            hook, self._first_use = self._first_use, None
            if hook is not None:
                hook()

    @property
    def service(self) -> str:
        if self._service is None:
            if self._folder is None:
                from smsdesk.core import paths

                self._folder = paths.home()
            self._service = keychain.service_for(self._folder)
        return self._service

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def backend_name(self) -> str:
        """The backend's technical name (keyring's), for diagnostics; ``describe`` has words."""
        backend = self.backend
        return str(getattr(backend, "name", type(backend).__name__))

    def describe(self) -> keychain.BackendInfo:
        """The backend in words and how safe it is; failing when it just refused to work."""
        info = keychain.describe_backend(self.backend)
        if self.last_error and info.safety is not keychain.Safety.FAILING:
            return keychain.BackendInfo(f"{info.name}: {self.last_error}", keychain.Safety.FAILING,
                                        info.location)
        return info

    def _failed(self, exc: Exception) -> None:
        self.last_error = type(exc).__name__

    def get(self, account_key: str, field: str) -> str | None:
        value = self._session.get(self.service, _entry(account_key, field))
        if value is None:
            self._used()
            backend = self.backend
            from keyring.errors import KeyringError

            try:
                value = backend.get_password(self.service, _entry(account_key, field))
                self.last_error = None
            except (KeyringError, RuntimeError) as exc:
                self._failed(exc)
                value = None
        register_secret(value)
        return value

    def set(self, account_key: str, field: str, value: str, *, session_only: bool = False) -> None:
        value = value.strip()
        register_secret(value)
        entry = _entry(account_key, field)
        if session_only:
            self._session.set(self.service, entry, value)
            return
        self._used()
        backend = self.backend
        from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

        try:
            backend.set_password(self.service, entry, value)
            self.last_error = None
            self._session.delete(self.service, entry)  # the saved value now wins over a session-only one
        except KeyringLocked as exc:
            self._failed(exc)
            raise KeyringUnavailable(type(exc).__name__, locked=True) from None
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            self._failed(exc)
            raise KeyringUnavailable(type(exc).__name__) from None

    def is_session_only(self, account_key: str, field: str) -> bool:
        return self._session.get(self.service, _entry(account_key, field)) is not None

    def delete(self, account_key: str, field: str) -> None:
        self._session.delete(self.service, _entry(account_key, field))
        self._used()
        backend = self.backend
        from keyring.errors import KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

        try:
            backend.delete_password(self.service, _entry(account_key, field))
        except (PasswordDeleteError, NoKeyringError, KeyringLocked, KeyringError):
            pass

    def usable(self) -> bool:
        """False when the backend cannot keep anything (keyring's fail or null backend)."""
        return keychain.describe_backend(self.backend).safety is not keychain.Safety.FAILING

    def adopt_legacy(self, entries: Iterable[tuple[str, str]]) -> bool:
        """Move entries saved under the old shared name to this folder's name.

        ``entries`` are (account key, field) pairs of this folder's accounts. An entry already
        saved under the new name is kept, and the old one is deleted only once the new one
        reads back. Returns False when the keyring failed, so the caller tries again next start.
        """
        backend = self.backend
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            for account_key, field in entries:
                entry = _entry(account_key, field)
                old = backend.get_password(keychain.LEGACY_SERVICE, entry)
                if old is None:
                    continue
                register_secret(old)
                if backend.get_password(self.service, entry) is None:
                    backend.set_password(self.service, entry, old)
                    if backend.get_password(self.service, entry) != old:
                        continue
                try:
                    backend.delete_password(keychain.LEGACY_SERVICE, entry)
                except PasswordDeleteError:
                    pass
        except (KeyringError, RuntimeError) as exc:
            self._failed(exc)
            return False
        return True
