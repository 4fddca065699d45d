"""Keychain entries per data folder, the move of entries written under the old shared name, and
the backend named in words with a warning when it is not safe.

All folders here share one keyring backend, as every data folder on one computer shares the
system keychain.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from smsdesk.core import keychain
from smsdesk.core.accounts import LEGACY_SECRETS_KEY, Account, Accounts
from smsdesk.core.credentials import Credentials, MemoryKeyring
from smsdesk.core.keychain import LEGACY_SERVICE, Safety, describe_backend, folder_id
from smsdesk.core.store import Store


def open_accounts(folder: Path, backend: KeyringBackend) -> Accounts:
    return Accounts(Store(folder / "smsdesk.db"), Credentials(backend=backend))


def add_shop(accounts: Accounts, password: str) -> Account:
    return accounts.add("Shop", "twsms", {"username": "shop"}, {"password": password})


def password(folder: Path, backend: KeyringBackend, account_id: int) -> str | None:
    accounts = open_accounts(folder, backend)
    try:
        return accounts.config(accounts.get(account_id)).secrets.get("password")
    finally:
        accounts.store.close()


def test_two_folders_with_the_same_account_id_keep_their_own_passwords(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    a, b = tmp_path / "shop-a", tmp_path / "shop-b"
    first = open_accounts(a, backend)
    second = open_accounts(b, backend)
    shop_a, shop_b = add_shop(first, "Alpha-pass-1"), add_shop(second, "Bravo-pass-2")
    assert shop_a.id == shop_b.id  # the collision the old names had
    first.store.close()
    second.store.close()
    assert password(a, backend, shop_a.id) == "Alpha-pass-1"
    assert password(b, backend, shop_b.id) == "Bravo-pass-2"
    assert first.credentials.service != second.credentials.service
    assert first.credentials.service == f"SMS Desk {(a / 'keychain-id').read_text().strip()}"
    # Nothing under the old shared name.
    assert backend.get_password(LEGACY_SERVICE, f"{shop_a.key}/password") is None


def test_a_moved_folder_keeps_its_passwords(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    old = tmp_path / "old"
    accounts = open_accounts(old, backend)
    shop = add_shop(accounts, "Moved-along-3")
    accounts.store.close()
    new = tmp_path / "renamed" / "data"
    new.parent.mkdir()
    shutil.move(old, new)
    assert password(new, backend, shop.id) == "Moved-along-3"


def make_old_folder(folder: Path, backend: MemoryKeyring, secret: str) -> Account:
    """A data folder as the previous version left it: no keychain-id, the secret under the old name."""
    accounts = open_accounts(folder, backend)
    shop = add_shop(accounts, secret)
    entry = f"{shop.key}/password"
    backend.delete_password(accounts.credentials.service, entry)
    backend.set_password(LEGACY_SERVICE, entry, secret)
    accounts.store.execute("DELETE FROM kv WHERE key=?", (LEGACY_SECRETS_KEY,))
    accounts.store.close()
    (folder / "keychain-id").unlink()
    return shop


def test_first_start_moves_entries_from_the_old_shared_name(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    folder = tmp_path / "home"
    shop = make_old_folder(folder, backend, "Legacy-secret-4")
    assert password(folder, backend, shop.id) == "Legacy-secret-4"
    service = f"SMS Desk {folder_id(folder)}"
    assert backend.get_password(service, f"{shop.key}/password") == "Legacy-secret-4"
    assert backend.get_password(LEGACY_SERVICE, f"{shop.key}/password") is None
    assert Store(folder / "smsdesk.db").get_kv(LEGACY_SECRETS_KEY) == "1"
    # A second folder with the same account id does not find the first one's password any more.
    other = open_accounts(tmp_path / "other", backend)
    twin = add_shop(other, "Other-secret-5")
    assert twin.id == shop.id
    other.store.close()
    assert password(tmp_path / "other", backend, twin.id) == "Other-secret-5"
    assert password(folder, backend, shop.id) == "Legacy-secret-4"


def test_an_entry_saved_under_the_new_name_wins_over_an_old_one(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    folder = tmp_path / "home"
    shop = make_old_folder(folder, backend, "Stale-6")
    backend.set_password(f"SMS Desk {folder_id(folder)}", f"{shop.key}/password", "Current-7")
    assert password(folder, backend, shop.id) == "Current-7"
    assert backend.get_password(LEGACY_SERVICE, f"{shop.key}/password") is None


class LockedOnce(MemoryKeyring):
    """A keychain that is locked at first (macOS after wake, a Secret Service not yet unlocked)."""

    locked = True

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise KeyringLocked("locked")
        return super().get_password(service, username)


def test_a_locked_keychain_postpones_the_move_to_the_next_start(tmp_path: Path) -> None:
    backend = LockedOnce()
    folder = tmp_path / "home"
    backend.locked = False
    shop = make_old_folder(folder, backend, "Locked-8")
    backend.locked = True
    accounts = open_accounts(folder, backend)
    assert accounts.credentials.get(shop.key, "password") is None  # the first use tries the move
    assert accounts.store.get_kv(LEGACY_SECRETS_KEY) is None
    assert accounts.credentials.describe().safety is Safety.FAILING  # the dialog will say so
    assert "KeyringLocked" in accounts.credentials.describe().name
    accounts.store.close()
    backend.locked = False
    assert password(folder, backend, shop.id) == "Locked-8"
    assert backend.get_password(LEGACY_SERVICE, f"{shop.key}/password") is None


class Counting(MemoryKeyring):
    """Counts every call that reaches the keychain."""

    calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        return super().get_password(service, username)


def test_the_move_waits_for_the_first_secret_used_and_happens_once(tmp_path: Path) -> None:
    backend = Counting()
    folder = tmp_path / "home"
    shop = make_old_folder(folder, backend, "Later-9")
    backend.calls = 0
    accounts = open_accounts(folder, backend)
    accounts.ensure_sandbox()
    assert backend.calls == 0  # opening (the window's start) asks the keychain nothing
    assert accounts.store.get_kv(LEGACY_SECRETS_KEY) is None
    assert accounts.config(accounts.get(shop.id)).secrets.get("password") == "Later-9"
    assert accounts.store.get_kv(LEGACY_SECRETS_KEY) == "1"
    assert backend.get_password(LEGACY_SERVICE, f"{shop.key}/password") is None
    backend.calls = 0
    assert accounts.credentials.get(shop.key, "password") == "Later-9"
    assert backend.calls == 1  # the move ran once, not on every read
    accounts.store.close()


def test_the_move_runs_before_a_first_write_too(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    folder = tmp_path / "home"
    shop = make_old_folder(folder, backend, "Old-10")
    accounts = open_accounts(folder, backend)
    accounts.credentials.set("account-999", "password", "Unrelated-11")
    assert backend.get_password(accounts.credentials.service, f"{shop.key}/password") == "Old-10"
    assert backend.get_password(LEGACY_SERVICE, f"{shop.key}/password") is None
    accounts.store.close()


def test_opening_accounts_does_not_import_keyring(tmp_path: Path) -> None:
    code = ("import sys\n"
            "from smsdesk.core.accounts import Accounts\n"
            "from smsdesk.core.store import Store\n"
            f"a = Accounts(Store({str(tmp_path / 'db.sqlite')!r}))\n"
            "a.ensure_sandbox()\n"
            "assert 'keyring' not in sys.modules, 'keyring imported'\n"
            "from smsdesk.core import credentials\n"
            "assert credentials.MemoryKeyring.__module__ == 'smsdesk.core.credentials'\n"
            "assert 'keyring' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_the_folder_id_is_created_once_even_by_simultaneous_starts(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    ids: list[str] = []
    barrier = threading.Barrier(8)

    def start() -> None:
        barrier.wait()
        ids.append(folder_id(folder))

    threads = [threading.Thread(target=start) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(ids) == 8 and len(set(ids)) == 1
    assert (folder / "keychain-id").read_text().strip() == ids[0]
    assert sorted(p.name for p in folder.iterdir()) == ["keychain-id"]  # no temporary files left


def test_the_first_start_writes_the_folder_id(tmp_path: Path) -> None:
    accounts = open_accounts(tmp_path / "new", MemoryKeyring())
    accounts.store.close()
    written = (tmp_path / "new" / "keychain-id").read_text().strip()  # before anything is saved
    assert accounts.credentials.service == f"SMS Desk {written}" and len(written) == 16


def test_credentials_serve_one_folder(tmp_path: Path) -> None:
    credentials = Credentials(backend=MemoryKeyring(), folder=tmp_path / "a")
    with pytest.raises(ValueError, match="already serve"):
        credentials.bind_folder(tmp_path / "b")


# -- the backend in words ------------------------------------------------------------------------

class PlaintextKeyring(KeyringBackend):
    """Shaped like keyrings.alt's file backend (not a test dependency: installed, it would become
    every developer's default keyring)."""

    # keyrings.alt says 0.5; below zero keeps keyring from ever choosing this one by itself.
    priority = -1  # type: ignore[assignment]
    scheme = "no encyption"  # sic, as keyrings.alt spells it
    file_path = "/home/shop/.local/share/python_keyring/keyring_pass.cfg"

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


