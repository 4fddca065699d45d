"""Account manager and edit form against the real vendor simulators over HTTP."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from support.gui import private_ctx

from smsdesk.core.credentials import Credentials
from smsdesk.gui.account_connection import describe_test_error, find_ip
from smsdesk.gui.account_editor import AccountEditor
from smsdesk.gui.account_fields import TemplatesEditor, clean_text
from smsdesk.gui.accounts_dialog import AccountManagerDialog
from smsdesk.gui.context import AppContext
from smsdesk.sim.server import Fault, Simulator
from smsdesk.vendors.base import AccountConfig, OutcomeUnknown
from smsdesk.vendors.http import HttpPolicy

VENDORS = ("twsms", "smsget", "sepsms", "engagelab", "tencent")
# Every secret of every vendor's demo account, to check none shows up in a URL.
DEMO_SECRETS = ("demo-password", "sk_sep_demo0000000000000000000000", "demo-dev-secret",
                "demo-appkey-5f03a35d00ee52a2")


def fast_http(config: AccountConfig) -> HttpPolicy:
    return HttpPolicy(secrets=[v for v in config.secrets.values() if v], read_timeout=0.5,
                      connect_timeout=0.5, backoff=0.01)


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = private_ctx()
    yield context
    context.close()


@pytest.fixture
def manager(qtbot: QtBot, ctx: AppContext) -> AccountManagerDialog:
    dialog = AccountManagerDialog(ctx, http_factory=fast_http)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(editor: AccountEditor, values: dict[str, Any]) -> None:
    for key, value in values.items():
        widget = editor.inputs[key]
        if isinstance(widget, TemplatesEditor):
            widget.set_value(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(str(value))


def new_editor(manager: AccountManagerDialog, vendor: str, base_url: str, values: dict[str, Any]) -> AccountEditor:
    manager.add()
    editor = manager.editor
    assert editor is not None and editor.isVisible()
    index = editor.vendor.findData(vendor)
    assert index >= 0, vendor
    editor.vendor.setCurrentIndex(index)
    fill(editor, values)
    editor.advanced_toggle.click()
    editor.base_url.setText(base_url)
    return editor


def run_test(qtbot: QtBot, editor: AccountEditor) -> tuple[bool, str]:
    with qtbot.waitSignal(editor.test_finished, timeout=10000) as blocker:
        editor.test_button.click()
    ok, text = blocker.args
    assert editor.test_result.text().endswith(text)
    assert editor.test_button.isEnabled()
    return bool(ok), str(text)


def demo_values(sim: Simulator, vendor: str) -> dict[str, Any]:
    seeded = sim.vendors[vendor].seed_demo()
    keys = {"twsms": ("username", "password", "snumber"), "smsget": ("username", "password"),
            "sepsms": ("api_key", "origin"), "engagelab": ("dev_key", "dev_secret", "templates"),
            "tencent": ("sdkappid", "appkey", "sign")}[vendor]
    return {k: seeded[k] for k in keys}


def assert_no_secret_in_urls(sim: Simulator, *secrets: str) -> None:
    assert sim.log, "the simulator saw no request"
    for entry in sim.log:
        for secret in secrets:
            assert secret not in entry.url


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- the list ---------------------------------------------------------------------------


def test_sandbox_is_listed_as_practice_and_vendors_exclude_it(qtbot: QtBot, manager: AccountManagerDialog) -> None:
    assert manager.list.count() == 1
    assert "practice" in manager.list.item(0).text()
    assert manager.edit_button.isEnabled() and manager.remove_button.isEnabled()
    assert not manager.duplicate_button.isEnabled()  # a second practice account makes no sense
    assert "without sending or charging anything" in manager.details.text()
    manager.add()
    assert manager.editor is not None
    vendors = [manager.editor.vendor.itemData(i) for i in range(manager.editor.vendor.count())]
    assert vendors == list(VENDORS)
    manager.editor.reject()


# -- adding every vendor, and a successful test ---------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_add_account_test_connection_and_save(qtbot: QtBot, sim: Simulator, ctx: AppContext,
                                              manager: AccountManagerDialog, vendor: str) -> None:
    values = demo_values(sim, vendor)
    editor = new_editor(manager, vendor, sim.base_url(vendor), values)
    ok, text = run_test(qtbot, editor)
    assert ok, text
    if vendor == "engagelab":
        # No free test call exists and every send costs money: nothing may reach the vendor.
        assert "no test call" in text and sim.requests_to("engagelab") == []
    else:
        assert sim.requests_to(vendor), "the test must really ask the vendor"
        assert "Connected" in text
        assert_no_secret_in_urls(sim, *DEMO_SECRETS)
    # Testing saved nothing.
    assert [a.vendor for a in ctx.accounts.all()] == ["sandbox"]

    with qtbot.waitSignal(ctx.events.accounts_changed, timeout=2000):
        editor.save_button.click()
    assert editor.result() == AccountEditor.DialogCode.Accepted
    account = ctx.accounts.get(editor.saved_id or 0)
    assert account.vendor == vendor and account.base_url == sim.base_url(vendor)
    spec = account.spec
    for f in spec.fields:
        if f.key not in values:
            continue
        if f.secret:
            assert ctx.accounts.credentials.get(account.key, f.key) == values[f.key]
            assert f.key not in account.settings
        elif f.kind == "templates":
            assert [t["id"] for t in account.settings[f.key]] == [t["id"] for t in values[f.key]]
        else:
            assert account.settings[f.key] == values[f.key]
    assert ctx.accounts.missing_secrets(account) == []
    assert any(spec.label in manager.list.item(i).text() for i in range(manager.list.count()))
    assert manager.selected_id() == account.id
    # The saved account works through the normal path too.
    client = ctx.accounts.client(account, http=fast_http(ctx.accounts.config(account)))
    try:
        assert client.test_connection()
    finally:
        client.close()


# -- every failure the simulators can produce ------------------------------------------------


WRONG = {
    "twsms": {"password": "not-the-password"},
    "smsget": {"password": "not-the-password"},
    "sepsms": {"api_key": "sk_sep_00000000000000000000000000wrong"},
    "tencent": {"appkey": "wrong-appkey-0000000000"},
}


@pytest.mark.parametrize("vendor", sorted(WRONG))
def test_wrong_credentials_are_named(qtbot: QtBot, sim: Simulator, manager: AccountManagerDialog,
                                     vendor: str) -> None:
    values = {**demo_values(sim, vendor), **WRONG[vendor]}
    editor = new_editor(manager, vendor, sim.base_url(vendor), values)
    ok, text = run_test(qtbot, editor)
    assert not ok
    assert text.startswith("The vendor did not accept the sign-in details"), text
    assert "Vendor's answer:" in text  # the vendor's own code, for support
    assert editor.test_result.text().startswith("\u2717")


IP_BLOCK = {
    "twsms": lambda sim: setattr(sim.vendors["twsms"], "allowed_ips", {"203.0.113.9"}),
    "smsget": lambda sim: setattr(sim.vendors["smsget"], "allowed_ips", {"203.0.113.9"}),
    "sepsms": lambda sim: setattr(sim.vendors["sepsms"].accounts["sk_sep_demo0000000000000000000000"],
                                  "allowed_ips", {"203.0.113.9"}),
    "tencent": lambda sim: setattr(sim.vendors["tencent"].account(), "allowed_ips", {"203.0.113.9"}),
}


@pytest.mark.parametrize("vendor", sorted(IP_BLOCK))
def test_ip_not_allowed_shows_the_address_when_known(qtbot: QtBot, sim: Simulator,
                                                     manager: AccountManagerDialog, vendor: str) -> None:
    values = demo_values(sim, vendor)
    IP_BLOCK[vendor](sim)
    editor = new_editor(manager, vendor, sim.base_url(vendor), values)
    ok, text = run_test(qtbot, editor)
    assert not ok
    if vendor == "smsget":  # SMS-Get's error 006 does not say which address it saw
        assert "Check the IP allow-list" in text and "127.0.0.1" not in text
    else:
        assert text.startswith("The vendor refused this computer's public address 127.0.0.1."), text


def test_tencent_clock_off(qtbot: QtBot, sim: Simulator, manager: AccountManagerDialog) -> None:
    values = demo_values(sim, "tencent")
    sim.vendors["tencent"].set_clock_offset(20 * 60)  # the real time is 20 minutes later than ours
    editor = new_editor(manager, "tencent", sim.base_url("tencent"), values)
    ok, text = run_test(qtbot, editor)
    assert not ok
    assert text.startswith("This computer's clock is wrong."), text
    assert "10 minutes" in text


def test_connection_refused(qtbot: QtBot, sim: Simulator, manager: AccountManagerDialog) -> None:
    values = demo_values(sim, "twsms")
    editor = new_editor(manager, "twsms", f"http://127.0.0.1:{closed_port()}/twsms", values)
    ok, text = run_test(qtbot, editor)
    assert not ok
    assert text.startswith("Nothing answered at that address: check the address and your network."), text
    assert "could not be reached" in text and "server address under Advanced" in text
    assert "ConnectionError" not in text and "Vendor's answer" not in text  # nothing answered: said in words


@pytest.mark.parametrize("vendor", ["twsms", "sepsms", "tencent"])
def test_timeout_runs_off_the_gui_thread_and_is_explained(qtbot: QtBot, sim: Simulator,
                                                          manager: AccountManagerDialog, vendor: str) -> None:
    values = demo_values(sim, vendor)
    sim.inject(vendor, Fault.TIMEOUT)
    editor = new_editor(manager, vendor, sim.base_url(vendor), values)
    with qtbot.waitSignal(editor.test_finished, timeout=10000) as blocker:
        editor.test_button.click()
        # The click returned while the vendor is still silent: the wait is on a worker thread.
        assert editor.test_result.text().startswith("Testing")
        assert not editor.test_button.isEnabled()
    ok, text = blocker.args
    assert not ok
    assert text.startswith("The vendor did not answer in time."), text


def test_described_errors_for_lost_answers_and_surprises() -> None:
    assert describe_test_error(OutcomeUnknown("lost")).startswith("The vendor did not answer in time.")
    text = describe_test_error(KeyError("x"))
    assert "unexpected problem (KeyError)" in text
    assert find_ip("request ip 10.1.2.3 not in whitelist") == "10.1.2.3"
    assert find_ip("IP 2001:db8:0:0:0:0:0:1 is not allowed") == "2001:db8:0:0:0:0:0:1"
    assert find_ip("version 1.2.3 only") is None
    assert clean_text(" \ufeffkey-123\u200b\n") == "key-123"


# -- edit, keep the saved secret, test with unsaved values ----------------------------------------


def add_twsms(ctx: AppContext, sim: Simulator, **settings: Any) -> Any:
    creds = sim.vendors["twsms"].seed_demo()
    return ctx.accounts.add("Shop", "twsms", {"username": creds["username"], **settings},
                            {"password": creds["password"]}, base_url=sim.base_url("twsms"))


def test_edit_keeps_saved_secret_and_tests_unsaved_values(qtbot: QtBot, sim: Simulator, ctx: AppContext,
                                                          manager: AccountManagerDialog) -> None:
    account = add_twsms(ctx, sim, snumber="12345")
    manager.reload()
    manager.select("Shop")
    assert "Shop \u2014 TwSMS" in manager.list.currentItem().text()
    manager.edit_button.click()
    editor = manager.editor
    assert editor is not None and not editor.vendor.isEnabled()
    password = editor.inputs["password"]
    assert isinstance(password, QLineEdit)
    assert password.text() == "" and "saved" in password.placeholderText()
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert editor.inputs["snumber"].text() == "12345"  # type: ignore[attr-defined]

    # Empty password field: the test uses the one in the keychain.
    ok, text = run_test(qtbot, editor)
    assert ok, text
    # A wrong password typed but not saved is what gets tested, and it is not saved by testing.
    password.setText("typed-but-wrong")
    ok, text = run_test(qtbot, editor)
    assert not ok and "sign-in" in text
    assert ctx.accounts.credentials.get(account.key, "password") == "demo-password"

    password.setText("")
    fill(editor, {"snumber": "  54321 "})
    editor.advanced_toggle.click()
    editor.concurrency.setValue(3)
    editor.rate.setValue(20)
    editor.low_balance.setValue(50)
    with qtbot.waitSignal(ctx.events.accounts_changed, timeout=2000):
        editor.save_button.click()
    saved = ctx.accounts.get(account.id)
    assert saved.settings["snumber"] == "54321"  # trimmed
    assert saved.settings["concurrency"] == 3 and saved.settings["rate_per_s"] == 20
    assert saved.low_balance == 50
    assert ctx.accounts.credentials.get(account.key, "password") == "demo-password"


def test_pasted_credentials_are_trimmed(qtbot: QtBot, sim: Simulator, ctx: AppContext,
                                        manager: AccountManagerDialog) -> None:
    values = demo_values(sim, "twsms")
    values = {"username": f"  {values['username']}\t", "password": f"\ufeff{values['password']}\u200b\n"}
    editor = new_editor(manager, "twsms", f" {sim.base_url('twsms')}/ ", values)
    ok, text = run_test(qtbot, editor)
    assert ok, text
    editor.save_button.click()
    account = ctx.accounts.get(editor.saved_id or 0)
    assert account.settings["username"] == "demo"
    assert ctx.accounts.credentials.get(account.key, "password") == "demo-password"
    assert account.base_url == sim.base_url("twsms")


def test_required_fields_and_http_warning(qtbot: QtBot, sim: Simulator, ctx: AppContext,
                                          manager: AccountManagerDialog) -> None:
    editor = new_editor(manager, "twsms", "http://127.0.0.1:1/twsms", {"username": "", "password": ""})
    assert editor.base_url_warning.isVisible()
    editor.base_url.setText("https://api.twsms.com")
    assert not editor.base_url_warning.isVisible()
    editor.base_url.setText("api.twsms.com")
    editor.save_button.click()
    assert editor.isVisible()
    assert "Enter the Username." in editor.error.text()
    assert "Enter the Password." in editor.error.text()
    assert "must start with https://" in editor.error.text()
    editor.test_button.click()  # the same check before any request is made
    assert editor.test_task is None and sim.log == []
    assert [a.vendor for a in ctx.accounts.all()] == ["sandbox"]
    # The int field only takes digits.
    expiry = editor.inputs["expirytime"]
    assert isinstance(expiry, QLineEdit)
    assert expiry.text() == "28800"  # the vendor's documented default
    expiry.clear()
    qtbot.keyClicks(expiry, "12a3")
    assert expiry.text() == "123"


def test_duplicate_copies_settings_and_asks_for_the_secret(qtbot: QtBot, sim: Simulator, ctx: AppContext,
                                                           manager: AccountManagerDialog) -> None:
    original = add_twsms(ctx, sim, snumber="12345", expirytime=600)
    manager.reload()
    manager.select("Shop")
    manager.duplicate_button.click()
    editor = manager.editor
    assert editor is not None
    assert editor.name.text() == "Shop (copy)"
    assert editor.inputs["username"].text() == "demo"  # type: ignore[attr-defined]
    assert editor.inputs["expirytime"].text() == "600"  # type: ignore[attr-defined]
    assert editor.base_url.text() == sim.base_url("twsms")
    assert editor.inputs["password"].text() == ""  # type: ignore[attr-defined]
    editor.save_button.click()
    assert "Enter the Password." in editor.error.text()
    fill(editor, {"password": "demo-password"})
    editor.save_button.click()
    copy = ctx.accounts.get(editor.saved_id or 0)
    assert copy.id != original.id and copy.name == "Shop (copy)"
    assert copy.settings["snumber"] == "12345" and copy.settings["expirytime"] == 600
    assert ctx.accounts.credentials.get(copy.key, "password") == "demo-password"


def test_remove_asks_and_removes_the_secret(qtbot: QtBot, sim: Simulator, ctx: AppContext,
                                            manager: AccountManagerDialog) -> None:
    account = add_twsms(ctx, sim)
    manager.reload()
    manager.select("Shop")
    manager.remove_button.click()
    box = manager.confirm
    assert box is not None and box.isVisible()
    assert "Shop" in box.text() and "keychain" in box.informativeText()
    box.button(box.StandardButton.Cancel).click()
    assert ctx.accounts.find("Shop") is not None

    manager.remove_button.click()
    box = manager.confirm
    with qtbot.waitSignal(ctx.events.accounts_changed, timeout=2000):
        manager.remove_confirm_button.click()
    assert ctx.accounts.find("Shop") is None
    assert ctx.accounts.credentials.get(account.key, "password") is None
    assert manager.list.count() == 1


def test_templates_editor_fills_parameters_from_the_preview(qtbot: QtBot, sim: Simulator, ctx: AppContext,
                                                            manager: AccountManagerDialog) -> None:
    values = demo_values(sim, "engagelab")
    del values["templates"]
    editor = new_editor(manager, "engagelab", sim.base_url("engagelab"), values)
    templates = editor.inputs["templates"]
    assert isinstance(templates, TemplatesEditor)
    row = templates.add_row("notification-template", "Shipping")
    templates.table.item(row, 3).setText("Your order {{order}} has shipped to {{ name }}.")
    assert templates.table.item(row, 2).text() == "order, name"
    blank = templates.add_row(name="no id yet")
    editor.save_button.click()
    assert "row 2 has no template ID" in editor.error.text()
    templates.table.selectRow(blank)
    templates.remove_button.click()
    editor.save_button.click()
    account = ctx.accounts.get(editor.saved_id or 0)
    assert account.settings["templates"] == [{
        "id": "notification-template", "name": "Shipping", "params": ["order", "name"],
        "preview": "Your order {{order}} has shipped to {{ name }}.",
    }]


def test_closing_the_form_during_a_test_is_safe(qtbot: QtBot, sim: Simulator, ctx: AppContext,
                                                manager: AccountManagerDialog) -> None:
    values = demo_values(sim, "twsms")
    sim.inject("twsms", Fault.TIMEOUT)
    editor = new_editor(manager, "twsms", sim.base_url("twsms"), values)
    editor.test_button.click()
    task = editor.test_task
    assert task is not None
    editor.reject()
    assert task.is_cancelled
    qtbot.waitUntil(task.done.is_set, timeout=5000)
    assert editor.test_ok is None  # the late answer was not delivered to the closed form


# -- no keychain: session only ---------------------------------------------------------------


@pytest.fixture
def ctx_without_keyring(home: Path) -> Iterator[AppContext]:
    context = AppContext.open(credentials=Credentials(backend=fail.Keyring()))
    yield context
    context.close()


def test_no_keyring_offers_session_only(qtbot: QtBot, sim: Simulator, home: Path,
                                        ctx_without_keyring: AppContext) -> None:
    ctx = ctx_without_keyring
    secret = "Session-Only-Secret-7c1d"
    sim.vendors["twsms"].add_account("nokeyring", secret)
    manager = AccountManagerDialog(ctx, http_factory=fast_http)
    qtbot.addWidget(manager)
    manager.show()
    assert any("no usable system keychain" in label.text() for label in manager.findChildren(QLabel))
    editor = new_editor(manager, "twsms", sim.base_url("twsms"), {"username": "nokeyring", "password": secret})
    editor.save_button.click()
    box = editor.keyring_box
    assert box is not None and box.isVisible()
    assert "No system keychain" in box.text() and "never writes passwords to a file" in box.text()
    # Cancel: nothing saved, the form stays open with an explanation.
    box.button(box.StandardButton.Cancel).click()
    assert editor.isVisible() and "Not saved" in editor.error.text()
    assert ctx.accounts.find("TwSMS") is None

    editor.save_button.click()
    box = editor.keyring_box
    assert box is not None
    with qtbot.waitSignal(ctx.events.accounts_changed, timeout=2000):
        editor.session_button.click()
    account = ctx.accounts.find("TwSMS")
    assert account is not None
    assert ctx.accounts.credentials.is_session_only(account.key, "password")
    assert ctx.accounts.missing_secrets(account) == []
    assert "session only" in manager.list.currentItem().text()

    # The session secret works, and is in no file.
    manager.edit_button.click()
    again = manager.editor
    assert again is not None
    assert "session only" in again.inputs["password"].placeholderText()  # type: ignore[attr-defined]
    ok, text = run_test(qtbot, again)
    assert ok, text
    again.reject()
    ctx.settings.sync()
    ctx.store.close()
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "smsdesk.db" for p in files)
    for path in files:
        assert secret.encode() not in path.read_bytes(), path
    assert_no_secret_in_urls(sim, secret)


def test_sandbox_can_be_renamed_and_tested(qtbot: QtBot, ctx: AppContext, manager: AccountManagerDialog) -> None:
    manager.edit_button.click()
    editor = manager.editor
    assert editor is not None and editor.inputs == {}
    labels = editor.scroll_area.widget().findChildren(QLabel)
    assert any("needs no setup" in label.text() for label in labels)
    ok, text = run_test(qtbot, editor)
    assert ok and "practice points" in text
    editor.name.setText("Practice")
    editor.save_button.click()
    assert ctx.accounts.find("Practice") is not None
    assert manager.list.item(0).text().startswith("Practice (practice")
