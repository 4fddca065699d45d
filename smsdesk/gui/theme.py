"""Light and dark appearance, and colours chosen by meaning instead of by hex code.

What Qt 6.8-6.11 already does, so what this module leaves to it:

* macOS: the native style and palette follow the system appearance (the bundle's Info.plist
  sets ``NSRequiresAquaSystemAppearance = false``) and ``QStyleHints.setColorScheme`` switches
  the app, window frames included.
* Windows: the ``windows11`` style (the default on Windows 11) and Fusion get Qt's dark system
  palette in dark mode and honour ``setColorScheme``. The ``windowsvista`` style (the default on
  Windows 10) draws light native controls, so Qt keeps its palette light even in dark mode.
* Linux: Fusion turns dark only when the platform theme reports dark (GTK 3 with
  xdg-desktop-portal, KDE); the generic theme and ``offscreen`` report no scheme and ignore
  ``setColorScheme``.

What is added: when the wanted scheme (the user's choice in Settings, else the system's) and the
palette Qt produced disagree and Qt will not fix it by itself, a Fusion palette of the wanted
scheme (on ``windowsvista`` also the Fusion style, which can draw dark controls). Going back
restores what Qt chose.

Colours by meaning: :class:`Tone` (error, warning, ok, note, muted) and :class:`Surface`
(chat bubbles, highlighted cells, chart track) have a light and a dark variant each, picked
from the current palette (:func:`is_dark`), with text at least 4.5:1 against its background
(WCAG 2). Widgets take a tone with :func:`set_tone` (a dynamic property matched by one
application stylesheet of ``[tone=...]`` selectors only, so every other widget keeps the native
look), table items with :func:`tint`; both follow a scheme switch by themselves. Painters and
models call :func:`color`, :func:`surface` or :func:`state_color` at paint/data() time.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from smsdesk.core.settings import APPEARANCES
from smsdesk.core.states import State

TONE_ROLE = int(Qt.ItemDataRole.UserRole) + 0x7E0  # item data: the Tone of its text (see tint)
SURFACE_ROLE = TONE_ROLE + 1  # item data: the Surface of its background


class Tone(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    OK = "ok"
    NOTE = "note"
    MUTED = "muted"


class Surface(StrEnum):
    INBOUND = "inbound"  # a customer's message in a conversation
    OUTBOUND = "outbound"  # a message we sent
    HIGHLIGHT = "highlight"  # a column singled out in a table (the phone column of an import)
    TRACK = "track"  # the empty part of a bar chart


@dataclass(frozen=True)
class Swatch:
    text: str  # the tone's text on the window or a list
    background: str  # notice box
    border: str
    box_text: str  # text inside the notice box


# Light text colours are checked against white and the light greys of Fusion, Windows and macOS
# windows; dark ones against the greys of their dark windows and lists (tests/test_theme.py).
TONES: dict[bool, dict[Tone, Swatch]] = {
    False: {
        Tone.ERROR: Swatch("#b00020", "#fdecea", "#f5c2c0", "#8a1c14"),
        Tone.WARNING: Swatch("#8a4600", "#fff3e0", "#ffcc80", "#5c2e00"),
        Tone.OK: Swatch("#1b6e20", "#e8f5e9", "#a5d6a7", "#14501a"),
        Tone.NOTE: Swatch("#0b57a4", "#fff8e1", "#ffe082", "#3d3000"),
        Tone.MUTED: Swatch("#5f5f5f", "#f2f2f2", "#d0d0d0", "#424242"),
    },
    True: {
        Tone.ERROR: Swatch("#ff8a80", "#3d1717", "#7a2e2e", "#ffc4bd"),
        Tone.WARNING: Swatch("#ffb74d", "#3d2a0d", "#7a5620", "#ffd9a0"),
        Tone.OK: Swatch("#81c784", "#16321b", "#2e6b3c", "#bfe6c2"),
        Tone.NOTE: Swatch("#8ec8ff", "#3a3212", "#6e5d1d", "#f5e7b8"),
        Tone.MUTED: Swatch("#ababab", "#2b2b2b", "#4a4a4a", "#d0d0d0"),
    },
}

SURFACES: dict[bool, dict[Surface, str]] = {
    False: {Surface.INBOUND: "#f1f8e9", Surface.OUTBOUND: "#e3f2fd", Surface.HIGHLIGHT: "#e3f2fd",
            Surface.TRACK: "#e4e4e4"},
    True: {Surface.INBOUND: "#1e3320", Surface.OUTBOUND: "#1a3450", Surface.HIGHLIGHT: "#1a3450",
           Surface.TRACK: "#454545"},
}

# The same hues in both schemes; light ones dark enough and dark ones light enough to be read as
# the state column's text (4.5:1 against the list background).
STATES: dict[bool, dict[State, str]] = {
    False: {State.QUEUED: "#56626a", State.SCHEDULED: "#6a3db8", State.SUBMITTED: "#1565c0",
            State.DELIVERED: "#276b2b", State.FAILED: "#c62828", State.EXPIRED: "#a84300",
            State.CANCELLED: "#616161", State.UNKNOWN: "#7a6000"},
    True: {State.QUEUED: "#b0bec5", State.SCHEDULED: "#c3a6f0", State.SUBMITTED: "#64b5f6",
           State.DELIVERED: "#81c784", State.FAILED: "#f28b82", State.EXPIRED: "#ffb74d",
           State.CANCELLED: "#a6a6a6", State.UNKNOWN: "#fff176"},
}


# -- reading colours -----------------------------------------------------------------------------


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the (application) palette is a dark one: its window colour decides."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def swatch(tone: Tone, dark: bool | None = None) -> Swatch:
    return TONES[is_dark() if dark is None else dark][Tone(tone)]


def color(tone: Tone, dark: bool | None = None) -> QColor:
    """The tone's text colour for the current scheme."""
    return QColor(swatch(tone, dark).text)


