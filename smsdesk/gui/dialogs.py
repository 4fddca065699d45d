"""Dialogs shared by the tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.planner import Plan, skip_reason_label
from smsdesk.gui import theme
from smsdesk.gui.icons import icon
from smsdesk.gui.widgets import initial_size
from smsdesk.i18n import fmt_datetime, fmt_int, fmt_number, join_list
from smsdesk.vendors.base import unit_label

SKIPPED_ROWS = 1000  # rows shown in the skipped table; the rest are counted


class ConfirmSendDialog(QDialog):
    """Everything that is about to be spent, before it is spent. Cancel is the default.

    ``balance_checked`` says the balance was just read from the vendor (otherwise it is the
    last one known); ``balance_error`` is why reading it failed, in words.
    """

    def __init__(self, plan: Plan, parent: QWidget | None = None, *, balance_checked: bool = False,
                 balance_error: str = "", title: str = "") -> None:
        super().__init__(parent)
        self.plan = plan
        self._balance_checked, self._balance_error = balance_checked, balance_error
        scheduled = plan.schedule_at is not None
        self.setWindowTitle(self.tr("Schedule this message?") if scheduled else self.tr("Send this message?"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.unit = unit_label(plan.account.spec.capabilities.money_unit)
        # Who a reply goes to, by name: a reply is never a campaign.
        headline = QLabel()
        self.title = QLabel()
        font = headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)
        self.title.setFont(font)
        self.title.setText(title)
        self.headline = headline
        layout.addWidget(self.title)
        layout.addWidget(headline)
        self.title.setVisible(bool(title))  # once in the layout: shown before, it would be a window

        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}

        def row(key: str, label: str) -> QLabel:
            value = QLabel()
            value.setWordWrap(True)
            value.setAccessibleName(label.rstrip(":"))
            form.addRow(label, value)
            self.fields[key] = value
            return value

        vendor = plan.account.spec.label
        row("account", self.tr("Account:")).setText(
            plan.account.name if plan.account.name in vendor else f"{plan.account.name} ({vendor})")
        row("recipients", self.tr("Recipients:"))
        row("skipped", self.tr("Skipped:"))
        row("segments", self.tr("Segments:"))
        row("cost", self.tr("Estimated cost:"))
        row("balance", self.tr("Balance:"))
        row("when", self.tr("When:")).setText(self._when_text(plan))
        layout.addLayout(form)

        # Same message, same people: skipped by default; ticking sends to them again.
        self.repeat_label = QLabel(plan.repeat_text)
        self.repeat_label.setWordWrap(True)
        theme.set_tone(self.repeat_label, theme.Tone.WARNING, strong=True)
        self.repeat_box = QCheckBox(self.tr("Send it to them again as well"))
        self.repeat_box.setChecked(plan.repeats_included)
        self.repeat_box.toggled.connect(self._repeats_toggled)
        for w in (self.repeat_label, self.repeat_box):
            layout.addWidget(w)
            w.setVisible(bool(plan.repeats))

        if plan.warnings:
            self.warnings = QLabel("\n".join(plan.warnings))
            self.warnings.setWordWrap(True)
            theme.set_tone(self.warnings, theme.Tone.WARNING)
            layout.addWidget(self.warnings)

        self.skipped_table = QTableWidget(0, 3)
        self.skipped_table.setHorizontalHeaderLabels([self.tr("Given"), self.tr("Number"), self.tr("Why skipped")])
        self.skipped_table.setAccessibleName(self.tr("Skipped recipients"))
        self.skipped_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped_table.verticalHeader().setVisible(False)
        self.skipped_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Reachable with Tab, so a screen reader can read who is skipped; arrow keys move between cells.
        self.skipped_table.setTabKeyNavigation(False)
        self.skipped_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.skipped_title = QLabel()
        self.skipped_table.setMaximumHeight(160)
        layout.addWidget(self.skipped_title)
        layout.addWidget(self.skipped_table)

        layout.addWidget(QLabel(self.tr("First message:")))
        self.first_message = QPlainTextEdit(plan.first_message)
        self.first_message.setReadOnly(True)
        self.first_message.setAccessibleName(self.tr("First message"))
        self.first_message.setMaximumHeight(110)
        layout.addWidget(self.first_message)

        # The whole summary as text (the CLI shows the same), to read or copy; folded away by default.
        self.details_toggle = QToolButton()
        self.details_toggle.setText(self.tr("Full summary as text"))
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details = QPlainTextEdit(plan.describe())
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Send summary"))
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        self.details_toggle.toggled.connect(self._toggle_details)
        layout.addWidget(self.details_toggle)
        layout.addWidget(self.details)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("Schedule") if scheduled else self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setIcon(icon("schedule" if scheduled else "send"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Only once the buttons are in the dialog does Cancel become its default for good: made default
        # before, the dialog forgets it and Enter anywhere (on the table, the text) would press Send.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()  # Space or Enter: nothing spent
        self._refresh()
        self.setMinimumWidth(560)
        initial_size(self, 560, 0)  # all of the summary in view, not squeezed to 2/3 of the screen

    def _repeats_toggled(self, include: bool) -> None:
        self.plan.include_repeats(include)
        self._refresh()

    def _refresh(self) -> None:
        """The figures that change when the repeats are included or skipped."""
        plan, unit = self.plan, self.unit
        self.headline.setText(self.tr("{n} recipients, about {points} {unit}.").format(
            n=fmt_int(len(plan.recipients)), points=fmt_number(plan.points), unit=unit))
        self.fields["recipients"].setText(fmt_int(len(plan.recipients)))
        counts = plan.skipped_counts()
        if counts:
            parts = [self.tr("{n} {why}").format(n=fmt_int(n), why=skip_reason_label(reason))
                     for reason, n in sorted(counts.items())]
            self.fields["skipped"].setText(self.tr("{total} ({parts})").format(
                total=fmt_int(plan.skipped_total), parts=join_list(parts)))
        else:
            self.fields["skipped"].setText(self.tr("none"))
        self.fields["segments"].setText(self.tr("{segments} in total (up to {max} per message)").format(
            segments=fmt_int(plan.segments), max=plan.max_segments))
        self.fields["cost"].setText(self.tr("{points} {unit}").format(points=fmt_number(plan.points), unit=unit))
        self.fields["balance"].setText(self._balance_text(plan, unit, self._balance_checked, self._balance_error))
        short = plan.balance is not None and plan.points > plan.balance
        theme.set_tone(self.fields["balance"], theme.Tone.ERROR if short else None, strong=short)
        self.first_message.setPlainText(plan.first_message)
        self.details.setPlainText(plan.describe())
        self.send_button.setEnabled(bool(plan.recipients))
        self._fill_skipped()

    def _fill_skipped(self) -> None:
        plan = self.plan
        shown = plan.skipped[:SKIPPED_ROWS]
        self.skipped_table.setRowCount(len(shown))
        for r, s in enumerate(shown):
            for c, text in enumerate((s.value, s.phone or "", s.message or skip_reason_label(s.reason))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.skipped_table.setItem(r, c, item)
        self.skipped_table.resizeColumnsToContents()
        title = self.tr("Skipped recipients (they get nothing and cost nothing):")
        if plan.skipped_total > SKIPPED_ROWS:
            title = self.tr("Skipped recipients, the first {shown} of {total}:").format(
                shown=fmt_int(SKIPPED_ROWS), total=fmt_int(plan.skipped_total))
        self.skipped_title.setText(title)
        for w in (self.skipped_title, self.skipped_table):
            w.setVisible(bool(plan.skipped))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _balance_text(self, plan: Plan, unit: str, checked: bool, error: str) -> str:
        caps = plan.account.spec.capabilities
        if not caps.balance:
            return self.tr("{vendor} does not report a balance; check it in the vendor's console.").format(
                vendor=plan.account.spec.label)
        if plan.balance is None:
            text = self.tr("not known yet")
        else:
            when = self.tr("just checked") if checked and not error else self.tr("last known")
            text = self.tr("{balance} {unit} ({when}); about {after} left after this send").format(
                balance=fmt_number(plan.balance), unit=unit, when=when, after=fmt_number(plan.balance - plan.points))
            if plan.points > plan.balance:
                text = self.tr("{balance} {unit} ({when}): NOT ENOUGH for this send. Top up first, or the "
                               "vendor may refuse part of it.").format(balance=fmt_number(plan.balance), unit=unit, when=when)
        if error:
            text += "\n" + self.tr("The balance could not be checked just now: {error}").format(error=error)
        return text

    def _when_text(self, plan: Plan) -> str:
        if plan.schedule_at is None:
            return self.tr("Now")
        local = plan.schedule_at.astimezone()
        offset = local.strftime("%z")
        text = self.tr("{when} (UTC{sign}{hh}:{mm}, this computer's time zone)").format(
            when=fmt_datetime(local), sign=offset[0], hh=offset[1:3], mm=offset[3:5])
        if plan.local_schedule:
            text += "\n" + self.tr("{vendor} cannot schedule: SMS Desk sends it at that time, so the app must "
                                   "be running then.").format(vendor=plan.account.spec.label)
        return text
