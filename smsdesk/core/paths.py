"""Where the app keeps its data: one folder for everything."""

from __future__ import annotations

import os
from pathlib import Path

from smsdesk import APP_NAME, ORG_NAME

_override: Path | None = None


def set_home(path: str | os.PathLike[str] | None) -> None:
    """Override the data folder (``smsdesk-cli --home``); wins over SMSDESK_HOME."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def home() -> Path:
    if _override is not None:
        base = _override
    elif os.environ.get("SMSDESK_HOME"):
        base = Path(os.environ["SMSDESK_HOME"]).expanduser().resolve()
    else:
        import platformdirs  # only here: --home and SMSDESK_HOME (the CLI's scripts, the tests) skip it

        base = Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    base.mkdir(parents=True, exist_ok=True)
    return base


def db_path() -> Path:
    return home() / "smsdesk.db"


def log_dir() -> Path:
    p = home() / "logs"
    p.mkdir(parents=True, exist_ok=True)
    return p


def settings_path() -> Path:
    return home() / "settings.ini"