def background(tone: Tone, dark: bool | None = None) -> QColor:
    """The tone's notice-box background (the window's text colour reads on it too)."""
    return QColor(swatch(tone, dark).background)


def surface(kind: Surface, dark: bool | None = None) -> QColor:
    return QColor(SURFACES[is_dark() if dark is None else dark][Surface(kind)])


def state_color(state: State | str, dark: bool | None = None) -> QColor:
    return QColor(STATES[is_dark() if dark is None else dark][State(state)])


def luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21; body text needs 4.5."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def stylesheet(dark: bool) -> str:
    """The application stylesheet: rules for tone-tagged widgets only."""
    rules = []
    for tone, s in TONES[dark].items():
        rules.append(f'*[tone="{tone}"] {{ color: {s.text}; }}')
        attrs = f'[tone="{tone}"][toneBox="true"]'
        rules.append(f"*{attrs} {{ color: {s.box_text}; background-color: {s.background}; "
                     f"border: 1px solid {s.border}; border-radius: 3px; }}")
        rules.append(f"QLabel{attrs} {{ padding: 6px; }}")  # a frame box has its layout's margins
        # A box may be a frame around labels and buttons: its labels take the box's text colour.
        rules.append(f"*{attrs} QLabel {{ color: {s.box_text}; background: transparent; border: none; padding: 0; }}")
    rules.append('*[toneStrong="true"] { font-weight: bold; }')
    return "\n".join(rules)


def fusion_palette(dark: bool) -> QPalette:
    """Fusion's palette for a scheme, as Qt builds it for a platform theme that reports one, with
    placeholder (help) text opaque enough to read."""
    window = QColor(50, 50, 50) if dark else QColor(239, 239, 239)
    text = QColor(240, 240, 240) if dark else QColor(0, 0, 0)
    base = QColor(36, 36, 36) if dark else QColor(255, 255, 255)
    roles = QPalette.ColorRole
    p = QPalette()
    for role, value in (
        (roles.Window, window), (roles.WindowText, text), (roles.Base, base),
        (roles.AlternateBase, QColor(44, 44, 44) if dark else QColor(247, 247, 247)),
        (roles.ToolTipBase, QColor(60, 60, 60) if dark else QColor(255, 255, 220)),
        (roles.ToolTipText, text), (roles.PlaceholderText, QColor(168, 168, 168) if dark else QColor(100, 100, 100)),
        (roles.Text, text), (roles.Button, window), (roles.ButtonText, text),
        (roles.BrightText, QColor(255, 255, 255)),
        (roles.Light, window.lighter(150)), (roles.Midlight, window.darker(130).lighter(110)),
        (roles.Mid, window.darker(130)), (roles.Dark, window.darker(150)),
        (roles.Shadow, window.darker(150).darker(135)),
        (roles.Highlight, QColor(48, 140, 198)), (roles.HighlightedText, QColor(255, 255, 255)),
        (roles.Link, QColor(108, 180, 255) if dark else QColor(11, 87, 164)),
        (roles.LinkVisited, QColor(197, 138, 249) if dark else QColor(110, 50, 160)),
        (roles.Accent, QColor(48, 140, 198)),
    ):
        p.setColor(role, value)
    disabled = QColor(130, 130, 130) if dark else QColor(150, 150, 150)
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, roles.Base, window)
    p.setColor(QPalette.ColorGroup.Disabled, roles.Highlight, QColor(145, 145, 145))
    return p


# -- giving widgets and items a tone -------------------------------------------------------------


def _repolish(widget: QWidget) -> None:
    for w in (widget, *widget.findChildren(QWidget)):
        w.style().unpolish(w)
        w.style().polish(w)
        # Polishing recolours; only a style change makes the widget take the box's padding and border.
        QApplication.sendEvent(w, QEvent(QEvent.Type.StyleChange))
        w.update()


def set_tone(widget: QWidget, tone: Tone | None, *, box: bool = False, strong: bool = False) -> None:
    """Colour a label (or a frame, ``box=True``: a notice box around its labels) by meaning;
    ``None`` takes the colour away. Follows scheme switches by itself."""
    manager()
    changed = (widget.property("tone") or "") != (tone or "") or bool(widget.property("toneBox")) != box \
        or bool(widget.property("toneStrong")) != strong
    widget.setProperty("tone", str(tone) if tone else "")
    widget.setProperty("toneBox", box)
    widget.setProperty("toneStrong", strong)
    if changed:
        _repolish(widget)


