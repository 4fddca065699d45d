"""The settings dialog: the window's face of the settings that core/settings.py defines and reads.

Every key, its default and its typed accessor (:func:`quiet_hours`, :func:`default_region`, ...)
live in :mod:`smsdesk.core.settings`, which has no Qt so the CLI reads them the same way; they are
re-exported here for the code that has always imported them from this module.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.settings import (  # noqa: F401 - re-exported: the old home of the keys and accessors
    APPEARANCE,
    CALLBACKS_BIND,
    CALLBACKS_ENABLED,
    CALLBACKS_PORT,
    CALLBACKS_PUBLIC_URL,
    DEFAULT_BIND,
    DEFAULT_POLL_REPLIES,
    DEFAULT_POLL_STATUS,
    DEFAULT_PORT,
    DEFAULT_QUIET,
    DEFAULT_REGION,
    LANGUAGE,
    LANGUAGES,
    NOTIFY,
    OPTOUT_ASK,
    OPTOUT_KEYWORDS,
    POLL_MAX,
    POLL_MIN,
    POLL_REPLIES,
    POLL_STATUS,
    QUIET_ENABLED,
    QUIET_END,
    QUIET_START,
    REGION,
    REPEAT_HOURS,
    REPEAT_HOURS_MAX,
    CallbackSettings,
    appearance,
    callback_settings,
    default_region,
    language,
    notifications_enabled,
    optout_ask,
    optout_rule,
    phone_text,
    quiet_end,
    quiet_hours,
    quiet_start,
    repeat_hours,
    replies_poll_seconds,
    status_poll_seconds,
)
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.controls import guard_wheel
from smsdesk.gui.widgets import help_label, initial_size
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate

# Regions offered in the combo (the list is short on purpose: most numbers are local).
REGIONS: tuple[tuple[str, str], ...] = (
    ("TW", QT_TRANSLATE_NOOP("Regions", "Taiwan (+886)")),
    ("HK", QT_TRANSLATE_NOOP("Regions", "Hong Kong (+852)")),
    ("MO", QT_TRANSLATE_NOOP("Regions", "Macau (+853)")),
    ("CN", QT_TRANSLATE_NOOP("Regions", "Mainland China (+86)")),
    ("JP", QT_TRANSLATE_NOOP("Regions", "Japan (+81)")),
    ("KR", QT_TRANSLATE_NOOP("Regions", "South Korea (+82)")),
    ("SG", QT_TRANSLATE_NOOP("Regions", "Singapore (+65)")),
    ("MY", QT_TRANSLATE_NOOP("Regions", "Malaysia (+60)")),
    ("TH", QT_TRANSLATE_NOOP("Regions", "Thailand (+66)")),
    ("VN", QT_TRANSLATE_NOOP("Regions", "Vietnam (+84)")),
    ("PH", QT_TRANSLATE_NOOP("Regions", "Philippines (+63)")),
    ("ID", QT_TRANSLATE_NOOP("Regions", "Indonesia (+62)")),
    ("US", QT_TRANSLATE_NOOP("Regions", "United States / Canada (+1)")),
    ("GB", QT_TRANSLATE_NOOP("Regions", "United Kingdom (+44)")),
    ("AU", QT_TRANSLATE_NOOP("Regions", "Australia (+61)")),
)


# -- the dialog ----------------------------------------------------------------------


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class SettingsDialog(QDialog):
    """Application settings; saved to ``ctx.settings`` when the user presses OK."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        # The groups scroll, so the dialog fits a 1366x768 screen in any language and font size;
        # an error and the buttons stay in view below them.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: focused fields scroll into view
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(page)
        outer.addWidget(self.scroll_area, 1)
        s = ctx.settings

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        for value, text in (("system", self.tr("Follow the system")), ("zh_TW", "繁體中文"), ("en", "English")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(language(s))))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        self.language_note = help_label(self.tr("A new language takes effect after SMS Desk is restarted."))
        form.addRow(QLabel(), self.language_note)
        self.appearance = QComboBox()
        for value, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            self.appearance.addItem(text, value)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(appearance(s))))
        self.appearance.setAccessibleName(self.tr("Appearance"))
        form.addRow(self.tr("Appeara&nce:"), self.appearance)
        self.region = QComboBox()
        for code, name in REGIONS:
            self.region.addItem(translate("Regions", name), code)
        region = default_region(s)
        if self.region.findData(region) < 0:  # set elsewhere to a region not in the short list
            self.region.addItem(region, region)
        self.region.setCurrentIndex(self.region.findData(region))
        self.region.setAccessibleName(self.tr("Default country for phone numbers"))
        form.addRow(self.tr("Default &country for phone numbers:"), self.region)
        self.notify = QCheckBox(self.tr("Show a notification when a send finishes or a reply arrives"))
        self.notify.setChecked(notifications_enabled(s))
        form.addRow(self.tr("Notifications:"), self.notify)
        self.optout_keywords = QLineEdit(optout_rule(s).as_setting())
        self.optout_keywords.setAccessibleName(self.tr("Opt-out keywords"))
        self.optout_keywords.setToolTip(self.tr(
            "Comma-separated. A plain word counts only when it is the whole reply (any case, full-width or "
            "not, punctuation ignored); a word with * in front counts anywhere in the reply."))
        form.addRow(self.tr("&Opt-out keywords:"), self.optout_keywords)
        self.optout_ask = QCheckBox(self.tr("Ask before adding a number to the opt-out list"))
        self.optout_ask.setChecked(optout_ask(s))
        form.addRow("", self.optout_ask)
        layout.addWidget(general)

        quiet = QGroupBox(self.tr("Quiet hours"))
        qform = QFormLayout(quiet)
        current = quiet_hours(s)
        self.quiet_enabled = QCheckBox(self.tr("Do not send during quiet hours"))
        self.quiet_enabled.setChecked(current is not None)
        qform.addRow(self.quiet_enabled)
        self.quiet_start = QTimeEdit(_qtime(quiet_start(s)))
        self.quiet_end = QTimeEdit(_qtime(quiet_end(s)))
        for edit, name in ((self.quiet_start, self.tr("Quiet hours start")),
                           (self.quiet_end, self.tr("Quiet hours end"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        qform.addRow(self.tr("&From:"), self.quiet_start)
        qform.addRow(self.tr("Un&til:"), self.quiet_end)  # Alt+U is the public URL's, Alt+N Appearance's
        qform.addRow(QLabel(), help_label(self.tr("Taiwan time. Sends planned inside these hours are held until they end "
                                       "unless you confirm. 21:00 to 08:00 crosses midnight.")))
        self.quiet_enabled.toggled.connect(self._quiet_toggled)
        self._quiet_toggled(self.quiet_enabled.isChecked())
        self.repeat_hours = QSpinBox()
        self.repeat_hours.setRange(0, REPEAT_HOURS_MAX)
        self.repeat_hours.setSuffix(self.tr(" hours"))
        self.repeat_hours.setSpecialValueText(self.tr("Off"))
        self.repeat_hours.setValue(repeat_hours(s))
        self.repeat_hours.setAccessibleName(self.tr("Repeat guard"))
        qform.addRow(self.tr("Skip people who got the same message in the last:"), self.repeat_hours)
        layout.addWidget(quiet)

        polling = QGroupBox(self.tr("Checking for news"))
        pform = QFormLayout(polling)
        self.poll_status = self._seconds(status_poll_seconds(s), self.tr("Delivery status check interval"))
        self.poll_replies = self._seconds(replies_poll_seconds(s), self.tr("Replies check interval"))
        pform.addRow(self.tr("Ask for &delivery status every:"), self.poll_status)
        pform.addRow(self.tr("Fetch &replies every:"), self.poll_replies)
        pform.addRow(QLabel(), help_label(self.tr("Only for vendors that can be asked. Checking more often does not cost "
                                       "points but some vendors limit how often they may be asked.")))
        layout.addWidget(polling)

        callbacks = QGroupBox(self.tr("Callback receiver (advanced)"))
        cform = QFormLayout(callbacks)
        cb = callback_settings(s)
        self.callbacks_enabled = QCheckBox(self.tr("Receive delivery reports and replies pushed by vendors"))
        self.callbacks_enabled.setChecked(cb.enabled)
        cform.addRow(self.callbacks_enabled)
        self.callbacks_bind = QLineEdit(cb.bind)
        self.callbacks_bind.setAccessibleName(self.tr("Listen address"))
        self.callbacks_port = QSpinBox()
        self.callbacks_port.setRange(1, 65535)
        self.callbacks_port.setValue(cb.port)
        self.callbacks_port.setAccessibleName(self.tr("Port"))
        self.callbacks_url = QLineEdit(cb.public_url)
        self.callbacks_url.setPlaceholderText("https://sms.example.com.tw")
        self.callbacks_url.setAccessibleName(self.tr("Public address"))
        cform.addRow(self.tr("Listen on &address:"), self.callbacks_bind)
        cform.addRow(self.tr("&Port:"), self.callbacks_port)
        cform.addRow(self.tr("Public &URL:"), self.callbacks_url)
        cform.addRow(QLabel(), help_label(self.tr(
            "Vendors send reports to the public URL, so it must be reachable from the internet: forward "
            "the port on the office router to this computer, or run a tunnel program that forwards to it "
            "(then listening on 127.0.0.1 is enough). Enter the public URL in the vendor's console where it "
            "asks for a callback or webhook address. To test it, save, then open the public URL in a "
            "phone's browser using mobile data (not the office Wi-Fi): if the page does not load, vendors "
            "cannot reach it either. Without a receiver SMS Desk asks vendors for the status instead.")))
        self.callbacks_enabled.toggled.connect(self._callbacks_toggled)
        self._callbacks_toggled(self.callbacks_enabled.isChecked())
        layout.addWidget(callbacks)

        credentials = ctx.accounts.credentials
        keyring_text = self.tr("Passwords and keys are kept in: {backend}.").format(
            backend=credentials.backend_name())
        if not credentials.usable():
            keyring_text += " " + self.tr("This is not a usable keychain, so passwords are kept only until "
                                          "SMS Desk is closed.")
        self.keyring_label = QLabel(keyring_text)
        self.keyring_label.setWordWrap(True)
        layout.addWidget(self.keyring_label)

        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.set_tone(self.error, theme.Tone.ERROR)
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.wheel_guard = guard_wheel(page)  # scrolling the page never changes an interval or a choice
        # Everything in view when the screen allows; the scroll area's own hint is only a few lines.
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        extra = self.sizeHint() - self.scroll_area.sizeHint()
        initial_size(self, page.sizeHint().width() + bar + extra.width(), page.sizeHint().height() + extra.height())

    def _seconds(self, value: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(POLL_MIN, POLL_MAX)
        box.setSingleStep(15)
        box.setSuffix(self.tr(" seconds"))
        box.setValue(value)
        box.setAccessibleName(name)
        return box

    def _quiet_toggled(self, on: bool) -> None:
        self.quiet_start.setEnabled(on)
        self.quiet_end.setEnabled(on)

    def _callbacks_toggled(self, on: bool) -> None:
        for widget in (self.callbacks_bind, self.callbacks_port, self.callbacks_url):
            widget.setEnabled(on)

    def _problem(self) -> str | None:
        if self.quiet_enabled.isChecked() and self.quiet_start.time() == self.quiet_end.time():
            return self.tr("The quiet hours start and end at the same time. Choose different times or turn "
                           "quiet hours off.")
        if self.callbacks_enabled.isChecked():
            url = self.callbacks_url.text().strip()
            if not url.startswith(("https://", "http://")):
                return self.tr("Enter the public URL of the callback receiver, starting with https://, or turn "
                               "the receiver off.")
            if not self.callbacks_bind.text().strip():
                return self.tr("Enter the address to listen on: 0.0.0.0 for every network, 127.0.0.1 when a "
                               "tunnel program on this computer forwards to it.")
        return None

    def save(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        s = self.ctx.settings
        if self.language.currentData() != language(s):
            self.ctx.events.status_message.emit(
                self.tr("The new language takes effect after SMS Desk is restarted."))
        s.setValue(LANGUAGE, self.language.currentData())
        s.setValue(APPEARANCE, self.appearance.currentData())
        theme.apply(self.appearance.currentData())
        s.setValue(REGION, self.region.currentData())
        s.setValue(NOTIFY, self.notify.isChecked())
        words = [w.strip() for w in self.optout_keywords.text().replace("，", ",").split(",") if w.strip()]
        s.setValue(OPTOUT_KEYWORDS, ",".join(words))
        s.setValue(OPTOUT_ASK, self.optout_ask.isChecked())
        s.setValue(QUIET_ENABLED, self.quiet_enabled.isChecked())
        s.setValue(QUIET_START, self.quiet_start.time().toString("HH:mm"))
        s.setValue(QUIET_END, self.quiet_end.time().toString("HH:mm"))
        s.setValue(REPEAT_HOURS, self.repeat_hours.value())
        s.setValue(POLL_STATUS, self.poll_status.value())
        s.setValue(POLL_REPLIES, self.poll_replies.value())
        s.setValue(CALLBACKS_ENABLED, self.callbacks_enabled.isChecked())
        s.setValue(CALLBACKS_BIND, self.callbacks_bind.text().strip() or DEFAULT_BIND)
        s.setValue(CALLBACKS_PORT, self.callbacks_port.value())
        s.setValue(CALLBACKS_PUBLIC_URL, self.callbacks_url.text().strip().rstrip("/"))
        s.sync()
        self.saved.emit()
        self.accept()
