"""Compose tab: account, recipients, message or template, live cost counter, preview, schedule, Send.

The counter is computed by :func:`smsdesk.core.drafts.analyze_draft` (pure, no Qt) over every recipient:
on the GUI thread for small sends, on the worker (debounced) for large ones. Nothing
is sent before the confirmation dialog, which is built from the planner's
:class:`~smsdesk.core.planner.Plan` after the balance was refreshed.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import personalize
from smsdesk.core.accounts import Account
from smsdesk.core.contacts import ContactList
from smsdesk.core.drafts import Analysis, Draft, Recipient, analyze_draft
from smsdesk.core.engine import SendControl
from smsdesk.gui.context import AppContext
from smsdesk.gui.dialogs import ConfirmSendDialog
from smsdesk.gui.help_viewer import help_button
from smsdesk.gui.icons import icon
from smsdesk.gui.scheduler import Scheduler
from smsdesk.gui.tabs.compose_counter import CostCounter, Written
from smsdesk.gui.tabs.compose_drafts import DraftBar
from smsdesk.gui.tabs.compose_editor import MessageEditor
from smsdesk.gui.tabs.compose_preview import PreviewPanel
from smsdesk.gui.tabs.compose_recipients import RecipientsPicker
from smsdesk.gui.tabs.compose_schedule import SchedulePicker
from smsdesk.gui.tabs.compose_send import ComposeSending
from smsdesk.i18n import fmt_int
from smsdesk.vendors.base import TemplateChoice

SYNC_LIMIT = 1000  # recipients counted on the GUI thread; more go to the worker
ANALYSIS_DELAY_MS = 250  # debounce for worker counts while typing
CLOCK_MS = 30_000  # re-check schedule and quiet hours as time passes
NAME_KEYS = ("name", "姓名")  # what the planner offers besides a list's columns


class ComposeTab(ComposeSending):
    """The parts (recipients, editor, counter, preview, schedule, send) and the wiring between them.

    Every change in a part leads to :meth:`refresh`, which counts the draft and tells the
    counter, the preview and the Send button.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.control: SendControl | None = None
        self._accounts: dict[int, Account] = {}
        self._sending = False
        self._preparing = False
        self.confirm_dialog: ConfirmSendDialog | None = None
        self.message_box: QMessageBox | None = None
        self.analysis: Analysis | None = None
        self.analysis_pending = False
        self._analysis_gen = 0
        self._pending_draft: Draft | None = None
        self.job_id: int | None = None
        self._all: list[Recipient] = []
        self._valid: list[Recipient] = []
        self._last_counts: dict[str, int] = {}
        self.reply_to = None
        self._build()
        self.scheduler = Scheduler(ctx, self)
        self.scheduler.job_finished.connect(lambda _summary: self._update_send_state())
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._tick_clock)
        self._clock.start()
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(ANALYSIS_DELAY_MS)
        self._analysis_timer.timeout.connect(self._analyze_on_worker)
        ctx.events.accounts_changed.connect(self.load_accounts)
        ctx.events.lists_changed.connect(self.reload_lists)
        ctx.sends.changed.connect(self._show_pause_state)  # paused or resumed from the Status tab
        self.load_accounts()
        self.reload_lists()

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 5)
        form = QFormLayout()
        left.addLayout(form)

        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Account"))
        self.account.currentIndexChanged.connect(self._account_changed)
        form.addRow(self.tr("&Account:"), self.account)

        self.recipients_picker = RecipientsPicker(self.ctx)
        self.recipients_picker.account_of = self.current_account
        self.recipients_picker.changed.connect(self.refresh)
        self.recipients_picker.failed.connect(lambda title, text: self._notify(title, text))
        self.lists = self.recipients_picker.lists
        self.recipients = self.recipients_picker.recipients
        self.recipient_summary = self.recipients_picker.summary
        form.addRow(self.tr("T&o:"), self.recipients_picker)  # Alt+T opens the Tools menu
        self._to_label = form.labelForField(self.recipients_picker)
        if isinstance(self._to_label, QLabel):
            self._to_label.setBuddy(self.lists)

        self.editor_stack = MessageEditor(self.ctx, self.current_account)
        self.message = self.editor_stack.message
        self.message.textChanged.connect(self.refresh)
        self.message.textChanged.connect(self._forget_last_send)
        templates = self.editor_stack.templates
        templates.changed.connect(self.refresh)
        self.template = templates.template
        self.reload_templates_button = templates.reload_templates_button
        self.template_info = templates.template_info
        self.params_box = templates.params_box
        self.params_form = templates.params_form
        self._message_label = QLabel(self.tr("&Message:"))
        self._message_label.setBuddy(self.message)
        form.addRow(self._message_label, self.editor_stack)

        tools = QHBoxLayout()
        self.placeholder_button = QToolButton()
        self.placeholder_button.setText(self.tr("Insert &placeholder"))
        self.placeholder_button.setIcon(icon("insert-placeholder"))
        # A tool button shows only its icon by default; this one keeps its words.
        self.placeholder_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.placeholder_button.setToolTip(self.tr("Insert a column of the ticked lists; each recipient gets "
                                                   "their own value"))
        self.placeholder_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.placeholder_menu = QMenu(self.placeholder_button)
        self.placeholder_menu.aboutToShow.connect(self._fill_placeholder_menu)
        self.placeholder_button.setMenu(self.placeholder_menu)
        tools.addWidget(self.placeholder_button)
        tools.addStretch(1)
        self.help_button = help_button(self, "compose")
        tools.addWidget(self.help_button)
        self.cost = CostCounter(tools, self.ctx.settings)
        self.cost.fix_requested.connect(self.apply_fixes)
        self.cost.show_missing.connect(self._show_first_missing)
        self.counter = self.cost.counter
        self.ucs2_label = self.cost.ucs2_label
        self.fix_button = self.cost.fix_button
        self.ucs2_row = self.cost.ucs2_row
        self.problem_label = self.cost.problem_label
        self.missing_label = self.cost.missing_label
        self.missing_button = self.cost.missing_button
        self.missing_row = self.cost.missing_row
        form.addRow("", self.cost)

        self.schedule_picker = SchedulePicker(self.ctx.settings, self.current_account)
        self.schedule_picker.changed.connect(self._update_send_state)
        self.now = self.schedule_picker.now
        self.later = self.schedule_picker.later
        self.when = self.schedule_picker.when
        self.tz_label = self.schedule_picker.tz_label
        self.occurrence = self.schedule_picker.occurrence
        self.schedule_note = self.schedule_picker.schedule_note
        self.quiet_label = self.schedule_picker.quiet_label
        self.quiet_override = self.schedule_picker.quiet_override
        self.quiet_row = self.schedule_picker.quiet_row
        form.addRow(self.tr("When:"), self.schedule_picker)

        left.addLayout(self._build_send_row())
        self.draft_bar = DraftBar(self)
        left.addWidget(self.draft_bar)
        left.addStretch(1)

        self.preview_box = PreviewPanel(self.ctx.settings)
        self.preview_box.account_of = self.current_account
        self.preview_box.stepped.connect(self.step_preview)
        self.prev_button = self.preview_box.prev_button
        self.next_button = self.preview_box.next_button
        self.preview_header = self.preview_box.preview_header
        self.preview = self.preview_box.preview
        self.preview_note = self.preview_box.preview_note
        right = QVBoxLayout()
        right.addWidget(self.preview_box)
        right.addStretch(1)
        self.preview.setMinimumHeight(120)
        self.preview.setMaximumHeight(240)
        outer.addLayout(right, 3)

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send)

    # -- the parts' state, under the names the rest of the app reads --------
    @property
    def param_edits(self) -> dict[str, QLineEdit]:
        return self.editor_stack.templates.param_edits

    @property
    def members_loading(self) -> bool:
        return self.recipients_picker.members_loading

    @property
    def zone(self) -> tzinfo | None:
        """The schedule's time zone (None: this computer's)."""
        return self.schedule_picker.zone

    @zone.setter
    def zone(self, zone: tzinfo | None) -> None:
        self.schedule_picker.zone = zone

    # -- accounts ------------------------------------------------------------
    def load_accounts(self) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        # Kept here so the per-keystroke counter never queries the store on the GUI thread.
        self._accounts = {a.id: a for a in self.ctx.accounts.all()}
        for account in self._accounts.values():
            label = account.name + (self.tr(" (practice: nothing is really sent)") if account.is_sandbox else "")
            self.account.addItem(label, account.id)
        index = self.account.findData(current) if current is not None else -1
        self.account.setCurrentIndex(max(0, index))
        self.account.blockSignals(False)
        self.editor_stack.templates.forget_settings_templates(self._accounts)
        self._account_changed()

    def current_account(self) -> Account | None:
        account_id = self.account.currentData()
        return None if account_id is None else self._accounts.get(int(account_id))

    def select_account(self, name: str) -> bool:
        for i in range(self.account.count()):
            if self.account.itemText(i) == name or self.account.itemText(i).startswith(name + " ("):
                self.account.setCurrentIndex(i)
                return True
        return False

    def prefill(self, phone: str, account_name: str) -> None:
        """Reply: a fresh one-person draft on the account the customer wrote to (the current one set aside)."""
        self.draft_bar.start_reply(phone, account_name)
        self.reply_to = phone
        self.message.setFocus()

    def _account_changed(self) -> None:
        account = self.current_account()
        template_mode = account is not None and account.spec.capabilities.template_only
        self.editor_stack.set_template_mode(template_mode)
        # Alt+M reaches the editor in both modes (Alt+T opens the Tools menu).
        self._message_label.setText(self.tr("Te&mplate:") if template_mode else self.tr("&Message:"))
        self._message_label.setBuddy(self.template if template_mode else self.message)
        self.schedule_picker.account_changed()
        self.refresh()

    def current_template(self) -> TemplateChoice | None:
        return self.editor_stack.templates.current_template()

    # -- recipients ----------------------------------------------------------
    def reload_lists(self) -> None:
        self.recipients_picker.reload_lists()

    def checked_list_ids(self) -> list[int]:
        return self.recipients_picker.checked_list_ids()

    def set_list_checked(self, name: str, checked: bool = True) -> None:
        self.recipients_picker.set_list_checked(name, checked)

    def chosen_lists(self) -> list[ContactList]:
        return self.recipients_picker.chosen_lists()

    def all_recipients(self) -> list[Recipient]:
        """Typed numbers first, then list members: the planner's order."""
        return self.recipients_picker.all_recipients()

    # -- placeholders and fixes ----------------------------------------------
    def _fill_placeholder_menu(self) -> None:
        self.placeholder_menu.clear()
        if not self.chosen_lists():
            hint = self.placeholder_menu.addAction(self.tr("Tick a contact list to use its columns"))
            hint.setEnabled(False)
        for column in self.recipients_picker.columns():
            action = self.placeholder_menu.addAction("{" + column + "}")
            action.triggered.connect(lambda _checked=False, c=column: self.insert_placeholder(c))

    def insert_placeholder(self, column: str) -> None:
        self.editor_stack.insert("{" + column + "}")

    def _unknown_placeholders(self) -> list[str]:
        names = self.editor_stack.placeholder_names()
        if not names:
            return []
        columns = self.recipients_picker.columns() + list(NAME_KEYS)
        return [n for n in names if n in personalize.unknown_placeholders("{" + n + "}", columns)]

    def apply_fixes(self) -> None:
        """Replace every character that forces UCS-2 with its plain look-alike."""
        self.editor_stack.apply_fixes(self.cost.fixes)

    # -- the counter ---------------------------------------------------------
    def draft(self) -> Draft | None:
        account = self.current_account()
        if account is None:
            return None
        spec = account.spec
        template = self.current_template()
        return Draft(
            vendor=spec.id, rule=spec.cost_rule,
            text=self.message.toPlainText() if template is None else "",
            template=template,
            params=self.editor_stack.templates.values() if template is not None else {},
            sign=str(account.declared_setting("sign", "")).strip(),
            long_sms=bool(account.declared_setting("long_sms", True)),
            recipients=self._all, settings=dict(account.settings),
        )

    def refresh(self) -> None:
        """Recount after any change; large sends are counted on the worker."""
        self._analysis_gen += 1
        self._all = self.all_recipients()
        self._valid = [r for r in self._all if r.valid]
        draft = self.draft()
        if draft is None:
            self.analysis = None
            self.analysis_pending = False
            self.counter.setText(self.tr("Add an account first (the Sandbox is free)."))
            self._update_preview()
            self._update_send_state()
            return
        if len(draft.recipients) <= SYNC_LIMIT:
            self._analysis_timer.stop()
            self.analysis_pending = False
            self._show_analysis(self._analysis_gen, analyze_draft(draft))
        else:
            self.analysis_pending = True
            self._pending_draft = draft
            self.counter.setText(self.tr("Counting {n} recipients\u2026").format(n=fmt_int(len(draft.recipients))))
            self._analysis_timer.start()
        self._update_preview()
        self._update_send_state()

    def update_counter(self) -> None:
        self.refresh()

    def _analyze_on_worker(self) -> None:
        draft, gen = self._pending_draft, self._analysis_gen
        if draft is None:
            return
        self._pending_draft = None
        self.ctx.worker.submit(analyze_draft, draft, on_result=partial(self._show_analysis, gen),
                               on_error=partial(self._analysis_failed, gen))

    def _analysis_failed(self, gen: int, exc: Exception) -> None:
        if gen == self._analysis_gen:
            self.analysis_pending = False
            self.counter.setText(self.tr("The cost could not be counted: {error}").format(error=str(exc)))
            self._update_send_state()

    def _show_analysis(self, gen: int, a: Analysis) -> None:
        if gen != self._analysis_gen:
            return  # the form changed since; a newer count is on its way
        self.analysis = a
        self.analysis_pending = False
        template = self.current_template()
        written = Written(
            account=self.current_account(), template=template, text=self.editor_stack.typed_text(),
            has_placeholders=bool(self.editor_stack.placeholder_names()), everyone=self._all,
            empty_params=[name for name, edit in self.param_edits.items() if not edit.text().strip()],
            unknown_columns=self._unknown_placeholders() if self.chosen_lists() else [])
        self.editor_stack.highlight(self.cost.show_analysis(a, written))
        self._update_send_state()

    # -- preview -------------------------------------------------------------
    def preview_recipients(self) -> list[Recipient]:
        return self._valid

    def step_preview(self, delta: int) -> None:
        self.preview_box.index += delta
        self._update_preview()

    def _show_first_missing(self) -> None:
        a = self.analysis
        if a is None or a.first_missing is None:
            return
        target = self._all[a.first_missing] if a.first_missing < len(self._all) else None
        self.preview_box.index = next((i for i, r in enumerate(self._valid) if r is target), 0)
        self._update_preview()

    def _update_preview(self) -> None:
        self.preview_box.show_draft(self.draft(), self.preview_recipients(), self.members_loading)
        self.recipients_picker.show_total(len(self._all))

    # -- schedule --------------------------------------------------------------
    def schedule_at(self) -> datetime | None:
        return self.schedule_picker.schedule_at()

    def schedule_problem(self) -> str:
        return self.schedule_picker.schedule_problem()

    def quiet_problem(self) -> str:
        return self.schedule_picker.quiet_problem()

    def _tick_clock(self) -> None:
        self.schedule_picker.update_note()
        self._update_send_state()

    # -- send state ----------------------------------------------------------
    def blocker_text(self) -> str:
        """Why Send is not available now, in words ("" when it is)."""
        account = self.current_account()
        if account is None:
            return self.tr("Add an account first (the Sandbox is free).")
        if self._sending:
            return ""
        if account.spec.capabilities.template_only and self.current_template() is None:
            return self.tr("Choose a template.")
        if not account.spec.capabilities.template_only and not self.message.toPlainText().strip():
            return self.tr("Write the message.")
        a = self.analysis
        if not self.members_loading and not self._all:
            return self.tr("Choose recipients: tick a list or type numbers.")
        if a is not None and not self.analysis_pending and a.refused:
            return a.problem or self.tr("The vendor cannot take this message.")
        problem = self.schedule_problem()
        if problem:
            return problem
        if self.schedule_picker.quiet_blocks():
            return self.tr("The time is inside the quiet hours: tick \u201cSend during quiet hours anyway\u201d or "
                           "choose another time.")
        return ""

    def _update_send_state(self, *_: Any) -> None:
        reason = self.blocker_text()
        busy = self._sending or self._preparing
        self.send_button.setEnabled(not reason and not busy)
        self.blocker.setText(reason)
        self.blocker.setVisible(bool(reason) and not self._sending)
        self.send_button.setText(self.tr("&Schedule\u2026") if self.later.isChecked() else self.tr("&Send\u2026"))
        self.send_button.setIcon(icon("schedule" if self.later.isChecked() else "send"))
