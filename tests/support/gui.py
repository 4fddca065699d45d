"""Shared GUI test helpers."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot


def shown_main_window(qtbot: QtBot, ctx: Any) -> Any:
    """The real main window over ``ctx``, shown and exposed (closed by qtbot at the end)."""
    from smsdesk.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def private_ctx() -> Any:
    """An AppContext with a keyring of its own: account ids restart at 1 in every fresh database."""
    from smsdesk.core.credentials import Credentials, MemoryKeyring
    from smsdesk.gui.context import AppContext

    return AppContext.open(credentials=Credentials(backend=MemoryKeyring()))
