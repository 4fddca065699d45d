"""A keyring backend for TESTS that span processes (the app itself never stores secrets in files).

Select with PYTHON_KEYRING_BACKEND=support.file_keyring.FileKeyring and point
SMSDESK_TEST_KEYRING at a JSON file inside the test's tmp folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 0.1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["SMSDESK_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self.path.write_text(json.dumps(data), "utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError("not found")
        self.path.write_text(json.dumps(data), "utf-8")
