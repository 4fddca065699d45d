"""``smsdesk-cli workspace``: join a shared workspace (PostgreSQL) and test its connection.

``workspace join URL`` copies this desk's data into the workspace once (core/workspace_join.py),
keeps the local file read-only as a backup and sets ``workspace.url`` so the next start uses
the workspace. ``workspace test URL`` says in words whether the server can be used. A password
in the URL is moved into this desk's keychain and never stored or printed with the URL.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from smsdesk.cli_common import EXIT_OK, CliError, UsageError, app_settings, emit_json
from smsdesk.i18n import fmt_int, translate


def _workspace(url: str) -> Any:
    from smsdesk.core.workspace import Workspace

    try:
        return Workspace.from_url(url)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _credentials() -> Any:
    from smsdesk.core import paths
    from smsdesk.core.credentials import Credentials

    return Credentials(folder=paths.home())


def _password(ws: Any, url: str, credentials: Any) -> tuple[str | None, bool]:
    """The password from the URL, the keychain, or asked for at a terminal; True when it is new
    (to keep in the keychain once the server has accepted it)."""
    from smsdesk.core.redact import register_secret
    from smsdesk.core.workspace import password_from_url

    given = password_from_url(url)
    if given:
        register_secret(given)
        return given, True
    saved: str | None = ws.password(credentials)
    if saved or os.environ.get("PGPASSWORD") or not sys.stdin.isatty():
        return saved, False  # libpq also reads PGPASSWORD and ~/.pgpass
    typed = getpass.getpass(translate("Cli", "Password for {user} on {host}: ").format(user=ws.user, host=ws.host))
    register_secret(typed)
    return typed or None, bool(typed)


def _connect(ws: Any, url: str) -> Any:
    """Check the server; a new password that worked goes to this desk's keychain (a refused one never)."""
    from smsdesk.core.credentials import KeyringUnavailable
    from smsdesk.core.workspace import check_connection

    credentials = _credentials()
    password, new = _password(ws, url, credentials)
    verdict = check_connection(ws, password)
    if not verdict.ok:
        raise CliError(verdict.message)
    if new and password:
        try:
            ws.save_password(credentials, password)
        except KeyringUnavailable as exc:
            sys.stderr.write(f"{exc}\n")
    return verdict


def cmd_test(ctx: Any) -> int:
    ws = _workspace(ctx.args.url)
    verdict = _connect(ws, ctx.args.url)
    if ctx.args.json:
        emit_json({"ok": True, "server_version": verdict.server_version, "url": ws.url})
    else:
        print(verdict.message)
    return EXIT_OK


def _open_target(url: str) -> Any:
    from smsdesk.core.workspace_join import JoinError, open_target

    try:
        return open_target(url)
    except JoinError as exc:
        raise CliError(str(exc)) from None


def cmd_join(ctx: Any) -> int:
    from smsdesk.core import paths
    from smsdesk.core.store import Store
    from smsdesk.core.workspace import WORKSPACE_DESK, WORKSPACE_URL, default_desk_name
    from smsdesk.core.workspace_join import JOINED_KEY, JoinCancelled, JoinError, join_workspace

    ws = _workspace(ctx.args.url)
    settings = app_settings()
    desk = (ctx.args.desk or str(settings.value(WORKSPACE_DESK, "") or "") or default_desk_name()).strip()
    local = paths.db_path()
    # Not open_store: a data folder on a network share is refused there, but moving its data into a
    # workspace is the way off the share (one reader, once, with the other desks closed).
    from smsdesk.core import netfs

    if netfs.detect(local.parent) is not None:
        sys.stderr.write(translate("Cli", "The data folder is on a network share: make sure SMS Desk is closed on "
                                   "every other computer before the move.") + "\n")
    _connect(ws, ctx.args.url)
    if not os.access(local, os.W_OK) and local.exists():
        raise CliError(translate("Cli", "This desk's data file {path} is read-only: it was moved to a shared "
                                 "workspace already and is kept as a backup. Nothing was copied.").format(path=local))
    source = Store(local)  # not open_store, which refuses a share: see above
    try:
        if source.get_kv(JOINED_KEY):
            raise CliError(translate("Cli", "This desk's data was moved to a shared workspace already; its file "
                                     "{path} is the backup. Nothing was copied.").format(path=local))
        target = _open_target(ws.url)
        try:
            report = join_workspace(source, target, desk=desk, url=ws.url, progress=_progress_printer(ctx.args.json))
        except JoinCancelled as exc:
            raise CliError(str(exc)) from None
        except KeyboardInterrupt:
            raise CliError(translate("Cli", "Stopped. What was copied stays in the workspace; run the same command "
                                     "again to copy the rest: nothing is copied twice.")) from None
        except JoinError as exc:
            raise CliError(str(exc)) from None
        finally:
            target.close()
    finally:
        source.close()
    settings.setValue(WORKSPACE_URL, ws.url)
    settings.setValue(WORKSPACE_DESK, desk)
    settings.sync()
    if ctx.args.json:
        emit_json({**report.as_json(), "url": ws.url, "desk": desk})
    else:
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        print(report.describe())
        print(translate("Cli", "From now on this desk ({desk}) works in the shared workspace {url}.").format(
            desk=desk, url=ws.url))
    return EXIT_OK


def _progress_printer(quiet: bool) -> Any:
    def show(done: int, total: int, what: str) -> None:
        if quiet or not sys.stderr.isatty():
            return
        sys.stderr.write("\r" + translate("Cli", "Copying {what}: {done} of {total}").format(
            what=what, done=fmt_int(done), total=fmt_int(total)) + "\033[K")
        sys.stderr.flush()
    return show


def register(sub: Any) -> None:
    """Add ``workspace join`` and ``workspace test`` to cli.build_parser's subparsers."""
    p: argparse.ArgumentParser = sub.add_parser("workspace", help=translate("Cli", "use a shared workspace "
                                                                            "(several desks, one database)"))
    inner = p.add_subparsers(dest="workspace_command", metavar="ACTION")
    inner.required = True
    j = inner.add_parser("join", help=translate("Cli", "move this desk's data into a shared workspace and use it"))
    j.add_argument("url", metavar="URL", help="postgresql://user@server/database")
    j.add_argument("--desk", metavar="NAME", help=translate("Cli", "this desk's name (default: the computer's name)"))
    j.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    j.set_defaults(func=cmd_join)
    t = inner.add_parser("test", help=translate("Cli", "check that a shared workspace's server can be used"))
    t.add_argument("url", metavar="URL", help="postgresql://user@server/database")
    t.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    t.set_defaults(func=cmd_test)

