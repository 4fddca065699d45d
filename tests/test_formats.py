"""Numbers, points, dates and times are written the way the reader's locale writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from smsdesk import i18n
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.gui.context import AppContext
from smsdesk.gui.main_window import MainWindow
from smsdesk.sim.server import Simulator

TAIWAN = QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
AFTERNOON = datetime(2026, 11, 22, 15, 4, 5)


@pytest.fixture
def plain() -> Iterator[None]:
    i18n.set_formats(None)
    yield
    i18n.set_formats(None)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install_qt_translator(qapp, "zh_TW")
    yield
    i18n.uninstall_qt_translators()


def test_without_qt_counts_are_grouped_and_points_never_exponential(plain: None) -> None:
    assert i18n.fmt_int(1234567) == "1,234,567"
    # "{:g}" used to turn a big balance into "1.23457e+06".
    assert i18n.fmt_number(1234567.0) == "1,234,567"
    assert i18n.fmt_number(0.1 + 0.2) == "0.3"
    assert i18n.fmt_number(2.5) == "2.5"
    assert i18n.fmt_number(-3.456) == "-3.46"
    assert i18n.fmt_number(None) == "-"
    assert i18n.fmt_datetime(AFTERNOON) == "2026-11-22 15:04"
    assert i18n.fmt_time(AFTERNOON, seconds=True) == "15:04:05"


def test_stored_utc_timestamps_are_shown_in_local_time(plain: None) -> None:
    stored = "2026-11-22T07:04:00+00:00"
    local = datetime(2026, 11, 22, 7, 4, tzinfo=UTC).astimezone()
    assert i18n.fmt_iso(stored) == local.strftime("%Y-%m-%d %H:%M")
    # Rows written without a zone are UTC, like everything the store writes.
    assert i18n.fmt_iso("2026-11-22T07:04:00") == i18n.fmt_iso(stored)
    assert i18n.fmt_iso("") == ""
    assert i18n.fmt_iso("not a time") == "not a time"
    taipei = datetime(2026, 11, 22, 15, 4, tzinfo=timezone(timedelta(hours=8)))
    assert i18n.fmt_datetime(taipei) == taipei.astimezone().strftime("%Y-%m-%d %H:%M")


def test_taiwan_us_and_german_formats(qapp: QApplication) -> None:
    tw, us, de = i18n.QtFormats(TAIWAN), i18n.QtFormats(US), i18n.QtFormats(GERMANY)
    assert tw.date(AFTERNOON.date()) == "2026/11/22"
    assert tw.time(AFTERNOON, False) == "下午3:04"
    assert tw.time(AFTERNOON, True) == "下午3:04:05"
    # The US short format has a two-digit year; a send log needs the whole year.
    assert us.date(AFTERNOON.date()) == "11/22/2026"
    assert us.time(AFTERNOON, False).replace("\u202f", " ") == "3:04 PM"
    assert de.date(AFTERNOON.date()) == "22.11.2026"
    assert de.time(AFTERNOON, False) == "15:04"
    assert tw.integer(1234567) == us.integer(1234567) == "1,234,567"
    assert de.integer(1234567) == "1.234.567"
    assert us.number(1234.5, 2) == "1,234.5" and de.number(1234.5, 2) == "1.234,5"
    assert us.number(1234567.0, 2) == "1,234,567"
    assert us.number(0.1 + 0.2, 2) == "0.3"


def test_the_ui_language_picks_the_formatting_locale(qapp: QApplication) -> None:
    zh = i18n.formatting_locale("zh_TW")
    assert zh.language() == QLocale.Language.Chinese  # type: ignore[attr-defined]
    assert zh.script() == QLocale.Script.TraditionalChineseScript  # type: ignore[attr-defined]
    en = i18n.formatting_locale("en")
    # An English UI never shows Chinese AM/PM markers, whatever the system's region.
    assert en.language() == QLocale.Language.English  # type: ignore[attr-defined]


def test_chinese_ui_writes_points_and_job_times_the_taiwan_way(
        qtbot: QtBot, home: Path, sim: Simulator, chinese: None) -> None:
    ctx = AppContext.open()
    sim.vendors["twsms"].add_account("shop", "shop-pass", balance=1_234_567)
    account = ctx.accounts.add("Shop", "twsms", {"username": "shop"}, {"password": "shop-pass"},
                               base_url=sim.base_url("twsms"))
    Jobs(ctx.store).create(account.id, [PlannedRecipient("+886912345678", "", rendered="hi")], text="hi")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.balances)
    window.balances.refresh_all()
    tab = window.balances

    def balance() -> str:
        item = tab.table.item(tab._rows["Shop"], 2)
        return item.text() if item else ""

    qtbot.waitUntil(lambda: balance() == "1,234,567", timeout=8000)
    window.tabs.setCurrentWidget(window.status)
    window.status.reload()
    jobs = window.status.jobs_table
    qtbot.waitUntil(lambda: jobs.rowCount() == 1, timeout=5000)
    shown = jobs.item(0, 2).text()
    now = datetime.now().astimezone()
    expected = i18n.QtFormats(i18n.formatting_locale("zh_TW"))
    # The job was created a moment ago; allow for a minute turning over meanwhile.
    assert shown in {f"{expected.date(t.date())} {expected.time(t, False)}" for t in (now, now - timedelta(minutes=1))}
    if "A" in expected.time_format:  # a Taiwan-format clock, unless this machine's own region says 24-hour
        assert "午" in shown  # 上午 / 下午, not an ISO stamp
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=8000)
    window.close()
    ctx.close()


def test_units_are_shown_in_the_ui_language(qtbot: QtBot, home: Path, chinese: None) -> None:
    from smsdesk.core.planner import plan_send
    from smsdesk.gui.dialogs import ConfirmSendDialog
    from smsdesk.vendors.base import unit_label

    assert (unit_label("points"), unit_label(None), unit_label("credits"), unit_label("THB")) == (
        "點", "點", "點數", "THB")
    ctx = AppContext.open()
    plan = plan_send(ctx.store, ctx.accounts.all()[0], phones=["0912345678"], text="您好")
    dialog = ConfirmSendDialog(plan)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("1 位收件人") and "點" in t for t in texts), texts
    assert not any("points" in t for t in texts), texts
    ctx.close()


def test_the_schedule_editor_writes_the_locale_s_date_and_time(qtbot: QtBot, home: Path, chinese: None) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    from smsdesk.gui.tabs.compose import ComposeTab

    ctx = AppContext.open()
    tab = ComposeTab(ctx)
    qtbot.addWidget(tab)
    tab.when.setDateTime(QDateTime(QDate(2026, 11, 22), QTime(15, 4)))
    expected = i18n.QtFormats(i18n.formatting_locale("zh_TW"))
    assert tab.when.text() == f"{expected.date(AFTERNOON.date())} {expected.time(AFTERNOON, False)}"
    assert tab.when.locale().language() == QLocale.Language.Chinese
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=5000)
    ctx.close()
