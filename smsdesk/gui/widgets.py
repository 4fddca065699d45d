"""Small reusable widgets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smsdesk.gui import theme


def add_row_for(form: QFormLayout, text: str, field: QLayout, buddy: QWidget) -> QLabel:
    """``form.addRow(text, field)`` for a row that is a layout: its label focuses ``buddy``
    (screen readers: the label names the field), which Qt does only for a widget row."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label


def focus_all(edit: QLineEdit) -> None:
    """Focus ``edit`` with its text selected, so typing replaces it (Ctrl+F on a search box)."""
    edit.setFocus()
    edit.selectAll()


def wall_time(edit: QDateTimeEdit) -> datetime:
    """The editor's wall-clock time, naive (the stubs type ``QDateTime.toPython()`` as object)."""
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.replace(tzinfo=None)


class ActionBox(QMessageBox):
    """The box :func:`ask` shows: ``go_button`` is the action's own button."""

    go_button: QAbstractButton


def ask(parent: QWidget | None, title: str, text: str, go: str, on_go: Callable[[], object], *,
        icon: QMessageBox.Icon | None = None, keep: str | None = None, destructive: bool = True,
        go_icon: str = "delete") -> ActionBox:
    """A non-blocking question before something that cannot be undone.

    ``go`` names the action (it replaces Yes); the safe answer (Cancel, or ``keep``) is the
    default, so Enter never does it. ``on_go`` runs only when ``go`` is chosen. The box is
    returned (``box.go_button``) for callers that keep it, and deleted once closed.

    A ``destructive`` action is marked on its own button (the error colour and ``go_icon``), with a
    warning icon on the box; the style's stock button icons are dropped, because some styles put
    a red cross on Cancel, right beside the button that really destroys.
    """
    if icon is None:
        icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Information
    box = ActionBox(icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.go_button = box.button(QMessageBox.StandardButton.Yes)
    box.go_button.setText(go)
    keep_button = box.button(QMessageBox.StandardButton.Cancel)
    if keep:
        keep_button.setText(keep)
    keep_button.setIcon(QIcon())
    if destructive:
        from smsdesk.gui.icons import icon as action_icon

        box.go_button.setIcon(action_icon(go_icon))
        theme.set_tone(box.go_button, theme.Tone.ERROR, strong=True)
    else:
        box.go_button.setIcon(QIcon())
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(on_go)
    box.open()
    return box


class EmptyState(QWidget):
    """A friendly 'nothing here yet' panel that says what the tab does and how to start."""

    def __init__(self, title: str, text: str, action: str | None = None,
                 on_action: Callable[[], object] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # No alignment flag on the layout item: an aligned item gets its size hint's width and a
        # height Qt guesses without heightForWidth, which cut the wrapped text to a sliver. Centred
        # by stretches instead, and at most 560 px wide so lines stay readable.
        self.text.setMaximumWidth(560)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 100)
        row.addStretch(1)
        layout.addLayout(row)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action)
            self.button.setAccessibleName(action)
            if on_action is not None:
                self.button.clicked.connect(on_action)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def help_label(text: str) -> QLabel:
    """Small grey help text under a field (plain text, wrapped, top-aligned)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Top-aligned: spare height the form hands out must not push the text away from its field.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    # A tone, not a colour copied from today's palette: it must follow a switch to dark mode.
    theme.set_tone(label, theme.Tone.MUTED)
    return label


def tab_through(before: QWidget, container: QWidget) -> None:
    """Put the controls inside ``container`` right after ``before`` in the Tab order, in the order
    they were laid out; what followed ``before`` then follows them.

    A form built or rebuilt after the buttons below it (a scroll area's new page, template
    fields) joins the end of the window's focus chain, so Tab would reach it after the buttons.
    The chain is not walked with nextInFocusChain(): PySide makes each widget it returns a child
    of the caller, so the button after a field would lose its Python wrapper with that field.
    """
    inside = [w for w in container.findChildren(QWidget)
              # Inner editors (a spin box's line edit) have their owner as focus proxy and move with it.
              if w.focusProxy() is None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for first, second in pairwise([before, *inside]):
        QWidget.setTabOrder(first, second)


# The most a dialog may take when it opens: a 1366x768 screen less the taskbar, title bar and borders.
MAX_DIALOG_SIZE = QSize(1264, 680)


def initial_size(dialog: QWidget, width: int, height: int) -> None:
    """Open ``dialog`` at width x height, larger if its contents need it (never cramped), but never
    larger than a 1366x768 screen holds. Without this, Qt squeezes a tall dialog to 2/3 of the screen."""
    dialog.resize(QSize(width, height).expandedTo(dialog.sizeHint()).boundedTo(MAX_DIALOG_SIZE))
