"""Action icons: one Lucide set, on every menu action and main command button, following the palette."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot
from support.gui import private_ctx, shown_main_window

from smsdesk.core.accounts import Account
from smsdesk.gui import icons
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import NAMES, icon
from smsdesk.gui.main_window import MainWindow
from smsdesk.sim.server import Simulator

ACTIONS = Path(__file__).resolve().parent.parent / "resources" / "icons" / "actions"

# Menu entry (its text without "&") -> meaning. Every action of every menu must be listed here.
MENU_ICONS = {
    "New message": "new-message",
    "Refresh": "refresh",
    "Import a spreadsheet\u2026": "import",
    "Quit": "quit",
    "Accounts\u2026": "accounts",
    "Settings\u2026": "settings",
    "Shared workspace\u2026": "merge",
    "Vendor tools": "vendor-tools",
    "About SMS Desk": "about",
    "Getting started\u2026": "help",
    "User guide": "help",
}


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = private_ctx()
    yield context
    context.close()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    win = shown_main_window(qtbot, ctx)
    yield win
    win.close()


@pytest.fixture
def palette_restored(qapp: QApplication) -> Iterator[None]:
    saved = QPalette(qapp.palette())
    yield
    qapp.setPalette(saved)


def make_palette(text: str, background: str, disabled_text: str) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(group, role, QColor(text))
        for role in (QPalette.ColorRole.Button, QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(group, role, QColor(background))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(disabled_text))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


LIGHT = ("#1f1f1f", "#f4f4f4", "#a0a0a0")
DARK = ("#ececec", "#262626", "#6a6a6a")


def ink(pixmap: QPixmap) -> tuple[int, float]:
    """(number of drawn pixels, their mean luminance 0..1) of an icon pixmap."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    drawn, total = 0, 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() >= 128:
                drawn += 1
                total += (0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF())
    return drawn, (total / drawn if drawn else 0.0)


def menu_actions(window: MainWindow) -> list[QAction]:
    """Every action of every menu, the Vendor tools submenu's own entry included, not its contents."""
    found: list[QAction] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found += [a for a in menu.actions() if not a.isSeparator()]
    return found


# -- the set ---------------------------------------------------------------------------------------

def test_every_svg_is_in_the_table_and_every_name_resolves(qapp: QApplication) -> None:
    files = {p.stem for p in ACTIONS.glob("*.svg")}
    assert set(NAMES.values()) == files, "copy exactly the SVGs NAMES uses, with Lucide's file names"
    assert len(set(NAMES.values())) == len(NAMES), "one meaning per picture"
    licence = (ACTIONS / "LICENSE-lucide.txt").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    for name in NAMES:
        source = icons.svg_source(name)
        assert b"currentColor" in source, f"{name}: drawn in a fixed colour, would not follow the palette"
        drawn, _ = ink(icon(name).pixmap(QSize(24, 24)))
        assert drawn > 20, f"{name} renders blank"


def test_unknown_name_is_a_key_error(qapp: QApplication) -> None:
    with pytest.raises(KeyError, match="no action icon called 'refresh-cw'"):
        icon("refresh-cw")  # a file name, not a meaning


