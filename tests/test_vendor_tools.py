"""Vendor tools dialog against the real Tencent and SepSMS simulators over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from smsdesk.core.accounts import Account
from smsdesk.core.credentials import Credentials, MemoryKeyring
from smsdesk.gui.context import AppContext
from smsdesk.gui.vendor_approvals import SignatureEditor, SignaturesTab, TemplateEditor, TemplatesTab
from smsdesk.gui.vendor_otp import OtpTab
from smsdesk.gui.vendor_statistics import StatisticsTab
from smsdesk.gui.vendor_tools import VendorToolsDialog, tools_for
from smsdesk.sim.server import Fault, Simulator
from smsdesk.vendors.base import AccountConfig, SendRequest
from smsdesk.vendors.http import HttpPolicy
from smsdesk.vendors.tencent import CHINA_TZ, TencentClient

TENCENT_KEY = "demo-appkey-5f03a35d00ee52a2"
SEPSMS_KEY = "sk_sep_demo0000000000000000000000"


def fast_http(config: AccountConfig) -> HttpPolicy:
    return HttpPolicy(secrets=[v for v in config.secrets.values() if v], read_timeout=0.5,
                      connect_timeout=0.5, backoff=0.01)


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open(credentials=Credentials(backend=MemoryKeyring()))
    yield context
    context.close()


def tencent_account(ctx: AppContext, sim: Simulator) -> Account:
    seeded = sim.vendors["tencent"].seed_demo()
    return ctx.accounts.add("Shop Tencent", "tencent", {"sdkappid": seeded["sdkappid"], "sign": seeded["sign"]},
                            {"appkey": seeded["appkey"]}, base_url=sim.base_url("tencent"))


def sepsms_account(ctx: AppContext, sim: Simulator) -> Account:
    seeded = sim.vendors["sepsms"].seed_demo()
    return ctx.accounts.add("Shop SepSMS", "sepsms", {"origin": seeded["origin"]},
                            {"api_key": seeded["api_key"]}, base_url=sim.base_url("sepsms"))


def open_dialog(qtbot: QtBot, ctx: AppContext, account: Account) -> VendorToolsDialog:
    dialog = VendorToolsDialog(ctx, account, http_factory=fast_http)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def idle(qtbot: QtBot, dialog: VendorToolsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def rows(tab: TemplatesTab | SignaturesTab) -> dict[str, list[str]]:
    table = tab.table
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}


def select(tab: TemplatesTab | SignaturesTab, item_id: int) -> None:
    for r in range(tab.table.rowCount()):
        if tab.table.item(r, 0).text() == str(item_id):
            tab.table.selectRow(r)
            return
    raise AssertionError(f"{item_id} not in the table")


def assert_no_secret_in_urls(sim: Simulator) -> None:
    assert sim.log
    for entry in sim.log:
        for secret in (TENCENT_KEY, SEPSMS_KEY):
            assert secret not in entry.url


def test_tools_for(ctx: AppContext, sim: Simulator) -> None:
    assert tools_for(tencent_account(ctx, sim)) == ["templates", "signatures", "statistics"]
    assert tools_for(sepsms_account(ctx, sim)) == ["otp"]
    sandbox = ctx.accounts.ensure_sandbox()
    assert sandbox is not None and tools_for(sandbox) == []
    engage = sim.vendors["engagelab"].seed_demo()
    account = ctx.accounts.add("E", "engagelab", {"dev_key": engage["dev_key"]},
                               {"dev_secret": engage["dev_secret"]})
    assert tools_for(account) == []  # its template list lives in the account dialog


def test_templates_list_add_edit_delete(qtbot: QtBot, ctx: AppContext, sim: Simulator, tmp_path: Path) -> None:
    account = tencent_account(ctx, sim)
    tsim = sim.vendors["tencent"]
    rejected = tsim.add_template("Big sale {1} today only", tpl_type=1, approved=False)
    tsim.reject_template(rejected, "Marketing content needs an unsubscribe note")
    pending = tsim.add_template("Your parcel {1} has shipped", approved=False)
    dialog = open_dialog(qtbot, ctx, account)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Templates", "Signatures", "Statistics"]
    tab = dialog.tools["templates"]
    assert isinstance(tab, TemplatesTab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 4, timeout=5000)
    idle(qtbot, dialog)
    table = rows(tab)
    assert table[str(rejected)] == [str(rejected), "Big sale {1} today only", "Marketing", "Rejected",
                                    "Marketing content needs an unsubscribe note"]
    assert table[str(pending)][3:] == ["Waiting for approval", ""]
    approved_rows = [r for r in table.values() if r[3] == "Approved"]
    assert len(approved_rows) == 2 and all(r[4] == "" for r in approved_rows)
    dialog.resize(900, 420)
    # It renders (docs/screenshots/vendor-tools-*.png come from tools/screenshots.py, not from tests).
    assert dialog.grab().save(str(tmp_path / "vendor-tools.png"))

    # Add: the vendor files it as waiting for approval.
    assert not tab.edit_button.isEnabled()
    tab.add_button.click()
    editor = tab.editor
    assert isinstance(editor, TemplateEditor)
    editor.text.setPlainText("Hi {1}, table for {2} is booked.")
    editor.remark.setText("restaurant bookings")
    editor.buttons.accepted.emit()
    assert dialog.busy and not tab.add_button.isEnabled() and not tab.reload_button.isEnabled()
    idle(qtbot, dialog)
    added = [t for t in tsim.account().templates.values() if t["text"] == "Hi {1}, table for {2} is booked."]
    assert len(added) == 1 and added[0]["remark"] == "restaurant bookings"
    new_id = added[0]["id"]
    assert rows(tab)[str(new_id)][3] == "Waiting for approval"
    assert "submitted" in tab.message.text()

    # Edit the rejected one: the reason goes, it waits for approval again.
    select(tab, rejected)
    assert tab.edit_button.isEnabled()
    tab.edit_button.click()
    editor = tab.editor
    assert isinstance(editor, TemplateEditor) and editor.text.toPlainText() == "Big sale {1} today only"
    editor.text.setPlainText("Big sale {1} today only. Reply TD to unsubscribe")
    editor.buttons.accepted.emit()
    idle(qtbot, dialog)
    assert tsim.account().templates[rejected]["text"] == "Big sale {1} today only. Reply TD to unsubscribe"
    assert tsim.account().templates[rejected]["type"] == 1  # kept
    assert rows(tab)[str(rejected)][3:] == ["Waiting for approval", ""]

    # Delete asks first; Cancel does nothing.
    select(tab, new_id)
    tab.delete_button.click()
    assert tab.confirm is not None and tab.confirm.isVisible()
    tab.confirm.button(QMessageBox.StandardButton.Cancel).click()
    assert new_id in tsim.account().templates and not dialog.busy
    tab.delete_button.click()
    tab.confirm.button(QMessageBox.StandardButton.Yes).click()
    idle(qtbot, dialog)
    assert new_id not in tsim.account().templates
    assert str(new_id) not in rows(tab)

    # Reload picks up a review done in the console.
    tsim.approve_template(pending)
    tab.reload_button.click()
    idle(qtbot, dialog)
    assert rows(tab)[str(pending)][3] == "Approved"
    dialog.done(0)
    assert_no_secret_in_urls(sim)


def test_template_error_in_words(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = tencent_account(ctx, sim)
    dialog = open_dialog(qtbot, ctx, account)
    tab = dialog.tools["templates"]
    assert isinstance(tab, TemplatesTab)
    idle(qtbot, dialog)
    sim.vendors["tencent"].force_error(1009, path="add_template")
    tab.add_button.click()
    editor = tab.editor
    assert isinstance(editor, TemplateEditor)
    editor.buttons.accepted.emit()  # empty text is refused here, without a call
    assert editor.isVisible() and editor.error.text()
    editor.text.setPlainText("Hello {1}")
    editor.buttons.accepted.emit()
    idle(qtbot, dialog)
    assert "IP allow-list" in tab.message.text() and "Traceback" not in tab.message.text()
    assert tab.add_button.isEnabled()
    # A lost answer: not known whether it was filed, so the user is told to check.
    sim.inject("tencent", Fault.TIMEOUT, path="add_template")
    tab.add_button.click()
    tab.editor.text.setPlainText("Hello again {1}")  # type: ignore[union-attr]
    tab.editor.buttons.accepted.emit()  # type: ignore[union-attr]
    idle(qtbot, dialog)
    assert "Check the list" in tab.message.text()
    dialog.done(0)


def test_signatures_add_edit_delete(qtbot: QtBot, ctx: AppContext, sim: Simulator, tmp_path: Path) -> None:
    account = tencent_account(ctx, sim)
    tsim = sim.vendors["tencent"]
    console_sign = tsim.add_sign("Lin Bakery", approved=False)
    tsim.reject_sign(console_sign, "Business licence does not match")
    dialog = open_dialog(qtbot, ctx, account)
    tab = dialog.tools["signatures"]
    assert isinstance(tab, SignaturesTab)
    idle(qtbot, dialog)
    assert tab.table.rowCount() == 0 and "No signatures yet" in tab.message.text()

    # One made in the console is found by its ID.
    tab.lookup_button.click()
    assert tab.lookup_dialog is not None
    tab.lookup_dialog.setIntValue(console_sign)
    tab.lookup_dialog.accept()
    idle(qtbot, dialog)
    assert rows(tab)[str(console_sign)] == [str(console_sign), "Lin Bakery", "Rejected",
                                            "Business licence does not match"]

    tab.add_button.click()
    editor = tab.editor
    assert isinstance(editor, SignatureEditor)
    editor.text.setText("[Chen Tea]")  # brackets are dropped, as Tencent wants
    editor.buttons.accepted.emit()
    idle(qtbot, dialog)
    added = [s for s in tsim.account().signs.values() if s["text"] == "Chen Tea"]
    assert len(added) == 1
    new_id = added[0]["id"]
    assert rows(tab)[str(new_id)][2] == "Waiting for approval"

    # Remembered: a new dialog lists both, with the review done meanwhile.
    dialog.done(0)
    tsim.approve_sign(new_id)
    dialog = open_dialog(qtbot, ctx, account)
    tab = dialog.tools["signatures"]
    assert isinstance(tab, SignaturesTab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=5000)
    idle(qtbot, dialog)
    assert rows(tab)[str(new_id)][2] == "Approved"

    select(tab, new_id)
    tab.edit_button.click()
    editor = tab.editor
    assert isinstance(editor, SignatureEditor) and editor.text.text() == "Chen Tea"
    pic = tmp_path / "licence.png"
    pic.write_bytes(b"\x89PNG\r\n\x1a\n fake licence scan")
    editor.text.setText("Chen Tea Co")
    editor.picture.setText(str(pic))
    editor.buttons.accepted.emit()
    idle(qtbot, dialog)
    assert tsim.account().signs[new_id]["text"] == "Chen Tea Co"
    assert tsim.account().signs[new_id]["pic"]  # sent Base64-encoded
    assert rows(tab)[str(new_id)][1:3] == ["Chen Tea Co", "Waiting for approval"]

    # A signature the vendor refuses: its words, not a traceback.
    select(tab, new_id)
    tab.edit_button.click()
    tab.editor.text.setText("X")  # type: ignore[union-attr]
    tab.editor.buttons.accepted.emit()  # type: ignore[union-attr]
    idle(qtbot, dialog)
    assert "signature" in tab.message.text() and tab.message.property("tone") == "error"

    select(tab, console_sign)
    tab.delete_button.click()
    assert tab.confirm is not None
    tab.confirm.button(QMessageBox.StandardButton.Yes).click()
    idle(qtbot, dialog)
    assert console_sign not in tsim.account().signs
    assert list(rows(tab)) == [str(new_id)]
    assert tab.known_ids() == [new_id]
    dialog.done(0)
    assert_no_secret_in_urls(sim)


def test_statistics_for_a_date_range(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = tencent_account(ctx, sim)
    tsim = sim.vendors["tencent"]
    tsim.auto_deliver = False
    tpl = next(iter(tsim.account().templates))
    client = TencentClient(ctx.accounts.config(account), http=fast_http(ctx.accounts.config(account)))
    try:
        result = client.send(SendRequest(["+8613800000001", "+8613800000002", "+8613800000003"],
                                         template_id=str(tpl), params={"1": "1234", "2": "5"}))
    finally:
        client.close()
    assert all(r.vendor_msg_id for r in result.recipients)
    tsim.deliver(result.recipients[0].vendor_msg_id)
    tsim.fail(result.recipients[1].vendor_msg_id, category=1)
    dialog = open_dialog(qtbot, ctx, account)
    tab = dialog.tools["statistics"]
    assert isinstance(tab, StatisticsTab)
    idle(qtbot, dialog)
    today = datetime.now(CHINA_TZ).date()
    tab.begin.setDate(QDate(today.year, today.month, today.day))
    tab.end.setDate(QDate(today.year, today.month, today.day))
    tab.show_button.click()
    assert not tab.show_button.isEnabled()
    idle(qtbot, dialog)
    shown = {k: int(v.text()) for k, v in tab.values.items()}
    assert shown["submitted"] == 3 and shown["accepted"] == 3 and shown["billed"] == 3
    assert shown["reports"] == 2 and shown["delivered"] == 1 and shown["failed"] == 1
    assert shown["fail_1"] == 1 and shown["fail_0"] == 0
    assert tab.form.labelForField(tab.values["fail_1"]).text().strip() == "Number invalid or does not exist:"

    # A range with nothing in it.
    earlier = today - timedelta(days=10)
    tab.begin.setDate(QDate(earlier.year, earlier.month, earlier.day))
    tab.end.setDate(QDate(earlier.year, earlier.month, earlier.day))
    tab.show_button.click()
    idle(qtbot, dialog)
    assert all(int(v.text()) == 0 for v in tab.values.values())

    # From after To: said in words, nothing asked.
    before = len(sim.log)
    tab.begin.setDate(QDate(today.year, today.month, today.day))
    tab.show_button.click()
    assert "after" in tab.message.text() and len(sim.log) == before and not dialog.busy
    dialog.done(0)


def test_sepsms_otp_send_and_verify(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = sepsms_account(ctx, sim)
    ssim = sim.vendors["sepsms"]
    dialog = open_dialog(qtbot, ctx, account)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["OTP test"]
    tab = dialog.tools["otp"]
    assert isinstance(tab, OtpTab)
    assert not tab.verify_button.isEnabled()

    tab.phone.setText("02 123 4567")  # a Bangkok landline
    tab.send_button.click()
    assert "landline" in tab.message.text() and not sim.log
    tab.phone.setText("081 234 5678")
    tab.template.setText("Shop code")
    tab.send_button.click()
    assert "{code}" in tab.message.text() and not sim.log
    tab.template.setText("Shop code {code} ref {ref}")
    tab.ttl.setValue(120)
    tab.length.setValue(4)
    tab.send_button.click()
    assert not tab.send_button.isEnabled()
    idle(qtbot, dialog)
    assert tab.sent is not None
    reference = tab.sent.reference
    otp = ssim.otps[reference]
    assert otp.destination == "66812345678" and otp.ttl == 120 and len(otp.code) == 4
    assert reference in tab.sent_info.text() and "Valid until" in tab.sent_info.text()
    assert tab.verify_button.isEnabled()

    code = ssim.otp_code(reference)
    tab.code.setText("0000" if code != "0000" else "1111")
    tab.verify_button.click()
    idle(qtbot, dialog)
    assert tab.message.text() == "Not verified: The code is not correct. Check it and try again."
    tab.code.setText(code)
    tab.verify_button.click()
    idle(qtbot, dialog)
    assert tab.message.text() == "Verified: the code is correct."
    tab.verify_button.click()  # a used code: the vendor's reason in words
    idle(qtbot, dialog)
    assert "already used" in tab.message.text()

    dialog.done(0)

    # A fresh dialog (its client's OTP pacing starts anew): the vendor's refusal in words.
    ssim.set_credit(SEPSMS_KEY, 0)
    dialog = open_dialog(qtbot, ctx, account)
    tab = dialog.tools["otp"]
    assert isinstance(tab, OtpTab)
    tab.phone.setText("+66 81 234 5678")
    tab.send_button.click()
    idle(qtbot, dialog)
    assert "not have enough credit" in tab.message.text() and tab.send_button.isEnabled()
    assert tab.sent is None and not tab.verify_button.isEnabled()
    dialog.done(0)
    assert_no_secret_in_urls(sim)
