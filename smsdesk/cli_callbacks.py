"""``smsdesk-cli callbacks serve``: the callback receiver, with the window's settings, until Ctrl+C or SIGTERM."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from smsdesk.cli_common import EXIT_OK, CliError, app_settings
from smsdesk.i18n import join_list, translate

if TYPE_CHECKING:
    from smsdesk.cli import Context


def register(sub: Any) -> None:
    """Add ``callbacks`` to ``smsdesk-cli``'s subparsers."""
    cb = sub.add_parser("callbacks", help=translate("Cli", "the callback receiver for vendors' pushes"))
    cb_sub = cb.add_subparsers(dest="callbacks_cmd", metavar="ACTION")
    cb_sub.required = True
    cbs = cb_sub.add_parser("serve", help=translate("Cli", "receive delivery reports and replies until Ctrl+C"))
    cbs.add_argument("--host", default=None, help=translate("Cli", "address to listen on (default: from settings)"))
    cbs.add_argument("--port", type=int, default=None, help=translate("Cli", "port (default: from settings, 8787)"))
    cb.set_defaults(func=cmd_callbacks)


def cmd_callbacks(ctx: Context) -> int:
    import signal
    import threading

    from smsdesk.core.callbacks import describe_urls
    from smsdesk.core.receiver import CallbackService
    from smsdesk.core.settings import callback_settings, optout_rule

    stored = app_settings()
    settings = callback_settings(stored)
    host = ctx.args.host or settings.bind
    port = settings.port if ctx.args.port is None else ctx.args.port
    rule = optout_rule(stored)

    def changed(kind: str, payload: Any) -> None:
        if kind == "replies":
            print(translate("Cli", "{n} new replies.").format(n=payload.new), flush=True)
        elif kind == "status":
            print(translate("Cli", "Delivery reports received for job(s) {jobs}.").format(
                jobs=join_list(sorted(payload))), flush=True)
        elif kind == "notice":
            print(payload, flush=True)

    service = CallbackService(ctx.store, ctx.accounts, changed, rule)
    problem = service.apply(True, host, port, settings.public_url)
    if problem:
        raise CliError(problem)
    assert service.receiver is not None
    stop = threading.Event()
    # Ctrl+C and a service manager's SIGTERM both end in service.stop(), which also takes
    # back the report addresses handed to vendors; caught before the "listening" line, so a
    # stop right after it is clean too.
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(translate("Cli", "Callback receiver listening on {url} (Ctrl+C to stop).").format(
            url=service.receiver.url), flush=True)
        if settings.public_url:
            for account in ctx.accounts.all():
                for line in describe_urls(ctx.store, account, settings.public_url):
                    print("  " + line)
        else:
            print(translate("Cli", "No public URL is set (Settings \u2192 Callback receiver), so vendors do not know where to "
                     "send reports yet."))
        sys.stdout.flush()
        while not stop.wait(0.5):
            pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        service.stop()
    print(translate("Cli", "Callback receiver stopped."), flush=True)
    return EXIT_OK
