"""What every ``smsdesk-cli`` command shares: exit codes, errors, output, arguments, the settings file.

The command modules (cli_accounts.py, cli_lists.py, ...) import from here, not from cli.py, so
cli.py can import them without a cycle.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import fmt_int, join_list, translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNKNOWN = 0, 1, 2, 3


class CliError(Exception):
    """A user-facing error: printed on stderr, exit code 1."""


class UsageError(CliError):
    """Wrong use of a command: exit code 2."""


# -- output ----------------------------------------------------------------------

def sent_exit_code(summaries: Sequence[dict[str, Any]]) -> int:
    """The exit code of a command that sent jobs (send, resume, run-due), from their ``as_json()``.

    1 when a job paused (its note says why); 3 when they finished but some recipients'
    outcome is unknown, saying how many on stderr so a script's log explains the code;
    otherwise 0.
    """
    if any(s.get("status") == "paused" for s in summaries):
        return EXIT_ERROR
    unknown = sum(int(s.get("unknown") or 0) for s in summaries)
    if not unknown:
        return EXIT_OK
    jobs = [str(s["job"]) for s in summaries if s.get("unknown")]
    sys.stderr.write(translate(
        "Cli",
        "Finished, but the outcome is unknown for {n} recipient(s) of job {jobs}: the vendor's answer was lost, "
        "so they were not resent. Check them with 'smsdesk-cli status JOB' or on the Status tab before sending "
        "to them again.",
    ).format(n=fmt_int(unknown), jobs=join_list(jobs)) + "\n")
    return EXIT_UNKNOWN


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def emit_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers]] + [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        sys.stdout.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            sys.stdout.write("  ".join("-" * w for w in widths) + "\n")


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# -- arguments and lookups ---------------------------------------------------------

def add_reader(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A command that only reads, so it offers ``--json``."""
    sp: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    sp.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    return sp


def parse_pairs(pairs: Sequence[str], flag: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(translate("Cli", "{flag} takes KEY=VALUE, not \u201c{pair}\u201d.").format(flag=flag, pair=pair))
        out[key.strip()] = value
    return out


def local_time(iso: str | None) -> str:
    # ISO-like on purpose (scripts parse it and it sorts as text), unlike the window's locale format.
    try:
        dt = parse_time(iso)
    except ValueError:
        return str(iso)
    return "" if dt is None else dt.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def require_job(ctx: Any, job_id: int) -> Any:
    from smsdesk.core.jobs import Jobs
    from smsdesk.core.sandbox_scope import foreign_sandbox_ids

    job = Jobs(ctx.store).get(job_id)
    if job is None or job.account_id in foreign_sandbox_ids(ctx.store):  # another desk's practice job
        raise CliError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    return job


def app_settings() -> Any:
    """The app's settings.ini, as the window writes it; read it with core/settings.py's accessors."""
    from PySide6.QtCore import QSettings

    from smsdesk.core import paths

    return QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
