"""The account editor's "Test connection": run on a worker thread, and its failure in words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from smsdesk.core.accounts import AccountError
from smsdesk.core.credentials import Credentials
from smsdesk.core.redact import redact
from smsdesk.i18n import join_sentences, translate
from smsdesk.vendors import get_spec
from smsdesk.vendors.base import (
    AccountConfig,
    ErrorKind,
    OutcomeUnknown,
    Unsupported,
    VendorError,
    VendorSpec,
)
from smsdesk.vendors.http import HttpPolicy

HttpFactory = Callable[[AccountConfig], "HttpPolicy | None"]


def default_http(config: AccountConfig) -> HttpPolicy:
    """A test connection should answer within seconds, not wait like a send."""
    return HttpPolicy(secrets=[v for v in config.secrets.values() if v], connect_timeout=5.0,
                      read_timeout=15.0, max_attempts=2)


_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}(?![0-9A-Fa-f:])")


def run_connection_test(spec: VendorSpec, config: AccountConfig, credentials: Credentials | None,
                        account_key: str, keep: tuple[str, ...], http_factory: HttpFactory) -> str:
    """Fill secrets left empty ("keep the saved one") from the keychain, then test."""
    if keep and credentials is not None:
        secrets = dict(config.secrets)
        for key in keep:
            saved = credentials.get(account_key, key)
            if saved:
                secrets[key] = saved
        config = replace(config, secrets=secrets)
    http = http_factory(config)
    try:
        client = spec.client(config, http=http)
    except Exception:
        if http is not None:
            http.close()
        raise
    try:
        return client.test_connection()
    finally:
        client.close()


def find_ip(*texts: str) -> str | None:
    for text in texts:
        for pattern in (_IPV4, _IPV6):
            match = pattern.search(text or "")
            if match:
                return match.group(0)
    return None


def _is_timeout(exc: VendorError) -> bool:
    return "Timeout" in (exc.text or "")


def describe_test_error(exc: BaseException) -> str:
    """What went wrong, in words, and what to do next."""
    if isinstance(exc, VendorError):
        return _describe_vendor_error(exc)
    if isinstance(exc, OutcomeUnknown):
        return "\n".join((
            translate("AccountDialog", "The vendor did not answer in time."),
            translate("AccountDialog", "Check the internet connection and test again in a few minutes. If it "
                      "keeps happening, the vendor's service may be down."),
        ))
    if isinstance(exc, (Unsupported, AccountError)):
        return str(exc)
    return translate("AccountDialog", "The test stopped with an unexpected problem ({kind}). Test again; if it "
                     "keeps happening, send the log file to support.").format(kind=type(exc).__name__)


def _clock_codes(vendor: str) -> tuple[str, ...]:
    try:
        return get_spec(vendor).clock_codes
    except KeyError:
        return ()


def _describe_vendor_error(exc: VendorError) -> str:
    detail = exc.message
    if exc.kind is ErrorKind.AUTH and exc.code is not None and exc.code in _clock_codes(exc.vendor):
        head = translate("AccountDialog", "This computer's clock is wrong.")
    elif exc.kind is ErrorKind.AUTH:
        head = translate("AccountDialog", "The vendor did not accept the sign-in details: check the username, "
                         "password or key.")
    elif exc.kind is ErrorKind.IP_NOT_ALLOWED:
        ip = find_ip(exc.message, exc.text)
        if ip:
            head = translate("AccountDialog", "The vendor refused this computer's public address {ip}. Add {ip} "
                             "to the IP allow-list in the vendor's settings, then test again.").format(ip=ip)
        else:
            head = translate("AccountDialog", "The vendor refused this computer's address. Check the IP "
                             "allow-list in the vendor's settings: it must include this office's public IP "
                             "address.")
    elif exc.kind is ErrorKind.TRANSIENT and _is_timeout(exc):
        head = translate("AccountDialog", "The vendor did not answer in time.")
        detail = translate("AccountDialog", "Check the internet connection and test again in a few minutes. "
                           "If it keeps happening, the vendor's service may be down, or the server address "
                           "under Advanced may be wrong.")
    elif exc.kind is ErrorKind.TRANSIENT and not exc.sent:
        # Nothing answered: the "answer" would be our own connection error's class name.
        return "\n".join((
            translate("AccountDialog", "Nothing answered at that address: check the address and your network."),
            join_sentences(detail, translate("AccountDialog", "If you changed the server address under "
                                                              "Advanced, check it.")),
        ))
    else:
        head = translate("AccountDialog", "{problem}.").format(problem=exc.kind.label)
    lines = [head, detail]
    words = " ".join(x for x in (exc.code or "", exc.text or "") if x)
    if words and not _is_timeout(exc):
        lines.append(translate("AccountDialog", "Vendor's answer: {words}").format(words=redact(words)[:200]))
    return "\n".join(lines)
