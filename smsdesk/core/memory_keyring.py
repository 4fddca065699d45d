"""A keyring backend in this process's memory: the tests' backend, chosen explicitly
(``PYTHON_KEYRING_BACKEND=smsdesk.core.credentials.MemoryKeyring``), never a fallback."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Process-lifetime secrets."""

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
