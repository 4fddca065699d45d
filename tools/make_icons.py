"""Draw the SMS Desk app icon with QPainter and write every size the installers need.

    python tools/make_icons.py            # writes resources/icons/
    python tools/make_icons.py --out DIR  # somewhere else (the tests use a temp folder)

Outputs smsdesk-<N>.png for N in SIZES, smsdesk.png (the 256 px one, for Linux desktops
and the README), a multi-size smsdesk.ico (Windows) and smsdesk.icns (macOS). Both
containers are written by hand with struct so no extra tool is needed: ICO entries
are PNG-compressed (valid since Windows Vista), ICNS entries are the PNG types macOS
has read since 10.7.

The icon is pure geometry (no text), so it renders the same on every machine whatever
fonts are installed. Sizes of 32 px and below use a pixel-snapped variant: a bubble
outline that stays crisp at 16 px instead of a blur.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (type, pixel size): the PNG-capable ICNS types; ic11-ic14 are the Retina (@2x) slots.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)

# Cyan to blue: reads as "messages" without copying any platform's green bubble.
TOP = QColor("#22c1ee")
BOTTOM = QColor("#1d4ed8")
DOT = QColor("#1e5fe0")
WHITE = QColor("#ffffff")


def _margin(size: int) -> float:
    """Padding around the tile: Apple's grid (100 of 1024) for big sizes, almost none when tiny."""
    if size >= 128:
        return size * 100 / 1024
    return {16: 0.0, 24: 0.0, 32: 1.0, 48: 2.0, 64: 3.0}.get(size, size / 24)


def _tile(painter: QPainter, size: int) -> QRectF:
    """The rounded, gradient-filled square every variant sits on; returns its rectangle."""
    m = _margin(size)
    rect = QRectF(m, m, size - 2 * m, size - 2 * m)
    radius = rect.width() * 0.225
    gradient = QLinearGradient(rect.topLeft(), rect.bottomRight())
    gradient.setColorAt(0.0, TOP)
    gradient.setColorAt(1.0, BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(rect, radius, radius)
    return rect


def _bubble_path(x: float, y: float, w: float, h: float, radius: float, tail: float,
                 *, straight: bool = False) -> QPainterPath:
    """A rounded speech bubble with a tail leaving the bottom-left edge, as one outline."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), radius, radius)
    tail_path = QPainterPath()
    base_left = x + w * 0.20
    base_right = base_left + tail * 1.3
    top = y + h - radius * 0.5
    tip = QPointF(x + w * 0.12, y + h + tail)
    tail_path.moveTo(QPointF(base_left, top))
    tail_path.lineTo(QPointF(base_right, top))
    if straight:  # tiny sizes: a plain triangle keeps its pixels solid
        tail_path.lineTo(tip)
    else:
        tail_path.quadTo(QPointF(base_left + tail * 0.35, y + h + tail * 0.55), tip)
        tail_path.quadTo(QPointF(base_left + tail * 0.05, y + h + tail * 0.4), QPointF(base_left, top))
    tail_path.closeSubpath()
    return path.united(tail_path).simplified()


def _draw_large(painter: QPainter, size: int) -> None:
    tile = _tile(painter, size)
    s = tile.width()
    ox, oy = tile.x(), tile.y()
    bx, by, bw, bh = ox + s * 0.16, oy + s * 0.20, s * 0.68, s * 0.48
    bubble = _bubble_path(bx, by, bw, bh, bh * 0.42, s * 0.14)
    if size >= 64:
        # A soft drop shadow: a few widening translucent copies under the bubble.
        painter.setPen(Qt.PenStyle.NoPen)
        for i, alpha in enumerate((26, 18, 12)):
            painter.setBrush(QColor(8, 30, 90, alpha))
            painter.drawPath(bubble.translated(0, s * (0.012 + 0.008 * i)))
    painter.setBrush(WHITE)
    painter.drawPath(bubble)
    radius = s * 0.058
    cy = by + bh / 2
    painter.setBrush(DOT)
    for k in (-1, 0, 1):
        painter.drawEllipse(QPointF(bx + bw / 2 + k * radius * 3.0, cy), radius, radius)


def _draw_small(painter: QPainter, size: int) -> None:
    """16/24/32 px: the same tile and bubble, geometry snapped to whole pixels."""
    _tile(painter, size)
    # (bubble x, y, w, h, corner radius, tail length, dot size, dot gap) per size, in pixels.
    spec = {
        16: (2, 3, 12, 8, 3.0, 3, 2, 1),
        24: (3, 5, 18, 11, 4.5, 4, 3, 2),
        32: (5, 7, 22, 14, 6.0, 5, 4, 2),
    }[size]
    bx, by, bw, bh, radius, tail, dot, gap = spec
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    painter.drawPath(_bubble_path(bx, by, bw, bh, radius, tail, straight=True))
    total = 3 * dot + 2 * gap
    x0 = bx + (bw - total) // 2
    y0 = by + (bh - dot) // 2
    painter.setBrush(DOT)
    for k in range(3):
        rect = QRectF(x0 + k * (dot + gap), y0, dot, dot)
        if dot <= 3:
            painter.drawRect(rect)  # a 2-3 px "circle" is a square; antialiasing would only smear it
        else:
            painter.drawEllipse(rect)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if size <= 32:
        _draw_small(painter, size)
    else:
        _draw_large(painter, size)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRYs + PNG payloads; width/height byte 0 means 256."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """'icns' + total length, then (type, length including the 8-byte header, PNG) per entry."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(render(size)) for size in SIZES}
    written = []
    for size, data in pngs.items():
        path = out / f"smsdesk-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for name, data in (
        ("smsdesk.png", pngs[256]),
        ("smsdesk.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        ("smsdesk.icns", icns_bytes(pngs)),
    ):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write into (default: resources/icons)")
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
