"""Compose's live counter: length, segments and cost, and the warnings that go with them.

It shows an :class:`~smsdesk.core.drafts.Analysis` (counted by the tab, on the GUI thread or
the worker); the UCS-2 characters it names are fixed by the editor when "Fix" is pressed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from smsdesk.core import segments
from smsdesk.core.accounts import Account
from smsdesk.core.drafts import Analysis, Recipient, culprit_report, describe_char
from smsdesk.core.settings import SettingsSource, phone_text
from smsdesk.gui import theme
from smsdesk.gui.icons import icon
from smsdesk.i18n import fmt_int, fmt_number, join_list
from smsdesk.vendors.base import TemplateChoice, unit_label

CULPRITS_SHOWN = 12


@dataclass
class Written:
    """What the counter needs to know of the draft besides its analysis."""

    account: Account | None
    template: TemplateChoice | None
    text: str  # the message, or the template's values
    has_placeholders: bool
    everyone: list[Recipient]  # every recipient, in the analysis's order
    empty_params: list[str]  # template values left empty
    unknown_columns: list[str]  # placeholders no ticked list has


class CostCounter(QWidget):
    """The counter and its warnings in one column, so hidden ones leave no gaps."""

    fix_requested = Signal()
    show_missing = Signal()  # show a recipient with a missing value in the preview

    def __init__(self, tools: QLayout, settings: SettingsSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.fixes: list[segments.Fix] = []
        fb = QVBoxLayout(self)
        fb.setContentsMargins(0, 0, 0, 0)
        fb.setSpacing(4)
        fb.addLayout(tools)
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
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit())
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
        self.missing_button.clicked.connect(lambda: self.show_missing.emit())
        missing.addWidget(self.missing_label, 1)
        missing.addWidget(self.missing_button)
        self.missing_row = QWidget()
        self.missing_row.setLayout(missing)
        fb.addWidget(self.missing_row)
        fb.addStretch(1)  # spare height below the warnings, not between them

    def _unit(self, account: Account | None, amount: float) -> str:
        unit = account.spec.capabilities.money_unit if account is not None else ""
        if not unit or unit == "points":
            # Plural forms choose by a whole count: 1 is "point", anything else (0, 1.5, 2) "points".
            return self.tr("point(s)", "", 1 if amount == 1 else 2)
        return unit_label(unit)

    def show_analysis(self, a: Analysis, w: Written) -> list[str]:
        """Show the count and its warnings; returns the characters that force UCS-2 (to underline)."""
        account = w.account
        unit = self._unit(account, 1)
        rule = account.spec.cost_rule if account else "gsm"
        lines: list[str] = []
        c = a.cost
        if c is None and w.template is not None:
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
        if a.sample_index is not None and a.sample and w.has_placeholders:
            who = w.everyone[a.sample_index] if a.sample_index < len(w.everyone) else None
            if who is not None:
                lines.append(self.tr("Counted on the longest message, {who}'s.").format(who=who.name or phone_text(
                    self._settings, who.phone, account.spec if account else None)))
        if c is not None and c.note and a.sample:
            lines.append(c.note)  # the document is silent: an estimate, the more expensive reading
        self.counter.setText("\n".join(lines))
        chars = self._show_ucs2(a, w)
        self._show_problems(a)
        self._show_missing(a, w)
        return chars

    def _show_ucs2(self, a: Analysis, w: Written) -> list[str]:
        """What forces UCS-2, and the one-click fix."""
        draft_text = w.text
        chars, fixes = culprit_report(draft_text)
        template = w.template
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
        elif a.cost is not None and a.info.encoding == segments.UCS2 and segments.analyze(draft_text).encoding == \
                segments.GSM7 and draft_text:
            ucs2 = self.tr("Some recipients' values (names or columns) contain characters that switch their "
                           "message to UCS-2, so it costs more.")
        self.ucs2_label.setText(ucs2)
        self.fixes = fixes
        self.fix_button.setVisible(bool(fixes))
        if fixes:
            nothing = self.tr("(nothing)")
            self.fix_button.setToolTip(self.tr("Replace: {pairs}").format(
                pairs=join_list(f"{f.char} \u2192 {f.replacement or nothing}" for f in fixes)))
        self.ucs2_row.setVisible(bool(ucs2))
        return chars

    def _show_problems(self, a: Analysis) -> None:
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

    def _show_missing(self, a: Analysis, w: Written) -> None:
        missing = ""
        if a.missing_rows:
            names = join_list("{" + n + "}" for n in a.missing_names)
            missing = self.tr("{n} of {total} recipients have no value for {names}: their message will have a "
                              "blank there.").format(n=fmt_int(a.missing_rows), total=fmt_int(a.recipients), names=names)
        template = w.template
        if w.empty_params and template is not None:
            numbered = all(p.isdigit() for p in template.params)
            names = join_list("{" + n + "}" if numbered else n for n in w.empty_params)
            missing = (missing + "\n" if missing else "") + self.tr(
                "No value entered for {names}: fill it in, or SMS Desk cannot send this template.").format(names=names)
        if w.unknown_columns:
            missing = (missing + "\n" if missing else "") + self.tr(
                "No ticked list has a column called {names}. Check the spelling.").format(
                names=join_list("{" + n + "}" for n in w.unknown_columns))
        self.missing_label.setText(missing)
        self.missing_button.setVisible(a.first_missing is not None)
        self.missing_row.setVisible(bool(missing))
