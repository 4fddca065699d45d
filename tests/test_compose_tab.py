"""The Compose tab: live counter per vendor, UCS-2 fixes, lists and placeholders, templates,
schedule and quiet hours, the confirmation dialog, and sending with progress, pause and cancel.

Real widgets (offscreen), the real store, the Sandbox in-process and the vendor simulators
over HTTP on 127.0.0.1.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from pytestqt.qtbot import QtBot
from support.gui import compose_tabs

from smsdesk.core import schedule
from smsdesk.core.accounts import Account
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.importer import run_import
from smsdesk.core.jobs import Jobs, JobStatus
from smsdesk.core.planner import plan_send
from smsdesk.gui import settings_dialog
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.compose import SYNC_LIMIT, ComposeTab
from smsdesk.sim.server import Simulator

TW_USER, TW_PASS = "shop", "tw-Secret-pa55"
TC_APPID, TC_KEY = "1400000001", "tencent-app-key-0123456789"
SEND_PATH = "/json/sms_send.php"


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0.2")
    context = AppContext.open()
    yield context
    context.worker.cancel_all()
    context.worker.wait(10000)
    context.store.close()


@pytest.fixture
def make_tab(qtbot: QtBot, ctx: AppContext) -> Iterator[Callable[[], ComposeTab]]:
    yield from compose_tabs(qtbot, ctx)


# -- helpers -------------------------------------------------------------------------


def tw_phones(n: int, start: int = 0) -> list[str]:
    return [f"+8869{30_000_000 + start + i:08d}" for i in range(n)]


def add_twsms(ctx: AppContext, sim: Simulator | None = None, **settings: Any) -> Account:
    if sim is not None:
        sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100_000)
    return ctx.accounts.add("Shop TwSMS", "twsms", {"username": TW_USER, **settings}, {"password": TW_PASS},
                            base_url=sim.base_url("twsms") if sim else "http://127.0.0.1:9/twsms")


def choose(tab: ComposeTab, name: str) -> None:
    assert tab.select_account(name), [tab.account.itemText(i) for i in range(tab.account.count())]


def set_when(tab: ComposeTab, when: datetime) -> None:
    tab.later.setChecked(True)
    tab.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))


def confirm(qtbot: QtBot, tab: ComposeTab) -> None:
    """Press Send and accept the confirmation dialog (opened with open(), as the user sees it)."""
    tab.confirm_dialog = None
    assert tab.send_button.isEnabled(), tab.blocker.text()
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)
    assert tab.confirm_dialog is not None
    tab.confirm_dialog.send_button.click()


def wait_sent(qtbot: QtBot, tab: ComposeTab, timeout: int = 15000) -> int:
    qtbot.waitUntil(lambda: tab.job_id is not None and not tab.sending, timeout=timeout)
    assert tab.job_id is not None
    return tab.job_id


def make_list(ctx: AppContext, name: str, columns: list[str],
              rows: list[tuple[str, str, dict[str, str]]]) -> None:
    repo = ContactRepository(ctx.store)
    lst = repo.create_list(name, columns)
    for phone, person, fields in rows:
        repo.add_contact(lst.id, phone, person, fields)
    ctx.events.lists_changed.emit()


def counts(ctx: AppContext, job: int) -> dict[str, int]:
    return Jobs(ctx.store).counts(job)


# -- the counter -------------------------------------------------------------------------


def test_counter_gsm_and_ucs2_boundaries_on_the_sandbox(make_tab: Callable[[], ComposeTab]) -> None:
    tab = make_tab()
    assert "practice" in tab.account.currentText()
    cases = [("a" * 160, "GSM-7", 1), ("a" * 161, "GSM-7", 2), ("a" * 306, "GSM-7", 2), ("a" * 307, "GSM-7", 3),
             ("{" * 80, "GSM-7", 1), ("{" * 81, "GSM-7", 2),  # extension characters take two septets
             ("您" * 70, "UCS-2", 1), ("您" * 71, "UCS-2", 2), ("您" * 134, "UCS-2", 2), ("您" * 135, "UCS-2", 3)]
    for text, encoding, segs in cases:
        tab.message.setPlainText(text)
        a = tab.analysis
        assert a is not None and a.cost is not None
        assert (a.info.encoding, a.cost.segments, a.cost.points) == (encoding, segs, segs), (text[:3], len(text))
        shown = tab.counter.text()
        assert f"{len(text)} characters" in shown and encoding in shown and f"{segs} segment(s)" in shown
        assert f"{segs} point(s) per recipient" in shown
    tab.recipients.setPlainText("0912345678\n0912 345 679\n+886 912-345-680")
    tab.message.setPlainText("a" * 161)
    assert tab.analysis is not None and (tab.analysis.recipients, tab.analysis.points) == (3, 6)
    assert "about 6 point(s) for 3 recipient(s)" in tab.counter.text()  # the sources, no catalogue: see test_language_slips for the English forms
    assert tab.send_button.isEnabled()


def test_counter_uses_each_vendors_rules(make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    add_twsms(ctx)
    ctx.accounts.add("Shop SMS-Get", "smsget", {"username": "u"}, {"password": "p"},
                     base_url="http://127.0.0.1:9/smsget")
    ctx.accounts.add("Shop short", "twsms", {"username": "u2", "long_sms": False}, {"password": "p"},
                     base_url="http://127.0.0.1:9/twsms")
    tab = make_tab()

    choose(tab, "Shop TwSMS")  # TwSMS counts characters: 160 / 70, then 153 / 67 per point
    for text, points in [("a" * 160, 1), ("a" * 161, 2), ("a" * 765, 5), ("您" * 70, 1), ("您" * 71, 2),
                         ("您" * 335, 5)]:
        tab.message.setPlainText(text)
        assert tab.analysis is not None and tab.analysis.cost is not None
        assert (tab.analysis.cost.allowed, tab.analysis.cost.points) == (True, points), len(text)
    assert "per Taiwan recipient" in tab.counter.text()
    tab.recipients.setPlainText("0912345678\n+1 415 555 0123")  # abroad: 5 points, no long SMS
    tab.message.setPlainText("Hello")
    assert tab.analysis is not None and tab.analysis.points == 1 + 5
    tab.message.setPlainText("a" * 161)
    assert tab.analysis is not None and (tab.analysis.points, tab.analysis.blocked) == (2, 1)
    assert "1 recipients cannot get this message" in tab.problem_label.text()
    assert tab.send_button.isEnabled()  # the Taiwan number can still have it
    tab.message.setPlainText("您" * 336)  # over TwSMS's maximum for everyone: Send is refused with the reason
    assert not tab.send_button.isEnabled()
    assert "at most 335 characters" in tab.problem_label.text() and "335" in tab.blocker.text()

    choose(tab, "Shop short")  # lmsg=N: standard length only
    tab.message.setPlainText("a" * 161)
    assert not tab.send_button.isEnabled() and "Long messages are turned off" in tab.blocker.text()

    choose(tab, "Shop SMS-Get")  # Taiwan 1, mainland China 4, elsewhere 2 per message
    tab.recipients.setPlainText("0912345678\n+86 138 0013 8000\n+65 9123 4567")
    tab.message.setPlainText("Hello")
    assert tab.analysis is not None and tab.analysis.points == 1 + 4 + 2
    tab.message.setPlainText("a" * 161)
    assert tab.analysis is not None and tab.analysis.points == 2 * (1 + 4 + 2)


def test_ucs2_culprits_are_shown_and_fixed_in_one_click(make_tab: Callable[[], ComposeTab]) -> None:
    tab = make_tab()
    tab.recipients.setPlainText("0912345678")
    text = "We\u2019re open today\uff0csee you soon \u201cfriends\u201d! " + "x" * 60  # 87 characters
    tab.message.setPlainText(text)
    a = tab.analysis
    assert a is not None and a.cost is not None and (a.info.encoding, a.cost.segments) == ("UCS-2", 2)
    assert not tab.ucs2_row.isHidden() and not tab.fix_button.isHidden()
    warning = tab.ucs2_label.text()
    assert "\u2019 (right single quotation mark)" in warning and "(fullwidth comma)" in warning
    assert len(tab.message.extraSelections()) == 4  # each culprit is underlined in the editor
    tab.fix_button.click()
    assert tab.message.toPlainText() == "We're open today,see you soon \"friends\"! " + "x" * 60
    a = tab.analysis
    assert a is not None and a.cost is not None and (a.info.encoding, a.cost.segments) == ("GSM-7", 1)
    assert tab.ucs2_row.isHidden() and not tab.message.extraSelections()
    tab.message.undo()  # the fix is one undo step
    assert tab.message.toPlainText() == text

    # A Chinese message is UCS-2 whatever is done: no culprits, no fix offered.
    tab.message.setPlainText("您好，歡迎光臨\u201c本店\u201d")
    assert tab.ucs2_row.isHidden()
    # A symbol without a plain look-alike is named, but no fix is offered.
    tab.message.setPlainText("Best price \u2122 today")
    assert not tab.ucs2_row.isHidden() and tab.fix_button.isHidden() and "trade mark sign" in tab.ucs2_label.text()


def test_twsms_refuses_emoji_and_send_is_disabled_with_the_reason(make_tab: Callable[[], ComposeTab],
                                                                   ctx: AppContext) -> None:
    add_twsms(ctx)
    tab = make_tab()
    choose(tab, "Shop TwSMS")
    tab.recipients.setPlainText("0912345678")
    tab.message.setPlainText("Big sale today \U0001F389 see you")
    assert not tab.send_button.isEnabled()
    assert "TwSMS does not accept emoji" in tab.problem_label.text() and "\U0001F389" in tab.problem_label.text()
    assert "\U0001F389" in tab.blocker.text()
    tab.send()  # Ctrl+Enter or a click does nothing while refused
    assert tab.confirm_dialog is None
    choose(tab, "Sandbox")  # the same text is fine elsewhere, as UCS-2
    assert tab.send_button.isEnabled() and tab.problem_label.isHidden()
    assert tab.analysis is not None and tab.analysis.info.encoding == "UCS-2"


# -- lists, placeholders, preview -------------------------------------------------------------


def test_lists_placeholders_preview_and_missing_values(qtbot: QtBot, make_tab: Callable[[], ComposeTab],
                                                       ctx: AppContext) -> None:
    make_list(ctx, "VIP", ["store"], [("0912345678", "Amy", {"store": "Xinyi"}),
                                      ("0922333444", "王小明", {"store": "台北店"}),
                                      ("0933444555", "Ben", {"store": ""})])
    make_list(ctx, "Newsletter", [], [("0955123456", "Carol", {}), ("0912345678", "Amy again", {})])
    tab = make_tab()
    assert [tab.lists.item(i).text() for i in range(tab.lists.count())] == ["Newsletter (2)", "VIP (3)"]
    tab.set_list_checked("VIP")
    qtbot.waitUntil(lambda: not tab.members_loading and len(tab.preview_recipients()) == 3)

    tab.placeholder_menu.aboutToShow.emit()
    labels = [a.text() for a in tab.placeholder_menu.actions()]
    assert labels == ["{name}", "{store}"]
    tab.message.setPlainText("Hi ")
    tab.message.moveCursor(tab.message.textCursor().MoveOperation.End)
    tab.placeholder_menu.actions()[0].trigger()
    tab.message.insertPlainText(", your order is at ")
    tab.placeholder_menu.actions()[1].trigger()
    assert tab.message.toPlainText() == "Hi {name}, your order is at {store}"

    assert tab.preview_header.text() == "1 of 3: Amy 0912-345-678"
    assert tab.preview.toPlainText() == "Hi Amy, your order is at Xinyi"
    assert not tab.prev_button.isEnabled() and tab.next_button.isEnabled()
    tab.next_button.click()
    assert tab.preview.toPlainText() == "Hi 王小明, your order is at 台北店"
    tab.next_button.click()
    assert tab.preview_header.text() == "3 of 3: Ben 0933-444-555"
    assert tab.preview.toPlainText() == "Hi Ben, your order is at "
    assert "No value for {store}" in tab.preview_note.text() and not tab.next_button.isEnabled()
    assert "1 of 3 recipients have no value for {store}" in tab.missing_label.text()
    tab.prev_button.click()
    tab.prev_button.click()
    tab.missing_button.click()  # jumps to a recipient with the blank
    assert tab.preview_header.text().startswith("3 of 3")

    # The counter measures the most expensive rendering: the Chinese one is UCS-2.
    a = tab.analysis
    assert a is not None and a.sample == "Hi 王小明, your order is at 台北店" and a.info.encoding == "UCS-2"
    assert "王小明's" in tab.counter.text() and a.points == 3

    # Typed numbers and a second list add up (duplicates are removed later, by the planner).
    tab.recipients.setPlainText("0966777888")
    tab.set_list_checked("Newsletter")
    qtbot.waitUntil(lambda: not tab.members_loading and tab.analysis is not None and tab.analysis.recipients == 6)
    assert tab.recipient_summary.text() == "5 from lists, 1 typed"
    assert "4 of 6 recipients have no value for {name}, {store}" in tab.missing_label.text()  # typed: no name

    tab.message.setPlainText("Hi {name} from {shop}")  # a column no list has
    assert "No ticked list has a column called {shop}" in tab.missing_label.text()


def test_a_large_list_is_counted_on_the_worker(qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext,
                                               tmp_path: Path) -> None:
    n = SYNC_LIMIT + 200
    path = tmp_path / "big.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["phone", "name"])
        for i, phone in enumerate(tw_phones(n)):
            writer.writerow([phone.replace("+886", "0"), "Ann" if i % 2 else "Bartholomew-Alexander"])
    run_import(ctx.store, path, "Everyone")
    ctx.events.lists_changed.emit()
    tab = make_tab()
    qtbot.waitUntil(lambda: tab.lists.item(0).text() == f"Everyone ({n})")
    tab.set_list_checked("Everyone")
    qtbot.waitUntil(lambda: not tab.members_loading and len(tab.preview_recipients()) == n)
    tab.message.setPlainText("Dear {name}, " + "x" * 140)  # 150 or 168 characters after personalization
    assert tab.analysis_pending
    qtbot.waitUntil(lambda: not tab.analysis_pending and tab.analysis is not None, timeout=10000)
    a = tab.analysis
    assert a is not None and a.cost is not None
    assert (a.recipients, a.points, a.cost.segments) == (n, n // 2 * 2 + n // 2, 2)
    assert "Bartholomew-Alexander" in a.sample


# -- template vendors --------------------------------------------------------------------------


def test_engagelab_template_form_preview_and_planned_cost(qtbot: QtBot, make_tab: Callable[[], ComposeTab],
                                                          ctx: AppContext) -> None:
    templates = [{"id": "order-ready", "name": "Order ready", "preview": "Hi {{name}}, order {{order}} is ready."},
                 {"id": "otp", "name": "otp", "preview": ""}]
    account = ctx.accounts.add("Global", "engagelab", {"dev_key": "k", "templates": templates},
                               {"dev_secret": "s"}, base_url="http://127.0.0.1:9/engagelab")
    make_list(ctx, "VIP", [], [("0912345678", "Amy", {}), ("0922333444", "Ben", {})])
    tab = make_tab()
    choose(tab, "Global")
    assert tab.editor_stack.currentIndex() == 1 and tab.template.count() == 2
    assert tab.template.itemText(0) == "Order ready (order-ready)"
    assert list(tab.param_edits) == ["name", "order"]
    assert tab.template_info.text() == "Hi {{name}}, order {{order}} is ready."
    tab.set_list_checked("VIP")
    qtbot.waitUntil(lambda: len(tab.preview_recipients()) == 2)
    tab.param_edits["name"].setFocus()
    tab.placeholder_menu.aboutToShow.emit()
    tab.placeholder_menu.actions()[0].trigger()  # {name} goes into the field being edited
    assert tab.param_edits["name"].text() == "{name}"
    assert "No value entered for order" in tab.missing_label.text()
    tab.param_edits["order"].setText("A-1001")
    assert "No value entered" not in tab.missing_label.text() and tab.missing_row.isHidden()
    assert tab.preview.toPlainText() == "Hi Amy, order A-1001 is ready."
    tab.next_button.click()
    assert tab.preview.toPlainText() == "Hi Ben, order A-1001 is ready."
    a = tab.analysis
    assert a is not None and a.cost is not None and (a.cost.segments, a.points) == (1, 2)

    # The planner prices the filled-in template, not a flat 1 per recipient.
    tab.param_edits["order"].setText("A-1001 " + "x" * 150)
    assert tab.analysis is not None and tab.analysis.points == 4
    plan = plan_send(ctx.store, account, lists=["VIP"], template_id="order-ready",
                     params={"name": "{name}", "order": "A-1001 " + "x" * 150})
    assert (plan.points, plan.segments, plan.max_segments) == (4, 4, 2)
    assert plan.first_message == "Hi Amy, order A-1001 " + "x" * 150 + " is ready."

    tab.template.setCurrentIndex(1)  # text not entered: counted as 1 each, and said so
    assert tab.param_edits == {} and "not entered" in tab.template_info.text()
    assert "template's text is unknown" in tab.counter.text()
    plan = plan_send(ctx.store, account, lists=["VIP"], template_id="otp")
    assert plan.points == 2 and any("not known" in w for w in plan.warnings)


def test_tencent_templates_from_the_vendor_and_the_estimate_equals_the_charge(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext, sim: Simulator) -> None:
    tencent = sim.vendors["tencent"]
    tencent.add_account(TC_APPID, TC_KEY)
    tencent.add_sign("SMS Desk")
    tpl = tencent.add_template("Hello {1}, your order {2} is ready.")
    tencent.add_template("Pending {1}", approved=False)
    ctx.accounts.add("Tencent", "tencent", {"sdkappid": TC_APPID, "sign": "SMS Desk"}, {"appkey": TC_KEY},
                     base_url=sim.base_url("tencent"))
    tab = make_tab()
    choose(tab, "Tencent")
    qtbot.waitUntil(lambda: tab.template.count() == 1, timeout=10000)  # loaded on the worker; approved only
    assert tab.template.itemText(0).startswith(f"{tpl}: Hello")
    assert list(tab.param_edits) == ["1", "2"]
    assert tab.params_form.labelForField(tab.param_edits["1"]).text() == "{1}:"
    tab.recipients.setPlainText("+86 138 0013 8000")
    tab.param_edits["1"].setText("Amy")
    tab.param_edits["2"].setText("A" * 60)
    expected = "\u3010SMS Desk\u3011Hello Amy, your order " + "A" * 60 + " is ready."
    assert tab.preview.toPlainText() == expected
    a = tab.analysis
    assert a is not None and a.cost is not None and (a.info.encoding, a.cost.segments, a.points) == ("UCS-2", 2, 2)
    assert not tab.schedule_note.text()
    confirm(qtbot, tab)
    job = wait_sent(qtbot, tab)
    assert counts(ctx, job)["submitted"] == 1
    jobs = Jobs(ctx.store)
    assert jobs.points_charged(job) == 2 == jobs.get(job).points_estimated  # type: ignore[union-attr]
    sent = [r for r in sim.requests_to("tencent") if "sendisms" in r.path or "sendsms" in r.path]
    assert len(sent) == 1 and TC_KEY not in sent[0].url


# -- schedule and quiet hours ------------------------------------------------------------------


def test_schedule_is_validated_live_per_vendor(make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    add_twsms(ctx)
    ctx.accounts.add("Global", "engagelab",
                     {"dev_key": "k", "templates": [{"id": "t1", "name": "t1", "preview": "Hello"}]},
                     {"dev_secret": "s"}, base_url="http://127.0.0.1:9/engagelab")
    tab = make_tab()
    now = datetime.now(UTC)
    assert re.fullmatch(r"UTC[+-]\d\d:\d\d", tab.tz_label.text())
    choose(tab, "Shop TwSMS")
    tab.recipients.setPlainText("0912345678")
    tab.message.setPlainText("Hello")
    set_when(tab, now - timedelta(minutes=10))
    assert "has already passed" in tab.schedule_note.text() and not tab.send_button.isEnabled()
    set_when(tab, now + timedelta(days=1))
    assert "Taiwan time" in tab.schedule_note.text() and tab.send_button.isEnabled()
    assert tab.send_button.text() == "&Schedule\u2026"

    choose(tab, "Global")
    set_when(tab, now + timedelta(minutes=2))
    assert "at least 3 minutes" in tab.schedule_note.text() and not tab.send_button.isEnabled()
    set_when(tab, now + timedelta(days=31))
    assert "30 days" in tab.schedule_note.text() and not tab.send_button.isEnabled()
    set_when(tab, now + timedelta(minutes=30))
    assert "EngageLab keeps it" in tab.schedule_note.text() and tab.send_button.isEnabled()

    choose(tab, "Sandbox")  # no native scheduling: the app sends it, and says so plainly
    assert "cannot schedule messages itself" in tab.schedule_note.text()
    assert "app must be running" in tab.schedule_note.text()
    tab.now.setChecked(True)
    assert not tab.schedule_note.text() and tab.send_button.text() == "&Send\u2026"


def _pick_wall(tab: ComposeTab, wall: datetime) -> None:
    tab.later.setChecked(True)
    tab.when.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute)))
    if tab.when.dateTime().time() != QTime(wall.hour, wall.minute):  # the computer's own zone skips it
        pytest.skip("this computer's time zone cannot show that wall time")


def test_picker_refuses_skipped_and_repeated_local_times(make_tab: Callable[[], ComposeTab],
                                                         ctx: AppContext) -> None:
    add_twsms(ctx)
    tab = make_tab()
    choose(tab, "Shop TwSMS")
    tab.recipients.setPlainText("0912345678")
    tab.message.setPlainText("Hello")
    tab.zone = ZoneInfo("America/New_York")  # stands for this computer's zone (the default, None)
    _pick_wall(tab, datetime(2027, 3, 14, 2, 30))  # the clocks jump from 02:00 to 03:00
    assert "does not exist" in tab.schedule_note.text() and "Use 01:59 or 03:00" in tab.schedule_note.text()
    assert not tab.send_button.isEnabled() and "Use 01:59 or 03:00" in tab.blocker.text()
    assert tab.occurrence.isHidden()
    _pick_wall(tab, datetime(2027, 11, 7, 1, 30))  # 01:30 EDT, then an hour later 01:30 EST
    assert "happens twice" in tab.schedule_note.text() and not tab.send_button.isEnabled()
    assert not tab.occurrence.isHidden()
    assert [tab.occurrence.itemText(i) for i in range(2)] == ["01:30 EDT (UTC-04:00)", "01:30 EST (UTC-05:00)"]
    tab.occurrence.setCurrentIndex(1)
    assert tab.send_button.isEnabled(), tab.blocker.text()
    assert tab.schedule_at() == datetime(2027, 11, 7, 6, 30, tzinfo=UTC)
    tab.occurrence.setCurrentIndex(0)
    assert tab.schedule_at() == datetime(2027, 11, 7, 5, 30, tzinfo=UTC)
    _pick_wall(tab, datetime(2027, 11, 7, 3, 30))  # an ordinary time: the choice goes away
    assert tab.occurrence.isHidden() and tab.send_button.isEnabled()
    tab.zone = ZoneInfo("Asia/Taipei")  # no daylight saving: every time exists once
    _pick_wall(tab, datetime(2027, 3, 14, 2, 30))
    assert tab.send_button.isEnabled() and tab.schedule_at() == datetime(2027, 3, 13, 18, 30, tzinfo=UTC)


def test_a_locally_scheduled_job_is_started_by_the_scheduler(qtbot: QtBot, make_tab: Callable[[], ComposeTab],
                                                              ctx: AppContext) -> None:
    tab = make_tab()
    tab.recipients.setPlainText("0912345678\n0912345679")
    tab.message.setPlainText("See you at the opening")
    set_when(tab, datetime.now(UTC) + timedelta(minutes=30))
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible())
    dialog = tab.confirm_dialog
    assert dialog is not None and dialog.windowTitle() == "Schedule this message?"
    assert "app must be running" in dialog.fields["when"].text()
    dialog.send_button.click()
    job = wait_sent(qtbot, tab)
    qtbot.waitUntil(lambda: tab.message_box is not None and tab.message_box.isVisible())
    assert tab.message_box is not None and "leave the app running" in tab.message_box.text()
    assert Jobs(ctx.store).get(job).status is JobStatus.SCHEDULED  # type: ignore[union-attr]
    assert counts(ctx, job)["scheduled"] == 2

    qtbot.waitUntil(lambda: not tab.scheduler.busy)  # its own first tick may be under way
    assert tab.scheduler.tick()  # not due yet: nothing happens
    qtbot.waitUntil(lambda: not tab.scheduler.busy)
    assert Jobs(ctx.store).get(job).status is JobStatus.SCHEDULED  # type: ignore[union-attr]

    with qtbot.waitSignal(tab.scheduler.job_finished, timeout=10000) as finished:
        assert tab.scheduler.tick(now=datetime.now(UTC) + timedelta(minutes=31))
        assert not tab.scheduler.tick(now=datetime.now(UTC) + timedelta(minutes=31))  # one tick at a time
    assert finished.args[0].job == job
    qtbot.waitUntil(lambda: not tab.scheduler.busy)
    assert Jobs(ctx.store).get(job).status is JobStatus.DONE  # type: ignore[union-attr]
    assert counts(ctx, job)["submitted"] + counts(ctx, job)["delivered"] == 2


def test_quiet_hours_need_an_explicit_override(qtbot: QtBot, make_tab: Callable[[], ComposeTab],
                                               ctx: AppContext) -> None:
    taipei = datetime.now(schedule.TAIPEI)
    ctx.settings.setValue(settings_dialog.QUIET_ENABLED, True)
    ctx.settings.setValue(settings_dialog.QUIET_START, (taipei - timedelta(hours=1)).strftime("%H:%M"))
    ctx.settings.setValue(settings_dialog.QUIET_END, (taipei + timedelta(hours=1)).strftime("%H:%M"))
    tab = make_tab()
    tab.recipients.setPlainText("0912345678")
    tab.message.setPlainText("Hello")
    assert not tab.quiet_row.isHidden() and "inside the quiet hours" in tab.quiet_label.text()
    assert not tab.send_button.isEnabled() and "quiet hours anyway" in tab.blocker.text()
    set_when(tab, datetime.now(UTC) + timedelta(hours=3))  # after the quiet hours: no override needed
    assert tab.quiet_row.isHidden() and tab.send_button.isEnabled()
    tab.now.setChecked(True)
    assert not tab.send_button.isEnabled()
    tab.quiet_override.setChecked(True)
    assert tab.send_button.isEnabled() and tab.send_kwargs()["override_quiet_hours"] is True
    confirm(qtbot, tab)
    job = wait_sent(qtbot, tab)
    assert counts(ctx, job)["submitted"] + counts(ctx, job)["delivered"] == 1


# -- confirmation ----------------------------------------------------------------------------------


def test_confirmation_lists_skipped_cost_balance_and_first_message(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    ContactRepository(ctx.store).add_optout("0922333444")
    tab = make_tab()
    tab.recipients.setPlainText("0912345678\n0912-345-678\n12345\n0922333444\n+886 933 444 555")
    tab.message.setPlainText("Hello " + "x" * 160)
    assert tab.analysis is not None and tab.analysis.invalid == 1
    assert "1 typed entries are not mobile numbers" in tab.problem_label.text()
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)
    dialog = tab.confirm_dialog
    assert dialog is not None
    assert dialog.headline.text() == "2 recipients, about 4 points."
    fields = {k: v.text() for k, v in dialog.fields.items()}
    assert fields["recipients"] == "2"
    assert fields["skipped"] == ("3 (1 listed twice, 1 not a valid mobile number, 1 asked not to receive "
                                 "messages)")
    assert fields["segments"] == "4 in total (up to 2 per message)"
    assert fields["cost"] == "4 points"
    assert fields["balance"] == "500 points (just checked); about 496 left after this send"
    assert fields["when"] == "Now"
    table = dialog.skipped_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows[0][:2] == ["0912-345-678", "+886912345678"] and "Already in this send" in rows[0][2]
    assert rows[1][0] == "12345" and rows[1][1] == ""
    assert rows[2][:2] == ["0922333444", "+886922333444"] and "asked not to receive" in rows[2][2]
    assert dialog.first_message.toPlainText() == "Hello " + "x" * 160
    assert dialog.details.isHidden()
    dialog.details_toggle.click()
    assert not dialog.details.isHidden()
    summary = dialog.details.toPlainText()  # the CLI's summary lists skipped numbers with reasons too
    assert "Skipped, listed twice: 1" in summary and "  12345: The number has too few digits" in summary
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.isDefault()
    cancel.click()
    assert not dialog.isVisible() and Jobs(ctx.store).list() == []  # nothing spent

    # Not enough credit is said before anything is spent.
    tab.message.setPlainText("x" * 153 * 260)
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not dialog and tab.confirm_dialog is not None
                    and tab.confirm_dialog.isVisible(), timeout=10000)
    assert tab.confirm_dialog is not None and "NOT ENOUGH" in tab.confirm_dialog.fields["balance"].text()
    tab.confirm_dialog.reject()


def test_ctrl_enter_opens_the_confirmation(qtbot: QtBot, make_tab: Callable[[], ComposeTab]) -> None:
    tab = make_tab()
    tab.recipients.setPlainText("0912345678")
    tab.message.setPlainText("Hello")
    tab.activateWindow()
    tab.message.setFocus()
    qtbot.waitUntil(tab.message.hasFocus)
    qtbot.keyClick(tab.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)
    assert tab.message.toPlainText() == "Hello"  # no newline typed
    assert tab.confirm_dialog is not None
    tab.confirm_dialog.reject()


# -- sending ---------------------------------------------------------------------------------------------


def test_full_send_with_progress_keeps_running_when_the_tab_is_hidden(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    phones = tw_phones(30)
    make_list(ctx, "Customers", [], [(p, f"Customer {i}", {}) for i, p in enumerate(phones)])
    tab = make_tab()
    tab.set_list_checked("Customers")
    qtbot.waitUntil(lambda: len(tab.preview_recipients()) == 30)
    tab.message.setPlainText("Dear {name}, thank you!")
    messages: list[str] = []
    ctx.events.status_message.connect(messages.append)
    with qtbot.waitSignal(ctx.events.job_created, timeout=10000):
        confirm(qtbot, tab)
    assert tab.sending and not tab.send_button.isEnabled() and tab.progress.maximum() == 30
    tab.hide()  # the job belongs to the worker, not to the widget
    job = wait_sent(qtbot, tab)
    assert tab.progress.value() == 30
    assert "Submitted 30" in tab.progress_label.text()
    assert Jobs(ctx.store).get(job).status is JobStatus.DONE  # type: ignore[union-attr]
    assert any(m.startswith(f"Job {job}: 30 submitted") for m in messages)
    assert tab.pause_button.isHidden() and tab.cancel_button.isHidden()
    rendered = {m.rendered for m in Jobs(ctx.store).messages(job)}
    assert "Dear Customer 7, thank you!" in rendered and len(rendered) == 30


def slow_twsms(ctx: AppContext, sim: Simulator) -> Account:
    sim.set_latency("twsms", 0.05)
    return add_twsms(ctx, sim, concurrency=2)


def test_pause_and_resume_send_every_number_exactly_once(qtbot: QtBot, make_tab: Callable[[], ComposeTab],
                                                         ctx: AppContext, sim: Simulator) -> None:
    slow_twsms(ctx, sim)
    tab = make_tab()
    choose(tab, "Shop TwSMS")
    phones = tw_phones(30)
    tab.recipients.setPlainText("\n".join(phones))
    tab.message.setPlainText("Hello")
    ctx.events.job_created.connect(lambda _job: tab.pause_button.click())
    confirm(qtbot, tab)
    qtbot.waitUntil(lambda: tab.job_id is not None and tab.control is not None and tab.control.paused)
    job = tab.job_id
    assert job is not None and tab.pause_button.text() == "Resume"

    # Parked: nothing in flight, so every request made so far is answered and journaled.
    qtbot.waitUntil(lambda: not any(m.inflight for m in Jobs(ctx.store).messages(job)))
    c = counts(ctx, job)
    assert c["queued"] > 0 and c["submitted"] == len(sim.requests_to("twsms", SEND_PATH)) < 30
    # The engine's loop is parked: no request can leave before Resume (an engine ignoring the pause
    # never parks; it would have sent all 30).
    qtbot.waitUntil(tab.control.parked.is_set)
    assert len(sim.requests_to("twsms", SEND_PATH)) == c["submitted"] and counts(ctx, job) == c
    assert tab.sending and tab.progress_label.text().startswith("Paused.")
    tab.pause_button.click()
    assert tab.pause_button.text() == "Pause"
    wait_sent(qtbot, tab)
    assert counts(ctx, job)["submitted"] == 30
    sent = [parse_qs(r.body.decode())["mobile"][0] for r in sim.requests_to("twsms", SEND_PATH)]
    assert len(sent) == 30 and len(set(sent)) == 30
    assert Jobs(ctx.store).get(job).status is JobStatus.DONE  # type: ignore[union-attr]
    assert all(TW_PASS not in r.url for r in sim.requests_to("twsms"))


def test_cancel_stops_before_the_next_request_and_leaves_nothing_untracked(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext, sim: Simulator) -> None:
    slow_twsms(ctx, sim)
    tab = make_tab()
    choose(tab, "Shop TwSMS")
    tab.recipients.setPlainText("\n".join(tw_phones(30)))
    tab.message.setPlainText("Hello")
    ctx.events.job_created.connect(lambda _job: tab.cancel_button.click())
    confirm(qtbot, tab)
    job = wait_sent(qtbot, tab)
    c = counts(ctx, job)
    requests = len(sim.requests_to("twsms", SEND_PATH))
    assert c["submitted"] == requests < 30
    assert c["cancelled"] == 30 - requests and c["queued"] == 0 and c["unknown"] == 0
    assert not any(m.inflight for m in Jobs(ctx.store).messages(job))
    assert Jobs(ctx.store).get(job).status is JobStatus.CANCELLED  # type: ignore[union-attr]
    assert "30 submitted" not in tab.progress_label.text()
    # Compose is a new draft (Send waits for a message); the sent one is one click away.
    assert not tab.send_button.isEnabled() and tab.message.toPlainText() == ""
    tab.draft_bar.use_again_button.click()
    assert tab.send_button.isEnabled() and tab.message.toPlainText() == "Hello"


def test_a_send_that_cannot_start_is_paused_and_said_in_words(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext, sim: Simulator) -> None:
    account = add_twsms(ctx, sim)
    tab = make_tab()
    choose(tab, "Shop TwSMS")
    tab.recipients.setPlainText("0912345678")
    tab.message.setPlainText("Hello")
    ctx.accounts.credentials.delete(account.key, "password")  # e.g. the keychain was reset
    confirm(qtbot, tab)
    job = wait_sent(qtbot, tab)
    qtbot.waitUntil(lambda: tab.message_box is not None and tab.message_box.isVisible())
    assert tab.message_box is not None and "not saved on this computer" in tab.message_box.text()
    saved = Jobs(ctx.store).get(job)
    assert saved is not None and saved.status is JobStatus.PAUSED and "not saved" in saved.note
    assert counts(ctx, job)["queued"] == 1 and sim.requests_to("twsms", SEND_PATH) == []
    assert not tab.sending and tab.draft_bar.use_again_button.isVisible()