def test_backends_are_named_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import SecretService, Windows, macOS

    assert describe_backend(Windows.WinVaultKeyring()).name == "Windows Credential Manager"
    assert describe_backend(macOS.Keyring()).name == "macOS Keychain"
    assert describe_backend(SecretService.Keyring()).safety is Safety.SYSTEM
    for safe in (Windows.WinVaultKeyring(), macOS.Keyring(), SecretService.Keyring()):
        assert describe_backend(safe).warning is None
    # A chain is described by the backend that stores first.
    monkeypatch.setattr(chainer.ChainerBackend, "backends", property(lambda self: [macOS.Keyring(), fail.Keyring()]))
    assert describe_backend(chainer.ChainerBackend()).name == "macOS Keychain"


@pytest.mark.parametrize(("backend", "safety", "words"), [
    (fail.Keyring(), Safety.FAILING, "no usable system keychain"),
    (null.Keyring(), Safety.FAILING, "no usable system keychain"),
    (MemoryKeyring(), Safety.MEMORY, "forgotten when SMS Desk closes"),
    (PlaintextKeyring(), Safety.PLAIN_FILE, "unencrypted in a plain-text file"),
])
def test_unsafe_backends_warn_and_say_what_to_do(backend: KeyringBackend, safety: Safety, words: str) -> None:
    info = describe_backend(backend)
    assert info.safety is safety
    assert info.warning is not None and words in info.warning
    if safety is Safety.PLAIN_FILE:
        assert PlaintextKeyring.file_path in info.warning and "uninstall the keyrings.alt" in info.warning
    if safety is Safety.FAILING:
        assert "GNOME Keyring or KWallet" in info.warning


def test_only_failing_backends_count_as_unusable() -> None:
    assert not Credentials(backend=fail.Keyring()).usable()
    assert not Credentials(backend=null.Keyring()).usable()  # it would silently discard passwords
    assert Credentials(backend=MemoryKeyring()).usable()
    assert keychain.describe_backend(MemoryKeyring()).name == "memory (this session only)"
