"""Which keychain entries belong to which data folder, and what the keyring backend is, in words.

Every data folder has its own keychain service name, ``SMS Desk <folder id>``: two shops (or
``--home`` folders) on one computer can both have an account number 2 with different passwords.
The id is random and stored in the folder's ``keychain-id`` file on first start, so a moved or
renamed folder keeps its secrets; a copied folder shares them until one copy's file is deleted
(that copy then asks for its passwords again).
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from smsdesk.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

LEGACY_SERVICE = "SMS Desk"  # before folder ids: one name shared by every data folder
ID_FILE = "keychain-id"
_ID = re.compile(r"[0-9a-f]{16}")


def _read_id(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except FileNotFoundError:
        return None
    return text if _ID.fullmatch(text) else None


def folder_id(folder: Path) -> str:
    """The data folder's keychain id, created (16 hex digits) on first use."""
    path = folder / ID_FILE
    found = _read_id(path)
    if found is not None:
        return found
    import secrets  # hmac and hashlib: only for a new folder, not at every start

    folder.mkdir(parents=True, exist_ok=True)
    new_id = secrets.token_hex(8)
    tmp = folder / f".{ID_FILE}.{new_id}.tmp"
    tmp.write_text(new_id + "\n", encoding="ascii")
    try:
        # A hard link appears complete and never replaces: of two windows starting at once, the
        # first one wins and the other reads its id.
        os.link(tmp, path)
    except FileExistsError:
        if _read_id(path) is None:  # junk in the file: nothing can be found under it anyway
            os.replace(tmp, path)
    except OSError:  # a file system without hard links (FAT, some network shares)
        with contextlib.suppress(FileExistsError), open(path, "x", encoding="ascii") as out:
            out.write(new_id + "\n")
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    found = _read_id(path)
    if found is None:
        raise OSError(f"could not write {path}")
    return found


def service_for(folder: Path) -> str:
    return f"{LEGACY_SERVICE} {folder_id(folder)}"


class Safety(Enum):
    """How well a backend protects what it stores."""

    SYSTEM = "system"  # the OS keychain, encrypted and tied to the user's login
    ENCRYPTED_FILE = "encrypted-file"
    PLAIN_FILE = "plain-file"  # readable by anyone who can read the file
    UNENCRYPTED = "unencrypted"
    MEMORY = "memory"  # forgotten when SMS Desk closes
    FAILING = "failing"  # nothing can be stored


@dataclass(frozen=True)
class BackendInfo:
    name: str  # in words, translated
    safety: Safety
    location: str = ""  # the file, for file backends

    @property
    def warning(self) -> str | None:
        """What is wrong and what to do, or None when the secrets are safe."""
        if self.safety is Safety.PLAIN_FILE:
            return translate(
                "Keychain",
                "Passwords and keys are saved unencrypted in a plain-text file ({path}): anyone who can "
                "read that file can send SMS at your cost. Set up the system keychain (on Linux: GNOME "
                "Keyring or KWallet), uninstall the keyrings.alt package, restart SMS Desk and enter the "
                "passwords again; then delete that file.").format(path=self.location or self.name)
        if self.safety is Safety.UNENCRYPTED:
            return translate(
                "Keychain",
                "{name} keeps passwords and keys unencrypted. Set up the system keychain (on Linux: "
                "GNOME Keyring or KWallet), restart SMS Desk and enter the passwords again.").format(
                name=self.name)
        if self.safety is Safety.MEMORY:
            return translate(
                "Keychain",
                "Passwords and keys are kept in memory only and are forgotten when SMS Desk closes.")
        if self.safety is Safety.FAILING:
            return translate(
                "Keychain",
                "This computer has no usable system keychain ({name}): passwords and keys can be kept only "
                "until SMS Desk closes. On Windows and macOS, sign in to your own user account and restart "
                "SMS Desk; on Linux, install and unlock GNOME Keyring or KWallet (a Secret Service), then "
                "restart SMS Desk.").format(name=self.name)
        return None


# Backends by "module.Class" (keyring's own and the common third-party ones), without importing
# any of them: what a user can install is open-ended, and most of them exist on one OS only.
_KNOWN: dict[str, tuple[str, Safety]] = {
    "keyring.backends.Windows.WinVaultKeyring":
        (QT_TRANSLATE_NOOP("Keychain", "Windows Credential Manager"), Safety.SYSTEM),
    "keyring.backends.macOS.Keyring":
        (QT_TRANSLATE_NOOP("Keychain", "macOS Keychain"), Safety.SYSTEM),
    "keyring.backends.SecretService.Keyring":
        (QT_TRANSLATE_NOOP("Keychain", "Secret Service (GNOME Keyring, KWallet)"), Safety.SYSTEM),
    "keyring.backends.libsecret.Keyring":
        (QT_TRANSLATE_NOOP("Keychain", "Secret Service (libsecret)"), Safety.SYSTEM),
    "keyring.backends.kwallet.DBusKeyring":
        (QT_TRANSLATE_NOOP("Keychain", "KDE Wallet"), Safety.SYSTEM),
    "keyring.backends.kwallet.DBusKeyringKWallet4":
        (QT_TRANSLATE_NOOP("Keychain", "KDE Wallet"), Safety.SYSTEM),
    "keyrings.alt.Windows.RegistryKeyring":
        (QT_TRANSLATE_NOOP("Keychain", "Windows registry, encrypted for your account"), Safety.SYSTEM),
    "keyring_pass.PasswordStoreBackend":
        (QT_TRANSLATE_NOOP("Keychain", "pass (GnuPG)"), Safety.SYSTEM),
    "keyrings.alt.file.EncryptedKeyring":
        (QT_TRANSLATE_NOOP("Keychain", "encrypted file (keyrings.alt)"), Safety.ENCRYPTED_FILE),
    "keyrings.cryptfile.cryptfile.CryptFileKeyring":
        (QT_TRANSLATE_NOOP("Keychain", "encrypted file (keyrings.cryptfile)"), Safety.ENCRYPTED_FILE),
    "keyrings.alt.file.PlaintextKeyring":
        (QT_TRANSLATE_NOOP("Keychain", "plain-text file (keyrings.alt)"), Safety.PLAIN_FILE),
    "smsdesk.core.credentials.MemoryKeyring":
        (QT_TRANSLATE_NOOP("Keychain", "memory (this session only)"), Safety.MEMORY),
    "keyring.backends.fail.Keyring":
        (QT_TRANSLATE_NOOP("Keychain", "none found"), Safety.FAILING),
    "keyring.backends.null.Keyring":
        (QT_TRANSLATE_NOOP("Keychain", "none (passwords are discarded)"), Safety.FAILING),
}


def describe_backend(backend: KeyringBackend) -> BackendInfo:
    """Name ``backend`` in words and say how safe it is (a chain: the backend that stores first)."""
    chained = getattr(backend, "backends", None)
    if type(backend).__name__ == "ChainerBackend" and chained:
        return describe_backend(chained[0])
    qualified = f"{type(backend).__module__}.{type(backend).__qualname__}"
    location = str(getattr(backend, "file_path", "") or "")
    known = _KNOWN.get(qualified)
    if known is not None:
        name, safety = known
        return BackendInfo(translate("Keychain", name), safety, location)
    name = str(getattr(backend, "name", qualified))
    scheme = str(getattr(backend, "scheme", "")).lower()
    if "plaintext" in type(backend).__name__.lower() or scheme.startswith("no enc"):
        return BackendInfo(name, Safety.PLAIN_FILE if location else Safety.UNENCRYPTED, location)
    return BackendInfo(name, Safety.SYSTEM, location)
