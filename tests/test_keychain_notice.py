"""The Accounts dialog says where passwords go, in words, and warns when that is not safe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, macOS
from keyring.errors import KeyringLocked
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from test_keychain import PlaintextKeyring

from smsdesk.core.credentials import Credentials, KeyringUnavailable, MemoryKeyring
from smsdesk.gui.account_editor import AccountEditor
from smsdesk.gui.accounts_dialog import AccountManagerDialog
from smsdesk.gui.context import AppContext
from smsdesk.gui.keychain_notice import KeychainNotice


def open_ctx(backend: KeyringBackend) -> AppContext:
    return AppContext.open(credentials=Credentials(backend=backend))


@pytest.fixture
def contexts(home: Path) -> Iterator[list[AppContext]]:
    opened: list[AppContext] = []
    yield opened
    for ctx in opened:
        ctx.close()


def manager_notice(qtbot: QtBot, ctx: AppContext) -> KeychainNotice:
    manager = AccountManagerDialog(ctx)
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitExposed(manager)
    return manager.keychain_notice


def test_a_system_keychain_is_named_and_the_editor_stays_quiet(qtbot: QtBot, home: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    notice = KeychainNotice(Credentials(backend=macOS.Keyring(), folder=home), parent)
    assert notice.text() == "Passwords and keys are kept in: macOS Keychain."
    assert not notice.is_warning
    quiet = KeychainNotice(Credentials(backend=macOS.Keyring(), folder=home), parent, only_problems=True)
    parent.show()
    assert notice.isVisible() and not quiet.isVisible()
    assert "macOS" in notice.toolTip()  # keyring's own name, for support


def test_a_plain_text_file_is_an_error_with_what_to_do(qtbot: QtBot, contexts: list[AppContext]) -> None:
    contexts.append(open_ctx(PlaintextKeyring()))
    notice = manager_notice(qtbot, contexts[0])
    assert notice.isVisible() and notice.is_warning and notice.property("tone") == "error"
    assert "unencrypted in a plain-text file" in notice.text()
    assert PlaintextKeyring.file_path in notice.text()
    assert "uninstall the keyrings.alt package" in notice.text()


def test_no_keychain_warns_in_the_list_and_in_the_editor(qtbot: QtBot, contexts: list[AppContext]) -> None:
    contexts.append(open_ctx(fail.Keyring()))
    notice = manager_notice(qtbot, contexts[0])
    assert notice.property("tone") == "warning"
    assert "no usable system keychain" in notice.text() and "GNOME Keyring or KWallet" in notice.text()
    editor = AccountEditor(contexts[0])
    qtbot.addWidget(editor)
    editor.show()
    assert editor.keychain_notice.isVisible() and editor.keychain_notice.is_warning


def test_memory_only_says_passwords_are_forgotten(qtbot: QtBot, contexts: list[AppContext]) -> None:
    contexts.append(open_ctx(MemoryKeyring()))
    notice = manager_notice(qtbot, contexts[0])
    assert notice.is_warning and "forgotten when SMS Desk closes" in notice.text()
    editor = AccountEditor(contexts[0])
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.keychain_notice.isVisible()  # a developer's deliberate choice: said once


class Locked(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


def test_a_keychain_that_refuses_turns_the_notice_into_a_warning(qtbot: QtBot, home: Path) -> None:
    credentials = Credentials(backend=Locked(), folder=home)
    parent = QWidget()
    qtbot.addWidget(parent)
    notice = KeychainNotice(credentials, parent)
    assert not notice.is_warning  # an unknown backend is taken at its word until it fails
    with pytest.raises(KeyringUnavailable, match="locked"):
        credentials.set("account-1", "password", "secret-value-9")
    notice.refresh()
    assert "no usable system keychain" in notice.text() and "KeyringLocked" in notice.text()