def test_missing_file_gives_an_empty_icon_not_a_crash(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setitem(NAMES, "gone", "no-such-lucide-file")
    assert icon("gone").isNull()
    assert "action icon gone unavailable" in caplog.text


# -- rendering -------------------------------------------------------------------------------------

def test_icons_follow_a_palette_switched_at_run_time(qapp: QApplication, palette_restored: None) -> None:
    send = icon("send")  # made once, like a button's icon, and never set again
    qapp.setPalette(make_palette(*LIGHT))
    drawn, light = ink(send.pixmap(QSize(32, 32)))
    assert drawn > 40 and light < 0.3, light
    qapp.setPalette(make_palette(*DARK))
    drawn, dark = ink(send.pixmap(QSize(32, 32)))
    assert drawn > 40 and dark > 0.7, dark
    # Selected rows draw on the highlight: HighlightedText, whatever the text colour is.
    _, selected = ink(send.pixmap(QSize(32, 32), QIcon.Mode.Selected))
    assert selected > 0.9


def test_disabled_mode_differs_from_normal(qapp: QApplication, palette_restored: None) -> None:
    qapp.setPalette(make_palette(*LIGHT))
    refresh = icon("refresh")
    normal = refresh.pixmap(QSize(24, 24), QIcon.Mode.Normal).toImage()
    disabled = refresh.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert normal != disabled
    assert ink(refresh.pixmap(QSize(24, 24), QIcon.Mode.Disabled))[1] > ink(refresh.pixmap(QSize(24, 24)))[1] + 0.3


def test_pixmaps_are_sharp_at_every_device_pixel_ratio(qapp: QApplication) -> None:
    delete = icon("delete")
    one = delete.pixmap(QSize(16, 16), 1.0)
    two = delete.pixmap(QSize(16, 16), 2.0)
    assert one.size() == QSize(16, 16) and one.devicePixelRatio() == 1.0
    assert two.size() == QSize(32, 32) and two.devicePixelRatio() == 2.0
    # Drawn at 32 px, not a 16 px picture scaled up: roughly four times the pixels carry ink.
    assert ink(two)[0] > 3 * ink(one)[0]
    assert delete.pixmap(QSize(20, 20), 1.5).size() == QSize(30, 30)


def test_rendered_pixmaps_are_cached_by_colour(qapp: QApplication, palette_restored: None) -> None:
    search = icon("search")
    qapp.setPalette(make_palette(*LIGHT))
    first = search.pixmap(QSize(16, 16))
    assert search.pixmap(QSize(16, 16)).cacheKey() == first.cacheKey()
    assert icon("search").pixmap(QSize(16, 16)).cacheKey() == first.cacheKey()  # shared across icons
    qapp.setPalette(make_palette(*DARK))
    assert search.pixmap(QSize(16, 16)).cacheKey() != first.cacheKey()


def test_a_detached_copy_clones_the_engine(qapp: QApplication) -> None:
    original = icon("export")
    copy = QIcon(original)
    copy.addPixmap(QPixmap(8, 8))  # detaches: Qt calls the engine's clone()
    gc.collect()  # a clone owned only by Python would be freed here and crash the next call
    assert copy.name() == "export"
    assert ink(copy.pixmap(QSize(20, 20)))[0] > 10
    del original
    gc.collect()
    assert ink(copy.pixmap(QSize(22, 22)))[0] > 10


# -- where they are used ---------------------------------------------------------------------------

def test_every_menu_action_has_its_icon(window: MainWindow) -> None:
    seen = {}
    for action in menu_actions(window):
        text = action.text().replace("&", "")
        assert not action.icon().isNull(), f"menu entry {text!r} has no icon"
        seen[text] = action.icon().name()
    assert seen == MENU_ICONS


def command_buttons(window: MainWindow) -> dict[str, tuple[QAbstractButton, str]]:
    compose, recipients, status, replies, balances = (window.compose, window.recipients, window.status,
                                                      window.replies, window.balances)
    assert recipients.empty.button is not None and status.empty.button is not None
    return {
        "compose send": (compose.send_button, "send"),
        "compose pause": (compose.pause_button, "pause"),
        "compose cancel": (compose.cancel_button, "stop-sending"),
        "compose fix": (compose.fix_button, "fix-characters"),
        "compose show missing": (compose.missing_button, "show"),
        "compose reload templates": (compose.reload_templates_button, "refresh"),
        "compose placeholder": (compose.placeholder_button, "insert-placeholder"),
        "compose previous": (compose.prev_button, "previous"),
        "compose next": (compose.next_button, "next"),
        "recipients new list": (recipients.new_button, "add"),
        "recipients rename": (recipients.rename_button, "edit"),
        "recipients merge": (recipients.merge_button, "merge"),
        "recipients delete list": (recipients.delete_button, "delete"),
        "recipients import": (recipients.import_button, "import"),
        "recipients empty import": (recipients.empty.button, "import"),
        "recipients add": (recipients.add_button, "add"),
        "recipients remove": (recipients.remove_button, "delete"),
        "recipients import opt-outs": (recipients.optout_import_button, "import"),
        "status write a message": (status.empty.button, "new-message"),
        "status refresh": (status.refresh_button, "refresh"),
        "status send again": (status.resend_button, "send"),
        "status copy": (status.copy_button, "copy"),
        "status export": (status.export_button, "export"),
        "replies refresh": (replies.refresh_button, "refresh"),
        "replies addresses": (replies.urls_button, "receiver-addresses"),
        "replies opt-out": (replies.optout_button, "opt-out"),
        "replies reply": (replies.reply_button, "reply"),
        "replies handled": (replies.handled_button, "mark-handled"),
        "replies unread": (replies.unread_button, "mark-unread"),
        "balances refresh": (balances.refresh_button, "refresh"),
        "balances top up": (balances.topup_button, "top-up"),
    }


def assert_icons(buttons: dict[str, tuple[QAbstractButton, str]]) -> None:
    wrong = {label: (button.icon().name() or None, meaning) for label, (button, meaning) in buttons.items()
             if button.icon().isNull() or button.icon().name() != meaning}
    assert not wrong, f"(has, should have): {wrong}"
    for label, (button, _) in buttons.items():
        assert button.text().strip(), f"{label}: buttons keep their words"


def test_tab_command_buttons_have_their_icons(window: MainWindow) -> None:
    assert_icons(command_buttons(window))
    searches: list[QLineEdit] = [window.recipients.search, window.status.search, window.status.job_search,
                                 window.replies.search]
    for field in searches:
        assert [a.icon().name() for a in field.actions() if not a.icon().isNull()][:1] == ["search"], \
            field.accessibleName()


def test_send_button_icon_follows_send_now_or_later(qtbot: QtBot, window: MainWindow) -> None:
    compose = window.compose
    compose.later.setChecked(True)
    qtbot.waitUntil(lambda: compose.send_button.icon().name() == "schedule")
    assert "Schedule" in compose.send_button.text()
    compose.now.setChecked(True)
    qtbot.waitUntil(lambda: compose.send_button.icon().name() == "send")


def test_confirm_dialog_send_and_schedule_buttons(qtbot: QtBot, ctx: AppContext) -> None:
    from datetime import datetime, timedelta

    from smsdesk.core.planner import plan_send
    from smsdesk.gui.dialogs import ConfirmSendDialog

    sandbox = ctx.accounts.all()[0]
    now = ConfirmSendDialog(plan_send(ctx.store, sandbox, phones=["0912345678"], text="Hi"))
    later = ConfirmSendDialog(plan_send(ctx.store, sandbox, phones=["0912345678"], text="Hi",
                                        schedule_at=datetime.now().astimezone() + timedelta(days=1)))
    for dialog in (now, later):
        qtbot.addWidget(dialog)
    assert_icons({"confirm send": (now.send_button, "send"), "confirm schedule": (later.send_button, "schedule")})


def test_dialog_command_buttons_have_their_icons(qtbot: QtBot, ctx: AppContext) -> None:
    from smsdesk.gui.account_editor import AccountEditor
    from smsdesk.gui.account_fields import TemplatesEditor
    from smsdesk.gui.accounts_dialog import AccountManagerDialog
    from smsdesk.gui.import_dialog import ImportDialog
    from smsdesk.gui.welcome import WelcomeDialog

    def made(factory: Callable[[], QWidget]) -> QWidget:
        widget = factory()
        qtbot.addWidget(widget)
        return widget

    manager = made(lambda: AccountManagerDialog(ctx))
    editor = made(lambda: AccountEditor(ctx))
    templates = made(lambda: TemplatesEditor())
    importer = made(lambda: ImportDialog(ctx))
    welcome = made(lambda: WelcomeDialog())
    assert isinstance(manager, AccountManagerDialog) and isinstance(editor, AccountEditor)
    assert isinstance(templates, TemplatesEditor) and isinstance(importer, ImportDialog)
    assert isinstance(welcome, WelcomeDialog)
    assert_icons({
        "accounts add": (manager.add_button, "add"),
        "accounts edit": (manager.edit_button, "edit"),
        "accounts duplicate": (manager.duplicate_button, "duplicate"),
        "accounts remove": (manager.remove_button, "delete"),
        "account test connection": (editor.test_button, "test-connection"),
        "templates add": (templates.add_button, "add"),
        "templates remove": (templates.remove_button, "delete"),
        "import browse": (importer.browse_button, "browse"),
        "import import": (importer.import_button, "import"),
        "import export report": (importer.export_button, "export"),
        "welcome sandbox": (welcome.sandbox_button, "sandbox"),
        "welcome add account": (welcome.account_button, "add"),
    })


def tools_account(ctx: AppContext, sim: Simulator, vendor: str) -> Account:
    seeded = sim.vendors[vendor].seed_demo()
    if vendor == "tencent":
        return ctx.accounts.add("T", "tencent", {"sdkappid": seeded["sdkappid"], "sign": seeded["sign"]},
                                {"appkey": seeded["appkey"]}, base_url=sim.base_url("tencent"))
    return ctx.accounts.add("S", "sepsms", {"origin": seeded["origin"]}, {"api_key": seeded["api_key"]},
                            base_url=sim.base_url("sepsms"))


def test_vendor_tools_buttons_have_their_icons(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    from smsdesk.gui.vendor_approvals import SignatureEditor
    from smsdesk.gui.vendor_tools import VendorToolsDialog

    tencent = VendorToolsDialog(ctx, tools_account(ctx, sim, "tencent"))
    sepsms = VendorToolsDialog(ctx, tools_account(ctx, sim, "sepsms"))
    for dialog in (tencent, sepsms):
        qtbot.addWidget(dialog)
    signature = SignatureEditor(tencent)
    qtbot.waitUntil(lambda: not tencent.busy)
    templates, signatures = tencent.tools["templates"], tencent.tools["signatures"]
    statistics, otp = tencent.tools["statistics"], sepsms.tools["otp"]
    browse = [b for b in signature.findChildren(QAbstractButton) if b.text().replace("&", "").startswith("Browse")]
    assert len(browse) == 1
    buttons = {"signature browse": (browse[0], "browse")}
    for label, tab in (("templates", templates), ("signatures", signatures)):
        for attribute, meaning in (("add_button", "add"), ("edit_button", "edit"), ("delete_button", "delete"),
                                   ("reload_button", "refresh")):
            buttons[f"{label} {attribute}"] = (getattr(tab, attribute), meaning)
    buttons["signatures look up"] = (signatures.lookup_button, "search")  # type: ignore[attr-defined]
    buttons["statistics show"] = (statistics.show_button, "show")  # type: ignore[attr-defined]
    buttons["otp send"] = (otp.send_button, "send")  # type: ignore[attr-defined]
    buttons["otp verify"] = (otp.verify_button, "verify")  # type: ignore[attr-defined]
    assert_icons(buttons)
