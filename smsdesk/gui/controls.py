"""Small behaviours that keep controls from surprising the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)


class WheelGuard(QObject):
    """The mouse wheel scrolls the page, not the value under the pointer.

    A spin box or combo box of a long form changes only when it has the focus (clicked or
    tabbed into); otherwise the wheel goes on to the scroll area, as the user meant.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True  # never to the control itself


def guard_wheel(container: QWidget) -> WheelGuard:
    """Install a :class:`WheelGuard` on every spin box (time editors too) and combo box inside."""
    guard = WheelGuard(container)
    for widget in container.findChildren(QWidget):
        if isinstance(widget, (QAbstractSpinBox, QComboBox)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus by wheel either
            widget.installEventFilter(guard)
    return guard


def tick_on_click(view: QListWidget) -> None:
    """A click on a checkable item's text ticks it, as a click on its box does.

    The box toggles itself; so an item is toggled here only when the click did not already
    change it.
    """
    before: dict[int, Qt.CheckState] = {}

    def pressed(item: QListWidgetItem) -> None:
        before.clear()
        before[id(item)] = item.checkState()

    def clicked(item: QListWidgetItem) -> None:
        if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable or before.get(id(item)) != item.checkState():
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    view.itemPressed.connect(pressed)
    view.itemClicked.connect(clicked)