def tint(item: QTableWidgetItem | QListWidgetItem, tone: Tone | None = None, *,
         background: Surface | None = None) -> None:
    """Colour a table or list item's text by tone and/or its background by surface; the item is
    recoloured when the scheme switches."""
    manager()
    if tone is not None:
        item.setData(TONE_ROLE, str(tone))
        item.setForeground(QBrush(color(tone)))
    if background is not None:
        item.setData(SURFACE_ROLE, str(background))
        item.setBackground(QBrush(surface(background)))


def _retint(widget: QTableWidget | QListWidget) -> None:
    items: list[QTableWidgetItem | QListWidgetItem] = []
    if isinstance(widget, QTableWidget):
        items = [it for r in range(widget.rowCount()) for c in range(widget.columnCount())
                 if (it := widget.item(r, c)) is not None]
    else:
        items = [widget.item(r) for r in range(widget.count())]
    for item in items:
        tone, back = item.data(TONE_ROLE), item.data(SURFACE_ROLE)
        if tone:
            item.setForeground(QBrush(color(Tone(tone))))
        if back:
            item.setBackground(QBrush(surface(Surface(back))))


# -- following the scheme ------------------------------------------------------------------------


class ThemeManager(QObject):
    """Applies the appearance choice and keeps the tone stylesheet in step with the palette."""

    changed = Signal(bool)  # dark: the tones now in use

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = "system"
        # Recorded before the tone stylesheet wraps the style (app.style().name() is "" then).
        self.native_style = app.style().name().lower()
        self.override: bool | None = None  # the scheme of the palette we imposed, if any
        self.dark: bool | None = None  # the scheme the stylesheet was made for
        self.system_scheme = app.styleHints().colorScheme()
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        # A signal, not an event filter on the application: that would see every event of every object.
        app.paletteChanged.connect(self.refresh)
        self.refresh()

    # Which scheme is wanted: True dark, False light, None no opinion (the system says nothing).
    def wanted(self) -> bool | None:
        if self.choice in ("light", "dark"):
            return self.choice == "dark"
        if self.system_scheme == Qt.ColorScheme.Dark:
            return True
        if self.system_scheme == Qt.ColorScheme.Light:
            return False
        return None

    def apply(self, choice: str) -> None:
        self.choice = choice if choice in APPEARANCES else "system"
        hints = self.app.styleHints()
        if self.choice == "system":
            hints.unsetColorScheme()
            self.system_scheme = hints.colorScheme()
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if self.choice == "dark" else Qt.ColorScheme.Light)
        self.settle()

    def qt_follows(self) -> bool:
        """Whether Qt itself gives this style a palette of the requested/system scheme."""
        style = self.native_style
        return style in ("macos", "windows11") or (style == "fusion" and QGuiApplication.platformName() == "windows")

    def settle(self) -> None:
        want = self.wanted()
        if want is not None and self.override == want:
            self.refresh()
            return
        self._clear_override()
        if want is not None and not self.qt_follows() and is_dark(self.app.palette()) != want:
            if want and self.native_style in ("windowsvista", "windows"):
                self.app.setStyle("Fusion")
            self.override = want
            self.app.setPalette(fusion_palette(want))
        self.refresh()

    def _clear_override(self) -> None:
        if self.override is None:
            return
        self.override = None
        if self.native_style in ("windowsvista", "windows"):
            self.app.setStyle(self.native_style)
        self.app.setPalette(QPalette())  # nothing resolved: Qt's own palette again

    def refresh(self, _palette: QPalette | None = None) -> None:
        dark = is_dark(self.app.palette())
        if dark == self.dark:
            return
        self.dark = dark
        self.app.setStyleSheet(stylesheet(dark))
        for widget in self.app.allWidgets():
            if isinstance(widget, QTableWidget | QListWidget):
                _retint(widget)
            elif isinstance(widget, QLabel) and "<a " in widget.text() \
                    and widget.textFormat() != Qt.TextFormat.PlainText:
                # Qt bakes the palette's link colour into rich text when it is set: set it again.
                text = widget.text()
                widget.setText("")
                widget.setText(text)
        self.changed.emit(dark)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.system_scheme = scheme
        self.settle()


_manager: ThemeManager | None = None


def manager() -> ThemeManager:
    """The one manager of the running application (created on first use)."""
    global _manager
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("theme needs a QApplication")
    if _manager is None or _manager.app is not app:
        _manager = ThemeManager(app)
    return _manager


def install(app: QApplication, appearance: str = "system") -> ThemeManager:
    """Follow the system's colour scheme, or the user's ``light``/``dark`` choice (``app`` is the
    running application: the manager belongs to it)."""
    theme = manager()
    theme.apply(appearance)
    return theme


def apply(appearance: str) -> None:
    """Switch to another appearance choice at once (Settings → OK)."""
    manager().apply(appearance)
