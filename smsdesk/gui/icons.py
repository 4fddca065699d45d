"""Action icons: one set (Lucide, ISC licence) drawn in the palette's text colour at paint time.

``icon("refresh")`` returns a QIcon whose engine renders resources/icons/actions/<file>.svg with
QSvgRenderer whenever Qt asks for a pixmap. Lucide draws with ``currentColor``; the engine puts
the *current* application palette colour there (ButtonText, its Disabled shade, HighlightedText
for Selected), so icons follow a light or dark palette switched at run time without anyone
calling setIcon again, and are sharp at every device pixel ratio because nothing is pre-rendered.

NAMES is the single table from an action's meaning to its Lucide file: the same action gets the
same picture everywhere, and a picture means one thing. Add a meaning here (and copy the SVG from
the lucide-static npm package, keeping its file name) rather than naming files at call sites.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtSvg import QSvgRenderer
from shiboken6 import isValid

from smsdesk.resources_path import resource

log = logging.getLogger(__name__)

FOLDER = "icons/actions"

# meaning -> Lucide file name (without .svg). One meaning per picture: values stay unique.
NAMES: dict[str, str] = {
    # main window menus
    "new-message": "square-pen",
    "refresh": "refresh-cw",  # every refresh / reload / check-now
    "quit": "log-out",
    "accounts": "users",
    "settings": "settings",
    "vendor-tools": "wrench",
    "about": "info",
    "help": "circle-question-mark",  # Lucide 1.x name of circle-help
    # sending
    "send": "send",
    "schedule": "calendar-clock",
    "pause": "pause",
    "resume": "play",
    "stop-sending": "circle-stop",
    "previous": "chevron-left",
    "next": "chevron-right",
    "fix-characters": "wand-sparkles",
    "insert-placeholder": "braces",
    "show": "eye",
    # files
    "import": "file-spreadsheet",
    "export": "file-down",
    "browse": "folder-open",
    # editing lists of things
    "search": "search",
    "add": "plus",
    "edit": "pencil",
    "duplicate": "copy-plus",
    "copy": "copy",
    "merge": "merge",
    "delete": "trash",  # Lucide 1.x name of trash-2 (same drawing)
    # accounts, replies, balances, vendor tools
    "test-connection": "plug-zap",
    "reply": "reply",
    "mark-handled": "circle-check",
    "mark-unread": "mail",
    "opt-out": "ban",
    "receiver-addresses": "webhook",
    "top-up": "coins",
    "verify": "shield-check",
    "sandbox": "flask-conical",
}


@cache
def svg_source(name: str) -> bytes:
    """The SVG text for the meaning ``name``; KeyError for a meaning NAMES lacks."""
    if name not in NAMES:
        raise KeyError(f"no action icon called {name!r}; add it to smsdesk.gui.icons.NAMES")
    return resource(f"{FOLDER}/{NAMES[name]}.svg").read_bytes()


def palette_colour(mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in for ``mode``, read from the application palette now."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    # Active is "focused button" as well as "highlighted menu item"; ButtonText reads well on both.
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)


def render(name: str, size: QSize, colour: QColor, scale: float = 1.0) -> QPixmap:
    """``name`` drawn in ``colour`` on a transparent pixmap of ``size`` (logical) at ``scale``."""
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    svg = svg_source(name).replace(b"currentColor", colour.name(QColor.NameFormat.HexRgb).encode())
    renderer = QSvgRenderer(QByteArray(svg))
    side = min(width, height)  # Lucide is square: centre it, never stretch it
    target = QRectF((width - side) / 2, (height - side) / 2, side, side)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(colour.alphaF())  # the SVG colour carries no alpha; a translucent palette colour does
    renderer.render(painter, target)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


# Engines made by clone(). PySide leaves a virtual's return value owned by Python, so the clone
# would be freed as soon as clone() returns while the detached QIcon still uses it. Holding it here
# keeps it alive; once its QIcon deletes it the wrapper turns invalid and is dropped.
_clones: list[QIconEngine] = []


class PaletteSvgIconEngine(QIconEngine):
    """Renders one action icon on demand in the palette colour of the moment (see module doc)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        svg_source(name)  # fail here (KeyError, FileNotFoundError), not with a blank button later
        self._name = name

    def clone(self) -> QIconEngine:
        _clones[:] = [engine for engine in _clones if isValid(engine)]
        engine = PaletteSvgIconEngine(self._name)
        _clones.append(engine)
        return engine

    def key(self) -> str:
        return "smsdesk-palette-svg"

    def iconName(self) -> str:  # noqa: N802 - Qt API
        return self._name

    def isNull(self) -> bool:  # noqa: N802 - Qt API
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802 - Qt API
        return QSize(size)  # scalable: any size asked for

    def availableSizes(  # noqa: N802 - Qt API
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return []  # scalable, like Qt's own SVG engine

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802 - Qt API
        colour = palette_colour(mode)
        key = (f"smsdesk-icon/{self._name}/{size.width()}x{size.height()}/{mode.name}/"
               f"{colour.name(QColor.NameFormat.HexArgb)}/{scale:g}")
        cached = QPixmap()  # the two-argument find: the stubs type the one-argument form as returning None
        if QPixmapCache.find(key, cached) and not cached.isNull():
            return cached
        pixmap = render(self._name, size, colour, scale)
        QPixmapCache.insert(key, pixmap)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def icon(name: str) -> QIcon:
    """The action icon for the meaning ``name`` (a key of NAMES); KeyError for any other name.

    A missing SVG file (a damaged installation) gives an empty icon and a log line: the buttons
    keep their words, and the app still starts.
    """
    try:
        return QIcon(PaletteSvgIconEngine(name))
    except FileNotFoundError as exc:
        log.warning("action icon %s unavailable: %s", name, exc)
        return QIcon()
