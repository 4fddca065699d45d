"""Find files under resources/ wherever SMS Desk runs from.

Three layouts exist:

- a source checkout (or an editable install): ``<repo>/resources/``;
- an installed wheel: ``smsdesk/resources/`` (setup.py copies resources/ into the package);
- a PyInstaller bundle: ``<sys._MEIPASS>/resources/`` (packaging/smsdesk.spec puts it there,
  which is also ``smsdesk/../resources`` as seen by the frozen package, so i18n's
  CATALOGUE_DIRS find the catalogues without knowing about PyInstaller).

No Qt at import time: ``app_icon`` imports it lazily so core code and the CLI can use
``resource`` without pulling in the GUI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from smsdesk.i18n import join_list, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent

# The PNG sizes tools/make_icons.py writes; QIcon picks the closest for each use.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def resource_roots() -> list[Path]:
    """Candidate resources/ folders, most specific first; only existing folders are returned."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots += [Path(bundle) / "resources", Path(bundle) / "smsdesk" / "resources"]
    roots += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    seen: list[Path] = []
    for root in roots:
        if root.is_dir() and root not in seen:
            seen.append(root)
    return seen


def resource(path: str | os.PathLike[str]) -> Path:
    """The file (or folder) ``path`` relative to resources/, e.g. ``resource("icons/smsdesk.ico")``.

    Raises FileNotFoundError naming every folder searched: a missing resource means a
    broken installation, and the message tells the user to reinstall.
    """
    relative = Path(path)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"resource paths are relative to resources/: {path!s}")
    roots = resource_roots()
    for root in roots:
        candidate = root / relative
        if candidate.exists():
            return candidate
    searched = join_list(roots) or str(_PACKAGE.parent / "resources")
    raise FileNotFoundError(
        translate("Resources", "SMS Desk could not find its file {name} (looked in: {folders}). "
                               "The installation is incomplete; please reinstall SMS Desk.")
        .format(name=relative.as_posix(), folders=searched)
    )


def app_icon() -> QIcon:
    """The application icon with every PNG size available; an empty icon if none are installed."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resource(f"icons/smsdesk-{size}.png")), QSize(size, size))
        except FileNotFoundError:
            continue
    return icon
