"""Drivers are plugins: a sixth vendor, shipped as its own package, works end to end.

tests/plugins/smsdesk_demo_vendor is installed (as pip lays a package out: the module and a
.dist-info with its entry points) into a temporary site folder on sys.path and PYTHONPATH;
nothing in smsdesk names it. Compose pricing, the schedule window, a real send to its own
simulator over HTTP, a status refresh, the account dialog and the CLI in a child process
all go through the registry.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from support.gui import private_ctx

from smsdesk import vendors
from smsdesk.core import schedule, segments
from smsdesk.core.accounts import AccountError, Accounts
from smsdesk.core.drafts import Draft, Recipient, analyze_draft
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.tracking import refresh_job
from smsdesk.gui.account_fields import available_specs
from smsdesk.gui.accounts_dialog import AccountManagerDialog
from smsdesk.sim.server import BUILTIN_SIMULATORS, Simulator
from smsdesk.vendors import BUILTIN_VENDORS, VENDOR_MODULES, all_specs, get_spec

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
PLUGIN = TESTS / "plugins" / "smsdesk_demo_vendor"
DEMO = "demosms"
KEY = "demo-key-7f3a"


def install(source: Path, site: Path) -> None:
    """Lay ``source`` out in ``site`` as an installer does: its package and a .dist-info
    whose entry_points.txt comes from its pyproject (pip here would need ``wheel`` offline)."""
    project = tomllib.loads((source / "pyproject.toml").read_text("utf-8"))["project"]
    for package in source.iterdir():
        if (package / "__init__.py").exists():
            shutil.copytree(package, site / package.name, ignore=shutil.ignore_patterns("__pycache__"))
    dist = site / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\n"
                                   f"Version: {project['version']}\n", "utf-8")
    (dist / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in points.items()) + "\n"
        for group, points in project["entry-points"].items()), "utf-8")


def _forget(site: Path) -> None:
    sys.path.remove(str(site))
    for name in [m for m in sys.modules if m.split(".")[0] == site.name or m.startswith("smsdesk_demo")]:
        del sys.modules[name]
    vendors.reload()
    segments.rule_for.cache_clear()


@pytest.fixture(scope="module", autouse=True)
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    site = tmp_path_factory.mktemp("site")
    install(PLUGIN, site)
    with pytest.MonkeyPatch.context() as mp:
        sys.path.insert(0, str(site))
        mp.setenv("PYTHONPATH", os.pathsep.join([str(site), str(TESTS), os.environ.get("PYTHONPATH", "")]))
        vendors.reload()
        yield site
        _forget(site)
    assert DEMO not in VENDOR_MODULES  # later test files see the built-ins only


@pytest.fixture
def env(home: Path) -> Iterator[tuple[Store, Accounts]]:
    store = Store(home / "smsdesk.db")
    yield store, Accounts(store)
    store.close()


def test_pyproject_declares_the_builtin_drivers_and_simulators() -> None:
    points = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["entry-points"]
    assert points["smsdesk.vendors"] == BUILTIN_VENDORS
    assert points["smsdesk.simulators"] == BUILTIN_SIMULATORS


def test_the_registry_lists_the_plugin_and_mounts_its_simulator(sim: Simulator) -> None:
    assert list(VENDOR_MODULES) == [*BUILTIN_VENDORS, DEMO]
    spec = get_spec(DEMO)
    assert spec.client.__module__ == "smsdesk_demo_vendor.driver" and spec in all_specs()
    assert spec in available_specs()  # the account dialog's vendor list
    assert type(sim.vendors[DEMO]).__module__ == "smsdesk_demo_vendor.sim"
    assert sim.base_url(DEMO).endswith(f"/{DEMO}")


def _broken_plugin(site: Path) -> None:
    dist = site / "broken_vendor-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-vendor\nVersion: 1.0\n", "utf-8")
    (dist / "entry_points.txt").write_text(
        "[smsdesk.vendors]\nbroken = no_such_module_for_smsdesk:SPEC\nwrongid = smsdesk_demo_vendor.driver:SPEC\n"
        "twsms = smsdesk_demo_vendor.driver:SPEC\n\n"
        "[smsdesk.simulators]\nbroken = no_such_module_for_smsdesk:Sim\n", "utf-8")


def test_a_broken_plugin_is_skipped_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                   env: tuple[Store, Accounts]) -> None:
    site = tmp_path / "broken"
    _broken_plugin(site)
    sys.path.insert(0, str(site))
    try:
        vendors.reload()
        with caplog.at_level(logging.WARNING):
            ids = [s.id for s in all_specs()]
            with Simulator() as simulator:
                sims = list(simulator.vendors)
        # The one that cannot load, one whose spec has another id, one taking a built-in's name.
        assert ids == [*BUILTIN_VENDORS, DEMO] and list(VENDOR_MODULES) == ids
        assert get_spec("twsms").client.__module__ == "smsdesk.vendors.twsms"
        assert sims == [*BUILTIN_SIMULATORS, DEMO]
        warned = " ".join(r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
        assert "'broken'" in warned and "'wrongid'" in warned and "'twsms' is already provided" in warned
        with pytest.raises(KeyError):
            get_spec("broken")
        with pytest.raises(AccountError, match="Unknown vendor"):
            env[1].add("Broken", "broken", {}, {})
    finally:
        sys.path.remove(str(site))
        vendors.reload()


def test_compose_prices_a_draft_with_the_plugins_rule(env: tuple[Store, Accounts], sim: Simulator) -> None:
    account = env[1].add("Demo", DEMO, {"sender": "Shop"}, {"api_key": KEY}, base_url=sim.base_url(DEMO))
    text = "新品到貨！" * 30  # 150 characters: two of DemoSMS's 100-character parts, any alphabet
    draft = Draft(vendor=account.vendor, rule=account.spec.cost_rule, text=text,
                  recipients=[Recipient("+886912345678"), Recipient("+886912345679")])
    analysis = analyze_draft(draft)
    assert analysis.cost is not None and analysis.cost.segments == 2 and analysis.cost.per_segment == 100
    assert analysis.points == 4 and analysis.recipients == 2
    # The network's rule would have said 3 UCS-2 parts each: the plugin's own pricing is what counts.
    assert segments.cost("gsm", text).segments == 3


def test_a_schedule_is_checked_against_the_plugins_window() -> None:
    now = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
    assert DEMO in schedule.NATIVE_RULES and DEMO in list(schedule.NATIVE_RULES)
    assert schedule.validate(DEMO, now + timedelta(hours=1), now) is None
    too_soon = schedule.validate(DEMO, now + timedelta(minutes=5), now)
    too_far = schedule.validate(DEMO, now + timedelta(days=3), now)
    assert too_soon and "DemoSMS" in too_soon and too_far and too_soon != too_far


def _accepted(sim: Simulator) -> list[str]:
    demo = sim.vendors[DEMO]
    with demo.lock:
        return [m.to for m in demo.messages.values()]


def test_send_and_status_through_the_engine_to_the_plugins_simulator(
        sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    sim.vendors[DEMO].add_account(KEY, credit=100)
    account = accounts.add("Demo", DEMO, {"sender": "Shop"}, {"api_key": KEY}, base_url=sim.base_url(DEMO))
    numbers = ["+886912345671", "+886912345672", "+886912345670"]  # ending in 0: the simulator fails it
    text = "x" * 150
    job, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered=text) for p in numbers], text=text)
    summary = SendEngine(store, accounts).run(job)
    assert summary.status is JobStatus.DONE and summary.counts["submitted"] == 3 and summary.points == 6
    assert sorted(_accepted(sim)) == sorted(numbers) and sim.requests_to(DEMO, "/v2/send")
    rows = {r.phone: r for r in Jobs(store).messages(job)}
    assert all(r.vendor_msg_id and r.vendor_msg_id.startswith("d") for r in rows.values())

    deadline = time.monotonic() + 30
    while True:
        refresh_job(store, accounts, job)
        states = {r.phone: r.state for r in Jobs(store).messages(job)}
        if all(s is not State.SUBMITTED for s in states.values()) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert states == {numbers[0]: State.DELIVERED, numbers[1]: State.DELIVERED, numbers[2]: State.FAILED}
    assert sim.requests_to(DEMO, "/v2/status")
    assert _accepted(sim).count(numbers[0]) == 1  # refreshing never sent again


def test_the_account_dialog_builds_the_plugins_fields_and_tests_it(qtbot: QtBot, sim: Simulator, home: Path) -> None:
    ctx = private_ctx()
    try:
        sim.vendors[DEMO].add_account(KEY, credit=42)
        manager = AccountManagerDialog(ctx)
        qtbot.addWidget(manager)
        manager.show()
        manager.add()
        editor = manager.editor
        assert editor is not None
        index = editor.vendor.findData(DEMO)
        assert index >= 0 and editor.vendor.itemText(index) == "DemoSMS"
        editor.vendor.setCurrentIndex(index)
        assert set(editor.inputs) == {"api_key", "sender"}
        key = editor.inputs["api_key"]
        assert isinstance(key, QLineEdit) and key.echoMode() == QLineEdit.EchoMode.Password
        key.setText(KEY)
        editor.advanced_toggle.click()
        editor.base_url.setText(sim.base_url(DEMO))
        with qtbot.waitSignal(editor.test_finished, timeout=15000) as blocker:
            editor.test_button.click()
        ok, text = blocker.args
        assert ok and "42" in text, text
        assert sim.requests_to(DEMO, "/v2/balance")
        with qtbot.waitSignal(ctx.events.accounts_changed, timeout=5000):
            editor.save_button.click()
        saved = ctx.accounts.get(editor.saved_id or 0)
        assert saved.vendor == DEMO and ctx.accounts.credentials.get(saved.key, "api_key") == KEY
    finally:
        ctx.close()


def test_the_cli_adds_an_account_and_reads_its_balance_in_a_child_process(sim: Simulator, tmp_path: Path) -> None:
    sim.vendors[DEMO].add_account(KEY, credit=77)
    env = {k: v for k, v in os.environ.items() if k != "SMSDESK_HOME"}
    env.update({"PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
                "SMSDESK_TEST_KEYRING": str(tmp_path / "keyring.json")})
    cli = [sys.executable, "-m", "smsdesk.cli", "--home", str(tmp_path / "home")]
    added = subprocess.run([*cli, "account", "add", "Demo", "--vendor", DEMO, "--set", "sender=Shop",
                            "--base-url", sim.base_url(DEMO), "--secret-stdin", "--json"],
                           input=KEY + "\n", text=True, env=env, capture_output=True, timeout=120)
    assert added.returncode == 0, added.stderr
    read = subprocess.run([*cli, "balance", "Demo", "--json"], text=True, env=env, capture_output=True, timeout=120)
    assert read.returncode == 0, read.stderr
    [reading] = json.loads(read.stdout)
    assert reading["balance"] == 77 and reading["account"] == "Demo"


def test_an_account_whose_plugin_is_gone_says_so_and_sends_nothing(
        plugin_site: Path, sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    sim.vendors[DEMO].add_account(KEY)
    account = accounts.add("Demo", DEMO, {"sender": "Shop"}, {"api_key": KEY}, base_url=sim.base_url(DEMO))
    job, _ = Jobs(store).create(account.id, [PlannedRecipient("+886912345671", rendered="hi")], text="hi")
    sys.path.remove(str(plugin_site))  # uninstalled
    try:
        vendors.reload()
        gone = accounts.get(account.id)
        assert DEMO not in VENDOR_MODULES and gone.settings == {"sender": "Shop"}
        assert gone.spec.label == DEMO and not gone.spec.capabilities.status_query
        summary = SendEngine(store, accounts).run(job)
        assert summary.status is JobStatus.PAUSED and "not installed" in summary.note, summary.note
        assert Jobs(store).messages(job)[0].state is State.QUEUED
        assert sim.requests_to(DEMO) == []
    finally:
        sys.path.insert(0, str(plugin_site))
        vendors.reload()
    assert get_spec(DEMO).client.__module__ == "smsdesk_demo_vendor.driver"
