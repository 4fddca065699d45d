"""Compose's "When": now or a picked local time, the vendor's schedule rule for it, and quiet hours."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import schedule
from smsdesk.core.accounts import Account
from smsdesk.core.drafts import schedule_rule, utc_offset
from smsdesk.core.localtime import LocalTimeError, occurrence_label, resolve_local
from smsdesk.core.settings import SettingsSource, quiet_hours
from smsdesk.gui import theme
from smsdesk.gui.widgets import wall_time
from smsdesk.i18n import datetime_edit_format, fmt_datetime, fmt_number, fmt_time, join_sentences


class SchedulePicker(QWidget):
    """Send now or later; says why a picked time cannot be used and when quiet hours need the override."""

    changed = Signal()  # the time, its validity or the quiet-hours override changed

    def __init__(self, settings: SettingsSource, account: Callable[[], Account | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._account = account  # the Compose tab's current account, asked each time
        self.quiet_needed = False
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
        wb = QVBoxLayout(self)
        wb.setContentsMargins(0, 0, 0, 0)
        wb.setSpacing(4)
        wb.addLayout(when)
        self.schedule_note = QLabel()
        self.schedule_note.setWordWrap(True)
        wb.addWidget(self.schedule_note)
        self.quiet_label = QLabel()
        self.quiet_label.setWordWrap(True)
        theme.set_tone(self.quiet_label, theme.Tone.WARNING)
        self.quiet_override = QCheckBox(self.tr("Send during &quiet hours anyway"))
        self.quiet_override.toggled.connect(lambda _on: self.changed.emit())
        quiet = QVBoxLayout()
        quiet.setContentsMargins(0, 0, 0, 0)
        quiet.addWidget(self.quiet_label)
        quiet.addWidget(self.quiet_override)
        self.quiet_row = QWidget()
        self.quiet_row.setLayout(quiet)
        self.quiet_row.setVisible(False)
        wb.addWidget(self.quiet_row)

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
        self.update_note()
        self.changed.emit()

    def account_changed(self) -> None:
        self._schedule_changed()

    def schedule_problem(self) -> str:
        account = self._account()
        when = self.schedule_at()
        if account is None or when is None:
            return ""
        problem = self._local_time_problem()
        if problem:
            return problem
        return schedule.validate(schedule_rule(account), when, datetime.now(UTC)) or ""

    def quiet_problem(self) -> str:
        """Words for "the send falls in quiet hours" (the override checkbox is then required)."""
        account = self._account()
        hours = quiet_hours(self._settings)
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

    def quiet_blocks(self) -> bool:
        """The send falls in quiet hours and the override is not ticked."""
        return self.quiet_needed and not self.quiet_override.isChecked()

    def quiet_overridden(self) -> bool:
        return self.quiet_needed and self.quiet_override.isChecked()

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

    def update_note(self) -> None:
        """Say what happens at the picked time (or why it cannot be used), and whether quiet hours apply."""
        account = self._account()
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
        self.quiet_needed = bool(quiet)
        self.quiet_label.setText(quiet)
        self.quiet_row.setVisible(bool(quiet))
