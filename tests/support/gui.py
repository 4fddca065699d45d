"""Shared GUI test helpers."""

from __future__ import annotations

from collections.abc import Iterator
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


def opened_ctx() -> Iterator[Any]:
    """An AppContext for a test, closed after its worker has finished (``yield from`` it in a fixture)."""
    from PySide6.QtWidgets import QApplication

    from smsdesk.gui.context import AppContext

    context = AppContext.open()
    yield context
    for _ in range(20):
        context.worker.wait(10000)
        QApplication.processEvents()
        if not context.worker.busy:
            break
    context.worker.cancel_all()
    context.worker.wait(10000)
    context.store.close()


def compose_tabs(qtbot: QtBot, ctx: Any) -> Iterator[Any]:
    """A factory of shown Compose tabs whose lists have loaded; sends are cancelled and tabs shut down after."""
    from smsdesk.gui.tabs.compose import ComposeTab

    tabs: list[Any] = []

    def make() -> Any:
        tab = ComposeTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1100, 700)
        tab.show()
        qtbot.waitUntil(lambda: tab.lists.count() > 0)  # lists load on the worker
        tabs.append(tab)
        return tab

    yield make
    for tab in tabs:
        if tab.control is not None:
            tab.control.cancel()
        tab.shutdown()
