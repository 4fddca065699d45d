"""After a whole working session no password or key is in any file SMS Desk writes.

Accounts of every vendor are added through the account dialog with distinctive
secrets, tested (once with a wrong password), used to send through the engine,
asked for balances with faults injected, and the GUI's crash hook is fired with
a secret in the exception. Then the database (and its WAL), the Sandbox
database, settings.ini and every log file are searched byte for byte.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from smsdesk.core import paths
from smsdesk.core.balances import read_all
from smsdesk.core.credentials import Credentials, MemoryKeyring
from smsdesk.core.planner import create_job, plan_send
from smsdesk.core.states import State
from smsdesk.gui import app as gui_app
from smsdesk.gui.account_editor import AccountEditor
from smsdesk.gui.account_fields import TemplatesEditor
from smsdesk.gui.accounts_dialog import AccountManagerDialog
from smsdesk.gui.context import AppContext
from smsdesk.gui.settings_dialog import SettingsDialog
from smsdesk.sim.server import Fault, Simulator
from smsdesk.vendors.base import AccountConfig
from smsdesk.vendors.http import HttpPolicy

TW = "Tw-Secret-4f9a2c81e0"
SG = "Sg-Secret-77b1d3e9aa"
SEP = "sk_sep_5ec12e7d5ec12e7d5ec12e7d5ec12e7d"
SEP_WEBHOOK = "whsec-Secret-0c3e5a91"
EL = "El-Secret-d4e2b7f013"
TC = "Tc-Secret-appkey-8e6f21c4"
WRONG = "Wrong-Typed-Secret-3b9e"
SECRETS = (TW, SG, SEP, SEP_WEBHOOK, EL, TC, WRONG)
SENT_IN_BODIES = (TW, SG, WRONG)  # form-field passwords: fine in POST bodies, never in URLs


def fast_http(config: AccountConfig) -> HttpPolicy:
    return HttpPolicy(secrets=[v for v in config.secrets.values() if v], read_timeout=1.0,
                      connect_timeout=0.5, backoff=0.01)


@pytest.fixture
def log_file(home: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    handler = gui_app.setup_logging()
    yield paths.log_dir() / "smsdesk.log"
    root.removeHandler(handler)
    handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def fast_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0.2")


def add_via_dialog(qtbot: QtBot, manager: AccountManagerDialog, vendor: str, name: str, base_url: str,
                   values: dict[str, Any], *, wrong: dict[str, str] | None = None) -> int:
    manager.add()
    editor = manager.editor
    assert isinstance(editor, AccountEditor)
    editor.vendor.setCurrentIndex(editor.vendor.findData(vendor))
    editor.name.setText(name)
    editor.advanced_toggle.click()
    editor.base_url.setText(base_url)

    def put(items: dict[str, Any]) -> None:
        for key, value in items.items():
            widget = editor.inputs[key]
            if isinstance(widget, TemplatesEditor):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                assert isinstance(widget, QLineEdit)
                widget.setText(str(value))

    def test() -> tuple[bool, str]:
        with qtbot.waitSignal(editor.test_finished, timeout=10000) as blocker:
            editor.test_button.click()
        return bool(blocker.args[0]), str(blocker.args[1])

    if wrong:
        put({**values, **wrong})
        ok, text = test()
        assert not ok, text
    put(values)
    ok, text = test()
    assert ok, text
    editor.save_button.click()
    assert editor.saved_id is not None, editor.error.text()
    return editor.saved_id


def close_modal_soon(qtbot: QtBot) -> list[str]:
    """Close the crash dialog once it is up (it runs its own event loop)."""
    seen: list[str] = []

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, attempt)
            return
        seen.append(box.windowTitle())
        box.close()

    QTimer.singleShot(0, attempt)
    return seen


def scan(home: Path) -> list[Path]:
    targets = [home / "smsdesk.db", home / "smsdesk.db-wal", home / "sandbox.db", home / "sandbox.db-wal",
               home / "settings.ini", *sorted((home / "logs").glob("*.log*"))]
    present = [p for p in targets if p.exists()]
    for path in present:
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode("utf-8") not in data, f"{secret} found in {path.name}"
    return present


def test_no_secret_in_any_file_after_a_full_session(qtbot: QtBot, sim: Simulator, home: Path,
                                                    log_file: Path) -> None:
    sim.vendors["twsms"].add_account("shop-tw", TW, balance=100, snumbers={"12345"})
    sim.vendors["smsget"].add_account("shop-sg", SG, balance=100)
    sim.vendors["sepsms"].add_account(SEP, credit=100, origins=("SHOP",))
    sim.vendors["engagelab"].add_account("shop-el-key", EL, templates={"tpl-1": "Code {{code}}"})
    sim.vendors["tencent"].add_account("1400123456", TC)
    sim.vendors["tencent"].add_template("Your code is {1}.", sdkappid="1400123456")

    ctx = AppContext.open(credentials=Credentials(backend=MemoryKeyring()))
    try:
        manager = AccountManagerDialog(ctx, http_factory=fast_http)
        qtbot.addWidget(manager)
        manager.show()
        tw_id = add_via_dialog(qtbot, manager, "twsms", "Shop TwSMS", sim.base_url("twsms"),
                               {"username": "shop-tw", "password": TW, "snumber": "12345"},
                               wrong={"password": WRONG})
        add_via_dialog(qtbot, manager, "smsget", "Shop SMS-Get", sim.base_url("smsget"),
                       {"username": "shop-sg", "password": SG})
        add_via_dialog(qtbot, manager, "sepsms", "Shop SepSMS", sim.base_url("sepsms"),
                       {"api_key": SEP, "origin": "SHOP", "webhook_secret": SEP_WEBHOOK})
        add_via_dialog(qtbot, manager, "engagelab", "Shop EngageLab", sim.base_url("engagelab"),
                       {"dev_key": "shop-el-key", "dev_secret": EL,
                        "templates": [{"id": "tpl-1", "name": "Code", "params": ["code"], "preview": "Code {{code}}"}]})
        add_via_dialog(qtbot, manager, "tencent", "Shop Tencent", sim.base_url("tencent"),
                       {"sdkappid": "1400123456", "appkey": TC, "sign": ""})
        assert manager.list.count() == 6

        settings = SettingsDialog(ctx)
        qtbot.addWidget(settings)
        settings.open()
        settings.buttons.button(settings.buttons.StandardButton.Ok).click()

        accounts = ctx.accounts
        tw = accounts.get(tw_id)
        sandbox = next(a for a in accounts.all() if a.is_sandbox)
        # Sends through the engine: Sandbox and TwSMS, then a TwSMS send whose answer is lost.
        for account in (sandbox, tw):
            job = create_job(ctx.store, account, plan_send(ctx.store, account, phones=["0912345678"], text="Hi"))
            summary = ctx.engine.run(job)
            assert summary.as_json()["submitted"] == 1, summary.as_json()
        sim.inject("twsms", Fault.DROP_AFTER_ACCEPT, path="sms_send")
        job = create_job(ctx.store, tw, plan_send(ctx.store, tw, phones=["0922333444"], text="Hi again"))
        summary = ctx.engine.run(job)
        assert summary.as_json()["unknown"] == 1, summary.as_json()
        states = [r["state"] for r in ctx.store.query("SELECT state FROM messages WHERE job_id=?", (job,))]
        assert states == [str(State.UNKNOWN)]

        # Balances: one vendor fails once (retried, logged), one refuses the password.
        sim.inject("smsget", Fault.HTTP_500, path="api_query_credit")
        sim.vendors["twsms"].force_error("00012", path="sms_query")
        readings = {r.vendor: r for r in read_all(ctx.store, accounts)}
        assert readings["smsget"].balance == 100
        assert readings["sepsms"].balance == 100
        assert readings["twsms"].error and "password" in readings["twsms"].error

        # The crash hook logs an exception that happens to contain a secret.
        seen = close_modal_soon(qtbot)
        try:
            raise RuntimeError(f"could not use {TW} with {TC}")
        except RuntimeError as exc:
            gui_app.excepthook(type(exc), exc, exc.__traceback__)
        assert seen == ["Something went wrong"]
        for handler in logging.getLogger().handlers:
            handler.flush()

        logged = log_file.read_text(encoding="utf-8")
        assert "unhandled exception" in logged and "could not use \u2022\u2022\u2022 with \u2022\u2022\u2022" in logged
        assert "retrying" in logged and "connection test of twsms failed" in logged
        present = {p.name for p in scan(home)}
        assert {"smsdesk.db", "sandbox.db", "settings.ini", "smsdesk.log"} <= present
        assert b"Shop TwSMS" in (home / "smsdesk.db").read_bytes() + (
            (home / "smsdesk.db-wal").read_bytes() if (home / "smsdesk.db-wal").exists() else b"")
    finally:
        ctx.close()
    scan(home)  # again after the WAL was folded into the database

    for entry in sim.log:
        for secret in SECRETS:
            assert secret not in entry.url, entry.url
        for header in entry.headers.values():
            assert TC not in header and SEP_WEBHOOK not in header
        # Tencent's app key and SepSMS's webhook secret never leave this computer.
        assert TC.encode() not in entry.body and SEP_WEBHOOK.encode() not in entry.body
    assert any(TW.encode() in e.body for e in sim.requests_to("twsms"))  # sanity: it went in the body


def test_vendor_echoing_the_password_is_not_stored(sim: Simulator, home: Path) -> None:
    sim.vendors["twsms"].add_account("shop-tw", TW, balance=100)
    ctx = AppContext.open(credentials=Credentials(backend=MemoryKeyring()))
    try:
        account = ctx.accounts.add("Shop TwSMS", "twsms", {"username": "shop-tw"}, {"password": TW},
                                   base_url=sim.base_url("twsms"))
        sim.vendors["twsms"].force_answer({"code": "00012", "text": f"password {TW} is wrong"},
                                          path="sms_query")
        reading = read_all(ctx.store, ctx.accounts, [account])[0]
        assert reading.error
        rows = ctx.store.query("SELECT error FROM balance_snapshots")
        assert rows and all(TW not in (r["error"] or "") for r in rows)
    finally:
        ctx.close()
    scan(home)
