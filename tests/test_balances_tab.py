"""Balances: concurrent refresh where one vendor is slow and one fails; low-balance crossing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from smsdesk.gui.context import AppContext
from smsdesk.gui.main_window import MainWindow
from smsdesk.sim.server import Simulator


def status_of(window: MainWindow, name: str) -> str:
    tab = window.balances
    item = tab.table.item(tab._rows[name], 6)
    return item.text() if item else ""


def balance_of(window: MainWindow, name: str) -> str:
    tab = window.balances
    item = tab.table.item(tab._rows[name], 2)
    return item.text() if item else ""


def test_refresh_all_is_concurrent_and_failures_stay_on_their_row(qtbot: QtBot, home: Path, sim: Simulator) -> None:
    ctx = AppContext.open()
    sim.vendors["twsms"].add_account("slow", "slow-pass", balance=321)
    sim.vendors["smsget"].add_account("ok", "ok-pass", balance=88)
    tencent = sim.vendors["tencent"].seed_demo()
    ctx.accounts.add("Slow TwSMS", "twsms", {"username": "slow"}, {"password": "slow-pass"},
                     base_url=sim.base_url("twsms"))
    ctx.accounts.add("Broken SMS-Get", "smsget", {"username": "ok"}, {"password": "wrong-pass"},
                     base_url=sim.base_url("smsget"))
    ctx.accounts.add("Tencent", "tencent", {"sdkappid": tencent["sdkappid"], "sign": tencent["sign"]},
                     {"appkey": tencent["appkey"]}, base_url=sim.base_url("tencent"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.balances)
    sim.set_latency("twsms", 1.5)
    window.balances.refresh_all()
    # The failing and the fast accounts are done while the slow one is still being asked.
    qtbot.waitUntil(lambda: "password" in status_of(window, "Broken SMS-Get").lower(), timeout=5000)
    qtbot.waitUntil(lambda: balance_of(window, "Sandbox") == "500", timeout=5000)
    assert status_of(window, "Slow TwSMS") == "Asking\u2026"
    qtbot.waitUntil(lambda: "No balance query in Tencent v5" in status_of(window, "Tencent"), timeout=5000)
    qtbot.waitUntil(lambda: balance_of(window, "Slow TwSMS") == "321", timeout=8000)
    assert status_of(window, "Slow TwSMS") == "OK"
    qtbot.waitUntil(lambda: window.balances.refresh_button.isEnabled(), timeout=5000)
    window.close()
    ctx.close()


def test_low_balance_warns_once_per_crossing(qtbot: QtBot, home: Path, sim: Simulator) -> None:
    ctx = AppContext.open()
    sim.vendors["twsms"].add_account("shop", "shop-pass", balance=500)
    account = ctx.accounts.add("Shop", "twsms", {"username": "shop"}, {"password": "shop-pass"},
                               base_url=sim.base_url("twsms"))
    ctx.accounts.update(account, low_balance=600)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tab = window.balances
    tab.reload()
    with qtbot.waitSignal(tab.low_balance, timeout=5000) as blocker:
        tab.refresh_all()
    assert blocker.args == ["Shop", 500.0]
    qtbot.waitUntil(lambda: status_of(window, "Shop").startswith("Low balance"), timeout=5000)
    assert window.notifier.shown and "Shop" in window.notifier.shown[-1][1]
    # Still low on the next reading: no second notification.
    emitted: list[object] = []
    tab.low_balance.connect(lambda *a: emitted.append(a))
    qtbot.waitUntil(lambda: tab.refresh_button.isEnabled(), timeout=5000)
    tab.refresh_all()
    qtbot.waitUntil(lambda: tab.refresh_button.isEnabled(), timeout=5000)
    assert emitted == []
    # Topped up above the threshold, then under it again: a new crossing.
    sim.vendors["twsms"].set_balance("shop", 900)
    tab.refresh_all()
    qtbot.waitUntil(lambda: status_of(window, "Shop") == "OK", timeout=5000)
    sim.vendors["twsms"].set_balance("shop", 100)
    with qtbot.waitSignal(tab.low_balance, timeout=5000):
        tab.refresh_all()
    window.close()
    ctx.close()
