"""SepSMS's OTP test: send a code to a number, then verify the code typed back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from smsdesk.core import phones
from smsdesk.core.settings import account_region
from smsdesk.gui.icons import icon
from smsdesk.gui.vendor_tool_tab import ToolTab
from smsdesk.gui.widgets import add_row_for
from smsdesk.i18n import fmt_time

if TYPE_CHECKING:
    from smsdesk.gui.vendor_tools import VendorToolsDialog




class OtpTab(ToolTab):
    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__(dialog)
        self.sent: Any | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Try a one-time-code flow: SepSMS sends a code to a phone, then you type the "
                               "code you received to check it. Each code sent costs a message."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.phone.setPlaceholderText(self.tr("a Thai mobile, e.g. 081 234 5678 or +66 81 234 5678"))
        self.template = QLineEdit()
        self.template.setAccessibleName(self.tr("Message"))
        self.template.setPlaceholderText(self.tr("optional, e.g. Your code is {code} (ref {ref})"))
        self.ttl = QSpinBox()
        self.ttl.setRange(60, 600)
        self.ttl.setValue(300)
        self.ttl.setSingleStep(30)
        self.ttl.setSuffix(self.tr(" seconds"))
        self.ttl.setAccessibleName(self.tr("Code valid for"))
        self.length = QSpinBox()
        self.length.setRange(4, 8)
        self.length.setValue(6)
        self.length.setSuffix(self.tr(" digits"))
        self.length.setAccessibleName(self.tr("Code length"))
        self.send_button = QPushButton(self.tr("&Send code"))
        self.send_button.setIcon(icon("send"))
        self.send_button.clicked.connect(self.send)
        self.setFocusProxy(self.phone)  # the tab opens on its first field
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Message:"), self.template)
        form.addRow("", QLabel(self.tr("Leave empty for SepSMS's standard text. Write {code} where the code goes "
                                       "and, if you like, {ref} for the reference.")))
        form.addRow(self.tr("&Valid for:"), self.ttl)
        form.addRow(self.tr("Code &length:"), self.length)
        form.addRow("", self.send_button)
        self.sent_info = QLabel()
        self.sent_info.setWordWrap(True)
        self.sent_info.setAccessibleName(self.tr("Code sent"))
        form.addRow(self.sent_info)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code received"))
        self.code.setPlaceholderText(self.tr("the code from the message"))
        self.code.returnPressed.connect(self.verify)
        self.verify_button = QPushButton(self.tr("Ve&rify"))  # Alt+V is "Valid for"
        self.verify_button.setIcon(icon("verify"))
        self.verify_button.clicked.connect(self.verify)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.verify_button)
        add_row_for(form, self.tr("&Code:"), row, self.code)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._busy = False
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy and self.sent is not None)
        self.code.setEnabled(self.sent is not None)

    def send(self) -> None:
        if self._busy:
            return
        number = phones.normalize(self.phone.text(), account_region(self.dialog.ctx.settings, self.dialog.account.spec))
        if number.e164 is None:
            self.show_message(phones.describe(number.reason) if self.phone.text().strip()
                              else self.tr("Enter the phone number to send the code to."), error=True)
            return
        template = self.template.text().strip() or None
        if template is not None and "{code}" not in template:
            self.show_message(self.tr("The message must contain {code} where SepSMS puts the code."), error=True)
            return
        phone, ttl, length = number.e164, self.ttl.value(), self.length.value()
        self.run(lambda c: c.send_otp(phone, template=template, ttl_seconds=ttl, code_length=length),
                 self._sent, self.tr("Sending the code\u2026 SepSMS allows 5 codes a minute, so this can take a few "
                                         "seconds after the previous one."))

    def _sent(self, sent: Any) -> None:
        self.sent = sent
        expires = (fmt_time(sent.expires_at, seconds=True) if sent.expires_at
                   else self.tr("unknown"))
        self.sent_info.setText(self.tr("Code sent to {phone}. Reference: {ref}. Valid until {time}.").format(
            phone=phones.display(sent.destination, account_region(self.dialog.ctx.settings, self.dialog.account.spec)),
            ref=sent.reference, time=expires))
        self.code.clear()
        self.set_busy(False)
        self.show_message(self.tr("Type the code the phone received, then choose Verify."))
        self.code.setFocus()

    def verify(self) -> None:
        if self._busy or self.sent is None:
            return
        pin = self.code.text().strip()
        if not pin:
            self.show_message(self.tr("Type the code the phone received."), error=True)
            return
        reference = self.sent.reference
        self.run(lambda c: c.verify_otp(reference, pin), self._verified, self.tr("Checking the code\u2026"))

    def _verified(self, result: Any) -> None:
        if result.verified:
            self.show_message(self.tr("Verified: the code is correct."), ok=True)
        else:
            self.show_message(self.tr("Not verified: {reason}").format(reason=result.message), error=True)
