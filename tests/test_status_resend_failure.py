"""A Send again that stops with an error leaves no phantom live send on the Status tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx
from test_status_tab import make_tab, select_rows, send, states_shown, tw_phones, twsms, wait_rows

from smsdesk.core.jobs import Jobs
from smsdesk.gui.context import AppContext
from smsdesk.sim.server import Simulator


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def test_send_again_that_fails_is_not_left_as_a_live_send(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = twsms(ctx, sim)
    a, b = tw_phones(2)
    job = send(ctx, account, [a, b], "Hi there")
    sim.vendors["twsms"].fail(b, push=False)
    tab = make_tab(qtbot, ctx)
    wait_rows(qtbot, tab, 2)
    tab.refresh_selected()
    qtbot.waitUntil(lambda: states_shown(tab).get(b) == "Failed", timeout=5000)
    select_rows(tab, [0, 1])
    tab.resend_selected()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=5000)
    ctx.accounts.credentials.delete(account.key, "password")  # the keychain lost it meanwhile
    shown: list[str] = []

    def close_error() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close_error)

    QTimer.singleShot(20, close_error)
    dialog = tab.confirm_dialog
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Open Accounts" in shown[0]  # the error says what to do
    new_job = max(j.id for j in Jobs(ctx.store).list())
    assert new_job != job
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=10000)
    assert not ctx.sends.is_sending(new_job)  # no Pause/Cancel for a send that is not running
