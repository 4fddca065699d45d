"""The choice when part of a natively scheduled job can no longer make its time: send now, or cancel.

Shown by the Compose tab when a send pauses that way and by the Status tab's Resume for such a
job; the two actions are the engine's ``resume(send_now=True)`` and ``cancel_job``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from smsdesk.core.window import MissedSchedule
from smsdesk.i18n import translate


class ChoiceBox(QMessageBox):
    """The box :func:`offer_choice` shows, with its two action buttons."""

    send_now_button: QPushButton
    cancel_rest_button: QPushButton


def offer_choice(parent: QWidget | None, missed: MissedSchedule, *, on_send_now: Callable[[], None],
                 on_cancel: Callable[[], None]) -> ChoiceBox:
    """A non-blocking box: Send the rest now / Cancel the rest / Decide later (the default: nothing)."""
    box = ChoiceBox(QMessageBox.Icon.Warning, translate("MissedSchedule", "Part of the job missed its time"),
                    missed.text(), QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.send_now_button = box.addButton(
        translate("MissedSchedule", "Send the rest now"), QMessageBox.ButtonRole.AcceptRole)
    box.cancel_rest_button = box.addButton(
        translate("MissedSchedule", "Cancel the rest"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(translate("MissedSchedule", "Decide later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.setEscapeButton(later)

    def clicked(button: QAbstractButton) -> None:
        if button is box.send_now_button:
            on_send_now()
        elif button is box.cancel_rest_button:
            on_cancel()

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
