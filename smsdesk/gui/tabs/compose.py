"""Compose tab: account, recipients, message or template, live cost counter, preview, schedule, Send.

The counter is computed by :func:`smsdesk.core.drafts.analyze_draft` (pure, no Qt) over every recipient:
on the GUI thread for small sends, on the worker (debounced) for large ones. Nothing
is sent before the confirmation dialog, which is built from the planner's
:class:`~smsdesk.core.planner.Plan` after the balance was refreshed.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import personalize, schedule, segments
from smsdesk.core.accounts import Account
from smsdesk.core.contacts import ContactList, ContactRepository
from smsdesk.core.drafts import (
    Analysis,
    Draft,
    Recipient,
    analyze_draft,
    culprit_report,
    describe_char,
    load_members,
    load_templates,
    saved_templates,
    schedule_rule,
    split_numbers,
    utc_offset,
)
from smsdesk.core.engine import SendControl
from smsdesk.core.localtime import LocalTimeError, occurrence_label, resolve_local
from smsdesk.core.phones import normalize
from smsdesk.core.settings import account_region, default_region, phone_text, quiet_hours
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.controls import tick_on_click
from smsdesk.gui.dialogs import ConfirmSendDialog
from smsdesk.gui.help_viewer import help_button
from smsdesk.gui.icons import icon
from smsdesk.gui.scheduler import Scheduler
from smsdesk.gui.tabs.compose_drafts import DraftBar
from smsdesk.gui.tabs.compose_send import ComposeSending
from smsdesk.gui.widgets import tab_through, wall_time
from smsdesk.i18n import (
    datetime_edit_format,
    fmt_datetime,
    fmt_int,
    fmt_number,
    fmt_time,
    join_list,
    join_sentences,
)
from smsdesk.vendors.base import TemplateChoice, unit_label

SYNC_LIMIT = 1000  # recipients counted on the GUI thread; more go to the worker
ANALYSIS_DELAY_MS = 250  # debounce for worker counts while typing
CLOCK_MS = 30_000  # re-check schedule and quiet hours as time passes
CULPRITS_SHOWN = 12
NAME_KEYS = ("name", "姓名")  # what the planner offers besides a list's columns


# -- the tab ---------------------------------------------------------------------------


class ComposeTab(ComposeSending):
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
        self._lists: dict[int, ContactList] = {}
        self._members: list[Recipient] = []
        self._members_gen = 0
        self.members_loading = False
        self._typed_cache: dict[str, str | None] = {}
        self._templates: dict[int, list[TemplateChoice] | str] = {}  # account id -> templates or error
        self._templates_loading: set[int] = set()
        self.param_edits: dict[str, QLineEdit] = {}
        self._insert_target: QWidget | None = None
        self.preview_index = 0
        self.job_id: int | None = None
        self._fixes: list[segments.Fix] = []
        self._all: list[Recipient] = []
        self._valid: list[Recipient] = []
        self._quiet_needed = False
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

        to = QWidget()
        to_layout = QVBoxLayout(to)
        to_layout.setContentsMargins(0, 0, 0, 0)
        boxes = QHBoxLayout()
        self.lists = QListWidget()
        self.lists.setAccessibleName(self.tr("Contact lists"))
        self.lists.setToolTip(self.tr("Tick the saved lists to send to"))
        self.lists.setMaximumHeight(96)
        self.lists.setWordWrap(True)
        self.lists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists.itemChanged.connect(self._lists_ticked)
        tick_on_click(self.lists)  # a click on the name ticks the list, not only a click on its box
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("And/or phone numbers, one per line "
                                                   "(0912-345-678, +886 912 345 678 \u2026)"))
        self.recipients.setAccessibleName(self.tr("Phone numbers"))
        self.recipients.setMaximumHeight(96)
        self.recipients.setTabChangesFocus(True)
        self.recipients.textChanged.connect(self.refresh)
        boxes.addWidget(self.lists, 1)
        boxes.addWidget(self.recipients, 1)
        to_layout.addLayout(boxes)
        self.recipient_summary = QLabel()
        self.recipient_summary.setWordWrap(True)
        to_layout.addWidget(self.recipient_summary)
        form.addRow(self.tr("T&o:"), to)  # Alt+T opens the Tools menu
        self._to_label = form.labelForField(to)
        if isinstance(self._to_label, QLabel):
            self._to_label.setBuddy(self.lists)

        self.editor_stack = QStackedWidget()
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(self.tr("Write your message. Insert placeholders such as {field} to "
                                                "personalise it.").format(field="{" + personalize.name_placeholder() + "}"))
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(90)
        self.message.textChanged.connect(self.refresh)
        self.message.textChanged.connect(self._forget_last_send)
        self.message.installEventFilter(self)
        self.editor_stack.addWidget(self.message)
        template_page = QWidget()
        tp = QVBoxLayout(template_page)
        tp.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.template.currentIndexChanged.connect(self._template_changed)
        self.reload_templates_button = QPushButton(self.tr("Reload templates"))
        self.reload_templates_button.setToolTip(self.tr("Fetch the approved templates from the vendor again"))
        self.reload_templates_button.setIcon(icon("refresh"))
        self.reload_templates_button.clicked.connect(lambda: self._load_templates(force=True))
        row.addWidget(self.template, 1)
        row.addWidget(self.reload_templates_button)
        tp.addLayout(row)
        self.template_info = QLabel()
        self.template_info.setWordWrap(True)
        self.template_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tp.addWidget(self.template_info)
        self.params_box = QWidget()
        self.params_form = QFormLayout(self.params_box)
        self.params_form.setContentsMargins(0, 0, 0, 0)
        tp.addWidget(self.params_box)
        self.editor_stack.addWidget(template_page)
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
        # The counter and its warnings share one form row, so hidden ones leave no gaps.
        feedback = QWidget()
        fb = QVBoxLayout(feedback)
        fb.setContentsMargins(0, 0, 0, 0)
        fb.setSpacing(4)
        fb.addLayout(tools)
        form.addRow("", feedback)

        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Length and cost"))
        self.counter.setToolTip(self.tr(
            "A segment is one SMS: 160 plain characters, or 70 when the text needs Chinese or other characters "
            "outside the basic SMS alphabet. Longer text goes in parts of 153 or 67, each charged; the points are "
            "the vendor's price. Counted before duplicates and opt-outs are removed; the confirmation shows the "
            "exact figures."))
        self.counter.setWordWrap(True)
        fb.addWidget(self.counter)
        ucs2 = QHBoxLayout()
        self.ucs2_label = QLabel()
        self.ucs2_label.setWordWrap(True)
        theme.set_tone(self.ucs2_label, theme.Tone.WARNING)
        self.fix_button = QPushButton(self.tr("F&ix: use plain characters"))  # Alt+F opens the File menu
        self.fix_button.setIcon(icon("fix-characters"))
        self.fix_button.setToolTip(self.tr("Replace them with look-alikes from the basic SMS alphabet, so the "
                                           "message costs half as much"))
        self.fix_button.clicked.connect(self.apply_fixes)
        ucs2.addWidget(self.ucs2_label, 1)
        ucs2.addWidget(self.fix_button)
        self.ucs2_row = QWidget()
        self.ucs2_row.setLayout(ucs2)
        ucs2.setContentsMargins(0, 0, 0, 0)
        fb.addWidget(self.ucs2_row)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        theme.set_tone(self.problem_label, theme.Tone.ERROR, strong=True)
        fb.addWidget(self.problem_label)
        missing = QHBoxLayout()
        missing.setContentsMargins(0, 0, 0, 0)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        theme.set_tone(self.missing_label, theme.Tone.WARNING)
        self.missing_button = QPushButton(self.tr("Show one"))
        self.missing_button.setIcon(icon("show"))
        self.missing_button.setToolTip(self.tr("Show a recipient with a missing value in the preview"))
        self.missing_button.clicked.connect(self._show_first_missing)
        missing.addWidget(self.missing_label, 1)
        missing.addWidget(self.missing_button)
        self.missing_row = QWidget()
        self.missing_row.setLayout(missing)
        fb.addWidget(self.missing_row)
        fb.addStretch(1)  # spare height below the warnings, not between them

        when = QHBoxLayout()
        self.now = QRadioButton(self.tr("Send &now"))
        self.now.setChecked(True)
        self.later = QRadioButton(self.tr("Send &later:"))
        start = QDateTime.currentDateTime().addSecs(3600)
        start = start.addSecs(-(start.time().minute() % 5) * 60 - start.time().second())
        self.when = QDateTimeEdit(start)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_edit_format())
        self.when.setEnabled(False)
        self.when.setAccessibleName(self.tr("Send at"))
        self.later.toggled.connect(self.when.setEnabled)
        self.later.toggled.connect(self._schedule_changed)
        self.when.dateTimeChanged.connect(self._schedule_changed)
        self.tz_label = QLabel()
        self.tz_label.setToolTip(self.tr("The time is in this computer's time zone"))
        self.zone: tzinfo | None = None  # None: this computer's zone, as the picker shows it
        # Shown only when the picked time happens twice (the clocks go back): which one is meant.
        self.occurrence = QComboBox()
        self.occurrence.setPlaceholderText(self.tr("Which one?"))
        self.occurrence.setAccessibleName(self.tr("Which of the two times"))
        self.occurrence.setVisible(False)
        self.occurrence.currentIndexChanged.connect(self._schedule_changed)
        self._occurrence_wall: datetime | None = None
        for w in (self.now, self.later, self.when, self.occurrence, self.tz_label):
            when.addWidget(w)
        when.addStretch(1)
        when_box = QWidget()
        wb = QVBoxLayout(when_box)
        wb.setContentsMargins(0, 0, 0, 0)
        wb.setSpacing(4)
        wb.addLayout(when)
        form.addRow(self.tr("When:"), when_box)
        self.schedule_note = QLabel()
        self.schedule_note.setWordWrap(True)
        wb.addWidget(self.schedule_note)
        self.quiet_label = QLabel()
        self.quiet_label.setWordWrap(True)
        theme.set_tone(self.quiet_label, theme.Tone.WARNING)
        self.quiet_override = QCheckBox(self.tr("Send during &quiet hours anyway"))
        self.quiet_override.toggled.connect(self._update_send_state)
        quiet = QVBoxLayout()
        quiet.setContentsMargins(0, 0, 0, 0)
        quiet.addWidget(self.quiet_label)
        quiet.addWidget(self.quiet_override)
        self.quiet_row = QWidget()
        self.quiet_row.setLayout(quiet)
        self.quiet_row.setVisible(False)
        wb.addWidget(self.quiet_row)

        actions = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.blocker = QLabel()
        self.blocker.setWordWrap(True)
        self.blocker.setAccessibleName(self.tr("Why Send is not available"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause stops after the requests under way; Resume goes on with the "
                                             "rest. Nobody gets the message twice."))
        self.pause_button.setIcon(icon("pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("Cancel sending"))
        self.cancel_button.setIcon(icon("stop-sending"))
        self.cancel_button.setToolTip(self.tr("Stop before the next request; everything already sent stays "
                                              "tracked"))
        self.cancel_button.clicked.connect(self.stop_sending)
        self.send_button = QPushButton(self.tr("&Send\u2026"))
        self.send_button.setIcon(icon("send"))
        self.send_button.setToolTip(self.tr("Review the recipients and the cost, then confirm (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.progress_label, 1)
        actions.addWidget(self.blocker, 2)
        for button in (self.pause_button, self.cancel_button, self.send_button):
            actions.addWidget(button)
        self.pause_button.setVisible(False)
        self.cancel_button.setVisible(False)
        left.addLayout(actions)
        self.draft_bar = DraftBar(self)
        left.addWidget(self.draft_bar)
        left.addStretch(1)

        self.preview_box = QGroupBox(self.tr("Preview"))
        pv = QVBoxLayout(self.preview_box)
        nav = QHBoxLayout()
        self.prev_button = QToolButton()
        self.prev_button.setText("\u25c0")
        self.prev_button.setIcon(icon("previous"))
        self.prev_button.setAccessibleName(self.tr("Previous recipient"))
        self.prev_button.setToolTip(self.tr("Previous recipient"))
        self.prev_button.clicked.connect(lambda: self.step_preview(-1))
        self.next_button = QToolButton()
        self.next_button.setText("\u25b6")
        self.next_button.setIcon(icon("next"))
        self.next_button.setAccessibleName(self.tr("Next recipient"))
        self.next_button.setToolTip(self.tr("Next recipient"))
        self.next_button.clicked.connect(lambda: self.step_preview(1))
        self.preview_header = QLabel()
        self.preview_header.setWordWrap(True)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.preview_header, 1)
        nav.addWidget(self.next_button)
        pv.addLayout(nav)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the message"))
        pv.addWidget(self.preview, 1)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        theme.set_tone(self.preview_note, theme.Tone.WARNING)
        pv.addWidget(self.preview_note)
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

    # -- accounts and templates ----------------------------------------------
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
        # Account settings (EngageLab templates, Tencent sign) may have changed.
        self._templates = {k: v for k, v in self._templates.items() if self._fetched(k)}
        self._account_changed()

    def _fetched(self, account_id: int) -> bool:
        """The account's templates were asked from the vendor (kept until Reload), not read from its settings."""
        account = self._accounts.get(account_id)
        return account is not None and account.spec.fetch_templates is not None

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
        self.editor_stack.setCurrentIndex(1 if template_mode else 0)
        # Alt+M reaches the editor in both modes (Alt+T opens the Tools menu).
        self._message_label.setText(self.tr("Te&mplate:") if template_mode else self.tr("&Message:"))
        self._message_label.setBuddy(self.template if template_mode else self.message)
        if template_mode:
            self._load_templates()
        self._schedule_changed()
        self.refresh()

    def _load_templates(self, force: bool = False) -> None:
        account = self.current_account()
        if account is None or not account.spec.capabilities.template_only:
            return
        if account.spec.saved_templates is not None:
            self._templates[account.id] = saved_templates(account)
        elif force or account.id not in self._templates:
            if account.id in self._templates_loading:
                return
            self._templates_loading.add(account.id)
            self._templates.pop(account.id, None)
            self.ctx.worker.submit(
                load_templates, self.ctx.accounts, account,
                on_result=partial(self._templates_loaded, account.id),
                on_error=lambda exc: self._templates_loaded(account.id, str(exc)),
            )
        self._fill_templates()

    def _templates_loaded(self, account_id: int, result: list[TemplateChoice] | str) -> None:
        self._templates_loading.discard(account_id)
        self._templates[account_id] = result
        account = self.current_account()
        if account is not None and account.id == account_id:
            self._fill_templates()

    def _fill_templates(self) -> None:
        account = self.current_account()
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        found = self._templates.get(account.id) if account is not None else None
        self.reload_templates_button.setVisible(account is not None and account.spec.fetch_templates is not None)
        if account is None:
            pass
        elif account.id in self._templates_loading:
            self.template_info.setText(self.tr("Loading the approved templates from {vendor}\u2026").format(
                vendor=account.spec.label))
        elif isinstance(found, str):
            self.template_info.setText(self.tr("The templates could not be loaded: {error} Then press Reload "
                                               "templates.").format(error=found))
        elif not found:
            if account.spec.saved_templates is not None:
                self.template_info.setText(self.tr("No templates yet. Add each approved {vendor} template (its "
                                                   "ID and text) to this account in Tools \u2192 Accounts.").format(
                    vendor=account.spec.label))
            else:
                self.template_info.setText(self.tr("{vendor} has no approved SMS templates for this account. "
                                                   "Apply for one in the vendor's console, then press Reload "
                                                   "templates.").format(vendor=account.spec.label))
        else:
            for t in found:
                self.template.addItem(t.label, t.id)
            index = self.template.findData(current)
            self.template.setCurrentIndex(max(0, index))
        self.template.setEnabled(self.template.count() > 0)
        self.template.blockSignals(False)
        self._template_changed()

    def current_template(self) -> TemplateChoice | None:
        account = self.current_account()
        if account is None or not account.spec.capabilities.template_only:
            return None
        found = self._templates.get(account.id)
        if not isinstance(found, list):
            return None
        tid = self.template.currentData()
        return next((t for t in found if t.id == tid), None)

    def _template_changed(self) -> None:
        tpl = self.current_template()
        old = {k: e.text() for k, e in self.param_edits.items()}
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.param_edits = {}
        self._insert_target = None
        if tpl is not None:
            if tpl.text:
                self.template_info.setText(tpl.text)
            else:
                self.template_info.setText(self.tr("Template {id}. Its text is not entered in the account "
                                                   "settings, so the preview and the cost are estimates.").format(
                    id=tpl.id))
            numbered = tpl.params and all(p.isdigit() for p in tpl.params)
            for name in tpl.params:
                edit = QLineEdit(old.get(name, ""))
                label = "{" + name + "}" if numbered else name
                edit.setAccessibleName(self.tr("Template value {name}").format(name=label))
                edit.setPlaceholderText(self.tr("Value for {name}; may use placeholders such as {{name}}").format(
                    name=label))
                edit.textChanged.connect(self.refresh)
                edit.installEventFilter(self)
                self.params_form.addRow(label + ":", edit)
                self.param_edits[name] = edit
            if not tpl.params:
                self.params_form.addRow(QLabel(self.tr("This template has no values to fill in.")))
            tab_through(self.reload_templates_button, self.params_box)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit | QPlainTextEdit):
            self._insert_target = watched
        return super().eventFilter(watched, event)

    # -- recipients --------------------------------------------------------
    def reload_lists(self) -> None:
        self.ctx.worker.submit(lambda store: ContactRepository(store).lists(), self.ctx.store,
                               on_result=self._lists_loaded)

    def _lists_loaded(self, lists: list[ContactList]) -> None:
        checked = set(self.checked_list_ids())
        self._lists = {lst.id: lst for lst in lists}
        self.lists.blockSignals(True)
        self.lists.clear()
        for lst in lists:
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=lst.name, count=lst.count))
            item.setData(Qt.ItemDataRole.UserRole, lst.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if lst.id in checked else Qt.CheckState.Unchecked)
            if lst.columns:
                item.setToolTip(self.tr("Columns: {columns}").format(columns=join_list(lst.columns)))
            self.lists.addItem(item)
        if not lists:
            item = QListWidgetItem(self.tr("No saved lists yet: import one on the Recipients tab."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lists.addItem(item)
        self.lists.blockSignals(False)
        self._lists_ticked()

    def checked_list_ids(self) -> list[int]:
        ids = []
        for i in range(self.lists.count()):
            item = self.lists.item(i)
            list_id = item.data(Qt.ItemDataRole.UserRole)
            if list_id is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(list_id))
        return ids

    def set_list_checked(self, name: str, checked: bool = True) -> None:
        for i in range(self.lists.count()):
            item = self.lists.item(i)
            list_id = item.data(Qt.ItemDataRole.UserRole)
            if list_id is not None and self._lists[int(list_id)].name == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_lists(self) -> list[ContactList]:
        return [self._lists[i] for i in self.checked_list_ids() if i in self._lists]

    def _lists_ticked(self, *_: Any) -> None:
        self._members_gen += 1
        gen = self._members_gen
        chosen = [(lst.id, lst.name) for lst in self.chosen_lists()]
        if not chosen:
            self._members = []
            self.members_loading = False
            self.refresh()
            return
        self.members_loading = True
        self.refresh()
        self.ctx.worker.submit(load_members, self.ctx.store, chosen,
                               on_result=partial(self._members_loaded, gen),
                               on_error=partial(self._members_failed, gen))

    def _members_loaded(self, gen: int, members: list[Recipient]) -> None:
        if gen != self._members_gen:
            return
        self._members = members
        self.members_loading = False
        self.refresh()

    def _members_failed(self, gen: int, exc: Exception) -> None:
        if gen == self._members_gen:
            self.members_loading = False
            self._notify(self.tr("The list could not be read"), str(exc))
            self.refresh()

    def typed_recipients(self) -> list[Recipient]:
        account = self.current_account()
        region = account_region(self.ctx.settings, account.spec) if account else default_region(self.ctx.settings)
        out = []
        for raw in split_numbers(self.recipients.toPlainText()):
            key = f"{region}:{raw}"
            if key not in self._typed_cache:
                if len(self._typed_cache) > 20_000:
                    self._typed_cache.clear()
                self._typed_cache[key] = normalize(raw, region).e164
            e164 = self._typed_cache[key]
            out.append(Recipient(e164 or raw, "", {}, valid=e164 is not None))
        return out

    def all_recipients(self) -> list[Recipient]:
        """Typed numbers first, then list members: the planner's order."""
        return self.typed_recipients() + self._members

    def columns(self) -> list[str]:
        cols: list[str] = [personalize.name_placeholder()]
        for lst in self.chosen_lists():
            cols += [c for c in lst.columns if c not in cols]
        return cols

    # -- placeholders ------------------------------------------------------
    def _fill_placeholder_menu(self) -> None:
        self.placeholder_menu.clear()
        if not self.chosen_lists():
            hint = self.placeholder_menu.addAction(self.tr("Tick a contact list to use its columns"))
            hint.setEnabled(False)
        for column in self.columns():
            action = self.placeholder_menu.addAction("{" + column + "}")
            action.triggered.connect(lambda _checked=False, c=column: self.insert_placeholder(c))

    def insert_placeholder(self, column: str) -> None:
        token = "{" + column + "}"
        target = self._insert_target
        if self.editor_stack.currentIndex() == 1:
            if target not in self.param_edits.values():
                target = next(iter(self.param_edits.values()), None)
            if isinstance(target, QLineEdit):
                target.insert(token)
                target.setFocus()
            return
        self.message.insertPlainText(token)
        self.message.setFocus()

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
            params={k: e.text() for k, e in self.param_edits.items()} if template is not None else {},
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
        account = self.current_account()
        draft_text = self._typed_text()
        unit = self._unit(account, 1)
        rule = account.spec.cost_rule if account else "gsm"
        lines: list[str] = []
        c = a.cost
        if c is None and self.current_template() is not None:
            lines.append(self.tr("The template's text is unknown, so each recipient is counted as 1 {unit}.").format(
                unit=unit))
        elif c is None or not a.sample:
            lines.append(self.tr("0 characters"))
        else:
            first = self.tr("{chars} characters \u00b7 {encoding} \u00b7 %n segment(s)", "", c.segments).format(
                chars=fmt_int(a.info.chars), encoding=a.info.encoding)
            if c.allowed:
                capacity = c.per_segment * max(1, c.segments)
                first += " " + self.tr("(room for {left} more before the next one)").format(
                    left=max(0, capacity - c.units))
            lines.append(first)
        cost_parts = []
        if c is not None and c.allowed and a.sample:
            if segments.rule_for(rule).by_country:
                cost_parts.append(self.tr("{points} {unit} per Taiwan recipient").format(
                    points=fmt_number(c.points), unit=self._unit(account, c.points)))
            else:
                cost_parts.append(self.tr("{points} {unit} per recipient").format(
                    points=fmt_number(c.points), unit=self._unit(account, c.points)))
        if a.recipients:
            cost_parts.append(self.tr("about {total} {unit} for %Ln recipient(s)", "", a.recipients).format(
                total=fmt_number(a.points), unit=self._unit(account, a.points)))
        if cost_parts:
            lines.append(" \u00b7 ".join(cost_parts))
        if a.sample_index is not None and a.sample and self._has_placeholders():
            who = self._all[a.sample_index] if a.sample_index < len(self._all) else None
            if who is not None:
                lines.append(self.tr("Counted on the longest message, {who}'s.").format(who=who.name or phone_text(
                    self.ctx.settings, who.phone, account.spec if account else None)))
        if c is not None and c.note and a.sample:
            lines.append(c.note)  # the document is silent: an estimate, the more expensive reading
        self.counter.setText("\n".join(lines))

        # What forces UCS-2, and the one-click fix.
        chars, fixes = culprit_report(draft_text)
        template = self.current_template()
        if template is not None and fixes and any(f.char in template.text for f in fixes):
            fixes = []  # the template's own text cannot be changed here
        ucs2 = ""
        if chars:
            shown = join_list(describe_char(ch) for ch in chars[:CULPRITS_SHOWN])
            if fixes:
                ucs2 = self.tr("These characters switch the message to UCS-2 (70 characters per segment instead of "
                               "160), which can double its cost: {chars}").format(chars=shown)
            else:
                ucs2 = self.tr("These characters switch the message to UCS-2 (70 characters per segment instead of "
                               "160): {chars}. Some have no plain look-alike; remove or replace them by "
                               "hand.").format(chars=shown)
        elif c is not None and a.info.encoding == segments.UCS2 and segments.analyze(draft_text).encoding == \
                segments.GSM7 and draft_text:
            ucs2 = self.tr("Some recipients' values (names or columns) contain characters that switch their "
                           "message to UCS-2, so it costs more.")
        self.ucs2_label.setText(ucs2)
        self._fixes = fixes
        self.fix_button.setVisible(bool(fixes))
        if fixes:
            nothing = self.tr("(nothing)")
            self.fix_button.setToolTip(self.tr("Replace: {pairs}").format(
                pairs=join_list(f"{f.char} \u2192 {f.replacement or nothing}" for f in fixes)))
        self.ucs2_row.setVisible(bool(ucs2))
        self._highlight(chars)

        problems = []
        if a.refused:
            problems.append(a.problem)
        elif a.blocked:
            problems.append(self.tr("{n} recipients cannot get this message and will be skipped: {problem}").format(
                n=fmt_int(a.blocked), problem=a.blocked_problem))
        if a.invalid:
            problems.append(self.tr("{n} typed entries are not mobile numbers and will be skipped.").format(
                n=fmt_int(a.invalid)))
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))

        missing = ""
        if a.missing_rows:
            names = join_list("{" + n + "}" for n in a.missing_names)
            missing = self.tr("{n} of {total} recipients have no value for {names}: their message will have a "
                              "blank there.").format(n=fmt_int(a.missing_rows), total=fmt_int(a.recipients), names=names)
        empty = [name for name, edit in self.param_edits.items() if not edit.text().strip()]
        if empty and template is not None:
            numbered = all(p.isdigit() for p in template.params)
            names = join_list("{" + n + "}" if numbered else n for n in empty)
            missing = (missing + "\n" if missing else "") + self.tr(
                "No value entered for {names}: fill it in, or SMS Desk cannot send this template.").format(names=names)
        unknown = self._unknown_placeholders()
        if unknown and self.chosen_lists():
            missing = (missing + "\n" if missing else "") + self.tr(
                "No ticked list has a column called {names}. Check the spelling.").format(
                names=join_list("{" + n + "}" for n in unknown))
        self.missing_label.setText(missing)
        self.missing_button.setVisible(a.first_missing is not None)
        self.missing_row.setVisible(bool(missing))
        self._update_send_state()

    def _unit(self, account: Account | None, amount: float) -> str:
        unit = account.spec.capabilities.money_unit if account is not None else ""
        if not unit or unit == "points":
            # Plural forms choose by a whole count: 1 is "point", anything else (0, 1.5, 2) "points".
            return self.tr("point(s)", "", 1 if amount == 1 else 2)
        return unit_label(unit)

    def _typed_text(self) -> str:
        if self.editor_stack.currentIndex() == 1:
            return "\n".join(e.text() for e in self.param_edits.values())
        return self.message.toPlainText()

    def _placeholder_names(self) -> list[str]:
        if self.editor_stack.currentIndex() == 1:
            names: list[str] = []
            for e in self.param_edits.values():
                names += [n for n in personalize.placeholders(e.text()) if n not in names]
            return names
        return personalize.placeholders(self.message.toPlainText())

    def _has_placeholders(self) -> bool:
        return bool(self._placeholder_names())

    def _unknown_placeholders(self) -> list[str]:
        names = self._placeholder_names()
        if not names:
            return []
        columns = self.columns() + list(NAME_KEYS)
        return [n for n in names if n in personalize.unknown_placeholders("{" + n + "}", columns)]

    @staticmethod
    def _ucs2_format() -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(theme.color(theme.Tone.WARNING))
        fmt.setBackground(theme.background(theme.Tone.WARNING))
        return fmt

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        # The underlined characters keep the colours they were given: recolour them for the new scheme.
        message = getattr(self, "message", None)  # also called while __init__ runs
        if event.type() == QEvent.Type.PaletteChange and message is not None and message.extraSelections():
            selections = message.extraSelections()
            for sel in selections:
                sel.format = self._ucs2_format()
            message.setExtraSelections(selections)
        super().changeEvent(event)

    def _highlight(self, chars: list[str]) -> None:
        """Underline every character that forces UCS-2 in the editor."""
        selections = []
        if chars and self.editor_stack.currentIndex() == 0:
            text = self.message.toPlainText()
            fmt = self._ucs2_format()
            wanted = set(chars)
            for pos, ch in enumerate(text):
                if ch in wanted:
                    sel = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(self.message.document())
                    start = segments.utf16_index(text, pos)
                    cursor.setPosition(start)
                    cursor.setPosition(start + len(ch.encode("utf-16-le")) // 2, QTextCursor.MoveMode.KeepAnchor)
                    sel.cursor = cursor
                    sel.format = fmt
                    selections.append(sel)
                    if len(selections) >= 500:
                        break
        self.message.setExtraSelections(selections)

    def apply_fixes(self) -> None:
        """Replace every character that forces UCS-2 with its plain look-alike."""
        fixes = getattr(self, "_fixes", [])
        if not fixes:
            return
        if self.editor_stack.currentIndex() == 1:
            for edit in self.param_edits.values():
                fixed = segments.apply_fixes(edit.text(), fixes)
                if fixed != edit.text():
                    edit.setText(fixed)
            return
        text = self.message.toPlainText()
        cursor = QTextCursor(self.message.document())
        cursor.beginEditBlock()  # one undo step
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(segments.apply_fixes(text, fixes))
        cursor.endEditBlock()

    # -- preview -------------------------------------------------------------
    def preview_recipients(self) -> list[Recipient]:
        return self._valid

    def step_preview(self, delta: int) -> None:
        self.preview_index += delta
        self._update_preview()

    def _show_first_missing(self) -> None:
        a = self.analysis
        if a is None or a.first_missing is None:
            return
        target = self._all[a.first_missing] if a.first_missing < len(self._all) else None
        self.preview_index = next((i for i, r in enumerate(self._valid) if r is target), 0)
        self._update_preview()

    def _update_preview(self) -> None:
        draft = self.draft()
        people = self.preview_recipients()
        n = len(people)
        self.preview_index = max(0, min(self.preview_index, n - 1)) if n else 0
        self.prev_button.setEnabled(n > 1 and self.preview_index > 0)
        self.next_button.setEnabled(n > 1 and self.preview_index < n - 1)
        note = ""
        total = len(self._all)
        if self.members_loading:
            self.preview_header.setText(self.tr("Reading the ticked lists\u2026"))
        counts = self.tr("%Ln recipient(s)", "", n) if n else ""
        if draft is None:
            self.preview_header.setText("")
            self.preview.setPlainText("")
        elif not n:
            if not self.members_loading:
                self.preview_header.setText(self.tr("No recipients yet: this is the message as written."))
            self.preview.setPlainText(draft.as_written())
        else:
            who = people[self.preview_index]
            if not self.members_loading:
                label = f"{who.name} {phone_text(self.ctx.settings, who.phone, a.spec if (a := self.current_account()) else None)}".strip()
                self.preview_header.setText(self.tr("{i} of {n}: {who}").format(
                    i=fmt_int(self.preview_index + 1), n=fmt_int(n), who=label))
            rendered = draft.render(who)
            if draft.template is not None and not draft.template.text:
                values = personalize.render_params(draft.params, who.variables).values
                self.preview.setPlainText(self.tr("Template {id} with {values}").format(
                    id=draft.template.id, values=join_list(f"{k} = {v}" for k, v in values.items())))
            else:
                self.preview.setPlainText(rendered.text)
            if rendered.missing:
                note = self.tr("No value for {names} for this recipient: it will be blank.").format(
                    names=join_list("{" + m + "}" for m in rendered.missing))
        self.preview_box.setTitle(self.tr("Preview ({counts})").format(counts=counts) if counts
                                  else self.tr("Preview"))
        self.preview_note.setText(note)
        self.preview_note.setVisible(bool(note))
        from_lists = len(self._members)
        typed = total - from_lists
        if total:
            self.recipient_summary.setText(self.tr("{lists} from lists, {typed} typed").format(
                lists=fmt_int(from_lists), typed=fmt_int(typed)))
        else:
            self.recipient_summary.setText("")

    # -- schedule --------------------------------------------------------------
    def _picked(self) -> tuple[datetime, LocalTimeError | None]:
        """The picker's wall time as an instant, or the reason it is not one (skipped or repeated)."""
        wall = wall_time(self.when)
        fold = self.occurrence.currentIndex() if self.occurrence.count() else -1
        try:
            return resolve_local(wall, self.zone, fold if fold >= 0 else None), None
        except LocalTimeError as exc:
            return exc.choices[1], exc  # never sent: the problem blocks the Send button

    def schedule_at(self) -> datetime | None:
        if not self.later.isChecked():
            return None
        return self._picked()[0]

    def _local_time_problem(self) -> str:
        error = self._picked()[1]
        if error is None:
            return ""
        if error.kind == "ambiguous":
            return join_sentences(str(error), self.tr("Choose it in the list next to the time."))
        return str(error)

    def _show_occurrences(self) -> None:
        wall = wall_time(self.when)
        if wall != self._occurrence_wall:  # a new time: the earlier choice no longer applies
            self._occurrence_wall = wall
            blocked = self.occurrence.blockSignals(True)
            self.occurrence.clear()
            try:
                resolve_local(wall, self.zone)
            except LocalTimeError as exc:
                if exc.kind == "ambiguous":
                    self.occurrence.addItems([occurrence_label(c) for c in exc.choices])
                    self.occurrence.setCurrentIndex(-1)
            self.occurrence.blockSignals(blocked)
        self.occurrence.setVisible(bool(self.occurrence.count()) and self.later.isChecked())

    def _schedule_changed(self, *_: Any) -> None:
        self._show_occurrences()
        chosen, error = self._picked()
        undecided = error is not None and error.kind == "ambiguous"
        self.tz_label.setText(" / ".join(utc_offset(c) for c in error.choices) if undecided and error
                              else utc_offset(chosen))
        self.tz_label.setToolTip(self.tr("This computer's time zone: {zone}").format(
            zone=chosen.tzname() or utc_offset(chosen)))
        self._update_schedule_note()
        self._update_send_state()

    def schedule_problem(self) -> str:
        account = self.current_account()
        when = self.schedule_at()
        if account is None or when is None:
            return ""
        problem = self._local_time_problem()
        if problem:
            return problem
        return schedule.validate(schedule_rule(account), when, datetime.now(UTC)) or ""

    def quiet_problem(self) -> str:
        """Words for "the send falls in quiet hours" (the override checkbox is then required)."""
        account = self.current_account()
        hours = quiet_hours(self.ctx.settings)
        if account is None or hours is None:
            return ""
        when = self.schedule_at() or datetime.now(UTC)
        effective = schedule.effective_time(schedule_rule(account), when)
        if not hours.contains(effective):
            return ""
        nxt = hours.next_allowed(effective).astimezone()
        return self.tr("{when} is inside the quiet hours ({hours}, Taiwan time), when customers should not be "
                       "disturbed. Choose {next} or later, or tick the box to send anyway.").format(
            when=fmt_time(effective), hours=hours.label, next=fmt_datetime(nxt))

    def _native_schedule_note(self, account: Account, rule: str, when: datetime | None) -> str:
        caps, vendor = account.spec.capabilities, account.spec.label
        if when is not None and caps.schedule_taiwan_time:
            eff = schedule.effective_time(rule, when).astimezone(schedule.TAIPEI)
            return self.tr("{vendor} keeps it and sends at {when} Taiwan time (to the minute).").format(
                vendor=vendor, when=fmt_datetime(eff.replace(tzinfo=None)))
        if caps.schedule_window_strict and caps.schedule_min_ahead and caps.schedule_max_ahead:
            return self.tr("{vendor} keeps it and sends at that time ({least} minutes to {most} days from "
                           "now).").format(vendor=vendor,
                                           least=fmt_number(caps.schedule_min_ahead.total_seconds() / 60, 1),
                                           most=fmt_number(caps.schedule_max_ahead.total_seconds() / 86400, 1))
        return self.tr("{vendor} keeps it and sends at that time.").format(vendor=vendor)

    def _update_schedule_note(self) -> None:
        account = self.current_account()
        notes: list[str] = []
        tone: theme.Tone | None = None
        if account is not None and self.later.isChecked():
            problem = self.schedule_problem()
            rule = schedule_rule(account)
            when = self.schedule_at()
            if problem:
                notes.append(problem)
                tone = theme.Tone.ERROR
            elif rule == schedule.LOCAL:
                notes.append(self.tr("{vendor} cannot schedule messages itself: SMS Desk sends them at that time, "
                                     "so the app must be running then (on this computer, awake).").format(
                    vendor=account.spec.label))
                tone = theme.Tone.WARNING
            else:
                notes.append(self._native_schedule_note(account, rule, when))
        self.schedule_note.setText("\n".join(notes))
        theme.set_tone(self.schedule_note, tone, strong=tone == theme.Tone.ERROR)
        self.schedule_note.setVisible(bool(notes))
        quiet = self.quiet_problem()
        self._quiet_needed = bool(quiet)
        self.quiet_label.setText(quiet)
        self.quiet_row.setVisible(bool(quiet))

    def _tick_clock(self) -> None:
        self._update_schedule_note()
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
        if self._quiet_needed and not self.quiet_override.isChecked():
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
